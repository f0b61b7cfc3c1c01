"""Hostile article text stays inert in every HTML view; ingest needs the token; bodies are capped."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import pytest

from geowire.api.app import safe_url
from geowire.api.evidence import Highlight, segments

if TYPE_CHECKING:
    from fastapi.testclient import TestClient

from .conftest import HOSTILE_FILE, TOKEN

HTML = {"accept": "text/html"}


def _inert(html: str) -> None:
    """No markup from the article survives: no script elements, handlers or javascript: links."""
    scripts = re.findall(r"<script\b[^>]*>", html, flags=re.I)
    assert all(re.fullmatch(r'<script src="/static/[a-z]+\.js">', s) for s in scripts), scripts
    assert "window.__pwned" not in "".join(
        re.findall(r"<script\b[^>]*>.*?</script>", html, flags=re.S | re.I)
    )
    assert not re.search(r"<[a-z][^>]*\son[a-z]+\s*=", html, flags=re.I)  # no element carries a handler
    assert not re.search(r"""href\s*=\s*["']?\s*javascript:""", html, flags=re.I)
    assert "<img" not in html


def test_security_hostile_article_is_escaped_in_every_view(client: TestClient, ids: dict[str, str]) -> None:
    paths = [
        "/documents",
        f"/documents/{ids['hostile']}",
        "/events",
        f"/events/ev{1:016x}",
        f"/events/ev{2:016x}",
        "/actors",
        "/map",
    ]
    for path in paths:
        r = client.get(path, headers=HTML)
        assert r.status_code == 200, path
        _inert(r.text)
    doc = client.get(f"/documents/{ids['hostile']}", headers=HTML).text
    assert "&lt;script&gt;window.__pwned = 2" in doc  # shown as text, not dropped
    assert "onerror=&#34;window.__pwned = 3" in doc
    assert "javascript:alert(5)" in doc  # the stored URL is shown as text, never as a link


def test_security_evidence_spans_are_built_from_escaped_segments(client: TestClient) -> None:
    html = client.get(f"/events/ev{1:016x}", headers=HTML).text
    marks = re.findall(r'<mark class="span-(\w+)[^"]*" data-role="\w+">(.*?)</mark>', html)
    assert ("actor", "Russia") in marks and ("trigger", "warned") in marks
    assert ("recipient", "the United States") in marks
    assert "&lt;img src=x onerror=&#34;window.__pwned = 3; alert(3)&#34;&gt;" in html


def test_security_safe_url_allows_only_http_links() -> None:
    assert safe_url("https://example.org/a") == "https://example.org/a"
    assert safe_url("http://example.org") == "http://example.org"
    for bad in (
        "javascript:alert(1)",
        " JavaScript:alert(1)",
        "data:text/html,x",
        "//evil.example",
        "",
        None,
        3,
    ):
        assert safe_url(bad) is None


def test_security_evidence_segments_cover_the_text_once() -> None:
    text = "A <b>warned</b> B."
    spans = [
        Highlight(0, 1, "actor"),
        Highlight(5, 11, "trigger"),
        Highlight(16, 17, "recipient"),
        Highlight(4, 8, "actor"),
        Highlight(10, 99, "recipient"),
    ]  # overlapping / out of range: dropped
    segs = segments(text, spans, sentence=(0, len(text)))
    assert "".join(s.text for s in segs) == text
    assert [(s.role, s.text) for s in segs if s.role] == [
        ("actor", "A"),
        ("trigger", "warned"),
        ("recipient", "B"),
    ]
    assert all(s.in_sentence for s in segs)


def test_security_ingest_is_read_only_without_a_token(client: TestClient) -> None:
    r = client.post("/api/ingest", json={"text": "Russia warned Ukraine on Monday.", "token": "x"})
    assert r.status_code == 403 and r.json()["error"]["code"] == "read-only"
    page = client.get("/ingest", headers=HTML).text
    assert 'id="read-only"' in page and "<fieldset disabled>" in page
    assert client.get("/ingest?format=json").json() == client.get("/api/ingest").json()
    assert client.get("/api/ingest").json()["read_only"] is True


@pytest.mark.parametrize("auth", [{}, {"authorization": "Bearer wrong"}, {"authorization": f"Basic {TOKEN}"}])
def test_security_ingest_refuses_a_missing_or_wrong_token(
    token_client: TestClient, auth: dict[str, str]
) -> None:
    r = token_client.post("/api/ingest", json={"text": "Russia warned Ukraine on Monday."}, headers=auth)
    assert r.status_code == 401
    assert r.json()["error"]["code"] == "unauthorized"


def test_security_ingest_stores_pasted_text_with_the_token(token_client: TestClient) -> None:
    assert token_client.get("/api/ingest").json()["read_only"] is False
    text = "Finland and Sweden held talks on Baltic security in Helsinki on Tuesday, officials said."
    r = token_client.post(
        "/api/ingest", json={"text": text, "code": False}, headers={"authorization": f"Bearer {TOKEN}"}
    )
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["failed"] == 0 and [i["outcome"] for i in body["items"]] == ["stored"]
    listing = token_client.get("/api/documents").json()["items"]
    assert body["items"][0]["document_id"] in {d["id"] for d in listing}


def test_security_ingest_form_uploads_files_with_token_field(token_client: TestClient) -> None:
    files = [
        (
            "files",
            (
                "../../etc/evil name.md",
                b"---\ntitle: Upload test\n---\nChile and Peru signed a fisheries accord.\n",
                "text/markdown",
            ),
        )
    ]
    r = token_client.post("/ingest", data={"token": TOKEN, "code": "false"}, files=files, headers=HTML)
    assert r.status_code == 200, r.text
    assert 'id="ingest-result"' in r.text and "stored" in r.text
    assert "etc" not in re.sub(r"<[^>]+>", "", r.text.split('id="ingest-result"')[1])
    bad = token_client.post(
        "/api/ingest", data={"token": TOKEN}, files=[("files", ("x.exe", b"MZ", "application/x"))]
    )
    assert bad.status_code == 415 and bad.json()["error"]["code"] == "unsupported-type"


def test_security_ingest_follows_the_url_rules(token_client: TestClient) -> None:
    auth = {"authorization": f"Bearer {TOKEN}"}
    r = token_client.post("/api/ingest", json={"url": "file:///etc/passwd"}, headers=auth)
    assert r.status_code == 422 and r.json()["error"]["code"] == "unsafe-url"
    r = token_client.post(
        "/api/ingest", json={"url": "http://127.0.0.1:9/article", "code": False}, headers=auth
    )
    assert r.status_code == 200
    item = r.json()["items"][0]
    assert item["outcome"] == "failed" and item["reason"] == "unsafe-url"


def test_security_request_bodies_are_capped(token_client: TestClient) -> None:
    big = "x" * 300_000
    r = token_client.post("/api/ingest", json={"text": big}, headers={"authorization": f"Bearer {TOKEN}"})
    assert r.status_code == 413
    assert r.json() == {
        "error": {
            "status": 413,
            "code": "payload-too-large",
            "message": "request body larger than 200000 bytes",
        }
    }

    def chunks():  # no Content-Length: the cap holds on the bytes actually read
        for _ in range(30):
            yield b"y" * 10_000

    r = token_client.post("/api/ingest", content=chunks(), headers={"content-type": "application/json"})
    assert r.status_code == 413
    assert r.json()["error"]["code"] == "payload-too-large"


def test_security_ingest_needs_something_to_ingest(token_client: TestClient) -> None:
    r = token_client.post("/api/ingest", json={}, headers={"authorization": f"Bearer {TOKEN}"})
    assert r.status_code == 422 and r.json()["error"]["code"] == "invalid-request"
    r = token_client.post(
        "/api/ingest",
        content=b"{not json",
        headers={"authorization": f"Bearer {TOKEN}", "content-type": "application/json"},
    )
    assert r.status_code == 400 and r.json()["error"]["code"] == "malformed-json"


def test_security_hostile_file_ingested_from_the_ui_stays_inert(token_client: TestClient) -> None:
    files = [("files", ("hostile.md", HOSTILE_FILE.encode(), "text/markdown"))]
    r = token_client.post("/ingest", data={"token": TOKEN, "code": "false"}, files=files, headers=HTML)
    assert r.status_code == 200, r.text
    _inert(r.text)
    doc_id = re.search(r"/documents/(d[0-9a-f]+)", r.text)
    doc_id = doc_id.group(1) if doc_id else token_client.get("/api/documents").json()["items"][-1]["id"]
    for path in (f"/documents/{doc_id}", "/documents"):
        page = token_client.get(path, headers=HTML)
        assert page.status_code == 200
        _inert(page.text)
    stored = token_client.get(f"/api/documents/{doc_id}").json()["document"]
    assert "<script>window.__pwned = 9</script>" in stored["text"]  # kept as text, shown escaped
