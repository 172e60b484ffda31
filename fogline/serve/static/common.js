// Fogline web UI: shared helpers. Everything that comes from the store is inserted as text
// (textContent / createTextNode), never as HTML.
"use strict";

(function () {
  const F = (window.Fogline = {});

  F.TYPE_COLORS = {
    "Battles": "#d62728",
    "Explosions/Remote violence": "#ff7f0e",
    "Violence against civilians": "#9467bd",
    "Protests": "#2ca02c",
    "Riots": "#8c564b",
    "Strategic developments": "#1f77b4",
  };
  F.color = (t) => F.TYPE_COLORS[t] || "#7f7f7f";

  F.FILTER_KEYS = ["since", "until", "country", "admin1", "actor", "type", "grade", "language", "q", "status"];

  // el("a", {class: "x", href: "/y", text: "label", onclick: fn, dataset: {k: v}}, child, ...)
  F.el = function (tag, attrs, ...children) {
    const node = document.createElement(tag);
    F.setAttrs(node, attrs);
    for (const c of children) F.append(node, c);
    return node;
  };
  F.svg = function (tag, attrs, ...children) {
    const node = document.createElementNS("http://www.w3.org/2000/svg", tag);
    F.setAttrs(node, attrs);
    for (const c of children) F.append(node, c);
    return node;
  };
  F.append = function (node, c) {
    if (c === null || c === undefined || c === false) return;
    if (Array.isArray(c)) { for (const x of c) F.append(node, x); return; }
    node.appendChild(c instanceof Node ? c : document.createTextNode(String(c)));
  };
  F.setAttrs = function (node, attrs) {
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === "text") node.textContent = String(v);
      else if (k === "dataset") Object.assign(node.dataset, v);
      else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
      else if (k === "href" && node.namespaceURI !== "http://www.w3.org/2000/svg") {
        const safe = F.safeHref(v);
        if (safe) node.setAttribute("href", safe);
      } else node.setAttribute(k, v === true ? "" : String(v));
    }
  };
  // Only same-site paths and http(s) links: a report's URL never becomes javascript: or data:.
  F.safeHref = function (u) {
    if (typeof u !== "string") return null;
    if (u.startsWith("/") && !u.startsWith("//")) return u;
    return /^https?:\/\//i.test(u) ? u : null;
  };
  F.clear = (node) => { while (node.firstChild) node.removeChild(node.firstChild); return node; };

  F.token = () => sessionStorage.getItem("fogline-token") || "";

  F.api = async function (path, opts) {
    opts = opts || {};
    const headers = { "Accept": "application/json" };
    if (opts.body !== undefined) headers["Content-Type"] = "application/json";
    if (opts.auth && F.token()) headers["Authorization"] = "Bearer " + F.token();
    Object.assign(headers, opts.headers || {});
    const resp = await fetch(path, {
      method: opts.method || "GET", headers,
      body: opts.body !== undefined ? JSON.stringify(opts.body) : undefined,
    });
    let data = null;
    try { data = await resp.json(); } catch (e) { data = null; }
    if (!resp.ok) {
      let detail = data && data.detail;
      if (Array.isArray(detail)) detail = detail.map((d) => d.msg || JSON.stringify(d)).join("; ");
      else if (detail && typeof detail === "object") detail = detail.message || JSON.stringify(detail);
      const err = new Error(resp.status + ": " + (detail || resp.statusText));
      err.status = resp.status;
      err.data = data; // the whole answer (a 409 carries what changed)
      throw err;
    }
    return data;
  };

  F.readFilters = function () {
    const p = new URLSearchParams(location.search);
    const f = {};
    for (const k of F.FILTER_KEYS) if (p.get(k)) f[k] = p.get(k);
    return f;
  };
  F.query = function (f, extra) {
    const p = new URLSearchParams();
    for (const k of F.FILTER_KEYS) if (f[k]) p.set(k, f[k]);
    for (const [k, v] of Object.entries(extra || {})) p.set(k, v);
    const s = p.toString();
    return s ? "?" + s : "";
  };

  F.fmtNum = (n) => (n === null || n === undefined ? "–" : Number(n).toLocaleString("en"));
  F.value = (v) => (v === null || v === undefined || v === "" ? "–" : typeof v === "object" ? JSON.stringify(v) : String(v));

  // The token box in the header: the token lives in this tab's sessionStorage only. The server says whose
  // it is (/api/whoami): the analyst's name shows only for a valid token, a wrong one says so at once.
  F.tokenBox = function (root, config, onchange) {
    let shown = 0;
    function render() {
      const mine = ++shown;
      F.clear(root);
      if (config && !config.review) {
        root.appendChild(F.el("span", { class: "muted", text: "read-only (no review tokens on this server)" }));
        return;
      }
      if (F.token()) {
        const state = F.el("span", { class: "muted", id: "token-state", text: "checking the token…",
          dataset: { valid: "" } });
        root.append(state, " ",
          F.el("button", { type: "button", id: "token-forget", text: "forget", onclick: () => {
            sessionStorage.removeItem("fogline-token"); render(); if (onchange) onchange();
          } }));
        F.api("/api/whoami", { auth: true }).then((me) => {
          if (mine !== shown) return;
          state.className = "ok";
          state.textContent = "reviewing as " + me.name;
          state.dataset.valid = "1";
        }, (e) => {
          if (mine !== shown) return;
          state.className = "error";
          state.textContent = e.status === 403 ? "token not valid"
            : e.status === 429 ? "too many wrong tokens: " + e.message.replace(/^429: /, "")
            : "token not checked (" + e.message + ")";
          state.dataset.valid = "0";
        });
      } else {
        const input = F.el("input", { type: "password", id: "token-input", placeholder: "review token",
          autocomplete: "off", "aria-label": "review token" });
        const form = F.el("form", { id: "token-form", onsubmit: (e) => {
          e.preventDefault();
          if (input.value.trim()) sessionStorage.setItem("fogline-token", input.value.trim());
          render(); if (onchange) onchange();
        } }, input, " ", F.el("button", { type: "submit", id: "token-save", text: "use" }));
        root.appendChild(form);
      }
    }
    render();
  };
})();
