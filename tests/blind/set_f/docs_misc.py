"""Documents that are none of the expected pieces (type 'unknown')."""

from __future__ import annotations

from art import datamatrix_like
from core import BLACK, INK_BLUE, WHITE, Page, fr, money, seed_of
from model import Doc

GREY = (95, 95, 95)


def tax_notice(p, year, rfr, key):
    pg = Page(name="avis_impot")
    pg.rect(12, 10, 40, 22, None, (0, 0, 145))
    pg.text(32, 18, "RÉPUBLIQUE", "sans-b", 6.5, WHITE, "c")
    pg.text(32, 22, "FRANÇAISE", "sans-b", 6.5, WHITE, "c")
    pg.text(32, 28, "Liberté Égalité Fraternité", "sans-i", 4.5, WHITE, "c")
    pg.text(58, 18, "DIRECTION GÉNÉRALE DES FINANCES PUBLIQUES", "sans-b", 8)
    pg.text(58, 23, "impots.gouv.fr", "sans", 8, GREY)
    pg.text(196, 18, f"AVIS D'IMPÔT {year}", "sans-b", 13, (0, 0, 145), "r")
    pg.text(196, 24, f"IMPÔT SUR LES REVENUS de l'année {year - 1}", "sans", 8.5, BLACK, "r")
    pg.text(120, 46, f"{p.civ().upper()} {p.SUR} {p.GIV.split()[0]}", "sans-b", 10)
    pg.text(120, 51, p.street.upper(), "sans", 10)
    pg.text(120, 56, f"{p.postcode} {p.city.upper()}", "sans", 10)
    pg.rect(12, 44, 90, 40, (0, 0, 145), None, 0.4)
    rows = [
        ("Numéro fiscal", f"{seed_of(key) % 10**13:013d}"),
        ("N° d'accès en ligne", f"{seed_of(key, 2) % 10**7:07d}"),
        ("Référence de l'avis", f"{year % 100}{seed_of(key, 3) % 10**11:011d}"),
        ("Date de mise en recouvrement", f"31/07/{year}"),
        ("Date d'établissement", f"24/07/{year}"),
    ]
    for i, (a, b) in enumerate(rows):
        pg.text(15, 51 + i * 7, a, "sans", 8, GREY)
        pg.text(99, 51 + i * 7, b, "sans-b", 8.5, BLACK, "r")
    pg.rect(12, 94, 186, 30, None, (235, 238, 250))
    pg.text(16, 103, "Vos références", "sans-b", 10, (0, 0, 145))
    pg.text(16, 111, "Revenu fiscal de référence", "sans", 9.5)
    pg.text(194, 111, f"{money(rfr).split(',')[0]} €", "sans-b", 11, BLACK, "r")
    pg.text(16, 118, "Nombre de parts", "sans", 9.5)
    pg.text(194, 118, "1,00", "sans-b", 11, BLACK, "r")
    y = 136
    pg.text(12, y, "Détail du calcul", "sans-b", 11, (0, 0, 145))
    for lab, v in (
        ("Salaires, pensions, rentes nets", rfr * 1.0),
        ("Revenu brut global", rfr * 1.0),
        ("Revenu imposable", rfr * 1.0),
        ("Impôt sur les revenus soumis au barème", rfr * 0.04),
        ("Prélèvement à la source déjà versé", rfr * 0.04),
        ("Reste à payer", 0.0),
    ):
        y += 7
        pg.text(16, y, lab, "sans", 9)
        pg.text(194, y, f"{money(v)} €", "sans", 9, BLACK, "r")
        pg.line(14, y + 2, 196, y + 2, (220, 220, 220), 0.2)
    pg.image(14, 230, 26, 26, datamatrix_like(seed_of(key, "dm")))
    pg.text(44, 240, "Ce document comporte un code 2D-Doc vérifiable.", "sans", 7.5, GREY)
    return Doc("unknown", {}, [pg], key=key, notes="avis d'impôt sur le revenu (tax notice)")


def caf_letter(p, date, key):
    pg = Page(name="caf")
    pg.rect(14, 12, 24, 16, None, (0, 110, 180))
    pg.text(26, 23, "caf", "sans-b", 14, WHITE, "c")
    pg.text(42, 18, "Caisse d'allocations familiales", "sans-b", 9, (0, 110, 180))
    pg.text(42, 23, "de Paris — 75750 Paris Cedex 19", "sans", 8, GREY)
    pg.text(120, 46, f"{p.civ()} {p.full()}", "sans-b", 10)
    pg.text(120, 51, p.street, "sans", 10)
    pg.text(120, 56, f"{p.postcode} {p.city}", "sans", 10)
    pg.text(120, 70, f"Paris, le {fr(date)}", "sans", 9.5)
    pg.text(14, 74, f"N° allocataire : {seed_of(key) % 10**7:07d}", "sans-b", 9)
    pg.text(14, 90, "Objet : accusé de réception de votre demande d'aide au logement", "sans-b", 10)
    body = (
        f"{'Madame' if p.sex == 'F' else 'Monsieur'},\n\nNous avons bien reçu votre demande d'aide personnalisée "
        "au logement (APL). Pour étudier vos droits, nous avons besoin des pièces listées ci-dessous. Vous "
        "pouvez les déposer dans votre Espace Mon Compte sur caf.fr.\n\n"
        "  • l'attestation de loyer complétée et signée par votre bailleur ;\n"
        "  • votre titre de séjour en cours de validité ;\n"
        "  • votre relevé d'identité bancaire.\n\n"
        "Sans réponse de votre part dans un délai d'un mois, votre demande sera classée sans suite.\n\n"
        "Nous vous prions d'agréer l'expression de nos salutations distinguées."
    )
    y = pg.para(14, 96, 182, body, "sans", 10, 5.4)
    pg.text(130, y + 12, "Votre conseiller Caf", "sans", 9.5)
    return Doc(
        "unknown",
        {},
        [pg],
        key=key,
        notes="CAF letter (allocations familiales), not a proof of residence",
    )


def school_certificate(child_name, dob, school, year, date, key):
    pg = Page(name="scolarite")
    pg.text(14, 18, "ACADÉMIE DE LYON", "serif-b", 10)
    pg.text(14, 23, school[0], "serif-b", 11)
    pg.text(14, 28, school[1], "serif", 9)
    pg.text(105, 60, "CERTIFICAT DE SCOLARITÉ", "serif-b", 16, BLACK, "c")
    pg.text(105, 67, f"Année scolaire {year}-{year + 1}", "serif", 11, BLACK, "c")
    body = (
        f"Je soussigné(e), chef d'établissement, certifie que l'élève {child_name}, né(e) le {fr(dob)}, est "
        f"inscrit(e) dans mon établissement en classe de CM1 pour l'année scolaire {year}-{year + 1}.\n\n"
        "Certificat délivré pour servir et valoir ce que de droit."
    )
    pg.para(20, 84, 170, body, "serif", 11.5, 6.5)
    pg.text(120, 140, f"Fait à Lyon, le {fr(date)}", "serif", 11)
    pg.text(120, 147, "Le directeur / La directrice", "serif", 10)
    pg.stamp(
        118,
        152,
        36,
        36,
        ["ÉCOLE", "ÉLÉMENTAIRE"],
        ring=school[0][:30],
        seed=seed_of(key),
        color=(60, 60, 160),
    )
    pg.sig(150, 160, 40, 14, "Directrice", seed=seed_of(key, 1))
    return Doc("unknown", {}, [pg], key=key, notes="school enrolment certificate of a child")


def blank_note(lines, key, hand=True):
    pg = Page(name="note")
    y = 60
    for i, ln in enumerate(lines):
        if hand:
            pg.hand(30, y, ln, "h-kaushan", 16, INK_BLUE, seed=seed_of(key, i))
        else:
            pg.text(105, y, ln, "sans", 12, GREY, "c")
        y += 12
    return Doc("unknown", {}, [pg], key=key, notes="almost blank page with a few words")
