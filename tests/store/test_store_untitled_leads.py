"""`geowire docs` reads the opening of every untitled document in one query, not each full text."""

from __future__ import annotations

from pathlib import Path

from geowire.store import open_store
from geowire.store.documents import insert_document, untitled_leads
from geowire.types import Document


def test_store_untitled_leads_only_untitled_listed_and_cut(tmp_path: Path) -> None:
    docs = [
        Document(id="a", content_hash="ha", text="KESTREL BAY — Ferries resumed. " + "More. " * 200),
        Document(id="b", content_hash="hb", text="Harbour dues rose.", title="Dues"),
        Document(id="c", content_hash="hc", text="Pilots struck for a day.", title=""),
        Document(id="d", content_hash="hd", text="Not asked for."),
    ]
    with open_store(tmp_path / "leads.duckdb") as store:
        for doc in docs:
            insert_document(store.con, doc, n_words=3, minhash=None)
        leads = untitled_leads(store, ["a", "b", "c"], chars=40)
    assert set(leads) == {"a", "c"}  # titled "b" and unlisted "d" are not read
    assert leads["a"] == docs[0].text[:40] and leads["c"] == "Pilots struck for a day."
