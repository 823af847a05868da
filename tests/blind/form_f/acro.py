"""AcroForm fields added with pikepdf over the drawn form (a fillable PDF).

Several naming schemes are used, as real fillable cerfa files differ: plain
snake_case names, CamelCase names, LiveCycle-like hierarchical names
(``topmostSubform[0].Page1[0].NomNaissance[0]``) and the generic names a PDF
editor gives when fields are auto-detected (``Champ de texte 12``).
Values are set in /V with /NeedAppearances true; appearance streams are added
only when ``with_ap`` (as a viewer that saved the file would do).
"""

from __future__ import annotations

import io

import pikepdf
from pikepdf import Array, Dictionary, Name, String
from reportlab.pdfbase import pdfmetrics

# internal field -> names per scheme (None = field not present in that scheme)
NAMES = {
    "nom_naissance": ("nom_naissance", "NomNaissance", "NomNaissance"),
    "date_naissance_full": ("date_naissance", None, None),
    "date_naissance": (None, "DateNaissance", "DateNaissance"),
    "nom_usage": ("nom_usage", "NomUsage", "NomUsage"),
    "prenoms": ("prenoms", "Prenoms", "Prenom"),
    "lieu_commune": ("lieu_naissance_commune", "LieuNaissance", "CommuneNaissance"),
    "lieu_pays": ("lieu_naissance_pays", "PaysNaissance", "PaysNaissance"),
    "nationalite": ("nationalite", "Nationalite", "Nationalite"),
    "nir": ("nir", "NumeroSecuriteSociale", "NIR"),
    "nir_cle": ("cle_nir", "CleNIR", "Cle"),
    "caf": ("num_allocataire", "NumeroAllocataire", "NumAlloc"),
    "adresse": ("adresse_voie", "Adresse", "Adresse1"),
    "adresse2": ("adresse_complement", "ComplementAdresse", "Adresse2"),
    "code_postal": ("code_postal", "CodePostal", "CP"),
    "commune": ("commune", "Commune", "Ville"),
    "telephone": ("telephone", "Telephone", "Tel"),
    "email": ("courriel", "Email", "Courriel"),
    "profession": ("profession", "Profession", "Profession"),
    "employeur": ("employeur", "Employeur", "Employeur"),
    "activite_indep": ("activite_non_salariee", "ActiviteIndependant", "Activite"),
    "siret": ("siret", "Siret", "SIRET"),
    "etablissement": ("etablissement", "EtablissementEnseignement", "Etablissement"),
    "autre_precision": ("autre_situation_precision", "AutreSituation", "Preciser"),
    "fait_a": ("fait_a", "FaitA", "Lieu"),
    "date_signature": ("date_signature", "DateSignature", "Date"),
    "sexe_f": ("sexe_f", None, None),
    "sexe_m": ("sexe_m", None, None),
    "sit_salarie": ("situation_salarie", "SituationSalarie", "CaseSalarie"),
    "contrat_cdi": ("contrat_cdi", "TypeContratCDI", "CDI"),
    "contrat_cdd": ("contrat_cdd", "TypeContratCDD", "CDD"),
    "contrat_autre": ("contrat_autre", "TypeContratAutre", "AutreContrat"),
    "sit_independant": ("situation_independant", "SituationNonSalarie", "CaseNonSalarie"),
    "sit_demandeur": (
        "situation_demandeur_emploi",
        "SituationDemandeurEmploi",
        "CaseDemandeurEmploi",
    ),
    "sit_etudiant": ("situation_etudiant", "SituationEtudiant", "CaseEtudiant"),
    "sit_inactif": ("situation_sans_activite", "SituationSansActivite", "CaseInactif"),
    "sit_autre": ("situation_autre", "SituationAutre", "CaseAutre"),
}
SCHEMES = {"snake": 0, "camel": 1, "livecycle": 2, "generic": -1}
ON_NAMES = {"snake": "Oui", "camel": "Yes", "livecycle": "1", "generic": "On"}

COMB = 1 << 24
RADIO = (1 << 15) | (1 << 14)


def _esc(s: str) -> bytes:
    b = s.encode("cp1252", errors="replace")
    return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


class Builder:
    def __init__(self, pdf: pikepdf.Pdf, scheme: str, with_ap: bool, font_size: float):
        self.pdf = pdf
        self.scheme = scheme
        self.with_ap = with_ap
        self.fs = font_size
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
        self.terminals: list[tuple[str, Dictionary]] = []
        self.counters = {"text": 0, "check": 0}
        self.on = ON_NAMES[scheme]

    # ------------------------------------------------------------ names
    def name(self, internal: str, kind: str, page: int, suffix: str = "") -> str | None:
        if self.scheme == "generic":
            self.counters[kind] += 1
            n = self.counters[kind]
            return f"Champ de texte {n}" if kind == "text" else f"Case à cocher {n}"
        idx = SCHEMES[self.scheme]
        base = NAMES.get(internal, (None, None, None))[idx]
        if base is None:
            return None
        base += suffix
        if self.scheme == "livecycle":
            return f"topmostSubform[0].Page{page}[0].{base}[0]"
        return base

    # ------------------------------------------------------------ appearances
    def _xobj(self, w, h, content: bytes, font=True):
        res = Dictionary(Font=Dictionary(Helv=self.helv, ZaDb=self.zadb)) if font else Dictionary()
        return self.pdf.make_stream(
            content,
            Type=Name.XObject,
            Subtype=Name.Form,
            BBox=[0, 0, round(w, 2), round(h, 2)],
            Resources=res,
        )

    def text_ap(self, w, h, value, comb_n=0):
        fs = self.fs
        while comb_n == 0 and pdfmetrics.stringWidth(value, "Helvetica", fs) > w - 4 and fs > 5:
            fs -= 0.5
        y = (h - fs * 0.72) / 2
        parts = [b"/Tx BMC q 1 1 %.2f %.2f re W n BT /Helv %.1f Tf 0 g" % (w - 2, h - 2, fs)]
        if comb_n:
            cell = w / comb_n
            for i, ch in enumerate(value[:comb_n]):
                cw = pdfmetrics.stringWidth(ch, "Helvetica", fs)
                x = i * cell + (cell - cw) / 2
                parts.append(b" 1 0 0 1 %.2f %.2f Tm (%s) Tj" % (x, y, _esc(ch)))
        else:
            parts.append(b" 1 0 0 1 2 %.2f Tm (%s) Tj" % (y, _esc(value)))
        parts.append(b" ET Q EMC")
        return self._xobj(w, h, b"".join(parts))

    def check_ap(self, w, h):
        on = self._xobj(
            w,
            h,
            b"q 0 g 0 G 1.1 w 1 J %.2f %.2f m %.2f %.2f l S %.2f %.2f m %.2f %.2f l S Q"
            % (w * 0.2, h * 0.2, w * 0.8, h * 0.8, w * 0.2, h * 0.8, w * 0.8, h * 0.2),
            font=False,
        )
        off = self._xobj(w, h, b"", font=False)
        return on, off

    # ------------------------------------------------------------ fields
    def text(self, page_obj, page_no, internal, rect, value, comb_n=0, suffix=""):
        nm = self.name(internal, "text", page_no, suffix)
        if nm is None:
            return
        x0, y0, x1, y1 = rect
        d = Dictionary(
            Type=Name.Annot,
            Subtype=Name.Widget,
            FT=Name.Tx,
            Rect=[round(x0, 2), round(y0, 2), round(x1, 2), round(y1, 2)],
            F=4,
            P=page_obj.obj,
            DA=String(f"/Helv {self.fs:g} Tf 0 g"),
            MK=Dictionary(),
        )
        if comb_n:
            d.Ff = COMB
            d.MaxLen = comb_n
        if value:
            d.V = String(value)
            if self.with_ap:
                d.AP = Dictionary(N=self.text_ap(x1 - x0, y1 - y0, value, comb_n))
        self._add(page_obj, nm, d)

    def check(self, page_obj, page_no, internal, rect, on: bool):
        nm = self.name(internal, "check", page_no)
        if nm is None:
            return
        x0, y0, x1, y1 = rect
        apon, apoff = self.check_ap(x1 - x0, y1 - y0)
        st = Name("/" + self.on) if on else Name.Off
        d = Dictionary(
            Type=Name.Annot,
            Subtype=Name.Widget,
            FT=Name.Btn,
            Rect=[round(x0, 2), round(y0, 2), round(x1, 2), round(y1, 2)],
            F=4,
            P=page_obj.obj,
            V=st,
            AS=st,
            DA=String("/ZaDb 0 Tf 0 g"),
            MK=Dictionary(CA=String("8")),
            AP=Dictionary(N=Dictionary({"/" + self.on: apon, "/Off": apoff})),
        )
        self._add(page_obj, nm, d)

    def radio(self, page_obj, page_no, internal, opts, value):
        """opts: list of (export, rect)."""
        if self.scheme == "livecycle":
            nm = f"topmostSubform[0].Page{page_no}[0].{internal}[0]"
        else:
            nm = internal
        parent = self.pdf.make_indirect(
            Dictionary(FT=Name.Btn, Ff=RADIO, V=Name("/" + value) if value else Name.Off)
        )
        kids = Array()
        for export, rect in opts:
            x0, y0, x1, y1 = rect
            apon, apoff = self.check_ap(x1 - x0, y1 - y0)
            st = Name("/" + export) if export == value else Name.Off
            w = self.pdf.make_indirect(
                Dictionary(
                    Type=Name.Annot,
                    Subtype=Name.Widget,
                    Parent=parent,
                    Rect=[round(x0, 2), round(y0, 2), round(x1, 2), round(y1, 2)],
                    F=4,
                    P=page_obj.obj,
                    AS=st,
                    MK=Dictionary(CA=String("l")),
                    AP=Dictionary(N=Dictionary({"/" + export: apon, "/Off": apoff})),
                )
            )
            kids.append(w)
            self._annot(page_obj, w)
        parent.Kids = kids
        self.terminals.append((nm, parent))

    def sig(self, page_obj, page_no, rect):
        nm = {
            "camel": "Signature",
            "livecycle": f"topmostSubform[0].Page{page_no}[0].Signature[0]",
            "snake": "signature",
            "generic": "Signature1",
        }[self.scheme]
        x0, y0, x1, y1 = rect
        d = Dictionary(
            Type=Name.Annot,
            Subtype=Name.Widget,
            FT=Name.Sig,
            Rect=[round(x0, 2), round(y0, 2), round(x1, 2), round(y1, 2)],
            F=4,
            P=page_obj.obj,
        )
        self._add(page_obj, nm, d)

    def _annot(self, page_obj, ref):
        if "/Annots" not in page_obj.obj:
            page_obj.obj.Annots = Array()
        page_obj.obj.Annots.append(ref)

    def _add(self, page_obj, full_name, d):
        ref = self.pdf.make_indirect(d)
        self._annot(page_obj, ref)
        self.terminals.append((full_name, ref))

    # ------------------------------------------------------------ tree
    def finish(self):
        roots = Array()
        nodes: dict[str, pikepdf.Object] = {}
        for full, obj in self.terminals:
            parts = full.split(".")
            obj.T = String(parts[-1])
            parent = None
            for i in range(len(parts) - 1):
                key = ".".join(parts[: i + 1])
                if key not in nodes:
                    node = self.pdf.make_indirect(Dictionary(T=String(parts[i]), Kids=Array()))
                    if parent is not None:
                        node.Parent = parent
                        parent.Kids.append(node)
                    else:
                        roots.append(node)
                    nodes[key] = node
                parent = nodes[key]
            if parent is not None:
                obj.Parent = parent
                parent.Kids.append(obj)
            else:
                roots.append(obj)
        self.pdf.Root.AcroForm = self.pdf.make_indirect(
            Dictionary(
                Fields=roots,
                NeedAppearances=True,
                DA=String("/Helv 0 Tf 0 g"),
                DR=Dictionary(Font=Dictionary(Helv=self.helv, ZaDb=self.zadb)),
            )
        )


def _groups(boxes, sizes):
    out, i = [], 0
    for n in sizes:
        b = boxes[i : i + n]
        out.append((b[0][0], b[0][1], b[-1][2], b[-1][3]))
        i += n
    return out


def add_fields(
    pdf_bytes: bytes,
    fields: dict,
    order: list,
    values: dict,
    checks: set,
    scheme: str,
    with_ap: bool,
    font_size: float = 10,
    sig_field: bool = False,
    info: dict | None = None,
) -> bytes:
    pdf = pikepdf.open(io.BytesIO(pdf_bytes))
    b = Builder(pdf, scheme, with_ap, font_size)
    pages = {1: pdf.pages[0], 2: pdf.pages[1]}
    sex_opts = []
    for name in order:
        f = fields[name]
        page_no = f["page"]
        pg = pages[page_no]
        kind = f["kind"]
        if kind == "text":
            b.text(pg, page_no, name, f["rect"], values.get(name, ""))
        elif kind == "comb":
            val = values.get(name, "")
            if name == "date_naissance":
                g = _groups(f["boxes"], [2, 2, 4])
                if scheme == "snake":
                    v = f"{val[:2]}/{val[2:4]}/{val[4:]}" if val else ""
                    b.text(
                        pg, page_no, "date_naissance_full", (g[0][0], g[0][1], g[2][2], g[2][3]), v
                    )
                else:
                    for (sfx, lo, hi), rect in zip(
                        (("Jour", 0, 2), ("Mois", 2, 4), ("Annee", 4, 8)), g
                    ):
                        b.text(
                            pg,
                            page_no,
                            "date_naissance",
                            rect,
                            val[lo:hi],
                            comb_n=hi - lo,
                            suffix=sfx,
                        )
            elif name == "nir":
                r = f["rect"]
                b.text(pg, page_no, "nir", (r[0], r[1], r[2], r[3]), values.get("nir_spaced", ""))
            elif name == "nir_cle":
                b.text(pg, page_no, "nir_cle", f["rect"], val, comb_n=2)
            else:
                n = len(f["boxes"])
                b.text(pg, page_no, name, f["rect"], val, comb_n=n)
        elif kind == "check":
            if name in ("sexe_f", "sexe_m") and scheme in ("camel", "livecycle"):
                sex_opts.append(("F" if name == "sexe_f" else "M", f["rect"], pg, page_no))
                if len(sex_opts) == 2:
                    val = "F" if "sexe_f" in checks else ("M" if "sexe_m" in checks else None)
                    b.radio(pg, page_no, "Sexe", [(e, r) for e, r, _, _ in sex_opts], val)
                continue
            b.check(pg, page_no, name, f["rect"], name in checks)
        elif kind == "sig" and sig_field:
            b.sig(pg, page_no, f["rect"])
    b.finish()
    if info:
        for k, v in info.items():
            pdf.docinfo["/" + k] = v
    buf = io.BytesIO()
    pdf.save(buf, deterministic_id=True)
    return buf.getvalue()
