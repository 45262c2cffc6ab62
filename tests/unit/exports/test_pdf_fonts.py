"""Finding a Japanese font for the PDF in a system's font folders (set up here in temporary ones)."""

from __future__ import annotations

from pathlib import Path

import pytest
from fontTools.ttLib import TTFont

from desk_app.core.errors import DeskAppError, ErrorCode
from desk_app.exports.fonts import JapaneseFont, find_japanese_font, font_dirs


def touch(folder: Path, *names: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for name in names:
        (folder / name).write_bytes(b"")


def test_no_japanese_font_is_a_clear_error(tmp_path: Path) -> None:
    touch(tmp_path / "fonts", "DejaVuSans.ttf")
    with pytest.raises(DeskAppError) as missing:
        find_japanese_font([tmp_path / "fonts", tmp_path / "absent"])
    assert missing.value.code is ErrorCode.NOT_FOUND
    assert "fonts-noto-cjk" in missing.value.detail and "Yu Gothic" in missing.value.detail


def test_a_family_without_bold_uses_its_regular_face_for_both(tmp_path: Path) -> None:
    touch(tmp_path / "opentype" / "ipaexfont-gothic", "ipaexg.ttf")
    found = find_japanese_font([tmp_path])
    assert found.family == "IPAexGothic"
    assert found.regular == found.bold and found.regular.path.name == "ipaexg.ttf"


def test_the_preferred_family_wins_and_windows_names_match_in_any_case(tmp_path: Path) -> None:
    touch(tmp_path / "user", "MEIRYO.TTC", "MEIRYOB.TTC")
    assert find_japanese_font([tmp_path / "user"]).bold.path.name == "MEIRYOB.TTC"
    touch(tmp_path / "system", "YuGothM.ttc", "YuGothB.ttc")
    assert find_japanese_font([tmp_path / "user", tmp_path / "system"]).family == "Yu Gothic"


def test_macos_names_match_whatever_their_unicode_form(tmp_path: Path) -> None:
    # HFS+ and some copies decompose ゴ into コ and a combining voiced mark.
    touch(tmp_path, "ヒラキ\u3099ノ角コ\u3099シック W3.ttc")
    assert find_japanese_font([tmp_path]).family == "Hiragino Sans"


def test_the_japanese_face_of_a_cjk_collection_is_chosen(japanese_font: JapaneseFont, tmp_path: Path) -> None:
    if japanese_font.regular.path.suffix.casefold() != ".ttc":
        pytest.skip("the installed Japanese font is not a collection")
    (tmp_path / japanese_font.regular.path.name).symlink_to(japanese_font.regular.path)
    found = find_japanese_font([tmp_path])
    assert found.regular == found.bold  # no bold file beside it
    with TTFont(str(found.regular.path), fontNumber=found.regular.index, lazy=True) as face:
        name = face["name"].getBestFamilyName()
    assert name.startswith(("Noto Sans CJK JP", "Yu Gothic", "Meiryo", "Hiragino", "MS Gothic")), name


def test_the_system_font_folders() -> None:
    windows = font_dirs("win32", {"WINDIR": r"D:\Windows", "LOCALAPPDATA": r"C:\Users\hanako\AppData\Local"})
    assert windows == [Path(r"C:\Users\hanako\AppData\Local") / "Microsoft" / "Windows" / "Fonts",
                       Path(r"D:\Windows") / "Fonts"]
    assert Path("/System/Library/Fonts") in font_dirs("darwin", {})
    linux = font_dirs("linux", {"XDG_DATA_HOME": "/home/hanako/.local/share", "XDG_DATA_DIRS": "/opt/share:/usr/share"})
    assert linux[0] == Path("/home/hanako/.local/share/fonts") and linux[-2:] == [Path("/opt/share/fonts"),
                                                                                  Path("/usr/share/fonts")]
    assert Path("/usr/share/fonts") in font_dirs("linux", {})
