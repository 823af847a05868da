"""The 20 applicants (cases.json) and the expected verdict and defect of each case.

cases.json keys: id, fill, run, look, arr (arrangement), rot (photo rotations, degrees
clockwise), shadow, case, as_of, surname, usage, given, sex, dob, bcity, bcountry, nat,
nir (13 digits split in two, key computed), addr, cp, city, phone, email, sit (situation
boxes ticked), ct (contract), job, autre, signed_on, date_text (as written, null when
blank), place, pen (hand font, ink, tick style, signature style; null when never signed),
typed_font, hand_date, ap (AcroForm appearance streams), sig_bg, dpi.
"""

import json
from pathlib import Path

P = json.loads((Path(__file__).with_name("cases.json")).read_text(encoding="utf-8"))

FORM_STATUS = {
    "ok": "complete",
    "date_words": "complete",
    "old_date": "complete",
    "unsigned": "invalid",
    "label_only": "invalid",
    "stray_mark": "invalid",
    "future_date": "invalid",
    "us_date": "invalid",
    "no_date": "questionable",
    "none_ticked": "questionable",
    "two_ticked": "questionable",
}
DEFECTS = {
    "ok": None,
    "date_words": None,
    "old_date": "dated 14/04/2026, seven months before the audit (no rule makes an old date "
    "invalid; expected complete)",
    "unsigned": "signature box left empty (fillable PDF sent unsigned)",
    "label_only": "not signed: only the printed word 'Signature' in the box",
    "stray_mark": "not signed: only a small pen tick in the signature box",
    "future_date": "dated 04/12/2026, after the audit date",
    "us_date": "date written MM/DD/YYYY (10/23/2026)",
    "no_date": "the 'le' date left blank",
    "none_ticked": "no situation box ticked in section B",
    "two_ticked": "two situation boxes ticked (salarié and étudiant)",
}
