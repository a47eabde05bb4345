/* The route picker: a sea route between two ports, from the route API. */
(function (wm) {
  "use strict";
  var el = wm.el, fmt = wm.fmt;

  function setupRoutePicker(map, config) {
    var form = document.getElementById("wm-route");
    if (!form) return;
    var list = document.getElementById("wm-ports");
    var result = document.getElementById("wm-route-result");
    var drawn = null;
    form.querySelectorAll("input[list]").forEach(function (input) {
      input.addEventListener("input", function () {
        var q = input.value.trim();
        if (q.length < 2) return;
        fetch(config.portsUrl + "?q=" + encodeURIComponent(q)).then(function (r) { return r.json(); })
          .then(function (body) {
            list.replaceChildren.apply(list, (body.ports || []).map(function (port) {
              return el("option", {value: port.locode, label: port.name + ", " + port.country});
            }));
          });
      });
    });
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var data = new FormData(form);
      var params = new URLSearchParams();
      ["from", "to", "avoid"].forEach(function (k) { if (data.get(k)) params.set(k, data.get(k)); });
      result.textContent = "Routing…";
      fetch(config.routeUrl + "?" + params.toString()).then(function (r) {
        return r.json().then(function (body) { return {ok: r.ok, body: body}; });
      }).then(function (answer) {
        if (!answer.ok) { result.textContent = answer.body.error.message; return; }
        var feature = answer.body, p = feature.properties;
        if (drawn) map.removeLayer(drawn);
        drawn = L.polyline(wm.continuousLatLngs(feature.geometry, config.centreLon),
                           {color: "#7b1fa2", weight: 4, className: "wm-picked-route"}).addTo(map);
        wm.onEachFeature(feature, drawn);
        map.fitBounds(drawn.getBounds(), {padding: [20, 20]});
        result.textContent = p.name + ": " + fmt(p.length_km) + " km (" + fmt(p.length_nmi) + " nmi), " +
          fmt(p.duration_days, 1) + " days at " + p.speed_kn + " kn; passages: " +
          ((p.passage_names || []).join(", ") || "none") + ".";
      }).catch(function () { result.textContent = "The route service did not answer."; });
    });
  }

  wm.onStart(setupRoutePicker);
})(window.webmap);
