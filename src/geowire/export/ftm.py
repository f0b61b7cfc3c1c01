"""FollowTheMoney-style entities, one JSON object a line: ``{"id", "schema", "properties"}`` with
every property a list of strings, as FtM's ``EntityProxy.to_dict()`` writes them.

Mapping (FtM schema names; ids are stable, derived from geowire codes):

========================  ==============  ===================================================
geowire                   FtM schema      properties
========================  ==============  ===================================================
country actor             PublicBody      name, jurisdiction, country, wikidataId
                                          (the state acting through its government)
international org.        Organization    name, wikidataId
person                    Person          name, nationality, country, wikidataId, position
armed group / company     Organization    name, country, wikidataId
party code not resolved   LegalEntity     name (the code)
agreement                 Contract        name, title, type, contractDate, status, notes,
                                          sourceUrl (the URLs of the source documents)
agreement party           UnknownLink     subject (party), object (contract), role "party"
arms transfer             UnknownLink     subject (supplier), object (recipient), role "arms
                                          transfer", summary ("N system (category)"), date,
                                          status (FtM has no arms-transfer schema)
========================  ==============  ===================================================

Countries are lower-case ISO 3166-1 alpha-2 codes, as FtM writes them (``data/country_codes.yaml``);
a person always has a name (the knowledge base's, else the text as found); PLOVER sector codes are
not positions and are left out.
Equipment is not an entity here: it is the ``summary`` of the transfers it appears in.  A link
whose supplier or recipient is unknown leaves that property out.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any, TextIO

from geowire.export.codes import ExportCodes
from geowire.export.records import ExportReport
from geowire.store.db import Store

_SCHEMA_BY_KIND = {
    "country": "PublicBody",
    "igo": "Organization",
    "person": "Person",
    "group": "Organization",
}


def entity_id(kind: str, key: str) -> str:
    """A stable id: ``geowire-<kind>-<key>`` with the key lower-cased and slugged."""
    slug = re.sub(r"[^a-z0-9]+", "-", key.lower()).strip("-")
    return f"geowire-{kind}-{slug}"


def _entity(eid: str, schema: str, **props: Any) -> dict[str, Any]:
    """An FtM entity dict; empty properties left out, every value a list of strings."""
    properties: dict[str, list[str]] = {}
    for name, value in props.items():
        values = value if isinstance(value, list | tuple | set) else [value]
        clean = [str(v) for v in values if v not in (None, "")]
        if clean:
            properties[name] = clean
    return {"id": eid, "schema": schema, "properties": properties}


def actor_entities(store: Store, codes: ExportCodes) -> tuple[list[dict[str, Any]], dict[str, str]]:
    """Entities for the resolved actors, and the id of each actor code (for agreements/transfers)."""
    from geowire.store.annotations import actor_counts

    entities: dict[str, dict[str, Any]] = {}
    by_code: dict[str, str] = {}
    for row in actor_counts(store, limit=None):  # most mentioned first: its name wins for an id
        kind = row["kind"]
        schema = _SCHEMA_BY_KIND.get(kind)
        if schema is None:
            continue  # equipment, unresolved
        if kind == "person":
            eid = entity_id("person", row["wikidata"] or row["name"] or row["code"])
            if eid not in entities:
                name = row["name"] or next(iter(row.get("texts") or []), None) or row["code"]
                entities[eid] = _entity(
                    eid,
                    schema,
                    name=name,
                    nationality=codes.iso2(row["country"]),
                    country=codes.iso2(row["country"]),
                    wikidataId=row["wikidata"],
                )
            continue
        eid = entity_id(kind, row["code"])
        by_code.setdefault(row["code"], eid)
        extra = (
            {"jurisdiction": codes.iso2(row["code"]), "country": codes.iso2(row["code"])}
            if kind == "country"
            else {"country": codes.iso2(row["country"])}
        )
        entities.setdefault(eid, _entity(eid, schema, name=row["name"], wikidataId=row["wikidata"], **extra))
    return list(entities.values()), by_code


def _party(code: str | None, by_code: dict[str, str], extra: dict[str, dict[str, Any]]) -> str | None:
    """The entity id of an actor code, creating a LegalEntity for codes with no actor entity."""
    if not code:
        return None
    if code not in by_code:
        eid = entity_id("code", code)
        by_code[code] = eid
        extra[eid] = _entity(eid, "LegalEntity", name=code)
    return by_code[code]


def agreement_entities(
    store: Store, by_code: dict[str, str], extra: dict[str, dict[str, Any]], urls: dict[str, str]
) -> Iterator[dict[str, Any]]:
    """A Contract per agreement and an UnknownLink per party."""
    from geowire.store.model import agreements

    for a in agreements(store):
        cid = entity_id("agreement", a["id"])
        yield _entity(
            cid,
            "Contract",
            name=a["name"],
            title=a["name"],
            type=a["kind"],
            contractDate=a["signed"],
            status=a["status"],
            notes=f"signed in {a['signed_place']}" if a.get("signed_place") else None,
            sourceUrl=_urls(a["doc_ids"], urls),
        )
        for code in a["parties"]:
            pid = _party(code, by_code, extra)
            yield _entity(
                entity_id("party", f"{a['id']}-{code}"), "UnknownLink", subject=pid, object=cid, role="party"
            )


def transfer_entities(
    store: Store, by_code: dict[str, str], extra: dict[str, dict[str, Any]], urls: dict[str, str]
) -> Iterator[dict[str, Any]]:
    """An UnknownLink (supplier → recipient) per arms transfer."""
    from geowire.store.model import transfers

    for t in transfers(store):
        what = " ".join(
            str(x) for x in (t.get("quantity_text") or _quantity(t.get("quantity")), t["system"]) if x
        )
        summary = f"{what} ({t['category']})" if t.get("category") else what
        yield _entity(
            entity_id("transfer", t["id"]),
            "UnknownLink",
            subject=_party(t["supplier"], by_code, extra),
            object=_party(t["recipient"], by_code, extra),
            role="arms transfer",
            summary=summary,
            date=t.get("date") or t.get("since"),
            status=t["status"],
            sourceUrl=_urls(t["doc_ids"], urls),
        )


def _urls(doc_ids: list[str], urls: dict[str, str]) -> list[str]:
    return [urls[d] for d in doc_ids if d in urls]


def _quantity(value: float | None) -> str | None:
    return None if value is None else f"{value:g}"


def write_ftm(
    store: Store, stream: TextIO, report: ExportReport, *, codes: ExportCodes | None = None
) -> None:
    """Write actors, then agreements and transfers (with the entities their codes need) as JSON lines;
    countries as ISO alpha-2 codes from ``codes`` (loaded here, once, when not given)."""
    from geowire.store.documents import list_documents

    urls = {d["id"]: d["url"] for d in list_documents(store) if d["url"]}
    actors, by_code = actor_entities(store, codes or ExportCodes.load())
    extra: dict[str, dict[str, Any]] = {}
    links = [
        *agreement_entities(store, by_code, extra, urls),
        *transfer_entities(store, by_code, extra, urls),
    ]
    for entity in [*actors, *extra.values(), *links]:
        stream.write(json.dumps(entity, ensure_ascii=False) + "\n")
        report.rows += 1
