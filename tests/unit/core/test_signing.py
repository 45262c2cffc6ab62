"""Change-set signatures: headers and body covered, fingerprints comparable, keys sealed by passphrase."""

from __future__ import annotations

import pytest

from desk_app.core.signing import (
    fingerprint,
    new_private_key,
    open_private_key,
    public_bytes,
    same_fingerprint,
    seal_private_key,
    sign,
    verify,
)

BODY = '{"changes":[],"device":"agent-1","seq":7,"v":1}'.encode()


def test_a_signature_verifies_only_for_the_same_device_number_body_and_key() -> None:
    key, other = new_private_key(), new_private_key()
    signature = sign(key, "agent-1", 7, BODY)
    public = public_bytes(key)
    assert verify(public, "agent-1", 7, BODY, signature)
    assert not verify(public, "agent-2", 7, BODY, signature)  # another device's header
    assert not verify(public, "agent-1", 8, BODY, signature)  # replayed under another number
    assert not verify(public, "agent-1", 7, BODY.replace(b"7", b"8"), signature)
    assert not verify(public_bytes(other), "agent-1", 7, BODY, signature)
    assert not verify(public, "agent-1", 7, BODY, "not base64!")
    assert not verify(public, "agent-1", 7, BODY, signature[:-4] + "AAA=")


def test_fingerprints_are_grouped_hex_and_compare_however_typed() -> None:
    key = new_private_key()
    shown = fingerprint(public_bytes(key))
    groups = shown.split(" ")
    assert len(groups) == 10 and all(len(g) == 4 for g in groups)
    assert same_fingerprint(shown, shown.replace(" ", "").upper())
    assert not same_fingerprint(shown, fingerprint(public_bytes(new_private_key())))


def test_a_sealed_key_opens_only_with_its_passphrase() -> None:
    key = new_private_key()
    sealed = seal_private_key(key, "店長のひみつ")
    assert b"ENCRYPTED PRIVATE KEY" in sealed
    assert public_bytes(open_private_key(sealed, "店長のひみつ")) == public_bytes(key)
    with pytest.raises(ValueError):
        open_private_key(sealed, "wrong")
    with pytest.raises(ValueError):
        open_private_key(b"garbage", "店長のひみつ")
