"""Piece-rate arithmetic: rates follow the card in force on each piece's day."""

from __future__ import annotations

from datetime import UTC, date, datetime

from hypothesis import given
from hypothesis import strategies as st

from desk_app.core import clock
from desk_app.core.categories import CATEGORY_KEYS, is_claim
from desk_app.core.pieces import RateCard, card_on, is_valid_kind, kind_order, rate_on, tally, unit_rate

CARDS = [
    RateCard(date(2026, 10, 1), {"email_reply": 150, "call_in": 200}),
    RateCard(date(2026, 11, 16), {"email_reply": 180}),
]


def test_rate_changes_mid_month_and_unnamed_kinds_keep_their_rate() -> None:
    assert rate_on(CARDS, "email_reply", date(2026, 11, 15)) == 150
    assert rate_on(CARDS, "email_reply", date(2026, 11, 16)) == 180
    assert rate_on(CARDS, "call_in", date(2026, 11, 20)) == 200  # not on the newer card
    assert rate_on(CARDS, "email_reply", date(2026, 9, 30)) == 0  # before any card
    assert rate_on(CARDS, "shipment", date(2026, 11, 20)) == 0


def test_tally_sums_quantity_times_the_day_rate() -> None:
    items = [
        ("email_reply", 1, date(2026, 11, 15)),
        ("email_reply", 2, date(2026, 11, 16)),
        ("call_in", 1, date(2026, 11, 16)),
    ]
    result = tally(items, CARDS)
    assert result.pieces == 4
    assert result.amount_yen == 150 + 2 * 180 + 200


@given(st.lists(st.tuples(st.sampled_from(["email_reply", "call_in"]), st.integers(0, 50),
                          st.dates(date(2026, 9, 1), date(2026, 12, 31)))))
def test_tally_is_integer_yen_and_additive(items: list[tuple[str, int, date]]) -> None:
    whole = tally(items, CARDS)
    half = len(items) // 2
    a, b = tally(items[:half], CARDS), tally(items[half:], CARDS)
    assert isinstance(whole.amount_yen, int)
    assert whole.amount_yen == a.amount_yen + b.amount_yen
    assert whole.pieces == a.pieces + b.pieces


def test_calls_shorter_than_the_minimum_of_the_day_pay_nothing() -> None:
    cards = [RateCard(date(2026, 10, 1), {"call_in": 200, "call_out": 150}, min_call_seconds=60),
             RateCard(date(2026, 11, 16), {"call_in": 220})]  # no minimum from the 16th
    assert unit_rate(cards, "call_in", date(2026, 11, 15), call_seconds=59) == 0
    assert unit_rate(cards, "call_in", date(2026, 11, 15), call_seconds=60) == 200
    assert unit_rate(cards, "call_in", date(2026, 11, 16), call_seconds=0) == 220
    assert unit_rate(cards, "call_out", date(2026, 11, 16), call_seconds=0) == 150  # older card's rate
    assert card_on(cards, date(2026, 11, 15)) is cards[0] and card_on(cards, date(2026, 9, 30)) is None
    # The tally (status bar, per-customer tally) prices short calls the same way.
    day = date(2026, 11, 2)
    items = [("call_in", 1, day, 30), ("call_in", 1, day, 300), ("call_out", 1, day)]
    assert tally(items, cards).pieces == 3 and tally(items, cards).amount_yen == 200 + 150


def test_kinds_order_builtin_first() -> None:
    kinds = ["gift_wrap", "shipment", "email_reply", "hourly", "call_out", "a_kind"]
    assert sorted(kinds, key=kind_order) == ["email_reply", "call_out", "shipment", "hourly", "a_kind", "gift_wrap"]


def test_kind_keys() -> None:
    assert is_valid_kind("email_reply") and is_valid_kind("gift_wrap2")
    assert not is_valid_kind("Email") and not is_valid_kind("a-b") and not is_valid_kind("")


def test_claim_keys_are_the_five_groups() -> None:
    claims = [k for k in CATEGORY_KEYS if is_claim(k)]
    assert len(claims) == 16 and len(CATEGORY_KEYS) == 24
    assert not is_claim("inquiry.product") and not is_claim("quality.unknown") and not is_claim(None)


def test_local_day_follows_tokyo_not_utc() -> None:
    # 2026-11-30 16:30 UTC is already 1 December in Tokyo: that piece belongs to December.
    moment = datetime(2026, 11, 30, 16, 30, tzinfo=UTC)
    assert clock.local_day(moment, "Asia/Tokyo") == date(2026, 12, 1)
    assert clock.next_month(date(2026, 12, 1)) == date(2027, 1, 1)
    assert clock.day_start_utc(date(2026, 12, 1), "Asia/Tokyo") == datetime(2026, 11, 30, 15, 0, tzinfo=UTC)
