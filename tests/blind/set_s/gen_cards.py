"""ID-1 cards: national identity cards, French titres de séjour; récépissés."""

from __future__ import annotations

import datetime as dt

from gen_codes import cd, fr, fr_id_1988, td1
from gen_core import Page
from gen_draw import face_img, guilloche, stamp_img
from gen_passdata import dfmt, mrz_size
from gen_people import COUNTRY_FR, NAT_FR, Person


def id_card(
    p: Person,
    rng,
    style: str,
    number: str,
    issued: dt.date,
    expiry: dt.date,
    address=None,
    office="",
    tamper=None,
):
    """Front and back of a national ID card. Returns ([front, back], fields)."""
    f, b = Page(85.6, 54, bg=(236, 240, 246)), Page(85.6, 54, bg=(236, 240, 246))
    lc, vc = (60, 70, 100), (10, 10, 20)
    given_printed = p.given
    sur_printed = p.surname
    if style == "FRA":
        for pg in (f, b):
            pg.bg = (228, 236, 246)
            guilloche(pg, 0, 0, 85.6, 54, (190, 205, 232), rng, n=22, lw=0.12, amp=6)
        f.rect(0, 0, 85.6, 7, None, (40, 80, 160), 0)
        f.text(3, 4.8, "RÉPUBLIQUE FRANÇAISE", "dejavu-b", 6, (255, 255, 255))
        f.text(
            83,
            4.8,
            "CARTE NATIONALE D'IDENTITÉ / IDENTITY CARD",
            "dejavu",
            3.6,
            (255, 255, 255),
            anchor="r",
        )
        f.image(3, 10, 22, 28, face_img(rng, p.sex, w=22, h=28))
        rows = [
            ("NOM / Surname", p.surname, 27, 11),
            ("Prénoms / Given names", p.given, 27, 18),
            ("SEXE / Sex", p.sex, 27, 25),
            ("NATIONALITÉ / Nationality", "FRA", 40, 25),
            ("DATE DE NAISS. / Date of birth", fr(p.dob).replace("/", " "), 62, 25),
            ("LIEU DE NAISSANCE / Place of birth", p.pob_city.upper(), 27, 32),
            ("N° DU DOCUMENT / Document No", number, 27, 39),
            ("DATE D'EXPIR. / Expiry date", fr(expiry).replace("/", " "), 62, 39),
        ]
        for lab, val, x, y in rows:
            f.text(x, y, lab, "dejavu", 3.3, lc)
            f.text(x, y + 3.3, val, "dejavu-b", 6.2, vc)
        f.sign(27, 44, 28, 8, p.full, rng, (20, 20, 30))
        f.text(82, 51, f"CAN {rng.randint(100000, 999999)}", "dejavu", 4, lc, anchor="r")
        lines = td1("ID", "FRA", p.surname, p.given, number, "FRA", p.dob, p.sex, expiry)
        b.text(3, 6, "ADRESSE / Address", "dejavu", 3.3, lc)
        for i, ln in enumerate(address.lines() if address else []):
            b.text(3, 9.5 + i * 3.2, ln.upper(), "dejavu-b", 5.2, vc)
        b.text(50, 6, "DATE DE DÉLIVRANCE / Date of issue", "dejavu", 3.3, lc)
        b.text(50, 9.5, fr(issued).replace("/", " "), "dejavu-b", 5.5, vc)
        b.text(50, 14, "AUTORITÉ / Authority", "dejavu", 3.3, lc)
        b.text(50, 17.5, office or "PRÉFECTURE DE PARIS", "dejavu-b", 4.6, vc)
    elif style == "FRA88":
        for pg in (f, b):
            pg.bg = (236, 228, 238)
            guilloche(pg, 0, 0, 85.6, 54, (215, 196, 222), rng, n=18, lw=0.12, amp=5)
        f.text(42, 5, "RÉPUBLIQUE FRANÇAISE", "serif-b", 6.5, (50, 40, 90), anchor="m")
        f.text(30, 10, "CARTE NATIONALE D'IDENTITÉ N° :", "serif", 4.5, (50, 40, 90))
        f.text(62, 10, number, "mono-b", 5.5, vc)
        f.text(30, 14, "Nationalité Française", "serif-i", 4.5, (50, 40, 90))
        f.image(3, 8, 24, 31, face_img(rng, p.sex, grey=True, w=24, h=31))
        rows = [
            ("Nom :", p.surname, 18.5),
            ("Prénom(s) :", p.given.replace(" ", ", "), 23),
            ("Sexe :", p.sex, 27.5),
            ("Né(e) le :", fr(p.dob).replace("/", "."), 32),
            ("à :", p.pob_city.upper(), 36.5),
            ("Taille :", "1,7" + str(rng.randint(0, 9)) + "m", 41),
        ]
        given_printed = p.given.replace(" ", ", ")
        for lab, val, y in rows:
            f.text(30, y, lab, "serif-i", 4.5, (50, 40, 90))
            f.text(45, y, val, "mono-b", 5.6, vc)
        f.sign(52, 40, 28, 9, p.full, rng, (20, 20, 30))
        b.text(4, 6, "Adresse :", "serif-i", 4.5, (50, 40, 90))
        for i, ln in enumerate(address.lines() if address else []):
            b.text(18, 6 + i * 3.6, ln.upper(), "mono-b", 4.8, vc)
        b.text(4, 20, "Carte valable jusqu'au :", "serif-i", 4.5, (50, 40, 90))
        b.text(32, 20, fr(expiry).replace("/", "."), "mono-b", 5.2, vc)
        b.text(4, 24.5, f"délivrée le : {fr(issued).replace('/', '.')}", "mono-b", 4.8, vc)
        b.text(4, 29, f"par : {office or 'PRÉFECTURE DE POLICE'}", "mono-b", 4.4, vc)
        lines = fr_id_1988(p.surname, p.given, number, "", p.dob, p.sex)
        lines = [lines[0][:30] + "750012", lines[1]]
        lines[1] = lines[1][:35] + cd(lines[0] + lines[1][:35])
    else:
        cfg = {
            "ITA": (
                "REPUBBLICA ITALIANA",
                "CARTA DI IDENTITÀ / IDENTITY CARD",
                "CI",
                [
                    ("COGNOME / SURNAME", p.surname),
                    ("NOME / NAME", p.given),
                    (
                        "LUOGO E DATA DI NASCITA / PLACE AND DATE OF BIRTH",
                        f"{p.pob_city.upper()} {p.dob.strftime('%d.%m.%Y')}",
                    ),
                    ("SESSO / SEX", p.sex),
                    ("CITTADINANZA / NATIONALITY", "ITA"),
                    ("EMISSIONE / ISSUING", issued.strftime("%d.%m.%Y")),
                    ("SCADENZA / EXPIRY", expiry.strftime("%d.%m.%Y")),
                ],
                (222, 232, 222),
                "INDIRIZZO DI RESIDENZA / RESIDENCE",
            ),
            "ESP": (
                "ESPAÑA",
                "DOCUMENTO NACIONAL DE IDENTIDAD",
                "ID",
                [
                    ("APELLIDOS", p.surname.replace(" ", "\n")),
                    ("NOMBRE", p.given),
                    ("SEXO", p.sex),
                    ("NACIONALIDAD", "ESP"),
                    ("FECHA DE NACIMIENTO", p.dob.strftime("%d %m %Y")),
                    ("IDESP", number),
                    ("VÁLIDO HASTA", expiry.strftime("%d %m %Y")),
                ],
                (238, 226, 214),
                "DOMICILIO",
            ),
            "POL": (
                "RZECZPOSPOLITA POLSKA",
                "DOWÓD OSOBISTY / IDENTITY CARD",
                "ID",
                [
                    ("NAZWISKO / SURNAME", p.surname),
                    ("IMIONA / GIVEN NAMES", p.given),
                    ("OBYWATELSTWO / NATIONALITY", "POLSKIE"),
                    ("DATA URODZENIA / DATE OF BIRTH", p.dob.strftime("%d.%m.%Y")),
                    ("PŁEĆ / SEX", "K" if p.sex == "F" else "M"),
                    ("NUMER DOWODU / DOCUMENT NUMBER", number),
                    ("TERMIN WAŻNOŚCI / EXPIRY DATE", expiry.strftime("%d.%m.%Y")),
                ],
                (236, 222, 226),
                "MIEJSCE URODZENIA / PLACE OF BIRTH",
            ),
            "NLD": (
                "KONINKRIJK DER NEDERLANDEN",
                "IDENTITEITSKAART / IDENTITY CARD",
                "I<",
                [
                    ("Naam / Surname", p.surname),
                    ("Voornamen / Given names", p.given),
                    ("Geslacht / Sex", "V" if p.sex == "F" else "M"),
                    ("Nationaliteit / Nationality", "Nederlandse"),
                    ("Geboortedatum / Date of birth", dfmt(p.dob, "mon3")),
                    ("Documentnummer / Document no.", number),
                    ("Geldig tot / Date of expiry", dfmt(expiry, "mon3")),
                ],
                (226, 230, 240),
                "Geboorteplaats / Place of birth",
            ),
        }[style]
        title, sub, code, rows, col, back_lab = cfg
        for pg in (f, b):
            pg.bg = col
            guilloche(
                pg, 0, 0, 85.6, 54, tuple(max(0, c - 28) for c in col), rng, n=20, lw=0.12, amp=5
            )
        f.text(3, 5, title, "dejavu-b", 5.8, (40, 40, 60))
        f.text(3, 8.4, sub, "dejavu", 3.6, (40, 40, 60))
        if style == "ITA":
            f.text(82, 5, number, "dejavu-b", 6.5, (150, 30, 30), anchor="r")
        f.image(3, 12, 21, 27, face_img(rng, p.sex, w=21, h=27))
        y = 13.0
        for lab, val in rows:
            f.text(27, y, lab, "dejavu", 3.0, lc)
            for k, part in enumerate(val.split("\n")):
                f.text(27, y + 3.0 + k * 3.0, part, "dejavu-b", 5.4, vc)
            y += 5.6 + 3.0 * (val.count("\n"))
        f.sign(3, 41, 22, 8, p.full, rng, (20, 20, 30))
        b.text(3, 6, back_lab, "dejavu", 3.2, lc)
        if style in ("POL", "NLD"):
            b.text(3, 9.5, p.pob_city.upper(), "dejavu-b", 5, vc)
        else:
            for i, ln in enumerate(address.lines() if address else []):
                b.text(3, 9.5 + i * 3.2, ln.upper(), "dejavu-b", 5, vc)
        nat = {"ITA": "ITA", "ESP": "ESP", "POL": "POL", "NLD": "NLD"}[style]
        opt1 = p.extra.get("dni", "") if style == "ESP" else ""
        lines = td1(code, nat, p.surname, p.given, number, nat, p.dob, p.sex, expiry, opt1)
    if style not in ("FRA88",):
        sz = mrz_size(78, 30)
        b.rect(0, 33, 85.6, 21, None, (246, 246, 244), 0)
        for i, ln in enumerate(lines):
            b.text(4, 39 + i * 5.2, ln, "ocrb", sz, (10, 10, 10))
    else:
        sz = mrz_size(80, 36)
        b.rect(0, 38, 85.6, 16, None, (246, 246, 244), 0)
        for i, ln in enumerate(lines):
            b.text(2.5, 45 + i * 5.5, ln, "ocrb", sz, (10, 10, 10))
    nat_code = {"FRA": "FRA", "FRA88": "FRA"}.get(style, style)
    fields = dict(
        surname=sur_printed,
        given_names=given_printed,
        document_number=number,
        nationality=nat_code,
        issuing_country=nat_code,
        date_of_birth=p.dob.isoformat(),
        sex=p.sex,
        expiry_date=expiry.isoformat(),
        mrz_valid=True,
    )
    return [f, b], fields, lines


def titre_sejour(
    p: Person,
    rng,
    number: str,
    kind: str,
    mention: str,
    expiry: dt.date,
    issued: dt.date,
    prefecture: str,
    address=None,
    style=0,
):
    f, b = Page(85.6, 54), Page(85.6, 54)
    col = [(226, 236, 226), (232, 228, 240)][style]
    for pg in (f, b):
        pg.bg = col
        guilloche(pg, 0, 0, 85.6, 54, tuple(max(0, c - 30) for c in col), rng, n=20, lw=0.12, amp=5)
    lc, vc = (60, 80, 80), (10, 10, 20)
    f.text(3, 4.6, "RÉPUBLIQUE FRANÇAISE", "dejavu-b", 5.2, (30, 50, 110))
    f.text(83, 4.6, "TITRE DE SÉJOUR", "dejavu-b", 5.2, (30, 50, 110), anchor="r")
    f.text(83, 7.6, "RESIDENCE PERMIT", "dejavu", 3.4, (30, 50, 110), anchor="r")
    f.image(3, 9, 22, 28, face_img(rng, p.sex, w=22, h=28))
    rows = [
        ("NOM / Surname", p.surname, 27, 11),
        ("PRÉNOMS / Given names", p.given, 27, 17.5),
        ("SEXE / Sex", p.sex, 27, 24),
        ("NATIONALITÉ / Nationality", p.nat, 38, 24),
        ("DATE DE NAISSANCE / Date of birth", fr(p.dob).replace("/", " "), 58, 24),
        ("TYPE DE TITRE / Type of permit", kind, 27, 30.5),
        ("MENTION / Remarks", mention, 27, 37),
        ("VALABLE JUSQU'AU / Valid until", fr(expiry).replace("/", " "), 27, 43.5),
    ]
    if style == 1:
        rows = [(lab.split(" / ")[0] + " :", val, x, y) for lab, val, x, y in rows]
    for lab, val, x, y in rows:
        f.text(x, y, lab, "dejavu", 3.0, lc)
        f.text(x, y + 3.1, val, "dejavu-b", 5.0 if len(val) < 28 else 4.2, vc)
    f.text(3, 41, "N°", "dejavu", 3.2, lc)
    f.text(3, 44.5, number, "dejavu-b", 5.4, (150, 20, 30))
    f.sign(60, 43, 22, 8, p.full, rng, (20, 20, 30))
    b.text(3, 5, "LIEU DE NAISSANCE / Place of birth", "dejavu", 3.0, lc)
    b.text(3, 8.2, f"{p.pob_city.upper()} ({p.nat})", "dejavu-b", 4.8, vc)
    b.text(3, 12, "ADRESSE / Address", "dejavu", 3.0, lc)
    for i, ln in enumerate(address.lines() if address else []):
        b.text(3, 15.2 + i * 3, ln.upper(), "dejavu-b", 4.4, vc)
    b.text(50, 5, "DÉLIVRÉ LE / Date of issue", "dejavu", 3.0, lc)
    b.text(50, 8.2, fr(issued).replace("/", " "), "dejavu-b", 4.8, vc)
    b.text(50, 12, "PAR / Authority", "dejavu", 3.0, lc)
    b.text(50, 15.2, prefecture, "dejavu-b", 4.2, vc)
    lines = td1("IR", "FRA", p.surname, p.given, number, p.nat, p.dob, p.sex, expiry)
    sz = mrz_size(78, 30)
    b.rect(0, 33, 85.6, 21, None, (246, 246, 244), 0)
    for i, ln in enumerate(lines):
        b.text(4, 39 + i * 5.2, ln, "ocrb", sz, (10, 10, 10))
    fields = dict(
        surname=p.surname,
        given_names=p.given,
        document_number=number,
        nationality=p.nat,
        issuing_country="FRA",
        date_of_birth=p.dob.isoformat(),
        sex=p.sex,
        expiry_date=expiry.isoformat(),
        mrz_valid=True,
    )
    return [f, b], fields, lines


def recepisse(
    p: Person,
    rng,
    number: str,
    issued: dt.date,
    until: dt.date,
    prefecture: str,
    motif: str,
    work: bool,
    address,
    city="Paris",
):
    pg = Page()
    g = (30, 30, 30)
    pg.text(20, 18, "RÉPUBLIQUE FRANÇAISE", "dejavu-b", 11, (20, 40, 110))
    pg.text(20, 23, "Liberté  Égalité  Fraternité", "dserif", 7, g)
    pg.text(190, 18, prefecture.upper(), "dejavu-b", 9, g, anchor="r")
    pg.text(190, 23, "Direction des migrations et de l'intégration", "dejavu", 7, g, anchor="r")
    pg.rect(20, 32, 170, 16, (20, 40, 110), (232, 238, 248), 0.5)
    pg.text(
        105,
        39,
        "RÉCÉPISSÉ DE DEMANDE DE CARTE DE SÉJOUR",
        "dejavu-b",
        12,
        (20, 40, 110),
        anchor="m",
    )
    pg.text(
        105,
        45,
        "Article R. 431-12 du code de l'entrée et du séjour des étrangers et du droit d'asile",
        "dejavu",
        7,
        g,
        anchor="m",
    )
    pg.text(20, 58, "N° du récépissé :", "dejavu", 9, g)
    pg.text(52, 58, number, "dejavu-b", 10, g)
    pg.text(120, 58, "N° étranger :", "dejavu", 9, g)
    pg.text(145, 58, str(rng.randint(7500000000, 7599999999)), "dejavu-b", 10, g)
    pg.image(150, 66, 35, 45, face_img(rng, p.sex, grey=True))
    rows = [
        ("NOM :", p.surname),
        ("Prénom(s) :", p.given),
        ("Sexe :", p.sex),
        ("Date de naissance :", fr(p.dob)),
        ("Lieu de naissance :", f"{p.pob_city} ({COUNTRY_FR[p.nat]})"),
        ("Nationalité :", NAT_FR.get(p.nat, p.nat)),
    ]
    y = 72
    for lab, val in rows:
        pg.text(20, y, lab, "dejavu", 9, g)
        pg.text(60, y, val, "dejavu-b", 10, g)
        y += 7
    pg.text(20, y, "Adresse :", "dejavu", 9, g)
    for ln in address.lines():
        pg.text(60, y, ln, "dejavu-b", 10, g)
        y += 5.5
    y += 6
    pg.text(20, y, "Nature de la demande :", "dejavu", 9, g)
    pg.text(68, y, motif, "dejavu-b", 10, g)
    y += 10
    pg.rect(20, y - 6, 170, 24, g, None, 0.4)
    pg.text(25, y, "Ce récépissé, délivré le", "dejavu", 10, g)
    pg.text(68, y, fr(issued), "dejavu-b", 10, g)
    pg.text(25, y + 7, "est valable jusqu'au", "dejavu", 10, g)
    pg.text(68, y + 7, fr(until), "dejavu-b", 12, (150, 20, 30))
    wt = (
        "AUTORISE SON TITULAIRE À TRAVAILLER"
        if work
        else "N'AUTORISE PAS SON TITULAIRE À TRAVAILLER"
    )
    pg.text(25, y + 14, wt, "dejavu-b", 9, g)
    y += 32
    pg.para(
        20,
        y,
        170,
        "Le présent récépissé ne constitue pas un titre d'identité. Il doit être "
        "présenté avec le passeport du titulaire. Il permet à son titulaire de justifier de la "
        "régularité de son séjour pendant la durée de sa validité.",
        "dejavu",
        8,
    )
    pg.text(120, y + 22, f"Fait à {city}, le {fr(issued)}", "dejavu", 9, g)
    pg.text(120, y + 28, "Pour le préfet et par délégation", "dejavu", 8, g)
    pg.image(
        118,
        y + 30,
        40,
        40,
        stamp_img(
            prefecture.upper(),
            ["RÉPUBLIQUE", "FRANÇAISE"],
            34,
            (40, 50, 140),
            rng,
            ring2="* SERVICE ÉTRANGERS *",
        ),
    )
    pg.sign(150, y + 38, 40, 16, "A. Lemaire", rng)
    fields = dict(
        surname=p.surname,
        given_names=p.given,
        document_number=number,
        nationality=p.nat,
        issuing_country="FRA",
        date_of_birth=p.dob.isoformat(),
        sex=p.sex,
        expiry_date=until.isoformat(),
        mrz_valid=None,
    )
    return [pg], fields
