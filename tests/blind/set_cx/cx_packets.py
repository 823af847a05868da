"""The packet list of set_cx."""

from cx_common import self_check
from cx_p01 import p01
from cx_p02 import p02
from cx_p03 import p03
from cx_p04 import p04

self_check()

PACKETS = [("p01", p01), ("p02", p02), ("p03", p03), ("p04", p04)]
