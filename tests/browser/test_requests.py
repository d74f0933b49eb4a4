"""Viewing a page asks nothing of another host, and everything it asks its own site for is there:
every request and response of every page type in every language, the language switcher opened."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest

from .site_pages import LANGUAGE_PREFIXES, pages_of

pytestmark = pytest.mark.browser

NOT_FOUND_SHAPE = "no-such-page/"  # pages_of's stand-in for a missing page: its own document is a 404


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


class Traffic:
    """What one page view asked for and got, as a list of problems naming the URL."""

    def __init__(self, page, origin: str):
        self.origin, self.problems, self.document_status = origin, [], None
        page.on("request", self._request)
        page.on("response", self._response)
        page.on("requestfailed", self._failed)

    def _elsewhere(self, url: str) -> bool:
        return urlsplit(url).scheme in ("http", "https") and _origin(url) != self.origin

    def _request(self, request) -> None:
        if self._elsewhere(request.url):
            self.problems.append(f"request to another host: {request.url}")

    def _response(self, response) -> None:
        if response.request.resource_type == "document" and response.request.frame.parent_frame is None:
            self.document_status = response.status
        elif response.status >= 400:
            self.problems.append(f"{response.status}: {response.url}")

    def _failed(self, request) -> None:
        if not self._elsewhere(request.url):  # named once, as a request to another host
            self.problems.append(f"failed ({request.failure}): {request.url}")


AT_ONCE = 4  # pages viewed side by side, each in a context of its own: their waits for quiet overlap


def _view(page) -> None:
    """Once the page has loaded, use what loads late (hover the language switcher, focus its links), and wait until
    nothing more is asked for."""
    page.wait_for_load_state("load")
    page.locator(".md-select").first.hover()
    page.locator(".md-select__link").first.focus()
    page.wait_for_load_state("networkidle")


def _problems(browser, served, paths: list[str]) -> list[str]:
    """View ``paths`` side by side, each in a fresh context; what each asked for and got that is wrong."""
    views = []
    for path in paths:
        context = browser.new_context(viewport={"width": 1280, "height": 900})
        page = context.new_page()
        views.append((path, context, page, Traffic(page, _origin(served.base))))
        page.goto(served.url(path), wait_until="commit")
    found = []
    for path, context, page, traffic in views:
        _view(page)
        expected = 404 if path.endswith(NOT_FOUND_SHAPE) else 200
        if traffic.document_status != expected:
            traffic.problems.append(f"the page itself answered {traffic.document_status}, not {expected}")
        found += [f"{path or '/'}: {problem}" for problem in traffic.problems]
        context.close()
    return found


@pytest.mark.parametrize("lang", list(LANGUAGE_PREFIXES))
def test_pages_ask_only_their_own_site_and_get_no_error(browser, served, lang):
    paths, found = pages_of(lang, served.root), []
    for start in range(0, len(paths), AT_ONCE):
        found += _problems(browser, served, paths[start:start + AT_ONCE])
    assert found == [], "\n".join(found)
