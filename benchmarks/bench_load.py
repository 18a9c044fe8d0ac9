"""HTTP under load: requests/s, p95 latency and errors of 32 clients browsing and searching,
in three phases of --seconds each, on 127.0.0.1 only:

  quiet     the clients alone
  ingest    while `warta ingest` analyses and stores a corpus into the same store
  flood     while --flooders clients without the key POST large /analyze bodies (most
            under the text cap, every fourth one over the body cap): refused, as served
  keyed     the same flood with the key (or a server started with --open-analyze): the
            analyses run, at most --max-analyses at a time, the rest get 503

Builds its own store of --articles sample records in a temporary folder, serves it with
`warta serve` (uvicorn, one worker) in a subprocess, prints one line per phase and asserts
nothing. Example (the README figure):
  python benchmarks/bench_load.py --articles 2000 --seconds 10
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path

import httpx

from warta.store import open_store
from warta.store.samples import prabowo_article, zelenskyy_article

READS = [
    ("/search", {"q": "korea utara"}),
    ("/search", {"q": "inflasi", "facets": "false"}),
    ("/search", {"q": '"eskalasi yang berbahaya"', "speaker": "Volodymyr Zelenskyy"}),
    ("/search", {"since": "2024-11-01", "until": "2024-11-30", "limit": "5"}),
    ("/articles", {"limit": "20"}),
    ("/entities", {"name": "korea"}),
    ("/quotes", {"speaker": "Volodymyr Zelenskyy", "limit": "5"}),
]
WORDS = ["presiden", "menteri", "mengatakan", "pemerintah", "jakarta", "rakyat", "harga",
         "beras", "tentara", "korea", "utara", "rusia", "ukraina", "kata", "dia", "pada",
         "senin", "pekan", "lalu", "sebanyak", "orang"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def build_store(folder: Path, n: int) -> None:
    store = open_store(folder)
    batch = []
    for i in range(n):
        batch.append(zelenskyy_article(day=1 + i % 28, extra=f" Laporan nomor {i}."))
        if len(batch) == 200:
            store.put_many(batch)
            batch = []
    store.put_many([*batch, prabowo_article()])
    store.close()


def corpus(path: Path, n: int, seed: int = 7) -> None:
    """A JSONL corpus of Indonesian-looking articles for the ingest phase."""
    rng = random.Random(seed)
    base = zelenskyy_article().text
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            extra = " ".join(rng.choice(WORDS) for _ in range(150)).capitalize()
            fh.write(json.dumps({"text": f"{base}\n{extra}. Nomor {i}.",
                                 "title": f"Berita {i}", "url": f"https://contoh.id/{i}",
                                 "published": "2024-11-20T08:00:00"}) + "\n")


class Phase:
    def __init__(self, base: str, clients: int, seconds: float) -> None:
        self.base = base
        self.clients = clients
        self.seconds = seconds
        self.latencies: list[float] = []
        self.errors: Counter[str] = Counter()
        self.lock = threading.Lock()

    def run(self) -> float:
        stop = time.monotonic() + self.seconds

        def client(k: int) -> None:
            with httpx.Client(base_url=self.base, timeout=30) as c:
                i = k
                while time.monotonic() < stop:
                    path, params = READS[i % len(READS)]
                    t0 = time.perf_counter()
                    try:
                        status = str(c.get(path, params=params).status_code)
                    except httpx.HTTPError as e:
                        status = type(e).__name__
                    dt = (time.perf_counter() - t0) * 1000
                    with self.lock:
                        self.latencies.append(dt)
                        if status != "200":
                            self.errors[status] += 1
                    i += 1

        threads = [threading.Thread(target=client, args=(k,)) for k in range(self.clients)]
        t0 = time.perf_counter()
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        return time.perf_counter() - t0

    def line(self, name: str, wall: float, extra: str = "") -> str:
        lat = sorted(self.latencies) or [0.0]
        p50 = lat[len(lat) // 2]
        p95 = lat[int(0.95 * (len(lat) - 1))]
        errs = sum(self.errors.values())
        return (f"{name:<7} {len(lat) / wall:6.1f} req/s  p50 {p50:7.1f} ms  p95 {p95:7.1f} ms  "
                f"errors {errs}/{len(lat)}" + (f" {dict(self.errors)}" if errs else "") + extra)


def flood(base: str, stop: threading.Event, size: int, cap: int, out: Counter[str],
          key: str | None) -> None:
    rng = random.Random()
    words = " ".join(rng.choice(WORDS) for _ in range(size // 6))
    headers = {"X-API-Key": key} if key else {}
    with httpx.Client(base_url=base, timeout=120, headers=headers) as c:
        n = 0
        while not stop.is_set():
            n += 1
            text = words[:size] if n % 4 else words * (cap // len(words) + 2)
            try:
                out[str(c.post("/analyze", json={"text": text}).status_code)] += 1
            except httpx.HTTPError as e:
                out[type(e).__name__] += 1


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=2000, help="store size (default 2000)")
    ap.add_argument("--clients", type=int, default=32)
    ap.add_argument("--seconds", type=float, default=10.0, help="per phase (default 10)")
    ap.add_argument("--ingest", type=int, default=300, help="corpus size for the ingest phase")
    ap.add_argument("--flooders", type=int, default=4)
    ap.add_argument("--max-analyses", type=int, default=1, help="passed to `warta serve`")
    ap.add_argument("--flood-bytes", type=int, default=90_000,
                    help="size of each flood text under the cap (default 90 kB)")
    args = ap.parse_args()
    root = Path(tempfile.mkdtemp(prefix="warta-load-"))
    db = root / "db"
    server = None
    try:
        t0 = time.perf_counter()
        build_store(db, args.articles)
        corpus(root / "corpus.jsonl", args.ingest)
        print(f"store of {args.articles} articles built in {time.perf_counter() - t0:.1f} s; "
              f"{args.clients} clients, {args.seconds:g} s per phase, {os.cpu_count()} cores")
        port = free_port()
        base = f"http://127.0.0.1:{port}"
        key = "bench-load-key"
        server = subprocess.Popen([sys.executable, "-m", "warta.cli", "serve", "--db", str(db),
                                   "--port", str(port), "--max-analyses",
                                   str(args.max_analyses)], stdout=subprocess.DEVNULL,
                                  stderr=subprocess.DEVNULL,
                                  env={**os.environ, "WARTA_API_KEY": key})
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"{base}/articles", timeout=5).status_code == 200:
                    break
            except httpx.TransportError:
                time.sleep(0.2)
        else:
            print("server did not start")
            return 1

        quiet = Phase(base, args.clients, args.seconds)
        print(quiet.line("quiet", quiet.run()))

        ingest = subprocess.Popen([sys.executable, "-m", "warta.cli", "ingest",
                                   str(root / "corpus.jsonl"), "--db", str(db), "--quiet",
                                   "--summary-json"], stdout=subprocess.PIPE,
                                  stderr=subprocess.DEVNULL)
        during = Phase(base, args.clients, args.seconds)
        wall = during.run()
        running = ingest.poll() is None
        if running:
            ingest.terminate()
        out = ingest.communicate(timeout=60)[0].decode().strip()
        note = " (ingest still running at the end)" if running else f" (ingest done: {out})"
        print(during.line("ingest", wall, note))

        for name, flood_key in (("flood", None), ("keyed", key)):
            stop = threading.Event()
            statuses: Counter[str] = Counter()
            flooders = [threading.Thread(target=flood, args=(
                base, stop, args.flood_bytes, 2_000_000, statuses, flood_key))
                for _ in range(args.flooders)]
            for t in flooders:
                t.start()
            flooded = Phase(base, args.clients, args.seconds)
            wall = flooded.run()
            stop.set()
            for t in flooders:
                t.join(timeout=180)
            print(flooded.line(name, wall, f" (/analyze answers: {dict(statuses)})"))
    finally:
        if server is not None:
            server.terminate()
            server.wait(timeout=30)
        shutil.rmtree(root, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
