"""Forces only possible, told as they stand today, or totalled across hosts (issue 13, ``dep2``):
a force that may come, is weighed, offered or held by a plan ("could send", "is weighing sending",
"would be posted there under the draft scheme") is hypothetical, so its size disputes no force
there; a present force with "today" or "now" after its verb is the force at the report, compared
with another report a few weeks on, while a sending dated today keeps its day; a count across
several hosts ("across the Sahel, chiefly in Niger", "in the Balkans, including 900 in Kosovo")
is no one host's force."""

from functools import cache

from geowire.lang.pack import load_language
from geowire.model.claims_eval import run_pipeline
from geowire.settings import load_settings

_DOCS = [
    ("may-a", "2024-03-04", "As many as 800 Dutch marines could be based in Norway next spring."),
    ("may-b", "2024-03-21", "The Netherlands has 350 marines in Norway, its navy said."),
    ("weigh-a", "2024-03-04", "Denmark is weighing sending 900 soldiers to Latvia."),
    ("weigh-b", "2024-03-21", "Denmark keeps 420 soldiers in Latvia."),
    ("offer-a", "2024-03-04", "Portugal offered to send 700 troops to Romania."),
    ("offer-b", "2024-03-21", "Portugal has 240 troops stationed in Romania."),
    ("plan-a", "2024-03-04", "Under the draft scheme, Austria would post 500 soldiers in Bosnia."),
    ("plan-b", "2024-03-21", "Austria maintains 310 soldiers in Bosnia."),
    ("will-a", "2024-03-04", "Croatia will send 900 soldiers to Hungary."),
    ("will-b", "2024-03-06", "Croatia is sending 450 soldiers to Hungary."),
    ("today-a", "2024-03-04", "Some 2,000 Turkish troops are stationed in Qatar today."),
    ("today-b", "2024-03-25", "Turkey has 800 troops in Qatar, officials said."),
    ("spread-a", "2024-03-04",
     "Bangladesh contributes 6,000 peacekeepers to UN operations in Africa, mostly in Mali and Sudan."),
    ("spread-b", "2024-03-21", "Bangladesh has 1,400 peacekeepers in Mali, the UN said."),
    ("region-a", "2024-03-04", "Chad has 4,000 soldiers across the Sahel, chiefly in Niger."),
    ("region-b", "2024-03-21", "Chad keeps 1,200 soldiers in Niger."),
    ("share-a", "2024-03-04", "Italy has 2,500 troops in the Balkans, including 900 in Kosovo."),
    ("share-b", "2024-03-21", "Italy keeps 1,100 troops in Kosovo."),
    ("month-a", "2024-06-03", "Since May Sweden has kept 450 soldiers in Estonia."),
    ("month-b", "2024-06-20", "Sweden has 900 soldiers in Estonia."),
    ("given-a", "2024-03-04", "Greece has offered 250 soldiers to the mission in Cyprus."),
    ("given-b", "2024-03-21", "Greece keeps 950 soldiers in Cyprus."),
]  # fmt: skip


@cache
def _out() -> tuple[set[tuple[str, str, str]], dict[str, list[dict[str, object]]]]:
    docs = [{"id": i, "published": p, "text": t} for i, p, t in _DOCS]
    out = run_pipeline(docs, load_settings(None), lang=load_language("en"))
    found = {(*sorted((x["doc_a"], x["doc_b"])), x["field"]) for x in out.contradictions}
    return found, {k: v["deployments"] for k, v in out.per_doc.items()}


def _pairs(prefix: str) -> set[tuple[str, str, str]]:
    return {x for x in _out()[0] if x[0].startswith(prefix)}


def test_dep2_a_possible_weighed_offered_or_planned_force_disputes_no_force_there() -> None:
    assert not _pairs("may-") and not _pairs("weigh-") and not _pairs("offer-") and not _pairs("plan-")


def test_dep2_forces_offered_by_name_are_hypothetical_but_a_month_is_no_modal() -> None:
    assert not _pairs("given-")
    assert ("month-a", "month-b", "personnel") in _out()[0]  # "Since May": no "may"


def test_dep2_a_possible_force_still_makes_its_record() -> None:
    assert [(d["country"], d["host"]) for d in _out()[1]["offer-a"]] == [("PRT", "ROU")]


def test_dep2_a_plain_plan_is_still_compared_with_a_sending() -> None:
    assert {x[2] for x in _pairs("will-")} & {"personnel"}


def test_dep2_a_force_there_today_is_the_force_at_the_report() -> None:
    assert ("today-a", "today-b", "personnel") in _out()[0]
    assert [d["date"] for d in _out()[1]["today-a"]] == ["2024-03-04"]  # the report's day, undated


def test_dep2_a_total_across_hosts_is_no_one_hosts_force() -> None:
    assert not _pairs("spread-") and not _pairs("region-") and not _pairs("share-")
    assert not _out()[1]["spread-a"] and not _out()[1]["region-a"]
