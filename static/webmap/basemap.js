/* The offline basemap and the legend. */
(function (wm) {
  "use strict";
  var el = wm.el;

  /* Natural Earth countries, drawn in three world copies so a Pacific view has land on both sides. */
  function addBasemap(map, url) {
    var pane = map.createPane("basemap");
    pane.style.zIndex = 250;
    if (map.attributionControl) {  // plain links (Leaflet's default prefix carries a flag image)
      map.attributionControl.setPrefix('<a href="https://leafletjs.com/">Leaflet</a>');
      map.attributionControl.addAttribution('Basemap: <a href="https://www.naturalearthdata.com/">Natural Earth</a>');
    }
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

  var legendBox = null;  // the legend's <details>, once drawn

  /* One legend line per kind the story has, in the registry's order, keyed by its style. */
  function addLegend(map, present, always) {
    if (!present.length && !always) return;  // a story with no place: nothing to explain
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
      var registry = wm.kinds();
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
      legendBox = details;
      return details;
    };
    legend.addTo(map);
  }

  /* A legend line for something drawn later (a picked route), keyed by `id`; text null removes it. */
  function setLegendEntry(map, id, keyClass, text) {
    if (!legendBox && text) addLegend(map, [], true);
    if (!legendBox) return;
    Array.prototype.forEach.call(legendBox.querySelectorAll("[data-legend-entry]"), function (line) {
      if (line.getAttribute("data-legend-entry") === id) line.remove();
    });
    if (text) legendBox.appendChild(el("div", {"data-legend-entry": id}, [el("span", {className: "wm-key " + keyClass}), text]));
  }

  wm.setLegendEntry = setLegendEntry;
  wm.onStart(function (map, config) {
    addLegend(map, config.present || []);
    // "ready" once everything is drawn, the basemap included (tests and benchmarks wait on it).
    addBasemap(map, config.basemapUrl).then(function () {
      document.documentElement.setAttribute("data-map-ready", "true");
    }, function () {
      document.documentElement.setAttribute("data-map-ready", "without-basemap");
    });
  });
})(window.webmap);
