"""Packet registry."""

from bu_consts import AS_OF, EMPLOYED  # noqa: F401
from bu_p01 import p01  # noqa: F401
from bu_p02 import p02  # noqa: F401
from bu_p03 import p03  # noqa: F401
from bu_p04 import p04  # noqa: F401
