"""Colombian civil-status documents, e-apostille and sworn translations."""

from __future__ import annotations

import random

from bt_common import (
    A4,
    MM,
    para,
    qr_like,
    rect_stamp,
    round_stamp,
    signature,
)

RED = (0.8, 0.1, 0.12)
BLUE = (0.12, 0.2, 0.6)
VIOLET = (0.35, 0.2, 0.55)


def _page(fn):
    return (A4[0], A4[1], fn)


# ------------------------------------------------------------------ Colombia
def colombia_registro(b: dict, seed: int):
    W, H = A4

    def p1(c, w, h):
        r = random.Random(seed)
        c.setFillColorRGB(0, 0, 0)
        c.setFont("SansB", 11)
        c.drawCentredString(W / 2, H - 18 * MM, "REPÚBLICA DE COLOMBIA")
        c.setFont("Sans", 8.5)
        c.drawCentredString(W / 2, H - 23 * MM, "ORGANIZACIÓN ELECTORAL")
        c.setFont("SansB", 9.5)
        c.drawCentredString(W / 2, H - 28 * MM, "REGISTRADURÍA NACIONAL DEL ESTADO CIVIL")
        c.setFont("SansB", 14)
        c.drawCentredString(W / 2, H - 37 * MM, "REGISTRO CIVIL DE NACIMIENTO")
        c.setFont("Sans", 8)
        c.drawString(W - 62 * MM, H - 18 * MM, "Indicativo Serial")
        c.setFont("Courier", 12)
        c.drawString(W - 62 * MM, H - 24 * MM, b["serial"])
        x0, x1 = 15 * MM, W - 15 * MM
        y = H - 44 * MM

        def band(title):
            nonlocal y
            c.setFillColorRGB(0.85, 0.85, 0.85)
            c.rect(x0, y - 5 * MM, x1 - x0, 5 * MM, stroke=1, fill=1)
            c.setFillColorRGB(0, 0, 0)
            c.setFont("SansB", 8)
            c.drawCentredString(W / 2, y - 3.6 * MM, title)
            y -= 5 * MM

        def cells(items):
            nonlocal y
            tot = sum(wd for _, _, wd in items)
            x = x0
            for lab, val, wd in items:
                cw = (x1 - x0) * wd / tot
                c.rect(x, y - 10 * MM, cw, 10 * MM)
                c.setFont("Sans", 6)
                c.drawString(x + 1.2 * MM, y - 2.6 * MM, lab)
                c.setFont("Courier", 9.5)
                c.drawString(x + 1.5 * MM, y - 8 * MM, val)
                x += cw
            y -= 10 * MM

        c.setLineWidth(0.5)
        band("Datos de la oficina de registro")
        cells(
            [
                ("Clase de oficina", "NOTARÍA", 2),
                ("Número", b["notaria"], 1),
                ("País - Departamento - Municipio - Corregimiento", b["office_place"], 5),
            ]
        )
        cells([("NUIP", b["nuip"], 3), ("Código", b["code"], 2), ("Tipo de documento", "", 2)])
        band("Datos del inscrito")
        cells(
            [
                ("Primer Apellido", b["ap1"], 3),
                ("Segundo Apellido", b["ap2"], 3),
                ("Nombre(s)", b["names"], 4),
            ]
        )
        cells(
            [
                ("Fecha de nacimiento  Año", b["year"], 2),
                ("Mes", b["month"], 1),
                ("Día", b["day"], 1),
                ("Sexo (en letras)", b["sex"], 2),
                ("Grupo sanguíneo", "O", 1),
                ("Factor RH", "+", 1),
            ]
        )
        cells(
            [
                (
                    "Lugar de nacimiento (País - Departamento - Municipio - Corregimiento)",
                    b["place"],
                    1,
                )
            ]
        )
        band("Datos de la madre")
        cells(
            [
                ("Apellidos y nombres completos", b["mother"], 4),
                ("Documento de identificación (Clase y número)", b["mother_id"], 3),
                ("Nacionalidad", "COLOMBIANA", 2),
            ]
        )
        band("Datos del padre")
        cells(
            [
                ("Apellidos y nombres completos", b["father"], 4),
                ("Documento de identificación (Clase y número)", b["father_id"], 3),
                ("Nacionalidad", "COLOMBIANA", 2),
            ]
        )
        band("Datos del declarante")
        cells(
            [
                ("Apellidos y nombres completos", b["father"], 4),
                ("Documento de identificación (Clase y número)", b["father_id"], 3),
                ("Firma", "", 2),
            ]
        )
        signature(c, x1 - 38 * MM, y + 1 * MM, 30 * MM, 7 * MM, r)
        band("Fecha de inscripción")
        cells(
            [
                ("Año", b["reg_y"], 1),
                ("Mes", b["reg_m"], 1),
                ("Día", b["reg_d"], 1),
                ("Nombre y firma del funcionario que autoriza", b["official"], 5),
            ]
        )
        signature(c, x1 - 60 * MM, y + 1 * MM, 35 * MM, 7 * MM, r)
        c.setFont("Sans", 7)
        c.drawString(x0, y - 6 * MM, "ORIGINAL PARA LA OFICINA DE REGISTRO")
        rect_stamp(
            c,
            20 * MM,
            22 * MM,
            80 * MM,
            30 * MM,
            [
                "NOTARÍA " + b["notaria"] + " DEL CÍRCULO DE MEDELLÍN",
                "ES FIEL COPIA TOMADA DEL ORIGINAL",
                "QUE REPOSA EN ESTE DESPACHO",
                "Medellín, " + b["copy_date"],
                "Válido para: APOSTILLA",
            ],
            (0.1, 0.2, 0.5),
            r,
            size=7,
        )
        signature(c, 110 * MM, 30 * MM, 38 * MM, 10 * MM, r)
        c.setFont("Sans", 8)
        c.drawString(110 * MM, 25 * MM, b["copy_notary"])

    return [_page(p1)]


def colombia_eapostille(a: dict, seed: int):
    W, H = A4

    def p1(c, w, h):
        r = random.Random(seed)
        c.setFillColorRGB(0.85, 0.7, 0.2)
        c.rect(0, H - 22 * MM, W, 3 * MM, stroke=0, fill=1)
        c.setFillColorRGB(0.1, 0.2, 0.45)
        c.rect(0, H - 25 * MM, W, 3 * MM, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        c.setFont("SansB", 11)
        c.drawString(20 * MM, H - 15 * MM, "Ministerio de Relaciones Exteriores")
        c.setFont("Sans", 8.5)
        c.drawString(20 * MM, H - 19.5 * MM, "República de Colombia")
        c.setFont("SansB", 20)
        c.drawCentredString(W / 2, H - 40 * MM, "APOSTILLE")
        c.setFont("SansI", 9.5)
        c.drawCentredString(W / 2, H - 46 * MM, "(Convention de La Haye du 5 octobre 1961)")
        c.setFont("Sans", 9)
        c.drawCentredString(W / 2, H - 52 * MM, "No. " + a["number"])
        rows = [
            ("1. País:", "Country / Pays:", "Colombia"),
            (
                "El presente documento público / This public document / Le présent acte public",
                "",
                "",
            ),
            ("2. Ha sido firmado por:", "Has been signed by / A été signé par:", a["signer"]),
            (
                "3. Quien actúa en calidad de:",
                "Acting in the capacity of / Agissant en qualité de:",
                a["capacity"],
            ),
            (
                "4. Y está revestido del sello / timbre de:",
                "Bears the seal / stamp of / Est revêtu du sceau / timbre de:",
                a["seal_of"],
            ),
            ("Certificado / Certified / Attesté", "", ""),
            ("5. En:", "At / À:", "Bogotá D.C."),
            ("6. El día:", "The / Le:", a["date"]),
            ("7. Por:", "By / Par:", a["by"]),
            ("8. Bajo el número:", "No / Sous n°:", a["number"]),
            ("9. Sello / timbre:", "Seal / stamp / Sceau / timbre:", "Firma digital"),
            ("10. Firma:", "Signature:", a["firm"]),
        ]
        y = H - 64 * MM
        for es, tr, val in rows:
            c.setFont("SansB", 9)
            c.drawString(20 * MM, y, es)
            c.setFont("SansI", 7)
            if tr:
                c.drawString(20 * MM, y - 3.6 * MM, tr)
            c.setFont("Sans", 9.5)
            c.drawString(98 * MM, y, val)
            y -= 11 * MM
        c.setLineWidth(0.4)
        c.rect(18 * MM, y + 4 * MM, W - 36 * MM, H - 58 * MM - y - 4 * MM)
        qr_like(c, W - 55 * MM, 28 * MM, 32 * MM, r)
        c.setFont("Sans", 7.5)
        para(
            c,
            20 * MM,
            52 * MM,
            "Código de verificación: " + a["verif"] + ". La autenticidad "
            "de esta apostilla puede ser verificada en la página web www.cancilleria.gov.co "
            "(Apostilla y Legalización - Validar documento). Documento firmado digitalmente "
            "de conformidad con la Ley 527 de 1999 y el Decreto 2364 de 2012.",
            "Sans",
            7.5,
            W - 95 * MM,
        )
        c.drawString(20 * MM, 18 * MM, "Página 1 de 1")

    return [_page(p1)]


def translation_pages(t: dict, seed: int):
    """Sworn translation (French) with translator header, stamp, signature; list of pages."""
    W, H = A4
    pages = []
    chunks = t["pages"]
    for i, lines in enumerate(chunks):

        def draw(c, w, h, lines=lines, i=i):
            r = random.Random(seed + i)
            c.setFont("SerifB", 10)
            c.drawString(20 * MM, H - 15 * MM, t["translator"])
            c.setFont("Serif", 8.5)
            for k, ln in enumerate(t["header"]):
                c.drawString(20 * MM, H - (20 + 4 * k) * MM, ln)
            c.setFont("SerifB", 12)
            c.drawCentredString(W / 2, H - 45 * MM, t["title"] if i == 0 else "(suite)")
            y = H - 58 * MM
            for ln in lines:
                if ln.startswith("#"):
                    c.setFont("SerifB", 10.5)
                    c.drawString(22 * MM, y, ln[1:])
                else:
                    y = para(c, 22 * MM, y, ln, "Serif", 10.5, W - 44 * MM, leading=14) + 14
                y -= 14
            if i == len(chunks) - 1:
                y -= 6
                y = para(c, 22 * MM, y, t["cert"], "SerifI", 10, W - 44 * MM, leading=13.5)
                c.setFont("Serif", 10)
                c.drawString(110 * MM, y - 10 * MM, t["place_date"])
                signature(c, 112 * MM, y - 32 * MM, 40 * MM, 12 * MM, r)
                round_stamp(
                    c,
                    70 * MM,
                    y - 28 * MM,
                    19 * MM,
                    t["stamp_ring"],
                    ["TRADUCTEUR", "EXPERT", t["stamp_lang"]],
                    BLUE,
                    r,
                )
            c.setFont("Serif", 8)
            c.drawCentredString(
                W / 2, 12 * MM, f"Traduction n° {t['number']} — page {i + 1}/{len(chunks)}"
            )

        pages.append(_page(draw))
    return pages
