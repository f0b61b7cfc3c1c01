"""Every FtM entity of the export is valid under the followthemoney library (issue 15)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from followthemoney import model
from typer.testing import CliRunner

from geowire.cli import app
from geowire.export.codes import load_country_codes

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def entities(examples_db: Path, tmp_path_factory) -> list[dict]:
    out = tmp_path_factory.mktemp("ftm") / "entities.ftm.json"
    result = CliRunner().invoke(
        app, ["export", "--db", str(examples_db), "--format", "ftm", "--out", str(out)]
    )
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]


def test_ftm_entities_validate_with_followthemoney(entities):
    assert entities
    for data in entities:
        schema = model.get(data["schema"])
        assert schema is not None, data["schema"]
        errors = schema.validate(data)
        assert not errors, (data, errors)
        proxy = model.get_proxy(data, cleaned=False)
        for prop, values in data["properties"].items():  # every value survives FtM's own cleaning
            cleaned = [proxy.schema.get(prop).type.clean(v, proxy=proxy) for v in values]
            assert None not in cleaned, (data["id"], prop, values)


def test_ftm_countries_people_and_positions(entities):
    iso2 = {c.iso2 for c in load_country_codes().values()}
    for data in entities:
        props = data["properties"]
        for key in ("country", "jurisdiction", "nationality"):
            assert set(props.get(key, [])) <= iso2, (data["id"], key, props.get(key))
        if data["schema"] == "Person":
            assert props.get("name"), data
            assert not any(len(p) == 3 and p.isupper() for p in props.get("position", []))
