"""The exports' code tables (data/country_codes.yaml, cameo_goldstein.yaml, cameo_actors.yaml)
load, cover what they must, and map known codes as their standards do."""

from __future__ import annotations

from pathlib import Path

import yaml

import geowire
from geowire.export.codes import ExportCodes

DATA = Path(geowire.__file__).parent / "data"
CODES = ExportCodes.load()
fips, iso2, goldstein, cameo_actor = CODES.fips, CODES.iso2, CODES.goldstein, CODES.cameo_actor


def test_code_tables_cover_every_country():
    countries = {c["code"] for c in yaml.safe_load((DATA / "countries.yaml").read_text("utf-8"))["countries"]}
    assert set(CODES.countries) == countries
    assert (fips("RUS"), fips("DEU"), fips("GBR"), fips("CHN"), fips("VEN")) == ("RS", "GM", "UK", "CH", "VE")
    assert (iso2("RUS"), iso2("NOR"), iso2("XKX")) == ("ru", "no", "xk")


def test_code_tables_goldstein_covers_the_cameo_table():
    assert all(-10 <= (goldstein(code) or 99) <= 10 for code in CODES.cameo.codes)
    assert goldstein("190") == -10.0 and goldstein("030") == 4.0 and goldstein("1712") == goldstein("171")


def test_code_tables_cameo_actors_never_invent_codes():
    assert cameo_actor("UNSC", None, "igo").code == "IGOUNO"
    assert cameo_actor("PDVSA", "BUS", "group").code == "VENBUS"
    assert cameo_actor("RUS", "GOV", "person").code == "RUSGOV"
    assert cameo_actor("VEN", "SOC", "country").code == "VEN"  # SOC is PLOVER-only
