"""Preview builds (``mkdocs serve --dirty``): generated pages become files on disk, rewritten only when
their content changes, so that the engine rebuilds the pages an edit touched and skips the rest."""

from __future__ import annotations

import hashlib
from pathlib import Path

from .render.pages import GeneratedPage

FOLDER = ".cache/tsunagu/preview"


def page_source(folder: Path, page: GeneratedPage) -> Path:
    """Write ``page`` below ``folder`` with its body's fingerprint in the front matter, unless the file
    holds exactly that already (its unchanged modification time tells the engine to skip it); its path."""
    body, _ = page.render_body()
    digest = hashlib.sha256(body.encode("utf-8")).hexdigest()
    front, rest = page.markdown.split("\n", 1)  # the opening "---" of the front matter
    text = f"{front}\ntsunagu_body: {digest}\n{rest}"
    path = folder / page.src_uri
    if not path.is_file() or path.read_text("utf-8") != text:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, "utf-8")
    return path
