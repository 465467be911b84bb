(function () {
  "use strict";
  var table = document.getElementById("claims");
  if (!table) { return; }
  var body = table.tBodies[0];
  var rows = Array.prototype.slice.call(body.rows);
  var keys = ["measure", "scope", "source", "status", "text"];
  rows.forEach(function (row) {  // read once: the filter then compares plain strings
    row.facts = {};
    keys.forEach(function (k) { row.facts[k] = row.dataset[k]; });
  });
  var form = document.getElementById("filters");
  var count = document.getElementById("shown");
  var more = document.getElementById("more");
  var fields = ["measure", "scope", "source", "status"];
  // At most PAGE matching rows are shown at a time ("show more" adds as many): a browser
  // lays out a few hundred rows at once, not ten thousand.
  var PAGE = 100;
  var limit = PAGE;
  form.hidden = false;
  // The claim a link led to (#c-ID): shown whatever the page of rows, until the reader
  // filters again.
  var pinned = null;
  var cleared = "";
  function apply() {
    var want = {};
    fields.forEach(function (f) { want[f] = form.elements[f].value; });
    var text = form.elements.q.value.trim().toLowerCase();
    var n = 0;
    var extra = false;
    rows.forEach(function (row) {
      var facts = row.facts;
      var ok = fields.every(function (f) { return !want[f] || facts[f] === want[f]; }) &&
        (!text || facts.text.indexOf(text) >= 0);
      if (ok) { n += 1; }
      var hide = !ok || n > limit;
      if (hide && row === pinned) { hide = false; extra = true; }
      if (row.hidden !== hide) { row.hidden = hide; }
    });
    count.textContent = n + " of " + rows.length + " claims shown" +
      (n > limit ? " (the first " + limit + " here" +
        (extra ? ", and " + pinned.dataset.id + ", linked to" : "") + ")" : "") +
      (cleared ? "; the filter was cleared to show " + cleared + ", linked to" : "");
    more.hidden = n <= limit;
  }
  function matches(row) {
    var facts = row.facts;
    var text = form.elements.q.value.trim().toLowerCase();
    return fields.every(function (f) {
      var v = form.elements[f].value;
      return !v || facts[f] === v;
    }) && (!text || facts.text.indexOf(text) >= 0);
  }
  form.addEventListener("input", function () { limit = PAGE; pinned = null; cleared = ""; apply(); });
  form.addEventListener("submit", function (e) { e.preventDefault(); });
  more.addEventListener("click", function () { limit += PAGE; apply(); });
  Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th) {
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
      apply();
    });
  });
  // A link to a claim (from a dispute, a chart or a source) lands on it: the browser jumps
  // to the fragment before this un-hides a row the filter or the page of rows hid, so the
  // row is shown, the filter cleared when it hides the row (the counter says so), and the
  // row scrolled to here.
  function openHash() {
    var id = decodeURIComponent(location.hash.slice(1));
    var el = id && document.getElementById(id);
    if (el && el.tagName === "DETAILS") { el.open = true; return; }  // a summary card's list
    if (!el || el.tagName !== "TR") { return; }
    cleared = "";
    if (!matches(el)) {
      form.reset();
      limit = PAGE;
      cleared = el.dataset.id;
    }
    pinned = el;
    apply();
    var d = el.querySelector("details");
    if (d) { d.open = true; }
    el.scrollIntoView({block: "start"});
  }
  window.addEventListener("hashchange", openHash);
  // a second click on a link to the claim already in the address changes no hash
  document.addEventListener("click", function (e) {
    var a = e.target.closest && e.target.closest("a[href^='#c-']");
    if (a && a.getAttribute("href") === location.hash) { e.preventDefault(); openHash(); }
  });
  apply();
  openHash();
})();
