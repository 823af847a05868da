"""Form S1106 (cerfa 15763*02), leases, attestation d'hébergement, CDD contract."""

from __future__ import annotations

import io
import random

from afcommon import Page, fr_date, fr_words, raster, rl_fonts
from PIL import Image
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas

H = 297
# field anchors in mm from the top-left of page 1 / page 2 (text baseline)
F1 = {
    "nom": (58, 68),
    "usage": (58, 76),
    "prenoms": (58, 84),
    "dob": (58, 92),
    "lieu": (58, 100),
    "nat": (150, 100),
    "adr": (58, 108),
    "cp": (58, 116),
    "ville": (95, 116),
    "tel": (58, 124),
    "job": (80, 180),
    "contrat": (80, 188),
    "employeur": (80, 196),
}
F2 = {"fait_a": (40, 92), "le": (120, 92), "sig": (120, 104)}


def _y(v):
    return (H - v) * mm


def cerfa_pdf(form: dict, typed: bool) -> bytes:
    """The two pages of the form; fills them with Helvetica-like text when `typed`."""
    rl_fonts()
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(210 * mm, H * mm), invariant=1)
    c.setTitle("S1106 - Demande d'ouverture des droits")
    # page 1
    c.setFillColorRGB(0.0, 0.32, 0.62)
    c.setFont("arial_b", 13)
    c.drawString(14 * mm, _y(16), "l'Assurance")
    c.drawString(14 * mm, _y(21), "Maladie")
    c.setFont("arial", 7)
    c.drawString(14 * mm, _y(25), "Agir ensemble, protéger chacun")
    c.setFillColorRGB(0, 0, 0)
    c.setFont("arial_b", 9)
    c.drawRightString(196 * mm, _y(14), "cerfa")
    c.setFont("arial", 8)
    c.drawRightString(196 * mm, _y(18), "N° 15763*02")
    c.setFont("arial_b", 14)
    c.drawCentredString(112 * mm, _y(34), "Demande d'ouverture des droits")
    c.drawCentredString(112 * mm, _y(40), "à l'assurance maladie")
    c.setFont("arial", 8.5)
    c.drawCentredString(
        112 * mm,
        _y(46),
        "Protection universelle maladie (articles L. 160-1 et R. 111-2 du Code de la sécurité sociale)",
    )

    def section(y, title):
        c.setFillColorRGB(0.0, 0.32, 0.62)
        c.rect(14 * mm, _y(y + 1.5), 182 * mm, 6 * mm, fill=1, stroke=0)
        c.setFillColorRGB(1, 1, 1)
        c.setFont("arial_b", 9.5)
        c.drawString(16 * mm, _y(y), title)
        c.setFillColorRGB(0, 0, 0)

    section(56, "A  -  VOUS CONCERNANT")
    labels = [
        ("nom", "Nom de naissance"),
        ("usage", "Nom d'usage (facultatif)"),
        ("prenoms", "Prénoms"),
        ("dob", "Date de naissance"),
        ("lieu", "Lieu de naissance"),
        ("adr", "Adresse"),
        ("cp", "Code postal / Commune"),
        ("tel", "Téléphone"),
    ]
    c.setFont("arial", 8.5)
    for k, lab in labels:
        x, y = F1[k]
        c.drawString(16 * mm, _y(y), lab)
        c.setStrokeColorRGB(0.55, 0.55, 0.6)
        c.setDash(1, 2)
        c.line(x * mm, _y(y + 1), 194 * mm, _y(y + 1))
        c.setDash()
    c.drawString(128 * mm, _y(100), "Nationalité")
    c.drawString(16 * mm, _y(134), "N° de sécurité sociale (si vous en avez un)")
    for i in range(15):
        c.rect((92 + i * 6.5) * mm, _y(135.5), 5.5 * mm, 6 * mm)
    c.drawString(16 * mm, _y(144), "N° d'allocataire CAF (si vous en avez un)")
    for i in range(7):
        c.rect((92 + i * 6.5) * mm, _y(145.5), 5.5 * mm, 6 * mm)
    section(160, "B  -  VOTRE SITUATION")
    c.setFont("arial", 8.5)
    boxes = [
        (170, "Vous exercez une activité professionnelle en France (salariée ou non salariée)"),
        (206, "Vous n'exercez pas d'activité professionnelle"),
        (214, "Autre situation (étudiant, demandeur d'emploi, retraité...) : précisez"),
    ]
    for y, t in boxes:
        c.rect(16 * mm, _y(y + 0.8), 3.5 * mm, 3.5 * mm)
        c.drawString(22 * mm, _y(y), t)
    for k, lab in (
        ("job", "Profession"),
        ("contrat", "Type de contrat"),
        ("employeur", "Employeur"),
    ):
        x, y = F1[k]
        c.drawString(26 * mm, _y(y), lab)
        c.setDash(1, 2)
        c.line(x * mm, _y(y + 1), 194 * mm, _y(y + 1))
        c.setDash()
    c.setFont("arial", 6.5)
    c.drawString(14 * mm, _y(286), "S1106f - 15763*02")
    c.drawRightString(196 * mm, _y(286), "1/2")
    if typed:
        _fill_typed(c, form, 1)
    c.showPage()
    # page 2
    section(20, "C  -  ENGAGEMENT ET SIGNATURE")
    c.setFont("arial", 9)
    t = c.beginText(16 * mm, _y(32))
    t.setLeading(12)
    for ln in (
        "Je certifie sur l'honneur l'exactitude des renseignements portés sur ce formulaire.",
        "Je m'engage à signaler à ma caisse d'assurance maladie tout changement de situation.",
        "La loi rend passible d'amende et/ou d'emprisonnement quiconque se rend coupable de fraudes",
        "ou de fausses déclarations (articles 313-1 à 313-3, 433-19, 441-1 et 441-7 du Code pénal).",
    ):
        t.textLine(ln)
    c.drawText(t)
    c.drawString(16 * mm, _y(92), "Fait à")
    c.drawString(108 * mm, _y(92), "le")
    c.setDash(1, 2)
    c.line(28 * mm, _y(93), 100 * mm, _y(93))
    c.line(114 * mm, _y(93), 170 * mm, _y(93))
    c.setDash()
    c.drawString(108 * mm, _y(100), "Signature")
    c.rect(108 * mm, _y(128), 86 * mm, 24 * mm)
    section(146, "PIÈCES À JOINDRE À VOTRE DEMANDE")
    c.setFont("arial", 8.5)
    t = c.beginText(16 * mm, _y(156))
    t.setLeading(11.5)
    for ln in (
        "- une pièce d'identité (passeport, carte nationale d'identité) ;",
        "- un justificatif de régularité de séjour si vous n'êtes pas ressortissant de l'UE/EEE/Suisse ;",
        "- une pièce d'état civil (acte de naissance) ;",
        "- un justificatif de résidence stable et régulière en France depuis plus de 3 mois ;",
        "- un relevé d'identité bancaire (RIB) à votre nom ;",
        "- si vous travaillez : contrat de travail ou dernier bulletin de salaire.",
    ):
        t.textLine(ln)
    c.drawText(t)
    c.setFont("arial", 6.5)
    c.drawString(14 * mm, _y(286), "S1106f - 15763*02")
    c.drawRightString(196 * mm, _y(286), "2/2")
    if typed:
        _fill_typed(c, form, 2)
    c.showPage()
    c.save()
    return buf.getvalue()


def _values(form: dict) -> dict:
    v = {
        "nom": form["surname"].upper(),
        "usage": form.get("usage", ""),
        "prenoms": form["given"],
        "dob": fr_date(form["dob"]),
        "lieu": form["pob"],
        "nat": form["nat"],
        "adr": form["address"],
        "cp": form["cp"],
        "ville": form["city"],
        "tel": form["tel"],
    }
    if form["employed"]:
        v.update(job=form["job"], contrat=form["contract"], employeur=form["employer"])
    return v


def _fill_typed(c, form, page):
    c.setFont("cond", 10)
    c.setFillColorRGB(0.05, 0.05, 0.2)
    if page == 1:
        for k, s in _values(form).items():
            x, y = F1[k]
            c.drawString((x + 2) * mm, _y(y - 0.3), s)
        y = 170 if form["employed"] else 206
        c.drawString(16.6 * mm, _y(y), "X")
    else:
        c.drawString((F2["fait_a"][0] + 2) * mm, _y(91.5), form["city"])
        c.drawString((F2["le"][0] + 2) * mm, _y(91.5), fr_date(form["signed_on"]))
        if form.get("esign"):
            c.setStrokeColorRGB(0.1, 0.1, 0.35)
            c.setLineWidth(1.1)
            p = c.beginPath()
            p.moveTo(118 * mm, _y(118))
            p.curveTo(125 * mm, _y(104), 131 * mm, _y(124), 138 * mm, _y(112))
            p.curveTo(144 * mm, _y(102), 150 * mm, _y(122), 158 * mm, _y(110))
            p.curveTo(163 * mm, _y(104), 168 * mm, _y(116), 176 * mm, _y(111))
            c.drawPath(p, stroke=1, fill=0)


def cerfa_hand(rng: random.Random, form: dict, pen: str) -> list[Image.Image]:
    """The blank form printed, filled by hand with a ballpoint, and signed."""
    pages = raster(cerfa_pdf(form, typed=False), dpi=200)
    out = []
    ink = (rng.randint(10, 40), rng.randint(30, 50), rng.randint(110, 150))
    for i, im in enumerate(pages):
        pg = Page(210, 297, dpi=200)
        pg.img = im.resize(pg.img.size)
        from PIL import ImageDraw

        pg.d = ImageDraw.Draw(pg.img)
        if i == 0:
            for k, s in _values(form).items():
                x, y = F1[k]
                if s:
                    pg.hand(rng, x + 2 + rng.uniform(0, 3), y - 0.5, s, pen, 4.6, ink)
            y = 170 if form["employed"] else 206
            pg.hand(rng, 16.3, y + 0.2, "X", pen, 5, ink)
        else:
            pg.hand(rng, 32, 91.5, form["city"], pen, 4.8, ink)
            d = form["signed_on"]
            pg.hand(rng, 118, 91.5, f"{d[8:]}/{d[5:7]}/{d[:4]}", pen, 4.8, ink)
            pg.signature(rng, 125, 112, 45, 10, fill=ink)
        out.append(pg.img)
    return out


# ---------------------------------------------------------------- lease
def lease_pages(rng: random.Random, L: dict) -> list[Image.Image]:
    """Contrat de location (loi n° 89-462 du 6 juillet 1989), logement vide, 3 pages kept."""
    pages = []
    tenants = " et ".join(L["tenants"])
    body = [
        (
            "I. DÉSIGNATION DES PARTIES",
            [
                f"Le présent contrat est conclu entre les soussignés : {L['landlord']}, demeurant "
                f"{L['landlord_addr']}, désigné(e) ci-après « le bailleur » ;",
                f"et {tenants}, désigné(s) ci-après « le locataire ».",
            ],
        ),
        (
            "II. OBJET DU CONTRAT",
            [
                f"Le présent contrat a pour objet la location d'un logement ainsi déterminé : "
                f"{L['address']}. Type d'habitat : immeuble collectif. Régime juridique : copropriété. "
                f"Surface habitable : {L['surface']} m². Nombre de pièces principales : {L['rooms']}.",
                "Destination des locaux : usage d'habitation principale.",
            ],
        ),
        (
            "III. DATE DE PRISE D'EFFET ET DURÉE DU CONTRAT",
            [
                f"A. Date de prise d'effet du contrat : {fr_words(L['start'])}.",
                "B. Durée du contrat : 3 ans (bailleur personne physique), renouvelable tacitement.",
            ],
        ),
        (
            "IV. CONDITIONS FINANCIÈRES",
            [
                f"A. Loyer mensuel hors charges : {L['rent']} euros. Provision sur charges : "
                f"{L['charges']} euros, avec régularisation annuelle.",
                "Le loyer est payable mensuellement et d'avance, le 1er de chaque mois, par virement.",
                f"B. Dépôt de garantie : {L['rent']} euros (un mois de loyer hors charges).",
            ],
        ),
        ("V. TRAVAUX", ["Néant."]),
        ("VI. GARANTIES", ["Caution solidaire : néant. Garantie Visale : non."]),
        (
            "VII. CLAUSE RÉSOLUTOIRE",
            [
                "Le bail sera résilié de plein droit deux mois après un commandement de payer demeuré "
                "infructueux, à défaut de paiement du loyer ou des charges aux termes convenus, ou du "
                "versement du dépôt de garantie, ainsi que pour défaut d'assurance des risques locatifs.",
            ],
        ),
        (
            "VIII. ANNEXES",
            [
                "Dossier de diagnostic technique (DPE classe D, CREP, état des risques), notice "
                "d'information, état des lieux d'entrée, règlement de copropriété (extraits).",
            ],
        ),
    ]
    pg = None
    y = 0.0
    for n, (title, paras) in enumerate(body):
        if pg is None or y > 240:
            if pg is not None:
                pages.append(pg.img)
            pg = Page(210, 297, dpi=200)
            if not pages:
                pg.text(105, 18, "CONTRAT DE LOCATION", L["font_b"], 6, anchor="mt")
                pg.text(105, 27, "LOCAUX VIDES À USAGE D'HABITATION", L["font_b"], 4, anchor="mt")
                pg.para(
                    22,
                    36,
                    "(Soumis au titre Ier bis de la loi du 6 juillet 1989 tendant à améliorer les "
                    "rapports locatifs et portant modification de la loi n° 86-1290 du 23 décembre "
                    "1986)",
                    166,
                    L["font"],
                    3.2,
                )
                y = 52
            else:
                y = 20
            pg.text(
                105,
                288,
                f"Page {len(pages) + 1}/3  -  Paraphes : ____  ____",
                L["font"],
                2.8,
                anchor="mt",
            )
        pg.text(20, y, title, L["font_b"], 3.8)
        y += 7
        for p in paras:
            y = pg.para(22, y, p, 168, L["font"], 3.5, 1.45) + 2.5
        y += 4
    pg.text(
        20,
        y + 6,
        f"Fait à {L['city']}, le {fr_date(L['signed'])}, en deux exemplaires originaux.",
        L["font"],
        3.5,
    )
    pg.text(25, y + 16, "Le bailleur", L["font"], 3.5)
    pg.text(120, y + 16, "Le(s) locataire(s)", L["font"], 3.5)
    pg.text(25, y + 21, "« Lu et approuvé »", "serif_i", 3.2, (30, 30, 100))
    pg.text(120, y + 21, "« Lu et approuvé »", "serif_i", 3.2, (30, 30, 100))
    pg.signature(rng, 25, y + 32, 38, 8)
    pg.signature(rng, 120, y + 32, 38, 8)
    pages.append(pg.img)
    while len(pages) < 3:
        pg = Page(210, 297, dpi=200)
        pg.text(20, 20, "NOTICE D'INFORMATION (extrait)", L["font_b"], 3.8)
        pg.para(
            22,
            30,
            "La présente notice d'information a pour objet de rappeler les principaux droits et "
            "obligations des parties au contrat de location ainsi que les voies de conciliation et "
            "de recours qui leur sont ouvertes pour régler leurs litiges. Le locataire est tenu de "
            "payer le loyer et les charges, d'user paisiblement des locaux, de s'assurer contre les "
            "risques locatifs et de répondre des dégradations survenues pendant la durée du bail.",
            166,
            L["font"],
            3.5,
            1.45,
        )
        pg.text(105, 288, f"Page {len(pages) + 1}/3", L["font"], 2.8, anchor="mt")
        pages.append(pg.img)
    return pages


# ---------------------------------------------------------------- hosting attestation
def attestation_hand(rng: random.Random, a: dict, pen: str) -> Image.Image:
    """Attestation d'hébergement written by hand on lined paper, signed."""
    pg = Page(210, 297, dpi=200, bg=(252, 252, 248))
    for i in range(34):
        pg.line(0, 30 + i * 8, 210, 30 + i * 8, (175, 195, 225), 0.2)
    pg.line(28, 0, 28, 297, (230, 150, 150), 0.3)
    ink = (20, 25, 35) if rng.random() < 0.5 else (20, 40, 130)
    s = a["since"]
    lines = [
        (120, f"{a['host']}"),
        (120, a["addr1"]),
        (120, a["addr2"]),
        (None, ""),
        (75, "ATTESTATION D'HÉBERGEMENT"),
        (None, ""),
        (34, f"Je soussigné {a['host']}, né le {fr_date(a['host_dob'])} à {a['host_pob']},"),
        (34, f"demeurant {a['addr1']}, {a['addr2']},"),
        (34, f"certifie sur l'honneur héberger à mon domicile, depuis le {fr_date(s)},"),
        (34, f"{a['hosted_title']} {a['hosted']}, née le {fr_date(a['hosted_dob'])}"),
        (34, f"à {a['hosted_pob']}, {a['relation']}."),
        (34, "Je joins une copie de ma pièce d'identité et de mon bail."),
        (34, "Fait pour servir et valoir ce que de droit."),
        (None, ""),
        (110, f"Fait à {a['city']}, le {fr_date(a['signed_on'])}"),
    ]
    y = 37.5
    for x, t in lines:
        if x is not None and t:
            pg.hand(rng, x + rng.uniform(-1, 1), y, t, pen, 4.9 if x != 75 else 5.6, ink)
        y += 8
    pg.signature(rng, 125, y + 6, 42, 10, fill=ink)
    return pg.img


# ---------------------------------------------------------------- CDD
def cdd_pages(rng: random.Random, k: dict) -> list[Image.Image]:
    """Contrat de travail à durée déterminée, first and signature pages."""
    p1 = Page(210, 297, dpi=200)
    p1.text(20, 16, k["employer"], "carlito_b", 5.2, (20, 70, 120))
    p1.text(20, 23, k["employer_addr"], "carlito", 3.2, (80, 80, 80))
    p1.text(20, 28, f"SIRET {k['siret']}  -  APE {k['ape']}", "carlito", 3.2, (80, 80, 80))
    p1.text(105, 46, "CONTRAT DE TRAVAIL À DURÉE DÉTERMINÉE", "carlito_b", 5.4, anchor="mt")
    p1.text(
        105, 54, "(articles L. 1242-1 et suivants du Code du travail)", "carlito", 3.4, anchor="mt"
    )
    paras = [
        f"Entre les soussignés : la société {k['employer']}, {k['form']} au capital de "
        f"{k['capital']} euros, immatriculée au RCS de {k['rcs']}, dont le siège est situé "
        f"{k['employer_addr']}, représentée par {k['rep']}, en qualité de {k['rep_title']}, "
        "ci-après « l'Employeur », d'une part,",
        f"Et Madame {k['employee']}, née le {fr_date(k['dob'])} à {k['pob']}, de nationalité "
        f"{k['nat']}, demeurant {k['addr']}, ci-après « la Salariée », d'autre part,",
        "Il a été convenu ce qui suit :",
        f"Article 1 - Engagement. La Salariée est engagée en qualité de {k['job']}, statut "
        f"{k['status']}, coefficient {k['coef']} de la convention collective {k['ccn']}. Le "
        f"présent contrat est conclu pour {k['motif']}.",
        f"Article 2 - Durée. Le contrat prend effet le {fr_date(k['start'])} et prendra fin le "
        f"{fr_date(k['end'])}. Il comporte une période d'essai d'un mois.",
        f"Article 3 - Rémunération. La Salariée percevra une rémunération brute mensuelle de "
        f"{k['gross']} euros pour une durée hebdomadaire de 35 heures.",
        f"Article 4 - Lieu de travail. {k['place']}.",
    ]
    y = 68
    for p in paras:
        y = p1.para(20, y, p, 170, "carlito", 3.8, 1.45) + 4
    p1.text(105, 288, "1/2", "carlito", 3, anchor="mt")
    p2 = Page(210, 297, dpi=200)
    y = 22
    for p in (
        "Article 5 - Congés payés. La Salariée bénéficiera des congés payés dans les conditions "
        "légales ; à défaut, une indemnité compensatrice lui sera versée à l'échéance du contrat.",
        "Article 6 - Indemnité de fin de contrat. À l'issue du contrat, la Salariée percevra "
        "l'indemnité de précarité de 10 % prévue par l'article L. 1243-8 du Code du travail.",
        "Article 7 - Protection sociale. La Salariée sera affiliée au régime général de la "
        "sécurité sociale, à la caisse de retraite complémentaire AGIRC-ARRCO et au contrat "
        "collectif de frais de santé en vigueur dans l'entreprise.",
    ):
        y = p2.para(20, y, p, 170, "carlito", 3.8, 1.45) + 4
    p2.text(
        20,
        y + 8,
        f"Fait à {k['city']}, le {fr_date(k['signed'])}, en deux exemplaires.",
        "carlito",
        3.8,
    )
    p2.text(25, y + 22, "Pour l'Employeur", "carlito", 3.6)
    p2.text(120, y + 22, "La Salariée", "carlito", 3.6)
    p2.text(120, y + 27, "(lu et approuvé, bon pour accord)", "carlito", 3.0)
    p2.signature(rng, 25, y + 40, 40, 9)
    p2.signature(rng, 120, y + 40, 40, 9, fill=(20, 30, 120))
    p2.stamp(
        rng, 60, y + 46, 14, [k["employer"].split()[0].upper(), k["city"].upper()], (40, 80, 60)
    )
    p2.text(105, 288, "2/2", "carlito", 3, anchor="mt")
    return [p1.img, p2.img]
