"""Sending by SMTP: implicit TLS or STARTTLS with verified certificates; failures sorted into
permanent (stop, tell the agent) and temporary (retry later)."""

from __future__ import annotations

import logging
import smtplib
import socket
import ssl
from collections.abc import Sequence
from dataclasses import dataclass

from desk_app.mail.imap import ServerEndpoint, tls_context

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SendFailure(Exception):
    """Why a message was not accepted; `permanent` failures are not retried."""

    permanent: bool
    reason: str  # a short code: auth_failed, recipient_refused, rejected, tls_failed, unreachable, timeout, temporary

    def __str__(self) -> str:
        return self.reason


def _open(endpoint: ServerEndpoint) -> smtplib.SMTP:
    context = tls_context(endpoint.ca_file) if endpoint.security != "none" else None
    if endpoint.security == "ssl":
        return smtplib.SMTP_SSL(endpoint.host, endpoint.port, timeout=endpoint.timeout, context=context)
    client = smtplib.SMTP(endpoint.host, endpoint.port, timeout=endpoint.timeout)
    if endpoint.security == "starttls":
        client.starttls(context=context)
    return client


def send(
    endpoint: ServerEndpoint,
    username: str | None,
    password: str | None,
    sender: str,
    recipients: Sequence[str],
    raw: bytes,
) -> list[str]:
    """Hand one message to the server; returns the recipients it refused while accepting others.

    Raises SendFailure. A 5xx reply (bad recipient, rejected content, wrong password) is
    permanent; 4xx replies and network trouble are temporary.
    """
    try:
        client = _open(endpoint)
    except ssl.SSLError as exc:
        raise SendFailure(True, "tls_failed") from exc
    except (socket.timeout, TimeoutError) as exc:
        raise SendFailure(False, "timeout") from exc
    except (OSError, smtplib.SMTPException) as exc:
        raise SendFailure(False, "unreachable") from exc
    try:
        client.ehlo_or_helo_if_needed()
        if username and password and client.has_extn("auth"):  # a local relay may take mail without AUTH
            client.login(username, password)
        refused = client.sendmail(sender, list(recipients), raw)
        if refused:  # some recipients accepted, some not: the accepted ones got it, do not resend
            log.warning("SMTP refused %d recipient(s)", len(refused))
        return sorted(refused)
    except smtplib.SMTPAuthenticationError as exc:
        raise SendFailure(True, "auth_failed") from exc
    except smtplib.SMTPRecipientsRefused as exc:
        codes = [code for code, _ in exc.recipients.values()]
        raise SendFailure(all(c >= 500 for c in codes), "recipient_refused") from exc
    except smtplib.SMTPResponseException as exc:
        raise SendFailure(exc.smtp_code >= 500, "rejected" if exc.smtp_code >= 500 else "temporary") from exc
    except (socket.timeout, TimeoutError) as exc:
        raise SendFailure(False, "timeout") from exc
    except (OSError, smtplib.SMTPException) as exc:
        raise SendFailure(False, "temporary") from exc
    finally:
        try:
            client.quit()
        except (OSError, smtplib.SMTPException):
            client.close()
