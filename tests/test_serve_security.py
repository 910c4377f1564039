"""The dev server answers only requests addressed to itself, reload sockets from its own pages, and
well-formed paths of files inside output/: real requests to a real `python -m generator serve`."""
from __future__ import annotations

import asyncio
import json
import re
import socket
import sys
from pathlib import Path

import pytest
from tornado.httpclient import HTTPRequest
from tornado.websocket import websocket_connect

from .conftest import copy_example
from .devserver import DevServer

PROTOCOL = "http://livereload.com/protocols/official-7"
WS_HEADERS = ("Upgrade: websocket\r\nSec-WebSocket-Version: 13\r\n"
              "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n")
PAGE_TEXT = b"Labour leadership 2016"  # in every page of the example site


def refused_host(port: int) -> bytes:
    return (b"403 Forbidden: this dev server answers only requests addressed to its own address, such as "
            b"http://127.0.0.1:%d/ or http://localhost:%d/\n" % (port, port))


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory):
    site = copy_example(tmp_path_factory.mktemp("serve") / "site")
    with DevServer(site) as server:  # the default --host
        yield server


def port_of(server: DevServer) -> int:
    return int(server.url.rstrip("/").rsplit(":", 1)[1])


def request(port: int, target: str, host: str, headers: str = "", address: str = "127.0.0.1",
            connection: str = "close") -> tuple[int, dict[str, str], bytes]:
    """Send one request exactly as written (no client-side clean-up of the path or headers)."""
    with socket.create_connection((address, port), timeout=10) as conn:
        conn.sendall(f"GET {target} HTTP/1.1\r\nHost: {host}\r\n{headers}Connection: {connection}\r\n\r\n"
                     .encode("latin-1"))
        data = b""
        while b"\r\n\r\n" not in data and (chunk := conn.recv(65536)):
            data += chunk
        head, _, body = data.partition(b"\r\n\r\n")
        status_line, *lines = head.decode("latin-1").split("\r\n")
        fields = {name.lower(): value.strip() for name, _, value in (line.partition(":") for line in lines)}
        length = int(fields.get("content-length", 0))  # a websocket (101) stays open: read no further
        while len(body) < length and (chunk := conn.recv(65536)):
            body += chunk
    return int(status_line.split()[1]), fields, body


@pytest.mark.parametrize("host", ["evil.example", "evil.example:{port}", "127.0.0.1.evil.example:{port}",
                                  "127.0.0.1:1", "localhost:{port}.evil.example", "[::2]:{port}", "0x7f000001:{port}"])
def test_a_foreign_host_gets_403_and_no_page(server: DevServer, host: str) -> None:
    port = port_of(server)
    status, headers, body = request(port, "/result/", host.format(port=port))
    assert status == 403
    assert headers["content-type"] == "text/plain; charset=utf-8"
    assert body == refused_host(port)
    line = f"Refused a request for host {host.format(port=port)!r}: " + refused_host(port)[15:-1].decode()
    assert server.wait_for("^" + re.escape(line + " (see docs/serve.md).") + "$", timeout=5)


def test_a_request_without_host_header_is_refused(server: DevServer) -> None:
    port = port_of(server)
    with socket.create_connection(("127.0.0.1", port), timeout=10) as conn:
        conn.sendall(b"GET /result/ HTTP/1.0\r\n\r\n")
        data = b""
        while chunk := conn.recv(65536):
            data += chunk
    assert data.startswith(b"HTTP/1.1 403 Forbidden\r\n")
    assert data.endswith(b"\r\n\r\n" + refused_host(port))
    assert server.wait_for(r"^Refused a request with no Host header: ", timeout=5)


def test_a_request_no_route_matches_is_still_host_checked(server: DevServer) -> None:
    port = port_of(server)
    assert request(port, "*", "evil.example")[::2] == (403, refused_host(port))


@pytest.mark.parametrize("host", ["localhost:{port}", "127.0.0.1:{port}", "[::1]:{port}", "localhost", "127.0.0.1",
                                  "LocalHost:{port}"])
def test_its_own_names_are_answered(server: DevServer, host: str) -> None:
    port = port_of(server)
    status, headers, body = request(port, "/result/", host.format(port=port))
    assert status == 200
    assert PAGE_TEXT in body


def handshake(port: int, host: str, origin: str | None, address: str = "127.0.0.1") -> tuple[int, bytes]:
    status, _, body = request(port, "/livereload", host, WS_HEADERS + (f"Origin: {origin}\r\n" if origin else ""),
                              address, connection="Upgrade")
    return status, body


REFUSED_ORIGIN = b"403 Forbidden: the reload socket accepts only the dev server's own pages\n"


@pytest.mark.parametrize("origin", ["http://evil.example", "http://evil.example:{port}", "null",
                                    "https://127.0.0.1:{port}", "http://127.0.0.1", "http://127.0.0.1:1",
                                    "http://127.0.0.1:{port}.evil.example"])
def test_reload_socket_refuses_other_origins(server: DevServer, origin: str) -> None:
    port = port_of(server)
    assert handshake(port, f"127.0.0.1:{port}", origin.format(port=port)) == (403, REFUSED_ORIGIN)


def test_reload_socket_refuses_a_rebound_name(server: DevServer) -> None:
    """DNS rebinding: the page and the socket both name evil.example, so the origin matches the host."""
    port = port_of(server)
    assert handshake(port, f"evil.example:{port}", f"http://evil.example:{port}") == (403, refused_host(port))


@pytest.mark.parametrize("origin", ["http://127.0.0.1:{port}", "http://localhost:{port}", None])
def test_reload_socket_accepts_its_own_pages(server: DevServer, origin: str | None) -> None:
    port = port_of(server)
    status, _ = handshake(port, f"127.0.0.1:{port}", origin and origin.format(port=port))
    assert status == 101


def test_reload_socket_speaks_livereload_to_its_own_origin(server: DevServer) -> None:
    port = port_of(server)

    async def hello() -> dict:
        ws = await websocket_connect(HTTPRequest(f"ws://127.0.0.1:{port}/livereload",
                                                 headers={"Origin": f"http://127.0.0.1:{port}"}))
        await ws.write_message(json.dumps({"command": "hello", "protocols": [PROTOCOL]}))
        answer = json.loads(await ws.read_message())
        ws.close()
        return answer

    assert asyncio.run(hello())["command"] == "hello"


BAD_PATHS = [
    ("/index.html%00.txt", 400, b"400 Bad Request: control character in path\n"),
    ("/index.html%00", 400, b"400 Bad Request: control character in path\n"),
    ("/result/%0d%0aSet-Cookie:%20x=1", 400, b"400 Bad Request: control character in path\n"),
    ("/%zz", 400, b"400 Bad Request: invalid percent-encoding\n"),
    ("/result/%", 400, b"400 Bad Request: invalid percent-encoding\n"),
    ("/index.html%ff", 400, b"400 Bad Request\n"),
    ("/%c0%ae%c0%ae/site.yaml", 400, b"400 Bad Request\n"),
    ("/../site.yaml", 400, b"400 Bad Request: dot segment in path\n"),
    ("/%2e%2e/site.yaml", 400, b"400 Bad Request: dot segment in path\n"),
    ("/static/..%2f..%2fsite.yaml", 400, b"400 Bad Request: dot segment in path\n"),
    ("/result/./index.html", 400, b"400 Bad Request: dot segment in path\n"),
    ("/..\\site.yaml", 400, b"400 Bad Request: backslash in path\n"),
    ("/result%5cindex.html", 400, b"400 Bad Request: backslash in path\n"),
    ("//etc/passwd", 400, b"400 Bad Request: empty first segment in path\n"),
    ("/%2fetc/passwd", 400, b"400 Bad Request: empty first segment in path\n"),
    ("/" + "a" * 256, 400, b"400 Bad Request: file name too long\n"),
    ("/" + "a/" * 1100, 400, b"400 Bad Request: path too long\n"),
    ("/static/", 404, b"404 Not Found\n"),  # a folder of the built site without index.html
    ("/static", 404, b"404 Not Found\n"),
    ("/no-such-page/", 404, b"404 Not Found\n"),
    ("http://evil.example/result/", 404, b"404 Not Found\n"),  # no route: the Host header is what counts
    ("*", 404, b"404 Not Found\n"),
]


@pytest.mark.parametrize("target, status, body", BAD_PATHS)
def test_bad_paths_get_4xx_without_a_traceback(server: DevServer, target: str, status: int, body: bytes) -> None:
    port = port_of(server)
    got_status, headers, got_body = request(port, target, f"127.0.0.1:{port}")
    assert (got_status, got_body) == (status, body)
    assert headers["content-type"] == "text/plain; charset=utf-8"
    assert request(port, "/result/", f"127.0.0.1:{port}")[0] == 200  # and it is still serving
    assert "Traceback" not in server.output and "Uncaught exception" not in server.output


def test_symlinks_leading_out_of_output_are_not_followed(server: DevServer, tmp_path: Path) -> None:
    port = port_of(server)
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text("SECRET-OUTSIDE-THE-SITE", encoding="utf-8")
    (outside / "index.html").write_text("<p>SECRET-OUTSIDE-THE-SITE</p>", encoding="utf-8")
    output = server.site / "output"
    (output / "leak.txt").symlink_to(outside / "secret.txt")
    (output / "leakdir").symlink_to(outside, target_is_directory=True)
    (output / "loop").symlink_to(output / "loop")
    try:
        for target in ("/leak.txt", "/leakdir/secret.txt", "/leakdir/"):
            assert request(port, target, f"127.0.0.1:{port}")[::2] == (403, b"403 Forbidden: not a file of the site\n")
        assert request(port, "/loop", f"127.0.0.1:{port}")[::2] == (404, b"404 Not Found\n")
    finally:
        for name in ("leak.txt", "leakdir", "loop"):
            (output / name).unlink()
    assert "Traceback" not in server.output


def test_listens_on_127_0_0_1_by_default(server: DevServer) -> None:
    assert server.url.startswith("http://127.0.0.1:")
    if sys.platform.startswith("linux"):  # where all of 127.0.0.0/8 reaches this machine
        with pytest.raises(ConnectionRefusedError):
            socket.create_connection(("127.0.0.2", port_of(server)), timeout=5).close()


def test_on_every_address_it_answers_to_the_address_asked_and_the_machine_name(tmp_path: Path) -> None:
    if not sys.platform.startswith("linux"):
        pytest.skip("needs a second loopback address (127.0.0.2)")
    with DevServer(copy_example(tmp_path / "site"), "--host", "0.0.0.0", "--port", "0") as server:
        port = port_of(server)
        assert request(port, "/result/", f"127.0.0.2:{port}", address="127.0.0.2")[0] == 200
        assert request(port, "/result/", f"{socket.gethostname()}:{port}")[0] == 200
        assert request(port, "/result/", f"0.0.0.0:{port}")[0] == 200
        # An address of the machine other than the one the request came to, and any other name: refused.
        assert request(port, "/result/", f"127.0.0.2:{port}")[::2] == (403, refused_host(port))
        assert request(port, "/result/", f"evil.example:{port}")[::2] == (403, refused_host(port))
        assert handshake(port, f"127.0.0.2:{port}", f"http://127.0.0.2:{port}", "127.0.0.2")[0] == 101
