"""A Japanese font for the PDF, found at run time in the system's font folders.

fpdf2 embeds a subset of TrueType and OpenType/CFF fonts, single files or collections (.ttc), so
the fonts the systems ship are used as they are: Noto Sans CJK or IPAexGothic on Linux, Yu Gothic
or Meiryo on Windows, Hiragino on macOS. The first family in `FAMILIES` that is installed wins.
"""

from __future__ import annotations

import os
import sys
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from fontTools.ttLib import TTCollection, TTLibError

from desk_app.core.errors import DeskAppError, ErrorCode


@dataclass(frozen=True)
class FontFile:
    """One face: a font file and, in a collection, the number of the face within it."""

    path: Path
    index: int = 0


@dataclass(frozen=True)
class JapaneseFont:
    """The faces the PDF is set in; `bold` is the regular face again for a family without one."""

    family: str
    regular: FontFile
    bold: FontFile


@dataclass(frozen=True)
class Family:
    """A family as it is installed: its file names (any one of them) and, in a collection, the
    name its Japanese face starts with (a Noto CJK collection holds the Chinese and Korean too)."""

    name: str
    regular: tuple[str, ...]
    bold: tuple[str, ...] = ()
    face: str = ""


FAMILIES: tuple[Family, ...] = (
    Family("Noto Sans CJK JP", ("NotoSansCJK-Regular.ttc", "NotoSansCJKjp-Regular.otf", "NotoSansJP-Regular.otf"),
           ("NotoSansCJK-Bold.ttc", "NotoSansCJKjp-Bold.otf", "NotoSansJP-Bold.otf"), face="Noto Sans CJK JP"),
    Family("IPAexGothic", ("ipaexg.ttf",)),
    Family("Yu Gothic", ("YuGothM.ttc", "YuGothR.ttc"), ("YuGothB.ttc",), face="Yu Gothic"),
    Family("Meiryo", ("meiryo.ttc",), ("meiryob.ttc",), face="Meiryo"),
    Family("Hiragino Sans", ("ヒラギノ角ゴシック W3.ttc",), ("ヒラギノ角ゴシック W6.ttc",), face="Hiragino"),
    Family("IPAGothic", ("ipag.ttf",)),
    Family("MS Gothic", ("msgothic.ttc",), face="MS Gothic"),
)

# Said when none is installed (the CLI words it as "not found: …").
MISSING = ("a Japanese font for the PDF: install fonts-noto-cjk or fonts-ipaexfont-gothic "
           "(Windows: Yu Gothic or Meiryo; macOS: Hiragino)")


def font_dirs(platform: str = sys.platform, env: Mapping[str, str] = os.environ) -> list[Path]:
    """The folders a system keeps its fonts in, the user's own first."""
    home = Path.home()
    if platform == "win32":
        dirs = [Path(env["LOCALAPPDATA"]) / "Microsoft" / "Windows" / "Fonts"] if env.get("LOCALAPPDATA") else []
        return [*dirs, Path(env.get("WINDIR", r"C:\Windows")) / "Fonts"]
    if platform == "darwin":
        return [home / "Library" / "Fonts", Path("/Library/Fonts"), Path("/System/Library/Fonts")]
    data_home = Path(env.get("XDG_DATA_HOME") or home / ".local" / "share")
    data_dirs = [Path(d) for d in (env.get("XDG_DATA_DIRS") or "/usr/local/share:/usr/share").split(":") if d]
    return [data_home / "fonts", home / ".fonts", *(d / "fonts" for d in data_dirs)]


def find_japanese_font(dirs: Sequence[Path] | None = None) -> JapaneseFont:
    """The first family of `FAMILIES` installed in `dirs` (default: the system's font folders,
    searched with their sub-folders). NOT_FOUND when there is none."""
    files = _index(font_dirs() if dirs is None else dirs)
    for family in FAMILIES:
        regular = _first(files, family.regular)
        if regular is None:
            continue
        bold = _first(files, family.bold) or regular
        return JapaneseFont(family.name, _face(regular, family.face), _face(bold, family.face))
    raise DeskAppError(ErrorCode.NOT_FOUND, MISSING)


def _key(name: str) -> str:
    # macOS may hand back decomposed kana (ゴ as コ + ゛); Windows names differ in case.
    return unicodedata.normalize("NFC", name).casefold()


def _index(dirs: Iterable[Path]) -> dict[str, Path]:
    """Every font file under `dirs` by its name; the first folder to hold a name wins."""
    files: dict[str, Path] = {}
    for root in dirs:
        for folder, _subdirs, names in os.walk(root):
            for name in names:
                files.setdefault(_key(name), Path(folder) / name)
    return files


def _first(files: Mapping[str, Path], names: Iterable[str]) -> Path | None:
    return next((files[_key(n)] for n in names if _key(n) in files), None)


def _face(path: Path, prefix: str) -> FontFile:
    """In a collection, the first face whose family name starts with `prefix` (else the first)."""
    if path.suffix.casefold() != ".ttc" or not prefix:
        return FontFile(path)
    try:
        # Opened here, not by fontTools: it leaves the file open when the header is bad.
        with path.open("rb") as stream:
            names = [font["name"].getBestFamilyName() or "" for font in TTCollection(stream, lazy=True).fonts]
    except (OSError, KeyError, TTLibError):
        return FontFile(path)  # fpdf2 says what is wrong with it when it loads it
    return FontFile(path, next((i for i, name in enumerate(names) if name.startswith(prefix)), 0))
