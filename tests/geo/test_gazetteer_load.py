"""The shipped gazetteer: validated at load, looked up case-, accent- and apostrophe-blind."""

from __future__ import annotations

import gzip

import pytest

from geowire.errors import KnowledgeBaseError
from geowire.geo.gazetteer import (
    HEADER,
    KEYS_MAGIC,
    Gazetteer,
    load_gazetteer,
    name_key,
    read_rows,
    shipped_bytes,
)


def _gz(*lines: str) -> bytes:
    return gzip.compress(("\n".join(lines) + "\n").encode("utf-8"))


def test_gazetteer_name_key_is_case_accent_and_apostrophe_blind():
    assert name_key("Sana’a") == name_key("SANAA") == name_key("sana'a") == "sanaa"
    assert name_key("the Hague", {"the"}) == "hague" and name_key("the Hague") == "the hague"
    assert name_key("Île-de-France") == "ile de france"


@pytest.mark.parametrize(
    ("name", "country", "geonames_id"),
    [
        ("Kharkiv", "UKR", 706483),
        ("Gaza", "PSE", 281133),
        ("Khartoum", "SDN", 379252),
        ("Donetsk", "UKR", 709717),
        ("Taipei", "TWN", 1668341),
        ("Odesa", "UKR", 698740),
        ("Beirut", "LBN", 276781),
        ("Sanaa", "YEM", 71137),
    ],
)
def test_gazetteer_knows_the_cities_of_issue_15(name: str, country: str, geonames_id: int):
    found = {(m.entry.country, m.entry.geonames_id) for m in load_gazetteer().lookup(name)}
    assert (country, geonames_id) in found


def test_gazetteer_has_countries_admin1_and_aliases():
    g = load_gazetteer()
    assert g.countries["GEO"].name == "Georgia" and g.countries["UKR"].geonames_id == 690791
    assert any(m.entry.kind == "admin1" and m.entry.country == "USA" for m in g.lookup("Texas"))
    kyiv = [m for m in g.lookup("Kiev") if m.entry.kind == "city"]
    assert kyiv and kyiv[0].alias and kyiv[0].entry.name == "Kyiv"


def test_gazetteer_rows_are_validated():
    head = "\t".join(HEADER)
    good = "1\tcity\tTestville\tUKR\t07\tSome Oblast\t49.0\t36.0\t20000"
    (entry,) = read_rows(_gz(head, good))
    assert entry.geonames_id == 1 and entry.admin1 == "Some Oblast"
    keys = _gz(KEYS_MAGIC, "1 0", "testgrad", "testville")
    found = Gazetteer.from_bytes(_gz(head, good), keys).lookup("Testgrad")
    assert [(m.entry.name, m.alias) for m in found] == [("Testville", True)]
    for bad in (
        good.replace("\tcity\t", "\tvillage\t"),
        good.replace("49.0", "149.0"),
        good.replace("\tUKR\t", "\tUA\t"),
        good.replace("20000", "many"),
        "1\tcity\tTestville",
    ):
        with pytest.raises(KnowledgeBaseError):
            list(read_rows(_gz(head, bad)))
    with pytest.raises(KnowledgeBaseError, match="header"):
        list(read_rows(_gz(good)))
    with pytest.raises(KnowledgeBaseError, match="line 3: not a gazetteer row"):
        Gazetteer.from_bytes(_gz(head, good, good.replace("\tcity\t", "\tvillage\t")), keys)
    with pytest.raises(KnowledgeBaseError, match="do not match"):
        Gazetteer.from_bytes(_gz(head, good), _gz(KEYS_MAGIC, "1 2", "testgrad", "testville"))
    with pytest.raises(KnowledgeBaseError, match="first line"):
        Gazetteer.from_bytes(_gz(head, good), _gz("1 0", "testgrad"))


def test_gazetteer_every_shipped_row_is_valid():
    rows = list(read_rows(shipped_bytes()))
    kinds = {k: sum(e.kind == k for e in rows) for k in ("city", "admin1", "country")}
    assert kinds["city"] > 30_000 and kinds["admin1"] > 2_000 and kinds["country"] > 240
