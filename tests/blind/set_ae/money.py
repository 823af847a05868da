"""Bank details and work: RIBs, a Revolut app screenshot, a payslip, a contract.

Sources (public descriptions): the French RIB layout (code banque, code guichet, n° de
compte, clé RIB, then IBAN and BIC, "domiciliation"); Revolut's "Account details"
screen; the "bulletin de paie clarifié" (arrêté du 25 février 2016: blocks santé,
retraite, famille, chômage, CSG, "net à payer avant impôt sur le revenu", "montant net
social"); a standard CDI / CDD contract of employment.
"""

from __future__ import annotations

import random

from common import Page, fr_date, fr_words, iban_groups, pil_font, signature_image
from PIL import Image, ImageDraw


def rib(r: dict, rng: random.Random) -> Page:
    """Relevé d'identité bancaire as printed from online banking (one A4 page)."""
    p = Page()
    style = r["style"]
    col = {"bnp": (0, 130, 80), "ca": (0, 110, 110), "sg": (230, 0, 40)}[style]
    font, fontb = {"bnp": ("sans", "sansb"), "ca": ("open", "openb"), "sg": ("roboto", "robotob")}[
        style
    ]
    p.rect(15, 12, 10, 10, None, col)
    p.text(29, 20, r["bank_name"], fontb, 15, col)
    p.text(15, 38, "RELEVÉ D'IDENTITÉ BANCAIRE", fontb, 13)
    p.text(
        15,
        44,
        "Ce relevé est destiné à être remis, sur leur demande, à vos créanciers ou débiteurs",
        font,
        7.5,
        (90, 90, 90),
    )
    p.text(15, 56, "Titulaire du compte", font, 8.5, (90, 90, 90))
    y = 62
    for ln in r["holder_lines"]:
        p.text(15, y, ln, fontb, 10.5)
        y += 5
    p.text(120, 56, "Domiciliation", font, 8.5, (90, 90, 90))
    p.text(120, 62, r["branch_name"], fontb, 10)
    p.text(120, 67, r["branch_addr"][0], font, 9.5)
    p.text(120, 72, r["branch_addr"][1], font, 9.5)
    y = 88
    p.rect(15, y, 180, 40, (150, 150, 150), None, 0.3)
    heads = [("Code banque", 20), ("Code guichet", 55), ("N° de compte", 95), ("Clé RIB", 160)]
    ib = r["iban"]
    vals = [ib[4:9], ib[9:14], ib[14:25], ib[25:27]]
    for (h, x), v in zip(heads, vals, strict=True):
        p.text(x, y + 7, h, font, 8, (90, 90, 90))
        p.text(x, y + 14, v, "mono", 11)
    p.line(15, y + 19, 195, y + 19, 0.2, (150, 150, 150))
    p.text(20, y + 26, "IBAN (International Bank Account Number)", font, 8, (90, 90, 90))
    p.text(20, y + 33, iban_groups(ib), "mono", 11.5)
    p.text(150, y + 26, "BIC", font, 8, (90, 90, 90))
    p.text(150, y + 33, r["bic"], "mono", 11.5)
    p.text(
        15,
        140,
        "Document édité le " + fr_date(r["printed"]) + " depuis votre espace client.",
        font,
        7.5,
        (90, 90, 90),
    )
    p.line(15, 148, 195, 148, 0.2, (200, 200, 200), dash=True)
    p.para(15, 275, 180, r["legal"], font, 6.5, color=(110, 110, 110))
    return p


def revolut_screen(r: dict, rng: random.Random) -> Image.Image:
    """iPhone screenshot (1170 x 2532) of Revolut > Account details."""
    W, H = 1170, 2532
    im = Image.new("RGB", (W, H), (247, 247, 250))
    d = ImageDraw.Draw(im)
    f = lambda s, b=False: pil_font("robotob" if b else "roboto", s)  # noqa: E731
    d.text((80, 70), r["clock"], font=f(46, True), fill=(0, 0, 0))
    d.rectangle([980, 78, 1060, 112], outline=(0, 0, 0), width=3)
    d.rectangle([985, 83, 1035, 107], fill=(0, 0, 0))
    d.text((60, 200), "‹", font=f(90), fill=(20, 20, 20))
    d.text((W / 2, 240), "Coordonnées bancaires", font=f(52, True), fill=(0, 0, 0), anchor="ms")
    d.rounded_rectangle([60, 320, W - 60, 420], 50, fill=(232, 232, 240))
    d.rounded_rectangle([70, 330, W / 2, 410], 45, fill=(255, 255, 255))
    d.text((W / 4 + 35, 385), "EUR · France", font=f(40, True), fill=(0, 0, 0), anchor="ms")
    d.text((3 * W / 4, 385), "International", font=f(40), fill=(110, 110, 120), anchor="ms")
    d.rounded_rectangle([60, 480, W - 60, 1560], 40, fill=(255, 255, 255))
    rows = [
        ("Bénéficiaire", r["holder"]),
        ("IBAN", iban_groups(r["iban"])),
        ("BIC / SWIFT", r["bic"]),
        ("Banque", r["bank_name"]),
        ("Adresse de la banque", r["bank_addr"]),
    ]
    y = 560
    for lb, v in rows:
        d.text((110, y), lb, font=f(38), fill=(120, 120, 130))
        d.text((110, y + 60), v, font=f(44, True), fill=(10, 10, 20))
        d.rounded_rectangle([W - 190, y + 10, W - 110, y + 90], 20, fill=(238, 240, 255))
        d.text((W - 150, y + 65), "⧉", font=pil_font("dejavu", 40), fill=(60, 80, 230), anchor="ms")
        y += 200
    d.rounded_rectangle([60, 1620, W - 60, 1760], 70, fill=(60, 80, 230))
    d.text(
        (W / 2, 1708),
        "Partager les coordonnées",
        font=f(44, True),
        fill=(255, 255, 255),
        anchor="ms",
    )
    txt = (
        "Utilisez ces coordonnées pour recevoir votre salaire ou des virements en euros "
        "depuis la zone SEPA."
    )
    d.multiline_text(
        (90, 1840), txt[:50] + "\n" + txt[50:], font=f(36), fill=(120, 120, 130), spacing=14
    )
    d.rounded_rectangle([W / 2 - 200, H - 30, W / 2 + 200, H - 18], 6, fill=(0, 0, 0))
    return im


def payslip(s: dict, rng: random.Random) -> Page:
    p = Page()
    font, fontb = s.get("fonts", ("carlito", "carlitob"))
    p.rect(12, 10, 186, 10, None, (40, 60, 90))
    p.text(15, 17, "BULLETIN DE PAIE", fontb, 12, (255, 255, 255))
    p.text(
        195,
        17,
        "Période du " + fr_date(s["start"]) + " au " + fr_date(s["end"]),
        font,
        9,
        (255, 255, 255),
        "r",
    )
    p.text(15, 28, s["employer"], fontb, 10)
    p.text(15, 33, s["employer_addr"][0], font, 8.5)
    p.text(15, 37.5, s["employer_addr"][1], font, 8.5)
    p.text(15, 42, "SIRET : " + s["siret"] + "    Code NAF : " + s["naf"], font, 8.5)
    p.text(15, 46.5, "Convention collective : " + s["ccn"], font, 8.5)
    p.rect(112, 25, 86, 26, (150, 150, 150), None, 0.3)
    p.text(115, 31, s["employee_print"], fontb, 10)
    p.text(115, 36, s["addr"][0], font, 8.5)
    p.text(115, 40.5, s["addr"][1], font, 8.5)
    p.text(115, 46, "N° SS : " + s["nir"], font, 8)
    y = 57
    for a, b in [
        ("Emploi", s["job"]),
        ("Statut", s["status"]),
        ("Entrée le", fr_date(s["hired"])),
        ("Contrat", s["contract"]),
        ("Matricule", s["matricule"]),
    ]:
        p.text(15, y, a + " :", font, 8.5, (80, 80, 80))
        p.text(40, y, b, font, 8.5)
        y += 4.5
    y += 4
    p.rect(12, y, 186, 6, None, (225, 230, 238))
    for t, x, al in [
        ("Éléments de paie", 14, "l"),
        ("Base", 110, "r"),
        ("Taux", 135, "r"),
        ("À déduire", 165, "r"),
        ("À payer", 196, "r"),
    ]:
        p.text(x, y + 4.3, t, fontb, 8.5, align=al)
    y += 11
    p.text(14, y, "Salaire de base", font, 8.5)
    p.text(110, y, "151,67", font, 8.5, align="r")
    p.text(196, y, s["gross"], font, 8.5, align="r")
    y += 5
    p.text(14, y, "SALAIRE BRUT", fontb, 9)
    p.text(196, y, s["gross"], fontb, 9, align="r")
    y += 8
    for lab, amt in s["deductions"]:
        p.text(14, y, lab, font, 8.5)
        p.text(110, y, s["gross"], font, 8.5, align="r")
        p.text(165, y, amt, font, 8.5, align="r")
        y += 5
    y += 2
    p.line(12, y, 198, y, 0.3)
    y += 6
    p.text(14, y, "TOTAL DES COTISATIONS ET CONTRIBUTIONS", fontb, 9)
    p.text(165, y, s["total_ded"], fontb, 9, align="r")
    y += 8
    p.text(14, y, "Montant net social", font, 9)
    p.text(196, y, s["net_social"], font, 9, align="r")
    y += 6
    p.text(14, y, "Net à payer avant impôt sur le revenu", font, 9)
    p.text(196, y, s["net_before"], font, 9, align="r")
    y += 6
    p.text(
        14,
        y,
        "Impôt sur le revenu prélevé à la source - taux personnalisé " + s["pas_rate"],
        font,
        8.5,
    )
    p.text(165, y, s["pas"], font, 8.5, align="r")
    y += 9
    p.rect(120, y, 78, 12, None, (40, 60, 90))
    p.text(123, y + 7.8, "NET PAYÉ", fontb, 11, (255, 255, 255))
    p.text(195, y + 7.8, s["net"] + " €", fontb, 11, (255, 255, 255), "r")
    p.text(14, y + 7.8, "Payé le " + fr_date(s["paid"]) + " par virement", font, 8.5)
    p.para(
        14,
        270,
        182,
        "Dans votre intérêt et pour vous aider à faire valoir vos droits, "
        "conservez ce bulletin de paie sans limitation de durée. Rubrique dédiée au "
        "bulletin de paie sur www.service-public.fr.",
        font,
        7,
        color=(100, 100, 100),
    )
    return p


def contract(c: dict, rng: random.Random) -> list[Page]:
    p = Page()
    title = "CONTRAT DE TRAVAIL À DURÉE " + ("INDÉTERMINÉE" if c["type"] == "CDI" else "DÉTERMINÉE")
    p.text(105, 25, title, "serifb", 13, align="c")
    y = 42
    p.text(20, y, "Entre les soussignés :", "serif", 10.5)
    y = p.para(
        20,
        y + 8,
        170,
        f"La société {c['employer']}, {c['form']}, dont le siège social "
        f"est situé {c['employer_addr']}, immatriculée au RCS sous le numéro "
        f"{c['siren']}, SIRET {c['siret']}, représentée par {c['rep']}, en sa qualité de "
        f"{c['rep_title']},",
        "serif",
        10.5,
    )
    p.text(20, y + 2, "ci-après dénommée « l'Employeur », d'une part,", "serifi", 10.5)
    y = p.para(
        20,
        y + 12,
        170,
        f"Et {c['employee_print']}, né(e) le {fr_date(c['dob'])} à "
        f"{c['pob']}, de nationalité {c['nat_fr']}, demeurant {c['addr']},",
        "serif",
        10.5,
    )
    p.text(20, y + 2, "ci-après dénommé(e) « le Salarié », d'autre part,", "serifi", 10.5)
    y += 14
    p.text(20, y, "Il a été convenu ce qui suit :", "serif", 10.5)
    arts = [
        (
            "Article 1 - Engagement",
            f"Le Salarié est engagé à compter du "
            f"{fr_words(c['start'])}"
            + (
                " pour une durée indéterminée"
                if c["type"] == "CDI"
                else f" jusqu'au {fr_words(c['end'])}, pour accroissement temporaire d'activité"
            )
            + ", sous réserve des résultats de la visite d'information et de prévention.",
        ),
        (
            "Article 2 - Fonctions",
            f"Le Salarié exercera les fonctions de {c['job']}, statut "
            f"{c['status']}, coefficient {c['coef']} de la convention collective {c['ccn']}.",
        ),
        (
            "Article 3 - Période d'essai",
            f"Le présent contrat ne deviendra définitif qu'à "
            f"l'issue d'une période d'essai de {c['trial']}.",
        ),
        (
            "Article 4 - Rémunération",
            f"Le Salarié percevra une rémunération mensuelle brute "
            f"de {c['gross']} euros pour un horaire hebdomadaire de 35 heures.",
        ),
        ("Article 5 - Lieu de travail", f"Le Salarié exercera ses fonctions à {c['workplace']}."),
    ]
    y += 10
    for h, t in arts:
        p.text(20, y, h, "serifb", 10.5)
        y = p.para(20, y + 6, 170, t, "serif", 10.5) + 4
    p.text(105, 287, "1/2", "serif", 8, align="c")
    q = Page()
    y = 25
    for h, t in [
        (
            "Article 6 - Congés payés",
            "Le Salarié bénéficiera des congés payés prévus par les "
            "dispositions légales et conventionnelles en vigueur.",
        ),
        (
            "Article 7 - Protection sociale",
            "Le Salarié sera affilié au régime général de la "
            "Sécurité sociale, à la caisse de retraite complémentaire AGIRC-ARRCO et au contrat "
            "collectif de complémentaire santé de l'entreprise.",
        ),
        (
            "Article 8 - Obligations",
            "Le Salarié s'engage à observer le règlement intérieur et "
            "les instructions qui lui seront données.",
        ),
    ]:
        q.text(20, y, h, "serifb", 10.5)
        y = q.para(20, y + 6, 170, t, "serif", 10.5) + 4
    q.text(
        20,
        y + 8,
        f"Fait en deux exemplaires à {c['city']}, le {fr_date(c['signed'])}.",
        "serif",
        10.5,
    )
    q.text(30, y + 22, "L'Employeur", "serifb", 10.5)
    q.text(130, y + 22, "Le Salarié", "serifb", 10.5)
    q.text(130, y + 28, "« Lu et approuvé, bon pour accord »", "serifi", 9)
    q.image(signature_image(c["rep"], rng), 28, y + 28, 50, 16)
    q.image(signature_image(c["employee_print"], rng), 130, y + 32, 50, 16)
    q.text(105, 287, "2/2", "serif", 8, align="c")
    return [p, q]
