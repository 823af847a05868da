"""Render one variant: decide what the applicant writes, draw it, degrade it, save files,
and return the truth record."""

import datetime as dt
import hashlib
import io
import os
import random

import degrade
import form
import hand
import numpy as np
import pikepdf
import pypdfium2 as pdfium
from fonts import HAND
from people import (
    EMPLOYERS,
    FREELANCE,
    OTHER_SITUATIONS,
    SCHOOLS,
    make_person,
    nir_for,
    strip_accents,
)
from variants import form_status

K = 300 / 72  # px per pt at 300 dpi
MONTHS = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
]
EMPLOYED = {
    "salarie": "employed",
    "independant": "employed",
    "demandeur_emploi": "not_employed",
    "etudiant": "not_employed",
    "inactif": "not_employed",
    "autre": "other",
}
SIT_BOX = {
    "salarie": "sit_salarie",
    "independant": "sit_independant",
    "demandeur_emploi": "sit_demandeur",
    "etudiant": "sit_etudiant",
    "inactif": "sit_inactif",
    "autre": "sit_autre",
}


def seeds(vid):
    h = hashlib.sha256(f"form_b/{vid}".encode()).digest()
    return random.Random(h), np.random.default_rng(int.from_bytes(h[:8], "big"))


def luhn_complete(digits):
    """Append the Luhn check digit (SIRET)."""
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return digits + str((10 - total % 10) % 10)


def fmt_phone(p):
    return " ".join(p[i : i + 2] for i in range(0, 10, 2))


# ----------------------------------------------------------------------------- content
def decide(v, rng):
    """Everything the applicant writes, as strings keyed by anchor name, plus the truth."""
    ex = v["extra"]
    sit = v["sit"]
    student = sit == "etudiant" or (sit == "several" and "etudiant" in ex.get("several", ()))
    p = make_person(
        rng,
        v["origin"],
        sex=ex.get("sex"),
        usage=ex.get("usage", False),
        student=student,
        many_given=ex.get("many_given", False),
    )
    typed = v["fill"] != "hand"
    keep_accents = ex.get("accents") or rng.random() < (0.75 if typed else 0.55)

    def caps(s):
        s = s.upper()
        return s if keep_accents else strip_accents(s)

    surname = caps(p["surname"])
    usage = caps(p["usage_name"]) if p["usage_name"] else None
    given_caps = rng.random() < (0.5 if typed else 0.7)
    given = (
        caps(p["given_names"])
        if given_caps
        else (p["given_names"] if keep_accents else strip_accents(p["given_names"]))
    )
    dob = p["dob"]
    vals = {
        "surname": surname,
        "given_names": given,
        "dob": dob.strftime("%d%m%Y"),
        "sex_" + p["sex"]: True,
        "birth_city": caps(p["birth_city"]) if rng.random() < 0.5 else p["birth_city"],
        "birth_country": caps(p["birth_country"]) if rng.random() < 0.5 else p["birth_country"],
        "nationality": caps(p["nationality"]) if rng.random() < 0.4 else p["nationality"],
        "street": p["street"],
        "postcode": p["postcode"],
        "city": caps(p["city"]) if rng.random() < 0.5 else p["city"],
        "phone": fmt_phone(p["phone"]),
        "email": p["email"],
    }
    if usage:
        vals["usage_name"] = usage
    if p["street2"] and rng.random() < 0.8:
        vals["street2"] = p["street2"]
    nir = None
    if ex.get("nir"):
        body, key = nir_for(p["sex"], dob, commune="350", rng=rng)
        vals["nir"], vals["nir_key"] = body, key
        nir = body + key

    # ---- situation (section B)
    ticked = list(ex.get("several", ())) if sit == "several" else ([] if sit == "none" else [sit])
    fem = p["sex"] == "F"
    contract = v["contract"]
    for s in ticked:
        vals[SIT_BOX[s]] = True
        if s == "salarie":
            job = rng.choice(EMPLOYERS)
            vals["profession"] = job[0] if fem else job[1]
            vals["employer"] = (
                f"{job[2]}, {rng.choice(['Lyon', 'Paris 8e', 'Toulouse', 'Nantes', 'Villeurbanne', 'Lille', 'Marseille'])}"
            )
            if contract:
                vals["ct_" + contract] = True
        elif s == "independant":
            vals["activity"] = rng.choice(FREELANCE)
            siret = luhn_complete("".join(str(rng.randint(0, 9)) for _ in range(13)))
            vals["siret"] = siret[:3] + " " + siret[3:6] + " " + siret[6:9] + " " + siret[9:]
        elif s == "demandeur_emploi":
            if rng.random() < 0.7:
                vals["ft_id"] = "".join(str(rng.randint(0, 9)) for _ in range(7)) + rng.choice(
                    "ABCDEFGHJKLMNPRSTVXZ"
                )
        elif s == "etudiant":
            vals["school"] = rng.choice(SCHOOLS)
        elif s == "autre":
            txt = rng.choice(OTHER_SITUATIONS)
            if txt.startswith("retraitée") and not fem:
                txt = "retraité d'un régime étranger"
            vals["other_text"] = txt
    extra_notes = []
    if sit == "none" and ex.get("none_profession", rng.random() < 0.5):
        job = rng.choice(EMPLOYERS)
        vals["profession"] = job[0] if fem else job[1]
        extra_notes.append("a profession is written but no situation box is ticked")

    # ---- place and date (section C)
    as_of = v["as_of"]
    case = v["case"]
    place = p["city"] if not p["city"].startswith("Paris") else "Paris"
    if rng.random() < 0.35:
        place = place.upper()
    vals["place"] = place
    if case in ("future",):
        signed_on = as_of + dt.timedelta(days=rng.randint(4, 40))
    elif case == "future_words":
        signed_on = as_of + dt.timedelta(days=rng.randint(22, 50))
    elif case == "us_date":
        choices = [as_of - dt.timedelta(days=k) for k in range(1, 30)]
        choices = [d for d in choices if d.day > 12]
        signed_on = rng.choice(choices)
    else:
        signed_on = as_of - dt.timedelta(days=rng.randint(2, 35))
    if case == "missing_date":
        date_text = None
    elif case == "us_date":
        date_text = f"{signed_on.month:02d}/{signed_on.day:02d}/{signed_on.year}"
    elif case in ("ok_words", "future_words"):
        day = "1er" if signed_on.day == 1 else str(signed_on.day)
        date_text = f"{day} {MONTHS[signed_on.month - 1]} {signed_on.year}"
    else:
        date_text = signed_on.strftime("%d/%m/%Y")
    if date_text:
        vals["date"] = date_text
    signed_on_truth = signed_on if date_text else None

    # ---- what goes in the signature box
    if case in ("unsigned", "printed_word"):
        sig = "none"
    elif case == "stray_dot":
        sig = "dot"
    elif case == "stray_tick":
        sig = "tick"
    elif v["fill"] in ("typed", "acro"):
        sig = "pasted" if ex.get("sig_pasted") else "none"
    else:
        sig = "hand"
    sign_surname = (p["usage_name"] or p["surname"]).split()[0].replace("-", " ").split()[0]
    initials = strip_accents(p["given_names"][0] + sign_surname[0]).upper()
    sign_name = rng.choice(
        [
            sign_surname.title(),
            f"{p['given_names'][0]}. {sign_surname.title()}",
            f"{strip_accents(p['given_names'].split()[0])} {sign_surname.title()}",
            sign_surname.title(),
        ]
    )

    sit_word = "none" if sit == "none" else ("several" if sit == "several" else sit)
    fields = {
        "surname": surname,
        "usage_name": usage,
        "given_names": given,
        "sex": p["sex"],
        "date_of_birth": dob.isoformat(),
        "employment_status": EMPLOYED.get(sit) if sit not in ("none", "several") else None,
        "situation": sit_word,
        "contract_type": contract if "salarie" in ticked else None,
        "signed": sig in ("hand", "pasted"),
        "signed_on": signed_on_truth.isoformat() if signed_on_truth else None,
        "date_text": date_text,
        "place": place,
        "nir": nir,
    }
    return p, vals, fields, sig, (sign_name, initials), extra_notes


# ----------------------------------------------------------------------------- drawing
class PageMap:
    """pt (PDF, origin bottom-left) -> px on the 300-dpi raster, through an optional affine
    (when the blank form was a skewed photocopy)."""

    def __init__(self, M=None):
        self.M = M

    def pt(self, x, y):
        px, py = x * K, (form.H - y) * K
        if self.M is not None:
            M = self.M
            px, py = M[0, 0] * px + M[0, 1] * py + M[0, 2], M[1, 0] * px + M[1, 1] * py + M[1, 2]
        return px, py

    def box(self, x, y_bottom, w, h):
        """-> (x_px, y_top_px, w_px, h_px)"""
        px, py = self.pt(x, y_bottom + h)
        return px, py, w * K, h * K


def hand_write(pages, anchors, maps, vals, keys, writer, inks, rng, ex, line_style):
    """Write the values of `keys` with a pen on the raster pages."""
    for key in keys:
        if key not in vals:
            continue
        a = anchors.get(key)
        if a is None:
            continue
        pm = maps[a.page - 1]
        ink = inks[a.page - 1]
        val = vals[key]
        if a.kind == "box":
            if val is True:
                bx, by, bw, bh = pm.box(a.x0, a.y, a.h, a.h)
                outside = (
                    rng.uniform(0.25, 0.45)
                    if ex.get("sloppy_ticks")
                    else (rng.uniform(0.05, 0.3) if rng.random() < 0.3 else 0.0)
                )
                writer.mark(ink, (bx, by, bw), kind=writer.tick_kind, outside=outside)
        elif a.kind == "comb":
            s = (
                val.replace("/", "").replace(" ", "")
                if key in ("dob", "date", "postcode", "nir", "nir_key")
                else val
            )
            boxes = [pm.box(*b) for b in a.boxes]
            if len(s) > len(boxes):
                raise ValueError(f"{key}: {s!r} does not fit {len(boxes)} boxes")
            writer.comb(ink, boxes, s)
        elif a.kind == "line":
            start = a.x0 + rng.uniform(3, 12)
            x, yb = pm.pt(start, a.y + rng.uniform(0.3, 2.2))
            cap = (a.h * 0.6 if line_style == "box" else rng.uniform(7.5, 9.5)) * K
            cap *= rng.uniform(0.92, 1.08)
            maxw = (a.x1 - start - 3) * K
            writer.text(ink, x, yb, val, cap, max_w=maxw)


def rasterise(pdf_bytes, with_forms):
    doc = pdfium.PdfDocument(pdf_bytes)
    if with_forms:
        doc.init_forms()
    out = []
    for i in range(len(doc)):
        page = doc[i]
        img = page.render(scale=K, may_draw_forms=with_forms).to_pil().convert("RGB")
        out.append(np.asarray(img).copy())
        page.close()
    doc.close()
    return out


def images_to_pdf(images):
    """images: list of (jpeg bytes, width px, height px, dpi, grey) -> PDF bytes, no text."""
    pdf = pikepdf.Pdf.new()
    for data, w, h, dpi, grey in images:
        pw, ph = w / dpi * 72, h / dpi * 72
        page = pdf.add_blank_page(page_size=(pw, ph))
        img = pikepdf.Stream(pdf, data)
        img.Type = pikepdf.Name.XObject
        img.Subtype = pikepdf.Name.Image
        img.Width, img.Height = w, h
        img.ColorSpace = pikepdf.Name.DeviceGray if grey else pikepdf.Name.DeviceRGB
        img.BitsPerComponent = 8
        img.Filter = pikepdf.Name.DCTDecode
        page.Resources = pikepdf.Dictionary(XObject=pikepdf.Dictionary(Im0=img))
        page.Contents = pikepdf.Stream(pdf, f"q {pw:.2f} 0 0 {ph:.2f} 0 0 cm /Im0 Do Q".encode())
    buf = io.BytesIO()
    pdf.save(buf, static_id=True, compress_streams=True)
    return buf.getvalue()


def finish_text_pdf(pdf_bytes, acro, reverse):
    pdf = pikepdf.open(io.BytesIO(pdf_bytes))
    if acro:
        pdf.Root.AcroForm.NeedAppearances = True
    if reverse:
        pdf.pages.append(pdf.pages[0])
        del pdf.pages[0]
    buf = io.BytesIO()
    pdf.save(buf, static_id=True)
    return buf.getvalue()


NAMES = {
    "pdf": [
        "formulaire_S1106.pdf",
        "Demande_PUMA.pdf",
        "cerfa_15763-02_rempli.pdf",
        "formulaire ameli signé.pdf",
        "S1106.pdf",
        "demande ouverture droits.pdf",
        "scan_formulaire.pdf",
        "doc03427720261104.pdf",
        "Formulaire CPAM.pdf",
        "demande_affiliation.pdf",
    ],
    "scan": [
        ("scan0001.jpg", "scan0002.jpg"),
        ("formulaire p1.jpg", "formulaire p2.jpg"),
        ("Scan_1.png", "Scan_2.png"),
        ("cerfa_page1.jpeg", "cerfa_page2.jpeg"),
        ("img001.jpg", "img002.jpg"),
        ("S1106-1.jpg", "S1106-2.jpg"),
    ],
    "phone": [
        ("IMG_2034.jpeg", "IMG_2035.jpeg"),
        ("IMG_20261113_184502.jpg", "IMG_20261113_184517.jpg"),
        ("PXL_20261110_092233415.jpg", "PXL_20261110_092251020.jpg"),
        (
            "WhatsApp Image 2026-11-12 at 21.04.17.jpeg",
            "WhatsApp Image 2026-11-12 at 21.04.18.jpeg",
        ),
        ("photo_formulaire_1.jpg", "photo_formulaire_2.jpg"),
        ("20261108_101522.jpg", "20261108_101540.jpg"),
    ],
}


# ----------------------------------------------------------------------------- main
def render_variant(v, out_root):
    rng, nrng = seeds(v["id"])
    ex = v["extra"]
    fill_kind, look, arr, case = v["fill"], v["look"], v["arr"], v["case"]
    person, vals, fields, sig, (sign_name, initials), notes = decide(v, rng)

    # ---- print run
    force = {}
    if case == "printed_word":
        force["sig_label_inside"] = True
    elif case == "unsigned":
        force["sig_label_inside"] = False
    date_len = len(fields["date_text"] or "")
    if case in ("ok_words", "future_words") or fill_kind in (
        "typed",
        "acro",
        "typed_print",
        "acro_print",
    ):
        force["date_style"] = "line"
    if fill_kind in ("acro", "acro_print") and ex.get("scheme") != "acrobat":
        force["names_comb"] = False
    colour = not (look in ("scan", "image_pdf") and rng.random() < 0.3)
    run = form.sample_run(rng, colour=colour, **force)

    if (
        fill_kind == "hand"
        and run.names_comb
        and vals["given_names"] != vals["given_names"].upper()
    ):
        # one capital per box: nobody writes lower case in a comb
        vals["given_names"] = vals["given_names"].upper()
        fields["given_names"] = vals["given_names"]

    # ---- who writes what: typed keys vs. pen keys
    all_keys = list(vals.keys())
    pen_keys = []
    if fill_kind == "hand":
        typed_vals = {}
        pen_keys = all_keys
        if ex.get("pj_ticks"):
            for i in range(1, 7):
                vals[f"pj_{i}"] = True
            if not run.pj_boxes:
                run.pj_boxes = True
            pen_keys = list(vals.keys())
            notes.append(
                "the applicant also ticked the list of pieces on page 2; those are "
                "not situation boxes"
            )
    else:
        typed_vals = dict(vals)
        if fill_kind in ("typed_print", "acro_print") and rng.random() < 0.6:
            for k in ("place", "date"):
                if k in typed_vals:
                    del typed_vals[k]
                    pen_keys.append(k)
            notes.append("place and date written by hand after printing")
        if fill_kind in ("acro", "acro_print"):
            typed_vals = {
                k: (
                    v2[:2] + "/" + v2[2:4] + "/" + v2[4:]
                    if k == "dob" and ex.get("scheme") == "snake"
                    else v2
                )
                for k, v2 in typed_vals.items()
            }

    # ---- the writer (a pen, a hand)
    writer = hand.Writer(
        rng,
        caps=rng.choice(["dkg", "breip", "humor", "ruf", "breip", "dkg"]),
        text=rng.choice(["dkg", "breip", "ruf", "dancing", "ecolier", "dkg_it"]),
        sig_font=rng.choice(["dancing", "kaushan", "dkg_it", "dancing_b", "ecolier"]),
        scale=rng.uniform(0.95, 1.08),
        jitter=rng.uniform(0.7, 1.3),
        pen=rng.uniform(2.6, 4.2),
        weight=rng.choice([1, 1, 2]),
    )
    if writer.caps in (HAND["dkg_it"], HAND["humor"], HAND["ruf"]):
        writer.weight = min(writer.weight, 1)  # already heavy fonts
    writer.tick_kind = rng.choice(["cross", "cross", "check"])
    ink_name = rng.choice(["blue", "blue", "black", "navy", "blue"])

    # ---- typed / AcroForm content and pasted signature
    fill = form.Fill()
    if fill_kind in ("typed", "typed_print"):
        fill.mode = "typed"
        fill.font = rng.choice(["Arimo", "Calibri", "Arimo", "Serif", "Mono"])
        fill.size = rng.uniform(9.0, 10.5)
        fill.values = typed_vals
    elif fill_kind in ("acro", "acro_print"):
        fill.mode = "acro"
        fill.scheme = ex.get("scheme", "snake")
        fill.size = rng.choice([9, 10, 10, 11])
        fill.values = typed_vals
    if sig == "pasted":
        fill.sig_image = hand.signature_image(
            rng,
            sign_name,
            dict(
                caps="dkg",
                text="dkg",
                sig_font=rng.choice(["dancing", "kaushan", "dkg_it"]),
                pen=rng.uniform(3.5, 5.0),
            ),
            colour=rng.choice(["blue", "black"]),
        )
        fill.sig_box = (
            rng.uniform(0.08, 0.3),
            rng.uniform(0.08, 0.25),
            rng.uniform(0.45, 0.6),
            rng.uniform(0.55, 0.7),
        )
        notes.append("signature pasted into the PDF as an image")

    pdf_bytes, anchors = form.build_pdf(run, fill)
    folder = os.path.join(out_root, v["id"])
    os.makedirs(folder, exist_ok=True)
    files = []

    # ---- born-digital PDF
    if look == "text_pdf":
        name = rng.choice(NAMES["pdf"])
        data = finish_text_pdf(pdf_bytes, fill.mode == "acro", arr == "pdf_rev")
        with open(os.path.join(folder, name), "wb") as fh:
            fh.write(data)
        files.append({"path": name, "pages": [1, 2]})
        if fill.mode == "acro":
            notes.append(
                f"fillable PDF: values are only in AcroForm fields (naming scheme "
                f"'{fill.scheme}'), NeedAppearances set"
            )
        else:
            notes.append("typed on screen and exported: values are in the page text")
        if run.names_comb:
            notes.append("names sit one letter per comb box")
        if arr == "pdf_rev":
            notes.append("page 2 of the form is PDF page 1")
        return finish_truth(v, fields, files, look, notes, run, sig)

    # ---- paper: rasterise, maybe photocopied blank, pen work
    if fill.mode == "acro":
        # printed from a viewer: appearances regenerated from the field values
        pdf_bytes = finish_text_pdf(pdf_bytes, True, False)
    pages = rasterise(pdf_bytes, fill.mode == "acro")
    maps = [PageMap(), PageMap()]
    if fill_kind == "hand" and rng.random() < 0.3:
        for i in range(2):
            pages[i], M = degrade.photocopy(pages[i], nrng)
            maps[i] = PageMap(M)
        notes.append("the blank form was a photocopy (grey, slightly skewed print)")
    inks = [hand.Ink(pages[0].shape, ink_name), hand.Ink(pages[1].shape, ink_name)]
    hand_write(pages, anchors, maps, vals, pen_keys, writer, inks, rng, ex, run.field_style)
    page_inks = [[inks[0]], [inks[1]]]

    # signature box
    a = anchors["sig"]
    bx, by, bw, bh = maps[1].box(a.x0, a.y, a.x1 - a.x0, a.h)
    sig_ink = inks[1] if rng.random() < 0.85 else hand.Ink(pages[1].shape, "black")
    if sig_ink is not inks[1]:
        page_inks[1].append(sig_ink)
    if sig == "hand":
        top_pad = 0.18 if run.sig_label_inside else 0.05
        style = writer.signature(
            sig_ink,
            (bx + bw * 0.03, by + bh * top_pad, bw * 0.94, bh * (0.92 - top_pad)),
            sign_name,
            initials=initials,
        )
        notes.append(f"handwritten signature ({style})")
    elif sig == "dot":
        hand.dot(
            sig_ink,
            bx + bw * rng.uniform(0.3, 0.8),
            by + bh * rng.uniform(0.4, 0.8),
            writer.pen * rng.uniform(0.8, 1.3),
        )
        notes.append("signature box holds only a stray dot: not a signature")
    elif sig == "tick":
        x0 = bx + bw * rng.uniform(0.3, 0.7)
        y0 = by + bh * rng.uniform(0.4, 0.75)
        ln = rng.uniform(18, 40)
        hand.stroke(sig_ink, [(x0, y0), (x0 + ln * 0.7, y0 - ln * 0.7)], writer.pen)
        notes.append("signature box holds only a short pen mark: not a signature")
    elif case == "printed_word":
        notes.append("signature box holds only the printed word 'Signature'")
    else:
        notes.append("signature box left empty")

    for i in range(2):
        pages[i] = hand.composite(pages[i], page_inks[i])

    # ---- capture
    order = [0, 1]
    if arr in ("pdf_rev", "two_rev"):
        order = [1, 0]
    grey = bool(ex.get("grey", False))
    if look in ("scan", "image_pdf"):
        dpi = ex.get("dpi") or rng.choice(
            [200, 300, 300, 240] if look == "scan" else [200, 300, 150, 300]
        )
        if look == "scan" and not grey and rng.random() < 0.25:
            grey = True
        imgs = [degrade.scan(pages[i], nrng, dpi=dpi, grey=grey) for i in range(2)]
        q = rng.randint(62, 88)
        if look == "scan":
            names = rng.choice(NAMES["scan"])
            png = ex.get("png") or names[0].endswith(".png")
            if png and not names[0].endswith(".png"):
                names = tuple(n.rsplit(".", 1)[0] + ".png" for n in names)
            if not png and names[0].endswith(".png"):
                names = tuple(n.rsplit(".", 1)[0] + ".jpg" for n in names)
            for fi, pi in enumerate(order):
                data = (
                    degrade.encode_png(imgs[pi], dpi)
                    if png
                    else degrade.encode_jpeg(imgs[pi], q, dpi)
                )
                with open(os.path.join(folder, names[fi]), "wb") as fh:
                    fh.write(data)
            files = [
                {"path": names[order.index(0)], "pages": [1]},
                {"path": names[order.index(1)], "pages": [1]},
            ]
            notes.append(f"flatbed scan at {dpi} dpi" + (" (greyscale)" if grey else ""))
        else:
            jp = [
                (
                    degrade.encode_jpeg(imgs[i], q, dpi),
                    imgs[i].width,
                    imgs[i].height,
                    dpi,
                    imgs[i].mode == "L",
                )
                for i in range(2)
            ]
            if arr == "two_pdf":
                names = ("formulaire_page1.pdf", "formulaire_page2.pdf")
                for i in range(2):
                    with open(os.path.join(folder, names[i]), "wb") as fh:
                        fh.write(images_to_pdf([jp[i]]))
                files = [{"path": names[0], "pages": [1]}, {"path": names[1], "pages": [1]}]
            else:
                name = rng.choice(NAMES["pdf"])
                with open(os.path.join(folder, name), "wb") as fh:
                    fh.write(images_to_pdf([jp[i] for i in order]))
                files = [{"path": name, "pages": [1, 2]}]
            notes.append(f"scanned to an image-only PDF at {dpi} dpi, no text layer")
    else:  # phone photos
        turn = ex.get("turn", (0, 0))
        strong = ex.get("strong", False)
        imgs = [degrade.phone(pages[i], nrng, turn=turn[i], strong=strong) for i in range(2)]
        q = rng.randint(84, 93)
        if arr == "photos_pdf":
            name = rng.choice(["photos formulaire.pdf", "formulaire_photos.pdf"])
            jp = []
            for i in order:
                data = degrade.encode_jpeg(imgs[i], q, 72)
                jp.append((data, imgs[i].width, imgs[i].height, 360, False))
            with open(os.path.join(folder, name), "wb") as fh:
                fh.write(images_to_pdf(jp))
            files = [{"path": name, "pages": [1, 2]}]
            notes.append("two phone photos pasted into one PDF")
        else:
            names = rng.choice(NAMES["phone"])
            for fi, pi in enumerate(order):
                with open(os.path.join(folder, names[fi]), "wb") as fh:
                    fh.write(degrade.encode_jpeg(imgs[pi], q, 72))
            files = [
                {"path": names[order.index(0)], "pages": [1]},
                {"path": names[order.index(1)], "pages": [1]},
            ]
            notes.append("phone photos, one per page")
        for i, t in enumerate(turn):
            if t:
                notes.append(f"photo of page {i + 1} is rotated {t} degrees")
    if arr == "pdf_rev":
        notes.append("page 2 of the form comes first in the PDF")
    if arr == "two_rev":
        notes.append("the file names sort page 2 of the form first")
    if fill_kind in ("typed_print", "acro_print"):
        notes.insert(
            0,
            "filled on screen ("
            + ("AcroForm" if fill.mode == "acro" else "typed")
            + "), printed, then handled with a pen",
        )
    else:
        notes.insert(0, "filled by hand")
    return finish_truth(v, fields, files, look, notes, run, sig)


def finish_truth(v, fields, files, look, notes, run, sig):
    status = form_status(v)
    case = v["case"]
    if v["sit"] == "none":
        notes.append("no situation box ticked in section B")
    elif v["sit"] == "several":
        notes.append("two situation boxes ticked in section B")
    if case == "us_date":
        notes.append("date written US-style (MM/DD/YYYY); signed_on is the date meant")
    elif case in ("future", "future_words"):
        notes.append("date later than as_of")
    elif case == "missing_date":
        notes.append("'le' date left blank")
    elif case in ("ok_words",):
        notes.append("date written in words")
    defect = None
    if status != "complete":
        defect = {
            "unsigned": "unsigned",
            "printed_word": "unsigned",
            "stray_dot": "unsigned",
            "stray_tick": "unsigned",
            "future": "date_in_future",
            "future_words": "date_in_future",
            "us_date": "date_not_ddmmyyyy",
            "missing_date": "date_missing",
        }.get(case)
        if defect is None:
            defect = "no_situation" if v["sit"] == "none" else "several_situations"
    return {
        "as_of": v["as_of"].isoformat(),
        "employed": None,
        "status": None,
        "defect": defect,
        "requirements": None,
        "applicant": None,
        "form_status": status,
        "documents": [
            {
                "files": files,
                "type": "application_form",
                "look": look,
                "fields": fields,
                "notes": "; ".join(notes),
            }
        ],
    }
