#!/usr/bin/env python3
"""Blind set form_z: 40 PUMa application forms (cerfa 15763*02, S1106) as people send them.

Usage: generate.py OUT_DIR
Writes OUT_DIR/manifest.json, OUT_DIR/documents/dNNN/ (one form, one or two files) and
OUT_DIR/documents/dNNN.truth.json.  Deterministic: one seeded random.Random per form.
"""

import datetime as dt
import io
import json
import random
import sys
import unicodedata
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.pdfgen import canvas

sys.path.insert(0, str(Path(__file__).resolve().parent))

import degrade  # noqa: E402
import fillers  # noqa: E402
import formdraw  # noqa: E402
from cases import (  # noqa: E402
    AUTRE,
    CITIES,
    DEFECT,
    EMPLOYMENT,
    EXTRA_ADDR,
    JOBS,
    MONTHS,
    PEOPLE,
    PLAN,
    SCHOOLS,
    STREETS,
    VERDICT,
)

SET = "form_z"


def strip_accents(s):
    nfd = unicodedata.normalize("NFD", s)
    return "".join(ch for ch in nfd if unicodedata.category(ch) != "Mn")


def nir_for(rng, sex, dob, country):
    body = f"{1 if sex == 'M' else 2}{dob.year % 100:02d}{dob.month:02d}99{country}"
    body += f"{rng.randint(1, 999):03d}"
    return body + f"{97 - int(body) % 97:02d}"


def date_plan(case, as_of, rng):
    """Return (signed_on, date_text) as written after 'le'."""
    if case in ("no_date", "page_missing"):
        return None, None
    if case == "future_date":
        d = as_of + dt.timedelta(days=rng.randint(8, 40))
    elif case == "old_date":
        d = as_of - dt.timedelta(days=rng.randint(430, 700))
    elif case == "us_date":
        d = as_of - dt.timedelta(days=rng.randint(3, 25))
        while d.day <= 12:
            d -= dt.timedelta(days=1)
        return d, f"{d.month:02d}/{d.day:02d}/{d.year}"
    else:
        d = as_of - dt.timedelta(days=rng.randint(3, 45))
    if case == "date_words":
        day = "1er" if d.day == 1 else str(d.day)
        return d, f"{day} {MONTHS[d.month - 1]} {d.year}"
    return d, d.strftime("%d/%m/%Y")


def field_names(run):
    """Realistic AcroForm field names, three naming habits."""
    counter = {"t": 0, "c": 0}
    camel = {
        "nom": "NomNaissance",
        "nom_usage": "NomUsage",
        "prenoms": "Prenoms",
        "fait_a": "FaitA",
        "date_sign": "DateSignature",
        "cp": "CodePostal",
    }

    def name(key):
        is_box = key.startswith(("sexe_", "sit_", "contrat_"))
        if run == "A":
            base = camel.get(key, "".join(p.capitalize() for p in key.split("_")))
            return ("Case" if is_box else "Champ") + base
        if run == "B":
            return key
        counter["c" if is_box else "t"] += 1
        if is_box:
            return f"Case à cocher {counter['c']}"
        return f"Zone de texte {counter['t']}"

    return name


def make_values(rng, person, plan, as_of, no_acc):
    surname, usage, given, sex, town, country, nat, code = person
    fill, sub, case, situ, flags = (
        plan["fill"],
        plan["sub"],
        plan["case"],
        plan["situ"],
        plan["flags"],
    )
    dob = dt.date(1962, 1, 1) + dt.timedelta(days=rng.randint(0, 42 * 365))
    caps = fill == "hand" and sub == "caps"
    keep_acc = not no_acc and (not caps or rng.random() < 0.55)
    cp, city = rng.choice(CITIES)
    addr = f"{rng.randint(1, 140)}{rng.choice(['', '', '', ' bis'])} {rng.choice(STREETS)}"
    addr += rng.choice(EXTRA_ADDR)
    phone = f"0{rng.choice([6, 7])} " + " ".join(f"{rng.randint(0, 99):02d}" for _ in range(4))
    mail_user = strip_accents(f"{given.split()[0]}.{surname.split()[0]}").lower().replace("'", "")
    email = f"{mail_user}{rng.choice(['', '', str(dob.year % 100)])}@" + rng.choice(
        ["gmail.com", "yahoo.fr", "hotmail.com", "outlook.fr", "icloud.com"]
    )
    situations = [] if situ == "-" else situ.split("+")
    job, contract = rng.choice(JOBS)
    if "etudiant" in situations and "salarie" in situations:
        job, contract = "Serveuse (job étudiant)", "CDD"
    signed_on, date_text = date_plan(case, as_of, rng)
    vals = {
        "nom": surname,
        "nom_usage": usage,
        "prenoms": given,
        "sexe": sex,
        "dob": dob.strftime("%d%m%Y"),
        "lieu_commune": town,
        "lieu_pays": country,
        "nationalite": nat,
        "caf": "",
        "adresse": addr,
        "cp": cp,
        "commune": city,
        "tel": phone,
        "email": email,
        "situations": situations,
        "profession": job if "salarie" in situations else "",
        "contrat": contract if "salarie" in situations else "",
        "etablissement": rng.choice(SCHOOLS) if "etudiant" in situations else "",
        "autre_text": rng.choice(AUTRE) if "autre" in situations else "",
        "fait_a": city,
        "date_text": date_text or "",
        "date_digits": signed_on.strftime("%d%m%Y") if date_text else "",
        "nir": nir_for(rng, sex, dob, code) if "nir" in flags else "",
    }
    if caps:  # everything in capitals, the e-mail excepted
        for k, v in vals.items():
            if isinstance(v, str) and k not in ("email", "contrat", "sexe"):
                vals[k] = v.upper()
    elif fill == "hand":
        for k in ("nom", "nom_usage"):
            vals[k] = vals[k].upper()
    if not keep_acc:
        for k, v in vals.items():
            if isinstance(v, str) and k != "contrat":
                vals[k] = strip_accents(v)
    return vals, dob, signed_on


def make_fillers(rng, plan, seed):
    fill, sub = plan["fill"], plan["sub"]
    if fill == "hand":
        fonts = (
            ["Dkg", "DkgB", "Humor", "Ruf", "Breip"] if sub == "caps" else ["Dkg", "Breip", "Dkg"]
        )
        h = fillers.Hand(
            seed,
            rng.choice(fonts),
            ink=rng.choice(["blue", "blue", "black"]),
            size=rng.uniform(10.5, 12.5),
            mark=rng.choice("xv"),
            slant=rng.uniform(-4, 10) if sub == "script" else 0,
        )
        return h, h
    if fill == "typed_print":
        t = fillers.Typed(
            seed,
            rng.choice(["Helvetica", "LibSans", "Courier", "Times-Roman", "Carlito"]),
            rng.uniform(9.5, 11.5),
            loose=True,
            per_cell=rng.random() < 0.6,
            mark=rng.choice(["X", "v"]),
        )
        if "hdate" in plan["flags"]:
            return t, fillers.Hand(
                seed + "/date",
                rng.choice(["Dkg", "DkgB", "Breip"]),
                ink=rng.choice(["blue", "black"]),
                size=11.5,
            )
        return t, t
    if sub == "flat":
        t = fillers.Typed(seed, "Helvetica", 10, per_cell=True, mark="X")
        return t, t
    a = fillers.Acro(seed, 10, rng.choice(["cross", "check"]))
    if "hdate" in plan["flags"]:
        return a, fillers.Hand(seed + "/date", rng.choice(["Dkg", "Breip"]), ink="blue", size=11.5)
    return a, a


def build_pdf(run, vals, fill, dfill, sig, pages, meta):
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(210 * mm, 297 * mm), invariant=1)
    c.setTitle(meta.get("title", "Demande d'ouverture des droits à l'assurance maladie"))
    if meta.get("creator"):
        c.setCreator(meta["creator"])
    formdraw.draw_pages(c, run, vals, fill, dfill, sig, pages, field_names(run))
    c.save()
    return buf.getvalue()


def parse_plan():
    rows = []
    for line in PLAN.strip().splitlines():
        i, fill, sub, run, look, arr, case, situ, flags = line.split()
        rows.append(
            dict(
                id=i,
                fill=fill,
                sub=sub,
                run=run,
                look=look,
                arr=arr,
                case=case,
                situ=situ,
                flags=set(flags.split(",")),
            )
        )
    return rows


def file_names(rng, plan, surname):
    look, arr = plan["look"], plan["arr"]
    clean = strip_accents(surname.split()[0]).replace("'", "").capitalize()
    if look == "text_pdf" and arr.startswith("pdf1"):
        return [
            rng.choice(
                [
                    f"Demande_PUMa_{clean}.pdf",
                    "formulaire_cpam.pdf",
                    "S1106.pdf",
                    "cerfa_15763-02_rempli.pdf",
                    f"{clean.lower()}_demande_secu.pdf",
                ]
            )
        ]
    if look == "image_pdf" and arr.startswith("pdf1"):
        return [
            rng.choice(
                [
                    f"scan_202611{rng.randint(1, 15):02d}.pdf",
                    "Doc1.pdf",
                    "Numérisation_formulaire.pdf",
                    f"SCAN_{rng.randint(100, 999)}.pdf",
                ]
            )
        ]
    if arr == "pdf2":
        return rng.choice(
            [
                ["page1.pdf", "page2.pdf"],
                ["formulaire_p1.pdf", "formulaire_p2.pdf"],
                [f"cerfa_{clean}_1.pdf", f"cerfa_{clean}_2.pdf"],
            ]
        )
    ext = ".png" if "png" in plan["flags"] else ".jpg"
    if look == "phone_photo":
        n = rng.randint(1200, 9800)
        names = [f"IMG_{n}.jpg", f"IMG_{n + 1}.jpg"]
        if rng.random() < 0.3:
            stamp = f"PXL_202611{rng.randint(1, 15):02d}_1{rng.randint(0, 7)}{rng.randint(10, 58)}"
            names = [f"{stamp}{rng.randint(10, 30)}.jpg", f"{stamp}{rng.randint(40, 59)}.jpg"]
    else:
        n = rng.randint(10, 990)
        names = rng.choice(
            [
                [f"scan_{n:04d}{ext}", f"scan_{n + 1:04d}{ext}"],
                [f"formulaire_recto{ext}", f"formulaire_verso{ext}"],
                [f"Numérisation {n}{ext}", f"Numérisation {n + 1}{ext}"],
            ]
        )
    if arr == "img2_rev":  # the second page was scanned or photographed first
        names = names[::-1] if look == "phone_photo" else [f"Scan (2){ext}", f"Scan (1){ext}"]
    return names[:1] if arr == "page1only" else names


def produce(plan, person, out):
    seed = f"{SET}/{plan['id']}"
    rng = random.Random(seed)
    as_of = dt.date(2026, 11, 16) + dt.timedelta(days=rng.randint(0, 15))
    case, fill, sub, look, arr = plan["case"], plan["fill"], plan["sub"], plan["look"], plan["arr"]
    main, dfill = make_fillers(rng, plan, seed)
    no_acc = isinstance(main, fillers.Hand) and main.font in fillers.NO_ACCENTS
    vals, dob, signed_on = make_values(rng, person, plan, as_of, no_acc)
    ink = rng.choice(["blue", "blue", "black"])
    if isinstance(main, fillers.Hand):  # the same pen for the values and the signature
        ink = main.ink_name
    signed = case not in ("unsigned", "label_only", "stray_mark", "page_missing")
    sig_text = strip_accents(
        rng.choice(
            [
                f"{person[2][0]}. {person[0].split()[0].title()}",
                person[0].split()[0].title(),
                f"{person[2].split()[0]} {person[0][0]}",
                person[1].title() or person[0].title(),
            ]
        )
    )
    if signed:
        paper = fill == "acroform" and rng.random() < 0.5
        sig = fillers.signature_drawer(fillers.signature_image(sig_text, rng, ink, paper), rng)
    elif case == "stray_mark":
        sig = fillers.stray_drawer(rng, ink)
    else:
        sig = None
    pages = [1] if arr == "page1only" else [1, 2]
    meta = {}
    if fill == "acroform" and sub == "flat":
        meta["creator"] = rng.choice(["Microsoft Print to PDF", "macOS Quartz PDFContext"])
    names = file_names(rng, plan, person[0])
    ddir = out / "documents" / plan["id"]
    ddir.mkdir(parents=True, exist_ok=True)

    def pdf_for(order):
        data = build_pdf(plan["run"], vals, main, dfill, sig, order, meta)
        if isinstance(main, fillers.Acro) or isinstance(dfill, fillers.Acro):
            data = fillers.fix_acroform(data, with_ap=(sub == "ap"))
        return data

    if look == "text_pdf":
        if arr == "pdf2":
            for name, p in zip(names, (1, 2)):
                (ddir / name).write_bytes(pdf_for([p]))
        else:
            (ddir / names[0]).write_bytes(pdf_for([2, 1] if arr == "pdf1_rev" else pages))
    else:
        flags = plan["flags"]
        dpi = 300 if "dpi300" in flags else 150 if "dpi150" in flags else rng.choice([200, 300])
        if look == "phone_photo":
            dpi = 260
        imgs = degrade.render(pdf_for(pages), dpi, forms=isinstance(main, fillers.Acro))
        if look == "phone_photo":
            rot = next((int(f[3:]) for f in flags if f.startswith("rot")), 0)
            side = rng.choice([3000, 3264, 4000, 4032])  # one phone per form
            imgs = [
                degrade.photo(
                    im,
                    rng,
                    long_side=side,
                    rotate=rot if i == 0 or rng.random() < 0.5 else 0,
                    strong="strong" in flags,
                )
                for i, im in enumerate(imgs)
            ]
        else:
            skew = 3.5 if "skew" in flags else rng.uniform(0.3, 1.2)
            imgs = [degrade.scan(im, rng, skew, "faint" in flags, "grey" in flags) for im in imgs]
        if look == "image_pdf":
            order = [1, 0] if arr == "pdf1_rev" else [0, 1]
            if arr == "pdf2":
                for name, im in zip(names, imgs):
                    degrade.images_pdf([im], ddir / name, dpi, rng.randint(60, 82))
            else:
                degrade.images_pdf(
                    [imgs[i] for i in order],
                    ddir / names[0],
                    dpi,
                    rng.randint(60, 82),
                    rng.choice(["Canon MF Scan Utility", "HP Smart", "EPSON Scan"]),
                )
        else:
            for name, im in zip(names, imgs):
                if name.endswith(".png"):
                    im.save(ddir / name, "PNG", optimize=False)
                else:
                    degrade.save_jpeg(im, ddir / name, rng.randint(78, 92))
    if arr == "pdf1_rev":
        files = [{"path": names[0], "pages": [2, 1]}]
    elif len(names) == 1:
        files = [{"path": names[0], "pages": pages}]
    else:
        files = [{"path": n, "pages": [1]} for n in names]
    return truth(plan, vals, dob, signed_on, as_of, files, signed)


def truth(plan, vals, dob, signed_on, as_of, files, signed):
    case, situ = plan["case"], vals["situations"]
    one = len(situ) == 1
    page2 = plan["arr"] != "page1only"
    fields = {
        "surname": vals["nom"],
        "usage_name": vals["nom_usage"] or None,
        "given_names": vals["prenoms"],
        "sex": vals["sexe"][:1],
        "date_of_birth": dob.isoformat(),
        "employment_status": EMPLOYMENT[situ[0]] if one else None,
        "situation": "+".join(situ) or None,
        "contract_type": vals["contrat"] or None,
        "signed": signed,
        "signed_on": signed_on.isoformat() if (signed_on and page2) else None,
        "date_text": (vals["date_text"] or None) if page2 else None,
        "place": vals["fait_a"] if page2 else None,
        "nir": vals["nir"] or None,
    }
    how = {
        "hand": f"handwritten ({'capitals' if plan['sub'] == 'caps' else 'script'})",
        "typed_print": "typed in a PDF viewer, printed, signed by hand",
        "acroform": {
            "ap": "fillable PDF, fields with appearance streams",
            "noap": "fillable PDF, fields without appearance streams (NeedAppearances)",
            "flat": "fillable PDF flattened (values are page text, no fields)",
        }.get(plan["sub"], ""),
        "acroform_printed": "fillable PDF printed with its values, signed by hand",
    }[plan["fill"]]
    notes = f"print run {plan['run']}; {how}; arrangement {plan['arr']}"
    if "hdate" in plan["flags"]:
        notes += "; place and date written by hand"
    if plan["run"] == "C" and page2 and vals["date_text"] and case != "us_date":
        notes += "; date written in comb boxes JJ/MM/AAAA"
    return {
        "as_of": as_of.isoformat(),
        "employed": None,
        "status": None,
        "requirements": None,
        "form_status": VERDICT[case],
        "defect": DEFECT.get(case),
        "fill_way": plan["fill"],
        "case": case,
        "applicant": {
            "surname": fields["surname"],
            "given_names": fields["given_names"],
            "date_of_birth": fields["date_of_birth"],
        },
        "documents": [
            {
                "files": files,
                "type": "application_form",
                "look": plan["look"],
                "fields": fields,
                "notes": notes,
            }
        ],
    }


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: generate.py OUT_DIR")
    out = Path(sys.argv[1])
    (out / "documents").mkdir(parents=True, exist_ok=True)
    formdraw.register_fonts(fillers.HAND_FONTS)
    plans = parse_plan()
    assert len(plans) == len(PEOPLE)
    ids = []
    for plan, person in zip(plans, PEOPLE):
        t = produce(plan, person, out)
        (out / "documents" / f"{plan['id']}.truth.json").write_text(
            json.dumps(t, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
        ids.append(plan["id"])
        print(plan["id"], plan["fill"], plan["look"], t["form_status"], file=sys.stderr)
    (out / "manifest.json").write_text(
        json.dumps({"packets": [], "documents": ids}, indent=2) + "\n"
    )


if __name__ == "__main__":
    main()
