"""The fillable PDF: AcroForm text fields, checkboxes and a radio group, built with pikepdf."""

import io
import itertools

import pikepdf
from pikepdf import Array, Dictionary, Name, String
from reportlab.pdfbase.pdfmetrics import stringWidth

LC = {  # LiveCycle-like names (print run R1)
    "surname": "NomNaissance",
    "usage_name": "NomUsage",
    "given_names": "Prenoms",
    "dob": "DateNaissance",
    "birth_city": "LieuNaissanceCommune",
    "birth_country": "LieuNaissancePays",
    "nationality": "Nationalite",
    "nir": "NIR",
    "caf": "NumAllocataire",
    "address": "Adresse",
    "address2": "ComplementAdresse",
    "postcode": "CodePostal",
    "city": "Commune",
    "phone": "Telephone",
    "email": "Courriel",
    "profession": "Profession",
    "autre_text": "AutreSituationPrecisez",
    "place": "FaitA",
    "date": "DateSignature",
    "contract_text": "TypeContrat",
}
SNAKE = {  # plain names (print run R3)
    "surname": "nom_naissance",
    "usage_name": "nom_usage",
    "given_names": "prenoms",
    "dob": "date_naissance",
    "birth_city": "lieu_naissance",
    "birth_country": "pays_naissance",
    "nationality": "nationalite",
    "nir": "num_secu",
    "caf": "num_caf",
    "address": "adresse",
    "address2": "adresse_complement",
    "postcode": "code_postal",
    "city": "commune",
    "phone": "tel",
    "email": "email",
    "profession": "profession",
    "autre_text": "autre_precisez",
    "place": "fait_a",
    "date": "date",
    "contract_text": "contrat",
}
ON_STATE = {"R1": "1", "R2": "Oui", "R3": "On"}


def _groups(cells):
    """Splits comb cells into runs of adjacent cells."""
    out, cur = [], [cells[0]]
    for prev, cell in itertools.pairwise(cells):
        if abs(cell[0] - (prev[0] + prev[2])) < 0.5 and abs(cell[1] - prev[1]) < 0.5:
            cur.append(cell)
        else:
            out.append(cur)
            cur = [cell]
    out.append(cur)
    return out


def _pdfstr(text: str) -> bytes:
    b = text.encode("cp1252", errors="replace")
    return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def _annots(page) -> Array:
    if "/Annots" not in page.obj:
        page.obj.Annots = Array()
    return page.obj.Annots


class Builder:
    def __init__(self, pdf: pikepdf.Pdf, run: str, font_size: float, check_char: str):
        self.pdf, self.run = pdf, run
        self.fs = font_size
        self.ch = check_char
        self.helv = pdf.make_indirect(
            Dictionary(
                Type=Name.Font,
                Subtype=Name.Type1,
                BaseFont=Name.Helvetica,
                Encoding=Name.WinAnsiEncoding,
            )
        )
        self.zadb = pdf.make_indirect(
            Dictionary(Type=Name.Font, Subtype=Name.Type1, BaseFont=Name.ZapfDingbats)
        )
        self.fields = []
        self.n_text = 0
        self.n_check = 0
        self.parents = {}

    # ---------------------------------------------------------------- naming
    def _name(self, key, page, kind, idx=None):
        if self.run == "R2":
            if kind == "check":
                self.n_check += 1
                return f"Case \u00e0 cocher{self.n_check}"
            self.n_text += 1
            return f"Texte{self.n_text}"
        if self.run == "R1":
            base = LC.get(key) or key.replace("sit_", "Situation_").replace("ct_", "Contrat_")
            base = base.replace("\u00e9", "e")
            suffix = (
                ""
                if idx is None
                else ["Jour", "Mois", "Annee", "Cle"][idx]
                if key in ("dob",)
                else ("Cle" if idx else "")
            )
            return f"{base}{suffix}[0]"
        base = (
            SNAKE.get(key)
            or key.replace("sex_", "sexe_")
            .replace("sit_", "situation_")
            .replace("ct_", "contrat_")
            .replace("\u00e9", "e")
            .lower()
        )
        if idx is not None:
            base += f"_{idx + 1}"
        return base

    def _attach(self, field, page_no):
        if self.run != "R1":
            self.fields.append(field)
            return
        if page_no not in self.parents:
            if "top" not in self.parents:
                top = self.pdf.make_indirect(
                    Dictionary(T=String("topmostSubform[0]"), Kids=Array())
                )
                self.parents["top"] = top
                self.fields.append(top)
            top = self.parents["top"]
            pg = self.pdf.make_indirect(
                Dictionary(T=String(f"Page{page_no}[0]"), Kids=Array(), Parent=top)
            )
            top.Kids.append(pg)
            self.parents[page_no] = pg
        pg = self.parents[page_no]
        field.Parent = pg
        pg.Kids.append(field)

    # ---------------------------------------------------------------- appearances
    def _stream(self, w, h, content: bytes, font):
        res = Dictionary(Font=Dictionary({"/Helv" if font is self.helv else "/ZaDb": font}))
        return self.pdf.make_stream(
            content, Type=Name.XObject, Subtype=Name.Form, BBox=Array([0, 0, w, h]), Resources=res
        )

    def _text_ap(self, text, w, h, comb_n=None):
        fs = min(self.fs, h * 0.72)
        y = (h - fs * 0.72) / 2
        parts = [b"/Tx BMC q BT", f"/Helv {fs:.2f} Tf 0 g".encode()]
        if comb_n:
            cw = w / comb_n
            for i, ch in enumerate(text[:comb_n]):
                gx = i * cw + (cw - stringWidth(ch, "Helvetica", fs)) / 2
                parts.append(
                    f"1 0 0 1 {gx:.2f} {y:.2f} Tm".encode() + b" (" + _pdfstr(ch) + b") Tj"
                )
        else:
            parts.append(f"1 0 0 1 2 {y:.2f} Tm".encode() + b" (" + _pdfstr(text) + b") Tj")
        parts.append(b"ET Q EMC")
        return self._stream(w, h, b"\n".join(parts), self.helv)

    def _check_ap(self, s):
        fs = s * 0.85
        on = f"q 0 g BT /ZaDb {fs:.2f} Tf {s * 0.12:.2f} {s * 0.18:.2f} Td ({self.ch}) Tj ET Q"
        return self._stream(s, s, on.encode(), self.zadb), self._stream(s, s, b"", self.helv)

    # ---------------------------------------------------------------- fields
    def text(self, page, page_no, key, rect, value, comb_n=None, idx=None):
        x0, y0, x1, y1 = rect
        ff = (1 << 24 | 1 << 23 | 1 << 22) if comb_n else (1 << 23 if self.run != "R2" else 0)
        f = Dictionary(
            FT=Name.Tx,
            T=String(self._name(key, page_no, "text", idx)),
            Type=Name.Annot,
            Subtype=Name.Widget,
            Rect=Array([x0, y0, x1, y1]),
            F=4,
            Ff=ff,
            P=page.obj,
            DA=String(f"/Helv {self.fs:g} Tf 0 g"),
            V=String(value or ""),
            AP=Dictionary(N=self._text_ap(value or "", x1 - x0, y1 - y0, comb_n)),
        )
        if comb_n:
            f.MaxLen = comb_n
        f = self.pdf.make_indirect(f)
        _annots(page).append(f)
        self._attach(f, page_no)

    def check(self, page, page_no, key, g, on):
        s = g["s"]
        state = ON_STATE[self.run]
        ap_on, ap_off = self._check_ap(s)
        f = Dictionary(
            FT=Name.Btn,
            T=String(self._name(key, page_no, "check")),
            Type=Name.Annot,
            Subtype=Name.Widget,
            Rect=Array([g["x"], g["y"], g["x"] + s, g["y"] + s]),
            F=4,
            P=page.obj,
            V=Name("/" + state) if on else Name.Off,
            AS=Name("/" + state) if on else Name.Off,
            MK=Dictionary(CA=String(self.ch)),
            DA=String("/ZaDb 0 Tf 0 g"),
            AP=Dictionary(N=Dictionary({"/" + state: ap_on, "/Off": ap_off})),
        )
        f = self.pdf.make_indirect(f)
        _annots(page).append(f)
        self._attach(f, page_no)

    def radio(self, page, page_no, name, options, value):
        parent = self.pdf.make_indirect(
            Dictionary(
                FT=Name.Btn,
                T=String(name),
                Ff=(1 << 15 | 1 << 14),
                Kids=Array(),
                V=Name("/" + value),
            )
        )
        for state, g in options:
            s = g["s"]
            ap_on, ap_off = self._check_ap(s)
            kid = self.pdf.make_indirect(
                Dictionary(
                    Type=Name.Annot,
                    Subtype=Name.Widget,
                    Parent=parent,
                    P=page.obj,
                    F=4,
                    Rect=Array([g["x"], g["y"], g["x"] + s, g["y"] + s]),
                    AS=Name("/" + state) if state == value else Name.Off,
                    MK=Dictionary(CA=String(self.ch)),
                    AP=Dictionary(N=Dictionary({"/" + state: ap_on, "/Off": ap_off})),
                )
            )
            parent.Kids.append(kid)
            _annots(page).append(kid)
        self._attach(parent, page_no)


def build(base_pdf: bytes, run: str, geos: list, v: dict, rng, with_ap: bool) -> bytes:
    """Adds the AcroForm to the drawn two-page form and fills it with the values v."""
    pdf = pikepdf.open(io.BytesIO(base_pdf))
    b = Builder(pdf, run, rng.choice([9.0, 10.0, 10.0, 11.0]), rng.choice(["4", "8"]))
    checks = set(["sex_" + v["sex"]] + ["sit_" + s for s in v["situations"]])
    if v.get("contract"):
        checks.add("ct_" + v["contract"])
    values = {k: v.get(k) or "" for k in LC}
    values["date"] = v.get("date_text") or ""
    values["contract_text"] = v.get("contract") or ""
    if "address2" not in geos[0] and v.get("address2"):
        values["address"] = f"{values['address']}, {v['address2']}"
    for page_no, geo in ((1, geos[0]), (2, geos[1])):
        page = pdf.pages[page_no - 1]
        if run == "R1" and page_no == 1:
            b.radio(page, 1, "Sexe[0]", [("F", geo["sex_F"]), ("M", geo["sex_M"])], v["sex"])
        for key, g in geo.items():
            if g["kind"] == "check":
                if run == "R1" and key.startswith("sex_"):
                    continue
                b.check(page, page_no, key, g, key in checks)
            elif g["kind"] == "comb":
                groups = _groups(g["cells"])
                val = values.get(key, "")
                pos = 0
                for i, grp in enumerate(groups):
                    n = len(grp)
                    rect = (grp[0][0], grp[0][1], grp[-1][0] + grp[-1][2], grp[0][1] + grp[0][3])
                    idx = i if len(groups) > 1 else None
                    b.text(page, page_no, key, rect, val[pos : pos + n], comb_n=n, idx=idx)
                    pos += n
            elif g["kind"] == "text":
                fh = min(g["h"] + 2, 17)
                rect = (g["x"] - 1, g["y"] - 3, g["x"] + g["w"], g["y"] - 3 + fh)
                b.text(page, page_no, key, rect, values.get(key, ""))
    pdf.Root.AcroForm = Dictionary(
        Fields=Array(b.fields),
        DA=String("/Helv 0 Tf 0 g"),
        DR=Dictionary(Font=Dictionary(Helv=b.helv, ZaDb=b.zadb)),
    )
    if not with_ap:  # values set by a script: text fields lose their appearances
        for page in pdf.pages:
            for annot in page.obj.get("/Annots", []):
                if annot.get("/FT") == Name.Tx and "/AP" in annot:
                    del annot["/AP"]
        pdf.Root.AcroForm.NeedAppearances = True
    out = io.BytesIO()
    pdf.save(out, deterministic_id=True, compress_streams=True)
    return out.getvalue()
