"""Builds the two-page form PDF of one run: blank, with typed values drawn on it (typed on
screen with a PDF viewer's "add text" tool), or as a fillable AcroForm with values."""

import io
import itertools

import pikepdf
import pypdfium2 as pdfium
from reportlab.lib.colors import Color
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen import canvas

import formlayout as fl

# realistic AcroForm field names, per anchor key
FIELD_NAMES = {
    "surname": "NomNaissance",
    "usage_name": "NomUsage",
    "given_names": "Prenoms",
    "sex_F": "SexeF",
    "sex_M": "SexeM",
    "dob": "DateNaissance",
    "birth_commune": "LieuNaissanceCommune",
    "birth_country": "LieuNaissancePays",
    "nationality": "Nationalite",
    "caf": "NumAllocataireCAF",
    "nir": "NumSecuriteSociale",
    "nir_key": "CleNIR",
    "address": "Adresse",
    "postcode": "CodePostal",
    "commune": "Commune",
    "phone": "Telephone",
    "email": "Courriel",
    "sit_salarie": "CaseSalarie",
    "ct_cdi": "ContratCDI",
    "ct_cdd": "ContratCDD",
    "ct_interim": "ContratInterim",
    "ct_autre": "ContratAutre",
    "profession": "Profession",
    "employer": "Employeur",
    "sit_independant": "CaseNonSalarie",
    "sit_demandeur": "CaseDemandeurEmploi",
    "sit_etudiant": "CaseEtudiant",
    "sit_sans_activite": "CaseSansActivite",
    "sit_autre": "CaseAutreSituation",
    "autre_text": "AutreSituationPrecisez",
    "place": "FaitA",
    "date": "DateSignature",
}


GROUP_NAMES = {"dob": ["DateNaissanceJour", "DateNaissanceMois", "DateNaissanceAnnee"]}


def _groups(cells):
    """Splits comb cells into runs of adjacent cells (one comb field per run)."""
    out = [[cells[0]]]
    for prev, c in itertools.pairwise(cells):
        if c[0] - prev[2] > 0.5:
            out.append([])
        out[-1].append(c)
    return out


def _typed(c, anchors, values, font, size, rng, comb_centred):
    """Values typed with a viewer's text tool: slightly off the boxes, crosses as 'X'."""
    c.setFillColor(Color(0, 0, 0))
    for key, a in anchors.items():
        v = values.get(key)
        if not v:
            continue
        dx, dy = rng.uniform(-1.5, 2.5), rng.uniform(-1.0, 1.5)
        if a["kind"] == "box":
            x0, y0, x1, y1 = a["rect"]
            c.setFont("Helvetica-Bold", (y1 - y0) * 1.05)
            c.drawCentredString((x0 + x1) / 2 + dx * 0.3, y0 + (y1 - y0) * 0.14 + dy * 0.3, "X")
        elif a["kind"] == "comb":
            cells = a["cells"]
            x0, y0, x1, y1 = cells[0]
            c.setFont(font, size)
            if comb_centred:
                for ch, (cx0, cy0, cx1, cy1) in zip(v, cells):
                    c.drawCentredString(
                        (cx0 + cx1) / 2 + dx * 0.3, cy0 + (cy1 - cy0) * 0.28 + dy, ch
                    )
            else:
                c.drawString(x0 + 2 + dx, y0 + (y1 - y0) * 0.28 + dy, _plain_comb(key, v))
        elif a["kind"] == "line":
            x0, y0, x1, y1 = a["rect"]
            c.setFont(font, size)
            c.drawString(x0 + 3 + dx, y0 + (y1 - y0) * 0.28 + dy, v)


def _plain_comb(key, v):
    if key == "dob" and len(v) == 8:
        return f"{v[:2]}/{v[2:4]}/{v[4:]}"
    if key == "nir" and len(v) == 13:
        return f"{v[0]} {v[1:3]} {v[3:5]} {v[5:7]} {v[7:10]} {v[10:]}"
    return v


def _acro(c, anchors, values, style):
    af = c.acroForm
    for key, a in anchors.items():
        name = FIELD_NAMES.get(key)
        if not name:
            continue
        v = values.get(key)
        if a["kind"] == "box":
            x0, y0, x1, y1 = a["rect"]
            af.checkbox(
                name=name,
                checked=bool(v),
                buttonStyle=style,
                x=x0,
                y=y0,
                size=x1 - x0,
                borderWidth=0,
                fillColor=None,
                borderColor=None,
                textColor=Color(0, 0, 0),
            )
        elif a["kind"] == "comb":
            groups = _groups(a["cells"])
            names = GROUP_NAMES.get(key, [name])
            if len(names) != len(groups):
                names = [f"{name}{i + 1}" for i in range(len(groups))]
            v = v or ""
            for gname, cells in zip(names, groups):
                x0, y0, x1, y1 = cells[0][0], cells[0][1], cells[-1][2], cells[-1][3]
                af.textfield(
                    name=gname,
                    value=v[: len(cells)],
                    x=x0,
                    y=y0,
                    width=x1 - x0,
                    height=y1 - y0,
                    maxlen=len(cells),
                    fieldFlags="comb",
                    borderWidth=0,
                    fillColor=None,
                    fontName="Helvetica",
                    fontSize=10,
                    textColor=Color(0, 0, 0),
                )
                v = v[len(cells) :]
        else:
            x0, y0, x1, y1 = a["rect"]
            af.textfield(
                name=name,
                value=v or "",
                x=x0 + 1,
                y=y0,
                width=x1 - x0 - 2,
                height=y1 - y0,
                maxlen=0,
                borderWidth=0,
                fillColor=None,
                fontName="Helvetica",
                fontSize=10,
                textColor=Color(0, 0, 0),
            )


def form_pdf(
    run,
    fill,
    values,
    rng,
    typed_font=("Helvetica", 10),
    comb_centred=True,
    sig_png=None,
    check_style="cross",
    appearance=True,
):
    """Returns (pdf bytes, [anchors page 1, anchors page 2])."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(fl.W, fl.H), invariant=1)
    c.setTitle("Demande d'ouverture des droits à l'assurance maladie")
    c.setAuthor("")
    c.setCreator("")
    anchors = []
    for page in (1, 2):
        a = fl.draw_page1(c, run) if page == 1 else fl.draw_page2(c, run)
        anchors.append(a)
        if fill == "typed_print":
            _typed(c, a, values, typed_font[0], typed_font[1], rng, comb_centred)
        elif fill in ("acroform", "acroform_printed"):
            if page == 2 and sig_png is not None:
                x0, y0, x1, y1 = a["signature"]["rect"]
                bw, bh = x1 - x0, y1 - y0
                iw = bw * rng.uniform(0.55, 0.75)
                ih = iw * sig_png.height / sig_png.width
                c.drawImage(
                    ImageReader(sig_png),
                    x0 + rng.uniform(0.08, 0.2) * bw,
                    y0 + (bh - ih) * rng.uniform(0.3, 0.6),
                    iw,
                    ih,
                    mask="auto",
                )
            _acro(c, a, values, check_style)
        c.showPage()
    c.save()
    data = buf.getvalue()
    if fill in ("acroform", "acroform_printed"):
        data = _fix_appearances(data, appearance)
    return data, anchors


def _pdf_string(s):
    out = b""
    for ch in s.encode("cp1252", "replace"):
        b = bytes([ch])
        if b in (b"(", b")", b"\\"):
            out += b"\\" + b
        elif ch < 32 or ch > 126:
            out += b"\\%03o" % ch
        else:
            out += b
    return b"(" + out + b")"


def _fix_appearances(data, appearance):
    """Comb fields get per-cell appearance streams; optionally text fields lose theirs
    (NeedAppearances: the viewer draws the values)."""
    pdf = pikepdf.open(io.BytesIO(data))
    for page in pdf.pages:
        for annot in page.get("/Annots", []):
            if annot.get("/FT") != "/Tx":
                continue
            if not appearance:
                del annot["/AP"]
                continue
            ff = int(annot.get("/Ff", 0))
            if not ff & (1 << 24):
                continue
            value = str(annot.get("/V", ""))
            n = int(annot.get("/MaxLen", 1))
            x0, y0, x1, y1 = [float(v) for v in annot.Rect]
            cw, h = (x1 - x0) / n, y1 - y0
            ops = [b"/Tx BMC", b"q", b"BT", b"/Helv 10 Tf", b"0 g"]
            for i, ch in enumerate(value[:n]):
                w = pdfmetrics.stringWidth(ch, "Helvetica", 10)
                ops.append(b"1 0 0 1 %.2f %.2f Tm" % ((i + 0.5) * cw - w / 2, (h - 7.0) / 2))
                ops.append(_pdf_string(ch) + b" Tj")
            ops += [b"ET", b"Q", b"EMC"]
            annot.AP.N.write(b"\n".join(ops))
    if not appearance:
        pdf.Root.AcroForm.NeedAppearances = True
    out = io.BytesIO()
    pdf.save(out, deterministic_id=True)
    return out.getvalue()


def rasterize(data, dpi):
    pdf = pdfium.PdfDocument(data)
    pdf.init_forms()
    pages = [
        pdf[i].render(scale=dpi / 72.0, may_draw_forms=True).to_pil().convert("RGB")
        for i in range(len(pdf))
    ]
    pdf.close()
    return pages
