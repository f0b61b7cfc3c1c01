"""(cx37) Extraction shapes left over by cx33–cx36, in the project's own sentences, each with a
counter-example.

Transfers: a system that arrived from its supplier with no recipient in the clause ("The first
eight tanks arrived from Germany on Friday") was handed to the dateline's country, else to the one
country the article names before it — to no one when two could have received it; a second mention
of a system in a later clause with a cue and a party of its own ("…, and it is now offering the
JF-17 to Iraq") is a step of its own. Statements: a second speech verb with its own speaker led in by
a connective ("…, after Indian officials said …", "…, while China's embassy said …"); a nationality
before an unnamed voice at a place ("a Russian diplomat in Oslo said") speaks for that nation; a
person's name set off before the verb ("…, Colonel Ana Lima, a spokeswoman for the navy, said") is
no part of what was said."""

from __future__ import annotations

import datetime as dt

from tests.model.helpers import claim_fields, stepped_transfers

_DAY = dt.date(2025, 10, 8)


def _transfers(analyzer, text: str) -> set[tuple[object, ...]]:  # noqa: ANN001
    return {
        (f.get("supplier"), f.get("recipient"), f.get("status"))
        for f in stepped_transfers(analyzer, text, _DAY)
    }


def _statements(analyzer, text: str) -> list[tuple[object, object]]:  # noqa: ANN001
    return [(f.get("speaker"), f.get("text")) for f in claim_fields(analyzer, text, "statement", _DAY)]


def test_cx37_an_arrival_from_a_supplier_goes_to_the_datelines_country(analyzer) -> None:  # noqa: ANN001
    text = (
        "VILNIUS, 8 October 2025 — The first eight Leopard 2 tanks arrived from Germany on Monday. "
        "They will join a brigade near Rukla."
    )
    assert ("DEU", "LTU", "delivered") in _transfers(analyzer, text)


def test_cx37_an_arrival_from_a_supplier_goes_to_the_one_country_named_before(analyzer) -> None:  # noqa: ANN001
    text = (
        "Ghana's air force is growing fast. Two Bayraktar TB2 drones arrived from Turkey in September, and "
        "crews have flown them along the coast since."
    )
    assert ("TUR", "GHA", "delivered") in _transfers(analyzer, text)


def test_cx37_an_arrival_with_two_possible_recipients_is_no_transfer(analyzer) -> None:  # noqa: ANN001
    text = (
        "Ghana and Togo have both been buying drones. Two Bayraktar TB2 drones arrived from Turkey "
        "in September, port workers said."
    )
    assert not {t for t in _transfers(analyzer, text) if t[0] == "TUR"}


def test_cx37_an_arrival_at_a_place_from_its_owner_is_no_transfer(analyzer) -> None:  # noqa: ANN001
    text = "Two Russian frigates arrived from Russia on Monday for a short visit."
    assert not _transfers(analyzer, text)


def test_cx37_one_system_twice_with_two_steps_is_two_records(analyzer) -> None:  # noqa: ANN001
    text = "Pakistan sold four JF-17 jets to Myanmar in 2019, and it is now offering the JF-17 to Iraq."
    assert _transfers(analyzer, text) >= {("PAK", "MMR", "delivered"), ("PAK", "IRQ", "offered")}
    text = "Turkey has delivered 12 Bayraktar TB2 drones to Kenya and is offering the Bayraktar TB2 to Chad."
    assert _transfers(analyzer, text) >= {("TUR", "KEN", "delivered"), ("TUR", "TCD", "offered")}


def test_cx37_a_second_mention_without_its_own_step_adds_nothing(analyzer) -> None:  # noqa: ANN001
    text = "Pakistan sold four JF-17 jets to Myanmar in 2019, and the JF-17 has flown there ever since."
    assert _transfers(analyzer, text) == {("PAK", "MMR", "delivered")}


def test_cx37_a_second_speaker_after_a_connective_makes_a_second_statement(analyzer) -> None:  # noqa: ANN001
    text = (
        "Vietnam will buy more BrahMos missiles, its defence minister said on Tuesday, after Indian "
        "officials said New Delhi would offer a loan for the deal."
    )
    found = _statements(analyzer, text)
    assert ("VNM", "Vietnam will buy more BrahMos missiles") in found
    assert ("IND", "New Delhi would offer a loan for the deal") in found
    text = (
        "Australia's foreign ministry said it welcomed the purchase, while China's embassy in Canberra "
        "said the missiles would unsettle the region."
    )
    found = _statements(analyzer, text)
    assert ("AUS", "it welcomed the purchase") in found
    assert ("CHN", "the missiles would unsettle the region") in found


def test_cx37_a_speech_verb_inside_the_content_of_the_same_speaker_stays_one(analyzer) -> None:  # noqa: ANN001
    text = "Vietnam's defence minister said the navy had said for years that it needed more submarines."
    assert [s for s, _ in _statements(analyzer, text)] == ["VNM"]


def test_cx37_a_national_voice_at_a_place_speaks_for_its_nation(analyzer) -> None:  # noqa: ANN001
    text = "“Norway is turning its north into a camp,” a Russian diplomat in Oslo said on Friday."
    assert _statements(analyzer, text) == [("RUS", "Norway is turning its north into a camp")]
    # without a nationality the voice at the place speaks for no one
    text = "“Norway is turning its north into a camp,” diplomats in Oslo said on Friday."
    assert _statements(analyzer, text) == []


def test_cx37_a_named_apposition_is_no_part_of_the_content(analyzer) -> None:  # noqa: ANN001
    text = (
        "The frigate will sail for Lisbon next week, Colonel Ana Lima, a spokeswoman for the Brazilian "
        "navy, said."
    )
    assert _statements(analyzer, text) == [("BRA", "The frigate will sail for Lisbon next week")]
    # a place set off by commas before the speaker stays in the content
    text = "The frigate reached Natal, Brazil, the Brazilian navy said on Monday."
    found = _statements(analyzer, text)
    assert found and all("Brazil" in str(t) for _, t in found)


def test_cx37_an_officials_name_after_its_body_keeps_the_body_as_speaker(analyzer) -> None:  # noqa: ANN001
    text = (
        "Peru has bought more drones than any of its neighbours. A spokesman for the Chilean embassy in "
        "Madrid, Pedro Rojas, said the report was false."
    )
    assert [s for s, _ in _statements(analyzer, text)] == ["CHL"]


def test_cx37_the_spokesman_after_a_second_speaker_is_the_sentences_own(analyzer) -> None:  # noqa: ANN001
    text = (
        "Egypt has not bought Rafale jets from France this year, an Egyptian army spokesman said, after "
        "French officials said the sale was close. The spokesman said the air force had enough aircraft."
    )
    found = _statements(analyzer, text)
    assert ("FRA", "the sale was close") in found
    assert ("EGY", "the air force had enough aircraft") in found
