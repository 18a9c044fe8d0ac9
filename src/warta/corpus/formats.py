"""What `warta export` can write, kept apart from the writers so that building the
command's parser (`warta --help` builds every command's) loads no Parquet library."""

from __future__ import annotations

WHATS = ("articles", "entities", "mentions", "quotes", "numbers", "times", "events", "stories")
FORMATS = ("jsonl", "csv", "parquet", "gdelt-events", "gdelt-gkg")
