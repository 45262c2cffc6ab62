"""The server's folder list, with each folder's status in the same round trip where possible.

A pass with nothing new should cost next to nothing. With LIST-STATUS (RFC 5819) one command
names every folder and tells its UIDVALIDITY, UIDNEXT, message count and HIGHESTMODSEQ, which is
all a pass needs to see that a folder has not changed; elsewhere STATUS asks per folder.
imapclient has no LIST … RETURN (STATUS …), so that command goes through its imaplib link.
"""

from __future__ import annotations

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
    status_lines = imap.untagged_responses.pop("STATUS", [])
    statuses: dict[str, FolderStatus | None] = {}
    for line in status_lines:
        parsed = parse_response([line]) if line not in (b"", None) else []
        if len(parsed) >= 2:
            statuses[_name(client, parsed[0])] = _status(parsed[1])
    folders = []
    for flags, delim, raw_name in client._proc_folder_list(listed):  # noqa: SLF001
        folders.append(ServerFolder(
            raw_name, delim.decode() if isinstance(delim, bytes) else delim, tuple(flags), statuses.get(raw_name)
        ))
    return folders


def folder_status(client: IMAPClient, name: str) -> FolderStatus | None:
    """STATUS of one folder (HIGHESTMODSEQ only where the server has CONDSTORE)."""
    items = STATUS_ITEMS if client.has_capability("CONDSTORE") else STATUS_ITEMS[:3]
    found = client.folder_status(name, items)
    return _status(tuple(x for pair in found.items() for x in pair))
