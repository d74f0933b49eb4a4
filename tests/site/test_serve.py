"""`mkdocs serve` rebuilds the site when an editor changes a YAML record; the preview rebuilds only what changed."""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from conftest import TODAY


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def fetch(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8")
    except OSError:
        return ""


def wait_for(url: str, text: str, limit: float = 120) -> bool:
    """Poll until the page contains ``text``; the limit only stops a hung server, it measures nothing."""
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        if text in fetch(url):
            return True
        time.sleep(0.5)
    return False


def serve(site: Path, port: int, *options: str, **env: str) -> subprocess.Popen:
    config = site / "mkdocs.yml"
    config.write_text(config.read_text("utf-8") + "watch:\n  - data\n", "utf-8")
    env = {**os.environ, "TSUNAGU_TODAY": TODAY, "NO_MKDOCS_2_WARNING": "1", **env}
    return subprocess.Popen([sys.executable, "-m", "mkdocs", "serve", "-f", str(config), *options,
                             "--dev-addr", f"127.0.0.1:{port}"], cwd=site, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def test_serve_rebuilds_when_a_record_changes(minimal: Path):
    port = free_port()
    server = serve(minimal, port)
    try:
        url = f"http://127.0.0.1:{port}/test/groups/sakura/"
        assert wait_for(url, "桜町内会")
        record = minimal / "data/groups/sakura.yml"
        record.write_text(record.read_text("utf-8").replace("ja: 桜町内会", "ja: 新桜町内会"), "utf-8")
        assert wait_for(url, "新桜町内会")
    finally:
        server.terminate()
        server.wait(timeout=30)


def test_preview_rebuilds_the_pages_an_edit_touches_and_no_others(minimal: Path):
    config = minimal / "mkdocs.yml"
    text = config.read_text("utf-8").replace("  - i18n:\n", "  - i18n:\n      build_only_locale: en\n", 1)
    config.write_text(text, "utf-8")
    port = free_port()
    server = serve(minimal, port, "--dirty", "--no-strict")  # as `make preview`: MkDocs warns of --dirty
    sources = minimal / ".cache/tsunagu/preview/en/groups"
    try:
        page, index = f"http://127.0.0.1:{port}/test/en/groups/sakura/", f"http://127.0.0.1:{port}/test/en/groups/"
        assert wait_for(page, "</html>")
        untouched = (sources / "hikari.md").stat().st_mtime_ns
        record = minimal / "data/groups/sakura.yml"
        name = re.search(r"\ben: ([^,}\n]+)", record.read_text("utf-8"))[1]
        record.write_text(record.read_text("utf-8").replace(f"en: {name}", "en: Renamed Sakura"), "utf-8")
        assert wait_for(page, "Renamed Sakura")
        assert wait_for(index, "Renamed Sakura")
        assert (sources / "hikari.md").stat().st_mtime_ns == untouched
    finally:
        server.terminate()
        server.wait(timeout=30)
