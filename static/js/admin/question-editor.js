// Question editor (Wagtail admin): show only the answer-key panels of the chosen question type.
// Panels name the types they serve in data-question-kinds (assessments/models/content.py); without this
// script every panel stays visible under its own heading. Loaded on every admin page by a Wagtail hook
// (assessments/wagtail_hooks.py) and does nothing where there is no question form.
(function () {
  "use strict";

  function setUp() {
    var kind = document.querySelector('form select[name="kind"]');
    var panels = document.querySelectorAll("[data-question-kinds]");
    if (!kind || !panels.length) return;

    function update() {
      Array.prototype.forEach.call(panels, function (panel) {
        var shown = panel.getAttribute("data-question-kinds").split(" ").indexOf(kind.value) !== -1;
        // Hidden panels leave the tab order too; style.display as well, as the admin's CSS may set a display.
        panel.hidden = !shown;
        panel.style.display = shown ? "" : "none";
      });
    }

    // "change" fires for every arrow key in the select as well as for a pick with the mouse.
    kind.addEventListener("change", update);
    kind.addEventListener("input", update);
    update();
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", setUp);
  } else {
    setUp();
  }
})();
