// Counts a read (阅读数): one beacon to /api/views once the article is actually shown to someone. The
// page itself stays the same cached bytes for every reader; only this small POST varies, and the server
// answers it from memory. Prerendered and background-loaded pages wait until they are visible.
(function () {
  "use strict";
  var script = document.currentScript;
  var id = script && script.getAttribute("data-article");
  if (!id || !/^[0-9]+$/.test(id) || !navigator.sendBeacon) return;
  var sent = false;

  function send() {
    if (sent || document.prerendering || document.visibilityState !== "visible") return;
    sent = true;
    navigator.sendBeacon("/api/views?article=" + id);
  }

  document.addEventListener("visibilitychange", send);
  document.addEventListener("prerenderingchange", send);
  send();
})();
