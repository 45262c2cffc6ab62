"""Full-text search over the manual: Japanese words of any length, English, ranking, positions."""

from __future__ import annotations

from pathlib import Path

import pytest

from desk_app.manual.loading import Manual, load_manual
from desk_app.manual.records import BUNDLED, ManualHit
from desk_app.manual.search import fold
from desk_app.manual.sections import parse_section
from desk_app.paths import AppPaths

MANUAL = AppPaths.resources_dir() / "manual"


def make(section_id: str, title: str, body: str, order: int) -> object:
    text = f"---\ntitle: {title}\norder: {order}\n---\n{body}"
    return parse_section(text, Path(f"/m/{section_id}.md"), "ja", BUNDLED)


@pytest.fixture
def small() -> Manual:
    return Manual("ja", [
        make("returns", "返品の受付", "# 返品の受付\n\n返品は7日以内です。\n- [ ] 返品の理由を伺う\n", 20),
        make("scratch", "商品の傷", "# 商品の傷\n\n箱に傷がある場合は写真をお願いします。\n", 10),
        make("redelivery", "配送", "# 配送\n\n不在の場合は再配達を手配します。Carrier は **Yamato**。\n", 30),
    ])


def check_positions(hit: ManualHit, markdown: str) -> None:
    folded_terms = [fold(t) for t in hit.terms]
    for start, end in hit.body_matches:
        assert fold(markdown[start:end]) in folded_terms
    for start, end in hit.title_matches:
        assert fold(hit.title[start:end]) in folded_terms
    assert hit.snippet_matches
    for start, end in hit.snippet_matches:
        assert fold(hit.snippet[start:end]) in folded_terms


@pytest.mark.parametrize(("query", "expected"), [("傷", ["scratch"]), ("返品", ["returns"]),
                                                 ("再配達", ["redelivery"]), ("yamato", ["redelivery"])])
def test_words_of_one_two_and_three_characters_and_english(small: Manual, query: str, expected: list[str]) -> None:
    hits = small.search(query)
    assert [h.id for h in hits] == expected
    check_positions(hits[0], small.get(expected[0]).markdown)


def test_every_word_must_match_and_spaces_of_either_width_separate_words(small: Manual) -> None:
    assert [h.id for h in small.search("写真　傷")] == ["scratch"]
    assert small.search("写真 再配達") == []
    assert small.search("  ") == []


def test_case_and_width_are_ignored(small: Manual) -> None:
    assert [h.id for h in small.search("ＹＡＭＡＴＯ carrier")] == ["redelivery"]


def test_title_matches_rank_first_and_positions_point_at_the_words(small: Manual) -> None:
    extra = make("photos", "写真のお願い", "# 写真のお願い\n\n返品の前に写真をお願いします。\n", 5)
    manual = Manual("ja", [*small.sections, extra])
    hits = manual.search("返品")
    assert [h.id for h in hits] == ["returns", "photos"]
    top = hits[0]
    assert top.title_matches == ((0, 2),)
    body = manual.get("returns").markdown
    assert [body[a:b] for a, b in top.body_matches] == ["返品"] * 3
    # The snippet is prose, not the repeated heading, and has no Markdown marks.
    assert top.snippet == "返品は7日以内です。" and top.snippet_matches == ((0, 2),)


def test_a_long_line_gives_a_short_snippet_around_the_match() -> None:
    body = "# 長文\n\n" + "あ" * 200 + "再配達" + "い" * 200 + "\n"
    manual = Manual("ja", [make("long", "長文", body, 1)])
    hit = manual.search("再配達")[0]
    assert hit.snippet.startswith("…") and hit.snippet.endswith("…") and len(hit.snippet) <= 82
    (start, end), = hit.snippet_matches
    assert hit.snippet[start:end] == "再配達"


@pytest.mark.parametrize(("lang", "query", "section"), [
    ("ja", "傷", "quality-damaged"), ("ja", "返品", "inquiry-return-exchange"),
    ("ja", "再配達", "delivery-not-arrived"), ("ja", "二重請求", "payment-wrong-amount"),
    ("en", "double charge", "payment-wrong-amount"), ("en", "Re-delivery", "delivery-not-arrived"),
    ("en", "scratched", "quality-damaged"),
])
def test_the_bundled_manual_answers_typical_queries(lang: str, query: str, section: str) -> None:
    manual = load_manual(lang, MANUAL / lang)
    hits = manual.search(query)
    assert section in [h.id for h in hits[:3]]
    hit = next(h for h in hits if h.id == section)
    check_positions(hit, manual.get(section).markdown)
