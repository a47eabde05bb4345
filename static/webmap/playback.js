/* Voyage playback: a vessel marker sails a lane (or the picked route) at the lane's speed, the
 * whole voyage in 10–20 s, with a day counter, play/pause and a slider. With reduced motion
 * nothing moves on its own: the slider and a "Next day" button move the vessel a day at a time.
 * Lines are the map's own continuous lines (past ±180), so the vessel never jumps across the map;
 * it moves by distance along them, each segment's share of the voyage by its great-circle length.
 */
(function (wm) {
  "use strict";
  var el = wm.el, fmt = wm.fmt;
  var MIN_SECONDS = 10, MAX_SECONDS = 20, SECONDS_PER_DAY = 0.75, EARTH_KM = 6371.0088;
  var mercator = L.Projection.SphericalMercator;
  var player = null;  // the one voyage open at a time

  function reducedMotion() {
    return window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)").matches;
  }

  function greatCircleKm(a, b) {
    var rad = Math.PI / 180, dLat = (b.lat - a.lat) * rad, dLon = (b.lng - a.lng) * rad;
    var h = Math.pow(Math.sin(dLat / 2), 2) +
      Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.pow(Math.sin(dLon / 2), 2);
    return 2 * EARTH_KM * Math.asin(Math.min(1, Math.sqrt(h)));
  }

  /* The line's vertices and the distance sailed at each, in km. */
  function track(layer) {
    var latlngs = layer.getLatLngs();
    while (latlngs.length && !L.LineUtil.isFlat(latlngs)) latlngs = [].concat.apply([], latlngs);
    var km = [0];
    for (var i = 1; i < latlngs.length; i++) km.push(km[i - 1] + greatCircleKm(latlngs[i - 1], latlngs[i]));
    return {latlngs: latlngs, km: km, total: km[km.length - 1]};
  }

  /* Where the vessel is after `fraction` of the distance, on the drawn (Mercator-straight) segment. */
  function positionAt(line, fraction) {
    var target = Math.max(0, Math.min(1, fraction)) * line.total, km = line.km, lo = 0, hi = km.length - 1;
    while (hi - lo > 1) {  // the segment holding the target distance
      var mid = (lo + hi) >> 1;
      if (km[mid] <= target) lo = mid; else hi = mid;
    }
    var share = km[hi] > km[lo] ? (target - km[lo]) / (km[hi] - km[lo]) : 0;
    var a = mercator.project(line.latlngs[lo]), b = mercator.project(line.latlngs[hi]);
    return {latlng: mercator.unproject(a.add(b.subtract(a).multiplyBy(share))),
            heading: Math.atan2(b.x - a.x, b.y - a.y) * 180 / Math.PI};  // clockwise from north (projected y points north)
  }

  function dayText(day, days) {
    return "Day " + (day >= days ? fmt(days, 1) : fmt(Math.floor(day + 1e-9))) + " of " + fmt(days, 1);
  }

  /* The player on the map: title; day counter and close; play/pause (or next day) and slider. */
  function controls(p, steps, stepDays, still) {
    var title = el("p", {className: "wm-voyage-title", id: "wm-voyage-title",
                         text: "Voyage: " + p.name + " at " + p.speed_kn + " kn"});
    var day = el("p", {className: "wm-voyage-day", "aria-live": still ? "polite" : "off"});  // told a step at a time
    var play = el("button", {type: "button", className: "wm-voyage-play", text: still ? (stepDays === 1 ? "Next day" : "Next step") : "Play"});
    var slider = el("input", {type: "range", id: "wm-voyage-slider", min: "0", max: String(steps), step: "1", value: "0"});
    var close = el("button", {type: "button", className: "wm-voyage-close", text: "Close",
                              "aria-label": "Close the voyage player"});
    var box = el("section", {className: "wm-voyage", "aria-labelledby": "wm-voyage-title"}, [
      title, el("div", {className: "wm-voyage-head"}, [day, close]),
      el("div", {className: "wm-voyage-row"}, [play, el("label", {"for": "wm-voyage-slider", text: "Progress"}), slider])]);
    L.DomEvent.disableClickPropagation(box);
    L.DomEvent.disableScrollPropagation(box);
    L.DomEvent.on(box, "keydown", L.DomEvent.stopPropagation);  // arrows move the slider, not the map
    return {box: box, day: day, play: play, slider: slider, close: close};
  }

  function vesselMarker(latlng, name) {
    var hull = el("span", {className: "wm-vessel-hull"});
    var icon = L.divIcon({className: "wm-icon", iconSize: [22, 22],
                          html: el("span", {className: "wm-vessel", role: "img", "aria-label": "Vessel on " + name}, [hull])});
    var marker = L.marker(latlng, {icon: icon, keyboard: false, interactive: false, zIndexOffset: 2000});
    marker.hull = hull;
    return marker;
  }

  /* Open the player on the lane drawn as wm.layers[id]; it plays at once unless motion is reduced. */
  function open(map, id) {
    var layer = wm.layers[id];
    if (!layer || !layer.getLatLngs) return null;
    close();
    var p = wm.propsOf(layer.feature), days = Number(p.duration_days) || 0;
    var line = track(layer), still = reducedMotion();
    var stepDays = days >= 10 ? 1 : Math.max(days, 0.01) / 10;  // a slider step is a day, or a tenth of a short voyage
    var steps = Math.ceil(days / stepDays - 1e-9);
    var ui = controls(p, steps, stepDays, still);
    var state = {id: id, map: map, line: line, days: days, steps: steps, stepDays: stepDays, fraction: 0,
                 playing: false, still: still,
                 seconds: Math.max(MIN_SECONDS, Math.min(MAX_SECONDS, days * SECONDS_PER_DAY)), ui: ui,
                 frame: null, last: null,
                 vessel: vesselMarker(line.latlngs[0], p.name).addTo(map),
                 control: L.control({position: "bottomleft"})};
    state.control.onAdd = function () { return ui.box; };
    state.control.addTo(map);
    player = state;
    ui.play.addEventListener("click", function () {
      if (state.still) seekStep(Math.floor(state.fraction * state.days / state.stepDays + 1e-9) + 1);
      else if (state.playing) pause();
      else play();
    });
    ui.slider.addEventListener("input", function () {
      pause();
      seekStep(Number(ui.slider.value));
    });
    ui.close.addEventListener("click", function () { close(); });
    fitWhenStill(map, layer.getBounds(), ui.box.offsetHeight);
    if (wm.showMap) wm.showMap(map);  // on a phone the panel sits below the map
    seek(0);
    if (!still) play();
    return state;
  }

  function seek(fraction) {
    if (!player) return;
    var at = positionAt(player.line, fraction), day = fraction * player.days, text = dayText(day, player.days);
    player.fraction = Math.max(0, Math.min(1, fraction));
    player.vessel.setLatLng(at.latlng);
    player.vessel.hull.style.transform = "rotate(" + at.heading.toFixed(1) + "deg)";
    player.ui.day.textContent = text;
    player.ui.slider.value = String(Math.min(player.steps, Math.round(player.fraction * player.days / player.stepDays)));
    player.ui.slider.setAttribute("aria-valuetext", text);
  }

  /* To the end of the k-th step (a day), or the voyage's end. */
  function seekStep(k) {
    if (player) seek(Math.min(1, k * player.stepDays / (player.days || 1)));
  }

  function tick(now) {
    if (!player || !player.playing) return;
    if (player.last !== null) seek(player.fraction + (now - player.last) / 1000 / player.seconds);
    player.last = now;
    if (player.fraction >= 1) { pause(); return; }
    player.frame = requestAnimationFrame(tick);
  }

  function play() {
    if (!player || player.still || player.playing) return;
    if (player.fraction >= 1) seek(0);
    player.playing = true;
    player.last = null;
    player.ui.play.textContent = "Pause";
    player.frame = requestAnimationFrame(tick);
  }

  function pause() {
    if (!player || !player.playing) return;
    player.playing = false;
    cancelAnimationFrame(player.frame);
    player.ui.play.textContent = player.fraction >= 1 ? "Replay" : "Play";
  }

  /* Close the player (only if it plays `id`, when given). */
  function close(id) {
    if (!player || (id && player.id !== id)) return;
    pause();
    player.map.removeLayer(player.vessel);
    player.control.remove();
    player = null;
  }

  /* Show the whole voyage above the player. Leaflet drops a new view while a zoom animation runs
   * (a route just drawn), so wait for it to end. */
  function fitWhenStill(map, bounds, playerHeight) {
    var fit = function () {
      map.fitBounds(bounds, {paddingTopLeft: [30, 30], paddingBottomRight: [30, 30 + playerHeight],
                             animate: !reducedMotion()});
    };
    if (map._animatingZoom) map.once("zoomend", fit); else fit();
  }

  function state() {
    if (!player) return null;
    var at = player.vessel.getLatLng();
    return {id: player.id, fraction: player.fraction, day: player.fraction * player.days, days: player.days,
            playing: player.playing, still: player.still, lat: at.lat, lng: at.lng};
  }

  wm.onStart(function (map) {
    document.querySelectorAll("[data-play]").forEach(function (button) {
      var id = button.getAttribute("data-play");
      if (wm.layers[id]) button.hidden = false;  // the picked route's button shows once it is drawn
      button.addEventListener("click", function () { open(map, id); });
    });
  });

  wm.playback = {open: function (id) { return !!open(wm.map, id); }, play: play, pause: pause, seek: seek,
                 close: close, state: state};
})(window.webmap);
