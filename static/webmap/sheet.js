/* Popups that fit the screen, a bottom sheet instead of a popup on narrow screens, and focus
 * that follows: into what opened, back where it came from when it closes. Escape closes a
 * popup or the sheet from anywhere on the page. */
(function (wm) {
  "use strict";
  var el = wm.el;
  var NARROW = "(max-width: 599px)";
  var MARGIN = 12;  // pixels kept between a popup and the map's edges
  var sheet = null, opener = null, openPopup = null, moving = false;

  function narrow() { return window.matchMedia(NARROW).matches; }

  /* Size a popup for this map before Leaflet lays it out (markers.js calls it at each opening). */
  wm.fitPopup = function (popup, map) {
    var size = map.getSize();
    popup.options.maxWidth = Math.max(150, Math.min(360, size.x - 2 * MARGIN - 40));  // 40: padding and close button
    popup.options.minWidth = Math.min(200, popup.options.maxWidth);
    popup.options.maxHeight = Math.max(120, Math.min(480, size.y - 2 * MARGIN - 60));  // 60: the tip and padding
    popup.options.autoPan = !narrow();  // on a narrow screen the sheet shows it instead
    popup.options.autoPanPadding = L.point(MARGIN, MARGIN);
  };

  /* Scroll the page so the whole map is in view (on a phone the map sits above the panel). */
  wm.showMap = function (map) {
    var box = map.getContainer().getBoundingClientRect();
    if (box.top < 0 || box.bottom > window.innerHeight) {
      map.getContainer().scrollIntoView({block: "start", behavior: reducedMotion() ? "auto" : "smooth"});
    }
  };

  function reducedMotion() { return window.matchMedia("(prefers-reduced-motion: reduce)").matches; }

  function remember() {
    var active = document.activeElement;
    if (!sheet && active && active !== document.body && !active.closest(".leaflet-popup, .wm-sheet")) opener = active;
  }

  function giveBackFocus(map) {
    var target = opener && document.contains(opener) ? opener : map.getContainer();
    opener = null;
    target.focus({preventScroll: true});
  }

  function focusInside(box) {
    var heading = box.querySelector("h2");
    if (!heading) return;
    heading.setAttribute("tabindex", "-1");
    heading.focus({preventScroll: true});
  }

  function closeSheet(map, restore) {
    if (!sheet) return;
    sheet.remove();
    sheet = null;
    document.documentElement.classList.remove("wm-sheet-open");
    if (restore) giveBackFocus(map);
  }

  /* The popup's content, moved into a sheet along the bottom of the screen; the place is
   * panned into the part of the map the sheet leaves visible. */
  function openSheet(map, content, latlng) {
    closeSheet(map, false);
    var heading = content.querySelector("h2");
    var close = el("button", {type: "button", className: "wm-sheet-close", "aria-label": "Close"}, ["×"]);
    sheet = el("section", {className: "wm-sheet", role: "dialog",
                           "aria-label": heading ? heading.textContent : "Place"}, [close, content]);
    close.addEventListener("click", function () { closeSheet(map, true); });
    document.body.appendChild(sheet);
    document.documentElement.classList.add("wm-sheet-open");
    focusInside(sheet);
    if (latlng) {
      var box = map.getContainer().getBoundingClientRect();
      var visibleBottom = Math.min(box.bottom, sheet.getBoundingClientRect().top) - box.top;
      var target = L.point(map.getSize().x / 2, Math.max(40, visibleBottom / 2));
      map.panBy(map.latLngToContainerPoint(latlng).subtract(target), {animate: !reducedMotion()});
    }
  }

  wm.onStart(function (map) {
    map.on("popupopen", function (event) {
      remember();
      var popup = event.popup, box = popup.getElement().querySelector(".leaflet-popup-content > *");
      openPopup = popup;
      if (!box) return;
      if (narrow()) {
        Promise.resolve().then(function () {  // after Leaflet has finished opening it
          moving = true;
          map.closePopup(popup);
          moving = false;
          openSheet(map, box, popup.getLatLng());
        });
      } else {
        focusInside(box);
      }
    });
    map.on("popupclose", function (event) {
      if (event.popup === openPopup) openPopup = null;
      var element = event.popup.getElement();
      if (!moving && !sheet && element && (element.contains(document.activeElement) || document.activeElement === document.body)) {
        giveBackFocus(map);
      }
    });
    map.on("click", function () { closeSheet(map, false); });
    document.addEventListener("keydown", function (event) {
      if (event.key !== "Escape") return;
      if (sheet) { closeSheet(map, true); event.preventDefault(); }
      else if (openPopup) { map.closePopup(openPopup); event.preventDefault(); }
    });
  });
})(window.webmap);
