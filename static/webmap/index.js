/* The index's place filter, as the reader types. Without this script the same form is sent
 * to the server, which answers with the cards that match; with it, the cards are shown or
 * hidden in place and the count is announced (role=status). In a static export there is no
 * server, so the form is sent hidden and only this script shows it.
 *
 * Names are compared folded as the server folds them (webmap/web/pages.py `folded`): lower
 * case, accents dropped, curly apostrophes straightened, white space collapsed.
 */
(function () {
  "use strict";

  function fold(text) {
    return text.toLowerCase().normalize("NFKD").replace(/\p{M}/gu, "")
      .replace(/[\u2018\u2019]/g, "'").trim().split(/\s+/).join(" ");
  }

  function stories(count) { return count + (count === 1 ? " story" : " stories"); }

  function start() {
    var form = document.querySelector(".wm-filter");
    var status = document.getElementById("wm-filter-status");
    if (!form || !status) return;
    var input = form.elements.place;
    var clear = form.querySelector(".wm-clear");
    var cards = Array.prototype.slice.call(document.querySelectorAll(".wm-card"));
    var names = cards.map(function (card) { return (card.dataset.places || "").split("\n"); });

    function apply() {
      var wanted = fold(input.value);
      var shown = 0;
      cards.forEach(function (card, i) {
        var match = !wanted || names[i].some(function (name) { return name.indexOf(wanted) !== -1; });
        card.hidden = !match;
        if (match) shown += 1;
      });
      status.textContent = wanted
        ? "Places matching \u201c" + input.value.trim() + "\u201d: " + shown + " of " + stories(cards.length) + "."
        : stories(cards.length) + ".";
      clear.hidden = !wanted;
      try {  // the address keeps the filter, for reloading and sharing (not allowed on file: pages)
        var url = new URL(window.location.href);
        if (wanted) url.searchParams.set("place", input.value.trim()); else url.searchParams.delete("place");
        window.history.replaceState(null, "", url.href);
      } catch (err) { /* the filter works without it */ }
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
    if (asked && !input.value) {  // an export's page opened with ?place=: no server filtered it
      input.value = asked;
      apply();
    }
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
