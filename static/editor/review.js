/* The editor's review page: the article with each place's mentions marked, the map, and the
 * places (least certain first) to accept, reject, swap for another candidate, look up in the
 * gazetteer or pin on the map; the itinerary; the lanes; the story's details.
 *
 * Every change is saved at once, and the details a moment after typing stops (PUT with the
 * version it starts from; a 409 means someone
 * else saved first, and the page offers to load theirs or apply this change on top), then
 * the server's analysis (the build's own code, in a process of its own) redraws the map. A
 * correction shows on the map before the analysis returns: rejected places leave at once.
 * Article text is only ever set as text (textContent), never parsed as markup.
 */
(function () {
  "use strict";

  var draft = JSON.parse(document.getElementById("ed-draft").textContent);
  var config = JSON.parse(document.getElementById("ed-config").textContent);
  var csrf = (document.querySelector('meta[name="csrf-token"]') || {}).content || "";
  var features = [];
  var rejectedPlaces = [];  // what the editor rejected, as the analysis lists them (name, kind, mentions)
  var map, basemapLayer, placeLayer, laneLayer, pinning = null;
  var statusEl = document.getElementById("ed-status");
  var AUTOSAVE_MS = 1500;

  function $(id) { return document.getElementById(id); }

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (key) {
      if (key === "text") node.textContent = attrs[key];
      else if (key.slice(0, 2) === "on") node.addEventListener(key.slice(2), attrs[key]);
      else if (attrs[key] !== null && attrs[key] !== undefined && attrs[key] !== false) node.setAttribute(key, attrs[key]);
    });
    (children || []).forEach(function (child) { if (child) node.appendChild(child); });
    return node;
  }

  function say(text) { statusEl.textContent = text; }

  function corrections() {
    draft.corrections = draft.corrections || {};
    return draft.corrections;
  }

  // -- talking to the server -----------------------------------------------------------

  function send(method, url, body) {
    return fetch(url, {
      method: method, credentials: "same-origin",
      headers: {"Content-Type": "application/json", "Accept": "application/json", "X-CSRFToken": csrf},
      body: body === undefined ? undefined : JSON.stringify(body)
    }).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (data) {
        return {status: response.status, data: data};
      });
    });
  }

  var lastChange = null;
  var queue = Promise.resolve();

  /* Save `changes` (fields of the draft, or a function making them from the draft as it then
   * is) from the version shown; then redraw. Saves go one after another, each made from the
   * draft the one before left, so two quick corrections never race each other. */
  function save(changes, label) {
    lastChange = changes;  // a function is made again from their draft if a conflict is merged
    queue = queue.then(function () { return send_(typeof changes === "function" ? changes() : changes, label); },
                       function () { return send_(typeof changes === "function" ? changes() : changes, label); });
    return queue;
  }

  function send_(changes, label) {
    say("Saving…");
    var body = Object.assign({version: draft.version}, changes);
    return send("PUT", config.api, body).then(function (answer) {
      if (answer.status === 409) return conflict(answer.data);
      if (answer.status !== 200) {
        say("Not saved: " + ((answer.data.error || {}).message || "error " + answer.status));
        return analyse();  // the map goes back to what is saved
      }
      var analysis = answer.data.analysis;
      delete answer.data.analysis;
      draft = answer.data;
      say((label ? label + " " : "") + "Saved: version " + draft.version + ".");
      if (analysis) { show(analysis); return; }
      return analyse();
    }, function () { say("Not saved: the server could not be reached. Try again."); });
  }

  function conflict(data) {
    var box = $("ed-conflict");
    $("ed-conflict-message").textContent = (data.error || {}).message || "This draft changed since you opened it.";
    box.hidden = false;
    $("ed-conflict-reload").focus();
    $("ed-conflict-reload").onclick = function () {
      draft = data.current; box.hidden = true; renderAll(); analyse(); say("Loaded version " + draft.version + ".");
    };
    $("ed-conflict-mine").onclick = function () {
      draft = data.current; box.hidden = true; save(lastChange, "Your change, on top of theirs.");
    };
  }

  var analysing = 0;

  function show(analysis) {  // the places and lanes as the build would make them
    analysing += 1;  // an analysis still on its way is older than this
    features = analysis.features;
    rejectedPlaces = analysis.story.rejected || [];
    renderAll();
  }

  function analyse() {
    var ticket = ++analysing;
    var started = performance.now();
    return send("POST", config.analyse, {}).then(function (answer) {
      if (ticket !== analysing) return;  // a newer analysis is on its way
      if (answer.status !== 200) {
        say("The places could not be found: " + ((answer.data.error || {}).message || "error " + answer.status));
        return;
      }
      show(answer.data);
      document.body.dataset.analysed = String(ticket);
      document.body.dataset.analysisMs = String(Math.round(performance.now() - started));
    });
  }

  // -- the article, with mentions marked ----------------------------------------------------

  function places() {
    return features.filter(function (f) { return f.properties.kind !== "lane"; });
  }

  /* The server counts offsets in code points, this page's strings in UTF-16 units: they part
     after an emoji or any other character beyond the Basic Multilingual Plane. Returns the
     UTF-16 index of each code point offset of `text` (and the inverse, `codePointAt`). */
  function offsets(text) {
    if (!/[\uD800-\uDFFF]/.test(text)) return {units: function (n) { return n; }, codePoints: function (n) { return n; }};
    var starts = [];
    for (var u = 0; u < text.length; u++) {
      var c = text.charCodeAt(u);
      if (c >= 0xDC00 && c <= 0xDFFF && u > 0 && text.charCodeAt(u - 1) >= 0xD800 && text.charCodeAt(u - 1) <= 0xDBFF) continue;
      starts.push(u);
    }
    starts.push(text.length);
    return {
      units: function (n) { return starts[Math.min(n, starts.length - 1)]; },
      codePoints: function (unit) {  // the code point offset at or after a UTF-16 index
        var low = 0, high = starts.length - 1;
        while (low < high) { var mid = (low + high) >> 1; if (starts[mid] < unit) low = mid + 1; else high = mid; }
        return low;
      }
    };
  }

  function renderArticle() {
    var box = $("ed-article");
    var text = draft.text;
    var units = offsets(text).units;
    var marks = [];
    places().forEach(function (f) {
      (f.properties.mentions || []).forEach(function (m) {
        marks.push({start: units(m.start), end: units(m.end), at: m.start, feature: f});
      });
    });
    marks.sort(function (a, b) { return a.start - b.start || b.end - a.end; });
    box.textContent = "";
    var at = 0;
    marks.forEach(function (mark) {
      if (mark.start < at) return;  // overlapping: the first (longest) wins
      box.appendChild(document.createTextNode(text.slice(at, mark.start)));
      var p = mark.feature.properties;
      box.appendChild(el("mark", {"class": "ed-mention ed-kind-" + p.kind + (p.confidence < 0.6 ? " ed-doubt" : ""),
                                  "data-place": p.id, "data-start": mark.at, title: p.name + " (" + p.kind + ")",
                                  text: text.slice(mark.start, mark.end)}));
      at = mark.end;
    });
    box.appendChild(document.createTextNode(text.slice(at)));
  }

  /* Offset of the selection's start in the article text (in code points, as the server
     counts), counted through the text nodes. */
  function selectionInArticle() {
    var selection = window.getSelection();
    if (!selection || selection.isCollapsed || !selection.rangeCount) return null;
    var range = selection.getRangeAt(0);
    var box = $("ed-article");
    if (!box.contains(range.startContainer) || !box.contains(range.endContainer)) return null;
    var before = document.createRange();
    before.setStart(box, 0);
    before.setEnd(range.startContainer, range.startOffset);
    var start = before.toString().length;
    var words = range.toString();
    var trimmed = words.replace(/^\s+/, "");
    start += words.length - trimmed.length;
    words = trimmed.replace(/\s+$/, "");
    return words ? {text: words, at: offsets(draft.text).codePoints(start)} : null;
  }

  // -- the map ------------------------------------------------------------------------------

  function unwrap(coords) {  // a line continuous across the antimeridian
    var out = [], offset = 0, previous = null;
    coords.forEach(function (c) {
      var lon = c[0] + offset;
      if (previous !== null && Math.abs(lon - previous) > 180) { offset += lon > previous ? -360 : 360; lon = c[0] + offset; }
      out.push([c[1], lon]); previous = lon;
    });
    return out;
  }

  function setUpMap() {
    map = L.map("ed-map", {worldCopyJump: false, zoomSnap: 0.5}).setView([20, 0], 2);
    map.attributionControl.setPrefix(false);
    map.attributionControl.addAttribution("Basemap: Natural Earth");
    fetch(config.basemap).then(function (r) { return r.ok ? r.json() : null; }).then(function (data) {
      if (!data) return;  // no build has made the basemap yet: the places are drawn alone
      basemapLayer = L.geoJSON(data, {style: {color: "#9aa3ad", weight: 0.6, fillColor: "#efe9dc", fillOpacity: 1},
                                      interactive: false}).addTo(map);
      basemapLayer.bringToBack();
    });
    placeLayer = L.featureGroup().addTo(map);
    laneLayer = L.featureGroup().addTo(map);
    map.on("click", function (event) {
      if (!pinning) return;
      var place = pinning;
      stopPinning();
      pinPlace(place, event.latlng);
    });
  }

  var layerOf = {};  // place id -> its layer on the map

  function renderMap() {
    placeLayer.clearLayers();
    laneLayer.clearLayers();
    layerOf = {};
    var rejected = corrections().reject || [];
    features.forEach(function (f) {
      var p = f.properties;
      if (rejected.indexOf(p.id) !== -1 || !f.geometry) return;
      var layer;
      if (p.kind === "lane") {
        var parts = f.geometry.type === "LineString" ? [f.geometry.coordinates] : f.geometry.coordinates;
        var joined = [];
        parts.forEach(function (part) { joined = joined.concat(part); });
        layer = L.polyline(unwrap(joined), {color: "#0b5394", weight: 3}).addTo(laneLayer);
      } else if (f.geometry.type === "Point") {
        layer = L.circleMarker([f.geometry.coordinates[1], f.geometry.coordinates[0]],
          {radius: 7, color: p.confidence < 0.6 ? "#a86a00" : "#1d3557", weight: 2, fillColor: "#fff", fillOpacity: 1})
          .addTo(placeLayer);
      } else {
        layer = L.geoJSON(f.geometry, {style: {color: "#1d3557", weight: 1, fillOpacity: 0.12}}).addTo(placeLayer);
      }
      layerOf[p.id] = layer;
      layer.bindTooltip(el("span", {text: p.name + " · " + p.kind}));  // a node: Leaflet sets strings as HTML
      layer.on("click", function () { focusPlace(p.id); });
    });
    var bounds = placeLayer.getBounds();
    if (bounds.isValid() && !map.__framed) { map.fitBounds(bounds.pad(0.2), {maxZoom: 6}); map.__framed = true; }
  }

  function focusPlace(id) {
    selectTab("places");
    var item = document.querySelector('#ed-place-list [data-place="' + CSS.escape(id) + '"]');
    if (item) { item.scrollIntoView({block: "nearest"}); item.querySelector("h3").focus(); }
  }

  // -- the places ---------------------------------------------------------------------------

  function reviewed() { return draft.reviewed || []; }

  function renderPlaces() {
    var list = $("ed-place-list");
    list.textContent = "";
    var rejected = corrections().reject || [];
    var shown = places().slice().sort(function (a, b) {
      return (a.properties.confidence || 0) - (b.properties.confidence || 0) || a.properties.name.localeCompare(b.properties.name);
    });
    rejected.forEach(function (id) {  // rejected places are not in the analysis any more: listed to restore
      if (!shown.some(function (f) { return f.properties.id === id; })) {
        var known = rejectedPlaces.filter(function (r) { return r.id === id; })[0] || {id: id, name: id, kind: "place"};
        shown.push({properties: Object.assign({confidence: 0, candidates: []}, known), rejectedOnly: true});
      }
    });
    shown.forEach(function (f) {
      var p = f.properties;
      var isRejected = rejected.indexOf(p.id) !== -1;
      var isAccepted = reviewed().indexOf(p.id) !== -1;
      var confidence = typeof p.confidence === "number" ? Math.round(p.confidence * 100) + "% sure" : "";
      var item = el("li", {"class": "ed-place" + (isRejected ? " ed-rejected" : "") + (isAccepted ? " ed-accepted" : ""),
                           "data-place": p.id}, [
        el("h3", {tabindex: "-1", text: p.name}),
        el("p", {"class": "ed-meta", text: [p.kind, p.country, confidence, p.corrected ? "corrected: " + p.corrected : "",
                                            (p.mentions || []).length + " mention(s)"].filter(Boolean).join(" · ")})
      ]);
      var buttons = el("div", {"class": "ed-place-actions"});
      if (!isRejected) {
        buttons.appendChild(el("button", {type: "button", "class": "ed-button", "aria-pressed": String(isAccepted),
          text: isAccepted ? "Accepted" : "Accept", onclick: function () { accept(p.id); }}));
        buttons.appendChild(el("button", {type: "button", "class": "ed-button", text: "Reject",
          onclick: function () { reject(p.id); }}));
        buttons.appendChild(el("button", {type: "button", "class": "ed-button", text: "Pin on the map",
          onclick: function () { startPinning(f); }}));
      } else {
        buttons.appendChild(el("button", {type: "button", "class": "ed-button", text: "Restore",
          onclick: function () { restore(p.id); }}));
      }
      item.appendChild(buttons);
      if (!isRejected && (p.candidates || []).length) {
        var select = el("select", {id: "ed-cand-" + p.id, "aria-label": "Another reading of " + p.name}, [
          el("option", {value: "", text: "Another reading…"})
        ].concat(p.candidates.slice(0, 12).map(function (c) {
          return el("option", {value: c.id, text: c.name + " (" + c.kind + (c.country ? ", " + c.country : "") + ") — " +
                                                  Math.round((c.confidence || 0) * 100) + "%: " + (c.why || "")});
        })));
        select.addEventListener("change", function () { if (select.value) choose(p.id, select.value); });
        item.appendChild(select);
      }
      if (!isRejected) item.appendChild(searchBox(p));
      list.appendChild(item);
    });
  }

  function searchBox(p) {
    var id = "ed-search-" + p.id;
    var results = el("ul", {"class": "ed-results", role: "listbox", "aria-label": "Gazetteer entries"});
    var input = el("input", {id: id, type: "search", maxlength: "100", autocomplete: "off",
                             placeholder: "Search the gazetteer for the right place"});
    var timer = null;
    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(function () { gazetteer(input.value, results, function (entry) { choose(p.id, entry.id); }); }, 250);
    });
    return el("div", {"class": "ed-search"}, [el("label", {"for": id, "class": "ed-visually-hidden", text: "Search for " + p.name}),
                                                input, results]);
  }

  function gazetteer(text, list, pick) {
    list.textContent = "";
    if (!text.trim()) return;
    fetch(config.search + "?q=" + encodeURIComponent(text.trim()), {headers: {Accept: "application/json"}, credentials: "same-origin"})
      .then(function (r) { return r.json(); }).then(function (data) {
        list.textContent = "";
        (data.results || []).forEach(function (entry) {
          list.appendChild(el("li", {role: "option"}, [el("button", {type: "button", "class": "ed-result",
            text: entry.name + " (" + entry.kind + (entry.country ? ", " + entry.country : "") + ")",
            onclick: function () { pick(entry); }})]));
        });
        if (!(data.results || []).length) list.appendChild(el("li", {text: "Nothing found."}));
      });
  }

  function withCorrections(change) {
    var next = JSON.parse(JSON.stringify(corrections()));
    change(next);
    Object.keys(next).forEach(function (key) { if (Array.isArray(next[key]) && !next[key].length) delete next[key]; });
    return next;
  }

  function reject(id) {
    var layer = layerOf[id];  // off the map at once; saved, analysed and drawn again after
    if (layer) { placeLayer.removeLayer(layer); laneLayer.removeLayer(layer); }
    var item = document.querySelector('#ed-place-list [data-place="' + CSS.escape(id) + '"]');
    if (item) item.classList.add("ed-rejected");
    save(function () { return {corrections: withCorrections(function (c) { c.reject = (c.reject || []).concat([id]); })}; },
         "Rejected.");
  }

  function restore(id) {
    save(function () {
      return {corrections: withCorrections(function (c) { c.reject = (c.reject || []).filter(function (r) { return r !== id; }); })};
    }, "Restored.");
  }

  function accept(id) {
    save(function () {
      var list = reviewed();
      return {reviewed: list.indexOf(id) === -1 ? list.concat([id]) : list.filter(function (r) { return r !== id; })};
    }, "Accepted.");
  }

  function choose(placeId, useId) {
    save(function () {
      return {corrections: withCorrections(function (c) {
        c.choose = (c.choose || []).filter(function (x) { return x.place !== placeId; }).concat([{place: placeId, use: useId}]);
      })};
    }, "Changed.");
  }

  function startPinning(feature) {
    pinning = feature;
    $("ed-pin-hint").hidden = false;
    $("ed-map").classList.add("ed-pinning");
    $("ed-map").focus();
    say("Click the map where " + feature.properties.name + " is.");
  }

  function stopPinning() {
    pinning = null;
    $("ed-pin-hint").hidden = true;
    $("ed-map").classList.remove("ed-pinning");
  }

  function pinPlace(feature, latlng) {
    var p = feature.properties;
    var lon = ((latlng.lng + 180) % 360 + 360) % 360 - 180;
    var make = function () { return withCorrections(function (c) {
      var pins = (c.pin || []).filter(function (x) { return !(p.mentions || []).some(function (m) { return m.start === x.at; }); });
      (p.mentions || []).forEach(function (m) {
        pins.push({text: m.text, at: m.start, lon: Math.round(lon * 1e5) / 1e5, lat: Math.round(latlng.lat * 1e5) / 1e5,
                   name: p.name, kind: p.kind === "rejected" ? "city" : p.kind});
      });
      c.pin = pins;
      c.reject = (c.reject || []).filter(function (r) { return r !== p.id; });
    }); };
    save(function () { return {corrections: make()}; }, "Pinned.");
  }

  // -- assigning a missed mention -------------------------------------------------------------

  var assigning = null;

  function openAssign(found) {
    assigning = found;
    $("ed-assign-text").textContent = found.text;
    $("ed-assign").hidden = false;
    $("ed-assign-search").value = found.text;
    $("ed-assign-search").focus();
    gazetteer(found.text, $("ed-assign-results"), assign);
  }

  function assign(entry) {
    var found = assigning;
    $("ed-assign").hidden = true;
    assigning = null;
    var make = function () { return withCorrections(function (c) {
      c.pin = (c.pin || []).filter(function (x) { return x.at !== found.at; }).concat([{text: found.text, at: found.at, place: entry.id}]);
    }); };
    save(function () { return {corrections: make()}; }, "Assigned.");
  }

  // -- itinerary -------------------------------------------------------------------------------

  function renderStops() {
    var list = $("ed-stops");
    list.textContent = "";
    var stops = draft.itinerary || [];
    stops.forEach(function (name, index) {
      var item = el("li", {draggable: "true", "data-index": index}, [
        el("span", {"class": "ed-stop-name", text: name}),
        el("button", {type: "button", "class": "ed-button", "aria-label": "Move " + name + " up", text: "↑",
                      disabled: index === 0 ? "disabled" : null, onclick: function () { moveStop(index, index - 1); }}),
        el("button", {type: "button", "class": "ed-button", "aria-label": "Move " + name + " down", text: "↓",
                      disabled: index === stops.length - 1 ? "disabled" : null, onclick: function () { moveStop(index, index + 1); }}),
        el("button", {type: "button", "class": "ed-button", "aria-label": "Remove " + name, text: "Remove",
                      onclick: function () { save({itinerary: stops.filter(function (_, i) { return i !== index; })}, "Stop removed."); }})
      ]);
      item.addEventListener("dragstart", function (event) { event.dataTransfer.setData("text/plain", String(index)); });
      item.addEventListener("dragover", function (event) { event.preventDefault(); });
      item.addEventListener("drop", function (event) {
        event.preventDefault();
        moveStop(Number(event.dataTransfer.getData("text/plain")), index);
      });
      list.appendChild(item);
    });
    var add = $("ed-stop-add");
    add.textContent = "";
    places().filter(function (f) { return (f.properties.kind === "city" || f.properties.kind === "port") &&
                                          stops.indexOf(f.properties.name) === -1; })
      .forEach(function (f) { add.appendChild(el("option", {value: f.properties.name, text: f.properties.name})); });
  }

  function moveStop(from, to) {
    var stops = (draft.itinerary || []).slice();
    if (to < 0 || to >= stops.length || from === to) return;
    var moved = stops.splice(from, 1)[0];
    stops.splice(to, 0, moved);
    save({itinerary: stops}, "Moved.").then(function () {
      var button = document.querySelectorAll("#ed-stops li")[to];
      if (button) button.querySelector(".ed-stop-name").parentNode.querySelector("button:not([disabled])").focus();
    });
  }

  // -- lanes -----------------------------------------------------------------------------------

  function renderLanes() {
    var list = $("ed-lane-list");
    list.textContent = "";
    var compare = $("ed-lane-compare");
    compare.textContent = "";
    compare.appendChild(el("option", {value: "", text: "none"}));
    (draft.lanes || []).forEach(function (lane, index) {
      var id = lane.id || (lane.from + "-" + lane.to).toLowerCase();
      var built = features.filter(function (f) { return f.properties.kind === "lane" && f.properties.id === "lane-" + id; })[0];
      var facts = built ? Math.round(built.properties.length_nmi || 0).toLocaleString("en") + " nmi, " +
                          (built.properties.days || 0).toFixed(1) + " days" : "";
      list.appendChild(el("li", {}, [
        el("span", {text: lane.from + " → " + lane.to + (lane.via && lane.via.length ? " via " + lane.via.join(", ") : "") +
                          (lane.scenario ? " · " + lane.scenario : "") + (facts ? " · " + facts : "")}),
        el("button", {type: "button", "class": "ed-button", text: "Remove", "aria-label": "Remove lane " + lane.from + " to " + lane.to,
                      onclick: function () { save({lanes: draft.lanes.filter(function (_, i) { return i !== index; })}, "Lane removed."); }})
      ]));
      compare.appendChild(el("option", {value: id, text: lane.from + " → " + lane.to}));
    });
  }

  function locode(value) {
    var found = /\(([A-Z]{2}[A-Z2-9]{3})\)\s*$/.exec(value) || /^\s*([A-Za-z]{2}[A-Za-z2-9]{3})\s*$/.exec(value);
    return found ? found[1].toUpperCase() : null;
  }

  function portSuggestions(input) {
    var timer = null;
    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(function () {
        if (input.value.trim().length < 2) return;
        fetch(config.ports + "?q=" + encodeURIComponent(input.value.trim()) + "&limit=8").then(function (r) { return r.json(); })
          .then(function (data) {
            var datalist = $("ed-port-list");
            datalist.textContent = "";
            (data.ports || data.results || []).forEach(function (port) {
              datalist.appendChild(el("option", {value: (port.label || port.name) + " (" + port.locode + ")"}));
            });
          });
      }, 250);
    });
  }

  function addLane(event) {
    event.preventDefault();
    var from = locode($("ed-lane-from").value), to = locode($("ed-lane-to").value);
    if (!from || !to) { say("Choose both ports from the list (or type their UN/LOCODE)."); return; }
    var lane = {from: from, to: to, speed_kn: Number($("ed-lane-speed").value) || 18};
    var via = $("ed-lane-via").value.split(";").map(function (v) { return v.trim(); }).filter(Boolean);
    if (via.length) lane.via = via;
    if ($("ed-lane-vessel").value) lane.vessel = $("ed-lane-vessel").value;
    var avoid = Array.prototype.slice.call(document.querySelectorAll('#ed-lane-form input[name="avoid"]:checked'))
      .map(function (box) { return box.value; });
    if (avoid.length) lane.avoid = avoid;
    if ($("ed-lane-scenario").value.trim()) {
      lane.scenario = $("ed-lane-scenario").value.trim();
      lane.id = (from + "-" + to + "-" + ((draft.lanes || []).length + 1)).toLowerCase();
    }
    if ($("ed-lane-compare").value) lane.compare_to = $("ed-lane-compare").value;
    save({lanes: (draft.lanes || []).concat([lane])}, "Lane added.").then(function () { $("ed-lane-form").reset(); });
  }

  // -- details -------------------------------------------------------------------------------

  function renderDetails() {
    ["title", "date", "dateline", "url", "summary", "text"].forEach(function (key) {
      var field = $("ed-f-" + key);
      if (field && document.activeElement !== field) field.value = draft[key] || "";
    });
    $("ed-title-shown").textContent = draft.title;
  }

  function saveDetails(event) {
    event.preventDefault();
    var changes = {};
    ["title", "date", "dateline", "url", "summary", "text"].forEach(function (key) {
      var value = $("ed-f-" + key).value;
      if (value !== (draft[key] || "")) changes[key] = value;
    });
    if (Object.keys(changes).length) save(changes, "Details changed."); else say("Nothing changed.");
  }

  // -- tabs, publish, start --------------------------------------------------------------------

  function selectTab(name) {
    document.querySelectorAll(".ed-tabs [role=tab]").forEach(function (tab) {
      var on = tab.id === "tab-" + name;
      tab.setAttribute("aria-selected", String(on));
      tab.tabIndex = on ? 0 : -1;
      $(tab.getAttribute("aria-controls")).hidden = !on;
    });
  }

  function setUpTabs() {
    var tabs = Array.prototype.slice.call(document.querySelectorAll(".ed-tabs [role=tab]"));
    tabs.forEach(function (tab, index) {
      tab.addEventListener("click", function () { selectTab(tab.id.slice(4)); });
      tab.addEventListener("keydown", function (event) {
        var step = event.key === "ArrowRight" ? 1 : event.key === "ArrowLeft" ? -1 : 0;
        if (!step) return;
        var next = tabs[(index + step + tabs.length) % tabs.length];
        selectTab(next.id.slice(4));
        next.focus();
      });
    });
  }

  function publish() {
    var button = $("ed-publish");
    button.disabled = true;
    say("Publishing: building the story…");
    send("POST", config.publish, {version: draft.version}).then(function (answer) {
      button.disabled = false;
      if (answer.status === 409) return conflict(answer.data);
      if (answer.status !== 200) { say("Not published: " + ((answer.data.error || {}).message || "error " + answer.status)); return; }
      draft = answer.data.draft;
      statusEl.textContent = "";
      statusEl.appendChild(document.createTextNode("Published version " + answer.data.published_version + ". "));
      statusEl.appendChild(el("a", {href: answer.data.url, text: "Open the reader's page"}));
    }, function () { button.disabled = false; say("Not published: the server could not be reached."); });
  }

  function renderAll() {
    renderDetails(); renderArticle(); renderMap(); renderPlaces(); renderStops(); renderLanes();
  }

  function start() {
    setUpTabs();
    setUpMap();
    renderDetails();
    $("ed-details").addEventListener("submit", saveDetails);
    var typing = null;  // the details save themselves a moment after the editor stops typing
    $("ed-details").addEventListener("input", function () {
      clearTimeout(typing);
      say("Unsaved changes…");
      typing = setTimeout(function () { if ($("ed-details").checkValidity()) saveDetails({preventDefault: function () {}}); },
                          AUTOSAVE_MS);
    });
    $("ed-lane-form").addEventListener("submit", addLane);
    portSuggestions($("ed-lane-from"));
    portSuggestions($("ed-lane-to"));
    $("ed-publish").addEventListener("click", publish);
    $("ed-stop-add-button").addEventListener("click", function () {
      var name = $("ed-stop-add").value;
      if (name) save({itinerary: (draft.itinerary || []).concat([name])}, "Stop added.");
    });
    $("ed-article").addEventListener("mouseup", function () {
      var found = selectionInArticle();
      if (found) openAssign(found);
    });
    $("ed-assign-search").addEventListener("input", function () {
      gazetteer($("ed-assign-search").value, $("ed-assign-results"), assign);
    });
    $("ed-assign-cancel").addEventListener("click", function () { $("ed-assign").hidden = true; assigning = null; });
    document.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && pinning) { stopPinning(); say("Pinning cancelled."); }
    });
    say("Finding the places…");
    analyse().then(function () { say("Version " + draft.version + ", saved. " + places().length + " places found."); });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
