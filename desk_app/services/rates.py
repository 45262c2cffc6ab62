"""Rate cards: yen per piece kind and tax terms per agent, each in force from a calendar day."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from datetime import date

from desk_app.core.errors import DeskAppError, ErrorCode
from desk_app.core.pieces import RateCard, card_on, is_valid_kind
from desk_app.core.tax import (
    TaxMode,
    TaxRounding,
    TaxTerms,
    is_valid_registration_number,
    normalize_registration_number,
)
from desk_app.services.owner import OwnerService
from desk_app.services.settings import Settings
from desk_app.store import pay_repo, statements_repo
from desk_app.store.db import Database

MAX_RATE_YEN = 10_000_000


class RateService:
    """Reading and setting an agent's rate cards (setting is the owner's step once a passphrase is set)."""

    def __init__(self, db: Database, settings: Settings, owner: OwnerService) -> None:
        self._db = db
        self._settings = settings
        self._owner = owner

    def cards(self, agent: str | None = None) -> list[RateCard]:
        """The agent's cards, oldest first (the local agent without `agent`)."""
        with self._db.read() as session:
            return pay_repo.rate_cards(session, agent or self._settings.agent_name)

    def set(self, *, effective_from: date, rates: Mapping[str, int] | None = None, agent: str | None = None,
            tax_percent: int | None = None, tax_mode: TaxMode | None = None, tax_rounding: TaxRounding | None = None,
            registration_number: str | None = None, min_call_seconds: int | None = None,
            passphrase: str | None = None) -> RateCard:
        """Put a card in force from `effective_from`. Whatever is not given (a kind's rate, the tax
        terms, the minimum call length) keeps its value from the card in force that day;
        `registration_number=""` removes the number. Refused for a day in or before an approved
        month (MONTH_LOCKED): the new rates would reach back into it."""
        self._owner.require(passphrase)
        rates = dict(rates or {})
        for kind, yen in rates.items():
            if not is_valid_kind(kind):
                raise DeskAppError(ErrorCode.INVALID_INPUT, f"kind {kind!r} (lowercase letters, digits, _)")
            if isinstance(yen, bool) or not isinstance(yen, int) or not 0 <= yen <= MAX_RATE_YEN:
                raise DeskAppError(ErrorCode.INVALID_INPUT, f"rate {kind}={yen!r} (whole yen, 0 or more)")
        if tax_percent is not None and not 0 <= tax_percent <= 100:
            raise DeskAppError(ErrorCode.INVALID_INPUT, f"tax percent {tax_percent}")
        if min_call_seconds is not None and min_call_seconds < 0:
            raise DeskAppError(ErrorCode.INVALID_INPUT, f"minimum call seconds {min_call_seconds}")
        if registration_number:
            registration_number = normalize_registration_number(registration_number)
            if not is_valid_registration_number(registration_number):
                raise DeskAppError(ErrorCode.INVALID_INPUT,
                                   f"registration number {registration_number} (T and 13 digits, check digit first)")
        agent = agent or self._settings.agent_name
        with self._db.write() as session:
            locked = statements_repo.last_locked_month(session, agent)
            if locked is not None and locked >= f"{effective_from:%Y-%m}":
                raise DeskAppError(ErrorCode.MONTH_LOCKED, locked)
            previous = card_on(pay_repo.rate_cards(session, agent), effective_from)
            terms = previous.tax if previous is not None else TaxTerms()
            card = RateCard(
                effective_from=effective_from,
                rates={**(previous.rates if previous else {}), **rates},
                min_call_seconds=min_call_seconds if min_call_seconds is not None else (
                    previous.min_call_seconds if previous else 0),
                tax=replace(
                    terms,
                    rate_percent=terms.rate_percent if tax_percent is None else tax_percent,
                    mode=tax_mode or terms.mode,
                    rounding=tax_rounding or terms.rounding,
                    registration_number=terms.registration_number if registration_number is None
                    else registration_number or None,
                ),
                agent=agent,
            )
            return pay_repo.save_card(session, card, self._settings.device_id)
