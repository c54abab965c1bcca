// "Tìm trong văn bản này" with JavaScript: the words typed are marked on the page as they are typed, with or without
// diacritics; Enter still searches the whole document through the server (every page of a long one).
(function () {
  "use strict";

  // One character folded to its base letter: lengths stay the same, so positions in the folded text are positions in the text.
  function fold(text) {
    var out = "";
    for (var i = 0; i < text.length; i++) {
      var c = text.charAt(i);
      out += c === "đ" || c === "Đ" ? "d" : c.normalize("NFD").charAt(0).toLowerCase();
    }
    return out;
  }

  function clear(root) {
    root.querySelectorAll("mark.find-hit").forEach(function (mark) {
      var parent = mark.parentNode;
      parent.replaceChild(document.createTextNode(mark.textContent), mark);
      parent.normalize();
    });
  }

  function mark(root, query) {
    var wanted = fold(query);
    var walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    var nodes = [];
    for (var node = walker.nextNode(); node; node = walker.nextNode()) {
      nodes.push(node);
    }
    var count = 0;
    nodes.forEach(function (textNode) {
      var folded = fold(textNode.nodeValue);
      var at = folded.indexOf(wanted);
      var current = textNode;
      var offset = 0;
      while (at >= 0 && count < 1000) {
        var hit = current.splitText(at - offset);
        current = hit.splitText(wanted.length);
        var wrapper = document.createElement("mark");
        wrapper.className = "find-hit";
        hit.parentNode.replaceChild(wrapper, hit);
        wrapper.appendChild(hit);
        offset = at + wanted.length;
        count++;
        at = folded.indexOf(wanted, offset);
      }
    });
    return count;
  }

  window.LegalKbFind = function () {
    document.querySelectorAll("input[data-find-in]").forEach(function (input) {
      var root = document.querySelector(input.getAttribute("data-find-in"));
      var status = document.getElementById(input.id + "-so-cho");
      if (!root || !status) {
        return;
      }
      var timer = null;
      input.addEventListener("input", function () {
        clearTimeout(timer);
        timer = setTimeout(function () {
          clear(root);
          var query = input.value.trim();
          if (query.length < 2) {
            status.textContent = "";
            return;
          }
          var count = mark(root, query);
          status.textContent = count === 0
            ? "Không thấy trên trang này. Bấm “Tìm” để tìm trong cả văn bản."
            : "Đã tô sáng " + count + " chỗ trên trang này. Bấm “Tìm” để tìm trong cả văn bản.";
          var first = root.querySelector("mark.find-hit");
          if (first) {
            first.scrollIntoView({ block: "center" });
          }
        }, 250);
      });
    });
  };
})();
