"""Papers that are none of the packet's pieces: tax notice, CAF letter, school certificate, a near-blank page."""

from __future__ import annotations

import datetime as dt

import checks as C
from core import Page
from hand import INK_BLUE, hand, signature, stamp
from model import Addr, Doc

GREY = (95, 95, 95)


def avis_impot(holder: str, addr: Addr, year: int, fiscal_no: str, issued: dt.date, seed=0) -> Doc:
    pg = Page()
    pg.rect(15, 10, 26, 18, stroke=None, fill=(0, 0, 145))
    pg.text(28, 17, "RÉPUBLIQUE", "sans:b", 5.5, (255, 255, 255), "c")
    pg.text(28, 21, "FRANÇAISE", "sans:b", 5.5, (255, 255, 255), "c")
    pg.text(45, 16, "DIRECTION GÉNÉRALE DES FINANCES PUBLIQUES", "sans:b", 8)
    pg.text(45, 21, "Centre des Finances Publiques de Lyon 3e", "sans", 8)
    pg.text(195, 16, f"AVIS D'IMPÔT {year}", "sans:b", 12, anchor="r")
    pg.text(195, 22, f"IMPÔT SUR LES REVENUS de {year - 1}", "sans", 9, anchor="r")
    pg.text(112, 45, holder.upper(), "sans:b", 10)
    for i, ln in enumerate(addr.lines()):
        pg.text(112, 50 + i * 4.6, ln.upper(), "sans", 10)
    y = 80
    for lab, val in (
        ("Numéro fiscal", fiscal_no),
        ("N° d'accès en ligne", f"{seed % 10**7:07d} AB"),
        ("Référence de l'avis", f"{year % 100}69A{seed % 10**9:09d}"),
        ("Date d'établissement", C.fr(issued)),
        ("Date de mise en recouvrement", C.fr(issued + dt.timedelta(days=2))),
    ):
        pg.text(15, y, lab, "sans", 8.5, GREY)
        pg.text(70, y, val, "sans:b", 9)
        y += 5.5
    pg.rect(15, y + 4, 180, 14, stroke=None, fill=(230, 235, 250))
    pg.text(20, y + 13, "Montant de votre impôt", "sans:b", 11)
    pg.text(190, y + 13, "0 €", "sans:b", 14, anchor="r")
    y += 30
    for lab, v in (
        ("Revenu fiscal de référence", "9 850"),
        ("Nombre de parts", "1"),
        ("Revenus d'activité", "10 944"),
        ("Impôt sur le revenu net", "0"),
        ("Prélèvements à la source déjà versés", "0"),
    ):
        pg.text(18, y, lab, "sans", 9)
        pg.text(190, y, v, "sans", 9, anchor="r")
        pg.line(15, y + 2, 195, y + 2, (225, 225, 225), 0.2)
        y += 7
    pg.para(
        15,
        262,
        180,
        "Cet avis peut vous être demandé pour bénéficier de certaines prestations. Conservez-le. "
        "Pour toute question : impots.gouv.fr, messagerie sécurisée de votre espace particulier.",
        "sans",
        7,
        color=GREY,
    )
    return Doc(
        "unknown",
        {},
        [pg],
        notes="Avis d'impôt: not a packet piece (not a proof of residence here).",
    )


def caf_attestation(holder: str, addr: Addr, allocataire: str, issued: dt.date, seed=0) -> Doc:
    pg = Page()
    blue = (0, 90, 170)
    pg.rect(15, 10, 30, 16, stroke=None, fill=blue)
    pg.text(30, 21, "caf", "sans:b", 16, (255, 255, 255), "c")
    pg.text(50, 16, "Caisse d'allocations familiales du Rhône", "sans:b", 9, blue)
    pg.text(50, 21, "69945 Lyon Cedex 20", "sans", 8.5)
    pg.text(112, 42, holder, "sans:b", 10)
    for i, ln in enumerate(addr.lines()):
        pg.text(112, 47 + i * 4.6, ln, "sans", 10)
    pg.text(15, 48, f"N° allocataire : {allocataire}", "sans", 9)
    pg.text(15, 53, f"Le {C.fr(issued)}", "sans", 9)
    pg.text(105, 85, "ATTESTATION DE PAIEMENT", "sans:b", 14, anchor="c")
    y = pg.para(
        20,
        100,
        170,
        f"La Caf du Rhône certifie que {holder}, allocataire n° {allocataire}, a perçu les "
        "prestations suivantes :",
        "sans",
        10.5,
        leading=6,
    )
    y += 4
    pg.text(25, y, "Mois", "sans:b", 9.5)
    pg.text(80, y, "Prestation", "sans:b", 9.5)
    pg.text(185, y, "Montant", "sans:b", 9.5, anchor="r")
    for k in range(3):
        m = C.add_months(issued.replace(day=1), -3 + k)
        y += 7
        pg.text(25, y, f"{C.MOIS[m.month - 1]} {m.year}", "sans", 9.5)
        pg.text(80, y, "Aide personnalisée au logement", "sans", 9.5)
        pg.text(185, y, "212,00 €", "sans", 9.5, anchor="r")
    pg.para(
        20,
        y + 14,
        170,
        "Cette attestation est établie pour servir et valoir ce que de droit. Elle a été obtenue "
        "sur caf.fr, rubrique Mon Compte.",
        "sans",
        9.5,
    )
    return Doc("unknown", {}, [pg], notes="CAF payment attestation: not a packet piece.")


def school_certificate(
    student: str, dob: dt.date, school: str, year: str, issued: dt.date, seed=0
) -> Doc:
    pg = Page()
    pg.text(15, 18, school, "serif:b", 13, (110, 20, 40))
    pg.text(
        15, 24, "Service de la scolarité - 18 quai Claude Bernard, 69007 Lyon", "serif", 8.5, GREY
    )
    pg.text(105, 60, "CERTIFICAT DE SCOLARITÉ", "serif:b", 15, anchor="c")
    pg.text(105, 67, f"Année universitaire {year}", "serif", 11, anchor="c")
    y = pg.para(
        25,
        85,
        160,
        f"Le responsable de la scolarité certifie que {student}, né(e) le {C.fr(dob)}, "
        f"est régulièrement inscrit(e) pour l'année universitaire {year} en Master 1 "
        "Informatique, à temps plein.",
        "serif",
        11.5,
        leading=7,
    )
    pg.text(
        25, y + 6, f"N° étudiant : {seed % 10**8:08d}    INE : {seed % 10**9:09d}HJ", "serif", 10.5
    )
    pg.text(120, y + 26, f"Fait à Lyon, le {C.fr(issued)}", "serif", 11)
    pg.image(
        stamp([school.upper()[:30], "SCOLARITE"], "circle", 30, (110, 20, 40), seed),
        120,
        y + 30,
        28,
        None,
    )
    pg.image(signature("Marc Delorme", seed + 1, 45, 15, INK_BLUE), 150, y + 34, 40, None)
    return Doc("unknown", {}, [pg], notes="Certificat de scolarité: not a packet piece.")


def blank_note(text_lines: list[str], seed=0) -> Doc:
    pg = Page(bg=(252, 252, 250))
    y = 40
    for i, ln in enumerate(text_lines):
        hand(pg, 30, y, ln, "h-dkg", 6, INK_BLUE, seed + i)
        y += 11
    return Doc("unknown", {}, [pg], notes="A nearly blank page with a few hand-written words.")


def france_travail(
    holder: str, addr: Addr, ident: str, since: dt.date, issued: dt.date, seed=0
) -> Doc:
    pg = Page()
    navy, red = (30, 40, 90), (230, 50, 60)
    pg.text(15, 20, "France", "sans:b", 15, navy)
    pg.text(37, 20, "Travail", "sans:b", 15, red)
    pg.text(112, 42, holder, "sans:b", 10)
    for i, ln in enumerate(addr.lines()):
        pg.text(112, 47 + i * 4.6, ln, "sans", 10)
    pg.text(15, 45, f"Identifiant : {ident}", "sans", 9)
    pg.text(105, 85, "ATTESTATION D'INSCRIPTION", "sans:b", 14, anchor="c")
    pg.para(
        20,
        100,
        170,
        f"France Travail atteste que {holder} est inscrit(e) sur la liste des demandeurs d'emploi "
        f"depuis le {C.fr(since)}, en catégorie 1.",
        "sans",
        10.5,
        leading=6,
    )
    pg.text(120, 140, f"Le {C.fr(issued)}", "sans", 10)
    return Doc("unknown", {}, [pg], notes="France Travail registration: not a packet piece.")
