"""Clustering event mentions across documents into occurrences."""

import datetime as dt

from geowire.model.occurrences import EventRecord, cluster, summarise


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
