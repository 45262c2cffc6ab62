"""Reading a record's line item: the same cells give the same line (kept, not read again), bad cells
are refused every time, and what is kept stays bounded."""

from __future__ import annotations

import pytest

from desk_app.sales import rows
from desk_app.sales.records import ImportedLine, SkipReason
from desk_app.sales.rows import LineColumns, RowError

# The cells: sku, name, quantity, unit price (or line total), then the ABSENT one.
BY_PRICE = LineColumns(sku=0, product=1, quantity=2, unit_price=3)


def test_a_line_read_again_is_the_one_kept() -> None:
    columns = LineColumns(sku=0, product=1, quantity=2, unit_price=3)
    first = columns.read([" YU-1 ", "湯呑み", "2", "¥1,980", ""])
    assert first == ImportedLine("YU-1", "湯呑み", 2, 1980)
    assert columns.read([" YU-1 ", "湯呑み", "2", "¥1,980", ""]) is first
    assert columns.read(["YU-1", "湯呑み", "3", "¥1,980", ""]) == ImportedLine("YU-1", "湯呑み", 3, 1980)


def test_without_a_unit_price_the_line_total_is_shared_out() -> None:
    columns = LineColumns(sku=0, product=1, quantity=2, unit_price=-1, line_total=3)
    assert columns.read(["", "急須", "3", "1000", ""]) == ImportedLine("急須", "急須", 3, 333)


@pytest.mark.parametrize(("cells", "reason", "value"), [
    (["", " ", "1", "100", ""], SkipReason.NO_ITEM, ""),
    (["A", "a", "x", "100", ""], SkipReason.BAD_QUANTITY, "x"),
    (["A", "a", "1", "1.50", ""], SkipReason.BAD_AMOUNT, "1.50"),
])
def test_bad_cells_are_refused_every_time(cells: list[str], reason: SkipReason, value: str) -> None:
    for _ in range(2):
        with pytest.raises(RowError) as refused:
            BY_PRICE.read(cells)
        assert (refused.value.reason, refused.value.value) == (reason, value)


def test_the_lines_kept_are_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(rows, "LINES_KEPT", 3)
    columns = LineColumns(sku=0, product=1, quantity=2, unit_price=3)
    read = [columns.read([f"S-{n}", "皿", "1", "100", ""]) for n in range(7)]
    assert len(columns._read) <= 3
    assert [line.sku for line in read] == [f"S-{n}" for n in range(7)]
