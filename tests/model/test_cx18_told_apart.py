"""Two reports of one transfer, force or agreement compared in shapes of fresh text (issue 13,
``cx18``): a batch said to be handed over and a later, smaller count of all that has been delivered
dispute each other, while a larger later count or a batch after the count do not; a count of all
delivered that shrank between reports months apart is a dispute, one that grew is not; vague counts
("several hundred") are a range, not one rounded figure; a known Serbian howitzer is not a bomber;
a date told by a second sentence ("The ceremony took place on …") or stressed by a cleft ("It was on
… that …") dates the signing; a nation's troops that "number" a figure, and a total set off after a
force named before ("The contingent, 600 soldiers in all, …"), are a force of that size."""

from functools import cache

from tests.model.helpers import contradiction_pairs

_DOCS = [
    ("batch-a", "2025-06-13", "A batch of six Hermes 900 drones from Israel landed in Zambia on Thursday."),
    ("batch-b", "2025-06-20", "Israel has delivered four Hermes 900 drones to Zambia."),
    ("bigger-a", "2025-06-13", "A batch of six Bayraktar TB2 drones from Turkey landed in Malawi on Monday."),
    ("bigger-b", "2025-06-20", "Turkey has delivered ten Bayraktar TB2 drones to Malawi."),
    ("after-a", "2025-05-02", "Spain has delivered four CAESAR howitzers to Bolivia."),
    ("after-b", "2025-06-20", "A batch of six CAESAR howitzers from Spain reached Bolivia on 12 June."),
    ("shrank-a", "2025-03-04", "Norway has delivered more than 40 CV90 vehicles to Uruguay."),
    ("shrank-b", "2025-07-18", "The 25 CV90 vehicles that Norway handed to Uruguay are now in service."),
    ("grew-a", "2025-03-04", "Finland has delivered 25 K9 howitzers to Paraguay."),
    ("grew-b", "2025-07-18", "The 40 K9 howitzers that Finland handed to Paraguay are now in service."),
    ("event-a", "2025-03-04", "Greece has delivered 30 M113 carriers to Tunisia."),
    ("event-b", "2025-07-18", "Ten M113 carriers from Greece reached Tunisia."),
    ("vague-a", "2025-11-04", "Spain has sent several hundred soldiers to Mauritania to train its army."),
    ("vague-b", "2025-11-20", "About 400 Spanish soldiers are now in Mauritania on a training mission."),
    ("vague2-a", "2025-07-08", "Rwanda has sent several hundred soldiers to Benin."),
    ("vague2-b", "2025-07-15", "Rwanda has deployed 1,500 troops to Benin."),
    ("nora-a", "2025-11-04", "Serbia has delivered six Nora B-52 howitzers to Cyprus."),
    ("nora-b", "2025-11-07", "Cyprus said on Friday that no Serbian howitzers had reached the island."),
    ("cer-a", "2025-03-07",
     "ACCRA, 7 March 2025 — Ghana and Nigeria signed a border security pact on Thursday. "
     "It sets up patrols."),
    ("cer-b", "2025-04-10",
     "The border security pact between Nigeria and Ghana was signed in Accra. "
     "The ceremony took place on 27 February, after two days of talks."),
    ("cleft-a", "2025-10-04", "Portugal and Morocco signed a defence cooperation agreement on 3 October."),
    ("cleft-b", "2025-11-12",
     "It was on 16 October that Morocco and Portugal put their names to a defence cooperation agreement."),
    ("num-a", "2025-06-03", "The Netherlands has 600 soldiers stationed in Bulgaria."),
    ("num-b", "2025-06-17", "Dutch troops in Bulgaria number 350, officials said."),
    ("app-a", "2025-06-03",
     "Belgium sent a contingent of engineers to Latvia in May. "
     "The contingent, 600 soldiers in all, guards a base."),
    ("app-b", "2025-06-17", "Belgian troops in Latvia number 350, officials said."),
]  # fmt: skip


@cache
def _found() -> frozenset[tuple[str, str, str]]:
    return contradiction_pairs(_DOCS)


def _pairs(prefix: str) -> set[tuple[str, str, str]]:
    return {x for x in _found() if x[0].startswith(prefix)}


def test_cx18_a_later_count_of_all_delivered_smaller_than_a_batch_is_a_dispute() -> None:
    assert ("batch-a", "batch-b", "quantity") in _found()


def test_cx18_a_larger_count_or_a_batch_after_the_count_is_no_dispute() -> None:
    assert not _pairs("bigger-")
    assert not _pairs("after-")


def test_cx18_a_count_of_all_delivered_that_shrank_months_later_is_a_dispute() -> None:
    assert ("shrank-a", "shrank-b", "quantity") in _found()


def test_cx18_a_count_that_grew_or_one_later_event_is_no_dispute() -> None:
    assert not _pairs("grew-")
    assert not _pairs("event-")


def test_cx18_several_hundred_is_a_range_not_a_rounded_figure() -> None:
    assert not _pairs("vague-")
    assert ("vague2-a", "vague2-b", "personnel") in _found()


def test_cx18_a_serbian_howitzer_named_like_a_bomber_is_compared_with_its_denial() -> None:
    assert ("nora-a", "nora-b", "status") in _found()


def test_cx18_a_ceremony_in_the_next_sentence_dates_the_signing() -> None:
    assert ("cer-a", "cer-b", "date") in _found()


def test_cx18_a_cleft_date_dates_the_signing() -> None:
    assert ("cleft-a", "cleft-b", "date") in _found()


def test_cx18_troops_that_number_a_figure_are_a_force_of_that_size() -> None:
    assert ("num-a", "num-b", "personnel") in _found()


def test_cx18_a_total_set_off_after_a_named_force_is_its_size() -> None:
    assert ("app-a", "app-b", "personnel") in _found()
