// The study pack editor (/tap-tai-lieu): order the sections, write notes, export, share. Uses window.LegalKbPack
// (study-pack.js, loaded first). Conveniences only: without scripts the page says what it needs.
(function () {
  "use strict";

  var pack$ = window.LegalKbPack;
  if (!pack$) {
    return;
  }

  var FORMAT = pack$.FORMAT, PATH = pack$.PATH, MAX_URL = pack$.MAX_URL;
  var empty = pack$.empty, clean = pack$.clean, load = pack$.load, save = pack$.save, query = pack$.query, element = pack$.element;

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
    var view = element("a", { id: "pack-view", "class": "button" }, "Xem tập tài liệu (để in)");
    var docx = element("a", { id: "pack-download-docx", "class": "button", download: "" }, "Tải về Word (.docx)");
    var md = element("a", { id: "pack-download-md", "class": "button", download: "" }, "Tải về Markdown (.md)");
    [view, docx, md].forEach(function (a) { actions.appendChild(a); actions.appendChild(document.createTextNode(" ")); });
    var shareLabel = element("label", { "for": "pack-share" }, "Đường liên kết chia sẻ");
    var shareRow = element("p", { "class": "pack-share-row" });
    var share = element("input", { id: "pack-share", type: "text", readonly: "" });
    var copyLink = element("button", { type: "button", id: "pack-copy-link", "class": "button" }, "Sao chép liên kết");
    copyLink.addEventListener("click", function () {
      function done(ok) {
        copyLink.textContent = ok ? "Đã sao chép liên kết" : "Không sao chép được: hãy chọn và sao chép ô bên cạnh";
        setTimeout(function () { copyLink.textContent = "Sao chép liên kết"; }, 2500);
      }
      if (navigator.clipboard) {
        navigator.clipboard.writeText(share.value).then(function () { done(true); }, function () { share.select(); done(false); });
      } else {
        share.select();
        done(false);
      }
    });
    shareRow.appendChild(share);
    shareRow.appendChild(copyLink);

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
      shareRow.hidden = empty || tooLong;
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
      line.appendChild(element("a", { href: "/van-ban/" + section.id.replace(/~mo-dau$/, "").split("/").map(encodeURIComponent).join("/") }, section.title));
      item.appendChild(line);
      var tools = element("p", { "class": "pack-item-tools" });
      function move(delta, className) {
        var j = i + delta;
        if (j < 0 || j >= pack.sections.length) {
          return;
        }
        var moved = pack.sections.splice(i, 1)[0];
        pack.sections.splice(j, 0, moved);
        save(pack);
        drawEditor(root);
        // The moved item keeps the focus: the same button, or its twin when it reached an end of the list.
        var item = root.querySelectorAll("#pack-items > li")[j];
        var target = item.querySelector("button." + className);
        (target.disabled ? item.querySelector("button.pack-up:not([disabled]), button.pack-down:not([disabled])") || item.querySelector("button.pack-remove") : target).focus();
        document.getElementById("pack-status").textContent = "Đã chuyển “" + moved.title + "” đến vị trí " + (j + 1) + ".";
      }
      var up = element("button", { type: "button", "class": "pack-up button", "aria-label": "Chuyển lên: " + section.title }, "Lên");
      up.disabled = i === 0;
      up.addEventListener("click", function () { move(-1, "pack-up"); });
      var down = element("button", { type: "button", "class": "pack-down button", "aria-label": "Chuyển xuống: " + section.title }, "Xuống");
      down.disabled = i === pack.sections.length - 1;
      down.addEventListener("click", function () { move(1, "pack-down"); });
      var remove = element("button", { type: "button", "class": "pack-remove button", "aria-label": "Bỏ khỏi tập: " + section.title }, "Bỏ khỏi tập");
      remove.addEventListener("click", function () {
        pack.sections.splice(i, 1);
        save(pack);
        drawEditor(root);
        var items = root.querySelectorAll("#pack-items > li");
        var next = items[Math.min(i, items.length - 1)];
        (next ? next.querySelector("button.pack-remove") : document.getElementById("pack-title")).focus();
      });
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
    root.appendChild(shareRow);

    var files = element("p", { "class": "pack-files" });
    var exportButton = element("button", { type: "button", id: "pack-export", "class": "button" }, "Xuất tệp JSON");
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
    var clear = element("button", { type: "button", id: "pack-clear", "class": "button" }, "Xóa cả tập");
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
  document.addEventListener("DOMContentLoaded", function () {
    var editor = document.getElementById("pack-editor");
    if (editor) {
      var notice = document.getElementById("pack-needs-js");
      if (notice) {
        notice.hidden = true;
      }
      editor.hidden = false;
      drawEditor(editor);
    }
  });
})();
