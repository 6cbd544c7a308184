"""A throwaway nginx in front of `qpm serve` processes, configured as the README's "Many meetings at once".

Used by tests/deployment.py and bench/scaled.py. nginx's `ip_hash` keys on the first three octets of an
IPv4 address, so every client on 127.0.0.1 would reach the same process: clients here connect from their
own loopback address, 127.a.b.1 (all of 127.0.0.0/8 is loopback on Linux), one /24 each.
"""
import shutil
import socket
import subprocess
import time
import urllib.request
from http.client import HTTPConnection
from pathlib import Path

import aiohttp
import socketio

CONFIG = """\
daemon off;
worker_processes 1;
pid {prefix}/nginx.pid;
error_log {prefix}/error.log warn;
events {{ worker_connections 8192; }}
http {{
    access_log off;  # no client address in any log
    client_body_temp_path {prefix}/body;
    proxy_temp_path {prefix}/proxy;
    fastcgi_temp_path {prefix}/fastcgi;
    uwsgi_temp_path {prefix}/uwsgi;
    scgi_temp_path {prefix}/scgi;
    # Run as root, the workers are "nobody" and may not write under a private temporary folder: nothing to disk.
    client_body_buffer_size 256k;
    proxy_max_temp_file_size 0;
    upstream qpm {{
        ip_hash;
{servers}
    }}
    limit_conn_zone $binary_remote_addr zone=per_address:10m;
    server {{
        listen 127.0.0.1:{port};
        client_header_timeout 10s;
        client_body_timeout   10s;
        send_timeout          30s;
        client_max_body_size  256k;
        limit_conn per_address 200;
        # Which process answered: lets a test check that the phones of one meeting are spread.
        add_header X-QPM-Backend $upstream_addr always;
        # The README's directives, plus the host and scheme the phone used (set, so a phone cannot forge
        # them either): without Host, Flask sees "qpm" and refuses a browser's Origin as cross-site.
        proxy_set_header Host $http_host;
        proxy_set_header X-Forwarded-Host $http_host;
        proxy_set_header X-Forwarded-Proto $scheme;
        proxy_set_header X-Forwarded-For $remote_addr;
        location /socket.io/ {{  # a proxy_set_header here replaces the whole list above: all of it again
            proxy_pass http://qpm; proxy_http_version 1.1;
            proxy_set_header Upgrade $http_upgrade; proxy_set_header Connection "upgrade";
            proxy_set_header Host $http_host;
            proxy_set_header X-Forwarded-Host $http_host;
            proxy_set_header X-Forwarded-Proto $scheme;
            proxy_set_header X-Forwarded-For $remote_addr;  # set, not appended: the phone cannot forge it
            proxy_read_timeout 60s;
        }}
        location / {{
            proxy_pass http://qpm;
        }}
    }}
}}
"""


def free_port():
    """Return a TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def loopback_address(number):
    """Return the number-th client address, each in a /24 of its own so that ip_hash tells them apart."""
    return f"127.{1 + number // 250}.{1 + number % 250}.1"


class Nginx:
    """One nginx process with its configuration, pid and error log in a folder of its own."""

    def __init__(self, folder, backend_urls):
        self.folder = Path(folder)
        self.folder.mkdir(parents=True, exist_ok=True)
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        servers = "\n".join(f"        server {url.split('://', 1)[1]};" for url in backend_urls)
        self.config = self.folder / "nginx.conf"
        self.config.write_text(CONFIG.format(prefix=self.folder, servers=servers, port=self.port))
        self.process = None

    @staticmethod
    def available():
        """Return whether an nginx binary is installed."""
        return shutil.which("nginx") or Path("/usr/sbin/nginx").exists()

    def start(self, seconds=10):
        """Start nginx in the foreground (daemon off) and wait until it answers; raise with its log if not."""
        binary = shutil.which("nginx") or "/usr/sbin/nginx"
        # -e: nginx opens its error log before reading the configuration; the default may not be writable.
        self.process = subprocess.Popen([binary, "-p", str(self.folder), "-c", str(self.config),
                                         "-e", str(self.folder / "error.log")],
                                        stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                break
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=1):
                    return self
            except OSError:
                time.sleep(0.05)
        self.stop()
        raise RuntimeError(f"nginx did not start:\n{self.errors()}")

    def stop(self):
        """Stop nginx (a fast shutdown) and wait for it."""
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()

    def errors(self):
        """Return nginx's error log."""
        log = self.folder / "error.log"
        return log.read_text(errors="replace") if log.exists() else ""

    def backend_of(self, address):
        """Return the backend (host:port) nginx sends a client address to, read from one /healthz."""
        opener = urllib.request.build_opener(SourceAddressHandler(address))
        with opener.open(self.url + "/healthz", timeout=10) as answer:
            return answer.headers["X-QPM-Backend"]


class SourceAddressHandler(urllib.request.HTTPHandler):
    """urllib's HTTP handler, connecting from a chosen local address."""

    def __init__(self, address):
        super().__init__()
        self.address = address

    def http_open(self, request):
        """Open the connection from the chosen address."""
        return self.do_open(lambda host, **options: HTTPConnection(host, source_address=(self.address, 0),
                                                                   **options), request)


def phone_from(address, **options):
    """Return a Socket.IO asyncio client whose HTTP and WebSocket connections all leave from one address."""
    session = aiohttp.ClientSession(connector=aiohttp.TCPConnector(local_addr=(address, 0)))
    return socketio.AsyncClient(reconnection=False, handle_sigint=False, http_session=session, **options)

