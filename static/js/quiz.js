// Quiz pages: autosave answers as they change, show the countdown, confirm submission.
// The server keeps the real clock and refuses late answers; this only informs the learner.
(function () {
  "use strict";
  var form = document.querySelector("form[data-autosave]");
  if (!form) return;
  var status = form.querySelector("[data-autosave-status]");
  var timer = null;
  var messages = { saving: "…", saved: "✓" };

  function save() {
    var data = new FormData(form);
    data.delete("go");
    data.delete("action");
    if (status) status.textContent = messages.saving;
    // getAttribute: form.action would be the submit button named "action" when the form holds one.
    fetch(form.getAttribute("action"), { method: "POST", body: data, headers: { Accept: "application/json" }, credentials: "same-origin" })
      .then(function (response) {
        return response.json().then(function (body) { return { ok: response.ok, body: body }; });
      })
      .then(function (result) {
        if (result.body.closed) { window.location.reload(); return; }
        if (status) status.textContent = result.ok ? messages.saved : (result.body.message || "");
      })
      .catch(function () { if (status) status.textContent = ""; });
  }

  form.addEventListener("change", function () {
    clearTimeout(timer);
    timer = setTimeout(save, 400);
  });

  form.addEventListener("submit", function (event) {
    var submitter = event.submitter;
    if (submitter && submitter.dataset.confirm && !window.confirm(submitter.dataset.confirm)) {
      event.preventDefault();
    }
  });

  var clock = document.querySelector("[data-seconds-left]");
  if (clock) {
    var display = clock.querySelector("[data-timer-display]");
    var deadline = Date.now() + parseInt(clock.dataset.secondsLeft, 10) * 1000;
    var tick = function () {
      var left = Math.max(0, Math.round((deadline - Date.now()) / 1000));
      var minutes = Math.floor(left / 60);
      var seconds = left % 60;
      display.textContent = minutes + ":" + (seconds < 10 ? "0" : "") + seconds;
      if (left <= 60) clock.classList.add("is-ending");
      if (left === 0) {
        clearInterval(interval);
        window.location.reload();
      }
    };
    var interval = setInterval(tick, 1000);
    tick();
  }
})();
