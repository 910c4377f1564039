"""What the conversion scripts share: their command line, and writing the import CSV they make."""
from __future__ import annotations

import argparse
import csv
from pathlib import Path
from typing import Callable


def run(doc: str, convert: Callable[[Path], list[dict[str, str]]], columns: list[str], source: str,
        output: str, source_help: str, summary: Callable[[list[dict[str, str]]], str]) -> None:
    """Parse --source and --output, convert, and write the rows with LF line ends, then say what was written."""
    parser = argparse.ArgumentParser(description=doc.split("\n")[0])
    parser.add_argument("--source", type=Path, default=Path(source), help=source_help)
    parser.add_argument("--output", type=Path, default=Path(output))
    args = parser.parse_args()
    rows = convert(args.source)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    with open(args.output, "w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=columns, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    print(f"wrote {summary(rows)} to {args.output}")
