/* Live pages: check the page's live.json every data-live-every seconds; when its version moves, fetch
   the page itself and put its new live regions in place (generator/render/live.py makes the JSON). No
   reload; scroll position and focus are kept; the change is announced politely. Stops while the tab
   is hidden; waits longer after each server error. */
(function () {
  "use strict";
  var me = document.currentScript;
  if (!me || !window.fetch || !window.DOMParser || !document.querySelectorAll) { return; }
  var url = new URL(me.getAttribute("data-live-url"), location.href).href;
  var page = location.href.split("#")[0];
  var every = Math.max(1, parseInt(me.getAttribute("data-live-every"), 10) || 60) * 1000;
  var wait = every, timer = null, busy = false;
  var version = me.getAttribute("data-live-version");  // what the page shows as built

  function clock(d) {
    return ("0" + d.getHours()).slice(-2) + ":" + ("0" + d.getMinutes()).slice(-2);
  }
  function focusables(root) {
    return Array.prototype.slice.call(root.querySelectorAll("a[href], button, input, select, textarea, [tabindex]"));
  }
  function replace(el, html) {
    // Where focus was inside the region, find the same control again after the swap: by id, by link, by place.
    var active = document.activeElement, key = null;
    if (active && active !== document.body && el.contains(active)) {
      key = { id: active.id, href: active.getAttribute("href"), index: focusables(el).indexOf(active) };
    }
    el.innerHTML = html;
    if (!key) { return; }
    var list = focusables(el), found = null;
    if (key.id) { found = document.getElementById(key.id); }
    for (var i = 0; !found && key.href && i < list.length; i++) {
      if (list[i].getAttribute("href") === key.href) { found = list[i]; }
    }
    found = found || list[key.index] || null;
    if (found) { found.focus({ preventScroll: true }); }
  }
  function apply(fresh) {
    // Each live region of this page whose HTML the fetched page has changed.
    var x = window.scrollX, y = window.scrollY, changed = 0;
    Array.prototype.forEach.call(document.querySelectorAll("[data-live][id]"), function (el) {
      var now = fresh.getElementById(el.id);
      if (now && now.hasAttribute("data-live") && el.innerHTML !== now.innerHTML) {
        replace(el, now.innerHTML);
        changed++;
      }
    });
    if (fresh.title) { document.title = fresh.title; }
    window.scrollTo(x, y);
    return changed;
  }
  function checked(when) {
    var p = document.getElementById("live-checked");
    if (p) { p.textContent = "Checked for new results at " + clock(when); p.hidden = false; }
  }
  function announce(text) {
    var p = document.getElementById("live-announce");
    if (p) { p.textContent = text; }
  }
  function schedule() {
    clearTimeout(timer);
    timer = document.hidden ? null : setTimeout(poll, wait);
  }
  function get(address, json) {
    // no-cache: the browser asks again with If-None-Match / If-Modified-Since, and a 304 costs nothing
    return fetch(address, { cache: "no-cache", credentials: "same-origin" }).then(function (r) {
      if (!r.ok) { throw new Error(String(r.status)); }
      return json ? r.json() : r.text();
    });
  }
  function poll() {
    if (busy || document.hidden) { return; }
    busy = true;
    var summary = "";
    get(url, true).then(function (doc) {
      if (doc.version === version) { return null; }
      summary = doc.summary;
      return get(page, false);
    }).then(function (html) {
      var now = new Date();
      if (html !== null) {
        var fresh = new DOMParser().parseFromString(html, "text/html");
        var mark = fresh.querySelector("script[data-live-version]");
        // The page's own version: one older than the JSON (a cache behind) is fetched again next time.
        version = mark ? mark.getAttribute("data-live-version") : version;
        if (apply(fresh)) { announce("Updated " + clock(now) + ": " + summary); }
      }
      checked(now);
      wait = every;
    }).catch(function () {
      wait = Math.min(wait * 2, Math.max(every, 600000));  // back off, up to ten minutes
    }).then(function () {
      busy = false;
      schedule();
    });
  }
  document.addEventListener("visibilitychange", function () {
    if (document.hidden) { clearTimeout(timer); timer = null; } else { wait = every; poll(); }
  });
  poll();
})();
