"""Company marks drawn as simple shapes and text (no real artwork)."""

from __future__ import annotations

import math

from .paint import Pg


def edf(p: Pg, x, y, s=1.0):
    # orange "flower" arcs + blue lowercase text
    for i in range(6):
        a = math.radians(-30 + i * 22)
        p.circle(
            x + 6 * s + 5 * s * math.cos(a),
            y + 6 * s - 5 * s * math.sin(a),
            1.6 * s,
            lw=0,
            stroke=None,
            fill=(255, 120, 0),
        )
    p.t(x + 14 * s, y + 9 * s, "edf", "Arial-B", 20 * s, (0, 32, 120))


def engie(p: Pg, x, y, s=1.0):
    p.t(x, y + 9 * s, "ENGIE", "Arial-B", 19 * s, (0, 170, 255))
    pts = [
        (x + 2 * s + i * 1.2 * s, y + 1.2 * s + 2.4 * s * (1 - ((i - 12) / 12) ** 2))
        for i in range(25)
    ]
    p.poly(pts, stroke=(0, 170, 255), lw=1.6 * s, close=False)


def total(p: Pg, x, y, s=1.0):
    cols = [(237, 28, 36), (255, 200, 0), (0, 150, 220), (0, 160, 90), (120, 40, 140)]
    for i, c in enumerate(cols):
        a = math.radians(90 + i * 72)
        p.circle(
            x + 6 * s + 3 * s * math.cos(a),
            y + 6 * s - 3 * s * math.sin(a),
            2.8 * s,
            lw=0,
            stroke=None,
            fill=c,
        )
    p.circle(x + 6 * s, y + 6 * s, 2.2 * s, lw=0, stroke=None, fill=(255, 255, 255))
    p.t(x + 14 * s, y + 6 * s, "Total", "Arial-B", 12 * s, (237, 28, 36))
    p.t(x + 14 * s, y + 10.5 * s, "Energies", "Arial-B", 9 * s, (0, 90, 160))


def free(p: Pg, x, y, s=1.0):
    p.t(x, y + 10 * s, "free", "Times-I", 30 * s, (205, 30, 37))


def sfr(p: Pg, x, y, s=1.0):
    p.rect(x, y, 16 * s, 16 * s, lw=0, stroke=None, fill=(226, 0, 26))
    p.t(x + 8 * s, y + 10.3 * s, "SFR", "Arial-B", 13 * s, (255, 255, 255), align="c")


def orange(p: Pg, x, y, s=1.0):
    p.rect(x, y, 16 * s, 16 * s, lw=0, stroke=None, fill=(255, 121, 0))
    p.rect(x + 2 * s, y + 12.2 * s, 8 * s, 1.3 * s, lw=0, stroke=None, fill=(255, 255, 255))
    p.t(x + 2 * s, y + 10.8 * s, "orange", "Arial-B", 7.5 * s, (255, 255, 255))


def bouygues(p: Pg, x, y, s=1.0):
    for i, c in enumerate([(0, 153, 204), (0, 102, 170), (0, 60, 130)]):
        p.circle(x + 3 * s + i * 3.2 * s, y + 5 * s, 1.5 * s, lw=0, stroke=None, fill=c)
    p.t(x, y + 12 * s, "BOUYGUES", "Arial-B", 10 * s, (0, 60, 130))
    p.t(x, y + 16 * s, "TELECOM", "Arial", 8 * s, (0, 153, 204))


def eaudeparis(p: Pg, x, y, s=1.0):
    p.circle(x + 6 * s, y + 7 * s, 6 * s, lw=0, stroke=None, fill=(0, 140, 210))
    p.poly(
        [(x + 3 * s, y + 8 * s), (x + 6 * s, y + 2.5 * s), (x + 9 * s, y + 8 * s)],
        fill=(255, 255, 255),
    )
    p.t(x + 15 * s, y + 6 * s, "Eau de Paris", "Arial-B", 11 * s, (0, 90, 160))
    p.t(x + 15 * s, y + 10.5 * s, "L'eau publique parisienne", "Arial", 6 * s, (0, 140, 210))


def veolia(p: Pg, x, y, s=1.0):
    p.rect(x, y, 30 * s, 11 * s, lw=0, stroke=None, fill=(229, 0, 18))
    p.t(x + 15 * s, y + 8 * s, "VEOLIA", "Arial-B", 12 * s, (255, 255, 255), align="c")
    p.t(x, y + 15 * s, "Eau — Service clients", "Arial", 6.5 * s, (90, 90, 90))


def bnp(p: Pg, x, y, s=1.0):
    p.rect(x, y, 12 * s, 12 * s, lw=0, stroke=None, fill=(0, 145, 90), r=1.5 * s)
    for i in range(4):
        a = math.radians(200 + i * 30)
        p.circle(
            x + 6 * s + 4 * s * math.cos(a),
            y + 6 * s - 4 * s * math.sin(a),
            0.9 * s,
            lw=0,
            stroke=None,
            fill=(255, 255, 255),
        )
    p.t(x + 15 * s, y + 8 * s, "BNP PARIBAS", "Arial-B", 12 * s, (0, 100, 60))


def creditmutuel(p: Pg, x, y, s=1.0):
    p.rect(x, y, 12 * s, 12 * s, lw=0, stroke=None, fill=(0, 70, 150))
    p.rect(x + 3 * s, y + 3 * s, 6 * s, 6 * s, lw=0, stroke=None, fill=(230, 30, 40))
    p.t(x + 15 * s, y + 5.5 * s, "Crédit", "Arial-B", 10 * s, (0, 70, 150))
    p.t(x + 15 * s, y + 10.5 * s, "Mutuel", "Arial-B", 10 * s, (0, 70, 150))


def sg(p: Pg, x, y, s=1.0):
    p.rect(x, y, 10 * s, 5 * s, lw=0, stroke=None, fill=(226, 0, 26))
    p.rect(x, y + 5 * s, 10 * s, 5 * s, lw=0, stroke=None, fill=(0, 0, 0))
    p.rect(x + 2 * s, y + 4.4 * s, 6 * s, 1.2 * s, lw=0, stroke=None, fill=(255, 255, 255))
    p.t(x + 13 * s, y + 7.5 * s, "SOCIETE GENERALE", "Arial-B", 10 * s, (0, 0, 0))


def lcl(p: Pg, x, y, s=1.0):
    p.circle(x + 6 * s, y + 6 * s, 6 * s, lw=0, stroke=None, fill=(0, 40, 110))
    p.circle(x + 6 * s, y + 6 * s, 3.8 * s, lw=0, stroke=None, fill=(255, 215, 0))
    p.t(x + 15 * s, y + 8.5 * s, "LCL", "Arial-B", 15 * s, (0, 40, 110))


def lbp(p: Pg, x, y, s=1.0):
    p.rect(x, y, 12 * s, 12 * s, lw=0, stroke=None, fill=(255, 210, 0))
    p.poly(
        [(x + 2 * s, y + 9 * s), (x + 6 * s, y + 3 * s), (x + 10 * s, y + 9 * s)], fill=(0, 50, 130)
    )
    p.t(x + 15 * s, y + 5.5 * s, "LA BANQUE", "Arial-B", 8 * s, (0, 50, 130))
    p.t(x + 15 * s, y + 10.5 * s, "POSTALE", "Arial-B", 10 * s, (0, 50, 130))


def boursobank(p: Pg, x, y, s=1.0):
    p.circle(x + 5 * s, y + 5 * s, 5 * s, lw=0, stroke=None, fill=(0, 50, 110))
    p.circle(x + 5 * s, y + 5 * s, 2.5 * s, lw=0, stroke=None, fill=(240, 0, 120))
    p.t(x + 13 * s, y + 7.5 * s, "BoursoBank", "Arial-B", 12 * s, (0, 50, 110))


def creditagricole(p: Pg, x, y, s=1.0):
    p.rect(x, y, 12 * s, 12 * s, lw=0, stroke=None, fill=(0, 120, 120))
    p.poly(
        [(x + 2 * s, y + 10 * s), (x + 6 * s, y + 2 * s), (x + 10 * s, y + 10 * s)],
        fill=(255, 255, 255),
    )
    p.t(x + 15 * s, y + 5.5 * s, "CRÉDIT AGRICOLE", "Arial-B", 9 * s, (0, 100, 100))
    p.t(x + 15 * s, y + 10 * s, "ÎLE-DE-FRANCE", "Arial", 7 * s, (0, 100, 100))


def caisse_epargne(p: Pg, x, y, s=1.0):
    p.rect(x, y, 12 * s, 12 * s, lw=0, stroke=None, fill=(220, 20, 40))
    p.circle(x + 6 * s, y + 6 * s, 3 * s, lw=0, stroke=None, fill=(255, 255, 255))
    p.t(x + 15 * s, y + 5.5 * s, "CAISSE", "Arial-B", 9 * s, (220, 20, 40))
    p.t(x + 15 * s, y + 10 * s, "D'EPARGNE", "Arial-B", 9 * s, (220, 20, 40))


def marianne(p: Pg, x, y, s=1.0, lines=("RÉPUBLIQUE", "FRANÇAISE")):
    p.rect(x, y, 3 * s, 6 * s, lw=0, stroke=None, fill=(0, 0, 145))
    p.rect(x + 3 * s, y, 3 * s, 6 * s, lw=0, stroke=None, fill=(255, 255, 255))
    p.rect(x + 6 * s, y, 3 * s, 6 * s, lw=0, stroke=None, fill=(225, 0, 15))
    p.rect(x, y, 9 * s, 6 * s, lw=0.2, stroke=(150, 150, 150))
    yy = y + 11 * s
    for ln in lines:
        p.t(x, yy, ln, "Arial-B", 8.5 * s, (0, 0, 0))
        yy += 3.6 * s
    p.t(x, yy + 0.5 * s, "Liberté", "Times-I", 6.5 * s, (0, 0, 0))
    p.t(x, yy + 3.2 * s, "Égalité", "Times-I", 6.5 * s, (0, 0, 0))
    p.t(x, yy + 5.9 * s, "Fraternité", "Times-I", 6.5 * s, (0, 0, 0))


def caf(p: Pg, x, y, s=1.0):
    p.circle(x + 6 * s, y + 6 * s, 6 * s, lw=0, stroke=None, fill=(0, 110, 190))
    p.t(x + 6 * s, y + 8 * s, "caf", "Arial-B", 10 * s, (255, 255, 255), align="c")
    p.t(x + 15 * s, y + 5 * s, "Caisse d'allocations familiales", "Arial-B", 8 * s, (0, 110, 190))


def ameli(p: Pg, x, y, s=1.0):
    p.rect(x, y, 10 * s, 10 * s, lw=0, stroke=None, fill=(0, 82, 160), r=1.5 * s)
    p.t(x + 5 * s, y + 7.5 * s, "A", "Arial-B", 12 * s, (255, 255, 255), align="c")
    p.t(x + 13 * s, y + 4.5 * s, "l'Assurance", "Arial-B", 9 * s, (0, 82, 160))
    p.t(x + 13 * s, y + 9 * s, "Maladie", "Arial-B", 9 * s, (0, 82, 160))


LOGOS = {
    "edf": edf,
    "engie": engie,
    "total": total,
    "free": free,
    "sfr": sfr,
    "orange": orange,
    "bouygues": bouygues,
    "eaudeparis": eaudeparis,
    "veolia": veolia,
    "bnp": bnp,
    "cm": creditmutuel,
    "sg": sg,
    "lcl": lcl,
    "lbp": lbp,
    "bourso": boursobank,
    "ca": creditagricole,
    "ce": caisse_epargne,
}
