"""(cx47) Analysis-style shapes of transfers and deployments, in the project's own sentences.

A model designation followed by two capitalised words ("A-29 Super Tucanos") is one unknown
system; the subject of a passive cue is what moved, even with a noun after the main verb; a country
opening a "which hosts …" relative is the forces' host; a fronted "Under the pact signed in …"
phrase keeps its date when the step's clause has one; a force sent in an aside and "now" there is
the force at the report (a later denial of any presence contradicts it)."""

from __future__ import annotations

import datetime as dt

from tests.model.helpers import claim_fields, contradiction_pairs, deployment_rows, transfer_rows

_DAY = dt.date(2025, 6, 2)


def _systems(analyzer, text: str) -> list[tuple[object, object, object, object]]:  # noqa: ANN001
    return [
        (f.get("supplier"), f.get("recipient"), f.get("system"), f.get("quantity"))
        for f in claim_fields(analyzer, text, "transfer", _DAY)
        if f.get("status") != "mentioned"
    ]


def _dates(analyzer, text: str) -> list[object]:  # noqa: ANN001
    return [
        f.get("date")
        for f in claim_fields(analyzer, text, "transfer", _DAY)
        if f.get("status") != "mentioned"
    ]


def test_cx47_a_designation_with_two_name_words(analyzer) -> None:  # noqa: ANN001
    text = "Bolivia received six AB-11 Andes Condors from Peru in March."
    assert _systems(analyzer, text) == [("PER", "BOL", "AB-11 Andes Condor", 6)]
    # one name word still stops at the name, and a block number is no name word
    text = "Chile received two F-16 Block 50 jets from the Netherlands in March."
    assert [r[:2] + r[3:] for r in _systems(analyzer, text)] == [("NLD", "CHL", 2)]


def test_cx47_a_passive_subject_is_what_moved(analyzer) -> None:  # noqa: ANN001
    text = (
        "The four IA-63 Pampas, all of which were handed over by Argentina in May, give Montevideo "
        "its first jet trainers in two decades."
    )
    assert _systems(analyzer, text) == [("ARG", "URY", "IA-63 Pampa", 4)]
    # a coordinated clause after the passive keeps its own object
    text = "The radars were delivered by Italy in May, and Peru also bought patrol boats from Rome."
    assert ("ITA", "PER") in {r[:2] for r in _systems(analyzer, text)}
    assert any("boat" in str(r[2]) for r in _systems(analyzer, text))


def test_cx47_a_fronted_deal_keeps_its_date(analyzer) -> None:  # noqa: ANN001
    text = (
        "Under the accord that Denmark and Latvia signed in Riga in April, Denmark will hand over "
        "12 CV90 infantry fighting vehicles to the Latvian army by 2028."
    )
    assert _dates(analyzer, text) == ["2028-01-01"]
    # with no date of its own the step keeps the phrase's (as an aside's)
    text = "Under a deal signed in April, Denmark delivered 12 CV90 infantry fighting vehicles to Latvia."
    assert transfer_rows(analyzer, text, _DAY) and _dates(analyzer, text) == ["2025-04-01"]


def test_cx47_a_hosting_relative_names_the_host() -> None:
    rows = deployment_rows(
        {
            "a": "Bahrain, which hosts some 9,000 American sailors as well as British and French ships, "
            "sits at the heart of the Gulf.",
            "b": "Bahrain, which hosted a summit in May, sent 200 soldiers to Kuwait.",
        },
        "2025-06-02",
    )
    assert rows["a"] == [("USA", "BHR", 9000)]
    assert rows["b"] == [("BHR", "KWT", 200)]


def test_cx47_sent_in_an_aside_and_there_now() -> None:
    pairs = contradiction_pairs(
        [
            ("a", "2025-05-06", "About 250 Dutch soldiers, sent to Jordan in 2023 to train border guards, "
             "now make up the largest European unit in the kingdom."),
            ("b", "2025-05-20", "The Netherlands has no troops in Jordan, the Dutch defence ministry said."),
        ]
    )  # fmt: skip
    assert ("a", "b", "status") in pairs
    # a force sent in an aside with no "now" is that year's force: a denial long after it is no conflict
    pairs = contradiction_pairs(
        [
            ("a", "2025-05-06", "About 250 Dutch soldiers, sent to Jordan in 2023 to train border guards, "
             "arrived by air."),
            ("b", "2025-05-20", "The Netherlands has no troops in Jordan, the Dutch defence ministry said."),
        ]
    )  # fmt: skip
    assert not pairs


def test_cx47_a_year_is_no_force() -> None:
    rows = deployment_rows(
        {"a": "About 250 Dutch soldiers, sent to Jordan in 2023 to train border guards, arrived by air."},
        "2025-05-06",
    )
    assert rows["a"] == [("NLD", "JOR", 250)]
    # a count that is no date stays: "2,023 soldiers"
    rows = deployment_rows(
        {"a": "Exactly 2,023 Dutch soldiers were sent to Jordan to train border guards."}, "2025-05-06"
    )
    assert rows["a"] == [("NLD", "JOR", 2023)]


def test_cx47_a_system_noun_before_a_work_site_names_none(analyzer) -> None:  # noqa: ANN001
    text = (
        "Uzbekistan and Turkey signed a $200 million agreement to open a helicopter maintenance "
        "centre in Tashkent."
    )
    assert _systems(analyzer, text) == []
    # the system itself still moves: "sold six helicopters … and a maintenance centre"
    text = "Turkey sold six helicopters to Uzbekistan and will build a maintenance centre in Tashkent."
    assert [r[:2] for r in _systems(analyzer, text)] == [("TUR", "UZB")]


def test_cx47_a_country_opening_the_forces_relative_sends_them() -> None:
    rows = deployment_rows(
        {
            "a": "The 450 soldiers Burundi keeps in Mozambique guard the gas fields.",
            "b": "The 450 soldiers that Burundi sent to Mozambique in 2024 guard the gas fields.",
            # a country after the forces that is no relative's subject sends nothing
            "c": "The 450 soldiers in Mozambique guard the gas fields for Burundi.",
        },
        "2025-06-20",
    )
    assert rows["a"] == [("BDI", "MOZ", 450)]
    assert rows["b"] == [("BDI", "MOZ", 450)]
    assert all(r[0] != "BDI" for r in rows["c"])


def test_cx47_a_named_subject_of_a_zero_relative(analyzer) -> None:  # noqa: ANN001
    text = "The 16 Dana guns Slovakia sold to Ukraine in 2024 are now near Kharkiv."
    assert _systems(analyzer, text) == [("SVK", "UKR", "gun", 16)]
    # a generic system before an active verb with no country between still carries ("Russian
    # planes delivered medicines"): no transfer of the planes
    text = "Turkish planes delivered tents to Syria in 2024."
    assert all("plane" not in str(r[2]) for r in _systems(analyzer, text))


def test_cx47_a_contribution_of_forces_is_a_deployment() -> None:
    rows = deployment_rows(
        {
            "a": "Bangladesh's contribution of 1,300 peacekeepers to the UN mission in South Sudan "
            "is its largest.",
            # a contribution of money sends nobody
            "b": "Bangladesh's contribution of $13 million to the UN mission in South Sudan is its largest.",
        },
        "2025-06-20",
    )
    assert rows["a"] == [("BGD", "SSD", 1300)]
    assert rows["b"] == []


def test_cx47_a_held_system_given_by_a_named_donor(analyzer) -> None:  # noqa: ANN001
    text = "Sri Lanka's navy operates two patrol ships donated by India in 2023."
    assert [r[:2] + r[3:] for r in _systems(analyzer, text)] == [("IND", "LKA", 2)]
    # a held generic with no word of how it came names no transfer
    text = "Sri Lanka's navy operates two patrol ships near Trincomalee."
    assert _systems(analyzer, text) == []
