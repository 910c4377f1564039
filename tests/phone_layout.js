// Every layout problem on the page as it is drawn now, for tests/test_phone_layout.py:
// chart texts that overlap or leave their chart, sideways scrolling, and text cut off outside a
// labelled scroll region. Returns [{kind, texts, table}]; an empty list is a page that is right.
() => {
  const problems = [];
  const width = window.innerWidth;
  const TOLERANCE = 0.5;  // px: sub-pixel rounding is not a collision
  const say = (el) => {
    const text = (el.textContent || "").replace(/\s+/g, " ").trim();
    const name = el.tagName.toLowerCase() + (el.className && typeof el.className === "string" ? "." + el.className.trim().split(/\s+/).join(".") : "");
    return `${name} "${text.length > 70 ? text.slice(0, 67) + "..." : text}"`;
  };
  const meets = (a, b) => a.left < b.right - TOLERANCE && b.left < a.right - TOLERANCE &&
                          a.top < b.bottom - TOLERANCE && b.top < a.bottom - TOLERANCE;

  // (a), (b): each line of chart text (a <tspan>, or a <text> without them) against the others and its chart
  for (const svg of document.querySelectorAll("svg.chart")) {
    const box = svg.getBoundingClientRect();
    if (!box.width) continue;  // not shown (a closed <details>)
    const runs = [...svg.querySelectorAll("text")]
      .flatMap((t) => { const spans = t.querySelectorAll("tspan"); return spans.length ? [...spans] : [t]; })
      .map((el) => ({ el, r: el.getBoundingClientRect() }))
      .filter((run) => run.r.width > 0 && run.el.textContent.trim());
    runs.forEach((a, i) => {
      runs.slice(i + 1).forEach((b) => {
        if (meets(a.r, b.r)) problems.push({ kind: "chart-overlap", texts: [say(a.el), say(b.el)], table: false });
      });
      if (a.r.left < box.left - TOLERANCE || a.r.right > box.right + TOLERANCE ||
          a.r.top < box.top - TOLERANCE || a.r.bottom > box.bottom + TOLERANCE) {
        problems.push({ kind: "chart-outside", texts: [say(a.el), `${Math.round(a.r.left - box.left)}..${Math.round(a.r.right - box.left)} px in a chart ${Math.round(box.width)} px wide`], table: false });
      }
    });
  }

  // (c): the page itself scrolls sideways
  const page = document.scrollingElement;
  if (page.scrollWidth > width) {
    const wide = [...document.body.querySelectorAll("*")].filter((el) => el.getBoundingClientRect().right > width + TOLERANCE);
    problems.push({ kind: "page-scroll", texts: [`scrollWidth ${page.scrollWidth} > ${width}`, ...wide.slice(-3).map(say)],
                    table: wide.some((el) => el.closest("table")) });
  }

  // (d): text cut off, unless it is in a labelled, focusable scroll region
  const inRegion = (el) => {
    for (let e = el; e; e = e.parentElement) {
      if (e.matches('[role="region"][aria-label][tabindex="0"]') && ["auto", "scroll"].includes(getComputedStyle(e).overflowX)) return true;
    }
    return false;
  };
  const hidden = (el) => {
    for (let e = el; e; e = e.parentElement) {
      const s = getComputedStyle(e);
      if (s.clipPath !== "none" || s.display === "none" || s.visibility === "hidden") return true;
    }
    return false;
  };
  const cut = new Set();
  for (const el of document.body.querySelectorAll("*")) {
    if (el.closest("svg") || !el.clientWidth) continue;  // chart text is checked above; inline boxes have no clientWidth
    if (el.scrollWidth > el.clientWidth + 1 && !inRegion(el) && !hidden(el)) cut.add(el);
  }
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node.parentElement;
    if (!node.textContent.trim() || el.closest("svg, script, style")) continue;
    range.selectNodeContents(node);
    const off = [...range.getClientRects()].some((r) => r.width > 0 && r.right > 0 && (r.right > width + TOLERANCE || r.left < -TOLERANCE));
    if (off && !inRegion(el) && !hidden(el)) cut.add(el);
  }
  // Report the innermost: an element that overflows makes each of its ancestors overflow too
  const innermost = [...cut].filter((el) => ![...cut].some((other) => other !== el && el.contains(other)));
  for (const el of innermost) {
    problems.push({ kind: "cut-off", texts: [say(el)], table: Boolean(el.closest("table") || el.querySelector("table")) });
  }
  return problems;
}
