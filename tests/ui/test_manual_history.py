"""Back and forward through the manual, as a web browser goes."""

from __future__ import annotations

from desk_app.ui.manual.history import History


def test_back_and_forward_move_through_the_places_visited():
    history = History()
    assert history.current() is None and not history.can_go_back() and history.back() is None
    for place in ("a", "b", "b", "c"):
        history.visit(place)
    assert history.current() == "c"
    assert history.back() == "b" and history.back() == "a"
    assert not history.can_go_back() and history.back() is None
    assert history.forward() == "b" and history.can_go_forward()


def test_a_new_visit_drops_the_places_ahead():
    history = History()
    for place in ("a", "b", "c"):
        history.visit(place)
    history.back()
    history.back()
    history.visit("d")
    assert history.current() == "d" and not history.can_go_forward()
    assert history.back() == "a"
