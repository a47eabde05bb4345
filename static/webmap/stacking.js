/* Areas stack by size, the smallest on top, so every country, sea or region can be clicked
 * where it is drawn (a region's shape would otherwise cover the countries inside it). Kept
 * after a layer is switched off and on again, which Leaflet draws on top. */
(function (wm) {
  "use strict";

  function size(map, layer) {
    var bounds = layer.getBounds(), sw = map.project(bounds.getSouthWest(), 0), ne = map.project(bounds.getNorthEast(), 0);
    return Math.abs((ne.x - sw.x) * (ne.y - sw.y));
  }

  function stack(map) {
    var areas = [];
    Object.keys(wm.layers).sort().forEach(function (id) {
      var layer = wm.layers[id];
      if (layer instanceof L.Polygon && layer._map && areas.indexOf(layer) < 0) areas.push(layer);
    });
    areas.map(function (layer) { return [size(map, layer), layer]; })
      .sort(function (a, b) { return a[0] - b[0]; })
      .forEach(function (pair) { pair[1].bringToBack(); });  // the smallest first: the largest ends at the back
  }

  wm.onStart(function (map) {
    stack(map);
    map.on("overlayadd", function () { stack(map); });
  });
})(window.webmap);
