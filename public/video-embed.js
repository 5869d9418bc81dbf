// Click-to-load for video embeds in article bodies (lib/newsroom/body/html.ts renders them). Until the
// reader clicks, the page makes no request to the video's provider: the player frame waits, inert, in a
// <template>, and the reader sees a link to the video on the provider's own site. This script only shows
// the button that names the provider and, on a click, puts that frame into the page. It builds no
// address and reads no text of its own: everything it inserts was rendered and escaped by the server.
(function () {
  "use strict";
  function enhance(figure) {
    var holder = figure.querySelector(".video-frame");
    var template = holder && holder.querySelector("template");
    var button = holder && holder.querySelector("button.video-load");
    if (!template || !button || !template.content) return;
    button.hidden = false;
    button.addEventListener("click", function () {
      var frame = template.content.querySelector("iframe");
      if (!frame) return;
      var player = document.importNode(frame, true);
      holder.replaceChildren(player);
      holder.classList.add("is-playing");
      player.focus();
    });
  }
  var figures = document.querySelectorAll("figure.video-embed");
  for (var i = 0; i < figures.length; i += 1) enhance(figures[i]);
})();
