/* geowire: the timeline of a dyad or an actor as hand-written SVG (no library, no CDN).

   Regular bins (week, month or year) from the first to the last period, empty ones as zeros; a
   panel of cooperation and conflict occurrences with its own axis, and (for a dyad) a panel of the
   PLOVER-score sum with its own axis around zero.  The SVG is drawn at the size it is shown, so
   its text stays readable on a phone.  Click (or Enter on) a bin: its events are listed below. */
"use strict";
(function () {
  const S = window.geowireSvg;
  const svg = document.getElementById("timeline");
  if (!svg) return;
  const by = svg.dataset.by || "month";
  const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  const L = 48, R = 12, T = 14, GAP = 34, B = 34;

  function next(d) {
    const x = new Date(d.getTime());
    if (by === "year") x.setUTCFullYear(x.getUTCFullYear() + 1);
    else if (by === "month") x.setUTCMonth(x.getUTCMonth() + 1);
    else x.setUTCDate(x.getUTCDate() + 7);
    return x;
  }
  function iso(d) { return d.toISOString().slice(0, 10); }
  function label(d) {
    if (by === "year") return String(d.getUTCFullYear());
    if (by === "month") return MONTHS[d.getUTCMonth()] + " " + d.getUTCFullYear();
    return d.getUTCDate() + " " + MONTHS[d.getUTCMonth()] + " " + d.getUTCFullYear();
  }

  // points: [{period: "YYYY-MM-DD", coop, conf, score}] -> every bin from the first to the last
  function bins(points) {
    const at = {};
    points.forEach(function (p) {
      const k = p.period;
      const b = at[k] || (at[k] = { coop: 0, conf: 0, score: 0 });
      b.coop += p.coop; b.conf += p.conf; b.score += p.score;
    });
    const keys = Object.keys(at).sort();
    if (!keys.length) return [];
    const out = [];
    const last = new Date(keys[keys.length - 1] + "T00:00:00Z");
    for (let d = new Date(keys[0] + "T00:00:00Z"); d <= last && out.length < 5000; d = next(d)) {
      const b = at[iso(d)] || { coop: 0, conf: 0, score: 0 };
      out.push({ start: d, end: next(d), coop: b.coop, conf: b.conf, score: b.score });
    }
    return out;
  }

  function ticks(lo, hi) {  // a few round values covering [lo, hi]
    const span = Math.max(hi - lo, 1);
    const raw = span / 4, mag = Math.pow(10, Math.floor(Math.log10(raw)));
    const step = Math.max(1, [1, 2, 5, 10].map(function (m) { return m * mag; }).find(function (s) { return s >= raw; }));
    const out = [];
    for (let v = Math.ceil(lo / step) * step; v <= hi + 1e-9; v += step) out.push(Math.round(v * 100) / 100);
    return out;
  }

  function panel(g, top, height, lo, hi, width, title) {
    const y = function (v) { return top + height - ((v - lo) * height) / (hi - lo || 1); };
    const axis = S.el("g", { class: "axis" }, g);
    ticks(lo, hi).forEach(function (v) {
      S.el("line", { x1: L, x2: width - R, y1: y(v), y2: y(v), class: v === 0 ? "zero" : "grid" }, axis);
      S.text(axis, L - 6, y(v) + 4, v, { "text-anchor": "end" });
    });
    S.text(axis, L, top - 3, title, { class: "panel-title" });
    return y;
  }

  let current = [];
  let selected = -1;
  // brush to zoom: press on one bin, release on another: the page shows that range (since/until
  // in the URL, so the tables below, the JSON link and a reload follow it)
  let brushFrom = null, brushed = false;
  function shade(a, b) {
    const lo = Math.min(a, b), hi = Math.max(a, b);
    svg.querySelectorAll("rect.bin-hit").forEach(function (r, k) { r.classList.toggle("brushing", k >= lo && k <= hi); });
  }
  function zoom(lo, hi) {
    const q = new URLSearchParams(window.location.search);
    q.set("since", iso(current[lo].start));
    q.set("until", iso(new Date(current[hi].end.getTime() - 86400000)));
    window.location.assign(window.location.pathname + "?" + q.toString());
  }
  window.addEventListener("pointerup", function () {
    if (brushFrom !== null) { brushFrom = null; shade(-1, -2); }
  });

  function render() {
    const list = current;
    S.clear(svg);
    const width = Math.max(300, Math.round(svg.getBoundingClientRect().width || 960));
    const withScore = svg.dataset.kind === "dyad";
    const h1 = width < 600 ? 150 : 190, h2 = withScore ? (width < 600 ? 80 : 100) : 0;
    const height = T + h1 + (withScore ? GAP + h2 : 0) + B;
    svg.setAttribute("viewBox", "0 0 " + width + " " + height);
    svg.setAttribute("height", height);
    if (!list.length) { S.message(svg, "No counted occurrences yet."); return; }
    const n = list.length, bw = (width - L - R) / n;
    const x = function (i) { return L + i * bw; };
    const maxC = Math.max(1, Math.max.apply(null, list.map(function (b) { return Math.max(b.coop, b.conf); })));
    const y1 = panel(svg, T + 10, h1 - 10, 0, maxC, width, "occurrences: cooperation / conflict");
    const inner = Math.max(1, bw * 0.8), half = inner / 2;
    list.forEach(function (b, i) {
      const x0 = x(i) + (bw - inner) / 2;
      if (b.coop) S.el("rect", { x: x0, y: y1(b.coop), width: Math.max(half - 0.5, 0.5), height: y1(0) - y1(b.coop), class: "bar-coop" }, svg);
      if (b.conf) S.el("rect", { x: x0 + half, y: y1(b.conf), width: Math.max(half - 0.5, 0.5), height: y1(0) - y1(b.conf), class: "bar-conf" }, svg);
    });
    let y2 = null;
    if (withScore) {
      const top2 = T + h1 + GAP;
      const lo = Math.min(0, Math.min.apply(null, list.map(function (b) { return b.score; })));
      const hi = Math.max(0, Math.max.apply(null, list.map(function (b) { return b.score; })));
      y2 = panel(svg, top2, h2, lo === hi ? -1 : lo, lo === hi ? 1 : hi, width, "PLOVER score sum");
      list.forEach(function (b, i) {
        if (!b.score) return;
        const ya = y2(Math.max(b.score, 0)), yb = y2(Math.min(b.score, 0));
        S.el("rect", { x: x(i) + (bw - inner) / 2, y: ya, width: inner, height: Math.max(yb - ya, 0.5), class: b.score > 0 ? "bar-coop" : "bar-conf" }, svg);
      });
    }
    // the time axis: a label wherever there is room, preferring the start of a year
    const axis = S.el("g", { class: "axis time" }, svg);
    const base = height - B;
    S.el("line", { x1: L, x2: width - R, y1: base, y2: base }, axis);
    const room = by === "week" ? 90 : 70;
    let lastX = -Infinity;
    list.forEach(function (b, i) {
      const cx = x(i) + bw / 2;
      const yearStart = by !== "month" || b.start.getUTCMonth() === 0;
      if (cx - lastX < room || (!yearStart && n * room > width * 2 && i)) return;
      S.el("line", { x1: cx, x2: cx, y1: base, y2: base + 4 }, axis);
      S.text(axis, cx, base + 16, label(b.start), { "text-anchor": "middle" });
      lastX = cx;
    });
    // one hit area per bin: hover title, click or Enter lists its events
    list.forEach(function (b, i) {
      const hit = S.el("rect", {
        x: x(i), y: T, width: Math.max(bw, 1), height: base - T, class: "bin-hit" + (i === selected ? " selected" : ""),
        tabindex: 0, role: "button", "data-start": iso(b.start), "data-end": iso(b.end),
        "aria-label": label(b.start) + ": cooperation " + b.coop + ", conflict " + b.conf + (withScore ? ", score " + b.score : ""),
      }, svg);
      S.title(hit, label(b.start) + " — cooperation " + b.coop + ", conflict " + b.conf + (withScore ? ", PLOVER score " + b.score : ""));
      hit.addEventListener("pointerdown", function (ev) { brushFrom = i; ev.preventDefault(); });
      hit.addEventListener("pointerenter", function () { if (brushFrom !== null) shade(brushFrom, i); });
      hit.addEventListener("pointerup", function () {
        if (brushFrom !== null && brushFrom !== i) { brushed = true; zoom(Math.min(brushFrom, i), Math.max(brushFrom, i)); }
        brushFrom = null;
      });
      hit.addEventListener("click", function () { if (brushed) { brushed = false; return; } choose(i); });
      hit.addEventListener("keydown", function (ev) { if (ev.key === "Enter" || ev.key === " ") { ev.preventDefault(); choose(i); } });
    });
  }

  let events = [];
  function choose(i) {
    selected = i;
    render();
    const b = current[i], out = document.getElementById("bin-events");
    if (!out) return;
    const since = iso(b.start), until = iso(new Date(b.end.getTime() - 86400000));
    while (out.firstChild) out.removeChild(out.firstChild);
    const h = document.createElement("h2");
    h.textContent = "Events in " + label(b.start);
    out.appendChild(h);
    const links = document.createElement("p");
    const a = svg.dataset.a || svg.dataset.actor, other = svg.dataset.b;
    const pairs = other ? [[a, other], [other, a]] : [[a, ""], ["", a]];
    pairs.forEach(function (p) {
      const link = document.createElement("a");
      const q = new URLSearchParams({ since: since, until: until });
      if (p[0]) q.set("actor", p[0]);
      if (p[1]) q.set("recipient", p[1]);
      link.href = "/events?" + q.toString();
      link.textContent = (p[0] || "anyone") + " → " + (p[1] || "anyone") + ", " + since + " to " + until;
      links.appendChild(link);
      links.appendChild(document.createTextNode(" "));
    });
    out.appendChild(links);
    const inBin = events.filter(function (e) { return e.date && e.date >= since && e.date <= until; });
    if (!inBin.length) return;
    const ul = document.createElement("ul");
    ul.className = "bin-event-list";
    inBin.forEach(function (e) {
      const li = document.createElement("li");
      const link = document.createElement("a");
      link.href = "/events/" + encodeURIComponent(e.id);
      link.textContent = e.date + " " + (e.event || []).join(", ") + " — " + S.plain(e.text || "").slice(0, 160);
      li.appendChild(link);
      if (e.modality && e.modality !== "asserted") li.appendChild(document.createTextNode(" (" + e.modality + ")"));
      ul.appendChild(li);
    });
    out.appendChild(ul);
    out.focus && out.focus();
  }

  function fromDyad(data) {
    events = data.events || [];
    return (data.series || []).map(function (p) {
      return { period: String(p.period), coop: S.num(p.cooperation), conf: S.num(p.conflict), score: S.num(p.score_sum) };
    });
  }
  function fromActor(data) {
    const profile = data.profile || data;
    return (profile.over_time || []).filter(function (r) { return r.period; }).map(function (r) {
      return { period: String(r.period), coop: S.num(r.cooperation), conf: S.num(r.conflict), score: 0 };
    });
  }

  const kind = svg.dataset.kind;
  const range = new URLSearchParams(window.location.search);  // the page's date range, if any
  let rangeQuery = "";
  ["since", "until"].forEach(function (k) {
    const v = range.get(k);
    if (v && /^\d{4}-\d{2}-\d{2}$/.test(v)) rangeQuery += "&" + k + "=" + v;
  });
  const url = (kind === "dyad"
    ? "/api/dyads/" + encodeURIComponent(svg.dataset.a) + "/" + encodeURIComponent(svg.dataset.b) + "?by=" + encodeURIComponent(by)
    : "/actors/" + encodeURIComponent(svg.dataset.actor) + "?format=json") + rangeQuery;
  S.getJson(url).then(function (data) {
    current = bins(kind === "dyad" ? fromDyad(data) : fromActor(data));
    render();
    svg.dataset.ready = "true";
    let pending = null;
    window.addEventListener("resize", function () { clearTimeout(pending); pending = setTimeout(render, 150); });
  }).catch(function (err) { S.message(svg, "Could not load the series: " + err.message); });
})();
