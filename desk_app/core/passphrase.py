"""The owner's passphrase, kept only as a salted scrypt hash: `scrypt$n$r$p$salt$hash` (base64)."""

from __future__ import annotations

import base64
import hashlib
import hmac
import os

SCRYPT_N = 2**14
SCRYPT_R = 8
SCRYPT_P = 1
HASH_BYTES = 32
SALT_BYTES = 16
PREFIX = "scrypt"


def hash_passphrase(passphrase: str, salt: bytes | None = None) -> str:
    """A new salted hash of `passphrase` (a fresh random salt unless one is given)."""
    salt = salt if salt is not None else os.urandom(SALT_BYTES)
    digest = _scrypt(passphrase, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
    return "$".join((PREFIX, str(SCRYPT_N), str(SCRYPT_R), str(SCRYPT_P),
                     base64.b64encode(salt).decode(), base64.b64encode(digest).decode()))


def verify_passphrase(stored: str, passphrase: str) -> bool:
    """Whether `passphrase` matches the stored hash (compared in constant time)."""
    try:
        prefix, n, r, p, salt, digest = stored.split("$")
        if prefix != PREFIX:
            return False
        expected = base64.b64decode(digest, validate=True)
        actual = _scrypt(passphrase, base64.b64decode(salt, validate=True), int(n), int(r), int(p))
    except ValueError:
        return False
    return hmac.compare_digest(actual, expected)


def is_passphrase_hash(value: str) -> bool:
    return value.startswith(PREFIX + "$") and value.count("$") == 5


def _scrypt(passphrase: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(passphrase.encode("utf-8"), salt=salt, n=n, r=r, p=p, dklen=HASH_BYTES)
