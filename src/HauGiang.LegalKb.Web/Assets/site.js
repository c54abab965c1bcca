// Conveniences only: every page works without this file.
(function () {
  "use strict";

  // "Sao chép" buttons next to every block marked data-copy.
  function addCopyButtons() {
    if (!navigator.clipboard) {
      return;
    }
    document.querySelectorAll("[data-copy]").forEach(function (block) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "copy";
      button.textContent = "Sao chép";
      button.addEventListener("click", function () {
        var text = block.value !== undefined ? block.value : block.textContent;
        navigator.clipboard.writeText(text).then(function () {
          button.textContent = "Đã sao chép";
          setTimeout(function () { button.textContent = "Sao chép"; }, 2000);
        }, function () {
          button.textContent = "Không sao chép được";
        });
      });
      block.insertAdjacentElement("afterend", button);
    });
  }

  // On touch screens a citation's details (its title) are shown on the first tap; the second tap follows the link.
  function citationDetailsOnTap() {
    var open = null;
    document.addEventListener("click", function (event) {
      var link = event.target.closest ? event.target.closest("a.cite") : null;
      if (!link || !window.matchMedia("(hover: none)").matches) {
        return;
      }
      if (open === link) {
        return;
      }
      event.preventDefault();
      document.querySelectorAll(".cite-popup").forEach(function (p) { p.remove(); });
      var popup = document.createElement("span");
      popup.className = "cite-popup";
      popup.textContent = link.getAttribute("title") || "";
      link.insertAdjacentElement("afterend", popup);
      open = link;
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    addCopyButtons();
    citationDetailsOnTap();
  });
})();
