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
