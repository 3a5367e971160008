(function () {
  "use strict";
  function cellValue(row, i, numeric) {
    var c = row.cells[i];
    if (!c) { return numeric ? NaN : ""; }
    var v = c.hasAttribute("data-v") ? c.getAttribute("data-v") : c.textContent;
    return numeric ? (v === "" ? NaN : parseFloat(v)) : v;
  }
  function sortBy(th) {
    var table = th.closest("table");
    var body = table.tBodies[0];
    var idx = Array.prototype.indexOf.call(th.parentNode.children, th);
    var numeric = th.getAttribute("data-type") === "n";
    var asc = th.getAttribute("aria-sort") !== "ascending";
    table.querySelectorAll("th.sort").forEach(function (h) { h.removeAttribute("aria-sort"); });
    th.setAttribute("aria-sort", asc ? "ascending" : "descending");
    var rows = Array.prototype.slice.call(body.rows);
    var keyed = rows.map(function (r, n) { return [cellValue(r, idx, numeric), n, r]; });
    keyed.sort(function (a, b) {
      var x = a[0], y = b[0], d;
      if (numeric) {
        var xn = isNaN(x), yn = isNaN(y);
        d = xn && yn ? 0 : xn ? 1 : yn ? -1 : (asc ? x - y : y - x);
      } else {
        d = x === y ? 0 : (x === "" ? 1 : y === "" ? -1 : (asc ? 1 : -1) * x.localeCompare(y));
      }
      return d || a[1] - b[1];
    });
    var frag = document.createDocumentFragment();
    keyed.forEach(function (k) { frag.appendChild(k[2]); });
    body.appendChild(frag);
  }
  document.addEventListener("click", function (ev) {
    var th = ev.target instanceof Element ? ev.target.closest("th.sort") : null;
    if (th) { sortBy(th); }
  });
  document.addEventListener("keydown", function (ev) {
    var th = ev.target instanceof Element ? ev.target.closest("th.sort") : null;
    if (th && (ev.key === "Enter" || ev.key === " ")) { ev.preventDefault(); sortBy(th); }
  });
  var select = document.getElementById("series");
  if (select) {
    select.addEventListener("change", function () {
      document.querySelectorAll(".chart .series").forEach(function (s) {
        s.hidden = s.getAttribute("data-series") !== select.value;
      });
    });
  }
})();
