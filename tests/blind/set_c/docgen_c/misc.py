"""Documents a clerk would set aside (type 'unknown'): a tax notice, a CAF letter, a school
certificate, a nearly blank page."""

from __future__ import annotations

from reportlab.lib.colors import Color, black

from . import draw as d
from . import logos
from . import util as u
from .draw import rgb
from .looks import A4H, A4W, MM, Page

GREY = Color(0.35, 0.35, 0.38)


def tax_notice(t, rng):
    """'Avis d'impôt sur les revenus' (DGFiP), first page."""

    def p(c):
        W, H = A4W, A4H
        logos.marianne(c, 15 * MM, H - 40 * MM, 1.0, lines=("RÉPUBLIQUE", "FRANÇAISE"))
        d.txt(
            c,
            60 * MM,
            H - 18 * MM,
            "DIRECTION GÉNÉRALE DES FINANCES PUBLIQUES",
            "Sans-B",
            8.5,
            rgb("000091"),
        )
        d.txt(c, 60 * MM, H - 30 * MM, f"AVIS D'IMPÔT {t['year'] + 1}", "Sans-B", 16, black)
        d.txt(
            c, 60 * MM, H - 37 * MM, f"SUR LES REVENUS DE L'ANNÉE {t['year']}", "Sans-B", 11, black
        )
        d.box(c, 15 * MM, H - 95 * MM, 85 * MM, 45 * MM, stroke=rgb("000091"), lw=0.6)
        y = H - 56 * MM
        for lbl, val in [
            ("Numéro fiscal", t["spi"]),
            ("N° d'accès en ligne", t["access"]),
            ("Référence de l'avis", t["ref"]),
            ("Date de mise en recouvrement", u.fr(t["recouvr"])),
            ("Date d'établissement", u.fr(t["etab"])),
        ]:
            d.txt(c, 18 * MM, y, lbl, "Sans", 7.5, GREY)
            d.txt(c, 62 * MM, y, val, "Sans-B", 8.5)
            y -= 7 * MM
        window_y = H - 55 * MM
        for i, l in enumerate(t["addr"]):
            d.txt(c, 112 * MM, window_y, l, "Sans-B" if i == 0 else "Sans", 10)
            window_y -= 5 * MM
        d.box(c, 15 * MM, H - 130 * MM, W - 30 * MM, 25 * MM, stroke=None, fill=rgb("EEF0FA"))
        d.txt(c, 20 * MM, H - 115 * MM, "Revenu fiscal de référence", "Sans", 9)
        d.txt(c, 90 * MM, H - 115 * MM, u.money(t["rfr"]), "Sans-B", 11)
        d.txt(c, 20 * MM, H - 124 * MM, "Montant de votre impôt", "Sans", 9)
        d.txt(c, 90 * MM, H - 124 * MM, u.money(t["tax"]), "Sans-B", 11)
        d.txt(c, 130 * MM, H - 115 * MM, f"Nombre de parts : {t.get('parts', '1')}", "Sans", 9)
        y = d.table(
            c,
            15 * MM,
            H - 140 * MM,
            [120 * MM, 60 * MM],
            [
                ["Détail", "Montant"],
                ["Salaires, pensions, rentes nets", u.money(t["rfr"])],
                ["Impôt sur le revenu net", u.money(t["tax"])],
                ["Prélèvement à la source déjà versé", u.money(t["tax"])],
                ["Reste à payer", u.money(0)],
            ],
            "Sans",
            8.5,
            7 * MM,
            aligns=["l", "r"],
        )
        d.para(
            c,
            15 * MM,
            y - 10 * MM,
            W - 30 * MM,
            "Vous n'avez rien à payer. Cet avis peut vous être demandé pour justifier "
            "de vos revenus. Conservez-le.",
            "Sans",
            9,
        )
        d.txt(
            c,
            15 * MM,
            15 * MM,
            "impots.gouv.fr - Service des impôts des particuliers " + t["sip"],
            "Sans",
            7.5,
            GREY,
        )

    return [Page(A4W, A4H, p)]


def caf_letter(t, rng):
    def p(c):
        W, H = A4W, A4H
        logos.caf(c, 15 * MM, H - 30 * MM, 1.0)
        d.txt(c, 15 * MM, H - 38 * MM, "Caf du " + t["dept"], "Sans-B", 9, logos.BRAND["CAF"])
        d.txt(c, 15 * MM, H - 43 * MM, t["caf_addr"], "Sans", 8)
        y = H - 55 * MM
        for i, l in enumerate(t["addr"]):
            d.txt(c, 112 * MM, y, l, "Sans-B" if i == 0 else "Sans", 10)
            y -= 5 * MM
        d.txt(c, 15 * MM, H - 60 * MM, f"N° allocataire : {t['alloc']}", "Sans-B", 9)
        d.txt(c, 15 * MM, H - 66 * MM, f"Le {u.fr_words(t['date'])}", "Sans", 9)
        d.txt(c, 15 * MM, H - 90 * MM, "Objet : votre demande d'aide au logement", "Sans-B", 10.5)
        d.para(
            c,
            15 * MM,
            H - 102 * MM,
            W - 30 * MM,
            f"{t['salut']},\n\nNous avons bien reçu votre demande d'aide personnalisée au logement déposée le "
            f"{u.fr(t['request'])}. Pour poursuivre son étude, nous avons besoin des pièces suivantes :\n\n"
            "  - votre attestation de loyer complétée et signée par votre bailleur ;\n"
            "  - un relevé d'identité bancaire ;\n"
            "  - votre titre de séjour en cours de validité.\n\n"
            "Vous pouvez nous les transmettre depuis votre espace Mon Compte sur caf.fr, rubrique « Mes démarches ». "
            "Sans réponse de votre part dans un délai d'un mois, votre demande ne pourra pas être étudiée.\n\n"
            "Nous vous prions d'agréer nos salutations distinguées.",
            "Sans",
            10,
            14,
        )
        d.txt(c, 130 * MM, H - 215 * MM, "Votre Caf", "Sans-B", 10)
        d.txt(
            c,
            15 * MM,
            14 * MM,
            "caf.fr  -  Appli Caf - Mon Compte  -  3230 (service gratuit + prix d'un appel)",
            "Sans",
            8,
            GREY,
        )

    return [Page(A4W, A4H, p)]


def school_certificate(t, rng):
    def p(c):
        W, H = A4W, A4H
        d.txt(c, 20 * MM, H - 25 * MM, t["school"], "Serif-B", 14, rgb("7A1F2B"))
        d.txt(c, 20 * MM, H - 31 * MM, t["school_addr"], "Serif", 9)
        d.txt(c, 20 * MM, H - 36 * MM, "Service de la scolarité", "Serif-I", 9)
        d.txt(c, W / 2, H - 62 * MM, "CERTIFICAT DE SCOLARITÉ", "Serif-B", 16, black, "c")
        d.txt(c, W / 2, H - 69 * MM, f"Année universitaire {t['year']}", "Serif", 11, black, "c")
        d.para(
            c,
            25 * MM,
            H - 90 * MM,
            W - 50 * MM,
            f"Le responsable de la scolarité certifie que {t['student']}, né(e) le {u.fr(t['dob'])} à {t['pob']}, "
            f"numéro d'étudiant {t['num']}, est régulièrement inscrit(e) pour l'année universitaire {t['year']} en "
            f"{t['program']}.\n\nCertificat délivré pour servir et valoir ce que de droit.",
            "Serif",
            11,
            16,
        )
        d.txt(c, 120 * MM, H - 150 * MM, f"{t['city']}, le {u.fr(t['date'])}", "Serif", 11)
        d.txt(c, 120 * MM, H - 158 * MM, "Pour le Président et par délégation,", "Serif-I", 9.5)
        d.signature(c, 120 * MM, H - 190 * MM, 55 * MM, 22 * MM, rng, d.INK_BLUE)
        d.stamp_round(
            c,
            95 * MM,
            H - 180 * MM,
            16 * MM,
            t["school"].upper()[:34] + " * SCOLARITÉ * ",
            ["★"],
            Color(0.2, 0.22, 0.62),
            rng,
        )

    return [Page(A4W, A4H, p)]


def blank_note(t, rng):
    """A sheet with a few handwritten words (a separator page the applicant slipped in)."""

    def p(c):
        W, H = A4W, A4H
        d.hand(c, 40 * MM, H - 80 * MM, t["line1"], rng, "H-breip", 18)
        if t.get("line2"):
            d.hand(c, 40 * MM, H - 95 * MM, t["line2"], rng, "H-breip", 14)

    return [Page(A4W, A4H, p)]
