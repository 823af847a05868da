"""What the applicant writes on the form, and the typed / AcroForm ways of putting it there."""

from __future__ import annotations

import random

from layout import H
from people import AUTRE_TEXTS, PROFESSIONS, strip_accents
from reportlab.lib.colors import Color, transparent
from reportlab.pdfbase import pdfmetrics

SIT_KEYS = {
    "salarie": "sit_salarie",
    "independant": "sit_independant",
    "demandeur_emploi": "sit_demandeur",
    "etudiant": "sit_etudiant",
    "sans_activite": "sit_sans_activite",
    "autre": "sit_autre",
}
CONTRACT_KEYS = {"CDI": "ctr_CDI", "CDD": "ctr_CDD", "interim": "ctr_interim"}
TEXT_KEYS = [
    "nom",
    "nom_usage",
    "prenoms",
    "lieu_commune",
    "lieu_pays",
    "nationalite",
    "adresse",
    "commune",
    "tel",
    "email",
    "profession",
    "autre_texte",
]
COMB_KEYS = ["naissance", "nir", "nir_cle", "cp"]


def values(person: dict, sit: dict, rng: random.Random, caps: bool, accents: bool) -> dict:
    """The strings put in each field (before a hand may drop accents)."""

    def fmt(s, force_caps=False):
        if s is None:
            return None
        if not accents:
            s = strip_accents(s)
        return s.upper() if (caps or force_caps) else s

    d = person["dob"]
    v = {
        "nom": fmt(person["surname"], True) if rng.random() < 0.85 else fmt(person["surname"]),
        "nom_usage": fmt(person["usage"], True) if person["usage"] else None,
        "prenoms": fmt(person["given"]),
        "naissance": f"{d.day:02d}{d.month:02d}{d.year}",
        "lieu_commune": fmt(person["birth_town"]),
        "lieu_pays": fmt(person["birth_country"]),
        "nationalite": fmt(person["nationality"]),
        "nir": person["nir"][:13] if person["nir"] else None,
        "nir_cle": person["nir"][13:] if person["nir"] else None,
        "adresse": fmt(person["street"]),
        "cp": person["cp"],
        "commune": fmt(person["city"]),
        "tel": person["phone"] if rng.random() < 0.85 else None,
        "email": person["email"] if rng.random() < 0.7 else None,
        "ticks": ["sexe_" + person["sex"]] + [SIT_KEYS[t] for t in sit["ticks"]],
        "profession": None,
        "autre_texte": None,
    }
    if "salarie" in sit["ticks"]:
        v["profession"] = fmt(rng.choice(PROFESSIONS)[0 if person["sex"] == "F" else 1])
        if sit["contract"]:
            v["ticks"].append(CONTRACT_KEYS[sit["contract"]])
    if "autre" in sit["ticks"]:
        v["autre_texte"] = rng.choice(AUTRE_TEXTS)
    return v


def comb_text(key: str, v: dict) -> str | None:
    return v.get(key)


TYPED_FONTS = [("LibSans", 10.5), ("LibSerif", 11), ("Carlito", 11), ("LibMono", 10)]


def draw_typed(c, geo: dict, v: dict, page: int, rng: random.Random, font=None, skip=()):
    """Values typed on screen (text boxes in a PDF editor), then printed."""
    fname, size = font or rng.choice(TYPED_FONTS)
    c.setFillColor(Color(0.05, 0.05, 0.08))
    keys = TEXT_KEYS + COMB_KEYS if page == 1 else ["fait_a", "le"]
    dx, dy = rng.uniform(-3, 4), rng.uniform(-1.5, 1.5)
    for key in keys:
        if key in skip or key not in geo or not v.get(key):
            continue
        g, s = geo[key], v[key]
        if g["kind"] == "comb":
            if rng.random() < 0.7 or key == "nom":
                c.setFont(fname, size)
                for ch, (x, y, w, h) in zip(s, g["cells"]):
                    c.drawCentredString(x + w / 2 + dx * 0.3, H - (y + h - 4 + dy), ch)
            else:  # typed as one string over the comb
                x, y, w, h = g["rect"]
                if key == "naissance":
                    s = f"{s[:2]}/{s[2:4]}/{s[4:]}"
                c.setFont(fname, size)
                c.drawString(x + 2 + dx, H - (y + h - 4 + dy), s)
            continue
        x, y, w, h = g["rect"]
        sz = size
        while pdfmetrics.stringWidth(s, fname, sz) > w - 4 and sz > 6:
            sz -= 0.5
        c.setFont(fname, sz)
        c.drawString(x + 3 + dx, H - (y + h - 3.5 + dy), s)
    if page == 1:
        c.setFont(fname, size + 1)
        for key in v["ticks"]:
            x, y, w, h = geo[key]["rect"]
            c.drawCentredString(x + w / 2, H - (y + h - 1.3), "X")


def _names(run: str) -> dict:
    """Realistic AcroForm field names for each print run."""
    if run == "R1":
        return {"pre": "topmostSubform[0].Page{p}[0].", "fmt": "{k}[0]"}
    if run == "R2":
        return {"pre": "", "fmt": "Champ de texte {n}"}
    return {"pre": "", "fmt": "{K}"}


def draw_acro(c, geo: dict, v: dict, page: int, run: str, counter: list, fill_values=True):
    """Real AcroForm fields over the page; values filled when ``fill_values``."""
    form = c.acroForm
    nm = _names(run)

    def name(key):
        counter[0] += 1
        k = key.replace("sit_", "situation_").replace("ctr_", "contrat_")
        K = "".join(p.capitalize() for p in k.split("_"))
        return nm["pre"].format(p=page) + nm["fmt"].format(k=k, n=counter[0], K=K)

    keys = TEXT_KEYS + COMB_KEYS if page == 1 else ["fait_a", "le"]
    for key in keys:
        if key not in geo:
            continue
        g = geo[key]
        val = (v.get(key) or "") if fill_values else ""
        if g["kind"] == "comb":
            # one comb field per group of adjacent cells
            groups, cur = [], [g["cells"][0]]
            for cell in g["cells"][1:]:
                if abs(cell[0] - (cur[-1][0] + cur[-1][2])) < 0.5:
                    cur.append(cell)
                else:
                    groups.append(cur)
                    cur = [cell]
            groups.append(cur)
            pos = 0
            for gi, cells in enumerate(groups):
                part = val[pos : pos + len(cells)]
                pos += len(cells)
                x, y = cells[0][0], cells[0][1]
                w = cells[-1][0] + cells[-1][2] - x
                h = cells[0][3]
                suffix = f"_{gi + 1}" if len(groups) > 1 else ""
                form.textfield(
                    name=name(key + suffix),
                    value=part,
                    x=x,
                    y=H - y - h,
                    width=w,
                    height=h,
                    maxlen=len(cells),
                    fieldFlags="comb",
                    borderWidth=0,
                    fillColor=transparent,
                    fontName="Helvetica",
                    fontSize=10,
                    textColor=Color(0, 0, 0),
                )
            continue
        x, y, w, h = g["rect"]
        form.textfield(
            name=name(key),
            value=val,
            x=x,
            y=H - y - h,
            width=w,
            height=h,
            borderWidth=0,
            fillColor=transparent,
            fontName="Helvetica",
            fontSize=8 if len(val) > 40 else 10,
            textColor=Color(0, 0, 0),
            maxlen=120,
        )
    if page == 1:
        for key in sorted(k for k in geo if geo[k]["kind"] == "check"):
            x, y, w, h = geo[key]["rect"]
            form.checkbox(
                name=name(key),
                x=x,
                y=H - y - h,
                size=w,
                checked=fill_values and key in v["ticks"],
                buttonStyle="cross",
                borderWidth=0,
                fillColor=transparent,
                textColor=Color(0, 0, 0),
            )
