(function () {
  "use strict";
  var table = document.getElementById("claims");
  if (!table) { return; }
  var body = table.tBodies[0];
  var rows = Array.prototype.slice.call(body.rows);
  var form = document.getElementById("filters");
  var count = document.getElementById("shown");
  var fields = ["measure", "scope", "source", "status"];
  form.hidden = false;
  function apply() {
    var want = {};
    fields.forEach(function (f) { want[f] = form.elements[f].value; });
    var text = form.elements.q.value.trim().toLowerCase();
    var n = 0;
    rows.forEach(function (row) {
      var ok = fields.every(function (f) { return !want[f] || row.dataset[f] === want[f]; }) &&
        (!text || row.dataset.text.indexOf(text) >= 0);
      row.hidden = !ok;
      if (ok) { n += 1; }
    });
    count.textContent = n + " of " + rows.length + " claims shown";
  }
  form.addEventListener("input", apply);
  form.addEventListener("submit", function (e) { e.preventDefault(); });
  Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, i) {
    var key = th.dataset.key;
    if (!key) { return; }
    var button = document.createElement("button");
    button.type = "button";
    button.textContent = th.textContent;
    th.textContent = "";
    th.appendChild(button);
    button.addEventListener("click", function () {
      var up = th.getAttribute("aria-sort") !== "ascending";
      Array.prototype.forEach.call(table.tHead.rows[0].cells, function (c) { c.removeAttribute("aria-sort"); });
      th.setAttribute("aria-sort", up ? "ascending" : "descending");
      var numeric = th.dataset.numeric === "1";
      rows.sort(function (a, b) {
        var x = a.dataset[key], y = b.dataset[key];
        var d = numeric ? parseFloat(x) - parseFloat(y) : (x < y ? -1 : x > y ? 1 : 0);
        return up ? d : -d;
      });
      var frag = document.createDocumentFragment();
      rows.forEach(function (r) { frag.appendChild(r); });
      body.appendChild(frag);
    });
  });
  function openHash() {
    var id = decodeURIComponent(location.hash.slice(1));
    var el = id && document.getElementById(id);
    if (el && el.tagName === "TR") {
      el.hidden = false;
      var d = el.querySelector("details");
      if (d) { d.open = true; }
    }
  }
  window.addEventListener("hashchange", openHash);
  openHash();
  apply();
})();
