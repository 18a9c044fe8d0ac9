"""`warta serve`: the HTTP API and web page over a store."""

from __future__ import annotations

import argparse
import os
import sys
from typing import Any

from ..errors import ConfigError
from .ingest import DB_HELP


def register(sub: Any) -> None:
    p = sub.add_parser(
        "serve", help="HTTP API + web page over the store (127.0.0.1 by default)",
        description="Serve the JSON API (/search, /articles, /entities, /quotes, /events, "
        "POST /analyze, POST /ingest; OpenAPI at /docs), the web page at /, and /health and "
        "/metrics (Prometheus text: crawl counters per host). Write "
        "endpoints (and /analyze) need the key in WARTA_API_KEY, sent as the X-API-Key "
        "header.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog="examples:\n"
        "  warta serve                                  http://127.0.0.1:8765/\n"
        "  warta serve --db ./berita --port 9000\n"
        "  WARTA_API_KEY=rahasia warta serve --host 0.0.0.0 --max-analyses 2")
    p.add_argument("--db", help=DB_HELP)
    p.add_argument("--host", default="127.0.0.1",
                   help="address to bind (default 127.0.0.1; 0.0.0.0 exposes it)")
    p.add_argument("--port", type=int, default=8765, help="port to listen on (default 8765)")
    p.add_argument("--max-body", type=int, default=2_000_000, metavar="BYTES",
                   help="largest request body accepted (default 2 MB)")
    p.add_argument("--max-text", type=int, default=100_000, metavar="CHARS",
                   help="longest article text POST /analyze analyses, after HTML "
                   "extraction (default 100000 characters)")
    p.add_argument("--open-analyze", action="store_true",
                   help="let POST /analyze run without the key (it stores nothing, but "
                   "costs CPU: only for a trusted network)")
    p.add_argument("--max-analyses", type=int, default=1, metavar="N",
                   help="POST /analyze requests run at once; more get 503 (default 1)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    import uvicorn

    from ..api.app import Settings, create_app
    from ..store import require_sqlite_store

    if args.max_analyses < 1:
        raise ConfigError("--max-analyses takes 1 or more")
    if not 0 < args.port < 65536:
        raise ConfigError(f"--port {args.port} is not a TCP port (1-65535)")
    if args.max_text < 1:
        raise ConfigError(f"--max-text {args.max_text} must be at least 1 character")
    db = args.db or os.environ.get("WARTA_DB")
    if db and not db.startswith(("postgresql://", "postgres://")):
        require_sqlite_store(db)  # a mistyped --db must not serve a new, empty store
    settings = Settings(db=args.db, api_key=os.environ.get("WARTA_API_KEY") or None,
                        max_body=args.max_body, max_text=args.max_text,
                        open_analyze=args.open_analyze, max_analyses=args.max_analyses)
    if args.host not in ("127.0.0.1", "localhost", "::1") and not settings.api_key:
        print("warta: warning: serving beyond this machine without WARTA_API_KEY: "
              "write endpoints stay disabled", file=sys.stderr)
    if args.host not in ("127.0.0.1", "localhost", "::1") and settings.open_analyze:
        print("warta: warning: --open-analyze on a public address: anyone who reaches "
              f"it can spend this machine's CPU on POST /analyze (--max-text {args.max_text})",
              file=sys.stderr)
    uvicorn.run(create_app(settings), host=args.host, port=args.port, log_level="info")
    return 0
