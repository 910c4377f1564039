"""The fast path of urls.relative gives exactly what posixpath.relpath gave."""
from __future__ import annotations

import posixpath

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.urls import _is_clean, relative


def reference_relative(from_url: str, to_url: str) -> str:
    """The posixpath implementation the fast path replaced, kept as the oracle."""
    base = from_url if from_url.endswith("/") else posixpath.dirname(from_url) + "/"
    target, _, fragment = to_url.partition("#")
    if fragment and (not target or target == from_url):
        return f"#{fragment}"
    rel = posixpath.relpath(target or from_url, base) if target else ""
    if target.endswith("/") and rel != ".":
        rel += "/"
    elif rel == ".":
        rel = "./"
    return rel + (f"#{fragment}" if fragment else "")


SEGMENT = st.sampled_from(["a", "b", "areas", "x.css", ".x", "..x", "ü", "a b"])
URL = st.builds(lambda segs, folder: "/" + "/".join(segs) + ("/" if folder and segs else ""),
                st.lists(SEGMENT, max_size=4), st.booleans())


@settings(max_examples=500, deadline=None)
@given(URL, URL)
def test_relative_matches_relpath(from_url, to_url):
    assert relative(from_url, to_url) == reference_relative(from_url, to_url)


def test_relative_examples():
    assert _is_clean("/areas/x/") and _is_clean("/") and _is_clean("/static/style.css")  # the fast path is taken
    assert not _is_clean("/a/../b/") and not _is_clean("/a//b/") and not _is_clean("/a/#x")
    assert relative("/areas/x/", "/areas/") == "../"
    assert relative("/areas/x/", "/static/style.css") == "../../static/style.css"
    assert relative("/", "/") == "./"
    assert relative("/a/", "/a/#top") == "#top"
