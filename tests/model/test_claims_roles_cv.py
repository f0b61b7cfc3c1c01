"""The learned-roles experiment (scripts/claims_roles_cv.py): its pieces behave as the CV assumes.

No pipeline run here: the logistic regression, the fold grouping and the readers that turn model
probabilities into a claim's roles and status are checked on hand-made inputs.
"""

from __future__ import annotations

from types import ModuleType
from typing import Any

import numpy as np
import pytest
from tests.script_loader import load_script


@pytest.fixture(scope="module")
def cv() -> ModuleType:
    return load_script("claims_roles_cv")


def _rows() -> list[tuple[list[str], str]]:
    # a toy problem: the side of the verb decides the role
    return [(["bias", "side=before"], "supplier")] * 6 + [
        (["bias", "side=after", "prep=to"], "recipient")
    ] * 6


def test_fitting_twice_gives_the_same_weights(cv: Any) -> None:
    a = cv.fit(_rows(), cv.ROLES)
    b = cv.fit(_rows(), cv.ROLES)
    assert a.index == b.index
    assert np.array_equal(a.weights, b.weights)
    assert a.to_json() == b.to_json()


def test_the_fitted_model_separates_the_toy_roles(cv: Any) -> None:
    model = cv.fit(_rows(), cv.ROLES)
    before = model.proba(["bias", "side=before"])
    after = model.proba(["bias", "side=after", "prep=to"])
    assert model.classes[int(np.argmax(before))] == "supplier"
    assert model.classes[int(np.argmax(after))] == "recipient"
    assert model.proba(["never-seen"]).shape == (3,)  # unknown features: the prior, no error


def _doc(cv: Any, story: str) -> Any:
    return cv.DocData(corpus_id=story + "-a", story=story, text="", mentions=[], claims=[], gold=[])


def test_writer_folds_keep_each_writers_stories_together(cv: Any) -> None:
    stories = [f"k{w}-s{n:02d}" for w in (3, 8, 11) for n in range(1, 6)]
    for story in stories:  # any other story of the same writer lands in the same fold
        assert cv.fold_of(story, 5, "writer") == cv.fold_of(story.split("-")[0] + "-s77", 5, "writer")
    docs = [_doc(cv, s) for s in stories]
    held = cv.folds(docs, 5, "writer")
    for fold in held:
        writers = {docs[i].story.split("-")[0] for i in fold}
        everyone = {i for i, d in enumerate(docs) if d.story.split("-")[0] in writers}
        assert fold == everyone
    assert sorted(i for fold in held for i in fold) == list(range(len(docs)))


def test_fresh_writers_are_one_held_out_fold(cv: Any) -> None:
    docs = [_doc(cv, s) for s in ("k2-s01", "k15-s03", "k16-s01", "k15-s04")]
    assert cv.folds(docs, 5, fresh=["k15", "k16"]) == [{1, 2, 3}]


def _item(cv: Any, *candidates: Any, status_features: tuple[str, ...] = ("bias",)) -> Any:
    return cv.Item(doc=0, claim=0, candidates=list(candidates), status_features=list(status_features),
                   gold_status="")  # fmt: skip


def test_roles_stay_the_rules_when_the_sentence_names_no_party(cv: Any) -> None:
    model = cv.fit(_rows(), cv.ROLES)
    fields = {"supplier": "FRA", "recipient": "GRC"}
    assert cv.read_roles(_item(cv), fields, model, False, None) == ("FRA", "GRC")


def test_roles_follow_the_model_and_never_name_one_party_twice(cv: Any) -> None:
    model = cv.fit(_rows(), cv.ROLES)
    first = cv.Candidate("KOR", ["bias", "side=before"], "")
    second = cv.Candidate("POL", ["bias", "side=after", "prep=to"], "")
    swapped = {"supplier": "POL", "recipient": "KOR"}
    assert cv.read_roles(_item(cv, first, second), swapped, model, False, None) == ("KOR", "POL")
    # a veto with a margin no model reaches keeps the rules' reading
    assert cv.read_roles(_item(cv, first, second), swapped, model, False, 1e9) == ("POL", "KOR")
    alone = cv.read_roles(_item(cv, first), {"supplier": None, "recipient": "KOR"}, model, False, None)
    assert alone[0] != alone[1]


def test_status_never_makes_a_record_of_a_bare_mention(cv: Any) -> None:
    model = cv.fit(
        [(["bias", "w=ship"], "delivered")] * 4 + [(["bias", "w=offer"], "offered")] * 4, cv.STATUSES
    )
    item = _item(cv, status_features=("bias", "w=ship"))
    assert cv.read_status(item, {"status": "mentioned"}, model, False, None) == "mentioned"
    assert cv.read_status(item, {"status": "offered"}, model, False, None) == "delivered"
    assert cv.read_status(item, {"status": "offered"}, model, False, 1e9) == "offered"


def test_an_operated_by_claim_is_the_corpus_operated_status(cv: Any) -> None:
    model = cv.fit(
        [(["bias", "w=fly"], "operated")] * 4 + [(["bias", "w=offer"], "offered")] * 4, cv.STATUSES
    )
    item = _item(cv, status_features=("bias", "w=fly"))
    assert cv.read_status(item, {"status": "operated-by"}, model, False, None) == "operated-by"


def test_party_codes_follow_the_rules_parties(cv: Any) -> None:
    def mention(kind: str, code: str | None, country: str | None = None) -> dict[str, Any]:
        return {"kind": kind, "code": code, "country": country}

    assert cv.party_code(mention("group", "RSF", "SDN")) == "RSF"
    assert cv.party_code(mention("igo", "NATO")) == "NATO"
    assert cv.party_code(mention("country", "POL")) == "POL"
    assert cv.party_code(mention("equipment", "K9", "KOR")) is None
    assert cv.party_code(mention("person", "Q1", "POL")) is None
