"""Record sync between an agent's and the owner's machine through the Dovecot test server: edits
converge, the owner's steps need the owner's signature and a trusted key, anything tampered or
forged is refused without stopping the sync, copies are applied once, a fresh machine rebuilds."""

from __future__ import annotations

import base64
from dataclasses import replace
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from desk_app.core.errors import DeskAppError, ErrorCode
from desk_app.core.hlc import Hlc
from desk_app.core.replica import ChangeSet, FieldChange
from desk_app.core.signing import new_private_key, public_bytes, sign
from desk_app.mail.record_folder import ChangeSetMessage, build_message, parse_message
from desk_app.mail.secrets import secret_key
from desk_app.paths import AppPaths
from desk_app.services.context import Services
from desk_app.services.record_sync import RefusalReason
from desk_app.store.models import AuditEntry, Case

PASSPHRASE = "店長-2026"
OCTOBER = "2026-10"


class Shop:
    """Machines of one shop sharing the test mailbox."""

    def __init__(self, tmp_path: Path, mailbox) -> None:
        self.tmp_path = tmp_path
        self.mailbox = mailbox
        self.opened: list[Services] = []

    def machine(self, name: str, agent: str = "hanako") -> Services:
        home = self.tmp_path / name
        services = Services.open(AppPaths(data_dir=home, db_file=home / "desk.db"))
        services.settings.set("agent_name", agent)
        services.accounts.add(self.mailbox.account(), self.mailbox.password, remember_for_session=True)
        self.opened.append(services)
        return services

    def reopen(self, paths: AppPaths) -> Services:
        """A machine's db opened again (its session-only password given again)."""
        services = Services.open(paths)
        services.accounts.session_passwords.remember(secret_key(self.mailbox.user, "127.0.0.1"),
                                                     self.mailbox.password)
        self.opened.append(services)
        return services

    def close(self) -> None:
        for services in self.opened:
            services.db.close()


@pytest.fixture
def shop(tmp_path: Path, mailbox, file_keyring) -> Iterator[Shop]:
    made = Shop(tmp_path, mailbox)
    yield made
    made.close()


def sync(services: Services):
    services.records.seal()  # what closing the app or a command does
    [result] = services.sync.sync_all()
    assert result.error is None, result
    assert result.records is not None and result.records.error == ""
    return result.records


def case_fields(services: Services, case_id: str) -> tuple:
    case = services.cases.get(case_id)
    return case.title, case.status, case.category


def test_cases_edited_on_both_machines_converge_and_the_owner_needs_trust(shop: Shop) -> None:
    agent, owner = shop.machine("agent"), shop.machine("owner")
    fingerprint = owner.records.owner_init(PASSPHRASE)
    assert owner.records.device().role == "owner" and owner.records.device().fingerprint == fingerprint
    assert agent.records.device().role == "agent"

    case_id = agent.cases.create("箱が潰れていた", category="delivery.damaged")
    first = sync(agent)
    assert first.sent >= 1 and first.refused == []
    pulled = sync(owner)
    assert pulled.applied >= 1 and pulled.refused == []
    assert case_fields(owner, case_id) == ("箱が潰れていた", "new", "delivery.damaged")

    # Different fields edited on both sides, offline: both edits stay.
    agent.cases.update(case_id, status="waiting_customer")
    owner.cases.update(case_id, title="箱が潰れていた（マグカップ）")
    sync(agent), sync(owner), sync(agent)
    assert case_fields(agent, case_id) == case_fields(owner, case_id) == (
        "箱が潰れていた（マグカップ）", "waiting_customer", "delivery.damaged")

    # The owner's rate card is held on the agent machine until the owner's key is trusted.
    owner.rates.set(effective_from=date(2026, 10, 1), rates={"mail_reply": 150, "call_in": 200},
                    agent="hanako", passphrase=PASSPHRASE)
    assert sync(owner).sent == 1
    held = sync(agent)
    assert held.held == 1 and agent.rates.cards("hanako") == []
    assert agent.records.trust_owner(fingerprint) == 1
    assert [c.rates["mail_reply"] for c in agent.rates.cards("hanako")] == [150]
    with pytest.raises(DeskAppError) as refused:  # the owner's steps are taken on the owner's machine now
        agent.rates.set(effective_from=date(2026, 11, 1), rates={"mail_reply": 1}, agent="hanako")
    assert refused.value.code is ErrorCode.OWNER_ELSEWHERE

    # The shop's name (a shared preference) and a reply template edited on the owner's machine
    # reach the agent's.
    owner.settings.set("shop_name", "ひだまり商店")
    greeting = owner.templates.list("ja")[0]
    owner.templates.save(replace(greeting, body=greeting.body + "\n（店長より）"))
    sync(owner)
    sync(agent)
    assert agent.settings.shop_name == "ひだまり商店"
    assert agent.templates.get(greeting.key, "ja").body.endswith("（店長より）")

    # Nothing new: nothing sent, nothing applied.
    quiet = sync(agent)
    assert (quiet.sent, quiet.applied, quiet.held, quiet.refused) == (0, 0, 0, [])
    [known] = agent.records.devices()
    assert (known.device_id, known.role, known.agent) == (owner.records.device_id, "owner", "hanako")


def test_the_statement_travels_submit_approve_and_locks_the_agent(shop: Shop) -> None:
    agent, owner = shop.machine("agent"), shop.machine("owner")
    fingerprint = owner.records.owner_init(PASSPHRASE)
    agent.records.trust_owner(fingerprint)
    owner.rates.set(effective_from=date(2026, 10, 1), rates={"shipment": 100, "call_in": 250, "call_out": 200},
                    agent="hanako", passphrase=PASSPHRASE)
    sync(owner), sync(agent)
    # The agent works offline: calls logged, pieces entered, the month submitted; then syncs once.
    agent.work.add("shipment", 3, at=datetime(2026, 10, 5, 3, 0, tzinfo=UTC))
    for day in (6, 7):
        agent.calls.log(phone="090-1234-5678", direction="in", minutes=6, category="delivery.late",
                        summary="配送状況の確認", at=datetime(2026, 10, day, 2, 0, tzinfo=UTC), agent="hanako")
    submitted = agent.statements.submit(OCTOBER)
    sync(agent), sync(owner)
    seen_by_owner = owner.statements.statement(OCTOBER, "hanako")
    assert seen_by_owner.status.value == "submitted"
    assert (seen_by_owner.total_yen, len(seen_by_owner.pieces)) == (submitted.total_yen, len(submitted.pieces))
    assert {p.kind for p in seen_by_owner.pieces} == {"shipment", "call_in"}
    approved = owner.statements.approve(OCTOBER, "hanako", passphrase=PASSPHRASE)
    assert approved.status.value == "approved" and approved.total_yen > 0
    # Meanwhile, offline, the agent logs one more October piece: the approval has not arrived.
    late = agent.work.add("shipment", 2, at=datetime(2026, 10, 30, 3, 0, tzinfo=UTC))
    sync(owner)
    told = sync(agent)
    assert [(s.agent, s.month, s.step) for s in told.steps] == [("hanako", OCTOBER, "approve")]
    sync(owner)
    for machine in (agent, owner):
        october = machine.statements.statement(OCTOBER, "hanako")
        assert (october.status.value, october.total_yen) == ("approved", approved.total_yen)  # never changes
        november = machine.statements.statement("2026-11", "hanako")
        [moved] = [p for p in november.pieces if p.id == late.id]
        assert moved.late and moved.day == date(2026, 10, 30) and moved.amount_yen == 200
    with pytest.raises(DeskAppError) as locked:
        agent.work.add("shipment", 1, at=datetime(2026, 10, 20, 3, 0, tzinfo=UTC))
    assert locked.value.code is ErrorCode.MONTH_LOCKED


def test_forged_tampered_and_duplicate_change_sets(shop: Shop, mailbox) -> None:
    agent, owner = shop.machine("agent"), shop.machine("owner")
    fingerprint = owner.records.owner_init(PASSPHRASE)
    agent.records.trust_owner(fingerprint)
    case_id = agent.cases.create("到着遅延")
    sync(agent)
    conn = mailbox.imap()
    try:
        conn.select("desk_app-sync")
        _, found = conn.uid("SEARCH", None, "ALL")
        _, fetched = conn.uid("FETCH", found[0].split()[-1].decode(), "(BODY.PEEK[])")
        genuine = fetched[0][1]
        conn.append("desk_app-sync", None, None, genuine)  # a second copy (a re-append after a crash)
        message = parse_message(genuine)
        original = ChangeSet.from_json(message.body)  # changed on the way, kept well-formed
        altered = ChangeSet(original.device, original.seq + 1000, tuple(
            FieldChange(c.kind, c.record, c.field, "改ざん" if c.value == "到着遅延" else c.value, c.clock)
            for c in original.changes), original.device_key, original.owner_key, original.agent)
        tampered = ChangeSetMessage(message.device, altered.seq, altered.to_json(), message.signature)
        conn.append("desk_app-sync", None, None, build_message(tampered, datetime.now(UTC)))
        # An agent machine's own key "approving" a statement, without the owner's signature.
        forger = new_private_key()
        body = ChangeSet("forger", 1, (
            FieldChange("statement_event", "ev-1", "event", "approve", Hlc(1, 0, "forger")),
            FieldChange("statement_event", "ev-1", "role", "owner", Hlc(1, 0, "forger")),
        ), device_key=base64.b64encode(public_bytes(forger)).decode()).to_json()
        forged = ChangeSetMessage("forger", 1, body, sign(forger, "forger", 1, body))
        conn.append("desk_app-sync", None, None, build_message(forged, datetime.now(UTC)))
        conn.append("desk_app-sync", None, None, b"Subject: not a change set\r\n\r\nhello\r\n")
    finally:
        conn.logout()

    pulled = sync(owner)
    reasons = sorted(r.reason for r in pulled.refused)
    assert reasons == sorted([RefusalReason.BAD_SIGNATURE, RefusalReason.OWNER_UNSIGNED,
                              RefusalReason.NOT_A_CHANGE_SET]), reasons
    assert case_fields(owner, case_id)[0] == "到着遅延"
    assert sync(owner).refused == []  # each refused once, not again and again
    with owner.db.read() as session:  # the audit log says which machine wrote what, and what became of it
        audit = {(e.device_id, e.action) for e in session.query(AuditEntry).filter(AuditEntry.entity == "change_set")}
    assert (agent.records.device_id, "records.applied") in audit and ("forger", "records.refused") in audit

    fresh = shop.machine("fresh")  # a machine whose db was lost rebuilds from the folder alone
    fresh.records.trust_owner(fingerprint)
    sync(fresh)
    assert case_fields(fresh, case_id) == case_fields(owner, case_id)


def folder_count(mailbox) -> int:
    conn = mailbox.imap()
    try:
        status, data = conn.status("desk_app-sync", "(MESSAGES)")
        return int(data[0].split(b"MESSAGES ")[1].rstrip(b")"))
    finally:
        conn.logout()


def test_compaction_replaces_old_change_sets_and_machines_still_converge(shop: Shop, mailbox) -> None:
    agent, owner, away = shop.machine("agent"), shop.machine("owner"), shop.machine("away")
    fingerprint = owner.records.owner_init(PASSPHRASE)
    for machine in (agent, away):
        machine.records.trust_owner(fingerprint)
    owner.settings.set("record_sync_compact_after", 4)
    first = agent.cases.create("一件目")
    sync(agent), sync(away)  # `away` has seen the first case, then stays offline
    cases = [first] + [agent.cases.create(f"{n}件目") for n in range(2, 7)]
    for case_id in cases[1:]:
        agent.cases.update(case_id, category="delivery.late")
        sync(agent)
    before = folder_count(mailbox)
    compacted = sync(owner)
    assert compacted.compacted > 0 and folder_count(mailbox) < before
    assert {case_fields(owner, c)[0] for c in cases} == {"一件目", *(f"{n}件目" for n in range(2, 7))}

    agent.cases.update(first, status="waiting_shop")  # after the compaction
    sync(agent)
    caught_up = sync(away)
    assert caught_up.refused == [] and caught_up.held == 0
    fresh = shop.machine("fresh")
    fresh.records.trust_owner(fingerprint)
    sync(fresh)
    for machine in (away, fresh):
        assert [case_fields(machine, c) for c in cases] == [case_fields(agent, c) for c in cases]
    assert case_fields(fresh, first)[1] == "waiting_shop"


def test_a_crash_after_append_and_during_apply_loses_and_doubles_nothing(shop: Shop, monkeypatch) -> None:
    agent, owner = shop.machine("agent"), shop.machine("owner")
    cases = [agent.cases.create(f"案件 {n}") for n in range(3)]
    agent.records.seal()
    from desk_app.store import record_sync_repo, replication

    real_mark_sent = record_sync_repo.mark_sent

    def killed_after_append(*args, **kwargs):
        raise KeyboardInterrupt("killed between APPEND and noting it")  # as abrupt as a kill -9 here

    monkeypatch.setattr(record_sync_repo, "mark_sent", killed_after_append)
    with pytest.raises(KeyboardInterrupt):
        agent.sync.sync_all()
    monkeypatch.setattr(record_sync_repo, "mark_sent", real_mark_sent)
    again = sync(agent)
    assert again.sent >= 1  # the change set whose APPEND was not noted goes again: two copies now

    real_apply = replication.apply_changes
    calls = {"n": 0}

    def killed_mid_apply(session, changes, clock):
        calls["n"] += 1
        real_apply(session, changes, clock)  # written in the transaction …
        raise KeyboardInterrupt("killed while applying")  # … which never commits

    monkeypatch.setattr(replication, "apply_changes", killed_mid_apply)
    with pytest.raises(KeyboardInterrupt):
        owner.sync.sync_all()
    monkeypatch.setattr(replication, "apply_changes", real_apply)
    assert calls["n"] == 1
    pulled = sync(owner)
    # Two copies of the agent's one change set in the folder: read both, applied once.
    assert (pulled.received, pulled.applied, pulled.refused) == (2, 1, [])
    assert [case_fields(owner, c)[0] for c in cases] == [f"案件 {n}" for n in range(3)]
    with owner.db.read() as session:
        assert session.query(Case).count() == 3  # the doubled change set applied once


def test_a_uidvalidity_change_rereads_the_folder_without_doubling(shop: Shop, mailbox) -> None:
    agent, owner = shop.machine("agent"), shop.machine("owner")
    first = agent.cases.create("一件目")
    sync(agent), sync(owner)
    conn = mailbox.imap()  # the server renumbers the folder (a migration): same messages, new UIDVALIDITY
    try:
        conn.select("desk_app-sync")
        _, found = conn.uid("SEARCH", None, "ALL")
        raws = [conn.uid("FETCH", uid.decode(), "(BODY.PEEK[])")[1][0][1] for uid in found[0].split()]
        conn.close()
        assert conn.delete("desk_app-sync")[0] == "OK"
        assert conn.create("desk_app-sync")[0] == "OK"
        for raw in raws:
            conn.append("desk_app-sync", None, None, raw)
    finally:
        conn.logout()
    reread = sync(owner)
    assert reread.received == len(raws) and reread.applied == 0 and reread.refused == []
    second = agent.cases.create("二件目")
    sync(agent)
    assert sync(owner).applied == 1
    assert [case_fields(owner, c)[0] for c in (first, second)] == ["一件目", "二件目"]


def test_a_db_restored_from_a_backup_gets_its_later_changes_back_and_reuses_no_number(shop: Shop, tmp_path) -> None:
    import shutil

    agent, owner = shop.machine("agent"), shop.machine("owner")
    first = agent.cases.create("一件目")
    sync(agent)
    db = agent.paths.db_file
    agent.db.close()
    shutil.copy(db, tmp_path / "backup.db")
    agent = shop.reopen(agent.paths)
    later = agent.cases.create("二件目（バックアップの後）")
    sync(agent)
    agent.db.close()
    shutil.copy(tmp_path / "backup.db", db)  # the disk failed; last week's backup is put back
    for suffix in ("-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    restored = shop.reopen(agent.paths)
    assert sync(restored).applied >= 1  # its own change set made after the backup, read back
    assert case_fields(restored, later)[0] == "二件目（バックアップの後）"
    third = restored.cases.create("三件目")
    sync(restored)
    sync(owner)
    assert [case_fields(owner, c)[0] for c in (first, later, third)] == ["一件目", "二件目（バックアップの後）", "三件目"]


def test_a_live_connection_reads_the_folder_only_when_something_came(shop: Shop, monkeypatch) -> None:
    from desk_app.mail.record_folder import RecordFolder

    agent, owner = shop.machine("agent"), shop.machine("owner")
    sync(agent)
    [account] = owner.sync.syncable_accounts()
    live = owner.sync.open_session(account)  # the background sync's one connection, pass after pass
    reads: list[int] = []
    real_read = RecordFolder.read_since
    monkeypatch.setattr(RecordFolder, "read_since", lambda self, *a: reads.append(1) or real_read(self, *a))
    try:
        live.run_pass()
        live.run_pass()  # nothing new: on a server with LIST-STATUS the folder is not even selected
        quiet_reads = len(reads)
        case_id = agent.cases.create("新着")
        sync(agent)
        live.run_pass()
        assert live.records_report.applied == 1 and case_fields(owner, case_id)[0] == "新着"
    finally:
        live.close()
    # The first pass reads; the quiet second one reads again only where the listing had no status
    # (LIST-STATUS is used with CONDSTORE, which the "plain" server lacks).
    condstore = shop.mailbox.server.capabilities is None
    assert quiet_reads == (1 if condstore else 2)
