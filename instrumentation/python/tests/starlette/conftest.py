"""pytest for hopscope_starlette, beside the package (npm test runs it in the FastAPI
environment): the test app (apps.py) with every kind of middleware, exporting to a collector
that takes everything and keeps nothing."""

import http.server
import os
import threading


class _Discard(http.server.BaseHTTPRequestHandler):
    def do_POST(self):
        self.rfile.read(int(self.headers.get("content-length", 0)))
        self.send_response(200)
        self.send_header("content-length", "0")
        self.end_headers()

    def log_message(self, *args):
        pass


_collector = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Discard)
threading.Thread(target=_collector.serve_forever, daemon=True).start()

os.environ["HOPSCOPE_ENDPOINT"] = f"http://127.0.0.1:{_collector.server_address[1]}"
# The tests read the recorder's aggregates before any export empties them.
os.environ["HOPSCOPE_EXPORT_INTERVAL"] = "3600"
os.environ["TEST_MIDDLEWARE"] = "timing_header,BlockingMiddleware,PureStamp,BaseStamp"
