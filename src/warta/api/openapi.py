"""The OpenAPI document, finished: every error answer is a `Problem` in
`application/problem+json` (422 and 500 included, since any route may give them), and the
record's own JSON Schema (`src/warta/schema/article.schema.json`) is `Article`."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi

from .problems import MEDIA_TYPE, Problem

PROBLEM_REF = {"$ref": "#/components/schemas/Problem"}


@cache
def article_schemas() -> dict[str, Any]:
    """`Article` and its `$defs`, as OpenAPI components (refs rewritten to point there)."""
    raw = (Path(__file__).resolve().parents[1] / "schema" / "article.schema.json").read_text(
        "utf-8")
    text = raw.replace('"#/$defs/', '"#/components/schemas/')
    schema: dict[str, Any] = json.loads(text)
    defs: dict[str, Any] = schema.pop("$defs", {})
    for key in ("$schema", "$id"):
        schema.pop(key, None)
    return {**defs, "Article": schema}


def _problems(responses: dict[str, Any]) -> None:
    for status in ("422", "500"):
        responses.setdefault(status, {"description": "validation failed" if status == "422"
                                      else "server error"})
    for status, answer in responses.items():
        if status.isdigit() and int(status) >= 400:
            answer["content"] = {MEDIA_TYPE: {"schema": PROBLEM_REF}}


def build(app: FastAPI) -> dict[str, Any]:
    if app.openapi_schema:
        return app.openapi_schema
    doc = get_openapi(title=app.title, version=app.version, description=app.description,
                      routes=app.routes)
    schemas = doc.setdefault("components", {}).setdefault("schemas", {})
    for name in ("HTTPValidationError", "ValidationError"):
        schemas.pop(name, None)
    schemas["Problem"] = Problem.model_json_schema(ref_template="#/components/schemas/{model}")
    clash = set(article_schemas()) & (set(schemas) - {"Article"})
    if clash:  # a response model named like a record type would be overwritten silently
        raise RuntimeError(f"OpenAPI schema names used twice: {sorted(clash)}")
    schemas.update(article_schemas())
    for path in doc.get("paths", {}).values():
        for op in path.values():
            _problems(op.setdefault("responses", {}))
    app.openapi_schema = doc
    return doc
