"""The three packets of set_w."""

from packet_p01 import p01
from packet_p02 import p02
from packet_p03 import p03

__all__ = ["p01", "p02", "p03"]
