/* geowire: the actor network as SVG with a small force layout (no library).
   Nodes are sized by activity, edges coloured by their cooperation/conflict balance.
   The time-range form re-fetches /api/network without reloading the page. */
"use strict";
(function () {
  const S = window.geowireSvg;
  const svg = document.getElementById("network");
  const form = document.getElementById("network-controls");
  if (!svg || !form) return;
  const W = 960, H = 600;

  function nodeId(n) { return String(S.first(n, ["id", "code", "actor", "name"], "")); }
  function activity(n) { return S.num(S.first(n, ["activity", "occurrences", "events", "weight", "count"], 1)); }
  function coop(e) { return S.num(S.first(e, ["cooperation", "coop", "cooperation_weight"], 0)); }
  function conf(e) { return S.num(S.first(e, ["conflict", "conf", "conflict_weight"], 0)); }

  // Fruchterman–Reingold with gravity toward the centre and a cooling step size.
  function layout(nodes, edges) {
    const n = nodes.length;
    nodes.forEach(function (d, i) {
      const a = (2 * Math.PI * i) / Math.max(1, n);
      d.x = W / 2 + (W / 4) * Math.cos(a); d.y = H / 2 + (H / 4) * Math.sin(a);
    });
    const k = 0.7 * Math.sqrt((W * H) / Math.max(1, n));
    const steps = 250;
    for (let step = 0; step < steps; step++) {
      const temp = (W / 10) * (1 - step / steps) + 1;
      nodes.forEach(function (d) { d.dx = 0; d.dy = 0; });
      for (let i = 0; i < n; i++) {
        for (let j = i + 1; j < n; j++) {
          const a = nodes[i], b = nodes[j];
          const dx = a.x - b.x, dy = a.y - b.y;
          const d = Math.max(Math.sqrt(dx * dx + dy * dy), 0.5);
          const f = (k * k) / d / d;
          a.dx += dx * f; a.dy += dy * f; b.dx -= dx * f; b.dy -= dy * f;
        }
      }
      edges.forEach(function (e) {
        const dx = e.s.x - e.t.x, dy = e.s.y - e.t.y;
        const d = Math.max(Math.sqrt(dx * dx + dy * dy), 0.5);
        const f = d / k;
        e.s.dx -= dx * f; e.s.dy -= dy * f; e.t.dx += dx * f; e.t.dy += dy * f;
      });
      nodes.forEach(function (d) {
        d.dx += (W / 2 - d.x) * 0.15; d.dy += (H / 2 - d.y) * 0.15;
        const len = Math.max(Math.sqrt(d.dx * d.dx + d.dy * d.dy), 0.01);
        const move = Math.min(len, temp);
        d.x = Math.min(W - 40, Math.max(40, d.x + (d.dx / len) * move));
        d.y = Math.min(H - 30, Math.max(30, d.y + (d.dy / len) * move));
      });
    }
  }

  function render(data) {
    S.clear(svg);
    const byId = new Map();
    const nodes = (data.nodes || []).map(function (n) {
      const d = { id: nodeId(n), label: String(S.first(n, ["label", "name", "id", "code"], "")), size: activity(n) };
      byId.set(d.id, d);
      return d;
    });
    const edges = (data.edges || []).map(function (e) {
      const s = byId.get(String(S.first(e, ["source", "a"], ""))), t = byId.get(String(S.first(e, ["target", "b"], "")));
      return s && t ? { s: s, t: t, coop: coop(e), conf: conf(e) } : null;
    }).filter(Boolean);
    if (!nodes.length) { S.message(svg, "No actors in this range."); return; }
    layout(nodes, edges);
    const maxSize = Math.max.apply(null, nodes.map(function (d) { return d.size; }).concat([1]));
    const maxW = Math.max.apply(null, edges.map(function (e) { return e.coop + e.conf; }).concat([1]));
    const gEdges = S.el("g", { class: "edges" }, svg);
    edges.forEach(function (e) {
      const kind = e.coop > e.conf ? "coop" : e.conf > e.coop ? "conf" : "mixed";
      const a = S.el("a", { href: "/dyads/" + encodeURIComponent(e.s.id) + "/" + encodeURIComponent(e.t.id), class: "edge-link" }, gEdges);
      const line = S.el("line", {
        x1: e.s.x, y1: e.s.y, x2: e.t.x, y2: e.t.y, class: "edge " + kind,
        "stroke-width": 1.5 + 8 * (e.coop + e.conf) / maxW, "stroke-opacity": 0.75,
        "data-source": e.s.id, "data-target": e.t.id,
      }, a);
      S.title(line, e.s.id + " – " + e.t.id + ": cooperation " + e.coop + ", conflict " + e.conf);
    });
    const gNodes = S.el("g", { class: "nodes" }, svg);
    nodes.forEach(function (d) {
      const a = S.el("a", { href: "/actors/" + encodeURIComponent(d.id), class: "node", "data-id": d.id }, gNodes);
      const r = 6 + 22 * Math.sqrt(d.size / maxSize);
      S.title(S.el("circle", { cx: d.x, cy: d.y, r: r }, a), d.label + ": " + d.size);
      S.text(a, d.x + r + 3, d.y + 4, d.label);
    });
  }

  // the edge table below the graph shows the same edges as the graph (it follows the filter)
  function fillTable(data) {
    const body = document.querySelector("#edges tbody");
    if (!body) return;
    body.replaceChildren();
    const edges = data.edges || [];
    edges.forEach(function (e) {
      const s = String(S.first(e, ["source", "a"], "")), t = String(S.first(e, ["target", "b"], ""));
      const tr = document.createElement("tr");
      const td = document.createElement("td");
      const a = document.createElement("a");
      a.className = "dyad-link";
      a.href = "/dyads/" + encodeURIComponent(s) + "/" + encodeURIComponent(t);
      a.textContent = s + " – " + t;
      td.appendChild(a);
      tr.appendChild(td);
      [coop(e), conf(e)].forEach(function (n) {
        const cell = document.createElement("td");
        cell.textContent = Number(n).toLocaleString("en");
        tr.appendChild(cell);
      });
      body.appendChild(tr);
    });
    if (!edges.length) {
      const tr = document.createElement("tr"), td = document.createElement("td");
      td.colSpan = 3; td.className = "muted"; td.textContent = "No edges in this range.";
      tr.appendChild(td); body.appendChild(tr);
    }
  }

  // GraphML of what is shown (networkx, Gephi and yEd read it), made here from the same JSON
  function graphml(data) {
    const esc = function (v) {
      return String(v).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
    };
    const lines = ['<?xml version="1.0" encoding="UTF-8"?>',
      '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
      '<key id="occurrences" for="all" attr.name="occurrences" attr.type="long"/>',
      '<key id="cooperation" for="edge" attr.name="cooperation" attr.type="long"/>',
      '<key id="conflict" for="edge" attr.name="conflict" attr.type="long"/>',
      '<graph id="geowire" edgedefault="undirected">'];
    (data.nodes || []).forEach(function (n) {
      lines.push('<node id="' + esc(n.id) + '"><data key="occurrences">' + S.num(n.occurrences) + "</data></node>");
    });
    (data.edges || []).forEach(function (e) {
      const s = S.first(e, ["source", "a"], ""), t = S.first(e, ["target", "b"], "");
      lines.push('<edge source="' + esc(s) + '" target="' + esc(t) + '"><data key="occurrences">' + S.num(e.occurrences) +
        '</data><data key="cooperation">' + coop(e) + '</data><data key="conflict">' + conf(e) + "</data></edge>");
    });
    lines.push("</graph>", "</graphml>");
    return lines.join("\n");
  }
  let graphUrl = null;
  function offerDownloads(data, query) {
    const json = document.getElementById("download-json");
    if (json) json.href = "/api/network" + (query ? "?" + query : "");
    const link = document.getElementById("download-graphml");
    if (!link) return;
    if (graphUrl) URL.revokeObjectURL(graphUrl);
    graphUrl = URL.createObjectURL(new Blob([graphml(data)], { type: "application/xml" }));
    link.href = graphUrl;
  }

  async function load(push) {
    const params = new URLSearchParams();
    ["since", "until", "min_events"].forEach(function (name) {
      const v = form.elements[name].value;
      if (v) params.set(name, v);
    });
    try {
      const data = await S.getJson("/api/network?" + params.toString());
      render(data);
      fillTable(data);
      offerDownloads(data, params.toString());
      if (push) history.replaceState(null, "", "/network?" + params.toString());
    } catch (err) {
      S.message(svg, "Could not load the network: " + err.message);
    }
  }

  form.addEventListener("submit", function (ev) { ev.preventDefault(); load(true); });
  ["since", "until", "min_events"].forEach(function (name) {
    form.elements[name].addEventListener("change", function () { load(true); });
  });
  load(false);
})();
