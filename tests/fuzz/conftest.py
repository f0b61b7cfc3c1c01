"""Shared pieces of the fuzz suite: the example budget and strategies for hostile inputs.

Two budgets: ``ci`` (the default: every fuzz test together in well under a minute, derandomised so
a run is reproducible) and ``long`` (``GEOWIRE_FUZZ=long``, what ``make fuzz`` runs: more than
100,000 generated inputs in all; the per-test counts are in the ``budget`` calls of each test
and printed by ``--hypothesis-show-statistics``)."""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

LONG = os.environ.get("GEOWIRE_FUZZ", "ci") == "long"


def budget(*, ci: int, long: int) -> settings:
    """Hypothesis settings running ``ci`` examples by default and ``long`` under ``make fuzz``."""
    return settings(
        max_examples=long if LONG else ci,
        deadline=None,
        database=None,
        derandomize=not LONG,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much],
    )


# pieces that have broken parsers before (issue 14) or sit on the edges of what they accept
FRAGMENTS = (
    "---", "...", "\n", "\n\n", "\r\n", " ", ":", "- ", "[", "]", "{", "}", ",", '"', "'", "\\",
    "!!int ", "!!float ", "!!bool ", "!!timestamp ", "!!binary ", "!!python/object ", "&a ", "*a", "? ",
    "2024-02-30", "0000-01-01", "0001-01-01", "9999-12-31", "10000-01-01", "25:00:00", "T23:59:60Z",
    "2025-05-07", "7 May 2025", "Jan. 3", "last year", "next month", "99999 days ago", "on Monday",
    "yesterday", "since 1999", "in December", "\ud800", "\udfff", "\x00", "\x85", "\u2028", "\u202e",
    "\ufeff", "\u00ad", "ﬁ", "Ⅻ", "é", "İ", "ß", "\U0001f600", "<html>", "<p>", "</p>", "&amp;", "%PDF",
    "title", "published", "date", "outlet", "url", "text", "null", "true", "1e999", "-0", "NaN",
    "Russia", "Ukraine", "the United Nations", "signed", "attacked", "said", "President", "ANKARA, ",
)  # fmt: skip

any_char = st.characters(blacklist_categories=())  # every code point, surrogates included
fragment = st.one_of(st.sampled_from(FRAGMENTS), st.text(any_char, max_size=12))
hostile_text = st.lists(fragment, max_size=40).map("".join)
deep = st.builds(
    lambda opener, n: opener * n, st.sampled_from(["[", "{", "- ", "[[", '{"a":']), st.integers(1, 3000)
)
# YAML nested by indentation: a block list on its own line ("- - - x") or ever-deeper mappings
deep_block = st.builds(
    lambda nested, n: "\n" + nested(n) + "x",
    st.sampled_from([lambda n: "- " * n, lambda n: "".join(" " * (i + 1) + "a:\n" for i in range(n))]),
    st.integers(1, 400),
)
metadata_value = st.one_of(
    hostile_text,
    deep,
    deep_block,
    st.integers(60_000, 70_000).map(lambda n: "x" * n),  # around the front-matter size cap
    st.integers(-(10**6), 10**6).map(str),
    st.builds("{}-{}-{}".format, st.integers(0, 12000), st.integers(0, 15), st.integers(0, 40)),
    st.builds(
        "{}-{:02d}-{:02d}{}{}:{:02d}:{:02d}".format,
        st.integers(1, 9999), st.integers(1, 12), st.integers(1, 31), st.sampled_from(["T", " "]),
        st.integers(0, 30), st.integers(0, 70), st.integers(0, 70),
    ),
)  # fmt: skip
front_matter_key = st.sampled_from(["title", "outlet", "url", "published", "date", "x", "&a title", "<<"])


@st.composite
def markdown(draw: st.DrawFn) -> str:
    """A text with YAML front-matter of hostile keys and values, then a hostile body."""
    lines = [f"{draw(front_matter_key)}: {draw(metadata_value)}" for _ in range(draw(st.integers(0, 5)))]
    close = draw(st.sampled_from(["---", "...", "", "--- "]))
    return "---\n" + "\n".join(lines) + f"\n{close}\n" + draw(hostile_text)


json_scalar = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), st.text(any_char, max_size=30))
json_value = st.recursive(
    json_scalar,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
)


@st.composite
def json_record(draw: st.DrawFn) -> dict[str, object]:
    """A record like the ones JSON/JSONL inputs hold, its fields sometimes of the wrong type."""
    record: dict[str, object] = {"text": draw(st.one_of(hostile_text, json_value))}
    for key in draw(st.lists(st.sampled_from(["title", "outlet", "url", "published", "date"]), max_size=5)):
        record[key] = draw(st.one_of(metadata_value, json_value))
    return record
