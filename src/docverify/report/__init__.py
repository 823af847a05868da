"""Renderers of an AuditResult: JSON (the public contract) and the terminal report."""
