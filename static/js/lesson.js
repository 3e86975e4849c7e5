// Lesson blocks: ungraded knowledge checks (choices or a number) and click-to-load videos.
// ES5 for old Android phones; does nothing on pages without these blocks.
(function () {
  "use strict";
  var doc = document;
  if (!doc.querySelectorAll || !doc.addEventListener) return;

  function each(list, fn) {
    for (var i = 0; i < list.length; i++) fn(list[i], i);
  }
  function show(element, visible) {
    if (element) element.hidden = !visible;
  }
  function clearMarks(inputs) {
    each(inputs, function (input) {
      input.parentNode.className = input.parentNode.className.replace(/ ?is-(right|wrong)/g, "");
    });
  }

  function setUpCheck(section, index) {
    var inputs = section.querySelectorAll("input[data-correct]");
    var button = section.querySelector("[data-knowledge-check-submit]");
    var feedback = section.querySelector(".knowledge-check__feedback");
    var result = section.querySelector("[data-knowledge-check-result]");
    var explanation = section.querySelector("[data-knowledge-check-explanation]");
    if (!inputs.length || !button || !feedback || !result) return;

    // Keeps two copies of one block on a page apart.
    each(inputs, function (input) {
      input.name = input.name + "-" + index;
      input.addEventListener("change", function () { clearMarks(inputs); });
    });
    show(section.querySelector("[data-knowledge-check-answer]"), false);
    show(button, true);

    button.addEventListener("click", function () {
      var chosen = 0;
      var wrong = 0;
      var missed = 0;
      clearMarks(inputs);
      each(inputs, function (input) {
        var correct = input.getAttribute("data-correct") === "true";
        if (input.checked) {
          chosen++;
          if (!correct) wrong++;
          input.parentNode.className += correct ? " is-right" : " is-wrong";
        } else if (correct) {
          missed++;
        }
      });
      // "partial" only where the block offers it (several correct options) and nothing wrong was chosen.
      var verdict = !chosen ? "empty" : !wrong && !missed ? "correct" : !wrong && section.hasAttribute("data-msg-partial") ? "partial" : "incorrect";
      feedback.className = "knowledge-check__feedback" + (chosen ? " is-" + (verdict === "correct" ? "correct" : "incorrect") : "");
      show(explanation, chosen > 0);
      show(feedback, true);
      // Empty, then fill: screen readers announce the line again on every try.
      result.textContent = "";
      setTimeout(function () {
        result.textContent = section.getAttribute("data-msg-" + verdict);
      }, 60);
    });
  }

  // One number as the quizzes read it (core/numbers.py parse_number): "5,5" and "5.5" alike, "1 500" grouped
  // by spaces, "−2"; a range, a unit or words are not a number (null).
  var NUMBER = /^[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?$/;
  var GROUPED = /^[+-]?[0-9]{1,3}(?: [0-9]{3})+(?:[.,][0-9]*)?(?:[eE][+-]?[0-9]+)?$/;
  function parseNumber(text) {
    var cleaned = (text.normalize ? text.normalize("NFKC") : text).replace(/\u2212/g, "-");
    cleaned = cleaned.replace(/\s+/g, " ").replace(/^ | $/g, "");
    if (cleaned.indexOf(" ") !== -1) {
      if (!GROUPED.test(cleaned)) return null;
      cleaned = cleaned.replace(/ /g, "");
    }
    if (cleaned.indexOf(".") === -1 && cleaned.split(",").length === 2) cleaned = cleaned.replace(",", ".");
    if (!NUMBER.test(cleaned)) return null;
    var number = parseFloat(cleaned);
    return isFinite(number) ? number : null;
  }

  function setUpNumberCheck(section) {
    var input = section.querySelector("input");
    var button = section.querySelector("[data-knowledge-check-submit]");
    var feedback = section.querySelector(".knowledge-check__feedback");
    var result = section.querySelector("[data-knowledge-check-result]");
    var explanation = section.querySelector("[data-knowledge-check-explanation]");
    if (!input || !button || !feedback || !result || !section.hasAttribute("data-low")) return;
    var low = parseFloat(section.getAttribute("data-low"));
    var high = parseFloat(section.getAttribute("data-high"));

    show(section.querySelector("[data-knowledge-check-answer]"), false);
    show(button, true);

    function check() {
      var typed = input.value.replace(/^\s+|\s+$/g, "");
      var number = typed ? parseNumber(typed) : null;
      // An unreadable answer is not called wrong: the learner is told what to type, as the quizzes do.
      var verdict = !typed ? "empty" : number === null ? "unreadable" : number >= low && number <= high ? "correct" : "incorrect";
      var answered = verdict === "correct" || verdict === "incorrect";
      feedback.className = "knowledge-check__feedback" + (answered ? " is-" + verdict : "");
      input.setAttribute("aria-invalid", verdict === "unreadable" ? "true" : "false");
      show(explanation, answered);
      show(feedback, true);
      result.textContent = "";
      setTimeout(function () {
        result.textContent = section.getAttribute("data-msg-" + verdict);
      }, 60);
    }

    button.addEventListener("click", check);
    input.addEventListener("keydown", function (event) {
      if (event.key === "Enter") {
        event.preventDefault(); // inside a form, Enter would submit it
        check();
      }
    });
  }

  var YOUTUBE = /(?:youtube(?:-nocookie)?\.com\/(?:watch\?(?:[^#]*&)?v=|embed\/|shorts\/|live\/|v\/)|youtu\.be\/)([\w-]{11})/;
  var VIMEO = /vimeo\.com\/(?:video\/|channels\/[\w-]+\/|groups\/[\w-]+\/videos\/|(?:showcase|album)\/\d+\/video\/)?(\d+)(?:\/([\da-f]+))?/;

  function embedUrl(url) {
    var match = YOUTUBE.exec(url);
    if (match) return "https://www.youtube-nocookie.com/embed/" + match[1] + "?autoplay=1&rel=0&playsinline=1";
    match = VIMEO.exec(url);
    if (!match) return null;
    var hash = match[2] || (/[?&]h=([\da-f]+)/.exec(url) || [])[1];
    return "https://player.vimeo.com/video/" + match[1] + "?autoplay=1&dnt=1" + (hash ? "&h=" + hash : "");
  }

  function setUpVideo(button) {
    var src = embedUrl(button.getAttribute("data-video-url") || "");
    var frame = button.parentNode;
    if (!src) return; // unknown provider: the link to the provider's site stays
    show(frame.querySelector("[data-video-fallback]"), false);
    show(button, true);
    button.addEventListener("click", function () {
      var iframe = doc.createElement("iframe");
      iframe.src = src;
      iframe.title = button.getAttribute("data-video-title") || "";
      iframe.setAttribute("allow", "autoplay; encrypted-media; picture-in-picture; fullscreen");
      iframe.setAttribute("allowfullscreen", "");
      // The site sends Referrer-Policy: same-origin; YouTube will not play without a referrer (error 153).
      iframe.setAttribute("referrerpolicy", "strict-origin-when-cross-origin");
      frame.innerHTML = "";
      frame.appendChild(iframe);
      iframe.focus();
    });
  }

  each(doc.querySelectorAll("[data-knowledge-check]"), setUpCheck);
  each(doc.querySelectorAll("[data-number-check]"), setUpNumberCheck);
  each(doc.querySelectorAll("[data-video-frame] [data-video-url]"), setUpVideo);
})();
