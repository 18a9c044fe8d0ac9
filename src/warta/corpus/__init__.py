"""Cross-article facts over the store: near-duplicate groups (`dedup`), exports (`export`).

Pure logic lives here; the store keeps the state (see `warta.corpus.groups`).
"""
