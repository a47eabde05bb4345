/* webmap: story maps in the browser. Loaded before folium's map script, which calls
 * webmap.pointToLayer and webmap.onEachFeature; webmap.start() then adds the offline
 * basemap, legend, side panel, embed/download controls and the route picker.
 *
 * Article text is untrusted: every string reaches the page through textContent or
 * DOM nodes handed to Leaflet, never through innerHTML.
 */
(function () {
  "use strict";

  var layersById = {};
  var properties = null;  // feature id -> properties, from the page's JSON data island

  /* folium's features carry only id and kind; the rest is looked up here. */
  function propsOf(feature) {
    if (feature.properties.name !== undefined) return feature.properties;  // whole, e.g. from the route API
    if (properties === null) {
      var island = document.getElementById("webmap-properties");
      properties = island ? JSON.parse(island.textContent) : {};
    }
    return properties[feature.properties.id] || feature.properties;
  }
  var config = null;  // the page's config island, read on first use (folium's script runs before start())

  function pageConfig() {
    if (config === null) {
      var island = document.getElementById("webmap-config");
      config = island ? JSON.parse(island.textContent) : {};
    }
    return config;
  }

  /* kind id -> {label, title, shape, style}, from the server's one registry of kinds */
  function kinds() { return pageConfig().kinds || {}; }

  function kindLabel(kind) { return (kinds()[kind] || {}).label || kind; }

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (key) {
      if (key === "text") node.textContent = attrs[key];
      else if (key === "className") node.className = attrs[key];
      else node.setAttribute(key, attrs[key]);
    });
    (children || []).forEach(function (child) {
      if (child !== null && child !== undefined) {
        node.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
      }
    });
    return node;
  }

  function fmt(number, digits) {
    return Number(number).toLocaleString("en", {maximumFractionDigits: digits || 0,
                                                 minimumFractionDigits: digits || 0});
  }

  /* A quote with the place's mentions inside it marked. Offsets index the article. */
  function quoteNode(quote, mentions) {
    var block = el("blockquote", {className: "wm-quote"});
    var cursor = quote.start;
    mentions.filter(function (m) { return m.start >= quote.start && m.end <= quote.end; })
      .sort(function (a, b) { return a.start - b.start; })
      .forEach(function (m) {
        if (m.start < cursor) return;
        block.appendChild(document.createTextNode(quote.text.slice(cursor - quote.start, m.start - quote.start)));
        block.appendChild(el("mark", {text: quote.text.slice(m.start - quote.start, m.end - quote.start)}));
        cursor = m.end;
      });
    block.appendChild(document.createTextNode(quote.text.slice(cursor - quote.start)));
    return block;
  }

  function fact(term, value) {
    return [el("dt", {text: term}), el("dd", {text: value})];
  }

  function popupNode(feature, latlng) {
    var p = propsOf(feature);
    var box = el("div", {className: "wm-popup"});
    var label = kindLabel(p.kind);
    if (p.stop) label = "Visit stop " + p.stop;
    if (p.role === "lane end") label = "Port at a lane end";
    box.appendChild(el("p", {className: "wm-kind", text: label}));
    box.appendChild(el("h2", {text: p.name}));
    if (p.quotes && p.quotes.length) {
      box.appendChild(el("p", {className: "wm-section", text: "From the article"}));
      p.quotes.forEach(function (q) { box.appendChild(quoteNode(q, p.mentions || [])); });
      if (p.quotes_total) {
        box.appendChild(el("p", {className: "wm-more", text: "… and " + (p.quotes_total - p.quotes.length) +
                                 " more sentences in the GeoJSON download."}));
      }
    }
    var facts = [];
    if (p.kind === "lane") {
      facts = facts.concat(fact("Distance", fmt(p.length_km) + " km (" + fmt(p.length_nmi) + " nmi)"));
      facts = facts.concat(fact("Time at sea", fmt(p.duration_days, 1) + " days at " + p.speed_kn + " kn"));
      facts = facts.concat(fact("Passages", (p.passage_names || []).join(", ") || "none"));
      facts = facts.concat(fact("Network", p.network));
    } else if (latlng) {
      var lon = ((latlng.lng + 540) % 360) - 180;
      facts = facts.concat(fact("Coordinates", fmt(latlng.lat, 4) + ", " + fmt(lon, 4)));
    }
    if (p.seat) facts = facts.concat(fact("Located at", "its seat, " + p.seat + " (city level)"));
    if (p.population) facts = facts.concat(fact("Population", fmt(p.population) + " (GeoNames)"));
    facts = facts.concat(fact("Source", p.source));
    box.appendChild(el("p", {className: "wm-section", text: "Computed, not from the article"}));
    box.appendChild(el("dl", {className: "wm-facts"}, facts));
    return box;
  }

  function markerFor(feature, latlng) {
    var p = propsOf(feature);
    if (p.stop) {
      var icon = L.divIcon({className: "wm-stop", iconSize: [26, 26],
                            html: el("span", {text: String(p.stop)})});
      return L.marker(latlng, {icon: icon, title: p.name, alt: "Stop " + p.stop + ": " + p.name,
                               keyboard: false, zIndexOffset: 1000});
    }
    if (p.kind === "organisation") {
      // Organisations sit at their seat city; several at one seat are fanned out around it,
      // a fixed number of pixels away at every zoom, so each can be clicked.
      var fan = feature.properties.fan || [0, 1];
      var angle = 2 * Math.PI * fan[0] / fan[1] - Math.PI / 2;
      var reach = fan[1] > 1 ? 19 : 0, dx = Math.round(reach * Math.cos(angle)), dy = Math.round(reach * Math.sin(angle));
      return L.marker(latlng, {
        icon: L.divIcon({className: "wm-org", iconSize: [12, 12], iconAnchor: [6 - dx, 6 - dy],
                         popupAnchor: [dx, dy - 6], tooltipAnchor: [dx + 6, dy]}),
        title: p.name, alt: p.name, keyboard: false});
    }
    if (p.kind === "port") {  // a marker, so it stays above organisations seated nearby
      return L.marker(latlng, {icon: L.divIcon({className: "wm-port", iconSize: [14, 14]}),
                               title: p.name, alt: "Port: " + p.name, keyboard: false, zIndexOffset: 500});
    }
    var own = (kinds()[p.kind] || {}).style || {};  // straits and capes: the registry's colours
    var style = p.kind === "city" ? {radius: 5, color: "#444", fillColor: "#bbb"} :
      {radius: 6, color: own.color || "#555", fillColor: own.fillColor || "#ddd"};  // else an area drawn at a point
    style.weight = 2;
    style.fillOpacity = 0.9;
    return L.circleMarker(latlng, style);
  }

  function onEachFeature(feature, layer) {
    var p = propsOf(feature);
    layersById[p.id] = layer;
    layer.bindPopup(function (l) {
      return popupNode(feature, l.getLatLng ? l.getLatLng() : null);
    }, {maxWidth: 360, autoPanPadding: [20, 20]});
    var tip = p.name;
    if (p.kind === "lane") tip += " · " + fmt(p.length_km) + " km · " + fmt(p.duration_days, 1) + " days";
    var drawnAsPoint = feature.geometry && feature.geometry.type === "Point";  // areas and lines: tooltip follows the pointer
    layer.bindTooltip(el("span", {text: tip}), {sticky: !drawnAsPoint});
    layer.on("popupopen", function () {
      var live = document.getElementById("wm-live");
      if (live) live.textContent = kindLabel(p.kind) + " " + p.name + " opened on the map.";
    });
  }

  /* Natural Earth countries, drawn in three world copies so a Pacific view has land on both sides. */
  function addBasemap(map, url) {
    var pane = map.createPane("basemap");
    pane.style.zIndex = 250;
    map.getContainer().classList.add("wm-sea");
    return fetch(url).then(function (r) { return r.json(); }).then(function (land) {
      [-360, 0, 360].forEach(function (offset) {
        L.geoJSON(land, {
          pane: "basemap", interactive: false,
          style: {color: "#9a9a8c", weight: 0.6, fillColor: "#f1efe4", fillOpacity: 1},
          coordsToLatLng: function (c) { return L.latLng(c[1], c[0] + offset); }
        }).addTo(map);
      });
    });
  }

  /* One legend line per kind the story has, in the registry's order, keyed by its style. */
  function addLegend(map, present) {
    if (!present.length) return;  // a story with no place: nothing to explain
    var legend = L.control({position: "bottomright"});
    var special = {city: ["wm-key-city", "City"], port: ["wm-key-port", "Port"],
                   organisation: ["wm-key-org", "Organisation, at its seat"],
                   lane: ["wm-key-lane", "Sea lane (computed)"]};
    legend.onAdd = function () {
      var wide = map.getSize().x > 700;  // in a small frame the legend starts folded
      var items = [];
      if (present.indexOf("stop") >= 0) {
        items.push(el("div", {}, [el("span", {className: "wm-key wm-key-stop"}), "Visit stop (numbered, in itinerary order)"]));
      }
      var registry = kinds();
      Object.keys(registry).forEach(function (id) {
        if (present.indexOf(id) < 0) return;
        var key = el("span", {className: "wm-key " + (special[id] ? special[id][0] : "wm-key-" + registry[id].shape)});
        var style = registry[id].style || {};
        if (!special[id] && style.color) {
          key.style.borderColor = style.color;
          key.style.background = style.fillColor || style.color;
        }
        items.push(el("div", {}, [key, special[id] ? special[id][1] : registry[id].title]));
      });
      var details = el("details", {className: "wm-legend"}, [el("summary", {text: "Legend"})].concat(items));
      details.open = wide;
      L.DomEvent.disableClickPropagation(details);
      return details;
    };
    legend.addTo(map);
  }

  function focusFeature(map, id) {
    var layer = layersById[id];
    if (!layer) return;
    if (layer.getLatLng) {
      map.setView(layer.getLatLng(), Math.max(map.getZoom(), 4));
      layer.openPopup();
    } else {
      map.fitBounds(layer.getBounds(), {maxZoom: 5});
      layer.openPopup(layer.getCenter ? layer.getBounds().getCenter() : undefined);
    }
  }

  /* Unwrap an RFC 7946 (Multi)LineString (cut at ±180) into one line near the map's centre. */
  function continuousLatLngs(geometry, centreLon) {
    var parts = geometry.type === "LineString" ? [geometry.coordinates] : geometry.coordinates;
    var out = [], prev = null;
    parts.forEach(function (part) {
      part.forEach(function (c) {
        var lon = c[0];
        if (prev !== null) lon += 360 * Math.round((prev - lon) / 360);
        prev = lon;
        out.push([c[1], lon]);
      });
    });
    if (out.length) {
      var mid = out[Math.floor(out.length / 2)][1];
      var shift = 360 * Math.round((centreLon - mid) / 360);
      out.forEach(function (ll) { ll[1] += shift; });
    }
    return out;
  }

  function setupRoutePicker(map, config) {
    var form = document.getElementById("wm-route");
    if (!form) return;
    var list = document.getElementById("wm-ports");
    var result = document.getElementById("wm-route-result");
    var drawn = null;
    form.querySelectorAll("input[list]").forEach(function (input) {
      input.addEventListener("input", function () {
        var q = input.value.trim();
        if (q.length < 2) return;
        fetch(config.portsUrl + "?q=" + encodeURIComponent(q)).then(function (r) { return r.json(); })
          .then(function (body) {
            list.replaceChildren.apply(list, (body.ports || []).map(function (port) {
              return el("option", {value: port.locode, label: port.name + ", " + port.country});
            }));
          });
      });
    });
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var data = new FormData(form);
      var params = new URLSearchParams();
      ["from", "to", "avoid"].forEach(function (k) { if (data.get(k)) params.set(k, data.get(k)); });
      result.textContent = "Routing…";
      fetch(config.routeUrl + "?" + params.toString()).then(function (r) {
        return r.json().then(function (body) { return {ok: r.ok, body: body}; });
      }).then(function (answer) {
        if (!answer.ok) { result.textContent = answer.body.error.message; return; }
        var feature = answer.body, p = feature.properties;
        if (drawn) map.removeLayer(drawn);
        drawn = L.polyline(continuousLatLngs(feature.geometry, config.centreLon),
                           {color: "#7b1fa2", weight: 4, className: "wm-picked-route"}).addTo(map);
        onEachFeature(feature, drawn);
        map.fitBounds(drawn.getBounds(), {padding: [20, 20]});
        result.textContent = p.name + ": " + fmt(p.length_km) + " km (" + fmt(p.length_nmi) + " nmi), " +
          fmt(p.duration_days, 1) + " days at " + p.speed_kn + " kn; passages: " +
          ((p.passage_names || []).join(", ") || "none") + ".";
      }).catch(function () { result.textContent = "The route service did not answer."; });
    });
  }

  function setupPanel(map) {
    document.querySelectorAll("[data-feature]").forEach(function (button) {
      button.addEventListener("click", function () { focusFeature(map, button.getAttribute("data-feature")); });
    });
    document.querySelectorAll("[data-embed-src]").forEach(function (field) {
      // The server wrote the snippet; an exported copy learns its own absolute address only here.
      var relative = field.getAttribute("data-embed-src");
      field.value = field.value.replace('src="' + relative + '"',
                                        'src="' + new URL(relative, location.href).href + '"');
    });
    document.querySelectorAll("[data-copy]").forEach(function (button) {
      button.addEventListener("click", function () {
        var field = document.getElementById(button.getAttribute("data-copy"));
        field.select();
        if (navigator.clipboard) navigator.clipboard.writeText(field.value);
        button.textContent = "Copied";
      });
    });
  }

  function start() {
    if (!document.getElementById("webmap-config")) return;
    var config = pageConfig();
    var map = window[config.map];
    addLegend(map, config.present || []);
    setupPanel(map);
    setupRoutePicker(map, config);
    window.webmap.map = map;
    // "ready" once everything is drawn, the basemap included (tests and benchmarks wait on it).
    addBasemap(map, config.basemapUrl).then(function () {
      document.documentElement.setAttribute("data-map-ready", "true");
    }, function () {
      document.documentElement.setAttribute("data-map-ready", "without-basemap");
    });
  }

  window.webmap = {pointToLayer: markerFor, onEachFeature: onEachFeature, focus: focusFeature,
                   continuousLatLngs: continuousLatLngs, layers: layersById};
  document.addEventListener("DOMContentLoaded", start);
})();
