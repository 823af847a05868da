"""Papers that land in a packet but satisfy no requirement (type 'unknown'): a tax notice,
a CAF letter, a school certificate, a home-insurance certificate, a cover letter, a sheet
with a few words."""

from __future__ import annotations

from datetime import date

from .canvas import WHITE, Page, hexc
from .helpers import (
    INK_BLUE,
    dmy,
    fr_long,
    hand,
    marianne_bloc,
    para,
    round_stamp,
    signature,
    table,
    wrap,
)
from .model import Address, Doc


def tax_notice(
    name: str, address: Address, fiscal_no: str, rng, year: int = 2026, income: int = 0
) -> Doc:
    p = Page(210, 297)
    marianne_bloc(p, 14, 10, 0.9)
    p.text(60, 16, "DIRECTION GÉNÉRALE DES FINANCES PUBLIQUES", "arial-b", 9)
    p.text(60, 21, "Centre des Finances Publiques de LYON 3e", "arial", 8.5)
    p.text(196, 16, f"AVIS D'IMPÔT {year}", "arial-b", 13, hexc("000091"), anchor="r")
    p.text(196, 22, f"IMPÔT SUR LES REVENUS de l'année {year - 1}", "arial-b", 9, anchor="r")
    p.rect(14, 34, 86, 34, (120, 120, 120), (244, 244, 248), 0.25)
    rows = [
        ("Numéro fiscal", fiscal_no),
        ("N° de l'avis", "26 69 A12 345 678 90"),
        ("Date d'établissement", f"31/07/{year}"),
        ("Date de mise en recouvrement", f"31/07/{year}"),
    ]
    y = 40
    for a, b in rows:
        p.text(17, y, a, "arial", 7.5)
        p.text(97, y, b, "arial-b", 8, anchor="r")
        y += 7
    p.text(112, 46, name.upper(), "arial", 10)
    for i, ln in enumerate(address.lines(True)):
        p.text(112, 51 + i * 5, ln, "arial", 10)
    p.rect(14, 78, 182, 18, None, (230, 234, 246))
    p.text(18, 88, "Revenu fiscal de référence", "arial-b", 10)
    p.text(190, 89, f"{income:,}".replace(",", " ") + " €", "arial-b", 13, anchor="r")
    table(
        p,
        14,
        104,
        [130, 52],
        [
            ["Détail", "Montant"],
            ["Revenus d'activité déclarés", f"{income + 1200:,} €".replace(",", " ")],
            ["Nombre de parts", "1"],
            ["Impôt sur le revenu net avant prélèvement", "0 €"],
            ["Prélèvement à la source déjà effectué", "0 €"],
            ["Montant restant à payer", "0 €"],
        ],
        "arial",
        9,
        row_h=7,
        header_font="arial-b",
        header_fill=(240, 240, 240),
        aligns=["l", "r"],
    )
    para(
        p,
        14,
        160,
        "Vous n'êtes pas imposable. Ce document peut vous être demandé par les "
        "organismes sociaux : conservez-le. Pour toute question, rendez-vous dans votre espace "
        "particulier sur impots.gouv.fr ou contactez votre service des impôts.",
        182,
        "arial",
        9,
    )
    return Doc("unknown", [p], {}, "avis d'impôt (tax notice): not a bill, not a RIB")


def caf_letter(name: str, address: Address, alloc_no: str, when: date, rng) -> Doc:
    p = Page(210, 297)
    blue = hexc("0069B4")
    p.ellipse(24, 22, 10, 10, None, blue)
    p.text(24, 25, "caf", "arial-b", 13, WHITE, anchor="m")
    p.text(38, 20, "Caisse d'allocations familiales", "arial-b", 10, blue)
    p.text(38, 25, "du Rhône", "arial", 10, blue)
    p.text(38, 30, "69835 Saint-Priest Cedex 9", "arial", 8)
    p.text(112, 50, name, "arial", 10)
    for i, ln in enumerate(address.lines()):
        p.text(112, 55 + i * 5, ln, "arial", 10)
    p.text(14, 52, f"N° allocataire : {alloc_no}", "arial-b", 9)
    p.text(14, 57, "Dossier suivi par : votre Caf", "arial", 9)
    p.text(196, 82, f"Le {fr_long(when)}", "arial", 10, anchor="r")
    p.text(14, 94, "Objet : accusé de réception de votre demande d'aide au logement", "arial-b", 10)
    body = (
        "Madame, Monsieur,\n\nNous avons bien reçu votre demande d'aide personnalisée au "
        "logement et nous vous en remercions. Pour étudier vos droits, il nous manque les "
        "pièces suivantes : l'attestation de loyer complétée par votre bailleur et une "
        "copie de votre titre de séjour en cours de validité.\n\nVous pouvez nous les "
        "transmettre depuis votre Espace Mon Compte sur caf.fr, rubrique « Transmettre un "
        "document ». Sans réponse de votre part dans un délai d'un mois, votre demande ne "
        "pourra pas être étudiée.\n\nNous vous prions d'agréer, Madame, Monsieur, "
        "l'expression de nos salutations distinguées."
    )
    y = 106
    for par in body.split("\n"):
        if not par:
            y += 3
            continue
        y = para(p, 14, y, par, 182, "arial", 10, leading=5.2, align="j")
    p.text(130, y + 10, "Le Directeur", "arial", 10)
    return Doc("unknown", [p], {}, "CAF letter (acknowledgement): not a proof of residence")


def school_certificate(
    name: str, dob: date, pob: str, uni: str, course: str, year: str, rng, when: date, ine: str
) -> Doc:
    p = Page(210, 297)
    c = hexc("6C1D45")
    p.rect(14, 12, 60, 18, None, c)
    for i, ln in enumerate(wrap(uni, "arial-b", 9, 56)):
        p.text(16, 19 + i * 4.2, ln, "arial-b", 9, WHITE)
    p.text(196, 18, "Direction des études et de la vie étudiante", "arial", 8, anchor="r")
    p.text(196, 22.5, "Service de la scolarité", "arial", 8, anchor="r")
    p.text(105, 52, "CERTIFICAT DE SCOLARITÉ", "arial-b", 16, c, anchor="m")
    p.text(105, 60, f"Année universitaire {year}", "arial", 11, anchor="m")
    body = (
        f"Le Président de l'université certifie que {name}, né(e) le {dmy(dob)} à {pob}, "
        f"numéro INE {ine}, est régulièrement inscrit(e) pour l'année universitaire {year} "
        f"en : {course}, régime de formation initiale."
    )
    y = para(p, 20, 80, body, 170, "arial", 11, leading=6, align="j")
    p.text(20, y + 10, "Statut : étudiant(e) - inscription principale", "arial", 10)
    p.text(120, y + 30, f"Fait le {dmy(when)}", "arial", 10)
    p.text(120, y + 36, "Pour le Président et par délégation,", "arial", 10)
    st = round_stamp(uni.upper()[:32], "SCOLARITE", ["★"], r=15, color=hexc("6C1D45"), size=5.2)
    p.group(st, 118, y + 40, -12, "multiply", 0.7)
    sig = Page(60, 18, bg=None)
    signature(sig, 4, 13, "Responsable scolarité", rng, w=34)
    p.group(sig, 140, y + 44, 0, "multiply")
    return Doc("unknown", [p], {}, "certificat de scolarité (school certificate)")


def home_insurance(name: str, address: Address, rng, when: date, insurer: str = "MAIF") -> Doc:
    p = Page(210, 297)
    c = hexc("D40A1E") if insurer == "MAIF" else hexc("00539F")
    p.text(14, 24, insurer, "arial-b", 22, c)
    p.text(
        14,
        30,
        "Assureur militant" if insurer == "MAIF" else "Assurance habitation",
        "arial-i",
        8,
        (90, 90, 90),
    )
    p.text(105, 54, "ATTESTATION D'ASSURANCE HABITATION", "arial-b", 14, anchor="m")
    p.text(
        105,
        61,
        f"Période de validité : du 01/09/{when.year} au 31/08/{when.year + 1}",
        "arial",
        10,
        anchor="m",
    )
    body = (
        f"{insurer} atteste que {name}, sociétaire n° {int(rng.integers(1_000_000, 9_999_999))}"
        f", est titulaire d'un contrat d'assurance multirisque habitation garantissant "
        f"notamment sa responsabilité civile et les risques locatifs (incendie, explosion, "
        f"dégâts des eaux) pour le logement situé : {address.one_line()}."
    )
    y = para(p, 20, 80, body, 170, "arial", 10.5, leading=5.6, align="j")
    para(
        p,
        20,
        y + 8,
        "La présente attestation ne peut engager l'assureur au-delà des limites "
        "des conditions du contrat auquel elle se réfère.",
        170,
        "arial",
        10,
        leading=5.4,
    )
    p.text(120, y + 30, f"Fait à Niort, le {dmy(when)}", "arial", 10)
    return Doc("unknown", [p], {}, "home-insurance certificate: not one of the accepted proofs")


def cover_letter(
    name: str,
    address: Address,
    city: str,
    when: date,
    rng,
    items: list[str],
    handwritten: bool = False,
    cpam: str = "CPAM du Rhône",
) -> Doc:
    p = Page(210, 297)
    if handwritten:
        y = 26
        for ln in [name, *address.lines()]:
            hand(p, 18, y, ln, rng, "hand", 13)
            y += 8
        hand(p, 120, y + 10, cpam, rng, "hand", 13)
        hand(p, 120, y + 24, f"{city}, le {dmy(when)}", rng, "hand", 13)
        y += 44
        hand(p, 18, y, "Objet : demande d'ouverture de droits (PUMa)", rng, "hand", 13)
        y += 14
        text = (
            "Madame, Monsieur, veuillez trouver ci-joint ma demande d'ouverture des droits à "
            "l'assurance maladie ainsi que les pièces justificatives suivantes : "
            + ", ".join(items)
            + ". Je reste à votre disposition pour tout document "
            "complémentaire. Cordialement."
        )
        for ln in wrap(text, "hand", 13, 172):
            hand(p, 18, y, ln, rng, "hand", 13)
            y += 9
        sig = Page(70, 24, bg=None)
        signature(sig, 5, 17, name, rng, w=40)
        p.group(sig, 120, y + 6, 0, "multiply")
    else:
        y = 24
        for ln in [name, *address.lines()]:
            p.text(20, y, ln, "calibri", 11)
            y += 5.2
        p.text(120, y + 10, cpam, "calibri", 11)
        p.text(120, y + 15.2, "Service des affiliations", "calibri", 11)
        p.text(190, y + 32, f"{city}, le {fr_long(when)}", "calibri", 11, anchor="r")
        y += 46
        p.text(
            20,
            y,
            "Objet : demande d'ouverture des droits à l'assurance maladie (PUMa)",
            "calibri-b",
            11,
        )
        y += 10
        y = para(p, 20, y, "Madame, Monsieur,", 170, "calibri", 11)
        y = para(
            p,
            20,
            y + 3,
            "Résidant en France depuis plus de trois mois, je vous prie de "
            "bien vouloir trouver ci-joint ma demande d'ouverture des droits à l'assurance "
            "maladie, accompagnée des pièces suivantes :",
            170,
            "calibri",
            11,
            leading=5.6,
        )
        for it in items:
            p.text(26, y + 2, "-", "calibri", 11)
            y = para(p, 30, y + 2, it, 160, "calibri", 11, leading=5.6)
        y = para(
            p,
            20,
            y + 5,
            "Je vous remercie par avance de l'attention portée à ma demande "
            "et vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations "
            "distinguées.",
            170,
            "calibri",
            11,
            leading=5.6,
        )
        p.text(120, y + 10, name, "calibri", 11)
        sig = Page(70, 24, bg=None)
        signature(sig, 5, 17, name, rng, w=40)
        p.group(sig, 118, y + 12, 0, "multiply")
    return Doc("unknown", [p], {}, "cover letter to the CPAM listing the enclosed pieces")


def few_words(text: str, rng, handwritten: bool = True) -> Doc:
    p = Page(210, 297)
    if handwritten:
        hand(p, 105, 140, text, rng, "hand", 20, INK_BLUE, anchor="m")
    else:
        p.text(105, 148, text, "times-i", 12, (60, 60, 60), anchor="m")
    return Doc("unknown", [p], {}, "a nearly blank sheet with a few words")
