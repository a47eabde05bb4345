/* webmap: story maps in the browser. This file is the shared core (the page's config and
 * properties islands, DOM and number helpers, the registry of layers by feature id, and the
 * start-up sequence); static/webmap/*.js add one concern each and register with onStart.
 * Loaded before folium's map script, which calls webmap.pointToLayer and webmap.onEachFeature.
 *
 * Article text is untrusted: every string reaches the page through textContent or
 * DOM nodes handed to Leaflet, never through innerHTML.
 */
window.webmap = (function () {
  "use strict";

  var layersById = {};
  var properties = null;  // feature id -> properties, from the page's JSON data island
  var config = null;  // the page's config island, read on first use (folium's script runs before start())
  var starters = [];

  /* folium's features carry only id and kind; the rest is looked up here. */
  function propsOf(feature) {
    if (feature.properties.name !== undefined) return feature.properties;  // whole, e.g. from the route API
    if (properties === null) {
      var island = document.getElementById("webmap-properties");
      properties = island ? JSON.parse(island.textContent) : {};
    }
    return properties[feature.properties.id] || feature.properties;
  }

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

  /* Run `fn(map, config)` once the page and folium's map exist, in registration order. */
  function onStart(fn) { starters.push(fn); }

  function start() {
    if (!document.getElementById("webmap-config")) return;
    var cfg = pageConfig();
    var map = window[cfg.map];
    window.webmap.map = map;
    starters.forEach(function (fn) { fn(map, cfg); });
  }

  document.addEventListener("DOMContentLoaded", start);
  return {el: el, fmt: fmt, propsOf: propsOf, pageConfig: pageConfig, kinds: kinds, kindLabel: kindLabel,
          continuousLatLngs: continuousLatLngs, layers: layersById, onStart: onStart, map: null};
})();
