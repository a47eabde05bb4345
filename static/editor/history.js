/* The history page: "Make the draft this version" puts a published version back into the
 * draft (publish it to put it online again). */
(function () {
  "use strict";

  function start() {
    var draft = JSON.parse(document.getElementById("ed-draft").textContent);
    var csrf = (document.querySelector('meta[name="csrf-token"]') || {}).content || "";
    var status = document.getElementById("ed-status");
    document.querySelectorAll("[data-revert]").forEach(function (button) {
      button.addEventListener("click", function () {
        status.textContent = "Reverting…";
        fetch("../api/drafts/" + encodeURIComponent(draft.slug) + "/revert", {
          method: "POST", credentials: "same-origin",
          headers: {"Content-Type": "application/json", "Accept": "application/json", "X-CSRFToken": csrf},
          body: JSON.stringify({version: draft.version, to: Number(button.dataset.revert)})
        }).then(function (response) {
          return response.json().then(function (data) { return {status: response.status, data: data}; });
        }).then(function (answer) {
          if (answer.status !== 200) {
            status.textContent = "Not reverted: " + ((answer.data.error || {}).message || "error " + answer.status);
            return;
          }
          draft.version = answer.data.version;
          status.textContent = "The draft is now version " + button.dataset.revert +
            " as published (draft version " + answer.data.version + "). Publish it to put it online.";
        });
      });
    });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
