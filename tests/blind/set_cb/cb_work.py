"""Work, housing and bank pieces of set_cb: CDI contract, "bulletin de paie clarifié",
bail loi 1989 (décret 2015-587 model), RIBs (BNP Paribas, LCL, La Banque Postale) and a
Wise account-details screen."""

from __future__ import annotations

import math
import random

from PIL import ImageDraw, ImageFont
from reportlab.lib.pagesizes import A4

from cb_base import eur, font_path, fr, fr_long, group, render_pdf
from cb_looks import phone_frame
from cb_pen import INK_BLUE, draw_signature, hand_text, para, table_grid

W, H = A4


# --------------------------------------------------------------------------- contract


def contract_pdf(k: dict, rng: random.Random) -> bytes:
    """CDI contract as an e-signed PDF (text layer, drawn signatures, signing footer)."""
    arts = k["articles"]

    def header(c, n):
        c.setFont("Carl", 8)
        c.setFillColorRGB(0.4, 0.4, 0.4)
        c.drawString(
            50, 30, f"{k['employer']} – Contrat de travail à durée indéterminée – {k['employee']}"
        )
        c.drawRightString(W - 50, 30, f"Page {n}/3")
        c.setFillColorRGB(0, 0, 0)

    def p1(c):
        c.setFont("Carl-B", 15)
        c.drawCentredString(W / 2, H - 70, "CONTRAT DE TRAVAIL À DURÉE INDÉTERMINÉE")
        c.setFont("Carl", 10.5)
        c.drawCentredString(W / 2, H - 88, "(temps plein)")
        y = H - 125
        c.setFont("Carl-B", 10.5)
        c.drawString(50, y, "ENTRE LES SOUSSIGNÉS :")
        y = para(c, 50, y - 18, k["employer_par"], "Carl", 10.5, W - 100, 14, True) - 6
        c.drawString(50, y, "d'une part,")
        c.setFont("Carl-B", 10.5)
        c.drawString(50, y - 20, "ET :")
        y = para(c, 50, y - 38, k["employee_par"], "Carl", 10.5, W - 100, 14, True) - 6
        c.setFont("Carl", 10.5)
        c.drawString(50, y, "d'autre part,")
        y -= 24
        c.drawString(50, y, "IL A ÉTÉ CONVENU CE QUI SUIT :")
        y -= 26
        for title, text in arts[:4]:
            c.setFont("Carl-B", 10.5)
            c.drawString(50, y, title)
            y = para(c, 50, y - 15, text, "Carl", 10.5, W - 100, 14, True) - 10
        header(c, 1)

    def p2(c):
        y = H - 60
        for title, text in arts[4:]:
            c.setFont("Carl-B", 10.5)
            c.drawString(50, y, title)
            y = para(c, 50, y - 15, text, "Carl", 10.5, W - 100, 14, True) - 10
        header(c, 2)

    def p3(c):
        y = H - 70
        c.setFont("Carl", 10.5)
        y = para(
            c,
            50,
            y,
            "Le présent contrat est établi en deux exemplaires originaux, dont "
            "un est remis à chacune des parties. Le salarié reconnaît avoir reçu un "
            "exemplaire du présent contrat ainsi que du règlement intérieur.",
            "Carl",
            10.5,
            W - 100,
            14,
        )
        c.drawString(50, y - 10, f"Fait à {k['place']}, le {fr(k['signed'])}")
        y -= 60
        for i, (who, name) in enumerate(
            (("Pour la société", k["signatory"]), ("Le salarié", k["employee"]))
        ):
            x = 50 + i * 260
            c.setFont("Carl-B", 10.5)
            c.drawString(x, y, who)
            c.setFont("Carl", 10)
            c.drawString(x, y - 14, name)
            c.setFont("Carl-I", 8.5)
            c.drawString(x, y - 28, "« Lu et approuvé, bon pour accord »")
            c.setStrokeColorRGB(0.75, 0.75, 0.8)
            c.roundRect(x, y - 120, 210, 80, 4)
            draw_signature(c, x + 25, y - 105, 150, 55, rng, color=(0.05, 0.05, 0.2))
            c.setFont("Carl", 7)
            c.setFillColorRGB(0.35, 0.35, 0.4)
            c.drawString(
                x + 4, y - 132, f"Signé électroniquement le {fr(k['signed'])} à {k['times'][i]}"
            )
            c.drawString(x + 4, y - 141, f"par {name} – ID {k['sig_ids'][i]}")
            c.setFillColorRGB(0, 0, 0)
        c.setFont("Carl", 7.5)
        c.setFillColorRGB(0.35, 0.35, 0.4)
        c.drawString(
            50, 80, f"Document signé électroniquement via Yousign – dossier {k['envelope']}"
        )
        header(c, 3)

    return render_pdf(A4, [p1, p2, p3], title="Contrat CDI")


# --------------------------------------------------------------------------- payslip


def payslip_pdf(s: dict, rng: random.Random) -> tuple[bytes, float]:
    """'Bulletin de paie clarifié' (arrêté du 25 février 2016 model). Returns pdf, net paid."""
    g = s["gross"]
    pmss = 4005.0
    t1 = min(g, pmss)
    emp = [
        ("Sécurité sociale plafonnée", t1, 6.90),
        ("Sécurité sociale déplafonnée", g, 0.40),
        ("Complémentaire Tranche 1", t1, 4.01),
        ("Contribution d'équilibre général T1", t1, 0.86),
    ]
    ret = [round(b * r / 100, 2) for _, b, r in emp]
    sante = 38.50
    csg_base = round(g * 0.9825 + 45.0, 2)
    csg_d = round(csg_base * 0.068, 2)
    csg_nd = round(csg_base * 0.029, 2)
    total_sal = round(sum(ret) + sante + csg_d + csg_nd, 2)
    net_before = round(g - total_sal, 2)
    net_social = round(net_before + sante, 2)
    pas_base = round(net_before + csg_nd, 2)
    pas = round(pas_base * s["pas_rate"] / 100, 2)
    net_paid = round(net_before - pas, 2)
    F = s.get("font", "Lib")

    def p1(c):
        c.setStrokeColorRGB(0.3, 0.3, 0.3)
        c.setLineWidth(0.6)
        c.rect(30, H - 150, 255, 120)
        c.setFont(F + "-B", 10)
        y = H - 46
        c.drawString(38, y, s["employer"])
        c.setFont(F, 8)
        for t in s["employer_lines"]:
            y -= 11
            c.drawString(38, y, t)
        c.setFont(F + "-B", 16)
        c.drawString(310, H - 50, "BULLETIN DE PAIE")
        c.setFont(F, 8.5)
        c.drawString(310, H - 66, f"Période du {fr(s['start'])} au {fr(s['end'])}")
        c.drawString(310, H - 78, f"Date de paiement : {fr(s['paid'])} – virement")
        c.rect(305, H - 215, W - 335, 125)
        c.setFont(F + "-B", 10)
        c.drawString(315, H - 108, s["employee"])
        c.setFont(F, 8.5)
        y = H - 121
        for t in s["employee_addr"]:
            c.drawString(315, y, t)
            y -= 11
        c.setFont(F, 7.8)
        y -= 4
        for lab, val in s["employee_info"]:
            c.drawString(315, y, f"{lab} : {val}")
            y -= 10
        c.setFont(F, 7.5)
        y = H - 165
        for t in (
            f"Convention collective : {s['ccn']}",
            f"Emploi : {s['job']}",
            f"Date d'entrée : {fr(s['entry'])}",
            "Statut : " + s["status"],
        ):
            c.drawString(38, y, t)
            y -= 10
        cols = [215, 60, 45, 70, 70, 75]
        rows = [["Éléments de paie", "Base", "Taux", "À déduire", "À payer", "Part employeur"]]
        rows.append(["Salaire de base", "151,67 h", eur(g / 151.67, ""), "", eur(g, ""), ""])
        rows.append(["SALAIRE BRUT", "", "", "", eur(g, ""), ""])
        rows.append(["SANTÉ", "", "", "", "", ""])
        rows.append(
            [
                "  Sécurité sociale – Maladie Maternité Invalidité Décès",
                eur(g, ""),
                "",
                "",
                "",
                eur(g * 0.07, ""),
            ]
        )
        rows.append(["  Complémentaire Santé", "", "", eur(sante, ""), "", eur(sante, "")])
        rows.append(
            ["ACCIDENTS DU TRAVAIL – MALADIES PROF.", eur(g, ""), "", "", "", eur(g * 0.0117, "")]
        )
        rows.append(["RETRAITE", "", "", "", "", ""])
        for (lab, b, r), v in zip(emp, ret):
            rows.append(
                [
                    "  " + lab,
                    eur(b, ""),
                    f"{r:.2f}".replace(".", ","),
                    eur(v, ""),
                    "",
                    eur(b * r / 100 * 1.3, ""),
                ]
            )
        rows.append(["FAMILLE", eur(g, ""), "", "", "", eur(g * 0.0345, "")])
        rows.append(["ASSURANCE CHÔMAGE", eur(t1, ""), "", "", "", eur(t1 * 0.0405, "")])
        rows.append(
            ["AUTRES CONTRIBUTIONS DUES PAR L'EMPLOYEUR", "", "", "", "", eur(g * 0.021, "")]
        )
        rows.append(
            [
                "CSG déductible de l'impôt sur le revenu",
                eur(csg_base, ""),
                "6,80",
                eur(csg_d, ""),
                "",
                "",
            ]
        )
        rows.append(
            [
                "CSG/CRDS non déductible de l'impôt sur le revenu",
                eur(csg_base, ""),
                "2,90",
                eur(csg_nd, ""),
                "",
                "",
            ]
        )
        rows.append(["TOTAL DES COTISATIONS ET CONTRIBUTIONS", "", "", eur(total_sal, ""), "", ""])
        y = table_grid(
            c,
            30,
            H - 232,
            cols,
            rows,
            14.5,
            font=F,
            size=7.2,
            bold_first=True,
            aligns="lrrrrr",
            header_fill=(0.88, 0.9, 0.93),
        )
        c.setFillColorRGB(0.93, 0.94, 0.96)
        c.rect(30, y - 22, sum(cols), 20, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        c.setFont(F + "-B", 9)
        c.drawString(36, y - 15, "NET À PAYER AVANT IMPÔT SUR LE REVENU")
        c.drawRightString(30 + sum(cols) - 80, y - 15, eur(net_before))
        c.setFont(F, 8)
        c.drawString(
            36,
            y - 36,
            f"Impôt sur le revenu prélevé à la source – taux personnalisé "
            f"{s['pas_rate']:.1f} %".replace(".", ","),
        )
        c.drawString(300, y - 36, f"base {eur(pas_base)}")
        c.drawRightString(30 + sum(cols) - 80, y - 36, "- " + eur(pas))
        c.setFillColorRGB(0.1, 0.2, 0.45)
        c.rect(30, y - 70, sum(cols), 24, stroke=0, fill=1)
        c.setFillColorRGB(1, 1, 1)
        c.setFont(F + "-B", 11)
        c.drawString(36, y - 61, "NET PAYÉ")
        c.drawRightString(30 + sum(cols) - 80, y - 61, eur(net_paid))
        c.setFillColorRGB(0, 0, 0)
        c.setFont(F, 8)
        c.drawString(36, y - 88, f"Montant net social : {eur(net_social)}")
        c.drawString(250, y - 88, f"Total versé par l'employeur : {eur(g * 1.42)}")
        c.setFont(F, 7)
        c.drawString(
            36, y - 104, "Congés payés (jours) – acquis : 2,08 – pris : 0,00 – solde : " + s["cp"]
        )
        c.setFont(F, 6.5)
        para(
            c,
            30,
            60,
            "Dans votre intérêt et pour vous aider à faire valoir vos droits, "
            "conservez ce bulletin de paie sans limitation de durée. Rubrique dédiée au bulletin "
            "de paie sur le portail www.service-public.fr.",
            F,
            6.5,
            W - 60,
        )

    return render_pdf(A4, [p1], title=f"Bulletin {s['start']:%m-%Y}"), net_paid


# --------------------------------------------------------------------------- lease


def lease_pdf(L: dict, rng: random.Random) -> bytes:
    """Bail d'habitation loi 1989, type model of décret n° 2015-587, signed by hand."""
    secs = L["sections"]
    F = "LibSer"

    def initials(c):
        hand_text(c, W - 110, 40, L["init_landlord"], rng, size=11)
        hand_text(c, W - 70, 40, L["init_tenant"], rng, size=11)

    def render_secs(c, y, items):
        for title, body in items:
            if y < 120:
                break
            c.setFont(F + "-B", 10.5)
            c.drawString(50, y, title)
            y -= 16
            for ptxt in body:
                y = para(c, 58, y, ptxt, F, 10.8, W - 110, 14.8, True) - 7
            y -= 8
        return y

    def p1(c):
        c.setFont(F + "-B", 14)
        c.drawCentredString(W / 2, H - 60, "CONTRAT DE LOCATION")
        c.setFont(F + "-B", 11)
        c.drawCentredString(W / 2, H - 78, "LOCAUX VIDES À USAGE D'HABITATION")
        c.setFont(F + "-I", 8.5)
        para(
            c,
            70,
            H - 96,
            "(Soumis au titre Ier de la loi n° 89-462 du 6 juillet 1989 tendant "
            "à améliorer les rapports locatifs et portant modification de la loi n° 86-1290 du "
            "23 décembre 1986 – contrat type défini par le décret n° 2015-587 du 29 mai 2015)",
            F + "-I",
            8.5,
            W - 140,
            11,
        )
        render_secs(c, H - 140, secs[0:2])
        initials(c)

    def p2(c):
        render_secs(c, H - 60, secs[2:4])
        initials(c)

    def p3(c):
        render_secs(c, H - 60, secs[4:])
        initials(c)

    def p4(c):
        c.setFont(F, 10.5)
        c.drawString(
            50,
            H - 80,
            f"Fait à {L['place']}, le {fr_long(L['signed'])}, en deux exemplaires originaux.",
        )
        for i, (who, name) in enumerate(
            (("LE BAILLEUR", L["landlord"]), ("LE(S) LOCATAIRE(S)", ", ".join(L["tenants"])))
        ):
            x = 60 + i * 260
            c.setFont(F + "-B", 10.5)
            c.drawString(x, H - 130, who)
            c.setFont(F, 9.5)
            c.drawString(x, H - 144, name)
            c.setFont(F + "-I", 8)
            c.drawString(x, H - 158, "Signature précédée de la mention « lu et approuvé »")
            hand_text(c, x + 5, H - 195, "Lu et approuvé", rng, size=14, font="H-Dkg")
            draw_signature(c, x + 10, H - 265, 140, 55, rng, color=INK_BLUE)
        c.setFont(F + "-B", 10.5)
        c.drawString(50, H - 330, "ANNEXES JOINTES AU CONTRAT")
        y = H - 348
        for t in L["annexes"]:
            c.setFont(F, 9.8)
            c.drawString(62, y, "– " + t)
            y -= 14

    return render_pdf(A4, [p1, p2, p3, p4], title="Bail")


# --------------------------------------------------------------------------- RIBs


def _rib_block(c, y, r, style):
    """One RIB 'coupon' (banks print two or three per page)."""
    F = style["font"]
    col = style["color"]
    c.setFillColorRGB(*col)
    style["logo"](c, 50, y - 10)
    c.setFillColorRGB(0.1, 0.1, 0.1)
    c.setFont(F + "-B", 11)
    c.drawRightString(W - 50, y - 2, style.get("title", "RELEVÉ D'IDENTITÉ BANCAIRE"))
    c.setFont(F, 7.5)
    c.drawRightString(W - 50, y - 14, style.get("subtitle", ""))
    c.setFont(F, 8)
    c.drawString(50, y - 45, style.get("holder_label", "Titulaire du compte"))
    c.setFont(F + "-B", 9.5)
    yy = y - 58
    for t in r["holder_lines"]:
        c.drawString(50, yy, t)
        yy -= 12
    c.setFont(F, 8)
    c.drawString(320, y - 45, "Domiciliation")
    c.setFont(F + "-B", 9)
    yy = y - 58
    for t in r["branch_lines"]:
        c.drawString(320, yy, t)
        yy -= 11
    rows = [
        ["Code banque", "Code guichet", "Numéro de compte", "Clé RIB"],
        [r["bank"], r["branch"], r["account"], r["key"]],
    ]
    table_grid(
        c, 50, y - 110, [90, 90, 170, 60], rows, 16, font=F, size=9, bold_first=True, aligns="cccc"
    )
    c.setFont(F, 8)
    c.drawString(50, y - 160, "IBAN (International Bank Account Number)")
    c.setFont("Mono-B", 10.5)
    c.drawString(50, y - 174, group(r["iban"]))
    c.setFont(F, 8)
    c.drawString(380, y - 160, "BIC (Bank Identifier Code)")
    c.setFont("Mono-B", 10.5)
    c.drawString(380, y - 174, r["bic"])


def rib_pdf(r: dict, rng: random.Random, bank: str) -> bytes:
    def bnp_logo(c, x, y):
        c.setFillColorRGB(0.0, 0.52, 0.35)
        c.rect(x, y - 4, 22, 22, stroke=0, fill=1)
        c.setFillColorRGB(1, 1, 1)
        for i in range(4):
            c.circle(x + 6 + (i % 2) * 10, y + 2 + (i // 2) * 10, 1.6, stroke=0, fill=1)
        c.setFillColorRGB(0.0, 0.52, 0.35)
        c.setFont("Sans-B", 13)
        c.drawString(x + 28, y + 2, "BNP PARIBAS")
        c.setFont("Sans", 6)
        c.drawString(x + 28, y - 6, "La banque d'un monde qui change")

    def lcl_logo(c, x, y):
        c.setFillColorRGB(1.0, 0.82, 0.0)
        c.circle(x + 14, y + 6, 15, stroke=0, fill=1)
        c.setFillColorRGB(0.0, 0.13, 0.4)
        c.setFont("Sans-B", 12)
        c.drawCentredString(x + 14, y + 2, "LCL")

    def lbp_logo(c, x, y):
        c.setFillColorRGB(0.0, 0.16, 0.45)
        c.roundRect(x, y - 6, 130, 26, 4, stroke=0, fill=1)
        c.setFillColorRGB(1.0, 0.8, 0.0)
        c.setFont("Sans-B", 9.5)
        c.drawString(x + 8, y + 8, "LA BANQUE")
        c.drawString(x + 8, y - 2, "POSTALE")
        c.setFillColorRGB(1.0, 0.8, 0.0)
        c.circle(x + 112, y + 7, 7, stroke=0, fill=1)

    styles = {
        "bnp": {
            "font": "Lib",
            "color": (0.0, 0.52, 0.35),
            "logo": bnp_logo,
            "subtitle": "Document à remettre à tout organisme demandant vos coordonnées",
        },
        "lcl": {
            "font": "Rob",
            "color": (0.0, 0.13, 0.4),
            "logo": lcl_logo,
            "title": "RIB – Relevé d'Identité Bancaire",
            "subtitle": "Compte de dépôt – " + r.get("product", ""),
        },
        "lbp": {
            "font": "Open",
            "color": (0.0, 0.16, 0.45),
            "logo": lbp_logo,
            "subtitle": "Ce relevé est destiné à être remis à vos créanciers ou débiteurs",
        },
    }
    st = styles[bank]

    def page(c):
        y = H - 60
        for i in range(r.get("copies", 2)):
            _rib_block(c, y, r, st)
            y -= 250
            if i < r.get("copies", 2) - 1:
                c.setDash(4, 3)
                c.setStrokeColorRGB(0.6, 0.6, 0.6)
                c.line(30, y + 40, W - 30, y + 40)
                c.setDash()
                c.setFont("Sans", 9)
                c.drawString(30, y + 36, "✂")
                c.setStrokeColorRGB(0, 0, 0)
        c.setFont(st["font"], 6.5)
        c.setFillColorRGB(0.35, 0.35, 0.35)
        c.drawCentredString(W / 2, 40, r["footer"])
        c.drawString(50, 52, f"Édité le {fr(r['edited'])}")

    return render_pdf(A4, [page], title="RIB", author=r.get("author", ""))


def wise_screen(r: dict, rng: random.Random, clock: str):
    """Wise app, 'Détails du compte' for a EUR balance (Belgian IBAN)."""
    im, dr = phone_frame(rng, clock)
    w = im.width

    def f(name, px):
        return ImageFont.truetype(font_path(name), px)

    dark, lime = (22, 51, 0), (159, 232, 112)
    dr.text((50, 190), "←", font=f("Sans", 60), fill=dark)
    dr.text((50, 320), "Détails du compte en EUR", font=f("Open-B", 62), fill=dark)
    dr.ellipse([50, 430, 130, 510], fill=(0, 51, 153))
    for i in range(12):
        a = i * math.pi / 6
        dr.text(
            (86 + 26 * math.cos(a), 458 + 26 * math.sin(a)),
            "*",
            font=f("Sans-B", 16),
            fill=(255, 204, 0),
        )
    dr.text((150, 440), "Euro", font=f("Open-SB", 44), fill=(30, 30, 30))
    dr.rounded_rectangle([50, 560, w - 50, 700], 30, fill=(232, 235, 230))
    dr.text(
        (90, 600), "Recevoir de l'argent d'Europe (SEPA)", font=f("Open", 38), fill=(60, 60, 60)
    )
    y = 760
    for lab, val in (
        ("Nom du titulaire", r["holder"]),
        ("IBAN", group(r["iban"])),
        ("Swift/BIC", r["bic"]),
        ("Nom et adresse de la banque", r["bank_addr"]),
    ):
        dr.text((60, y), lab, font=f("Open", 38), fill=(110, 110, 110))
        yy = y + 55
        for ln in val.split("\n"):
            dr.text((60, yy), ln, font=f("Open-SB", 46), fill=(20, 20, 20))
            yy += 62
        dr.rounded_rectangle([w - 120, y + 50, w - 84, y + 92], 6, outline=dark, width=4)
        dr.rounded_rectangle(
            [w - 108, y + 38, w - 72, y + 80], 6, outline=dark, width=4, fill=(255, 255, 255)
        )
        y = yy + 50
        dr.line([60, y - 25, w - 60, y - 25], fill=(225, 225, 225), width=2)
    dr.rounded_rectangle([50, y + 40, w - 50, y + 170], 65, fill=lime)
    t = "Partager les détails"
    ft = f("Open-B", 44)
    dr.text(((w - dr.textlength(t, font=ft)) / 2, y + 80), t, font=ft, fill=dark)
    dr.text(
        (60, y + 230),
        "Utilisez ces coordonnées pour recevoir un salaire, des virements",
        font=f("Open", 32),
        fill=(110, 110, 110),
    )
    dr.text(
        (60, y + 272), "ou des remboursements en euros.", font=f("Open", 32), fill=(110, 110, 110)
    )
    dr = ImageDraw.Draw(im)
    dr.rounded_rectangle(
        [w // 2 - 140, im.height - 30, w // 2 + 140, im.height - 20], 5, fill=(20, 20, 20)
    )
    return im
