"""The `qpm` command: `qpm serve` runs the real server (with `--demo`, a ready demo meeting)."""
import argparse
import errno
import ipaddress
from datetime import datetime, timedelta, timezone
import os
import re
import resource
import socket
import sys

ASYNC_MODES = ("gevent", "eventlet")


def main(argv=None):
    """Run the `qpm` command."""
    parser = argparse.ArgumentParser(prog="qpm", description="QPM meeting room")
    commands = parser.add_subparsers(dest="command", required=True)
    serve_command = commands.add_parser("serve", help="run the server")
    serve_command.add_argument("--host", default=None,
                               help="address to listen on (default 127.0.0.1, this computer only; with --lan 0.0.0.0)")
    serve_command.add_argument("--lan", action="store_true",
                               help="let phones on this network in: listen on all interfaces and put this "
                                    "laptop's network address in the QR code and the links")
    serve_command.add_argument("--port", type=int, default=5000)
    serve_command.add_argument("--demo", action="store_true", help="create a demo meeting and print its links")
    letter_command = commands.add_parser("letter", help="write a meeting's parent letter as a Word file")
    letter_command.add_argument("meeting_id")
    letter_command.add_argument("--lang", choices=("sv", "en"), default=None,
                                help="language of the letter (default: the meeting's)")
    letter_command.add_argument("-o", "--output", help="file to write (default: foraldrabrev-<date>.docx)")
    args = parser.parse_args(argv)
    if args.command == "serve":
        serve(args)
    else:
        write_letter(args)


def serve(args):
    """Monkey-patch for the chosen async mode first, then build the app and serve it."""
    mode = os.environ.get("QPM_ASYNC_MODE", "gevent")
    if mode not in ASYNC_MODES:
        sys.exit(f"QPM_ASYNC_MODE must be one of {', '.join(ASYNC_MODES)}, not {mode!r}")
    patch(mode)
    from .web.factory import create_app
    from .web.app import socketio
    from .web.edge import print_type_only
    from .domain.privacy import personal_data
    from .web.serving import server_options, settle

    host = args.host or ("0.0.0.0" if args.lan else "127.0.0.1")
    make_sure_we_can_listen(host, args.port)
    app = create_app({"ASYNC_MODE": mode, **({"LAN_PORT": args.port} if args.lan else {})})
    if app.config["PROXIES"] and not ipaddress.ip_address(socket.gethostbyname(host)).is_loopback:
        # Phones that reach the port past the proxy could forge X-Forwarded-For and dodge every limit.
        print(f"Warning: QPM_PROXIES is set, so the app trusts X-Forwarded-For; {host} port {args.port} must be "
              "reachable from the proxy only (firewall it), or listen on 127.0.0.1.", flush=True)
        if args.lan:
            sys.exit("qpm: --lan lets every phone reach the app directly; it cannot be used with QPM_PROXIES.")
    capacity = _allow_many_connections()
    app.config["MAX_CONNECTIONS"] = min(app.config["MAX_CONNECTIONS"], capacity)
    print(f"Open files allowed: {resource.getrlimit(resource.RLIMIT_NOFILE)[0]}; "
          f"up to {app.config['MAX_CONNECTIONS']} connections at once", flush=True)
    base = app.config["PUBLIC_URL"] or (lan_base(args.port) if args.lan else
                                        f"http://{'127.0.0.1' if host == '0.0.0.0' else host}:{args.port}")
    if args.demo:
        print_demo(app, base)
    print(f"QPM meeting room ({mode}) on http://{host}:{args.port}", flush=True)
    if args.lan:
        print_large_address(base)
    socketio.start_background_task(forget_old_meetings, app, socketio.sleep)
    settle(lambda: personal_data("Hej Lisa, ring 070-123 45 67"))  # word lists loaded before the first idea
    # eventlet stops accepting at 1,024 connections unless told otherwise; gevent's own error log would
    # print parents' addresses, so it goes through a filter that hides them.
    options = server_options(mode, app.config, AddresslessLog())
    if mode == "gevent":
        # A full pool stops accepting until a connection ends: the listener never runs out of descriptors.
        from gevent import get_hub
        from gevent.pool import Pool
        options["spawn"] = Pool(app.config["MAX_CONNECTIONS"])
        get_hub().print_exception = print_type_only  # a failed task is logged by its type, not its arguments
    # No access log: it would write every parent's IP address to the terminal.
    socketio.run(app, host=host, port=args.port, log_output=False, **options)


def make_sure_we_can_listen(host, port):
    """Exit with one line that says what to do when the address is unknown or the port is taken."""
    if not 0 < port < 65536:  # getaddrinfo would quietly wrap it round
        sys.exit(f"qpm: there is no port {port}: choose one from 1024 to 65535, e.g. --port 5000.")
    try:
        family, _type, _proto, _name, address = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0]
        with socket.socket(family, socket.SOCK_STREAM) as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as the server itself binds
            probe.bind(address)
    except socket.gaierror:
        sys.exit(f"qpm: cannot listen on {host!r} port {port}: no such address or port on this computer. "
                 "Leave out --host (this computer only), or use --lan for phones on the network.")
    except OSError as problem:
        if problem.errno == errno.EADDRINUSE:
            sys.exit(f"qpm: port {port} is already in use (is another qpm serve running?). "
                     f"Stop it, or choose another port: --port {port + 1}.")
        sys.exit(f"qpm: cannot listen on {host} port {port} ({problem.strerror}). "
                 "Leave out --host, or use --lan for phones on the network.")


def lan_base(port):
    """Return the address phones on this network reach the server at, or exit when there is no network."""
    from .web.lan import lan_addresses

    found = lan_addresses()
    if not found:
        sys.exit("qpm: this laptop is on no network. Connect it to the Wi-Fi the phones use (or a phone's "
                 "hotspot) and start again.")
    return f"http://{found[0].address}:{port}/"


# A 3×5 font for an address (digits, dots, colon): two pixel rows per line of half blocks.
FONT = {"0": "###|#.#|#.#|#.#|###", "1": ".#.|##.|.#.|.#.|###", "2": "###|..#|###|#..|###",
        "3": "###|..#|###|..#|###", "4": "#.#|#.#|###|..#|..#", "5": "###|#..|###|..#|###",
        "6": "###|#..|###|#.#|###", "7": "###|..#|..#|..#|..#", "8": "###|#.#|###|#.#|###",
        "9": "###|#.#|###|..#|###", ".": ".|.|.|.|#", ":": ".|#|.|#|."}


def large(text):
    """Return text (an address and port) in large letters, three lines of half blocks."""
    glyphs = [FONT[c].split("|") + ["." * len(FONT[c].split("|")[0])] for c in text if c in FONT]
    blocks = {("#", "#"): "█", ("#", "."): "▀", (".", "#"): "▄", (".", "."): " "}
    lines = []
    for top in (0, 2, 4):
        lines.append(" ".join("".join(blocks[pair] for pair in zip(g[top], g[top + 1])) for g in glyphs))
    return "\n".join(lines)


def print_large_address(base):
    """Print where phones join, large enough to read from beside the laptop."""
    address = base.split("://", 1)[-1].rstrip("/")
    print("\nPhones on this network join at:", flush=True)
    shown = large(address) if all(c in FONT for c in address) else address
    try:
        print("\n" + shown + "\n", flush=True)
    except UnicodeEncodeError:  # a terminal without block characters
        print("\n" + address + "\n", flush=True)


def write_letter(args):
    """Write a meeting's letter from the store to a .docx file."""
    from .web.factory import create_app
    from .letter.context import meeting_letter, render_docx

    app = create_app({"ASYNC_MODE": "threading"})
    services = app.extensions["qpm"]
    meeting = services.store.meeting(args.meeting_id)
    if meeting is None:
        sys.exit(f"No meeting with id {args.meeting_id!r}.")
    context = meeting_letter(services.store, meeting, args.lang, services.contacts)
    output = args.output or f"foraldrabrev-{context['date_iso']}.docx"
    with open(output, "wb") as handle:
        handle.write(render_docx(context))
    print(output)


class AddresslessLog:
    """The server's error log on stderr, with every IP address and port taken out."""

    # ('127.0.0.1', 45700) and ('::1', 5000, 0, 0) as gevent writes them, and bare IPv4 addresses.
    ADDRESS = re.compile(r"\('[^']*',\s*\d+(?:,\s*\d+)*\)|\b\d{1,3}(?:\.\d{1,3}){3}\b")

    def write(self, text):
        """Write to stderr without addresses."""
        sys.stderr.write(self.ADDRESS.sub("(address)", text))

    def flush(self):
        """Flush stderr."""
        sys.stderr.flush()


def forget_old_meetings(app, sleep):
    """Delete closed meetings past the retention period, now and then every hour, while the server runs."""
    while True:
        cutoff = datetime.now(timezone.utc) - timedelta(days=app.config["RETENTION_DAYS"])
        app.extensions["qpm"].store.forget_closed_before(cutoff)
        sleep(3600)


def patch(mode):
    """Make the standard library cooperative; must run before Flask, SQLAlchemy or sockets load."""
    if mode == "gevent":
        from gevent import monkey
        monkey.patch_all()
    else:
        import eventlet
        eventlet.monkey_patch()


# Descriptors kept for the database, logs and files besides the phones' sockets.
SPARE_FILES = 64


def _allow_many_connections():
    """Raise the open-file limit to its ceiling (every phone holds a socket); return the connections it allows."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if hard == resource.RLIM_INFINITY or soft < hard:
        resource.setrlimit(resource.RLIMIT_NOFILE, (hard if hard != resource.RLIM_INFINITY else 65536, hard))
    return max(8, resource.getrlimit(resource.RLIMIT_NOFILE)[0] - SPARE_FILES)


def print_demo(app, base):
    """Create a demo meeting and print its links."""
    from .demo import DEMO_MEETING
    from .web.rooms import open_room

    room = open_room(app.extensions["qpm"].store, DEMO_MEETING)
    links = room.links(base)
    print("Demo meeting ready:")
    print(f"  host console:   {links['host_url']}")
    print(f"  projector view: {links['screen_url']}")
    print(f"  parents join:   {links['join_url']}  (code {room.meeting.code})", flush=True)
