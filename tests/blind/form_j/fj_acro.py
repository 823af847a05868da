"""Fillable (AcroForm) versions of the print runs: real text fields and check boxes, three
naming styles, appearance streams written by us (or left out with NeedAppearances), and the
typed rendering used when such a form, or a form typed with a PDF editor, is printed.
"""

from __future__ import annotations

import io

import fj_layout as layout
import pikepdf
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen import canvas

# logical key -> (snake_fr, livecycle, acrobat auto-detected)
NAMES = {
    "surname": ("nom_naissance", "NomNaissance", "Nom de naissance"),
    "usage_name": ("nom_usage", "NomUsage", "Nom dusage"),
    "given_names": ("prenoms", "Prenoms", "Prénoms"),
    "dob_0": ("date_naissance_jj", "DateNaissJour", "JJ"),
    "dob_1": ("date_naissance_mm", "DateNaissMois", "MM"),
    "dob_2": ("date_naissance_aaaa", "DateNaissAnnee", "AAAA"),
    "birth_city": ("lieu_naissance_commune", "LieuNaissCommune", "commune"),
    "birth_country": ("lieu_naissance_pays", "LieuNaissPays", "pays"),
    "nationality": ("nationalite", "Nationalite", "Nationalité"),
    "nir_key": ("nir_cle", "NIRCle", "clé"),
    "address": ("adresse_ligne1", "Adresse1", "n rue"),
    "address2": ("adresse_ligne2", "Adresse2", "undefined"),
    "postcode": ("code_postal", "CodePostal", "Code postal"),
    "city": ("commune", "Commune", "Commune"),
    "email": ("courriel", "Email", "Email"),
    "profession": ("profession", "Profession", "Profession"),
    "employer": ("employeur", "NomEmployeur", "Nom de lemployeur"),
    "other_text": ("autre_situation_precision", "AutreSituation", "Autre situation précisez"),
    "place": ("fait_a", "FaitA", "Fait à"),
    "date": ("date_signature", "DateSignature", "le"),
    "sig_text": ("signature", "Signature", "Signature"),
    "sex_F": ("sexe_f", "SexeF", "Case à cocher 1"),
    "sex_M": ("sexe_m", "SexeM", "Case à cocher 2"),
    "salarie": ("situation_salarie", "SitSalarie", "Case à cocher 3"),
    "cdi": ("contrat_cdi", "ContratCDI", "CDI"),
    "cdd": ("contrat_cdd", "ContratCDD", "CDD"),
    "independant": ("situation_independant", "SitIndependant", "Case à cocher 4"),
    "demandeur_emploi": ("situation_demandeur_emploi", "SitDemandeurEmploi", "Case à cocher 5"),
    "etudiant": ("situation_etudiant", "SitEtudiant", "Case à cocher 6"),
    "sans_activite": ("situation_sans_activite", "SitSansActivite", "Case à cocher 7"),
    "autre": ("situation_autre", "SitAutre", "Case à cocher 8"),
}
GROUP_NAMES = {
    "nir": ("nir_%d", "NIR%d", "undefined_%d"),
    "phone": ("telephone_%d", "Telephone%d", "Téléphone %d"),
}
STYLES = {"snake": 0, "lc": 1, "label": 2}
ON_STATE = {"snake": "Oui", "lc": "1", "label": "On"}


def field_name(key: str, style: str, page: int) -> str:
    i = STYLES[style]
    if key in NAMES:
        n = NAMES[key][i]
    else:
        base, num = key.rsplit("_", 1)
        n = GROUP_NAMES[base][i] % (int(num) + (2 if style == "label" and base == "nir" else 1))
    if style == "lc":
        return f"topmostSubform[0].Page{page}[0].{n}[0]"
    return n


def split_groups(rects):
    """Split comb cells into contiguous groups."""
    groups = [[rects[0]]]
    for r in rects[1:]:
        p = groups[-1][-1]
        if abs(r[0] - (p[0] + p[2])) < 0.5:
            groups[-1].append(r)
        else:
            groups.append([r])
    return groups


def text_fields(geo: dict, page: int):
    """(key, rect, ncells or 0) for every text field of a page."""
    out = []
    for key, rects in geo["combs"].items():
        gs = split_groups(rects)
        if key in ("surname", "usage_name", "given_names", "postcode", "nir_key"):
            out.append((key, gs[0], len(rects)))
        elif key == "dob":
            for i, g in enumerate(gs):
                out.append((f"dob_{i}", g, len(g)))
        else:
            for i, g in enumerate(gs):
                out.append((f"{key}_{i}", g, len(g)))
    for key, (x, y, w, h) in geo["lines"].items():
        out.append((key, [(x, y + 1, w, 14.0)], 0))
    return out


def group_values(vals: dict) -> dict:
    """Split comb values into the per-group keys used by the fields."""
    out = dict(vals)
    d = vals.get("dob", "")
    out.update({"dob_0": d[:2], "dob_1": d[2:4], "dob_2": d[4:]})
    n = vals.get("nir", "")
    cuts = [0, 1, 3, 5, 7, 10, 13]
    for i in range(6):
        out[f"nir_{i}"] = n[cuts[i] : cuts[i + 1]]
    p = vals.get("phone", "")
    for i in range(5):
        out[f"phone_{i}"] = p[2 * i : 2 * i + 2]
    return out


def _rect_of(cells):
    x0 = cells[0][0]
    y0 = cells[0][1]
    x1 = cells[-1][0] + cells[-1][2]
    h = cells[0][3]
    return x0, y0, x1 - x0, h


def build_fillable(
    run: str,
    vals: dict,
    ticks: set,
    style: str,
    appearance: bool,
    font_size: float,
    sig_image=None,
    stray_image=None,
    sig_text: str | None = None,
    pages=(1, 2),
    sig_field: bool = False,
) -> bytes:
    """The filled AcroForm PDF (pages may be (1,), (2,), (1, 2) or (2, 1))."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(layout.PAGE_W, layout.PAGE_H), invariant=1)
    c.setTitle("Demande d'ouverture des droits à l'assurance maladie")
    c.setAuthor("l'Assurance Maladie")
    c.setSubject("cerfa 15763*02 - S1106")
    gv = group_values(vals)
    combs_meta = {}
    for p in pages:
        geo = layout.draw_page1(c, run) if p == 1 else layout.draw_page2(c, run)
        if p == 2:
            bx, by, bw, bh = geo["sig_box"]
            if sig_image is not None:
                iw, ih = sig_image.size
                dw = bw * 0.6
                dh = dw * ih / iw
                if dh > bh * 0.7:
                    dh = bh * 0.7
                    dw = dh * iw / ih
                c.drawImage(
                    ImageReader(sig_image),
                    bx + bw * 0.2,
                    by + (bh - dh) / 2 - 4,
                    dw,
                    dh,
                    mask="auto",
                )
            if stray_image is not None:
                c.drawImage(
                    ImageReader(stray_image), bx + bw * 0.45, by + bh * 0.35, 16, 12, mask="auto"
                )
        for key, cells, n in text_fields(geo, p):
            x, y, w, h = _rect_of(cells)
            name = field_name(key, style, p)
            v = gv.get(key, "") or ""
            kw = {}
            if n:
                kw = {"maxlen": n, "fieldFlags": "comb"}
            c.acroForm.textfield(
                name=name,
                value=v,
                x=x,
                y=y,
                width=w,
                height=h,
                fontName="Helvetica",
                fontSize=font_size,
                borderWidth=0,
                fillColor=None,
                borderColor=None,
                textColor=None,
                **kw,
            )
            combs_meta[name] = n
        if p == 2 and sig_text is not None:
            bx, by, bw, bh = geo["sig_box"]
            name = field_name("sig_text", style, p)
            c.acroForm.textfield(
                name=name,
                value=sig_text,
                x=bx + 10,
                y=by + bh / 2 - 9,
                width=bw - 20,
                height=18,
                fontName="Helvetica",
                fontSize=font_size + 1,
                borderWidth=0,
                fillColor=None,
                borderColor=None,
                textColor=None,
            )
            combs_meta[name] = 0
        for key, (x, y, w, h) in geo["ticks"].items():
            c.acroForm.checkbox(
                name=field_name(key, style, p),
                x=x + 0.5,
                y=y + 0.5,
                size=w - 1,
                checked=key in ticks,
                buttonStyle="cross" if style != "lc" else "check",
                borderWidth=0,
                borderColor=None,
                fillColor=None,
                textColor=None,
                fieldFlags="",
            )
        if p == 2 and sig_field:
            c.bookmarkPage("sig")
            combs_meta["__sig__"] = geo["sig_box"]
            combs_meta["__sig_page__"] = list(pages).index(2)
        c.showPage()
    c.save()
    return _postprocess(buf.getvalue(), style, appearance, combs_meta, font_size)


def _esc(s: str) -> bytes:
    b = s.encode("cp1252", "replace")
    return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def _ap_stream(pdf, value: str, w: float, h: float, n: int, fs: float, font_ref):
    fs_eff = fs
    if not n:
        tw = pdfmetrics.stringWidth(value, "Helvetica", fs)
        if tw > w - 4:
            fs_eff = fs * (w - 4) / tw
    ty = (h - fs_eff * 0.72) / 2
    parts = [b"/Tx BMC q 1 1 %.2f %.2f re W n BT /Helv %.2f Tf 0 0 0 rg" % (w - 2, h - 2, fs_eff)]
    if n:
        cw = w / n
        for i, ch in enumerate(value[:n]):
            cx = i * cw + (cw - pdfmetrics.stringWidth(ch, "Helvetica", fs_eff)) / 2
            parts.append(b" 1 0 0 1 %.2f %.2f Tm (%s) Tj" % (cx, ty, _esc(ch)))
    else:
        parts.append(b" 1 0 0 1 2 %.2f Tm (%s) Tj" % (ty, _esc(value)))
    parts.append(b" ET Q EMC")
    st = pikepdf.Stream(pdf, b"".join(parts))
    st.Type = pikepdf.Name.XObject
    st.Subtype = pikepdf.Name.Form
    st.BBox = [0, 0, w, h]
    st.Resources = pikepdf.Dictionary(Font=pikepdf.Dictionary(Helv=font_ref))
    return st


def _postprocess(data: bytes, style: str, appearance: bool, combs_meta: dict, fs: float) -> bytes:
    pdf = pikepdf.open(io.BytesIO(data))
    font_ref = pdf.make_indirect(
        pikepdf.Dictionary(
            Type=pikepdf.Name.Font,
            Subtype=pikepdf.Name.Type1,
            BaseFont=pikepdf.Name.Helvetica,
            Encoding=pikepdf.Name.WinAnsiEncoding,
        )
    )
    af = pdf.Root.AcroForm
    af.DR = pikepdf.Dictionary(Font=pikepdf.Dictionary(Helv=font_ref))
    af.DA = pikepdf.String("/Helv 0 Tf 0 g")
    on = ON_STATE[style]
    fields = list(af.Fields)
    for fld in fields:
        name = str(fld.T)
        if pikepdf.Name.Tx == fld.FT:
            fld.DA = pikepdf.String("/Helv %g Tf 0 g" % fs)
            for k in ("/MK",):
                if k in fld:
                    del fld[k]
            r = [float(v) for v in fld.Rect]
            w, h = r[2] - r[0], r[3] - r[1]
            value = str(fld.get("/V", ""))
            if appearance:
                fld.AP = pikepdf.Dictionary(
                    N=_ap_stream(pdf, value, w, h, combs_meta.get(name, 0), fs, font_ref)
                )
            elif "/AP" in fld:
                del fld["/AP"]
            if not value and "/V" in fld:
                del fld["/V"]
        elif pikepdf.Name.Btn == fld.FT:
            checked = fld.get("/V") == pikepdf.Name.Yes
            for which in ("/N", "/D"):
                if "/AP" in fld and which in fld.AP:
                    d = fld.AP[which]
                    nd = pikepdf.Dictionary()
                    for kk, vv in d.items():
                        nd["/" + on if kk == "/Yes" else kk] = vv
                    fld.AP[which] = nd
            st = pikepdf.Name("/" + on) if checked else pikepdf.Name.Off
            fld.V = st
            fld.AS = st
    if not appearance:
        af.NeedAppearances = True
    if "__sig__" in combs_meta:
        bx, by, bw, bh = combs_meta["__sig__"]
        page = pdf.pages[combs_meta["__sig_page__"]]
        sig = pdf.make_indirect(
            pikepdf.Dictionary(
                Type=pikepdf.Name.Annot,
                Subtype=pikepdf.Name.Widget,
                FT=pikepdf.Name.Sig,
                T=pikepdf.String(
                    field_name("sig_text", style, 2) if style != "lc" else "SignatureDemandeur[0]"
                ),
                Rect=[bx, by, bx + bw, by + bh],
                F=4,
                P=page.obj,
            )
        )
        if "/Annots" not in page.obj:
            page.obj.Annots = pikepdf.Array()
        page.obj.Annots.append(sig)
        af.Fields.append(sig)
        af.SigFlags = 1
    if style == "lc":
        _hierarchize(pdf)
    out = io.BytesIO()
    pdf.save(
        out,
        deterministic_id=True,
        compress_streams=True,
        object_stream_mode=pikepdf.ObjectStreamMode.preserve,
    )
    return out.getvalue()


def _hierarchize(pdf) -> None:
    """Turn dotted names into a LiveCycle-like field tree (topmostSubform[0].Page1[0].X[0])."""
    af = pdf.Root.AcroForm
    nodes: dict[str, pikepdf.Dictionary] = {}
    roots = pikepdf.Array()
    for fld in list(af.Fields):
        name = str(fld.T)
        if "." not in name:
            parts = ["topmostSubform[0]", "Page2[0]", name]
        else:
            parts = name.split(".")
        parent = None
        for depth in range(len(parts) - 1):
            path = ".".join(parts[: depth + 1])
            node = nodes.get(path)
            if node is None:
                node = pdf.make_indirect(
                    pikepdf.Dictionary(T=pikepdf.String(parts[depth]), Kids=pikepdf.Array())
                )
                nodes[path] = node
                if parent is None:
                    roots.append(node)
                else:
                    node.Parent = parent
                    parent.Kids.append(node)
            parent = node
        fld.T = pikepdf.String(parts[-1])
        fld.Parent = parent
        parent.Kids.append(fld)
    af.Fields = roots


# ---------------------------------------------------------------------------------------
# typed text drawn into the page content (a form typed in a PDF editor, then printed)


def draw_typed(c, geo: dict, vals: dict, ticks: set, typed: dict, page: int) -> None:
    fnt = typed["font"]
    fs = typed["size"]
    col = typed["color"]
    c.setFillColorRGB(*col)
    gv = group_values(vals)
    free = typed["mode"] == "free"
    for key, cells, n in text_fields(geo, page):
        v = gv.get(key, "") or ""
        if not v:
            continue
        if key in typed.get("skip", ()):
            continue
        x, y, w, h = _rect_of(cells)
        if n and not free:
            cw = w / n
            for i, ch in enumerate(v[:n]):
                cx = x + i * cw + (cw - pdfmetrics.stringWidth(ch, fnt, fs)) / 2
                c.setFont(fnt, fs)
                c.drawString(cx, y + (h - fs * 0.72) / 2, ch)
        else:
            size = fs
            tw = pdfmetrics.stringWidth(v, fnt, size)
            if not n and tw > w - 4:
                size = fs * (w - 4) / tw
            c.setFont(fnt, size)
            dy = (h - size * 0.72) / 2 if n else 3.0
            c.drawString(x + 3 + typed.get("dx", 0), y + dy + typed.get("dy", 0), v)
    for key in sorted(ticks):
        if key in geo["ticks"]:
            x, y, w, h = geo["ticks"][key]
            if typed["tick"] == "X":
                c.setFont(typed["bold"], w * 1.05)
                c.drawCentredString(x + w / 2, y + w * 0.14, "X")
            else:
                c.setFont("ZapfDingbats", w * 0.95)
                c.drawCentredString(x + w / 2, y + w * 0.12, "4")
