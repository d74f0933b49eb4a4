"""Edit-to-reloaded-page latency of the preview (`make preview LANG=…`) on a synthetic site.

``python -m bench.preview --scale city --lang en`` serves one language of a generated site with
``mkdocs serve --dirty`` (as ``make preview``), changes one group's YAML record, and times from the write until the server
returns the group's page with the new text (what the reloaded browser tab shows). It repeats
``--edits`` times and prints each latency. It reports; nothing fails when it is slow.
"""

from __future__ import annotations

import argparse
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from .generate import SCALES, TODAY, generate


def fetch(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.read().decode("utf-8")
    except OSError:
        return ""


def wait_for(url: str, text: str, limit: float = 1800) -> float:
    """Seconds until ``url`` shows ``text`` (polled every 50 ms)."""
    start = time.perf_counter()
    while time.perf_counter() - start < limit:
        if text in fetch(url):
            return time.perf_counter() - start
        time.sleep(0.05)
    raise SystemExit(f"{url} never showed {text!r}")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def measure(folder: Path, lang: str, edits: int) -> tuple[float, list[float]]:
    """Seconds to the first served page, and the latency of each edit."""
    port = free_port()
    env = {**os.environ, "TSUNAGU_TODAY": TODAY, "NO_MKDOCS_2_WARNING": "1", "TSUNAGU_LANG": lang}
    command = [sys.executable, "-m", "mkdocs", "serve", "--dirty", "--no-strict", "--dev-addr", f"127.0.0.1:{port}"]
    server = subprocess.Popen(command, cwd=folder, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    record = sorted((folder / "data/groups").glob("*.yml"))[0]
    prefix = "" if lang == "ja" else f"{lang}/"
    url = f"http://127.0.0.1:{port}/tsunagu/{prefix}groups/{record.stem}/"
    try:
        first = wait_for(url, "</html>")
        latencies = []
        for n in range(edits):
            text = record.read_text("utf-8")
            marker = f"Edited{n}"
            record.write_text(text.replace(f"  {lang}: ", f"  {lang}: {marker} ", 1), "utf-8")
            latencies.append(wait_for(url, marker))
        return first, latencies
    finally:
        server.terminate()
        server.wait(timeout=60)


def main() -> None:
    parser = argparse.ArgumentParser(description="Time the preview from an edit to the reloaded page.")
    parser.add_argument("--scale", choices=SCALES, default="city")
    parser.add_argument("--lang", default="en")
    parser.add_argument("--edits", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="tsunagu-preview-") as work:
        generate(Path(work), args.scale)
        first, latencies = measure(Path(work), args.lang, args.edits)
    print(f"preview {args.lang} at scale {args.scale}: first page after {first:.1f} s; "
          f"edit to reloaded page: {', '.join(f'{s:.1f}' for s in latencies)} s")


if __name__ == "__main__":
    main()
