"""After a case: the follow-up mail from the after_follow template, the after-follow reminder that a
mail to the case ends, the customer and the mail a reply answers, and the repeat threshold setting."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest

from desk_app.core import clock
from desk_app.core.errors import DeskAppError, ErrorCode
from desk_app.core.records import CaseDetail
from desk_app.core.templates import find_gaps
from desk_app.paths import AppPaths
from desk_app.services.context import Services
from desk_app.services.follow_up import FOLLOW_UP_TEMPLATE

NOW = datetime.now(UTC).replace(microsecond=0)  # the report counts closes (stamped now) within 30 days


@pytest.fixture
def services(tmp_path) -> Iterator[Services]:
    opened = Services.open(AppPaths(data_dir=tmp_path, db_file=tmp_path / "shop.db"))
    opened.demo.load(NOW)
    opened.settings.set("shop_name", "革工房ことり")
    yield opened
    opened.close()


def today(services: Services) -> date:
    return clock.local_day(datetime.now(UTC), services.settings.timezone)


def closed_case_with_mail_address(services: Services) -> CaseDetail:
    """A closed case of the demo whose customer has an address and whose order number is known."""
    for row in services.support.cases():
        customer = services.cases.customer(row.id)
        if row.status == "closed" and row.order_number and customer and customer.emails:
            return services.cases.get(row.id)
    raise AssertionError("no such case in the demo")


def test_the_follow_up_mail_is_the_after_follow_template_filled_from_the_case(services: Services) -> None:
    case = closed_case_with_mail_address(services)
    customer = services.cases.customer(case.id)
    assert customer is not None
    draft = services.follow_up.draft(case.id, "ja")
    template = services.templates.get(FOLLOW_UP_TEMPLATE, "ja")
    assert draft.id is not None and draft.kind == "new"
    assert draft.case_id == case.id and draft.template_key == FOLLOW_UP_TEMPLATE
    assert draft.to == (f"{customer.name} <{customer.emails[0]}>",)
    assert draft.subject == f"革工房ことり：お買い上げいただいた商品のお手入れについて（ご注文番号 {case.order_number}）"
    agent = services.settings.agent_name
    assert draft.body.startswith(f"{case.contact_name} 様\n\n革工房ことりの{agent}でございます。")
    last_line = template.body.splitlines()[-1].replace("{shop_name}", "革工房ことり")
    assert "お手入れのポイント" in draft.body and last_line in draft.body
    assert not find_gaps(draft.subject + draft.body)  # everything came from the case and the settings
    assert [d.id for d in services.compose.drafts() if d.case_id == case.id] == [draft.id]
    # Asked again (the window was closed, the reminder clicked once more): the same draft.
    assert services.follow_up.draft(case.id, "ja") == draft


def test_what_the_case_does_not_know_stays_a_gap(services: Services) -> None:
    case = closed_case_with_mail_address(services)
    services.cases.update(case.id, order_number=None)
    draft = services.follow_up.draft(case.id, "en")
    assert draft.subject == "革工房ことり: Caring for your purchase (order {order_number})"
    assert {name for _, _, name in find_gaps(draft.body)} == {"order_number"}


def test_no_mail_address_no_follow_up(services: Services) -> None:
    logged = services.calls.log(phone="0120-000-999", direction="in", minutes=2, category="inquiry.product",
                                summary="革の手入れについて", at=NOW)
    case_id = services.cases.create_from_call(logged.id)  # a caller we know no address of
    drafts = len(services.compose.drafts())
    with pytest.raises(DeskAppError) as refused:
        services.follow_up.draft(case_id, "ja")
    assert refused.value.code is ErrorCode.NO_RECIPIENTS
    assert len(services.compose.drafts()) == drafts  # nothing half-made left behind


def test_a_mail_to_the_case_ends_the_after_follow_reminder_until_the_next_date(services: Services) -> None:
    case = closed_case_with_mail_address(services)
    services.cases.update(case.id, after_follow_on=today(services))
    assert case.id in {c.id for c in services.cases.after_follow_due()}
    draft = services.follow_up.draft(case.id, "ja")
    services.compose.queue(draft)
    assert case.id not in {c.id for c in services.cases.after_follow_due()}
    # Half a year later, the next check-in: the case comes back.
    later = today(services) + timedelta(days=180)
    services.cases.update(case.id, after_follow_on=later)
    assert case.id not in {c.id for c in services.cases.after_follow_due()}
    assert case.id in {c.id for c in services.cases.after_follow_due(later)}


def test_a_cancelled_follow_up_does_not_end_the_reminder(services: Services) -> None:
    case = closed_case_with_mail_address(services)
    services.cases.update(case.id, after_follow_on=today(services))
    queued = services.compose.queue(services.follow_up.draft(case.id, "ja"))
    services.compose.cancel(queued.id)
    assert case.id in {c.id for c in services.cases.after_follow_due()}


def test_the_after_follow_date_is_a_date_and_can_be_cleared(services: Services) -> None:
    case = closed_case_with_mail_address(services)
    with pytest.raises(DeskAppError):
        services.cases.update(case.id, after_follow_on=datetime(2027, 3, 1, tzinfo=UTC))
    with pytest.raises(DeskAppError):
        services.cases.update(case.id, after_follow_on="2027-03-01")
    assert services.cases.update(case.id, after_follow_on=date(2027, 3, 1)).after_follow_on == date(2027, 3, 1)
    assert services.cases.update(case.id, after_follow_on=None).after_follow_on is None


def test_a_reply_on_the_case_answers_the_customers_newest_mail(services: Services) -> None:
    from desk_app.store import cases_repo

    case = next(services.cases.get(c.id) for c in services.support.cases()
                if services.cases.latest_mail(c.id) is not None)
    own = services.accounts.list()[0].email
    mails = [services.mail.show(int(e.id)) for e in services.calls.timeline(case.id) if e.kind == "mail"]
    newest_customer = max((m for m in mails if m.from_address.lower() != own.lower()), key=lambda m: m.date)
    assert services.cases.latest_mail(case.id) == newest_customer.id
    # Our own answer, newer still, is not what a reply answers.
    ours = store_mail(services, sender=own.upper(), subject="Re: " + newest_customer.subject,
                      at=newest_customer.date + timedelta(hours=1), mid="<ours@example.jp>")
    with services.db.write() as session:
        cases_repo.link_messages(session, case.id, ["<ours@example.jp>"], services.settings.device_id)
    assert str(ours) in {e.id for e in services.calls.timeline(case.id)}
    assert services.cases.latest_mail(case.id) == newest_customer.id
    logged = services.calls.log(phone="0120-000-998", direction="in", minutes=1, category=None, summary="x", at=NOW)
    assert services.cases.latest_mail(services.cases.create_from_call(logged.id)) is None


def test_the_customer_of_a_case(services: Services) -> None:
    case = closed_case_with_mail_address(services)
    customer = services.cases.customer(case.id)
    assert customer is not None and customer.id == case.contact_id and customer.name == case.contact_name
    logged = services.calls.log(phone="0120-000-997", direction="in", minutes=1, category=None, summary="x", at=NOW)
    assert services.cases.customer(services.cases.create_from_call(logged.id)) is None


def test_the_repeat_threshold_is_a_setting(services: Services) -> None:
    seen = next(r for r in services.cases.prevention_report() if r.products)
    order_number = services.cases.get(seen.case_id).order_number
    made = []
    for n in range(3):  # three claims of one category about the same order's products, today
        logged = services.calls.log(phone=f"0120-111-00{n}", direction="in", minutes=3, category=seen.category,
                                    summary=f"また同じ不具合 {n}", at=NOW)
        case_id = services.cases.create_from_call(logged.id)
        services.cases.update(case_id, order_number=order_number)
        services.cases.close(case_id, cause="検品漏れ", responsibility="shop", recovery="交換",
                             prevention_note="検品項目を追加", audience=["product"])
        made.append(case_id)

    def repeats() -> set[str]:
        return {r.case_id for r in services.cases.prevention_report() if r.repeat}

    assert services.settings.prevention_repeat_threshold == 2  # three or more within 30 days: more than 2
    assert set(made) <= repeats()
    services.settings.set("prevention_repeat_threshold", 4)  # three (four with the demo's, if recent)
    assert not set(made) & repeats()
    with pytest.raises(DeskAppError):
        services.settings.set("prevention_repeat_threshold", 0)


_uids = iter(range(95_000, 96_000))


def store_mail(services: Services, *, sender: str, subject: str, at: datetime, mid: str) -> int:
    from desk_app.mail.compose import build_message
    from desk_app.mail.mime import parse_message
    from desk_app.store import mail_repo

    raw = build_message(from_name="", from_address=sender, to=["customer@example.jp"], subject=subject,
                        text="ご連絡ありがとうございます。", date=at, message_id=mid)
    inbox = next(f for f in services.mail.folders() if f.role == "inbox")
    with services.db.write() as session:
        folder = session.get(mail_repo.Folder, inbox.id)
        return mail_repo.add_messages(session, folder.id, folder.account_id,
                                      [mail_repo.NewMessage(uid=next(_uids), parsed=parse_message(raw), raw=raw)])[0]


def test_a_new_date_needs_no_new_draft(services: Services) -> None:
    """Changing the date of a case whose follow-up draft is open keeps that draft (no second one)."""
    case = closed_case_with_mail_address(services)
    first = services.follow_up.draft(case.id, "ja")
    services.compose.save_draft(replace(first, body="書きかけ"))
    services.cases.update(case.id, after_follow_on=today(services) + timedelta(days=3))
    assert services.follow_up.draft(case.id, "ja").body == "書きかけ"
