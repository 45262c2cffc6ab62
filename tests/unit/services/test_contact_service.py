"""Customers: edits with validation, the unreasonable-claimant flag, the history of one customer,
look-alikes, and merging a duplicate into the customer that stays."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from types import SimpleNamespace

import pytest
from sqlalchemy import select

from desk_app.core.claimants import CRITERIA
from desk_app.core.errors import DeskAppError, ErrorCode
from desk_app.paths import AppPaths
from desk_app.services.context import Services
from desk_app.services.demo.bank import load_bank
from desk_app.store import contacts_repo, mail_repo
from desk_app.store.models import Account, Call, Case, Contact, ContactChannel, Order, WorkItem

T0 = datetime(2026, 11, 2, 1, 0, tzinfo=UTC)


@pytest.fixture
def services(tmp_path) -> Iterator[Services]:
    opened = Services.open(AppPaths(data_dir=tmp_path, db_file=tmp_path / "shop.db"))
    yield opened
    opened.close()


def refused(call, detail: str, code: ErrorCode = ErrorCode.INVALID_INPUT) -> None:
    with pytest.raises(DeskAppError) as raised:
        call()
    assert (raised.value.code, raised.value.detail) == (code, detail)


def store_mails(services: Services, mails: list[dict]) -> list[int]:
    """Messages in INBOX (or the folder a mail names), written through the store as sync would."""
    ids = []
    with services.db.write() as session:
        account = Account(name="shop", email="support@shop.example.jp", imap_host="imap", imap_port=993,
                          imap_security="ssl", smtp_host="smtp", smtp_port=465, smtp_security="ssl",
                          username="support")
        session.add(account)
        session.flush()
        for uid, mail in enumerate(mails, start=1):
            folder = mail_repo.get_or_create_folder(session, account, mail.get("folder", "INBOX"), None)
            parsed = SimpleNamespace(
                message_id=mail.get("message_id", f"<m{uid}@example.jp>"), in_reply_to=None, references=[],
                subject=mail["subject"], from_name="", from_address=mail["from"], to=mail.get("to", []),
                cc=mail.get("cc", []), date=mail["date"], text="", html=None, attachments=[],
                has_attachments=False, notes=[],
            )
            ids += mail_repo.add_messages(session, folder.id, account.id,
                                          [mail_repo.NewMessage(uid=uid, parsed=parsed, raw=b"raw")])
    return ids


def add_records(services: Services, contact_id: str, *, cases: int = 0, calls: int = 0, pieces: int = 0) -> None:
    device = services.settings.device_id
    with services.db.write() as session:
        for n in range(cases):
            session.add(Case(title=f"case {n}", contact_id=contact_id, device_id=device,
                             created_at=T0 + timedelta(days=n)))
        for n in range(calls):
            session.add(Call(at=T0 + timedelta(hours=n), direction="in", contact_id=contact_id, summary=f"call {n}",
                             device_id=device))
        for n in range(pieces):
            session.add(WorkItem(agent="agent", kind="call_in", at=T0, day=date(2026, 11, 2), contact_id=contact_id,
                                 source_kind="test", source_ref=f"{contact_id}-{n}", device_id=device))


def pointing_at(services: Services, model: type, contact_id: str) -> int:
    with services.db.read() as session:
        return len(list(session.scalars(select(model.id).where(model.contact_id == contact_id))))


# --- adding, editing -----------------------------------------------------------------------------------


def test_add_checks_addresses_and_numbers(services: Services) -> None:
    refused(lambda: services.contacts.add("佐藤 花子", phones=["090-1"]), "phone")
    refused(lambda: services.contacts.add("佐藤 花子", emails=["hanako"]), "email")
    refused(lambda: services.contacts.add("  "), "name")
    assert services.contacts.list() == []
    hanako = services.contacts.add("佐藤 花子", emails=["Hanako@Example.jp"], phones=["０９０－１２３４－５６７８"])
    assert services.contacts.find_by_phone("+81 90 1234 5678") == hanako
    assert services.contacts.find_by_email("hanako@example.JP") == hanako


def test_update_changes_fields_and_channels(services: Services) -> None:
    contacts = services.contacts
    hanako = contacts.add("佐藤 花子", phones=["03-1234-5678"], emails=["hanako@example.jp"])
    detail = contacts.update(hanako, name=" 佐藤 花子様 ", kana="サトウ ハナコ", notes="夕方に電話希望",
                             add_phones=["（０９０）１２３４－５６７８", "090-1234-5678"],
                             add_emails=["HANAKO@example.jp", "h.sato@example.com"],
                             remove_phones=["(03) 1234 5678"])
    assert (detail.name, detail.kana, detail.notes) == ("佐藤 花子様", "サトウ ハナコ", "夕方に電話希望")
    assert detail.phones == ("（０９０）１２３４－５６７８",)  # as written; one number, not two
    assert detail.emails == ("hanako@example.jp", "h.sato@example.com")
    assert contacts.find_by_phone("03-1234-5678") is None
    assert contacts.find_by_phone("09012345678") == hanako
    assert contacts.get(hanako) == detail


def test_update_refuses_bad_input_and_changes_nothing(services: Services) -> None:
    contacts = services.contacts
    hanako = contacts.add("佐藤 花子", phones=["03-1234-5678"])
    before = contacts.get(hanako)
    refused(lambda: contacts.update(hanako, name="", kana="サトウ"), "name")
    refused(lambda: contacts.update(hanako, kana="サトウ", add_phones=["12-34"]), "phone")
    refused(lambda: contacts.update(hanako, notes="x", add_emails=["not an address"]), "email")
    assert contacts.get(hanako) == before
    refused(lambda: contacts.update("no-such-id", name="x"), "contact no-such-id", ErrorCode.NOT_FOUND)


# --- the flag --------------------------------------------------------------------------------------------


def test_the_flag_follows_the_ticked_criteria_and_keeps_its_note(services: Services) -> None:
    contacts = services.contacts
    claimant = contacts.add("柴田 誠司", phones=["090-7280-5561"])
    flagged = contacts.set_flag(claimant, ["money_or_goods", "excessive_demand"], " 店長が対応 ")
    assert flagged.unreasonable
    assert flagged.unreasonable_criteria == ("excessive_demand", "money_or_goods")
    assert flagged.unreasonable_note == "店長が対応"
    assert [c.unreasonable for c in contacts.list()] == [True]
    with services.db.read() as session:
        stored = session.get(Contact, claimant).unreasonable_criteria
    assert stored == {"excessive_demand": True, "venting": False, "money_or_goods": True}
    cleared = contacts.set_flag(claimant, [], "店長が対応")
    assert not cleared.unreasonable and cleared.unreasonable_criteria == ()
    assert cleared.unreasonable_note == "店長が対応"
    refused(lambda: contacts.set_flag(claimant, ["rude"]), "criterion")
    refused(lambda: contacts.set_flag("nobody", ["venting"]), "contact nobody", ErrorCode.NOT_FOUND)


def test_the_demo_data_uses_the_criterion_keys() -> None:
    flagged = [c for c in load_bank().customers if c.unreasonable_criteria is not None]
    assert flagged
    assert all(set(c.unreasonable_criteria or {}) == set(CRITERIA) for c in flagged)


# --- history ----------------------------------------------------------------------------------------------


def test_timeline_holds_mails_calls_cases_and_orders_newest_first(services: Services) -> None:
    contacts = services.contacts
    hanako = contacts.add("佐藤 花子", emails=["hanako@example.jp", "h.sato@example.com"])
    other = contacts.add("田中 一郎", emails=["ichiro@example.jp"])
    mails = store_mails(services, [
        {"subject": "届きません", "from": "Hanako@Example.jp", "to": ["support@shop.example.jp"],
         "date": T0 + timedelta(hours=1)},
        {"subject": "Re: 届きません", "from": "support@shop.example.jp", "to": ["佐藤 花子 <HANAKO@example.jp>"],
         "date": T0 + timedelta(hours=3), "folder": "Sent", "message_id": "<reply@shop>"},
        {"subject": "Re: 届きません", "from": "support@shop.example.jp", "to": ["佐藤 花子 <HANAKO@example.jp>"],
         "date": T0 + timedelta(hours=3), "folder": "Archive", "message_id": "<reply@shop>"},  # a copy
        {"subject": "ご家族の件", "from": "ichiro@example.jp", "to": ["support@shop.example.jp"],
         "cc": ["h.sato@example.com"], "date": T0 + timedelta(hours=5)},
        {"subject": "別人", "from": "jimhanako@example.jp", "to": ["xhanako@example.jp", "hanako@example.jpx"],
         "date": T0 + timedelta(hours=6)},
    ])
    add_records(services, hanako, cases=1, calls=1)
    add_records(services, other, cases=1, calls=1)
    with services.db.write() as session:
        session.add_all([
            Order(source="shopify", number="#1042", email="HANAKO@example.jp", customer_name="佐藤 花子",
                  created_at=T0 - timedelta(days=3), total_yen=12800),
            Order(source="shopify", number="#1043", email="ichiro@example.jp", created_at=T0, total_yen=500),
        ])
    timeline = contacts.timeline(hanako)
    assert [(e.kind, e.title) for e in timeline] == [
        ("mail", "ご家族の件"), ("mail", "Re: 届きません"), ("mail", "届きません"), ("call", "call 0"),
        ("case", "case 0"), ("order", "#1042"),
    ]
    assert [e.detail for e in timeline if e.kind == "mail"] == ["out", "out", "in"]
    assert timeline[2].id == str(mails[0])
    assert timeline[-1].amount_yen == 12800
    assert [e.at for e in timeline] == sorted((e.at for e in timeline), reverse=True)
    refused(lambda: contacts.timeline("nobody"), "contact nobody", ErrorCode.NOT_FOUND)


def test_a_customer_without_addresses_has_calls_and_cases_only(services: Services) -> None:
    taro = services.contacts.add("山田 太郎", phones=["03-5555-0123"])
    add_records(services, taro, cases=2, calls=1)
    assert sorted(e.kind for e in services.contacts.timeline(taro)) == ["call", "case", "case"]


# --- look-alikes ------------------------------------------------------------------------------------------


def test_duplicates_by_number_address_name_or_kana(services: Services) -> None:
    contacts = services.contacts
    hanako = contacts.add("佐藤 花子", kana="サトウ ハナコ", emails=["hanako@example.jp"], phones=["03-1234-5678"])
    by_phone = contacts.add("S. Hanako", phones=["+81 3 1234 5678"])
    by_email = contacts.add("Hanako", emails=["HANAKO@example.jp"])
    by_name = contacts.add("佐藤　花子")
    by_kana = contacts.add("佐藤 華子", kana="さとう はなこ")
    stranger = contacts.add("田中 一郎", kana="タナカ イチロウ", phones=["03-1234-9999"])
    found = {m.contact.id: m.reasons for m in contacts.duplicates(hanako)}
    assert found == {by_phone: ("phone",), by_email: ("email",), by_name: ("name",), by_kana: ("kana",)}
    assert contacts.duplicates(stranger) == []
    contacts.merge(hanako, by_phone)
    assert by_phone not in {m.contact.id for m in contacts.duplicates(hanako)}


# --- merging ----------------------------------------------------------------------------------------------


def test_merge_moves_everything_to_the_survivor(services: Services) -> None:
    contacts = services.contacts
    keep = contacts.add("佐藤 花子", emails=["hanako@example.jp"], phones=["03-1234-5678"])
    contacts.update(keep, notes="電話は夕方")
    dup = contacts.add("佐藤花子", kana="サトウ ハナコ", emails=["h.sato@example.com"],
                       phones=["（03）1234-5678", "090-1111-2222"])
    contacts.update(dup, notes="メール希望")
    contacts.set_flag(dup, ["venting"], "長電話に注意")
    add_records(services, keep, cases=1, calls=1)
    add_records(services, dup, cases=2, calls=3, pieces=2)
    earlier = contacts.add("佐藤 花子（旧）")
    contacts.merge(dup, earlier)

    plan = contacts.merge_plan(keep, dup)
    assert (plan.channels, plan.cases, plan.calls, plan.work_items) == (2, 2, 3, 2)
    done = contacts.merge(keep, dup)
    assert (done.channels, done.cases, done.calls, done.work_items) == (2, 2, 3, 2)
    assert (done.survivor.id, done.merged.id, done.survivor.phones) == (keep, dup, ("03-1234-5678", "090-1111-2222"))

    survivor = contacts.get(keep)
    assert (survivor.name, survivor.kana) == ("佐藤 花子", "サトウ ハナコ")  # a blank kana is filled in
    assert survivor.phones == ("03-1234-5678", "090-1111-2222")  # no double of the shared number
    assert survivor.emails == ("hanako@example.jp", "h.sato@example.com")
    assert survivor.notes == "電話は夕方\n\nメール希望"
    assert survivor.unreasonable and survivor.unreasonable_criteria == ("venting",)
    assert survivor.unreasonable_note == "長電話に注意"
    assert (pointing_at(services, Case, keep), pointing_at(services, Call, keep),
            pointing_at(services, WorkItem, keep)) == (3, 4, 2)
    assert pointing_at(services, Case, dup) == pointing_at(services, Call, dup) == 0

    assert [c.id for c in contacts.list()] == [keep]
    assert contacts.find_by_phone("090-1111-2222") == keep
    assert contacts.find_by_phone("03-1234-5678") == keep
    assert contacts.find_by_email("H.Sato@example.com") == keep
    assert [c.id for c in contacts.lookup("0901111")] == [keep]
    refused(lambda: contacts.get(dup), f"contact {dup}", ErrorCode.NOT_FOUND)
    with services.db.read() as session:
        assert session.get(Contact, dup).merged_into_id == keep
        assert session.get(Contact, earlier).merged_into_id == keep  # no pointer to a merged customer
        live = session.scalars(select(ContactChannel).where(ContactChannel.deleted_at.is_(None)))
        assert {ch.contact_id for ch in live} == {keep}


def test_merge_keeps_the_survivors_flag(services: Services) -> None:
    contacts = services.contacts
    keep = contacts.add("柴田 誠司")
    contacts.set_flag(keep, ["excessive_demand"], "店長対応")
    dup = contacts.add("柴田 誠司")
    contacts.merge(keep, dup)
    survivor = contacts.get(keep)
    assert survivor.unreasonable and survivor.unreasonable_criteria == ("excessive_demand",)
    assert survivor.unreasonable_note == "店長対応"


def test_merge_refuses_itself_and_merged_customers(services: Services) -> None:
    contacts = services.contacts
    keep = contacts.add("佐藤 花子")
    dup = contacts.add("佐藤 花子")
    refused(lambda: contacts.merge(keep, keep), "merge_same")
    contacts.merge(keep, dup)
    with pytest.raises(DeskAppError) as raised:
        contacts.merge(keep, dup)
    assert raised.value.code is ErrorCode.NOT_FOUND
    with pytest.raises(DeskAppError):
        contacts.merge_plan(dup, keep)


def test_merge_is_one_transaction(services: Services, monkeypatch: pytest.MonkeyPatch) -> None:
    contacts = services.contacts
    keep = contacts.add("佐藤 花子", phones=["03-1234-5678"])
    dup = contacts.add("佐藤 花子", phones=["090-1111-2222"])
    contacts.update(dup, notes="メモ")
    add_records(services, dup, cases=1)

    def fail(*_args: object) -> str:
        raise RuntimeError("disk gone")

    monkeypatch.setattr(contacts_repo, "joined_text", fail)  # after the channels moved, before the cases
    with pytest.raises(RuntimeError):
        contacts.merge(keep, dup)
    assert contacts.find_by_phone("090-1111-2222") == dup
    assert pointing_at(services, Case, dup) == 1
    assert {c.id for c in contacts.list()} == {keep, dup}
