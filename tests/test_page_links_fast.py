"""A page's link() (urls.relative_from, made once per page) gives what urls.relative gives, link by link."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.urls import relative, relative_from

SEGMENT = st.sampled_from(["a", "b", "areas", "x.css", ".", "..", "", "ü", "a b", "index.html"])
URL = st.builds(lambda segs, folder, frag: "/" + "/".join(segs) + ("/" if folder and segs else "") + frag,
                st.lists(SEGMENT, max_size=4), st.booleans(), st.sampled_from(["", "#x", "#"]))
TARGET = st.one_of(URL, st.sampled_from(["#main", "", "x/", "//cdn.example/x", "https://example.org/"]))


@settings(max_examples=400, deadline=None)
@given(URL, st.lists(TARGET, min_size=1, max_size=6), st.booleans())
def test_a_pages_links_are_relative_links(from_url, targets, index_links):
    link = relative_from(from_url, index_links)
    for to_url in targets + targets:  # the second time from the page's own table
        assert link(to_url) == relative(from_url, to_url, index_links)


def test_examples():
    link = relative_from("/areas/x/", index_links=True)
    assert link("/static/style.css") == "../../static/style.css"
    assert link("/") == "../../index.html" and link("/areas/") == "../index.html"
    assert relative_from("/areas/x/")("/areas/x/") == "./"
