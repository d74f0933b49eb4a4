/* Print: write the day of printing, in the page's language, on the printed sheet. */
(function () {
  "use strict";

  function stamp() {
    var today = new Date();
    document.querySelectorAll("time[data-tsunagu-printed]").forEach(function (time) {
      var format = new Intl.DateTimeFormat(time.getAttribute("data-tsunagu-printed"),
        { year: "numeric", month: "long", day: "numeric", weekday: "long" });
      time.textContent = format.format(today);
      time.setAttribute("datetime", today.toISOString().slice(0, 10));
    });
  }

  stamp();
  window.addEventListener("beforeprint", stamp);
})();
