// Chronology pages: narrow the events to a person, organization, place or year, and
// show them one line each. The generator writes the filter's lists (hidden) and, on each
// event, its year and entity ids (data-year, data-entities on its .chrono-event marker);
// this shows the filter and hides what does not match. Without JavaScript the filter
// stays hidden and every event is in view. Material's instant navigation swaps pages
// without reloading, so set up on each page change (document$) and fall back to
// DOMContentLoaded.
(function () {
  var COMPACT = "chrono-compact";

  function remembered() {
    try {
      return window.localStorage.getItem(COMPACT) === "1";
    } catch (error) {
      return false; // storage blocked (file://, private mode): start in full view
    }
  }

  function remember(on) {
    try {
      window.localStorage.setItem(COMPACT, on ? "1" : "0");
    } catch (error) {
      // not kept: the view still switches
    }
  }

  function level(element) {
    var match = /^H([1-6])$/.exec(element.tagName);
    return match ? Number(match[1]) : 0;
  }

  // A heading whose section holds events but shows none is hidden with them.
  function hideEmptySections(content) {
    var children = Array.prototype.slice.call(content.children);
    children.forEach(function (element) {
      if (element.tagName === "UL" && element.querySelector(".chrono-event")) {
        element.hidden = !element.querySelector("li:not([hidden]) .chrono-event");
      }
    });
    children.forEach(function (heading, index) {
      var own = level(heading);
      if (own < 2) return;
      var events = 0;
      var shown = 0;
      for (var i = index + 1; i < children.length; i++) {
        var next = children[i];
        if (level(next) && level(next) <= own) break;
        events += next.querySelectorAll(".chrono-event").length;
        shown += next.querySelectorAll("li:not([hidden]) .chrono-event").length;
      }
      if (events) heading.hidden = shown === 0;
    });
  }

  function setUp() {
    var form = document.querySelector("form.chrono-filters");
    if (!form || form.dataset.ready) return;
    form.dataset.ready = "1";
    var content = form.parentElement;
    var items = [];
    Array.prototype.forEach.call(content.querySelectorAll(".chrono-event"), function (marker) {
      var item = marker.closest("li");
      if (!item) return;
      items.push({
        element: item,
        year: marker.getAttribute("data-year"),
        entities: (marker.getAttribute("data-entities") || "").split(" "),
      });
    });
    var selects = Array.prototype.slice.call(form.querySelectorAll("select"));
    var compact = form.querySelector('input[name="compact"]');
    var count = form.querySelector(".chrono-count");

    function apply() {
      var year = "";
      var wanted = [];
      selects.forEach(function (select) {
        if (!select.value) return;
        if (select.name === "year") year = select.value;
        else wanted.push(select.value);
      });
      var shown = 0;
      items.forEach(function (item) {
        var match =
          (!year || item.year === year) &&
          wanted.every(function (id) {
            return item.entities.indexOf(id) >= 0;
          });
        item.element.hidden = !match;
        if (match) shown += 1;
      });
      hideEmptySections(content);
      count.textContent =
        shown === items.length
          ? items.length + " events"
          : "Showing " + shown + " of " + items.length + " events";
      content.classList.toggle(COMPACT, compact.checked);
    }

    selects.forEach(function (select) {
      select.addEventListener("change", apply);
    });
    compact.addEventListener("change", function () {
      remember(compact.checked);
      apply();
    });
    // "Show all" resets the lists (not the view) once the browser has reset them.
    form.addEventListener("reset", function () {
      var view = compact.checked;
      window.setTimeout(function () {
        compact.checked = view;
        apply();
      });
    });
    // A year link shows that year (its target would otherwise be hidden).
    var years = form.querySelector('select[name="year"]');
    Array.prototype.forEach.call(content.querySelectorAll('p.chrono-years a[href^="#y"]'), function (link) {
      link.addEventListener("click", function () {
        if (!years) return;
        years.value = link.getAttribute("href").slice(2);
        apply();
      });
    });
    compact.checked = remembered();
    form.hidden = false;
    apply();
  }

  if (typeof document$ !== "undefined" && document$.subscribe) {
    document$.subscribe(setUp);
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", setUp);
  } else {
    setUp();
  }
})();
