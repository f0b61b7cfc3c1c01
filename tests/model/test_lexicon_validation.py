"""The model lexicon is validated at load."""

import pytest
import yaml

from geowire.errors import KnowledgeBaseError
from geowire.model.lexicon import default_lexicon, load_lexicon


def test_lexicon_shipped_file_loads():
    lex = default_lexicon()
    assert any(k.kind == "strategic partnership" for k in lex.agreements.kinds)
    assert lex.transfers.statuses[0].status == "offered"


def test_lexicon_rejects_bad_pattern_and_unknown_key(tmp_path):
    data = yaml.safe_load(
        load_lexicon.__globals__["resources"].files("geowire.data").joinpath("lang/en/model_lexicon.yaml").read_text()
    )
    data["agreements"]["kinds"][0]["patterns"] = ["treaty("]
    bad = tmp_path / "bad.yaml"
    bad.write_text(yaml.safe_dump(data), encoding="utf-8")
    with pytest.raises(KnowledgeBaseError, match="does not compile"):
        load_lexicon(bad)
    data["agreements"]["kinds"][0]["patterns"] = ["treaty"]
    data["surprise"] = 1
    bad.write_text(yaml.safe_dump(data), encoding="utf-8")
    with pytest.raises(KnowledgeBaseError):
        load_lexicon(bad)
