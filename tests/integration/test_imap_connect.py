"""Connecting to IMAP servers on loopback: every failure named by its specific ErrorCode.

Real servers throughout: Dovecot (plain, and a second one that requires TLS with a certificate
from a CA made here), a closed port, and two tiny fake servers in threads (one that never
speaks, one that does not offer IMAP4rev1).
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import logging
import socket
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from conftest import Mailbox, _require_dovecot
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID
from dovecot_server import DovecotServer, free_port

from desk_app.core.errors import DeskAppError, ErrorCode
from desk_app.mail.imap import ServerEndpoint, close_quietly, connect

TLS_USER = "tlsuser"
TLS_PASSWORD = "pw-Tls-7f3a9c"
HOST = "127.0.0.1"

# Run the tests on the plain Dovecot once: the CONDSTORE variant adds nothing to connecting.
only_default_dovecot = pytest.mark.parametrize("dovecot", ["condstore"], indirect=True)


# --- certificates -------------------------------------------------------------------------------


def _name(common_name: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.ORGANIZATION_NAME, "desk_app tests"),
                      x509.NameAttribute(NameOID.COMMON_NAME, common_name)])


def make_test_pki(folder: Path) -> tuple[Path, Path, Path]:
    """A self-signed CA and a server certificate it signed for 127.0.0.1 and localhost.

    Returns (ca.pem, server-cert.pem, server-key.pem).
    """
    now = dt.datetime.now(dt.UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = _name("desk_app test CA")
    ca_ski = x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key())
    ca_cert = (
        x509.CertificateBuilder()
        .subject_name(ca_name).issuer_name(ca_name)
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5)).not_valid_after(now + dt.timedelta(days=2))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(x509.KeyUsage(digital_signature=False, content_commitment=False, key_encipherment=False,
                                     data_encipherment=False, key_agreement=False, key_cert_sign=True,
                                     crl_sign=True, encipher_only=False, decipher_only=False), critical=True)
        .add_extension(ca_ski, critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    key = ec.generate_private_key(ec.SECP256R1())
    cert = (
        x509.CertificateBuilder()
        .subject_name(_name("localhost")).issuer_name(ca_name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5)).not_valid_after(now + dt.timedelta(days=2))
        .add_extension(x509.SubjectAlternativeName([x509.DNSName("localhost"),
                                                    x509.IPAddress(ipaddress.ip_address(HOST))]), critical=False)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.KeyUsage(digital_signature=True, content_commitment=False, key_encipherment=False,
                                     data_encipherment=False, key_agreement=False, key_cert_sign=False,
                                     crl_sign=False, encipher_only=False, decipher_only=False), critical=True)
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_subject_key_identifier(ca_ski), critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    ca_path, cert_path, key_path = folder / "ca.pem", folder / "server-cert.pem", folder / "server-key.pem"
    ca_path.write_bytes(ca_cert.public_bytes(serialization.Encoding.PEM))
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return ca_path, cert_path, key_path


@pytest.fixture(scope="module")
def pki(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Path]:
    return make_test_pki(tmp_path_factory.mktemp("pki"))


@pytest.fixture(scope="module")
def ca_file(pki: tuple[Path, Path, Path]) -> str:
    return str(pki[0])


@pytest.fixture(scope="module")
def tls_dovecot(pki: tuple[Path, Path, Path]) -> Iterator[DovecotServer]:
    """A Dovecot that requires TLS: STARTTLS on `port`, implicit TLS on `tls_port`."""
    _require_dovecot()
    _, cert, key = pki
    # DovecotServer turns off the failure delay and the per-IP auth penalty, so the wrong
    # passwords tried here cost nothing. Loopback counts as secure: plain LOGIN works on `port`.
    server = DovecotServer(tls_cert=cert, tls_key=key)
    server.add_user(TLS_USER, TLS_PASSWORD)
    server.start()
    yield server
    server.cleanup()


def code_of(endpoint: ServerEndpoint, user: str, password: str) -> ErrorCode:
    with pytest.raises(DeskAppError) as failed:
        close_quietly(connect(endpoint, user, password))
    return failed.value.code


def logs_in(endpoint: ServerEndpoint, user: str, password: str) -> bool:
    client = connect(endpoint, user, password)
    try:
        return b"IMAP4REV1" in client.capabilities() and client.noop() is not None
    finally:
        close_quietly(client)


# --- fake servers in threads --------------------------------------------------------------------


class FakeServer:
    """A TCP server on loopback running `serve(conn)` for each connection in a thread."""

    def __init__(self, serve: Callable[[socket.socket], None]) -> None:
        self._serve = serve
        self._listener = socket.create_server((HOST, 0))
        self.port = self._listener.getsockname()[1]
        self._stop = threading.Event()
        self._conns: list[socket.socket] = []
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()

    def _accept(self) -> None:
        self._listener.settimeout(0.1)
        while not self._stop.is_set():
            try:
                conn, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            self._conns.append(conn)
            try:
                self._serve(conn)
            except OSError:
                pass

    def close(self) -> None:
        self._stop.set()
        self._thread.join(5)
        for conn in self._conns:
            conn.close()
        self._listener.close()


def _silent(conn: socket.socket) -> None:
    """Accept and never say a word (the connection stays open until the test ends)."""


def _old_imap(capability: bytes, *, drop_at_login: bool = False) -> Callable[[socket.socket], None]:
    """A server that greets without a capability list and answers CAPABILITY with `capability`;
    with `drop_at_login` the link breaks when the client sends its LOGIN."""

    def serve(conn: socket.socket) -> None:
        conn.settimeout(5)
        conn.sendall(b"* OK fake server ready\r\n")
        buffer = b""
        while True:
            data = conn.recv(4096)
            if not data:
                return
            buffer += data
            while b"\r\n" in buffer:
                line, buffer = buffer.split(b"\r\n", 1)
                tag, _, command = line.partition(b" ")
                command = command.upper()
                if command.startswith(b"CAPABILITY"):
                    conn.sendall(b"* CAPABILITY " + capability + b"\r\n" + tag + b" OK done\r\n")
                elif command.startswith(b"LOGIN") and drop_at_login:
                    conn.shutdown(socket.SHUT_RDWR)
                    conn.close()
                    return
                elif command.startswith(b"LOGOUT"):
                    conn.sendall(b"* BYE bye\r\n" + tag + b" OK done\r\n")
                    return
                else:
                    conn.sendall(tag + b" BAD unknown\r\n")

    return serve


@pytest.fixture
def fake_server() -> Iterator[Callable[[Callable[[socket.socket], None]], FakeServer]]:
    started: list[FakeServer] = []

    def start(serve: Callable[[socket.socket], None]) -> FakeServer:
        server = FakeServer(serve)
        started.append(server)
        return server

    yield start
    for server in started:
        server.close()


# --- plain Dovecot, closed port, silent and old servers ------------------------------------------


def test_right_password_logs_in_and_wrong_one_is_auth_failed(tls_dovecot: DovecotServer) -> None:
    # Plain IMAP (loopback), on the module's own server: failed logins on the shared one would
    # earn 127.0.0.1 Dovecot's auth penalty and slow every later test.
    endpoint = ServerEndpoint(HOST, tls_dovecot.port, "none", timeout=10)
    assert logs_in(endpoint, TLS_USER, TLS_PASSWORD)
    assert code_of(endpoint, TLS_USER, TLS_PASSWORD + "-wrong") is ErrorCode.AUTH_FAILED
    assert code_of(endpoint, "no-such-user", "whatever") is ErrorCode.AUTH_FAILED


def test_closed_port_is_host_unreachable() -> None:
    port = free_port()  # bound and released: nothing listens there now
    assert code_of(ServerEndpoint(HOST, port, "none", timeout=5), "u", "p") is ErrorCode.HOST_UNREACHABLE
    assert code_of(ServerEndpoint(HOST, port, "ssl", timeout=5), "u", "p") is ErrorCode.HOST_UNREACHABLE


@pytest.mark.parametrize("security", ["none", "ssl", "starttls"])
def test_server_that_never_speaks_is_timeout(fake_server, security: str) -> None:
    server = fake_server(_silent)
    endpoint = ServerEndpoint(HOST, server.port, security, timeout=0.3)
    assert code_of(endpoint, "u", "p") is ErrorCode.TIMEOUT


def test_server_without_imap4rev1_is_refused(fake_server) -> None:
    # imaplib accepts a server that says only "IMAP4" (RFC 1730); we require IMAP4rev1.
    server = fake_server(_old_imap(b"IMAP4 AUTH=LOGIN"))
    assert code_of(ServerEndpoint(HOST, server.port, "none", timeout=5), "u", "p") is ErrorCode.NO_IMAP4REV1


def test_server_without_any_imap4_is_refused(fake_server) -> None:
    # Here imaplib itself gives up ("server not IMAP4 compliant"): still the same code.
    server = fake_server(_old_imap(b"IMAP2 AUTH=LOGIN"))
    assert code_of(ServerEndpoint(HOST, server.port, "none", timeout=5), "u", "p") is ErrorCode.NO_IMAP4REV1


def test_a_link_that_breaks_during_login_is_connection_lost_not_a_wrong_password(fake_server) -> None:
    server = fake_server(_old_imap(b"IMAP4rev1 AUTH=PLAIN", drop_at_login=True))
    assert code_of(ServerEndpoint(HOST, server.port, "none", timeout=5), "u", "p") is ErrorCode.CONNECTION_LOST


# --- TLS ---------------------------------------------------------------------------------------


def test_implicit_tls_without_our_ca_fails_verification(tls_dovecot: DovecotServer) -> None:
    endpoint = ServerEndpoint(HOST, tls_dovecot.tls_port, "ssl", timeout=10)
    assert code_of(endpoint, TLS_USER, TLS_PASSWORD) is ErrorCode.TLS_FAILED


def test_starttls_without_our_ca_fails_verification(tls_dovecot: DovecotServer) -> None:
    endpoint = ServerEndpoint(HOST, tls_dovecot.port, "starttls", timeout=10)
    assert code_of(endpoint, TLS_USER, TLS_PASSWORD) is ErrorCode.TLS_FAILED


def test_implicit_tls_with_the_ca_file_connects(tls_dovecot: DovecotServer, ca_file: str) -> None:
    endpoint = ServerEndpoint(HOST, tls_dovecot.tls_port, "ssl", ca_file=ca_file, timeout=10)
    assert logs_in(endpoint, TLS_USER, TLS_PASSWORD)
    assert code_of(endpoint, TLS_USER, "wrong") is ErrorCode.AUTH_FAILED


def test_starttls_with_the_ca_file_connects(tls_dovecot: DovecotServer, ca_file: str) -> None:
    endpoint = ServerEndpoint(HOST, tls_dovecot.port, "starttls", ca_file=ca_file, timeout=10)
    assert logs_in(endpoint, TLS_USER, TLS_PASSWORD)
    assert code_of(endpoint, TLS_USER, "wrong") is ErrorCode.AUTH_FAILED


def test_implicit_tls_against_a_plain_port_is_tls_failed(tls_dovecot: DovecotServer, ca_file: str) -> None:
    endpoint = ServerEndpoint(HOST, tls_dovecot.port, "ssl", ca_file=ca_file, timeout=10)
    assert code_of(endpoint, TLS_USER, TLS_PASSWORD) is ErrorCode.TLS_FAILED


@only_default_dovecot
def test_starttls_where_the_server_offers_none_is_tls_failed(mailbox: Mailbox) -> None:
    # The plain test server has `ssl = no`, so no STARTTLS: we must not go on in clear text.
    endpoint = ServerEndpoint(HOST, mailbox.server.port, "starttls", timeout=10)
    assert code_of(endpoint, mailbox.user, mailbox.password) is ErrorCode.TLS_FAILED


# --- nothing secret in the logs -----------------------------------------------------------------


def test_no_password_in_debug_logs(tls_dovecot: DovecotServer, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    for name in ("imapclient", "imapclient.imaplib", "imapclient.imapclient", "desk_app"):
        caplog.set_level(logging.DEBUG, logger=name)
    wrong = TLS_PASSWORD + "-Wrong"
    endpoint = ServerEndpoint(HOST, tls_dovecot.port, "none", timeout=10)
    assert logs_in(endpoint, TLS_USER, TLS_PASSWORD)
    with pytest.raises(DeskAppError) as failed:
        connect(endpoint, TLS_USER, wrong)
    assert failed.value.code is ErrorCode.AUTH_FAILED
    traced = caplog.text
    # The protocol trace was captured (so the check below means something) …
    assert any(r.name == "imapclient.imaplib" for r in caplog.records)
    assert "LOGOUT" in traced and "Logged in as" in traced and "AUTHENTICATIONFAILED" in traced
    # … and holds neither password, nor does the error the user sees.
    for secret in (TLS_PASSWORD, wrong):
        assert secret not in traced
        assert all(secret not in repr(r.args) and secret not in str(r.msg) for r in caplog.records)
        assert secret not in str(failed.value)
        assert secret not in repr(failed.value.__cause__)
