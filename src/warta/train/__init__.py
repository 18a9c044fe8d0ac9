"""Training code for the artefacts shipped in `warta/models` (reads ../shared/data)."""
