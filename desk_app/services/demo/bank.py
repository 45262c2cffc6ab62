"""The demo's content banks (`resources/demo/<lang>/*.json`) read into typed, checked records.

The banks hold everything written in Japanese: the shop and its products, the customers, the
conversation scenarios for every category key, and the call summaries. Generation only picks and
combines; it writes no sentences of its own.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from desk_app.core.cases import Responsibility
from desk_app.core.categories import CATEGORY_KEYS
from desk_app.paths import AppPaths

AUDIENCES = frozenset({"product", "site", "logistics"})


class BankError(ValueError):
    """A content bank is missing something generation relies on."""


@dataclass(frozen=True)
class Product:
    """A product of the demo shop; `weight` is its relative popularity."""

    sku: str
    name: str
    price: int
    category: str
    weight: int


@dataclass(frozen=True)
class Customer:
    """A named customer of the bank (becomes a Contact)."""

    name: str
    kana: str
    emails: tuple[str, ...]
    phones: tuple[str, ...]
    unreasonable_criteria: dict[str, bool] | None
    unreasonable_note: str


@dataclass(frozen=True)
class Turn:
    """One mail of a scenario: who writes it, its lines, and an optional attachment kind."""

    sender: str  # customer | agent
    text: str
    attach: str | None


@dataclass(frozen=True)
class Closing:
    """How a claim scenario's case is closed."""

    cause: str
    responsibility: str
    recovery: str
    prevention_note: str
    audience: tuple[str, ...]


@dataclass(frozen=True)
class Scenario:
    """A conversation for one category: subject, turns, case title, notes and closing."""

    id: str
    category: str
    products: tuple[str, ...]
    needs_order: bool
    weight: int
    title: str
    subject: str
    turns: tuple[Turn, ...]
    notes: tuple[str, ...]
    closing: Closing | None
    unreasonable: bool
    order_effect: str | None
    after_follow: bool
    plain: bool  # the customer writes without salutation, greeting or closing


@dataclass(frozen=True)
class CallTemplate:
    """A call summary for one category."""

    category: str
    direction: str
    summary: str
    outcome: str
    follow_up: bool


@dataclass(frozen=True)
class PhoneCase:
    """A case that starts with a call: its title, first call, follow-up call and closing."""

    category: str
    title: str
    summary: str
    outcome: str
    followup: str
    closing: Closing | None
    unreasonable: bool


@dataclass(frozen=True)
class Bank:
    """All content banks of one language."""

    shop: dict[str, str]
    texts: dict[str, Any]
    products: tuple[Product, ...]
    bundles: tuple[tuple[str, str, float], ...]
    often_two: frozenset[str]
    customers: tuple[Customer, ...]
    people: dict[str, Any]
    scenarios: tuple[Scenario, ...]
    calls: tuple[CallTemplate, ...]
    phone_cases: tuple[PhoneCase, ...]
    call_texts: dict[str, Any]

    def product(self, sku: str) -> Product:
        """The product with `sku` (KeyError if the bank has none)."""
        for product in self.products:
            if product.sku == sku:
                return product
        raise KeyError(sku)


def default_dir(lang: str = "ja") -> Path:
    """Where the bundled banks of `lang` live."""
    return AppPaths.resources_dir() / "demo" / lang


def _read(folder: Path, name: str) -> dict[str, Any]:
    with (folder / name).open(encoding="utf-8") as handle:
        return json.load(handle)


def _closing(raw: dict[str, Any] | None) -> Closing | None:
    if not raw:
        return None
    return Closing(
        cause=raw["cause"],
        responsibility=raw["responsibility"],
        recovery=raw["recovery"],
        prevention_note=raw["prevention_note"],
        audience=tuple(raw["audience"]),
    )


def _scenario(raw: dict[str, Any]) -> Scenario:
    return Scenario(
        id=raw["id"],
        category=raw["category"],
        products=tuple(raw.get("products", ())),
        needs_order=bool(raw.get("order", False)),
        weight=int(raw.get("weight", 1)),
        title=raw["title"],
        subject=raw["subject"],
        turns=tuple(Turn(t["from"], "\n".join(t["text"]), t.get("attach")) for t in raw["messages"]),
        notes=tuple(raw.get("notes", ())),
        closing=_closing(raw.get("closing")),
        unreasonable=bool(raw.get("unreasonable", False)),
        order_effect=raw.get("order_effect"),
        after_follow=bool(raw.get("after_follow", False)),
        plain=bool(raw.get("plain", False)),
    )


def _customer(raw: dict[str, Any]) -> Customer:
    flag = raw.get("unreasonable") or {}
    return Customer(
        name=raw["name"],
        kana=raw["kana"],
        emails=tuple(raw["emails"]),
        phones=tuple(raw["phones"]),
        unreasonable_criteria=dict(flag["criteria"]) if flag else None,
        unreasonable_note=flag.get("note", ""),
    )


def _check_closing(name: str, closing: Closing | None) -> None:
    if closing and (closing.responsibility not in set(Responsibility)
                    or not set(closing.audience) <= AUDIENCES):
        raise BankError(f"{name}: bad closing fields")


def _check(bank: Bank) -> None:
    skus = {p.sku for p in bank.products}
    categories = {s.category for s in bank.scenarios}
    missing = [k for k in CATEGORY_KEYS if k not in categories]
    if missing:
        raise BankError(f"no scenario for {', '.join(missing)}")
    for scenario in bank.scenarios:
        if scenario.category not in CATEGORY_KEYS:
            raise BankError(f"{scenario.id}: unknown category {scenario.category}")
        senders = [t.sender for t in scenario.turns]
        if senders != ["customer", "agent"] * (len(senders) // 2) + ["customer"] * (len(senders) % 2):
            raise BankError(f"{scenario.id}: turns must alternate, customer first")
        if not set(scenario.products) <= skus:
            raise BankError(f"{scenario.id}: unknown product")
        _check_closing(scenario.id, scenario.closing)
    for phone_case in bank.phone_cases:
        if phone_case.category not in CATEGORY_KEYS:
            raise BankError(f"phone case {phone_case.title}: unknown category")
        _check_closing(phone_case.title, phone_case.closing)
    for a, b, _p in bank.bundles:
        if a not in skus or b not in skus:
            raise BankError(f"bundle {a}+{b}: unknown product")
    if not any(c.unreasonable_criteria for c in bank.customers):
        raise BankError("no unreasonable claimant among the customers")


@lru_cache(maxsize=4)
def load_bank(folder: Path | None = None) -> Bank:
    """Read and check the banks in `folder` (the bundled Japanese ones by default); cached."""
    folder = folder or default_dir()
    shop = _read(folder, "shop.json")
    people = _read(folder, "customers.json")
    calls = _read(folder, "calls.json")
    scenarios = _read(folder, "claims.json")["scenarios"] + _read(folder, "inquiries.json")["scenarios"]
    bank = Bank(
        shop=shop["shop"],
        texts={k: v for k, v in shop.items() if k not in {"shop", "products", "bundles", "often_two"}},
        products=tuple(Product(p["sku"], p["name"], p["price"], p["category"], p["weight"])
                       for p in shop["products"]),
        bundles=tuple((a, b, float(p)) for a, b, p in shop["bundles"]),
        often_two=frozenset(shop.get("often_two", ())),
        customers=tuple(_customer(c) for c in people["customers"]),
        people={k: v for k, v in people.items() if k != "customers"},
        scenarios=tuple(_scenario(s) for s in scenarios),
        calls=tuple(
            CallTemplate(category, c["direction"], c["summary"], c["outcome"], bool(c.get("follow_up")))
            for category, entries in calls["calls"].items()
            for c in entries
        ),
        phone_cases=tuple(
            PhoneCase(c["category"], c["title"], c["summary"], c["outcome"], c["followup"],
                      _closing(c.get("closing")), bool(c.get("unreasonable")))
            for c in calls["phone_cases"]
        ),
        call_texts={k: v for k, v in calls.items() if k not in {"calls", "phone_cases"}},
    )
    _check(bank)
    return bank
