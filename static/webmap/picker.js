/* The route picker: a sea route between two ports, named or by UN/LOCODE, from the route API.
 * Suggestions as the reader types (debounced, stale look-ups aborted), the choices of an
 * ambiguous or misspelt name as buttons, errors in plain words, start and end markers, a legend
 * line, and a clear button. The drawn route is wm.layers["picked-route"] (playback.js plays it).
 */
(function (wm) {
  "use strict";
  var el = wm.el, fmt = wm.fmt;
  var DEBOUNCE_MS = 250, MIN_QUERY = 2, ROUTE_ID = "picked-route", COLOUR = "#7b1fa2";
  var ALTERNATIVE_ID = "picked-alternative";  // "compare": the route avoiding the first one's passages, dashed

  /* An ARIA combobox over /api/ports for one input: "name, country (LOCODE)" options. */
  function attachSuggestions(input, portsUrl) {
    var listId = input.id + "-suggestions";
    var list = el("ul", {id: listId, role: "listbox", className: "wm-suggestions", "aria-label": "Ports"});
    var timer = null, pending = null, found = [], active = -1, cache = new Map();
    list.hidden = true;
    input.parentNode.appendChild(list);
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", listId);

    function close() {
      list.hidden = true;
      active = -1;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
    }
    function show(ports) {
      found = ports;
      active = -1;
      list.replaceChildren.apply(list, ports.map(function (port, i) {
        var option = el("li", {id: listId + "-" + i, role: "option", "aria-selected": "false", text: port.label});
        option.addEventListener("mousedown", function (event) { event.preventDefault(); });  // the input keeps focus
        option.addEventListener("click", function () { pick(i); });
        return option;
      }));
      var open = ports.length > 0 && document.activeElement === input;
      list.hidden = !open;
      input.setAttribute("aria-expanded", String(open));
    }
    function pick(i) {
      input.value = found[i].label;  // the API reads the UN/LOCODE back from the label
      close();
    }
    function highlight(i) {
      active = i;
      Array.prototype.forEach.call(list.children, function (option, n) {
        option.setAttribute("aria-selected", String(n === i));
      });
      input.setAttribute("aria-activedescendant", listId + "-" + i);
      list.children[i].scrollIntoView({block: "nearest"});
    }
    function lookUp(query) {
      if (cache.has(query)) { show(cache.get(query)); return; }
      pending = new AbortController();
      fetch(portsUrl + "?q=" + encodeURIComponent(query), {signal: pending.signal})
        .then(function (r) { return r.ok ? r.json() : {ports: []}; })
        .then(function (body) {
          cache.set(query, body.ports || []);
          if (input.value.trim() === query) show(cache.get(query));
        })
        .catch(function (err) { if (err.name !== "AbortError") close(); });
    }
    input.addEventListener("input", function () {
      clearTimeout(timer);
      if (pending) { pending.abort(); pending = null; }  // its answer would be for older text
      var query = input.value.trim();
      if (query.length < MIN_QUERY) { close(); return; }
      timer = setTimeout(function () { lookUp(query); }, DEBOUNCE_MS);
    });
    input.addEventListener("keydown", function (event) {
      if (list.hidden || !found.length) return;
      if (event.key === "ArrowDown") highlight((active + 1) % found.length);
      else if (event.key === "ArrowUp") highlight(active <= 0 ? found.length - 1 : active - 1);
      else if (event.key === "Enter" && active >= 0) pick(active);
      else if (event.key === "Escape") close();
      else return;
      event.preventDefault();
    });
    input.addEventListener("blur", close);
  }

  /* A route end marker: "A" at the start, "B" at the end, named for screen readers. */
  function endMarker(latlng, letter, label) {
    var icon = L.divIcon({className: "wm-icon", iconSize: [22, 22],
                          html: el("span", {className: "wm-route-end", role: "img", "aria-label": label, title: label,
                                            "data-letter": letter})});
    return L.marker(latlng, {icon: icon, keyboard: false, interactive: false, zIndexOffset: 1500});
  }

  /* The error in plain words: the API's message, or the passages one may avoid. */
  function errorText(error, avoid) {
    if (error.type === "UnknownPassage") {
      var known = (error.choices || []).map(function (p) { return p.id; });
      var unknown = avoid.split(",").map(function (s) { return s.trim(); }).filter(function (s) {
        return s && known.indexOf(s.toLowerCase()) < 0;
      });
      return "No passage called “" + (unknown[0] || avoid) + "” is known. Passages you can avoid: " +
        (error.choices || []).map(function (p) { return p.name + " (" + p.id + ")"; }).join(", ") + ".";
    }
    var message = String(error.message || "The route could not be found.");
    message = message.charAt(0).toUpperCase() + message.slice(1);
    return /[.?!]$/.test(message) ? message : message + ".";
  }

  function setupRoutePicker(map, config) {
    var form = document.getElementById("wm-route");
    if (!form || !config.routeUrl) return;
    var result = document.getElementById("wm-route-result");
    var choicesBox = document.getElementById("wm-route-choices");
    var clearButton = document.getElementById("wm-route-clear");
    var drawn = [], pending = null;
    ["from", "to"].forEach(function (name) { attachSuggestions(form.elements[name], config.portsUrl); });

    function removeRoute() {
      if (wm.playback) wm.playback.close(ROUTE_ID);
      delete wm.layers[ALTERNATIVE_ID];
      drawn.forEach(function (layer) { map.removeLayer(layer); });
      drawn = [];
      delete wm.layers[ROUTE_ID];
      if (wm.setLegendEntry) wm.setLegendEntry(map, ROUTE_ID, "wm-key-picked", null);
      clearButton.hidden = true;
      document.querySelectorAll("[data-play='" + ROUTE_ID + "']").forEach(function (b) { b.hidden = true; });
    }

    /* The alternative, dashed, with its difference from the picked route. */
    function drawAlternative(feature, base) {
      var p = feature.properties, b = base.properties;
      var comparison = {extra_nmi: p.length_nmi - b.length_nmi,
                        extra_days: p.length_nmi / p.speed_kn / 24 - b.length_nmi / b.speed_kn / 24};
      var shown = {type: "Feature", geometry: feature.geometry,
                   properties: Object.assign({}, p, {id: ALTERNATIVE_ID, compare_to: ROUTE_ID,
                                                     comparison: Object.assign({name: b.name}, comparison)})};
      var line = L.polyline(wm.continuousLatLngs(feature.geometry, config.centreLon),
                            {color: COLOUR, weight: 3, dashArray: "10 8", className: "wm-picked-alternative"}).addTo(map);
      line.feature = shown;
      wm.onEachFeature(shown, line);
      drawn.push(line);
      map.fitBounds(L.featureGroup(drawn.filter(function (l) { return l.getBounds; })).getBounds(), {padding: [30, 30]});
      result.textContent += " Avoiding " + b.passage_names.join(", ") + ": " + fmt(p.length_nmi) + " nmi, " +
        fmt(p.duration_days, 1) + " days (" + wm.difference(comparison) + "; dashed); passages: " +
        ((p.passage_names || []).join(", ") || "none") + ".";
    }

    function draw(feature) {
      var p = feature.properties;
      // Its own id, so it never replaces a story lane of the same ports in wm.layers.
      var shown = {type: "Feature", geometry: feature.geometry, properties: Object.assign({}, p, {id: ROUTE_ID})};
      var latlngs = wm.continuousLatLngs(feature.geometry, config.centreLon);
      var line = L.polyline(latlngs, {color: COLOUR, weight: 4, className: "wm-picked-route"}).addTo(map);
      line.feature = shown;
      wm.onEachFeature(shown, line);
      drawn = [line, endMarker(latlngs[0], "A", "Route start: " + p.from_name).addTo(map),
               endMarker(latlngs[latlngs.length - 1], "B", "Route end: " + p.to_name).addTo(map)];
      if (wm.setLegendEntry) wm.setLegendEntry(map, ROUTE_ID, "wm-key-picked", "Picked route (A to B): " + p.name);
      clearButton.hidden = false;
      document.querySelectorAll("[data-play='" + ROUTE_ID + "']").forEach(function (b) { b.hidden = false; });
      map.fitBounds(line.getBounds(), {padding: [30, 30]});
      if (wm.showMap) wm.showMap(map);  // on a phone the form sits below the map
      result.textContent = p.name + ": " + fmt(p.length_km) + " km (" + fmt(p.length_nmi) + " nmi), " +
        fmt(p.duration_days, 1) + " days at " + p.speed_kn + " kn; passages: " +
        ((p.passage_names || []).join(", ") || "none") + "." +
        (p.rivers && p.rivers.length ? " Rivers: " + p.rivers.join(", ") + "." : "") +
        (p.vessel_name ? " Vessel: " + p.vessel_name + (p.closed_for_vessel.length ? ", too big for " +
          p.closed_for_vessel.map(function (c) { return c.name; }).join(", ") : "") + "." : "") +
        (p.legs && p.legs.length > 1 ? " Legs: " + p.legs.map(function (leg) {
          return leg.from_name + " – " + leg.to_name + " " + fmt(leg.length_nmi) + " nmi";
        }).join("; ") + "." : "");
    }

    function fetchRoute(params) {
      pending = new AbortController();
      return fetch(config.routeUrl + "?" + params.toString(), {signal: pending.signal}).then(function (r) {
        return r.json().then(function (body) { return {ok: r.ok, body: body}; });
      });
    }

    /* The ports a name may mean, as buttons that fill the field and route again. */
    function showChoices(error) {
      var field = form.elements[error.parameter];
      if (!field || !(error.choices || []).length) return;
      var heading = error.type === "AmbiguousPort" ? "Which port did you mean?" : "Did you mean:";
      var buttons = error.choices.map(function (port) {
        var button = el("button", {type: "button", className: "wm-button", text: port.label});
        button.addEventListener("click", function () {
          field.value = port.label;
          field.focus();
          form.requestSubmit();
        });
        return el("li", {}, [button]);
      });
      choicesBox.replaceChildren(el("p", {id: "wm-route-choices-label", text: heading}),
                                 el("ul", {"aria-labelledby": "wm-route-choices-label"}, buttons));
    }

    form.addEventListener("submit", function (event) {
      event.preventDefault();
      if (pending) pending.abort();
      removeRoute();  // a failed route must not leave the last one drawn
      choicesBox.replaceChildren();
      var data = new FormData(form), params = new URLSearchParams();
      ["from", "to", "avoid", "via", "vessel"].forEach(function (k) {
        if (String(data.get(k) || "").trim()) params.set(k, data.get(k).trim());
      });
      result.textContent = "Finding the sea route…";
      fetchRoute(params).then(function (answer) {
        pending = null;
        if (answer.ok) {
          draw(answer.body);
          var used = answer.body.properties.passages;
          if (!data.get("compare")) return;
          if (!used.length) { result.textContent += " It uses no passage, so there is nothing to avoid."; return; }
          var alternative = new URLSearchParams(params);
          alternative.set("avoid", answer.body.properties.avoided.concat(used).join(","));
          return fetchRoute(alternative).then(function (second) {
            pending = null;
            if (second.ok) drawAlternative(second.body, answer.body);
            else result.textContent += " Avoiding " + used.join(", ") + ": " + errorText(second.body.error || {}, "");
          });
        }
        var error = answer.body.error || {};
        result.textContent = errorText(error, String(data.get("avoid") || ""));
        showChoices(error);
      }).catch(function (err) {
        if (err.name === "AbortError") return;
        pending = null;
        result.textContent = "The route service did not answer. Try again in a moment.";
      });
    });

    clearButton.addEventListener("click", function () {
      if (pending) { pending.abort(); pending = null; }
      removeRoute();
      choicesBox.replaceChildren();
      result.textContent = "Route cleared.";
      form.elements.from.focus();
    });
  }

  wm.onStart(setupRoutePicker);
})(window.webmap);
