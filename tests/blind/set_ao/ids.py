"""Identity pieces: passport data pages, visa stickers, ID-1 cards, birth certificates,
apostilles and a sworn translation."""

from __future__ import annotations

import random

from render import Page, face, signature, stamp

A4 = (210, 297)
MRZ_GREY = (20, 20, 20)


def _mrz(pen, x, y, lines, size, pitch=None):
    for i, s in enumerate(lines):
        pen.text(x, y + i * (pitch or size * 0.5), s, size, "mono")


def passport_page(p: dict) -> Page:
    """Data page of a TD3 passport (125 x 88 mm) with bilingual labels from p['labels']."""

    def draw(pen):
        rng = random.Random(p["seed"])
        tint = p.get("tint", (236, 230, 214))
        pen.rect(0, 0, 125, 88, None, tint)
        for i in range(0, 125, 6):  # guilloche-ish security lines
            pen.line(i, 0, i + 30, 88, tuple(max(0, c - 18) for c in tint), 0.15)
        pen.text(62, 6, p["state"], 7.5, "dv-b", (40, 40, 80), "center")
        pen.text(62, 10.5, p["doc_title"], 6.5, "dv", (40, 40, 80), "center")
        pen.image(5, 14, 30, 38, face(p["seed"], skin=p.get("skin", (150, 105, 75))))
        L = p["labels"]
        vals = [
            (L[0], "P", L[1], p["issuing"], L[2], p["number"]),
        ]
        x0 = 40
        pen.text(x0, 16, vals[0][0], 4.3, "dv", (90, 90, 90))
        pen.text(x0, 19.5, "P", 7, "dv-b")
        pen.text(x0 + 20, 16, vals[0][2], 4.3, "dv", (90, 90, 90))
        pen.text(x0 + 20, 19.5, p["issuing"], 7, "dv-b")
        pen.text(x0 + 48, 16, vals[0][4], 4.3, "dv", (90, 90, 90))
        pen.text(x0 + 48, 19.5, p["number"], 7.5, "dv-b", (120, 20, 20))
        rows = [
            (L[3], p["surname_print"]),
            (L[4], p["given_print"]),
            (L[5], p["nat_print"]),
            (L[6], p["dob_print"] + "     " + L[7] + "  " + p["sex"]),
            (L[8], p["pob_print"]),
            (L[9], p["issue_print"]),
            (L[10], p["exp_print"]),
            (L[11], p["authority"]),
        ]
        y = 23.5
        for lab, val in rows:
            pen.text(x0, y, lab, 4.0, "dv", (90, 90, 90))
            pen.text(x0, y + 3.1, val, 6.4, "dv-b")
            y += 5.4
        pen.image(8, 55, 24, 8, signature(p["seed"] + 5, color=(30, 30, 30)))
        pen.rect(0, 67, 125, 21, None, (246, 244, 236))
        _mrz(pen, 5, 75, p["mrz"], 11.8, 7.4)
        del rng

    return Page(125, 88, draw, (236, 230, 214))


def visa_page(v: dict) -> Page:
    """French long-stay visa sticker (Schengen uniform format) on a passport page."""

    def draw(pen):
        pen.rect(0, 0, 125, 88, None, (232, 236, 226))
        pen.rect(2.5, 3, 120, 82, (140, 120, 160), (233, 222, 236), 0.3)
        for i in range(0, 120, 4):
            pen.line(2.5 + i, 3, 2.5 + i + 8, 85 - 22, (215, 200, 222), 0.15)
        pen.image(5, 12, 27, 34, face(v["seed"], skin=v.get("skin", (150, 105, 75))))
        pen.text(6, 9, "VISA", 9, "sans-b", (60, 40, 90))
        pen.text(118, 9, "FRA  " + v["number"], 9, "sans-b", (150, 30, 40), "right")
        rows = [
            ("VALABLE POUR / VALID FOR", "FRANCE", 36, 14),
            ("DU / FROM", v["from_print"], 36, 21),
            ("AU / UNTIL", v["until_print"], 70, 21),
            ("TYPE DE VISA / TYPE OF VISA", "D", 36, 28),
            ("NOMBRE D'ENTREES", "MULT", 70, 28),
            ("DUREE DE SEJOUR", v["days"] + " JOURS", 96, 28),
            ("DELIVRE A / ISSUED IN", v["issued_in"], 36, 35),
            ("LE / ON", v["issued_print"], 90, 35),
            ("NUMERO DE PASSEPORT", v["passport"], 36, 42),
            ("NOM, PRENOM / SURNAME, NAME", v["name_print"], 36, 49),
        ]
        for lab, val, x, y in rows:
            pen.text(x, y, lab, 4.2, "sans", (90, 70, 100))
            pen.text(x, y + 3.6, val, 7, "sans-b")
        pen.text(6, 57, "REMARQUES:", 4.6, "sans", (90, 70, 100))
        yy = 57
        for line in v["remarks"]:
            pen.text(24, yy, line, 6.5, "sans-b")
            yy += 3.4
        _mrz(pen, 5, 73.5, v["mrz"], 11.5, 7)

    return Page(125, 88, draw)


def card(front: bool, c: dict) -> Page:
    """ID-1 card (85.6 x 54 mm): French titre de séjour or French CNI (2021 model)."""

    def draw(pen):
        base = c.get("tint", (225, 232, 240))
        pen.rect(0, 0, 85.6, 54, None, base)
        for i in range(0, 90, 3):
            pen.line(i, 0, i - 20, 54, tuple(max(0, x - 12) for x in base), 0.12)
        if front:
            pen.rect(0, 0, 85.6, 7.5, None, (0, 35, 145))
            pen.text(3, 5, "RÉPUBLIQUE FRANÇAISE", 6, "sans-b", (255, 255, 255))
            pen.text(82, 5, c["title"], 5.3, "sans-b", (255, 255, 255), "right")
            pen.image(3, 10, 22, 28, face(c["seed"], skin=c.get("skin", (200, 160, 130))))
            y = 11
            for lab, val in c["front"]:
                pen.text(28, y, lab, 3.6, "sans", (70, 70, 110))
                pen.text(28, y + 3, val, 5.6, "sans-b")
                y += 6.2
            pen.image(4, 41, 20, 7, signature(c["seed"] + 9, color=(20, 20, 20)))
        else:
            y = 5
            for lab, val in c["back"]:
                pen.text(4, y, lab, 3.6, "sans", (70, 70, 110))
                pen.text(4, y + 3, val, 5.4, "sans-b")
                y += 6.4
            pen.rect(0, 35, 85.6, 19, None, (245, 245, 245))
            _mrz(pen, 3.5, 41, c["mrz"], 10.5, 5.2)

    return Page(85.6, 54, draw)


# ----------------------------------------------------------------------------- civil status


def birth_certificate(b: dict) -> Page:
    """Generic civil-register extract; b['kind'] picks the national layout."""
    kind = b["kind"]

    def draw(pen):
        rng = random.Random(b["seed"])
        if kind == "tgo":
            pen.text(12, 16, "RÉPUBLIQUE TOGOLAISE", 11, "serif-b")
            pen.text(20, 21, "Travail - Liberté - Patrie", 8, "serif-i")
            pen.text(12, 30, "PRÉFECTURE DU GOLFE", 8.5, "serif")
            pen.text(12, 35, "COMMUNE DE LOMÉ", 8.5, "serif")
            pen.text(12, 40, "Centre d'État civil de Lomé - Bè", 8.5, "serif")
            pen.text(140, 30, "Année : 1991", 9, "serif")
            pen.text(140, 36, "N° 2417 / 91", 9, "serif")
            pen.text(105, 58, "COPIE INTÉGRALE D'ACTE DE NAISSANCE", 13, "serif-b", align="center")
            y = 74
            for lab, val in b["rows"]:
                pen.text(20, y, lab, 10, "serif")
                pen.text(20 + pen.width_of(lab + "  ", 10, "serif"), y, val, 10.5, "serif-b")
                pen.line(20, y + 1.2, 190, y + 1.2, (170, 170, 170), 0.15)
                y += 9
            y = pen.para(20, y + 4, b["body"], 170, 10, "serif")
            pen.text(110, y + 12, b["issued_line"], 10, "serif")
            pen.text(120, y + 20, "L'Officier de l'État civil,", 10, "serif-i")
            pen.image(122, y + 24, 45, 16, signature(b["seed"] + 1, color=(30, 30, 110)))
            stamp(pen, 95, y + 32, 13, ["MAIRIE", "DE LOMÉ", "ÉTAT CIVIL"], (60, 70, 160), rng)
        elif kind in ("mng", "blr"):
            pen.rect(10, 10, 190, 277, (120, 80, 60) if kind == "mng" else (30, 90, 60), None, 0.8)
            pen.rect(
                13, 13, 184, 271, (150, 120, 90) if kind == "mng" else (60, 120, 90), None, 0.3
            )
            y = 30
            for s in b["header"]:
                pen.text(105, y, s, 10, "dv-b", align="center")
                y += 6
            pen.text(105, y + 10, b["title"], 16, "dvserif", (90, 30, 30), "center")
            y += 28
            for lab, val in b["rows"]:
                pen.text(24, y, val, 11, "dv-b")
                pen.line(24, y + 1.5, 186, y + 1.5, (120, 120, 120), 0.2)
                pen.text(105, y + 5, lab, 6.5, "dv", (90, 90, 90), "center")
                y += 14
            pen.text(24, y + 8, b["issued_line"], 9.5, "dv")
            pen.text(24, y + 16, b["officer"], 9.5, "dv")
            pen.image(120, y + 10, 45, 16, signature(b["seed"] + 1, color=(40, 40, 120)))
            stamp(pen, 60, y + 36, 16, b["stamp"], (90, 60, 150), rng)
            pen.text(150, 275, b["serial"], 10, "mono-b", (150, 30, 30))
        elif kind == "slv":
            pen.text(105, 18, "ALCALDÍA MUNICIPAL DE SAN SALVADOR", 12, "sans-b", align="center")
            pen.text(105, 24, "REGISTRO DEL ESTADO FAMILIAR", 10, "sans", align="center")
            pen.text(105, 29, "República de El Salvador, C.A.", 8.5, "sans-i", align="center")
            pen.line(20, 33, 190, 33, (30, 60, 140), 0.8)
            pen.text(
                105, 45, "CERTIFICACIÓN DE PARTIDA DE NACIMIENTO", 13, "sans-b", align="center"
            )
            pen.text(20, 56, "Libro: 48   Folio: 217   Partida Número: 1304   Año: 1989", 9, "mono")
            y = pen.para(20, 66, b["body"], 170, 10.5, "serif", 1.55)
            y = pen.para(20, y + 4, b["body2"], 170, 10, "serif", 1.5)
            pen.text(20, y + 10, b["issued_line"], 10, "serif")
            pen.image(110, y + 14, 50, 18, signature(b["seed"] + 1, color=(20, 20, 20)))
            pen.text(110, y + 36, "Jefe del Registro del Estado Familiar", 9, "sans")
            stamp(pen, 70, y + 28, 15, ["ALCALDÍA", "SAN SALVADOR", "R.E.F."], (40, 40, 140), rng)
            pen.text(20, 283, "Derechos: $ 5.00 - Recibo No. 88214-B", 7.5, "sans", (90, 90, 90))

    return Page(*A4, draw, (252, 250, 243) if kind != "slv" else (255, 255, 255))


def apostille(a: dict) -> Page:
    """Hague Convention model certificate: title, 10 numbered items, seal, signature."""

    def draw(pen):
        rng = random.Random(a["seed"])
        x0, y0 = a.get("x", 35), a.get("y", 35)
        pen.rect(x0, y0, 140, 150, (20, 20, 20), None, 0.5)
        pen.text(x0 + 70, y0 + 12, "APOSTILLE", 16, "dvserif", align="center")
        pen.text(
            x0 + 70, y0 + 19, "(Convention de La Haye du 5 octobre 1961)", 8, "dv", align="center"
        )
        if a.get("sub"):
            pen.text(x0 + 70, y0 + 24, a["sub"], 7, "dv", (60, 60, 60), "center")
        y = y0 + 33
        for i, (lab, val) in enumerate(a["items"], 1):
            pen.text(x0 + 6, y, f"{i}. {lab}", 7.5, "dv", (50, 50, 50))
            pen.text(x0 + 12, y + 4.2, val, 8.5, "dv-b")
            y += 10.5
        stamp(pen, x0 + 35, y0 + 135, 12, a["stamp"], (120, 40, 60), rng)
        pen.image(x0 + 80, y0 + 126, 45, 15, signature(a["seed"] + 2))

    return Page(*A4, draw)


def translation(t: dict) -> Page:
    """Traduction certifiée conforme by an expert near a cour d'appel."""

    def draw(pen):
        rng = random.Random(t["seed"])
        pen.text(20, 18, t["translator"], 10, "serif-b")
        pen.text(
            20, 23, "Traductrice-interprète expert près la Cour d'appel de Bordeaux", 8.5, "serif"
        )
        pen.text(20, 27.5, "Langues : mongol - russe - français", 8.5, "serif")
        pen.text(20, 32, "12 cours de l'Intendance, 33000 Bordeaux - 05 56 44 18 02", 8.5, "serif")
        pen.line(20, 35, 190, 35, (0, 0, 0), 0.3)
        pen.text(105, 46, "TRADUCTION DU MONGOL", 12, "serif-b", align="center")
        pen.text(105, 56, "CERTIFICAT DE NAISSANCE", 14, "serif-b", align="center")
        y = 70
        for lab, val in t["rows"]:
            pen.text(25, y, lab + " :", 10, "serif")
            pen.text(85, y, val, 10, "serif-b")
            y += 8
        y = pen.para(25, y + 6, t["note"], 160, 9.5, "serif-i")
        y = pen.para(25, y + 10, t["cert"], 160, 10, "serif")
        pen.text(120, y + 10, t["done"], 10, "serif")
        pen.image(120, y + 14, 45, 16, signature(t["seed"] + 3, color=(10, 10, 10)))
        stamp(pen, 70, y + 24, 16, t["stamp"], (30, 50, 140), rng)
        pen.text(20, 285, "N° de répertoire : " + t["rep"], 8, "serif", (80, 80, 80))

    return Page(*A4, draw)
