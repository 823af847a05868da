"""Writers that put the applicant's values into the slots of a print run."""

import io

from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics

from hand import signature_png

TEXT_KEYS = [
    "surname",
    "usage_name",
    "given_names",
    "dob",
    "birth_commune",
    "birth_country",
    "nationality",
    "nir",
    "address",
    "postcode",
    "commune",
    "phone",
    "email",
    "employer",
    "job",
    "autre_text",
    "place",
    "date",
]
TICK_KEYS = [
    "sex_F",
    "sex_M",
    "sit_salarie",
    "sit_independant",
    "sit_demandeur_emploi",
    "sit_etudiant",
    "sit_sans_activite",
    "sit_autre",
    "ct_CDI",
    "ct_CDD",
    "ct_interim",
    "ct_apprenti",
]

FR_NAMES = {
    "surname": "nom_naissance",
    "usage_name": "nom_usage",
    "given_names": "prenoms",
    "dob": "date_naissance",
    "birth_commune": "lieu_naiss_commune",
    "birth_country": "lieu_naiss_pays",
    "nationality": "nationalite",
    "nir": "nir",
    "address": "adresse",
    "postcode": "code_postal",
    "commune": "commune",
    "phone": "telephone",
    "email": "courriel",
    "employer": "employeur_nom",
    "job": "emploi_occupe",
    "autre_text": "situation_autre_precision",
    "place": "fait_a",
    "date": "date_signature",
    "sex_F": "sexe_f",
    "sex_M": "sexe_m",
    "sit_salarie": "sit_salarie",
    "sit_independant": "sit_non_salarie",
    "sit_demandeur_emploi": "sit_demandeur_emploi",
    "sit_etudiant": "sit_etudiant",
    "sit_sans_activite": "sit_sans_activite",
    "sit_autre": "sit_autre",
    "ct_CDI": "contrat_cdi",
    "ct_CDD": "contrat_cdd",
    "ct_interim": "contrat_interim",
    "ct_apprenti": "contrat_apprentissage",
}
XFA_NAMES = {
    "surname": "NomNaissance",
    "usage_name": "NomUsage",
    "given_names": "Prenoms",
    "dob": "DateNaissance",
    "birth_commune": "CommuneNaissance",
    "birth_country": "PaysNaissance",
    "nationality": "Nationalite",
    "nir": "NumSecu",
    "address": "Adresse",
    "postcode": "CodePostal",
    "commune": "Commune",
    "phone": "Telephone",
    "email": "Courriel",
    "employer": "Employeur",
    "job": "Emploi",
    "autre_text": "AutreSituation",
    "place": "FaitA",
    "date": "DateSignature",
    "sex_F": "CaseF",
    "sex_M": "CaseM",
    "sit_salarie": "Case_B1",
    "sit_independant": "Case_B2",
    "sit_demandeur_emploi": "Case_B3",
    "sit_etudiant": "Case_B4",
    "sit_sans_activite": "Case_B5",
    "sit_autre": "Case_B6",
    "ct_CDI": "Case_CDI",
    "ct_CDD": "Case_CDD",
    "ct_interim": "Case_Interim",
    "ct_apprenti": "Case_Apprenti",
}


def comb_groups(rects):
    """Split comb boxes into runs of adjacent boxes."""
    groups = [[rects[0]]]
    for r in rects[1:]:
        p = groups[-1][-1]
        if abs(r[0] - (p[0] + p[2])) > 1:
            groups.append([r])
        else:
            groups[-1].append(r)
    return groups


class TypedWriter:
    """Values typed on screen (a PDF editor's text boxes) before printing."""

    def __init__(self, c, rng, font="Lib", size=10):
        self.c, self.rng, self.fn, self.size = c, rng, font, size
        self.dx = rng.uniform(-1.5, 1.5)
        self.dy = rng.uniform(-1.0, 2.0)

    def comb(self, key, rects, text):
        c = self.c
        c.setFont(self.fn, self.size)
        c.setFillGray(0.05)
        for (x, y, w, h), ch in zip(rects, text, strict=False):
            c.drawCentredString(x + w / 2 + self.dx * 0.4, y + h * 0.25 + self.dy * 0.5, ch)

    def line(self, key, spec, text):
        _k, x, y, w, h = spec
        size = self.size
        while pdfmetrics.stringWidth(text, self.fn, size) > w and size > 6:
            size -= 0.5
        self.c.setFont(self.fn, size)
        self.c.setFillGray(0.05)
        self.c.drawString(x + self.dx, y + 2 + self.dy, text)

    def tick(self, key, spec):
        _k, x, y, s = spec
        self.c.setFont(self.fn, s * 1.25)
        self.c.drawCentredString(x + s / 2, y + s * 0.12, "X")


class HandWriter:
    """Ballpoint writing on the rendered page image (see hand.Hand)."""

    def __init__(self, hand, caps=True, tick="cross"):
        self.h, self.caps, self.tick_style = hand, caps, tick

    def comb(self, key, rects, text):
        self.h.comb(rects, text)

    def line(self, key, spec, text):
        _k, x, y, w, h = spec
        self.h.write(x + self.h.rng.uniform(0, 8), y + 2, text, min(h * 0.95, 12.5), max_w=w)

    def tick(self, key, spec):
        self.h.tick(spec, self.tick_style)


class AcroWriter:
    """The fillable PDF: AcroForm fields holding the values."""

    def __init__(self, c, scheme, page):
        self.c, self.page = c, page
        self.scheme = scheme

    def name(self, key, suffix=""):
        if self.scheme == "fr":
            return FR_NAMES[key] + suffix
        return f"topmostSubform[0].Page{self.page}[0].{XFA_NAMES[key]}{suffix}[0]"

    def _tf(self, name, value, x, y, w, h, maxlen=None, comb=False):
        kw = dict(
            name=name,
            value=value or "",
            x=x,
            y=y,
            width=w,
            height=h,
            fontName="Helvetica",
            fontSize=0 if not comb else 10,
            borderWidth=0,
            fillColor=None,
            borderColor=None,
            textColor=None,
            forceBorder=False,
            relative=False,
        )
        if maxlen:
            kw["maxlen"] = maxlen
        if comb:
            kw["fieldFlags"] = "comb"
        kw["fontSize"] = 10
        self.c.acroForm.textfield(**kw)

    def comb(self, key, rects, text):
        groups = comb_groups(rects)
        pos = 0
        sfx = ["_JJ", "_MM", "_AAAA"] if key == "dob" else [f"_{i + 1}" for i in range(9)]
        for gi, g in enumerate(groups):
            part = (text or "")[pos : pos + len(g)]
            pos += len(g)
            x0, y0 = g[0][0], g[0][1]
            w = g[-1][0] + g[-1][2] - x0
            name = self.name(key, sfx[gi] if len(groups) > 1 else "")
            self._tf(name, part, x0, y0, w, g[0][3], maxlen=len(g), comb=True)

    def line(self, key, spec, text):
        _k, x, y, w, h = spec
        self._tf(self.name(key), text, x - 1, y - 2, w, h + 2)

    def tick(self, key, spec, checked=True):
        _k, x, y, s = spec
        self.c.acroForm.checkbox(
            name=self.name(key),
            checked=checked,
            buttonStyle="cross",
            x=x,
            y=y,
            size=s,
            borderWidth=0,
            fillColor=None,
            borderColor=None,
            forceBorder=False,
            relative=False,
        )

    def signature(self, spec, rng):
        _k, x, y, w, h = spec
        img = signature_png(rng, ink=rng.choice(["blue", "black"]))
        buf = io.BytesIO()
        img.save(buf, "PNG")
        buf.seek(0)
        sw = w * rng.uniform(0.6, 0.85)
        self.c.drawImage(
            ImageReader(buf),
            x + rng.uniform(5, w - sw - 2),
            y + 4,
            sw,
            sw * img.size[1] / img.size[0],
            mask="auto",
        )


def fix_combs(pdf):
    """Give comb fields an appearance with one character per cell (pikepdf document)."""
    for pg in pdf.pages:
        for a in pg.get("/Annots", []):
            if a.get("/FT") != "/Tx" or not int(a.get("/Ff", 0)) & (1 << 24):
                continue
            if "/AP" not in a:
                continue
            x0, _y0, x1, _y1 = [float(v) for v in a.Rect]
            n = int(a.MaxLen)
            cell = (x1 - x0) / n
            ops = ["/Tx BMC", "q", "BT", "/Helv 10 Tf", ".1 .1 .1 rg"]
            for i, ch in enumerate(str(a.get("/V", ""))):
                x = cell * i + (cell - pdfmetrics.stringWidth(ch, "Helvetica", 10)) / 2
                ops.append(f"1 0 0 1 {x:.2f} 4 Tm ({ch}) Tj")
            ops += ["ET", "Q", "EMC", ""]
            a.AP.N.write("\n".join(ops).encode("latin-1"))


def page_values(v, page):
    """Map the applicant's values onto slot keys of one page."""
    out = {}
    if page == 1:
        for k in (
            "surname",
            "usage_name",
            "given_names",
            "dob",
            "birth_commune",
            "birth_country",
            "nationality",
            "nir",
            "address",
            "postcode",
            "commune",
            "phone",
            "email",
            "employer",
            "job",
            "autre_text",
        ):
            if v.get(k):
                out[k] = v[k]
        out["sex_" + v["sex"]] = True
        for s in v["situation"]:
            out["sit_" + s] = True
        if v.get("contract"):
            out["ct_" + v["contract"]] = True
    else:
        if v.get("place"):
            out["place"] = v["place"]
        if v.get("date_text"):
            out["date"] = v["date_text"]
    return out


def fill(slots, vals, pick, all_fields=False):
    """Write vals into slots; pick(key) gives the writer (or None to skip)."""
    for key, spec in slots.items():
        if key == "sig":
            continue
        w = pick(key)
        if w is None:
            continue
        val = vals.get(key)
        if spec[0] == "tick":
            if isinstance(w, AcroWriter):
                w.tick(key, spec, bool(val))
            elif val:
                w.tick(key, spec)
        elif val or all_fields:
            if spec[0] == "comb":
                w.comb(key, spec[1], val or "")
            else:
                w.line(key, spec, val or "")
