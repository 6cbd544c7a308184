"""Slow clients: how long the server waits for a request's head and body, and how many it waits for at once;
and the garbage collector of a server process that holds a thousand connections."""
import gc

# Allocations between two young collections (CPython's default is 700), then 10 of those to a middle one and
# 10 middle ones to a full one, as by default.
COLLECT_AFTER = (10_000, 10, 10)


def server_options(mode, config, error_log):
    """Return the keyword arguments for the WSGI server of an async mode (gevent or eventlet)."""
    timeout = config["READ_TIMEOUT"]
    if mode == "eventlet":
        # eventlet: `keepalive` bounds the wait for a request line, `socket_timeout` every later read
        # (headers, body); the engine sets its own, longer timeout on a WebSocket. It has no cap on
        # half-open requests, only on connections in all (max_size).
        return {"max_size": config["MAX_CONNECTIONS"], "keepalive": timeout, "socket_timeout": timeout}
    return {"error_log": error_log, "handler_class": patient_handler(timeout, config["MOST_HALF_OPEN"])}


def patient_handler(timeout, most_half_open):
    """Return a gevent request handler that gives up on slow heads and bodies, and caps half-open requests."""
    from gevent import pywsgi

    class PatientHandler(pywsgi.WSGIHandler):
        """Waits `timeout` seconds for each read of a request; refuses new ones while too many are half-open."""

        half_open = 0  # requests whose head has not arrived yet, across the server

        def handle_one_request(self):
            if PatientHandler.half_open >= most_half_open:
                return None  # closes the connection: no descriptor is held for it
            PatientHandler.half_open += 1
            self.waiting_for_head = True
            # Request line, headers and body reads; a long poll waits on a queue, not on the socket.
            self.socket.settimeout(timeout)
            try:
                return super().handle_one_request()
            finally:
                self.head_arrived()

        def run_application(self):
            if self.environ.get("HTTP_UPGRADE", "").lower() == "websocket":
                # A WebSocket is quiet between messages; the engine's ping timeout watches it instead
                # (its duplicate socket would otherwise inherit this timeout).
                self.socket.settimeout(None)
            return super().run_application()

        def get_environ(self):
            self.head_arrived()
            return super().get_environ()

        def head_arrived(self):
            """Stop counting this request as half-open (once)."""
            if getattr(self, "waiting_for_head", False):
                self.waiting_for_head = False
                PatientHandler.half_open -= 1

    return PatientHandler


def settle(warm_up):
    """Load what every contribution needs now, then keep the garbage collector off what lives as long as the
    process: with 1,000 phones connected, full collections stopped every contribution for 46–272 ms."""
    warm_up()
    gc.collect()
    gc.freeze()  # the app, the word lists: never garbage, no longer scanned
    gc.set_threshold(*COLLECT_AFTER)
