"""Bank and job documents: RIBs (Société Générale, Crédit Agricole, La Banque Postale), a
Revolut "account details" screenshot, a phone PDF-viewer screenshot, payslips ("bulletin de
paie clarifié"), a CDD contract and a typed attestation d'hébergement."""

from __future__ import annotations

from PIL import Image, ImageDraw
from reportlab.lib.colors import Color, black, white
from reportlab.lib.pagesizes import A4

from ca_civil import done, fr_date, new
from ca_housing import eur, para
from ca_looks import npages
from ca_util import grouped, pfont, place, signature

# ------------------------------------------------------------------ RIB


def rib(R, rng):
    """R['style'] in ('sg', 'ca', 'lbp'); one page with the RIB (and tear-off copies)."""
    buf, c = new(A4, "RIB")
    st = R["style"]
    if st == "sg":
        font, fontB = "sans", "sansB"
        c.setFillColor(Color(0.89, 0.0, 0.1))
        c.rect(40, 790, 28, 14, stroke=0, fill=1)
        c.setFillColor(black)
        c.rect(40, 776, 28, 14, stroke=0, fill=1)
        c.setFont(fontB, 13)
        c.drawString(76, 785, "SOCIETE GENERALE")
    elif st == "ca":
        font, fontB = "carl", "carlB"
        c.setFillColor(Color(0.0, 0.5, 0.45))
        c.circle(55, 790, 14, stroke=0, fill=1)
        c.setFillColor(Color(0.0, 0.4, 0.35))
        c.setFont(fontB, 14)
        c.drawString(76, 792, "CRÉDIT AGRICOLE")
        c.setFont(font, 10)
        c.drawString(76, 779, "ATLANTIQUE VENDÉE")
        c.setFillColor(black)
    else:
        font, fontB = "lato", "latoB"
        c.setFillColor(Color(1.0, 0.8, 0.0))
        c.rect(40, 776, 30, 30, stroke=0, fill=1)
        c.setFillColor(Color(0.0, 0.2, 0.5))
        c.setFont(fontB, 14)
        c.drawString(80, 788, "LA BANQUE POSTALE")
        c.setFillColor(black)
    c.setFont(fontB, 13)
    c.drawString(40, 740, "RELEVÉ D'IDENTITÉ BANCAIRE")
    c.setFont(font, 8.5)
    c.drawString(
        40,
        727,
        "Ce relevé est destiné à être remis, sur leur demande, à vos créanciers ou débiteurs "
        "appelés à faire inscrire des opérations à votre compte.",
    )
    for copy in range(R.get("copies", 2)):
        y0 = 700 - copy * 250
        c.setStrokeColor(Color(0.6, 0.6, 0.6))
        c.setDash(4, 3) if copy else c.setDash()
        c.rect(40, y0 - 215, 515, 215)
        c.setDash()
        c.setFont(fontB, 9)
        c.drawString(52, y0 - 18, "Titulaire du compte")
        c.setFont(font, 10)
        for i, t in enumerate(R["holder_lines"]):
            c.drawString(52, y0 - 32 - i * 12, t)
        c.setFont(fontB, 9)
        c.drawString(320, y0 - 18, "Domiciliation")
        c.setFont(font, 9.5)
        for i, t in enumerate(R["branch_lines"]):
            c.drawString(320, y0 - 32 - i * 12, t)
        y = y0 - 100
        c.setFont(font, 8)
        heads = ("Code banque", "Code guichet", "Numéro de compte", "Clé RIB")
        xs = (52, 140, 230, 380)
        for x, h in zip(xs, heads, strict=True):
            c.drawString(x, y, h)
        c.setFont("monoB", 11)
        for x, v in zip(xs, (R["bank"], R["branch"], R["account"], R["key"]), strict=True):
            c.drawString(x, y - 15, v)
        c.setFont(fontB, 9)
        c.drawString(52, y - 45, "IBAN (International Bank Account Number)")
        c.setFont("monoB", 12)
        c.drawString(52, y - 62, grouped(R["iban"]))
        c.setFont(fontB, 9)
        c.drawString(52, y - 88, "BIC (Bank Identifier Code)")
        c.setFont("monoB", 12)
        c.drawString(230, y - 88, R["bic"])
    c.setFont(font, 6.5)
    c.drawCentredString(297, 40, R["legal"])
    c.showPage()
    return done(buf, c)


# ------------------------------------------------------------------ screenshots

PW, PH = 1170, 2532


def _status(d, time_s, dark=False):
    col = (255, 255, 255) if dark else (10, 10, 10)
    d.text((90, 48), time_s, font=pfont("robM", 46), fill=col)
    d.rounded_rectangle([PW - 200, 52, PW - 110, 92], radius=12, outline=col, width=4)
    d.rectangle([PW - 194, 58, PW - 140, 86], fill=col)
    for i in range(4):
        d.rectangle([PW - 330 + i * 22, 88 - (i + 1) * 9, PW - 316 + i * 22, 88], fill=col)
    d.rounded_rectangle([PW // 2 - 190, 20, PW // 2 + 190, 110], radius=45, fill=(0, 0, 0))


def revolut(R):
    im = Image.new("RGB", (PW, PH), (255, 255, 255))
    d = ImageDraw.Draw(im)
    _status(d, R["time"])
    d.text((60, 170), "‹", font=pfont("rob", 90), fill=(20, 20, 20))
    d.text(
        (PW // 2, 215), "Account details", font=pfont("robB", 52), fill=(20, 20, 20), anchor="mm"
    )
    d.rounded_rectangle([60, 300, PW - 60, 420], radius=60, fill=(240, 241, 245))
    d.rounded_rectangle([70, 310, PW // 2 - 10, 410], radius=52, fill=(255, 255, 255))
    d.text((PW // 4 + 30, 360), "EUR", font=pfont("robB", 44), fill=(20, 20, 20), anchor="mm")
    d.text((3 * PW // 4, 360), "GBP", font=pfont("robM", 44), fill=(120, 120, 130), anchor="mm")
    d.text((60, 480), "Euro · Main", font=pfont("robB", 56), fill=(20, 20, 20))
    d.text(
        (60, 555),
        "Use these details for SEPA transfers and direct debits",
        font=pfont("rob", 36),
        fill=(110, 110, 120),
    )
    y = 650
    rows = [
        ("Beneficiary", R["holder"]),
        ("IBAN", grouped(R["iban"])),
        ("BIC / SWIFT code", R["bic"]),
        ("Bank name", R["bank_name"]),
        ("Bank address", R["bank_addr"]),
    ]
    d.rounded_rectangle(
        [40, y - 30, PW - 40, y + len(rows) * 200 + 10], radius=40, fill=(246, 247, 250)
    )
    for lab, val in rows:
        d.text((90, y), lab, font=pfont("rob", 38), fill=(120, 120, 130))
        vf = pfont("robM", 46 if len(val) < 34 else 40)
        lines = [val] if d.textlength(val, font=vf) < PW - 300 else _wrap(d, val, vf, PW - 300)
        for i, ln in enumerate(lines):
            d.text((90, y + 55 + i * 58), ln, font=vf, fill=(20, 20, 20))
        d.rounded_rectangle([PW - 190, y + 20, PW - 90, y + 110], radius=24, fill=(230, 233, 245))
        d.rectangle([PW - 160, y + 45, PW - 125, y + 85], outline=(60, 80, 200), width=5)
        d.rectangle([PW - 150, y + 37, PW - 115, y + 77], outline=(60, 80, 200), width=5)
        y += 200 + 58 * (len(lines) - 1)
    d.text(
        (90, y + 40),
        "Revolut Bank UAB is authorised and regulated by the Bank of Lithuania.",
        font=pfont("rob", 30),
        fill=(140, 140, 150),
    )
    d.rounded_rectangle([60, PH - 300, PW - 60, PH - 170], radius=65, fill=(25, 25, 30))
    d.text(
        (PW // 2, PH - 235),
        "Share details",
        font=pfont("robB", 46),
        fill=(255, 255, 255),
        anchor="mm",
    )
    d.rounded_rectangle(
        [PW // 2 - 200, PH - 40, PW // 2 + 200, PH - 28], radius=6, fill=(20, 20, 20)
    )
    return im


def _wrap(d, text, font, width):
    out, line = [], ""
    for w in text.split():
        t = (line + " " + w).strip()
        if d.textlength(t, font=font) > width and line:
            out.append(line)
            line = w
        else:
            line = t
    return out + [line]


def pdf_viewer(page_img, title, time_s, offset=0):
    """A phone screenshot of a PDF opened in a viewer app (top of page 1)."""
    im = Image.new("RGB", (PW, PH), (232, 232, 236))
    d = ImageDraw.Draw(im)
    _status(d, time_s)
    d.rectangle([0, 130, PW, 290], fill=(248, 248, 250))
    d.text((60, 170), "‹", font=pfont("rob", 80), fill=(0, 110, 230))
    d.text((PW // 2, 210), title, font=pfont("robM", 42), fill=(20, 20, 20), anchor="mm")
    d.text((PW - 80, 210), "⋯", font=pfont("dv", 50), fill=(0, 110, 230), anchor="mm")
    w = PW - 40
    pg = page_img.resize((w, int(page_img.height * w / page_img.width)), Image.LANCZOS)
    pg = pg.crop((0, offset, w, min(pg.height, offset + PH - 330)))
    im.paste(pg, (20, 310))
    d.rounded_rectangle([PW - 150, 330, PW - 40, 390], radius=30, fill=(80, 80, 90))
    d.text((PW - 95, 360), "1/1", font=pfont("robM", 32), fill=(255, 255, 255), anchor="mm")
    d.rounded_rectangle(
        [PW // 2 - 200, PH - 40, PW // 2 + 200, PH - 28], radius=6, fill=(20, 20, 20)
    )
    return im


# ------------------------------------------------------------------ payslip

RATES = [
    (
        "SANTÉ",
        [
            ("Sécurité Sociale - Maladie Maternité Invalidité Décès", 1.0, 0.0, 7.00),
            ("Complémentaire Incapacité Invalidité Décès", 1.0, 0.50, 0.70),
        ],
    ),
    (
        "ACCIDENTS DU TRAVAIL - MALADIES PROFESSIONNELLES",
        [("Accidents du travail", 1.0, 0.0, 1.80)],
    ),
    (
        "RETRAITE",
        [
            ("Sécurité Sociale plafonnée", 1.0, 6.90, 8.55),
            ("Sécurité Sociale déplafonnée", 1.0, 0.40, 2.02),
            ("Complémentaire Tranche 1", 1.0, 4.01, 6.01),
        ],
    ),
    ("FAMILLE", [("Allocations familiales", 1.0, 0.0, 3.45)]),
    ("ASSURANCE CHÔMAGE", [("Chômage", 1.0, 0.0, 4.05), ("APEC / AGS", 1.0, 0.0, 0.15)]),
    (
        "AUTRES CONTRIBUTIONS DUES PAR L'EMPLOYEUR",
        [("FNAL, formation, taxe d'apprentissage, dialogue social", 1.0, 0.0, 1.73)],
    ),
    ("CSG déductible de l'impôt sur le revenu", [("CSG déductible", 0.9825, 6.80, 0.0)]),
    (
        "CSG/CRDS non déductible de l'impôt sur le revenu",
        [("CSG/CRDS non déductible", 0.9825, 2.90, 0.0)],
    ),
]


def payslip(P, rng):
    buf, c = new(A4, "Bulletin de paie " + P["period_label"])
    F, FB = P.get("fonts", ("sans", "sansB"))
    accent = P.get("accent", Color(0.2, 0.3, 0.5))
    c.setFillColor(accent)
    c.rect(30, 800, 535, 24, stroke=0, fill=1)
    c.setFillColor(white)
    c.setFont(FB, 13)
    c.drawString(40, 807, "BULLETIN DE PAIE")
    c.setFont(F, 9)
    c.drawRightString(
        555, 808, f"Période du {P['start']} au {P['end']}   —   Paiement le {P['paid']}"
    )
    c.setFillColor(black)
    c.setFont(FB, 10)
    c.drawString(40, 780, P["employer"])
    c.setFont(F, 8.5)
    for i, t in enumerate(P["employer_lines"]):
        c.drawString(40, 767 - i * 11, t)
    c.setStrokeColor(Color(0.6, 0.6, 0.6))
    c.roundRect(320, 690, 235, 100, 6)
    c.setFont(FB, 10)
    c.drawString(330, 772, P["employee_line"])
    c.setFont(F, 8.5)
    for i, t in enumerate(P["employee_addr"]):
        c.drawString(330, 759 - i * 11, t)
    y = 680
    c.setFont(F, 8)
    for i, (lab, val) in enumerate(P["info"]):
        x = 40 + (i % 3) * 175
        if i and i % 3 == 0:
            y -= 12
        c.drawString(x, y, f"{lab} : {val}")
    y -= 24
    brut = round(P["hours"] * P["rate"], 2)
    cols = (330, 380, 430, 490, 555)
    c.setFillColor(Color(0.92, 0.93, 0.96))
    c.rect(30, y - 4, 535, 14, stroke=0, fill=1)
    c.setFillColor(black)
    c.setFont(FB, 7.5)
    c.drawString(40, y, "Éléments de paie")
    for x, t in zip(
        cols, ("Base", "Taux sal.", "Part salarié", "Taux pat.", "Part employeur"), strict=True
    ):
        c.drawRightString(x, y, t)
    y -= 16
    c.setFont(F, 8)
    c.drawString(40, y, "Salaire de base")
    c.drawRightString(cols[0], y, f"{P['hours']:.2f}")
    c.drawRightString(cols[1], y, f"{P['rate']:.4f}")
    c.drawRightString(cols[2], y, f"{brut:.2f}")
    y -= 14
    c.setFont(FB, 8.5)
    c.drawString(40, y, "SALAIRE BRUT")
    c.drawRightString(cols[2], y, f"{brut:.2f}")
    y -= 16
    tot_s, tot_p, csg_nd = 0.0, 0.0, 0.0
    for head, items in RATES:
        c.setFont(FB, 7.5)
        c.drawString(40, y, head)
        y -= 11
        for lab, basef, ts, tp in items:
            base = round(brut * basef, 2)
            s, p = round(base * ts / 100, 2), round(base * tp / 100, 2)
            tot_s += s
            tot_p += p
            if "non déductible" in lab:
                csg_nd = s
            c.setFont(F, 7.5)
            c.drawString(50, y, lab)
            c.drawRightString(cols[0], y, f"{base:.2f}")
            if ts:
                c.drawRightString(cols[1], y, f"{ts:.2f}")
                c.drawRightString(cols[2], y, f"{s:.2f}")
            if tp:
                c.drawRightString(cols[3], y, f"{tp:.2f}")
                c.drawRightString(cols[4], y, f"{p:.2f}")
            y -= 11
    c.setFont(F, 7.5)
    allege = round(brut * 0.061, 2)
    c.drawString(40, y, "Exonérations et allègements de cotisations employeur")
    c.drawRightString(cols[4], y, f"-{allege:.2f}")
    y -= 14
    c.setFont(FB, 8)
    c.drawString(40, y, "TOTAL DES COTISATIONS ET CONTRIBUTIONS")
    c.drawRightString(cols[2], y, f"{tot_s:.2f}")
    c.drawRightString(cols[4], y, f"{tot_p - allege:.2f}")
    net_avant = round(brut - tot_s, 2)
    net_imposable = round(net_avant + csg_nd, 2)
    pas = round(net_imposable * P["pas_rate"] / 100, 2)
    net = round(net_avant - pas, 2)
    y -= 24
    c.setFillColor(Color(0.95, 0.95, 0.95))
    c.rect(30, y - 52, 535, 66, stroke=0, fill=1)
    c.setFillColor(black)
    c.setFont(FB, 9)
    c.drawString(40, y, "NET À PAYER AVANT IMPÔT SUR LE REVENU")
    c.drawRightString(555, y, eur(net_avant))
    c.setFont(F, 8)
    c.drawString(
        40,
        y - 14,
        f"Montant net social : {eur(net_avant)}      Net imposable : {eur(net_imposable)}",
    )
    c.drawString(
        40,
        y - 28,
        f"Impôt sur le revenu prélevé à la source — taux personnalisé {P['pas_rate']:.2f} %",
    )
    c.drawRightString(555, y - 28, "-" + eur(pas))
    c.setFont(FB, 11)
    c.drawString(40, y - 46, "NET PAYÉ EN EUROS")
    c.drawRightString(555, y - 46, eur(net))
    c.setFont(F, 7.5)
    c.drawString(40, y - 66, f"Virement sur le compte {P['iban_mask']}")
    c.drawString(
        40,
        y - 80,
        f"Congés payés : acquis {P['cp'][0]} j, pris {P['cp'][1]} j, solde {P['cp'][2]} j",
    )
    c.setFont(F, 7)
    c.drawCentredString(
        297,
        45,
        "Dans votre intérêt et pour vous aider à faire valoir vos droits, conservez ce "
        "bulletin de paie sans limitation de durée.",
    )
    c.drawCentredString(
        297, 35, "Rubrique dédiée au bulletin de paie sur le portail www.service-public.fr"
    )
    c.showPage()
    return done(buf, c), net


# ------------------------------------------------------------------ contract


def contract_cdd(K, rng):
    """CDD contract; drawn twice so that the footer shows 'Page n/N'."""
    state = rng.getstate()
    n = npages(_contract(K, rng, None))
    rng.setstate(state)
    return _contract(K, rng, n)


def _contract(K, rng, total):
    buf, c = new(A4, "Contrat CDD")
    F, FB = "cala", "calaB"
    c.setFont(FB, 14)
    c.drawCentredString(297, 790, "CONTRAT DE TRAVAIL À DURÉE DÉTERMINÉE")
    c.setFont(F, 9.5)
    c.drawCentredString(297, 775, "(articles L. 1242-1 et suivants du code du travail)")
    y = 745
    y = para(c, 50, y, "ENTRE LES SOUSSIGNÉS :", FB, 10, 495) - 4
    y = para(c, 50, y, K["employer_par"], F, 10, 495) - 4
    y = para(c, 50, y, "ci-après dénommée « l'Employeur », d'une part,", F, 10, 495) - 4
    y = para(c, 50, y, "ET", FB, 10, 495) - 4
    y = para(c, 50, y, K["employee_par"], F, 10, 495) - 4
    y = para(c, 50, y, "ci-après dénommé « le Salarié », d'autre part,", F, 10, 495) - 4
    y = para(c, 50, y, "IL A ÉTÉ CONVENU CE QUI SUIT :", FB, 10, 495) - 8
    page = 1
    for title, txt in K["articles"]:
        if y < 150:
            c.setFont(F, 8)
            c.drawCentredString(297, 30, f"Page {page}/{total or 0} — Paraphes : ______")
            c.showPage()
            page += 1
            y = 790
        c.setFont(FB, 10)
        c.drawString(50, y, title)
        y = para(c, 50, y - 14, txt, F, 10, 495) - 8
    y -= 10
    c.setFont(F, 10)
    c.drawString(50, y, K["done_line"])
    y -= 30
    c.setFont(FB, 10)
    c.drawString(60, y, "L'Employeur")
    c.drawString(330, y, "Le Salarié")
    c.setFont(F, 8.5)
    c.drawString(60, y - 12, K["signatory"])
    c.drawString(330, y - 12, "« Lu et approuvé, bon pour accord »")
    place(c, signature(K["sig_employer"], rng, "black"), 60, y - 90, w=120)
    place(c, signature(K["sig_employee"], rng), 330, y - 95, w=130)
    c.setFont(F, 8)
    c.drawCentredString(297, 30, f"Page {page}/{total or 0}")
    c.showPage()
    return done(buf, c)


# ------------------------------------------------------------------ hosting


def attestation(A, rng):
    buf, c = new(A4, "Attestation")
    c.setFont("sans", 10.5)
    y = 780
    for t in A["host_block"]:
        c.drawString(60, y, t)
        y -= 14
    c.setFont("sansB", 15)
    c.drawCentredString(297, 680, "ATTESTATION D'HÉBERGEMENT")
    y = 640
    for t in A["body"]:
        if not t:
            y -= 10
            continue
        y = para(c, 60, y, t, "sans", 11, 475, 16) - 4
    y -= 20
    c.setFont("sans", 11)
    c.drawString(320, y, f"Fait à {A['city']}, le {fr_date(A['signed_on'])}")
    c.drawString(320, y - 22, "Signature :")
    if A["signed"]:
        place(c, signature(A["sig"], rng), 330, y - 100, w=140)
    c.setFont("sansI", 7.5)
    para(c, 60, 90, A["warning"], "sansI", 7.5, 475)
    c.showPage()
    return done(buf, c)
