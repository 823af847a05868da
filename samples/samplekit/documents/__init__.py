"""Document families. Each module exposes a content dataclass (with defaults) and a
``*_pages(content) -> list[PageSpec]`` function; render the pages with
``samplekit.output.render`` (raster) or ``write_text_pdf`` (vector, text layer)."""
