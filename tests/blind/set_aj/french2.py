"""RIBs, a neobank screen, a CDI contract and a handwritten attestation d'hébergement."""

from __future__ import annotations

import random

import codes as C
from canvas import Page, hand_image, signature_image
from PIL import Image

GREY = (90, 90, 90)


def rib(p: Page, r: dict):
    """Relevé d'identité bancaire, French bank layout (bank / guichet / compte / clé)."""
    bank = r["bank"]
    col = {"bnp": (0, 130, 80), "lbp": (0, 50, 130), "sg": (226, 0, 26)}[bank]
    f, fb = r.get("font", "sans"), r.get("font_b", "sans-b")
    p.rect(15, 15, 180, 14, None, col)
    p.text(20, 24.5, r["bank_name"], 13, fb, (255, 255, 255))
    p.text(190, 24.5, "RELEVÉ D'IDENTITÉ BANCAIRE", 9, fb, (255, 255, 255), "right")
    p.wrap(
        15,
        38,
        "Ce relevé est destiné à être remis, sur leur demande, à vos créanciers ou "
        "débiteurs appelés à faire inscrire des opérations à votre compte (virements, "
        "paiement de quittances, etc.).",
        180,
        8,
        f,
        1.3,
        GREY,
    )
    p.text(15, 54, "Titulaire du compte", 8.5, f, GREY)
    p.lines(15, 60, [r["holder_printed"]] + r["holder_addr"], 10.5, fb if bank != "lbp" else f)
    p.text(120, 54, "Domiciliation", 8.5, f, GREY)
    p.lines(120, 60, r["agency"], 9.5, f)
    y = 88
    heads = ["Code banque", "Code guichet", "N° de compte", "Clé RIB"]
    vals = [r["bank_code"], r["branch"], r["account"], r["key"]]
    xs = [15, 50, 85, 140]
    p.rect(13, y - 5.5, 150, 15, (0, 0, 0), None, 0.3)
    for x, h, v in zip(xs, heads, vals):
        p.text(x, y, h, 8, f, GREY)
        p.text(x, y + 6.5, v, 11, "mono-b")
    y += 20
    p.text(15, y, "IBAN (International Bank Account Number)", 8.5, f, GREY)
    p.text(15, y + 7, C.group4(r["iban"]), 13, "mono-b")
    p.text(140, y, "BIC (Bank Identifier Code)", 8.5, f, GREY)
    p.text(140, y + 7, r["bic"], 13, "mono-b")
    if r.get("twice"):
        p.line(10, 150, 200, 150, GREY, 0.3, dash=True)
        p.text(15, 160, "Partie à remettre à votre créancier", 8, f, GREY)
        p.text(15, 168, r["holder_printed"], 10, fb)
        p.text(15, 176, "IBAN " + C.group4(r["iban"]), 11, "mono")
        p.text(15, 183, "BIC " + r["bic"], 11, "mono")
    p.text(15, 285, r["footer"], 6.5, f, GREY)


def revolut_screen(r: dict, rng: random.Random) -> Image.Image:
    """A phone screenshot of an app's 'account details' screen (1170 x 2532)."""
    W, H = 1170, 2532
    pg = Page(W * 25.4 / 460, H * 25.4 / 460, 460, bg=(247, 247, 250))
    k = 25.4 / 460

    def t(x, y, s, size, font="roboto", color=(20, 20, 30), align="left"):
        pg.text(x * k, y * k, s, size * 72 / 460, font, color, align)

    t(70, 95, "9:41", 44, "roboto-m")
    t(1100, 95, "5G  87%", 38, "roboto-m", align="right")
    t(70, 260, "‹", 80, "roboto")
    t(585, 250, "Euro · Main", 44, "roboto-m", align="center")
    t(70, 420, "Account details", 70, "roboto-b")
    t(70, 490, "Use these details to receive EUR by SEPA transfer", 34, "roboto", (110, 110, 120))
    pg.rect(40 * k, 560 * k, 1090 * k, 1260 * k, None, (255, 255, 255), radius=40 * k)
    rows = [
        ("Beneficiary", r["holder_printed"]),
        ("IBAN", C.group4(r["iban"])),
        ("BIC / SWIFT code", r["bic"]),
        ("Bank", "Revolut Bank UAB"),
        ("Bank address", "Konstitucijos ave. 21B, 08130, Vilnius, Lithuania"),
        ("Correspondent BIC", "CHASDEFX"),
    ]
    y = 660
    for lab, v in rows:
        t(90, y, lab, 34, "roboto", (120, 120, 130))
        size = 44 if len(v) < 34 else 36
        t(90, y + 64, v, size, "roboto-m")
        for dx, dy in ((0, 0), (14, -14)):
            pg.rect(
                (1040 + dx) * k,
                (y + 10 + dy) * k,
                30 * k,
                34 * k,
                (100, 90, 240),
                None,
                3 * k,
                5 * k,
            )
        y += 190
    pg.rect(70 * k, 1900 * k, 1030 * k, 130 * k, None, (100, 90, 240), radius=65 * k)
    t(585, 1980, "Share details", 44, "roboto-m", (255, 255, 255), "center")
    t(
        585,
        2130,
        "Revolut Bank UAB is a credit institution licensed in Lithuania",
        28,
        "roboto",
        (140, 140, 150),
        "center",
    )
    pg.rect(400 * k, 2480 * k, 370 * k, 12 * k, None, (20, 20, 20), radius=6 * k)
    return pg.img.resize((W, H), Image.LANCZOS)


def contract(pages: list[Page], c: dict, rng: random.Random):
    """Contrat de travail à durée indéterminée, typical law-firm template."""
    p = pages[0]
    f, fb = c.get("font", "caladea"), c.get("font_b", "caladea-b")
    p.text(105, 25, "CONTRAT DE TRAVAIL À DURÉE INDÉTERMINÉE", 14, fb, align="center")
    y = p.wrap(20, 42, "ENTRE LES SOUSSIGNÉS :", 170, 10, fb) + 3
    y = (
        p.wrap(
            20,
            y,
            f"La société {c['employer']}, {c['form']} au capital de {c['capital']} €, "
            f"dont le siège social est situé {c['seat']}, immatriculée au RCS de "
            f"{c['rcs']} sous le numéro {c['siren']}, représentée par {c['rep']}, en sa "
            "qualité de Président, ci-après dénommée « la Société »,",
            170,
            10,
            f,
        )
        + 3
    )
    y = p.wrap(20, y, "D'UNE PART, ET :", 170, 10, fb) + 3
    y = (
        p.wrap(
            20,
            y,
            f"{c['employee_printed']}, né(e) le {C.fr_num(C.d(c['dob']))} à "
            f"{c['pob']}, de nationalité {c['nat']}, demeurant {c['addr']}, ci-après "
            "dénommé(e) « le Salarié »,",
            170,
            10,
            f,
        )
        + 3
    )
    y = p.wrap(20, y, "D'AUTRE PART, IL A ÉTÉ CONVENU CE QUI SUIT :", 170, 10, fb) + 6
    arts = [
        (
            "Article 1 — Engagement",
            f"Le Salarié est engagé à compter du "
            f"{C.fr_words(C.d(c['start']))} pour une durée indéterminée, sous réserve des "
            "résultats de la visite d'information et de prévention.",
        ),
        (
            "Article 2 — Fonctions",
            f"Le Salarié exercera les fonctions de {c['job']}, statut "
            f"{c['status']}, position {c['position']} de la convention collective {c['ccn']}.",
        ),
        (
            "Article 3 — Période d'essai",
            "Le présent contrat ne deviendra définitif qu'à "
            "l'issue d'une période d'essai de quatre mois, renouvelable une fois.",
        ),
        (
            "Article 4 — Rémunération",
            f"Le Salarié percevra une rémunération annuelle brute "
            f"de {c['salary']} euros, versée en douze mensualités.",
        ),
        ("Article 5 — Lieu de travail", f"Le Salarié exercera ses fonctions à {c['place']}."),
    ]
    for h, body in arts:
        p.text(20, y, h, 10.5, fb)
        y = p.wrap(20, y + 6, body, 170, 10, f) + 5
    p.text(105, 287, "1/2", 8, f, GREY, "center")
    q = pages[1]
    y = (
        q.wrap(
            20,
            25,
            "Article 6 — Durée du travail. Article 7 — Congés payés. Article 8 — "
            "Confidentialité. Article 9 — Rupture du contrat, dans les conditions prévues "
            "par le code du travail et la convention collective applicable.",
            170,
            10,
            f,
        )
        + 10
    )
    q.text(
        20, y, f"Fait à {c['city']}, le {C.fr_num(C.d(c['signed']))}, en deux exemplaires.", 10, f
    )
    y += 15
    q.text(20, y, "Pour la Société", 10, fb)
    q.text(20, y + 5, c["rep"], 9, f)
    q.image(signature_image(c["rep"], rng), 20, y + 9, 45)
    q.text(115, y, "Le Salarié", 10, fb)
    q.text(115, y + 5, "« Lu et approuvé, bon pour accord »", 8.5, f)
    q.image(signature_image(c["employee_printed"], rng), 117, y + 12, 45)
    q.text(105, 287, "2/2", 8, f, GREY, "center")


def attestation_hand(h: dict, rng: random.Random) -> Image.Image:
    """Attestation d'hébergement written by hand on squared (Seyès) paper."""
    pg = Page(210, 297, 150)
    for i in range(0, 297 * 4, 2):
        yy = i / 4 * 1.0 * 2
        if yy > 297:
            break
        pg.line(0, yy, 210, yy, (205, 215, 235) if i % 8 else (150, 170, 220), 0.15)
    pg.line(30, 0, 30, 297, (230, 150, 170), 0.3)
    ink = (25, 35, 120)
    y = 28
    hand = h.get("hand", "dancing")
    for ln in h["lines"]:
        if ln:
            im = hand_image(ln, 15, hand, ink, rng, 220)
            w = min(170, im.width * 25.4 / 220)
            pg.image(im, 34 + rng.uniform(-1, 1), y - 7, w)
        y += 10
    sig = signature_image(h["host_name"], rng, ink)
    pg.image(sig, 120, y - 2, 55)
    return pg.img
