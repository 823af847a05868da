"""Fillers that work on the PDF itself (reportlab): values typed on screen and flattened,
AcroForm fields (a fillable PDF), and a vector "Fill & Sign"-like ink signature."""

import io

import pikepdf
from PIL import Image
from reportlab.lib.utils import ImageReader

from . import fonts, hand
from .layout import PAGE_H

# Realistic AcroForm field-name sets (slot name -> field name).
FIELD_SETS = {
    "snake": {
        "nom_naissance": "nom_naissance",
        "nom_usage": "nom_usage",
        "prenoms": "prenoms",
        "sexe_F": "sexe_f",
        "sexe_M": "sexe_m",
        "dob": "date_naissance",
        "lieu_commune": "lieu_naissance_commune",
        "lieu_pays": "lieu_naissance_pays",
        "nationalite": "nationalite",
        "nir": "nir",
        "nir_cle": "nir_cle",
        "caf": "num_allocataire",
        "adresse": "adresse",
        "cp": "code_postal",
        "commune": "commune",
        "telephone": "telephone",
        "courriel": "courriel",
        "sit_salarie": "situation_salarie",
        "emploi": "emploi_occupe",
        "employeur": "employeur",
        "contrat_CDI": "contrat_cdi",
        "contrat_CDD": "contrat_cdd",
        "contrat_interim": "contrat_interim",
        "contrat_apprenti": "contrat_apprentissage",
        "contrat_autre": "contrat_autre",
        "sit_independant": "situation_independant",
        "activite_indep": "nature_activite",
        "siret": "siret",
        "sit_demandeur": "situation_demandeur_emploi",
        "sit_etudiant": "situation_etudiant",
        "etablissement": "etablissement",
        "sit_inactif": "situation_sans_activite",
        "date_arrivee": "date_arrivee_france",
        "sit_autre": "situation_autre",
        "autre_precision": "situation_autre_precision",
        "fait_a": "fait_a",
        "date_signature": "date_signature",
    },
    "camel": {
        "nom_naissance": "NomNaissance",
        "nom_usage": "NomUsage",
        "prenoms": "Prenoms",
        "sexe_F": "SexeF",
        "sexe_M": "SexeM",
        "dob": "DateNaissance",
        "lieu_commune": "LieuNaissance",
        "lieu_pays": "PaysNaissance",
        "nationalite": "Nationalite",
        "nir": "NumSecu",
        "nir_cle": "CleSecu",
        "caf": "NumCAF",
        "adresse": "Adresse",
        "cp": "CodePostal",
        "commune": "Ville",
        "telephone": "Tel",
        "courriel": "Email",
        "sit_salarie": "CaseSalarie",
        "emploi": "Emploi",
        "employeur": "Employeur",
        "contrat_CDI": "CDI",
        "contrat_CDD": "CDD",
        "contrat_interim": "Interim",
        "contrat_apprenti": "Apprentissage",
        "contrat_autre": "AutreContrat",
        "sit_independant": "CaseIndependant",
        "activite_indep": "Activite",
        "siret": "Siret",
        "sit_demandeur": "CaseDemandeurEmploi",
        "sit_etudiant": "CaseEtudiant",
        "etablissement": "Etablissement",
        "sit_inactif": "CaseInactif",
        "date_arrivee": "DateArrivee",
        "sit_autre": "CaseAutre",
        "autre_precision": "AutrePrecision",
        "fait_a": "FaitA",
        "date_signature": "DateSignature",
    },
    "cerfa": {
        "nom_naissance": "A1_nom",
        "nom_usage": "A2_nom_usage",
        "prenoms": "A3_prenoms",
        "sexe_F": "A4_sexe_F",
        "sexe_M": "A4_sexe_M",
        "dob": "A5_date_naiss",
        "lieu_commune": "A6_lieu_naiss",
        "lieu_pays": "A6_pays_naiss",
        "nationalite": "A7_nationalite",
        "nir": "A8_nir",
        "nir_cle": "A8_cle",
        "caf": "A9_caf",
        "adresse": "A10_adresse",
        "cp": "A11_cp",
        "commune": "A11_commune",
        "telephone": "A12_tel",
        "courriel": "A12_mail",
        "sit_salarie": "B1_salarie",
        "emploi": "B1_emploi",
        "employeur": "B1_employeur",
        "contrat_CDI": "B1_cdi",
        "contrat_CDD": "B1_cdd",
        "contrat_interim": "B1_interim",
        "contrat_apprenti": "B1_apprenti",
        "contrat_autre": "B1_autre",
        "sit_independant": "B2_independant",
        "activite_indep": "B2_activite",
        "siret": "B2_siret",
        "sit_demandeur": "B3_demandeur",
        "sit_etudiant": "B4_etudiant",
        "etablissement": "B4_etab",
        "sit_inactif": "B5_inactif",
        "date_arrivee": "B5_date_arrivee",
        "sit_autre": "B6_autre",
        "autre_precision": "B6_precisez",
        "fait_a": "C_fait_a",
        "date_signature": "C_date",
    },
    "acrobat": None,  # auto-detected names: Texte1, Texte2..., Case1, Case2...
}


# ---------------------------------------------------------------------------
class TypedFiller:
    """Values typed on screen (then flattened / printed)."""

    def __init__(
        self, values, font_file="LiberationSans-Regular.ttf", size=9.5, check_glyph="X", upper=False
    ):
        self.v = values
        self.font = fonts.rl_font(font_file)
        self.size = size
        self.check_glyph = check_glyph
        self.upper = upper

    def __call__(self, sh, page):
        c = sh.c
        c.setFillColorRGB(0, 0, 0)
        for s in sh.slots:
            if s.page != page:
                continue
            val = self.v.get(s.name)
            if s.kind == "check":
                if s.name in self.v.get("_checks", ()):
                    x, y, w, h = s.rect
                    if self.check_glyph == "X":
                        c.setFont(self.font, w * 1.05)
                        c.drawCentredString(x + w / 2, PAGE_H - (y + h * 0.88), "X")
                    else:
                        c.setFont(fonts.rl_font("DejaVuSans.ttf"), w * 1.0)
                        c.drawCentredString(x + w / 2, PAGE_H - (y + h * 0.85), "\u2714")
                continue
            if not val or s.kind == "sig":
                continue
            if s.kind in ("comb",) or (s.kind == "date" and s.style in ("comb", "slashes")):
                digits = val.replace("/", "") if s.kind == "date" else val
                if s.kind == "date" and s.style == "slashes":
                    parts = val.split("/")
                    for (x, y, w, h), part in zip(s.cells, parts):
                        c.setFont(self.font, self.size)
                        c.drawCentredString(x + w / 2, PAGE_H - (y + h - 3.5), part)
                    continue
                c.setFont(self.font, min(self.size + 0.5, s.cells[0][3] * 0.72))
                for (x, y, w, h), ch in zip(s.cells, digits):
                    c.drawCentredString(x + w / 2, PAGE_H - (y + h - 3.6), ch)
                continue
            x, y, w, h = s.rect
            text = val.upper() if self.upper and s.name not in ("courriel",) else val
            size = self.size
            while c.stringWidth(text, self.font, size) > w - 6 and size > 5:
                size -= 0.25
            c.setFont(self.font, size)
            base = y + h - (3.2 if s.style == "line" else h * 0.28)
            c.drawString(x + 3, PAGE_H - base, text)


# ---------------------------------------------------------------------------
class AcroFiller:
    """Adds AcroForm widgets over every slot, filled with the values (a fillable PDF)."""

    def __init__(self, values, field_set="snake", font_size=9, check_style="cross", fill_bg=False):
        self.v = values
        self.names = FIELD_SETS[field_set]
        self.font_size = font_size
        self.check_style = check_style
        self.counter = {"t": 0, "c": 0}
        self.fill_bg = fill_bg
        self.sig_rect = None

    def fname(self, slot, kind):
        if self.names is not None:
            return self.names[slot]
        key = "c" if kind == "check" else "t"
        self.counter[key] += 1
        return ("Case%d" if key == "c" else "Texte%d") % self.counter[key]

    def __call__(self, sh, page):
        af = sh.c.acroForm
        for s in sh.slots:
            if s.page != page:
                continue
            x, y, w, h = s.rect
            if s.kind == "sig":
                self.sig_rect = (x, y, w, h)
                continue
            if s.kind == "check":
                af.checkbox(
                    name=self.fname(s.name, "check"),
                    checked=s.name in self.v.get("_checks", ()),
                    buttonStyle=self.check_style,
                    x=x + 0.5,
                    y=PAGE_H - y - h + 0.5,
                    size=w - 1,
                    borderWidth=0,
                    fillColor=None,
                    borderColor=None,
                    textColor=None,
                    forceBorder=False,
                    fieldFlags="",
                )
                continue
            val = self.v.get(s.name) or ""
            fname = self.fname(s.name, "text")
            is_comb = s.kind == "comb" or (s.kind == "date" and s.style == "comb")
            if is_comb and len(s.groups) > 1:
                # one comb field per printed group (jj / mm / aaaa, or the NIR blocks)
                digits = val.replace("/", "")
                suffixes = (
                    ["jj", "mm", "aaaa"]
                    if s.groups == [2, 2, 4]
                    else [str(i + 1) for i in range(len(s.groups))]
                )
                k = 0
                for g, suf in zip(s.groups, suffixes):
                    cells = s.cells[k : k + g]
                    gx, gy = cells[0][0], cells[0][1]
                    gw = cells[-1][0] + cells[-1][2] - gx
                    af.textfield(
                        name="%s_%s" % (fname, suf),
                        value=digits[k : k + g],
                        x=gx + 0.5,
                        y=PAGE_H - gy - h + 0.5,
                        width=gw - 1,
                        height=h - 1,
                        fontName="Helvetica",
                        fontSize=self.font_size,
                        borderWidth=0,
                        fillColor=None,
                        borderColor=None,
                        textColor=None,
                        forceBorder=False,
                        maxlen=g,
                        fieldFlags="comb",
                    )
                    k += g
                continue
            kw = dict(
                name=fname,
                value=val,
                x=x + 0.5,
                y=PAGE_H - y - h + 0.5,
                width=w - 1,
                height=h - 1,
                fontName="Helvetica",
                fontSize=self.font_size,
                borderWidth=0,
                fillColor=None,
                borderColor=None,
                textColor=None,
                forceBorder=False,
            )
            if is_comb:
                n = len(s.cells)
                kw["maxlen"] = n
                kw["fieldFlags"] = "comb"
                kw["value"] = val.replace("/", "")[:n]
            else:
                kw["maxlen"] = 120
            af.textfield(**kw)


def finish_acroform(pdf_bytes, sig_rect=None, sig_field_name=None):
    """Set NeedAppearances (and optionally add an empty /Sig field) with pikepdf."""
    pdf = pikepdf.open(io.BytesIO(pdf_bytes))
    acro = pdf.Root.AcroForm
    acro.NeedAppearances = True
    if sig_rect is not None and sig_field_name:
        x, y, w, h = sig_rect
        page = pdf.pages[1]
        widget = pdf.make_indirect(
            pikepdf.Dictionary(
                Type=pikepdf.Name.Annot,
                Subtype=pikepdf.Name.Widget,
                FT=pikepdf.Name.Sig,
                T=pikepdf.String(sig_field_name),
                F=4,
                Rect=pikepdf.Array([x + 2, PAGE_H - y - h + 2, x + w - 2, PAGE_H - y - 2]),
                P=page.obj,
            )
        )
        if "/Annots" not in page.obj:
            page.obj.Annots = pikepdf.Array()
        page.obj.Annots.append(widget)
        acro.Fields.append(widget)
        acro.SigFlags = 1
    out = io.BytesIO()
    pdf.save(out, deterministic_id=True)
    return out.getvalue()


# ---------------------------------------------------------------------------
def vector_signature(c, rect, rng, style="loops", color=(0.08, 0.16, 0.55), width=1.1):
    """Ink drawn with a mouse / finger in a PDF editor: vector strokes in the box."""
    x, y, w, h = rect
    fw = rng.uniform(0.55, 0.8)
    sw, shh = w * fw, h * rng.uniform(0.45, 0.7)
    sx = x + rng.uniform(0.05, 1 - fw - 0.03) * w
    sy = y + rng.uniform(0.15, 0.9 - shh / h) * h
    c.saveState()
    c.setStrokeColorRGB(*color)
    c.setLineWidth(width)
    c.setLineCap(1)
    c.setLineJoin(1)
    for s in hand.sig_strokes(rng, style):
        p = c.beginPath()
        for i, (u, v) in enumerate(s):
            px, py = sx + u * sw, PAGE_H - (sy + v * shh)
            if i == 0:
                p.moveTo(px, py)
            else:
                p.lineTo(px, py)
        c.drawPath(p, stroke=1, fill=0)
    c.restoreState()


def image_signature(c, rect, rng, name=None, style="loops"):
    """A scanned signature pasted as a picture (PNG with transparency) into the PDF."""
    x, y, w, h = rect
    W, H = 600, 260
    k = 4.0  # pixels per point in the pasted picture
    img = Image.new("RGB", (W, H), (255, 255, 255))
    hw = hand.Hand(rng, "dkg", "darkblue", px_per_pt=k, pen=rng.uniform(1.1, 1.5))
    hw.signature(img, (0, 0, W / k, H / k), style, name=name, fill=(0.8, 0.92))
    rgba = img.convert("RGBA")
    rgba.putalpha(img.convert("L").point(lambda v: 255 - v))
    iw = w * rng.uniform(0.7, 0.9)
    ih = iw * H / W
    ix = x + rng.uniform(0.05, 0.95 - iw / w) * w
    iy = y + (h - ih) * rng.uniform(0.3, 0.7)
    buf = io.BytesIO()
    rgba.save(buf, format="PNG")
    buf.seek(0)
    c.drawImage(ImageReader(buf), ix, PAGE_H - iy - ih, iw, ih, mask="auto")
