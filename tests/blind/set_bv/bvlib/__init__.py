"""Helpers for the blind set set_bv (document packets for a PUMa application)."""
