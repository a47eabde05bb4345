/* The side panel: its place buttons open the place on the map; the embed snippet and its copy button. */
(function (wm) {
  "use strict";

  function focusFeature(map, id) {
    var layer = wm.layers[id];
    if (!layer) return;
    wm.showMap(map);  // on a phone the list is below the map
    if (layer.getLatLng) {
      map.setView(layer.getLatLng(), Math.max(map.getZoom(), 4), {animate: false});  // settled before the popup pans
      layer.openPopup();
    } else {
      map.fitBounds(layer.getBounds(), {maxZoom: 5, animate: false});
      layer.openPopup(layer.getCenter ? layer.getBounds().getCenter() : undefined);
    }
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

  wm.focus = focusFeature;
  wm.onStart(setupPanel);
})(window.webmap);
