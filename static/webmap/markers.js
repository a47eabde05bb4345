/* How each feature is drawn and bound: markers by kind, popups, tooltips. */
(function (wm) {
  "use strict";
  var el = wm.el, fmt = wm.fmt, propsOf = wm.propsOf, kindLabel = wm.kindLabel;

  /* Every place drawn at a point is a marker with an HTML icon (so that static/webmap/overlaps.js
   * can move the ones that would touch); `weight` says how much each resists being moved,
   * `square` that its icon is not round. */
  function pointIcon(className, size, label, colours) {
    var node = el("span", {className: "wm-point " + className}, label ? [el("span", {text: label})] : []);
    if (colours) {  // kinds drawn in the registry's colours (capes, straits, an area at a point)
      node.style.borderColor = colours.color || "#555";
      node.style.background = colours.fillColor || "#ddd";
    }
    return L.divIcon({className: "wm-icon", html: node, iconSize: [size, size]});
  }

  function markerFor(feature, latlng) {
    var p = propsOf(feature);
    var options = {title: p.name, alt: p.name, keyboard: false};
    if (p.stop) {
      return L.marker(latlng, L.extend(options, {icon: pointIcon("wm-stop", 26, String(p.stop)),
                                                  alt: "Stop " + p.stop + ": " + p.name, zIndexOffset: 1000, weight: 8}));
    }
    if (p.kind === "port") {
      return L.marker(latlng, L.extend(options, {icon: pointIcon("wm-port", 14), alt: "Port: " + p.name,
                                                  zIndexOffset: 500, weight: 3}));
    }
    if (p.kind === "organisation") return L.marker(latlng, L.extend(options, {icon: pointIcon("wm-org", 12), weight: 1, square: true}));
    if (p.kind === "city") return L.marker(latlng, L.extend(options, {icon: pointIcon("wm-city", 12), weight: 2}));
    var own = (wm.kinds()[p.kind] || {}).style || {};
    return L.marker(latlng, L.extend(options, {icon: pointIcon("wm-pt", 13, null, own), weight: 2}));
  }

  function onEachFeature(feature, layer) {
    var p = propsOf(feature);
    wm.layers[p.id] = layer;
    (feature.properties.also || []).forEach(function (id) { wm.layers[id] = layer; });  // a port drawn with its stop
    if (p.kind === "lane" && p.compare_to && layer.setStyle) layer.setStyle({dashArray: "10 8"});  // an alternative
    layer.on("add", function () {  // Chromium would stop on every SVG shape with a listener
      var node = !(layer instanceof L.Marker) && layer.getElement && layer.getElement();
      if (node) node.setAttribute("tabindex", "-1");
    });
    var tip = p.name;  // bound before the popup: a tap opens the tooltip first, then the popup closes it
    if (p.kind === "lane") tip += " · " + fmt(p.length_km) + " km · " + fmt(p.duration_days, 1) + " days";
    var drawnAsPoint = feature.geometry && feature.geometry.type === "Point";  // areas and lines: tooltip follows the pointer
    layer.bindTooltip(el("span", {text: tip}), {sticky: !drawnAsPoint});
    layer.bindPopup(function (l) {
      wm.fitPopup(l.getPopup(), wm.map);
      return wm.popupNode(feature, l.getLatLng ? l.getLatLng() : null);
    });
    layer.on("popupopen", function () {
      layer.closeTooltip();  // on a touch screen the tap's tooltip would sit over what opened
      var live = document.getElementById("wm-live");
      if (live) live.textContent = kindLabel(p.kind) + " " + p.name + " opened on the map.";
    });
  }

  wm.pointToLayer = markerFor;
  wm.onEachFeature = onEachFeature;
})(window.webmap);
