"""The case list's saved views and filters: which cases a view shows, in what order, and how the
chosen ones are remembered between sessions."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import datetime
from enum import StrEnum
from zoneinfo import ZoneInfo

from PySide6.QtCore import QByteArray, QCoreApplication

from desk_app.core.cases import CaseStatus, is_open
from desk_app.core.categories import group_of, is_claim
from desk_app.core.records import CaseSummary

translate = QCoreApplication.translate


class SavedView(StrEnum):
    """The ready-made views of the case list."""

    MINE_OPEN = "mine_open"
    OVERDUE = "overdue"
    DUE_TODAY = "due_today"
    CLAIMS = "claims"
    WAITING = "waiting"
    AFTER_FOLLOW = "after_follow"
    ALL = "all"


def view_label(view: SavedView) -> str:
    """The translated name of a saved view."""
    labels = {
        SavedView.MINE_OPEN: translate("cases", "Mine open"),
        SavedView.OVERDUE: translate("cases", "Overdue"),
        SavedView.DUE_TODAY: translate("cases", "Due today"),
        SavedView.CLAIMS: translate("cases", "Claims by category"),
        SavedView.WAITING: translate("cases", "Waiting"),
        SavedView.AFTER_FOLLOW: translate("cases", "After-follow due"),
        SavedView.ALL: translate("cases", "All"),
    }
    return labels[view]


@dataclass(frozen=True)
class CaseListData:
    """What one background load brings: every case, plus the facts the summaries lack."""

    rows: tuple[CaseSummary, ...] = ()
    mine: frozenset[str] = frozenset()  # open cases whose agent is the desk's agent
    after_follow: frozenset[str] = frozenset()  # closed cases whose after-follow date has come


@dataclass(frozen=True)
class CaseFilter:
    """The saved view plus the filter bar's narrowing (status, category group, text)."""

    view: SavedView = SavedView.ALL
    status: str | None = None
    group: str | None = None
    text: str = ""


WAITING = frozenset({CaseStatus.WAITING_CUSTOMER, CaseStatus.WAITING_SHOP})


def apply(
    data: CaseListData, chosen: CaseFilter, now: datetime, tz: ZoneInfo
) -> list[CaseSummary]:
    """The cases `chosen` shows, in the view's order (the list's own order unless it says)."""
    keep = _view_test(data, chosen.view, now, tz)
    needle = chosen.text.strip().casefold()
    rows = [
        case for case in data.rows
        if keep(case)
        and (chosen.status is None or case.status == chosen.status)
        and (chosen.group is None or (case.category is not None and group_of(case.category) == chosen.group))
        and (not needle or needle in _haystack(case))
    ]
    if chosen.view is SavedView.CLAIMS:
        rows.sort(key=lambda c: c.category or "")  # stable: deadline order within a category
    return rows


def _view_test(data: CaseListData, view: SavedView, now: datetime, tz: ZoneInfo) -> Callable[[CaseSummary], bool]:
    today = now.astimezone(tz).date()

    def overdue(case: CaseSummary) -> bool:
        return case.deadline is not None and is_open(case.status) and case.deadline < now

    def due_today(case: CaseSummary) -> bool:
        return case.deadline is not None and is_open(case.status) and case.deadline.astimezone(tz).date() == today

    tests: dict[SavedView, Callable[[CaseSummary], bool]] = {
        SavedView.MINE_OPEN: lambda c: c.id in data.mine and is_open(c.status),
        SavedView.OVERDUE: overdue,
        SavedView.DUE_TODAY: due_today,
        SavedView.CLAIMS: lambda c: is_claim(c.category),
        SavedView.WAITING: lambda c: c.status in WAITING,
        SavedView.AFTER_FOLLOW: lambda c: c.id in data.after_follow,
        SavedView.ALL: lambda c: True,
    }
    return tests[view]


def _haystack(case: CaseSummary) -> str:
    return " ".join([case.title, case.contact_name, case.order_number or "", case.category or ""]).casefold()


def encode_filter(chosen: CaseFilter) -> bytes:
    """The filter as a small JSON document (kept in the window-state file)."""
    return json.dumps(asdict(chosen), ensure_ascii=False).encode()


def decode_filter(data: bytes) -> CaseFilter | None:
    """A filter read back; None for anything unreadable (an older or damaged file keeps the defaults).
    A field that no longer makes sense (an unknown view) falls back to its default alone."""
    try:
        stored = json.loads(data.decode())
    except (UnicodeDecodeError, ValueError):
        return None
    if not isinstance(stored, dict):
        return None
    view = stored.get("view")
    status, group, text = stored.get("status"), stored.get("group"), stored.get("text")
    return CaseFilter(
        view=SavedView(view) if view in {v.value for v in SavedView} else SavedView.ALL,
        status=status if isinstance(status, str) else None,
        group=group if isinstance(group, str) else None,
        text=text if isinstance(text, str) else "",
    )


class FilterMemory:
    """The chosen view and filters as one layout part of the window-state store (which keeps parts
    that have saveState/restoreState, like a splitter)."""

    def __init__(self, current: Callable[[], CaseFilter], choose: Callable[[CaseFilter], None]) -> None:
        self._current = current
        self._choose = choose

    def saveState(self) -> QByteArray:
        return QByteArray(encode_filter(self._current()))

    def restoreState(self, state: QByteArray | bytes) -> bool:
        chosen = decode_filter(bytes(state))
        if chosen is not None:
            self._choose(chosen)
        return chosen is not None
