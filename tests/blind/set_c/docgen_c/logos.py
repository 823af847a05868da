"""Issuer marks drawn as simple shapes and text (no artwork copied): energy and telecom
providers, banks, French State block, Assurance Maladie."""

from __future__ import annotations

import math

from reportlab.lib.colors import black, white

from .draw import rgb, txt

BRAND = {
    "EDF": rgb("FE5815"),
    "EDF_BLUE": rgb("001A70"),
    "ENGIE": rgb("00AAFF"),
    "TOTAL": rgb("ED0000"),
    "FREE": rgb("CD1E25"),
    "SFR": rgb("E2001A"),
    "ORANGE": rgb("FF7900"),
    "BOUYGUES": rgb("009DCC"),
    "BNP": rgb("00915A"),
    "CM": rgb("0066B3"),
    "SG": rgb("E60028"),
    "LCL": rgb("003F8B"),
    "CA": rgb("00836E"),
    "LBP": rgb("FDC300"),
    "CE": rgb("D6001C"),
    "CIC": rgb("00A1E4"),
    "BP": rgb("1D3E92"),
    "N26": rgb("36A18B"),
    "BOURSO": rgb("D1006A"),
    "AMELI": rgb("0C419A"),
    "VEOLIA": rgb("E2001A"),
    "CAF": rgb("0E6EB8"),
    "DGFIP": rgb("000091"),
}


def edf(c, x, y, s=1.0):
    c.saveState()
    c.setFillColor(BRAND["EDF"])
    for k in range(6):
        a = math.radians(200 + k * 18)
        c.circle(
            x + 16 * s + 11 * s * math.cos(a),
            y + 10 * s + 11 * s * math.sin(a),
            2.2 * s,
            stroke=0,
            fill=1,
        )
    c.restoreState()
    txt(c, x + 32 * s, y + 4 * s, "edf", "Sans-B", 20 * s, BRAND["EDF_BLUE"])


def engie(c, x, y, s=1.0):
    c.saveState()
    c.setStrokeColor(BRAND["ENGIE"])
    c.setLineWidth(3 * s)
    c.arc(x, y + 12 * s, x + 70 * s, y + 40 * s, 20, 140)
    c.restoreState()
    txt(c, x + 4 * s, y, "ENGIE", "Sans-B", 18 * s, BRAND["ENGIE"])


def total(c, x, y, s=1.0):
    cols = ["ED0000", "FF7F00", "FFD200", "7DBA00", "0087CD", "6E2C8F"]
    c.saveState()
    for i, col in enumerate(cols):
        c.setStrokeColor(rgb(col))
        c.setLineWidth(2.2 * s)
        c.circle(x + 14 * s, y + 12 * s, (12 - i * 1.9) * s, stroke=1, fill=0)
    c.restoreState()
    txt(c, x + 32 * s, y + 10 * s, "TotalEnergies", "Sans-B", 14 * s, rgb("ED0000"))
    txt(c, x + 32 * s, y, "Électricité et Gaz", "Sans", 7 * s, black)


def free(c, x, y, s=1.0):
    txt(c, x, y, "free", "Sans-BI", 26 * s, BRAND["FREE"])


def sfr(c, x, y, s=1.0):
    c.saveState()
    c.setFillColor(BRAND["SFR"])
    c.rect(x, y, 38 * s, 30 * s, stroke=0, fill=1)
    c.restoreState()
    txt(c, x + 19 * s, y + 8 * s, "SFR", "Sans-B", 15 * s, white, "c")


def orange(c, x, y, s=1.0):
    c.saveState()
    c.setFillColor(BRAND["ORANGE"])
    c.rect(x, y, 34 * s, 34 * s, stroke=0, fill=1)
    c.restoreState()
    txt(c, x + 3 * s, y + 3 * s, "orange", "Sans-B", 7.5 * s, white)


def bouygues(c, x, y, s=1.0, on_dark=False):
    c.saveState()
    c.setFillColor(BRAND["BOUYGUES"])
    c.circle(x + 8 * s, y + 12 * s, 6 * s, stroke=0, fill=1)
    c.restoreState()
    txt(
        c, x + 18 * s, y + 12 * s, "BOUYGUES", "Sans-B", 12 * s, white if on_dark else rgb("1A2E5A")
    )
    txt(c, x + 18 * s, y + 2 * s, "TELECOM", "Sans", 8 * s, BRAND["BOUYGUES"], cs=2)


def veolia(c, x, y, s=1.0):
    c.saveState()
    c.setFillColor(BRAND["VEOLIA"])
    p = c.beginPath()
    p.moveTo(x, y + 20 * s)
    p.lineTo(x + 8 * s, y)
    p.lineTo(x + 16 * s, y + 20 * s)
    p.close()
    c.drawPath(p, stroke=0, fill=1)
    c.restoreState()
    txt(c, x + 22 * s, y + 4 * s, "VEOLIA", "Sans-B", 16 * s, BRAND["VEOLIA"])


def bank(c, key, x, y, s=1.0):
    """Bank marks: a coloured symbol plus the bank's name set in a house font."""
    c.saveState()
    if key == "BNP":
        c.setFillColor(BRAND["BNP"])
        c.rect(x, y, 24 * s, 24 * s, stroke=0, fill=1)
        c.setFillColor(white)
        for i in range(4):
            c.circle(x + (6 + i * 4) * s, y + (6 + i * 4) * s, 1.6 * s, stroke=0, fill=1)
        c.restoreState()
        txt(c, x + 30 * s, y + 12 * s, "BNP PARIBAS", "Sans-B", 13 * s, BRAND["BNP"])
        txt(c, x + 30 * s, y + 2 * s, "La banque d'un monde qui change", "Sans", 6 * s, black)
        return
    if key == "CM":
        c.setFillColor(BRAND["CM"])
        c.roundRect(x, y, 24 * s, 24 * s, 4 * s, stroke=0, fill=1)
        c.setFillColor(white)
        c.rect(x + 10 * s, y + 4 * s, 4 * s, 16 * s, stroke=0, fill=1)
        c.rect(x + 4 * s, y + 10 * s, 16 * s, 4 * s, stroke=0, fill=1)
        c.restoreState()
        txt(c, x + 30 * s, y + 7 * s, "Crédit Mutuel", "Serif-B", 15 * s, BRAND["CM"])
        return
    if key == "SG":
        c.setFillColor(BRAND["SG"])
        c.rect(x, y + 11 * s, 22 * s, 11 * s, stroke=0, fill=1)
        c.setFillColor(black)
        c.rect(x, y, 22 * s, 11 * s, stroke=0, fill=1)
        c.setFillColor(white)
        c.rect(x + 3 * s, y + 10.2 * s, 16 * s, 1.6 * s, stroke=0, fill=1)
        c.restoreState()
        txt(c, x + 28 * s, y + 6 * s, "SOCIETE GENERALE", "Sans-B", 12 * s, black)
        return
    if key == "LCL":
        c.setFillColor(rgb("FFD100"))
        c.circle(x + 13 * s, y + 12 * s, 13 * s, stroke=0, fill=1)
        c.restoreState()
        txt(c, x + 13 * s, y + 7 * s, "LCL", "Sans-B", 11 * s, BRAND["LCL"], "c")
        txt(c, x + 32 * s, y + 6 * s, "LE CRÉDIT LYONNAIS", "Sans", 9 * s, BRAND["LCL"])
        return
    if key == "CA":
        c.setFillColor(BRAND["CA"])
        p = c.beginPath()
        p.moveTo(x, y)
        p.lineTo(x + 24 * s, y)
        p.lineTo(x + 12 * s, y + 24 * s)
        p.close()
        c.drawPath(p, stroke=0, fill=1)
        c.setFillColor(rgb("D5192E"))
        c.rect(x + 9 * s, y + 2 * s, 6 * s, 8 * s, stroke=0, fill=1)
        c.restoreState()
        txt(c, x + 30 * s, y + 12 * s, "CRÉDIT AGRICOLE", "Sans-B", 12 * s, BRAND["CA"])
        return
    if key == "LBP":
        c.setFillColor(BRAND["LBP"])
        c.rect(x, y, 26 * s, 26 * s, stroke=0, fill=1)
        c.setFillColor(rgb("003DA5"))
        c.rect(x + 4 * s, y + 8 * s, 18 * s, 3 * s, stroke=0, fill=1)
        c.restoreState()
        txt(c, x + 32 * s, y + 12 * s, "LA BANQUE", "Sans-B", 11 * s, rgb("003DA5"))
        txt(c, x + 32 * s, y + 1 * s, "POSTALE", "Sans-B", 11 * s, rgb("003DA5"))
        return
    if key == "CE":
        c.setFillColor(BRAND["CE"])
        c.circle(x + 12 * s, y + 12 * s, 12 * s, stroke=0, fill=1)
        c.setFillColor(white)
        c.circle(x + 15 * s, y + 15 * s, 4 * s, stroke=0, fill=1)
        c.restoreState()
        txt(c, x + 30 * s, y + 6 * s, "CAISSE D'EPARGNE", "Sans-B", 12 * s, BRAND["CE"])
        return
    if key == "CIC":
        c.setFillColor(BRAND["CIC"])
        c.rect(x, y, 40 * s, 22 * s, stroke=0, fill=1)
        c.restoreState()
        txt(c, x + 20 * s, y + 6 * s, "CIC", "Sans-B", 14 * s, white, "c")
        return
    if key == "BP":
        c.setFillColor(BRAND["BP"])
        c.rect(x, y, 26 * s, 26 * s, stroke=0, fill=1)
        c.setFillColor(rgb("A2A9D6"))
        c.rect(x + 13 * s, y, 13 * s, 13 * s, stroke=0, fill=1)
        c.restoreState()
        txt(c, x + 32 * s, y + 13 * s, "BANQUE POPULAIRE", "Sans-B", 11 * s, BRAND["BP"])
        txt(c, x + 32 * s, y + 2 * s, "RIVES DE PARIS", "Sans", 8 * s, BRAND["BP"])
        return
    if key == "N26":
        c.restoreState()
        txt(c, x, y + 4 * s, "N26", "Sans-B", 20 * s, black)
        return
    if key == "BOURSO":
        c.setFillColor(BRAND["BOURSO"])
        c.circle(x + 10 * s, y + 10 * s, 10 * s, stroke=0, fill=1)
        c.restoreState()
        txt(c, x + 26 * s, y + 4 * s, "BoursoBank", "Sans-B", 14 * s, rgb("1B1F3B"))
        return
    if key == "REVOLUT":
        c.restoreState()
        txt(c, x, y + 4 * s, "Revolut", "Sans-B", 16 * s, black)
        return
    c.restoreState()
    txt(c, x, y + 4 * s, key, "Sans-B", 14 * s, black)


def marianne(c, x, y, s=1.0, lines=("RÉPUBLIQUE", "FRANÇAISE"), motto=True):
    """The French State block: a tricolour bar, the words of the Republic and the motto."""
    c.saveState()
    c.setFillColor(rgb("000091"))
    c.rect(x, y + 30 * s, 9 * s, 5 * s, stroke=0, fill=1)
    c.setFillColor(rgb("E1000F"))
    c.rect(x + 9 * s, y + 30 * s, 9 * s, 5 * s, stroke=0, fill=1)
    c.restoreState()
    yy = y + 20 * s
    for l in lines:
        txt(c, x, yy, l, "Sans-B", 8.5 * s, black)
        yy -= 9.5 * s
    if motto:
        txt(c, x, yy - 2 * s, "Liberté", "Serif-I", 6.5 * s, black)
        txt(c, x, yy - 9 * s, "Égalité", "Serif-I", 6.5 * s, black)
        txt(c, x, yy - 16 * s, "Fraternité", "Serif-I", 6.5 * s, black)


def ameli(c, x, y, s=1.0):
    c.saveState()
    c.setFillColor(BRAND["AMELI"])
    c.roundRect(x, y, 30 * s, 30 * s, 5 * s, stroke=0, fill=1)
    c.setFillColor(white)
    c.rect(x + 13 * s, y + 6 * s, 4 * s, 18 * s, stroke=0, fill=1)
    c.rect(x + 6 * s, y + 13 * s, 18 * s, 4 * s, stroke=0, fill=1)
    c.restoreState()
    txt(c, x + 36 * s, y + 17 * s, "l'Assurance", "Sans-B", 11 * s, BRAND["AMELI"])
    txt(c, x + 36 * s, y + 5 * s, "Maladie", "Sans-B", 11 * s, BRAND["AMELI"])


def eu_stars(c, cx, cy, r, color=None, star=None):
    color = color or rgb("FFCC00")
    c.saveState()
    c.setFillColor(color)
    c.setFont("DV", r * 0.38)
    for k in range(12):
        a = math.radians(90 - k * 30)
        c.drawCentredString(cx + r * math.cos(a), cy + r * math.sin(a) - r * 0.13, "★")
    c.restoreState()


def caf(c, x, y, s=1.0):
    c.saveState()
    c.setFillColor(BRAND["CAF"])
    c.circle(x + 14 * s, y + 14 * s, 14 * s, stroke=0, fill=1)
    c.restoreState()
    txt(c, x + 14 * s, y + 9 * s, "caf", "Sans-B", 12 * s, white, "c")
    txt(c, x + 34 * s, y + 15 * s, "Caisse d'allocations familiales", "Sans-B", 8 * s, BRAND["CAF"])
