"""The bundled manual (resources/manual): every category covered in both languages, the languages
in step, links and reply templates that exist, and the sections the issue asks for."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from desk_app.core.categories import CATEGORY_KEYS, CLAIM_GROUPS, INQUIRY_GROUP, is_claim
from desk_app.manual.loading import Manual, load_manual
from desk_app.manual.sections import UNREASONABLE_CLAIMANT
from desk_app.paths import AppPaths

RESOURCES = AppPaths.resources_dir()
LANGS = ("ja", "en")
# Sections DOMAIN.md's manual must hold beside the one per category.
TOPICS = (
    "basic-stance", "information-to-collect", "deadline", "sincere-explanation", "empathy", "records",
    "after-follow", "recurrence-prevention", "unreasonable-claimants", "channels", "own-site-vs-mall",
    "customer-qa-page",
)
JAPANESE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")


@pytest.fixture(scope="module", params=LANGS)
def manual(request: pytest.FixtureRequest) -> Manual:
    return load_manual(request.param, RESOURCES / "manual" / request.param)


def template_keys(lang: str) -> set[str]:
    return {p.stem for p in (RESOURCES / "templates" / lang).glob("*.md")}


def test_every_file_loads(manual: Manual) -> None:
    assert manual.errors == ()
    assert len(manual.sections) >= len(TOPICS) + len(CLAIM_GROUPS)


def test_every_category_key_has_its_own_section(manual: Manual) -> None:
    listed = {c for s in manual.sections for c in s.categories}
    assert set(CATEGORY_KEYS) <= listed
    for key in CATEGORY_KEYS:
        found = manual.section_for_categories(key)
        assert found is not None and key in found.categories, key


def test_a_flagged_claimant_and_an_unknown_sub_type_find_a_section(manual: Manual) -> None:
    flagged = manual.section_for_categories(UNREASONABLE_CLAIMANT)
    assert flagged is not None and flagged.id == "unreasonable-claimants"
    for group in (*CLAIM_GROUPS, INQUIRY_GROUP):
        assert manual.section_for_categories(f"{group}.something_new") is not None, group


def test_the_topics_of_the_manual_are_there(manual: Manual) -> None:
    assert set(TOPICS) <= {s.id for s in manual.sections}


def test_ja_and_en_hold_the_same_sections_with_the_same_structure() -> None:
    ja, en = (load_manual(lang, RESOURCES / "manual" / lang) for lang in LANGS)
    assert [s.id for s in ja.sections] == [s.id for s in en.sections]
    for a, b in zip(ja.sections, en.sections, strict=True):
        assert (a.categories, a.templates, a.order, a.links) == (b.categories, b.templates, b.order, b.links), a.id
        # Checklist ticks are kept per step, so both languages must have the same steps.
        assert len(a.checklist) == len(b.checklist), a.id
        assert JAPANESE.search(a.title) and JAPANESE.search(a.markdown), a.id
        assert not JAPANESE.search(b.title + b.markdown), b.id


def test_links_point_at_sections_and_templates_exist(manual: Manual) -> None:
    ids = {s.id for s in manual.sections}
    templates = template_keys(manual.lang)
    for s in manual.sections:
        assert set(s.links) <= ids, s.id
        assert set(s.templates) <= templates, s.id
        for key in s.templates:
            assert f"`{key}`" in s.markdown, (s.id, key)  # named in the text, where the agent reads it


def test_claim_sections_have_a_procedure_and_replies(manual: Manual) -> None:
    for s in manual.sections:
        if any(is_claim(c) for c in s.categories):
            assert len(s.checklist) >= 5 and s.templates, s.id


def test_every_section_starts_with_its_title_and_has_a_checklist(manual: Manual) -> None:
    for s in manual.sections:
        assert s.markdown.startswith(f"# {s.title}\n"), s.id
        assert s.checklist, s.id


def test_the_unreasonable_claimant_section_has_the_three_criteria_and_a_hand_over() -> None:
    ja = load_manual("ja", RESOURCES / "manual" / "ja").get("unreasonable-claimants")
    assert ja is not None
    for sign in ("妥当な範囲を大きく超える要求", "ストレス発散", "金銭や無償の商品"):
        assert sign in ja.markdown
    assert "店長に引き継ぐ" in ja.markdown and "言ってはいけないこと" in ja.markdown
    assert "firm_reply" in ja.templates


def test_build_spec_bundles_the_manual() -> None:
    spec = (Path(__file__).resolve().parents[3] / "build.spec").read_text(encoding="utf-8")
    assert '(str(ROOT / "resources"), "resources")' in spec
