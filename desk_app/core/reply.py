"""Reply conventions: subject, recipients, References chain, and the quoted original."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from zoneinfo import ZoneInfo

from desk_app.core.clock import WEEKDAYS_JA
from desk_app.core.threads import strip_reply_prefixes

_WEEKDAYS_EN = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def reply_subject(subject: str) -> str:
    """`Re: ` once, however many reply prefixes (Re:, RE:, Ｒｅ：, 返信:) the original had."""
    text = strip_reply_prefixes(subject)
    return f"Re: {text}" if text else "Re:"


def forward_subject(subject: str) -> str:
    return f"Fwd: {subject.strip()}"


def references_for(message_id: str | None, references: Sequence[str]) -> tuple[str, ...]:
    """The References of a reply: the original's chain plus the original itself."""
    chain = [r for r in references if r]
    if message_id and message_id not in chain:
        chain.append(message_id)
    return tuple(chain)


def reply_all_recipients(
    sender: str, to: Sequence[str], cc: Sequence[str], own_addresses: Sequence[str]
) -> tuple[list[str], list[str]]:
    """(to, cc) for reply-all: the sender to To, everyone else to Cc, never ourselves, no repeats."""
    own = {a.lower() for a in own_addresses}
    seen: set[str] = set()

    def keep(entries: Sequence[str]) -> list[str]:
        kept = []
        for entry in entries:
            address = recipient_address(entry)
            if address and address not in own and address not in seen:
                seen.add(address)
                kept.append(entry)
        return kept

    return keep([sender]), keep([*to, *cc])


def recipient_address(entry: str) -> str:
    """The address of a recipient entry (`山田 花子 <Hanako@Example.jp>` or bare), lower-cased
    as contacts' addresses are matched."""
    if "<" in entry and ">" in entry:
        return entry[entry.rindex("<") + 1 : entry.rindex(">")].strip().lower()
    return entry.strip().lower()


def attribution(sent: datetime | None, name: str, lang: str, zone: str) -> str:
    """The line above a quote: `2026年11月2日(月) 10:00 山田様 wrote:` (ja) or `On Mon, 2 Nov 2026 10:00, 山田 wrote:`."""
    who = name or "?"
    if sent is None:
        return f"{who}様 wrote:" if lang == "ja" else f"{who} wrote:"
    local = sent.astimezone(ZoneInfo(zone))
    if lang == "ja":
        weekday = WEEKDAYS_JA[local.weekday()]
        return f"{local.year}年{local.month}月{local.day}日({weekday}) {local:%H:%M} {who}様 wrote:"
    weekday = _WEEKDAYS_EN[local.weekday()]
    return f"On {weekday}, {local.day} {_MONTHS_EN[local.month - 1]} {local.year} {local:%H:%M}, {who} wrote:"


def quote(text: str) -> str:
    """Every line prefixed with `> ` (`>` alone on empty lines), trailing blank lines dropped."""
    lines = text.rstrip().splitlines() or [""]
    return "\n".join(f"> {line}" if line else ">" for line in lines)


def reply_body(new_text: str, signature: str, attribution_line: str, original_text: str) -> str:
    """The new text, the signature, then the attributed quote of the original."""
    parts = [new_text.rstrip()]
    if signature.strip():
        parts.append("-- \n" + signature.strip())
    parts.append(attribution_line + "\n" + quote(original_text))
    return "\n\n".join(parts) + "\n"
