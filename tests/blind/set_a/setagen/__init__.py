"""Blind test corpus generator, set_a (see ../README.md)."""
