/* geowire: click (or Enter on) a column header of a table.sortable to sort its rows by that
   column, again to reverse; numbers (with thousands separators) sort as numbers. */
"use strict";
(function () {
  function key(cell) {
    const text = (cell ? cell.textContent : "").trim();
    const n = text.replace(/[,\s]|US\$/g, "");
    return /^-?\d+(\.\d+)?$/.test(n) ? { num: parseFloat(n), text: text } : { num: null, text: text };
  }
  function compare(a, b) {
    if (a.num !== null && b.num !== null) return a.num - b.num;
    if (a.num !== null) return -1;
    if (b.num !== null) return 1;
    return a.text.localeCompare(b.text);
  }
  document.querySelectorAll("table.sortable").forEach(function (table) {
    const heads = table.querySelectorAll("thead th");
    heads.forEach(function (th, col) {
      if (th.querySelector("a")) return;  // sorted by the server
      const button = document.createElement("button");
      button.type = "button";
      button.className = "th-sort";
      button.textContent = th.textContent;
      button.setAttribute("aria-label", "sort by " + th.textContent.trim());
      th.replaceChildren(button);
      button.addEventListener("click", function () {
        const up = th.getAttribute("aria-sort") !== "ascending";
        heads.forEach(function (h) { h.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", up ? "ascending" : "descending");
        const body = table.tBodies[0];
        const rows = Array.from(body.rows).filter(function (r) { return r.cells.length === heads.length; });
        rows.sort(function (r1, r2) {
          const c = compare(key(r1.cells[col]), key(r2.cells[col]));
          return up ? c : -c;
        });
        rows.forEach(function (r) { body.appendChild(r); });
      });
    });
  });
})();
