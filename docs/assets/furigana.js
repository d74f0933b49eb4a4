/* The furigana switch on standard Japanese pages.
 * Ruby is in the page but its readings are hidden by furigana.css until the
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
