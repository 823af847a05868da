"""Real AcroForm fields (text fields, check boxes, radio, signature field) added with pikepdf.

Three naming styles seen on real fillable forms:
- "snake": flat lower-case names (nom_naissance, date_naissance_jj, situation_salarie...),
  sexe as a radio group, check boxes exporting /Yes;
- "lc": a LiveCycle-style hierarchy topmostSubform[0].Page1[0].NomNaissance[0] ..., check
  boxes exporting /1 and an empty /Sig field over the signature box;
- "generic": what an office suite names fields when someone adds them by hand
  ("Champ de texte 7", "Case à cocher 3"), check boxes exporting /Oui, no comb flag.
Appearance streams are written for every widget unless asked not to (then the
AcroForm says /NeedAppearances true and the widgets carry only /V and /AS).
"""

from __future__ import annotations

import io

import pikepdf
from fk_form import Box, Comb, Geometry, Line, Rect
from pikepdf import Array, Dictionary, Name, String

SNAKE = {
    "surname": "nom_naissance",
    "usage_name": "nom_usage",
    "given_names": "prenoms",
    "dob_d": "date_naissance_jj",
    "dob_m": "date_naissance_mm",
    "dob_y": "date_naissance_aaaa",
    "birth_city": "lieu_naissance_commune",
    "birth_country": "lieu_naissance_pays",
    "nationality": "nationalite",
    "nir": "nir",
    "nir_key": "nir_cle",
    "caf": "num_allocataire_caf",
    "address1": "adresse_ligne1",
    "address2": "adresse_ligne2",
    "postcode": "code_postal",
    "city": "commune",
    "phone": "telephone",
    "email": "courriel",
    "sit_salarie": "situation_salarie",
    "profession": "profession",
    "contract_cdi": "contrat_cdi",
    "contract_cdd": "contrat_cdd",
    "sit_independant": "situation_independant",
    "sit_demandeur": "situation_demandeur_emploi",
    "sit_etudiant": "situation_etudiant",
    "sit_sans": "situation_sans_activite",
    "sit_autre": "situation_autre",
    "autre_text": "situation_autre_precision",
    "place": "fait_a",
    "date": "date_signature",
    "sig_box": "signature",
}
LC = {
    "surname": "NomNaissance",
    "usage_name": "NomUsage",
    "given_names": "Prenoms",
    "sex_F": "Sexe_F",
    "sex_M": "Sexe_M",
    "dob_d": "DateNaiss_JJ",
    "dob_m": "DateNaiss_MM",
    "dob_y": "DateNaiss_AAAA",
    "birth_city": "LieuNaiss_Commune",
    "birth_country": "LieuNaiss_Pays",
    "nationality": "Nationalite",
    "nir": "NIR",
    "nir_key": "CleNIR",
    "caf": "NumAllocataire",
    "address1": "Adresse1",
    "address2": "Adresse2",
    "postcode": "CodePostal",
    "city": "Commune",
    "phone": "Telephone",
    "email": "Courriel",
    "sit_salarie": "CaseSalarie",
    "profession": "Profession",
    "contract_cdi": "CaseCDI",
    "contract_cdd": "CaseCDD",
    "sit_independant": "CaseIndependant",
    "sit_demandeur": "CaseDemandeurEmploi",
    "sit_etudiant": "CaseEtudiant",
    "sit_sans": "CaseSansActivite",
    "sit_autre": "CaseAutre",
    "autre_text": "AutrePrecisez",
    "place": "FaitA",
    "date": "DateSignature",
    "sig_box": "Signature",
}
EXPORT = {"snake": "Yes", "lc": "1", "generic": "Oui"}
ORDER = [
    "surname",
    "usage_name",
    "given_names",
    "sex_F",
    "sex_M",
    "dob_d",
    "dob_m",
    "dob_y",
    "birth_city",
    "birth_country",
    "nationality",
    "nir",
    "nir_key",
    "caf",
    "address1",
    "address2",
    "postcode",
    "city",
    "phone",
    "email",
    "sit_salarie",
    "profession",
    "contract_cdi",
    "contract_cdd",
    "sit_independant",
    "sit_demandeur",
    "sit_etudiant",
    "sit_sans",
    "sit_autre",
    "autre_text",
    "place",
    "date",
    "sig_box",
]


def _pdfstr(text: str) -> bytes:
    raw = text.encode("cp1252", errors="replace")
    return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def _helv_width(text: str, size: float) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return stringWidth(text, "Helvetica", size)


class AcroBuilder:
    def __init__(self, pdf: pikepdf.Pdf, style: str, with_ap: bool, text_color=(0, 0, 0)):
        self.pdf = pdf
        self.style = style
        self.with_ap = with_ap
        self.color = "%.3f %.3f %.3f rg" % text_color
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
        self.res = Dictionary(Font=Dictionary(Helv=self.helv, ZaDb=self.zadb))
        self.fields: list = []
        self.n_text = 0
        self.n_box = 0
        self.lc_pages: dict[int, pikepdf.Object] = {}
        self.lc_root = None

    # -- naming ---------------------------------------------------------------------
    def _name(self, key: str, kind: str) -> str:
        if self.style == "snake":
            return SNAKE[key]
        if self.style == "lc":
            return LC[key] + "[0]"
        if kind == "box":
            self.n_box += 1
            return f"Case à cocher {self.n_box}"
        self.n_text += 1
        return f"Champ de texte {self.n_text}"

    def _attach(self, page_idx: int, field: pikepdf.Object) -> None:
        page = self.pdf.pages[page_idx]
        if "/Annots" not in page.obj:
            page.obj.Annots = Array()
        page.obj.Annots.append(field)
        field.P = page.obj
        if self.style == "lc":
            if self.lc_root is None:
                self.lc_root = self.pdf.make_indirect(
                    Dictionary(T=String("topmostSubform[0]"), Kids=Array())
                )
                self.fields.append(self.lc_root)
            if page_idx not in self.lc_pages:
                node = self.pdf.make_indirect(
                    Dictionary(
                        T=String(f"Page{page_idx + 1}[0]"), Kids=Array(), Parent=self.lc_root
                    )
                )
                self.lc_root.Kids.append(node)
                self.lc_pages[page_idx] = node
            parent = self.lc_pages[page_idx]
            parent.Kids.append(field)
            field.Parent = parent
        else:
            self.fields.append(field)

    def _stream(self, w: float, h: float, content: bytes) -> pikepdf.Stream:
        st = pikepdf.Stream(self.pdf, content)
        st.Type = Name.XObject
        st.Subtype = Name.Form
        st.BBox = Array([0, 0, w, h])
        st.Resources = self.res
        return st

    # -- field kinds --------------------------------------------------------------------
    def text(self, key: str, el, value: str, page_idx: int, comb: bool) -> None:
        if isinstance(el, Comb):
            x, y, w, h = el.x, el.y, el.cw * el.n, el.ch
        elif isinstance(el, Rect):
            x, y, w, h = el.x + 4, el.y + 4, el.w - 8, el.h - 22 if el.caption else el.h - 8
        else:
            x, y, w, h = el.x, el.y - 3, el.w, el.h + 3
        size = 10.0
        if isinstance(el, Comb):
            size = round(min(11.0, el.ch * 0.62), 1)
        elif isinstance(el, Rect):
            size = 14.0
        flags = 0
        d = Dictionary(
            Type=Name.Annot,
            Subtype=Name.Widget,
            FT=Name.Tx,
            T=String(self._name(key, "text")),
            Rect=Array([round(x, 2), round(y, 2), round(x + w, 2), round(y + h, 2)]),
            F=4,
            DA=String(f"/Helv {size:g} Tf 0 g"),
        )
        if isinstance(el, Comb):
            d.MaxLen = el.n
            if comb:
                flags |= 1 << 24
        if flags:
            d.Ff = flags
        if value:
            d.V = String(value)
        if self.with_ap:
            body = b"/Tx BMC\n"
            if value:
                body += b"q BT " + self.color.encode() + b" /Helv %.1f Tf\n" % size
                if isinstance(el, Comb) and comb:
                    for i, ch in enumerate(value[: el.n]):
                        if ch == " ":
                            continue
                        cx = (i + 0.5) * el.cw - _helv_width(ch, size) / 2
                        body += b"1 0 0 1 %.2f %.2f Tm %s Tj\n" % (
                            cx,
                            (h - size * 0.7) / 2,
                            _pdfstr(ch),
                        )
                else:
                    by = (h - size * 0.7) / 2 if not isinstance(el, Rect) else h * 0.4
                    body += b"1 0 0 1 2 %.2f Tm %s Tj\n" % (by, _pdfstr(value))
                body += b"ET Q\n"
            body += b"EMC\n"
            d.AP = Dictionary(N=self._stream(w, h, body))
        field = self.pdf.make_indirect(d)
        self._attach(page_idx, field)

    def checkbox(self, key: str, el: Box, on: bool, page_idx: int) -> None:
        exp = EXPORT[self.style]
        s = el.s
        d = Dictionary(
            Type=Name.Annot,
            Subtype=Name.Widget,
            FT=Name.Btn,
            T=String(self._name(key, "box")),
            Rect=Array([round(el.x, 2), round(el.y, 2), round(el.x + s, 2), round(el.y + s, 2)]),
            F=4,
            DA=String("/ZaDb 0 Tf 0 g"),
            MK=Dictionary(CA=String("8" if self.style == "generic" else "4")),
            V=Name("/" + exp) if on else Name.Off,
            AS=Name("/" + exp) if on else Name.Off,
        )
        if self.with_ap:
            glyph = b"8" if self.style == "generic" else b"4"
            fs = s * 0.8
            on_body = b"q BT 0 g /ZaDb %.2f Tf %.2f %.2f Td (%s) Tj ET Q\n" % (
                fs,
                s * 0.12,
                s * 0.2,
                glyph,
            )
            d.AP = Dictionary(
                N=Dictionary(
                    {"/" + exp: self._stream(s, s, on_body), "/Off": self._stream(s, s, b"")}
                )
            )
        field = self.pdf.make_indirect(d)
        self._attach(page_idx, field)

    def radio(
        self, name: str, options: list[tuple[str, Box]], value: str | None, page_idx: int
    ) -> None:
        parent = self.pdf.make_indirect(
            Dictionary(
                FT=Name.Btn,
                T=String(name),
                Ff=(1 << 15) | (1 << 14),
                Kids=Array(),
                V=Name("/" + value) if value else Name.Off,
            )
        )
        page = self.pdf.pages[page_idx]
        if "/Annots" not in page.obj:
            page.obj.Annots = Array()
        for exp, el in options:
            s = el.s
            on = value == exp
            w = Dictionary(
                Type=Name.Annot,
                Subtype=Name.Widget,
                Rect=Array(
                    [round(el.x, 2), round(el.y, 2), round(el.x + s, 2), round(el.y + s, 2)]
                ),
                F=4,
                Parent=parent,
                P=page.obj,
                MK=Dictionary(CA=String("l")),
                AS=Name("/" + exp) if on else Name.Off,
            )
            if self.with_ap:
                r = s * 0.28
                body = (
                    b"q 0 g %.2f 0 0 %.2f %.2f %.2f cm 0 0 m " % (r, r, s / 2, s / 2)
                    + b"1 0 l 1 0.55 0.55 1 0 1 c -0.55 1 -1 0.55 -1 0 c -1 -0.55 -0.55 -1 0 -1 c "
                    + b"0.55 -1 1 -0.55 1 0 c f Q\n"
                )
                w.AP = Dictionary(
                    N=Dictionary(
                        {"/" + exp: self._stream(s, s, body), "/Off": self._stream(s, s, b"")}
                    )
                )
            wi = self.pdf.make_indirect(w)
            parent.Kids.append(wi)
            page.obj.Annots.append(wi)
        self.fields.append(parent)

    def sig_field(self, key: str, el: Rect, page_idx: int) -> None:
        d = Dictionary(
            Type=Name.Annot,
            Subtype=Name.Widget,
            FT=Name.Sig,
            T=String(self._name(key, "text")),
            Rect=Array(
                [round(el.x, 2), round(el.y, 2), round(el.x + el.w, 2), round(el.y + el.h, 2)]
            ),
            F=4,
        )
        field = self.pdf.make_indirect(d)
        self._attach(page_idx, field)

    def ink_mark(
        self, el: Rect, page_idx: int, pts: list[tuple[float, float]], color=(0.1, 0.15, 0.5)
    ) -> None:
        """A small freehand Ink annotation (a stray mark made with a mouse or finger)."""
        xs = [p[0] for p in pts]
        ys = [p[1] for p in pts]
        x0, y0, x1, y1 = min(xs) - 2, min(ys) - 2, max(xs) + 2, max(ys) + 2
        path = b"%.2f %.2f m " % (pts[0][0] - x0, pts[0][1] - y0)
        for p in pts[1:]:
            path += b"%.2f %.2f l " % (p[0] - x0, p[1] - y0)
        body = b"q %.3f %.3f %.3f RG 1.4 w 1 J 1 j " % color + path + b"S Q\n"
        st = self._stream(x1 - x0, y1 - y0, body)
        flat = Array()
        for p in pts:
            flat.append(round(p[0], 2))
            flat.append(round(p[1], 2))
        d = Dictionary(
            Type=Name.Annot,
            Subtype=Name.Ink,
            Rect=Array([round(x0, 2), round(y0, 2), round(x1, 2), round(y1, 2)]),
            InkList=Array([flat]),
            C=Array(list(color)),
            BS=Dictionary(W=1.4),
            F=4,
            T=String("Utilisateur"),
            AP=Dictionary(N=st),
        )
        page = self.pdf.pages[page_idx]
        if "/Annots" not in page.obj:
            page.obj.Annots = Array()
        page.obj.Annots.append(self.pdf.make_indirect(d))

    def finish(self) -> None:
        af = Dictionary(Fields=Array(self.fields), DR=self.res, DA=String("/Helv 0 Tf 0 g"))
        if not self.with_ap:
            af.NeedAppearances = True
        if self.style == "lc":
            af.SigFlags = 0
        self.pdf.Root.AcroForm = self.pdf.make_indirect(af)


def add_fields(
    pdf_bytes: bytes,
    geom: Geometry,
    values: dict,
    style: str,
    with_ap: bool,
    stray: list[tuple[float, float]] | None = None,
) -> bytes:
    """values: element key -> str (text) or bool (box); 'sex' handled as radio in snake style."""
    pdf = pikepdf.open(io.BytesIO(pdf_bytes))
    b = AcroBuilder(pdf, style, with_ap)
    for key in ORDER:
        el = geom.el.get(key)
        if el is None:
            continue
        page = el.page
        if key in ("sex_F", "sex_M"):
            if style == "snake":
                if key == "sex_F":
                    sexv = "F" if values.get("sex_F") else ("M" if values.get("sex_M") else None)
                    b.radio("sexe", [("F", geom.el["sex_F"]), ("M", geom.el["sex_M"])], sexv, page)
                continue
            b.checkbox(key, el, bool(values.get(key)), page)
            continue
        if isinstance(el, Box):
            b.checkbox(key, el, bool(values.get(key)), page)
        elif key == "sig_box":
            if style == "lc":
                b.sig_field(key, el, page)
            elif style == "snake":
                b.text(key, el, values.get("sig_text", ""), page, comb=False)
        elif isinstance(el, (Comb, Line)):
            b.text(key, el, values.get(key, "") or "", page, comb=style != "generic")
    if stray:
        b.ink_mark(geom.el["sig_box"], geom.el["sig_box"].page, stray)
    b.finish()
    pdf.docinfo[Name.Producer] = String(
        {
            "snake": "Formulaire PDF remplissable",
            "lc": "Adobe LiveCycle Designer",
            "generic": "LibreOffice",
        }[style]
    )
    out = io.BytesIO()
    pdf.save(out, deterministic_id=True, fix_metadata_version=False)
    return out.getvalue()
