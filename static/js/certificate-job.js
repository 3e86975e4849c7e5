// Keeps a certificate job's progress current while it runs by polling its JSON status.
// Without JavaScript the page still shows the counts as they were when it loaded.
(function () {
  "use strict";
  var root = document.querySelector("[data-certificate-job]");
  if (!root || root.dataset.finished === "true") return;
  var url = root.dataset.statusUrl;
  var delay = (parseInt(root.dataset.pollSeconds, 10) || 2) * 1000;
  var bar = root.querySelector("[data-job-progress]");

  function show(facts) {
    root.querySelectorAll("[data-job-field]").forEach(function (element) {
      var value = facts[element.dataset.jobField];
      if (value !== undefined && value !== null) element.textContent = value === "" ? "—" : value;
    });
    if (bar) {
      bar.value = facts.percent;
      bar.textContent = facts.percent + " %";
    }
    var error = root.querySelector("[data-job-error]");
    if (error) error.hidden = !facts.error;
    if (facts.finished) {
      var reload = root.querySelector("[data-job-reload]");
      if (reload) reload.hidden = true;
    }
  }

  function poll() {
    fetch(url, { headers: { Accept: "application/json", "X-Requested-With": "XMLHttpRequest" }, credentials: "same-origin" })
      .then(function (response) {
        if (response.status >= 400 && response.status < 500) return null; // signed out or no longer allowed: stop
        if (!response.ok) throw new Error(response.status);
        return response.json();
      })
      .then(function (facts) {
        if (!facts) return;
        show(facts);
        if (!facts.finished) setTimeout(poll, delay);
      })
      .catch(function () {
        setTimeout(poll, delay * 5); // a passing network hiccup: try again, less often
      });
  }

  setTimeout(poll, delay);
})();
