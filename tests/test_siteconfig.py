"""Reading mkdocs.yml without MkDocs: languages from the i18n plugin, settings, folders."""

from __future__ import annotations

import pytest

from tsunagu.siteconfig import SiteConfigError, load_site_config

CONFIG = """site_name: !ENV [SITE_NAME, "テスト"]
docs_dir: pages
markdown_extensions:
  - pymdownx.emoji:
      emoji_index: !!python/name:material.extensions.emoji.twemoji
plugins:
  - search
  - i18n:
      languages:
        - {locale: ko, name: 한국어, default: true}
        - {locale: pt-BR, name: Português}
extra:
  tsunagu:
    data_dir: records
"""


def test_reads_languages_settings_and_folders(tmp_path):
    (tmp_path / "mkdocs.yml").write_text(CONFIG, "utf-8")
    site = load_site_config(tmp_path / "mkdocs.yml")
    assert site.locales.codes == ("ko", "pt-BR")
    assert site.locales.default.code == "ko"
    assert site.tsunagu.data_dir == tmp_path / "records"
    assert (site.docs_dir, site.site_dir) == (tmp_path / "pages", tmp_path / "site")


def test_without_i18n(tmp_path):
    (tmp_path / "mkdocs.yml").write_text("site_name: x\nplugins: [search]\n", "utf-8")
    with pytest.raises(SiteConfigError) as caught:
        load_site_config(tmp_path / "mkdocs.yml")
    assert str(caught.value) == "mkdocs.yml: no i18n plugin with languages is configured"
