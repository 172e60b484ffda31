// Fogline web UI: one incident — fields, actors, sources, claims, evidence in the report text, review.
// Edits carry the version the page shows (If-Match): a change made meanwhile by someone else is refused
// and shown (who changed what), never overwritten silently.
"use strict";

(function () {
  const F = window.Fogline;
  const $ = (id) => document.getElementById(id);
  let id = decodeURIComponent(location.pathname.split("/").pop());
  const filters = F.readFilters();
  const docs = new Map(); // document id → promise of the document JSON
  let inc = null, config = null;

  const PRECISION_GEO = { 1: "exact place", 2: "near the place", 3: "region" };

  function getDoc(docId) {
    if (!docs.has(docId)) docs.set(docId, F.api("/api/documents/" + encodeURIComponent(docId)));
    return docs.get(docId);
  }

  // -- evidence: the report text, the sentence around the span, the span in <mark> -----------
  async function show(span, button) {
    for (const b of document.querySelectorAll(".ev.active")) b.classList.remove("active");
    if (button) button.classList.add("active");
    let doc;
    try { doc = await getDoc(span.document_id); } catch (e) { $("doc-meta").textContent = e.message; return; }
    const text = doc.text || "";
    $("doc-title").textContent = doc.title || doc.id;
    $("doc-meta").textContent = [doc.outlet, doc.published, doc.language, doc.id].filter(Boolean).join(" · ");
    const pre = F.clear($("doc-text"));
    const warn = $("doc-warning");
    const start = Math.max(0, Math.min(text.length, span.start)), end = Math.max(start, Math.min(text.length, span.end));
    warn.hidden = true;
    if (span.text && text.slice(start, end) !== span.text) {
      warn.textContent = "The stored text differs from the evidence at these offsets (the report was re-ingested?).";
      warn.hidden = false;
    }
    const s0 = sentenceStart(text, start), s1 = sentenceEnd(text, end);
    const mark = F.el("mark", { id: "hl", text: text.slice(start, end) });
    pre.append(document.createTextNode(text.slice(0, s0)),
      F.el("span", { class: "sentence", id: "hl-sentence" }, text.slice(s0, start), mark, text.slice(end, s1)),
      document.createTextNode(text.slice(s1)));
    // scroll the report panel (not the page) to the sentence; on narrow screens bring the panel into view
    pre.scrollTop = Math.max(0, mark.offsetTop - pre.offsetTop - pre.clientHeight / 3);
    const box = $("doc-panel").getBoundingClientRect();
    if (box.top > window.innerHeight || box.bottom < 0) $("doc-panel").scrollIntoView({ block: "start" });
  }
  function sentenceStart(t, i) {
    for (let j = i - 1; j > 0; j--) {
      if (t[j] === "\n") return j + 1;
      if (/[.!?]/.test(t[j - 1]) && /\s/.test(t[j])) return j + 1;
    }
    return 0;
  }
  function sentenceEnd(t, i) {
    for (let j = Math.max(i, 1); j < t.length; j++) {
      if (t[j] === "\n") return j;
      if (/[.!?]/.test(t[j - 1]) && /\s/.test(t[j]) && j > i) return j;
    }
    return t.length;
  }
  async function showDoc(docId) {
    for (const b of document.querySelectorAll(".ev.active")) b.classList.remove("active");
    const doc = await getDoc(docId);
    $("doc-title").textContent = doc.title || doc.id;
    $("doc-meta").textContent = [doc.outlet, doc.published, doc.language, doc.id].filter(Boolean).join(" · ");
    $("doc-warning").hidden = true;
    $("doc-text").textContent = doc.text || "";
    $("doc-text").scrollTop = 0;
  }

  // A value as a button that opens its first span, plus small links to the others.
  function evValue(label, spans, cls) {
    spans = (spans || []).filter((s) => s && s.start !== null && s.start !== undefined);
    if (!spans.length) return F.el("span", { class: cls || "", text: label });
    const out = [];
    const b = F.el("button", { type: "button", class: "ev " + (cls || ""), text: label,
      title: "show in the report: “" + (spans[0].text || "") + "”" });
    b.addEventListener("click", () => show(spans[0], b));
    out.push(b);
    if (spans.length > 1) {
      const more = F.el("span", { class: "more-ev" });
      spans.slice(1, 12).forEach((s, i) => {
        const x = F.el("button", { type: "button", class: "ev small", text: String(i + 2), title: "“" + (s.text || "") + "”" });
        x.addEventListener("click", () => show(s, x));
        more.append(x);
      });
      out.push(more);
    }
    return out;
  }
  function claimSpan(c) {
    if (!c.evidence) return null;
    return { document_id: c.document_id, event_id: c.event_id, start: c.evidence.start, end: c.evidence.end,
      text: c.evidence.text };
  }

  // -- rendering -----------------------------------------------------------------------------
  function reviewedNote(field) {
    const r = inc.review.fields[field];
    if (!r) return null;
    return F.el("span", { class: "reviewed", title: "fused value: " + F.value(r.fused),
      text: "✎ reviewed by " + r.who + " (fused: " + F.value(r.fused) + ")" });
  }
  function row(label, ...cells) {
    return F.el("tr", {}, F.el("th", { text: label }), F.el("td", {}, ...cells));
  }
  function render() {
    document.title = "Fogline — " + (inc.sub_event_type || inc.event_type) + " " + (inc.location || "") + " " + (inc.date || "");
    $("back").setAttribute("href", "/" + F.query(filters));
    const t = $("title");
    F.clear(t).append((inc.sub_event_type || inc.event_type || "Incident") + " — " +
      [inc.location, inc.country].filter(Boolean).join(", "));
    if (inc.review.status) t.append(" ", F.el("span", { class: "badge " + inc.review.status, text: inc.review.status }));
    $("subtitle").textContent = inc.id + " · " + inc.events.length + " event(s) from " + inc.documents.length +
      " report(s)";

    const E = inc.evidence;
    const fields = F.clear($("fields"));
    const sw = F.el("span", { class: "swatch" });
    sw.style.background = F.color(inc.event_type);
    fields.append(
      row("Event type", sw, evValue(inc.event_type + " / " + (inc.sub_event_type || "–"), E.event_type, "v-type"),
        reviewedNote("event_type"), reviewedNote("sub_event_type")),
      row("Date", evValue(inc.date || "undated", E.date, "v-date"),
        F.el("span", { class: "prec", text: "precision: " + F.value(inc.date_precision) }), reviewedNote("date"),
        reviewedNote("date_precision")),
      row("Place", evValue([inc.location, inc.admin2, inc.admin1, inc.country].filter(Boolean).join(", ") || "–",
        E.location, "v-place"),
      F.el("span", { class: "prec", text: "precision: " + (PRECISION_GEO[inc.geo_precision] ?
        inc.geo_precision + " (" + PRECISION_GEO[inc.geo_precision] + ")" : "–") }),
      reviewedNote("location"), reviewedNote("admin1"), reviewedNote("admin2"), reviewedNote("country"),
      reviewedNote("geo_precision")),
      row("Coordinates", inc.latitude === null || inc.latitude === undefined ? "–" :
        Number(inc.latitude).toFixed(4) + ", " + Number(inc.longitude).toFixed(4),
      reviewedNote("latitude"), reviewedNote("longitude")),
      row("Fatalities (best)", evValue(F.fmtNum(inc.fatalities), E.fatalities, "v-fatalities"), reviewedNote("fatalities")),
      row("Grade", F.el("strong", { text: inc.grade || "–" }), " ", F.el("span", { class: "muted", text: inc.grade_reason || "" }),
        reviewedNote("grade")),
    );
    if (inc.note) fields.append(row("Analyst note", F.el("span", { text: inc.note }), reviewedNote("note")));

    // actors by side
    const sides = F.clear($("actors"));
    for (const [side, label] of [["A", "Side A (initiator)"], ["B", "Side B"]]) {
      const col = F.el("div", { class: "side" }, F.el("h3", { text: label }));
      const ul = F.el("ul");
      for (const a of inc.actors.filter((x) => x.side === side)) {
        ul.append(F.el("li", {}, evValue(a.name, E.actors[a.name], "v-actor"),
          F.el("span", { class: "muted", text: " " + [a.kind, a.country].filter(Boolean).join(", ") })));
      }
      if (!ul.children.length) ul.append(F.el("li", { class: "muted", text: "none named" }));
      col.append(ul);
      sides.append(col);
    }

    // sources
    const sb = F.clear($("sources").tBodies[0]);
    for (const s of inc.sources) {
      const link = F.safeHref(s.url) ? F.el("a", { href: s.url, target: "_blank", rel: "noopener noreferrer",
        text: s.title || s.url }) : F.el("span", { text: s.title || s.document_id });
      const b = F.el("button", { type: "button", class: "open-doc", text: "text", dataset: { doc: s.document_id } });
      b.addEventListener("click", () => showDoc(s.document_id));
      sb.append(F.el("tr", {}, F.el("td", { text: s.outlet || "–" }), F.el("td", { text: s.published || "–" }),
        F.el("td", { text: s.language || "–" }), F.el("td", {}, link), F.el("td", {}, b)));
    }

    // claims by claimant
    const cb = F.clear($("claims").tBodies[0]);
    const groups = new Map();
    for (const c of inc.claims) {
      const who = c.claimant === "the outlet" ? (c.outlet || "the outlet") : (c.claimant || "unattributed");
      if (!groups.has(who)) groups.set(who, []);
      groups.get(who).push(c);
    }
    const contested = new Set(inc.contradictions.flatMap((x) => x.claims || []));
    for (const [who, list] of groups) {
      cb.append(F.el("tr", { class: "group" }, F.el("th", { colspan: 7, text: who })));
      for (const c of list) {
        const span = claimSpan(c);
        cb.append(F.el("tr", { class: contested.has(c.id) ? "contested" : "", dataset: { claim: c.id } },
          F.el("td", { text: c.what }), F.el("td", { text: c.of || "–" }),
          F.el("td", { class: "num", text: F.value(c.low) + (c.vague ? "~" : "") }),
          F.el("td", { class: "num", text: F.value(c.high) }),
          F.el("td", { text: c.status || "" }),
          F.el("td", { text: (c.outlet || c.document_id) + (c.published ? ", " + c.published : "") }),
          F.el("td", { class: "claim-ev" }, evValue(c.evidence ? "“" + c.evidence.text + "”" : "–", span ? [span] : [], "v-claim"))));
      }
    }
    if (!inc.claims.length) cb.append(F.el("tr", {}, F.el("td", { colspan: 7, class: "muted", text: "no claims" })));

    // estimates and contradictions
    const eb = F.clear($("estimates").tBodies[0]);
    for (const [k, v] of Object.entries(inc.estimates)) {
      eb.append(F.el("tr", {}, F.el("td", { text: k.replace("|", " / ") }), F.el("td", { class: "num", text: F.value(v.low) }),
        F.el("td", { class: "num", text: F.value(v.best) }), F.el("td", { class: "num", text: F.value(v.high) }),
        F.el("td", { class: "why", text: v.why || "" })));
    }
    const cl = F.clear($("contradictions"));
    const claimsById = new Map(inc.claims.map((c) => [c.id, c]));
    for (const x of inc.contradictions) {
      const li = F.el("li", { class: "contradiction" }, F.el("strong", { text: x.kind + ": " }), x.text || x.about || "");
      const links = F.el("span", { class: "contra-claims" });
      for (const [k, cid] of (x.claims || []).entries()) {
        const c = claimsById.get(cid);
        const sp = c && claimSpan(c);
        const who = c ? (c.claimant === "the outlet" ? (c.outlet || "the outlet") : (c.claimant || "unattributed")) : cid;
        const label = c ? who + ": " + F.value(c.low) + (c.high !== null && c.high !== undefined && c.high !== c.low ? "–" + c.high : "") : cid;
        // one link per claim, opening its sentence (evValue gives a list of nodes: append each)
        F.append(links, [k ? " vs " : " ", sp ? evValue(label, [sp], "contra-claim") : F.el("span", { class: "muted", text: label })]);
      }
      F.append(li, links);
      cl.append(li);
    }
    if (!inc.contradictions.length) cl.append(F.el("li", { class: "muted", text: "none found" }));

    // member events
    const evb = F.clear($("events").tBodies[0]);
    const changed = inc.review.changed_since_review;
    const fresh = new Set(changed ? changed.new_events : []);
    for (const e of inc.event_records) {
      evb.append(F.el("tr", { class: fresh.has(e.id) ? "new-since-review" : null }, F.el("td", {}, F.el("input", { type: "checkbox", class: "split-box", value: e.id,
        "aria-label": "split " + e.id })), F.el("td", {}, e.id, fresh.has(e.id) ? F.el("span", { class: "badge", text: " new since review" }) : null),
      F.el("td", { text: F.value(e.date) }),
      F.el("td", { text: e.sub_event_type || e.event_type }),
      F.el("td", { text: [e.location, e.admin1].filter(Boolean).join(", ") }), F.el("td", { text: e.outlet || "–" })));
    }

    const ch = $("changed");
    ch.hidden = !changed;
    ch.textContent = changed ? "Changed since review: " + changed.new_events.length + " event(s) from reports fused in after " +
      changed.by + "'s review of " + (changed.since || "").replace("T", " ").replace("+00:00", " UTC") + " (marked below)." : "";

    renderReview();
  }

  function renderReview() {
    const st = inc.review.status;
    $("review-state").textContent = st ? "Status: " + st + " by " + inc.review.status_by + " at " + inc.review.status_at :
      "Status: not reviewed yet.";
    const sel = $("edit-field");
    const prev = sel.value;
    F.clear(sel);
    for (const f of config.editable) sel.append(F.el("option", { value: f, text: f, selected: f === prev ? true : null }));
    syncValue();
    const ab = F.clear($("audit").tBodies[0]);
    for (const a of inc.audit) {
      ab.append(F.el("tr", {}, F.el("td", { text: (a.at || "").replace("T", " ").replace("+00:00", "") }),
        F.el("td", { text: a.who }), F.el("td", { text: a.action }), F.el("td", { text: a.field || "" }),
        F.el("td", { class: "json", text: F.value(a.before) }), F.el("td", { class: "json", text: F.value(a.after) })));
    }
    if (!inc.audit.length) ab.append(F.el("tr", {}, F.el("td", { colspan: 6, class: "muted", text: "no changes yet" })));
  }
  function syncValue() {
    const f = $("edit-field").value;
    const v = inc[f];
    $("edit-value").value = v === null || v === undefined ? "" : String(v);
  }

  // -- review actions ------------------------------------------------------------------------
  function msg(text, ok) {
    const m = $("review-msg");
    m.textContent = text;
    m.className = ok ? "ok" : "error";
  }
  async function act(path, body, after) {
    $("conflict").hidden = true;
    try {
      const res = await F.api(base() + path, { method: "POST", body, auth: true,
        headers: { "If-Match": '"' + inc.version + '"' } });
      msg("Saved" + (res.audit ? " (" + res.audit.action + (res.audit.field ? " " + res.audit.field : "") + ")" : "") + ".", true);
      if (after) after(res); else await load();
    } catch (e) {
      const detail = e.data && e.data.detail;
      if (e.status === 409 && detail && typeof detail === "object") { await conflict(detail, body); return; }
      msg("Not saved: " + e.message + (e.status === 401 ? " — enter a review token at the top right." : ""), false);
    }
  }
  // A stale edit: show what changed since this page was loaded and by whom, load the incident as it is now,
  // and keep the analyst's value in the form so that saving it again is a deliberate choice.
  async function conflict(detail, body) {
    const box = F.clear($("conflict"));
    box.append(F.el("strong", { text: "Not saved: this incident changed since you loaded it." }));
    const ul = F.el("ul", { id: "conflict-changes" });
    for (const c of detail.changes || []) {
      ul.append(F.el("li", { class: "change", text: c.who + " — " + c.action + (c.field ? " " + c.field : "") + ": " +
        F.value(c.before) + " → " + F.value(c.after) + " (" + (c.at || "").replace("T", " ").replace("+00:00", " UTC") + ")" }));
    }
    if (!ul.children.length) ul.append(F.el("li", { class: "change", text: "its reports changed (a new or revised report was fused in)" }));
    box.append(ul);
    msg("Not saved (409): the incident changed meanwhile — see above.", false);
    await load();
    if (body.action === "edit") {
      $("edit-field").value = body.field;
      $("edit-value").value = body.value;
      box.append(F.el("p", { text: "Your value “" + body.value + "” for " + body.field + " is still in the form; the current value is “" +
        F.value(inc[body.field]) + "”. Save again to replace it." }));
    } else {
      box.append(F.el("p", { text: "Check the incident as it is now and act again if you still mean to." }));
    }
    box.hidden = false;
  }
  function base() { return "/api/incidents/" + encodeURIComponent(inc ? inc.id : id); }
  function goTo(newId) {
    if (newId && newId !== inc.id) location.assign("/incident/" + encodeURIComponent(newId) + F.query(filters));
    else load();
  }
  function wire() {
    $("accept").addEventListener("click", () => act("/review", { action: "accept" }));
    $("reject").addEventListener("click", () => act("/review", { action: "reject" }));
    $("reopen").addEventListener("click", () => act("/review", { action: "reopen" }));
    $("edit-field").addEventListener("change", syncValue);
    $("edit-form").addEventListener("submit", (e) => {
      e.preventDefault();
      act("/review", { action: "edit", field: $("edit-field").value, value: $("edit-value").value });
    });
    $("merge-form").addEventListener("submit", (e) => {
      e.preventDefault();
      act("/merge", { other: $("merge-other").value.trim() }, (res) => goTo(res.incident));
    });
    $("split").addEventListener("click", () => {
      const evs = [...document.querySelectorAll(".split-box:checked")].map((x) => x.value);
      if (!evs.length) { msg("Tick the events to split off first.", false); return; }
      act("/split", { events: evs }, (res) => goTo(res.rest));
    });
  }

  // Candidates to merge: near in place and time, those sharing actors first; one click merges.
  async function loadCandidates() {
    let list = [];
    try { list = await F.api(base() + "/candidates"); } catch (e) { /* the incident page works without them */ }
    const tb = F.clear($("candidates").tBodies[0]);
    for (const c of list) {
      const why = [c.days_apart === null ? null : c.days_apart + " day(s) apart",
        c.km === null ? (c.same_place ? "same place" : null) : c.km + " km away",
        c.shared_actors.length ? "shared: " + c.shared_actors.join(", ") : null].filter(Boolean).join(" · ");
      const b = F.el("button", { type: "button", class: "merge-candidate", text: "Merge", dataset: { id: c.id } });
      b.addEventListener("click", () => act("/merge", { other: c.id }, (res) => goTo(res.incident)));
      tb.append(F.el("tr", { dataset: { id: c.id } },
        F.el("td", {}, F.el("a", { href: "/incident/" + encodeURIComponent(c.id) + F.query(filters), text: c.id })),
        F.el("td", { text: F.value(c.date) }), F.el("td", { text: c.sub_event_type || c.event_type || "–" }),
        F.el("td", { text: [c.location, c.admin1].filter(Boolean).join(", ") || "–" }),
        F.el("td", { class: "why", text: why }), F.el("td", {}, b)));
    }
    if (!list.length) tb.append(F.el("tr", {}, F.el("td", { colspan: 6, class: "muted", text: "none nearby" })));
  }

  async function load() {
    inc = await F.api("/api/incidents/" + encodeURIComponent(id));
    if (inc.id !== id) { // renamed by fusion since the link was made: the address follows
      id = inc.id;
      history.replaceState(null, "", "/incident/" + encodeURIComponent(id) + location.search);
    }
    render();
    loadCandidates();
  }
  // No such incident (any more): say so, and show no review controls for it.
  function missing() {
    for (const s of document.querySelectorAll("main section.panel")) s.remove();
    $("title").textContent = "No incident " + id;
    $("subtitle").textContent = "It is not in the store: it was never there, or its reports were removed.";
    document.title = "Fogline — no such incident";
  }

  async function main() {
    config = await F.api("/api/config");
    F.tokenBox($("token"), config);
    wire();
    try {
      await load();
    } catch (e) {
      if (e.status === 404) missing(); else $("title").textContent = "Error: " + e.message;
      return;
    }
    document.body.dataset.ready = "1";
  }
  main();
})();
