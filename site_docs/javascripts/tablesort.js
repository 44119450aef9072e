/* Sortable tables: click a column heading to sort by it, click again to reverse.
   Numbers ("1,234") sort as numbers, everything else (names, ISO dates) as text.
   Runs on every page load, including Material's instant navigation (document$). */
(function () {
  function value(cell) {
    var text = cell.textContent.trim();
    var number = text.replace(/,/g, "");
    return /^-?\d+(\.\d+)?$/.test(number) ? parseFloat(number) : text.toLowerCase();
  }
  function sortBy(table, column, header) {
    var body = table.tBodies[0];
    if (!body) return;
    var descending = header.getAttribute("aria-sort") !== "descending";
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th) {
      th.removeAttribute("aria-sort");
    });
    header.setAttribute("aria-sort", descending ? "descending" : "ascending");
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      var x = value(a.cells[column]), y = value(b.cells[column]);
      var order = x < y ? -1 : x > y ? 1 : 0;
      return descending ? -order : order;
    });
    rows.forEach(function (row) { body.appendChild(row); });
  }
  function setUp() {
    document.querySelectorAll("article table").forEach(function (table) {
      if (!table.tHead || table.dataset.sortable) return;
      table.dataset.sortable = "yes";
      Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, column) {
        if (!th.textContent.trim()) return;
        th.classList.add("sortable");
        th.setAttribute("tabindex", "0");
        th.addEventListener("click", function () { sortBy(table, column, th); });
        th.addEventListener("keydown", function (event) {
          if (event.key === "Enter") sortBy(table, column, th);
        });
      });
    });
  }
  // Now (or once the page is parsed), and again after each instant navigation.
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", setUp);
  } else {
    setUp();
  }
  if (window.document$) window.document$.subscribe(function () { setUp(); });
})();
