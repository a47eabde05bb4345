/* How each feature is drawn and bound: markers by kind, popups, tooltips. */
(function (wm) {
  "use strict";
  var el = wm.el, fmt = wm.fmt, propsOf = wm.propsOf, kindLabel = wm.kindLabel;

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
    var own = (wm.kinds()[p.kind] || {}).style || {};  // straits and capes: the registry's colours
    var style = p.kind === "city" ? {radius: 5, color: "#444", fillColor: "#bbb"} :
      {radius: 6, color: own.color || "#555", fillColor: own.fillColor || "#ddd"};  // else an area drawn at a point
    style.weight = 2;
    style.fillOpacity = 0.9;
    return L.circleMarker(latlng, style);
  }

  function onEachFeature(feature, layer) {
    var p = propsOf(feature);
    wm.layers[p.id] = layer;
    layer.bindPopup(function (l) {
      return wm.popupNode(feature, l.getLatLng ? l.getLatLng() : null);
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

  wm.pointToLayer = markerFor;
  wm.onEachFeature = onEachFeature;
})(window.webmap);
