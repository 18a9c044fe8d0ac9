"""ASGI middleware: refuse request bodies over a size cap with 413 before reading them all."""

from __future__ import annotations

from typing import Any

from .problems import MEDIA_TYPE, problem_json

Scope = dict[str, Any]
Message = dict[str, Any]


class BodyLimit:
    def __init__(self, app: Any, max_body: int) -> None:
        self.app = app
        self.max_body = max_body

    async def _refuse(self, send: Any) -> None:
        body = problem_json(413, f"request body over {self.max_body} bytes: send fewer or "
                            "shorter articles per request")
        await send({"type": "http.response.start", "status": 413,
                    "headers": [(b"content-type", MEDIA_TYPE.encode()),
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

