// On a result page that completed a course: while the certificate is being prepared, ask its status
// now and then, and show the download link once it is ready. Without JavaScript, the page links to
// "My certificates", where it appears.
(function () {
  "use strict";
  var root = document.querySelector("[data-certificate-status]");
  if (!root || !root.hasAttribute("data-pending") || !window.fetch) return;
  var pending = root.querySelector("[data-certificate-pending]");
  var ready = root.querySelector("[data-certificate-ready]");
  var delay = 2000;
  var stopAt = Date.now() + 10 * 60 * 1000;

  function poll() {
    fetch(root.getAttribute("data-status-url"), {
      headers: { Accept: "application/json" },
      credentials: "same-origin"
    })
      .then(function (response) {
        if (response.status >= 400 && response.status < 500) return null; // signed out or not theirs: stop
        if (!response.ok) throw new Error(String(response.status));
        return response.json();
      })
      .then(function (facts) {
        if (!facts) return;
        if (facts.ready) {
          pending.hidden = true;
          ready.hidden = false;
          return;
        }
        later();
      })
      .catch(later);
  }

  function later() {
    if (Date.now() > stopAt) return;
    delay = Math.min(delay * 1.5, 15000);
    setTimeout(poll, delay);
  }

  setTimeout(poll, delay);
})();
