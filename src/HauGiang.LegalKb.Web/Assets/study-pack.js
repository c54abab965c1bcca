// Study packs (Tập tài liệu): the pack lives in this browser's localStorage; the server only renders what a link carries.
// Conveniences only: pages work without this file, and a shared pack link opens without it. The editor's drawing is in
// study-pack-editor.js, which uses what this file shares as window.LegalKbPack.
(function () {
  "use strict";

  var KEY = "legalkb.tap-tai-lieu";
  var FORMAT = "legalkb-tap-tai-lieu";
  var PATH = "/tap-tai-lieu";
  var MAX_SECTIONS = 50;
  var MAX_URL = 7500;

  function empty() {
    return { format: FORMAT, version: 1, title: "", sections: [], closing: "" };
  }

  function clean(data) {
    if (!data || typeof data !== "object" || !Array.isArray(data.sections)) {
      return null;
    }
    var pack = empty();
    pack.title = typeof data.title === "string" ? data.title : "";
    pack.closing = typeof data.closing === "string" ? data.closing : "";
    data.sections.forEach(function (s) {
      if (s && typeof s.id === "string" && s.id.indexOf("/") > 0 && pack.sections.length < MAX_SECTIONS) {
        pack.sections.push({
          id: s.id,
          title: typeof s.title === "string" && s.title ? s.title : s.id,
          note: typeof s.note === "string" ? s.note : ""
        });
      }
    });
    return pack;
  }

  function load() {
    try {
      return clean(JSON.parse(localStorage.getItem(KEY) || "null")) || empty();
    } catch (e) {
      return empty();
    }
  }

  function save(pack) {
    try {
      localStorage.setItem(KEY, JSON.stringify(pack));
      return true;
    } catch (e) {
      return false;
    }
  }

  function has(pack, id) {
    return pack.sections.some(function (s) { return s.id === id; });
  }

  // "?t=…&s=id1,id2&n0=…": the query the server renders a pack from (n{i} stands before the i-th section, n{count} after the last).
  function query(pack) {
    var parts = [];
    if (pack.title.trim()) {
      parts.push("t=" + encodeURIComponent(pack.title.trim()));
    }
    parts.push("s=" + pack.sections.map(function (s) { return encodeURIComponent(s.id).replace(/%2F/g, "/"); }).join(","));
    pack.sections.forEach(function (s, i) {
      if (s.note.trim()) {
        parts.push("n" + i + "=" + encodeURIComponent(s.note));
      }
    });
    if (pack.closing.trim()) {
      parts.push("n" + pack.sections.length + "=" + encodeURIComponent(pack.closing));
    }
    return "?" + parts.join("&");
  }

  function element(tag, attributes, text) {
    var node = document.createElement(tag);
    Object.keys(attributes || {}).forEach(function (name) { node.setAttribute(name, attributes[name]); });
    if (text !== undefined) {
      node.textContent = text;
    }
    return node;
  }

  // "Thêm vào tập tài liệu" next to every section offered by the page (section pages, search results).
  window.LegalKbPack = {
    FORMAT: FORMAT, PATH: PATH, MAX_URL: MAX_URL,
    empty: empty, clean: clean, load: load, save: save, query: query, element: element
  };

  function addButtons() {
    document.querySelectorAll("[data-pack-id]").forEach(function (holder) {
      var id = holder.getAttribute("data-pack-id");
      var button = element("button", { type: "button", "class": "pack-add-button" });
      function refresh() {
        var inPack = has(load(), id);
        button.textContent = inPack ? "Đã có trong tập tài liệu" : "Thêm vào tập tài liệu";
        button.setAttribute("aria-pressed", inPack ? "true" : "false");
      }
      button.addEventListener("click", function () {
        var pack = load();
        if (has(pack, id)) {
          return;
        }
        if (pack.sections.length >= MAX_SECTIONS) {
          button.textContent = "Tập tài liệu đã đủ " + MAX_SECTIONS + " mục";
          return;
        }
        pack.sections.push({ id: id, title: holder.getAttribute("data-pack-title") || id, note: "" });
        save(pack);
        refresh();
      });
      refresh();
      holder.appendChild(button);
      // Beside every unit of a full text the button alone; elsewhere also the way to the pack.
      if (!holder.hasAttribute("data-pack-compact")) {
        holder.appendChild(document.createTextNode(" "));
        holder.appendChild(element("a", { href: PATH, "class": "pack-open" }, "Mở tập tài liệu"));
      }
    });
  }

  function packViewTools(holder) {
    var params = new URLSearchParams(location.search);
    var ids = (params.get("s") || "").split(",").filter(function (id) { return id; });
    var button = element("button", { type: "button", id: "pack-keep" }, "Lưu vào tập tài liệu của tôi");
    button.addEventListener("click", function () {
      var current = load();
      if (current.sections.length > 0 && !window.confirm("Thay tập tài liệu đang có trong trình duyệt bằng tập này?")) {
        return;
      }
      var pack = empty();
      pack.title = params.get("t") || "";
      ids.forEach(function (id, i) {
        var article = document.querySelector("article.excerpt[data-section-id=\"" + CSS.escape(id) + "\"]");
        pack.sections.push({ id: id, title: (article && article.getAttribute("data-pack-title")) || id, note: params.get("n" + i) || "" });
      });
      pack.closing = params.get("n" + ids.length) || "";
      save(pack);
      location.href = PATH;
    });
    // The one way to print: the link to the printable booklet prints this page at once.
    var print = document.getElementById("pack-print");
    if (print) {
      print.addEventListener("click", function (event) {
        event.preventDefault();
        window.print();
      });
    }
    button.className = "button";
    holder.appendChild(button);
  }

  document.addEventListener("DOMContentLoaded", function () {
    addButtons();
    var viewTools = document.getElementById("pack-view-tools");
    if (viewTools) {
      packViewTools(viewTools);
    }
  });
})();
