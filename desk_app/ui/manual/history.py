"""Back and forward through the places shown in the manual viewer, as a web browser does."""

from __future__ import annotations


class History:
    """The places visited (section ids, or the key of a file that failed), and where we are.

    Visiting a place drops whatever lay ahead; going back and forward moves through the list.
    """

    def __init__(self) -> None:
        self._places: list[str] = []
        self._at = -1

    def visit(self, place: str) -> None:
        """A new place shown (the one already current is not repeated)."""
        if self.current() == place:
            return
        del self._places[self._at + 1 :]
        self._places.append(place)
        self._at = len(self._places) - 1

    def current(self) -> str | None:
        return self._places[self._at] if self._at >= 0 else None

    def can_go_back(self) -> bool:
        return self._at > 0

    def can_go_forward(self) -> bool:
        return self._at < len(self._places) - 1

    def back(self) -> str | None:
        """The previous place, now current (None when there is none)."""
        if not self.can_go_back():
            return None
        self._at -= 1
        return self._places[self._at]

    def forward(self) -> str | None:
        """The next place, now current (None when there is none)."""
        if not self.can_go_forward():
            return None
        self._at += 1
        return self._places[self._at]
