"""(cx56, issue 13) The parser split "… 66 R-12K Block 40 fighters …" before "Block", leaving the
count and the model's designation in one sentence and the class noun, its recipient and the rest
in another; the unlisted system then had no name nor recipient. ``nlp.annotate.mark_unbroken``
lets no sentence start right after a word that ends in a letter or a figure on the same line. A
word ending in a full stop ("the U.S.") and a new line still end a sentence."""

from __future__ import annotations

import datetime as dt

from tests.model.helpers import stepped_transfers

from geowire.nlp.annotate import mark_unbroken

DAY = dt.date(2025, 7, 15)


def test_cx56_no_sentence_starts_after_a_bare_word(analyzer) -> None:  # noqa: ANN001
    text = "Chile has received 18 R-12K Block 40 fighters from Sweden, the air force said."
    rows = stepped_transfers(analyzer, text, DAY)
    assert any(
        (f.get("supplier"), f.get("recipient"), f.get("quantity")) == ("SWE", "CHL", 18.0)
        and "Block 40" in str(f.get("system_name"))
        for f in rows
    ), rows


def test_cx56_a_full_stop_and_a_new_line_still_end_sentences() -> None:
    import spacy

    nlp = spacy.blank("en")
    doc = nlp.make_doc("Jets went to the U.S. The ministry said so\nA second line")
    mark_unbroken(doc)
    starts = {tok.text: tok.is_sent_start for tok in doc}
    assert starts["The"] is None  # after "U.S.": the parser decides
    assert starts["A"] is None  # after a new line
    assert starts["ministry"] is False and starts["said"] is False
