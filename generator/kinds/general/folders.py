"""Where a general election's content lives in the site folder."""
from __future__ import annotations

PARTIES_FILE = "content/parties.yaml"
AREAS_DIR = "content/areas/"  # read as text by load, parsed by the model one file at a time
