"""Filling the form: typed (on screen, then printed or saved), AcroForm fields, by hand."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass, field

import fh_hand
import pikepdf
from fh_layout import PAGE_H
from PIL import Image
from reportlab.lib.colors import Color, transparent
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader

PAGE1_TEXT = [
    "surname",
    "usage",
    "given",
    "birth_town",
    "birth_country",
    "nationality",
    "address",
    "postcode",
    "town",
    "phone",
    "email",
    "profession",
    "employer",
    "activity",
    "siret",
    "ft_id",
    "school",
    "autre",
]
TICK_KEYS = [
    "sex_F",
    "sex_M",
    "sit_salarie",
    "ctr_cdi",
    "ctr_cdd",
    "ctr_autre",
    "sit_independant",
    "sit_demandeur",
    "sit_etudiant",
    "sit_inactif",
    "sit_autre",
]


@dataclass
class Fill:
    """What is written on the form, exactly as written."""

    texts: dict[str, str]  # slot key -> text (page 1 lines/combs, "place", "date")
    dob: tuple[str, str, str]
    nir: str | None
    ticks: list[str]
    sig: str  # signed | empty | label | dot | tick
    signer: str  # the name used by a name-style signature
    hand_parts: set[str] = field(default_factory=set)  # parts written by hand on a typed form


# ---------------------------------------------------------------------------
# typed


def _draw_in_slot(c, slot, text, font, size, color=(0.05, 0.05, 0.05)):
    c.setFillColorRGB(*color)
    c.setFont(font, size)
    if slot["kind"] == "comb":
        cw, ch = slot["cw"], slot["ch"]
        for i, ch_ in enumerate(text[: slot["n"]]):
            x = slot["x"] + (i + 0.5) * cw
            y = slot["y"] + ch * 0.5 + size * 0.3528 * 0.36
            c.drawCentredString(x * mm, (PAGE_H - y) * mm, ch_)
    elif slot["kind"] == "rect":
        y = slot["y"] + slot["h"] * 0.5 + size * 0.3528 * 0.36
        c.drawString((slot["x"] + 1.6) * mm, (PAGE_H - y) * mm, text)
    else:
        c.drawString((slot["x0"] + 1.6) * mm, (PAGE_H - slot["y"] + 1.0) * mm, text)


def _tick_typed(c, slot, font="Helvetica-Bold"):
    s = slot["s"]
    size = s * 2.83 * 1.05
    c.setFillColorRGB(0, 0, 0)
    c.setFont(font, size)
    y = slot["y"] + s / 2 + size * 0.3528 * 0.36
    c.drawCentredString((slot["x"] + s / 2) * mm, (PAGE_H - y) * mm, "X")


def typed_page(c, slots, fill: Fill, page: int, font: str, size: float) -> None:
    if page == 1:
        for key in PAGE1_TEXT:
            t = fill.texts.get(key)
            if t:
                _draw_in_slot(c, slots[key], t, font, size)
        for g, t in zip(slots["dob"], fill.dob):
            _draw_in_slot(c, g, t, font, size)
        if fill.nir:
            _draw_in_slot(c, slots["nir"], fill.nir[:13], font, size)
            _draw_in_slot(c, slots["nir_key"], fill.nir[13:], font, size)
        for key in fill.ticks:
            _tick_typed(c, slots[key])
    else:
        for key in ("place", "date"):
            t = fill.texts.get(key)
            if t and key not in fill.hand_parts:
                _draw_in_slot(c, slots[key], t, font, size + 0.5)


# ---------------------------------------------------------------------------
# AcroForm

SCHEMES = {
    "snake": {
        "surname": "nom_naissance",
        "usage": "nom_usage",
        "given": "prenoms",
        "sex_F": "sexe_f",
        "sex_M": "sexe_m",
        "dob": "date_naissance",
        "birth_town": "lieu_naissance_commune",
        "birth_country": "lieu_naissance_pays",
        "nationality": "nationalite",
        "nir": "nir",
        "nir_key": "nir_cle",
        "caf": "num_allocataire",
        "address": "adresse",
        "postcode": "code_postal",
        "town": "commune",
        "phone": "telephone",
        "email": "courriel",
        "sit_salarie": "situation_salarie",
        "ctr_cdi": "contrat_cdi",
        "ctr_cdd": "contrat_cdd",
        "ctr_autre": "contrat_autre",
        "profession": "profession",
        "employer": "employeur",
        "sit_independant": "situation_independant",
        "activity": "activite",
        "siret": "siret",
        "sit_demandeur": "situation_demandeur_emploi",
        "ft_id": "identifiant_france_travail",
        "sit_etudiant": "situation_etudiant",
        "school": "etablissement",
        "sit_inactif": "situation_sans_activite",
        "sit_autre": "situation_autre",
        "autre": "autre_precision",
        "place": "fait_a",
        "date": "date_signature",
    },
    "camel": {
        "surname": "NomNaissance",
        "usage": "NomUsage",
        "given": "Prenoms",
        "sex_F": "SexeF",
        "sex_M": "SexeM",
        "dob": "DateNaiss",
        "birth_town": "CommuneNaiss",
        "birth_country": "PaysNaiss",
        "nationality": "Nationalite",
        "nir": "NumSecu",
        "nir_key": "CleSecu",
        "caf": "NumCAF",
        "address": "Adresse",
        "postcode": "CodePostal",
        "town": "Commune",
        "phone": "Tel",
        "email": "Email",
        "sit_salarie": "CaseSalarie",
        "ctr_cdi": "CaseCDI",
        "ctr_cdd": "CaseCDD",
        "ctr_autre": "CaseContratAutre",
        "profession": "Profession",
        "employer": "Employeur",
        "sit_independant": "CaseNonSalarie",
        "activity": "Activite",
        "siret": "SIRET",
        "sit_demandeur": "CaseDemandeurEmploi",
        "ft_id": "IdentifiantDE",
        "sit_etudiant": "CaseEtudiant",
        "school": "Etablissement",
        "sit_inactif": "CaseSansActivite",
        "sit_autre": "CaseAutre",
        "autre": "AutrePrecisez",
        "place": "FaitA",
        "date": "DateSignature",
    },
}
ORDER = [
    "surname",
    "usage",
    "given",
    "sex_F",
    "sex_M",
    "dob",
    "birth_town",
    "birth_country",
    "nationality",
    "nir",
    "nir_key",
    "caf",
    "address",
    "postcode",
    "town",
    "phone",
    "email",
    "sit_salarie",
    "profession",
    "ctr_cdi",
    "ctr_cdd",
    "ctr_autre",
    "employer",
    "sit_independant",
    "activity",
    "siret",
    "sit_demandeur",
    "ft_id",
    "sit_etudiant",
    "school",
    "sit_inactif",
    "sit_autre",
    "autre",
    "place",
    "date",
]


def field_names(scheme: str) -> dict[str, str]:
    if scheme in SCHEMES:
        return SCHEMES[scheme]
    # what a form made with a desktop editor gets: numbered default names
    names = {}
    t = b = 0
    for key in ORDER:
        if key.startswith(("sit_", "ctr_", "sex_")):
            b += 1
            names[key] = "Case a cocher %d" % b
        else:
            t += 1
            names[key] = "Champ de texte %d" % t
    return names


def _tf(form, name, value, slot_rect, font, size, comb_n=None):
    x, y, w, h = slot_rect
    kw = {}
    flags = ""
    if comb_n:
        flags = "comb"
        kw["maxlen"] = comb_n
    form.textfield(
        name=name,
        value=value or "",
        x=x * mm,
        y=(PAGE_H - y - h) * mm,
        width=w * mm,
        height=h * mm,
        borderWidth=0,
        fillColor=transparent,
        textColor=Color(0, 0, 0),
        fontName=font,
        fontSize=size,
        fieldFlags=flags,
        annotationFlags="print",
        **kw,
    )


def _slot_rect(slot):
    if slot["kind"] in ("comb",):
        return (slot["x"], slot["y"], slot["cw"] * slot["n"], slot["ch"])
    if slot["kind"] == "rect":
        return (slot["x"], slot["y"], slot["w"], slot["h"])
    return (slot["x0"], slot["y"] - 5.0, slot["x1"] - slot["x0"], 5.2)


def _comb_field(form, name, value, slot, font, size, cells: bool):
    """A comb slot as one comb field, or as one field per box."""
    if not cells:
        _tf(form, name, value, _slot_rect(slot), font, size, comb_n=slot["n"])
        return
    sep = "_" if ("_" in name or " " in name) else ""
    for i in range(slot["n"]):
        ch = value[i] if value and i < len(value) else ""
        r = (slot["x"] + i * slot["cw"], slot["y"], slot["cw"], slot["ch"])
        _tf(form, "%s%s%d" % (name, sep, i + 1), ch.strip(), r, font, size)


def acro_page(c, slots, fill: Fill, page: int, scheme: str, cells: bool, size: float):
    """Create the AcroForm fields of one page with their values."""
    names = field_names(scheme)
    form = c.acroForm
    font = "Helvetica"
    if page == 1:
        for key in ORDER:
            if key in ("place", "date"):
                continue
            if key in TICK_KEYS:
                s = slots[key]
                form.checkbox(
                    name=names[key],
                    checked=key in fill.ticks,
                    buttonStyle="cross",
                    x=s["x"] * mm,
                    y=(PAGE_H - s["y"] - s["s"]) * mm,
                    size=s["s"] * mm,
                    borderWidth=0,
                    fillColor=transparent,
                    textColor=Color(0, 0, 0),
                    fieldFlags="",
                )
            elif key == "dob":
                for suffix, g, t in zip(("JJ", "MM", "AAAA"), slots["dob"], fill.dob):
                    sep = "_" if ("_" in names["dob"] or " " in names["dob"]) else ""
                    nm = names["dob"] + sep + (suffix.lower() if sep else suffix.capitalize())
                    _comb_field(form, nm, t, g, font, size, cells)
            elif key in ("nir", "nir_key"):
                v = None
                if fill.nir:
                    v = fill.nir[:13] if key == "nir" else fill.nir[13:]
                _comb_field(form, names[key], v, slots[key], font, size, cells)
            else:
                s = slots[key]
                if s["kind"] == "comb":
                    _comb_field(form, names[key], fill.texts.get(key), s, font, size, cells)
                else:
                    _tf(form, names[key], fill.texts.get(key), _slot_rect(s), font, size)
    else:
        for key in ("place", "date"):
            v = None if key in fill.hand_parts else fill.texts.get(key)
            _tf(form, names[key], v, _slot_rect(slots[key]), font, size + 0.5)


def acro_finish(pdf_bytes: bytes, keep_ap: bool) -> bytes:
    """Set NeedAppearances; without keep_ap the text fields lose their appearance streams
    so that the viewer draws the values (as many filled forms in the wild)."""
    pdf = pikepdf.open(io.BytesIO(pdf_bytes))
    af = pdf.Root.AcroForm
    af.NeedAppearances = True
    if not keep_ap:
        for f in af.Fields:
            if f.get("/FT") == pikepdf.Name.Tx and "/AP" in f:
                del f["/AP"]
    out = io.BytesIO()
    pdf.save(out, deterministic_id=True)
    return out.getvalue()


# ---------------------------------------------------------------------------
# signatures in a text PDF


def vector_signature(c, rect, rng: random.Random, ink) -> None:
    """A signature drawn with a pen tool: vector strokes in the page content."""
    strokes = fh_hand.place_strokes(fh_hand.signature_strokes(rng), rect, rng)
    c.setStrokeColorRGB(*(v / 255.0 for v in ink))
    c.setLineWidth(rng.uniform(0.9, 1.5))
    c.setLineCap(1)
    c.setLineJoin(1)
    for s in strokes:
        p = c.beginPath()
        p.moveTo(s[0][0] * mm, (PAGE_H - s[0][1]) * mm)
        for x, y in s[1:]:
            p.lineTo(x * mm, (PAGE_H - y) * mm)
        c.drawPath(p, stroke=1, fill=0)


def image_signature(c, rect, name: str, rng: random.Random, ink) -> None:
    """A scanned signature pasted as a transparent PNG into the box."""
    dpi = 200
    w_mm, h_mm = rect["w"] * 0.8, rect["h"] * 0.7
    w, h = int(w_mm / 25.4 * dpi), int(h_mm / 25.4 * dpi)
    img = Image.new("RGB", (w, h), (255, 255, 255))
    hand = fh_hand.Hand(img, dpi, rng, ink=ink, pressure=1.0)
    local = {"x": 0.0, "y": 0.0, "w": w_mm, "h": h_mm, "label_inside": False}
    fh_hand.draw_signature(hand, local, name, rng)
    # white becomes transparent
    alpha = Image.eval(img.convert("L"), lambda v: min(255, int((255 - v) * 1.6)) if v < 250 else 0)
    rgba = img.convert("RGBA")
    rgba.putalpha(alpha)
    buf = io.BytesIO()
    rgba.save(buf, "PNG", optimize=False)
    buf.seek(0)
    x = rect["x"] + rect["w"] * rng.uniform(0.05, 0.15)
    top = rect["y"] + (6.0 if rect.get("label_inside") else 1.5)
    y = top + max(0.0, rect["y"] + rect["h"] - top - h_mm) * rng.uniform(0.2, 0.8)
    c.drawImage(
        ImageReader(buf), x * mm, (PAGE_H - y - h_mm) * mm, w_mm * mm, h_mm * mm, mask="auto"
    )


def vector_mark(c, rect, kind: str, rng: random.Random, ink) -> None:
    """A stray dot or a short stroke in the box: not a signature."""
    c.setStrokeColorRGB(*(v / 255.0 for v in ink))
    c.setFillColorRGB(*(v / 255.0 for v in ink))
    x = rect["x"] + rect["w"] * rng.uniform(0.3, 0.7)
    y = rect["y"] + rect["h"] * rng.uniform(0.45, 0.7)
    if kind == "dot":
        c.circle(x * mm, (PAGE_H - y) * mm, 0.5 * mm, stroke=0, fill=1)
    else:
        c.setLineWidth(1.1)
        c.setLineCap(1)
        c.line(x * mm, (PAGE_H - y) * mm, (x + 3.5) * mm, (PAGE_H - y + 1.2) * mm)


# ---------------------------------------------------------------------------
# by hand


def hand_page1(hand: fh_hand.Hand, slots, fill: Fill, rng: random.Random) -> dict[str, str]:
    """Fill page 1 by hand; returns what each field reads as written."""
    written: dict[str, str] = {}
    for key in PAGE1_TEXT:
        t = fill.texts.get(key)
        if not t:
            continue
        s = slots[key]
        if s["kind"] == "comb":
            written[key] = hand.in_comb(s, t)
        else:
            cap = 3.7 if key in ("surname", "usage", "given") else 3.1
            written[key] = hand.on_line(s, t, cap_mm=cap)
    for g, t in zip(slots["dob"], fill.dob):
        hand.in_comb(g, t)
    if fill.nir:
        hand.in_comb(slots["nir"], fill.nir[:13])
        hand.in_comb(slots["nir_key"], fill.nir[13:])
    style = rng.choice(["cross", "cross", "tick"])
    for key in fill.ticks:
        hand.mark(slots[key], style, outside=rng.random() < 0.15)
    return written


def hand_page2(
    hand: fh_hand.Hand, slots, fill: Fill, rng: random.Random, parts: set[str], written: dict
) -> None:
    cursive = rng.random() < 0.45
    if "place" in parts and fill.texts.get("place"):
        written["place"] = hand.on_line(
            slots["place"], fill.texts["place"], cap_mm=3.6, cursive=cursive
        )
    if "date" in parts and fill.texts.get("date"):
        written["date"] = hand.on_line(
            slots["date"], fill.texts["date"], cap_mm=3.5, cursive=cursive and rng.random() < 0.6
        )
    rect = slots["sig"]
    if "sig" not in parts:
        return
    if fill.sig == "signed":
        fh_hand.draw_signature(hand, rect, fill.signer, rng)
    elif fill.sig == "dot":
        hand.dot(
            rect["x"] + rect["w"] * rng.uniform(0.25, 0.75),
            rect["y"] + rect["h"] * rng.uniform(0.45, 0.75),
            rng.uniform(0.4, 0.6),
        )
    elif fill.sig == "tick":
        x = rect["x"] + rect["w"] * rng.uniform(0.25, 0.7)
        y = rect["y"] + rect["h"] * rng.uniform(0.45, 0.75)
        hand.stroke([(x, y), (x + 1.5, y - 0.4), (x + 3.5, y - 1.1)], 0.4)
