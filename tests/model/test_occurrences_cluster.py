"""Clustering event mentions across documents into occurrences."""

import datetime as dt
from dataclasses import replace

from hypothesis import given, settings
from hypothesis import strategies as st

from geowire.lang.pack import load_language
from geowire.model.occurrences import (
    EventRecord,
    evidence,
    interval,
    period,
    period_days,
    same_occurrence,
    summarise,
    vocabulary,
    words,
)
from geowire.model.occurrences import cluster as cluster_with

STOP = vocabulary(load_language("en")).stop


def cluster(events, **kw):
    return cluster_with(events, stop=STOP, **kw)


def _ev(
    id_,
    doc,
    *,
    cat="AGREE",
    actors=("RUS",),
    recipients=("VEN",),
    date=dt.date(2025, 5, 7),
    prec="day",
    source="clause",
    sentence="Russia and Venezuela signed a partnership treaty in Moscow",
    outlet=None,
    modality="asserted",
):
    return EventRecord(
        id=id_,
        doc_id=doc,
        category=cat,
        actors=actors,
        recipients=recipients,
        sentence=sentence,
        trigger="signed",
        date=date,
        date_precision=prec,
        date_source=source,
        quad_class=1,
        score=5.0,
        modality=modality,
        outlet=outlet or doc,
        published=dt.date(2025, 5, 8),
    )


def test_occurrences_cluster_same_event_across_documents():
    occs = cluster(
        [
            _ev("e1", "d1"),
            _ev("e2", "d2", prec="month", date=dt.date(2025, 5, 1)),
            _ev("e3", "d3", outlet="d1"),
        ]
    )
    assert len(occs) == 1
    row = summarise(occs[0])
    assert row["mention_count"] == 3 and row["doc_count"] == 3
    assert row["source_count"] == 2  # d3 is a syndicated copy from the same outlet as d1
    assert row["date"] == dt.date(2025, 5, 7) and row["date_precision"] == "day"


def test_occurrences_keep_apart_other_category_date_or_actors():
    occs = cluster(
        [
            _ev("e1", "d1"),
            _ev("e2", "d2", cat="CONSULT"),
            _ev("e3", "d3", date=dt.date(2025, 10, 1), prec="month"),
            _ev("e4", "d4", actors=("USA",)),
            _ev("e5", "d5", recipients=("CHN",)),
        ]
    )
    assert len(occs) == 5


def test_occurrences_publication_dated_mention_joins_recent_event():
    occs = cluster([_ev("e1", "d1"), _ev("e2", "d2", date=dt.date(2025, 5, 9), source="publication")])
    assert len(occs) == 1
    far = cluster([_ev("e1", "d1"), _ev("e2", "d2", date=dt.date(2025, 6, 30), source="publication")])
    assert len(far) == 2


def test_occurrences_non_asserted_only_do_not_count():
    occs = cluster([_ev("e1", "d1", modality="hypothetical")])
    assert summarise(occs[0])["counts"] is False


def test_occurrences_issue12_chain_stops_at_the_month():
    """Reports of talks every fifth day, each window overlapping the next, chain within a month
    but not across it: an occurrence lies in one calendar month (of its mentions' last day)."""
    talks = [
        _ev(f"e{i:02d}", f"d{i}", date=dt.date(2025, 4, 1) + dt.timedelta(days=5 * i), source="publication")
        for i in range(12)  # 1 April … 25 May
    ]
    occs = cluster(talks)
    assert [[m.date.month for m in o.members] for o in occs] == [[4] * 6, [5] * 6]


def test_occurrences_issue12_period_of_a_mention():
    assert period(_ev("e1", "d1", date=dt.date(2025, 5, 31))) == (2025, 5)
    assert period(_ev("e1", "d1", date=dt.date(2025, 6, 1), source="publication")) == (2025, 6)
    assert period(_ev("e1", "d1", date=dt.date(2025, 5, 1), prec="month")) == (2025, 5)
    assert period(_ev("e1", "d1", date=dt.date(2025, 1, 1), prec="year")) == (2025, 0)
    assert period(_ev("e1", "d1", date=None)) == (0, 0)
    for ev in (
        _ev("e1", "d1", date=dt.date(2025, 5, 31)),
        _ev("e1", "d1", date=dt.date(2025, 3, 9), prec="year"),
    ):
        first, last = period_days(period(ev))  # an update finds links by these days
        assert first <= ev.date <= last
    assert period_days((2025, 2)) == (dt.date(2025, 2, 1), dt.date(2025, 2, 28))
    assert period_days((0, 0)) is None
    year = cluster([_ev("e1", "d1"), _ev("e2", "d2", date=dt.date(2025, 1, 1), prec="year")])
    assert len(year) == 2  # a year cannot be placed in May: no chain through it


def test_occurrences_issue12_own_names_are_no_evidence():
    """Two reports of a pair sharing only its names and one other word are alike when the names
    count (3 of 9 words) and not when they are left out: every report of the pair has them."""
    common = "Moscow Caracas announced"
    a = f"{common} pipeline refinery tanker bond loan credit"
    b = f"{common} satellite launch orbit rocket probe lander"
    names = ("Moscow", "Caracas")
    evs = [
        replace(_ev("e1", "d1", sentence=a), trigger="", names=names),
        replace(_ev("e2", "d2", sentence=b), trigger="", names=names),
    ]
    assert evidence(evs[0], STOP) == words(a, STOP) - {"moscow", "caracas"}
    assert len(cluster(evs)) == 2
    assert len(cluster([replace(e, names=()) for e in evs])) == 1


def _all_pairs(events):
    """The reference: connected components of same_occurrence over every pair."""
    parent = list(range(len(events)))

    def find(i):
        while parent[i] != i:
            i = parent[i]
        return i

    bags = [evidence(e, STOP) for e in events]
    for i in range(len(events)):
        for j in range(i + 1, len(events)):
            if same_occurrence(events[i], events[j], bags[i], bags[j]):
                parent[find(j)] = find(i)
    groups = {}
    for i, e in enumerate(events):
        groups.setdefault(find(i), []).append(e.id)
    return sorted(sorted(g) for g in groups.values())


_WORDS = tuple(f"word{c}{d}" for c in "abcde" for d in "vwxyz")
_mention = st.fixed_dictionaries(
    {
        "cat": st.sampled_from(("AGREE", "CONSULT")),
        "actors": st.lists(st.sampled_from(("USA", "CHN", "RUS")), max_size=2, unique=True),
        "recipients": st.lists(st.sampled_from(("USA", "CHN", "RUS")), max_size=2, unique=True),
        "words": st.lists(st.sampled_from(_WORDS), max_size=5),
        "trigger": st.sampled_from(("", "signed", "signing", "met", "talks")),
        "day": st.one_of(st.none(), st.integers(0, 6)),
        "month_end": st.booleans(),  # the days straddle a month's end (issue 12: periods)
        "prec": st.sampled_from(("day", "day", "month", "year")),
        "source": st.sampled_from(("clause", "publication")),
        "place": st.sampled_from((None, None, "kharkiv", "odesa")),
    }
)


def _first_day(month_end: bool) -> dt.date:
    return dt.date(2025, 1, 28) if month_end else dt.date(2025, 1, 1)


@settings(max_examples=400, deadline=None)
@given(st.lists(_mention, max_size=40))
def test_occurrences_cluster_equals_all_pairs_reference(mentions):
    events = [
        EventRecord(
            id=f"e{i:03d}",
            doc_id=f"d{i}",
            category=m["cat"],
            actors=tuple(m["actors"]),
            recipients=tuple(m["recipients"]),
            sentence=" ".join(m["words"]),
            trigger=m["trigger"],
            date=None if m["day"] is None else _first_day(m["month_end"]) + dt.timedelta(days=m["day"]),
            date_precision=m["prec"],
            date_source=m["source"],
            place=m["place"],
        )
        for i, m in enumerate(mentions)
    ]
    assert sorted(sorted(e.id for e in o.members) for o in cluster(events)) == _all_pairs(events)


_FREQUENT = ("alpha", "bravo", "charlie", "delta", "echo", "foxtrot")  # in many sentences, like names
_RARE = tuple(f"rare{c}{d}" for c in "abcdefgh" for d in "vwxyz")
_long = st.fixed_dictionaries(
    {
        "actors": st.lists(st.sampled_from(("USA", "CHN")), min_size=1, max_size=2, unique=True),
        "recipients": st.lists(st.sampled_from(("RUS", "IRN")), max_size=1),
        "frequent": st.lists(st.sampled_from(_FREQUENT), max_size=4, unique=True),
        "rare": st.lists(st.sampled_from(_RARE), max_size=10, unique=True),
        "trigger": st.sampled_from(("", "met", "talks")),
        "day": st.integers(0, 9),
    }
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_long, min_size=2, max_size=60))
def test_occurrences_cluster_long_sentences_with_frequent_words_equal_all_pairs(mentions):
    """Long sentences sharing a few frequent words: the sweep leaves out the postings and member
    lists of the words an alike pair cannot do without (the prefix filter), still the all-pairs
    relation."""
    events = [
        EventRecord(
            id=f"e{i:03d}",
            doc_id=f"d{i}",
            category="CONSULT",
            actors=tuple(m["actors"]),
            recipients=tuple(m["recipients"]),
            sentence=" ".join([*m["frequent"], *m["rare"]]),
            trigger=m["trigger"],
            date=dt.date(2025, 1, 1) + dt.timedelta(days=m["day"]),
            date_precision="day",
            date_source="publication",
        )
        for i, m in enumerate(mentions)
    ]
    assert sorted(sorted(e.id for e in o.members) for o in cluster(events)) == _all_pairs(events)


def test_occurrences_issue14_publication_date_at_date_min_does_not_overflow():
    first = _ev("e1", "d1", date=dt.date.min, prec="day", source="publication")
    assert interval(first) == (dt.date.min, dt.date.min)
    assert interval(_ev("e2", "d2", date=dt.date(1, 1, 5), source="publication")) == (
        dt.date.min,
        dt.date(1, 1, 5),
    )
    occs = cluster([first, _ev("e3", "d3", date=dt.date.min, source="clause")])
    assert len(occs) == 1 and summarise(occs[0])["mention_count"] == 2
