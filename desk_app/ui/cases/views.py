"""The case list's saved views and filters: which cases a view shows, and in what order."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication

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

