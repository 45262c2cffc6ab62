"""Reply templates (定型文): `{placeholder}` filling, with missing values reported, never guessed."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

PLACEHOLDERS = ("customer_name", "order_number", "deadline", "agent_name", "shop_name", "case_id")

# `{name}` is a placeholder; `{{` and `}}` are literal braces.
_TOKEN = re.compile(r"\{\{|\}\}|\{([a-z_][a-z0-9_]*)\}")


@dataclass(frozen=True)
class Rendered:
    """A filled template. Placeholders without a value stay as `{name}` at `gaps` (start, end, name)."""

    text: str
    gaps: tuple[tuple[int, int, str], ...]
    unknown: tuple[str, ...]

    @property
    def complete(self) -> bool:
        """True when every placeholder got a value: only then may the text be sent."""
        return not self.gaps


def render(template: str, values: Mapping[str, str | None]) -> Rendered:
    """Fill `{placeholder}`s from `values`; empty or missing values are left visible as gaps."""
    out: list[str] = []
    gaps: list[tuple[int, int, str]] = []
    unknown: list[str] = []
    position = 0
    length = 0
    for match in _TOKEN.finditer(template):
        literal = template[position : match.start()]
        out.append(literal)
        length += len(literal)
        token = match.group(0)
        name = match.group(1)
        if name is None:
            piece = token[0]  # an escaped brace
        else:
            value = values.get(name)
            if value:
                piece = value
            else:
                piece = token
                gaps.append((length, length + len(piece), name))
                if name not in PLACEHOLDERS and name not in unknown:
                    unknown.append(name)
        out.append(piece)
        length += len(piece)
        position = match.end()
    out.append(template[position:])
    return Rendered("".join(out), tuple(gaps), tuple(unknown))


def find_gaps(text: str) -> tuple[tuple[int, int, str], ...]:
    """Placeholders still unfilled in an edited text (what blocks sending)."""
    return render(text, {}).gaps
