"""Recipient fields as the agent types them: `佐藤 花子 <hanako@example.jp>, "Sato, H" <h@x.jp>`."""

from __future__ import annotations

from collections.abc import Sequence

# A separator outside quotes and angle brackets ends one recipient. Japanese keyboards type the
# full-width forms easily, so they separate too.
SEPARATORS = frozenset(",;、，；")


def split_addresses(text: str) -> tuple[str, ...]:
    """The recipients in a To/Cc field, trimmed, empty ones dropped; a comma in quotes is kept."""
    found: list[str] = []
    current: list[str] = []
    quoted = False
    angle = False
    escaped = False
    for char in text:
        if escaped:
            escaped = False
        elif char == "\\" and quoted:
            escaped = True
        elif char == '"' and not angle:
            quoted = not quoted
        elif char == "<" and not quoted:
            angle = True
        elif char == ">" and not quoted:
            angle = False
        elif char in SEPARATORS and not quoted and not angle:
            found.append("".join(current))
            current = []
            continue
        current.append(char)
    found.append("".join(current))
    return tuple(part.strip() for part in found if part.strip())


def join_addresses(addresses: Sequence[str]) -> str:
    """The field text for stored recipients."""
    return ", ".join(addresses)
