"""Two articles that tell one transfer or one force in different words are still compared
(issue 13, contradictions on fresh text, ``cx16``): a transfer named by its maker ("Dassault
jets") is the one system of that maker between the two parties, so its figure disputes the
named system's; a force told as it stands now ("now keeps 2,000 soldiers") is the force at the
report, not dated by another clause's year, so a report years earlier is no dispute; a denial of
one item named by its place ("its fourth battery has not arrived") leaves a delivery of fewer
items standing, not one of as many or more; counts of different kinds of personnel ("private military
contractors" and "soldiers"), of a force the country leads ("leads a battlegroup of 1,100 troops")
or of a passing movement ("for a winter exercise") are not the country's standing force."""

from functools import cache

from geowire.lang.pack import load_language
from geowire.model.claims_eval import run_pipeline
from geowire.settings import load_settings

_DOCS = [
    ("maker-a", "2025-06-10", "Egypt received 14 Rafale fighters from France in May."),
    ("maker-b", "2025-06-20", "France delivered eight Dassault jets to Egypt in May."),
    ("maker-c", "2025-06-12", "Chile received 14 Rafale fighters from France in May."),
    ("maker-d", "2025-06-22", "France delivered eight Dassault jets to Chile in May. "
     "France also delivered six Caracal helicopters to Chile in May."),
    ("now-a", "2021-03-02", "Germany has deployed 600 soldiers to Lithuania."),
    ("now-b", "2024-11-05",
     "Germany now keeps 1,800 soldiers in Lithuania after tripling the force it sent in 2021."),
    ("then-a", "2021-03-02", "Belgium has deployed 300 soldiers to Latvia."),
    ("then-b", "2021-04-20", "Belgium kept 700 soldiers in Latvia in 2021."),
    ("kind-a", "2024-05-02", "Russia has about 1,200 private military contractors in Libya."),
    ("kind-b", "2024-05-20", "Russia has 250 soldiers in Libya."),
    ("led-a", "2024-05-02", "Hungary leads a multinational battlegroup of 1,100 troops in Slovakia."),
    ("led-b", "2024-05-20", "Hungary has 400 soldiers in Slovakia."),
    ("drill-a", "2024-05-02", "Norway has 300 soldiers in Finland."),
    ("drill-b", "2024-05-20", "Norway sent 1,500 soldiers to Finland for a winter exercise."),
    ("same-a", "2024-05-02", "Norway has 300 soldiers in Sweden."),
    ("same-b", "2024-05-20", "Norway has 1,500 soldiers in Sweden."),
    ("ord-a", "2025-03-01", "Italy delivered three SAMP/T batteries to Qatar in 2024."),
    ("ord-b", "2025-05-14", "Qatar's fourth SAMP/T battery has still not arrived from Italy."),
    ("ord-c", "2025-03-01", "Italy delivered five SAMP/T batteries to Oman in 2024."),
    ("ord-d", "2025-05-14", "Oman's fourth SAMP/T battery has still not arrived from Italy."),
]  # fmt: skip


@cache
def _found() -> set[tuple[str, str, str]]:
    docs = [{"id": i, "published": p, "text": t} for i, p, t in _DOCS]
    out = run_pipeline(docs, load_settings(None), lang=load_language("en"))
    return {(*sorted((x["doc_a"], x["doc_b"])), x["field"]) for x in out.contradictions}


def _pairs(prefix: str) -> set[tuple[str, str, str]]:
    return {x for x in _found() if x[0].startswith(prefix)}


def test_cx16_a_maker_named_transfer_is_its_one_system() -> None:
    assert ("maker-a", "maker-b", "quantity") in _found()


def test_cx16_a_maker_with_two_systems_names_neither() -> None:
    # Chile also got Caracal helicopters: "Dassault jets" still names only the Rafale (Airbus makes
    # the Caracal), and the comparison holds; were the maker ambiguous, no pair would be found
    assert {x for x in _pairs("maker-c")} <= {("maker-c", "maker-d", "quantity")}


def test_cx16_a_force_now_is_not_dated_by_another_clause() -> None:
    assert not _pairs("now-")


def test_cx16_a_force_dated_in_the_same_year_is_still_compared() -> None:
    assert ("then-a", "then-b", "personnel") in _found() or ("then-a", "then-b", "quantity") in _found()


def test_cx16_a_later_item_denied_leaves_fewer_delivered_standing() -> None:
    assert not _pairs("ord-a")


def test_cx16_an_item_denied_within_those_delivered_is_a_dispute() -> None:
    assert ("ord-c", "ord-d", "status") in _found()


def test_cx16_counts_of_other_personnel_a_led_force_or_an_exercise_are_not_compared() -> None:
    assert not _pairs("kind-") and not _pairs("led-") and not _pairs("drill-")


def test_cx16_two_sizes_of_one_standing_force_still_differ() -> None:
    assert {x[2] for x in _pairs("same-")} & {"personnel", "quantity"}
