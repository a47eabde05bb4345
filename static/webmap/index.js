/* The index's place filter, as the reader types. Without this script the same form is sent
 * to the server, which answers with the cards that match; with it, the cards are shown or
 * hidden in place and the count is announced (role=status). In a static export there is no
 * server, so the form is sent hidden and only this script shows it.
 *
 * When the stories take more than one page, the script filters in every story's card: the
 * cards fragment (`data-cards`, /cards.html), fetched once, on the first letter typed.
 *
 * Names are compared folded as the server folds them (webmap/web/pages.py `folded`): lower
 * case, accents dropped, curly apostrophes straightened, hyphens read as spaces, white space
 * collapsed.
 */
(function () {
  "use strict";

  function fold(text) {
    return text.toLowerCase().normalize("NFKD").replace(/\p{M}/gu, "")
      .replace(/[\u2018\u2019]/g, "'").replace(/-/g, " ").trim().split(/\s+/).join(" ");
  }

  function stories(count) { return count + (count === 1 ? " story" : " stories"); }

  function placesOf(card) { return (card.dataset.places || "").split("\n"); }

  function start() {
    var form = document.querySelector(".wm-filter");
    var status = document.getElementById("wm-filter-status");
    if (!form || !status) return;
    var input = form.elements.place;
    var clear = form.querySelector(".wm-clear");
    var list = document.querySelector(".wm-cards");
    var nav = document.querySelector(".wm-pages");
    var own = Array.prototype.slice.call(list.querySelectorAll(".wm-card"));  // this page's cards
    var total = Number(form.dataset.total) || own.length;
    var initial = status.textContent;
    var loadedWithFilter = Boolean(new URLSearchParams(window.location.search).get("place")) && !form.hidden;
    var every = null;  // every story's card, once fetched (only when they take more than one page)
    var asking = null;

    function allCards() {  // a promise of every story's card
      if (!form.dataset.cards) return Promise.resolve(own);
      if (every) return Promise.resolve(every);
      if (!asking) {
        var from = new URL(form.dataset.cards, window.location.href).href;
        asking = fetch(from).then(function (response) {
          if (!response.ok) throw new Error(response.status);
          return response.text();
        }).then(function (html) {
          var fragment = new DOMParser().parseFromString(html, "text/html");
          every = Array.prototype.slice.call(fragment.querySelectorAll(".wm-card")).map(function (card) {
            // An export's links are relative to the fragment, not to this page: made whole.
            card.querySelectorAll("a[href]").forEach(function (a) { a.href = new URL(a.getAttribute("href"), from).href; });
            card.querySelectorAll("img[src]").forEach(function (img) { img.src = new URL(img.getAttribute("src"), from).href; });
            return document.importNode(card, true);
          });
          return every;
        });
        asking.catch(function () { asking = null; });  // the next letter typed tries again
      }
      return asking;
    }

    function show(cards) {  // the list holds `cards`, in order, and nothing else
      while (list.firstChild) list.removeChild(list.firstChild);
      cards.forEach(function (card) { list.appendChild(card); });
    }

    function remember(text) {
      try {  // the address keeps the filter, for reloading and sharing (not allowed on file: pages)
        var url = new URL(window.location.href);
        if (text) url.searchParams.set("place", text); else url.searchParams.delete("place");
        window.history.replaceState(null, "", url.href);
      } catch (err) { /* the filter works without it */ }
    }

    function apply() {
      var text = input.value.trim();
      var wanted = fold(input.value);
      clear.hidden = !wanted;
      if (!wanted) {
        if (loadedWithFilter) { window.location.href = clear.href; return; }  // the server's first page
        show(own);
        own.forEach(function (card) { card.hidden = false; });
        if (nav) nav.hidden = false;
        status.textContent = initial;
        remember("");
        return;
      }
      allCards().then(function (cards) {
        if (fold(input.value) !== wanted) return;  // typed on meanwhile: the newer call shows its own
        var shown = cards.filter(function (card) {
          var match = placesOf(card).some(function (name) { return name.indexOf(wanted) !== -1; });
          card.hidden = !match;
          return match;
        });
        show(form.dataset.cards ? shown : cards);
        if (nav) nav.hidden = Boolean(form.dataset.cards);
        status.textContent = "Places matching \u201c" + text + "\u201d: " + shown.length + " of " + stories(total) + ".";
        remember(text);
      }, function () {
        status.textContent = "The stories could not be loaded to filter them: try again.";
      });
    }

    form.hidden = false;
    form.addEventListener("submit", function (event) { event.preventDefault(); apply(); });
    input.addEventListener("input", apply);
    clear.addEventListener("click", function (event) {
      event.preventDefault();
      input.value = "";
      apply();
      input.focus();
    });
    var asked = new URLSearchParams(window.location.search).get("place");
    if (asked && !input.value) input.value = asked;  // an export's page opened with ?place=: no server filtered it
    // Letters typed before this script ran, or a value the browser restored on "back", filter
    // now; a page the server already filtered by the same words is left as it is.
    if (input.value.trim() && !(loadedWithFilter && input.value === asked)) apply();
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
