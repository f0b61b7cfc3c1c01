/* geowire: event locations on an equirectangular SVG world (coarse outlines from world.json). */
"use strict";
(function () {
  const S = window.geowireSvg;
  const svg = document.getElementById("map");
  if (!svg) return;
  const W = 1000, H = 500;
  const px = function (lon) { return ((lon + 180) / 360) * W; };
  const py = function (lat) { return ((90 - lat) / 180) * H; };

  function drawWorld(world) {
    const grid = S.el("g", {}, svg);
    for (let lon = -180; lon <= 180; lon += 30) S.el("line", { x1: px(lon), y1: 0, x2: px(lon), y2: H, class: "graticule" }, grid);
    for (let lat = -60; lat <= 60; lat += 30) S.el("line", { x1: 0, y1: py(lat), x2: W, y2: py(lat), class: "graticule" }, grid);
    const land = S.el("g", {}, svg);
    (world.shapes || []).forEach(function (shape) {
      const d = shape.points.map(function (p, i) { return (i ? "L" : "M") + px(p[0]).toFixed(1) + "," + py(p[1]).toFixed(1); }).join(" ") + " Z";
      S.title(S.el("path", { d: d, class: "land" }, land), shape.name);
    });
  }

  function drawPoints(points) {
    const g = S.el("g", { class: "places" }, svg);
    const maxN = Math.max.apply(null, points.map(function (p) { return p.events.length; }).concat([1]));
    points.forEach(function (p) {
      const first = p.events[0];
      const a = S.el("a", { href: first ? "/events/" + encodeURIComponent(first.id) : "#", class: "place-link" }, g);
      const r = 4 + 10 * Math.sqrt(p.events.length / maxN);
      const c = S.el("circle", { cx: px(S.num(p.lon)), cy: py(S.num(p.lat)), r: r, class: "place", "data-name": p.name }, a);
      S.title(c, p.name + ": " + p.events.length + " event(s)");
      S.text(a, px(S.num(p.lon)) + r + 2, py(S.num(p.lat)) + 4, p.name);
    });
  }

  Promise.all([S.getJson("/static/world.json"), S.getJson("/api/map" + window.location.search)])
    .then(function (res) { drawWorld(res[0]); drawPoints(res[1].points || []); })
    .catch(function (err) { S.message(svg, "Could not load the map: " + err.message); });
})();
