"""Parsing query parameters into values, with the one-line errors users see."""

from __future__ import annotations

from .errors import WebmapError


def whole_number(raw: str | None, name: str, default: int, low: int, high: int,
                 error: type[WebmapError]) -> int:
    """`raw` as an int within [low, high]; `default` when absent; `error` otherwise."""
    if raw is None:
        return default
    try:
        value = int(raw)
    except ValueError:
        raise error(f"{name} must be a whole number, got {raw!r}") from None
    if not low <= value <= high:
        raise error(f"{name} must be between {low} and {high}, got {value}")
    return value
