"""The 2D-Doc catalogue (``data/seal_2ddoc.toml``): data identifiers and document types.

>>> di = identifier("24")
>>> di.name, di.fixed, di.label
('service_postcode', 5, 'Code postal ou code cedex du point de service des prestations')
>>> identifier("10").fixed is None, identifier("10").max
(True, 38)
>>> document_type("01").en, document_type("01").docverify
('utility bill', ('utility_bill',))
"""

from __future__ import annotations

import functools
import tomllib
from dataclasses import dataclass
from importlib import resources
from typing import Any


@dataclass(frozen=True)
class DataIdentifier:
    id: str
    name: str
    min: int
    max: int | None
    format: str
    label: str
    role: str | None = None

    @property
    def fixed(self) -> int | None:
        """The size of a fixed-size field (no separator follows it necessarily)."""
        return self.max if self.max is not None and self.min == self.max else None


@dataclass(frozen=True)
class DocumentType:
    code: str
    name: str
    en: str
    docverify: tuple[str, ...]


@functools.cache
def _data() -> dict[str, Any]:
    text = resources.files("docverify.data").joinpath("seal_2ddoc.toml").read_text("utf-8")
    return tomllib.loads(text)


@functools.cache
def identifiers() -> dict[str, DataIdentifier]:
    out: dict[str, DataIdentifier] = {}
    for key, v in _data()["data_identifiers"].items():
        out[key] = DataIdentifier(
            key, v["name"], v["min"], v.get("max"), v["format"], v["label"], v.get("role")
        )
    return out


def identifier(key: str) -> DataIdentifier | None:
    return identifiers().get(key)


@functools.cache
def document_types() -> dict[str, DocumentType]:
    return {
        key: DocumentType(key, v["name"], v["en"], tuple(v["docverify"]))
        for key, v in _data()["document_types"].items()
    }


def document_type(code: str) -> DocumentType | None:
    return document_types().get(code)


@functools.cache
def sealed_docverify_types() -> frozenset[str]:
    """The docverify document types some 2D-Doc type belongs on: only for these can a code
    be "of the wrong type for the document"."""
    return frozenset(t for d in document_types().values() for t in d.docverify)
