"""ASGI middleware: refuse request bodies over a size cap with 413 before reading them all."""

from __future__ import annotations

import json
from typing import Any

Scope = dict[str, Any]
Message = dict[str, Any]


class BodyLimit:
    def __init__(self, app: Any, max_body: int) -> None:
        self.app = app
        self.max_body = max_body

    async def _refuse(self, send: Any) -> None:
        body = json.dumps({"detail": f"request body over {self.max_body} bytes: send "
                           "fewer or shorter articles per request"}).encode()
        await send({"type": "http.response.start", "status": 413,
                    "headers": [(b"content-type", b"application/json"),
                                (b"content-length", str(len(body)).encode())]})
        await send({"type": "http.response.body", "body": body})

    async def __call__(self, scope: Scope, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        for name, value in scope.get("headers", []):
            if name == b"content-length":
                try:
                    too_big = int(value) > self.max_body
                except ValueError:
                    too_big = True
                if too_big:
                    await self._refuse(send)
                    return
        # Read the body here, up to the cap, before the app sees it: a chunked body has no
        # length to check, and an error raised inside the app's own read became a 400.
        chunks: list[bytes] = []
        seen = 0
        more = True
        while more:
            message: Message = await receive()
            if message["type"] != "http.request":  # the client went away
                return
            body = message.get("body", b"")
            seen += len(body)
            if seen > self.max_body:
                await self._refuse(send)
                return
            chunks.append(body)
            more = bool(message.get("more_body", False))
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if replayed:
                return dict(await receive())
            replayed = True
            return {"type": "http.request", "body": b"".join(chunks), "more_body": False}

        await self.app(scope, replay, send)


class InFlightLimit:
    """At most `limits[(method, path)]` requests of one route at a time; more get 503 with
    Retry-After at once. `POST /analyze` needs no key and runs the whole pipeline, so a few
    clients sending large bodies would otherwise take every core from searches."""

    def __init__(self, app: Any, limits: dict[tuple[str, str], int]) -> None:
        self.app = app
        self.limits = limits
        self.in_flight: dict[tuple[str, str], int] = dict.fromkeys(limits, 0)

    async def __call__(self, scope: Scope, receive: Any, send: Any) -> None:
        key = (scope.get("method", ""), scope.get("path", ""))
        if scope["type"] != "http" or key not in self.limits:
            await self.app(scope, receive, send)
            return
        if self.in_flight[key] >= self.limits[key]:
            body = json.dumps({"detail": {
                "reason": "busy", "message": f"{key[0]} {key[1]} is already running "
                f"{self.limits[key]} request(s); retry in a few seconds"}}).encode()
            await send({"type": "http.response.start", "status": 503,
                        "headers": [(b"content-type", b"application/json"),
                                    (b"retry-after", b"2"),
                                    (b"content-length", str(len(body)).encode())]})
            await send({"type": "http.response.body", "body": body})
            return
        self.in_flight[key] += 1  # one event loop: no lock needed
        try:
            await self.app(scope, receive, send)
        finally:
            self.in_flight[key] -= 1
