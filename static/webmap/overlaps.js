/* Where places share a spot on the screen. Markers that would touch at the current zoom are
 * pushed apart (the heavier, such as visit stops, move least), each with a thin leader line to
 * where it really is; a click where several lanes run together offers a choice among them. */
(function (wm) {
  "use strict";
  var el = wm.el, fmt = wm.fmt;
  var GAP = 3;  // pixels kept between two markers
  var LANE_TOLERANCE = 8;  // pixels from a click within which a lane counts as clicked

  /* Each drawn layer once (a port drawn with its stop is registered under both ids), by id. */
  function drawn(test) {
    var seen = [];
    Object.keys(wm.layers).sort().forEach(function (id) {
      var layer = wm.layers[id];
      if (layer._map && seen.indexOf(layer) < 0 && test(layer)) seen.push(layer);
    });
    return seen;
  }

  /* Positions for circles at `anchors` (layer points) with radii `r` and weights `w` such
   * that none overlap: pairwise pushes, split by weight, until nothing moves. Deterministic. */
  function separate(anchors, r, w) {
    var pos = anchors.map(function (p) { return {x: p.x, y: p.y}; });
    for (var round = 0; round < 100; round++) {
      var moved = false;
      for (var i = 0; i < pos.length; i++) {
        for (var j = i + 1; j < pos.length; j++) {
          var dx = pos[j].x - pos[i].x, dy = pos[j].y - pos[i].y, d = Math.sqrt(dx * dx + dy * dy);
          var need = r[i] + r[j] + GAP;
          if (d >= need - 0.01) continue;
          if (d < 0.01) {  // the same spot (organisations at one seat): apart along a golden angle
            var angle = 2.399963 * (i + j) - Math.PI / 2;
            dx = Math.cos(angle); dy = Math.sin(angle); d = 0;
          } else { dx /= d; dy /= d; }
          var push = need - d, shareI = w[j] / (w[i] + w[j]);
          pos[i].x -= dx * push * shareI; pos[i].y -= dy * push * shareI;
          pos[j].x += dx * push * (1 - shareI); pos[j].y += dy * push * (1 - shareI);
          moved = true;
        }
      }
      if (!moved) break;
    }
    return pos;
  }

  function iconSize(marker) { return L.point(marker.options.icon.options.iconSize); }

  /* Move a marker's icon (and where its popup and tooltip open) by `offset` pixels. */
  function shift(marker, offset) {
    var size = iconSize(marker);
    marker._icon.style.marginLeft = Math.round(offset.x - size.x / 2) + "px";
    marker._icon.style.marginTop = Math.round(offset.y - size.y / 2) + "px";
    marker.options.shifted = offset;
    [marker.getPopup(), marker.getTooltip()].forEach(function (overlay) {
      if (overlay) overlay.options.offset = L.point(Math.round(offset.x), Math.round(offset.y));
    });
  }

  function declutter(map, leaders) {
    var markers = drawn(function (layer) { return layer instanceof L.Marker && layer._icon; });
    var anchors = markers.map(function (m) { return map.latLngToLayerPoint(m.getLatLng()); });
    var radii = markers.map(function (m) {  // of the circle around each icon
      var s = iconSize(m); return Math.max(s.x, s.y) / 2 * (m.options.square ? Math.SQRT2 : 1);
    });
    var weights = markers.map(function (m) { return m.options.weight || 1; });
    var placed = separate(anchors, radii, weights);
    leaders.clearLayers();
    markers.forEach(function (marker, i) {
      var offset = L.point(placed[i].x - anchors[i].x, placed[i].y - anchors[i].y);
      shift(marker, offset);
      if (offset.distanceTo(L.point(0, 0)) > radii[i]) {
        L.polyline([marker.getLatLng(), map.layerPointToLatLng(L.point(placed[i].x, placed[i].y))],
                   {pane: "leaders", interactive: false, weight: 1, color: "#334", opacity: 0.7}).addTo(leaders);
      }
    });
  }

  /* Lanes drawn within LANE_TOLERANCE pixels of a clicked point. */
  function lanesAt(map, latlng) {
    var point = map.latLngToLayerPoint(latlng);
    return drawn(function (layer) {
      return layer instanceof L.Polyline && !(layer instanceof L.Polygon) && layer.feature &&
        wm.propsOf(layer.feature).kind === "lane" && layer.closestLayerPoint(point) &&
        layer.closestLayerPoint(point).distance <= LANE_TOLERANCE;
    });
  }

  function chooser(map, lanes, latlng) {
    var list = el("ul", {className: "wm-choices"}, lanes.map(function (lane) {
      var p = wm.propsOf(lane.feature);
      var button = el("button", {type: "button"}, [p.name, el("span", {className: "wm-kind-tag",
        text: fmt(p.length_km) + " km · " + fmt(p.duration_days, 1) + " days"})]);
      button.addEventListener("click", function () { map.closePopup(); lane.openPopup(latlng); });
      return el("li", {}, [button]);
    }));
    var box = el("div", {className: "wm-popup"}, [
      el("p", {className: "wm-kind", text: "Several sea lanes"}),
      el("h2", {text: lanes.length + " sea lanes run here"}), list]);
    var popup = L.popup();
    wm.fitPopup(popup, map);
    popup.setLatLng(latlng).setContent(box).openOn(map);
  }

  wm.onStart(function (map) {
    map.createPane("leaders").style.zIndex = 590;  // under the markers, over areas and lines
    var leaders = L.layerGroup().addTo(map);
    var pending = null;
    function later() {
      if (pending === null) pending = window.requestAnimationFrame(function () { pending = null; declutter(map, leaders); });
    }
    map.on("zoomend overlayadd overlayremove", later);
    declutter(map, leaders);
    drawn(function (layer) { return layer.feature && wm.propsOf(layer.feature).kind === "lane"; }).forEach(function (lane) {
      lane.off("click", lane._openPopup, lane);  // Leaflet's own handler (bindPopup) would open this lane only
      lane.on("click", function (event) {
        L.DomEvent.stop(event);
        var lanes = lanesAt(map, event.latlng);
        if (lanes.length > 1) chooser(map, lanes, event.latlng);
        else lane.openPopup(event.latlng);
      });
    });
  });
})(window.webmap);
