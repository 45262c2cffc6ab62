"""The manual's file format: front matter (good and broken), checklist steps and internal links."""

from __future__ import annotations

from pathlib import Path

import pytest

from desk_app.core.front_matter import FrontMatterError, parse
from desk_app.manual.records import BUNDLED, Problem
from desk_app.manual.sections import DEFAULT_ORDER, UNREASONABLE_CLAIMANT, internal_link, parse_section

GOOD = """\ufeff---
id: delivery-damaged
title: 配送中の破損
# a comment line
categories: [delivery.damaged, "quality.damaged"]
templates: [damaged_item]
order: 320
---

# 配送中の破損

- [ ] 外箱の写真をお願いする
* [x] **在庫**を確認した（[商品の破損](quality-damaged) も参照）
- 普通の箇条書きは手順ではない
```
- [ ] コードの中は手順ではない
```
  - [ ] 入れ子の手順
[外部](https://example.com/a) と [再発防止](recurrence-prevention) と [もう一度](quality-damaged)
"""


def section(text: str, name: str = "delivery-damaged.md"):
    return parse_section(text, Path("/manual") / name, "ja", BUNDLED)


def test_a_good_file_gives_every_field() -> None:
    s = section(GOOD)
    assert (s.id, s.lang, s.title, s.order, s.source) == ("delivery-damaged", "ja", "配送中の破損", 320, BUNDLED)
    assert s.categories == ("delivery.damaged", "quality.damaged")
    assert s.templates == ("damaged_item",)
    assert s.markdown.startswith("# 配送中の破損") and s.markdown.endswith("[もう一度](quality-damaged)")
    assert s.checklist == ("外箱の写真をお願いする", "在庫を確認した（商品の破損 も参照）", "入れ子の手順")
    assert s.links == ("quality-damaged", "recurrence-prevention")


def test_optional_fields_default_and_the_file_name_gives_the_id() -> None:
    s = section("---\r\ntitle: \"Quoted: \\\"title\\\"\"\r\n---\r\nbody", "my-notes.md")
    assert (s.id, s.title, s.categories, s.templates, s.order) == ("my-notes", 'Quoted: "title"', (), (), DEFAULT_ORDER)
    assert s.markdown == "body" and s.checklist == () and s.links == ()


def test_the_flagged_claimant_key_and_group_keys_are_categories() -> None:
    s = section(f"---\ntitle: t\ncategories: [{UNREASONABLE_CLAIMANT}, delivery, inquiry]\n---\n")
    assert s.categories == (UNREASONABLE_CLAIMANT, "delivery", "inquiry")


@pytest.mark.parametrize(
    ("text", "problem", "line"),
    [
        ("title: no fence\n", Problem.NO_FRONT_MATTER, 1),
        ("---\ntitle: never closed\nbody\n", Problem.BAD_LINE, 3),
        ("---\ntitle: never closed\n", Problem.UNCLOSED, 3),
        ("---\ntitle: t\ntitel: typo\n---\n", Problem.UNKNOWN_FIELD, 3),
        ("---\ntitle: a\ntitle: b\n---\n", Problem.DUPLICATE_FIELD, 3),
        ("---\ntitle: t\ncategories: [delivery.late\n---\n", Problem.BAD_VALUE, 3),
        ("---\ntitle: t\ncategories: [delivery.late, , x]\n---\n", Problem.BAD_VALUE, 3),
        ('---\ntitle: "unclosed\n---\n', Problem.BAD_VALUE, 2),
        ("---\ntitle: t\ncategories: delivery.late\n---\n", Problem.BAD_VALUE, 3),
        ("---\ntitle: [a, b]\n---\n", Problem.BAD_VALUE, 2),
        ("---\ntitle: t\ncategories: [delivery.lost]\n---\n", Problem.UNKNOWN_CATEGORY, 3),
        ("---\ntitle: t\ntemplates: [Damaged-Item]\n---\n", Problem.BAD_VALUE, 3),
        ("---\ntitle: t\norder: first\n---\n", Problem.BAD_VALUE, 3),
        ("---\ncategories: [delivery.late]\n---\nbody", Problem.MISSING_FIELD, 3),
        ("---\nid: other-id\ntitle: t\n---\n", Problem.BAD_ID, 2),
    ],
)
def test_broken_front_matter_names_the_problem_and_line(text: str, problem: Problem, line: int) -> None:
    with pytest.raises(FrontMatterError) as caught:
        section(text)
    assert (caught.value.problem, caught.value.line) == (problem, line)


def test_a_file_name_that_is_not_an_id_is_refused() -> None:
    with pytest.raises(FrontMatterError) as caught:
        section("---\ntitle: t\n---\n", "My Notes.md")
    assert caught.value.problem is Problem.BAD_ID


def test_parse_keeps_the_body_and_the_lines_of_the_fields() -> None:
    front = parse("---\na: 1\n\nb: [x, \"y z\"]\n---\n\n\nline one\n\nline two\n\n", ("a", "b"))
    assert front.fields == {"a": "1", "b": ("x", "y z")}
    assert front.lines == {"a": 2, "b": 4} and front.closing_line == 5
    assert front.body == "line one\n\nline two"


@pytest.mark.parametrize(
    ("target", "expected"),
    [("quality-damaged", "quality-damaged"), ("https://example.com", None), ("other.md", None),
     ("../x", None), ("#top", None), ("Quality", None)],
)
def test_only_a_bare_id_is_an_internal_link(target: str, expected: str | None) -> None:
    assert internal_link(target) == expected
