"""The app factory: configuration, store, pages, API and the Socket.IO handlers put together."""
import os
from pathlib import Path
from types import SimpleNamespace
from urllib.parse import urlencode

from flask import Flask, g, jsonify, request
from werkzeug.middleware.proxy_fix import ProxyFix

from .. import config as settings
from ..config import asset_folder
from ..i18n import (LANGUAGE_NAMES, LANGUAGES, PARENT_LANGUAGES, direction, format_number, numbering_system,
                    pick_language, translate, translations)
from ..store.presence import Presence
from ..store.store import Store
from ..store.writer import CommitWriter
from .api import api
from .app import socketio
from .edge import EdgeRequest, answer_refusals, quiet_library_errors
from .limits import Floods, WrongCodes
from .packets import ReadablePacket
from .pages import pages
from .sockets import connection, host, parent  # noqa: F401  (importing registers the Socket.IO handlers)
from .sockets import broadcast
from .transport import PollingCap, cap_websocket_messages, disconnect_without_waiting, refuse_reserved_events
from .wall import PhoneWall

# Pages a parent sees: they speak the twelve parent languages; staff pages speak Swedish and English.
PARENT_PAGES = {"pages.index", "pages.join", "pages.phone", "pages.published_letter", "pages.letter_page",
                "pages.letter_text", "pages.screen"}
# The strictest policy the pages work with: no inline script, no foreign origin.
CONTENT_SECURITY_POLICY = ("default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
                           "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'")


def create_app(config=None):
    """Create the app: configuration, store, pages, API and Socket.IO handlers."""
    config = dict(config or {})
    instance = Path(config.pop("INSTANCE", None) or os.environ.get("QPM_INSTANCE", "instance")).resolve()
    app = Flask("qpm", template_folder=str(asset_folder("templates")),
                static_folder=str(asset_folder("static")), instance_path=str(instance))
    app.config.update(settings.load(config, instance))
    app.config["MAX_CONTENT_LENGTH"] = 256 * 1024
    app.request_class = EdgeRequest
    answer_refusals(app)
    store = Store(app.config["DATABASE"])
    app.extensions["qpm"] = SimpleNamespace(
        store=store, wrong_codes=WrongCodes(app.config["BAD_CODE_LIMIT"], app.config["BAD_CODE_BLOCK"]),
        floods=Floods(store.counters, app.config["SECRET_KEY"], app.config),
        presence=Presence(store.counters.engine),
        contacts=settings.support_contacts(app.config["SUPPORT_CONTACTS"]),
        wall=PhoneWall(broadcast.send_wall, app.config["PHONE_WALL_INTERVAL"],
                       start=lambda run: socketio.start_background_task(run, socketio.sleep)))
    _set_up_languages(app)

    @app.errorhandler(404)
    @app.errorhandler(405)
    @app.errorhandler(413)
    def http_error(error):
        """Answer API mistakes in JSON; pages get the plain error page."""
        if not request.path.startswith("/api/"):
            return error
        message = translate(g.lang, "The request could not be handled: %(reason)s", reason=error.name)
        return jsonify(error={"code": f"http_{error.code}", "message": message}), error.code

    app.register_blueprint(pages)
    app.register_blueprint(api)
    origins = [o.strip() for o in app.config["CORS_ORIGINS"].split(",") if o.strip()]
    socketio.init_app(
        app, async_mode=app.config["ASYNC_MODE"], max_http_buffer_size=app.config["MAX_MESSAGE_BYTES"],
        cors_allowed_origins=origins or None, message_queue=app.config["MESSAGE_QUEUE"] or None,
        logger=False, engineio_logger=False, serializer=ReadablePacket)
    quiet_library_errors()
    # One writer commits the contributions waiting together (group commit), started on first use.
    app.extensions["qpm"].writer = CommitWriter(store.add_contributions, start=socketio.start_background_task,
                                                make_event=socketio.server.eio.create_event)
    # And one counts the phones that connect together: a thousand arriving is not a thousand commits.
    app.extensions["qpm"].participants = CommitWriter(store.count_participants, start=socketio.start_background_task,
                                                      make_event=socketio.server.eio.create_event)
    disconnect_without_waiting(socketio.server.eio)
    cap_websocket_messages(socketio.server.eio)
    refuse_reserved_events(socketio.server)
    app.wsgi_app = PollingCap(app.wsgi_app, app.config["MAX_MESSAGE_BYTES"], socketio.server.eio)
    if app.config["PROXIES"]:
        # Behind nginx every phone would share the proxy's address (and its wrong-code limit). Wrapped
        # around the Socket.IO middleware, so socket connections see the phone's address too.
        hops = app.config["PROXIES"]
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=hops, x_proto=hops, x_host=hops)
    return app


def _set_up_languages(app):
    """Pick each request's language and give templates Babel's gettext in it."""
    app.jinja_env.add_extension("jinja2.ext.i18n")
    app.jinja_env.install_gettext_callables(
        lambda message: translations(g.lang).gettext(message),
        lambda singular, plural, n: translations(g.lang).ngettext(singular, plural, n),
        newstyle=True)

    @app.template_global()
    def in_language(language):
        """Return this page's address in another language, keeping the rest of its query (the projector's token)."""
        return "?" + urlencode(dict(request.args, lang=language))

    # Numbers on a page in the page's language, the way the phone's script writes them (data-numbers).
    app.add_template_global(format_number)
    app.add_template_global(numbering_system)

    @app.template_global()
    def language_names():
        """Return the languages this page can be switched to, each named in itself."""
        return {code: LANGUAGE_NAMES[code] for code in g.languages}

    @app.before_request
    def choose_language():
        g.languages = PARENT_LANGUAGES if request.endpoint in PARENT_PAGES else LANGUAGES
        wishes = (request.args.get("lang"), request.cookies.get("lang"),
                  request.accept_languages.best_match(g.languages))
        g.lang = pick_language(*wishes, among=g.languages)
        g.dir = direction(g.lang)

    @app.after_request
    def remember_language_and_protect(response):
        if request.args.get("lang") in PARENT_LANGUAGES:
            response.set_cookie("lang", g.lang, max_age=365 * 24 * 3600, samesite="Lax")
        response.headers.setdefault("Content-Security-Policy", CONTENT_SECURITY_POLICY)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        # The projector link carries its token in the query string: never send it onwards.
        response.headers.setdefault("Referrer-Policy", "no-referrer")
        return response
