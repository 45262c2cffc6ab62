"""Claim and inquiry category keys (canonical, as in DOMAIN.md) and their groups."""

from __future__ import annotations

from enum import StrEnum

CLAIM_GROUPS = ("quality", "delivery", "payment", "support", "security")
INQUIRY_GROUP = "inquiry"

CATEGORY_KEYS: tuple[str, ...] = (
    "quality.damaged",
    "quality.not_as_pictured",
    "quality.not_working",
    "delivery.not_arrived",
    "delivery.late",
    "delivery.damaged",
    "delivery.wrong",
    "payment.wrong_amount",
    "payment.unauthorized",
    "payment.method",
    "support.slow",
    "support.insufficient",
    "support.attitude",
    "security.data_leak",
    "security.card_misuse",
    "security.site",
    "inquiry.product",
    "inquiry.site",
    "inquiry.shipping",
    "inquiry.restock",
    "inquiry.order_change",
    "inquiry.return_exchange",
    "inquiry.invoice",
    "inquiry.other",
)


def group_of(key: str) -> str:
    """The group part of a category key (`delivery.late` → `delivery`)."""
    return key.split(".", 1)[0]


def is_claim(key: str | None) -> bool:
    """True for keys of the five claim groups; inquiries and unknown keys are not claims."""
    return bool(key) and key in CATEGORY_KEYS and group_of(key) in CLAIM_GROUPS


def is_valid_category(key: str) -> bool:
    return key in CATEGORY_KEYS


class Channel(StrEnum):
    """How a customer reached the shop."""

    MAIL = "mail"
    PHONE = "phone"
    FORM = "form"
    CHAT = "chat"
    SNS = "sns"
