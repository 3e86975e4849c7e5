// Lesson and question images open full size in a dialog the reader can pan, so their labels are readable on a phone.
// ES5 for old Android phones. Without script (or <dialog>), the link simply opens the picture itself.
(function () {
  "use strict";
  var doc = document;
  if (!doc.querySelectorAll || !doc.addEventListener || typeof HTMLDialogElement !== "function") return;
  var closeLabel = doc.body.getAttribute("data-close-label") || "Close";
  var dialog, picture, opener;

  function build() {
    dialog = doc.createElement("dialog");
    dialog.className = "lightbox";
    var close = doc.createElement("button");
    close.type = "button";
    close.className = "button lightbox__close";
    close.textContent = closeLabel;
    close.addEventListener("click", function () { dialog.close(); });
    var frame = doc.createElement("div");
    frame.className = "lightbox__frame";
    picture = doc.createElement("img");
    frame.appendChild(picture);
    dialog.appendChild(close);
    dialog.appendChild(frame);
    dialog.addEventListener("close", function () {
      if (opener) opener.focus();
    });
    doc.body.appendChild(dialog);
  }

  doc.addEventListener("click", function (event) {
    var link = event.target.closest ? event.target.closest("a.zoomable") : null;
    if (!link || event.ctrlKey || event.metaKey || event.shiftKey) return;
    event.preventDefault();
    if (!dialog) build();
    var thumbnail = link.querySelector("img");
    picture.src = link.href;
    picture.alt = thumbnail ? thumbnail.alt : "";
    opener = link;
    dialog.showModal();
  });
})();
