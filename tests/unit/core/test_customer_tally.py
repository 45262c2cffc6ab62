"""The per-customer month tally: grouping, pricing by the day's rate card, order and totals."""

from __future__ import annotations

from datetime import UTC, date, datetime

from desk_app.core.customer_tally import TallyCall, TallyContact, TallyPiece, customer_key, month_tally
from desk_app.core.phones import normalize_phone
from desk_app.core.pieces import RateCard, tally

CARDS = [
    RateCard(date(2026, 10, 1), {"email_reply": 150, "call_in": 200, "call_out": 100, "shipment": 30}),
    RateCard(date(2026, 11, 16), {"email_reply": 180}),
]
CONTACTS = {
    "sato": TallyContact("sato", "佐藤 花子", "サトウ ハナコ", "03-1234-5678"),
    "kato": TallyContact("kato", "加藤 浩二", "カトウ コウジ", "090-6627-1183"),
}


def call(contact: str | None, phone: str, direction: str, seconds: int, day: int) -> TallyCall:
    return TallyCall(contact, phone, normalize_phone(phone), direction, seconds,
                     datetime(2026, 11, day, 1, 0, tzinfo=UTC))


def call_piece(contact: str | None, phone: str, direction: str, day: int) -> TallyPiece:
    return TallyPiece(f"call_{direction}", 1, date(2026, 11, day), contact, phone, normalize_phone(phone))


def reply(contact: str | None, day: int) -> TallyPiece:
    return TallyPiece("email_reply", 1, date(2026, 11, day), contact)


def test_keys_are_the_contact_else_the_number_else_none() -> None:
    assert customer_key("c1", "0312345678", "03-1234-5678") == "c1"
    assert customer_key(None, "0312345678", "03-1234-5678") == "phone:0312345678"
    assert customer_key(None, None, None) is None


def test_customers_callers_by_number_and_pieces_of_no_one() -> None:
    calls = [
        call("sato", "03-1234-5678", "in", 245, 2),
        call("sato", "03-1234-5679", "out", 60, 20),  # her second number, last used
        call(None, "06-1111-2222", "in", 61, 3),
        call(None, "０６（１１１１）２２２２", "out", 30, 21),  # the same stranger, written otherwise
    ]
    pieces = [
        call_piece("sato", "03-1234-5678", "in", 2),
        call_piece("sato", "03-1234-5679", "out", 20),
        call_piece(None, "06-1111-2222", "in", 3),
        call_piece(None, "０６（１１１１）２２２２", "out", 21),
        reply("sato", 15),  # 150: the old card
        reply("sato", 16),  # 180: the new card from this day on
        reply("kato", 20),  # a mail-only customer: phone from the contact
        reply(None, 20),  # a reply to an address not on file
        TallyPiece("shipment", 5, date(2026, 11, 20), None),
    ]
    result = month_tally("2026-11", calls, pieces, CARDS, CONTACTS)

    sato, stranger, kato = result.customers
    assert (sato.id, sato.name, sato.phone) == ("sato", "佐藤 花子", "03-1234-5679")
    assert (sato.calls, sato.incoming, sato.outgoing, sato.minutes) == (2, 1, 1, 5 + 1)
    assert (sato.mails_answered, sato.pieces, sato.amount_yen) == (2, 4, 200 + 100 + 150 + 180)
    assert (stranger.id, stranger.name, stranger.known) == ("phone:0611112222", "", False)
    assert (stranger.calls, stranger.minutes, stranger.amount_yen) == (2, 2 + 1, 300)
    assert (kato.phone, kato.calls, kato.mails_answered, kato.amount_yen) == ("090-6627-1183", 0, 1, 180)
    assert (result.others.mails_answered, result.others.pieces, result.others.amount_yen) == (1, 6, 180 + 150)

    everything = tally(((p.kind, p.quantity, p.day) for p in pieces), CARDS)
    assert (result.total.pieces, result.total.amount_yen) == (everything.pieces, everything.amount_yen)
    assert (result.total.calls, result.total.mails_answered) == (4, 4)


def test_most_yen_then_most_calls_then_name_with_strangers_last() -> None:
    calls = [call(None, "06-1111-2222", "in", 60, 1), call("kato", "090-6627-1183", "in", 60, 1),
             call("sato", "03-1234-5678", "in", 60, 1), call("sato", "03-1234-5678", "in", 60, 2)]
    pieces = [reply("kato", 3)]
    order = [t.id for t in month_tally("2026-11", calls, pieces, CARDS, CONTACTS).customers]
    assert order == ["kato", "sato", "phone:0611112222"]

    equal = [call("sato", "03-1234-5678", "in", 60, 1), call("kato", "090-6627-1183", "in", 60, 1),
             call(None, "06-1111-2222", "in", 60, 1)]
    order = [t.name or t.phone for t in month_tally("2026-11", equal, [], CARDS, CONTACTS).customers]
    assert order == ["加藤 浩二", "佐藤 花子", "06-1111-2222"]  # カトウ before サトウ, whatever the kanji


def test_an_empty_month() -> None:
    result = month_tally("2026-11", [], [], CARDS, {})
    assert result.customers == ()
    assert result.total.pieces == result.total.amount_yen == result.others.pieces == 0
