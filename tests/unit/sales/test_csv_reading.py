"""Reading export files: the comma split and the csv module agree, line numbers, shapes, encodings."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desk_app.core.errors import DeskAppError
from desk_app.sales.reading import detect_encoding, preview, read_header, read_records


def test_quoted_cells_blank_rows_and_odd_widths(tmp_path: Path) -> None:
    path = tmp_path / "orders.csv"
    path.write_bytes(
        "番号,名前,メモ\r\n"
        "1,\"湯呑み, 大\",\"言った \"\"はい\"\"\"\r\n"  # 2: comma and quotes inside quotes
        "\r\n"  # 3: blank
        "2,5\" 皿,\r\n"  # 4: a lone quote inside an unquoted cell is just a character
        " , , \r\n"  # 5: only spaces
        "3,\"二行\r\nの名前\",x\r\n"  # 6-7
        "4\r\n"  # 8: short
        "5,a,b,c,d\r\n".encode("cp932"))  # 9: long
    assert read_header(path) == ["番号", "名前", "メモ"]
    assert list(read_records(path)) == [
        (2, ["1", "湯呑み, 大", "言った \"はい\"", ""]),
        (4, ["2", "5\" 皿", "", ""]),
        (6, ["3", "二行\r\nの名前", "x", ""]),
        (8, ["4", "", "", ""]),
        (9, ["5", "a", "b", ""]),
    ]


def test_only_the_first_columns_asked_for_are_read(tmp_path: Path) -> None:
    path = tmp_path / "orders.csv"
    path.write_bytes(
        "番号,名前,メモ,住所\r\n"
        "1,湯呑み,x,東京都\r\n"  # 2
        "2,急須\r\n"  # 3: short
        "3,皿,\"a, b\",大阪\r\n"  # 4: quoted, past the columns read
        ",,,愛知\r\n"  # 5: a cell only in a column not read: not blank
        " , ,,\r\n"  # 6: blank
        "4,箸,y,z,extra\r\n".encode("cp932"))  # 7: long
    assert list(read_records(path, columns=2)) == [
        (2, ["1", "湯呑み", ""]),
        (3, ["2", "急須", ""]),
        (4, ["3", "皿", ""]),
        (5, ["", "", ""]),
        (7, ["4", "箸", ""]),
    ]
    assert [cells for _line, cells in read_records(path, columns=9)] == [
        cells for _line, cells in read_records(path)]


cells = st.text(alphabet=st.sampled_from(list("ab,\"\r\n 湯¥1")), max_size=6)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(cells, min_size=3, max_size=3), min_size=1, max_size=8),
       st.sampled_from(["\r\n", "\n"]))
def test_records_are_what_the_csv_module_reads(tmp_path_factory: pytest.TempPathFactory, rows: list[list[str]],
                                               newline: str) -> None:
    text = io.StringIO()
    csv.writer(text, lineterminator=newline).writerows([["a", "b", "c"], *rows])
    path = tmp_path_factory.mktemp("csv") / "rows.csv"
    path.write_bytes(text.getvalue().encode("utf-8"))
    expected = [cells for cells in csv.reader(io.StringIO(text.getvalue(), newline=""))][1:]
    expected = [(row + ["", "", ""])[:3] for row in expected if "".join(row).strip()]  # one cell per column
    assert [cells[:3] for _line, cells in read_records(path)] == expected
    assert [cells[:2] for _line, cells in read_records(path, columns=2)] == [row[:2] for row in expected]


def test_encodings_are_detected_and_previewed(tmp_path: Path) -> None:
    for encoding, name in (("utf-8", "utf-8"), ("utf-8-sig", "utf-8"), ("cp932", "cp932")):
        path = tmp_path / f"{encoding}.csv"
        path.write_bytes("注文ID,商品名\n1,髙橋の箸\n2,急須\n3,皿\n".encode(encoding))
        shown = preview(path, limit=2)
        assert (shown.encoding, shown.header, shown.rows) == (name, ["注文ID", "商品名"], [["1", "髙橋の箸"], ["2", "急須"]])
    assert detect_encoding(tmp_path / "cp932.csv") == "cp932"
    with pytest.raises(DeskAppError):
        detect_encoding(tmp_path / "missing.csv")
