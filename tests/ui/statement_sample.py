"""A month of an agent's pieces for the Statements page tests: March 2025, long over."""

from __future__ import annotations

from datetime import UTC, date, datetime

from desk_app.services.context import Services

MONTH = "2025-03"
PAGE_NOW = datetime(2025, 4, 2, 1, 0, tzinfo=UTC)  # the page opens on April 2025; March is over
RATES = {"email_reply": 150, "call_in": 200, "call_out": 200, "shipment": 80, "return": 120}
PASSPHRASE = "hidamari-2025"


def at(day: int, hour: int = 3) -> datetime:
    return datetime(2025, 3, day, hour, 0, tzinfo=UTC)


def fill_march(services: Services) -> None:
    """A rate card from January 2025; shipments, returns and calls in March 2025."""
    services.rates.set(effective_from=date(2025, 1, 1), rates=RATES)
    services.work.add("shipment", 5, at=at(3), note="本日発送分")
    services.work.add("shipment", 2, at=at(14), note="再配達")
    services.work.add("return", 1, at=at(20), note="サイズ交換の返品")
    services.contacts.add("佐藤 花子", phones=["03-1234-5678"])
    services.calls.log(phone="03-1234-5678", direction="in", minutes=4, category="delivery.late",
                       summary="配送状況の確認", at=at(10))
