"""A force size is grouped by when it holds (issue 13, helper ``cx12``): a date in a later clause
about something else ("…are now stationed in Lithuania, the core of a brigade that is to be
complete in 2028") is not the size's date, so the size meets another report's count of that week;
a count dated to an earlier year still stays apart."""

from __future__ import annotations

import datetime as dt

from geowire.lang import load_language
from geowire.model.lexicon import model_lexicon
from geowire.model.records import StoredClaim, build_deployments

_LEX = model_lexicon(load_language("en"))


def _force(cid: str, text: str, published: dt.date, size: str, **dated: str) -> StoredClaim:
    """Dutch soldiers in Lithuania as ``text`` counts them (``size``, its words), dated by
    ``dated`` (date, date_precision, date_text) when given."""
    spans = {"personnel": [text.index(size), text.index(size) + len(size)],
             "host": [text.index("Lithuania"), text.index("Lithuania") + len("Lithuania")]}  # fmt: skip
    if dated:
        at = text.index(dated["date_text"])
        spans["date"] = [at, at + len(dated["date_text"])]
    fields: dict[str, object] = {"country": "NLD", "host": "LTU", "place": "Lithuania",
                                 "personnel": float(size.split()[0].replace(",", "")),
                                 "personnel_text": size, **dated}  # fmt: skip
    return StoredClaim(id=cid, doc_id=f"doc-{cid}", kind="deployment", sentence_index=0, start=0,
                       end=len(text), fields=fields, field_spans=spans, published=published,
                       sentence=text, doc_text=text)  # fmt: skip


NOW = (
    "About 1,500 Dutch soldiers are now stationed in Lithuania, the core of a brigade that is to be"
    " complete in 2028."
)


def _disputes(*claims: StoredClaim) -> list[str]:
    return sorted(x.field for x in build_deployments(list(claims), figures=_LEX.figures)[1])


def test_cx12_a_later_clause_date_does_not_move_the_force() -> None:
    now = _force("a", NOW, dt.date(2026, 4, 7), "1,500 Dutch soldiers",
                 date="2028-01-01", date_precision="year", date_text="2028")  # fmt: skip
    other = _force("b", "The Netherlands has 600 troops in Lithuania.", dt.date(2026, 4, 9), "600 troops")
    assert _disputes(now, other) == ["personnel"]


def test_cx12_a_count_of_an_earlier_year_stays_apart() -> None:
    then = _force("a", "The Netherlands had 200 soldiers in Lithuania in 2024.", dt.date(2026, 4, 7),
                  "200 soldiers", date="2024-01-01", date_precision="year", date_text="2024")  # fmt: skip
    other = _force("b", "The Netherlands has 600 troops in Lithuania.", dt.date(2026, 4, 9), "600 troops")
    assert _disputes(then, other) == []
