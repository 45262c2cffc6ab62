"""Words for the keys the lower layers return: claim categories, case states, call directions.

The one place in the UI that turns these keys into translated labels, so every page and dialog
says the same thing for the same key.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desk_app.core.cases import CaseStatus


# lupdate finds calls named `translate` with literal arguments; keep both literal.
translate = QCoreApplication.translate


def category_label(key: str | None) -> str:
    """The short translated label of a category key; the key itself when it is unknown."""
    if not key:
        return ""
    labels = {
        "quality.damaged": translate("labels", "Damaged or defective"),
        "quality.not_as_pictured": translate("labels", "Not as pictured"),
        "quality.not_working": translate("labels", "Does not work"),
        "delivery.not_arrived": translate("labels", "Not arrived"),
        "delivery.late": translate("labels", "Late delivery"),
        "delivery.damaged": translate("labels", "Damaged in transit"),
        "delivery.wrong": translate("labels", "Wrong item or address"),
        "payment.wrong_amount": translate("labels", "Wrong amount charged"),
        "payment.unauthorized": translate("labels", "Unauthorised charge"),
        "payment.method": translate("labels", "Payment method problem"),
        "support.slow": translate("labels", "Slow reply"),
        "support.insufficient": translate("labels", "Answer did not help"),
        "support.attitude": translate("labels", "Staff attitude"),
        "security.data_leak": translate("labels", "Personal data leak"),
        "security.card_misuse": translate("labels", "Card misuse"),
        "security.site": translate("labels", "Site security"),
        "inquiry.product": translate("labels", "Product question"),
        "inquiry.site": translate("labels", "Site question"),
        "inquiry.shipping": translate("labels", "Shipping question"),
        "inquiry.restock": translate("labels", "Restock question"),
        "inquiry.order_change": translate("labels", "Order change or cancel"),
        "inquiry.return_exchange": translate("labels", "Return or exchange"),
        "inquiry.invoice": translate("labels", "Receipt or invoice"),
        "inquiry.other": translate("labels", "Other question"),
    }
    return labels.get(key, key)


def category_group_label(key: str | None) -> str:
    """The translated name of a category's group (Quality, Delivery, ... Inquiry)."""
    if not key:
        return ""
    groups = {
        "quality": translate("labels", "Quality"),
        "delivery": translate("labels", "Delivery"),
        "payment": translate("labels", "Payment"),
        "support": translate("labels", "Support"),
        "security": translate("labels", "Security"),
        "inquiry": translate("labels", "Inquiry"),
    }
    group = key.split(".", 1)[0]
    return groups.get(group, group)


def case_status_label(status: str) -> str:
    """The translated name of a case status; the raw value when it is unknown."""
    labels = {
        CaseStatus.NEW: translate("labels", "New"),
        CaseStatus.OPEN: translate("labels", "In progress"),
        CaseStatus.WAITING_CUSTOMER: translate("labels", "Waiting for customer"),
        CaseStatus.WAITING_SHOP: translate("labels", "Waiting for shop"),
        CaseStatus.RESOLVED: translate("labels", "Resolved"),
        CaseStatus.CLOSED: translate("labels", "Closed"),
    }
    return labels.get(status, status)  # type: ignore[call-overload]


def call_direction_label(direction: str) -> str:
    """Incoming / outgoing, translated."""
    labels = {"in": translate("labels", "Incoming"), "out": translate("labels", "Outgoing")}
    return labels.get(direction, direction)


def folder_label(name: str, role: str | None) -> str:
    """A folder's display name: the translated role for the standard folders, else its own name."""
    roles = {
        "inbox": translate("labels", "Inbox"),
        "sent": translate("labels", "Sent"),
        "drafts": translate("labels", "Drafts"),
        "trash": translate("labels", "Trash"),
        "junk": translate("labels", "Junk"),
        "archive": translate("labels", "Archive"),
    }
    return roles.get(role or "", name)


def responsibility_label(key: str | None) -> str:
    """Where a claim's responsibility lies (shop, carrier, …), translated."""
    labels = {
        "shop": translate("labels", "Our shop"),
        "carrier": translate("labels", "Carrier"),
        "manufacturer": translate("labels", "Manufacturer"),
        "customer": translate("labels", "Customer"),
        "unknown": translate("labels", "Unknown"),
    }
    return labels.get(key or "", key or "")


def audience_label(key: str) -> str:
    """Who a recurrence-prevention note must reach, translated."""
    labels = {
        "product": translate("labels", "Product / purchasing"),
        "site": translate("labels", "Site"),
        "logistics": translate("labels", "Logistics"),
    }
    return labels.get(key, key)


def channel_label(key: str) -> str:
    """How the customer reached the shop (mail, phone, …), translated."""
    labels = {
        "mail": translate("labels", "Mail"),
        "phone": translate("labels", "Phone"),
        "form": translate("labels", "Contact form"),
        "chat": translate("labels", "Chat"),
        "sns": translate("labels", "SNS"),
    }
    return labels.get(key, key)
