// Embed pages (…/nhung/): tell the page that frames this one how tall the
// content is, so the host's iframe fits it without a scrollbar. The host's
// listener (the snippet on the plan and commune pages) checks that the message
// comes from its own iframe. The height is not secret, hence target "*".
(function () {
  "use strict";
  if (window.parent === window) return;
  var last = 0;
  function send() {
    var h = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (h === last) return;
    last = h;
    window.parent.postMessage({ congkhai: "chieu-cao", chieu_cao: h }, "*");
  }
  window.addEventListener("load", send);
  window.addEventListener("resize", send);
  if ("ResizeObserver" in window) new ResizeObserver(send).observe(document.body);
  send();
})();
