"""Japanese text on pages in another language is marked with its own lang."""

from tsunagu.html.langmark import mark_japanese


def test_japanese_runs_are_wrapped():
    html = "<p>Collaboration (kyōdō, 協働) and 自治会 &amp; more</p>"
    assert mark_japanese(html, "ja") == ('<p>Collaboration (kyōdō, <span lang="ja">協働</span>) and '
                                         '<span lang="ja">自治会</span> &amp; more</p>')


def test_text_inside_a_lang_or_script_is_left_alone():
    html = '<p lang="ja">協働</p><script>var s = "協働";</script><code>x</code>'
    assert mark_japanese(html, "ja") == html


def test_runs_keep_inner_spaces_and_escape_markup():
    assert mark_japanese("<p>朝霧野市 本町 <b>&lt;x&gt;</b></p>", "ja") == (
        '<p><span lang="ja">朝霧野市 本町</span> <b>&lt;x&gt;</b></p>')


def test_a_whole_page_is_marked_outside_other_languages_but_inside_its_own():
    html = '<html lang="vi"><nav>ホーム</nav><p lang="ja-x-easy">ここ</p></html>'
    assert mark_japanese(html, "ja", page="vi") == (
        '<html lang="vi"><nav><span lang="ja">ホーム</span></nav><p lang="ja-x-easy">ここ</p></html>')


def test_on_a_chinese_page_only_runs_with_kana_are_japanese():
    html = "<p>前往中央公民馆，请走南侧的道路。通行止めです</p>"
    assert mark_japanese(html, "ja", kana_only=True) == (
        '<p>前往中央公民馆，请走南侧的道路。<span lang="ja">通行止めです</span></p>')
