"""Smoke test of the frozen app: start it offscreen with demo data, render a page, check the PNG.

Usage: python scripts/check_dist.py dist/desk_app
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def main(dist_dir: str) -> int:
    exe = Path(dist_dir) / ("desk_app.exe" if os.name == "nt" else "desk_app")
    if not exe.exists():
        print(f"check_dist: {exe} not found", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as home:
        shot = Path(home) / "inbox.png"
        env = dict(os.environ, DESK_APP_HOME=home, QT_QPA_PLATFORM="offscreen")
        done = subprocess.run(
            [str(exe), "--lang", "ja", "gui", "--demo", "--page", "inbox", "--screenshot", str(shot)],
            env=env, capture_output=True, text=True, timeout=300,
        )
        if done.returncode != 0 or "Traceback" in done.stderr:
            print(f"check_dist: frozen app exited {done.returncode}\n{done.stderr}", file=sys.stderr)
            return 1
        data = shot.read_bytes() if shot.exists() else b""
        if not data.startswith(PNG_MAGIC) or len(data) < 20_000:
            print(f"check_dist: no proper screenshot ({len(data)} bytes)", file=sys.stderr)
            return 1
        listed = subprocess.run(
            [str(exe), "messages", "list", "--json"], env=env, capture_output=True, text=True, timeout=120
        )
        count = len(json.loads(listed.stdout)) if listed.returncode == 0 else 0
        if count < 100:
            print(f"check_dist: the demo data did not load ({count} messages)\n{listed.stderr}", file=sys.stderr)
            return 1
        version = subprocess.run([str(exe), "--version"], env=env, capture_output=True, text=True, timeout=120)
        print(f"check_dist: ok — {version.stdout.strip()}, {count} demo messages, screenshot {len(data)} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "dist/desk_app"))
