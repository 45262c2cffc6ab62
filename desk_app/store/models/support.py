"""Customers, cases and the phone log: the replicable records of the daily support work."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desk_app.store.models.base import Base, Replicable
from desk_app.store.types import JsonText, UtcDateTime


class Contact(Replicable, Base):
    """A customer: name in kanji and kana, notes, and the unreasonable-claimant flag."""

    __tablename__ = "contacts"

    name: Mapped[str] = mapped_column(Text)
    kana: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    unreasonable: Mapped[bool] = mapped_column(Boolean, default=False)
    # The three recognition criteria of DOMAIN.md, as booleans keyed by criterion.
    unreasonable_criteria: Mapped[dict] = mapped_column(JsonText, default=dict)
    unreasonable_note: Mapped[str] = mapped_column(Text, default="")
    merged_into_id: Mapped[str | None] = mapped_column(ForeignKey("contacts.id"), default=None)

    channels: Mapped[list[ContactChannel]] = relationship(back_populates="contact")


class ContactChannel(Replicable, Base):
    """An email address or phone number of a contact, with its normalised form for matching."""

    __tablename__ = "contact_channels"
    __table_args__ = (Index("ix_contact_channels_lookup", "kind", "normalized"),)

    contact_id: Mapped[str] = mapped_column(ForeignKey("contacts.id"))
    kind: Mapped[str] = mapped_column(String(8))  # email | phone
    value: Mapped[str] = mapped_column(Text)
    normalized: Mapped[str] = mapped_column(Text)

    contact: Mapped[Contact] = relationship(back_populates="channels")


class Case(Replicable, Base):
    """One customer's one problem, across mails and calls, from first contact to close."""

    __tablename__ = "cases"
    __table_args__ = (
        Index("ix_cases_status_deadline", "status", "deadline"),
        Index("ix_cases_order_number", "order_number"),
    )

    title: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(20), default="new")
    category: Mapped[str | None] = mapped_column(String(40), default=None)
    channel: Mapped[str] = mapped_column(String(10), default="mail")
    contact_id: Mapped[str | None] = mapped_column(ForeignKey("contacts.id"), default=None, index=True)
    order_number: Mapped[str | None] = mapped_column(String(64), default=None)
    agent: Mapped[str] = mapped_column(String(100), default="")
    deadline: Mapped[datetime | None] = mapped_column(UtcDateTime, default=None)
    escalated: Mapped[bool] = mapped_column(Boolean, default=False)
    cause: Mapped[str] = mapped_column(Text, default="")
    responsibility: Mapped[str | None] = mapped_column(String(16), default=None)
    recovery: Mapped[str] = mapped_column(Text, default="")
    prevention_note: Mapped[str] = mapped_column(Text, default="")
    prevention_audience: Mapped[list[str]] = mapped_column(JsonText, default=list)
    closed_at: Mapped[datetime | None] = mapped_column(UtcDateTime, default=None)
    after_follow_on: Mapped[date | None] = mapped_column(Date, default=None)
    checklist: Mapped[dict] = mapped_column(JsonText, default=dict)


class CaseNote(Replicable, Base):
    """A note written on a case's timeline."""

    __tablename__ = "case_notes"

    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id"), index=True)
    author: Mapped[str] = mapped_column(String(100), default="")
    body: Mapped[str] = mapped_column(Text)


class CaseMessageLink(Replicable, Base):
    """A case's link to a mail, by Message-ID so it survives re-syncs and travels between machines."""

    __tablename__ = "case_message_links"
    __table_args__ = (Index("ix_case_message_links_mid", "message_id"),)

    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id"), index=True)
    message_id: Mapped[str] = mapped_column(Text)


class Call(Replicable, Base):
    """A phone call logged by hand: who, when, how long, about what, and what came of it."""

    __tablename__ = "calls"
    __table_args__ = (Index("ix_calls_at", "at"), Index("ix_calls_phone", "phone_normalized"))

    at: Mapped[datetime] = mapped_column(UtcDateTime)
    direction: Mapped[str] = mapped_column(String(3))  # in | out
    phone: Mapped[str] = mapped_column(String(40), default="")
    phone_normalized: Mapped[str] = mapped_column(String(40), default="")
    contact_id: Mapped[str | None] = mapped_column(ForeignKey("contacts.id"), default=None)
    case_id: Mapped[str | None] = mapped_column(ForeignKey("cases.id"), default=None)
    seconds: Mapped[int] = mapped_column(Integer, default=0)
    category: Mapped[str | None] = mapped_column(String(40), default=None)
    summary: Mapped[str] = mapped_column(Text, default="")
    outcome: Mapped[str] = mapped_column(Text, default="")
    follow_up: Mapped[bool] = mapped_column(Boolean, default=False)
    agent: Mapped[str] = mapped_column(String(100), default="")
    recording_path: Mapped[str | None] = mapped_column(Text, default=None)
