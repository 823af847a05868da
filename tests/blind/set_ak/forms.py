"""The Cerfa 15763 application form and the attestation d'hébergement."""

from __future__ import annotations

import random

from common import Pdf, fr, signature, text, wrap
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm

W, H = A4
BLUE = (0.0, 0.3, 0.6)
INK = (0.05, 0.1, 0.45)


def _boxes(c, x, y, n, val, hand, font, size, cw=5 * mm):
    c.setLineWidth(0.4)
    c.setStrokeColorRGB(0.4, 0.4, 0.45)
    for i in range(n):
        c.rect(x + i * cw, y - 1.5 * mm, cw, 5.5 * mm)
    for i, ch in enumerate(val[:n]):
        text(c, x + i * cw + cw / 2, y, ch, font, size, INK if hand else (0, 0, 0), "c")


def _tick(c, x, y, on, hand):
    c.setLineWidth(0.6)
    c.setStrokeColorRGB(0.2, 0.2, 0.2)
    c.rect(x, y, 3.2 * mm, 3.2 * mm)
    if on:
        c.setStrokeColorRGB(*(INK if hand else (0, 0, 0)))
        c.setLineWidth(1.3)
        c.line(x + 0.3 * mm, y + 0.3 * mm, x + 3 * mm, y + 3 * mm)
        c.line(x + 0.3 * mm, y + 3 * mm, x + 3 * mm, y + 0.3 * mm)


def _section(c, y, letter, title):
    c.setFillColorRGB(*BLUE)
    c.rect(15 * mm, y, W - 30 * mm, 6 * mm, stroke=0, fill=1)
    text(c, 17 * mm, y + 1.7 * mm, f"{letter}  {title}", "lib-b", 9.5, (1, 1, 1))


def cerfa_15763(f: dict, rng: random.Random) -> bytes:
    """Demande d'ouverture des droits à l'assurance maladie, filled by hand or typed."""
    hand = f["hand"]
    vf, vs = (f["hand_font"], 12) if hand else ("lib", 9.5)
    bf = f.get("box_font", "hand5") if hand else "lib"
    pdf = Pdf(A4, "S1106 cerfa 15763")
    c = pdf.c
    c.setFillColorRGB(*BLUE)
    c.roundRect(15 * mm, H - 28 * mm, 36 * mm, 14 * mm, 2 * mm, stroke=0, fill=1)
    text(c, 33 * mm, H - 20 * mm, "l'Assurance", "lib-b", 9, (1, 1, 1), "c")
    text(c, 33 * mm, H - 24.5 * mm, "Maladie", "lib-b", 9, (1, 1, 1), "c")
    text(c, W - 15 * mm, H - 16 * mm, "cerfa", "lib-b", 13, anchor="r")
    text(c, W - 15 * mm, H - 21 * mm, "N° 15763*02", "lib", 8, anchor="r")
    text(c, W / 2 + 10 * mm, H - 19 * mm, "Demande d'ouverture des droits", "lib-b", 13, BLUE, "c")
    text(c, W / 2 + 10 * mm, H - 25 * mm, "à l'assurance maladie", "lib-b", 13, BLUE, "c")
    text(c, W / 2 + 10 * mm, H - 30 * mm, "Protection universelle maladie",
         "lib", 8.5, anchor="c")  # fmt: skip
    wrap(c, 15 * mm, H - 38 * mm, "Articles L. 160-1, L. 160-5 et R. 111-3 du Code de la sécurité "
         "sociale. Ce formulaire vous permet de bénéficier de la prise en charge de vos frais de "
         "santé si vous résidez en France de manière stable et régulière.", W - 30 * mm, "lib", 7.5)  # fmt: skip
    y = H - 54 * mm
    _section(c, y, "A", "VOUS")
    y -= 8 * mm
    text(c, 15 * mm, y, "Nom de naissance", "lib", 8)
    _boxes(c, 50 * mm, y, 26, f["surname"], hand, bf, vs)
    y -= 8 * mm
    text(c, 15 * mm, y, "Nom d'usage (facultatif)", "lib", 8)
    _boxes(c, 50 * mm, y, 26, f.get("usage", ""), hand, bf, vs)
    y -= 8 * mm
    text(c, 15 * mm, y, "Prénoms", "lib", 8)
    _boxes(c, 50 * mm, y, 26, f["given"], hand, bf, vs)
    y -= 8 * mm
    text(c, 15 * mm, y, "Date de naissance", "lib", 8)
    _boxes(c, 50 * mm, y, 10, fr(f["dob"]), hand, bf, vs)
    text(c, 105 * mm, y, "Lieu (commune, pays)", "lib", 8)
    text(c, 136 * mm, y, f["pob"], vf, vs, INK if hand else (0, 0, 0))
    y -= 8 * mm
    text(c, 15 * mm, y, "Nationalité", "lib", 8)
    text(c, 50 * mm, y, f["nationality"], vf, vs, INK if hand else (0, 0, 0))
    y -= 8 * mm
    text(c, 15 * mm, y, "N° de sécurité sociale (si vous en avez un)", "lib", 8)
    _boxes(c, 80 * mm, y, 15, "", hand, vf, vs)
    y -= 8 * mm
    text(c, 15 * mm, y, "N° d'allocataire CAF (le cas échéant)", "lib", 8)
    _boxes(c, 80 * mm, y, 8, "", hand, vf, vs)
    y -= 8 * mm
    text(c, 15 * mm, y, "Adresse", "lib", 8)
    text(c, 50 * mm, y, f["address"][0], vf, vs, INK if hand else (0, 0, 0))
    y -= 7 * mm
    text(c, 15 * mm, y, "Code postal / Commune", "lib", 8)
    text(c, 50 * mm, y, f["address"][1], vf, vs, INK if hand else (0, 0, 0))
    y -= 7 * mm
    text(c, 15 * mm, y, "Téléphone", "lib", 8)
    text(c, 50 * mm, y, f["phone"], vf, vs, INK if hand else (0, 0, 0))
    text(c, 105 * mm, y, "Courriel", "lib", 8)
    text(c, 120 * mm, y, f["email"], vf, vs - 1, INK if hand else (0, 0, 0))
    y -= 12 * mm
    _section(c, y, "B", "VOTRE SITUATION")
    y -= 8 * mm
    emp = f["employment"]
    _tick(c, 15 * mm, y - 1 * mm, emp is not None, hand)
    text(c, 21 * mm, y, "Vous exercez une activité salariée en France", "lib", 8.5)
    y -= 7 * mm
    text(c, 21 * mm, y, "Profession :", "lib", 8)
    text(c, 42 * mm, y, emp["job"] if emp else "", vf, vs, INK if hand else (0, 0, 0))
    text(c, 110 * mm, y, "Contrat :", "lib", 8)
    for x, lab in ((124, "CDI"), (140, "CDD"), (156, "Autre")):
        _tick(c, x * mm, y - 1 * mm, bool(emp and emp["contract"] == lab), hand)
        text(c, (x + 5) * mm, y, lab, "lib", 8)
    y -= 7 * mm
    text(c, 21 * mm, y, "Nom et adresse de l'employeur :", "lib", 8)
    text(c, 66 * mm, y, emp["employer"] if emp else "", vf, vs - 1, INK if hand else (0, 0, 0))
    y -= 8 * mm
    _tick(c, 15 * mm, y - 1 * mm, False, hand)
    text(c, 21 * mm, y, "Vous exercez une activité non salariée", "lib", 8.5)
    y -= 7 * mm
    _tick(c, 15 * mm, y - 1 * mm, emp is None, hand)
    text(c, 21 * mm, y, "Vous n'exercez pas d'activité professionnelle", "lib", 8.5)
    y -= 7 * mm
    _tick(c, 15 * mm, y - 1 * mm, False, hand)
    text(c, 21 * mm, y, "Autre situation (précisez) :", "lib", 8.5)
    y -= 12 * mm
    _section(c, y, "C", "DATE ET SIGNATURE")
    y -= 8 * mm
    wrap(c, 15 * mm, y, "Je certifie sur l'honneur l'exactitude des renseignements portés sur ce "
         "formulaire.", W - 30 * mm, "lib", 8.5)  # fmt: skip
    y -= 9 * mm
    text(c, 15 * mm, y, "Fait à", "lib", 8.5)
    text(c, 27 * mm, y, f["place"], vf, vs, INK if hand else (0, 0, 0))
    text(c, 75 * mm, y, "le", "lib", 8.5)
    text(c, 81 * mm, y, f["signed_print"], vf, vs, INK if hand else (0, 0, 0))
    text(c, 125 * mm, y, "Signature", "lib", 8.5)
    c.setStrokeColorRGB(0.4, 0.4, 0.4)
    c.rect(125 * mm, y - 24 * mm, 65 * mm, 20 * mm)
    signature(c, 132 * mm, y - 15 * mm, rng, 45 * mm, INK)
    wrap(c, 15 * mm, 18 * mm, "La loi n° 78-17 du 6 janvier 1978 modifiée relative à l'informatique,"
         " aux fichiers et aux libertés s'applique aux réponses faites sur ce formulaire. "
         "S1106 - 02/2024", W - 30 * mm, "lib", 6.5)  # fmt: skip
    pdf.next()
    text(c, 15 * mm, H - 20 * mm, "Pièces justificatives à joindre à votre demande", "lib-b", 11,
         BLUE)  # fmt: skip
    items = [
        "une pièce d'identité (passeport, carte nationale d'identité) ;",
        "un titre de séjour, un récépissé ou un visa long séjour valant titre de séjour ;",
        "un acte de naissance (copie intégrale ou extrait avec filiation) ;",
        "un justificatif de résidence stable en France depuis plus de trois mois ;",
        "un relevé d'identité bancaire (RIB) à votre nom ;",
        "si vous travaillez : votre contrat de travail ou votre dernier bulletin de salaire.",
    ]
    y = H - 30 * mm
    for it in items:
        y = wrap(c, 20 * mm, y, "•  " + it, W - 40 * mm, "lib", 9.5) - 2 * mm
    wrap(c, 15 * mm, y - 6 * mm, "Adressez ce formulaire accompagné des pièces justificatives à "
         "votre caisse d'assurance maladie. Conservez une copie de votre dossier.", W - 30 * mm,
         "lib", 9)  # fmt: skip
    return pdf.bytes()


def seyes(c, rng):
    """Seyès ruled notebook paper."""
    c.setFillColorRGB(0.99, 0.99, 0.97)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setLineWidth(0.25)
    y = H - 25 * mm
    i = 0
    while y > 10 * mm:
        c.setStrokeColorRGB(*((0.45, 0.5, 0.85) if i % 4 == 0 else (0.72, 0.76, 0.93)))
        c.line(0, y, W, y)
        y -= 2 * mm
        i += 1
    c.setStrokeColorRGB(0.9, 0.4, 0.5)
    c.setLineWidth(0.6)
    c.line(28 * mm, 0, 28 * mm, H)


def attestation_hand(a: dict, rng: random.Random) -> bytes:
    """Handwritten attestation d'hébergement on Seyès paper."""
    pdf = Pdf(A4, "attestation")
    c = pdf.c
    seyes(c, rng)
    hf = a["font"]
    y = H - 33 * mm
    text(c, W / 2, y, "Attestation d'hébergement", hf, 17, INK, "c")
    y -= 16 * mm
    body = (
        f"Je soussigné {a['host_print']}, né le {fr(a['host_dob'])} à {a['host_pob']}, "
        f"demeurant au {a['address'][0]}, {a['address'][1]}, certifie sur l'honneur héberger à "
        f"mon domicile {a['relation']} {a['hosted_print']}, née le {fr(a['hosted_dob'])} à "
        f"{a['hosted_pob']}, depuis le {a['since_print']}."
    )
    y = wrap(c, 32 * mm, y, body, W - 50 * mm, hf, 15, 8 * mm, INK)
    y -= 4 * mm
    y = wrap(c, 32 * mm, y, "Je joins la copie de ma carte d'identité et mes trois dernières "
             "factures.", W - 50 * mm, hf, 15, 8 * mm, INK)  # fmt: skip
    y = wrap(c, 32 * mm, y - 4 * mm, "Fait pour servir et valoir ce que de droit.", W - 50 * mm,
             hf, 15, 8 * mm, INK)  # fmt: skip
    y -= 10 * mm
    text(c, W - 30 * mm, y, f"Fait à {a['place']}, le {a['signed_print']}", hf, 15, INK, "r")
    signature(c, W - 85 * mm, y - 22 * mm, rng, 50 * mm, INK)
    text(c, W - 30 * mm, y - 34 * mm, a["host_print"], hf, 12.5, INK, "r")
    return pdf.bytes()
