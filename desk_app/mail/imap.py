"""Connecting to an IMAP server: TLS with verified certificates, and failures named precisely."""

from __future__ import annotations

import logging
import socket
import ssl
from dataclasses import dataclass

import imapclient
from imapclient.exceptions import IMAPClientAbortError, IMAPClientError, LoginError

from desk_app.core.errors import DeskAppError, ErrorCode

log = logging.getLogger(__name__)

ImapConnection = imapclient.IMAPClient  # the type services may hold without importing imapclient

DEFAULT_TIMEOUT = 30.0
SECURITY_MODES = ("ssl", "starttls", "none")


@dataclass(frozen=True)
class ServerEndpoint:
    """Where and how to reach a mail server."""

    host: str
    port: int
    security: str  # ssl | starttls | none
    ca_file: str | None = None
    timeout: float = DEFAULT_TIMEOUT


def tls_context(ca_file: str | None) -> ssl.SSLContext:
    """Certificates verified against the system store, plus the account's own CA when given."""
    context = ssl.create_default_context()
    if ca_file:
        context.load_verify_locations(cafile=ca_file)
    return context


def classify(exc: BaseException) -> ErrorCode:
    """Map a connection failure to the error the user can act on."""
    if isinstance(exc, LoginError):
        # imapclient turns whatever LOGIN raised into LoginError, a link that broke included.
        broken = isinstance(exc.__context__, IMAPClientAbortError | OSError | EOFError)
        return ErrorCode.CONNECTION_LOST if broken else ErrorCode.AUTH_FAILED
    if isinstance(exc, ssl.SSLError | ssl.CertificateError):
        return ErrorCode.TLS_FAILED
    if isinstance(exc, socket.timeout | TimeoutError):
        return ErrorCode.TIMEOUT
    if isinstance(exc, socket.gaierror | ConnectionRefusedError | OSError) and not isinstance(
        exc, ConnectionResetError | BrokenPipeError
    ):
        return ErrorCode.HOST_UNREACHABLE
    return ErrorCode.CONNECTION_LOST


def connect(endpoint: ServerEndpoint, username: str, password: str) -> imapclient.IMAPClient:
    """An authenticated client; raises DeskAppError with a specific code on failure."""
    stage = "connect"
    client = None
    try:
        context = tls_context(endpoint.ca_file) if endpoint.security != "none" else None
        client = imapclient.IMAPClient(
            endpoint.host,
            port=endpoint.port,
            ssl=endpoint.security == "ssl",
            ssl_context=context,
            timeout=endpoint.timeout,
        )
        client.normalise_times = False  # keep INTERNALDATE's own offset instead of naive local time
        if endpoint.security == "starttls":
            stage = "starttls"
            client.starttls(context)
        if b"IMAP4REV1" not in client.capabilities():
            close_quietly(client)
            raise DeskAppError(ErrorCode.NO_IMAP4REV1, endpoint.host)
        stage = "login"
        client.login(username, password)
        _enable_condstore(client)
        return client
    except DeskAppError:
        raise
    except (IMAPClientError, OSError) as exc:
        if client is not None:
            close_quietly(client)
        code = classify(exc)
        if (
            stage == "login" and isinstance(exc, IMAPClientError) and code is ErrorCode.CONNECTION_LOST
            and not isinstance(exc, IMAPClientAbortError | LoginError)
        ):
            code = ErrorCode.AUTH_FAILED  # the server refused the login in words (NO / BAD)
        elif isinstance(exc, IMAPClientError) and not isinstance(exc, IMAPClientAbortError):
            # The server answered, but not as we need: no STARTTLS on offer (going on in clear
            # text is not an option), or not even IMAP4 (imaplib gives up before we can ask).
            if stage == "starttls":
                code = ErrorCode.TLS_FAILED
            elif "not IMAP4 compliant" in str(exc):
                code = ErrorCode.NO_IMAP4REV1
        # The message names host and stage only: protocol text could echo credentials.
        log.info("IMAP %s to %s:%s failed: %s", stage, endpoint.host, endpoint.port, type(exc).__name__)
        raise DeskAppError(code, f"{endpoint.host}:{endpoint.port}") from exc


def _enable_condstore(client: imapclient.IMAPClient) -> None:
    """Turn CONDSTORE on for the whole connection, right after login.

    ENABLE is refused once a folder has been selected, so it cannot wait for the sync: a
    session that IDLEs on the Inbox between passes would lose CONDSTORE from its second pass
    on and compare every flag of every message each time. Refused or missing, the sync simply
    works without it (no HIGHESTMODSEQ comes back).
    """
    capabilities = client.capabilities()
    if b"CONDSTORE" in capabilities or b"QRESYNC" in capabilities:
        try:
            client.enable("CONDSTORE")
        except IMAPClientError as exc:
            log.info("the server refused ENABLE CONDSTORE: %s", type(exc).__name__)


def close_quietly(client: imapclient.IMAPClient) -> None:
    """Log out if the link still works, and close the socket whatever state it is in."""
    try:
        client.logout()
    except Exception:  # noqa: BLE001 — a dead link cannot log out; the socket still must close
        try:
            client.shutdown()
        except Exception:  # noqa: BLE001
            pass


class _RedactCredentials(logging.Filter):
    """Drops protocol-trace lines that carry credentials (LOGIN, AUTHENTICATE and its reply)."""

    _MARKERS = ("LOGIN", "AUTHENTICATE", "login", "authenticate")

    def filter(self, record: logging.LogRecord) -> bool:
        text = record.getMessage()
        return not any(marker in text for marker in self._MARKERS)


for _name in ("imapclient", "imapclient.imaplib", "imapclient.imapclient", "imapclient.util"):
    logging.getLogger(_name).addFilter(_RedactCredentials())
