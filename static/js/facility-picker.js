// Suggests facilities while a person types into a sign-up facility field.
// Uses a native <datalist>, so the browser provides keyboard and screen-reader support;
// when nothing matches, the server's "nothing found" hint is announced below the field.
(function () {
  "use strict";
  document.querySelectorAll("input[data-facility-search]").forEach(function (input) {
    var list = document.getElementById(input.getAttribute("list"));
    var timer = null;
    var lastQuery = "";
    if (!list) return;
    var status = document.createElement("p");
    status.className = "facility-search-status";
    status.id = input.id + "-status";
    status.setAttribute("role", "status");
    status.setAttribute("aria-live", "polite");
    input.insertAdjacentElement("afterend", status);
    input.setAttribute("aria-describedby", ((input.getAttribute("aria-describedby") || "") + " " + status.id).trim());
    input.addEventListener("input", function () {
      var query = input.value.trim();
      if (query.length < 2) status.textContent = "";
      if (query.length < 2 || query === lastQuery || query.indexOf(" — ") !== -1) return;
      clearTimeout(timer);
      timer = setTimeout(function () {
        lastQuery = query;
        fetch(input.dataset.facilitySearch + "?q=" + encodeURIComponent(query), {
          headers: { Accept: "application/json" },
        })
          .then(function (response) { return response.ok ? response.json() : { results: [] }; })
          .then(function (data) {
            list.replaceChildren.apply(list, data.results.map(function (facility) {
              var option = document.createElement("option");
              option.value = facility.label;
              option.textContent = facility.district;
              return option;
            }));
            status.textContent = data.message || "";
          })
          .catch(function () { /* suggestions are a convenience; typing a code still works */ });
      }, 200);
    });
  });
})();
