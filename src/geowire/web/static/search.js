/* geowire: the header search box suggests actor codes as a name is typed (from /api/actors/suggest). */
"use strict";
(function () {
  const list = document.getElementById("actor-suggestions");
  if (!list) return;
  let pending = null, last = "";
  function fill(items) {
    list.replaceChildren();
    items.forEach(function (a) {
      const opt = document.createElement("option");
      opt.value = a.code;
      opt.label = a.name && a.name !== a.code ? a.name + " (" + a.code + ")" : a.code;
      opt.textContent = opt.label;
      list.appendChild(opt);
    });
  }
  function suggest(q) {
    if (q === last || q.length < 2) return;
    last = q;
    fetch("/api/actors/suggest?q=" + encodeURIComponent(q) + "&limit=8", { headers: { Accept: "application/json" } })
      .then(function (r) { return r.ok ? r.json() : { items: [] }; })
      .then(function (body) { if (q === last) fill(body.items || []); })
      .catch(function () { /* no suggestions: the search still works */ });
  }
  document.querySelectorAll("input[list=actor-suggestions]").forEach(function (input) {
    input.addEventListener("input", function () {
      clearTimeout(pending);
      const q = input.value.trim();
      pending = setTimeout(function () { suggest(q); }, 150);
    });
  });
})();
