"""A transfer's party comes from the clause that names it in a transfer role, never from a place
named in a later sentence (issue 13, helper ``tx20``): a coded event that runs on past the
sentence of the purchase ("… bought warships. Its crew trained in Australia.") lends it no
supplier and no recipient unless that sentence names the country in a transfer role ("Spain
will deliver them"), and an unsaid supplier is never a country named as a place."""

from __future__ import annotations

import datetime as dt

import pytest

from geowire.types import DocContext

pytestmark = pytest.mark.model


def _transfers(analyzer, text: str) -> list[tuple[object, object, object]]:  # noqa: ANN001
    (a,) = analyzer.analyse([(DocContext(doc_id="t", published=dt.date(2025, 3, 10)), text)])
    return [
        (c.fields.get("supplier"), c.fields.get("recipient"), c.fields.get("status"))
        for c in a.claims
        if c.kind == "transfer"
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a habitual purchase with no named seller: one-sided, no record
        "Peru's navy has long bought patrol boats. Its sailors trained in Spain.",
        "Uruguay's navy has long bought warships. Its crew trained in Western Australia.",
        # the place where the crew trained neither sells nor buys, nor turns the buyer into a seller
        "Uruguay's navy bought second-hand warships. Its crew trained in New Zealand.",
    ],
)
def test_tx20_a_later_sentences_place_is_no_party(analyzer, text: str) -> None:  # noqa: ANN001
    assert _transfers(analyzer, text) == []


def test_tx20_a_later_sentence_keeps_the_deals_parties(analyzer) -> None:  # noqa: ANN001
    text = "Norway will sell three frigates to Latvia. The first ship was handed over in May."
    found = _transfers(analyzer, text)
    assert ("NOR", "LVA", "planned") in found
    assert all((s, r) == ("NOR", "LVA") for s, r, _status in found)


def test_tx20_a_seller_named_in_the_clause_stays_with_a_place_after_it(analyzer) -> None:  # noqa: ANN001
    text = "Uruguay bought second-hand warships from Britain. Its crew trained in New Zealand."
    assert _transfers(analyzer, text) == [("GBR", "URY", "delivered")]


def test_tx20_a_later_training_place_does_not_replace_the_named_seller(analyzer) -> None:  # noqa: ANN001
    text = "Uruguay's navy bought three frigates from Spain. Its crews trained in Portugal."
    assert _transfers(analyzer, text) == [("ESP", "URY", "delivered")]


def test_tx20_a_place_named_elsewhere_is_no_unsaid_supplier(analyzer) -> None:  # noqa: ANN001
    # "handed over to Ghana" names no giver: the country where officials met gives nothing
    text = "Four patrol boats were handed over to Ghana last week. Officials met in Togo."
    assert all(s != "TGO" for s, _r, _status in _transfers(analyzer, text))


def test_tx20_a_country_named_as_an_actor_still_fills_the_unsaid_supplier(analyzer) -> None:  # noqa: ANN001
    text = "Six patrol boats were handed over to Gabon. The United States paid for them, Washington said."
    assert _transfers(analyzer, text) == [("USA", "GAB", "delivered")]


def test_tx20_unplaced_keeps_actors_and_drops_places(analyzer) -> None:  # noqa: ANN001
    from geowire.lang import load_language
    from geowire.model.extract import unplaced
    from geowire.model.lexicon import model_lexicon
    from geowire.types import ActorMention, Sentence

    text = "Peru thanked Chile. The talks were held in Ecuador."
    sentences = [Sentence(0, 0, 19, text[:19]), Sentence(1, 20, len(text), text[20:])]
    mentions = [
        ActorMention(start=s, end=s + len(w), text=w, kind="country", code=c)
        for w, c in (("Peru", "PER"), ("Chile", "CHL"), ("Ecuador", "ECU"))
        if (s := text.index(w)) >= 0
    ]
    kept = unplaced(mentions, sentences, model_lexicon(load_language("en")))
    assert [m.code for m in kept] == ["PER", "CHL"]


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        # the later sentence names the other side in a transfer role: its subject gives or gets
        ("Uruguay has agreed to buy two corvettes. Spain will deliver them from 2028.", ("ESP", "URY")),
        ("Portugal delivered two patrol boats. Cape Verde received them in Praia.", ("PRT", "CPV")),
    ],
)
def test_tx20_a_later_sentence_naming_the_other_side_fills_it(analyzer, text: str, parties) -> None:  # noqa: ANN001
    found = _transfers(analyzer, text)
    assert found and found[0][:2] == parties
