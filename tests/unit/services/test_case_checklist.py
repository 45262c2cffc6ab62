"""The manual checklist ticked on a case: kept per section, in a real SQLite file, across reopening."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from desk_app.core.errors import DeskAppError, ErrorCode
from desk_app.paths import AppPaths
from desk_app.services.context import Services

NOW = datetime(2026, 11, 29, 3, 0, tzinfo=UTC)


def open_services(folder: Path) -> Services:
    return Services.open(AppPaths(data_dir=folder, db_file=folder / "shop.db"))


@pytest.fixture
def services(tmp_path: Path) -> Iterator[Services]:
    opened = open_services(tmp_path)
    opened.demo.load(NOW)
    yield opened
    opened.close()


def a_case(services: Services) -> str:
    return services.support.cases()[0].id


def test_ticks_are_kept_per_section_as_step_indexes(services: Services) -> None:
    case_id = a_case(services)
    assert services.cases.get(case_id).checklist == {}
    assert services.cases.set_checklist(case_id, "delivery-damaged", [True, False, True, False]) == (0, 2)
    services.cases.set_checklist(case_id, "unreasonable-claimants", [False, True])
    assert services.cases.get(case_id).checklist == {"delivery-damaged": (0, 2), "unreasonable-claimants": (1,)}
    services.cases.set_checklist(case_id, "delivery-damaged", [False, True, True, True])
    assert services.cases.get(case_id).checklist["delivery-damaged"] == (1, 2, 3)


def test_unticking_every_step_drops_the_section(services: Services) -> None:
    case_id = a_case(services)
    services.cases.set_checklist(case_id, "delivery-late", [True])
    services.cases.set_checklist(case_id, "delivery-late", [False, False])
    assert services.cases.get(case_id).checklist == {}


def test_ticks_survive_closing_the_database(tmp_path: Path) -> None:
    first = open_services(tmp_path)
    first.demo.load(NOW)
    case_id = a_case(first)
    first.cases.set_checklist(case_id, "payment-method", [False, False, True])
    first.close()
    again = open_services(tmp_path)
    try:
        assert again.cases.get(case_id).checklist == {"payment-method": (2,)}
    finally:
        again.close()


def test_a_bad_section_id_unknown_case_or_non_bool_tick_is_refused(services: Services) -> None:
    case_id = a_case(services)
    with pytest.raises(DeskAppError) as bad_id:
        services.cases.set_checklist(case_id, "../etc", [True])
    assert bad_id.value.code is ErrorCode.INVALID_INPUT
    with pytest.raises(DeskAppError) as bad_tick:
        services.cases.set_checklist(case_id, "delivery-late", [1])  # type: ignore[list-item]
    assert bad_tick.value.code is ErrorCode.INVALID_INPUT
    with pytest.raises(DeskAppError) as missing:
        services.cases.set_checklist("no-such-case", "delivery-late", [True])
    assert missing.value.code is ErrorCode.NOT_FOUND
    assert services.cases.get(case_id).checklist == {}
