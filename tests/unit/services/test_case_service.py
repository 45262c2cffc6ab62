"""A case's life: from a mail thread or a call, through its states, to a proper close."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest

from desk_app.core.errors import DeskAppError, ErrorCode
from desk_app.paths import AppPaths
from desk_app.services.context import Services

NOW = datetime(2026, 11, 29, 3, 0, tzinfo=UTC)  # 12:00 in Tokyo


@pytest.fixture
def services(tmp_path) -> Iterator[Services]:
    opened = Services.open(AppPaths(data_dir=tmp_path, db_file=tmp_path / "shop.db"))
    opened.demo.load(NOW)
    yield opened
    opened.close()


def unlinked_inbox_message(services: Services) -> int:
    ids = services.mail.message_ids(folder="INBOX", linked=False, threaded=True)
    assert ids
    return ids[0]


def test_a_case_from_a_mail_thread_links_the_whole_thread_once(services: Services) -> None:
    message = unlinked_inbox_message(services)
    case_id = services.cases.create_from_message(message)
    assert services.cases.create_from_message(message) == case_id  # the thread's open case is reused
    case = services.cases.get(case_id)
    assert case.status == "new" and case.channel == "mail" and case.contact_id
    thread = services.mail.conversation(message)
    timeline = services.calls.timeline(case_id)
    assert sorted(e.id for e in timeline if e.kind == "mail") == sorted(str(m.id) for m in thread)
    assert not services.mail.message_ids(folder="INBOX", linked=False, threaded=True).count(message)


def test_a_case_from_a_call_takes_its_customer_and_category(services: Services) -> None:
    logged = services.calls.log(phone="03-9999-0000", direction="in", minutes=3, category="delivery.late",
                                summary="注文番号：1042 の荷物が遅れている\n詳細は後で", at=NOW)
    case_id = services.cases.create_from_call(logged.id)
    case = services.cases.get(case_id)
    assert (case.title, case.category, case.channel, case.order_number) == (
        "注文番号：1042 の荷物が遅れている", "delivery.late", "phone", "1042")
    assert services.cases.create_from_call(logged.id) == case_id
    assert [e.kind for e in services.calls.timeline(case_id)] == ["call"]


def test_a_claim_closes_only_with_its_cause_responsibility_recovery_and_prevention(services: Services) -> None:
    case_id = services.cases.create_from_message(unlinked_inbox_message(services))
    services.cases.update(case_id, status="open", category="delivery.damaged",
                          deadline=NOW + timedelta(days=2))
    with pytest.raises(DeskAppError) as refused:
        services.cases.close(case_id, cause="箱が潰れていた")
    assert refused.value.code is ErrorCode.INVALID_INPUT
    assert refused.value.detail == "responsibility, recovery, prevention_note, audience"
    assert services.cases.get(case_id).status == "open"  # nothing changed
    closed = services.cases.close(case_id, cause="箱が潰れていた", responsibility="carrier",
                                  recovery="新品を再送した", prevention_note="配送業者に報告し緩衝材を増やす",
                                  audience=["logistics"], after_follow_on=NOW.date() + timedelta(days=30))
    assert closed.status == "closed" and closed.closed_at and closed.prevention_audience == ("logistics",)
    assert services.cases.after_follow_due(NOW.date()) == [] or case_id not in {
        c.id for c in services.cases.after_follow_due(NOW.date())}
    assert case_id in {c.id for c in services.cases.after_follow_due(NOW.date() + timedelta(days=30))}
    assert any(r.case_id == case_id for r in services.cases.prevention_report(NOW - timedelta(days=1)))
    assert services.cases.reopen(case_id).status == "open"


def test_bad_changes_are_refused(services: Services) -> None:
    case_id = services.cases.create_from_message(unlinked_inbox_message(services))
    for fields in ({"status": "done"}, {"category": "nonsense"}, {"channel": "fax"},
                   {"deadline": datetime(2026, 12, 1)}, {"status": "closed"}):
        with pytest.raises(DeskAppError):
            services.cases.update(case_id, **fields)
    with pytest.raises(DeskAppError):
        services.cases.get("missing")


def test_deadlines_due_today_in_tokyo_not_utc(services: Services) -> None:
    case_id = services.cases.create_from_message(unlinked_inbox_message(services))
    # 23:30 in Tokyo today is already tomorrow in no zone but is 14:30 UTC today: due today.
    services.cases.update(case_id, status="open", deadline=datetime(2026, 11, 29, 14, 30, tzinfo=UTC))
    assert case_id in {c.id for c in services.cases.due_today(NOW)}
    # 00:30 in Tokyo tomorrow is 15:30 UTC today: not due today.
    services.cases.update(case_id, deadline=datetime(2026, 11, 29, 15, 30, tzinfo=UTC))
    assert case_id not in {c.id for c in services.cases.due_today(NOW)}


_uids = iter(range(90_000, 91_000))


def store_mail(services: Services, *, sender: str, subject: str, text: str, mid: str) -> int:
    from desk_app.mail.compose import build_message
    from desk_app.mail.mime import parse_message
    from desk_app.store import mail_repo

    raw = build_message(from_name="お客様", from_address=sender, to=["support@example.jp"], subject=subject,
                        text=text, date=NOW, message_id=mid)
    inbox = next(f for f in services.mail.folders() if f.role == "inbox")
    with services.db.write() as session:
        folder = session.get(mail_repo.Folder, inbox.id)
        return mail_repo.add_messages(session, folder.id, folder.account_id,
                                      [mail_repo.NewMessage(uid=next(_uids), parsed=parse_message(raw), raw=raw)])[0]


def test_later_mail_quoting_the_order_number_joins_the_customers_open_case(services: Services) -> None:
    first = store_mail(services, sender="kaori@example.jp", subject="財布が届きません",
                       text="ご注文番号 #5001 の財布がまだ届きません。", mid="<first@example.jp>")
    case_id = services.cases.create_from_message(first)
    assert services.cases.get(case_id).order_number == "#5001"
    # A new thread from the same customer, naming the same order: it joins the open case.
    later = store_mail(services, sender="KAORI@example.jp", subject="追加のご連絡",
                       text="先ほどの #5001 の件、住所を訂正します。", mid="<later@example.jp>")
    unrelated = store_mail(services, sender="kaori@example.jp", subject="別件", text="ポイントについて",
                           mid="<other@example.jp>")
    assert services.cases.attach_new_messages([later, unrelated]) == 1
    linked = {e.id for e in services.calls.timeline(case_id) if e.kind == "mail"}
    assert linked == {str(first), str(later)}


def test_automatic_cases_for_new_inbox_threads_when_chosen(services: Services) -> None:
    fresh = store_mail(services, sender="new@example.jp", subject="はじめての問い合わせ", text="在庫はありますか",
                       mid="<fresh@example.jp>")
    def titles() -> list[str]:
        return [c.title for c in services.support.cases()]

    assert services.cases.attach_new_messages([fresh]) == 0
    assert "はじめての問い合わせ" not in titles()  # off by default: no case
    services.settings.set("auto_case_new_threads", True)
    services.cases.attach_new_messages([fresh])
    services.cases.attach_new_messages([fresh])
    assert titles().count("はじめての問い合わせ") == 1
