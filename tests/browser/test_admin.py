"""The form editor at /admin/, against Decap's local server on a temporary copy of the repository: an
event created through the form is a file the check accepts and the rebuilt site shows; an edit changes
the lines of the field it changed and no other; a time the validator refuses is refused before saving;
and the page asks no other host for anything."""

from __future__ import annotations

import difflib
import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import yaml
from axe_playwright_python.sync_playwright import Axe
from conftest import build
from pydantic_core import PydanticCustomError

from tsunagu.model.fields import _time

from .conftest import SiteServer
from .test_axe import OPTIONS as AXE_OPTIONS
from .site_pages import ROOT

pytestmark = pytest.mark.browser

DECAP_SERVER = ROOT / "node_modules" / "decap-server" / "dist" / "index.js"
REPOSITORY_PARTS = ("data", "docs", "overrides", "schemas", "hooks", "mkdocs.yml")
EVENT = "cms-form-event"
GROUP = "sakuradai-chonaikai"
TITLES = {"ja": "フォームで作った清掃活動", "ja-easy": "みんなで そうじ する 日", "en": "A clean-up made in the form"}


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _wait_for_port(port: int, seconds: float = 20) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.2)
    raise TimeoutError(f"nothing listens on port {port}")


@pytest.fixture(scope="module")
def repository(tmp_path_factory) -> Path:
    """A copy of the repository's site sources, for the editor to write into (never the working copy)."""
    copy = tmp_path_factory.mktemp("cms") / "repo"
    copy.mkdir()
    for part in REPOSITORY_PARTS:
        source = ROOT / part
        if source.is_dir():
            shutil.copytree(source, copy / part, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(source, copy / part)
    return copy


@pytest.fixture(scope="module")
def local_backend(repository: Path):
    """Decap's local server (npm decap-server) on a free port, writing into ``repository``."""
    assert DECAP_SERVER.exists(), "decap-server is missing: run make install (npm ci)"
    port = _free_port()
    environment = {**os.environ, "PORT": str(port), "BIND_HOST": "127.0.0.1", "MODE": "fs",
                   "GIT_REPO_DIRECTORY": str(repository), "LOG_LEVEL": "warn"}
    server = subprocess.Popen(["node", str(DECAP_SERVER)], env=environment, cwd=repository)
    try:
        _wait_for_port(port)
        yield f"http://127.0.0.1:{port}/api/v1"
    finally:
        server.terminate()
        server.wait(timeout=10)


@pytest.fixture(scope="module")
def admin(sample_site: Path, local_backend: str, tmp_path_factory):
    """The built site's /admin/, served on a free port, its local backend pointed at the test's server."""
    root = tmp_path_factory.mktemp("admin-site")
    shutil.copytree(sample_site / "admin", root / "admin")
    shutil.copytree(sample_site / "assets" / "images", root / "assets" / "images")
    config_file = root / "admin" / "config.yml"
    config = yaml.safe_load(config_file.read_text("utf-8"))
    assert config["local_backend"] == {}
    config["local_backend"] = {"url": local_backend}
    config_file.write_text(yaml.safe_dump(config, allow_unicode=True, sort_keys=False), "utf-8")
    with SiteServer(root) as server:
        yield server


@pytest.fixture
def editor(browser, admin):
    """A page of the editor, signed in to the local backend; every request it makes is kept in ``requests``."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.requests = []
    page.on("request", lambda request: page.requests.append(request.url))
    page.goto(admin.url("admin/"))
    page.get_by_role("button", name="ログイン").click()
    page.get_by_role("link", name="イベント").first.wait_for()
    yield page
    context.close()


def field(page, name: str, inside: str | None = None):
    """The control of the field ``name`` (in the object field ``inside``: one language of a text)."""
    scope = page if inside is None else page.locator(f"label[for^='{inside}-field-']").locator("xpath=../..")
    return scope.locator(f"[id^='{name}-field-']").first


def choose(page, name: str, typed: str) -> None:
    """Pick the first choice a select or relation offers for ``typed``."""
    field(page, name).click()
    page.keyboard.type(typed)
    page.get_by_role("option").first.wait_for()
    page.keyboard.press("Enter")


def publish(page) -> None:
    page.get_by_role("button", name="公開").first.click()
    page.get_by_role("menuitem", name="公開する").click()


def wait_for_file(path: Path, seconds: float = 15) -> str:
    deadline = time.monotonic() + seconds
    while not path.exists() and time.monotonic() < deadline:
        time.sleep(0.2)
    return path.read_text("utf-8")


def fill_event(page, start_time: str) -> None:
    page.goto(page.url.split("#")[0] + "#/collections/event/new")
    field(page, "id").fill(EVENT)
    choose(page, "kind", "講座")
    for code, title in TITLES.items():
        field(page, code, "title").fill(title)
    field(page, "title_kana").fill("フォームデツクッタセイソウカツドウ")
    field(page, "ja", "description").fill("川べり公園の清掃を行います。\n\n軍手を持ってきてください。")
    field(page, "start_date").fill("2026-12-20")
    field(page, "start_time").fill(start_time)
    choose(page, "venue", "河川公園")
    field(page, "updated").fill("2026-11-23")


def test_the_admin_page_asks_only_its_own_host(editor, admin, local_backend):
    hosts = {urlsplit(url).netloc for url in editor.requests if urlsplit(url).scheme in ("http", "https")}
    assert hosts == {urlsplit(admin.base).netloc, urlsplit(local_backend).netloc}
    assert urlsplit(local_backend).hostname == urlsplit(admin.base).hostname == "127.0.0.1"
    assert editor.locator("html").get_attribute("lang") == "ja"


def test_a_time_of_25_00_is_refused_before_saving_as_the_validator_does(editor, repository):
    fill_event(editor, "25:00")
    publish(editor)
    control = editor.locator("label[for^='start_time-field-']").locator("xpath=../..")
    control.get_by_text("と一致しません").wait_for()  # "…が入力規則（the field's help）と一致しません"
    assert not (repository / "data" / "events" / f"{EVENT}.yml").exists()
    with pytest.raises(PydanticCustomError, match="is not a time"):
        _time("25:00")


def test_an_event_created_through_the_form_passes_the_check_and_is_on_the_rebuilt_site(editor, repository,
                                                                                        tmp_path):
    fill_event(editor, "10:00")
    publish(editor)
    text = wait_for_file(repository / "data" / "events" / f"{EVENT}.yml")
    assert text.startswith("# yaml-language-server: $schema=../../schemas/event.schema.json\nkind: lecture\n")
    assert 'start_time: "10:00"\n' in text and "start_date: 2026-12-20\n" in text
    assert "venue: kawabe-koen\n" in text and "\nid:" not in text
    check = subprocess.run([str(Path(sys.executable).with_name("tsunagu")), "check"], cwd=repository,
                           capture_output=True, text=True)
    assert check.returncode == 0, check.stdout + check.stderr
    site = tmp_path / "site"
    result = build(repository / "mkdocs.yml", site)
    assert result.returncode == 0, result.stderr
    for prefix, code in (("", "ja"), ("ja-easy/", "ja-easy"), ("en/", "en")):
        page = (site / prefix / "events" / EVENT / "index.html").read_text("utf-8")
        assert TITLES[code].split()[0] in page


def test_editing_a_groups_english_summary_changes_that_line_only(editor, repository):
    path = repository / "data" / "groups" / f"{GROUP}.yml"
    before = path.read_text("utf-8")
    editor.goto(editor.url.split("#")[0] + f"#/collections/group/entries/{GROUP}")
    summary = field(editor, "en", "summary")
    summary.wait_for()
    summary.fill("A changed summary: 10:00 on Sundays")
    publish(editor)
    deadline = time.monotonic() + 15
    while path.read_text("utf-8") == before and time.monotonic() < deadline:
        time.sleep(0.2)
    changes = [line for line in difflib.unified_diff(before.splitlines(), path.read_text("utf-8").splitlines(),
                                                     lineterm="", n=0) if line[:1] in "+-" and line[:3] not in
               ("+++", "---")]
    old = next(line for line in before.splitlines() if line.startswith("  en: ") and "households" in line)
    assert changes == [f"-{old}", '+  en: "A changed summary: 10:00 on Sundays"']


def _violations(page) -> list:
    violations = Axe().run(page, options=AXE_OPTIONS).response["violations"]
    return [(v["id"], [" ".join(map(str, n["target"])) for n in v["nodes"]]) for v in violations]


def test_the_sign_in_page_has_no_axe_violations(browser, admin):
    """The sign-in page while Decap loads its configuration (held back here, so the loading text stays), and
    once it offers to sign in."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    held, released = [], []
    page.route("**/admin/config.yml", lambda route: route.continue_() if released else held.append(route))
    page.goto(admin.url("admin/"))
    page.locator("[class*=LoaderText]").wait_for()
    loading = _violations(page)
    released.append(True)
    for route in held:
        route.continue_()
    page.get_by_role("button", name="ログイン").wait_for()
    page.wait_for_load_state("networkidle")
    assert (loading, _violations(page)) == ([], [])
    context.close()


@pytest.mark.parametrize("view", ["#/collections/event", "#/collections/event/new",
                                  f"#/collections/group/entries/{GROUP}"])
def test_the_editor_has_no_axe_violations(editor, view):
    """Decap's list, new-record form and edit form (its own colours corrected by admin/tsunagu-cms.css)."""
    editor.goto(editor.url.split("#")[0] + view)
    field(editor, "kind").wait_for() if "/new" in view or "/entries/" in view else editor.get_by_role("link").first.wait_for()
    editor.wait_for_load_state("networkidle")
    assert _violations(editor) == []
