"""The monthly statement's arithmetic: lines per kind and rate, short calls, tax on the subtotal,
breakdowns, and the written-down form (snapshot, bundle) that must read back exactly."""

from __future__ import annotations

import hashlib
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desk_app.core.bundle import BundleContent, canonical_json, seal, unseal
from desk_app.core.customer_tally import TallyPiece, month_tally
from desk_app.core.documents import from_plain, to_plain
from desk_app.core.errors import DeskAppError, ErrorCode
from desk_app.core.pieces import RateCard, WorkPiece
from desk_app.core.statement_csv import safe_cell, statement_rows
from desk_app.core.statements import Adjustment, MonthlyStatement, Workflow, build_statement
from desk_app.core.tax import TaxMode, TaxTerms

NOVEMBER = date(2026, 11, 1)
CARDS = [
    RateCard(date(2026, 10, 1), {"email_reply": 150, "call_in": 200, "shipment": 80}, min_call_seconds=60),
    RateCard(date(2026, 11, 16), {"email_reply": 180, "call_in": 200, "shipment": 80}, min_call_seconds=60,
             tax=TaxTerms(registration_number="T7010705000725")),
]


def piece(n: int, kind: str, day: int, quantity: int = 1, **fields: object) -> WorkPiece:
    at = datetime(2026, 11, day, 1, 0, tzinfo=UTC) + timedelta(minutes=n)
    return WorkPiece(id=f"p{n}", agent="hanako", kind=kind, quantity=quantity, at=at, day=at.date(), **fields)


def statement(pieces: list[WorkPiece], cards: list[RateCard] = CARDS,
              adjustments: tuple[Adjustment, ...] = ()) -> MonthlyStatement:
    live = [p for p in pieces if not p.voided]
    tally = month_tally("2026-11", [], [TallyPiece(p.kind, p.quantity, p.day, p.contact_id, call_seconds=p.call_seconds)
                                        for p in live], cards, {})
    return build_statement("hanako", NOVEMBER, Workflow(), pieces, cards, adjustments, tally)


def test_a_mid_month_rate_change_makes_two_lines_for_that_kind() -> None:
    result = statement([
        piece(1, "email_reply", 15),
        piece(2, "email_reply", 16),
        piece(3, "email_reply", 30),
        piece(4, "shipment", 3, quantity=4),
        piece(5, "email_reply", 2),
    ])
    assert [(x.kind, x.rate_yen, x.count, x.amount_yen) for x in result.lines] == [
        ("email_reply", 150, 2, 300),
        ("email_reply", 180, 2, 360),
        ("shipment", 80, 4, 320),
    ]
    assert result.subtotal_yen == 980 and result.tax_yen == 98 and result.total_yen == 1_078
    # The tax terms are those in force at the month's end.
    assert result.tax.registration_number == "T7010705000725" and result.tax_rate_percent == 10


def test_short_calls_are_listed_but_pay_nothing_and_voided_pieces_are_left_out() -> None:
    result = statement([
        piece(1, "call_in", 5, call_seconds=59),
        piece(2, "call_in", 5, call_seconds=60),
        piece(3, "shipment", 6, voided_at=datetime(2026, 11, 7, tzinfo=UTC), void_reason="entered twice"),
    ])
    assert [(x.kind, x.rate_yen, x.count, x.amount_yen) for x in result.lines] == [
        ("call_in", 0, 1, 0), ("call_in", 200, 1, 200),
    ]
    assert [p.id for p in result.pieces] == ["p1", "p2"]
    assert [p.amount_yen for p in result.pieces] == [0, 200]


def test_breakdowns_by_day_and_by_customer_add_up() -> None:
    result = statement([piece(1, "email_reply", 2, contact_id="c1"), piece(2, "shipment", 2, quantity=3),
                        piece(3, "email_reply", 20, contact_id="c1")])
    assert len(result.by_day) == 30 and result.by_day[0].day == NOVEMBER
    assert (result.by_day[1].count, result.by_day[1].amount_yen) == (4, 150 + 240)
    assert (result.by_day[19].count, result.by_day[19].amount_yen) == (1, 180)
    assert sum(d.amount_yen for d in result.by_day) == result.subtotal_yen
    assert [(c.contact_id, c.count, c.amount_yen) for c in result.by_contact] == [("c1", 2, 330), (None, 3, 240)]


def test_adjustments_join_the_subtotal_before_tax_and_modes_apply() -> None:
    pieces = [piece(1, "shipment", 3, quantity=12)]  # 960
    adjusted = statement(pieces, adjustments=(Adjustment("a1", 49, "short-paid in October", "2026-10"),))
    assert (adjusted.subtotal_yen, adjusted.tax_yen, adjusted.total_yen) == (1_009, 100, 1_109)
    inclusive = [replace(c, tax=TaxTerms(mode=TaxMode.INCLUSIVE)) for c in CARDS]
    assert (statement(pieces, inclusive).tax_yen, statement(pieces, inclusive).total_yen) == (87, 960)
    exempt = [replace(c, tax=TaxTerms(mode=TaxMode.EXEMPT)) for c in CARDS]
    assert (statement(pieces, exempt).tax_rate_percent, statement(pieces, exempt).total_yen) == (0, 960)


@given(st.lists(st.tuples(st.sampled_from(["email_reply", "call_in", "shipment", "gift_wrap"]),
                          st.integers(1, 40), st.integers(1, 30), st.integers(0, 600)), max_size=40),
       st.lists(st.integers(-5_000, 5_000).filter(bool), max_size=3))
def test_lines_add_up_to_the_subtotal_and_the_total_adds_the_tax(
        items: list[tuple[str, int, int, int]], amounts: list[int]) -> None:
    pieces = [piece(n, kind, day, quantity, call_seconds=seconds if kind == "call_in" else None)
              for n, (kind, quantity, day, seconds) in enumerate(items)]
    adjustments = tuple(Adjustment(f"a{n}", amount, "correction") for n, amount in enumerate(amounts))
    result = statement(pieces, adjustments=adjustments)
    assert sum(x.amount_yen for x in result.lines) + sum(amounts) == result.subtotal_yen
    assert all(x.count * x.rate_yen == x.amount_yen for x in result.lines)
    assert result.total_yen == result.subtotal_yen + result.tax_yen
    assert abs(result.tax_yen) <= abs(result.subtotal_yen) // 10
    assert sum(c.amount_yen for c in result.by_contact) == sum(x.amount_yen for x in result.lines)
    assert all(isinstance(v, int) for v in (result.subtotal_yen, result.tax_yen, result.total_yen))


def test_the_written_form_reads_back_exactly_and_a_changed_bundle_is_refused() -> None:
    original = statement([piece(1, "email_reply", 2, contact_id="c1"), piece(2, "call_in", 3, call_seconds=30)],
                         adjustments=(Adjustment("a1", -150, "counted twice", "2026-10",
                                                 datetime(2026, 11, 3, tzinfo=UTC)),))
    assert from_plain(MonthlyStatement, to_plain(original)) == original
    content = BundleContent(statement=original, pieces=(piece(1, "email_reply", 2),), rate_cards=tuple(CARDS),
                            contacts=())
    document = seal(content)
    assert "pdf" not in document["content"]
    assert unseal(document, "b.json") == content
    document["content"]["pieces"][0]["quantity"] = 5
    with pytest.raises(DeskAppError) as refused:
        unseal(document, "b.json")
    assert refused.value.code is ErrorCode.BUNDLE_TAMPERED and refused.value.detail == "b.json"
    with pytest.raises(DeskAppError) as unknown:
        unseal({"format": "something else"}, "b.json")
    assert unknown.value.code is ErrorCode.BUNDLE_INVALID


def test_a_sealed_bundle_with_a_wrong_shape_is_invalid_not_a_crash() -> None:
    document = seal(BundleContent(statement=statement([]), pieces=(), rate_cards=(), contacts=()))
    document["content"]["statement"]["lines"] = "many"
    document["sha256"] = hashlib.sha256(canonical_json(document["content"])).hexdigest()
    with pytest.raises(DeskAppError) as invalid:
        unseal(document, "b.json")
    assert invalid.value.code is ErrorCode.BUNDLE_INVALID and "lines" in invalid.value.detail


@pytest.mark.parametrize(("text", "cell"), [
    ("=SUM(A1:A9)", "'=SUM(A1:A9)"), ("+81 3 1234", "'+81 3 1234"), ("-2+3", "'-2+3"), ("@cmd", "'@cmd"),
    ("\tx", "'\tx"), ("\rx", "'\rx"), ("山田 花子", "山田 花子"), ("a=b", "a=b"),
])
def test_cells_that_would_start_a_formula_are_defused(text: str, cell: str) -> None:
    assert safe_cell(text) == cell


def test_csv_rows_hold_lines_adjustments_totals_and_pieces_with_numbers_left_as_numbers() -> None:
    result = statement([piece(1, "shipment", 3, quantity=2, note="=HYPERLINK(\"http://x\")")],
                       adjustments=(Adjustment("a1", -80, "-counted twice"),))
    rows = statement_rows(result, "Asia/Tokyo", {"shipment": "発送", "total_yen": "合計（円）"})
    assert ["発送", 80, 2, 160] in rows
    assert ["'-counted twice", "", -80] in rows
    assert ["合計（円）", result.total_yen] in rows
    assert ["2026-11-03 10:01", "発送", 2, 80, 160, "", "'=HYPERLINK(\"http://x\")"] in rows
