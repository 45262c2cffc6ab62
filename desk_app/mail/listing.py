"""The server's folder list, with each folder's status in the same round trip where possible.

A pass with nothing new should cost next to nothing. With LIST-STATUS (RFC 5819) one command
names every folder and tells its UIDVALIDITY, UIDNEXT, message count and HIGHESTMODSEQ, which is
all a pass needs to see that a folder has not changed; elsewhere STATUS asks per folder.
imapclient has no LIST … RETURN (STATUS …), so that command goes through its imaplib link.
Its answer lines in their usual shape are read with one regex each (imapclient's general parser
was a third of a no-change pass); any other shape (a literal, an escape, a bracket) is left to it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from imapclient import IMAPClient
from imapclient.imap_utf7 import decode as decode_utf7
from imapclient.response_parser import parse_response

STATUS_ITEMS = ("MESSAGES", "UIDNEXT", "UIDVALIDITY", "HIGHESTMODSEQ")


@dataclass(frozen=True)
class FolderStatus:
    """What the server says of a folder without selecting it."""

    uidvalidity: int
    uidnext: int
    messages: int
    highestmodseq: int | None


@dataclass(frozen=True)
class ServerFolder:
    name: str
    delimiter: str | None
    flags: tuple[bytes, ...]
    status: FolderStatus | None = None  # given by LIST-STATUS


def _status(items: object) -> FolderStatus | None:
    values = dict(zip(items[::2], items[1::2])) if isinstance(items, tuple) else {}  # type: ignore[index]
    try:
        return FolderStatus(
            uidvalidity=int(values[b"UIDVALIDITY"]),
            uidnext=int(values[b"UIDNEXT"]),
            messages=int(values[b"MESSAGES"]),
            highestmodseq=int(values[b"HIGHESTMODSEQ"]) if b"HIGHESTMODSEQ" in values else None,
        )
    except (KeyError, TypeError, ValueError):
        return None


_NAME = rb'(?:"([^"\\]*)"|([^\s"(){}\[\]\\%*]+))'  # quoted without escapes, or a plain atom
_LIST_LINE = re.compile(rb'\(((?:\\?[A-Za-z0-9$-]+(?: \\?[A-Za-z0-9$-]+)*)?)\) (?:"([^"\\])"|NIL) ' + _NAME)
_STATUS_LINE = re.compile(_NAME + rb' \(((?:[A-Z]+ [0-9]+(?: [A-Z]+ [0-9]+)*)?)\)')


def _plain(match: re.Match[bytes], group: int) -> bytes:
    quoted = match[group]
    return quoted if quoted is not None else match[group + 1]


def _list_lines(client: IMAPClient, lines: list[object]) -> list[tuple[tuple[bytes, ...], bytes | None, str]]:
    """LIST answer lines as imapclient's `_proc_folder_list` reads them."""
    lines = [line for line in lines if line not in (b"", None)]
    matches = [_LIST_LINE.fullmatch(line) if isinstance(line, bytes) else None for line in lines]
    if not all(matches):
        return client._proc_folder_list(lines)  # noqa: SLF001
    return [
        (tuple(m[1].split()) if m[1] else (), m[2], _name(client, _plain(m, 3)))
        for m in matches  # type: ignore[union-attr]
    ]


def _status_lines(client: IMAPClient, lines: list[object]) -> dict[str, FolderStatus | None]:
    """STATUS answer lines: folder name → its status."""
    statuses: dict[str, FolderStatus | None] = {}
    for line in lines:
        match = _STATUS_LINE.fullmatch(line) if isinstance(line, bytes) else None
        if match:
            statuses[_name(client, _plain(match, 1))] = _status(tuple(match[3].split()))
            continue
        parsed = parse_response([line]) if line not in (b"", None) else []
        if len(parsed) >= 2:
            statuses[_name(client, parsed[0])] = _status(parsed[1])
    return statuses


def _name(client: IMAPClient, raw: object) -> str:
    if isinstance(raw, int):
        return str(raw)  # some servers give all-digit names unquoted
    if isinstance(raw, bytes):
        return decode_utf7(raw) if client.folder_encode else raw.decode("utf-8", "replace")
    return str(raw)


def list_folders(client: IMAPClient, *, with_status: bool) -> list[ServerFolder]:
    """Every folder with its flags and delimiter; with `with_status` and a server that has
    LIST-STATUS (and CONDSTORE, for HIGHESTMODSEQ), each folder's status too."""
    if not (with_status and client.has_capability("LIST-STATUS")):
        return [
            ServerFolder(name, delim.decode() if isinstance(delim, bytes) else delim, tuple(flags))
            for flags, delim, name in client.list_folders()
        ]
    imap = client._imap  # noqa: SLF001 — see the module docstring
    typ, data = imap._simple_command(  # noqa: SLF001
        "LIST", b'""', b'"*"', "RETURN", f"(STATUS ({' '.join(STATUS_ITEMS)}))"
    )
    client._checkok("list", typ, data)  # noqa: SLF001
    _, listed = imap._untagged_response(typ, data, "LIST")  # noqa: SLF001
    statuses = _status_lines(client, imap.untagged_responses.pop("STATUS", []))
    folders = []
    for flags, delim, raw_name in _list_lines(client, listed):
        folders.append(ServerFolder(
            raw_name, delim.decode() if isinstance(delim, bytes) else delim, tuple(flags), statuses.get(raw_name)
        ))
    return folders


def folder_status(client: IMAPClient, name: str) -> FolderStatus | None:
    """STATUS of one folder (HIGHESTMODSEQ only where the server has CONDSTORE)."""
    items = STATUS_ITEMS if client.has_capability("CONDSTORE") else STATUS_ITEMS[:3]
    found = client.folder_status(name, items)
    return _status(tuple(x for pair in found.items() for x in pair))
