"""Birth certificates (Algeria, Cameroon, Brazil, Morocco) and Hague apostilles."""

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm

from common import INK_BLACK, INK_BLUE, guilloche, hand, rect_stamp, signature, stamp

MOIS = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"
MOIS = MOIS.split()
MESES = "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro"
MESES = MESES.split()


def fr_words(d):
    return f"{d.day} {MOIS[d.month - 1]} {d.year}"


def _wrap(c, x, y, text, font, size, width, lead=None):
    lead = lead or size * 1.35
    words, line = text.split(), ""
    for wd in words:
        t = (line + " " + wd).strip()
        if c.stringWidth(t, font, size) > width:
            c.drawString(x, y, line)
            y -= lead
            line = wd
        else:
            line = t
    if line:
        c.drawString(x, y, line)
        y -= lead
    return y


def algeria_s12(p, b, rng):
    """Algerian 'Extrait d'acte de naissance' (S12-style, French side)."""

    def draw(c, w, h):
        c.setFillColorRGB(0.99, 0.98, 0.94)
        c.rect(0, 0, w, h, stroke=0, fill=1)
        guilloche(c, 15 * mm, 60 * mm, w - 30 * mm, 150 * mm, rng, (0.88, 0.93, 0.88), 30)
        c.setFillColorRGB(0.1, 0.1, 0.1)
        c.setFont("SerifB", 11)
        c.drawCentredString(w / 2, h - 20 * mm, "RÉPUBLIQUE ALGÉRIENNE DÉMOCRATIQUE ET POPULAIRE")
        c.setFont("Serif", 9)
        c.drawString(18 * mm, h - 32 * mm, f"Wilaya de : {b['wilaya']}")
        c.drawString(18 * mm, h - 37 * mm, f"Commune de : {b['commune']}")
        c.drawString(18 * mm, h - 42 * mm, "Service de l'état civil")
        c.drawRightString(w - 18 * mm, h - 32 * mm, "Formulaire S 12 S")
        c.setFont("SerifB", 14)
        c.drawCentredString(w / 2, h - 58 * mm, "EXTRAIT D'ACTE DE NAISSANCE")
        c.setFont("Serif", 9)
        c.drawCentredString(w / 2, h - 64 * mm, "(spécial — destiné à l'étranger)")
        c.drawString(
            18 * mm, h - 76 * mm, f"N° de l'acte : {b['act']}        Année : {p['dob'].year}"
        )
        rows = [
            ("Le", fr_words(p["dob"]) + f" à {b['hour']}"),
            ("Est né(e) à", b["place"]),
            ("Nom", p["surname"].upper()),
            ("Prénom(s)", p["given"]),
            ("Sexe", "Masculin" if p["sex"] == "M" else "Féminin"),
            ("Fils / Fille de", b["father"]),
            ("Et de", b["mother"]),
            ("Mentions marginales", "Néant"),
        ]
        y = h - 90 * mm
        for lab, val in rows:
            c.setFont("Serif", 10)
            c.drawString(22 * mm, y, lab)
            c.drawString(70 * mm, y, ":")
            c.setFont("SerifB", 10.5)
            c.drawString(75 * mm, y, val)
            c.setDash(1, 2)
            c.setLineWidth(0.3)
            c.line(75 * mm, y - 2, w - 20 * mm, y - 2)
            c.setDash()
            y -= 11 * mm
        c.setFont("Serif", 9.5)
        c.drawString(22 * mm, y - 4 * mm, "Extrait conforme aux registres de l'état civil.")
        c.drawString(
            w / 2, y - 16 * mm, f"Délivré à {b['commune']}, le {b['issued'].strftime('%d/%m/%Y')}"
        )
        c.drawString(w / 2, y - 22 * mm, "L'Officier de l'état civil")
        stamp(c, w / 2 - 30 * mm, y - 40 * mm, 16 * mm, ["APC " + b["commune"].upper()], rng)
        signature(c, w / 2 + 5 * mm, y - 45 * mm, 40 * mm, 16 * mm, rng, INK_BLUE)

    return A4, draw


def cameroon_acte(p, b, rng):
    """Cameroonian 'Acte de naissance' (civil status centre, French)."""

    def draw(c, w, h):
        c.setFillColorRGB(0.98, 0.98, 0.96)
        c.rect(0, 0, w, h, stroke=0, fill=1)
        c.setFillColorRGB(0.1, 0.1, 0.1)
        c.setFont("SansB", 9)
        c.drawString(15 * mm, h - 15 * mm, "RÉPUBLIQUE DU CAMEROUN")
        c.setFont("Sans", 7.5)
        c.drawString(15 * mm, h - 19 * mm, "Paix - Travail - Patrie")
        c.drawString(15 * mm, h - 24 * mm, f"Région du {b['region']}")
        c.drawString(15 * mm, h - 28 * mm, f"Département du {b['dept']}")
        c.drawString(15 * mm, h - 32 * mm, f"Centre d'état civil de {b['centre']}")
        c.setFont("SansB", 9)
        c.drawRightString(w - 15 * mm, h - 15 * mm, "REPUBLIC OF CAMEROON")
        c.setFont("Sans", 7.5)
        c.drawRightString(w - 15 * mm, h - 19 * mm, "Peace - Work - Fatherland")
        c.setFont("SansB", 15)
        c.drawCentredString(w / 2, h - 48 * mm, "ACTE DE NAISSANCE")
        c.setFont("Sans", 8)
        c.drawCentredString(w / 2, h - 53 * mm, "BIRTH CERTIFICATE")
        c.setFont("SansB", 10)
        c.drawCentredString(w / 2, h - 62 * mm, f"N° {b['act']}")
        rows = [
            ("Nom de l'enfant / Surname", p["surname"].upper()),
            ("Prénoms / Given names", p["given"]),
            ("Né(e) le / Born on", fr_words(p["dob"])),
            ("À / At", b["place"]),
            ("De sexe / Sex", "Féminin" if p["sex"] == "F" else "Masculin"),
            ("De / Of (père)", b["father"]),
            ("Né à / Born at", b["father_pob"]),
            ("Profession", b["father_job"]),
            ("Et de / And of (mère)", b["mother"]),
            ("Née à / Born at", b["mother_pob"]),
            ("Profession", b["mother_job"]),
            ("Dressé le / Drawn up on", fr_words(b["drawn"])),
            ("Sur la déclaration de", b["declarant"]),
        ]
        y = h - 78 * mm
        c.setLineWidth(0.5)
        for lab, val in rows:
            c.rect(15 * mm, y - 3.2 * mm, w - 30 * mm, 8.5 * mm)
            c.line(75 * mm, y - 3.2 * mm, 75 * mm, y + 5.3 * mm)
            c.setFont("Sans", 8)
            c.drawString(17 * mm, y, lab)
            hand(c, 78 * mm, y - 0.5, val, rng, "H_femke", 11.5, INK_BLACK)
            y -= 8.5 * mm
        c.setFont("Sans", 8.5)
        y -= 6 * mm
        c.drawString(15 * mm, y, "Copie certifiée conforme à l'original.")
        c.drawString(w / 2, y - 10 * mm, f"{b['centre']}, le {b['issued'].strftime('%d/%m/%Y')}")
        c.drawString(w / 2, y - 15 * mm, "L'Officier d'État Civil")
        stamp(c, w / 2 - 25 * mm, y - 35 * mm, 15 * mm, ["MAIRIE DE " + b["centre"].upper()], rng)
        signature(c, w / 2 + 5 * mm, y - 38 * mm, 42 * mm, 15 * mm, rng, INK_BLUE)

    return A4, draw


def brazil_certidao(p, b, rng):
    """Brazilian 'Certidão de Nascimento' (national model since 2010)."""

    def draw(c, w, h):
        c.setFillColorRGB(0.98, 0.98, 0.97)
        c.rect(0, 0, w, h, stroke=0, fill=1)
        guilloche(c, 10 * mm, 10 * mm, w - 20 * mm, h - 20 * mm, rng, (0.85, 0.9, 0.95), 60)
        c.setStrokeColorRGB(0.2, 0.35, 0.6)
        c.setLineWidth(2)
        c.rect(10 * mm, 10 * mm, w - 20 * mm, h - 20 * mm)
        c.setFillColorRGB(0.1, 0.1, 0.15)
        c.setFont("SansB", 11)
        c.drawCentredString(w / 2, h - 25 * mm, "REPÚBLICA FEDERATIVA DO BRASIL")
        c.setFont("Sans", 9)
        c.drawCentredString(w / 2, h - 31 * mm, "REGISTRO CIVIL DAS PESSOAS NATURAIS")
        c.setFont("SansB", 16)
        c.drawCentredString(w / 2, h - 44 * mm, "CERTIDÃO DE NASCIMENTO")
        c.setFont("Sans", 7)
        c.drawCentredString(w / 2, h - 49 * mm, "(INTEIRO TEOR)")

        def box(x, y, bw, lab, val, fs=10):
            c.setStrokeColorRGB(0.4, 0.45, 0.55)
            c.setLineWidth(0.5)
            c.rect(x, y, bw, 11 * mm)
            c.setFont("Sans", 6)
            c.setFillColorRGB(0.3, 0.3, 0.4)
            c.drawString(x + 1.5 * mm, y + 8 * mm, lab)
            c.setFont("SansB", fs)
            c.setFillColorRGB(0.05, 0.05, 0.1)
            c.drawString(x + 1.5 * mm, y + 2.5 * mm, val)

        x0, bw = 16 * mm, w - 32 * mm
        y = h - 66 * mm
        box(x0, y, bw, "NOME", (p["given"] + " " + p["surname"]).upper())
        y -= 12 * mm
        box(x0, y, bw, "MATRÍCULA", b["matricula"], 9)
        y -= 12 * mm
        box(x0, y, bw * 0.5, "DATA DE NASCIMENTO POR EXTENSO", b["dob_words"], 7.5)
        box(x0 + bw * 0.5, y, bw * 0.2, "DIA MÊS ANO", p["dob"].strftime("%d/%m/%Y"), 9)
        box(x0 + bw * 0.7, y, bw * 0.3, "HORA", b["hour"], 9)
        y -= 12 * mm
        box(x0, y, bw * 0.6, "NATURALIDADE", b["naturalidade"], 9)
        box(x0 + bw * 0.6, y, bw * 0.4, "LOCAL DE NASCIMENTO", b["place"], 7.5)
        y -= 12 * mm
        box(x0, y, bw * 0.3, "SEXO", "MASCULINO" if p["sex"] == "M" else "FEMININO", 9)
        box(x0 + bw * 0.3, y, bw * 0.7, "MUNICÍPIO DE REGISTRO E UF", b["municipio"], 9)
        y -= 12 * mm
        box(x0, y, bw, "FILIAÇÃO", b["parents"], 8)
        y -= 12 * mm
        box(x0, y, bw, "AVÓS", b["grandparents"], 7)
        y -= 12 * mm
        box(x0, y, bw * 0.5, "DATA DO REGISTRO", b["reg_date"], 9)
        box(x0 + bw * 0.5, y, bw * 0.5, "DNV", b["dnv"], 9)
        y -= 12 * mm
        box(x0, y, bw, "AVERBAÇÕES / ANOTAÇÕES À ACRESCER", "NADA CONSTA", 8)
        y -= 18 * mm
        c.setFont("Sans", 8)
        c.setFillColorRGB(0.1, 0.1, 0.15)
        c.drawString(x0, y, b["cartorio"])
        c.drawString(x0, y - 4 * mm, b["cartorio_addr"])
        c.drawString(x0, y - 12 * mm, "O conteúdo da certidão é verdadeiro. Dou fé.")
        c.drawString(x0, y - 16 * mm, f"{b['municipio'].split(' - ')[0]}, {b['issued_words']}")
        signature(c, w - 85 * mm, y - 22 * mm, 50 * mm, 14 * mm, rng, INK_BLUE)
        c.setFont("Sans", 7)
        c.drawString(w - 85 * mm, y - 25 * mm, b["escrevente"] + " - Escrevente Autorizada")
        rect_stamp(
            c,
            x0,
            24 * mm,
            ["SELO DIGITAL", b["selo"], "Consulte em www.tjsp.jus.br"],
            rng,
            (0.15, 0.2, 0.45),
            6.5,
        )

    return A4, draw


def morocco_copie(p, b, rng):
    """Moroccan 'Copie intégrale d'acte de naissance' (French side)."""

    def draw(c, w, h):
        c.setFillColorRGB(0.97, 0.97, 0.95)
        c.rect(0, 0, w, h, stroke=0, fill=1)
        c.setFillColorRGB(0.1, 0.1, 0.1)
        c.setFont("LibSerifB", 11)
        c.drawCentredString(w / 2, h - 18 * mm, "ROYAUME DU MAROC")
        c.setFont("LibSerif", 9)
        c.drawString(18 * mm, h - 28 * mm, "Ministère de l'Intérieur")
        c.drawString(18 * mm, h - 33 * mm, f"Province / Préfecture : {b['prefecture']}")
        c.drawString(18 * mm, h - 38 * mm, f"Commune : {b['commune']}")
        c.drawString(18 * mm, h - 43 * mm, f"Bureau de l'état civil : {b['bureau']}")
        c.setFont("LibSerifB", 14)
        c.drawCentredString(w / 2, h - 60 * mm, "COPIE INTÉGRALE D'ACTE DE NAISSANCE")
        c.setFont("LibSerif", 10)
        c.drawCentredString(w / 2, h - 67 * mm, f"Acte n° {b['act']} - Année {b['year']}")
        c.setFont("LibSerif", 10.5)
        y = h - 82 * mm
        rows = [
            ("Nom de famille", p["surname"].upper()),
            ("Prénom", p["given"]),
            ("Date de naissance", fr_words(p["dob"])),
            ("Correspondant au", b["hijri"]),
            ("Lieu de naissance", b["place"]),
            ("Sexe", "Féminin" if p["sex"] == "F" else "Masculin"),
            ("Nationalité", "Marocaine"),
            ("Père", b["father"]),
            ("Mère", b["mother"]),
        ]
        for lab, val in rows:
            c.setFont("LibSerif", 10.5)
            c.drawString(22 * mm, y, lab + " :")
            c.setFont("LibSerifB", 10.5)
            c.drawString(72 * mm, y, val)
            y -= 9 * mm
        c.setFont("LibSerif", 10)
        y = _wrap(
            c,
            22 * mm,
            y - 4 * mm,
            f"Acte dressé le {fr_words(b['drawn'])} par Nous, {b['officer']}, officier de "
            "l'état civil, sur la déclaration du père. Mentions marginales : néant.",
            "LibSerif",
            10,
            w - 44 * mm,
        )
        c.drawString(22 * mm, y - 6 * mm, "Pour copie intégrale certifiée conforme au registre.")
        c.drawString(w / 2, y - 18 * mm, f"{b['commune']}, le {b['issued'].strftime('%d/%m/%Y')}")
        c.drawString(w / 2, y - 23 * mm, "L'officier de l'état civil")
        stamp(
            c,
            w / 2 - 28 * mm,
            y - 42 * mm,
            15 * mm,
            ["ETAT CIVIL " + b["commune"].upper()],
            rng,
            (0.45, 0.2, 0.55),
        )
        signature(c, w / 2 + 4 * mm, y - 46 * mm, 40 * mm, 14 * mm, rng, INK_BLUE)

    return A4, draw


def apostille(a, rng):
    """Hague Convention apostille (model annexed to the 1961 Convention)."""

    def draw(c, w, h):
        c.setFillColorRGB(0.99, 0.99, 0.98)
        c.rect(0, 0, w, h, stroke=0, fill=1)
        bx, by, bw, bh = 30 * mm, h - 170 * mm, w - 60 * mm, 140 * mm
        c.setStrokeColorRGB(0.1, 0.1, 0.1)
        c.setLineWidth(1.2)
        c.rect(bx, by, bw, bh)
        c.setFillColorRGB(0.05, 0.05, 0.05)
        c.setFont("SerifB", 16)
        c.drawCentredString(w / 2, by + bh - 12 * mm, a["title"])
        c.setFont("Serif", 8)
        c.drawCentredString(w / 2, by + bh - 18 * mm, a["subtitle"])
        y = by + bh - 28 * mm
        c.setFont("Serif", 9.5)
        c.drawString(bx + 5 * mm, y, f"1. {a['l_country']}: ")
        c.setFont("SerifB", 9.5)
        c.drawString(bx + 60 * mm, y, a["country"])
        y -= 8 * mm
        c.setFont("Serif", 8.5)
        c.drawString(bx + 5 * mm, y, a["l_intro"])
        y -= 8 * mm
        items = a["items"]
        for i, (lab, val) in enumerate(items, start=2):
            c.setFont("Serif", 7.5)
            c.drawString(bx + 5 * mm, y, f"{i}. {lab}")
            c.setFont("SerifB", 9)
            c.drawString(bx + 72 * mm, y, val)
            y -= 8 * mm
            if i == 4:
                c.setFont("SerifB", 9.5)
                c.drawCentredString(w / 2, y, a["l_certified"])
                y -= 8 * mm
        stamp(c, bx + 30 * mm, by + 18 * mm, 14 * mm, [a["seal"]], rng, (0.2, 0.2, 0.5))
        signature(c, bx + bw - 70 * mm, by + 8 * mm, 50 * mm, 14 * mm, rng, INK_BLACK)
        if a.get("footer"):
            c.setFont("Sans", 7)
            for i, s in enumerate(a["footer"]):
                c.drawString(bx, by - 8 * mm - i * 9, s)

    return A4, draw
