"""The site's languages: their folders and their BCP 47 tags."""

from __future__ import annotations

import pytest

from tsunagu.model.locales import Locale


@pytest.mark.parametrize(("code", "tag"), [("ja", "ja"), ("en", "en"), ("ja-easy", "ja-x-easy"), ("pt-BR", "pt-BR"),
                                           ("zh-Hant", "zh-Hant"), ("en-plain", "en-x-plain")])
def test_tag_is_the_code_or_a_private_use_subtag_of_its_language(code, tag):
    assert Locale(code, code).tag == tag


def test_prefix_is_empty_for_the_default_language():
    assert Locale("ja", "日本語", default=True).prefix == ""
    assert Locale("ja-easy", "やさしい にほんご").prefix == "ja-easy/"
