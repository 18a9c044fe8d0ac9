"""API throughput: requests/s and latency of GET /search on 127.0.0.1, bounded in time.

Serves a store with `warta serve` (uvicorn, one worker) in a subprocess and drives it with
httpx from --clients threads for --seconds, cycling through a few queries (with and
without filters). Use the store built by bench_store_search.py, e.g.
  python benchmarks/bench_api.py --db /tmp/warta-bench-100000 --seconds 15
Prints figures; asserts nothing. Loopback only.
"""

from __future__ import annotations

import argparse
import socket
import statistics
import subprocess
import sys
import threading
import time

import httpx

QUERIES = [
    {"q": "presiden"},
    {"q": "harga beras", "facets": "false"},
    {"q": '"korea utara"'},
    {"q": "indonesia", "source": "kompas.com", "since": "2024-06-01", "until": "2024-08-31"},
    {"q": "snowden"},
    {"kind": "PERSON", "limit": "10"},
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--db", required=True, help="store folder or postgresql:// URL")
    ap.add_argument("--seconds", type=float, default=15.0)
    ap.add_argument("--clients", type=int, default=4)
    args = ap.parse_args()
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "warta.cli", "serve", "--db", args.db,
                               "--port", str(port)], stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"{base}/search", params={"q": "x"}, timeout=5).status_code == 200:
                    break
            except httpx.TransportError:
                time.sleep(0.2)
        else:
            print("server did not start")
            return 1
        latencies: list[float] = []
        errors = [0]
        lock = threading.Lock()
        stop = time.monotonic() + args.seconds

        def client(k: int) -> None:
            with httpx.Client(base_url=base, timeout=30) as c:
                i = k
                while time.monotonic() < stop:
                    t0 = time.perf_counter()
                    r = c.get("/search", params=QUERIES[i % len(QUERIES)])
                    dt = (time.perf_counter() - t0) * 1000
                    with lock:
                        latencies.append(dt)
                        if r.status_code != 200:
                            errors[0] += 1
                    i += 1

        threads = [threading.Thread(target=client, args=(k,)) for k in range(args.clients)]
        t0 = time.perf_counter()
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        wall = time.perf_counter() - t0
        latencies.sort()
        p95 = latencies[int(0.95 * (len(latencies) - 1))]
        print(f"GET /search on {args.db}: {len(latencies)} requests in {wall:.1f} s from "
              f"{args.clients} clients = {len(latencies) / wall:.0f} req/s; latency p50 "
              f"{statistics.median(latencies):.1f} ms, p95 {p95:.1f} ms; non-200: {errors[0]}")
    finally:
        server.terminate()
        server.wait(timeout=30)
    return 0


if __name__ == "__main__":
    sys.exit(main())
