/* The map as part of its page. In an embed, or when the page itself scrolls (a phone), the
 * wheel zooms only with Ctrl/Cmd held and one finger scrolls the page while two move the map,
 * with a short hint (leaflet-gesture-handling). Small frames get a compact map (class
 * wm-small). The map's one tab stop is named; its shapes are reached from the side panel. */
(function (wm) {
  "use strict";

  wm.onStart(function (map) {
    var container = map.getContainer();
    container.setAttribute("role", "region");
    container.setAttribute("aria-label", "Map: arrow keys move it, plus and minus zoom; the list of places opens each one");
    var embedded = document.body.classList.contains("wm-embed-body");
    var pageScrolls = document.documentElement.scrollHeight > window.innerHeight + 1;
    if ((embedded || pageScrolls) && map.gestureHandling) map.gestureHandling.enable();
    function fit() {
      var size = map.getSize();
      container.classList.toggle("wm-small", size.x < 480 || size.y < 320);
    }
    map.on("resize", fit);
    fit();
    // Leaflet's zoom-out sign is U+2212, a symbol that contrast checkers cannot judge as text.
    container.querySelectorAll(".leaflet-control-zoom-out span").forEach(function (sign) { sign.textContent = "–"; });
  });
})(window.webmap);
