"""Nothing from outside the site folder is read or published, and files that are not ordinary files
(folders named .md, pipes, devices, link loops, unreadable files) are located errors, never a hang or a
traceback; output/ stays as it was."""
from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from generator.build import build
from generator.errors import SiteError
from tests.sitecopy import refused_build_output, run_cli

OUTSIDE = ("this is a link to a file outside the site folder\n"
           "  hint: copy the file into the site instead\n")
LOOP = "this link is a loop: it leads back to itself\n  hint: delete the link, or replace it with the file itself\n"
FOLDER = ("this is a folder, so it cannot be read as a file\n"
          "  hint: remove it, or rename it so that its name does not end in .yaml, .yml or .md\n")
SPECIAL = ("this is a pipe, device or socket, not an ordinary file, so it cannot be read as a file\n"
           "  hint: remove it, and put an ordinary file in its place\n")
DENIED = ("this cannot be read: permission denied\n  hint: let the user who builds the site read it (for example "
          "`chmod a+r` on the file, `chmod a+rx` on a folder)\n")


def link(rel: str, target: str):
    def apply(site: Path) -> None:
        (site / rel).parent.mkdir(parents=True, exist_ok=True)
        os.symlink(target, site / rel)
    return apply


def fifo(site: Path) -> None:
    os.mkfifo(site / "content/pages/pipe.md")


def folder(rel: str):
    return lambda site: (site / rel).mkdir()


CASES = [
    ("static-link-to-environ", link("static/env.txt", "/proc/self/environ"), "Error: static/env.txt: " + OUTSIDE),
    ("static-link-to-passwd", link("static/passwd", "/etc/passwd"), "Error: static/passwd: " + OUTSIDE),
    ("page-link-outside", link("content/pages/x.md", "/etc/passwd"), "Error: content/pages/x.md: " + OUTSIDE),
    ("yaml-link-outside", link("content/nominations/x.yaml", "/etc/passwd"),
     "Error: content/nominations/x.yaml: " + OUTSIDE),
    ("page-link-to-dev-zero", link("content/pages/zero.md", "/dev/zero"), "Error: content/pages/zero.md: " + OUTSIDE),
    ("template-link-outside", link("templates/page.html", "/etc/passwd"), "Error: templates/page.html: " + OUTSIDE),
    ("static-link-loop", link("static/loop.css", "loop.css"), "Error: static/loop.css: " + LOOP),
    ("page-link-loop", link("content/pages/loop.md", "loop.md"), "Error: content/pages/loop.md: " + LOOP),
    ("page-that-is-a-folder", folder("content/pages/folder.md"), "Error: content/pages/folder.md: " + FOLDER),
    ("yaml-that-is-a-folder", folder("content/nominations/folder.yaml"),
     "Error: content/nominations/folder.yaml: " + FOLDER),
    ("page-that-is-a-pipe", fifo, "Error: content/pages/pipe.md: " + SPECIAL),
]


@pytest.mark.parametrize("case_id, mutation, expected", CASES, ids=[c[0] for c in CASES])
def test_refused_at_its_path(site: Path, case_id: str, mutation, expected: str) -> None:
    assert refused_build_output(site, mutation) == expected


def test_links_inside_the_site_are_followed(site: Path) -> None:
    (site / "shared").mkdir()
    (site / "shared/note.txt").write_text("shared\n", encoding="utf-8")
    (site / "static").mkdir()
    os.symlink("../shared/note.txt", site / "static/note.txt")
    os.rename(site / "content/pages", site / "shared/pages")
    os.symlink("../shared/pages", site / "content/pages")
    result = run_cli("build", "--site", str(site))
    assert result.exit_code == 0, result.output
    assert (site / "output/static/note.txt").read_text(encoding="utf-8") == "shared\n"
    assert (site / "output/about/index.html").is_file()


def test_a_content_folder_linked_outside_is_refused(site: Path, tmp_path: Path) -> None:
    outside = tmp_path / "elsewhere"
    os.rename(site / "content/pages", outside)
    os.symlink(outside, site / "content/pages")
    result = run_cli("build", "--site", str(site))
    assert result.exit_code == 1
    assert result.output == "Error: content/pages: " + OUTSIDE


def test_a_reserved_windows_name_is_refused(site: Path) -> None:
    (site / "content/pages/about.md").rename(site / "content/pages/con.md")
    result = run_cli("build", "--site", str(site))
    assert result.exit_code == 1
    assert "`con` is a reserved device name on Windows" in result.output
    assert result.output.startswith("Error: content/pages/con.md:")
    assert "Traceback" not in result.output


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0,
                    reason="root reads a chmod 000 file anyway; test_permission_denied_in_process covers the code")
@pytest.mark.parametrize("rel", ["content/candidates.yaml", "content/pages/about.md"])
def test_an_unreadable_file(site: Path, rel: str) -> None:
    (site / rel).chmod(0)
    result = run_cli("build", "--site", str(site))
    assert result.exit_code == 1
    assert result.output == f"Error: {rel}: " + DENIED


@pytest.mark.parametrize("rel", ["content/candidates.yaml", "content/pages/about.md"])
def test_permission_denied_in_process(site: Path, rel: str, monkeypatch: pytest.MonkeyPatch) -> None:
    real_open = os.open
    target = str((site / rel).resolve())

    def refusing(path, flags, *args, **kwargs):
        if os.fspath(path) == target:
            raise PermissionError(errno.EACCES, "Permission denied", path)
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", refusing)
    with pytest.raises(SiteError) as caught:
        build(site, site / "output")
    assert str(caught.value) + "\n" == f"{rel}: " + DENIED
    assert not (site / "output").exists()


def test_an_unreadable_content_folder_in_process(site: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real_scandir = os.scandir
    target = str((site / "content/nominations").resolve())

    def refusing(path="."):
        if os.fspath(path) == target:
            raise PermissionError(errno.EACCES, "Permission denied", path)
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", refusing)
    with pytest.raises(SiteError) as caught:
        build(site, site / "output")
    assert str(caught.value).splitlines()[:2] == ("content/nominations: " + DENIED).splitlines()


def test_a_content_file_over_50_mib_is_not_read(site: Path) -> None:
    with open(site / "content/pages/huge.md", "wb") as fh:
        fh.truncate(60 * 1024 * 1024)
    result = run_cli("build", "--site", str(site))
    assert result.exit_code == 1
    assert result.output == ("Error: content/pages/huge.md: this file is 63 MB, more than the 50 MiB a content "
                             "file may be\n  hint: split it into several files\n")


def test_watching_never_reads_a_pipe_or_a_device(site: Path) -> None:
    from generator.watch import fingerprint

    (site / "static").mkdir()
    os.mkfifo(site / "static/pipe")
    os.symlink("/dev/zero", site / "static/zero")
    (site / "static/new.css").write_text("a{}\n", encoding="utf-8")
    found = fingerprint([site / "static"])  # returns: neither blocks on the pipe nor reads /dev/zero
    assert len(found[str(site / "static/new.css")]) == 4  # a recent ordinary file is hashed
    assert len(found[str(site / "static/pipe")]) == 3
    assert len(found[str(site / "static/zero")]) == 3
