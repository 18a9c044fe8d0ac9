"""Turn raw bytes into text, or say clearly why not."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..errors import BinaryInput, EmptyInput, UndecodableInput

# Text files do not hold these control characters; a few per mille means binary data.
_CONTROL = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")
_HTML_START = re.compile(r"^\s*(?:<!doctype\s+html|<html|<\?xml[^>]*>\s*<html|<head|<body|<!--)",
                         re.IGNORECASE)
_HTML_TAGS = re.compile(r"<(?:p|div|article|body|head|meta|title|script|br|span|a)\b[^>]*>",
                        re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str  # "utf-8" | "cp1252"


def decode_bytes(data: bytes, name: str = "input") -> Decoded:
    """UTF-8 (BOM allowed) first, then cp1252; binary and empty inputs are errors."""
    if not data.strip():
        raise EmptyInput(f"{name} is empty: give an article's text or HTML")
    head = data[:8192]
    if b"\x00" in head or len(_CONTROL.findall(head)) > max(2, len(head) // 200):
        raise BinaryInput(
            f"{name} looks like binary data (control bytes in the first {len(head)} bytes), "
            "not text or HTML: give a .txt or .html file"
        )
    try:
        return Decoded(data.decode("utf-8-sig"), "utf-8")
    except UnicodeDecodeError as utf8_err:
        try:
            return Decoded(data.decode("cp1252"), "cp1252")
        except UnicodeDecodeError:
            raise UndecodableInput(
                f"{name} is neither UTF-8 (bad byte at offset {utf8_err.start}) nor cp1252: "
                "convert it to UTF-8, e.g. `iconv -f LATIN1 -t UTF-8`"
            ) from None


def looks_like_html(text: str) -> bool:
    """True for an HTML document or fragment (not for prose mentioning a tag once)."""
    return bool(_HTML_START.match(text)) or len(_HTML_TAGS.findall(text[:20000])) >= 3
