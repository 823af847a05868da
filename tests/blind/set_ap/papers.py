"""A4 paper documents drawn with reportlab: form S1106, lease, payslip, bills, RIB..."""

from __future__ import annotations

import io
import math
import random

from common import (
    INK_BLUE,
    fr,
    hand,
    hand_comb,
    new_canvas,
    sig_image,
    signature,
    tick,
    words,
)
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader, simpleSplit

PW, PH = A4


def para(c, x, y, text, font="Lib", size=9, width=480, lead=None):
    lead = lead or size * 1.3
    c.setFont(font, size)
    for ln in simpleSplit(text, font, size, width):
        c.drawString(x, y, ln)
        y -= lead
    return y


def stamp(c, x, y, r, ring, centre, rng, col=(0.15, 0.2, 0.6)):
    c.saveState()
    c.translate(x, y)
    c.rotate(rng.uniform(-20, 20))
    c.setStrokeColorRGB(*col)
    c.setFillColorRGB(*col)
    c.setLineWidth(1.6)
    c.circle(0, 0, r)
    c.circle(0, 0, r * 0.7)
    n = len(ring)
    for i, ch in enumerate(ring):
        a = math.pi / 2 + math.pi * 0.9 - i * (1.8 * math.pi / max(n - 1, 1))
        c.saveState()
        c.translate(r * 0.8 * math.cos(a), r * 0.8 * math.sin(a))
        c.rotate(math.degrees(a) - 90)
        c.setFont("SansB", r * 0.17)
        c.drawCentredString(0, 0, ch)
        c.restoreState()
    c.setFont("SansB", r * 0.2)
    for i, ln in enumerate(centre):
        c.drawCentredString(0, r * 0.1 - i * r * 0.25, ln)
    c.restoreState()


def _done(c, buf) -> bytes:
    c.save()
    return buf.getvalue()


# ====================================================================== S1106 form
def form_s1106(f: dict, rng: random.Random, mode: str, run: str = "A") -> bytes:
    """Cerfa 15763*02. mode: hand | typed | acroform. run: A (bars, combs) | B (underlines)."""
    buf = io.BytesIO()
    c = new_canvas(buf)
    hf = f.get("hand_font", "Ecolier")
    bar = (0.16, 0.33, 0.6) if run == "A" else (0.0, 0.0, 0.0)
    lab_font = "Lib" if run == "A" else "Carlito"
    af = c.acroForm

    def value(x, y, text, key, w=250, comb=0, size=11):
        if mode == "acroform":
            af.textfield(
                name=key,
                value=text,
                x=x,
                y=y - 4,
                width=w,
                height=16,
                fontName="Helvetica",
                fontSize=10,
                borderWidth=0,
                fillColor=None,
                forceBorder=False,
            )
        elif mode == "typed":
            c.setFont("Mono", 10.5)
            if comb:
                for i, ch in enumerate(text):
                    c.drawCentredString(x + i * comb + comb / 2, y, ch)
            else:
                c.drawString(x + 2, y, text)
        elif comb:
            hand_comb(c, x, y, text, comb, rng, hf, size)
        else:
            hand(c, x + 2, y, text, rng, hf, size)

    def combs(x, y, n, pitch=13, gaps=()):
        c.setLineWidth(0.6)
        c.setStrokeColorRGB(0.3, 0.3, 0.35)
        for i in range(n):
            c.rect(x + i * pitch, y - 4, pitch, 16)

    def box(x, y, checked, key):
        c.setLineWidth(0.8)
        c.setStrokeColorRGB(0, 0, 0)
        c.rect(x, y, 9, 9)
        if mode == "acroform":
            af.checkbox(
                name=key, x=x, y=y, size=9, checked=checked, buttonStyle="cross", borderWidth=0
            )
        elif checked:
            if mode == "typed":
                c.setFont("SansB", 10)
                c.drawString(x + 1, y + 1, "X")
            else:
                tick(c, x, y, rng, 9, cross=rng.random() < 0.6)

    def section(y, title):
        c.setFillColorRGB(*bar)
        if run == "A":
            c.rect(40, y - 4, PW - 80, 17, fill=1, stroke=0)
            c.setFillColorRGB(1, 1, 1)
            c.setFont("LibB", 10.5)
            c.drawString(46, y + 1, title)
        else:
            c.setFont("CarlitoB", 12)
            c.drawString(40, y, title)
            c.setLineWidth(1.2)
            c.line(40, y - 4, PW - 40, y - 4)
        c.setFillColorRGB(0, 0, 0)

    def lab(x, y, s, size=8.5):
        c.setFont(lab_font, size)
        c.drawString(x, y, s)

    # ---- page 1
    c.setFillColorRGB(0.05, 0.3, 0.65)
    c.setFont("LibB", 15)
    c.drawString(40, PH - 55, "l'Assurance")
    c.drawString(40, PH - 72, "Maladie")
    c.setFillColorRGB(0, 0, 0)
    c.rect(PW - 130, PH - 75, 90, 38)
    c.setFont("LibB", 9)
    c.drawCentredString(PW - 85, PH - 50, "cerfa")
    c.drawCentredString(PW - 85, PH - 66, "N° 15763*02")
    c.setFont("LibB", 15 if run == "A" else 14)
    c.drawCentredString(
        PW / 2 + 10, PH - 105, "Demande d'ouverture des droits à l'assurance maladie"
    )
    c.setFont("Lib", 11)
    c.drawCentredString(PW / 2 + 10, PH - 122, "Protection universelle maladie (PUMa)")
    y = para(
        c,
        40,
        PH - 145,
        "Articles L. 160-1, L. 160-5, L. 160-7 et R. 111-3 du code de la sécurité "
        "sociale. Ce formulaire permet aux personnes qui travaillent ou résident en France de "
        "manière stable et régulière de demander l'ouverture de leurs droits à la prise en charge "
        "des frais de santé. Remplissez-le en lettres capitales et joignez les pièces demandées.",
        "Lib",
        7.5,
        PW - 80,
    )
    section(y - 14, "A  VOUS")
    y -= 40
    lab(40, y, "Nom de naissance")
    if run == "A":
        combs(150, y, 26)
        value(150, y, f["surname"].upper(), "nom_naissance", 340, comb=13)
    else:
        c.setDash(1, 2)
        c.line(150, y - 3, PW - 40, y - 3)
        c.setDash()
        value(150, y, f["surname"].upper(), "nom_naissance", 340)
    y -= 26
    lab(40, y, "Nom d'usage (facultatif)")
    c.setDash(1, 2)
    c.line(150, y - 3, PW - 40, y - 3)
    c.setDash()
    if f.get("usage"):
        value(150, y, f["usage"], "nom_usage")
    y -= 26
    lab(40, y, "Prénom(s)")
    c.setDash(1, 2)
    c.line(150, y - 3, PW - 40, y - 3)
    c.setDash()
    value(150, y, f["given"], "prenoms", 340)
    y -= 26
    lab(40, y, "Sexe")
    lab(90, y, "F")
    box(100, y - 1, f["sex"] == "F", "sexe_f")
    lab(125, y, "M")
    box(137, y - 1, f["sex"] == "M", "sexe_m")
    lab(200, y, "Date de naissance")
    d = f["dob"]
    dob = d[8:10] + d[5:7] + d[0:4]
    if run == "A":
        combs(290, y, 8, 14)
        value(290, y, dob, "date_naissance", 112, comb=14)
    else:
        c.setDash(1, 2)
        c.line(290, y - 3, 400, y - 3)
        c.setDash()
        value(290, y, fr(d), "date_naissance", 110)
    c.setFont(lab_font, 6.5)
    c.drawString(290, y - 12, "JJ / MM / AAAA")
    y -= 30
    lab(40, y, "Lieu de naissance : commune")
    value(170, y, f["pob_city"], "lieu_naissance_commune", 150)
    lab(330, y, "pays")
    value(355, y, f["pob_country"], "lieu_naissance_pays", 180)
    y -= 24
    lab(40, y, "Nationalité")
    value(170, y, f["nationality"], "nationalite", 200)
    y -= 24
    lab(40, y, "N° de sécurité sociale (si vous en avez un)")
    combs(230, y, 13, 13)
    combs(410, y, 2, 13)
    y -= 24
    lab(40, y, "N° d'allocataire CAF (le cas échéant)")
    combs(230, y, 8, 13)
    y -= 26
    lab(40, y, "Adresse")
    c.setDash(1, 2)
    for k in range(2):
        c.line(110, y - 3 - k * 20, PW - 40, y - 3 - k * 20)
    c.setDash()
    value(110, y, f["street"], "adresse", 420)
    y -= 40
    lab(40, y, "Code postal")
    combs(110, y, 5, 13)
    value(110, y, f["postcode"], "code_postal", 65, comb=13)
    lab(190, y, "Commune")
    value(240, y, f["city"], "commune", 200)
    y -= 24
    lab(40, y, "Téléphone")
    value(110, y, f.get("phone", ""), "telephone", 130)
    lab(260, y, "Courriel")
    value(300, y, f.get("email", ""), "courriel", 240, size=10)
    y -= 34
    section(y, "B  VOTRE SITUATION")
    y -= 26
    lab(40, y, "Vous êtes actuellement (cochez la case correspondant à votre situation) :", 8.5)
    opts = [
        ("salarie", "salarié(e) ou assimilé(e) en France, contrat :"),
        ("independant", "travailleur indépendant, auto-entrepreneur"),
        ("demandeur_emploi", "demandeur d'emploi"),
        ("etudiant", "étudiant(e)"),
        (
            "sans_activite",
            "sans activité professionnelle et résidant en France de manière stable "
            "et régulière depuis plus de trois mois",
        ),
        ("autre", "autre situation (précisez) :"),
    ]
    for key, text in opts:
        y -= 20
        box(48, y - 1, f["situation"] == key, "situation_" + key)
        lab(64, y, text, 8.3)
        if key == "salarie":
            x = 260
            for ct in ("CDI", "CDD", "Intérim", "Autre"):
                box(x, y - 1, f.get("contract") == ct, "contrat_" + ct.lower())
                lab(x + 13, y, ct)
                x += 55
            y -= 18
            lab(64, y, "Emploi occupé :")
            lab(300, y, "Employeur :")
            if f["situation"] == "salarie":
                value(125, y, f["job"], "emploi", 170, size=10)
                value(345, y, f["employer"], "employeur", 200, size=10)
    c.setFont(lab_font, 7)
    c.drawString(40, 40, "S1106 — cerfa n° 15763*02 — page 1/2")
    c.showPage()
    # ---- page 2
    section(PH - 60, "C  VOS ENGAGEMENTS ET SIGNATURE")
    y = para(
        c,
        40,
        PH - 85,
        "Je certifie sur l'honneur l'exactitude des renseignements portés sur "
        "ce formulaire et m'engage à signaler tout changement de situation. La loi rend passible "
        "d'amende et/ou d'emprisonnement quiconque se rend coupable de fraudes ou de fausses "
        "déclarations (articles 313-1 à 313-3, 433-19, 441-1 et 441-7 du code pénal).",
        lab_font,
        8.5,
        PW - 80,
    )
    y -= 14
    lab(40, y, "Fait à", 10)
    c.setDash(1, 2)
    c.line(75, y - 3, 260, y - 3)
    c.line(285, y - 3, 420, y - 3)
    c.setDash()
    lab(268, y, "le", 10)
    value(80, y, f["place"], "fait_a", 170, size=13)
    if f.get("date_text"):
        if mode == "typed" and not f.get("typed_date"):
            hand(c, 292, y, f["date_text"], rng, hf, 13)
        else:
            value(290, y, f["date_text"], "date_signature", 120, size=13)
    y -= 28
    sx, sy, sw, sh = 300, y - 80, 240, 80
    c.setLineWidth(1)
    c.rect(sx, sy, sw, sh)
    lab(sx + 4, sy + sh - 11, "Signature", 8)
    if f.get("signed"):
        if mode == "acroform":
            ir = ImageReader(sig_image(f["sig_name"], rng))
            c.drawImage(ir, sx + 20, sy + 5, 180, 62, mask="auto")
        else:
            signature(c, sx + 30, sy + 28, f["sig_name"], rng, ink=INK_BLUE)
    y = sy - 30
    section(y, "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE")
    items = [
        "une pièce d'identité : passeport ou carte nationale d'identité (ressortissants UE/EEE/Suisse) ;",
        "pour les ressortissants hors UE : titre de séjour, VLS-TS validé, ou récépissé de demande ;",
        "un acte de naissance (copie intégrale ou extrait avec filiation), apostillé ou légalisé "
        "le cas échéant ;",
        "un justificatif de résidence en France depuis plus de trois mois (bail, factures, "
        "attestation d'hébergement avec pièces de l'hébergeant) ;",
        "un relevé d'identité bancaire (RIB) à votre nom ;",
        "si vous travaillez : contrat de travail ou dernier bulletin de salaire.",
    ]
    y -= 20
    for it in items:
        y = para(c, 52, y, "•  " + it, lab_font, 8.5, PW - 100) - 4
    y -= 14
    c.setDash(3, 2)
    c.rect(40, y - 70, PW - 80, 70)
    c.setDash()
    lab(48, y - 14, "Cadre réservé à l'organisme", 8.5)
    lab(48, y - 34, "Date de réception : ....../....../..........")
    lab(260, y - 34, "Pièces vérifiées :  oui   non")
    lab(48, y - 54, "Matricule agent : ..................")
    c.setFont(lab_font, 7)
    c.drawString(40, 40, "S1106 — cerfa n° 15763*02 — page 2/2")
    c.showPage()
    return _done(c, buf)


# ====================================================================== lease
def lease(L: dict, rng: random.Random) -> bytes:
    buf = io.BytesIO()
    c = new_canvas(buf)
    c.setFont("LibSerifB", 15)
    c.drawCentredString(PW / 2, PH - 60, "CONTRAT DE LOCATION")
    c.setFont("LibSerif", 10)
    c.drawCentredString(PW / 2, PH - 76, "Locaux vides à usage d'habitation principale")
    c.drawCentredString(
        PW / 2,
        PH - 90,
        "(Loi n° 89-462 du 6 juillet 1989 — contrat type, décret n° 2015-587 du 29 mai 2015)",
    )
    y = PH - 125
    blocks = [
        (
            "I. DÉSIGNATION DES PARTIES",
            [
                f"Le présent contrat est conclu entre les soussignés : {L['landlord']}, "
                f"{L['landlord_addr']}, dénommé(e) ci-après « le bailleur », représenté(e) par son "
                f"mandataire {L['agent']} ;",
                f"et {L['tenants_text']}, dénommé(s) ci-après « le locataire ».",
            ],
        ),
        (
            "II. OBJET DU CONTRAT",
            [
                f"Adresse du logement : {L['address']}. Type d'habitat : immeuble collectif. "
                f"Régime juridique : copropriété. Période de construction : 1949 à 1974. "
                f"Surface habitable : {L['surface']} m². Nombre de pièces principales : {L['rooms']}.",
                "Éléments d'équipement : cuisine équipée, chauffage individuel électrique, "
                "production d'eau chaude individuelle. Annexes : cave n° 12.",
            ],
        ),
        (
            "III. DATE DE PRISE D'EFFET ET DURÉE DU CONTRAT",
            [
                f"Date de prise d'effet du contrat : {words(L['start'])}. Durée du contrat : "
                "trois ans, renouvelable tacitement dans les conditions de l'article 10 de la loi.",
            ],
        ),
        (
            "IV. CONDITIONS FINANCIÈRES",
            [
                f"Montant du loyer mensuel : {L['rent']} euros hors charges. Provision sur charges : "
                f"{L['charges']} euros par mois, avec régularisation annuelle. Le loyer est payable "
                "mensuellement et d'avance, le 1er de chaque mois.",
                "Le logement n'est pas situé en zone soumise à l'encadrement des loyers au sens de "
                "l'article 140 de la loi ELAN."
                if not L.get("zone")
                else L["zone"],
            ],
        ),
        ("V. TRAVAUX", ["Néant."]),
        (
            "VI. GARANTIES",
            [f"Dépôt de garantie : {L['rent']} euros, soit un mois de loyer hors charges."],
        ),
        (
            "VII. CLAUSE RÉSOLUTOIRE",
            [
                "Le présent contrat sera résilié de plein droit deux mois après un commandement de "
                "payer demeuré infructueux, à défaut de paiement du loyer ou des charges aux termes "
                "convenus, ou de versement du dépôt de garantie, ou à défaut d'assurance contre les "
                "risques locatifs, un mois après un commandement demeuré infructueux.",
            ],
        ),
    ]
    page = 1
    for title, paras in blocks + [
        (
            "VIII. ANNEXES",
            [
                "Sont annexés au présent contrat : le dossier de diagnostic technique (DPE, constat de "
                "risque d'exposition au plomb, état des risques), la notice d'information, l'état des "
                "lieux d'entrée, l'extrait du règlement de copropriété."
            ],
        )
    ]:
        if y < 140:
            c.setFont("LibSerif", 8)
            c.drawCentredString(PW / 2, 30, f"Paraphes : ______      page {page}/3")
            c.showPage()
            page += 1
            y = PH - 60
        c.setFont("LibSerifB", 10.5)
        c.drawString(50, y, title)
        y -= 16
        for p in paras:
            y = para(c, 60, y, p, "LibSerif", 10, PW - 120, 13) - 6
        y -= 8
    if y < 260:
        c.setFont("LibSerif", 8)
        c.drawCentredString(PW / 2, 30, f"Paraphes : ______      page {page}/3")
        c.showPage()
        page += 1
        y = PH - 60
    y = para(
        c,
        50,
        y - 10,
        f"Fait et signé à {L['city']}, le {fr(L['signed'])}, en "
        f"{len(L['tenants']) + 1} originaux dont un remis à chaque partie.",
        "LibSerif",
        10,
    )
    c.setFont("LibSerifB", 10)
    c.drawString(60, y - 20, "Le bailleur (ou son mandataire)")
    c.drawString(330, y - 20, "Le(s) locataire(s)")
    c.setFont("LibSerifI", 8.5)
    c.drawString(60, y - 34, "« Lu et approuvé »")
    c.drawString(330, y - 34, "« Lu et approuvé »")
    signature(c, 70, y - 80, L["agent_sig"], rng, ink=(0.1, 0.1, 0.15), font="Dkg")
    signature(c, 340, y - 80, L["tenant_sig"], rng)
    stamp(c, 200, y - 90, 34, L["agent"].upper()[:26], ["GESTION", "LOCATIVE"], rng)
    c.setFont("LibSerif", 8)
    c.drawCentredString(PW / 2, 30, f"Paraphes : ______      page {page}/3")
    c.showPage()
    while page < 3:
        page += 1
        c.setFont("LibSerifB", 11)
        c.drawString(50, PH - 60, "ANNEXE — NOTICE D'INFORMATION (extrait)")
        para(
            c,
            50,
            PH - 80,
            "Droits et obligations des locataires et des bailleurs. " * 14,
            "LibSerif",
            9.5,
            PW - 100,
        )
        c.drawCentredString(PW / 2, 30, f"page {page}/3")
        c.showPage()
    return _done(c, buf)


# ====================================================================== payslip
def payslip(p: dict, rng: random.Random) -> bytes:
    buf = io.BytesIO()
    c = new_canvas(buf)
    c.setFont("LatoB", 14)
    c.drawString(40, PH - 50, "BULLETIN DE PAIE")
    c.setFont("Lato", 9)
    c.drawString(
        40,
        PH - 64,
        f"Période du {fr(p['from'])} au {fr(p['to'])}   —   Paiement le "
        f"{fr(p['paid'])} par virement",
    )
    c.setStrokeColorRGB(0.6, 0.6, 0.6)
    c.rect(40, PH - 160, 250, 85)
    c.rect(310, PH - 160, 245, 85)
    y = PH - 90
    for i, ln in enumerate(
        [
            p["employer"],
            *p["employer_addr"],
            f"SIRET : {p['siret']}",
            f"Code NAF : {p['naf']}",
            f"URSSAF : {p['urssaf']}",
        ]
    ):
        c.setFont("LatoB" if i == 0 else "Lato", 9)
        c.drawString(48, y - i * 12, ln)
    for i, ln in enumerate([p["employee"], *p["employee_addr"]]):
        c.setFont("LatoB" if i == 0 else "Lato", 9.5)
        c.drawString(320, y - i * 13, ln)
    y = PH - 180
    info = [
        ("Emploi", p["job"]),
        ("Statut", "Non cadre"),
        ("Coefficient", p["coef"]),
        ("Entrée le", fr(p["hired"])),
        ("Convention collective", p["ccn"]),
        ("Contrat", "CDI - temps plein 151,67 h"),
    ]
    for i, (k, v) in enumerate(info):
        c.setFont("Lato", 8)
        c.drawString(40 + (i % 3) * 175, y - (i // 3) * 24, k)
        c.setFont("LatoB", 8.5)
        c.drawString(40 + (i % 3) * 175, y - (i // 3) * 24 - 10, v)
    y -= 60
    c.setFillColorRGB(0.9, 0.92, 0.95)
    c.rect(40, y - 4, PW - 80, 15, fill=1, stroke=0)
    c.setFillColorRGB(0, 0, 0)
    cols = [40, 300, 380, 460]
    for x, h in zip(cols, ["Éléments de paie", "Base", "Taux", "Montant"]):
        c.setFont("LatoB", 8.5)
        c.drawString(x + 4, y, h)
    lines = p["lines"]
    for lab, base, rate, amt in lines:
        y -= 15
        c.setFont("LatoB" if lab.isupper() else "Lato", 8.5)
        c.drawString(44, y, lab)
        for x, v in zip(cols[1:], (base, rate, amt)):
            c.drawRightString(x + 70, y, v)
    y -= 30
    c.setFillColorRGB(0.1, 0.3, 0.55)
    c.rect(300, y - 8, PW - 340, 26, fill=1, stroke=0)
    c.setFillColorRGB(1, 1, 1)
    c.setFont("LatoB", 11)
    c.drawString(310, y, "NET À PAYER AVANT IMPÔT")
    c.drawRightString(PW - 50, y, p["net_before_tax"] + " €")
    c.setFillColorRGB(0, 0, 0)
    y -= 30
    c.setFont("Lato", 9)
    c.drawString(300, y, "Impôt sur le revenu prélevé à la source (taux 0,00 %)")
    c.drawRightString(PW - 50, y, "0,00 €")
    y -= 22
    c.setFont("LatoB", 12)
    c.drawString(300, y, "NET PAYÉ")
    c.drawRightString(PW - 50, y, p["net"] + " €")
    c.setFont("Lato", 7.5)
    c.drawString(
        40,
        60,
        "Dans votre intérêt et pour vous aider à faire valoir vos droits, "
        "conservez ce bulletin de paie sans limitation de durée.",
    )
    c.drawString(40, 48, "Rendez-vous sur www.mesdroitssociaux.gouv.fr")
    c.showPage()
    return _done(c, buf)
