"""Ed25519 signatures over change sets, device key fingerprints and passphrase-sealed private keys.

A signature covers the headers that route a change set (the device id and its sequence number)
as well as the body, so a change set cannot be replayed under another device or number. Keys are
shown to people as fingerprints: SHA-256 of the raw public key, the first 20 bytes in groups of
four hex digits, short enough to read out over the phone and compare.
"""

from __future__ import annotations

import base64
import hashlib

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

_DOMAIN = b"desk_app change set v1\n"
FINGERPRINT_BYTES = 20
FINGERPRINT_DIGITS = 2 * FINGERPRINT_BYTES  # hexadecimal digits


def new_private_key() -> Ed25519PrivateKey:
    return Ed25519PrivateKey.generate()


def public_bytes(key: Ed25519PrivateKey | Ed25519PublicKey) -> bytes:
    """The 32 raw bytes of the public key (of a private key: its public half)."""
    public = key.public_key() if isinstance(key, Ed25519PrivateKey) else key
    return public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def fingerprint(public_key: bytes) -> str:
    """`3f2c 1e9a 0c1d …`: the key's SHA-256, first 20 bytes, in groups of four hex digits."""
    return grouped_fingerprint(hashlib.sha256(public_key).hexdigest()[:FINGERPRINT_DIGITS])


def compact_fingerprint(text: str) -> str:
    """A fingerprint without its spaces, in lower case (how it is compared and stored)."""
    return "".join(text.split()).lower()


def grouped_fingerprint(text: str) -> str:
    """A fingerprint in groups of four digits, as machines show it."""
    compact = compact_fingerprint(text)
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def is_fingerprint(text: str) -> bool:
    """Whether `text` (spaced and cased however typed) is a whole fingerprint."""
    compact = compact_fingerprint(text)
    return len(compact) == FINGERPRINT_DIGITS and all(c in "0123456789abcdef" for c in compact)


def same_fingerprint(a: str, b: str) -> bool:
    """Whether two fingerprints are the same, however they were spaced or cased when typed."""
    return compact_fingerprint(a) == compact_fingerprint(b)


def _signed_bytes(device: str, seq: int, body: bytes) -> bytes:
    return _DOMAIN + device.encode("utf-8") + b"\n" + str(seq).encode("ascii") + b"\n" + body


def sign(key: Ed25519PrivateKey, device: str, seq: int, body: bytes) -> str:
    """The base64 signature of a change set's routing headers and body."""
    return base64.b64encode(key.sign(_signed_bytes(device, seq, body))).decode("ascii")


def verify(public_key: bytes, device: str, seq: int, body: bytes, signature: str) -> bool:
    """Whether `signature` is the key's signature of exactly these headers and body."""
    try:
        raw = base64.b64decode(signature.encode("ascii"), validate=True)
        Ed25519PublicKey.from_public_bytes(public_key).verify(raw, _signed_bytes(device, seq, body))
    except (InvalidSignature, ValueError, UnicodeEncodeError):
        return False
    return True


def private_text(key: Ed25519PrivateKey) -> str:
    """The private key as base64 text, for the keyring of a machine whose key needs no passphrase."""
    raw = key.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption())
    return base64.b64encode(raw).decode("ascii")


def private_from_text(text: str) -> Ed25519PrivateKey:
    """The key `private_text` wrote; ValueError for anything else."""
    try:
        return Ed25519PrivateKey.from_private_bytes(base64.b64decode(text.encode("ascii"), validate=True))
    except (ValueError, UnicodeEncodeError) as exc:
        raise ValueError("damaged key") from exc


def seal_private_key(key: Ed25519PrivateKey, passphrase: str) -> bytes:
    """The private key as PEM encrypted with `passphrase` (what the keyring holds for an owner)."""
    return key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(passphrase.encode("utf-8")),
    )


def open_private_key(sealed: bytes, passphrase: str) -> Ed25519PrivateKey:
    """The key `seal_private_key` sealed; ValueError for a wrong passphrase or a damaged key."""
    try:
        key = serialization.load_pem_private_key(sealed, passphrase.encode("utf-8"))
    except (TypeError, ValueError) as exc:
        raise ValueError("wrong passphrase or damaged key") from exc
    if not isinstance(key, Ed25519PrivateKey):
        raise ValueError("not an Ed25519 key")
    return key
