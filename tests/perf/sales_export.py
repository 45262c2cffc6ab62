"""A big Shopify orders export for the sales benchmark, written fast and the same for every seed.

All of Shopify's export columns; an order's first row fills the order-level ones, its continuation
rows only the Name, Email and line-item columns (as Shopify writes them). About 2.5 lines per order,
300 products with Japanese names, some orders cancelled or refunded.
"""

from __future__ import annotations

import csv
import dataclasses
import json
import random
import sys
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

COLUMNS = [
    "Name", "Email", "Financial Status", "Paid at", "Fulfillment Status", "Fulfilled at", "Accepts Marketing",
    "Currency", "Subtotal", "Shipping", "Taxes", "Total", "Discount Code", "Discount Amount", "Shipping Method",
    "Created at", "Lineitem quantity", "Lineitem name", "Lineitem price", "Lineitem compare at price",
    "Lineitem sku", "Lineitem requires shipping", "Lineitem taxable", "Lineitem fulfillment status",
    "Billing Name", "Billing Street", "Billing Address1", "Billing Address2", "Billing Company", "Billing City",
    "Billing Zip", "Billing Province", "Billing Country", "Billing Phone", "Shipping Name", "Shipping Street",
    "Shipping Address1", "Shipping Address2", "Shipping Company", "Shipping City", "Shipping Zip",
    "Shipping Province", "Shipping Country", "Shipping Phone", "Notes", "Note Attributes", "Cancelled at",
    "Payment Method", "Payment Reference", "Refunded Amount", "Vendor", "Outstanding Balance", "Employee",
    "Location", "Device ID", "Id", "Tags", "Risk Level", "Source", "Lineitem discount", "Tax 1 Name",
    "Tax 1 Value", "Tax 2 Name", "Tax 2 Value", "Tax 3 Name", "Tax 3 Value", "Tax 4 Name", "Tax 4 Value",
    "Tax 5 Name", "Tax 5 Value", "Phone", "Receipt Number", "Duties", "Billing Province Name",
    "Shipping Province Name", "Payment ID", "Payment Terms Name", "Next Payment Due At", "Payment References",
]
_AT = {name: i for i, name in enumerate(COLUMNS)}

MATERIALS = ["有田焼", "波佐見焼", "信楽焼", "美濃焼", "九谷焼", "益子焼", "萩焼", "瀬戸焼", "常滑焼", "備前焼"]
ITEMS = ["湯呑み", "急須", "マグカップ", "平皿", "小鉢", "茶碗", "箸置き", "徳利", "ぐい呑み", "花瓶"]
COLOURS = ["藍", "白", "黒"]
FAMILY = ["山田", "佐藤", "鈴木", "髙橋", "田中", "伊藤", "渡辺", "中村", "小林", "加藤"]
GIVEN = ["花子", "太郎", "一郎", "美咲", "健太", "陽子", "大輔", "さくら", "翔", "恵"]
CITIES = [("東京都", "JP-13", "千代田区"), ("大阪府", "JP-27", "大阪市北区"), ("愛知県", "JP-23", "名古屋市中区"),
          ("福岡県", "JP-40", "福岡市博多区"), ("北海道", "JP-01", "札幌市中央区")]
LINES_PER_ORDER = (1, 2, 2, 3, 3, 4)  # 2.5 on average
TOKYO = timezone(timedelta(hours=9))
START = datetime(2025, 1, 1, 9, 0, tzinfo=TOKYO)


@dataclass(frozen=True)
class ExportFacts:
    """What was written, to check an import against: counts, and the counted sales."""

    path: Path
    orders: int
    lines: int
    counted_orders: int
    revenue_yen: int
    units: int
    first_day: str
    last_day: str


def products(count: int = 300) -> list[tuple[str, str, int]]:
    """(sku, name, price) of the shop's products."""
    rng = random.Random(300)
    return [(f"HD-{n:04d}", f"{MATERIALS[n % 10]} {ITEMS[n // 10 % 10]}（{COLOURS[n // 100 % 3]}）",
             rng.randrange(30, 1200) * 10) for n in range(count)]


def customers(count: int = 20_000) -> list[tuple[str, list[str], str]]:
    """(email, the ten billing/shipping address cells, province name) of the shop's customers; many
    order again."""
    rng = random.Random(20_000)
    found = []
    for n in range(count):
        province, code, city = rng.choice(CITIES)
        street = f"{city}{rng.randrange(1, 9)}-{rng.randrange(1, 30)}-{rng.randrange(1, 20)}"
        zip_code = f"{rng.randrange(100, 999)}-{rng.randrange(10000):04d}"
        phone = f"090-{rng.randrange(10000):04d}-{rng.randrange(10000):04d}"
        name = f"{rng.choice(FAMILY)} {rng.choice(GIVEN)}"
        found.append((f"user{n}@example.jp", [name, street, street, "", "", city, zip_code, code, "JP", phone],
                      province))
    return found


def _stamp(when: datetime) -> str:
    return when.strftime("%Y-%m-%d %H:%M:%S +0900")


def write_shopify_export(path: Path, lines: int, *, seed: int = 20261102) -> ExportFacts:
    """Write `lines` line-item rows (plus the header) to `path`, UTF-8, as Shopify exports them."""
    rng = random.Random(seed)
    catalogue = products()
    buyers = customers()
    orders = counted = revenue = units = written = 0
    when = START
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(COLUMNS)
        while written < lines:
            orders += 1
            count = min(rng.choice(LINES_PER_ORDER), lines - written)
            picked = rng.sample(catalogue, count)
            quantities = [1 if rng.random() < 0.8 else rng.randrange(2, 5) for _ in picked]
            subtotal = sum(q * p for q, (_, _, p) in zip(quantities, picked, strict=True))
            shipping = 0 if subtotal >= 5000 else 600
            total = subtotal + shipping
            when += timedelta(seconds=rng.randrange(20, 140))
            roll = rng.random()
            status, cancelled = "paid", ""
            if roll < 0.02:
                status, cancelled = "refunded", _stamp(when + timedelta(hours=3))
            elif roll < 0.04:
                status = "refunded"
            elif roll < 0.05:
                status = "voided"
            elif roll < 0.06:
                status = "partially_refunded"
            if status in ("paid", "partially_refunded") and not cancelled:
                counted += 1
                revenue += subtotal
                units += sum(quantities)
            number = f"#{1000 + orders}"
            email, address, province = rng.choice(buyers)
            created = _stamp(when)
            rows = []
            for i, (quantity, (sku, title, price)) in enumerate(zip(quantities, picked, strict=True)):
                row = [""] * len(COLUMNS)
                row[0], row[1] = number, email
                row[16:24] = [str(quantity), title, f"{price}.00", "", sku, "true", "true", "fulfilled"]
                row[_AT["Vendor"]], row[_AT["Lineitem discount"]] = "ひだまり商店", "0"
                if i == 0:
                    row[2:16] = [status, created, "fulfilled", _stamp(when + timedelta(days=1)),
                                 "yes" if orders % 3 == 0 else "no", "JPY", f"{subtotal}.00", f"{shipping}.00",
                                 f"{total * 10 // 110}.00", f"{total}.00", "", "0.00", "ヤマト運輸 宅急便", created]
                    row[24:34] = address
                    row[34:44] = address
                    row[_AT["Cancelled at"]] = cancelled
                    row[_AT["Payment Method"]] = "Shopify Payments"
                    row[_AT["Payment Reference"]] = f"c{7_300_000_000 + orders * 7}.1"
                    row[_AT["Refunded Amount"]] = f"{total}.00" if status == "refunded" else "0.00"
                    row[_AT["Outstanding Balance"]] = "0.00"
                    row[_AT["Id"]] = str(5_100_000_000_000 + orders)
                    row[_AT["Risk Level"]] = "Low"
                    row[_AT["Source"]] = "web"
                    row[_AT["Tax 1 Name"]], row[_AT["Tax 1 Value"]] = "消費税 10%", f"{total * 10 // 110}.00"
                    row[_AT["Billing Province Name"]] = row[_AT["Shipping Province Name"]] = province
                rows.append(row)
            writer.writerows(rows)
            written += count
    return ExportFacts(path, orders, written, counted, revenue, units, START.date().isoformat(),
                       when.date().isoformat())


if __name__ == "__main__":
    # `python sales_export.py PATH LINES`: write the export in a process of its own (the benchmark's
    # stays small) and print what was written as JSON.
    written = write_shopify_export(Path(sys.argv[1]), int(sys.argv[2]))
    print(json.dumps({**dataclasses.asdict(written), "path": str(written.path)}))
