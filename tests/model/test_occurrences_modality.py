"""An act and a report that it did not (or will) happen are not one occurrence (issue 13): mentions
join only mentions of their own modality, so a denial never makes an asserted act look confirmed
by one more source, and only the asserted occurrence counts."""

import datetime as dt

from geowire.lang.pack import load_language
from geowire.model.occurrences import EventRecord, cluster, same_occurrence, summarise, vocabulary

STOP = vocabulary(load_language("en")).stop


def _mention(
    id_: str, doc: str, modality: str, sentence: str, *, recipients: tuple[str, ...] = ("ARM",)
) -> EventRecord:
    return EventRecord(
        id=id_,
        doc_id=doc,
        category="AID",
        actors=("FRA",),
        recipients=recipients,
        sentence=sentence,
        trigger="handed",
        date=dt.date(2024, 9, 10),
        date_precision="day",
        date_source="publication",
        quad_class=2,
        score=7.0,
        modality=modality,
        outlet=doc,
        published=dt.date(2024, 9, 10),
    )


HANDED = "France handed three howitzers over to Armenia"
NOT_HANDED = "France has not handed any howitzers over to Armenia"


def test_a_denied_act_is_an_occurrence_of_its_own() -> None:
    act, denial = _mention("e1", "d1", "asserted", HANDED), _mention("e2", "d2", "negated", NOT_HANDED)
    assert not same_occurrence(act, denial, frozenset({"howitzers"}), frozenset({"howitzers"}))
    occs = cluster([act, denial], stop=STOP)
    assert sorted(len(o.members) for o in occs) == [1, 1]
    rows = {summarise(o)["modality"]: summarise(o) for o in occs}
    assert rows["asserted"]["counts"] and rows["asserted"]["source_count"] == 1
    assert not rows["negated"]["counts"] and rows["negated"]["summary"] == NOT_HANDED


def test_two_denials_of_one_act_are_one_occurrence() -> None:
    occs = cluster(
        [
            _mention("e1", "d1", "negated", NOT_HANDED),
            _mention("e2", "d2", "negated", "Paris has still not handed the howitzers to Armenia"),
            _mention("e3", "d3", "asserted", HANDED),
        ],
        stop=STOP,
    )
    by_modality = {o.members[0].modality: [m.id for m in o.members] for o in occs}
    assert by_modality == {"negated": ["e1", "e2"], "asserted": ["e3"]}


def test_a_plan_stays_apart_from_the_act_even_without_a_recipient() -> None:
    """A recipient-less mention may join any of its actor's, but not across modalities."""
    plan = _mention("e1", "d1", "future", "France will hand more howitzers over", recipients=())
    occs = cluster([plan, _mention("e2", "d2", "asserted", HANDED)], stop=STOP)
    assert len(occs) == 2
    assert cluster([plan, _mention("e2", "d2", "future", HANDED)], stop=STOP)[0].members[1].id == "e2"


def test_clusters_by_modality_do_not_depend_on_the_order() -> None:
    mentions = [
        _mention("e1", "d1", "asserted", HANDED),
        _mention("e2", "d2", "negated", NOT_HANDED),
        _mention("e3", "d3", "asserted", HANDED),
        _mention("e4", "d4", "negated", NOT_HANDED),
    ]
    forward = {tuple(m.id for m in o.members) for o in cluster(mentions, stop=STOP)}
    backward = {tuple(m.id for m in o.members) for o in cluster(mentions[::-1], stop=STOP)}
    assert forward == backward == {("e1", "e3"), ("e2", "e4")}
