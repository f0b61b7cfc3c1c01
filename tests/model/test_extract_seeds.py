"""Agreement, transfer and deployment claims read from the seed articles (read at run time).

The annotate/actors stages are stood in for by the small gazetteer in ``helpers.py`` so that
these tests measure the model rules alone.
"""

from helpers import analyse, seed_text


def _claims(prefix, kind):
    return [c for c in analyse(seed_text(prefix), doc_id=prefix).claims if c.kind == kind]


def test_extract_seed_000_partnership_signed_in_caracas():
    (c,) = [c for c in _claims("000", "agreement") if c.fields.get("action") == "signed"]
    assert c.fields["kind"] == "strategic partnership" and c.fields["parties"] == ["RUS", "VEN"]
    assert c.fields["place"] == "Caracas"
    assert (c.fields["date"], c.fields["date_precision"]) == ("2025-10-01", "month")
    text = seed_text("000")
    s, e = c.field_spans["place"]
    assert text[s:e] == "Caracas"


def test_extract_seed_004_oil_ventures_to_2041_for_616_million():
    jv = [c for c in _claims("004", "agreement") if c.fields["kind"] == "joint venture"]
    assert any(c.fields.get("until_year") == 2041 and c.fields.get("value_usd") == 616e6 for c in jv)
    assert any(c.fields.get("action") == "extended" for c in jv)
    assert any(c.fields.get("duration_years") == 15 for c in jv)


def test_extract_seed_004_transfers_and_deployment():
    by_system = {}
    for c in _claims("004", "transfer"):
        by_system.setdefault(c.fields["system"], []).append(c.fields)
    assert {"S-300VM", "Buk-M2E", "Igla-S", "Pantsir-S1", "Oreshnik"} <= set(by_system)
    igla = next(f for f in by_system["Igla-S"] if f.get("quantity"))
    assert igla["quantity"] == 5000 and igla["quantity_qualifier"] == "around"
    pantsir = by_system["Pantsir-S1"][0]
    assert pantsir["status"] == "operated-by" and "Wagner" in pantsir["operator"]
    assert all(f["status"] in ("offered", "mentioned") for f in by_system["Oreshnik"])
    assert all(f["supplier"] == "RUS" and f["recipient"] == "VEN" for fs in by_system.values() for f in fs)
    (dep,) = _claims("004", "deployment")
    assert dep.fields["personnel"] == 120 and dep.fields["country"] == "RUS" and dep.fields["host"] == "VEN"
    assert dep.fields["role"].startswith("training special forces and UAV operators")


def test_extract_seed_002_aggregate_and_oreshnik_proposal():
    transfers = _claims("002", "transfer")
    agg = next(c.fields for c in transfers if c.fields["system"] == "military equipment")
    assert agg["value_usd"] == 20e9 and agg["since"] == "1999-01-01" and agg["value_qualifier"] == "more-than"
    oreshnik = next(c.fields for c in transfers if c.fields["system"] == "Oreshnik")
    assert oreshnik["status"] == "offered"


def test_extract_seeds_002_and_004_opposite_assessments():
    neg = _claims("002", "assessment")
    pos = _claims("004", "assessment")
    assert neg and all(c.fields["polarity"] == "negative" and c.fields["subject"] == "RUS" for c in neg)
    assert any(
        c.fields["proposition"] == "RUS defend VEN" and c.fields["polarity"] == "positive" for c in pos
    )
