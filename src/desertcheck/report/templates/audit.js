(function () {
  "use strict";
  var panel = document.getElementById("panel");
  var live = document.getElementById("live");
  var marks = Array.prototype.slice.call(document.querySelectorAll("mark.fig[id]"));
  var flagged = marks.filter(function (m) { return m.dataset.flagged === "1"; });
  var current = -1;
  document.body.classList.add("js");
  function show(mark) {
    var detail = document.getElementById("d" + mark.dataset.n);
    if (!detail) { return; }
    marks.forEach(function (m) {
      m.removeAttribute("aria-current");
      m.setAttribute("aria-expanded", "false");
    });
    mark.setAttribute("aria-current", "true");
    mark.setAttribute("aria-expanded", "true");
    panel.textContent = "";
    var close = document.createElement("button");
    close.type = "button";
    close.className = "close";
    close.setAttribute("aria-label", "close the details");
    close.textContent = "×";
    close.addEventListener("click", function () { hide(mark); });
    panel.appendChild(close);
    panel.appendChild(detail.cloneNode(true)).removeAttribute("id");
    panel.hidden = false;
    // a screen reader hears the verdict and its message, not the whole panel at each Tab
    var message = detail.querySelector("p");
    live.textContent = (mark.title || "") + ": " + (message ? message.textContent : "");
    var i = flagged.indexOf(mark);
    if (i >= 0) { current = i; }
    keepVisible(mark);
  }
  var closing = false;  // focus goes back to the figure without opening its details again
  function hide(mark) {
    panel.hidden = true;
    mark.setAttribute("aria-expanded", "false");
    closing = true;
    mark.focus();
    closing = false;
  }
  // On a narrow screen the details cover the bottom of the page: keep the figure above them.
  function keepVisible(mark) {
    if (getComputedStyle(panel).position !== "fixed") { return; }
    var top = mark.getBoundingClientRect().top;
    var room = window.innerHeight - panel.getBoundingClientRect().height - 16;
    if (top < 8 || top + mark.offsetHeight > room) {
      window.scrollBy(0, top - Math.min(room / 3, 120));
    }
  }
  marks.forEach(function (m) {
    // a figure is a button only where this script makes it one: served without it, it
    // would be a Tab stop and a "button" that does nothing
    m.tabIndex = 0;
    m.setAttribute("role", "button");
    m.setAttribute("aria-controls", "panel");
    m.setAttribute("aria-expanded", "false");
    m.addEventListener("focus", function () { if (!closing) { show(m); } });
    // a figure inside a link of the draft opens its details; the link is not followed
    m.addEventListener("click", function (e) { e.preventDefault(); show(m); m.focus(); });
    m.addEventListener("keydown", function (e) {
      if (e.key === "Enter" || e.key === " ") { e.preventDefault(); show(m); }
    });
  });
  document.querySelectorAll("mark.fig:not([id])").forEach(function (m) {
    m.addEventListener("click", function (e) {
      e.preventDefault();
      var first = document.getElementById("f" + m.dataset.n);
      if (first) { first.focus(); }
    });
  });
  function go(step) {
    if (!flagged.length) { return; }
    current = (current + step + flagged.length) % flagged.length;
    flagged[current].focus();
    flagged[current].scrollIntoView({block: "center"});
  }
  document.getElementById("next").addEventListener("click", function () { go(1); });
  document.getElementById("prev").addEventListener("click", function () { go(-1); });
  document.getElementById("next").hidden = false;
  Array.prototype.forEach.call(document.querySelectorAll(".navkeys .keys"), function (k) {
    k.hidden = false;  // the keys work only with this script
  });
  document.getElementById("prev").hidden = false;
  document.addEventListener("keydown", function (e) {
    if (e.key === "Escape" && !panel.hidden) {
      var open = marks.filter(function (m) { return m.getAttribute("aria-expanded") === "true"; });
      if (open.length) { hide(open[0]); } else { panel.hidden = true; }
      return;
    }
    if (e.altKey || e.ctrlKey || e.metaKey) { return; }
    var t = e.target.tagName;
    if (t === "INPUT" || t === "TEXTAREA" || t === "SELECT") { return; }
    if (e.key === "n" || e.key === "j") { e.preventDefault(); go(1); }
    if (e.key === "p" || e.key === "k") { e.preventDefault(); go(-1); }
  });
})();
