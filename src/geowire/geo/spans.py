"""The place-like spans of a parsed sentence, for :mod:`geowire.geo.resolve`: named places (GPE,
LOC, FAC entities) and capitalised names after a location word, each with the cue that
introduced it and the words around it that say what kind of place it is.  The words are the
language pack's (:class:`~geowire.lang.pack.PlaceWords`) and the role rules' location
prepositions, both handed in.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import Protocol

from geowire.coding.view import AnySpan, AnyToken
from geowire.geo.resolve import Cue, PlaceSpan
from geowire.lang.pack import PlaceWords

_PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})
_PERSON_ENTS = frozenset({"PERSON"})  # the tagger often reads a foreign town so ("shelled Kherson")
_NEVER_PLACE_ENTS = frozenset({"NORP", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT"})
_DATE_ENTS = frozenset({"DATE", "TIME"})


class Stated(Protocol):
    """The predicate's stated location (``coding.roles.Location``): its character offsets."""

    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


def place_spans(
    sent: AnySpan,
    location: Stated | None,
    preps: Collection[str],
    words: PlaceWords,
    *,
    places: Sequence[tuple[int, int]] = (),
    actors: Sequence[tuple[int, int]] = (),
) -> list[PlaceSpan]:
    """The place-like spans of a sentence, in order: named places (GPE, LOC, FAC entities) and
    capitalised names after a location preposition (``preps`` or the pack's), each with its cue —
    ``location`` inside the predicate's stated location, ``city-of`` after "the city of",
    ``prep`` after a location preposition, else ``named`` — a following region word and a
    ", Qualifier" right after it ("Paris, Texas"); not where the sources are ("officials in Addis
    Ababa said").  ``places``: character ranges the actor stage
    read as a capital or region, taken as places whatever the entity tagger said; ``actors``:
    character ranges it resolved to other actors (people, groups, organisations), never a doubtful
    name (see :func:`_run_start`; a doubtful span is resolved strictly).  A stated location that
    opens with a date is none (:func:`_opens_with_date`)."""
    toks: list[AnyToken] = [sent[k] for k in range(len(sent))]
    if location is not None and _opens_with_date(toks, location):
        location = None
    known = {t.i for t in toks if any(a <= t.idx < b for a, b in places)}
    runs: list[tuple[int, int]] = []  # token index ranges within toks
    doubtful: set[tuple[int, int]] = set()
    k = 0
    while k < len(toks):
        start = _run_start(toks, k, known, preps, words)
        if start is None:
            k += 1
            continue
        ent, unsure = start
        j = k + 1
        while j < len(toks) and (
            toks[j].i in known or (toks[j].ent_type_ == ent if ent else toks[j].pos_ == "PROPN")
        ):
            j += 1
        if unsure and _overlaps(toks, k, j, actors):
            k = j
            continue
        runs.append((k, j))
        if unsure:
            doubtful.add((k, j))
        k = j
    runs, led = _feature_names(toks, runs, words)
    qualifiers = {
        r for p, r in zip(runs, runs[1:], strict=False) if r[0] == p[1] + 1 and toks[p[1]].text == ","
    }
    return [
        _place_span(toks, a, b, runs, location, preps, words, led=(a, b) in led, doubtful=(a, b) in doubtful)
        for a, b in runs
        if (a, b) not in qualifiers and not _where_sources_are(toks, a, b, words)
    ]


def _opens_with_date(toks: Sequence[AnyToken], location: Stated) -> bool:
    """Whether the stated location opens with a date ("In 2021 Turkey and Azerbaijan signed …",
    the tagger reading "2021 Turkey" as one noun phrase after "In"): a location word before a date
    says when, not where, and the names after it are the sentence's subject."""
    first = next((t for t in toks if location.start <= t.idx < location.end), None)
    return first is not None and first.ent_type_ in _DATE_ENTS


def _run_start(
    toks: Sequence[AnyToken], k: int, known: Collection[int], preps: Collection[str], words: PlaceWords
) -> tuple[str, bool] | None:
    """Whether a place name starts at token ``k``: its entity type and whether it is doubtful,
    else None.  A place entity (whatever its part of speech: the tagger may call "Sagaing" a
    noun), a capitalised proper noun a location word, "the city of" or a feature word introduces,
    or one that is the object of a verb or of a noun's "of" ("shelled X", "the shelling of X").
    The last, and one the tagger read as a person, are doubtful: only a place in view will do."""
    tok = toks[k]
    ent = "GPE" if tok.i in known else tok.ent_type_
    upper = tok.text[:1].isupper()
    if ent in _PLACE_ENTS and (upper or tok.i in known):
        return ent, False
    if tok.pos_ != "PROPN" or not upper or ent in _NEVER_PLACE_ENTS:
        return None
    if k > 0 and _city_of(toks, k, words):
        return ent, False
    if k > 0 and (_after_place_word(toks, k, preps, words) or _feature_led(toks, k, words)):
        return ent, ent in _PERSON_ENTS
    if ent in _PERSON_ENTS | {""} and _object(tok, words):
        return ent, True
    return None


def _object(tok: AnyToken, words: PlaceWords) -> bool:
    """Whether ``tok`` is a verb's direct object ("shelled X") or the object of a noun's link
    ("the shelling of X", "districts of X")."""
    if tok.dep_ == "dobj":
        return tok.head.pos_ == "VERB"
    link = tok.head
    return tok.dep_ == "pobj" and link.lower_ in words.links and link.head.pos_ == "NOUN"


def _city_of(toks: Sequence[AnyToken], k: int, words: PlaceWords) -> bool:
    """Whether "the city / town / outskirts … of" comes right before token ``k``."""
    return k >= 2 and toks[k - 1].lower_ in words.links and toks[k - 2].lower_ in words.city_nouns


def _overlaps(toks: Sequence[AnyToken], a: int, b: int, ranges: Sequence[tuple[int, int]]) -> bool:
    start, end = toks[a].idx, toks[b - 1].idx + len(toks[b - 1].text)
    return any(x < end and start < y for x, y in ranges)


def _feature_names(
    toks: Sequence[AnyToken], runs: list[tuple[int, int]], words: PlaceWords
) -> tuple[list[tuple[int, int]], set[tuple[int, int]]]:
    """The runs with "Strait of Hormuz", "Gulf of Aden", "Sea of Japan" made one name (a feature
    word and a link before a run), and the runs so led by a feature word."""
    out: list[tuple[int, int]] = []
    led: set[tuple[int, int]] = set()
    for a, b in runs:
        if _feature_led(toks, a, words):
            start = a - 2
            if out and out[-1][1] == a - 1:  # the feature word ends the run before: one name
                start = out.pop()[0]
            out.append((start, b))
            led.add((start, b))
        else:
            out.append((a, b))
    return out, led


def _feature_led(toks: Sequence[AnyToken], k: int, words: PlaceWords) -> bool:
    """Whether a feature word and a link come before token ``k`` ("Strait of", "Gulf of")."""
    return k >= 2 and toks[k - 1].lower_ in words.links and toks[k - 2].lower_ in words.feature_words


def _after_place_word(toks: Sequence[AnyToken], k: int, preps: Collection[str], words: PlaceWords) -> bool:
    """Whether a location preposition comes before token ``k`` ("in", "near the", "in northern"),
    or a lower-case direction word right before it ("struck southern Lebanon")."""
    if toks[k - 1].text.islower() and toks[k - 1].lower_ in words.directions:
        return True
    prev = toks[_place_word_at(toks, k, words)].lower_
    return prev in preps or prev in words.prepositions


def _place_word_at(toks: Sequence[AnyToken], k: int, words: PlaceWords) -> int:
    """The index of the word before token ``k`` once articles and directions are skipped ("in" of
    "in the northern Donbas"): where a location word stands, if any."""
    j = k - 1
    while j > 0 and (toks[j].lower_ in words.articles or toks[j].lower_ in words.directions):
        j -= 1
    return j


def _where_sources_are(toks: Sequence[AnyToken], a: int, b: int, words: PlaceWords) -> bool:
    """Whether the run ``[a, b)`` names where the people who report are: a source noun before its
    location word and a reporting verb right after it ("…, officials in Addis Ababa said")."""
    j = _place_word_at(toks, a, words)
    if j <= 0 or toks[j - 1].lower_ not in words.source_nouns:
        return False
    return any(t.lower_ in words.report_verbs for t in toks[b : b + 2])


def _place_span(
    toks: Sequence[AnyToken],
    a: int,
    b: int,
    runs: list[tuple[int, int]],
    location: Stated | None,
    preps: Collection[str],
    words: PlaceWords,
    *,
    led: bool = False,
    doubtful: bool = False,
) -> PlaceSpan:
    """One run as a span; ``led``: a feature word leads it ("Gulf of Aden")."""
    start, end = toks[a].idx, toks[b - 1].idx + len(toks[b - 1].text)
    text = toks[a].doc.text[start:end]
    cue: Cue = "named"
    if location is not None and location.start <= start and end <= location.end:
        cue = "location"
    elif _city_of(toks, a, words):
        cue = "city-of"
    elif _after_place_word(toks, a, preps, words):
        cue = "prep"
    region = b < len(toks) and toks[b].lower_ in words.region_words
    feature = led or (b < len(toks) and toks[b].lower_ in words.feature_words)
    qualifier = None
    nxt = next((r for r in runs if r[0] == b + 1), None)
    if nxt is not None and toks[b].text == ",":
        qualifier = " ".join(t.text for t in toks[nxt[0] : nxt[1]])
    return PlaceSpan(
        text,
        start,
        end,
        cue,
        region=region,
        qualifier=qualifier,
        feature=feature,
        doubtful=doubtful,
        topic=cue == "prep" and _topic_of(toks, a, words),
    )


def _topic_of(toks: Sequence[AnyToken], k: int, words: PlaceWords) -> bool:
    """Whether the location word before token ``k`` follows a situation noun ("the crisis in X",
    "the war in northern X"; a noun, not "stop fighting near X"): the name says where that
    situation is."""
    j = _place_word_at(toks, k, words)
    return j > 0 and toks[j - 1].pos_ == "NOUN" and toks[j - 1].lower_ in words.topic_nouns
