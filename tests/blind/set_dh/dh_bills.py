"""Utility bills and phone screenshots (set_dh)."""

from __future__ import annotations

import random

from dh_core import Page
from dh_ids import group4

GREY = (100, 100, 100)


def bill_page(d: dict, rng: random.Random) -> Page:
    """A French supplier's monthly bill: logo band, addressee window, period, amount."""
    pg = Page()
    col = d["color"]
    pg.rect(0, 0, 210, 4, stroke=None, fill=col)
    pg.text(15, 20, d["provider"], "sansb", 20, col)
    pg.text(15, 26, d["tagline"], "sans", 8, GREY)
    pg.text(195, 18, d["doc_title"], "sansb", 12, align="r")
    pg.text(195, 24, f"N° {d['number']}", "sans", 8.5, GREY, "r")
    pg.text(195, 29, f"Émise le {d['issue_text']}", "sans", 8.5, GREY, "r")
    y = 50.0
    for i, ln in enumerate([d["holder"]] + d["address"]):
        pg.text(115, y + i * 5, ln, "sansb" if i == 0 else "sans", 10)
    pg.text(15, 50, "Votre référence client", "sans", 7.5, GREY)
    pg.text(15, 55, d["client"], "sansb", 10)
    pg.text(15, 63, d["site_label"], "sans", 7.5, GREY)
    for i, ln in enumerate(d["site"]):
        pg.text(15, 68 + i * 4.6, ln, "sans", 9)
    y = 92.0
    pg.rect(15, y, 180, 20, stroke=None, fill=(242, 242, 246))
    pg.text(20, y + 8, d["period_label"], "sans", 9)
    pg.text(20, y + 14.5, d["period_text"], "sansb", 11)
    pg.text(190, y + 8, "Montant TTC à payer", "sans", 9, align="r")
    pg.text(190, y + 15, d["amount_text"] + " €", "sansb", 15, col, "r")
    y += 30
    pg.text(15, y, "Détail de votre facture", "sansb", 11)
    y += 7
    for lbl, v in d["lines"]:
        pg.text(18, y, lbl, "sans", 9)
        pg.text(192, y, v, "sans", 9, align="r")
        pg.line(15, y + 2, 195, y + 2, (225, 225, 225), 0.2)
        y += 6.2
    pg.text(18, y + 2, "Total TTC", "sansb", 10)
    pg.text(192, y + 2, d["amount_text"] + " €", "sansb", 10, align="r")
    y += 14
    pg.para(15, y, d["footer"], 180, "sans", 7.5, color=GREY)
    pg.text(15, 288, d["legal"], "sans", 6, GREY)
    return pg


SCREEN_W, SCREEN_H = 117.0, 253.2  # 1170 x 2532 px at 10 px/mm


def _status_bar(pg: Page, time_text: str, dark=False):
    c = (255, 255, 255) if dark else (0, 0, 0)
    pg.text(12, 8, time_text, "robotom", 11, c)
    pg.rect(96, 4.2, 9, 4.2, stroke=c, lw=0.3)
    pg.rect(96.6, 4.8, 6.5, 3.0, stroke=None, fill=c)
    pg.text(92, 8, "4G", "robotob", 8, c, "r")


def lcl_rib_screen(d: dict) -> Page:
    pg = Page(SCREEN_W, SCREEN_H, bg=(245, 246, 250))
    pg.rect(0, 0, SCREEN_W, 30, stroke=None, fill=(0, 40, 110))
    _status_bar(pg, d["time"], dark=True)
    pg.text(8, 23, "‹", "roboto", 18, (255, 255, 255))
    pg.text(58.5, 22, "Mon RIB", "robotob", 12, (255, 255, 255), "m")
    pg.rect(6, 38, 105, 132, stroke=None, fill=(255, 255, 255))
    pg.text(12, 48, "LCL", "robotob", 16, (0, 40, 110))
    pg.text(12, 54, "Relevé d'Identité Bancaire", "roboto", 8, GREY)
    y = 66.0
    for lbl, v in d["rows"]:
        pg.text(12, y, lbl, "roboto", 7.5, GREY)
        pg.text(12, y + 6, v, "robotom", 9.5 if len(v) > 28 else 10.5)
        y += 14.5
    pg.rect(6, 178, 105, 14, stroke=None, fill=(0, 40, 110))
    pg.text(58.5, 187, "Partager mon RIB", "robotob", 10, (255, 255, 255), "m")
    pg.rect(6, 197, 105, 14, stroke=(0, 40, 110), lw=0.4)
    pg.text(58.5, 206, "Télécharger le PDF", "robotob", 10, (0, 40, 110), "m")
    pg.rect(40, 246, 37, 1.5, stroke=None, fill=(20, 20, 20))
    return pg


def sfr_bill_screen(d: dict) -> Page:
    pg = Page(SCREEN_W, SCREEN_H, bg=(255, 255, 255))
    _status_bar(pg, d["time"])
    pg.rect(0, 12, SCREEN_W, 18, stroke=None, fill=(226, 0, 26))
    pg.text(10, 24, "SFR & Moi", "robotob", 13, (255, 255, 255))
    pg.text(8, 42, "Ma facture", "robotob", 14)
    pg.text(8, 49, d["line_label"], "roboto", 8.5, GREY)
    pg.rect(6, 55, 105, 40, stroke=None, fill=(246, 246, 246))
    pg.text(11, 64, d["month_title"], "robotom", 10)
    pg.text(11, 78, d["amount_text"] + " €", "robotob", 20, (226, 0, 26))
    pg.text(11, 88, d["debit_text"], "roboto", 7.5, GREY)
    y = 106.0
    for lbl, v in d["rows"]:
        pg.text(8, y, lbl, "roboto", 7.5, GREY)
        pg.text(8, y + 5.5, v, "robotom", 9.5)
        pg.line(6, y + 9, 111, y + 9, (225, 225, 225), 0.2)
        y += 14
    pg.rect(6, y + 4, 105, 13, stroke=None, fill=(226, 0, 26))
    pg.text(58.5, y + 12.5, "Télécharger la facture (PDF)", "robotob", 9, (255, 255, 255), "m")
    pg.rect(40, 246, 37, 1.5, stroke=None, fill=(20, 20, 20))
    return pg


def iban_rows(holder, iban, bic, bank_branch):
    return [
        ("Titulaire", holder),
        ("IBAN", group4(iban)),
        ("BIC", bic),
        ("Domiciliation", bank_branch),
    ]
