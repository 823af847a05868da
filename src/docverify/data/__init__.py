"""Knowledge kept as data (TOML), read with importlib.resources."""
