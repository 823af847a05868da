"""Civil-status documents: birth certificates (BFA, GBR, BGD, COM), apostilles, legalisation."""

from __future__ import annotations

import random

from reportlab.lib.pagesizes import A4

from cz_common import draw_signature, hand_text
from cz_docs import Pg, _pdf, fr

W, H = A4


def stamp(p: Pg, x, y, r, top, bottom, color=(0.25, 0.3, 0.7)):
    c = p.c
    c.saveState()
    c.setStrokeColorRGB(*color)
    c.setFillColorRGB(*color)
    c.setLineWidth(1.3)
    c.circle(x, p.h - y, r)
    c.circle(x, p.h - y, r * 0.78)
    c.setFont("SansB", 5.6)
    c.drawCentredString(x, p.h - y + 3, top)
    c.drawCentredString(x, p.h - y - 5, bottom)
    c.restoreState()


def apostille_page(p: Pg, a: dict, rng: random.Random, x=70, y=90, w=455):
    """Hague Convention model apostille (10 numbered items)."""
    p.box(x, y, w, 430, stroke=(0.1, 0.1, 0.1), lw=1.2)
    p.t(x + w / 2, y + 34, "APOSTILLE", "SerifB", 18, align="c")
    p.t(x + w / 2, y + 52, "(Convention de La Haye du 5 octobre 1961)", "SerifI", 10, align="c")
    items = [
        ("1. Country / Pays :", a["country"]),
        ("This public document / Le présent acte public", None),
        ("2. has been signed by / a été signé par", a["doc_signer"]),
        ("3. acting in the capacity of / agissant en qualité de", a["doc_capacity"]),
        ("4. bears the seal/stamp of / est revêtu du sceau de", a["doc_seal"]),
        ("Certified / Attesté", None),
        ("5. at / à", a["at"]),
        ("6. the / le", fr(a["on"])),
        ("7. by / par", a["by"]),
        ("8. No / sous n°", a["number"]),
        ("9. Seal/stamp / Sceau/timbre :", ""),
        ("10. Signature :", ""),
    ]
    yy = y + 82
    for lab, val in items:
        if val is None:
            p.t(x + w / 2, yy, lab, "SerifB", 9.5, align="c")
        else:
            p.t(x + 16, yy, lab, "Serif", 9.5)
            if val:
                p.t(x + w - 16, yy, val, "SerifB", 9.5, align="r")
        yy += 22
    stamp(p, x + 120, y + 380, 32, a["seal_top"], a["seal_bottom"])
    draw_signature(p.c, rng, a["by"], x + 260, p.h - y - 415, 130, 44)


def apostille_pdf(a: dict, rng) -> bytes:
    return _pdf(lambda p, _: apostille_page(p, a, rng))


def bfa_birth(b: dict, a: dict, rng: random.Random) -> bytes:
    """Burkina Faso extrait d'acte de naissance (page 1) + apostille (page 2)."""

    def draw(p: Pg, i):
        if i == 1:
            apostille_page(p, a, rng)
            return
        p.t(60, 50, "BURKINA FASO", "SerifB", 12)
        p.t(60, 64, "Unité - Progrès - Justice", "SerifI", 9)
        p.t(60, 90, "RÉGION DU CENTRE", "Serif", 9)
        p.t(60, 103, "COMMUNE DE OUAGADOUGOU", "Serif", 9)
        p.t(60, 116, "Arrondissement n° " + b["arr"], "Serif", 9)
        p.t(60, 129, "Centre d'état civil principal", "Serif", 9)
        p.t(W - 60, 90, "Acte n° " + b["number"], "SerifB", 10, align="r")
        p.t(W - 60, 104, "Année " + b["reg_year"], "Serif", 9, align="r")
        p.t(W / 2, 170, "EXTRAIT D'ACTE DE NAISSANCE", "SerifB", 15, align="c")
        rows = [
            ("Nom", b["surname"]),
            ("Prénom(s)", b["given"]),
            ("Sexe", b["sex_text"]),
            ("Né(e) le", b["dob_words"]),
            ("à", b["pob"]),
            ("Fils/Fille de", b["father"]),
            ("Profession", b["father_job"]),
            ("et de", b["mother"]),
            ("Profession", b["mother_job"]),
        ]
        y = 215
        for lab, val in rows:
            p.t(70, y, lab, "Serif", 10.5)
            p.t(140, y, ":", "Serif", 10.5)
            p.t(155, y, val, "SerifB", 10.5)
            p.line(150, y + 3, W - 70, y + 3, 0.3, (0.5, 0.5, 0.5))
            y += 25
        p.t(70, y + 10, "Mentions marginales : Néant", "Serif", 10)
        p.t(70, y + 45, "Pour extrait certifié conforme aux indications portées au registre.",
            "SerifI", 10)  # fmt: skip
        p.t(W - 70, y + 75, f"Délivré à Ouagadougou, le {fr(b['issued'])}", "Serif", 10,
            align="r")  # fmt: skip
        p.t(W - 70, y + 90, "L'Officier d'état civil", "Serif", 10, align="r")
        stamp(p, 360, y + 150, 36, "OUAGADOUGOU", "ETAT CIVIL")
        draw_signature(p.c, rng, b["officer"], 380, H - y - 175, 130, 40)
        p.t(W - 70, y + 190, b["officer"], "SerifB", 9.5, align="r")

    return _pdf(draw, 2)


def gbr_birth(b: dict, rng: random.Random) -> bytes:
    """UK GRO 'Certified copy of an entry of birth' (1969-format entry)."""
    pink = (0.98, 0.9, 0.9)
    red = (0.6, 0.1, 0.15)

    def draw(p: Pg, _):
        p.box(0, 0, W, H, fill=pink, stroke=None)
        p.t(W / 2, 50, "CERTIFIED COPY OF AN ENTRY OF BIRTH", "SerifB", 13, red, "c")
        p.t(W / 2, 66, "GIVEN AT THE GENERAL REGISTER OFFICE", "Serif", 9, red, "c")
        p.t(W - 40, 88, "Application Number " + b["app_no"], "Serif", 8, red, "r")
        p.t(40, 100, "BIRTH", "SerifB", 11, red)
        p.t(W - 40, 104, "Entry No. " + b["entry"], "SerifB", 10, red, "r")
        p.t(40, 118, "Registration district  " + b["district"], "Serif", 9, red)
        p.t(40, 132, "Sub-district  " + b["subdistrict"], "Serif", 9, red)
        p.t(330, 132, "Administrative area  " + b["area"], "Serif", 9, red)
        rows = [
            ("1. Date and place of birth", [b["dob_words"], b["place"]]),
            ("2. Name and surname", [b["name"]]),
            ("3. Sex", [b["sex"]]),
            ("4. Name and surname of FATHER", [b["father"]]),
            ("5. Place of birth", [b["father_pob"]]),
            ("6. Occupation", [b["father_job"]]),
            ("7. Name and surname of MOTHER", [b["mother"]]),
            ("8. Place of birth", [b["mother_pob"]]),
            ("9.(a) Maiden surname", [b["mother_maiden"]]),
            ("10. Usual address", [b["parents_addr"]]),
            ("11. Name and surname of INFORMANT", [b["informant"]]),
            ("12. Qualification", ["Mother"]),
            (("14. I certify that the particulars entered above are true to the best of my "
             "knowledge and belief"), [""]),
            ("15. Date of registration", [b["reg_date"]]),
            ("16. Signature of registrar", [b["registrar"]]),
        ]  # fmt: skip
        y = 150
        for lab, vals in rows:
            hh = 16 + 14 * len(vals)
            p.box(40, y, W - 80, hh, stroke=red, lw=0.5)
            p.t(46, y + 11, lab, "Serif", 7.5, red)
            for k, v in enumerate(vals):
                if v:
                    p.t(60, y + 25 + 14 * k, v, "Mono", 10.5, (0.1, 0.1, 0.1))
            y += hh
        p.para(40, y + 24, [
            "CERTIFIED to be a true copy of an entry in the certified copy of a Register of Births",
            (f"in the District above mentioned. Given at the GENERAL REGISTER OFFICE, under the Seal "
            f"of the said Office, the {b['issued_words']}."),
        ], "Serif", 8.5, 12, red)  # fmt: skip
        stamp(p, W - 100, y + 80, 32, "GENERAL REGISTER", "OFFICE", red)
        p.t(40, y + 78, b["serial"], "MonoB", 11, red)
        p.t(40, 812, "CAUTION: THERE ARE OFFENCES RELATING TO FALSIFYING OR ALTERING A "
            "CERTIFICATE AND USING OR POSSESSING A FALSE CERTIFICATE. ©CROWN COPYRIGHT",
            "SansB", 5.6, red)  # fmt: skip
        p.t(40, 822, "WARNING: A CERTIFICATE IS NOT EVIDENCE OF IDENTITY.", "SansB", 6.5, red)

    return _pdf(draw)


def bgd_birth(b: dict, a: dict, rng: random.Random) -> bytes:
    """Bangladesh BDRIS birth registration certificate (English version) + apostille."""
    green = (0.0, 0.42, 0.3)

    def draw(p: Pg, i):
        if i == 1:
            apostille_page(p, a, rng, y=120)
            return
        p.box(28, 28, W - 56, H - 56, stroke=green, lw=2)
        p.t(W / 2, 70, "Government of the People's Republic of Bangladesh", "SansB", 12, green, "c")
        p.t(W / 2, 88, "Office of the Registrar, Birth and Death Registration", "Sans", 10,
            align="c")  # fmt: skip
        p.t(W / 2, 104, b["office"], "Sans", 10, align="c")
        p.t(W / 2, 120, "(Rule 9, 10)", "Sans", 8, align="c")
        p.t(W / 2, 150, "Birth Registration Certificate", "SansB", 16, align="c")
        p.t(60, 185, "Date of Registration", "Sans", 9.5)
        p.t(60, 200, b["reg_date"], "SansB", 10)
        p.t(W - 60, 185, "Date of Issuance", "Sans", 9.5, align="r")
        p.t(W - 60, 200, b["issue_date"], "SansB", 10, align="r")
        p.t(W / 2, 230, "Birth Registration Number", "Sans", 9.5, align="c")
        p.t(W / 2, 250, b["brn"], "MonoB", 14, align="c")
        rows = [
            ("Date of Birth", b["dob"]),
            ("In Word", b["dob_words"]),
            ("Registered Name", b["name"]),
            ("Sex", b["sex"]),
            ("Place of Birth", b["pob"]),
            ("Mother's Name", b["mother"]),
            ("Mother's Nationality", "Bangladeshi"),
            ("Father's Name", b["father"]),
            ("Father's Nationality", "Bangladeshi"),
            ("Permanent Address", b["perm_addr"]),
        ]
        y = 290
        for lab, val in rows:
            p.t(70, y, lab, "Sans", 10)
            p.t(210, y, ":", "Sans", 10)
            p.t(222, y, val, "SansB", 10)
            y += 24
        stamp(p, 140, y + 70, 34, "REGISTRAR", "SYLHET CITY CORP.", green)
        draw_signature(p.c, rng, "registrar", 340, H - y - 110, 130, 40)
        p.t(W - 70, y + 120, "Seal & Signature", "Sans", 8.5, align="r")
        p.t(W - 70, y + 134, "Registrar", "Sans", 8.5, align="r")
        p.t(W / 2, 790, "This certificate is generated from bdris.gov.bd, and to verify this "
            "certificate, please scan the above QR Code & Bar Code.", "Sans", 7,
            (0.3, 0.3, 0.3), "c")  # fmt: skip

    return _pdf(draw, 2)


def com_birth(b: dict, rng: random.Random) -> bytes:
    """Union des Comores copie intégrale d'acte de naissance, with legalisation stamp."""

    def draw(p: Pg, _):
        p.t(50, 50, "UNION DES COMORES", "SerifB", 12)
        p.t(50, 64, "Unité - Solidarité - Développement", "SerifI", 9)
        p.t(50, 88, "Île autonome de Ngazidja", "Serif", 9.5)
        p.t(50, 101, "Préfecture de " + b["prefecture"], "Serif", 9.5)
        p.t(50, 114, "Commune de " + b["commune"], "Serif", 9.5)
        p.t(50, 127, "Centre d'état civil", "Serif", 9.5)
        p.t(W - 50, 101, "Acte n° " + b["number"], "SerifB", 10.5, align="r")
        p.t(W / 2, 170, "COPIE INTÉGRALE D'ACTE DE NAISSANCE", "SerifB", 14, align="c")
        text = b["body"]
        y = 210
        c = p.c
        for ln in text:
            if ln.startswith("#"):
                p.t(70, y, ln[1:], "SerifB", 11)
            else:
                p.t(70, y, ln, "Serif", 11)
            y += 21
        p.t(70, y + 10, "Mentions marginales : néant.", "Serif", 10.5)
        p.t(W - 70, y + 50, f"Pour copie conforme, {b['commune']}, le {fr(b['issued'])}",
            "Serif", 10.5, align="r")  # fmt: skip
        p.t(W - 70, y + 66, "L'Officier de l'état civil", "Serif", 10.5, align="r")
        stamp(p, 300, y + 120, 34, "ETAT CIVIL", b["commune"].upper())
        draw_signature(c, rng, b["officer"], 360, H - y - 150, 130, 42)
        # legalisation block (rectangular stamp, handwritten parts)
        lx, ly = 60, y + 190
        p.box(lx, ly, 300, 118, stroke=(0.45, 0.15, 0.55), lw=1.4)
        col = (0.45, 0.15, 0.55)
        p.t(lx + 150, ly + 16, "LÉGALISATION", "SansB", 10, col, "c")
        p.para(lx + 10, ly + 34, [
            "Vu pour légalisation de la signature de",
            "M. ....................................................",
            "Officier de l'état civil de ................................",
            "Ambassade de France aux Comores - Moroni",
            "Le .................  N° ..................",
        ], "Sans", 8.2, 14.5, col)  # fmt: skip
        hand_text(c, rng, b["officer"], lx + 30, H - ly - 50, 10, "HandB")
        hand_text(c, rng, b["commune"], lx + 140, H - ly - 64, 10, "HandB")
        hand_text(c, rng, fr(b["legal_on"]), lx + 28, H - ly - 94, 10, "HandB")
        hand_text(c, rng, b["legal_no"], lx + 140, H - ly - 94, 10, "HandB")
        draw_signature(c, rng, "consul", lx + 190, H - ly - 116, 90, 26)

    return _pdf(draw)
