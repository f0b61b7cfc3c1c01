"""Issue 13 (dates): a date in a relative clause, apposition or aside dates what that clause says,
not an event outside it; a date of the trigger's own clause is "own" (hand-built parses)."""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.vocab import Vocab

from geowire.nlp.dates import date_scope

VOCAB = Vocab()


def _doc(rows: list[tuple[str, int, str]]) -> Doc:
    words = [w for w, _, _ in rows]
    return Doc(VOCAB, words=words, heads=[h for _, h, _ in rows], deps=[d for _, _, d in rows])


# "Serbia , which joined the pact in 2006 , shelled the border posts on Friday ."
RELCL = _doc([
    ("Serbia", 9, "nsubj"), (",", 0, "punct"), ("which", 3, "nsubj"), ("joined", 0, "relcl"),
    ("the", 5, "det"), ("pact", 3, "dobj"), ("in", 3, "prep"), ("2006", 6, "pobj"), (",", 0, "punct"),
    ("shelled", 9, "ROOT"), ("the", 12, "det"), ("border", 12, "compound"), ("posts", 9, "dobj"),
    ("on", 9, "prep"), ("Friday", 13, "pobj"), (".", 9, "punct"),
])  # fmt: skip


def test_dates_scope_relative_clause_year_is_outside_the_main_event() -> None:
    assert date_scope(RELCL[7], RELCL[9]) == "outside"
    assert date_scope(RELCL[14], RELCL[9]) == "own"


def test_dates_scope_relative_clause_year_dates_its_own_verb() -> None:
    assert date_scope(RELCL[7], RELCL[3]) == "own"
    assert date_scope(RELCL[14], RELCL[3]) == "other"  # the main clause's date: not excluded


# "Oslo , host of the talks since 1993 , expelled an envoy ."
APPOS = _doc([
    ("Oslo", 9, "nsubj"), (",", 0, "punct"), ("host", 0, "appos"), ("of", 2, "prep"), ("the", 5, "det"),
    ("talks", 3, "pobj"), ("since", 2, "prep"), ("1993", 6, "pobj"), (",", 0, "punct"),
    ("expelled", 9, "ROOT"), ("an", 11, "det"), ("envoy", 9, "dobj"), (".", 9, "punct"),
])  # fmt: skip


def test_dates_scope_apposition_date_is_outside() -> None:
    assert date_scope(APPOS[7], APPOS[9]) == "outside"


# "The raid carried out on Sunday killed four ."  (a reduced relative describing the trigger)
ACL = _doc([
    ("The", 1, "det"), ("raid", 6, "nsubj"), ("carried", 1, "acl"), ("out", 2, "prt"), ("on", 2, "prep"),
    ("Sunday", 4, "pobj"), ("killed", 6, "ROOT"), ("four", 6, "dobj"), (".", 6, "punct"),
])  # fmt: skip


def test_dates_scope_clause_describing_the_trigger_dates_it() -> None:
    assert date_scope(ACL[5], ACL[1]) != "outside"
    assert date_scope(ACL[5], ACL[6]) == "outside"  # a reduced relative on the subject dates the subject only


# "Striking the depot in 2019 , Israel warned Iran ."  (an adverbial clause: another clause, kept)
ADVCL = _doc([
    ("Striking", 7, "advcl"), ("the", 2, "det"), ("depot", 0, "dobj"), ("in", 0, "prep"), ("2019", 3, "pobj"),
    (",", 7, "punct"), ("Israel", 7, "nsubj"), ("warned", 7, "ROOT"), ("Iran", 7, "dobj"), (".", 7, "punct"),
])  # fmt: skip


def test_dates_scope_adverbial_clause_date_is_another_clause_not_outside() -> None:
    assert date_scope(ADVCL[4], ADVCL[7]) == "other"
    assert date_scope(ADVCL[4], ADVCL[0]) == "own"


# "Chile released a statement issued on Monday in which envoys voiced concern ."
SAME_NOUN = _doc([
    ("Chile", 1, "nsubj"), ("released", 1, "ROOT"), ("a", 3, "det"), ("statement", 1, "dobj"),
    ("issued", 3, "acl"), ("on", 4, "prep"), ("Monday", 5, "pobj"), ("in", 10, "prep"), ("which", 7, "pobj"),
    ("envoys", 10, "nsubj"), ("voiced", 3, "relcl"), ("concern", 10, "dobj"), (".", 1, "punct"),
])  # fmt: skip


def test_dates_scope_two_clauses_describing_one_noun_date_each_other() -> None:
    assert date_scope(SAME_NOUN[6], SAME_NOUN[11]) == "other"  # the statement's date dates its concern
    assert date_scope(SAME_NOUN[6], SAME_NOUN[1]) == "outside"  # not the releasing
