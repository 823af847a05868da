"""Ways of filling the form: typed on screen, AcroForm fields, by hand."""

from __future__ import annotations

import io
import random

import pikepdf
from hand import Hand
from layout import PAGE_H, TYPED_FONTS, Anchor, Style, font_name
from PIL import Image
from reportlab.lib.colors import Color
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics

# ---------------------------------------------------------------------------
# typed values (a PDF editor or word processor, then printed or saved)


class TypedStyle:
    def __init__(self, rng: random.Random, font_key: str | None = None):
        self.font = font_name(TYPED_FONTS[font_key or rng.choice(sorted(TYPED_FONTS))])
        self.size = rng.uniform(9.0, 11.0)
        self.dx = rng.uniform(-0.8, 1.2)  # mm, misalignment of the typing layer
        self.dy = rng.uniform(-0.6, 0.6)
        self.tick = rng.choice(["X", "X", "x"])
        self.color = Color(0.05, 0.05, 0.08) if rng.random() < 0.8 else Color(0.0, 0.0, 0.35)


def typed_filler(values: dict, ts: TypedStyle, st: Style, signature_png: Image.Image | None = None):
    """Callback for layout.build_pdf drawing values as page text."""

    def X(x):
        return (x + st.dx + ts.dx) * mm

    def Y(y):
        return (PAGE_H - y - st.dy - ts.dy) * mm

    def cb(c, page_idx, anchors: dict[str, Anchor]):
        c.setFillColor(ts.color)
        for key, a in anchors.items():
            val = values.get(key)
            if val in (None, "", False):
                continue
            if a.kind == "box":
                size = a.h * 2.6
                c.setFont(ts.font, size)
                c.drawCentredString(X(a.x + a.w / 2), Y(a.y + a.h * 0.85), ts.tick)
            elif a.kind == "comb":
                size = min(ts.size + 1, a.h * 2.2)
                c.setFont(ts.font, size)
                for ch, (cx, cy, cw, chh) in zip(str(val), a.cells):
                    if ch != " ":
                        c.drawCentredString(X(cx + cw / 2), Y(cy + chh * 0.75), ch)
            elif a.kind == "line":
                size = ts.size
                w = pdfmetrics.stringWidth(str(val), ts.font, size) / mm
                if w > a.w - 2:
                    size = size * (a.w - 2) / w
                c.setFont(ts.font, size)
                c.drawString(X(a.x + 1.5), Y(a.y + a.h - 1.4), str(val))
        if page_idx == 1 and signature_png is not None:
            a = anchors["signature"]
            c.drawImage(
                ImageReader(signature_png), X(a.x), Y(a.y + a.h), a.w * mm, a.h * mm, mask="auto"
            )

    return cb


# ---------------------------------------------------------------------------
# AcroForm fields (the fillable PDF itself)

FIELD_NAME_SETS = {
    "snake": {
        "nom_naissance": "nom_naissance",
        "nom_usage": "nom_usage",
        "prenoms": "prenoms",
        "sexe_f": "sexe_F",
        "sexe_m": "sexe_M",
        "date_naissance": "date_naissance",
        "lieu_commune": "lieu_naissance_commune",
        "lieu_pays": "lieu_naissance_pays",
        "nationalite": "nationalite",
        "nir": "nir",
        "adresse": "adresse",
        "code_postal": "code_postal",
        "commune": "commune",
        "telephone": "telephone",
        "email": "courriel",
        "sit_salarie": "situation_salarie",
        "emploi": "emploi",
        "employeur": "employeur",
        "contrat_cdi": "contrat_CDI",
        "contrat_cdd": "contrat_CDD",
        "contrat_autre": "contrat_autre",
        "contrat_autre_txt": "contrat_autre_precision",
        "date_embauche": "date_embauche",
        "sit_independant": "situation_independant",
        "activite": "activite",
        "siret": "siret",
        "sit_demandeur": "situation_demandeur_emploi",
        "sit_etudiant": "situation_etudiant",
        "etablissement": "etablissement",
        "sit_inactif": "situation_inactif",
        "date_arrivee": "date_arrivee",
        "sit_autre": "situation_autre",
        "autre_txt": "situation_autre_precision",
        "fait_a": "fait_a",
        "date_signature": "date_signature",
    },
    "camel": {
        "nom_naissance": "NomNaissance",
        "nom_usage": "NomUsage",
        "prenoms": "Prenoms",
        "sexe_f": "SexeF",
        "sexe_m": "SexeM",
        "date_naissance": "DateNaissance",
        "lieu_commune": "LieuNaissance",
        "lieu_pays": "PaysNaissance",
        "nationalite": "Nationalite",
        "nir": "NumSecu",
        "adresse": "Adresse",
        "code_postal": "CodePostal",
        "commune": "Commune",
        "telephone": "Telephone",
        "email": "Email",
        "sit_salarie": "SitSalarie",
        "emploi": "Emploi",
        "employeur": "Employeur",
        "contrat_cdi": "CDI",
        "contrat_cdd": "CDD",
        "contrat_autre": "ContratAutre",
        "contrat_autre_txt": "ContratAutreTxt",
        "date_embauche": "DateEmbauche",
        "sit_independant": "SitIndependant",
        "activite": "Activite",
        "siret": "Siret",
        "sit_demandeur": "SitDemandeurEmploi",
        "sit_etudiant": "SitEtudiant",
        "etablissement": "Etablissement",
        "sit_inactif": "SitSansActivite",
        "date_arrivee": "DateArrivee",
        "sit_autre": "SitAutre",
        "autre_txt": "SitAutreTxt",
        "fait_a": "FaitA",
        "date_signature": "DateSignature",
    },
}

GENERIC_ORDER = [
    "nom_naissance",
    "nom_usage",
    "prenoms",
    "sexe_f",
    "sexe_m",
    "date_naissance",
    "lieu_commune",
    "lieu_pays",
    "nationalite",
    "nir",
    "adresse",
    "code_postal",
    "commune",
    "telephone",
    "email",
    "sit_salarie",
    "emploi",
    "employeur",
    "contrat_cdi",
    "contrat_cdd",
    "contrat_autre",
    "contrat_autre_txt",
    "date_embauche",
    "sit_independant",
    "activite",
    "siret",
    "sit_demandeur",
    "sit_etudiant",
    "etablissement",
    "sit_inactif",
    "date_arrivee",
    "sit_autre",
    "autre_txt",
    "fait_a",
    "date_signature",
]


def generic_names() -> dict[str, str]:
    """Names an auto-detecting PDF editor gives: Texte1, Case à cocher1..."""
    out = {}
    t = b = 0
    for key in GENERIC_ORDER:
        if key.startswith(("sit_", "sexe_", "contrat_c", "contrat_autre")) and not key.endswith(
            "_txt"
        ):
            b += 1
            out[key] = f"Case à cocher{b}"
        else:
            t += 1
            out[key] = f"Texte{t}"
    return out


COMB_KEYS = ("nir", "code_postal")


def acro_filler(
    values: dict,
    names: dict[str, str],
    fill_color,
    font_size: float,
    st: Style,
    signature_png: Image.Image | None = None,
):
    """Callback adding AcroForm fields at the anchors, with values (appearances by reportlab)."""

    def X(x):
        return (x + st.dx) * mm

    def Y(y):
        return (PAGE_H - y - st.dy) * mm

    def cb(c, page_idx, anchors: dict[str, Anchor]):
        form = c.acroForm
        for key, a in anchors.items():
            nm = names.get(key)
            if nm is None:
                continue
            val = values.get(key)
            if a.kind == "box":
                form.checkbox(
                    name=nm,
                    checked=bool(val),
                    x=X(a.x),
                    y=Y(a.y + a.h),
                    size=a.w * mm,
                    buttonStyle="cross",
                    borderWidth=0,
                    fillColor=fill_color,
                    borderColor=None,
                    textColor=Color(0, 0, 0),
                    fieldFlags="",
                )
                continue
            if key in ("date_naissance", "date_signature") and a.kind == "comb":
                # three fields (day, month, year) over the comb groups
                text = str(val or "")
                parts = (text[0:2], text[2:4], text[4:8])
                groups = ((0, 2), (2, 4), (4, 8))
                for suffix, part, (i0, i1) in zip(("_jour", "_mois", "_annee"), parts, groups):
                    c0, c1 = a.cells[i0], a.cells[i1 - 1]
                    form.textfield(
                        name=nm + suffix,
                        value=part,
                        x=X(c0[0]),
                        y=Y(c0[1] + c0[3]),
                        width=(c1[0] + c1[2] - c0[0]) * mm,
                        height=c0[3] * mm,
                        borderWidth=0,
                        fillColor=fill_color,
                        fontName="Helvetica",
                        fontSize=font_size,
                        maxlen=i1 - i0,
                        fieldFlags="comb",
                    )
                continue
            flags = "comb" if a.kind == "comb" else ""
            maxlen = len(a.cells) if a.kind == "comb" else 100
            form.textfield(
                name=nm,
                value=str(val or ""),
                x=X(a.x),
                y=Y(a.y + a.h),
                width=a.w * mm,
                height=a.h * mm,
                borderWidth=0,
                fillColor=fill_color,
                fontName="Helvetica",
                fontSize=font_size,
                maxlen=maxlen,
                fieldFlags=flags,
            )
        if page_idx == 1 and signature_png is not None:
            a = anchors["signature"]
            c.drawImage(
                ImageReader(signature_png), X(a.x), Y(a.y + a.h), a.w * mm, a.h * mm, mask="auto"
            )

    return cb


def _comb_stream(text: str, width: float, height: float, n: int, size: float, fill) -> bytes:
    ops = []
    if fill is not None:
        ops.append(
            f"{fill.red:.3f} {fill.green:.3f} {fill.blue:.3f} rg 0 0 {width:.2f} {height:.2f} re f"
        )
    ops.append("/Tx BMC q BT /Helv %.1f Tf 0 g" % size)
    cell = width / n
    y = (height - size * 0.7) / 2
    for i, ch in enumerate(text[:n]):
        w = pdfmetrics.stringWidth(ch, "Helvetica", size)
        x = i * cell + (cell - w) / 2
        ops.append(f"1 0 0 1 {x:.2f} {y:.2f} Tm ({ch}) Tj")
    ops.append("ET Q EMC")
    return "\n".join(ops).encode("latin-1")


def finish_fillable(pdf_bytes: bytes, values_only: bool, fill_color) -> bytes:
    """NeedAppearances on; comb appearances spaced per cell; or values without appearances."""
    pdf = pikepdf.open(io.BytesIO(pdf_bytes))
    acro = pdf.Root.AcroForm
    acro.NeedAppearances = True
    for f in acro.Fields:
        if f.get("/FT") != "/Tx":
            continue
        flags = int(f.get("/Ff", 0))
        value = str(f.get("/V", ""))
        rect = [float(v) for v in f.Rect]
        w, h = rect[2] - rect[0], rect[3] - rect[1]
        if values_only:
            if "/AP" in f:
                del f["/AP"]
            continue
        if flags & (1 << 24) and value:  # comb
            n = int(f.get("/MaxLen", len(value)))
            stream = pikepdf.Stream(pdf, _comb_stream(value, w, h, n, 10.0, fill_color))
            stream.Type = pikepdf.Name.XObject
            stream.Subtype = pikepdf.Name.Form
            stream.BBox = [0, 0, w, h]
            stream.Resources = pikepdf.Dictionary(Font=acro.DR.Font)
            f.AP = pikepdf.Dictionary(N=stream)
    pdf.trailer.Info = pdf.make_indirect(pikepdf.Dictionary(Title="cerfa_15763-02"))
    out = io.BytesIO()
    pdf.save(out, deterministic_id=True, compress_streams=True)
    return out.getvalue()


# ---------------------------------------------------------------------------
# handwriting


def hand_fill(
    mask: Image.Image,
    anchors: dict[str, Anchor],
    values: dict,
    hand: Hand,
    rng: random.Random,
    tick_kind: str,
    outside_keys: set[str],
) -> None:
    for key, a in anchors.items():
        val = values.get(key)
        if val in (None, "", False):
            continue
        if a.kind == "box":
            hand.tick(
                mask, (a.x, a.y, a.w, a.h), tick_kind, outside=0.45 if key in outside_keys else 0.0
            )
        elif a.kind == "comb":
            hand.write_comb(mask, str(val), a.cells)
        elif a.kind == "line":
            x = a.x + rng.uniform(1.0, 4.0)
            base = a.y + a.h - rng.uniform(1.0, 1.8)
            hand.write(mask, str(val), x, base, max_w_mm=a.x + a.w - x - 1.0)
