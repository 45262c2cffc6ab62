"""Working as the shop owner on this computer: a switch for this session only, never stored."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class OwnerMode(QObject):
    """Whether the owner works at this computer now, and the passphrase they gave for it.

    The passphrase is kept in memory for the session, only to hand to the owner's steps (approve,
    send back, mark paid, rates); it is never written anywhere or logged. Leaving the mode forgets it.

    Signals:
        changed(bool): owner mode was switched on (True) or off (False).
    """

    changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._active = False
        self._passphrase: str | None = None

    def is_active(self) -> bool:
        return self._active

    def passphrase(self) -> str | None:
        """The owner's passphrase as last accepted (None when none was needed or given)."""
        return self._passphrase

    def enter(self, passphrase: str | None) -> None:
        """Switch owner mode on with the passphrase just checked (None while none is set)."""
        self._passphrase = passphrase
        if not self._active:
            self._active = True
            self.changed.emit(True)

    def remember(self, passphrase: str | None) -> None:
        """Keep a passphrase the service has just accepted (a new one, or one asked for again);
        outside owner mode nothing is kept."""
        if self._active:
            self._passphrase = passphrase

    def leave(self) -> None:
        """Switch owner mode off and forget the passphrase."""
        self._passphrase = None
        if self._active:
            self._active = False
            self.changed.emit(False)

    def __repr__(self) -> str:  # never show the passphrase, not even in a debugger or a log line
        return f"<OwnerMode active={self._active}>"
