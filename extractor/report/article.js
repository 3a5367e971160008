(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("report-data").textContent);
  var items = data.items;
  var panel = document.getElementById("details");
  var textEl = document.getElementById("text");
  var pinned = null;
  var selected = [];

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    return e;
  }
  function nodesOf(key) {
    return document.querySelectorAll('[data-k="' + key + '"]');
  }
  function chainOf(node) {
    var keys = [];
    for (var n = node; n && n !== textEl; n = n.parentElement) {
      var k = n.getAttribute && n.getAttribute("data-k");
      if (k && keys.indexOf(k) < 0 && !document.body.classList.contains("hide-" + items[k].kind)) {
        keys.push(k);
      }
    }
    return keys;
  }
  // The innermost highlight at a node whose kind is not switched off by its filter toggle.
  function visibleMark(node) {
    var m = node.closest("mark.hl");
    while (m && document.body.classList.contains("hide-" + items[m.getAttribute("data-k")].kind)) {
      m = m.parentElement ? m.parentElement.closest("mark.hl") : null;
    }
    return m;
  }
  function goButton(key, label) {
    var b = el("button", "go", label);
    b.type = "button";
    b.setAttribute("data-go", key);
    return b;
  }
  function render(key, chain) {
    var it = items[key];
    if (!it) { return; }
    panel.replaceChildren();
    var h = el("h3");
    h.appendChild(el("span", "badge k-" + it.kind, it.kind));
    h.appendChild(document.createTextNode(" " + key + (it.located ? "" : " (not located in the text)")));
    panel.appendChild(h);
    panel.appendChild(el("blockquote", null, it.text));
    var dl = el("dl");
    it.fields.forEach(function (f) {
      dl.appendChild(el("dt", null, f[0]));
      dl.appendChild(el("dd", null, f[1]));
    });
    panel.appendChild(dl);
    if (it.links.length) {
      var links = el("div", "links");
      it.links.forEach(function (l) {
        links.appendChild(el("span", null, l.label + ": "));
        if (l.key && items[l.key]) {
          links.appendChild(goButton(l.key, l.key + " " + items[l.key].text));
        } else if (l.href) {
          var a = el("a", null, l.text || l.href);
          a.setAttribute("href", l.href);
          links.appendChild(a);
          links.appendChild(document.createTextNode(" "));
        } else {
          links.appendChild(el("span", "missing", (l.text || "") + " (not in this article) "));
        }
      });
      panel.appendChild(links);
    }
    var outer = (chain || []).filter(function (k) { return k !== key; });
    if (outer.length) {
      var c = el("div", "chain");
      c.appendChild(el("span", null, "inside: "));
      outer.forEach(function (k) { c.appendChild(goButton(k, items[k].kind + " " + k)); });
      panel.appendChild(c);
    }
  }
  // Underline the item's speaker, claimant or label in the text (CSS Custom Highlight API, where supported).
  function rangeAt(start, end) {
    var walker = document.createTreeWalker(textEl, NodeFilter.SHOW_TEXT);
    var pos = 0, range = document.createRange(), started = false, node;
    while ((node = walker.nextNode())) {
      var len = node.data.length;
      if (!started && start < pos + len) { range.setStart(node, start - pos); started = true; }
      if (started && end <= pos + len) { range.setEnd(node, end - pos); return range; }
      pos += len;
    }
    return null;
  }
  function showRelated(key) {
    if (!window.CSS || !CSS.highlights || typeof Highlight === "undefined") { return; }
    var ranges = (items[key] ? items[key].marks : []).map(function (m) { return rangeAt(m[0], m[1]); })
      .filter(function (r) { return r; });
    CSS.highlights.set("related", new Highlight(...ranges));
  }
  function select(key, chain, scroll) {
    if (!items[key]) { return; }
    selected.forEach(function (n) { n.classList.remove("sel"); });
    selected = Array.prototype.slice.call(nodesOf(key));
    selected.forEach(function (n) { n.classList.add("sel"); });
    pinned = key;
    render(key, chain);
    showRelated(key);
    if (scroll) {
      var head = document.getElementById("i-" + key);
      if (head) { head.scrollIntoView({ block: "center" }); }
      var row = document.querySelector('tr[data-k="' + key + '"]');
      if (row) { row.scrollIntoView({ block: "nearest" }); }
    }
  }

  document.addEventListener("click", function (ev) {
    var t = ev.target;
    if (!(t instanceof Element)) { return; }
    var go = t.closest("[data-go]");
    if (go) { select(go.getAttribute("data-go"), null, true); return; }
    var mark = visibleMark(t);
    if (mark && textEl.contains(mark)) { select(mark.getAttribute("data-k"), chainOf(mark), false); return; }
    var row = t.closest("tr[data-k]");
    if (row) { select(row.getAttribute("data-k"), null, true); return; }
  });
  textEl.addEventListener("mouseover", function (ev) {
    if (pinned) { return; }
    var mark = ev.target instanceof Element ? visibleMark(ev.target) : null;
    if (mark) { render(mark.getAttribute("data-k"), chainOf(mark)); }
  });
  document.addEventListener("keydown", function (ev) {
    var row = ev.target instanceof Element ? ev.target.closest("tr[data-k]") : null;
    if (row && ev.key === "Enter") { select(row.getAttribute("data-k"), null, true); return; }
    if (ev.key === "Escape" && pinned) {
      selected.forEach(function (n) { n.classList.remove("sel"); });
      selected = [];
      pinned = null;
      showRelated(null);
    }
  });
  document.querySelectorAll("input[data-filter]").forEach(function (cb) {
    cb.addEventListener("change", function () {
      document.body.classList.toggle("hide-" + cb.getAttribute("data-filter"), !cb.checked);
    });
  });
  var hash = decodeURIComponent(location.hash.replace(/^#/, ""));
  if (items[hash]) { select(hash, null, true); }
})();
