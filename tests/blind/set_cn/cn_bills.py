"""French bills: energy, internet and mobile suppliers (one-page layouts)."""

from cn_ids import d_fr
from cn_util import MM


def euro(x):
    s = f"{x:.2f}"
    return s.replace(".", ",") + " €"


BRANDS = {
    "totalenergies": {
        "col": (0.93, 0.1, 0.16),
        "col2": (0.0, 0.32, 0.63),
        "f": "lato",
        "fb": "latob",
        "name": "TotalEnergies",
        "sub": "Électricité et Gaz",
    },
    "mint": {
        "col": (0.16, 0.72, 0.56),
        "col2": (0.1, 0.2, 0.25),
        "f": "open",
        "fb": "openb",
        "name": "mint énergie",
        "sub": "Fournisseur d'électricité 100 % verte",
    },
    "bouygues": {
        "col": (0.0, 0.2, 0.48),
        "col2": (0.0, 0.6, 0.85),
        "f": "rob",
        "fb": "robb",
        "name": "Bouygues Telecom",
        "sub": "Facture Bbox",
    },
    "sosh": {
        "col": (0.1, 0.1, 0.1),
        "col2": (1.0, 0.47, 0.0),
        "f": "carlito",
        "fb": "carlitob",
        "name": "sosh",
        "sub": "by Orange",
    },
    "free": {
        "col": (0.8, 0.0, 0.0),
        "col2": (0.2, 0.2, 0.2),
        "f": "sans",
        "fb": "sansb",
        "name": "free",
        "sub": "Freebox",
    },
    "sfr": {
        "col": (0.89, 0.0, 0.1),
        "col2": (0.2, 0.2, 0.2),
        "f": "robc",
        "fb": "robcb",
        "name": "SFR",
        "sub": "Box et mobile",
    },
}


def bill(b, rng):
    """One-page French bill. b: brand, holder, addr (2 lines), number, client, issue,
    start, end, lines [(label, amount)], total, plus optional extra info lines."""
    st = BRANDS[b["brand"]]

    def f(c, w, h):
        m = 15 * MM
        fb, fr = st["fb"], st["f"]
        if b["brand"] in ("totalenergies", "sfr"):
            c.setFillColorRGB(*st["col"])
            c.rect(0, h - 28 * MM, w, 28 * MM, stroke=0, fill=1)
            c.setFillColorRGB(1, 1, 1)
        else:
            c.setFillColorRGB(*st["col"])
        c.setFont(fb, 24 if b["brand"] != "free" else 30)
        c.drawString(m, h - 18 * MM, st["name"])
        c.setFont(fr, 8)
        c.drawString(m, h - 23 * MM, st["sub"])
        c.setFillColorRGB(0.1, 0.1, 0.1)
        c.setFont(fb, 13)
        title = b.get("title", "Votre facture")
        c.drawRightString(w - m, h - 34 * MM, title)
        c.setFont(fr, 8.5)
        info = [
            ("N° de facture", b["number"]),
            ("Date de facture", d_fr(b["issue"])),
            ("N° client", b["client"]),
        ] + b.get("info", [])
        y = h - 40 * MM
        for lab, val in info:
            c.drawRightString(w - m - 38 * MM, y, lab + " :")
            c.setFont(fb, 8.5)
            c.drawString(w - m - 36 * MM, y, val)
            c.setFont(fr, 8.5)
            y -= 4.5 * MM
        # address window
        c.setFont(fr, 10)
        ay = h - 64 * MM
        for i, ln in enumerate([b["holder"]] + b["addr"]):
            c.drawString(105 * MM if b["brand"] != "free" else m, ay - i * 5 * MM, ln)
        # period banner
        y = h - 96 * MM
        c.setFillColorRGB(*[0.9 + 0.1 * v for v in st["col2"]])
        c.rect(m, y - 4 * MM, w - 2 * m, 18 * MM, stroke=0, fill=1)
        c.setFillColorRGB(*st["col2"])
        c.setFont(fb, 11)
        c.drawString(m + 4 * MM, y + 7 * MM, b.get("period_label", "Période de facturation"))
        c.setFont(fr, 10)
        c.drawString(m + 4 * MM, y, "du {} au {}".format(d_fr(b["start"]), d_fr(b["end"])))
        c.setFont(fb, 16)
        c.drawRightString(w - m - 4 * MM, y + 2 * MM, euro(b["total"]))
        c.setFont(fr, 7.5)
        c.drawRightString(w - m - 4 * MM, y + 9 * MM, "Montant total TTC")
        # lines
        y -= 16 * MM
        c.setFillColorRGB(0.1, 0.1, 0.1)
        c.setFont(fb, 9.5)
        c.drawString(m, y, "Détail de votre facture")
        y -= 7 * MM
        for lab, amt in b["lines"]:
            c.setFont(fr, 9)
            c.drawString(m + 3 * MM, y, lab)
            c.drawRightString(w - m, y, euro(amt))
            c.setStrokeColorRGB(0.85, 0.85, 0.85)
            c.line(m, y - 2 * MM, w - m, y - 2 * MM)
            y -= 7 * MM
        c.setFont(fb, 10)
        c.drawString(m + 3 * MM, y, "Total à payer TTC")
        c.drawRightString(w - m, y, euro(b["total"]))
        y -= 12 * MM
        c.setFont(fr, 8.5)
        for ln in b.get("notes", []):
            c.drawString(m, y, ln)
            y -= 5 * MM
        c.setFont(fr, 6.5)
        c.setFillColorRGB(0.35, 0.35, 0.35)
        for i, ln in enumerate(b["legal"]):
            c.drawString(m, 18 * MM - i * 3.4 * MM, ln)
        c.drawRightString(w - m, 8 * MM, "Page 1/1")

    return f


LEGAL = {
    "free": [
        (
            "Free SAS - 16 rue de la Ville-l'Évêque, 75008 Paris - SAS au capital de "
            "3 441 234 € - RCS Paris 421 938 861"
        ),
        "TVA intracommunautaire FR60421938861",
    ],
    "totalenergies": [
        ("TotalEnergies Électricité et Gaz France - SA - 2 bis rue Louis Armand, 75015 Paris"),
        "Service client : 09 70 80 69 69 (appel non surtaxé)",
    ],
    "mint": [
        ("Mint Énergie - SAS - fournisseur d'électricité verte - service client 09 77 40 66 66"),
        "Médiateur national de l'énergie : www.energie-mediateur.fr",
    ],
    "bouygues": [
        (
            "Bouygues Telecom - SA au capital de 712 588 399,56 € - 37-39 rue Boissière, "
            "75116 Paris - RCS Paris 397 480 930"
        )
    ],
    "sosh": [
        (
            "Sosh est une marque d'Orange - Orange SA au capital de 10 640 226 396 € - "
            "111 quai du Président Roosevelt, 92130 Issy-les-Moulineaux - RCS Nanterre 380 129 866"
        )
    ],
    "sfr": [
        (
            "SFR - SA au capital de 3 423 265 598,40 € - 16 rue du Général Alain de Boissieu, "
            "75015 Paris - RCS Paris 343 059 564"
        )
    ],
}


def make_bill(brand, holder, clean, addr, number, client, issue, start, end, lines, **kw):
    total = round(sum(a for _, a in lines), 2)
    b = {
        "brand": brand,
        "holder": holder,
        "holder_clean": clean,
        "addr": addr,
        "number": number,
        "client": client,
        "issue": issue,
        "start": start,
        "end": end,
        "lines": lines,
        "total": total,
        "legal": LEGAL[brand],
    }
    b.update(kw)
    return b
