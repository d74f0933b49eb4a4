/* Tsunagu's scripts, in one file so that a page asks for one: each part is its own closure. */

/* Material's script would fetch a sitemap.xml beside each hreflang link (pages, not homes): the links
 * lose their rel while it reads them (tsunagu.i18n.alternates). */
(function () {
  "use strict";
  var links = [];
  window.addEventListener("DOMContentLoaded", function () {
    links = Array.prototype.slice.call(document.querySelectorAll("link[rel=alternate]"));
    links.forEach(function (link) { link.removeAttribute("rel"); });
  }, true);
  document.addEventListener("DOMContentLoaded", function () {
    links.forEach(function (link) { link.setAttribute("rel", "alternate"); });
  });
})();

/* The furigana switch on standard Japanese pages.
 * Ruby is in the page but its readings are hidden by tsunagu.css until the
 * reader turns them on; the choice is kept in localStorage across pages. */
(function () {
  "use strict";
  var KEY = "tsunagu.furigana";
  var ON_CLASS = "tsunagu-furigana-on";

  function remembered() {
    try {
      return window.localStorage.getItem(KEY) === "on";
    } catch (error) {
      return false;
    }
  }

  function remember(on) {
    try {
      window.localStorage.setItem(KEY, on ? "on" : "off");
    } catch (error) {
      /* Storage may be off (private browsing); the switch still works on this page. */
    }
  }

  function show(on) {
    document.documentElement.classList.toggle(ON_CLASS, on);
  }

  function setUp() {
    var toggle = document.querySelector("[data-tsunagu-furigana-toggle]");
    if (!toggle || toggle.dataset.ready) {
      return;
    }
    var button = toggle.querySelector("button");
    var status = toggle.querySelector("[role=status]");
    var on = remembered();
    show(on);
    button.setAttribute("aria-pressed", String(on));
    toggle.dataset.ready = "true";
    toggle.hidden = false;
    button.addEventListener("click", function () {
      var next = button.getAttribute("aria-pressed") !== "true";
      button.setAttribute("aria-pressed", String(next));
      show(next);
      remember(next);
      status.textContent = next ? button.dataset.shown : button.dataset.hidden;
    });
  }

  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(setUp);
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", setUp);
  } else {
    setUp();
  }
})();

/* Glossary tooltips: Escape hides an open definition (WCAG 1.4.13), and on touch
 * screens the first tap on a term shows its definition, a second tap follows the link. */
(function () {
  "use strict";
  var lastPointer = "mouse";

  function termOf(node) {
    return node && node.closest ? node.closest(".tsunagu-term") : null;
  }

  function closeAll(except) {
    document.querySelectorAll(".tsunagu-term.is-open").forEach(function (term) {
      if (term !== except) {
        term.classList.remove("is-open");
      }
    });
  }

  document.addEventListener("pointerdown", function (event) {
    lastPointer = event.pointerType;
    if (!termOf(event.target)) {
      closeAll(null);
    }
  });

  document.addEventListener("click", function (event) {
    var link = event.target.closest ? event.target.closest(".tsunagu-term__link") : null;
    var term = termOf(link);
    if (!term || lastPointer !== "touch" || !term.querySelector(".tsunagu-term__tip")) {
      return;
    }
    if (!term.classList.contains("is-open")) {
      event.preventDefault();
      closeAll(term);
      term.classList.remove("is-dismissed");
      term.classList.add("is-open");
    }
  });

  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape") {
      return;
    }
    document.querySelectorAll(".tsunagu-term").forEach(function (term) {
      if (term.matches(":hover, :focus-within, .is-open")) {
        term.classList.remove("is-open");
        term.classList.add("is-dismissed");
      }
    });
  });

  ["focusout", "pointerleave"].forEach(function (type) {
    document.addEventListener(type, function (event) {
      var term = termOf(event.target);
      if (term) {
        term.classList.remove("is-dismissed");
      }
    }, true);
  });
})();

/* Tsunagu filters: show the filter form that the page renders hidden, and hide list items
   that do not match. Each select or checkbox names a data attribute of the items; an item's
   attribute holds space-separated values. Without JavaScript the whole list stays visible. */
(function () {
  "use strict";

  function matches(item, controls) {
    return controls.every(function (control) {
      var wanted = control.type === "checkbox" ? (control.checked ? control.value : "") : control.value;
      if (!wanted) return true;
      var values = (item.getAttribute("data-" + control.name) || "").split(" ");
      return values.indexOf(wanted) !== -1;
    });
  }

  function apply(form, results) {
    var controls = Array.prototype.slice.call(form.querySelectorAll("select, input"));
    var shown = 0;
    results.querySelectorAll("[data-filter-item]").forEach(function (item) {
      item.hidden = !matches(item, controls);
      if (!item.hidden) shown += 1;
    });
    results.querySelectorAll("[data-filter-section]").forEach(function (section) {
      section.hidden = !section.querySelector("[data-filter-item]:not([hidden])");
    });
    var count = form.querySelector("[role=status]");
    count.textContent = count.getAttribute("data-template").replace("{count}", String(shown));
  }

  function setUp(form) {
    var results = document.getElementById(form.getAttribute("data-tsunagu-filters"));
    if (!results) return;
    form.hidden = false;
    form.addEventListener("change", function () { apply(form, results); });
    form.addEventListener("reset", function () { setTimeout(function () { apply(form, results); }, 0); });
    form.addEventListener("submit", function (event) { event.preventDefault(); });
  }

  document.querySelectorAll("form[data-tsunagu-filters]").forEach(setUp);
})();

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

/* Site search. The page has a plain search field and nothing of Pagefind: when the reader
 * starts to search, this loads Pagefind's UI (and tsunagu-search.js, its query handling), gives it what was typed and moves the focus
 * into its field. Pagefind's result count has no live region, so its message is repeated
 * in the box's status line for screen readers. */
(function () {
  "use strict";
  var ANNOUNCE_AFTER_MS = 700;
  var SEARCH_SCRIPT = document.currentScript.src.replace(/tsunagu\.js(\?.*)?$/, "tsunagu-search.js");
  var box = document.querySelector("[data-tsunagu-search]");
  if (!box) {
    return;
  }
  var field = box.querySelector(".tsunagu-search__field");
  var status = box.querySelector("[role=status]");
  var loading = null;

  function load(tag, attributes) {
    return new Promise(function (resolve, reject) {
      var element = document.createElement(tag);
      Object.keys(attributes).forEach(function (name) { element.setAttribute(name, attributes[name]); });
      element.onload = resolve;
      element.onerror = reject;
      document.head.appendChild(element);
    });
  }

  function announce(holder) {
    var timer = null;
    new MutationObserver(function () {
      clearTimeout(timer);
      timer = setTimeout(function () {
        var message = holder.querySelector(".pagefind-ui__message");
        status.textContent = message ? message.textContent : "";
      }, ANNOUNCE_AFTER_MS);
    }).observe(holder, { childList: true, subtree: true, characterData: true });
  }

  /* A large language's index comes in parts (tsunagu.outputs.search): the first bundle's parts.json
   * names the others, which Pagefind merges into each search with the same options. */
  function laterParts(options) {
    var list = new URL(options.bundlePath + "parts.json", location.href);
    return fetch(list).then(function (response) {
      return response.ok ? response.json() : { bundles: [] };
    }).then(function (parts) {
      return parts.bundles.map(function (bundle) {
        return { bundlePath: new URL(bundle, list).pathname, baseUrl: options.baseUrl, ranking: options.ranking };
      });
    });
  }

  function handOver(options) {
    var holder = document.createElement("div");
    var focused = document.activeElement === field;
    box.insertBefore(holder, field);
    options.element = holder;
    options.processTerm = window.tsunaguSearchTerm;
    options.processResult = window.tsunaguSearchResult;
    var ui = new window.PagefindUI(options);
    var input = holder.querySelector(".pagefind-ui__search-input");
    input.setAttribute("aria-label", field.getAttribute("aria-label"));
    input.value = field.value;
    if (field.value) {
      ui.triggerSearch(field.value);
    }
    if (focused) {
      input.focus();
    }
    field.remove();
    box.removeAttribute("role");  /* Pagefind's form is the search landmark now */
    box.removeAttribute("aria-label");
    announce(holder);
  }

  function start() {
    if (!loading) {
      var options = JSON.parse(box.getAttribute("data-tsunagu-search"));
      loading = Promise.all([
        load("link", { rel: "stylesheet", href: options.bundlePath + "pagefind-ui.css" }),
        load("script", { src: options.bundlePath + "pagefind-ui.js" }),
        load("script", { src: SEARCH_SCRIPT }),
        laterParts(options)
      ]).then(function (loaded) {
        options.mergeIndex = loaded[3];
        handOver(options);
      }, function () { loading = null; });
    }
  }

  ["focus", "input", "click"].forEach(function (type) { field.addEventListener(type, start); });
  field.addEventListener("keydown", function (event) {
    if (event.key === "Enter") {
      start();
    }
  });
  box.hidden = false;
  if (document.activeElement === field || field.value) {
    start();
  }
})();
