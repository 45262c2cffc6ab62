"""Reply templates: the bundled files (format, categories, placeholders, tone), TemplateService."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from desk_app.core.categories import CATEGORY_KEYS, is_claim
from desk_app.core.errors import DeskAppError, ErrorCode
from desk_app.core.template_records import TemplateText
from desk_app.core.templates import PLACEHOLDERS, render
from desk_app.paths import AppPaths
from desk_app.services.context import Services
from desk_app.services.templates import (
    bundled_id, bundled_languages, bundled_root, load_bundled, parse_template,
)

KEYS = {
    "ack_deadline", "shipping_delay", "wrong_item", "damaged_item", "return_accepted",
    "refund_done", "double_charge", "product_answer", "after_follow", "firm_reply",
}
LANGS = ("ja", "en")
VALUES = {
    "customer_name": "山田 花子",
    "order_number": "#10234",
    "deadline": "6月14日（金）",
    "agent_name": "佐藤",
    "shop_name": "こもれび雑貨店",
    "case_id": "C-0042",
}
PLACEHOLDER = re.compile(r"(?<!\{)\{([^{}]*)\}(?!\})")
APOLOGY = {
    "ja": re.compile(r"申し訳|お詫び|詫び|謝罪|すみません"),
    "en": re.compile(r"\bsorry\b|apolog", re.IGNORECASE),
}
# Templates answering a claim caused on our side: they must apologise and give a date.
OUR_FAULT = ("shipping_delay", "wrong_item", "damaged_item", "double_charge")
# Fill-in spots for the agent, which render() cannot flag: only where no text can be prepared.
FILL_IN = re.compile(r"〔[^〕]*〕|\[[^\]]*\]")


def _bundled(lang: str) -> dict[str, TemplateText]:
    return {t.key: t for t in load_bundled(lang)}


@pytest.fixture
def services(app_paths: AppPaths) -> Iterator[Services]:
    """Services over a fresh db in this test's folder."""
    opened = Services.open(app_paths)
    yield opened
    opened.close()


# --- the bundled files -----------------------------------------------------------------------


def test_both_languages_have_the_same_ten_keys() -> None:
    assert set(bundled_languages()) >= set(LANGS)
    for lang in LANGS:
        assert set(_bundled(lang)) == KEYS
        names = {p.stem for p in (bundled_root() / lang).glob("*.md")}
        assert names == KEYS


@pytest.mark.parametrize("lang", LANGS)
def test_every_front_matter_parses_completely(lang: str) -> None:
    for path in sorted((bundled_root() / lang).glob("*.md")):
        text = parse_template(path.read_text(encoding="utf-8"), lang, str(path))
        assert text.key == path.stem
        assert text.title.strip() and text.subject.strip() and text.body.strip()
        assert text.categories, f"{path} names no category"


@pytest.mark.parametrize("lang", LANGS)
def test_every_category_is_canonical(lang: str) -> None:
    for text in load_bundled(lang):
        assert set(text.categories) <= set(CATEGORY_KEYS), text.key
        assert len(set(text.categories)) == len(text.categories), text.key


@pytest.mark.parametrize("lang", LANGS)
def test_every_placeholder_is_known(lang: str) -> None:
    for text in load_bundled(lang):
        for part in (text.subject, text.body):
            used = set(PLACEHOLDER.findall(part))
            assert used <= set(PLACEHOLDERS), (text.key, used - set(PLACEHOLDERS))
        assert "{customer_name}" in text.body, text.key


@pytest.mark.parametrize("lang", LANGS)
def test_rendering_with_all_values_is_complete(lang: str) -> None:
    for text in load_bundled(lang):
        subject = render(text.subject, VALUES)
        body = render(text.body, VALUES)
        assert subject.complete and not subject.unknown, text.key
        assert body.complete and not body.unknown, text.key
        assert VALUES["customer_name"] in body.text
        assert "{" not in body.text and "}" not in body.text, text.key


@pytest.mark.parametrize("lang", LANGS)
def test_a_missing_value_is_reported_as_a_gap(lang: str) -> None:
    without_deadline = {k: v for k, v in VALUES.items() if k != "deadline"}
    ack = _bundled(lang)["ack_deadline"]
    rendered = render(ack.body, without_deadline)
    assert not rendered.complete
    assert {name for _, _, name in rendered.gaps} == {"deadline"}
    for start, end, _ in rendered.gaps:
        assert rendered.text[start:end] == "{deadline}"


@pytest.mark.parametrize("lang", LANGS)
def test_bodies_end_with_a_named_closing_line_and_carry_no_signature(lang: str) -> None:
    for text in load_bundled(lang):
        last = text.body.splitlines()[-1]
        assert "{shop_name}" in last or "{agent_name}" in last, text.key
        assert "--" not in text.body, text.key  # a signature separator belongs to the account


@pytest.mark.parametrize("lang", LANGS)
def test_claim_replies_apologise_and_give_a_date(lang: str) -> None:
    bundled = _bundled(lang)
    for key in OUR_FAULT:
        text = bundled[key]
        assert APOLOGY[lang].search(text.body), key
        assert "{deadline}" in text.body, key
        assert any(is_claim(c) for c in text.categories), key


@pytest.mark.parametrize("lang", LANGS)
def test_firm_reply_does_not_over_apologise(lang: str) -> None:
    firm = _bundled(lang)["firm_reply"]
    # A reflexive apology reads as an admission: at most one, and never the stock phrase twice.
    assert len(APOLOGY[lang].findall(firm.body + firm.subject)) <= 1
    assert firm.body.count("申し訳ございません") <= 1
    # Instead it offers a defined next step with a date, and keeps the exchange on record.
    assert "{deadline}" in firm.body and "{case_id}" in firm.body


@pytest.mark.parametrize("lang", LANGS)
def test_only_the_product_answer_has_fill_in_spots(lang: str) -> None:
    for text in load_bundled(lang):
        spots = FILL_IN.findall(text.body)
        assert bool(spots) == (text.key == "product_answer"), (text.key, spots)


def test_bundled_ids_are_stable_per_language() -> None:
    assert bundled_id("wrong_item", "ja") == bundled_id("wrong_item", "ja")
    assert bundled_id("wrong_item", "ja") != bundled_id("wrong_item", "en")


# --- the front-matter parser -----------------------------------------------------------------


def test_parser_reads_quotes_lists_and_crlf() -> None:
    source = '\ufeff---\r\nkey: k1\r\ntitle: T\r\nsubject: "a \\"b\\": {shop_name}"\r\n' \
             "categories: [inquiry.other, delivery.late]\r\n---\r\n\r\nHello\r\n\r\nBye\r\n"
    text = parse_template(source, "en")
    assert text == TemplateText("k1", "en", "T", 'a "b": {shop_name}', "Hello\n\nBye",
                                ("inquiry.other", "delivery.late"))


@pytest.mark.parametrize(
    "source",
    [
        "key: k\n---\nbody",  # no opening fence
        "---\nkey: k\ntitle: T\nbody",  # never closed
        "---\nkey: k\ntitle: T\ncolour: red\n---\nbody",  # unknown field
        "---\nkey: k\ntitle: T\ncategories: inquiry.other\n---\nbody",  # list without brackets
        "---\nkey: k\nkey: j\ntitle: T\n---\nbody",  # twice
        "---\ntitle: T\n---\nbody",  # no key
        "---\nkey k\n---\nbody",  # not name: value
    ],
)
def test_parser_rejects_malformed_files(source: str) -> None:
    with pytest.raises(DeskAppError) as caught:
        parse_template(source, "en", "x.md")
    assert caught.value.code is ErrorCode.INVALID_INPUT
    assert caught.value.detail.startswith("x.md:")


def test_a_broken_bundle_is_refused(tmp_path: Path) -> None:
    (tmp_path / "en").mkdir()
    (tmp_path / "en" / "other_name.md").write_text("---\nkey: k\ntitle: T\n---\nBody\n")
    with pytest.raises(DeskAppError):
        load_bundled("en", tmp_path)
    assert load_bundled("ko", tmp_path) == []


# --- TemplateService -------------------------------------------------------------------------


def test_opening_does_not_seed_and_first_use_does(services: Services) -> None:
    from sqlalchemy import func, select

    from desk_app.store.models import Template

    with services.db.read() as session:
        assert session.scalar(select(func.count()).select_from(Template)) == 0
    assert {t.key for t in services.templates.list("ja")} == KEYS
    assert {t.key for t in services.templates.list("en")} == KEYS
    assert services.templates.get("wrong_item", "ja") == _bundled("ja")["wrong_item"]
    with services.db.read() as session:
        rows = session.scalars(select(Template)).all()
        assert {r.device_id for r in rows} == {services.settings.device_id}
        assert all(r.id == bundled_id(r.key, r.lang) for r in rows)


def test_ensure_defaults_is_idempotent_and_keeps_edits_and_deletions(services: Services) -> None:
    templates = services.templates
    assert templates.ensure_defaults() == 2 * len(KEYS)
    edited = replace(templates.get("after_follow", "ja"), title="半年後のご様子伺い")
    templates.save(edited)
    templates.delete("firm_reply", "ja")

    assert templates.ensure_defaults() == 0
    assert templates.get("after_follow", "ja").title == "半年後のご様子伺い"
    with pytest.raises(DeskAppError) as caught:
        templates.get("firm_reply", "ja")
    assert caught.value.code is ErrorCode.NOT_FOUND
    assert "firm_reply" not in {t.key for t in templates.list("ja")}
    assert "firm_reply" in {t.key for t in templates.list("en")}


def test_seeding_survives_reopening(app_paths: AppPaths) -> None:
    first = Services.open(app_paths)
    try:
        first.templates.delete("refund_done", "en")
    finally:
        first.close()
    second = Services.open(app_paths)
    try:
        assert second.templates.ensure_defaults() == 0
        assert "refund_done" not in {t.key for t in second.templates.list("en")}
    finally:
        second.close()


def test_list_with_a_category_puts_fitting_ones_first(services: Services) -> None:
    listed = services.templates.list("ja", category="delivery.late")
    fits = ["delivery.late" in t.categories for t in listed]
    assert fits == sorted(fits, reverse=True)
    assert {t.key for t in listed if "delivery.late" in t.categories} == {"shipping_delay"}
    assert {t.key for t in listed} == KEYS
    double = services.templates.list("en", category="payment.wrong_amount")
    assert "double_charge" in {t.key for t in double[:3]}
    with pytest.raises(DeskAppError):
        services.templates.list("ja", category="delivery.lost")


def test_save_adds_edits_and_revives(services: Services) -> None:
    templates = services.templates
    body = "{customer_name} 様\n\n再入荷しました。\n"
    categories = ("inquiry.restock", "inquiry.restock")
    mine = TemplateText("restock_notice", "ja", " 再入荷のお知らせ ", "", body, categories)
    saved = templates.save(mine)
    assert saved.title == "再入荷のお知らせ" and saved.categories == ("inquiry.restock",)
    assert templates.get("restock_notice", "ja") == saved
    templates.delete("restock_notice", "ja")
    templates.save(replace(mine, body="戻りました。"))
    assert templates.get("restock_notice", "ja").body == "戻りました。"
    with pytest.raises(DeskAppError) as caught:
        templates.delete("never_was", "ja")
    assert caught.value.code is ErrorCode.NOT_FOUND


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"key": "Bad-Key"}, "key"),
        ({"key": "9lives"}, "key"),
        ({"key": "k" * 65}, "key"),
        ({"key": ""}, "key"),
        ({"lang": "japanese"}, "lang"),
        ({"title": "  "}, "title"),
        ({"title": "two\nlines"}, "title"),
        ({"subject": "Hi\r\nBcc: x@example.com"}, "subject"),
        ({"body": "\n  \n"}, "body"),
        ({"categories": ("delivery.lost",)}, "categories"),
    ],
)
def test_save_validation_names_the_field(services: Services, change: dict, field: str) -> None:
    good = TemplateText("note", "en", "Note", "Subject", "Body", ("inquiry.other",))
    with pytest.raises(DeskAppError) as caught:
        services.templates.save(replace(good, **change))
    assert caught.value.code is ErrorCode.INVALID_INPUT
    assert caught.value.detail == field
    assert "note" not in {t.key for t in services.templates.list("en")}


def test_search_matches_title_then_body(services: Services) -> None:
    found = services.templates.search("返金", "ja")
    keys = [t.key for t in found]
    assert keys[0] == "refund_done"  # the title says it
    assert "double_charge" not in keys[:1] and "damaged_item" in keys  # only the body does
    assert [t.key for t in services.templates.search("REFUND", "en")][0] == "refund_done"
    full_width = services.templates.search("ＲＥＦＵＮＤ", "en")
    assert full_width[0].key == "refund_done"
    assert len(services.templates.search("  ", "ja")) == len(KEYS)
    assert services.templates.search("存在しない語句", "ja") == []
