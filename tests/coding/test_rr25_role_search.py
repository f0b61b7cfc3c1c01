"""Recipients the role search finds in the parse (issue 11, rr25): the parties of a conflict a
mediation is done in, named earlier in the article; and the "against" phrase of a verb or object that
governs a named law or instrument, for a trigger word inside the title. Every sentence here is written
for these tests; each shape has its counter-example."""

from __future__ import annotations

from .conftest import candidate_features

Reading = tuple[list[str | None], list[str | None], tuple[str, ...]]


def _readings(cands, category: str) -> list[Reading]:  # noqa: ANN001
    return [
        ([a.code for a in e.actors], [r.code for r in e.recipients], f)
        for e, f in cands
        if e.category == category
    ]


def test_a_mediation_in_a_conflict_named_before_takes_its_parties(candidates) -> None:  # noqa: ANN001
    cands = candidates(
        "The border dispute between Guatemala and Belize has dragged on for decades. "
        "Mexico offered on Tuesday to mediate in the dispute."
    )
    found = [(a, r) for a, r, f in _readings(cands, "CONSULT") if "tgt=parties" in f]
    assert (["MEX"], ["GTM", "BLZ"]) in found


def test_a_quarrel_named_by_its_owner_and_partner_gives_both_parties(candidates) -> None:  # noqa: ANN001
    cands = candidates(
        "Peru's long quarrel with Ecuador flared again this spring. "
        "Brazil said it was ready to mediate in the conflict."
    )
    assert "tgt=parties" in candidate_features(cands, "CONSULT", "BRA", "ECU")


def test_a_conflict_named_before_without_two_parties_gives_none(candidates) -> None:  # noqa: ANN001
    # the parties met, but no conflict was named with them: nothing to take
    cands = candidates("Chile and Bolivia met in Lima. Argentina offered to mediate in the dispute.")
    assert not any("tgt=parties" in f for _, _, f in _readings(cands, "CONSULT"))


def test_a_conflict_that_names_its_own_parties_is_read_as_it_stands(candidates) -> None:  # noqa: ANN001
    cands = candidates(
        "The feud between Serbia and Kosovo worsened. "
        "Hungary offered to mediate in the conflict between Chad and Sudan."
    )
    consults = _readings(cands, "CONSULT")
    assert not any("tgt=parties" in f for _, _, f in consults)
    assert not any("SRB" in r and "rcpt=role" in f for _, r, f in consults)  # only as an implied variant
    assert any(a == ["HUN"] and "TCD" in r and "rcpt=role" in f for a, r, f in consults)


def test_only_acts_on_the_parties_take_them(candidates) -> None:  # noqa: ANN001
    # sending troops into a conflict is no act on the parties of an earlier one
    cands = candidates(
        "The dispute between Guatemala and Belize has dragged on for decades. "
        "Mexico sent troops to the conflict."
    )
    assert not any("tgt=parties" in f for e, f in cands)


def test_the_against_phrase_of_a_titled_object_is_the_target(candidates) -> None:  # noqa: ANN001
    # the country in the law's title is not whom the law is used against
    cands = candidates("Washington may apply the Cuba Democracy Sanctions Act against Mexico.")
    feats = candidate_features(cands, "SANCTION", "USA", "MEX")
    assert "tgt=object" in feats
    assert not [
        f for a, r, f in _readings(cands, "SANCTION") if a == ["USA"] and r == ["CUB"] and "tgt=dobj" in f
    ]


def test_an_owned_object_keeps_its_owner_as_target(candidates) -> None:  # noqa: ANN001
    # "Y's case against Z": Y is named as Y, and the support goes to Y
    cands = candidates("Spain backed Morocco's case against Algeria.")
    assert "tgt=dobj" in candidate_features(cands, "SUPPORT", "ESP", "MAR")
    assert "tgt=object" not in candidate_features(cands, "SUPPORT", "ESP", "DZA")


def test_a_trigger_spelled_out_in_brackets_is_aimed_where_the_title_is(candidates) -> None:  # noqa: ANN001
    cands = candidates(
        "Washington has complained for months about the oil trade. The threat of invoking the DSA "
        "(Democracy and Sanctions Act) against Mexico worries investors in the region."
    )
    targeted = [(a, r) for a, r, f in _readings(cands, "SANCTION") if "veto=targeted" in f]
    assert (["USA"], ["MEX"]) in targeted


def test_brackets_after_no_title_give_no_target(candidates) -> None:  # noqa: ANN001
    cands = candidates("The talks (held in secret) against the wishes of Peru went ahead.")
    assert not any("veto=targeted" in f for _, f in cands)


def test_the_holder_of_a_revoked_permission_is_its_target(candidates) -> None:  # noqa: ANN001
    # the holder stands in the permission's own relative clause, found on purpose
    cands = candidates("Argentina revoked the permits that allowed Chilean trawlers to fish in its waters.")
    assert "tgt=holder" in candidate_features(cands, "SANCTION", "ARG", "CHL")


def test_a_permission_to_work_in_a_place_is_aimed_at_the_place_too(candidates) -> None:  # noqa: ANN001
    cands = candidates("Washington revoked the licences allowing Spanish oil firms to operate in Libya.")
    assert "tgt=object" in candidate_features(cands, "SANCTION", "USA", "LBY")
    assert "tgt=holder" in candidate_features(cands, "SANCTION", "USA", "ESP")


def test_the_issuer_of_a_permit_is_no_holder(candidates) -> None:  # noqa: ANN001
    # "that Chile had issued": Chile issued the permits, no clause of permission names a holder
    cands = candidates("Argentina revoked the permits that Chile had issued last year.")
    assert not any("tgt=holder" in f for _, f in cands)
