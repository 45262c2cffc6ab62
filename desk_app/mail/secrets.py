"""Account passwords in the system keyring (service `desk_app`), never anywhere else.

A backend chosen explicitly (keyring's config file or PYTHON_KEYRING_BACKEND) is used as
configured; a plain-text backend that keyring merely detected is refused, and so is the "fail"
backend of a headless box without Secret Service: the caller then offers to ask for the password
once per session (`SessionPasswords`) instead of storing it.
"""

from __future__ import annotations

import keyring
import keyring.backends.fail
from keyring.errors import KeyringError, NoKeyringError, PasswordDeleteError

from desk_app.core.errors import DeskAppError, ErrorCode

SERVICE = "desk_app"
_PLAINTEXT_MODULES = ("keyrings.alt",)


def secret_key(username: str, host: str) -> str:
    """The keyring user name one account's password is kept under."""
    return f"{username}@{host}"


def _explicit_backend() -> bool:
    return keyring.core.load_env() is not None or keyring.core.load_config() is not None


def _usable_backend() -> keyring.backend.KeyringBackend:
    backend = keyring.get_keyring()
    if isinstance(backend, keyring.backends.fail.Keyring):
        raise DeskAppError(ErrorCode.NO_KEYRING, "no keyring backend (Secret Service, KWallet, Keychain…)")
    chained = getattr(backend, "backends", [backend])
    plaintext = any(type(b).__module__.startswith(_PLAINTEXT_MODULES) for b in chained)
    if plaintext and not _explicit_backend():
        raise DeskAppError(ErrorCode.NO_KEYRING, "only a plain-text keyring was found")
    return backend


def keyring_available() -> bool:
    """True when passwords can be stored safely on this machine."""
    try:
        _usable_backend()
    except DeskAppError:
        return False
    return True


def store_password(key: str, password: str) -> None:
    try:
        _usable_backend().set_password(SERVICE, key, password)
    except (NoKeyringError, KeyringError) as exc:
        raise DeskAppError(ErrorCode.NO_KEYRING, type(exc).__name__) from exc


def load_password(key: str) -> str | None:
    try:
        return _usable_backend().get_password(SERVICE, key)
    except (NoKeyringError, KeyringError) as exc:
        raise DeskAppError(ErrorCode.NO_KEYRING, type(exc).__name__) from exc


def forget_password(key: str) -> None:
    try:
        _usable_backend().delete_password(SERVICE, key)
    except (PasswordDeleteError, DeskAppError):
        pass


class SessionPasswords:
    """Passwords typed once per session where no keyring exists: held in memory, never written."""

    def __init__(self) -> None:
        self._held: dict[str, str] = {}

    def remember(self, key: str, password: str) -> None:
        self._held[key] = password

    def get(self, key: str) -> str | None:
        return self._held.get(key)

    def __repr__(self) -> str:  # never let a password reach a log through repr()
        return f"SessionPasswords({len(self._held)} held)"


def resolve_password(key: str, session: SessionPasswords) -> str:
    """The account's password from the session cache or the keyring; NO_PASSWORD if neither has it."""
    held = session.get(key)
    if held is not None:
        return held
    stored = load_password(key) if keyring_available() else None
    if stored is None:
        raise DeskAppError(ErrorCode.NO_PASSWORD, key)
    return stored
