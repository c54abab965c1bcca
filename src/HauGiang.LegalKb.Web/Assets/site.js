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

  // "In" on a printable page: the print dialog at once (without this file the page says how to print).
  function printButtons() {
    document.querySelectorAll("[data-print]").forEach(function (control) {
      control.hidden = false;
      control.addEventListener("click", function (event) {
        event.preventDefault();
        window.print();
      });
    });
  }

  // The text size chosen on one page holds on the next (the choice itself works by CSS alone).
  function rememberTextSize() {
    var key = "legalkb.co-chu";
    var saved = null;
    try { saved = localStorage.getItem(key); } catch (e) { saved = null; }
    if (saved) {
      document.documentElement.setAttribute("data-co-chu", saved);
      var radio = document.getElementById("co-chu-" + saved);
      if (radio) {
        radio.checked = true;
      }
    }
    document.querySelectorAll("input[name=co-chu]").forEach(function (radio) {
      radio.addEventListener("change", function () {
        document.documentElement.setAttribute("data-co-chu", radio.value);
        try { localStorage.setItem(key, radio.value); } catch (e) { /* private mode: the choice holds on this page */ }
      });
    });
  }

  // On a wide screen the filters stand open beside the results; on a phone "Lọc" opens them.
  function openFiltersOnWideScreens() {
    if (window.matchMedia("(min-width: 48.01rem)").matches) {
      document.querySelectorAll("details.filters").forEach(function (d) { d.open = true; });
    }
  }

  document.addEventListener("DOMContentLoaded", function () {
    addCopyButtons();
    citationDetailsOnTap();
    printButtons();
    rememberTextSize();
    openFiltersOnWideScreens();
    if (window.LegalKbFind) {
      window.LegalKbFind();
    }
  });
})();
