"""categorize(): intent, negation, passive voice, purpose clauses, undoing verbs, no decision."""

from __future__ import annotations

import pytest

from geowire.coding.categorize import categorize

from .conftest import LEXICON
from .test_categorize_categories import decide, nlp  # noqa: F401 - fixture re-export

pytestmark = pytest.mark.model


def test_categorize_future_cooperation_is_agree(nlp) -> None:  # noqa: ANN001, F811
    d = decide(nlp, "<s>Vietnam</s> and <t>Australia</t> will cooperate closely on coastal patrols.")
    assert d is not None and d.category == "AGREE" and "+intent" in d.rule


def test_categorize_vowed_force_is_threaten(nlp) -> None:  # noqa: ANN001, F811
    d = decide(nlp, "<s>The warlord</s> vowed to attack <t>the provincial capital</t> before winter.")
    assert d is not None and d.category == "THREATEN"
    assert d.rule.startswith("lexicon:verb:attack")


def test_categorize_negated_support_is_reject(nlp) -> None:  # noqa: ANN001, F811
    d = decide(nlp, "<s>Denmark</s> did not support <t>the Spanish motion</t> at the summit.")
    assert d is not None and d.category == "REJECT" and "+negated" in d.rule


def test_categorize_passive_voice_keeps_the_category(nlp) -> None:  # noqa: ANN001, F811
    d = decide(nlp, "<t>The convoy</t> was attacked by <s>armed men</s> on the coast road.")
    assert d is not None and d.category == "ASSAULT"


def test_categorize_phone_call_is_coded_by_its_purpose(nlp) -> None:  # noqa: ANN001, F811
    plain = decide(nlp, "<s>The chancellor</s> phoned <t>the Polish president</t> on Sunday.")
    purpose = decide(nlp, "<s>The chancellor</s> phoned <t>the Polish president</t> to congratulate him.")
    assert plain is not None and plain.category == "CONSULT" and plain.mode == "phone"
    assert purpose is not None and purpose.category == "SUPPORT"


def test_categorize_call_on_needs_the_adjacent_preposition(nlp) -> None:  # noqa: ANN001, F811
    request = decide(nlp, "<s>The mayor</s> called on <t>the regional governor</t> to send more buses.")
    phone = decide(nlp, "<s>The mayor</s> called <t>the regional governor</t> on Friday.")
    assert request is not None and request.category == "REQUEST"
    assert phone is not None and phone.category == "CONSULT"


def test_categorize_halting_strikes_is_retreat_and_cutting_aid_is_sanction(nlp) -> None:  # noqa: ANN001, F811
    halted = decide(nlp, "<s>The army</s> halted its air strikes on <t>the old town</t> after talks.")
    cut = decide(nlp, "<s>Sweden</s> cut its development aid to <t>the regime</t>.")
    assert halted is not None and halted.category == "RETREAT"
    assert cut is not None and cut.category == "SANCTION"


def test_categorize_peacekeeping_deployment_is_aid(nlp) -> None:  # noqa: ANN001, F811
    d = decide(nlp, "<s>Ireland</s> deployed 300 peacekeepers to <t>the buffer zone</t>.")
    assert d is not None and d.category == "AID" and "peacekeeping" in d.context


def test_categorize_a_reinterpretation_cue_of_two_words_is_read(nlp) -> None:  # noqa: ANN001, F811
    """ "blue helmets" in the sentence (a phrase among the cue words) makes a deployment AID (review12)."""
    d = decide(nlp, "<s>Ghana</s> deployed 300 blue helmets to <t>the buffer zone</t>.")
    assert d is not None and d.category == "AID" and "peacekeeping" in d.context


def test_categorize_trigger_offsets_point_at_the_words(nlp) -> None:  # noqa: ANN001, F811
    text = "Finland imposed a curfew on the port city."
    doc = nlp(text)
    d = categorize(doc, source=(0, 1), target=(6, 8), lexicon=LEXICON)
    assert d is not None and d.category == "COERCE"
    assert "curfew" in doc[d.trigger : d.trigger_end].text


def test_categorize_no_trigger_gives_no_decision(nlp) -> None:  # noqa: ANN001, F811
    assert decide(nlp, "<s>The museum</s> is near <t>the river</t>.") is None


def test_categorize_span_outside_the_doc_is_an_error(nlp) -> None:  # noqa: ANN001, F811
    doc = nlp("Chile agreed.")
    with pytest.raises(ValueError, match="outside"):
        categorize(doc, source=(0, 9), target=None, lexicon=LEXICON)


def test_categorize_obligation_on_another_party_is_request(nlp) -> None:  # noqa: ANN001, F811
    d = decide(nlp, "<s>Norway</s> said <t>the rebels</t> must free the hostages.")
    assert d is not None and d.category == "REQUEST" and "+obligation" in d.rule


def test_categorize_failing_to_cooperate_is_reject(nlp) -> None:  # noqa: ANN001, F811
    d = decide(nlp, "<s>The two parties</s> failed to reach an agreement with <t>the unions</t>.")
    assert d is not None and d.category == "REJECT"


def test_categorize_ending_mediation_is_sanction_and_cancelling_restrictions_concede(nlp) -> None:  # noqa: ANN001, F811
    ended = decide(nlp, "<s>Qatar</s> ended its mediation between <t>the two factions</t>.")
    cancelled = decide(nlp, "<s>Berlin</s> cancelled the restrictions on <t>Turkish imports</t>.")
    assert ended is not None and ended.category == "SANCTION"
    assert cancelled is not None and cancelled.category == "CONCEDE"


def test_categorize_seizing_a_place_is_assault_seizing_goods_is_coerce(nlp) -> None:  # noqa: ANN001, F811
    town = decide(nlp, "<s>The insurgents</s> captured <t>the provincial capital</t> at dawn.")
    goods = decide(nlp, "<s>Customs officers</s> seized <t>a shipment of rifles</t> at the port.")
    assert town is not None and town.category == "ASSAULT"
    assert goods is not None and goods.category == "COERCE" and goods.mode == "seize"


def test_categorize_announced_boycott_is_threaten(nlp) -> None:  # noqa: ANN001, F811
    d = decide(nlp, "<s>The union</s> said it would boycott <t>the state broadcaster</t>.")
    assert d is not None and d.category == "THREATEN"


@pytest.mark.parametrize(
    "marked",
    [
        "<s>Ankara</s> will not tolerate raids by <t>Damascus</t> on its border posts.",
        "<s>Seoul</s> said it would never tolerate drills by <t>Pyongyang</t> near the islands.",
        "<s>Oslo</s> did not rule out fresh penalties on <t>Minsk</t>.",
    ],
)
def test_categorize_a_sense_that_holds_under_negation_is_a_threat(nlp, marked: str) -> None:  # noqa: ANN001, F811
    """ "will not tolerate", "did not rule out": the lexicon lists them with their negator; the negation
    is the threat's own words (adjustment ``polarity``), not a negated event."""
    d = decide(nlp, marked)
    assert d is not None and d.category == "THREATEN" and d.adjustment == "polarity"


def test_categorize_the_same_verb_without_its_negation_is_no_threat(nlp) -> None:  # noqa: ANN001, F811
    d = decide(nlp, "<s>Chile</s> has long tolerated protests by <t>Bolivian</t> farmers at the crossing.")
    assert d is None or d.category != "THREATEN"


def test_lexicon_phrases_with_a_leading_negator_need_the_negation() -> None:
    from .test_categorize_lexicon import _parse

    lex = _parse('entries:\n  - {category: THREATEN, verbs: ["not tolerate", "not rule out"]}\n')
    assert lex.negated_phrases["tolerate"][0][0] == ()  # type: ignore[attr-defined]
    assert lex.negated_phrases["rule"][0][0] == ("out",)  # type: ignore[attr-defined]
    assert "not" not in lex.verb_phrases  # type: ignore[attr-defined]
