"""Civil-status papers drawn with reportlab: Guinean birth extract with legalisations, Russian
birth certificate (svidetelstvo o rozhdenii), sworn translations into French."""

from __future__ import annotations

import math
import random

from reportlab.lib.colors import Color

from bw_core import fr, fr_words
from bw_pdf import (
    INK_BLACK,
    INK_BLUE,
    MM,
    PAGE_H,
    PAGE_W,
    STAMP_BLUE,
    STAMP_VIOLET,
    para,
    signature,
    stamp_box,
    stamp_round,
    text,
    width,
)

TYPE_INK = Color(0.15, 0.15, 0.2)


def _guilloche(c, rng, col, x0, y0, w, h, n=40):
    c.saveState()
    c.setStrokeColor(col)
    c.setLineWidth(0.35)
    for k in range(n):
        ph = rng.uniform(0, 6.28)
        fr_ = rng.uniform(3, 6)
        yb = y0 + h * (k + 0.5) / n
        p = c.beginPath()
        p.moveTo(x0, yb)
        for i in range(1, 121):
            x = x0 + w * i / 120
            p.lineTo(x, yb + 9 * math.sin(fr_ * 6.283 * i / 120 + ph))
        c.drawPath(p, stroke=1, fill=0)
    c.restoreState()


def guinea_birth(c, g: dict, rng: random.Random):
    """Page 1: the extract; page 2: verso with the two legalisation stamps."""
    f, fb, tw_ = "serif", "serif_b", "freemono"
    c.setFillColor(Color(0.98, 0.97, 0.93))
    c.rect(0, 0, PAGE_W, PAGE_H, stroke=0, fill=1)
    y = PAGE_H - 18 * MM
    for s, ff, sz in (
        ("RÉPUBLIQUE DE GUINÉE", fb, 11),
        ("Travail - Justice - Solidarité", "serif_i", 8.5),
        ("MINISTÈRE DE L'ADMINISTRATION DU TERRITOIRE", f, 7.5),
        ("ET DE LA DÉCENTRALISATION", f, 7.5),
        (f"PRÉFECTURE DE {g['prefecture']}", fb, 8),
        (f"COMMUNE URBAINE DE {g['commune']}", fb, 8),
        ("CENTRE PRINCIPAL D'ÉTAT CIVIL", f, 7.5),
    ):
        text(c, 55 * MM, y, s, ff, sz, INK_BLACK, "center")
        y -= sz * 1.45
    c.setFillColor(Color(0.8, 0.1, 0.1))
    c.rect(140 * MM, PAGE_H - 24 * MM, 8 * MM, 5 * MM, stroke=0, fill=1)
    c.setFillColor(Color(0.95, 0.8, 0.1))
    c.rect(148 * MM, PAGE_H - 24 * MM, 8 * MM, 5 * MM, stroke=0, fill=1)
    c.setFillColor(Color(0.0, 0.55, 0.3))
    c.rect(156 * MM, PAGE_H - 24 * MM, 8 * MM, 5 * MM, stroke=0, fill=1)
    y -= 14
    text(c, PAGE_W / 2, y, "EXTRAIT D'ACTE DE NAISSANCE", fb, 15, INK_BLACK, "center")
    y -= 16
    text(
        c,
        PAGE_W / 2,
        y,
        f"N° {g['act_no']}   -   Année {g['dob'].year}",
        fb,
        10,
        INK_BLACK,
        "center",
    )
    y -= 30

    def row(label, val, yy):
        text(c, 22 * MM, yy, label, f, 10)
        x = 22 * MM + width(label, f, 10) + 6
        c.setDash(1, 2)
        c.setStrokeColor(Color(0.5, 0.5, 0.5))
        c.line(x, yy - 2, PAGE_W - 22 * MM, yy - 2)
        c.setDash()
        text(c, x + 6, yy + 0.5, val, tw_, 10.5, TYPE_INK)
        return yy - 21

    y = row("Le", g["dob_words"], y)
    y = row("à", g["time"], y)
    y = row("est né(e) à", g["pob_long"], y)
    y = row("Nom", g["surname"], y)
    y = row("Prénom(s)", g["given"], y)
    y = row("Sexe", g["sex_text"], y)
    y = row("Fils / Fille de", g["father"], y)
    y = row("Profession", g["father_job"], y)
    y = row("Et de", g["mother"], y)
    y = row("Profession", g["mother_job"], y)
    y = row("Domiciliés à", g["parents_home"], y)
    y -= 6
    y = para(
        c,
        22 * MM,
        y,
        PAGE_W - 44 * MM,
        f"Acte dressé le {g['drawn_words']}, sur la déclaration de {g['declarant']}, "
        "lecture faite et invité à lire l'acte, le déclarant a signé avec Nous, Officier de "
        "l'État Civil.",
        f,
        9.5,
        12.5,
    )
    y -= 10
    text(c, 22 * MM, y, "Mentions marginales : Néant", f, 9.5)
    y -= 28
    text(c, 22 * MM, y, "POUR EXTRAIT CERTIFIÉ CONFORME AU REGISTRE", fb, 9.5)
    text(c, 22 * MM, y - 14, f"Délivré à {g['commune'].title()}, le {fr(g['issued'])}", f, 9.5)
    text(c, 125 * MM, y - 2, "L'Officier de l'État Civil", fb, 9.5)
    text(c, 125 * MM, y - 62, g["officer"], f, 9)
    signature(c, g["officer"], 128 * MM, y - 55, 40 * MM, rng, INK_BLACK, 1.0)
    stamp_round(
        c,
        112 * MM,
        y - 36,
        15 * MM,
        f"COMMUNE URBAINE DE {g['commune']} * ÉTAT CIVIL *",
        ["RÉPUBLIQUE", "DE GUINÉE", ""],
        rng,
        STAMP_VIOLET,
    )
    c.setFillColor(Color(0.85, 0.9, 0.8))
    c.rect(22 * MM, 22 * MM, 24 * MM, 28 * MM, stroke=1, fill=1)
    text(c, 34 * MM, 42 * MM, "TIMBRE", "sans_b", 7, INK_BLACK, "center")
    text(c, 34 * MM, 36 * MM, "FISCAL", "sans_b", 7, INK_BLACK, "center")
    text(c, 34 * MM, 28 * MM, "5 000 GNF", "sans_b", 8, INK_BLACK, "center")
    c.showPage()
    # verso: legalisations
    c.setFillColor(Color(0.98, 0.97, 0.93))
    c.rect(0, 0, PAGE_W, PAGE_H, stroke=0, fill=1)
    lg = g["legal"]
    stamp_box(
        c,
        28 * MM,
        PAGE_H - 95 * MM,
        [
            "RÉPUBLIQUE DE GUINÉE",
            "MINISTÈRE DES AFFAIRES ÉTRANGÈRES",
            "ET DES GUINÉENS ÉTABLIS À L'ÉTRANGER",
            "VU POUR LÉGALISATION",
            f"de la signature de M. {g['officer']}",
            "Officier de l'État Civil",
            f"Conakry, le {fr(lg['mae_date'])}",
            f"N° {lg['mae_no']}",
        ],
        rng,
        STAMP_BLUE,
        "sans_b",
        8.5,
        angle=-3,
    )
    signature(c, lg["mae_agent"], 60 * MM, PAGE_H - 118 * MM, 38 * MM, rng, INK_BLUE, 1.0)
    stamp_box(
        c,
        70 * MM,
        PAGE_H - 205 * MM,
        [
            "AMBASSADE DE FRANCE EN GUINÉE",
            "SECTION CONSULAIRE",
            "Vu pour légalisation de la signature de",
            f"M. {lg['mae_agent']}, apposée ci-contre",
            f"Conakry, le {fr(lg['fr_date'])}",
            f"N° {lg['fr_no']}   Droits perçus : {lg['fr_fee']}",
            "L'Agent consulaire",
        ],
        rng,
        Color(0.45, 0.2, 0.55),
        "sans_b",
        8.5,
        angle=4,
    )
    signature(c, lg["fr_agent"], 100 * MM, PAGE_H - 232 * MM, 38 * MM, rng, INK_BLACK, 1.0)
    stamp_round(
        c,
        160 * MM,
        PAGE_H - 200 * MM,
        15 * MM,
        "AMBASSADE DE FRANCE * CONAKRY *",
        ["RÉPUBLIQUE", "FRANÇAISE", ""],
        rng,
        Color(0.45, 0.2, 0.55),
    )


def russia_birth(c, r: dict, rng: random.Random):
    """Svidetelstvo o rozhdenii (form of the Russian Federation), repeat issue."""
    W, H = PAGE_W, PAGE_H
    x0, y0, w, h = 25 * MM, 35 * MM, W - 50 * MM, H - 60 * MM
    c.setFillColor(Color(0.93, 0.96, 0.9))
    c.rect(x0, y0, w, h, stroke=0, fill=1)
    _guilloche(c, rng, Color(0.72, 0.84, 0.68), x0, y0, w, h, 56)
    c.setStrokeColor(Color(0.45, 0.6, 0.4))
    c.setLineWidth(2.5)
    c.rect(x0 + 4, y0 + 4, w - 8, h - 8)
    f, fb = "dserif", "dserif_b"
    cx = W / 2
    c.setFillColor(Color(0.75, 0.6, 0.25))
    c.circle(cx, H - 44 * MM, 8 * MM, stroke=0, fill=1)
    text(c, cx, H - 46 * MM, "РФ", fb, 11, Color(1, 1, 1), "center")
    text(c, cx, H - 60 * MM, "РОССИЙСКАЯ ФЕДЕРАЦИЯ", fb, 13, INK_BLACK, "center")
    text(c, cx, H - 72 * MM, "СВИДЕТЕЛЬСТВО", fb, 20, INK_BLACK, "center")
    text(c, cx, H - 80 * MM, "О РОЖДЕНИИ", fb, 15, INK_BLACK, "center")
    text(c, W - 32 * MM, H - 32 * MM, "ПОВТОРНОЕ", fb, 9, Color(0.5, 0.1, 0.1), "right")
    y = H - 94 * MM
    xl, xr = 33 * MM, W - 33 * MM

    def line(val, caption, yy, size=13, font_=None):
        c.setStrokeColor(INK_BLACK)
        c.setLineWidth(0.5)
        c.line(xl, yy - 3, xr, yy - 3)
        text(c, cx, yy, val, font_ or fb, size, TYPE_INK, "center")
        text(c, cx, yy - 11, caption, f, 6.5, INK_BLACK, "center")
        return yy - 27

    y = line(r["surname_ru"], "фамилия", y, 15)
    y = line(r["given_ru"], "имя, отчество", y, 14)
    text(c, xl, y, "родился(лась)", f, 9)
    y = line(r["dob"].strftime("%d.%m.%Y"), "", y - 4, 12)
    y = line(r["dob_words"], "(число, месяц, год (цифрами и прописью))", y + 8, 10)
    y = line(r["pob_ru"], "место рождения", y, 10.5)
    text(c, xl, y, r["record_line"], f, 8.5)
    y -= 14
    text(c, xl, y, f"составлена запись акта о рождении № {r['record_no']}", f, 9)
    y -= 24
    text(c, xl, y, "Отец", fb, 9)
    y = line(r["father_ru"], "фамилия, имя, отчество", y, 11)
    y = line("гражданин России", "гражданство", y + 6, 9.5, f)
    text(c, xl, y, "Мать", fb, 9)
    y = line(r["mother_ru"], "фамилия, имя, отчество", y, 11)
    y = line("гражданка России", "гражданство", y + 6, 9.5, f)
    y = line(r["reg_place"], "место государственной регистрации", y, 8.5, f)
    y = line(r["issue_place"], "место выдачи свидетельства", y, 8, f)
    text(c, xl, y, "Дата выдачи", f, 9)
    text(c, xl + 25 * MM, y, r["issued"].strftime("%d.%m.%Y"), fb, 11, TYPE_INK)
    y -= 24
    text(c, xl, y, "Руководитель органа записи", f, 8)
    text(c, xl, y - 9, "актов гражданского состояния", f, 8)
    signature(c, r["head"], xl + 55 * MM, y - 20, 34 * MM, rng, INK_BLUE, 1.0)
    text(c, xr, y - 9, r["head"], f, 9, TYPE_INK, "right")
    text(c, xl + 6 * MM, y - 30, "М.П.", f, 8)
    stamp_round(
        c,
        xl + 32 * MM,
        y - 42,
        16 * MM,
        r["stamp_ring"],
        ["", "ЗАГС", ""],
        rng,
        Color(0.25, 0.3, 0.7),
        "dejavu_b",
    )
    text(
        c,
        cx,
        y0 + 12 * MM,
        f"{r['series']}   № {r['number']}",
        fb,
        12,
        Color(0.6, 0.1, 0.1),
        "center",
    )


def translation(c, t: dict, rng: random.Random):
    """Traduction certifiée conforme by a sworn translator (expert près la cour d'appel)."""
    f, fb = t.get("fonts", ("serif", "serif_b"))
    y = PAGE_H - 20 * MM
    for i, s in enumerate(t["translator_head"]):
        text(c, 20 * MM, y - i * 12, s, fb if i == 0 else f, 10 if i == 0 else 8.5)
    text(c, PAGE_W - 20 * MM, y, f"Répertoire n° {t['rep_no']}", f, 8.5, INK_BLACK, "right")
    y -= 14 + 12 * len(t["translator_head"])
    c.setStrokeColor(INK_BLACK)
    c.line(20 * MM, y, PAGE_W - 20 * MM, y)
    y -= 20
    text(
        c,
        PAGE_W / 2,
        y,
        f"TRADUCTION DE L'{t['lang_from'].upper()} VERS LE FRANÇAIS",
        fb,
        10.5,
        INK_BLACK,
        "center",
    )
    y -= 22
    for s in t["doc_head"]:
        text(c, PAGE_W / 2, y, s, fb, 10, INK_BLACK, "center")
        y -= 13
    y -= 10
    for lab, val in t["rows"]:
        if lab.startswith("["):
            y = para(c, 22 * MM, y, PAGE_W - 44 * MM, lab, "serif_i", 9, 11.5) - 4
            continue
        text(c, 22 * MM, y, lab, f, 9.5)
        y = para(c, 85 * MM, y, PAGE_W - 107 * MM, val, fb, 9.5, 12) - 5
    y -= 14
    y = para(
        c,
        20 * MM,
        y,
        PAGE_W - 40 * MM,
        f"Je soussigné(e), {t['translator']}, {t['title']}, certifie que la présente "
        f"traduction est conforme à l'original rédigé en langue {t['lang_from']} qui m'a été "
        "présenté et que j'ai visé ne varietur sous le même numéro de répertoire.",
        f,
        9.5,
        12.5,
    )
    y -= 10
    text(c, 20 * MM, y, f"Fait à {t['place']}, le {fr_words(t['date'])}", f, 9.5)
    stamp_round(
        c, 140 * MM, y - 30 * MM, 17 * MM, t["stamp_ring"], t["stamp_inner"], rng, STAMP_BLUE
    )
    signature(c, t["translator"], 120 * MM, y - 40 * MM, 42 * MM, rng, INK_BLUE, 1.1)
    text(
        c,
        PAGE_W / 2,
        12 * MM,
        "Traduction certifiée conforme - page 1/1",
        f,
        7,
        Color(0.4, 0.4, 0.4),
        "center",
    )
