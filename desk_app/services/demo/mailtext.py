"""Turning a scenario turn into the full text of a mail: salutation, body, closing, signature, quote.

The sentences all come from the banks; this module only frames them the way customers and a shop
write mail in Japan (a customer signs with their name, the desk with the shop's signature block,
and a reply quotes the mail it answers).
"""

from __future__ import annotations

import random
from collections.abc import Mapping
from datetime import datetime

from desk_app.services.demo.bank import Bank
from desk_app.services.demo.timeline import DeskClock

ORDER_REF_FORMS = ("#{n}", "注文番号：{n}", "ご注文番号 {n}", "注文番号{n}", "注文番号 #{n}")


class MailText:
    """Frames scenario bodies as customer mails and desk replies."""

    def __init__(self, bank: Bank, desk: DeskClock) -> None:
        self._bank = bank
        self._desk = desk
        self._texts = bank.texts
        shop = bank.shop
        self.shop_values = {
            "shop": shop["name"],
            "agent": shop["agent"],
            "shop_email": shop["email"],
            "shop_phone": shop["phone"],
            "hours": shop["hours"],
            "invoice_number": shop["invoice_number"],
        }
        self._signature = "\n".join(self._texts["signature"]).format_map(self.shop_values)

    @property
    def signature(self) -> str:
        """The desk's signature block."""
        return self._signature

    @staticmethod
    def order_ref(rng: random.Random, number: str) -> str:
        """An order number the way a customer might write it: `#1042`, `注文番号：1042`, …"""
        return rng.choice(ORDER_REF_FORMS).format(n=number.lstrip("#"))

    def fill(self, template: str, values: Mapping[str, str]) -> str:
        """`template` with its `{placeholders}` replaced (shop values included)."""
        return template.format_map({**self.shop_values, **values})

    def quote(self, when: datetime, sender: str, text: str) -> str:
        """The previous mail quoted below a reply."""
        quoted = "\n".join(f"> {line}" if line else ">" for line in text.splitlines())
        return f"{self._desk.quote_header(when, sender)}\n{quoted}"

    def customer(self, rng: random.Random, body: str, values: Mapping[str, str], *, first: bool,
                 name: str, plain: bool = False) -> str:
        """A customer's mail: salutation and greeting on the first one (unless `plain`: an angry
        customer skips the pleasantries), signed with their name."""
        parts: list[str] = []
        first = first and not plain
        if first:
            salutation = self.fill(rng.choice(self._texts["customer_salutations"]), values)
            if salutation:
                parts += [salutation, ""]
            greeting = rng.choice(self._texts["customer_greetings"])
            if greeting:
                parts.append(greeting)
        parts.append(self.fill(body, values))
        if first:
            parts += ["", rng.choice(self._texts["customer_closings"])]
        parts += ["", name]
        return "\n".join(parts)

    def agent(self, rng: random.Random, body: str, values: Mapping[str, str], *, customer: str) -> str:
        """A desk reply: addressed to the customer, introduced, closed and signed."""
        parts = [
            f"{customer} 様",
            "",
            self.fill(rng.choice(self._texts["agent_intro"]), values),
            "",
            self.fill(body, values),
            "",
            self.fill(rng.choice(self._texts["agent_closings"]), values),
            "",
            self._signature,
        ]
        return "\n".join(parts)

    def with_quote(self, own: str, previous: tuple[datetime, str, str] | None) -> str:
        """`own` text followed by the quoted previous mail, if any."""
        if previous is None:
            return own
        return f"{own}\n\n{self.quote(*previous)}\n"
