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
    return [r for r in out if r is not None]


def test_lexicon_required_literals_of_simple_patterns():
    assert required_literals(re.compile(r"\bsa(?:id|ys|y)\b", re.IGNORECASE)) == {"said", "say"}
    assert required_literals(re.compile(r"s[eo]ld?")) == {"sel", "sol"}
    assert required_literals(re.compile(r"x(?:ab)*yz")) == {"yz"}
    assert required_literals(re.compile(r"a|b")) is None  # nothing of two characters is required
    assert required_literals(re.compile(r"\w+ed")) == {"ed"}


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
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_FRAGMENTS), min_size=1, max_size=12), st.sampled_from(["", " "]))
def test_lexicon_required_literals_never_reject_a_match(parts, sep):
    text = sep.join(parts)
    view = _view(text)
    for regex in _shipped_regexes():
        if regex.search(text):
            assert view.may_match(regex), (regex.pattern[:60], text)
