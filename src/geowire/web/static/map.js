/* geowire: event places on an equirectangular SVG world with Natural Earth country borders
   (world.json, vendored; see LICENSES.md). Zoom and pan by wheel, drag, the +/− buttons or the keys
   (+ − arrows 0) when the map has focus; the points follow the page's since/until (the URL). */
"use strict";
(function () {
  const S = window.geowireSvg;
  const svg = document.getElementById("map");
  if (!svg) return;
  const W = 1000, H = 500, MAX_ZOOM = 24;
  const px = function (lon) { return ((lon + 180) / 360) * W; };
  const py = function (lat) { return ((90 - lat) / 180) * H; };
  const view = { x: 0, y: 0, w: W, h: H };
  const scaled = [];  // functions of the zoom factor k that keep marks the same size on screen

  function setView(x, y, w) {
    w = Math.min(W, Math.max(W / MAX_ZOOM, w));
    const h = w * H / W;
    view.w = w; view.h = h;
    view.x = Math.min(W - w, Math.max(0, x));
    view.y = Math.min(H - h, Math.max(0, y));
    svg.setAttribute("viewBox", [view.x, view.y, view.w, view.h].map(function (v) { return v.toFixed(2); }).join(" "));
    const k = view.w / W;
    scaled.forEach(function (f) { f(k); });
    const zoom = document.getElementById("map-zoom-level");
    if (zoom) zoom.textContent = "×" + (W / view.w).toFixed(1);
  }
  function zoomAt(factor, cx, cy) {  // cx, cy: the map point that stays put
    const w = Math.min(W, Math.max(W / MAX_ZOOM, view.w / factor));
    const f = w / view.w;
    setView(cx - (cx - view.x) * f, cy - (cy - view.y) * f, w);
  }
  function zoomCentre(factor) { zoomAt(factor, view.x + view.w / 2, view.y + view.h / 2); }
  function pan(dx, dy) { setView(view.x + dx, view.y + dy, view.w); }
  function toMap(evt) {
    const r = svg.getBoundingClientRect();
    return { x: view.x + (evt.clientX - r.left) / r.width * view.w, y: view.y + (evt.clientY - r.top) / r.height * view.h };
  }

  function ringPath(ring) {
    let d = "";
    for (let i = 0; i + 1 < ring.length; i += 2) d += (i ? "L" : "M") + px(ring[i]).toFixed(2) + "," + py(ring[i + 1]).toFixed(2);
    return d + "Z";
  }
  function drawWorld(world) {
    const grid = S.el("g", { class: "graticule-lines" }, svg);
    for (let lon = -180; lon <= 180; lon += 30) S.el("line", { x1: px(lon), y1: 0, x2: px(lon), y2: H, class: "graticule", "vector-effect": "non-scaling-stroke" }, grid);
    for (let lat = -60; lat <= 60; lat += 30) S.el("line", { x1: 0, y1: py(lat), x2: W, y2: py(lat), class: "graticule", "vector-effect": "non-scaling-stroke" }, grid);
    const land = S.el("g", { class: "countries" }, svg);
    (world.countries || []).forEach(function (c) {
      const path = S.el("path", { d: c.rings.map(ringPath).join(""), class: "land", "fill-rule": "evenodd", "vector-effect": "non-scaling-stroke" }, land);
      if (c.id) path.setAttribute("data-iso", c.id);
      S.title(path, c.name);
    });
  }

  function colour(p) {
    if (p.conflict && !p.cooperation) return "var(--conf)";
    if (p.cooperation && !p.conflict) return "var(--coop)";
    return p.conflict || p.cooperation ? "#8a5a9e" : "var(--muted)";
  }
  function describe(p) {
    const n = p.events.length;
    const where = [p.name, p.admin1 && p.admin1 !== p.name ? p.admin1 : null, p.code].filter(Boolean).join(", ");
    return where + ": " + n + " event" + (n === 1 ? "" : "s") + " (" + p.cooperation + " cooperation, " + p.conflict + " conflict)";
  }
  function drawPoints(points) {
    const g = S.el("g", { class: "places" }, svg);
    const maxN = Math.max.apply(null, points.map(function (p) { return p.events.length; }).concat([1]));
    // biggest first, so small places stay on top and clickable
    points.forEach(function (p, i) {
      const x = px(S.num(p.lon)), y = py(S.num(p.lat));
      const href = p.events.length === 1 ? "/events/" + encodeURIComponent(p.events[0].id) : "#place-" + (i + 1);
      const a = S.el("a", { href: href, class: "place-link" }, g);
      const r = 3 + 9 * Math.sqrt(p.events.length / maxN);
      const c = S.el("circle", { cx: x.toFixed(2), cy: y.toFixed(2), r: r, class: "place", "data-name": p.name || "", "data-count": p.events.length }, a);
      c.style.fill = colour(p);
      scaled.push(function (k) { c.setAttribute("r", (r * k).toFixed(3)); c.setAttribute("stroke-width", k.toFixed(3)); });
      S.title(c, describe(p));
      if (i < 12) {
        const t = S.text(a, x + r + 2, y + 4, p.name || "", { class: "place-label", "font-size": 12 });
        scaled.push(function (k) {
          t.setAttribute("font-size", (12 * k).toFixed(3));
          t.setAttribute("x", (x + (r + 2) * k).toFixed(2));
          t.setAttribute("y", (y + 4 * k).toFixed(2));
        });
      }
    });
  }

  function wire() {
    svg.setAttribute("tabindex", "0");
    svg.addEventListener("wheel", function (evt) {
      evt.preventDefault();
      const m = toMap(evt);
      zoomAt(evt.deltaY < 0 ? 1.25 : 0.8, m.x, m.y);
    }, { passive: false });
    let drag = null;
    svg.addEventListener("pointerdown", function (evt) {
      if (evt.button !== 0) return;
      drag = { x: evt.clientX, y: evt.clientY, moved: false, id: evt.pointerId };
    });
    svg.addEventListener("pointermove", function (evt) {
      if (!drag) return;
      const r = svg.getBoundingClientRect();
      const dx = evt.clientX - drag.x, dy = evt.clientY - drag.y;
      if (!drag.moved && Math.abs(dx) + Math.abs(dy) < 4) return;
      if (!drag.moved) { drag.moved = true; svg.setPointerCapture(drag.id); svg.classList.add("dragging"); }
      pan(-dx / r.width * view.w, -dy / r.height * view.h);
      drag.x = evt.clientX; drag.y = evt.clientY;
    });
    let dragged = false;  // a drag ends with a click that must not follow the link under it
    function end() {
      if (drag && drag.moved) {
        svg.classList.remove("dragging");
        dragged = true;
        setTimeout(function () { dragged = false; }, 0);
      }
      drag = null;
    }
    svg.addEventListener("pointerup", end);
    svg.addEventListener("pointercancel", end);
    svg.addEventListener("click", function (evt) { if (dragged) evt.preventDefault(); }, true);
    svg.addEventListener("keydown", function (evt) {
      const step = view.w / 8;
      const keys = {
        "+": function () { zoomCentre(1.5); }, "=": function () { zoomCentre(1.5); }, "-": function () { zoomCentre(1 / 1.5); },
        "0": function () { setView(0, 0, W); },
        ArrowLeft: function () { pan(-step, 0); }, ArrowRight: function () { pan(step, 0); },
        ArrowUp: function () { pan(0, -step); }, ArrowDown: function () { pan(0, step); },
      };
      if (keys[evt.key]) { evt.preventDefault(); keys[evt.key](); }
    });
    const buttons = { "map-zoom-in": function () { zoomCentre(1.5); }, "map-zoom-out": function () { zoomCentre(1 / 1.5); }, "map-zoom-reset": function () { setView(0, 0, W); } };
    Object.keys(buttons).forEach(function (id) {
      const b = document.getElementById(id);
      if (b) b.addEventListener("click", buttons[id]);
    });
  }

  function summary(points) {
    const out = document.getElementById("map-summary");
    if (!out) return;
    const n = points.reduce(function (acc, p) { return acc + p.events.length; }, 0);
    out.textContent = n + " located event" + (n === 1 ? "" : "s") + " at " + points.length + " place" + (points.length === 1 ? "" : "s") + ".";
  }

  Promise.all([S.getJson("/static/world.json"), S.getJson("/api/map" + window.location.search)])
    .then(function (res) {
      const points = res[1].points || [];
      drawWorld(res[0]);
      drawPoints(points);
      summary(points);
      wire();
      setView(0, 0, W);
    })
    .catch(function (err) { S.message(svg, "Could not load the map: " + err.message); });
})();
