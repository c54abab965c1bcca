// Study packs (Tập tài liệu): the pack lives in this browser's localStorage; the server only renders what a link carries.
// Conveniences only: pages work without this file, and a shared pack link opens without it.
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
      holder.appendChild(document.createTextNode(" "));
      holder.appendChild(element("a", { href: PATH, "class": "pack-open" }, "Mở tập tài liệu"));
    });
  }

  function download(name, type, text) {
    var url = URL.createObjectURL(new Blob([text], { type: type }));
    var link = element("a", { href: url, download: name });
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 1000);
  }

  function noteField(label, id, value, onInput) {
    var wrapper = element("div", { "class": "pack-note-field" });
    wrapper.appendChild(element("label", { "for": id }, label));
    var area = element("textarea", { id: id, rows: "3", placeholder: "Ghi chú (Markdown), có thể để trống" });
    area.value = value;
    area.addEventListener("input", function () { onInput(area.value); });
    wrapper.appendChild(area);
    return wrapper;
  }

  function drawEditor(root) {
    var pack = load();
    root.textContent = "";

    var titleLabel = element("label", { "for": "pack-title" }, "Tên tập tài liệu");
    var title = element("input", { id: "pack-title", type: "text", maxlength: "200", placeholder: "Tập tài liệu" });
    title.value = pack.title;
    title.addEventListener("input", function () { pack.title = title.value; changed(); });
    root.appendChild(titleLabel);
    root.appendChild(title);

    var status = element("p", { id: "pack-status", "class": "pack-status", role: "status" });
    var actions = element("p", { "class": "pack-actions" });
    var view = element("a", { id: "pack-view" }, "Xem và in sổ tay");
    var md = element("a", { id: "pack-download-md", download: "" }, "Tải Markdown (.md)");
    var docx = element("a", { id: "pack-download-docx", download: "" }, "Tải Word (.docx)");
    [view, md, docx].forEach(function (a) { actions.appendChild(a); actions.appendChild(document.createTextNode(" ")); });
    var shareLabel = element("label", { "for": "pack-share" }, "Đường liên kết chia sẻ");
    var share = element("input", { id: "pack-share", type: "text", readonly: "" });

    function changed() {
      save(pack);
      var q = query(pack);
      var empty = pack.sections.length === 0;
      var tooLong = (location.origin + PATH + q).length > MAX_URL;
      view.href = PATH + q;
      md.href = PATH + "/tai-ve.md" + q;
      docx.href = PATH + "/tai-ve.docx" + q;
      share.value = empty ? "" : location.origin + PATH + q;
      actions.hidden = empty || tooLong;
      status.textContent = empty
        ? "Tập tài liệu chưa có mục nào. Dùng nút “Thêm vào tập tài liệu” trên trang một mục hoặc trong kết quả tìm kiếm."
        : tooLong
          ? "Ghi chú quá dài để gửi qua đường liên kết: hãy rút gọn ghi chú (tập vẫn được lưu và xuất ra tệp JSON được)."
          : "Tập gồm " + pack.sections.length + " mục, đã lưu trong trình duyệt.";
    }

    var list = element("ol", { id: "pack-items", "class": "pack-items" });
    pack.sections.forEach(function (section, i) {
      var item = element("li", { "class": "pack-item", "data-section-id": section.id });
      item.appendChild(noteField("Ghi chú trước mục " + (i + 1), "pack-note-" + i, section.note, function (v) { section.note = v; changed(); }));
      var line = element("p", { "class": "pack-item-title" });
      line.appendChild(element("a", { href: "/van-ban/" + section.id.split("/").map(encodeURIComponent).join("/") }, section.title));
      item.appendChild(line);
      var tools = element("p", { "class": "pack-item-tools" });
      function move(delta) {
        var j = i + delta;
        if (j < 0 || j >= pack.sections.length) {
          return;
        }
        var moved = pack.sections.splice(i, 1)[0];
        pack.sections.splice(j, 0, moved);
        save(pack);
        drawEditor(root);
      }
      var up = element("button", { type: "button", "class": "pack-up" }, "Lên");
      up.disabled = i === 0;
      up.addEventListener("click", function () { move(-1); });
      var down = element("button", { type: "button", "class": "pack-down" }, "Xuống");
      down.disabled = i === pack.sections.length - 1;
      down.addEventListener("click", function () { move(1); });
      var remove = element("button", { type: "button", "class": "pack-remove" }, "Bỏ khỏi tập");
      remove.addEventListener("click", function () { pack.sections.splice(i, 1); save(pack); drawEditor(root); });
      [up, down, remove].forEach(function (b) { tools.appendChild(b); tools.appendChild(document.createTextNode(" ")); });
      item.appendChild(tools);
      list.appendChild(item);
    });
    root.appendChild(list);
    if (pack.sections.length > 0) {
      root.appendChild(noteField("Ghi chú cuối tập", "pack-closing", pack.closing, function (v) { pack.closing = v; changed(); }));
    }

    root.appendChild(status);
    root.appendChild(actions);
    root.appendChild(shareLabel);
    root.appendChild(share);

    var files = element("p", { "class": "pack-files" });
    var exportButton = element("button", { type: "button", id: "pack-export" }, "Xuất tệp JSON");
    exportButton.addEventListener("click", function () {
      download("tap-tai-lieu.json", "application/json", JSON.stringify(pack, null, 2));
    });
    var importLabel = element("label", { "for": "pack-import" }, "Nhập tệp JSON:");
    var importInput = element("input", { id: "pack-import", type: "file", accept: "application/json,.json" });
    importInput.addEventListener("change", function () {
      var file = importInput.files && importInput.files[0];
      if (!file) {
        return;
      }
      var reader = new FileReader();
      reader.onload = function () {
        var imported = null;
        try {
          var data = JSON.parse(String(reader.result));
          imported = data && data.format === FORMAT ? clean(data) : null;
        } catch (e) {
          imported = null;
        }
        if (!imported) {
          status.textContent = "Tệp không phải là tập tài liệu xuất từ trang này.";
          return;
        }
        save(imported);
        drawEditor(root);
      };
      reader.readAsText(file);
    });
    var clear = element("button", { type: "button", id: "pack-clear" }, "Xóa cả tập");
    clear.addEventListener("click", function () {
      if (window.confirm("Xóa toàn bộ tập tài liệu trong trình duyệt này?")) {
        save(empty());
        drawEditor(root);
      }
    });
    [exportButton, importLabel, importInput, clear].forEach(function (n) { files.appendChild(n); files.appendChild(document.createTextNode(" ")); });
    root.appendChild(files);
    changed();
  }

  // On a pack opened from a link: keep it in this browser to go on editing it.
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
        var article = document.querySelector("article.excerpt[data-section-id=\"" + CSS.escape(id) + "\"] h2");
        pack.sections.push({ id: id, title: article ? article.textContent.replace(/^\d+\.\s*/, "") : id, note: params.get("n" + i) || "" });
      });
      pack.closing = params.get("n" + ids.length) || "";
      save(pack);
      location.href = PATH;
    });
    var print = element("button", { type: "button", id: "pack-print" }, "In");
    print.addEventListener("click", function () { window.print(); });
    holder.appendChild(print);
    holder.appendChild(document.createTextNode(" "));
    holder.appendChild(button);
  }

  document.addEventListener("DOMContentLoaded", function () {
    addButtons();
    var editor = document.getElementById("pack-editor");
    if (editor) {
      var notice = document.getElementById("pack-needs-js");
      if (notice) {
        notice.hidden = true;
      }
      editor.hidden = false;
      drawEditor(editor);
    }
    var viewTools = document.getElementById("pack-view-tools");
    if (viewTools) {
      packViewTools(viewTools);
    }
  });
})();
