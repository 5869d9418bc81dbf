// Live coverage without reloading (the page lists every entry without JavaScript too). Polls the
// article's live.json, one fixed, cached address that the edge and the app's caches answer for every
// reader alike and that a new entry expires within a second, and brings new, changed, re-pinned and
// removed entries into the list. An entry's markup comes only from the server's allow-list body
// renderer (the `html` field); time, credit and status are set as text.
(function () {
  "use strict";
  var root = document.querySelector("[data-live]");
  var template = root && root.querySelector("template[data-live-template]");
  if (!root || !template || !("content" in template) || !window.fetch) return;
  var src = root.getAttribute("data-live-src");
  var list = root.querySelector("[data-live-entries]");
  var status = root.querySelector("[data-live-status]");
  var empty = root.querySelector("[data-live-empty]");
  var every = Number(root.getAttribute("data-live-interval")) || 3000;
  var timer = null;
  var busy = false;
  var stopped = root.getAttribute("data-live-closed") === "true";

  function fragment(html) {
    var holder = document.createElement("template");
    holder.innerHTML = html;
    return holder.content;
  }

  function build(entry) {
    var node = template.content.firstElementChild.cloneNode(true);
    node.id = "live-" + entry.id;
    node.setAttribute("data-live-entry", String(entry.id));
    node.setAttribute("data-updated", entry.updatedAt);
    var time = node.querySelector("[data-live-time]");
    time.textContent = entry.when;
    time.setAttribute("datetime", entry.at);
    node.querySelector("[data-live-pinned]").hidden = !entry.pinned;
    node.querySelector("[data-live-credit]").textContent = entry.credit || "";
    node.querySelector("[data-live-body]").appendChild(fragment(entry.html));
    return node;
  }

  function apply(data) {
    var shown = {};
    var nodes = list.querySelectorAll("[data-live-entry]");
    for (var i = 0; i < nodes.length; i += 1) shown[nodes[i].getAttribute("data-live-entry")] = nodes[i];
    var previous = null;
    data.entries.forEach(function (entry) {
      var key = String(entry.id);
      var node = shown[key];
      delete shown[key];
      if (!node || node.getAttribute("data-updated") !== entry.updatedAt) {
        var fresh = build(entry);
        if (node) list.replaceChild(fresh, node);
        node = fresh;
      }
      var place = previous ? previous.nextElementSibling : list.firstElementChild;
      if (place !== node) list.insertBefore(node, place);
      previous = node;
    });
    Object.keys(shown).forEach(function (key) {
      list.removeChild(shown[key]);
    });
    if (empty) empty.hidden = data.entries.length > 0;
    if (status) status.textContent = data.status;
    root.setAttribute("data-live-closed", data.closed ? "true" : "false");
    root.setAttribute("data-live-updated", data.updatedAt);
    if (data.closed) stopped = true;
  }

  function schedule() {
    busy = false;
    if (!stopped && timer === null && !document.hidden) timer = setTimeout(poll, every);
  }

  function poll() {
    timer = null;
    busy = true;
    // no-cache: the browser revalidates its copy (ETag), so an unchanged list costs a 304.
    fetch(src, { cache: "no-cache", credentials: "omit", headers: { Accept: "application/json" } })
      .then(function (response) {
        if (response.status === 404 || response.status === 410) stopped = true;
        return response.ok ? response.json() : null;
      })
      .then(function (data) {
        if (data && Array.isArray(data.entries)) apply(data);
      })
      .catch(function () {
        // A failed poll (offline, a deploy) is tried again at the next interval.
      })
      .then(schedule);
  }

  // Hidden tabs do not poll; a tab shown again catches up at once.
  document.addEventListener("visibilitychange", function () {
    if (!document.hidden && timer === null && !busy && !stopped) poll();
  });
  schedule();
})();
