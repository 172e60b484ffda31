// Fogline web UI: map, timeline and list of incidents, sharing the filters kept in the URL.
// Each part asks the server for what it shows: the list a page at a time (keyset cursor), the timeline
// its weekly counts, the map the incidents in view (grid clusters from the server when they are many).
"use strict";

(function () {
  const F = window.Fogline;
  const W = 1024; // world width in map units
  const PAGE = 200; // list rows per page
  const CELL = 52; // clustering grid, screen pixels

  const state = {
    config: null, facets: null, world: null, rows: [], cols: {}, next: null, total: 0, fatalities: 0,
    weeks: [], points: [], extent: null, view: null, mercator: false, measure: "incidents", seq: 0, mapSeq: 0,
  };

  // -- projection --------------------------------------------------------------------------
  function project(lon, lat) {
    const x = ((lon + 180) / 360) * W;
    if (!state.mercator) return [x, ((90 - lat) / 180) * (W / 2)];
    const phi = (Math.max(-85.05, Math.min(85.05, lat)) * Math.PI) / 180;
    return [x, ((1 - Math.log(Math.tan(phi) + 1 / Math.cos(phi)) / Math.PI) / 2) * W];
  }
  const worldHeight = () => (state.mercator ? W : W / 2);
  function unproject(x, y) {
    const lon = (x / W) * 360 - 180;
    if (!state.mercator) return [lon, 90 - (y / (W / 2)) * 180];
    return [lon, (Math.atan(Math.sinh(Math.PI * (1 - (2 * y) / W))) * 180) / Math.PI];
  }

  // -- setup -------------------------------------------------------------------------------
  const $ = (id) => document.getElementById(id);
  const svg = $("map");
  const gTiles = F.svg("g", { id: "tiles" });
  const gLand = F.svg("g", { id: "countries" });
  const gMarks = F.svg("g", { id: "markers" });
  svg.append(F.svg("rect", { class: "sea", x: 0, y: 0, width: "100%", height: "100%" }), gTiles, gLand, gMarks);

  async function main() {
    const filters = F.readFilters();
    const worldP = fetch("/static/world.json").then((r) => r.json()).catch(() => null);
    const [config, facets, list, timeline, map] = await Promise.all([
      F.api("/api/config"), F.api("/api/facets"), F.api("/api/summaries" + F.query(filters, { limit: PAGE, order: "desc" })),
      F.api("/api/timeline" + F.query(filters)), F.api("/api/map" + F.query(filters, { cell: 8 })),
    ]);
    state.config = config;
    state.facets = facets;
    state.mercator = !!config.tile_url;
    F.tokenBox($("token"), config);
    fillMenus(facets, filters);
    setList(list, false);
    state.weeks = timeline.weeks;
    setMap(map);
    fit(false);
    await fetchMap(); // the clusters of the fitted view
    drawLegend();
    state.world = await worldP;
    drawLand();
    drawAll();
    svg.dataset.ready = "1";
    window.foglineReadyMs = performance.now();
    wire();
  }

  // -- filters -----------------------------------------------------------------------------
  function option(value, label, selected) {
    return F.el("option", { value, text: label, selected: selected ? true : null });
  }
  function fillMenus(facets, f) {
    const form = $("filters");
    const sel = (name) => form.elements[name];
    for (const c of facets.countries) sel("country").append(option(c, c, f.country === c));
    fillAdmin1(f.country, f.admin1);
    for (const [t, subs] of Object.entries(facets.types)) {
      const g = F.el("optgroup", { label: t });
      g.append(option(t, "all " + t, f.type === t));
      for (const s of subs) g.append(option(s, s, f.type === s));
      sel("type").append(g);
    }
    for (const g of facets.grades) sel("grade").append(option(g, g, f.grade === g));
    for (const l of facets.languages) sel("language").append(option(l, l, f.language === l));
    for (const a of facets.actors) $("actor-list").append(F.el("option", { value: a }));
    for (const k of ["since", "until", "actor", "q", "status"]) if (f[k]) sel(k).value = f[k];
    if (f.type && ![...sel("type").options].some((o) => o.value === f.type)) sel("type").append(option(f.type, f.type, true));
    if (f.country && sel("country").value !== f.country) sel("country").append(option(f.country, f.country, true));
  }
  function fillAdmin1(country, value) {
    const s = $("filters").elements.admin1;
    F.clear(s).append(option("", "all"));
    const names = new Set();
    for (const [c, list] of Object.entries(state.facets.admin1)) {
      if (!country || c.toLowerCase() === country.toLowerCase()) list.forEach((a) => names.add(a));
    }
    for (const a of [...names].sort()) s.append(option(a, a, value === a));
    if (value && s.value !== value) s.append(option(value, value, true));
  }
  function currentFilters() {
    const form = $("filters");
    const f = {};
    for (const k of F.FILTER_KEYS) {
      const v = (form.elements[k].value || "").trim();
      if (v) f[k] = v;
    }
    return f;
  }
  let timer = null;
  function onFilter(ev) {
    if (ev && ev.target && ev.target.name === "country") fillAdmin1(ev.target.value, "");
    clearTimeout(timer);
    timer = setTimeout(applyFilters, ev && ev.type === "input" ? 300 : 0);
  }
  async function applyFilters() {
    const f = currentFilters();
    history.replaceState(null, "", location.pathname + F.query(f));
    const seq = ++state.seq;
    $("count").textContent = "loading…";
    try {
      const [list, timeline, map] = await Promise.all([
        F.api("/api/summaries" + F.query(f, { limit: PAGE, order: "desc" })), F.api("/api/timeline" + F.query(f)),
        F.api("/api/map" + F.query(f, viewParams())),
      ]);
      if (seq !== state.seq) return; // a newer request is on its way
      setList(list, false);
      state.weeks = timeline.weeks;
      setMap(map);
      drawAll();
    } catch (e) {
      $("count").textContent = e.message;
    }
  }

  // -- data --------------------------------------------------------------------------------
  function setList(data, append) {
    state.cols = Object.fromEntries(data.columns.map((c, i) => [c, i]));
    state.rows = append ? state.rows.concat(data.rows) : data.rows;
    state.next = data.next_cursor;
    state.total = data.total;
    state.fatalities = data.fatalities;
    const f = currentFilters();
    $("count").textContent = F.fmtNum(data.total) + " incidents · " + F.fmtNum(data.fatalities) + " best fatalities";
    $("x-acled").setAttribute("href", "/api/export/acled-csv" + F.query(f));
    $("x-geojson").setAttribute("href", "/api/export/geojson" + F.query(f));
    $("x-ucdp").setAttribute("href", "/api/export/ucdp-csv" + F.query(f));
    $("x-events").setAttribute("href", "/api/export/acled-csv" + F.query(f, { level: "events" }));
  }
  // the map's answer: single incidents (rows of the list's columns) or grid cells (counts)
  function setMap(data) {
    if (data.extent) state.extent = data.extent;
    state.points = [];
    if (data.points) {
      const C = Object.fromEntries(data.columns.map((c, i) => [c, i]));
      state.cols = Object.keys(state.cols).length ? state.cols : C;
      for (const r of data.points) {
        const [x, y] = project(r[C.longitude], r[C.latitude]);
        state.points.push({ x, y, n: 1, fat: r[C.fatalities] || 0, types: { [r[C.event_type]]: 1 }, r });
      }
    } else {
      for (const c of data.cells) {
        const [x, y] = project(c.lon, c.lat);
        state.points.push({ x, y, n: c.n, fat: c.fatalities, types: c.types, bbox: c.bbox, id: c.id });
      }
    }
  }
  // the box in view (degrees, with a margin) and a grid about a third of a screen cluster wide
  function viewParams() {
    const v = state.view;
    const [w, h] = size();
    const [west, north] = unproject((-40 - v.tx) / v.k, (-40 - v.ty) / v.k);
    const [east, south] = unproject((w + 40 - v.tx) / v.k, (h + 40 - v.ty) / v.k);
    const clamp = (x, lo, hi) => Math.max(lo, Math.min(hi, x));
    const box = [clamp(west, -180, 180), clamp(south, -90, 90), clamp(east, -180, 180), clamp(north, -90, 90)];
    return { bbox: box.map((x) => x.toFixed(4)).join(","), cell: (CELL / 3 / ((v.k * W) / 360)).toPrecision(3) };
  }
  async function fetchMap() {
    const seq = ++state.mapSeq;
    const data = await F.api("/api/map" + F.query(currentFilters(), viewParams()));
    if (seq !== state.mapSeq) return;
    setMap(data);
    drawMarkers();
  }
  let mapTimer = null;
  function refetchMap() {
    clearTimeout(mapTimer);
    mapTimer = setTimeout(() => fetchMap().catch((e) => { $("count").textContent = e.message; }), 120);
  }
  function drawAll() {
    drawMarkers();
    drawTimeline();
    drawList();
  }

  // -- map ---------------------------------------------------------------------------------
  function size() {
    const b = svg.getBoundingClientRect();
    return [b.width || 800, b.height || 400];
  }
  function fit(redraw) {
    const [w, h] = size();
    let x0 = 0, y0 = 0, x1 = W, y1 = worldHeight();
    if (state.extent) {
      [x0, y1] = project(state.extent[0], state.extent[1]);
      [x1, y0] = project(state.extent[2], state.extent[3]);
      const pad = Math.max(12, (x1 - x0) * 0.15, (y1 - y0) * 0.15);
      x0 -= pad; x1 += pad; y0 -= pad; y1 += pad;
    }
    const k = Math.min(w / (x1 - x0), h / (y1 - y0), 400);
    state.view = { k, tx: w / 2 - ((x0 + x1) / 2) * k, ty: h / 2 - ((y0 + y1) / 2) * k };
    if (redraw !== false) { applyView(); drawMarkers(); refetchMap(); }
  }
  function zoomAt(factor, sx, sy) {
    const v = state.view;
    const [w, h] = size();
    const k = Math.max(Math.min(w / W, h / worldHeight()) * 0.8, Math.min(2000, v.k * factor));
    if (sx === undefined) { sx = w / 2; sy = h / 2; }
    v.tx = sx - ((sx - v.tx) / v.k) * k;
    v.ty = sy - ((sy - v.ty) / v.k) * k;
    v.k = k;
    applyView();
    drawMarkers();
    refetchMap();
  }
  function applyView() {
    const v = state.view;
    const t = "translate(" + v.tx + "," + v.ty + ") scale(" + v.k + ")";
    gLand.setAttribute("transform", t);
    gMarks.removeAttribute("transform");
    drawTiles();
  }
  function drawLand() {
    F.clear(gLand);
    const grat = [];
    for (let lon = -180; lon <= 180; lon += 30) {
      const pts = [];
      for (let lat = -80; lat <= 80; lat += 10) pts.push(project(lon, lat));
      grat.push("M" + pts.map((p) => p[0].toFixed(1) + "," + p[1].toFixed(1)).join("L"));
    }
    for (let lat = -60; lat <= 80; lat += 30) {
      const a = project(-180, lat), b = project(180, lat);
      grat.push("M" + a[0] + "," + a[1].toFixed(1) + "L" + b[0] + "," + b[1].toFixed(1));
    }
    gLand.append(F.svg("path", { class: "graticule", d: grat.join(""), "vector-effect": "non-scaling-stroke" }));
    if (state.world && !state.mercator) {
      for (const f of state.world.features) {
        let d = "";
        for (const poly of f.geometry.coordinates) {
          for (const ring of poly) {
            d += "M" + ring.map(([lon, lat]) => {
              const p = project(lon, lat);
              return p[0].toFixed(2) + "," + p[1].toFixed(2);
            }).join("L") + "Z";
          }
        }
        gLand.append(F.svg("path", { class: "land", d, "vector-effect": "non-scaling-stroke" },
          F.svg("title", { text: f.properties.name })));
      }
    }
    applyView();
  }
  function drawTiles() {
    F.clear(gTiles);
    if (!state.mercator || !state.config.tile_url) return;
    const v = state.view;
    const [w, h] = size();
    const z = Math.max(0, Math.min(18, Math.round(Math.log2((W * v.k) / 256))));
    const n = 2 ** z;
    const ts = (W * v.k) / n;
    const xa = Math.floor(-v.tx / ts), xb = Math.floor((w - v.tx) / ts);
    const ya = Math.max(0, Math.floor(-v.ty / ts)), yb = Math.min(n - 1, Math.floor((h - v.ty) / ts));
    for (let x = xa; x <= xb; x++) {
      for (let y = ya; y <= yb; y++) {
        const xx = ((x % n) + n) % n;
        const url = state.config.tile_url.replace("{z}", z).replace("{x}", xx).replace("{y}", y);
        gTiles.append(F.svg("image", { href: url, x: v.tx + x * ts, y: v.ty + y * ts, width: ts + 0.5,
          height: ts + 0.5, preserveAspectRatio: "none" }));
      }
    }
  }

  function radius(fat) { return Math.min(22, 4 + Math.sqrt(fat || 0) * 1.6); }

  function drawMarkers() {
    F.clear(gMarks);
    $("popup").hidden = true;
    const v = state.view;
    const [w, h] = size();
    const cells = new Map();
    for (const p of state.points) {
      const sx = p.x * v.k + v.tx, sy = p.y * v.k + v.ty;
      if (sx < -40 || sy < -40 || sx > w + 40 || sy > h + 40) continue;
      const key = Math.floor(sx / CELL) + ":" + Math.floor(sy / CELL);
      let c = cells.get(key);
      if (!c) { c = { n: 0, sx: 0, sy: 0, fat: 0, types: {}, items: [] }; cells.set(key, c); }
      c.n += p.n; c.sx += sx * p.n; c.sy += sy * p.n;
      c.fat += p.fat;
      for (const [t, n] of Object.entries(p.types)) c.types[t] = (c.types[t] || 0) + n;
      c.items.push(p);
    }
    const frag = document.createDocumentFragment();
    for (const c of cells.values()) {
      const x = c.sx / c.n, y = c.sy / c.n;
      if (c.n === 1 && c.items[0].r) frag.append(single(c.items[0], x, y));
      else frag.append(cluster(c, x, y));
    }
    gMarks.append(frag);
  }
  function single(p, x, y) {
    const C = state.cols;
    const r = p.r;
    const status = r[C.status];
    const a = F.svg("a", { class: "marker" + (status ? " " + status : ""), href: "/incident/" +
      encodeURIComponent(r[C.id]) + F.query(currentFilters()), dataset: { id: r[C.id] } },
    F.svg("circle", { cx: x.toFixed(1), cy: y.toFixed(1), r: radius(r[C.fatalities]).toFixed(1),
      fill: F.color(r[C.event_type]) }),
    F.svg("title", { text: [r[C.date], r[C.sub_event_type] || r[C.event_type],
      [r[C.location], r[C.admin1], r[C.country]].filter(Boolean).join(", "),
      F.fmtNum(r[C.fatalities]) + " fatalities (best)"].join(" · ") }));
    a.addEventListener("click", (e) => { if (dragged) e.preventDefault(); });
    return a;
  }
  function cluster(c, x, y) {
    const R = Math.min(25, 10 + Math.sqrt(c.fat) * 0.5 + Math.log2(c.n) * 1.2);
    const g = F.svg("g", { class: "cluster", tabindex: 0, role: "button" });
    const entries = Object.entries(c.types).sort((a, b) => b[1] - a[1]);
    if (entries.length === 1) {
      g.append(F.svg("circle", { cx: x, cy: y, r: R, fill: F.color(entries[0][0]) }));
    } else {
      let a0 = -Math.PI / 2;
      for (const [t, n] of entries) {
        const a1 = a0 + (2 * Math.PI * n) / c.n;
        const large = a1 - a0 > Math.PI ? 1 : 0;
        const d = "M" + x + "," + y + "L" + (x + R * Math.cos(a0)) + "," + (y + R * Math.sin(a0)) +
          "A" + R + "," + R + " 0 " + large + " 1 " + (x + R * Math.cos(a1)) + "," + (y + R * Math.sin(a1)) + "Z";
        g.append(F.svg("path", { d, fill: F.color(t) }));
        a0 = a1;
      }
    }
    g.append(F.svg("circle", { cx: x, cy: y, r: R * 0.55, class: "cluster-hole" }),
      F.svg("text", { x, y, dy: "0.35em", "text-anchor": "middle", text: c.n }),
      F.svg("title", { text: c.n + " incidents · " + F.fmtNum(c.fat) + " fatalities (best) — click to zoom in" }));
    const go = (e) => {
      if (dragged) return;
      e.stopPropagation();
      const box = cellBox(c);
      const [x0, y1] = project(box[0], box[1]), [x1, y0] = project(box[2], box[3]);
      const spread = Math.max(x1 - x0, y1 - y0) * state.view.k;
      if (spread < 2 || state.view.k >= 2000) showPopup(c, box, x, y);
      else zoomAt(3, x, y);
    };
    g.addEventListener("click", go);
    g.addEventListener("keydown", (e) => { if (e.key === "Enter") go(e); });
    return g;
  }
  // the box (degrees) of what a screen cluster holds
  function cellBox(c) {
    const C = state.cols;
    const b = [Infinity, Infinity, -Infinity, -Infinity];
    for (const p of c.items) {
      const q = p.bbox || [p.r[C.longitude], p.r[C.latitude], p.r[C.longitude], p.r[C.latitude]];
      b[0] = Math.min(b[0], q[0]); b[1] = Math.min(b[1], q[1]); b[2] = Math.max(b[2], q[2]); b[3] = Math.max(b[3], q[3]);
    }
    return b;
  }
  async function showPopup(c, box, x, y) {
    const C = state.cols;
    let items = c.items;
    if (items.some((p) => !p.r)) { // grid cells: ask for the incidents themselves
      const d = 1e-4;
      const data = await F.api("/api/map" + F.query(currentFilters(), {
        bbox: [box[0] - d, box[1] - d, box[2] + d, box[3] + d].map((v) => v.toFixed(5)).join(","), cell: 0.0003 }));
      items = (data.points || []).map((r) => ({ r }));
    }
    const pop = F.clear($("popup"));
    pop.append(F.el("strong", { text: c.n + " incidents here" }));
    const ul = F.el("ul");
    for (const p of items.slice(0, 60)) {
      const r = p.r;
      ul.append(F.el("li", {}, F.el("a", { href: "/incident/" + encodeURIComponent(r[C.id]) + F.query(currentFilters()),
        text: r[C.date] + " · " + (r[C.sub_event_type] || r[C.event_type]) + " · " + (r[C.location] || "") }),
      " (" + F.fmtNum(r[C.fatalities]) + ")"));
    }
    pop.append(ul);
    pop.style.left = Math.round(x + 12) + "px";
    pop.style.top = Math.round(y) + "px";
    pop.hidden = false;
  }
  function drawLegend() {
    const lg = F.clear($("legend"));
    for (const [t, col] of Object.entries(F.TYPE_COLORS)) {
      const sw = F.el("span", { class: "swatch" });
      sw.style.background = col;
      lg.append(F.el("div", {}, sw, t));
    }
    lg.append(F.el("div", { class: "muted", text: "size: best fatalities; pies: clusters" }));
    if (state.config.tile_url) $("attribution").textContent = state.config.tile_attribution || "tiles: " +
      state.config.tile_url.split("/")[2];
  }

  // drag and wheel
  let dragged = false;
  function wireMap() {
    let start = null;
    svg.addEventListener("pointerdown", (e) => {
      if (e.button !== 0) return;
      start = { x: e.clientX, y: e.clientY, tx: state.view.tx, ty: state.view.ty };
      dragged = false;
    });
    window.addEventListener("pointermove", (e) => {
      if (!start) return;
      const dx = e.clientX - start.x, dy = e.clientY - start.y;
      if (!dragged && Math.abs(dx) + Math.abs(dy) < 4) return;
      dragged = true;
      state.view.tx = start.tx + dx;
      state.view.ty = start.ty + dy;
      gLand.setAttribute("transform", "translate(" + state.view.tx + "," + state.view.ty + ") scale(" + state.view.k + ")");
      gMarks.setAttribute("transform", "translate(" + (state.view.tx - start.tx) + "," + (state.view.ty - start.ty) + ")");
    });
    window.addEventListener("pointerup", () => {
      if (!start) return;
      start = null;
      if (dragged) { applyView(); drawMarkers(); refetchMap(); setTimeout(() => { dragged = false; }, 0); }
    });
    let wheelTimer = null, pending = 1, at = null;
    svg.addEventListener("wheel", (e) => {
      e.preventDefault();
      const b = svg.getBoundingClientRect();
      pending *= Math.pow(1.0015, -e.deltaY);
      at = [e.clientX - b.left, e.clientY - b.top];
      if (!wheelTimer) wheelTimer = requestAnimationFrame(() => { wheelTimer = null; zoomAt(pending, at[0], at[1]); pending = 1; });
    }, { passive: false });
    $("zoom-in").addEventListener("click", () => zoomAt(2));
    $("zoom-out").addEventListener("click", () => zoomAt(0.5));
    $("zoom-fit").addEventListener("click", () => fit());
    svg.addEventListener("click", (e) => { if (!e.target.closest(".cluster")) $("popup").hidden = true; });
    let resizeTimer = null;
    window.addEventListener("resize", () => { clearTimeout(resizeTimer); resizeTimer = setTimeout(() => { applyView(); drawAll(); refetchMap(); }, 150); });
  }

  // -- timeline ----------------------------------------------------------------------------
  const DAY = 86400000;
  function monday(iso) {
    const d = new Date(iso + "T00:00:00Z");
    return d.getTime() - ((d.getUTCDay() + 6) % 7) * DAY;
  }
  function drawTimeline() {
    const el = F.clear($("timeline"));
    const byWeek = new Map();
    let lo = Infinity, hi = -Infinity;
    for (const w of state.weeks) {
      const wk = monday(w.week);
      lo = Math.min(lo, wk); hi = Math.max(hi, wk);
      byWeek.set(wk, w.by_type);
    }
    const w = el.getBoundingClientRect().width || 800, h = 150, padL = 44, padB = 22, padT = 8;
    if (!byWeek.size) {
      el.append(F.svg("text", { x: w / 2, y: h / 2, "text-anchor": "middle", class: "muted", text: "no dated incidents" }));
      return;
    }
    const weeks = Math.round((hi - lo) / (7 * DAY)) + 1;
    const bw = (w - padL - 6) / weeks;
    const m = state.measure;
    let max = 0;
    for (const cell of byWeek.values()) max = Math.max(max, Object.values(cell).reduce((s, x) => s + x[m], 0));
    max = max || 1;
    const yv = (v) => padT + (h - padB - padT) * (1 - v / max);
    const frag = document.createDocumentFragment();
    frag.append(F.svg("line", { x1: padL, x2: w, y1: h - padB, y2: h - padB, class: "axis" }),
      F.svg("text", { x: padL - 4, y: padT + 8, "text-anchor": "end", class: "tick", text: F.fmtNum(max) }),
      F.svg("text", { x: padL - 4, y: h - padB, "text-anchor": "end", class: "tick", text: "0" }));
    const types = Object.keys(F.TYPE_COLORS);
    for (const [wk, cell] of byWeek) {
      const x = padL + ((wk - lo) / (7 * DAY)) * bw;
      let acc = 0;
      const g = F.svg("g", { class: "bar" });
      const order = types.concat(Object.keys(cell).filter((t) => !types.includes(t)));
      let total = 0, totalF = 0;
      for (const t of order) {
        if (!cell[t]) continue;
        const v = cell[t][m];
        total += cell[t].incidents; totalF += cell[t].fatalities;
        if (!v) continue;
        g.append(F.svg("rect", { x: x.toFixed(2), width: Math.max(0.8, bw - (bw > 3 ? 1 : 0)).toFixed(2),
          y: yv(acc + v).toFixed(2), height: (yv(acc) - yv(acc + v)).toFixed(2), fill: F.color(t) }));
        acc += v;
      }
      const label = "week of " + new Date(wk).toISOString().slice(0, 10) + ": " + total + " incidents, " +
        F.fmtNum(totalF) + " best fatalities";
      g.append(F.svg("rect", { x: x.toFixed(2), width: Math.max(1, bw).toFixed(2), y: padT, height: h - padB - padT,
        class: "hit" }), F.svg("title", { text: label + " — click to filter to this week" }));
      g.addEventListener("click", () => {
        const form = $("filters");
        form.elements.since.value = new Date(wk).toISOString().slice(0, 10);
        form.elements.until.value = new Date(wk + 6 * DAY).toISOString().slice(0, 10);
        onFilter();
      });
      frag.append(g);
    }
    // ticks: months or years
    const span = hi - lo;
    const start = new Date(lo);
    const yearly = span > 700 * DAY;
    let d = new Date(Date.UTC(start.getUTCFullYear(), yearly ? 0 : start.getUTCMonth(), 1));
    let last = -Infinity;
    while (d.getTime() <= hi + 7 * DAY) {
      const x = padL + ((d.getTime() - lo) / (7 * DAY)) * bw;
      if (x >= padL && x - last > 46) {
        frag.append(F.svg("line", { x1: x, x2: x, y1: h - padB, y2: h - padB + 4, class: "axis" }),
          F.svg("text", { x: x + 2, y: h - 6, class: "tick", text: yearly ? String(d.getUTCFullYear()) :
            d.toISOString().slice(0, 7) }));
        last = x;
      }
      d = yearly ? new Date(Date.UTC(d.getUTCFullYear() + 1, 0, 1)) : new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1));
    }
    el.setAttribute("height", h);
    el.append(frag);
    $("tl-info").textContent = weeks + " weeks";
  }

  // -- list --------------------------------------------------------------------------------
  function drawList() {
    const C = state.cols;
    const tb = F.clear($("list").tBodies[0]);
    const q = F.query(currentFilters());
    const frag = document.createDocumentFragment();
    for (const r of state.rows) {
      const sw = F.el("span", { class: "swatch" });
      sw.style.background = F.color(r[C.event_type]);
      const a = r[C.actors].filter((x) => x[1] === "A").map((x) => x[0]);
      const b = r[C.actors].filter((x) => x[1] === "B").map((x) => x[0]);
      frag.append(F.el("tr", { dataset: { id: r[C.id] } },
        F.el("td", {}, F.el("a", { href: "/incident/" + encodeURIComponent(r[C.id]) + q, text: r[C.date] || "undated" })),
        F.el("td", {}, sw, r[C.sub_event_type] || r[C.event_type]),
        F.el("td", { text: [r[C.location], r[C.admin1], r[C.country]].filter(Boolean).join(", ") }),
        F.el("td", { class: "actors", text: a.join(", ") + (b.length ? " vs " + b.join(", ") : "") }),
        F.el("td", { class: "num", text: F.fmtNum(r[C.fatalities]) }),
        F.el("td", { text: r[C.grade] || "" }),
        F.el("td", { class: "num", text: r[C.n_reports] }),
        F.el("td", { class: r[C.status] || "", text: (r[C.status] || "") + (r[C.reviewed] ? " ✎" : "") })));
    }
    tb.append(frag);
    $("more").hidden = !state.next;
    $("more").textContent = "show more (" + F.fmtNum(state.total - state.rows.length) + " left)";
  }

  function wire() {
    const form = $("filters");
    form.addEventListener("change", onFilter);
    form.addEventListener("input", (e) => { if (e.target.name === "q" || e.target.name === "actor") onFilter(e); });
    form.addEventListener("submit", (e) => { e.preventDefault(); onFilter(); });
    $("clear").addEventListener("click", () => {
      for (const k of F.FILTER_KEYS) form.elements[k].value = "";
      fillAdmin1("", "");
      onFilter();
    });
    $("more").addEventListener("click", async () => {
      const seq = state.seq;
      const data = await F.api("/api/summaries" + F.query(currentFilters(), { limit: PAGE, order: "desc", cursor: state.next }));
      if (seq !== state.seq) return; // the filters changed meanwhile
      setList(data, true);
      drawList();
    });
    for (const r of document.querySelectorAll("input[name=tl-measure]")) {
      r.addEventListener("change", () => { state.measure = r.value; drawTimeline(); });
    }
    wireMap();
  }

  main().catch((e) => { $("count").textContent = "error: " + e.message; });
})();
