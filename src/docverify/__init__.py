"""docverify: audit a French health-cover (PUMA) application packet before it is mailed."""

__version__ = "0.1.0"
