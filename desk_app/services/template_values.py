"""The values reply templates are filled with: from the case, the customer, the mail and settings."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from desk_app.core.clock import WEEKDAYS_JA
from desk_app.core.orders import find_order_number
from desk_app.core.records import CaseContext
from desk_app.services.settings import Settings
from desk_app.store import mail_repo, support_repo
from desk_app.store.db import Database



def case_reference(case_id: str) -> str:
    """The short case number a customer can quote back: `C-1A2B3C4D`."""
    return "C-" + case_id.replace("-", "")[:8].upper()


def format_deadline(context: CaseContext | None, lang: str, zone: str) -> str | None:
    if context is None or context.deadline is None:
        return None
    local = context.deadline.astimezone(ZoneInfo(zone))
    if lang == "ja":
        return f"{local.month}月{local.day}日({WEEKDAYS_JA[local.weekday()]})"
    return local.strftime("%a, %d %b %Y")


def case_of_message(db: Database, message_pk: int) -> CaseContext | None:
    """The case the message's conversation is linked to, if any."""
    with db.read() as session:
        return support_repo.case_for_message_ids(session, mail_repo.thread_message_ids(session, message_pk))


def values_for_message(db: Database, settings: Settings, message_pk: int | None, lang: str) -> dict[str, str | None]:
    """Placeholder values for a reply to `message_pk` (None where nothing is known: a gap to fill)."""
    context = None
    sender = ""
    text = ""
    if message_pk is not None:
        context = case_of_message(db, message_pk)
        with db.read() as session:
            detail = mail_repo.detail(session, message_pk)
        if detail is not None:
            sender = detail.from_name
            text = detail.subject + "\n" + detail.text
    return {
        "customer_name": (context.customer_name if context and context.customer_name else sender) or None,
        "order_number": (context.order_number if context else None) or find_order_number(text),
        "deadline": format_deadline(context, lang, settings.timezone),
        "agent_name": settings.agent_name or None,
        "shop_name": settings.shop_name or None,
        "case_id": case_reference(context.case_id) if context else None,
    }
