"""Deployments whose size is an adjective of the force or whose host is a town (issue 13)."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.model.helpers import claim_fields

pytestmark = pytest.mark.model


def _deployments(analyzer, text: str) -> list[dict[str, object]]:  # noqa: ANN001
    return claim_fields(analyzer, text, "deployment", dt.date(2025, 6, 1))


def test_deployment_a_size_as_adjective_counts_the_force(analyzer) -> None:  # noqa: ANN001
    (d,) = _deployments(analyzer, "A 450-strong Czech battalion arrived in Slovakia on Monday.")
    assert (d["country"], d["host"], d["personnel"]) == ("CZE", "SVK", 450.0)


def test_deployment_a_sized_unit_sent_by_a_named_country(analyzer) -> None:  # noqa: ANN001
    text = "Portugal will send a 120-strong engineering company to Lithuania next spring."
    (d,) = _deployments(analyzer, text)
    assert (d["country"], d["host"], d["personnel"]) == ("PRT", "LTU", 120.0)


def test_deployment_reaching_a_country_is_an_arrival(analyzer) -> None:  # noqa: ANN001
    (d,) = _deployments(analyzer, "Some 300 Hungarian soldiers reached Kosovo on Friday.")
    assert (d["country"], d["host"], d["personnel"]) == ("HUN", "XKX", 300.0)


def test_deployment_a_town_names_its_country_as_host(analyzer) -> None:  # noqa: ANN001
    (d,) = _deployments(analyzer, "About 900 Polish soldiers arrived in Constanta on Monday.")
    assert (d["country"], d["host"], d["place"]) == ("POL", "ROU", "Constanta")
    (d,) = _deployments(analyzer, "Roughly 500 Spanish troops are based near Sarajevo.")
    assert (d["country"], d["host"]) == ("ESP", "BIH")


def test_deployment_a_town_of_that_name_in_several_countries_is_no_host(analyzer) -> None:  # noqa: ANN001
    # towns called Tapa lie in Estonia and in India: no host without one of them in view
    assert not [d for d in _deployments(analyzer, "About 80 Belgian soldiers are stationed at Tapa.")
                if d.get("host")]  # fmt: skip


def test_deployment_a_month_or_a_venue_is_no_host(analyzer) -> None:  # noqa: ANN001
    assert _deployments(analyzer, "About 300 French soldiers will stay in March for talks in Paris.") == []


def test_deployment_a_force_sized_after_of_counts_without_a_personnel_noun(analyzer) -> None:  # noqa: ANN001
    (d,) = _deployments(analyzer, "A Norwegian detachment of about 120 is based in Lithuania.")
    assert (d["country"], d["host"], d["personnel"]) == ("NOR", "LTU", 120.0)
    (d,) = _deployments(analyzer, "An Irish battalion of roughly a thousand serves in Lebanon.")
    assert (d["country"], d["host"], d["personnel"]) == ("IRL", "LBN", 1000.0)


def test_deployment_a_force_of_vessels_is_no_personnel(analyzer) -> None:  # noqa: ANN001
    assert _deployments(analyzer, "A Danish task force of 12 frigates arrived in Norway.") == []


def test_deployment_the_owner_named_with_its_force_sends_it(analyzer) -> None:  # noqa: ANN001
    (d,) = _deployments(analyzer, "Hungary's garrison of 400 in Kosovo will grow next year.")
    assert (d["country"], d["host"], d["personnel"]) == ("HUN", "XKX", 400.0)


def test_deployment_service_members_are_personnel(analyzer) -> None:  # noqa: ANN001
    (d,) = _deployments(analyzer, "Close to 3,000 American service members are based in Bulgaria.")
    assert (d["country"], d["host"], d["personnel"]) == ("USA", "BGR", 3000.0)


def test_deployment_a_country_after_a_preposition_sends_nothing(analyzer) -> None:  # noqa: ANN001
    text = "In 2023, after a dispute with Algeria, Paris kept some 1,500 soldiers in Chad."
    (d,) = _deployments(analyzer, text)
    assert (d["country"], d["host"], d["personnel"]) == ("FRA", "TCD", 1500.0)


def test_deployment_a_relative_clause_places_the_forces_in_the_host_before_it(analyzer) -> None:  # noqa: ANN001
    text = "The drills were held at a range in Latvia, where Canadian troops are stationed."
    (d,) = _deployments(analyzer, text)
    assert (d["country"], d["host"]) == ("CAN", "LVA")


def test_deployment_forces_leaving_a_country_were_hosted_there(analyzer) -> None:  # noqa: ANN001
    (d,) = _deployments(analyzer, "Some 700 Swedish soldiers will leave Mali in June.")
    assert (d["country"], d["host"], d["personnel"]) == ("SWE", "MLI", 700.0)


def test_deployment_forces_flown_or_redeployed_are_sent(analyzer) -> None:  # noqa: ANN001
    (d,) = _deployments(analyzer, "About 450 Ugandan troops were flown to Somalia in August.")
    assert (d["country"], d["host"], d["personnel"]) == ("UGA", "SOM", 450.0)
    (d,) = _deployments(analyzer, "Some 250 Czech soldiers were redeployed to Slovakia.")
    assert (d["country"], d["host"]) == ("CZE", "SVK")


def test_deployment_the_subject_of_a_hosting_verb_is_the_host(analyzer) -> None:  # noqa: ANN001
    (d,) = _deployments(analyzer, "Romania hosts roughly 2,000 French soldiers.")
    assert (d["country"], d["host"], d["personnel"]) == ("FRA", "ROU", 2000.0)
    (d,) = _deployments(analyzer, "Kuwait is home to some 13,000 American service members.")
    assert (d["country"], d["host"], d["personnel"]) == ("USA", "KWT", 13000.0)
    assert "role" not in d


def test_deployment_a_hosting_subject_without_a_sender_sends_nothing(analyzer) -> None:  # noqa: ANN001
    assert _deployments(analyzer, "Romania hosts roughly 2,000 soldiers.") == []


def test_deployment_a_presence_denied_after_the_forces_is_negated(analyzer) -> None:  # noqa: ANN001
    (d,) = _deployments(analyzer, "Sudanese troops are not present in Chad, officials in Khartoum said.")
    assert (d["country"], d["host"], d.get("negated")) == ("SDN", "TCD", True)
    text = "About 300 Ghanaian soldiers were not only sent to Mali but also trained there."
    (d,) = _deployments(analyzer, text)
    assert not d.get("negated")


def test_deployment_a_denying_verb_negates_the_presence(analyzer) -> None:  # noqa: ANN001
    (d,) = _deployments(analyzer, "Minsk denied that any of its soldiers were stationed in Russia.")
    assert (d["country"], d["host"], d.get("negated")) == ("BLR", "RUS", True)
    (d,) = _deployments(analyzer, "The ministry rejected reports that Thai soldiers were based in Cambodia.")
    assert (d["country"], d["host"], d.get("negated")) == ("THA", "KHM", True)


def test_deployment_a_region_names_its_country_as_host(analyzer) -> None:  # noqa: ANN001
    (d,) = _deployments(analyzer, "Ugandan troops are stationed in Ituri, the army said.")
    assert (d["country"], d["host"]) == ("UGA", "COD")


def test_deployment_a_qualified_force_after_a_hosting_verb_is_the_qualifiers(analyzer) -> None:  # noqa: ANN001
    text = "Since 2021, Latvia has hosted a Canadian-led battlegroup of about 2,000 troops."
    (d,) = _deployments(analyzer, text)
    assert (d["country"], d["host"], d["personnel"]) == ("CAN", "LVA", 2000.0)


def test_deployment_a_member_count_sizes_a_team(analyzer) -> None:  # noqa: ANN001
    (d,) = _deployments(analyzer, "A 35-member Egyptian engineering team is working in South Sudan.")
    assert (d["country"], d["host"], d["personnel"]) == ("EGY", "SSD", 35.0)


def test_deployment_blue_helmets_and_border_guards_are_personnel(analyzer) -> None:  # noqa: ANN001
    (d,) = _deployments(analyzer, "Some 800 Nepalese blue helmets serve in Lebanon.")
    assert (d["country"], d["host"], d["personnel"]) == ("NPL", "LBN", 800.0)
    (d,) = _deployments(analyzer, "About 150 Polish border guards were sent to Latvia.")
    assert (d["country"], d["host"], d["personnel"]) == ("POL", "LVA", 150.0)


def test_deployment_a_sea_or_region_gives_no_towns_country(analyzer) -> None:  # noqa: ANN001
    """A sea or a region named like a small town elsewhere is not that town: no host from it."""
    for text in (
        "Some 800 Dutch sailors were sent to the Pacific in April.",
        "About 2,000 Italian troops are stationed across the Sahel.",
    ):
        assert all(d.get("host") in (None, "") for d in _deployments(analyzer, text)), text


def test_deployment_a_place_has_no_trailing_full_stop(analyzer) -> None:  # noqa: ANN001
    (d,) = _deployments(analyzer, "Some 250 Czech soldiers arrived in Constanta.")
    assert d["place"] == "Constanta"


def test_deployment_a_host_in_an_aside_about_the_sender_is_no_host(analyzer) -> None:  # noqa: ANN001
    """ "X, which hosted a summit, sent troops to Y": X sends; the aside says nothing of the forces."""
    text = "Spain, which hosted the alliance's summit in 2022, sent 200 soldiers to Latvia."
    (d,) = _deployments(analyzer, text)
    assert (d["country"], d["host"], d["personnel"]) == ("ESP", "LVA", 200.0)
    (d,) = _deployments(analyzer, "Romania hosts some 4,000 American troops.")
    assert (d["country"], d["host"]) == ("USA", "ROU")
