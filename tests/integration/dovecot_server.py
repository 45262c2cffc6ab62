"""A private Dovecot IMAP server for the integration tests, on a free loopback port.

Started from a config file in the test's own folder (see PITFALLS.md): plaintext auth on
loopback, Maildir storage, a passwd-file of test users. `capabilities` replaces Dovecot's
advertised capability list, so the same tests run with and without CONDSTORE/QRESYNC.
With `tls_cert`/`tls_key` (PEM files) the server requires TLS: STARTTLS on `port` and implicit
TLS on `tls_port`. `settings` are extra config lines (e.g. `auth_failure_delay = 0`).
"""

from __future__ import annotations

import os
import pwd
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

DOVECOT = shutil.which("dovecot") or "/usr/sbin/dovecot"
MAIL_USER = "vmail"

NO_CONDSTORE_CAPS = "IMAP4rev1 LITERAL+ SASL-IR LOGIN-REFERRALS ID ENABLE IDLE SORT THREAD=REFERENCES MULTIAPPEND UNSELECT CHILDREN NAMESPACE UIDPLUS LIST-EXTENDED I18NLEVEL=1 ESEARCH ESORT SEARCHRES WITHIN CONTEXT=SEARCH LIST-STATUS BINARY MOVE SPECIAL-USE"


def dovecot_available() -> bool:
    return os.path.exists(DOVECOT)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _mail_owner() -> tuple[str, int, int]:
    """The system user mail processes run as: `vmail` when root (created if missing), else us."""
    if os.geteuid() != 0:
        entry = pwd.getpwuid(os.geteuid())
        return entry.pw_name, entry.pw_uid, entry.pw_gid
    try:
        entry = pwd.getpwnam(MAIL_USER)
    except KeyError:
        subprocess.run(["useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", MAIL_USER],
                       check=True, capture_output=True)
        entry = pwd.getpwnam(MAIL_USER)
    return entry.pw_name, entry.pw_uid, entry.pw_gid


class DovecotServer:
    """One running Dovecot with its own config, state and mail folders under `root`."""

    def __init__(
        self,
        capabilities: str | None = None,
        *,
        tls_cert: Path | None = None,
        tls_key: Path | None = None,
        settings: Sequence[str] = (),
    ) -> None:
        # Not under pytest's tmp_path: that folder is 0700 root, unreadable for the mail user.
        self.root = Path(tempfile.mkdtemp(prefix="desk-dovecot-"))
        self.capabilities = capabilities
        self.port = free_port()
        self.users: dict[str, str] = {}
        self._owner = _mail_owner()
        self.settings = list(settings)
        os.chmod(self.root, 0o755)
        self.tls = tls_cert is not None
        self.tls_port: int | None = None
        if tls_cert is not None:
            if tls_key is None:
                raise ValueError("tls_cert needs tls_key")
            tls_dir = self.root / "tls"
            tls_dir.mkdir(mode=0o700)
            shutil.copyfile(tls_cert, tls_dir / "cert.pem")
            shutil.copyfile(tls_key, tls_dir / "key.pem")
            os.chmod(tls_dir / "key.pem", 0o600)
            self.tls_port = free_port()
            while self.tls_port == self.port:
                self.tls_port = free_port()

    @property
    def mail_dir(self) -> Path:
        """The folder holding each user's Maildir (`mail_dir / user`)."""
        return self.root / "mail"

    @property
    def mail_owner(self) -> tuple[int, int]:
        """uid and gid that own the users' mail files."""
        return self._owner[1], self._owner[2]

    @property
    def config_file(self) -> Path:
        return self.root / "dovecot.conf"

    def doveadm(self, *args: str, timeout: float = 600) -> str:
        """Run `doveadm` against this server's config; returns its output (raises on failure)."""
        done = subprocess.run(
            [shutil.which("doveadm") or "/usr/bin/doveadm", "-c", str(self.config_file), *args],
            capture_output=True, text=True, timeout=timeout,
        )
        if done.returncode != 0:
            raise RuntimeError(f"doveadm {' '.join(args)} failed: {done.stderr}")
        return done.stdout

    # --- configuration ---------------------------------------------------------------------

    def _write_config(self) -> Path:
        name, uid, gid = self._owner
        base = self.root / "run"
        mail = self.root / "mail"
        for folder in (base, mail, self.root / "state"):
            folder.mkdir(exist_ok=True)
        os.chown(mail, uid, gid)
        passwd = self.root / "passwd"
        passwd.write_text("".join(f"{u}:{{PLAIN}}{p}::::::\n" for u, p in self.users.items()))
        rootless = os.geteuid() != 0
        lines = [
            "protocols = imap",
            "listen = 127.0.0.1",
            f"base_dir = {base}",
            f"state_dir = {self.root / 'state'}",
            f"log_path = {self.root / 'dovecot.log'}",
            *self._ssl_lines(),
            "disable_plaintext_auth = no",
            "auth_mechanisms = plain login",
            # Tests log in with wrong passwords on purpose: no failure delay, and no per-IP auth
            # penalty (2, 4, 8… 15 s added to every later login from 127.0.0.1, for every test
            # after the first failure). Closing the penalty socket is Dovecot's documented switch.
            "auth_failure_delay = 0",
            "service anvil {\n  unix_listener anvil-auth-penalty {\n    mode = 0\n  }\n}",
            f"mail_location = maildir:{mail}/%u",
            f"first_valid_uid = {min(uid, 1) if uid else 1}",
            f"default_internal_user = {name if rootless else 'dovecot'}",
            f"default_login_user = {name if rootless else 'dovenull'}",
            f"passdb {{\n  driver = passwd-file\n  args = {passwd}\n}}",
            f"userdb {{\n  driver = static\n  args = uid={uid} gid={gid} home={mail}/%u\n}}",
            f"service imap-login {{\n  inet_listener imap {{\n    port = {self.port}\n  }}\n"
            f"  inet_listener imaps {{\n    port = {self.tls_port or 0}\n  }}\n}}",
            "namespace inbox {\n  inbox = yes\n"
            "  mailbox Sent {\n    special_use = \\Sent\n    auto = subscribe\n  }\n"
            "  mailbox Drafts {\n    special_use = \\Drafts\n    auto = subscribe\n  }\n"
            "  mailbox Trash {\n    special_use = \\Trash\n    auto = subscribe\n  }\n"
            "  mailbox Junk {\n    special_use = \\Junk\n    auto = subscribe\n  }\n}",
        ]
        if self.capabilities:
            lines.append(f"imap_capability = {self.capabilities}")
        lines += self.settings
        if rootless:
            lines += ["service anvil {\n  chroot =\n}", "service imap-login {\n  chroot =\n}"]
        config = self.config_file
        config.write_text("\n".join(lines) + "\n")
        return config

    def _ssl_lines(self) -> list[str]:
        if not self.tls:
            return ["ssl = no"]
        tls_dir = self.root / "tls"
        lines = ["ssl = required", f"ssl_cert = <{tls_dir / 'cert.pem'}", f"ssl_key = <{tls_dir / 'key.pem'}"]
        return lines

    # --- life cycle ------------------------------------------------------------------------

    def add_user(self, user: str, password: str) -> None:
        self.users[user] = password
        if self.running:
            (self.root / "passwd").write_text(
                "".join(f"{u}:{{PLAIN}}{p}::::::\n" for u, p in self.users.items())
            )

    @property
    def running(self) -> bool:
        return self._pid() is not None

    def _pid(self) -> int | None:
        pidfile = self.root / "run" / "master.pid"
        try:
            pid = int(pidfile.read_text().strip())
            os.kill(pid, 0)
            return pid
        except (OSError, ValueError):
            return None

    def start(self) -> None:
        config = self._write_config()
        # Output to a file, not a pipe: the daemon keeps inherited pipes open and run() would wait.
        with (self.root / "start.out").open("w") as out:
            done = subprocess.run([DOVECOT, "-c", str(config)], stdout=out, stderr=subprocess.STDOUT)
        if done.returncode != 0:
            raise RuntimeError(f"dovecot failed to start: {(self.root / 'start.out').read_text()}{self.log()}")
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline:
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.5) as sock:
                    if sock.recv(100).startswith(b"* OK"):
                        break
            except OSError:
                time.sleep(0.05)
        else:
            raise RuntimeError(f"dovecot did not accept connections on {self.port}\n{self.log()}")
        while self.tls_port is not None and time.monotonic() < deadline:
            try:
                socket.create_connection(("127.0.0.1", self.tls_port), timeout=0.5).close()
                return
            except OSError:
                time.sleep(0.05)
        if self.tls_port is not None:
            raise RuntimeError(f"dovecot did not accept connections on {self.tls_port}\n{self.log()}")

    def stop(self, sig: int = signal.SIGTERM) -> None:
        pid = self._pid()
        if pid is None:
            return
        os.kill(pid, sig)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and self._pid() is not None:
            time.sleep(0.05)
        # Wait for the port to close too, so a restart can bind it again.
        while time.monotonic() < deadline:
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=0.2).close()
                time.sleep(0.05)
            except OSError:
                break

    def kill(self) -> None:
        """Kill the server and every process serving a client, as a crash or a dropped link would."""
        pid = self._pid()
        if pid is not None:
            # The imap processes are the master's children; killing the master alone leaves
            # established connections served.
            subprocess.run(["pkill", "-KILL", "-P", str(pid)], capture_output=True)
        self.stop(signal.SIGKILL)

    def log(self) -> str:
        path = self.root / "dovecot.log"
        return path.read_text(errors="replace") if path.exists() else ""

    def cleanup(self) -> None:
        self.stop()
        shutil.rmtree(self.root, ignore_errors=True)
