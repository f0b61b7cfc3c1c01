"""(cx53) A participle right after an agreement's noun ("has not ratified the river accord announced
in April") dates that participle's act, not the sentence's action: the denied ratification is
undated. An action told with its own date keeps it."""

from __future__ import annotations

import datetime as dt

from tests.model.helpers import claim_fields

_DAY = dt.date(2025, 9, 3)


def _acts(analyzer, text: str) -> list[tuple[object, ...]]:  # noqa: ANN001
    return sorted(
        (str(f.get("action")), str(f.get("modality")), f.get("date"))
        for f in claim_fields(analyzer, text, "agreement", _DAY)
    )


def test_cx53_the_announcing_date_is_not_the_ratifying(analyzer) -> None:  # noqa: ANN001
    text = "Ecuador and Peru have not yet ratified the river accord announced in April."
    assert _acts(analyzer, text) == [("ratified", "negated", None)]


def test_cx53_an_action_with_its_own_date_keeps_it(analyzer) -> None:  # noqa: ANN001
    # counter-example: the participle phrase is the subject's, the action has its own date
    text = "The river accord signed by Ecuador and Peru in April was ratified in July."
    assert ("ratified", "asserted", "2025-07-01") in _acts(analyzer, text)
