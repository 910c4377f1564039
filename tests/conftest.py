import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from sitecopy import copy_example  # noqa: E402


@pytest.fixture
def site(tmp_path: Path) -> Path:
    """A fresh copy of the example site to mutate."""
    return copy_example(tmp_path / "site")


@pytest.fixture(autouse=True)
def _fixed_build_time(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1474718400")
