/* Links to a place: /stories/<slug>#<feature-id> (the article view's place names link so) opens
 * that place's popup, on load and whenever the fragment changes. */
(function (wm) {
  "use strict";

  function featureInHash() {
    var id;
    try { id = decodeURIComponent(location.hash.slice(1)); } catch (err) { return null; }
    return Object.prototype.hasOwnProperty.call(wm.layers, id) ? id : null;
  }

  function openLinkedPlace(map) {
    var id = featureInHash();
    if (id) wm.focus(map, id);
  }

  wm.onStart(function (map) {
    openLinkedPlace(map);
    window.addEventListener("hashchange", function () { openLinkedPlace(map); });
  });
})(window.webmap);
