"""What the dev server answers: requests addressed to itself, reload sockets opened by its own pages,
and well-formed paths of files inside output/.

The Host check stops DNS rebinding: a page on evil.example whose name is re-pointed at 127.0.0.1 would
otherwise be same-origin with the server and could read drafts (and the error page) from the
reporter's browser. Browsers send the name they resolved, so a request for any other name is refused.
"""
from __future__ import annotations

import ipaddress
import re
import socket

import click
from tornado import web
from tornado.httputil import HTTPServerRequest

LOOPBACK_NAMES = ("127.0.0.1", "localhost", "::1")
WILDCARD_HOSTS = ("", "0.0.0.0", "::")
AUTHORITY = re.compile(r"(?:\[([0-9A-Fa-f:.]+)\]|([A-Za-z0-9._-]+))(?::([0-9]{1,5}))?")
ORIGIN = re.compile(r"http://([^/?#@\s]+)")
BAD_PERCENT = re.compile(r"%(?![0-9A-Fa-f]{2})")
MAX_NAME_BYTES = 255  # the longest file name Linux, macOS and Windows allow
MAX_PATH_CHARS = 2048
REFUSED_HOST = ("this dev server answers only requests addressed to its own address, "
                "such as http://127.0.0.1:PORT/ or http://localhost:PORT/")
REFUSED_ORIGIN = "the reload socket accepts only the dev server's own pages"
REPORTED_MAX = 20  # distinct refused Host headers named in the terminal; an attack must not flood it


def canonical(name: str) -> str:
    """A host name in lower case; an IP address in its usual form (an IPv4-mapped IPv6 address as IPv4)."""
    name = name.lower()
    try:
        ip = ipaddress.ip_address(name)
    except ValueError:
        return name
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        return str(ip.ipv4_mapped)
    return str(ip)


def split_authority(value: str) -> tuple[str, int | None] | None:
    """`name`, `name:port`, `[v6]` or `[v6]:port` as (name, port); None for anything else."""
    match = AUTHORITY.fullmatch(value)
    if not match:
        return None
    if match[1] is not None:
        try:
            ipaddress.IPv6Address(match[1])
        except ValueError:
            return None
    return match[1] or match[2], int(match[3]) if match[3] else None


class Access:
    """The names the server answers to on `port`, given the address it listens on (--host)."""

    def __init__(self, host: str, port: int) -> None:
        self.port = port
        self.wildcard = host in WILDCARD_HOSTS
        names = {canonical(name) for name in (*LOOPBACK_NAMES, host.removeprefix("[").removesuffix("]"))}
        if self.wildcard:  # reached from other machines: by this machine's name too
            machine = socket.gethostname()
            names |= {canonical(machine), canonical(machine.split(".")[0] + ".local")}
        names.discard("")
        self.names = frozenset(names)

    def name_allowed(self, name: str, local_address: str | None) -> bool:
        """One of the names, or (listening on every address) the address the request arrived on."""
        name = canonical(name)
        return name in self.names or (self.wildcard and local_address is not None
                                      and name == canonical(local_address))

    def host_allowed(self, header: str | None, local_address: str | None) -> bool:
        """A Host header naming this server, with its port or none."""
        parsed = split_authority(header) if header else None
        if parsed is None:
            return False
        name, port = parsed
        return port in (None, self.port) and self.name_allowed(name, local_address)

    def origin_allowed(self, origin: str, local_address: str | None) -> bool:
        """An Origin header of a page this server sent: http://<allowed name>:<port>."""
        match = ORIGIN.fullmatch(origin)
        parsed = split_authority(match[1]) if match else None
        if parsed is None:
            return False
        name, port = parsed
        return (port if port is not None else 80) == self.port and self.name_allowed(name, local_address)


def path_problem(raw_path: str, path: str) -> str | None:
    """Why a request path can never name a file of output/, or None.

    `raw_path` is the path as sent, `path` the part after the first `/`, percent-decoded."""
    if BAD_PERCENT.search(raw_path):
        return "invalid percent-encoding"
    if len(path) > MAX_PATH_CHARS:
        return "path too long"
    if any(ord(ch) < 0x20 or ord(ch) == 0x7f for ch in path):
        return "control character in path"
    if "\\" in path:
        return "backslash in path"
    if path.startswith("/"):
        return "empty first segment in path"
    segments = path.split("/")
    if any(segment in (".", "..") for segment in segments):
        return "dot segment in path"
    if any(len(segment.encode("utf-8", "surrogatepass")) > MAX_NAME_BYTES for segment in segments):
        return "file name too long"
    return None


class Refused(web.HTTPError):
    """A request the server does not answer, with the sentence its plain-text response gives."""

    def __init__(self, status: int, text: str) -> None:
        super().__init__(status)
        self.text = text


def local_address(request: HTTPServerRequest) -> str | None:
    """The address of this machine the request arrived on."""
    try:
        return request.connection.stream.socket.getsockname()[0]  # type: ignore[union-attr]
    except (AttributeError, OSError, IndexError):
        return None


class Guarded(web.RequestHandler):
    """Answers only requests addressed to this server; every error is a short plain-text response."""

    access: Access
    reported: set[str | None]

    def refuse_foreign_host(self) -> None:
        host = self.request.headers.get("Host")
        if self.access.host_allowed(host, local_address(self.request)):
            return
        text = REFUSED_HOST.replace("PORT", str(self.access.port))
        if host not in self.reported and len(self.reported) < REPORTED_MAX:
            self.reported.add(host)
            asked = f"for host {host!r}" if host is not None else "with no Host header"
            click.echo(f"Refused a request {asked}: {text} (see docs/serve.md).", err=True)
        raise Refused(403, text)

    def write_error(self, status_code: int, **kwargs: object) -> None:
        self.set_header("Content-Type", "text/plain; charset=utf-8")
        self.set_header("Cache-Control", "no-store")
        self.set_header("X-Content-Type-Options", "nosniff")
        exc = (kwargs.get("exc_info") or (None, None, None))[1]  # type: ignore[index]
        text = f": {exc.text}" if isinstance(exc, Refused) else ""
        self.finish(f"{status_code} {self._reason}{text}\n")

    def log_exception(self, typ, value, tb) -> None:  # type: ignore[no-untyped-def]
        if isinstance(value, web.HTTPError):
            return  # a refused request is the client's mistake; the response says what was wrong
        super().log_exception(typ, value, tb)  # a bug: the traceback belongs in the terminal


class NotFound(Guarded):
    """Requests no route matches (`GET *`, `GET http://...`): the same Host check, then 404."""

    def initialize(self, access: Access, reported: set[str | None]) -> None:
        self.access = access
        self.reported = reported

    def prepare(self) -> None:
        self.refuse_foreign_host()
        raise web.HTTPError(404)
