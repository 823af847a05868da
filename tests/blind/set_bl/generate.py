"""Blind set set_bl: four whole PUMa packets (Vietnam, Iran, Bangladesh, Madagascar).

Usage: python generate.py OUT_DIR
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

import form as cerfa
import frdocs
import ids
import looks
from packets import P01, P02
from packets2 import P03, P04
from util import iban_valid, mrva, td1, td3

REQ = [
    "application_form",
    "identity",
    "residence_status",
    "birth_certificate",
    "residence_proof",
    "bank_details",
    "employment",
]


def R(tag):
    return random.Random("set_bl/" + tag)


def entry(files, typ, look, fields, notes=""):
    return {"files": files, "type": typ, "look": look, "fields": fields, "notes": notes}


def f1(path, pages=(1,)):
    return {"path": path, "pages": list(pages)}


def id_fields(surname, given, number, nat, issuer, dob, sex, expiry):
    return {
        "surname": surname,
        "given_names": given,
        "document_number": number,
        "nationality": nat,
        "issuing_country": issuer,
        "date_of_birth": dob,
        "sex": sex,
        "expiry_date": expiry,
        "mrz_valid": True,
    }


# --------------------------------------------------------------- common pieces
def make_passport(out, a, pp, rng, look, fname, rot=0):
    mrz = td3(
        pp["code"],
        a["surname"],
        a["given"],
        pp["number"],
        pp["code"],
        a["dob"],
        a["sex"],
        pp["expiry"],
        pp.get("optional", ""),
    )
    p = dict(pp, surname=a["surname"], mrz=mrz)
    img = ids.passport(p, rng)
    if look == "phone_photo":
        looks.save_jpg(looks.phone_photo(img, rng, rot, fill=0.62), out / fname, 88)
    elif look == "scan":
        page = looks.on_a4(img, 200, (125, 176), (20, 20))
        looks.save_jpg(looks.scan(page, rng), out / fname, 86)
    else:
        looks.image_pdf([looks.on_a4(img, 200, (125, 176), (42, 30))], out / fname, rng, gray=True)
    return entry(
        [f1(fname)],
        "passport",
        look,
        id_fields(
            pp["surname_print"],
            pp["given_print"],
            pp["number"],
            pp["code"],
            pp["code"],
            a["dob"],
            a["sex"],
            pp["expiry"],
        ),
        "data page, MRZ TD3 verified in code",
    )


def make_visa(out, a, v, rng, look, fname, rot=0):
    mrz = mrva(
        "FRA",
        a["surname"],
        a["given"],
        v["visa_no"],
        a["nat"],
        a["dob"],
        a["sex"],
        v["valid_until"],
    )
    img = ids.visa(dict(v, surname=a["surname"], given=a["given"], mrz=mrz), rng)
    if look == "phone_photo":
        looks.save_jpg(looks.phone_photo(img, rng, rot, fill=0.7), out / fname, 87)
    else:
        page = looks.on_a4(img, 200, (125, 88), (45, 25))
        looks.save_jpg(looks.scan(page, rng), out / fname, 85)
    fields = id_fields(
        a["surname"],
        a["given"],
        v["visa_no"],
        a["nat"],
        "FRA",
        a["dob"],
        a["sex"],
        v["valid_until"],
    )
    fields.update(
        {
            "visa_type": "D",
            "vls_ts": True,
            "category": v["category"],
            "valid_from": v["valid_from"],
            "valid_until": v["valid_until"],
        }
    )
    return entry([f1(fname)], "long_stay_visa", look, fields, "French MRV-A sticker, VLS-TS")


def make_form(out, a, f, rng, how, files, run, rot=(0, 0)):
    """how: image_pdf | text_pdf | phone_photo | scan; files: one pdf name or two image names."""
    f = dict(f, surname=a["surname_form"], given=a["given_form"], dob=a["dob"], sex=a["sex"])
    if how == "text_pdf":
        cerfa.form(f, rng, "pdf", out / files[0], run)
        fl = [f1(files[0], (1, 2))]
    else:
        imgs = cerfa.form(f, rng, "img", None, run)
        if how == "image_pdf":
            looks.image_pdf(imgs, out / files[0], rng)
            fl = [f1(files[0], (1, 2))]
        else:
            for im, name, r in zip(imgs, files, rot, strict=True):
                img = looks.phone_photo(im, rng, r) if how == "phone_photo" else looks.scan(im, rng)
                looks.save_jpg(img, out / name, 86)
            fl = [f1(files[0]), f1(files[1])]
    emp = "employed" if f["situation"] == "salarie" else "not_employed"
    fields = {
        "surname": a["surname_form"],
        "given_names": a["given_form"],
        "date_of_birth": a["dob"],
        "employment_status": emp,
        "signed": True,
        "signed_on": f["signed_on"],
        "nir": None,
    }
    return entry(
        fl,
        "application_form",
        how,
        fields,
        "cerfa 15763*02 print run %d, filled %s" % (run, f["fill"]),
    )


def write_truth(out_dir, name, t):
    t["requirements"] = dict(zip(REQ, [t["requirements"][k] for k in REQ], strict=True))
    (out_dir / "packets" / (name + ".truth.json")).write_text(
        json.dumps(t, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )


# --------------------------------------------------------------- p01 Vietnam
def p01(root):
    out = root / "packets" / "p01"
    out.mkdir(parents=True)
    a = P01["applicant"]
    docs = []
    docs.append(
        make_form(out, a, P01["form"], R("p01form"), "image_pdf", ["formulaire_S1106.pdf"], 1)
    )
    docs.append(
        make_passport(out, a, P01["passport"], R("p01pp"), "phone_photo", "IMG_20261109_183512.jpg")
    )
    docs.append(
        make_visa(
            out, a, P01["visa"], R("p01visa"), "phone_photo", "IMG_20261109_183547.jpg", rot=90
        )
    )
    imgs = ids.vn_birth(P01["birth"], R("p01birth"))
    looks.image_pdf(imgs, out / "trich_luc_khai_sinh.pdf", R("p01birthscan"))
    docs.append(
        entry(
            [f1("trich_luc_khai_sinh.pdf", (1, 2))],
            "birth_certificate",
            "image_pdf",
            P01["birth_fields"],
            "Trích lục khai sinh (bản sao); page 2 = legalisation "
            "by the Vietnamese MFA consular department and the French embassy",
        )
    )
    tr = ids.translation(P01["translation"], R("p01tr"))[0]
    looks.save_jpg(looks.scan(tr, R("p01trscan")), out / "traduction_acte_naissance.jpg", 84)
    docs.append(
        entry(
            [f1("traduction_acte_naissance.jpg")],
            "translation",
            "scan",
            P01["translation_fields"],
            "sworn translation vi -> fr",
        )
    )
    for i, b in enumerate(P01["bills"]):
        name = "Facture_EDF_%s.pdf" % b["no"]
        frdocs.edf_bill(b, R("p01edf%d" % i), out / name)
        docs.append(
            entry(
                [f1(name)],
                "utility_bill",
                "text_pdf",
                {
                    "provider": "EDF",
                    "service": "electricity",
                    "holder_name": untitled(b["holder_print"]),
                    "address": ", ".join(b["address_lines"]),
                    "issue_date": b["issue_date"],
                    "period_start": b["start"],
                    "period_end": b["end"],
                    "amount": b["amount_fr"],
                    "month": b["start"][:7],
                },
                "monthly EDF bill",
            )
        )
    r = P01["rib"]
    frdocs.rib(r, R("p01rib"), "pdf", out / "RIB_SG.pdf")
    docs.append(entry([f1("RIB_SG.pdf")], "rib", "text_pdf", rib_fields(r)))
    c = P01["contract"]
    npg = frdocs.contract(c, R("p01cdi"), "pdf", out / "contrat_CDI_signe.pdf")
    docs.append(
        entry(
            [f1("contrat_CDI_signe.pdf", range(1, npg + 1))],
            "employment_contract",
            "text_pdf",
            c["fields"],
        )
    )
    p = P01["payslip"]
    frdocs.payslip(p, R("p01pay"), "pdf", out / "bulletin_octobre_2026.pdf")
    docs.append(entry([f1("bulletin_octobre_2026.pdf")], "payslip", "text_pdf", p["fields"]))
    return P01["truth_head"], docs


def untitled(s):
    w = s.split()
    return " ".join(w[1:]) if w[0].upper().rstrip(".") in ("M", "MME", "MLLE", "MR") else s


def rib_fields(r):
    return {
        "holder_name": untitled(r["holder_print"]),
        "iban": r["iban"],
        "bic": r["bic"],
        "bank_name": r["bank_label"],
        "iban_valid": iban_valid(r["iban"]),
        "rib_key_valid": True,
    }


# --------------------------------------------------------------- p02 Iran
def p02(root):
    out = root / "packets" / "p02"
    out.mkdir(parents=True)
    a = P02["applicant"]
    docs = [
        make_form(
            out,
            a,
            P02["form"],
            R("p02form"),
            "phone_photo",
            ["IMG_8841.jpg", "IMG_8842.jpg"],
            2,
            rot=(0, 90),
        )
    ]
    docs.append(make_passport(out, a, P02["passport"], R("p02pp"), "scan", "scan_passeport.jpg"))
    c = P02["permit"]
    mrz = td1(
        "IR",
        "FRA",
        c["number"],
        a["dob"],
        a["sex"],
        c["expiry"],
        a["nat"],
        a["surname"],
        a["given"],
    )
    front, back = ids.permit(dict(c, mrz=mrz), R("p02ts"))
    page = looks.on_a4(front, 200, (85.6, 54), (25, 30), back, (85.6, 54), (25, 100))
    looks.save_jpg(looks.scan(page, R("p02tsscan")), out / "scan_titre_sejour.jpg", 85)
    f = id_fields(
        c["surname"], c["given"], c["number"], a["nat"], "FRA", a["dob"], a["sex"], c["expiry"]
    )
    docs.append(
        entry(
            [f1("scan_titre_sejour.jpg")],
            "residence_permit",
            "scan",
            f,
            "carte de séjour temporaire 'visiteur', front and back on one page, TD1",
        )
    )
    imgs = ids.ir_birth(P02["birth"], R("p02birth"))
    rr = R("p02birthscan")
    for i, im in enumerate(imgs):
        looks.save_jpg(looks.scan(im, rr), out / ("shenasnameh_p%d.jpg" % (i + 1)), 84)
    docs.append(
        entry(
            [f1("shenasnameh_p1.jpg"), f1("shenasnameh_p2.jpg")],
            "birth_certificate",
            "scan",
            P02["birth_fields"],
            P02["birth_notes"],
        )
    )
    t = dict(P02["translation"])
    tr = ids.translation(t, R("p02tr"))
    looks.image_pdf(tr, out / "traduction_assermentee.pdf", R("p02trscan"))
    docs.append(
        entry(
            [f1("traduction_assermentee.pdf")],
            "translation",
            "image_pdf",
            P02["translation_fields"],
            "sworn translation fa -> fr",
        )
    )
    h = P02["host"]
    docs.append(
        make_passport(
            out,
            h,
            P02["host_passport"],
            R("p02hpp"),
            "phone_photo",
            "passeport_darius.jpg",
            rot=180,
        )
    )
    docs[-1]["notes"] = "host's French passport (cousin)"
    att = frdocs.attestation(P02["attestation"], R("p02att"))
    looks.save_jpg(looks.scan(att, R("p02attscan")), out / "attestation_hebergement.jpg", 85)
    at = P02["attestation"]
    docs.append(
        entry(
            [f1("attestation_hebergement.jpg")],
            "hosting_attestation",
            "scan",
            {
                "host_name": at["host_print"],
                "hosted_name": at["hosted_print"],
                "address": ", ".join(at["address_lines"]),
                "since_date": at["since"],
                "signed_on": at["signed_on"],
                "signed": True,
            },
            "typed, printed, signed by hand",
        )
    )
    for i, b in enumerate(P02["bills"]):
        name = "facture_orange_%s.pdf" % b["month_name"]
        frdocs.orange_bill(b, R("p02or%d" % i), out / name)
        docs.append(
            entry(
                [f1(name)],
                "utility_bill",
                "text_pdf",
                {
                    "provider": "Orange",
                    "service": "internet",
                    "holder_name": untitled(b["holder_print"]),
                    "address": ", ".join(b["address_lines"]),
                    "issue_date": b["issue_date"],
                    "period_start": b["start"],
                    "period_end": b["end"],
                    "amount": b["amount_fr"],
                    "month": b["start"][:7],
                },
                "host's Livebox bill",
            )
        )
    r = P02["rib"]
    frdocs.rib(r, R("p02rib"), "pdf", out / "RIB_LBP.pdf")
    docs.append(
        entry(
            [f1("RIB_LBP.pdf")],
            "rib",
            "text_pdf",
            rib_fields(r),
            "La Banque Postale account number contains a letter",
        )
    )
    return P02["truth_head"], docs


# --------------------------------------------------------------- p03 Bangladesh
def p03(root):
    out = root / "packets" / "p03"
    out.mkdir(parents=True)
    a = P03["applicant"]
    docs = [
        make_form(out, a, P03["form"], R("p03form"), "text_pdf", ["demande_puma_signee.pdf"], 2)
    ]
    docs[0]["notes"] += "; typed in the PDF, signature image pasted (vector strokes)"
    docs.append(
        make_passport(
            out, a, P03["passport"], R("p03pp"), "phone_photo", "IMG_20261120_101522.jpg", rot=180
        )
    )
    docs.append(make_visa(out, a, P03["visa"], R("p03visa"), "scan", "visa_scan.jpg"))
    bimg = ids.bd_birth(P03["birth"], R("p03birth"))
    aimg = ids.apostille(P03["apostille"], R("p03apo"))
    looks.image_pdf([bimg, aimg], out / "birth_certificate_apostille.pdf", R("p03bscan"))
    docs.append(
        entry(
            [f1("birth_certificate_apostille.pdf", (1,))],
            "birth_certificate",
            "image_pdf",
            P03["birth_fields"],
            "bdris birth registration certificate",
        )
    )
    ap = P03["apostille"]
    docs.append(
        entry(
            [f1("birth_certificate_apostille.pdf", (2,))],
            "apostille",
            "image_pdf",
            {
                "country": "Bangladesh",
                "issued_on": ap["issued_on"],
                "number": ap["number"],
                "signed_by": ap["signed_by"],
            },
            "e-apostille by MOFA Bangladesh (Convention in force since 2025-03-30)",
        )
    )
    L = P03["lease"]
    frdocs.lease(L, R("p03lease"), "pdf", out / "bail_meuble_lille.pdf")
    docs.append(
        entry(
            [f1("bail_meuble_lille.pdf", (1, 2))],
            "lease",
            "text_pdf",
            L["fields"],
            "bail meublé, started well over 3 months before as_of",
        )
    )
    c = P03["contract"]
    imgs = frdocs.contract(c, R("p03cdd"), "img")
    looks.image_pdf(imgs, out / "CDD_NordLog.pdf", R("p03cddscan"))
    docs.append(
        entry(
            [f1("CDD_NordLog.pdf", range(1, len(imgs) + 1))],
            "employment_contract",
            "image_pdf",
            c["fields"],
        )
    )
    p = P03["payslip"]
    img = frdocs.payslip(p, R("p03pay"), "img")[0]
    looks.save_jpg(looks.scan(img, R("p03payscan")), out / "bulletin_oct.jpg", 86)
    docs.append(entry([f1("bulletin_oct.jpg")], "payslip", "scan", p["fields"]))
    r = P03["rib"]
    scr = frdocs.bourso_screen(r, R("p03rib")).resize((1170, 2532))
    scr.save(out / "Screenshot_20261121-204455.png", optimize=False)
    docs.append(
        entry(
            [f1("Screenshot_20261121-204455.png")],
            "rib",
            "screenshot",
            rib_fields(r),
            "BoursoBank app, RIB/IBAN screen",
        )
    )
    return P03["truth_head"], docs


# --------------------------------------------------------------- p04 Madagascar
def p04(root):
    out = root / "packets" / "p04"
    out.mkdir(parents=True)
    a = P04["applicant"]
    docs = [
        make_form(
            out, a, P04["form"], R("p04form"), "scan", ["cerfa_page1.jpg", "cerfa_page2.jpg"], 1
        )
    ]
    docs.append(make_passport(out, a, P04["passport"], R("p04pp"), "image_pdf", "passeport.pdf"))
    docs.append(
        make_visa(out, a, P04["visa"], R("p04visa"), "phone_photo", "IMG_1203.jpg", rot=270)
    )
    img = ids.mg_birth(P04["birth"], R("p04birth"))
    looks.save_jpg(looks.phone_photo(img, R("p04bphoto"), 0), out / "acte_naissance.jpg", 87)
    docs.append(
        entry(
            [f1("acte_naissance.jpg")],
            "birth_certificate",
            "phone_photo",
            P04["birth_fields"],
            P04["birth_notes"],
        )
    )
    L = P04["lease"]
    imgs = frdocs.lease(L, R("p04lease"), "img")
    looks.image_pdf(imgs, out / "bail_toulouse.pdf", R("p04lscan"))
    docs.append(
        entry(
            [f1("bail_toulouse.pdf", (1, 2))],
            "lease",
            "image_pdf",
            L["fields"],
            "THE DEFECT: lease took effect %s, less than three months before as_of" % L["start"],
        )
    )
    r = P04["rib"]
    frdocs.rib(r, R("p04rib"), "pdf", out / "RIB_CA.pdf")
    docs.append(entry([f1("RIB_CA.pdf")], "rib", "text_pdf", rib_fields(r)))
    return P04["truth_head"], docs


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: generate.py OUT_DIR")
    root = Path(sys.argv[1])
    (root / "packets").mkdir(parents=True, exist_ok=True)
    (root / "documents").mkdir(exist_ok=True)
    names = []
    for name, fn in (("p01", p01), ("p02", p02), ("p03", p03), ("p04", p04)):
        head, docs = fn(root)
        t = dict(head)
        t["documents"] = docs
        write_truth(root, name, t)
        names.append(name)
    (root / "manifest.json").write_text(
        json.dumps({"packets": names, "documents": []}, indent=2) + "\n"
    )
    print("wrote", root)


if __name__ == "__main__":
    main()
