"""A subject pronoun of a party stands for the last party named as a clause subject (issue 11): the
lexical search reads "It" as the path search does, not as the nearest party named anywhere."""

from __future__ import annotations

from .conftest import candidate_events, find


def test_it_is_the_previous_subject_not_the_nearest_name(candidates) -> None:  # noqa: ANN001
    text = ("The Kenyan foreign ministry said the Ugandan raid broke international law and the "
            "African Union charter. It called on Kampala to free the prisoners.")  # fmt: skip
    events = candidate_events(candidates(text))
    assert find(events, "REQUEST", actor="KEN", recipient="UGA")
    assert not find(events, "REQUEST", actor="AU"), "the union named in a charter's name read as 'It'"


def test_it_still_reads_a_subject_named_before(candidates) -> None:  # noqa: ANN001
    text = "The African Union met in Addis Ababa on Monday. It called on Sudan to open the border."
    assert find(candidate_events(candidates(text)), "REQUEST", actor="AU", recipient="SDN")
