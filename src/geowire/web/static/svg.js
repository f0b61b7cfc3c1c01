/* geowire: tiny SVG helpers shared by the charts. Text from data is set with textContent only. */
"use strict";
window.geowireSvg = (function () {
  const NS = "http://www.w3.org/2000/svg";
  function el(name, attrs, parent) {
    const node = document.createElementNS(NS, name);
    for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, String(v));
    if (parent) parent.appendChild(node);
    return node;
  }
  // bidirectional controls from data (U+202A-202E, U+2066-2069, U+200E/F) are dropped
  const BIDI = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
  function plain(value) { return String(value).replace(BIDI, ""); }
  function text(parent, x, y, value, attrs) {
    const t = el("text", Object.assign({ x: x, y: y }, attrs || {}), parent);
    t.textContent = plain(value);
    return t;
  }
  function title(parent, value) {
    const t = el("title", {}, parent);
    t.textContent = plain(value);
    return t;
  }
  function clear(svg) { while (svg.firstChild) svg.removeChild(svg.firstChild); }
  function num(v) { const n = Number(v); return Number.isFinite(n) ? n : 0; }
  function first(obj, keys, fallback) {
    for (const k of keys) if (obj && obj[k] !== undefined && obj[k] !== null) return obj[k];
    return fallback;
  }
  async function getJson(url) {
    const r = await fetch(url, { headers: { Accept: "application/json" } });
    if (!r.ok) throw new Error("GET " + url + " → " + r.status);
    return r.json();
  }
  function message(svg, value) {
    clear(svg);
    text(svg, 20, 30, value, { class: "muted" });
  }
  return { el, text, title, plain, clear, num, first, getJson, message };
})();
