"""French-issued documents: cerfa 15763*02, VLS-TS sticker, titre de séjour, CNI."""

from __future__ import annotations

import random

import kit
from docs_world import guilloche
from kit import Page

BLUE = (0, 60, 130)
GREY = (90, 90, 90)


class Filler:
    """Writes the values of a form either by hand (pen strokes) or typed."""

    def __init__(self, pg: Page, rng: random.Random, hand: bool, font_idx: int = 2):
        self.pg, self.rng, self.hand, self.font_idx = pg, rng, hand, font_idx

    def put(self, x, y, s, size=10):
        if not s:
            return
        if self.hand:
            self.pg.hand(x, y + 1, s, size * 1.15, rng=self.rng, font_idx=self.font_idx)
        else:
            self.pg.text(x, y, s, "cond", size)

    def comb(self, x, y, s, n, cw=12.0, label_h=14.0):
        for i in range(n):
            self.pg.rect(x + i * cw, y - label_h + 3, cw, label_h, stroke=GREY, lw=0.5)
        for i, ch in enumerate(s[:n]):
            if ch == " ":
                continue
            cx = x + i * cw + cw / 2
            if self.hand:
                self.pg.hand(cx, y, ch, 11, rng=self.rng, font_idx=self.font_idx, align="c")
            else:
                self.pg.text(cx, y, ch, "mono", 10, align="c")

    def tick(self, x, y, on):
        self.pg.rect(x, y - 8, 9, 9, stroke=(0, 0, 0), lw=0.6)
        if not on:
            return
        if self.hand:
            self.pg.hand(x + 0.5, y + 1, "X", 11, rng=self.rng, font_idx=self.font_idx)
        else:
            self.pg.text(x + 4.5, y, "X", "sansb", 9, align="c")


def _bar(pg, y, title, run):
    if run == 0:
        pg.rect(40, y - 12, 515, 16, stroke=None, fill=BLUE)
        pg.text(46, y, title, "sansb", 9.5, (255, 255, 255))
    else:
        pg.text(40, y, title, "sansb", 10.5, BLUE)
        pg.line(40, y + 4, 555, y + 4, BLUE, 1.2)


def cerfa(f: dict, rng: random.Random, run: int) -> list[Page]:
    """Two pages of the S1106 form as filled by the applicant."""
    hand = f["fill"] == "hand"
    p1 = Page()
    fi = Filler(p1, rng, hand, f.get("font_idx", 2))
    p1.text(40, 44, "l'Assurance", "sansb", 13, BLUE)
    p1.text(40, 60, "Maladie", "sansb", 13, BLUE)
    p1.rect(470, 30, 85, 32, stroke=(0, 0, 0), lw=0.8)
    p1.text(512, 44, "cerfa", "sansb", 11, (0, 0, 0), "c")
    p1.text(512, 57, "N° 15763*02", "sans", 8, (0, 0, 0), "c")
    p1.text(
        297, 92, "Demande d'ouverture des droits à l'assurance maladie", "sansb", 13, (0, 0, 0), "c"
    )
    p1.text(297, 108, "Protection universelle maladie (PUMa)", "sans", 10.5, BLUE, "c")
    y = p1.wrap(
        40,
        126,
        "Vous résidez en France de manière stable et régulière ou vous y exercez une activité "
        "professionnelle : remplissez ce formulaire pour bénéficier de la prise en charge de "
        "vos frais de santé. Articles L. 160-1, L. 160-5, L. 160-7, R. 111-3 et D. 160-2 du code "
        "de la sécurité sociale.",
        515,
        "sans",
        7,
        lead=9,
    )
    y += 14
    _bar(p1, y, "A  VOUS", run)
    y += 26
    lab = "sans"
    if run == 0:
        p1.text(40, y, "Nom de naissance", lab, 8)
        fi.comb(145, y, f["surname"].upper(), 29, 13.6)
        y += 24
        p1.text(40, y, "Nom d'usage (facultatif)", lab, 8)
        fi.comb(145, y, (f.get("usage") or "").upper(), 29, 13.6)
        y += 24
        p1.text(40, y, "Prénom(s)", lab, 8)
        fi.comb(145, y, f["given"].upper(), 29, 13.6)
    else:
        for label, val in (
            ("Nom de naissance :", f["surname"]),
            ("Nom d'usage (facultatif) :", f.get("usage") or ""),
            ("Prénom(s) :", f["given"]),
        ):
            p1.text(40, y, label, lab, 8.5)
            x0 = 40 + kit.text_width(label, lab, 8.5) + 6
            p1.line(x0, y + 2, 555, y + 2, GREY, 0.5, dash=1.2)
            fi.put(x0 + 4, y - 1, val.upper() if not hand else val.upper(), 10.5)
            y += 24
        y -= 24
    y += 26
    p1.text(40, y, "Sexe :", lab, 8.5)
    p1.text(82, y, "F", lab, 8.5)
    fi.tick(92, y, f["sex"] == "F")
    p1.text(112, y, "M", lab, 8.5)
    fi.tick(124, y, f["sex"] == "M")
    p1.text(170, y, "Date de naissance", lab, 8.5)
    d = f["dob"]
    fi.comb(250, y, d[8:10], 2)
    fi.comb(280, y, d[5:7], 2)
    fi.comb(310, y, d[:4], 4)
    p1.text(250, y + 10, "J J", "sans", 5.5, GREY)
    p1.text(280, y + 10, "M M", "sans", 5.5, GREY)
    p1.text(310, y + 10, "A A A A", "sans", 5.5, GREY)
    y += 28
    p1.text(40, y, "Lieu de naissance : commune", lab, 8.5)
    p1.line(176, y + 2, 350, y + 2, GREY, 0.5, dash=1.2)
    fi.put(181, y - 1, f["pob"])
    p1.text(360, y, "pays", lab, 8.5)
    p1.line(385, y + 2, 555, y + 2, GREY, 0.5, dash=1.2)
    fi.put(390, y - 1, f["pob_country"])
    y += 24
    p1.text(40, y, "Nationalité :", lab, 8.5)
    p1.line(98, y + 2, 300, y + 2, GREY, 0.5, dash=1.2)
    fi.put(102, y - 1, f["nationality"])
    y += 26
    p1.text(40, y, "N° de sécurité sociale (si vous en avez un)", lab, 8.5)
    fi.comb(245, y, "", 13, 12)
    fi.comb(407, y, "", 2, 12)
    y += 26
    p1.text(40, y, "Adresse :", lab, 8.5)
    p1.line(84, y + 2, 555, y + 2, GREY, 0.5, dash=1.2)
    fi.put(88, y - 1, f["address"])
    y += 24
    p1.text(40, y, "Code postal", lab, 8.5)
    fi.comb(96, y, f["cp"], 5)
    p1.text(175, y, "Commune :", lab, 8.5)
    p1.line(222, y + 2, 555, y + 2, GREY, 0.5, dash=1.2)
    fi.put(226, y - 1, f["city"])
    y += 24
    p1.text(40, y, "Téléphone :", lab, 8.5)
    p1.line(92, y + 2, 250, y + 2, GREY, 0.5, dash=1.2)
    fi.put(96, y - 1, f["phone"])
    p1.text(262, y, "Adresse e-mail :", lab, 8.5)
    p1.line(335, y + 2, 555, y + 2, GREY, 0.5, dash=1.2)
    fi.put(339, y - 1, f["email"], 9)
    y += 34
    _bar(p1, y, "B  VOTRE SITUATION", run)
    y += 24
    p1.text(40, y, "Cochez la case correspondant à votre situation actuelle :", lab, 8)
    y += 20
    sit = f["situation"]
    fi.tick(44, y, sit == "salarie")
    p1.text(60, y, "Vous exercez une activité salariée en France. Type de contrat :", lab, 8.5)
    x = 330
    for ct in ("CDI", "CDD", "Intérim", "Autre"):
        fi.tick(x, y, sit == "salarie" and f.get("contract") == ct)
        p1.text(x + 13, y, ct, lab, 8.5)
        x += 52
    y += 16
    p1.text(60, y, "Emploi occupé :", lab, 8.5)
    p1.line(130, y + 2, 555, y + 2, GREY, 0.5, dash=1.2)
    if sit == "salarie":
        fi.put(134, y - 1, f.get("job", ""))
    rows = [
        ("independant", "Vous exercez une activité non salariée (travailleur indépendant)"),
        ("demandeur_emploi", "Vous êtes demandeur d'emploi inscrit à France Travail"),
        ("etudiant", "Vous êtes étudiant(e)"),
        (
            "sans_activite",
            "Vous êtes sans activité et résidez en France de manière stable depuis plus de 3 mois",
        ),
        ("autre", "Autre situation (précisez) :"),
    ]
    y += 20
    for key, text in rows:
        fi.tick(44, y, sit == key)
        p1.text(60, y, text, lab, 8.5)
        y += 19
    p1.text(297, 815, "S1106 — cerfa n° 15763*02 — page 1/2", "sans", 6.5, GREY, "c")

    p2 = Page()
    fi2 = Filler(p2, rng, hand, f.get("font_idx", 2))
    y = 60
    _bar(p2, y, "C  VOS ENGAGEMENTS ET SIGNATURE", run)
    y = p2.wrap(
        40,
        y + 26,
        "Je certifie sur l'honneur l'exactitude des renseignements portés sur ce formulaire. "
        "Je m'engage à signaler à ma caisse d'assurance maladie tout changement dans ma "
        "situation. La loi punit quiconque se rend coupable de fraudes ou de fausses "
        "déclarations (articles 313-1 à 313-3, 433-19, 441-1 et suivants du code pénal).",
        515,
        "sans",
        8.5,
    )
    y += 14
    p2.text(40, y, "Fait à", lab, 9)
    p2.line(72, y + 2, 270, y + 2, GREY, 0.5, dash=1.2)
    fi2.put(78, y - 1, f["place"], 11)
    p2.text(290, y, "le", lab, 9)
    p2.line(304, y + 2, 450, y + 2, GREY, 0.5, dash=1.2)
    date_txt = kit.fr_date(f["signed_on"])
    # the date is always written by hand when the form was typed and printed
    p2.hand(310, y, date_txt, 11.5, rng=rng, font_idx=f.get("font_idx", 2))
    y += 18
    if run == 0:
        p2.text(40, y + 10, "Signature", lab, 8.5)
        p2.rect(40, y + 14, 260, 80, stroke=(0, 0, 0), lw=0.7)
    else:
        p2.rect(40, y, 260, 94, stroke=(0, 0, 0), lw=0.7)
        p2.text(170, y + 50, "Signature", lab, 14, (215, 215, 215), "c")
    p2.image(70, y + 24, 190, 72, kit.signature(rng, f["given"] + f["surname"]))
    y += 130
    _bar(p2, y, "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE", run)
    y += 22
    for item in (
        "une pièce d'identité : passeport ou carte nationale d'identité ;",
        "si vous êtes de nationalité étrangère (hors UE/EEE/Suisse) : votre titre de séjour, "
        "visa long séjour valant titre de séjour (VLS-TS) ou récépissé ;",
        "un acte de naissance (copie intégrale ou extrait avec filiation) ;",
        "un justificatif de résidence en France de plus de 3 mois (bail, factures, "
        "attestation d'hébergement) ;",
        "un relevé d'identité bancaire (RIB) à votre nom ;",
        "si vous travaillez : votre contrat de travail ou votre dernier bulletin de salaire.",
    ):
        p2.text(46, y, "•", lab, 9)
        y = p2.wrap(58, y, item, 495, "sans", 8.5)
        y += 3
    y += 20
    p2.rect(40, y, 515, 90, stroke=GREY, fill=(238, 238, 238), lw=0.6)
    p2.text(48, y + 16, "Cadre réservé à l'organisme", "sansb", 8.5, GREY)
    p2.text(48, y + 40, "Date de réception : ....../....../..........", "sans", 8, GREY)
    p2.text(300, y + 40, "Pièces vérifiées :  oui  /  non", "sans", 8, GREY)
    p2.text(48, y + 64, "Matricule agent : ....................", "sans", 8, GREY)
    p2.text(297, 790, "Pour toute information : ameli.fr ou 36 46", "sans", 7, GREY, "c")
    p2.text(297, 815, "S1106 — cerfa n° 15763*02 — page 2/2", "sans", 6.5, GREY, "c")
    return [p1, p2]


def vls_ts(v: dict, rng) -> Page:
    """A French type D visa sticker (VLS-TS) on a passport page."""
    W, H = 354.0, 249.0
    pg = Page((W + 20, H + 20), bg=(248, 248, 246))
    pg.rect(10, 10, W, H, stroke=(200, 200, 200), fill=(236, 232, 240))
    pg.image(10, 10, W, H, guilloche(708, 498, rng, (150, 120, 170)))
    x0, y0 = 18, 22
    sw, sh = 338, 228
    pg.rect(x0, y0, sw, sh, stroke=(170, 160, 190), fill=(228, 236, 232), lw=0.8)
    pg.image(x0, y0, sw, sh, guilloche(676, 456, rng, (90, 150, 140)))
    pg.text(x0 + 8, y0 + 14, "VISA", "sansb", 11, (30, 60, 120))
    pg.text(x0 + 44, y0 + 14, "FRA", "sansb", 9, (30, 60, 120))
    pg.text(x0 + sw - 8, y0 + 14, v["number"], "monob", 9.5, (170, 20, 30), "r")
    pg.image(x0 + 8, y0 + 24, 58, 74, kit.face(rng, 290, 370, v.get("skin", (110, 75, 50))))
    fx = x0 + 74
    rows = [
        ("VALABLE POUR / VALID FOR", "FRANCE"),
        ("DU / FROM", kit.fr_date(v["valid_from"]).replace("/", "-")),
        ("AU / UNTIL", kit.fr_date(v["valid_until"]).replace("/", "-")),
        ("TYPE DE VISA / TYPE OF VISA", "D"),
        ("DURÉE DU SÉJOUR / DURATION", v["days"]),
        ("NOMBRE D'ENTRÉES / ENTRIES", "MULT"),
        ("DÉLIVRÉ À / ISSUED IN", v["issued_in"]),
        ("LE / ON", kit.fr_date(v["issued_on"]).replace("/", "-")),
        ("N° DE PASSEPORT", v["passport"]),
        ("NOM, PRÉNOM / SURNAME, NAME", f"{v['surname']}, {v['given']}"),
    ]
    y = y0 + 26
    for i, (lab, val) in enumerate(rows):
        x = fx if i not in (2, 7) else fx + 120
        if i in (2, 7):
            y -= 17
        pg.text(x, y, lab, "sans", 4.3, (60, 70, 90))
        pg.text(x, y + 8, val, "monob", 7.2)
        y += 17
    pg.text(x0 + 8, y0 + 176, "REMARQUES:", "sans", 4.3, (60, 70, 90))
    pg.text(x0 + 50, y0 + 176, v["remarks"], "monob", 6.3)
    l1, l2 = kit.mrz_mrva(
        "FRA", v["surname"], v["given"], v["number"], v["nat"], v["dob"], v["sex"], v["valid_until"]
    )
    pg.pil_text(x0 + 10, y0 + 200, l1, "ocrb", 8.7)
    pg.pil_text(x0 + 10, y0 + 217, l2, "ocrb", 8.7)
    pg.image(
        x0 + sw - 80,
        y0 + 120,
        70,
        70,
        kit.stamp(["CONSULAT GENERAL", "DE FRANCE", v["issued_in"][:12]], rng, (90, 40, 120)),
    )
    pg.mrz = (l1, l2)
    return pg


def id1_card(c: dict, rng, side: str) -> Page:
    """ID-1 card, front or back: French titre de séjour or French CNI (2021 model)."""
    W, H = 243.0, 153.0
    pg = Page((W + 16, H + 16), bg=(252, 252, 252))
    x0, y0 = 8, 8
    pg.rect(x0, y0, W, H, stroke=(180, 180, 180), fill=c["tint"], lw=0.6)
    pg.image(x0, y0, W, H, guilloche(486, 306, rng, c["ink"]))
    if side == "front":
        pg.text(x0 + 8, y0 + 14, "RÉPUBLIQUE FRANÇAISE", "sansb", 7.5, c["ink"])
        pg.text(x0 + 8, y0 + 24, c["title"], "sansb", 6.5, c["ink"])
        pg.image(x0 + 8, y0 + 34, 64, 82, kit.face(rng, 256, 328, c.get("skin", (200, 160, 130))))
        fx = x0 + 80
        y = y0 + 38
        rows = [
            ("NOM / Surname", c["surname"]),
            ("Prénoms / Given names", c["given"]),
            ("SEXE / Sex", c["sex"]),
            ("NATIONALITÉ / Nationality", c["nat_print"]),
            ("DATE DE NAISS. / Date of birth", kit.fr_date(c["dob"]).replace("/", " ")),
            ("N° DU DOCUMENT / Document No", c["number"]),
            ("DATE D'EXPIR. / Expiry date", kit.fr_date(c["expiry"]).replace("/", " ")),
        ]
        for lab, val in rows:
            pg.text(fx, y, lab, "sans", 4, c["ink"])
            pg.text(fx, y + 7.5, val, "sansb", 6.8)
            y += 15
        if c.get("kind_line"):
            pg.text(x0 + 8, y0 + 149, c["kind_line"], "sansb", 5.2, (0, 0, 0))
        pg.image(x0 + 150, y0 + 124, 80, 24, kit.signature(rng, c["given"], (20, 20, 20)))
    else:
        pg.text(x0 + 8, y0 + 16, "ADRESSE / Address", "sans", 4.5, c["ink"])
        pg.text(x0 + 8, y0 + 25, c.get("address", ""), "sansb", 6.3)
        pg.text(x0 + 8, y0 + 33, c.get("address2", ""), "sansb", 6.3)
        pg.text(x0 + 8, y0 + 46, c.get("back_label", "LIEU DE NAISSANCE"), "sans", 4.5, c["ink"])
        pg.text(x0 + 8, y0 + 55, c.get("back_value", ""), "sansb", 6.3)
        pg.text(x0 + 8, y0 + 68, c.get("remark", ""), "sans", 5.5)
        mrz = kit.mrz_td1(
            c["code"],
            "FRA",
            c["number"],
            c["dob"],
            c["sex"],
            c["expiry"],
            c["nat"],
            c["surname"],
            c["given"],
        )
        pg.rect(x0, y0 + 92, W, 61, stroke=None, fill=(248, 248, 244))
        for i, ln in enumerate(mrz):
            pg.pil_text(x0 + 10, y0 + 108 + i * 16, ln, "ocrb", 10.4)
        pg.mrz = mrz
    return pg
