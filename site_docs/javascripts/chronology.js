// Chronology page: show one year at a time. The year links still work as plain anchors
// without JavaScript. Material's instant navigation swaps pages without reloading, so
// set up on each page change (document$) and fall back to DOMContentLoaded.
(function () {
  function setUp() {
    var bar = document.querySelector("p.chrono-years");
    if (!bar || bar.dataset.ready) return;
    bar.dataset.ready = "1";
    var content = bar.parentElement;
    var groups = {};
    var current = null;
    Array.prototype.forEach.call(content.children, function (element) {
      if (element.tagName === "H2") {
        current = /^y\d{4}$/.test(element.id) ? element.id.slice(1) : null;
      }
      if (current) (groups[current] = groups[current] || []).push(element);
    });
    var years = Object.keys(groups);
    if (!years.length) return;
    var select = document.createElement("select");
    select.className = "chrono-filter";
    select.setAttribute("aria-label", "Show events of one year");
    select.appendChild(new Option("All years", ""));
    years.forEach(function (year) {
      select.appendChild(new Option(year, year));
    });
    select.addEventListener("change", function () {
      years.forEach(function (year) {
        groups[year].forEach(function (element) {
          element.hidden = select.value !== "" && select.value !== year;
        });
      });
    });
    // A year link shows that year (its target would otherwise be hidden).
    Array.prototype.forEach.call(bar.querySelectorAll('a[href^="#y"]'), function (link) {
      link.addEventListener("click", function () {
        select.value = link.getAttribute("href").slice(2);
        select.dispatchEvent(new Event("change"));
      });
    });
    bar.appendChild(document.createTextNode(" "));
    bar.appendChild(select);
  }
  if (typeof document$ !== "undefined" && document$.subscribe) {
    document$.subscribe(setUp);
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", setUp);
  } else {
    setUp();
  }
})();
