"""Pipeline stages: one module each, a thin `Stage` over pure functions."""
