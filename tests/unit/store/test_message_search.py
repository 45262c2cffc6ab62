"""Message search over a real SQLite file: the trigram index gives candidates, the terms decide."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest

from desk_app.core.records import AccountInfo
from desk_app.mail.mime import ParsedMessage
from desk_app.mail.sync_types import FetchedMessage
from desk_app.paths import AppPaths
from desk_app.services.context import Services
from desk_app.store import search
from desk_app.store.mail_sync_store import AccountSyncStore

START = datetime(2026, 11, 1, tzinfo=UTC)


@pytest.fixture()
def services(tmp_path) -> Iterator[Services]:
    opened = Services.open(AppPaths(data_dir=tmp_path, db_file=tmp_path / "search.db"))
    yield opened
    opened.close()


def store(services: Services, texts: list[tuple[str, str]]) -> list[int]:
    """Store messages `(subject, text)`, each a minute newer than the one before; their ids."""
    account = services.accounts.add(
        AccountInfo(
            id=None, name=f"a{len(services.accounts.list())}", email="shop@example.jp", display_name="shop",
            imap_host="localhost", imap_port=143, imap_security="none", smtp_host="localhost", smtp_port=25,
            smtp_security="none", username="shop",
        ),
        None,
    )
    sync_store = AccountSyncStore(services.db, account.id)
    folder = sync_store.sync_folders([("INBOX", "/", "inbox")])[0]
    messages = [
        FetchedMessage(
            uid=n + 1, raw=b"", flags=frozenset(),
            parsed=ParsedMessage(message_id=f"<m{n}@example.jp>", subject=subject, from_name="客",
                                 from_address="c@example.jp", date=START + timedelta(minutes=n), text=text),
        )
        for n, (subject, text) in enumerate(texts)
    ]
    return sync_store.store_batch(folder.id, messages)


def found(services: Services, query: str, limit: int = 200) -> list[str]:
    return [hit.title for hit in services.search.messages(query, limit)]


def test_rows_holding_every_trigram_but_not_the_term_are_not_found(services: Services) -> None:
    store(services, [
        ("one", "商品が破損していました"),
        ("two", "破損品と損していた件"),  # 破損し / 損して both occur, 破損して does not
        ("three", "abcXXXbcde"),
        ("four", "the parcel abcde arrived"),
    ])
    assert found(services, "破損して") == ["one"]
    assert found(services, "abcde") == ["four"]
    assert found(services, "ABCDE") == ["four"]  # Latin letters in any case


def test_a_term_split_across_subject_and_text_is_not_found(services: Services) -> None:
    store(services, [("返品の", "ご依頼"), ("返品のご依頼", "本文")])
    assert found(services, "返品のご依頼") == ["返品のご依頼"]


def test_long_and_short_terms_together(services: Services) -> None:
    store(services, [("a", "交換をお願いします 傷あり"), ("b", "交換をお願いします"), ("c", "傷あり")])
    assert found(services, "交換をお願い 傷") == ["a"]
    assert found(services, "傷") == ["c", "a"]  # newest first


def test_newest_hits_first_when_the_newest_candidates_are_false(services: Services) -> None:
    # 150 real hits, then 300 newer rows holding every trigram of the term but not the term:
    # the first pages of candidates (100, then 200) hold none; the check goes on and keeps the order.
    texts = [(f"hit {n}", f"在庫切れのお知らせ {n}") for n in range(150)]
    texts += [(f"false {n}", f"在庫切れ と 切れのお と のお知らせ {n}") for n in range(300)]
    store(services, texts)
    titles = found(services, "在庫切れのお知らせ", limit=50)
    assert titles == [f"hit {n}" for n in range(149, 99, -1)]  # the 50 newest real hits
    assert found(services, "在庫切れのお知らせ") == [f"hit {n}" for n in range(149, -1, -1)]


def test_trigram_query_quotes_every_trigram_once() -> None:
    assert search.trigram_query(['1"2"3"2"']) == '"1""2" AND """2""" AND "2""3" AND """3""" AND "3""2"'
    assert search.trigram_query(["返品です", "です"]) == '"返品で" AND "品です"'


def test_trigram_query_asks_for_latin_trigrams_in_every_case() -> None:
    assert search.trigram_query(["a1b"]) == '("a1b" OR "a1B" OR "A1b" OR "A1B")'
    # A term that is not all Latin is checked as written, so its trigrams are asked as written.
    assert search.trigram_query(["注文Ab"]) == '"注文A" AND "文Ab"'


def test_latin_terms_match_any_case_and_japanese_as_written(services: Services) -> None:
    store(services, [("upper", "REFUND REQUEST"), ("mixed", "Refund for order"), ("ja", "返品とＲｅｆｕｎｄ")])
    assert found(services, "refund") == ["mixed", "upper"]
    assert found(services, "rEFUND req") == ["upper"]
    assert found(services, "とＲｅｆ") == ["ja"]
    assert found(services, "とｒｅｆ") == []  # not Latin (full-width): as written, as the check in the rows reads it


def test_a_common_word_is_found_in_the_newest_rows_as_the_index_finds_it(
    services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    words = ["領収書の発行", "返品のお願い", "refund please", "Refund"]
    store(services, [(f"m{n}", f"{words[n % 4]} {words[n * 7 % 4]} {n}") for n in range(240)])
    queries = ["領収書", "返品のお", "REFUND", "返品のお refund", "Refund pl", "領収書 発行"]
    from_the_newest = {q: found(services, q, limit=20) for q in queries}
    assert all(len(titles) == 20 for titles in from_the_newest.values())
    monkeypatch.setattr(search, "COMMON_TERM_SCAN", 0)  # straight to the index
    assert {q: found(services, q, limit=20) for q in queries} == from_the_newest
