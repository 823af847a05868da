"""``docverify serve [--host 127.0.0.1] [--port 8765] ...``: the local page."""

from __future__ import annotations

import argparse
import datetime as dt
import sys

from docverify.serve.app import MAX_FILES, MAX_MB, Server, Settings


def run(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="docverify serve",
        description="A local page to drop a packet on and read its report (nothing leaves "
        "this computer).",
    )
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (default: "
                        "127.0.0.1, this computer only)")  # fmt: skip
    parser.add_argument("--port", type=int, default=8765, help="port (default 8765)")
    parser.add_argument("--as-of", help="audit date YYYY-MM-DD (default: today)")
    parser.add_argument("--max-files", type=int, default=MAX_FILES, help="files per packet")
    parser.add_argument("--max-mb", type=float, default=MAX_MB, help="MB per packet")
    parser.add_argument("--cache", action="store_true",
                        help="use the OCR cache (off: nothing but the upload is read)")  # fmt: skip
    parser.add_argument("--workers", type=int, default=None, help="pages OCR'd at once")
    args = parser.parse_args(argv)
    try:
        as_of = dt.date.fromisoformat(args.as_of) if args.as_of else None
    except ValueError:
        print(f"docverify serve: --as-of wants YYYY-MM-DD, got {args.as_of!r}", file=sys.stderr)
        return 2
    if args.max_files <= 0 or args.max_mb <= 0 or not 0 < args.port < 65536:
        print("docverify serve: limits and port must be positive", file=sys.stderr)
        return 2
    import uvicorn

    settings = Settings(as_of, args.max_files, int(args.max_mb * 2**20), args.cache, args.workers)
    server = Server(settings)
    print(f"docverify: open http://{args.host}:{args.port}/ (Ctrl-C to stop)", file=sys.stderr)
    try:
        uvicorn.run(server.app, host=args.host, port=args.port, log_level="warning")
    finally:
        server.close()
    return 0
