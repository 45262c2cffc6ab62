"""Small, valid files for demo attachments, made from scratch: a photo of damage and a receipt."""

from __future__ import annotations

import random
import struct
import zlib

from desk_app.core.demo_records import DemoAttachment


def _png_chunk(kind: bytes, payload: bytes) -> bytes:
    return (struct.pack(">I", len(payload)) + kind + payload
            + struct.pack(">I", zlib.crc32(kind + payload) & 0xFFFFFFFF))


def damage_photo(rng: random.Random, width: int = 48, height: int = 32) -> bytes:
    """A tiny RGB PNG: a warm surface with a dark crack running across it."""
    base = (rng.randint(150, 200), rng.randint(110, 140), rng.randint(70, 100))
    start = rng.randint(0, width // 2)
    rows = []
    for y in range(height):
        crack_x = start + y * (width - start) // height
        row = bytearray([0])  # filter type: none
        for x in range(width):
            shade = (x + y) % 7
            pixel = (30, 24, 20) if abs(x - crack_x) <= 1 else tuple(c - shade * 3 for c in base)
            row.extend(pixel)
        rows.append(bytes(row))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + _png_chunk(b"IHDR", header)
            + _png_chunk(b"IDAT", zlib.compress(b"".join(rows), 9)) + _png_chunk(b"IEND", b""))


def receipt_pdf(order_number: str, total_yen: int, shop_domain: str) -> bytes:
    """A one-page PDF receipt (ASCII text: the standard PDF fonts have no Japanese glyphs)."""
    lines = [
        "RECEIPT",
        f"Order {order_number}",
        f"Total JPY {total_yen:,} (tax included)",
        shop_domain,
    ]
    stream = "BT /F1 14 Tf 72 760 Td 20 TL " + " ".join(f"({line}) '" for line in lines) + " ET"
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        "/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        f"<< /Length {len(stream)} >>\nstream\n{stream}\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n{body}\nendobj\n".encode("ascii")
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode("ascii")
    for offset in offsets:
        out += f"{offset:010d} 00000 n \n".encode("ascii")
    out += (f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\n"
            f"startxref\n{xref}\n%%EOF\n").encode("ascii")
    return bytes(out)


def make_attachment(kind: str, rng: random.Random, *, serial: int, order_number: str,
                    total_yen: int, shop_domain: str) -> DemoAttachment:
    """The attachment a scenario asks for: `photo` or `receipt`."""
    if kind == "photo":
        name = f"IMG_{4000 + serial}.png" if serial % 2 else f"破損箇所の写真{serial}.png"
        return DemoAttachment(name, "image/png", damage_photo(rng))
    if kind == "receipt":
        number = order_number.lstrip("#")
        return DemoAttachment(f"領収書_{number}.pdf", "application/pdf",
                              receipt_pdf(order_number, total_yen, shop_domain))
    raise ValueError(f"unknown attachment kind {kind}")
