"""Arms transfers of widely exported systems the knowledge base did not know (issue 13, `tx15`).

Error analysis of the dev misses found the largest single cause to be a transfer with no record at
all, and most of those named a system missing from ``equipment.yaml`` (a light attack aircraft,
trainers, corvette and frigate classes, armoured vehicles, newer tank and drone variants). The fix
is knowledge, not a rule: the systems are facts in the equipment file, found by name with their
class. The guards keep words that only look like a designation out, and a system already known
unchanged."""

from __future__ import annotations

import datetime as dt

import pytest

from geowire.types import DocContext

pytestmark = pytest.mark.model


def _stated(analyzer, text: str) -> set[tuple[object, object, object]]:  # noqa: ANN001
    (a,) = analyzer.analyse([(DocContext(doc_id="t", published=dt.date(2025, 9, 3)), text)])
    return {
        (c.fields.get("supplier"), c.fields.get("recipient"), c.fields.get("status"))
        for c in a.claims
        if c.kind == "transfer" and c.fields.get("status") != "mentioned"
    }


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Uruguay signed for five C-390 aircraft from Brazil in April.", ("BRA", "URY", "contracted")),
        ("Italy handed three M-346 trainers over to Ghana in June.", ("ITA", "GHA", "delivered")),
        ("Turkey shipped twenty Kirpi vehicles to Togo last week.", ("TUR", "TGO", "delivered")),
        ("Sweden handed a GlobalEye aircraft to Peru in 2024.", ("SWE", "PER", "delivered")),
        ("Czechia has ordered 44 Leopard 2A8 tanks from Germany.", ("DEU", "CZE", "ordered")),
        ("Nepal received two Mi-171Sh helicopters from Russia in March.", ("RUS", "NPL", "delivered")),
    ],
)
def test_tx15_newly_known_systems_make_transfers(analyzer, text: str, want: tuple[str, str, str]) -> None:  # noqa: ANN001
    assert want in _stated(analyzer, text)


@pytest.mark.parametrize(
    "text",
    [
        # guard: an economic abbreviation is no frigate, however it is phrased
        "FDI from France to Chile doubled last year, the central bank said.",
        # guard: a bird and a snake are no aircraft or vehicle
        "A hawk circled over the base while a cobra was caught near the gate.",
    ],
)
def test_tx15_lookalike_words_stay_no_transfer(analyzer, text: str) -> None:  # noqa: ANN001
    assert _stated(analyzer, text) == set()


def test_tx15_a_system_known_before_is_unchanged(analyzer) -> None:  # noqa: ANN001
    # guard: an entry that was already in the file keeps its reading
    text = "Poland received 24 K9 howitzers from South Korea in May."
    assert _stated(analyzer, text) == {("KOR", "POL", "delivered")}
