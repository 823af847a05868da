"""Filling the form: values, typed text (reportlab), handwriting (PIL), AcroForm fields (pikepdf)."""

from __future__ import annotations

import random
from dataclasses import dataclass, field

import cerfa
import fonts
import hand
import pikepdf
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

SITUATION_BOX = {
    "salarie": "sit_salarie",
    "independant": "sit_independant",
    "demandeur_emploi": "sit_demandeur",
    "etudiant": "sit_etudiant",
    "inactif": "sit_inactif",
    "autre": "sit_autre",
}

TEXT_FIELDS = [
    "nom_naissance",
    "nom_usage",
    "prenoms",
    "lieu_commune",
    "lieu_pays",
    "nationalite",
    "caf",
    "adresse",
    "adresse2",
    "commune",
    "telephone",
    "courriel",
    "profession",
    "employeur",
    "ct_autre_txt",
    "date_embauche",
    "siret",
    "etablissement",
    "autre_txt",
    "fait_a",
]
COMB_FIELDS = ["date_naissance", "nir", "code_postal"]


@dataclass
class FormData:
    values: dict = field(default_factory=dict)  # anchor name -> text
    checks: list = field(default_factory=list)  # anchor names ticked
    date_text: str = ""  # what is written after "le"
    date_digits: str = ""  # for comb-style date boxes (8 chars, spaces = blank)
    sig: str = "sig"  # sig | sig_font | none | label_only | dot | tick
    sig_name: str = ""


# ------------------------------------------------------------------ typed (reportlab)
def _fit(text, font, size, w_mm):
    while size > 5 and stringWidth(text, font, size) / mm > w_mm:
        size -= 0.3
    return size


def typed_hook(
    data: FormData,
    font_path: str,
    size=9.5,
    skip=(),
    check_char="X",
    ink_signature=None,
    color=(0, 0, 0),
):
    """Return a cerfa.draw_form page hook that types the values onto the page."""
    fname = fonts.rl_font(font_path)

    def hook(p: cerfa.Pen, a: cerfa.Anchors, page: int):
        c = p.c
        c.setFillColorRGB(*color)
        for name, val in data.values.items():
            if name in skip or not val:
                continue
            an = a.get(name)
            if an is None or an["page"] != page:
                continue
            if "boxes" in an:
                for (bx, by, bw, bh), ch in zip(an["boxes"], val):
                    if ch != " ":
                        c.setFont(fname, size)
                        c.drawCentredString(
                            (bx + bw / 2) * mm, p.Y(by + bh * 0.5 + size * 0.36 * 0.3528 * 1.0), ch
                        )
            else:
                s = _fit(val, fname, size, an["w"] - 1.5)
                c.setFont(fname, s)
                c.drawString((an["x"] + 1.2) * mm, p.Y(an["y"] + 5.0 - 0.3), val)
        for name in data.checks:
            an = a.get(name)
            if an is None or an["page"] != page or name in skip:
                continue
            bx, by, bw, bh = an["x"], an["y"], an["w"], an["h"]
            c.setFont(fname, bh * 2.6)
            c.drawCentredString((bx + bw / 2) * mm, p.Y(by + bh * 0.86), check_char)
        if page == 2 and "date_sig" not in skip:
            an = a["date_sig"]
            if "boxes" in an:
                for (bx, by, bw, bh), ch in zip(an["boxes"], data.date_digits):
                    if ch != " ":
                        c.setFont(fname, size)
                        c.drawCentredString(
                            (bx + bw / 2) * mm, p.Y(by + bh * 0.5 + size * 0.36 * 0.3528), ch
                        )
            elif data.date_text:
                c.setFont(fname, size)
                c.drawString((an["x"] + 1.2) * mm, p.Y(an["y"] + 5.0 - 0.3), data.date_text)
        if page == 2 and ink_signature is not None and "signature" not in skip:
            ink_signature(p, a["signature"])
        c.setFillColorRGB(0, 0, 0)

    return hook


def rl_ink_signature(rng: random.Random, name: str, kind: str, ink=(0.1, 0.15, 0.5)):
    """Vector signature drawn in the PDF content (as a 'Fill & Sign' ink stroke would be)."""

    def draw(p: cerfa.Pen, an):
        bx, by, bw, bh = an["x"], an["y"], an["w"], an["h"]
        c = p.c
        c.setStrokeColorRGB(*ink)
        c.setFillColorRGB(*ink)
        c.setLineCap(1)
        c.setLineJoin(1)
        if kind in ("none", "label_only"):
            return
        if kind == "dot":
            x = bx + bw * rng.uniform(0.3, 0.7)
            y = by + bh * rng.uniform(0.45, 0.75)
            c.circle(x * mm, p.Y(y), rng.uniform(0.35, 0.55) * mm, stroke=0, fill=1)
            return
        if kind == "tick":
            x = bx + bw * rng.uniform(0.35, 0.6)
            y = by + bh * rng.uniform(0.5, 0.7)
            L = rng.uniform(2.5, 4.5)
            pts = hand.catmull([(x, y), (x + L * 0.3, y + L * 0.25), (x + L, y - L * 0.5)], 6)
        else:
            raw = hand.scribble(rng, name)
            xs = [q[0] for q in raw if q]
            ys = [q[1] for q in raw if q]
            tw, th = bw * rng.uniform(0.45, 0.72), bh * rng.uniform(0.45, 0.65)
            k = min(tw / (max(xs) - min(xs)), th / (max(ys) - min(ys)))
            ox = bx + bw * rng.uniform(0.1, 0.9 - tw / bw * 0.95)
            oy = by + bh * rng.uniform(0.18, 0.32)
            pts = [
                None if q is None else (ox + (q[0] - min(xs)) * k, oy + (q[1] - min(ys)) * k)
                for q in raw
            ]
        c.setLineWidth(rng.uniform(0.7, 1.1))
        path = c.beginPath()
        pen_up = True
        for q in pts:
            if q is None:
                pen_up = True
                continue
            if pen_up:
                path.moveTo(q[0] * mm, p.Y(q[1]))
                pen_up = False
            else:
                path.lineTo(q[0] * mm, p.Y(q[1]))
        c.drawPath(path, stroke=1, fill=0)

    return draw


# ------------------------------------------------------------------ handwriting (PIL)
def pick_hand_font(rng: random.Random, texts, prefer=None):
    """Any block-capital hand font works: missing accented letters are drawn as base + mark."""
    order = list(prefer or ["dkg_bd", "breip", "breip", "ruf", "humor", "dkg_bd"])
    return fonts.HAND_FONTS[rng.choice(order)]


def hand_page(
    img,
    page,
    a: cerfa.Anchors,
    data: FormData,
    rng: random.Random,
    dpi,
    font_path,
    ink="blue",
    fields=None,
    do_checks=True,
    do_date=True,
    do_sig=True,
    spill=0.0,
    tick_kind="x",
):
    """Handwrite onto a rendered page image; `fields` restricts which text fields are written."""
    W, H = img.size
    hw = hand.Hand(
        (W, H),
        dpi,
        rng,
        font_path,
        ink=ink,
        size_mm=rng.uniform(3.5, 4.2),
        slant=rng.uniform(-0.05, 0.12),
    )
    for name, val in data.values.items():
        if not val or (fields is not None and name not in fields):
            continue
        an = a.get(name)
        if an is None or an["page"] != page:
            continue
        if "boxes" in an:
            hw.comb(an["boxes"], val)
        else:
            x = an["x"] + rng.uniform(0.8, 3.5)
            hw.write(
                x, an["y"] + 5.0 - rng.uniform(-0.3, 0.6), val, max_w_mm=an["w"] - (x - an["x"]) - 1
            )
    if do_checks:
        for name in data.checks:
            an = a.get(name)
            if an is None or an["page"] != page:
                continue
            hw.cross(
                (an["x"], an["y"], an["w"], an["h"]),
                kind=tick_kind,
                spill=spill if rng.random() < 0.5 else 0.0,
            )
    if page == 2 and do_date:
        an = a["date_sig"]
        if "boxes" in an:
            hw.comb(an["boxes"], data.date_digits)
        elif data.date_text:
            hw.write(
                an["x"] + rng.uniform(2, 8),
                an["y"] + 5.0 - rng.uniform(-0.2, 0.6),
                data.date_text,
                max_w_mm=an["w"] - 9,
            )
    if page == 2 and do_sig:
        an = a["signature"]
        box = (an["x"], an["y"], an["w"], an["h"])
        if data.sig == "sig":
            hw.signature(box, data.sig_name, "scribble")
        elif data.sig == "sig_font":
            hw.signature(box, data.sig_name, "font")
        elif data.sig == "dot":
            hw.dot(box)
        elif data.sig == "tick":
            hw.short_mark(box)
    thin = font_path in (fonts.HAND_FONTS["breip"], fonts.HAND_FONTS["humor"])
    return hw.apply(img, thick=1 if thin or rng.random() < 0.25 else 0)


# ------------------------------------------------------------------ AcroForm (pikepdf)
NAME_SETS = {
    # plain French snake_case names, as a form designer would type them
    "snake": {
        "nom_naissance": "nom_naissance",
        "nom_usage": "nom_usage",
        "prenoms": "prenoms",
        "sexe_F": "sexe_f",
        "sexe_M": "sexe_m",
        "date_naissance": "date_naissance",
        "lieu_commune": "lieu_naissance_commune",
        "lieu_pays": "lieu_naissance_pays",
        "nationalite": "nationalite",
        "nir": "nir",
        "caf": "num_allocataire",
        "adresse": "adresse",
        "adresse2": "adresse_complement",
        "code_postal": "code_postal",
        "commune": "commune",
        "telephone": "telephone",
        "courriel": "email",
        "sit_salarie": "situation_salarie",
        "profession": "profession",
        "employeur": "employeur",
        "ct_cdi": "contrat_cdi",
        "ct_cdd": "contrat_cdd",
        "ct_autre": "contrat_autre",
        "ct_autre_txt": "contrat_autre_precision",
        "date_embauche": "date_embauche",
        "sit_independant": "situation_non_salarie",
        "siret": "siret",
        "sit_demandeur": "situation_demandeur_emploi",
        "sit_etudiant": "situation_etudiant",
        "etablissement": "etablissement",
        "sit_inactif": "situation_sans_activite",
        "sit_autre": "situation_autre",
        "autre_txt": "situation_autre_precision",
        "fait_a": "fait_a",
        "date_sig": "date_signature",
    },
    # names an authoring tool derives from the labels, checkboxes numbered
    "acrobat": {
        "nom_naissance": "Nom de naissance",
        "nom_usage": "Nom dusage",
        "prenoms": "Prénoms",
        "sexe_F": "Case à cocher 1",
        "sexe_M": "Case à cocher 2",
        "date_naissance": "Date de naissance",
        "lieu_commune": "Lieu de naissance commune",
        "lieu_pays": "pays",
        "nationalite": "Nationalité",
        "nir": "N de sécurité sociale",
        "caf": "N dallocataire CAF",
        "adresse": "Adresse",
        "adresse2": "Adresse 2",
        "code_postal": "Code postal",
        "commune": "Commune",
        "telephone": "Téléphone",
        "courriel": "Courriel",
        "sit_salarie": "Case à cocher 3",
        "profession": "Profession",
        "employeur": "Nom et adresse de lemployeur",
        "ct_cdi": "Case à cocher 4",
        "ct_cdd": "Case à cocher 5",
        "ct_autre": "Case à cocher 6",
        "ct_autre_txt": "autre précisez",
        "date_embauche": "depuis le",
        "sit_independant": "Case à cocher 7",
        "siret": "N SIRET",
        "sit_demandeur": "Case à cocher 8",
        "sit_etudiant": "Case à cocher 9",
        "etablissement": "Établissement denseignement",
        "sit_inactif": "Case à cocher 10",
        "sit_autre": "Case à cocher 11",
        "autre_txt": "précisez",
        "fait_a": "Fait à",
        "date_sig": "le",
    },
    # XFA-style hierarchy: topmostSubform[0].Page1[0].Field[0]
    "xfa": {
        "nom_naissance": "Page1[0].NomNaissance[0]",
        "nom_usage": "Page1[0].NomUsage[0]",
        "prenoms": "Page1[0].Prenoms[0]",
        "sexe_F": "Page1[0].SexeF[0]",
        "sexe_M": "Page1[0].SexeM[0]",
        "date_naissance": "Page1[0].DateNaissance[0]",
        "lieu_commune": "Page1[0].LieuNaissCommune[0]",
        "lieu_pays": "Page1[0].LieuNaissPays[0]",
        "nationalite": "Page1[0].Nationalite[0]",
        "nir": "Page1[0].NIR[0]",
        "caf": "Page1[0].NumAllocataire[0]",
        "adresse": "Page1[0].Adresse1[0]",
        "adresse2": "Page1[0].Adresse2[0]",
        "code_postal": "Page1[0].CodePostal[0]",
        "commune": "Page1[0].Commune[0]",
        "telephone": "Page1[0].Tel[0]",
        "courriel": "Page1[0].Mel[0]",
        "sit_salarie": "Page1[0].SituationSalarie[0]",
        "profession": "Page1[0].Profession[0]",
        "employeur": "Page1[0].Employeur[0]",
        "ct_cdi": "Page1[0].ContratCDI[0]",
        "ct_cdd": "Page1[0].ContratCDD[0]",
        "ct_autre": "Page1[0].ContratAutre[0]",
        "ct_autre_txt": "Page1[0].ContratAutrePrecision[0]",
        "date_embauche": "Page1[0].DateEmbauche[0]",
        "sit_independant": "Page1[0].SituationNonSalarie[0]",
        "siret": "Page1[0].Siret[0]",
        "sit_demandeur": "Page1[0].SituationDemandeurEmploi[0]",
        "sit_etudiant": "Page1[0].SituationEtudiant[0]",
        "etablissement": "Page1[0].Etablissement[0]",
        "sit_inactif": "Page1[0].SituationInactif[0]",
        "sit_autre": "Page1[0].SituationAutre[0]",
        "autre_txt": "Page1[0].SituationAutrePrecision[0]",
        "fait_a": "Page2[0].FaitA[0]",
        "date_sig": "Page2[0].DateSignature[0]",
    },
}
CHECK_ON = {"snake": "Oui", "acrobat": "Yes", "xfa": "1"}
CHECKBOXES = {
    "sexe_F",
    "sexe_M",
    "sit_salarie",
    "ct_cdi",
    "ct_cdd",
    "ct_autre",
    "sit_independant",
    "sit_demandeur",
    "sit_etudiant",
    "sit_inactif",
    "sit_autre",
}


def _pdf_str(s: str) -> bytes:
    return s.encode("cp1252")


def _esc(b: bytes) -> bytes:
    return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def add_acroform(
    pdf_bytes: bytes,
    a: cerfa.Anchors,
    data: FormData,
    names: str,
    with_ap: bool,
    out_path: str,
    date_comb: bool,
):
    """Add fillable fields over the drawn form and set their values (NeedAppearances)."""
    pdf = pikepdf.Pdf.open(__import__("io").BytesIO(pdf_bytes))
    helv = pdf.make_indirect(
        pikepdf.Dictionary(
            Type=pikepdf.Name.Font,
            Subtype=pikepdf.Name.Type1,
            BaseFont=pikepdf.Name.Helvetica,
            Encoding=pikepdf.Name.WinAnsiEncoding,
        )
    )
    zadb = pdf.make_indirect(
        pikepdf.Dictionary(
            Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type1, BaseFont=pikepdf.Name.ZapfDingbats
        )
    )
    dr = pikepdf.Dictionary(Font=pikepdf.Dictionary(Helv=helv, ZaDb=zadb))
    nameset = NAME_SETS[names]
    on = CHECK_ON[names]
    roots = []
    parents = {}
    PT = 72 / 25.4

    def rect_of(x, y, w, h):
        return [x * PT, (cerfa.PAGE_H - y - h) * PT, (x + w) * PT, (cerfa.PAGE_H - y) * PT]

    def parent_for(path_parts):
        """Return the indirect parent dict for a dotted XFA-like path, creating it."""
        key = ".".join(path_parts)
        if key in parents:
            return parents[key]
        d = pdf.make_indirect(
            pikepdf.Dictionary(T=pikepdf.String(path_parts[-1]), Kids=pikepdf.Array())
        )
        if len(path_parts) == 1:
            roots.append(d)
        else:
            par = parent_for(path_parts[:-1])
            d.Parent = par
            par.Kids.append(d)
        parents[key] = d
        return d

    def text_ap(w, h, val, comb_n=None):
        size = 9.0
        if comb_n:
            cell = w / comb_n
            parts = []
            for i, ch in enumerate(val[:comb_n]):
                if ch == " ":
                    continue
                cw = 9.0 * 0.6
                parts.append(
                    b"1 0 0 1 %.2f %.2f Tm (%s) Tj"
                    % (i * cell + (cell - cw) / 2, (h - 9 * 0.7) / 2, _esc(_pdf_str(ch)))
                )
            body = b" ".join(parts)
        else:
            body = b"2 %.2f Td (%s) Tj" % ((h - size * 0.7) / 2, _esc(_pdf_str(val)))
        s = b"/Tx BMC q BT /Helv %.1f Tf 0 g %s ET Q EMC" % (size, body)
        st = pikepdf.Stream(pdf, s)
        st.Type = pikepdf.Name.XObject
        st.Subtype = pikepdf.Name.Form
        st.BBox = [0, 0, w, h]
        st.Resources = pikepdf.Dictionary(Font=pikepdf.Dictionary(Helv=helv))
        return st

    def check_ap(w, h, on_state):
        s_on = b"q 0 g BT /ZaDb %.1f Tf %.2f %.2f Td (4) Tj ET Q" % (h * 0.9, w * 0.12, h * 0.18)
        st_on = pikepdf.Stream(pdf, s_on)
        st_off = pikepdf.Stream(pdf, b"")
        for st in (st_on, st_off):
            st.Type = pikepdf.Name.XObject
            st.Subtype = pikepdf.Name.Form
            st.BBox = [0, 0, w, h]
            st.Resources = pikepdf.Dictionary(Font=pikepdf.Dictionary(ZaDb=zadb))
        return pikepdf.Dictionary(N=pikepdf.Dictionary(**{on_state: st_on, "Off": st_off}))

    pages = pdf.pages
    values = dict(data.values)
    values["date_sig"] = data.date_digits if date_comb else data.date_text
    items = dict(a.items)  # local copy: the caller's anchors stay untouched
    nameset = dict(nameset)
    for key in ("date_naissance", "date_sig"):
        an = items.get(key)
        if an is None or "boxes" not in an:
            continue
        val = values.get(key, "") or ""
        b = an["boxes"]
        base = nameset.pop(key)
        del values[key]
        if names == "acrobat":
            # one plain text field over the three groups, typed with slashes
            items[key + "_plain"] = dict(
                page=an["page"],
                x=b[0][0],
                y=b[0][1] - 0.4,
                w=b[-1][0] + b[-1][2] - b[0][0],
                h=b[0][3] + 0.6,
            )
            values[key + "_plain"] = f"{val[:2]}/{val[2:4]}/{val[4:]}" if val.strip() else ""
            nameset[key + "_plain"] = base
        else:
            # three comb fields over the printed groups JJ / MM / AAAA
            for suf, lo, hi in (("jour", 0, 2), ("mois", 2, 4), ("annee", 4, 8)):
                sub = f"{key}_{suf}"
                items[sub] = dict(page=an["page"], boxes=b[lo:hi])
                values[sub] = val[lo:hi].strip()
                if names == "xfa":
                    nameset[sub] = (
                        base.replace(
                            "[0]", {"jour": "JJ", "mois": "MM", "annee": "AAAA"}[suf] + "[0]", 1
                        )
                        if base.count("[0]") == 1
                        else base[:-3] + {"jour": "JJ", "mois": "MM", "annee": "AAAA"}[suf] + "[0]"
                    )
                else:
                    nameset[sub] = f"{base}_{suf}"
    for key, fname in nameset.items():
        an = items.get(key)
        if an is None:
            continue
        page = pages[an["page"] - 1]
        if "boxes" in an:
            b0, bl = an["boxes"][0], an["boxes"][-1]
            x, y, w, h = b0[0], b0[1], bl[0] + bl[2] - b0[0], b0[3]
            comb_n = len(an["boxes"])
        else:
            x, y, w, h = an["x"], an["y"] + 0.4, an["w"], an["h"] - 0.6
            comb_n = None
        R = rect_of(x, y, w, h)
        wpt, hpt = R[2] - R[0], R[3] - R[1]
        parts = fname.split(".")
        if names == "xfa":
            parts = ["topmostSubform[0]"] + parts
        widget = pikepdf.Dictionary(
            Type=pikepdf.Name.Annot,
            Subtype=pikepdf.Name.Widget,
            Rect=R,
            F=4,
            P=page.obj,
            T=pikepdf.String(parts[-1]),
        )
        if key in CHECKBOXES:
            state = on if key in data.checks else "Off"
            widget.FT = pikepdf.Name.Btn
            widget.V = pikepdf.Name("/" + state)
            widget.AS = pikepdf.Name("/" + state)
            widget.DA = pikepdf.String("/ZaDb 0 Tf 0 g")
            widget.MK = pikepdf.Dictionary(CA=pikepdf.String("4"))
            widget.AP = check_ap(wpt, hpt, on)
        else:
            widget.FT = pikepdf.Name.Tx
            widget.DA = pikepdf.String("/Helv 9 Tf 0 g" if not comb_n else "/Helv 10 Tf 0 g")
            if comb_n:
                widget.Ff = 1 << 24
                widget.MaxLen = comb_n
            val = values.get(key, "") or ""
            if val:
                widget.V = pikepdf.String(val)
                if with_ap:
                    widget.AP = pikepdf.Dictionary(N=text_ap(wpt, hpt, val, comb_n))
        widget = pdf.make_indirect(widget)
        if len(parts) > 1:
            par = parent_for(parts[:-1])
            widget.Parent = par
            par.Kids.append(widget)
        else:
            roots.append(widget)
        if "/Annots" not in page.obj:
            page.obj.Annots = pdf.make_indirect(pikepdf.Array())
        page.obj.Annots.append(widget)
    pdf.Root.AcroForm = pdf.make_indirect(
        pikepdf.Dictionary(
            Fields=pikepdf.Array(roots),
            NeedAppearances=True,
            DR=dr,
            DA=pikepdf.String("/Helv 0 Tf 0 g"),
        )
    )
    pdf.save(
        out_path,
        deterministic_id=True,
        compress_streams=True,
        object_stream_mode=pikepdf.ObjectStreamMode.preserve,
    )
