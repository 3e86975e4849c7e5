// Keeps an import's progress bar moving: polls the status URL, updates the bar and
// the row counts, and reloads the page (which then shows the report) once the
// import has finished. Without JavaScript the page shows the counts and a Refresh link.
(function () {
  "use strict";

  var box = document.querySelector("[data-import-progress]");
  if (!box || !window.fetch) {
    return;
  }
  var bar = box.querySelector("progress");
  var done = box.querySelector("[data-import-rows-done]");
  var total = box.querySelector("[data-import-rows-total]");
  var format = new Intl.NumberFormat(document.documentElement.lang || undefined);
  var delay = 1500;

  function show(status) {
    if (status.rows_total) {
      bar.max = status.rows_total;
      bar.value = status.rows_done;
    }
    if (done) {
      done.textContent = format.format(status.rows_done);
    }
    if (total) {
      total.textContent = format.format(status.rows_total);
    }
  }

  function poll() {
    fetch(box.dataset.statusUrl, { credentials: "same-origin", headers: { Accept: "application/json" } })
      .then(function (response) {
        return response.ok ? response.json() : null;
      })
      .then(function (status) {
        if (status && status.finished) {
          window.location.reload();
          return;
        }
        if (status) {
          show(status);
        }
        window.setTimeout(poll, delay);
      })
      .catch(function () {
        // A dropped connection: try again, a little later each time.
        delay = Math.min(delay * 2, 15000);
        window.setTimeout(poll, delay);
      });
  }

  window.setTimeout(poll, delay);
})();
