// Wide tables: a table that does not fit the screen says so above it and shades its cut-off edge.
// ES5 for old Android phones; every `.table-scroll` container on the page, now and after a resize.
(function () {
  "use strict";
  var doc = document;
  if (!doc.querySelectorAll || !doc.addEventListener) return;
  var hintText = doc.body.getAttribute("data-table-scroll-hint") || "";

  function hintOf(box) {
    var previous = box.previousElementSibling;
    if (previous && previous.className === "table-scroll__hint") return previous;
    var hint = doc.createElement("p");
    hint.className = "table-scroll__hint";
    hint.setAttribute("aria-hidden", "true"); // the region's own name and keyboard scrolling serve screen readers
    hint.textContent = hintText;
    box.parentNode.insertBefore(hint, box);
    return hint;
  }

  function update(box) {
    var wide = box.scrollWidth > box.clientWidth + 1;
    var atEnd = box.scrollLeft + box.clientWidth >= box.scrollWidth - 1;
    box.classList.toggle("is-scrollable", wide);
    box.classList.toggle("is-scrolled-to-end", wide && atEnd);
    if (wide || box.previousElementSibling && box.previousElementSibling.className === "table-scroll__hint") {
      hintOf(box).hidden = !wide;
    }
  }

  function updateAll() {
    var boxes = doc.querySelectorAll(".table-scroll");
    for (var i = 0; i < boxes.length; i++) update(boxes[i]);
  }

  doc.addEventListener("scroll", function (event) {
    var box = event.target;
    if (box.classList && box.classList.contains("table-scroll")) update(box);
  }, true);
  window.addEventListener("resize", updateAll);
  doc.addEventListener("toggle", updateAll, true); // tables inside <details> get their width when opened
  updateAll();
})();
