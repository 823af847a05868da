"""ID-1 cards and papers: French titre de séjour, EU identity cards, récépissé."""

from __future__ import annotations

import random

import util as U
from ids import face, guilloche, mrz_block
from render import Page

CARD = (85.6, 54.0)


def _card_base(rng, tint):
    pg = Page(*CARD, bg=tint)
    guilloche(pg, 0, 0, CARD[0], CARD[1], rng, (90, 120, 160))
    return pg


def residence_card(rng: random.Random, p: dict, doc: dict):
    """French titre de séjour (ID-1, 2020 model): front and back with TD1 MRZ."""
    f = _card_base(rng, (236, 242, 246))
    blue = (0, 35, 120)
    f.rect(0, 0, CARD[0], 7.5, stroke=None, fill=(210, 222, 240))
    f.text(3, 5, "RÉPUBLIQUE FRANÇAISE", "sans-b", 6.5, blue)
    f.text(CARD[0] - 3, 5, "TITRE DE SÉJOUR", "sans-b", 6.2, blue, "r")
    f.image(3, 10, 22, 28, face(rng, p["sex"]))
    lbl, val = ("sansc", 3.6, (70, 80, 100)), ("arial-b", 6.4)

    def fld(x, y, label, v):
        f.text(x, y, label, lbl[0], lbl[1], lbl[2])
        f.text(x, y + 2.9, v, val[0], val[1], (10, 10, 10))

    fld(28, 11, "NOM / SURNAME", U.ascii_up(p["surname"]))
    fld(28, 17.5, "PRÉNOMS / GIVEN NAMES", U.ascii_up(p["given"]).replace(" ", ", "))
    fld(28, 24, "SEXE / SEX", p["sex"])
    fld(42, 24, "NATIONALITÉ / NATIONALITY", p["nat"])
    fld(28, 30.5, "DATE DE NAISS. / DATE OF BIRTH", U.fr(p["dob"]).replace("/", " "))
    fld(28, 37, "N° DU DOCUMENT / DOCUMENT No", doc["number"])
    fld(62, 37, "DATE D'EXPIR. / EXPIRY", U.fr(doc["expiry"]).replace("/", " "))
    f.text(3, 45, "TYPE DE TITRE / TYPE OF PERMIT", *lbl)
    f.text(3, 48.5, doc["title"], "arial-b", 5.8, (10, 10, 10))
    f.text(3, 52, "REMARQUES: " + doc["remarks"], "arial-b", 4.8, (10, 10, 10))
    f.signature(62, 42, 20, 8, rng, p["surname"].title())
    b = _card_base(rng, (240, 244, 246))
    b.text(3, 5, "LIEU DE NAISSANCE / PLACE OF BIRTH", *lbl)
    b.text(3, 8.5, f"{U.ascii_up(p['pob'])} ({p['nat']})", "arial-b", 6, (10, 10, 10))
    b.text(3, 13, "ADRESSE / ADDRESS", *lbl)
    b.text(3, 16.5, U.ascii_up(doc.get("address", "")), "arial-b", 5.2, (10, 10, 10))
    b.text(3, 20.5, U.ascii_up(doc.get("address2", "")), "arial-b", 5.2, (10, 10, 10))
    b.text(3, 25, "DATE ET LIEU DE DÉLIVRANCE / DATE AND PLACE OF ISSUE", *lbl)
    b.text(
        3,
        28.5,
        f"{U.fr(doc['issued']).replace('/', ' ')}  {doc['prefecture']}",
        "arial-b",
        5.6,
        (10, 10, 10),
    )
    b.rect(0, 33, CARD[0], 21, stroke=None, fill=(250, 250, 250))
    lines = U.td1(
        "IR",
        "FRA",
        p["surname"],
        p["given"],
        doc["number"],
        p["nat"],
        p["dob"],
        p["sex"],
        doc["expiry"],
    )
    mrz_block(b, 3, 39, lines, 8.2, pitch=4.9)
    fields = dict(
        surname=U.ascii_up(p["surname"]),
        given_names=U.ascii_up(p["given"]),
        document_number=doc["number"],
        nationality=p["nat"],
        issuing_country="FRA",
        date_of_birth=p["dob"],
        sex=p["sex"],
        expiry_date=doc["expiry"],
        mrz_valid=True,
    )
    return [f, b], fields


EU_ID = {
    "ESP": (
        "REINO DE ESPAÑA",
        "DOCUMENTO NACIONAL DE IDENTIDAD",
        [
            "APELLIDOS",
            "NOMBRE",
            "SEXO",
            "NACIONALIDAD",
            "FECHA DE NACIMIENTO",
            "NÚM. SOPORT.",
            "VÁLIDO HASTA",
        ],
        (230, 236, 226),
    ),
    "ITA": (
        "REPUBBLICA ITALIANA",
        "CARTA DI IDENTITÀ / IDENTITY CARD",
        [
            "COGNOME / SURNAME",
            "NOME / NAME",
            "SESSO / SEX",
            "CITTADINANZA / NATIONALITY",
            "DATA DI NASCITA / DATE OF BIRTH",
            "N. / No",
            "SCADENZA / EXPIRY",
        ],
        (236, 232, 240),
    ),
    "DEU": (
        "BUNDESREPUBLIK DEUTSCHLAND",
        "PERSONALAUSWEIS / IDENTITY CARD",
        [
            "Name / Surname",
            "Vornamen / Given names",
            "Geschlecht / Sex",
            "Staatsangehörigkeit / Nationality",
            "Geburtstag / Date of birth",
            "Ausweisnummer",
            "Gültig bis / Date of expiry",
        ],
        (232, 238, 232),
    ),
    "PRT": (
        "REPÚBLICA PORTUGUESA",
        "CARTÃO DE CIDADÃO / CITIZEN CARD",
        [
            "APELIDO(S) / SURNAME",
            "NOME(S) / GIVEN NAME(S)",
            "SEXO / SEX",
            "NACIONALIDADE / NATIONALITY",
            "DATA DE NASCIMENTO / DATE OF BIRTH",
            "N.º DOCUMENTO / DOCUMENT No",
            "DATA DE VALIDADE / EXPIRY DATE",
        ],
        (228, 236, 240),
    ),
    "FRA": (
        "RÉPUBLIQUE FRANÇAISE",
        "CARTE NATIONALE D'IDENTITÉ / IDENTITY CARD",
        [
            "NOM / Surname",
            "Prénoms / Given names",
            "SEXE / Sex",
            "NATIONALITÉ / Nationality",
            "DATE DE NAISS. / Date of birth",
            "N° DU DOCUMENT / Document No",
            "DATE D'EXPIR. / Expiry date",
        ],
        (236, 232, 238),
    ),
    "ROU": (
        "ROMÂNIA",
        "CARTE DE IDENTITATE / IDENTITY CARD",
        [
            "Nume / Nom / Last name",
            "Prenume / Prénom / First name",
            "Sex / Sexe / Sex",
            "Cetățenie / Nationalité / Nationality",
            "Data nașterii / Date of birth",
            "Nr. document",
            "Valabilitate / Validité / Validity",
        ],
        (236, 240, 232),
    ),
}


def eu_id_card(rng: random.Random, p: dict, doc: dict):
    code = doc["country"]
    head, title, labels, tint = EU_ID[code]
    f = _card_base(rng, tint)
    blue = (20, 40, 110)
    f.text(3, 4.5, head, "sans-b", 5.6, blue)
    f.text(3, 8, title, "sansc", 4.4, blue)
    f.ellipse(CARD[0] - 11, 1.5, 8, 8, stroke=(200, 170, 40), fill=(30, 60, 150), lw=0.5)
    f.text(CARD[0] - 7, 6.8, code[:2] if code != "DEU" else "D", "sans-b", 5, (255, 220, 60), "m")
    f.image(3, 11, 22, 28, face(rng, p["sex"]))
    dstyle = "dot" if code in ("DEU", "ROU") else ("slash" if code != "FRA" else "space")
    ds = lambda s: U.fr(s).replace(
        "/",
        "."
        if dstyle == "dot"
        # noqa: E731
        else (" " if dstyle == "space" else "/"),
    )
    vals = [
        p["surname"].upper(),
        p["given"].upper().replace(" ", ", " if code == "FRA" else " "),
        p["sex"],
        p["nat"],
        ds(p["dob"]),
        doc["number"],
        ds(doc["expiry"]),
    ]
    pos = [(28, 12), (28, 18.5), (28, 25), (42, 25), (28, 31.5), (28, 38), (60, 38)]
    for (x, y), lb, v in zip(pos, labels, vals):
        f.text(x, y, lb, "sansc", 3.5, (80, 80, 100))
        f.text(x, y + 3.1, v, "arial-b", 6.2, (10, 10, 10))
    if p.get("usage") and code == "FRA":
        f.text(28, 45, "NOM D'USAGE / Usage name", "sansc", 3.5, (80, 80, 100))
        f.text(28, 48.1, p["usage"].upper(), "arial-b", 6.2, (10, 10, 10))
    f.signature(3, 42, 22, 9, rng, p["surname"].title())
    b = _card_base(rng, tint)
    if doc.get("address"):
        b.text(
            3,
            6,
            {
                "FRA": "ADRESSE / Address",
                "ESP": "DOMICILIO",
                "ITA": "RESIDENZA / RESIDENCE",
                "DEU": "Anschrift / Address",
                "PRT": "MORADA / ADDRESS",
                "ROU": "Domiciliu / Adresse",
            }[code],
            "sansc",
            3.5,
            (80, 80, 100),
        )
        b.text(3, 9.5, doc["address"].upper(), "arial-b", 5.4, (10, 10, 10))
    b.text(
        3,
        15,
        {"FRA": "LIEU DE NAISSANCE / Place of birth"}.get(code, "LUGAR/LUOGO/ORT"),
        "sansc",
        3.5,
        (80, 80, 100),
    )
    b.text(3, 18.5, p["pob"].upper(), "arial-b", 5.6, (10, 10, 10))
    b.rect(0, 33, CARD[0], 21, stroke=None, fill=(250, 250, 250))
    lines = U.td1(
        "ID" if code != "ITA" else "C<",
        code if code != "DEU" else "D<<",
        p["surname"],
        p["given"],
        doc["number"],
        code if code != "DEU" else "D<<",
        p["dob"],
        p["sex"],
        doc["expiry"],
        opt1=doc.get("opt1", ""),
    )
    mrz_block(b, 3, 39, lines, 8.2, pitch=4.9)
    fields = dict(
        surname=p["surname"].upper(),
        given_names=p["given"].upper(),
        document_number=doc["number"],
        nationality=code,
        issuing_country=code,
        date_of_birth=p["dob"],
        sex=p["sex"],
        expiry_date=doc["expiry"],
        mrz_valid=True,
    )
    return [f, b], fields


def recepisse(rng: random.Random, p: dict, doc: dict):
    """Récépissé de demande de titre de séjour (A4 paper, no MRZ)."""
    pg = Page(210, 297)
    pg.text(20, 20, "RÉPUBLIQUE", "sans-b", 10)
    pg.text(20, 25, "FRANÇAISE", "sans-b", 10)
    pg.text(20, 30, "Liberté Égalité Fraternité", "times-i", 7)
    pg.text(190, 22, f"PRÉFECTURE {doc['prefecture_de']}", "sans-b", 10, anchor="r")
    pg.text(190, 28, "Direction des migrations et de l'intégration", "sans", 7.5, anchor="r")
    pg.rect(20, 40, 170, 16, stroke=(0, 0, 0), lw=0.5)
    pg.text(
        105,
        47,
        doc.get("title", "RÉCÉPISSÉ DE DEMANDE DE CARTE DE SÉJOUR"),
        "sans-b",
        11,
        anchor="m",
    )
    pg.text(105, 53, f"N° {doc['number']}", "sans-b", 10, anchor="m")
    pg.image(22, 64, 32, 41, face(rng, p["sex"]))
    y = 68
    rows = [
        ("Nom", U.ascii_up(p["surname"])),
        ("Prénom(s)", U.ascii_up(p["given"])),
        ("Né(e) le", U.fr(p["dob"])),
        ("à", f"{p['pob']} ({p['country_fr']})"),
        ("Nationalité", p["nat_fr"]),
        ("N° étranger (AGDREF)", doc["agdref"]),
        ("Adresse", doc["address"]),
    ]
    for k, v in rows:
        pg.text(62, y, k + " :", "sans", 9, (60, 60, 60))
        pg.text(108, y, v, "sans-b", 9.5)
        y += 6.5
    y += 6
    y = pg.para(
        20,
        y,
        "Le présent récépissé, délivré en application des articles R. 431-12 et "
        "suivants du code de l'entrée et du séjour des étrangers et du droit d'asile, "
        "atteste que son titulaire a sollicité la délivrance d'un titre de séjour. "
        + doc.get("work", "Il autorise son titulaire à travailler."),
        170,
        "sans",
        9,
    )
    y += 4
    pg.text(20, y, "Motif de la demande :", "sans", 9)
    pg.text(62, y, doc["motif"], "sans-b", 9)
    y += 10
    pg.rect(20, y, 170, 12, stroke=(0, 0, 0), fill=(240, 240, 240))
    pg.text(
        105,
        y + 7.8,
        f"VALABLE DU {U.fr(doc['valid_from'])} AU {U.fr(doc['expiry'])}",
        "sans-b",
        11,
        anchor="m",
    )
    y += 24
    pg.text(120, y, f"Fait à {doc['city']}, le {U.fr(doc['valid_from'])}", "sans", 9)
    pg.text(120, y + 6, "Pour le préfet et par délégation", "sans", 8.5)
    pg.stamp(
        150, y + 26, 14, ["PRÉFECTURE", doc["prefecture_de"][:12]], rng, ring="RÉPUBLIQUE FRANÇAISE"
    )
    pg.signature(125, y + 12, 45, 18, rng, "Martin")
    pg.text(
        105,
        285,
        "Ce document n'est pas un titre de voyage. Il doit être présenté avec le passeport.",
        "sans",
        7,
        (80, 80, 80),
        "m",
    )
    fields = dict(
        surname=U.ascii_up(p["surname"]),
        given_names=U.ascii_up(p["given"]),
        document_number=doc["number"],
        nationality=p["nat"],
        issuing_country="FRA",
        date_of_birth=p["dob"],
        sex=p["sex"],
        expiry_date=doc["expiry"],
        mrz_valid=None,
    )
    return [pg], fields
