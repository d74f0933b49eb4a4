/* Print: write the day of printing, in the page's language, on the printed sheet. Where the build-day
   date always carries furigana (easy Japanese), so does the printed day: the readings of Japanese dates follow
   those of hooks/tsunagu/furigana.py (irregular days such as 2日 ふつか are read as one word). */
(function () {
  "use strict";

  var DAYS = { 1: "ついたち", 2: "ふつか", 3: "みっか", 4: "よっか", 5: "いつか", 6: "むいか", 7: "なのか",
               8: "ようか", 9: "ここのか", 10: "とおか", 14: "じゅうよっか", 20: "はつか", 24: "にじゅうよっか" };
  var WEEKDAYS = { "月": "げつ", "火": "か", "水": "すい", "木": "もく", "金": "きん", "土": "ど", "日": "にち" };

  function ruby(base, reading) {
    var element = document.createElement("ruby"), rt = document.createElement("rt");
    rt.textContent = reading;
    element.append(base, rt);
    return element;
  }

  /* 2026年12月2日（水曜日） with a reading over every kanji. */
  function readDate(today, locale) {
    var parts = {}, date = document.createDocumentFragment();
    new Intl.DateTimeFormat(locale, { year: "numeric", month: "numeric", day: "numeric", weekday: "short" })
      .formatToParts(today).forEach(function (part) { parts[part.type] = part.value; });
    var day = Number(parts.day);
    date.append(parts.year, ruby("年", "ねん"), parts.month, ruby("月", "がつ"));
    date.append(DAYS[day] ? ruby(day + "日", DAYS[day]) : day, DAYS[day] ? "" : ruby("日", "にち"));
    date.append("（", ruby(parts.weekday + "曜", WEEKDAYS[parts.weekday] + "よう"), ruby("日", "び"), "）");
    return date;
  }

  function stamp() {
    var today = new Date();
    document.querySelectorAll("time[data-tsunagu-printed]").forEach(function (time) {
      var locale = time.getAttribute("data-tsunagu-printed");
      if (time.querySelector("ruby:not(.tsunagu-furigana)") && locale.split("-")[0] === "ja") {
        time.replaceChildren(readDate(today, locale));
      } else {
        time.textContent = new Intl.DateTimeFormat(locale,
          { year: "numeric", month: "long", day: "numeric", weekday: "long" }).format(today);
      }
      time.setAttribute("datetime", today.toISOString().slice(0, 10));
    });
  }

  stamp();
  window.addEventListener("beforeprint", stamp);
})();
