"""The twelve applicants of set_u (all invented) and what each one mails.

Each packet: the applicant, what they send, and how (looks). `defect` names the one thing
that is wrong; everything else follows the rules in shared/domain.md.
"""

from people_a import PACKETS_A
from people_b import PACKETS_B

PACKETS = PACKETS_A + PACKETS_B
