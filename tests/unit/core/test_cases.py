"""Closing rules: a claim needs its cause, responsibility, recovery and prevention."""

from desk_app.core.cases import closing_problems

FULL = dict(cause="梱包材が不足していた", responsibility="shop", recovery="新品と交換した",
            prevention_note="緩衝材を二重にする", audience=["logistics"])


def test_a_claim_needs_every_closing_field() -> None:
    assert closing_problems("delivery.damaged", **FULL) == []
    empty = dict(cause=" ", responsibility=None, recovery="", prevention_note="", audience=[])
    assert closing_problems("quality.damaged", **empty) == [
        "cause", "responsibility", "recovery", "prevention_note", "audience"]
    assert closing_problems("quality.damaged", **{**FULL, "audience": ["marketing"]}) == ["audience"]
    assert closing_problems("quality.damaged", **{**FULL, "responsibility": "fate"}) == ["responsibility"]


def test_an_inquiry_closes_with_a_category_alone() -> None:
    empty = dict(cause="", responsibility=None, recovery="", prevention_note="", audience=[])
    assert closing_problems("inquiry.shipping", **empty) == []
    assert closing_problems(None, **empty) == ["category"]
