"""Whether an input file may be read: it is a regular file, and a symlink to it stays inside its folder.

A build never reads anything from outside the site folder (or the generator's own theme): a link such
as `static/env.txt -> /proc/self/environ` would otherwise publish the build's environment.
"""
from __future__ import annotations

import errno
import os
import stat

from .errors import Problem

OUTSIDE_HINT = "copy the file into the site instead"


def within(real: str, base: str) -> bool:
    """Whether the resolved path `real` is `base` (resolved) or under it."""
    return real == base or real.startswith(base.rstrip(os.sep) + os.sep)


def link_problem(path: str, display: str, bases: tuple[str, ...]) -> Problem | None:
    """Why the symlink at `path` (shown as `display`) may not be followed, or None.

    `bases` are resolved folders the link's target must be inside of.
    """
    try:
        real = os.path.realpath(path, strict=True)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return Problem(display, None, "this link is a loop: it leads back to itself",
                           "delete the link, or replace it with the file itself")
        return Problem(display, None, "this link points to a file that does not exist",
                       "delete the link, or replace it with the file itself")
    if not any(within(real, base) for base in bases):
        return Problem(display, None, "this is a link to a file outside the site folder", OUTSIDE_HINT)
    return None


def not_regular(mode: int, display: str) -> Problem | None:
    """Why a file of this st_mode cannot be an input (a folder, pipe or device), or None."""
    if stat.S_ISREG(mode):
        return None
    kind = "a folder" if stat.S_ISDIR(mode) else "a pipe, device or socket, not an ordinary file"
    return Problem(display, None, f"this is {kind}, so it cannot be read as a file",
                   "remove it, or rename it so that its name does not end in .yaml, .yml or .md"
                   if stat.S_ISDIR(mode) else "remove it, and put an ordinary file in its place")


def unreadable(display: str, exc: OSError) -> Problem:
    """A file or folder the build may not read (permission denied, or another system error)."""
    if isinstance(exc, PermissionError):
        return Problem(display, None, "this cannot be read: permission denied",
                       "let the user who builds the site read it (for example `chmod a+r` on the file, "
                       "`chmod a+rx` on a folder)")
    return Problem(display, None, f"this cannot be read: {exc.strerror or exc}",
                   "check that the file is on a working disk, or copy it again")
