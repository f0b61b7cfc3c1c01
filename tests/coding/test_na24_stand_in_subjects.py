"""An event noun as the subject of the act it stands for (issue 11, na24): "The sanctions will block
any assets …" — the measure pointing back to one told before does the blocking, so the act's parties
are that measure's, whatever the sentence's own parties read "block" as. Every sentence here is
written for these tests."""

from __future__ import annotations

from .conftest import candidate_events, candidate_features, find

STAND_IN = "veto=stand-in-subject"


def test_a_pointing_subject_gives_the_act_the_parties_of_the_measure_told_before(candidates) -> None:  # noqa: ANN001
    cands = candidates(
        "Britain imposed sanctions on Belarus in March. "
        "The sanctions will block any assets that Belarusian officials hold in Britain."
    )
    later = [e for e in candidate_events(cands) if e.sentence_index == 1]
    (blocked,) = find(later, "SANCTION", actor="GBR", recipient="BLR")
    assert blocked.modality == "future"
    assert STAND_IN in candidate_features(cands, "SANCTION", "GBR", "BLR")


def test_a_pointing_subject_may_stand_for_either_of_two_measures(candidates) -> None:  # noqa: ANN001
    cands = candidates(
        "Japan imposed sanctions on Russia in May. The United Nations sanctioned North Korea in June. "
        "The sanctions will block any assets that North Korean banks hold abroad."
    )
    later = [e for e in candidate_events(cands) if e.sentence_index == 2]
    assert find(later, "SANCTION", actor="UN", recipient="PRK")
    assert find(later, "SANCTION", actor="JPN", recipient="RUS")


def test_an_owned_or_bare_subject_stands_for_no_measure_told_before(candidates) -> None:  # noqa: ANN001
    for second in (
        "Russia's sanctions will block any assets that Belarusian officials hold in Britain.",
        "Sanctions could block any assets that Belarusian officials hold in Britain.",
    ):
        cands = candidates(f"Britain imposed sanctions on Belarus in March. {second}")
        assert not any(STAND_IN in f for _, f in cands), second
