/* Tsunagu's search handling, loaded with Pagefind's UI when the reader starts to search (tsunagu.js),
 * and by bench/search.py, which queries as readers do. */

/* Each word of a query in kana with hiragana, as the token of tsunagu.html.search_readings (keep the
 * two the same): Pagefind would cut long hiragana into other words than the index has. Other words,
 * katakana alone among them, stay as typed. */
window.tsunaguSearchTerm = function (term) {
  "use strict";
  return term.split(/[\s\u3000]+/).map(function (word) {
    var kana = word.replace(/・/g, "");
    if (!/^[\u3041-\u3096\u30a1-\u30fa\u30fc]+$/.test(kana) || !/[\u3041-\u3096]/.test(kana)) {
      return word;
    }
    var token = "kq";
    for (var i = 0; i < kana.length; i += 1) {
      var code = kana.charCodeAt(i);
      var offset = code === 0x30fc ? 90 : code - 0x3040 - (code >= 0x30a1 ? 0x60 : 0);
      token += String.fromCharCode(97 + Math.floor(offset / 26), 97 + (offset % 26));
    }
    return token;
  }).join(" ");
};

/* A result's excerpts without the reading tokens (for search only). */
window.tsunaguSearchResult = function (result) {
  "use strict";
  var token = /(<mark>)?\bkq[a-z]+(<\/mark>)?[\s\u200b]*(\.[\s\u200b]*)?/g;
  [result].concat(result.sub_results || []).forEach(function (found) {
    found.excerpt = (found.excerpt || "").replace(token, "");
  });
  return result;
};
