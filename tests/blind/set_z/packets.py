"""The three packets of set_z."""

from pk01 import P01
from pk02 import P02
from pk03 import P03

PACKETS = [P01, P02, P03]
