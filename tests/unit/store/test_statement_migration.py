"""Migration 0007 on a db that has data: call pieces learn their call's length, hourly rates join
the other rates, existing statement events are the agent's."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

from desk_app.core.statements import Role
from desk_app.paths import AppPaths
from desk_app.services.context import Services
from desk_app.store import db as dbmod
from desk_app.store import files, pay_repo, statements_repo

STAMP = "'2026-10-01T00:00:00.000000Z'"
REPLICABLE = f"{STAMP}, {STAMP}, 'dev'"  # created_at, updated_at, device_id


def make_0006_db(path: Path) -> None:
    files.create_private_file(path)
    engine = dbmod.make_engine(path)
    dbmod.migrate(engine, "0006")
    engine.dispose()
    with sqlite3.connect(path) as conn:
        conn.executescript(f"""
            INSERT INTO calls (at, direction, phone, phone_normalized, seconds, summary, outcome, follow_up, agent,
                               id, created_at, updated_at, device_id)
              VALUES ('2026-10-05T01:00:00.000000Z', 'in', '03', '03', 45, 'x', '', 0, 'hanako', 'call1', {REPLICABLE});
            INSERT INTO work_items (agent, kind, quantity, at, day, source_kind, source_ref, note, void_reason,
                                    id, created_at, updated_at, device_id)
              VALUES ('hanako', 'call_in', 1, '2026-10-05T01:00:00.000000Z', '2026-10-05', 'call', 'call1', '', '',
                      'piece1', {REPLICABLE}),
                     ('hanako', 'shipment', 3, '2026-10-06T01:00:00.000000Z', '2026-10-06', NULL, NULL, '', '',
                      'piece2', {REPLICABLE});
            INSERT INTO rate_cards (agent, effective_from, rates, min_call_seconds, hourly_yen, tax_rate_percent,
                                    tax_mode, tax_rounding, id, created_at, updated_at, device_id)
              VALUES ('hanako', '2026-10-01', '{{"call_in": 200, "shipment": 80}}', 60, 1200, 10, 'exclusive', 'down',
                      'card1', {REPLICABLE});
            INSERT INTO statements (agent, month, status, id, created_at, updated_at, device_id)
              VALUES ('hanako', '2026-10', 'submitted', 'st1', {REPLICABLE});
            INSERT INTO statement_events (statement_id, event, actor, comment, id, created_at, updated_at, device_id)
              VALUES ('st1', 'submit', 'hanako', '', 'ev1', {REPLICABLE});
        """)


def test_0007_keeps_the_data_and_fills_what_it_adds(tmp_path: Path) -> None:
    path = tmp_path / "shop.db"
    make_0006_db(path)
    services = Services.open(AppPaths(data_dir=tmp_path, db_file=path))
    try:
        with services.db.read() as session:
            card = pay_repo.rate_cards(session, "hanako")[0]
            assert dict(card.rates) == {"call_in": 200, "shipment": 80, "hourly": 1200}
            pieces = pay_repo.month_pieces(session, "hanako", date(2026, 10, 1), date(2026, 11, 1),
                                           include_voided=True)
            assert [(p.id, p.call_seconds) for p in pieces] == [("piece1", 45), ("piece2", None)]
            events = statements_repo.workflow(session, "hanako", "2026-10").events
            assert [(e.id, e.role) for e in events] == [("ev1", Role.AGENT)]
        # The 45-second call is shorter than the card's minute: logged, not paid.
        lines = services.statements.statement("2026-10", "hanako").lines
        assert [(x.kind, x.rate_yen, x.count) for x in lines] == [("call_in", 0, 1), ("shipment", 80, 3)]
    finally:
        services.close()
