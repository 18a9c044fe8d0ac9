"""One error shape for the whole API: RFC 9457 problem details (`application/problem+json`).

Every error, whatever raised it (an `HTTPException`, request validation, an unknown query
parameter, a `WartaError`, the body cap, a bug), leaves as a `Problem`; the web page's
routes get the same facts as a styled HTML page instead (`templates/error.html`).
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from http import HTTPStatus
from typing import Any

from fastapi import Request
from fastapi.dependencies.models import Dependant
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.routing import APIRoute
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..errors import ConfigError, InputError, Reject, WartaError
from ..store import StoreBusy
from ..store.errors import IndexDamaged

MEDIA_TYPE = "application/problem+json"
TYPE_PREFIX = "urn:warta:problem:"
log = logging.getLogger("warta.api")

# The `code` of each status an HTTPException carries (WartaErrors bring their own reason).
CODES = {400: "bad_request", 401: "unauthorized", 403: "forbidden", 404: "not_found",
         405: "method_not_allowed", 409: "busy", 413: "too_large", 422: "validation",
         499: "client_gone", 500: "internal", 503: "unavailable"}


class Problem(BaseModel):
    """An error (RFC 9457). `code` is warta's stable short name for it; `errors` lists
    each bad parameter of a 422."""

    type: str = Field(description="URI naming the problem: urn:warta:problem:<code>")
    title: str = Field(description="the HTTP status phrase")
    status: int
    detail: str = Field(description="what went wrong and what to do about it")
    instance: str | None = Field(default=None, description="the request path")
    code: str = Field(description="stable short name: not_found, bad_query, validation...")
    errors: list[dict[str, Any]] | None = Field(
        default=None, description="422 only: one entry per bad parameter (loc, msg, type)")


def problem(status: int, detail: str, *, code: str | None = None, instance: str | None = None,
            errors: list[dict[str, Any]] | None = None) -> Problem:
    name = code or CODES.get(status, "error")
    try:
        title = HTTPStatus(status).phrase
    except ValueError:
        title = "Client Closed Request" if status == 499 else "Error"
    return Problem(type=TYPE_PREFIX + name, title=title, status=status, detail=detail,
                   instance=instance, code=name, errors=errors)


def is_page(request: Request) -> bool:
    """The web page's routes answer errors with HTML; everything else with problem+json."""
    path = request.url.path
    return path == "/" or path.startswith("/view/") or path == "/view"


def _render(request: Request, p: Problem, headers: dict[str, str] | None = None) -> Response:
    if is_page(request):
        from .routes.pages import templates  # the page templates, loaded once there

        return templates.TemplateResponse(request, "error.html", {"p": p}, status_code=p.status,
                                           headers=headers)
    body = p.model_dump(mode="json", exclude_none=True)
    return JSONResponse(body, p.status, headers=headers, media_type=MEDIA_TYPE)


def http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, StarletteHTTPException)
    detail = exc.detail if isinstance(exc.detail, str) else str(exc.detail)
    return _render(request, problem(exc.status_code, detail, instance=request.url.path),
                   dict(exc.headers) if exc.headers else None)


def validation_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, RequestValidationError)
    errors = [{"loc": list(e.get("loc", ())), "msg": str(e.get("msg", "")),
               "type": str(e.get("type", ""))} for e in exc.errors()]
    first = errors[0] if errors else {"loc": [], "msg": "invalid request"}
    where = ".".join(str(x) for x in first["loc"]) or "request"
    more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
    detail = f"{where}: {first['msg']}{more}"
    return _render(request, problem(422, detail, instance=request.url.path,
                                    errors=jsonable_encoder(errors)))


def warta_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, WartaError)
    status = 409 if isinstance(exc, StoreBusy) else 400 if isinstance(exc, ConfigError) \
        else 422 if isinstance(exc, (Reject, InputError)) \
        else 503 if isinstance(exc, IndexDamaged) else 500
    return _render(request, problem(status, str(exc), code=exc.reason,
                                    instance=request.url.path))


def server_error(request: Request, exc: Exception) -> Response:
    """A bug: logged with its traceback; the client learns only that it happened."""
    log.error("warta: %s %s failed", request.method, request.url.path, exc_info=exc)
    return _render(request, problem(500, "the server failed on this request; the error is "
                                    "in its log", instance=request.url.path))


def _query_names(d: Dependant) -> Iterator[str]:
    for p in d.query_params:
        yield p.alias
    for sub in d.dependencies:
        yield from _query_names(sub)


def no_unknown_parameters(request: Request) -> None:
    """422 for a query parameter the route does not take: a typo (`limt=5`) is an error,
    not silently ignored. The web page's routes are lenient (old shared links keep working)."""
    route = request.scope.get("route")
    if not isinstance(route, APIRoute) or not route.include_in_schema:
        return
    allowed = set(_query_names(route.dependant))
    unknown = sorted(set(request.query_params) - allowed)
    if unknown:
        valid = ", ".join(sorted(allowed)) or "none"
        raise RequestValidationError([
            {"type": "extra_forbidden", "loc": ("query", name),
             "msg": f"unknown parameter '{name}'; this endpoint takes: {valid}",
             "input": request.query_params.get(name)} for name in unknown])


def problem_json(status: int, detail: str) -> bytes:
    """A problem body for code outside FastAPI (the body-size middleware)."""
    return problem(status, detail).model_dump_json(exclude_none=True).encode()
