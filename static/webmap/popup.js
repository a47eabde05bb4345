/* Popups: what the article says about a place (quotes with its mentions marked), then computed facts. */
(function (wm) {
  "use strict";
  var el = wm.el, fmt = wm.fmt, propsOf = wm.propsOf, kindLabel = wm.kindLabel;

  /* A quote with the place's mentions inside it marked. Offsets index the article. */
  function quoteNode(quote, mentions) {
    var block = el("blockquote", {className: "wm-quote"});
    var cursor = quote.start;
    mentions.filter(function (m) { return m.start >= quote.start && m.end <= quote.end; })
      .sort(function (a, b) { return a.start - b.start; })
      .forEach(function (m) {
        if (m.start < cursor) return;
        block.appendChild(document.createTextNode(quote.text.slice(cursor - quote.start, m.start - quote.start)));
        block.appendChild(el("mark", {text: quote.text.slice(m.start - quote.start, m.end - quote.start)}));
        cursor = m.end;
      });
    block.appendChild(document.createTextNode(quote.text.slice(cursor - quote.start)));
    return block;
  }

  function fact(term, value) {
    return [el("dt", {text: term}), el("dd", {text: value})];
  }

  function popupNode(feature, latlng) {
    var p = propsOf(feature);
    var box = el("div", {className: "wm-popup"});
    var label = kindLabel(p.kind);
    if (p.stop) label = "Visit stop " + p.stop;
    if (p.role === "lane end") label = "Port at a lane end";
    box.appendChild(el("p", {className: "wm-kind", text: label}));
    box.appendChild(el("h2", {text: p.name}));
    if (p.quotes && p.quotes.length) {
      box.appendChild(el("p", {className: "wm-section", text: "From the article"}));
      p.quotes.forEach(function (q) { box.appendChild(quoteNode(q, p.mentions || [])); });
      if (p.quotes_total) {
        box.appendChild(el("p", {className: "wm-more", text: "… and " + (p.quotes_total - p.quotes.length) +
                                 " more sentences in the GeoJSON download."}));
      }
    }
    var facts = [];
    if (p.kind === "lane") {
      facts = facts.concat(fact("Distance", fmt(p.length_km) + " km (" + fmt(p.length_nmi) + " nmi)"));
      facts = facts.concat(fact("Time at sea", fmt(p.duration_days, 1) + " days at " + p.speed_kn + " kn"));
      facts = facts.concat(fact("Passages", (p.passage_names || []).join(", ") || "none"));
      facts = facts.concat(fact("Network", p.network));
    } else if (latlng) {
      var lon = ((latlng.lng + 540) % 360) - 180;
      facts = facts.concat(fact("Coordinates", fmt(latlng.lat, 4) + ", " + fmt(lon, 4)));
    }
    if (p.seat) facts = facts.concat(fact("Located at", "its seat, " + p.seat + " (city level)"));
    if (p.population) facts = facts.concat(fact("Population", fmt(p.population) + " (GeoNames)"));
    facts = facts.concat(fact("Source", p.source));
    box.appendChild(el("p", {className: "wm-section", text: "Computed, not from the article"}));
    box.appendChild(el("dl", {className: "wm-facts"}, facts));
    return box;
  }

  wm.popupNode = popupNode;
})(window.webmap);
