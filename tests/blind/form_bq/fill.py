"""Filling the form: by hand, typed then printed, or as an AcroForm (fillable PDF)."""

from __future__ import annotations

import io

import pikepdf
from PIL import Image
from reportlab.lib.colors import Color
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

import ink
import layout
import pages
from people import strip_accents

TEXT_KEYS = [
    "nom",
    "usage",
    "prenoms",
    "lieu_commune",
    "lieu_pays",
    "nationalite",
    "adresse",
    "commune",
    "tel",
    "email",
    "profession",
    "contrat",
    "autre_precision",
]
COMB_KEYS = {"naissance", "nir", "cp"}

# field names of the fillable PDF, one scheme per print run
R1_NAMES = {
    "nom": "NomNaissance",
    "usage": "NomUsage",
    "prenoms": "Prenoms",
    "naissance": "DateNaiss",
    "lieu_commune": "LieuNaissCommune",
    "lieu_pays": "LieuNaissPays",
    "nationalite": "Nationalite",
    "nir": "NIR",
    "adresse": "Adresse",
    "cp": "CodePostal",
    "commune": "Commune",
    "tel": "Telephone",
    "email": "Courriel",
    "profession": "Profession",
    "contrat": "Contrat",
    "autre_precision": "AutrePrecision",
    "fait_a": "FaitA",
    "le": "DateSignature",
}
R2_NAMES = {
    "nom": "Nom de naissance",
    "usage": "Nom d'usage",
    "prenoms": "Prénoms",
    "naissance": "Date de naissance",
    "lieu_commune": "Commune de naissance",
    "lieu_pays": "Pays de naissance",
    "nationalite": "Nationalité",
    "nir": "NIR",
    "adresse": "Adresse",
    "cp": "Code postal",
    "commune": "Commune",
    "tel": "Téléphone",
    "email": "E-mail",
    "profession": "Profession",
    "contrat": "Type de contrat",
    "autre_precision": "Autre situation précisez",
    "fait_a": "Fait à",
    "le": "Date",
}


class Namer:
    def __init__(self, run):
        self.run, self.n_text, self.n_check = run, 0, 0

    def text(self, key, part=None):
        suffix = f"_{part}" if part is not None else ""
        if self.run == "R1":
            page = 2 if key in ("fait_a", "le") else 1
            return f"topmostSubform[0].Page{page}[0].{R1_NAMES[key]}{suffix}[0]"
        if self.run == "R2":
            return R2_NAMES[key] + (f" {part + 1}" if part is not None else "")
        self.n_text += 1
        return f"Texte{self.n_text}"

    def check(self, key):
        if self.run == "R1":
            return f"topmostSubform[0].Page1[0].{key}[0]"
        if self.run == "R2":
            return "Case " + key.replace("sit_", "").replace("contrat_", "contrat ")
        self.n_check += 1
        return f"Case à cocher{self.n_check}"


def _latin(txt: str) -> str:
    return "".join(ch if ch.encode("cp1252", "ignore") else strip_accents(ch) for ch in txt)


def _acro_text(c, nm, key, f, value, fs=10):
    if f["kind"] == "comb":  # one single-character field per box, as many cerfas do
        for bi, (bx, by, bw, bh) in enumerate(f["boxes"]):
            ch = value[bi] if value and bi < len(value) else ""
            c.acroForm.textfield(
                name=nm.text(key, bi),
                value=_latin(ch),
                x=bx + 0.5,
                y=by + 0.5,
                width=bw - 1,
                height=bh - 1,
                maxlen=1,
                fontName="Helvetica",
                fontSize=min(10.5, bh * 0.7),
                borderWidth=0,
                fillColor=Color(1, 1, 1, alpha=0),
                borderColor=None,
                textColor=Color(0, 0, 0),
            )
        return
    x, y, w, h = f["rect"]
    c.acroForm.textfield(
        name=nm.text(key),
        value=_latin(value or ""),
        x=x + 1,
        y=y + 0.5,
        width=w - 2,
        height=max(h - 1, 11),
        fontName="Helvetica",
        fontSize=fs,
        borderWidth=0,
        fillColor=Color(1, 1, 1, alpha=0),
        borderColor=None,
        textColor=Color(0, 0, 0),
    )


def _acro_check(c, nm, key, f, checked, style):
    x, y, w, h = f["box"]
    c.acroForm.checkbox(
        name=nm.check(key),
        checked=checked,
        buttonStyle=style,
        x=x,
        y=y,
        size=w,
        borderWidth=0,
        fillColor=Color(1, 1, 1, alpha=0),
        borderColor=None,
        textColor=Color(0, 0, 0),
    )


def checked_keys(v, style) -> set:
    keys = set(v["sits"]) | {"sexe_" + v["sexe"]}
    if v.get("contrat") and style.contract == "checks" and "sit_salarie" in v["sits"]:
        keys.add("contrat_" + v["contrat_key"])
    return keys


def _page_values(v, style, page):
    """(key, value) pairs of text/comb fields on a page."""
    if page == 1:
        keys = [k for k in TEXT_KEYS if k not in ("contrat",)] + ["naissance", "nir", "cp"]
        if style.contract == "line":
            keys.append("contrat")
        return [(k, v.get(k) or "") for k in keys]
    le = v["le_digits"] if style.sign_date == "comb" else v["le"]
    return [("fait_a", v["fait_a"] or ""), ("le", le or "")]


def build_pdf(v: dict, style, fill_way: str, rng, item_no: int) -> bytes:
    """Draw the form of `style`, fill it with the values `v`; return PDF bytes."""
    layout.register_fonts()
    ink.register_hand_fonts()
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(layout.W, layout.H), invariant=1)
    c.setTitle("Demande d'ouverture des droits à l'assurance maladie")
    c.setAuthor("CNAM" if fill_way == "acroform" else "")
    fields: dict = {}
    hand = ink.Hand(rng)
    typer = ink.Typer(rng)
    nm = Namer(style.name)
    acro = fill_way in ("acroform", "acroform_printed")
    check_style = rng.choice(["cross", "check"])
    ticks = checked_keys(v, style)
    for page in (1, 2):
        sh = layout.Sheet(c, style, page, fields)
        (pages.draw_page1 if page == 1 else pages.draw_page2)(sh)
        sh.check()
        pf = {k: f for k, f in fields.items() if f["page"] == page}
        for key, val in _page_values(v, style, page):
            f = pf[key]
            by_hand = (
                fill_way == "hand"
                or (key == "le" and v["le_by_hand"])
                or (key == "fait_a" and v["fait_by_hand"])
            )
            if acro and not by_hand:
                _acro_text(c, nm, key, f, val)
                continue
            if not val:
                continue
            w = hand if by_hand else typer
            if f["kind"] == "comb":
                w.write_comb(c, f, val)
            elif by_hand and style.names_comb is False and key in ("nom", "usage", "prenoms"):
                w.write_field(c, f, val, size=13)
            else:
                w.write_field(c, f, val)
        for key, f in sorted(pf.items()):
            if f["kind"] != "check":
                continue
            if acro:
                _acro_check(c, nm, key, f, key in ticks, check_style)
            elif key in ticks:
                (hand if fill_way == "hand" else typer).tick(c, f)
        if page == 2:
            rect = fields["signature"]["rect"]
            if v["sig"] == "sig":
                if fill_way == "acroform":
                    _paste_signature(c, rect, rng, hand.color)
                else:
                    ink.draw_signature(c, rect, rng, hand.color, width=rng.uniform(1.0, 1.6))
            elif v["sig"] == "stray":
                hand.stray(c, rect)
        c.showPage()
    c.save()
    data = buf.getvalue()
    if fill_way == "acroform" and not v.get("appearances", True):
        data = _drop_text_appearances(data)
    return data


def _paste_signature(c, rect, rng, color):
    x, y, w, h = rect
    sig = io.BytesIO()
    ink.signature_png(sig, rng, color)
    sig.seek(0)
    im = Image.open(sig)
    iw = w * rng.uniform(0.5, 0.75)
    ih = iw * im.height / im.width
    c.drawImage(
        ImageReader(im),
        x + rng.uniform(0.05, 0.4) * (w - iw),
        y + rng.uniform(0.05, 0.3) * (h - ih),
        iw,
        ih,
        mask="auto",
    )


def _drop_text_appearances(data: bytes) -> bytes:
    """Remove text fields' appearance streams (viewer must build them: NeedAppearances)."""
    pdf = pikepdf.open(io.BytesIO(data))
    for page in pdf.pages:
        for annot in page.get("/Annots", []):
            if annot.get("/FT") == "/Tx" and "/AP" in annot:
                del annot["/AP"]
    pdf.Root.AcroForm.NeedAppearances = True
    out = io.BytesIO()
    pdf.save(out, deterministic_id=True, compress_streams=True)
    return out.getvalue()


def reorder_or_split(data: bytes, mode: str) -> list[bytes]:
    """Fillable PDF with pages reversed (one file) or split into one file per page."""
    src = pikepdf.open(io.BytesIO(data))
    outs = []
    if mode == "reversed":
        src.pages.reverse()
        buf = io.BytesIO()
        src.save(buf, deterministic_id=True)
        return [buf.getvalue()]
    for i in range(len(src.pages)):
        new = pikepdf.Pdf.new()
        new.pages.append(src.pages[i])
        page = new.pages[0]
        fields = [a for a in page.get("/Annots", []) if "/FT" in a]
        acro = pikepdf.Dictionary(Fields=pikepdf.Array(fields))
        for key in ("/DR", "/DA", "/NeedAppearances"):
            if key in src.Root.AcroForm:
                val = src.Root.AcroForm[key]
                if isinstance(val, pikepdf.Dictionary):
                    val = new.copy_foreign(src.make_indirect(val))
                acro[key] = val
        new.Root.AcroForm = new.make_indirect(acro)
        for key, val in src.docinfo.items():
            new.docinfo[key] = val
        buf = io.BytesIO()
        new.save(buf, deterministic_id=True)
        outs.append(buf.getvalue())
    return outs
