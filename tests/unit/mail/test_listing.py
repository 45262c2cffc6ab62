"""LIST and STATUS answer lines read by the fast path give what imapclient's parser gives."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from imapclient import IMAPClient
from imapclient.imap_utf7 import encode as encode_utf7
from imapclient.response_parser import parse_response

from desk_app.mail import listing
from desk_app.mail.listing import FolderStatus


class _Client:
    """What the line readers use of an IMAPClient."""

    folder_encode = True
    _proc_folder_list = IMAPClient._proc_folder_list


def _by_imapclient_list(lines: list[object]) -> list[tuple]:
    return IMAPClient._proc_folder_list(_Client(), lines)  # type: ignore[arg-type]


def _by_imapclient_status(lines: list[bytes]) -> dict[str, FolderStatus | None]:
    found = {}
    for line in lines:
        name, items = parse_response([line])
        found[listing._name(_Client(), name)] = listing._status(items)  # type: ignore[arg-type]
    return found


USUAL_LIST = [
    b'(\\HasNoChildren) "." INBOX',
    b'(\\HasNoChildren \\Sent) "." Sent',
    b'(\\HasNoChildren \\Drafts) "/" "Sent Items"',
    b'() "." "&ZeVnLIqe-"',
    b'(\\Noselect \\HasChildren) NIL 2024',
    b'(\\HasNoChildren \\Trash) "." "Deleted Messages"',
    b'(\\HasNoChildren) "/" "[Gmail]/Sent Mail"',
]
ODD_LIST = [
    b'(\\HasNoChildren) "\\\\" INBOX',  # an escaped delimiter
    b'(\\HasNoChildren) "/" "say \\"hi\\""',
    b"(\\HasNoChildren) \".\" [Gmail]",
]
USUAL_STATUS = [
    b"INBOX (MESSAGES 10000 UIDNEXT 10001 UIDVALIDITY 1732900000 HIGHESTMODSEQ 42)",
    b'"Sent Items" (MESSAGES 0 UIDNEXT 1 UIDVALIDITY 7)',
    b'"&ZeVnLIqe-" (UIDNEXT 5 MESSAGES 4 UIDVALIDITY 9 HIGHESTMODSEQ 1)',
    b"2024 (MESSAGES 1 UIDNEXT 2 UIDVALIDITY 3 HIGHESTMODSEQ 4)",
]
ODD_STATUS = [
    b'"say \\"hi\\"" (MESSAGES 1 UIDNEXT 2 UIDVALIDITY 3)',
    b"INBOX ()",
    b"INBOX (MESSAGES 1 UIDNEXT 2)",
]


def test_usual_lines_take_the_fast_path_and_read_as_imapclient_reads_them() -> None:
    assert all(listing._LIST_LINE.fullmatch(line) for line in USUAL_LIST)
    assert all(listing._STATUS_LINE.fullmatch(line) for line in USUAL_STATUS)
    assert listing._list_lines(_Client(), USUAL_LIST) == _by_imapclient_list(USUAL_LIST)  # type: ignore[arg-type]
    assert listing._status_lines(_Client(), USUAL_STATUS) == _by_imapclient_status(USUAL_STATUS)  # type: ignore[arg-type]
    assert listing._status_lines(_Client(), USUAL_STATUS)["日本語"] == FolderStatus(9, 5, 4, 1)  # type: ignore[arg-type]


def test_odd_lines_go_to_imapclient() -> None:
    assert not any(listing._LIST_LINE.fullmatch(line) for line in ODD_LIST)
    for line in ODD_LIST:
        lines = [*USUAL_LIST, line]
        assert listing._list_lines(_Client(), lines) == _by_imapclient_list(lines)  # type: ignore[arg-type]
    literal = [(b'(\\HasNoChildren) "." {5}', b"Inbox"), b""]
    assert listing._list_lines(_Client(), literal) == [((b"\\HasNoChildren",), b".", "Inbox")]  # type: ignore[arg-type]
    assert listing._status_lines(_Client(), ODD_STATUS) == _by_imapclient_status(ODD_STATUS)  # type: ignore[arg-type]
    assert listing._status_lines(_Client(), [b"", None]) == {}  # type: ignore[arg-type]


_names = st.text(st.sampled_from("abcXYZ019 ._-&/日本受信箱[]\"\\%*"), min_size=1, max_size=12)
_flags = st.lists(st.sampled_from([b"\\HasNoChildren", b"\\HasChildren", b"\\Noselect", b"\\Sent", b"\\Junk",
                                   b"\\Subscribed", b"$Custom", b"\\NonExistent"]), max_size=4, unique=True)


def _quoted(raw: bytes) -> bytes:
    return b'"' + raw.replace(b"\\", b"\\\\").replace(b'"', b'\\"') + b'"'


def _wire_name(name: str, quote: bool) -> bytes:
    raw = encode_utf7(name)
    return _quoted(raw) if quote or not raw.replace(b".", b"").replace(b"-", b"").isalnum() else raw


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(_names, st.booleans(), _flags, st.sampled_from([b'"."', b'"/"', b"NIL"]),
                          st.lists(st.integers(0, 2**40), min_size=4, max_size=4)), min_size=1, max_size=5))
def test_generated_lines_read_as_imapclient_reads_them(folders: list) -> None:
    list_lines, status_lines = [], []
    for name, quote, flags, delimiter, numbers in folders:
        wire = _wire_name(name, quote)
        list_lines.append(b"(" + b" ".join(flags) + b") " + delimiter + b" " + wire)
        items = zip((b"MESSAGES", b"UIDNEXT", b"UIDVALIDITY", b"HIGHESTMODSEQ"), numbers)
        status_lines.append(wire + b" (" + b" ".join(k + b" " + str(v).encode() for k, v in items) + b")")
    assert listing._list_lines(_Client(), list_lines) == _by_imapclient_list(list_lines)  # type: ignore[arg-type]
    assert listing._status_lines(_Client(), status_lines) == _by_imapclient_status(status_lines)  # type: ignore[arg-type]
