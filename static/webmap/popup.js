/* Popups: what the article says about a place (quotes with its mentions marked, each linking to
 * its sentence in the article view), the original article, then computed facts and their sources. */
(function (wm) {
  "use strict";
  var el = wm.el, fmt = wm.fmt, propsOf = wm.propsOf, kindLabel = wm.kindLabel;

  /* A quote with the place's mentions inside it marked, then a link to the sentence in the article
   * view, whose id is q-<start>-<end> (webmap/provenance.py, sentence_id). Offsets index the article. */
  function quoteNode(quote, mentions) {
    var block = el("blockquote", {className: "wm-quote-text"});
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
    var article = wm.pageConfig().articleUrl;
    if (!article) return el("div", {className: "wm-quote"}, [block]);
    var context = el("a", {className: "wm-in-context", href: article + "#q-" + quote.start + "-" + quote.end,
                           text: "Read in context"});
    if (document.body.classList.contains("wm-embed-body")) {  // leave the host page's frame alone
      context.setAttribute("target", "_blank");
      context.setAttribute("rel", "noopener");
    }
    return el("div", {className: "wm-quote"}, [block, " ", context]);
  }

  function isWebAddress(url) { return typeof url === "string" && /^https?:\/\//i.test(url); }

  /* A link to another site, in a new tab; anything but http(s) stays plain text. */
  function externalLink(url, text) {
    if (!isWebAddress(url)) return document.createTextNode(text);
    return el("a", {href: url, target: "_blank", rel: "noopener"},
              [text, el("span", {className: "visually-hidden", text: " (opens in a new tab)"})]);
  }

  /* The place's sources as readable links (source_links, made at build time), else the raw string. */
  function sourcesNode(p) {
    var links = p.source_links || [{label: p.source, url: null}];
    var node = document.createDocumentFragment();
    links.forEach(function (link, i) {
      if (i) node.appendChild(document.createTextNode("; "));
      node.appendChild(externalLink(link.url, link.label));
    });
    return node;
  }

  function originalNode() {
    var url = wm.pageConfig().originalUrl;
    if (!isWebAddress(url)) return null;
    return el("p", {className: "wm-original"}, [externalLink(url, "Original article ↗"), " ",
                                                 el("span", {className: "wm-host", text: new URL(url).hostname})]);
  }

  /* "+257 nmi, +0.6 days" (or "257 nmi shorter, 0.6 days less") at each lane's own speed. */
  function difference(c) {
    var nmi = c.extra_nmi, days = c.extra_days;
    return (nmi >= 0 ? "+" + fmt(nmi) + " nmi" : fmt(-nmi) + " nmi shorter") + ", " +
      (days >= 0 ? "+" + fmt(days, 1) + " days" : fmt(-days, 1) + " days less") + " at sea";
  }

  /* The published voyage time ("35–40 days door to door") and the sources that give it. */
  function publishedNode(p) {
    var days = p.published_days.map(function (d) { return fmt(d); }).join("–");
    var node = el("span", {}, [days + " days (published, port calls and transshipment included): "]);
    (p.sources || []).forEach(function (s, i) {
      if (i) node.appendChild(document.createTextNode("; "));
      node.appendChild(externalLink(s.url, s.title));
    });
    return node;
  }

  /* A term and its value, which is text or a node. */
  function fact(term, value) {
    return [el("dt", {text: term}), el("dd", {}, [value])];
  }

  function popupNode(feature, latlng) {
    var p = propsOf(feature);
    var box = el("div", {className: "wm-popup"});
    var label = kindLabel(p.kind);
    if (p.stop) label = "Visit stop " + p.stop;
    if (p.role === "lane end") label = "Port at a lane end";
    if (p.ports && p.ports.length) label += " · also the port of " + p.ports.map(function (port) {
      return port.name + " (" + String(port.source || "").replace("unlocode:", "") + ")";
    }).join(", ");  // a port drawn with the stop it shares a name with (mapview.ports_at_stops)
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
    var original = originalNode();
    if (original) box.appendChild(original);
    var facts = [];
    if (p.kind === "lane") {
      facts = facts.concat(fact("Distance", fmt(p.length_km) + " km (" + fmt(p.length_nmi) + " nmi)"));
      facts = facts.concat(fact("Time at sea", fmt(p.duration_days, 1) + " days at " + p.speed_kn + " kn"));
      facts = facts.concat(fact("Passages", (p.passage_names || []).join(", ") || "none"));
      if (p.rivers && p.rivers.length) facts = facts.concat(fact("Rivers", p.rivers.join(", ")));
      if (p.scenario) facts = facts.concat(fact("Scenario", p.scenario));
      if (p.vessel_name) facts = facts.concat(fact("Vessel", p.vessel_name));
      (p.closed_for_vessel || []).forEach(function (c) { facts = facts.concat(fact("Closed to it", c.name + ": " + c.reason)); });
      if (p.legs && p.legs.length > 1) facts = facts.concat(fact("Legs", p.legs.map(function (leg) {
        return leg.from_name + " – " + leg.to_name + ": " + fmt(leg.length_nmi) + " nmi, " + fmt(leg.duration_days, 1) + " days";
      }).join("; ")));
      if (p.comparison) facts = facts.concat(fact("Against " + p.comparison.name, wm.difference(p.comparison)));
      if (p.published_days) facts = facts.concat(fact("Published", publishedNode(p)));
      facts = facts.concat(fact("Network", p.network));
    } else if (latlng) {
      var lon = ((latlng.lng + 540) % 360) - 180;
      facts = facts.concat(fact("Coordinates", fmt(latlng.lat, 4) + ", " + fmt(lon, 4)));
    }
    if (p.seat) facts = facts.concat(fact("Located at", "its seat, " + p.seat + " (city level)"));
    if (p.named_after) facts = facts.concat(fact("Located at", "the town its name is built on, " + p.named_after + " (approximate)"));
    if (p.population) facts = facts.concat(fact("Population", fmt(p.population) + " (GeoNames)"));
    facts = facts.concat(fact("Source", sourcesNode(p)));
    box.appendChild(el("p", {className: "wm-section", text: "Computed, not from the article"}));
    box.appendChild(el("dl", {className: "wm-facts"}, facts));
    if (p.kind === "lane" && wm.playback && wm.layers[p.id]) {  // in an embed too, which has no side panel
      var play = el("button", {type: "button", className: "wm-popup-play", text: "Play voyage"});
      play.addEventListener("click", function () { wm.map.closePopup(); wm.playback.open(p.id); });
      box.appendChild(play);
    }
    return box;
  }

  wm.popupNode = popupNode;
  wm.difference = difference;
})(window.webmap);
