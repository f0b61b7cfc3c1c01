/* geowire: drop empty fields from GET filter forms so URLs stay clean; open a dyad from two codes. */
"use strict";
document.querySelectorAll("form.filters[method=get]").forEach(function (form) {
  form.addEventListener("submit", function (ev) {
    if (form.id === "dyad-form") {
      ev.preventDefault();
      const a = form.querySelector("#dyad-a").value.trim().toUpperCase();
      const b = form.querySelector("#dyad-b").value.trim().toUpperCase();
      if (a && b) window.location.assign("/dyads/" + encodeURIComponent(a) + "/" + encodeURIComponent(b));
      return;
    }
    form.querySelectorAll("input, select").forEach(function (field) {
      if (field.name && field.value === "") field.disabled = true;
    });
  });
});
