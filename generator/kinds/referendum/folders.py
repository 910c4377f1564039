"""Where a referendum's content lives in the site folder."""
from __future__ import annotations

REFERENDUM_FILE = "content/referendum.yaml"  # the question, its answers and the threshold
AREAS_DIR = "content/areas/"                 # one file per counting area, parsed by the model one at a time
