"""required_literals: the substring pre-test never rejects a sentence its regex matches."""

import datetime as dt
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from geowire.lang import load_language
from geowire.model.context import SentenceView
from geowire.model.lexicon import compile_any, cue_gate, model_lexicon, required_literals
from geowire.types import DocContext, Sentence

_CTX = DocContext(doc_id="d", published=dt.date(2026, 1, 6), title=None, outlet=None, url=None, path=None)


def _view(text: str) -> SentenceView:
    return SentenceView(Sentence(index=0, start=0, end=len(text), text=text), _CTX, load_language("en"))


def _shipped_regexes() -> list[re.Pattern[str]]:
    lex = model_lexicon(load_language("en"))
    out = [cue_gate(lex, n) for n in ("agreements", "transfers", "statements")]
    out += [k.regex for k in lex.agreements.kinds] + [a.regex for a in lex.agreements.actions]
    out += [s.regex for s in lex.transfers.statuses] + [p.regex for p in lex.assessments.propositions]
    out += [compile_any(lex.assessments.uncertain_cues), compile_any(lex.deployments.verbs)]
    out += [compile_any([v.pattern]) for v in lex.statements.speech_verbs]
    # whole rule patterns the rules run through SentenceView.search / finditer
    out += [lex.agreements.place, lex.agreements.usd, lex.transfers.usd, lex.deployments.count]
    # patterns whose required strings stand in a lookahead or lookbehind
    out += [lex.transfers.elided_reference, lex.transfers.conjunct_count, lex.transfers.acquire]
    out += [lex.deployments.force_number, lex.deployments.strong_after]
    return [r for r in out if r is not None]


def test_lexicon_required_literals_of_simple_patterns():
    assert required_literals(re.compile(r"\bsa(?:id|ys|y)\b", re.IGNORECASE)) == {"said", "say"}
    assert required_literals(re.compile(r"s[eo]ld?")) == {"sel", "sol"}
    assert required_literals(re.compile(r"x(?:ab)*yz")) == {"yz"}
    assert required_literals(re.compile(r"a|b")) is None  # nothing of two characters is required
    assert required_literals(re.compile(r"\w+ed")) == {"ed"}
    # what a lookahead or lookbehind sees is in the text as well; a negative one requires nothing
    assert required_literals(re.compile(r"(?<=\band\s)\d+\s+(?=tanks\b)")) == {"tanks"}
    assert required_literals(re.compile(r"(?<=\band\s)\d+")) == {"and"}
    assert required_literals(re.compile(r"(?<!\band\s)\d+")) is None
    # the strings of the match itself come first: a lookahead's are often common words
    assert required_literals(re.compile(r"\bsold(?=\s+to\b)")) == {"sold"}


def test_lexicon_required_literals_case_trap_keeps_the_sentence():
    regex = re.compile(r"\bsaid\b", re.IGNORECASE)
    assert regex.search("He ſaid so")  # "ſ" is a case variant of "s" for re
    assert _view("He ſaid so").may_match(regex)
    assert not _view("He told us").may_match(regex)
    assert _view("HE SAID SO").may_match(regex)


_FRAGMENTS = [
    "signed", "the", "treaty", "Said", "SAYS", "sold", "delivered", "ceasefire", "cease-fire", "in force",
    "took effect", "whether", "defend", "troops", "deployed", "ratify", "’", " ", "  ", ",", "-", "ſ", "İ",
    "ı", "K", "x", "ed", "ing", "s", "de", "fend", "arms", "deal", "accord", "ex", "tend", "Ready to send",
    "and", "sent", "six", "12", "its", "first", "another", "two", "have", "arrived", "them", "to", "Kyiv",
    "number", "strong", "acquired", "from", "of",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_FRAGMENTS), min_size=1, max_size=12), st.sampled_from(["", " "]))
def test_lexicon_required_literals_never_reject_a_match(parts, sep):
    text = sep.join(parts)
    view = _view(text)
    for regex in _shipped_regexes():
        if regex.search(text):
            assert view.may_match(regex), (regex.pattern[:60], text)


def test_lexicon_required_literals_from_lookarounds_keep_the_sentences_they_match():
    # each of these patterns needs a lookahead's or lookbehind's strings to be pre-tested at all
    lex = model_lexicon(load_language("en"))
    cases = [
        (lex.transfers.elided_reference, "Its first two arrived in May."),
        (lex.transfers.elided_reference, "Another six were delivered later."),
        (lex.transfers.elided_reference, "None of them has been delivered yet."),
        (lex.transfers.conjunct_count, "Paris bought tanks and sent six to Kyiv."),
        (lex.transfers.conjunct_count, "It ordered jets and 12 to Riga."),
        (lex.transfers.acquire, "Latvia took delivery of the jets."),
        (lex.deployments.force_number, "a force numbering 400 troops"),
        (lex.deployments.strong_after, "a force 400 strong was sent"),
    ]
    for regex, text in cases:
        assert required_literals(regex) is not None
        assert regex.search(text), (regex.pattern[:60], text)
        assert _view(text).may_match(regex), (regex.pattern[:60], text)
    assert not _view("The talks went on all week.").may_match(lex.transfers.elided_reference)
