"""Sample data for the GUI tests and screenshots, written through desk_app.store (tests may)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from types import SimpleNamespace

from desk_app.core import clock
from desk_app.services.context import Services


@dataclass(frozen=True)
class Sample:
    """Ids of what `fill_sample` wrote."""

    message_ids: list[int]
    case_ids: list[str]
    call_ids: list[str]


NOW = datetime.now(UTC).replace(microsecond=0)
# Calls stay inside the current month (the Calls page opens on it), even on the 1st.
MONTH_START = clock.day_start_utc(clock.local_day(NOW, "Asia/Tokyo").replace(day=1), "Asia/Tokyo")


def this_month(delta: timedelta, order: int) -> datetime:
    """NOW - delta, but never before this month began (then a minute per `order` after its start)."""
    return max(NOW - delta, MONTH_START + timedelta(minutes=order))


MAILS = [
    ("佐藤 花子", "hanako.sato@example.jp", "注文番号 #1042 の商品がまだ届きません", False,
     "いつもお世話になっております。\n\n11月1日に注文した革のトートバッグ（注文番号 #1042）が、まだ届いておりません。"
     "\n結婚記念日のプレゼントにしたいので、いつ頃届くか教えていただけますか。\n\n佐藤 花子"),
    ("Tanaka Ichiro", "ichiro@example.com", "サイズ交換の手続きについて", True,
     "先日購入したスニーカーのサイズが合わなかったので、26.5cm に交換をお願いしたいです。\n写真を添付します。"),
    ("", "noreply@payments.example.net", "【決済】二重に請求されています", False,
     "クレジットカードの明細を確認したところ、同じ注文で 2 回請求されていました。確認をお願いします。"),
    ("鈴木 一郎", "suzuki@example.co.jp", "領収書の発行をお願いします", True,
     "会社の経費で購入したため、宛名「株式会社スズキ商事」で領収書をお願いできますでしょうか。"),
    ("山本 美咲", "misaki@example.jp", "写真と色が違うように思います", False,
     "届いたマグカップの色が、商品ページの写真よりかなり暗いように感じます。返品は可能でしょうか。"),
    ("高橋 健", "ken.takahashi@example.jp", "再入荷の予定はありますか", False,
     "売り切れになっているリネンのシャツ（ネイビー・M）の再入荷予定を教えてください。"),
]


def add_mail(services: Services, count: int, *, folder_name: str = "INBOX") -> list[int]:
    """Store `count` messages (the sample mails first, then numbered ones), newest first."""
    from desk_app.store import mail_repo
    from desk_app.store.models import Account

    ids: list[int] = []
    with services.db.write() as session:
        account = session.query(Account).filter_by(name="shop").one_or_none()
        if account is None:
            account = Account(
                name="shop", email="support@example-shop.jp", imap_host="imap.example-shop.jp",
                imap_port=993, imap_security="ssl", smtp_host="smtp.example-shop.jp", smtp_port=465,
                smtp_security="ssl", username="support@example-shop.jp",
            )
            session.add(account)
            session.flush()
        role = "inbox" if folder_name == "INBOX" else None
        folder = mail_repo.get_or_create_folder(session, account, folder_name, role)
        start_uid = 1 + session.query(mail_repo.Message).filter_by(folder_id=folder.id).count()
        for n in range(count):
            name, address, subject, attach, text = MAILS[n] if n < len(MAILS) else (
                f"お客様 {n}", f"customer{n}@example.jp", f"お問い合わせ {n}", n % 7 == 0, f"本文 {n}"
            )
            attachments = [
                SimpleNamespace(filename="photo.jpg", content_type="image/jpeg", size=48_213,
                                content_id=None, inline=False)
            ] if attach else []
            parsed = SimpleNamespace(
                message_id=f"<m{start_uid + n}@example.jp>", in_reply_to=None, references=[],
                subject=subject, from_name=name, from_address=address, to=["support@example-shop.jp"],
                cc=[], date=NOW - timedelta(hours=3 * n + 1), text=text, html=None,
                attachments=attachments, has_attachments=attach, notes=[],
            )
            ids += mail_repo.add_messages(session, folder.id, folder.account_id, [
                mail_repo.NewMessage(uid=start_uid + n, parsed=parsed, raw=b"raw", seen=n % 3 == 1)
            ])
    return ids


def add_cases_and_calls(services: Services) -> tuple[list[str], list[str]]:
    from desk_app.store.models import Call, Case, Contact

    device = services.settings.device_id
    with services.db.write() as session:
        hanako = Contact(name="佐藤 花子", kana="サトウ ハナコ", device_id=device)
        ichiro = Contact(name="田中 一郎", kana="タナカ イチロウ", device_id=device)
        session.add_all([hanako, ichiro])
        session.flush()
        cases = [
            Case(title="トートバッグ未着（結婚記念日のプレゼント）", status="open", category="delivery.not_arrived",
                 contact_id=hanako.id, order_number="#1042", deadline=NOW - timedelta(days=1), device_id=device),
            Case(title="スニーカーのサイズ交換", status="waiting_customer", category="inquiry.return_exchange",
                 contact_id=ichiro.id, order_number="#1038", deadline=NOW + timedelta(days=3), device_id=device),
            Case(title="二重請求の確認", status="new", category="payment.wrong_amount",
                 order_number="#1040", deadline=NOW + timedelta(days=1), device_id=device),
            Case(title="マグカップの色が写真と違う", status="resolved", category="quality.not_as_pictured",
                 order_number="#1001", deadline=NOW - timedelta(days=5), device_id=device),
        ]
        calls = [
            Call(at=this_month(timedelta(hours=2), 3), direction="in", phone="03-1234-5678", contact_id=hanako.id,
                 seconds=245, category="delivery.not_arrived",
                 summary="配送状況の確認。追跡番号を案内し、明日折り返す。",
                 device_id=device),
            Call(at=this_month(timedelta(hours=5), 2), direction="out", phone="090-1111-2222", contact_id=ichiro.id,
                 seconds=120, category="inquiry.return_exchange", summary="交換用の返送方法を説明。",
                 device_id=device),
            Call(at=this_month(timedelta(days=1), 1), direction="in", phone="06-9876-5432", seconds=61,
                 category="inquiry.shipping", summary="送料無料の条件について", device_id=device),
        ]
        session.add_all(cases + calls)
        session.flush()
        return [c.id for c in cases], [c.id for c in calls]


def add_pieces(services: Services) -> None:
    """Today: 2 replies + 1 call; earlier this month: 5 replies — at 150 yen / 200 yen."""
    from desk_app.store.models import RateCard, WorkItem

    agent = services.settings.agent_name
    device = services.settings.device_id
    today = clock.local_day(datetime.now(UTC), services.settings.timezone)
    with services.db.write() as session:
        session.add(RateCard(agent=agent, effective_from=date(2000, 1, 1),
                             rates={"email_reply": 150, "call_in": 200}, device_id=device))
        items = [("email_reply", 2, today), ("call_in", 1, today)]
        if today.day > 1:
            items.append(("email_reply", 5, today.replace(day=1)))
        for kind, qty, day in items:
            session.add(WorkItem(agent=agent, kind=kind, quantity=qty, day=day, device_id=device,
                                 at=datetime.combine(day, datetime.min.time(), tzinfo=UTC)))


def fill_sample(services: Services, mails: int = len(MAILS)) -> Sample:
    message_ids = add_mail(services, mails)
    case_ids, call_ids = add_cases_and_calls(services)
    add_pieces(services)
    return Sample(message_ids, case_ids, call_ids)
