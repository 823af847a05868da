"""French visa stickers (VLS-TS, type D; Schengen type C) and entry stamps."""

from __future__ import annotations

import random
from datetime import date

from canvas import Page
from ids import face, guilloche, mrva, mrz_lines


def visa_page(p: dict, rnd: random.Random) -> tuple[Page, dict]:
    """A French type D visa sticker (VLS-TS) on a passport page, with an entry stamp."""
    pg = Page(125, 88, bg=(244, 240, 232))
    guilloche(pg, 0, 0, 125, 88, (220, 215, 225), rnd, 16)
    vx, vy = 3, 4
    st = Page(119, 80, bg=(236, 232, 244))
    guilloche(st, 0, 0, 119, 56, (205, 195, 225), rnd, 14)
    st.text(3, 6, "VISA", "sans-b", 11, (60, 40, 120))
    st.text(25, 6, "FRA", "sans-b", 9, (60, 40, 120))
    st.text(115, 6, p["number"], "ocrb", 10, (190, 30, 40), "r")
    face(st, 3, 10, 24, 30, rnd, p["sex"])

    def lv(x, y, lab, v, size=5.6):
        st.text(x, y, lab, "sans", 3.2, (80, 70, 110))
        st.text(x, y + 3.3, v, "sans-b", size, (15, 15, 25))

    lv(31, 11, "VALABLE POUR / VALID FOR", "FRANCE")
    lv(70, 11, "DU / FROM", p["valid_from"].strftime("%d-%m-%Y"))
    lv(94, 11, "AU / UNTIL", p["expiry"].strftime("%d-%m-%Y"))
    lv(31, 18, "TYPE DE VISA / TYPE OF VISA", p.get("vcode", "D"))
    lv(70, 18, "DURÉE DE SÉJOUR", f"{p.get('days', 365)} JOURS")
    lv(94, 18, "NB D'ENTRÉES", "MULT")
    lv(31, 25, "DÉLIVRÉ À / ISSUED IN", p["issued_in"])
    lv(70, 25, "LE / ON", p["issue"].strftime("%d-%m-%Y"))
    lv(94, 25, "N° DE PASSEPORT", p["passport_no"])
    lv(31, 32, "NOM, PRÉNOM / SURNAME, NAME", f"{p['surname_print']}, {p['given_print']}", 5.2)
    st.text(31, 39, "REMARQUES / REMARKS", "sans", 3.2, (80, 70, 110))
    for i, ln in enumerate(p["remarks"]):
        st.text(31, 42.6 + i * 3.4, ln, "sans-b", 5.0)
    st.rect(0, 56, 119, 24, None, (246, 244, 240))
    mrz_lines(st, 3, 65, mrva(p), 10.0, 6.5)
    from canvas import render

    pg.image(vx, vy, 119, 80, render(st, 240))
    f = {
        "surname": p["surname_print"],
        "given_names": p["given_print"],
        "document_number": p["number"],
        "nationality": p["nat"],
        "issuing_country": "FRA",
        "date_of_birth": p["dob"].isoformat(),
        "sex": p["sex"],
        "expiry_date": p["expiry"].isoformat(),
        "mrz_valid": True,
        "visa_type": p.get("vcode", "D"),
        "vls_ts": any("VLS-TS" in r for r in p["remarks"]),
        "category": p["category"],
        "valid_from": p["valid_from"].isoformat(),
        "valid_until": p["expiry"].isoformat(),
    }
    return pg, f


def stamp_page(rnd: random.Random, when: date, where: str = "ROISSY CDG") -> Page:
    pg = Page(125, 88, bg=(244, 240, 232))
    guilloche(pg, 0, 0, 125, 88, (220, 215, 225), rnd, 16)
    x, y = rnd.uniform(20, 70), rnd.uniform(15, 45)
    pg.rect(x, y, 38, 22, (30, 60, 140), None, 0.6, 3)
    pg.text(x + 19, y + 6, "FRANCE", "sans-b", 7, (30, 60, 140), "c")
    pg.text(x + 19, y + 12, when.strftime("%d.%m.%y"), "mono-b", 8, (30, 60, 140), "c")
    pg.text(x + 19, y + 18, where, "sans", 5.5, (30, 60, 140), "c")
    return pg
