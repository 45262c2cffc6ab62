"""Everything the Statements page shows of one agent's month, read together in the background."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from desk_app.core.clock import next_month, parse_month
from desk_app.core.pieces import AUTOMATIC_KINDS, WorkPiece, kind_order
from desk_app.core.statements import MonthlyStatement
from desk_app.services.context import Services


@dataclass(frozen=True)
class MonthView:
    """A statement with what the page needs around it. `agent` is as asked (None: the local
    agent); `manual_kinds` are the rate cards' kinds that are entered by hand; `issuer` is the
    shop that pays; `today` is the desk's calendar day when it was read."""

    month: str
    agent: str | None
    statement: MonthlyStatement
    voided: tuple[WorkPiece, ...]
    manual_kinds: tuple[str, ...]
    agents: tuple[str, ...]
    issuer: str
    today: date

    @property
    def first_day(self) -> date:
        return parse_month(self.month)

    @property
    def last_day(self) -> date:
        return next_month(self.first_day) - timedelta(days=1)

    @property
    def month_over(self) -> bool:
        """Whether the month has ended (only then can it be approved)."""
        return self.today > self.last_day


def read_month(services: Services, month: str, agent: str | None, today: date) -> MonthView:
    """Read `agent`'s `month` (runs on a pool thread: services only, no widgets)."""
    statement = services.statements.statement(month, agent)
    voided = tuple(p for p in services.work.pieces(month, agent) if p.voided)
    cards = services.rates.cards(agent)
    kinds = sorted({kind for card in cards for kind in card.rates} - AUTOMATIC_KINDS, key=kind_order)
    return MonthView(month, agent, statement, voided, tuple(kinds), tuple(services.statements.agents()),
                     services.settings.shop_name, today)
