"""The four packets of set_af."""

from afbase import Packet
from afpackets_a import p01, p02
from afpackets_b import p03, p04

PACKETS = [p01, p02, p03, p04]
__all__ = ["PACKETS", "Packet"]
