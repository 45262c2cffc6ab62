"""Run `SyncService.sync_account` in a process of its own and report time and peak memory as JSON.

    python tests/perf/sync_once.py DB HOST PORT USER [--repeat N] [--warm] [--profile FILE] [--prepare-only] < password

Only the sync call is timed (not the interpreter start or opening the db). Each pass connects and
logs in (`sync_account`, as the `sync` command does), or with `--warm` all passes run on one live
connection after an untimed first pass (as the app's background sync does between IDLEs). Peak memory is the
process's peak RSS (VmHWM; it includes the interpreter and the imported libraries).
"""

from __future__ import annotations

import argparse
import cProfile
import dataclasses
import json
import resource
import sys
import time
from pathlib import Path

ACCOUNT = "bench"


def peak_rss_kb() -> int:
    """This process's peak resident memory in KB.

    VmHWM where Linux has it: `ru_maxrss` survives fork and exec, so a process started from a
    big parent (pytest holding the benchmark's data) would report the parent's size.
    """
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("db", type=Path)
    parser.add_argument("host")
    parser.add_argument("port", type=int)
    parser.add_argument("user")
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--warm", action="store_true", help="time passes on one live connection")
    parser.add_argument("--profile", type=Path)
    parser.add_argument("--prepare-only", action="store_true",
                        help="create and migrate the db and add the account, then stop (so the "
                        "measured process's peak memory is the sync's, not the migration's)")
    args = parser.parse_args()
    # Imported here, not at the top: the sync's parsing workers are spawned and import this
    # script as their main module, as the app's workers import desk_app.__main__ (which imports
    # nothing heavy); top-level imports here would make every worker load the whole app first.
    from desk_app.core.records import AccountInfo
    from desk_app.mail import secrets
    from desk_app.paths import AppPaths
    from desk_app.services.context import Services

    password = sys.stdin.readline().rstrip("\n")

    services = Services.open(AppPaths(data_dir=args.db.parent / "home", db_file=args.db))
    try:
        known = {a.name: a for a in services.accounts.list()}
        account = known.get(ACCOUNT) or services.accounts.add(
            AccountInfo(
                id=None, name=ACCOUNT, email=f"{args.user}@example.jp", display_name="bench",
                imap_host=args.host, imap_port=args.port, imap_security="none",
                smtp_host=args.host, smtp_port=25, smtp_security="none", username=args.user,
            ),
            None,
        )
        if args.prepare_only:
            return
        services.accounts.session_passwords.remember(secrets.secret_key(args.user, args.host), password)
        rss_before = peak_rss_kb()
        times, reports = [], []
        profiler = cProfile.Profile() if args.profile else None
        live = services.sync.open_session(account) if args.warm else None
        if live:
            live.run_pass()
        try:
            for _ in range(args.repeat):
                started = time.perf_counter()
                if profiler:
                    profiler.enable()
                report = live.run_pass() if live else services.sync.sync_account(account)
                if profiler:
                    profiler.disable()
                times.append(time.perf_counter() - started)
                reports.append(dataclasses.asdict(report))
        finally:
            if live:
                live.close()
        if profiler:
            profiler.dump_stats(str(args.profile))
        stored = services.db.execute_sql(
            "SELECT count(*) FROM messages m JOIN folders f ON f.id = m.folder_id WHERE f.name = 'INBOX'"
        )[0][0]
    finally:
        services.close()
    json.dump(
        {
            "seconds": times,
            "reports": reports,
            "maxrss_kb": peak_rss_kb(),
            "rss_before_sync_kb": rss_before,
            "inbox_rows": stored,
        },
        sys.stdout,
    )


if __name__ == "__main__":
    main()
