"""The owner's role: a passphrase, kept only as a salted scrypt hash in the settings, that guards
the owner's steps (approve, send back, mark paid, and changing rates once it is set).

This separates the two roles on a shared machine; it is not encryption: whoever holds the db file
holds its data.
"""

from __future__ import annotations

from desk_app.core.errors import DeskAppError, ErrorCode
from desk_app.core.passphrase import hash_passphrase, verify_passphrase
from desk_app.services.settings import Settings

MIN_LENGTH = 4


class OwnerService:
    """Setting and checking the owner's passphrase."""

    def __init__(self, settings: Settings) -> None:
        self._settings = settings
        self._given: str | None = None  # the passphrase given in this session (signs owner change sets)

    def has_passphrase(self) -> bool:
        return bool(self._settings.owner_passphrase_hash)

    def verify(self, passphrase: str) -> bool:
        """Whether `passphrase` is the owner's (False while none is set)."""
        return self.has_passphrase() and verify_passphrase(self._settings.owner_passphrase_hash, passphrase)

    def require(self, passphrase: str | None) -> None:
        """Let an owner's step through: always while no passphrase is set, else only with the right
        one (PASSPHRASE_REQUIRED without one, PASSPHRASE_WRONG with a wrong one). On an agent
        machine that trusts an owner's machine, the owner's steps are taken there (OWNER_ELSEWHERE)."""
        if self._settings.trusted_owner_fingerprint and self._settings.device_role != "owner":
            raise DeskAppError(ErrorCode.OWNER_ELSEWHERE, self._settings.trusted_owner_fingerprint)
        if not self.has_passphrase():
            return
        if passphrase is None:
            raise DeskAppError(ErrorCode.PASSPHRASE_REQUIRED)
        if not self.verify(passphrase):
            raise DeskAppError(ErrorCode.PASSPHRASE_WRONG)
        self.remember(passphrase)

    def remember(self, passphrase: str) -> None:
        """Keep the (verified) passphrase for this session: the owner's change sets are signed with it."""
        self._given = passphrase

    def remembered(self) -> str | None:
        return self._given

    def set_passphrase(self, new: str, current: str | None = None) -> None:
        """Set (or change, given the current one) the owner's passphrase; an empty `new` removes it."""
        self.require(current)
        if new and len(new) < MIN_LENGTH:
            raise DeskAppError(ErrorCode.INVALID_INPUT, f"passphrase (at least {MIN_LENGTH} characters)")
        self._settings.set("owner_passphrase_hash", hash_passphrase(new) if new else "")
