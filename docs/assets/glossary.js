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
