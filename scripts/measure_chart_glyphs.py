"""Measure the theme's chart glyph widths in Chromium and print generator/chart_glyphs.py.

Run: python scripts/measure_chart_glyphs.py > generator/chart_glyphs.py
The chart text is set in the theme's font stack (system-ui first); on a machine with only the DejaVu
fonts that is DejaVu Sans, one of the widest sans faces, so the widths are safe for narrower faces.
"""
from __future__ import annotations

import json
import subprocess
import textwrap
from pathlib import Path

from playwright.sync_api import sync_playwright

CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run"]
STYLE = Path(__file__).resolve().parents[1] / "generator" / "theme" / "static" / "style.css"
CHARS = "".join(chr(c) for c in [*range(32, 127), *range(160, 384)]) + "‘’“”–—…·•€£−"
MEASURE = """(chars) => {
  const out = {};
  for (const cls of ["chart-label", "chart-value"]) {
    const t = document.querySelector("text." + cls);
    t.textContent = "xx";
    const base = t.getComputedTextLength();
    // Ten of each between two x's (ten spaces in a row would collapse; one between letters does not)
    out[cls] = chars.split("").map(ch => { t.textContent = "x" + (ch + "x").repeat(10);
                                           const w = (t.getComputedTextLength() - 5.5 * base) / 10;  // 11 x and 10 of ch
                                           return Math.max(0, Math.ceil(w * 1000 / 100)); });
  }
  return out;
}"""


def main() -> None:
    html = (f"<!doctype html><style>{STYLE.read_text('utf-8')} svg.chart text {{ font-size: 100px !important; }}"
            "</style><body><svg class='chart' width='4000' height='100'><text class='chart-label' y='90'></text>"
            "<text class='chart-value' y='90'></text></svg></body>")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        page = browser.new_page()
        page.set_content(html)
        widths = page.evaluate(MEASURE, CHARS)
        font = page.evaluate("getComputedStyle(document.querySelector('text.chart-label')).fontFamily")
        browser.close()
    print('"""Chart glyph widths in thousandths of an em: BOLD for labels and headings, REGULAR for values.')
    print("")
    face = subprocess.run(["fc-match", "-f", "%{family}", font.split(",")[0]], capture_output=True, text=True).stdout
    print(f"Written by scripts/measure_chart_glyphs.py (font stack: {font.split(',')[0]}, rendered as {face}).")
    print('"""')
    print("# fmt: off")
    print("CHARS = (")
    for start in range(0, len(CHARS), 64):
        print(f"    {json.dumps(CHARS[start:start + 64], ensure_ascii=False)}")
    print(")")
    for cls, name in (("chart-label", "BOLD"), ("chart-value", "REGULAR")):
        print(f"{name} = (")
        print(textwrap.fill(", ".join(map(str, widths[cls])) + ",", 110, initial_indent="    ", subsequent_indent="    "))
        print(")")


if __name__ == "__main__":
    main()
