/* geowire: the dyad's cooperation–conflict time series as an SVG line chart (no library). */
"use strict";
(function () {
  const S = window.geowireSvg;
  const svg = document.getElementById("dyad-chart");
  if (!svg) return;
  const W = 960, H = 320, L = 50, R = 20, T = 20, B = 40;

  function period(p) { return String(S.first(p, ["period", "bucket", "start", "date", "month", "week", "year"], "")); }
  function coop(p) {
    const v = S.first(p, ["cooperation", "coop"], null);
    return v !== null ? S.num(v) : S.num(p.quad1) + S.num(p.quad2);
  }
  function conf(p) {
    const v = S.first(p, ["conflict", "conf"], null);
    return v !== null ? S.num(v) : S.num(p.quad3) + S.num(p.quad4);
  }
  function balance(p) { return S.num(S.first(p, ["score_sum", "balance"], 0)); }

  function path(points) { return points.map(function (pt, i) { return (i ? "L" : "M") + pt[0].toFixed(1) + "," + pt[1].toFixed(1); }).join(" "); }

  function render(series) {
    S.clear(svg);
    if (!series.length) { S.message(svg, "No occurrences between them yet."); return; }
    const n = series.length;
    // x is proportional to time: gaps between periods show as gaps.
    const times = series.map(function (p, i) { const t = Date.parse(period(p)); return Number.isFinite(t) ? t : i; });
    const t0 = Math.min.apply(null, times), t1 = Math.max.apply(null, times);
    const x = function (i) { return t1 === t0 ? (L + W - R) / 2 : L + ((times[i] - t0) * (W - L - R)) / (t1 - t0); };
    const maxY = Math.max.apply(null, series.map(function (p) { return Math.max(coop(p), conf(p)); }).concat([1]));
    const maxB = Math.max.apply(null, series.map(function (p) { return Math.abs(balance(p)); }).concat([1]));
    const y = function (v) { return H - B - (v * (H - T - B)) / maxY; };
    const yb = function (v) { return (H - B + T) / 2 - (v * (H - T - B)) / (2 * maxB); };
    const axis = S.el("g", { class: "axis" }, svg);
    S.el("line", { x1: L, y1: H - B, x2: W - R, y2: H - B }, axis);
    S.el("line", { x1: L, y1: T, x2: L, y2: H - B }, axis);
    S.text(axis, 6, y(maxY) + 4, maxY);
    S.text(axis, 6, H - B + 4, 0);
    let lastLabel = -Infinity;
    series.forEach(function (p, i) {
      if (x(i) - lastLabel < 70 && i !== 0) return;  // keep labels from overlapping
      S.text(axis, x(i), H - B + 16, period(p), { "text-anchor": "middle" });
      lastLabel = x(i);
    });
    const lines = [["series-coop", coop, y], ["series-conf", conf, y], ["series-balance", balance, yb]];
    lines.forEach(function (spec) {
      const pts = series.map(function (p, i) { return [x(i), spec[2](spec[1](p))]; });
      S.el("path", { d: path(pts), class: spec[0] }, svg);
      pts.forEach(function (pt, i) {
        if (spec[0] === "series-balance") return;
        const dot = S.el("circle", { cx: pt[0], cy: pt[1], r: 3.5, class: spec[0] + "-dot", fill: spec[0] === "series-coop" ? "#1f7a4d" : "#b3261e" }, svg);
        S.title(dot, period(series[i]) + ": " + (spec[0] === "series-coop" ? "cooperation " : "conflict ") + spec[1](series[i]));
      });
    });
  }

  const url = "/api/dyads/" + encodeURIComponent(svg.dataset.a) + "/" + encodeURIComponent(svg.dataset.b) +
    "?by=" + encodeURIComponent(svg.dataset.by || "month");
  S.getJson(url).then(function (data) { render(data.series || []); })
    .catch(function (err) { S.message(svg, "Could not load the series: " + err.message); });
})();
