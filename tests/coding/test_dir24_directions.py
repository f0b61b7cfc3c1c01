"""Which mention speaks for a party, and who is no party of a proposed act (issue 11, dir24).

A party named twice in a sentence is one candidate per reading: the mention in the trigger's grammar
must be the one its features read, not an earlier one in another clause, or the right direction
scores below its reverse. Every sentence here is written for these tests."""

from __future__ import annotations

from .conftest import candidate_features

SENTENCE = (
    "Angered by the arrest of sailors from France near its coast, Italy said on Monday that France "
    "will expel the Italian diplomats."
)


def _lexical(feats: tuple[str, ...]) -> bool:
    return "where=lexical" in feats


def test_a_party_named_twice_is_read_at_the_mention_nearest_the_trigger(candidates) -> None:  # noqa: ANN001
    cands = candidates(SENTENCE)
    alone = [
        f
        for e, f in cands
        if e.category == "SANCTION"
        and [a.code for a in e.actors] == ["FRA"]
        and not e.recipients
        and _lexical(f)
    ]
    assert alone, "a lexical reading with France alone"
    assert all("apath=|nsubj" in f for f in alone)


def test_a_target_named_twice_is_read_at_the_mention_nearest_the_trigger(candidates) -> None:  # noqa: ANN001
    feats = candidate_features(candidates(SENTENCE), "SANCTION", "ITA", "FRA")
    assert "rrel=direct:nsubj" in feats


def _recipient_readings(cands, code: str) -> list[str]:  # noqa: ANN001
    """The categories of the readings with ``code`` among their recipients."""
    return [e.category for e, _ in cands if code in {r.code for r in e.recipients}]


def test_whoever_offers_to_mediate_is_no_recipient_of_the_mediation(candidates) -> None:  # noqa: ANN001
    cands = candidates("Norway offered to mediate between Colombia and Venezuela.")
    assert not _recipient_readings(cands, "NOR")
    assert candidate_features(cands, "CONSULT", "NOR", "COL")  # the offerer mediates between the parties


def test_whoever_is_ready_to_host_talks_is_no_recipient_of_them(candidates) -> None:  # noqa: ANN001
    cands = candidates("Sweden is ready to host talks between Armenia and Azerbaijan.")
    assert not _recipient_readings(cands, "SWE")


def test_the_one_who_makes_an_offer_is_not_its_target(candidates) -> None:  # noqa: ANN001
    cands = candidates("Japan offered Vietnam new patrol boats.")
    assert not _recipient_readings(cands, "JPN")
    assert candidate_features(cands, "AGREE", "JPN", "VNM")


def test_parties_of_acts_no_one_offers_stay_recipients(candidates) -> None:  # noqa: ANN001
    cands = candidates("Norway sent aid to Colombia, and Colombia thanked Norway.")
    assert _recipient_readings(cands, "NOR")
