"""Documents that are none of the packet's pieces (type "unknown"): a tax notice, a CAF
letter, a school certificate, a home-insurance certificate, a nearly blank page."""

from __future__ import annotations

import datetime as dt

from . import logos
from .hand import hand_text, signature, stamp_round
from .model import Doc
from .paint import Page, Pg
from .people import Address
from .util import fr, fr_long, rng_for


def avis_impot(name: str, addr: Address, year: int, issued: dt.date, fiscal_no: str) -> Doc:
    def draw(p: Pg):
        logos.marianne(p, 14, 10, 1.0)
        p.t(60, 16, "DIRECTION GÉNÉRALE DES FINANCES PUBLIQUES", "Arial-B", 9)
        p.t(
            60,
            21,
            f"AVIS D'IMPÔT {year} SUR LES REVENUS DE L'ANNÉE {year - 1}",
            "Arial-B",
            12,
            (0, 0, 145),
        )
        p.t(60, 26, "Impôt sur le revenu et prélèvements sociaux", "Arial", 9)
        p.rect(14, 40, 90, 34, lw=0.5, stroke=(0, 0, 145))
        p.t(17, 46, "Vos références", "Arial-B", 9, (0, 0, 145))
        p.t(17, 52, f"Numéro fiscal : {fiscal_no}", "Arial", 8.5)
        p.t(
            17,
            57,
            f"N° de l'avis : {fiscal_no[:2]} {fiscal_no[2:6]} {fiscal_no[6:]} 2",
            "Arial",
            8.5,
        )
        p.t(17, 62, f"Date d'établissement : {fr(issued - dt.timedelta(days=20))}", "Arial", 8.5)
        p.t(17, 67, f"Date de mise en recouvrement : {fr(issued)}", "Arial", 8.5)
        for i, ln in enumerate([name, *addr.lines()]):
            p.t(115, 50 + i * 4.6, ln, "Arial", 10)
        p.t(14, 88, "Revenu fiscal de référence", "Arial-B", 10)
        p.t(110, 88, "21 480 €", "Arial-B", 10)
        p.t(14, 95, "Nombre de parts", "Arial", 10)
        p.t(110, 95, "1,00", "Arial", 10)
        rows = [
            ["Impôt sur le revenu net", "1 204 €"],
            ["Prélèvement à la source déjà versé", "- 1 180 €"],
            ["Reste à payer", "24 €"],
        ]
        p.table(14, 104, [120, 64], rows, "Arial", 9.5, 7, aligns=["l", "r"], gridcol=(0, 0, 145))
        p.para(
            14,
            140,
            182,
            "Votre avis est également disponible dans votre espace particulier sur "
            "impots.gouv.fr. Pour toute question, utilisez la messagerie sécurisée de votre espace.",
            "Arial",
            9,
            4.2,
        )

    return Doc(
        "unknown", {}, [Page(draw)], notes="avis d'impôt (tax notice), not a piece of the packet"
    )


def caf_letter(name: str, addr: Address, alloc: str, issued: dt.date) -> Doc:
    def draw(p: Pg):
        logos.caf(p, 14, 10, 1.0)
        p.t(
            14,
            30,
            "Caf du Rhône — 67 boulevard Vivier Merle — 69409 Lyon Cedex 03",
            "Arial",
            8,
            (80, 80, 80),
        )
        for i, ln in enumerate([name, *addr.lines()]):
            p.t(115, 48 + i * 4.6, ln, "Arial", 10)
        p.t(115, 78, f"Lyon, le {fr_long(issued)}", "Arial", 9.5)
        p.t(14, 90, f"N° allocataire : {alloc}", "Arial-B", 9.5)
        p.t(14, 98, "Objet : votre demande d'aide personnalisée au logement", "Arial-B", 10)
        y = p.para(14, 110, 182, "Madame, Monsieur,", "Arial", 10, 5)
        y = p.para(
            14,
            y + 2,
            182,
            "Nous avons bien reçu votre demande d'aide au logement. Afin de l'étudier, "
            "nous avons besoin des pièces suivantes : l'attestation de loyer complétée par votre bailleur "
            "et un relevé d'identité bancaire. Vous pouvez les déposer dans votre espace Mon Compte sur "
            "caf.fr.",
            "Arial",
            10,
            5,
            justify=True,
        )
        y = p.para(
            14,
            y + 2,
            182,
            "Sans réponse de votre part dans un délai d'un mois, votre demande sera "
            "classée sans suite.",
            "Arial",
            10,
            5,
        )
        p.t(120, y + 12, "Votre conseiller Caf", "Arial-B", 10)

    return Doc("unknown", {}, [Page(draw)], notes="CAF letter asking for documents")


def school_certificate(
    child: str, dob: dt.date, school: str, city: str, year: str, issued: dt.date, head: str
) -> Doc:
    rng = rng_for("school", child)
    seal = stamp_round(f"{school.upper()} * {city.upper()} *", ["ÉCOLE"], rng, color=(40, 60, 160))
    sig = signature(head, rng, ink="blue")

    def draw(p: Pg):
        logos.marianne(p, 14, 10, 0.9, lines=("ACADÉMIE", "DE LYON"))
        p.t(196, 16, school, "Arial-B", 10, align="r")
        p.t(196, 21, city, "Arial", 9, align="r")
        p.t(105, 60, "CERTIFICAT DE SCOLARITÉ", "Arial-B", 16, align="c")
        p.t(105, 67, f"Année scolaire {year}", "Arial", 11, align="c")
        y = p.para(
            20,
            85,
            170,
            f"Je soussigné(e), {head}, directeur(trice) de l'établissement, certifie que "
            f"l'élève {child}, né(e) le {fr(dob)}, est inscrit(e) et fréquente régulièrement "
            "l'établissement en classe de CE2 pour l'année scolaire en cours.",
            "Arial",
            11,
            6,
            justify=True,
        )
        p.t(20, y + 8, "Certificat délivré pour servir et valoir ce que de droit.", "Arial", 11)
        p.t(110, y + 24, f"Fait à {city}, le {fr(issued)}", "Arial", 11)
        p.img(seal, 40, y + 26, w=34)
        p.img(sig, 115, y + 30, w=45)

    return Doc("unknown", {}, [Page(draw)], notes="school certificate of a child")


def insurance_certificate(
    name: str, addr: Address, start: dt.date, issued: dt.date, policy: str
) -> Doc:
    def draw(p: Pg):
        p.rect(14, 10, 60, 16, lw=0, stroke=None, fill=(0, 110, 90))
        p.t(44, 20.5, "MUTUELLE ÉTOILE", "Arial-B", 11, (255, 255, 255), align="c")
        p.t(196, 18, "Attestation d'assurance", "Arial-B", 13, (0, 110, 90), align="r")
        p.t(196, 24, "Multirisque habitation", "Arial", 10, align="r")
        y = p.para(
            14,
            50,
            182,
            f"La Mutuelle Étoile atteste que {name}, demeurant {addr.one()}, est titulaire "
            f"du contrat d'assurance habitation n° {policy}, prenant effet le {fr(start)}, garantissant "
            "les risques locatifs (incendie, explosion, dégâts des eaux) et la responsabilité civile "
            "vie privée.",
            "Arial",
            10.5,
            5.4,
            justify=True,
        )
        y = p.para(
            14,
            y + 4,
            182,
            f"Cette attestation est valable du {fr(issued)} au "
            f"{fr(issued.replace(year=issued.year + 1) - dt.timedelta(days=1))}, sous réserve du "
            "paiement des cotisations.",
            "Arial",
            10.5,
            5.4,
        )
        p.t(14, y + 10, f"Fait à Niort, le {fr(issued)}", "Arial", 10)
        p.t(130, y + 20, "Le Service Gestion", "Arial-B", 10)
        p.t(
            105,
            286,
            "Mutuelle Étoile — société d'assurance mutuelle à cotisations variables — entreprise "
            "régie par le code des assurances (fictitious)",
            "Arial",
            6,
            (90, 90, 90),
            align="c",
        )

    return Doc(
        "unknown",
        {},
        [Page(draw)],
        notes="home insurance certificate (attestation d'assurance habitation)",
    )


def blank_note(text: str, seed: str) -> Doc:
    rng = rng_for("blank", seed)
    im = hand_text(text, rng, font="dkg", px=70, ink="black", bold=1)

    def draw(p: Pg):
        p.img(im, 40, 120, w=im.size[0] / 12)

    return Doc(
        "unknown", {}, [Page(draw)], notes="an almost blank sheet with a few handwritten words"
    )
