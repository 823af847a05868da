"""A visa sticker's remarks read again alone when the page's read dropped the remark's
line (real tesseract on a rendered sticker)."""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw, ImageFont

from docverify.doctypes.long_stay_visa import remarks_reread, vls_ts_remark
from docverify.model import DocType, Document, PageRef, PageText, Word

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def test_a_remark_line_the_pages_read_dropped_is_read_again() -> None:
    """set_ct p04: "VLS-TS ÉTUDIANT" printed between "REMARQUES" and "UNIV. GRENOBLE ALPES",
    lost by the page's read: the visa was taken for a plain type D."""
    img = Image.new("L", (1400, 500), 235)
    d = ImageDraw.Draw(img)
    d.text((100, 100), "REMARQUES", font=ImageFont.truetype(FONT, 22), fill=60)
    d.text((100, 140), "VLS-TS ÉTUDIANT", font=ImageFont.truetype(FONT, 34), fill=20)
    d.text((100, 190), "UNIV. GRENOBLE ALPES", font=ImageFont.truetype(FONT, 34), fill=20)
    words = (
        Word("REMARQUES", (100, 104, 260, 126), 91.0, (1, 1, 1)),
        Word("UNIV.", (100, 194, 200, 228), 93.0, (2, 1, 1)),
        Word("GRENOBLE", (215, 194, 420, 228), 93.0, (2, 1, 1)),
        Word("ALPES", (435, 194, 560, 228), 93.0, (2, 1, 1)),
    )
    page = PageText(PageRef("passeport_visa.pdf", 2), np.asarray(img).copy(), 300, words, "ocr")
    doc = Document("d1", DocType.LONG_STAY_VISA, 1.0, (page,))
    assert not vls_ts_remark("REMARQUES UNIV. GRENOBLE ALPES")
    assert vls_ts_remark(remarks_reread(doc))
    # a text layer's words are the document's own: nothing to read again
    typed = Document(
        "d2", DocType.LONG_STAY_VISA, 1.0, (PageText(page.ref, None, 300, words, "text_layer"),)
    )
    assert remarks_reread(typed) == ""
