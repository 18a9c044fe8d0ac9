"""Text utilities shared by stages and training code (not stages themselves)."""
