"""Folder roles (Sent, Drafts, Trash, Junk, Archive) from SPECIAL-USE flags or, failing that, names."""

from __future__ import annotations

SYNC_FOLDER = "desk_app-sync"  # record sync's own folder: never listed among the mail folders

_SPECIAL_USE = {
    b"\\Sent": "sent",
    b"\\Drafts": "drafts",
    b"\\Trash": "trash",
    b"\\Junk": "junk",
    b"\\Archive": "archive",
    b"\\All": "all",
}
# Names servers without SPECIAL-USE give these folders (English, Japanese, Gmail's).
_BY_NAME = {
    "sent": "sent", "sent items": "sent", "sent messages": "sent", "送信済み": "sent",
    "送信済みメール": "sent", "[gmail]/sent mail": "sent",
    "drafts": "drafts", "draft": "drafts", "下書き": "drafts", "[gmail]/drafts": "drafts",
    "trash": "trash", "deleted items": "trash", "deleted messages": "trash", "ごみ箱": "trash",
    "ゴミ箱": "trash", "[gmail]/trash": "trash",
    "junk": "junk", "spam": "junk", "junk e-mail": "junk", "迷惑メール": "junk", "[gmail]/spam": "junk",
    "archive": "archive", "archives": "archive", "アーカイブ": "archive",
}


def role_for(name: str, flags: tuple[bytes, ...]) -> str | None:
    """The special-use role of a folder, or None for an ordinary folder."""
    if name.upper() == "INBOX":
        return "inbox"
    for flag in flags:
        role = _SPECIAL_USE.get(flag) or _SPECIAL_USE.get(flag.capitalize())
        if role:
            return role
    return _BY_NAME.get(name.lower())


def is_selectable(flags: tuple[bytes, ...]) -> bool:
    lowered = {f.lower() for f in flags}
    return b"\\noselect" not in lowered and b"\\nonexistent" not in lowered


ROLE_ORDER = {"inbox": 0, "sent": 1, "drafts": 2, "archive": 3, None: 4, "junk": 5, "trash": 6, "all": 7}
