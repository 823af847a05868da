"""The four packets of set_bf. Each builder writes files into a folder and returns the truth."""

from __future__ import annotations

import io

import bills
import civil
import form
import ids
import life
import output
from bank import fr_iban, iban_ok
from render import Page, signature

REQ = [
    "application_form",
    "identity",
    "residence_status",
    "birth_certificate",
    "residence_proof",
    "bank_details",
    "employment",
]


def luhn_siret(prefix13: str) -> str:
    for d in range(10):
        s = prefix13 + str(d)
        tot = 0
        for i, ch in enumerate(reversed(s)):
            v = int(ch) * (2 if i % 2 else 1)
            tot += v - 9 if v > 9 else v
        if tot % 10 == 0:
            return s
    raise ValueError


def doc(files, typ, look, fields, notes=""):
    return {
        "files": [{"path": p, "pages": pg} for p, pg in files],
        "type": typ,
        "look": look,
        "fields": fields,
        "notes": notes,
    }


def id_fields(p, mrz_ok=True):
    return {
        "surname": p["surname"],
        "given_names": p["given"],
        "document_number": p["number"],
        "nationality": p.get("nat", p.get("country")),
        "issuing_country": p.get("issuer", p.get("country")),
        "date_of_birth": p["dob"],
        "sex": p["sex"],
        "expiry_date": p["expiry"],
        "mrz_valid": mrz_ok,
    }


def visa_fields(v, category):
    f = id_fields({**v, "expiry": v["valid_until"], "issuer": "FRA"})
    f.update(
        {
            "visa_type": "D",
            "vls_ts": True,
            "category": category,
            "valid_from": v["valid_from"],
            "valid_until": v["valid_until"],
        }
    )
    return f


def bill_fields(b):
    return {
        "provider": b["provider"],
        "service": b["service"],
        "holder_name": b["holder"],
        "address": ", ".join(b["addr"]),
        "issue_date": b["issue"],
        "period_start": b["start"],
        "period_end": b["end"],
        "amount": b["amount"],
        "month": b["start"][:7],
    }


def make_bill(rng, provider, ym, holder, holder_print, addr, ref, base, inv_prefix, line=""):
    start, end = bills.month_bounds(ym)
    issue = bills.next_month_day(ym, rng.randint(2, 6))
    due = bills.next_month_day(ym, rng.randint(14, 19))
    b = {
        "provider": provider,
        "holder": holder,
        "holder_print": holder_print,
        "addr": addr,
        "ref": ref,
        "start": start,
        "end": end,
        "issue": issue,
        "due": due,
        "inv": f"{inv_prefix}{rng.randint(10**7, 10**8 - 1)}",
        "line": line,
    }
    if provider == "EDF":
        b.update(
            service="electricity",
            kwh=rng.randint(140, 260),
            pdl=f"{rng.randint(10**13, 10**14 - 1)}",
        )
        b["amount"] = round(b["kwh"] * 0.2213 + base, 2)
    else:
        b.update(
            service="internet",
            offer="Livebox Fibre" if provider == "Orange" else "SFR Fibre Power",
            amount=round(base + rng.choice([0, 0, 1.5, 3.0]), 2),
        )
    return b


def form_fields(f, employed, situation, contract, signed_on, date_text):
    return {
        "surname": f["surname"],
        "usage_name": f.get("usage"),
        "given_names": f["given"],
        "sex": f["sex"],
        "date_of_birth": f["dob"],
        "employment_status": "employed" if employed else "not_employed",
        "situation": situation,
        "contract_type": contract,
        "signed": True,
        "signed_on": signed_on,
        "date_text": date_text,
        "place": f["place"],
        "nir": None,
    }


def truth(as_of, employed, applicant, documents, defect=None, bad=None):
    req = {r: "complete" for r in REQ}
    if not employed:
        req["employment"] = "not_applicable"
    if bad:
        req[bad[0]] = bad[1]
    return {
        "as_of": as_of,
        "employed": employed,
        "status": "incomplete" if bad else "complete",
        "requirements": req,
        "defect": defect,
        "applicant": applicant,
        "documents": documents,
    }


# ------------------------------------------------------------------ p01 Mali
def p01(rng, d):
    as_of = "2026-11-18"
    A = {"surname": "TRAORE", "given": "FATOUMATA BINTOU", "dob": "1994-03-17", "sex": "F"}
    pp = {
        **A,
        "country": "MLI",
        "number": "AA0463172",
        "issued": "2025-05-06",
        "expiry": "2030-05-05",
        "pob": "BAMAKO",
        "nat_text": "MALIENNE",
        "authority": "DGPN BAMAKO",
    }
    docs = []
    page, _ = ids.passport_page(rng, pp)
    output.photo_jpg(d / "IMG_20261109_174512.jpg", page, rng, rotate=90)
    docs.append(
        doc(
            [("IMG_20261109_174512.jpg", [1])],
            "passport",
            "phone_photo",
            id_fields(pp),
            "Malian ECOWAS passport data page, photo rotated 90°",
        )
    )
    v = {
        **A,
        "number": "019482736",
        "nat": "MLI",
        "valid_from": "2026-06-02",
        "valid_until": "2027-06-01",
        "days": 365,
        "issued_in": "BAMAKO",
        "issued_on": "2026-05-21",
        "passport": pp["number"],
        "remarks": [
            "VLS-TS VIE PRIVEE ET FAMILIALE",
            "CONJOINT DE FRANCAIS",
            "A VALIDER EN LIGNE DES L'ARRIVEE",
        ],
    }
    page, _ = ids.visa_sticker(rng, v)
    output.scan_jpg(d / "scan_0007.jpg", page, rng, card=True)
    docs.append(
        doc(
            [("scan_0007.jpg", [1])],
            "long_stay_visa",
            "scan",
            visa_fields(v, "VIE PRIVEE ET FAMILIALE - CONJOINT DE FRANCAIS"),
            "VLS-TS conjoint de Français, valid at as_of",
        )
    )
    bc = {
        "surname": "TRAORÉ",
        "given": "Fatoumata Bintou",
        "dob": "1994-03-17",
        "sex": "F",
        "commune": "Commune III",
        "act_no": "1187",
        "year_reg": "1994",
        "hour": "06h 40",
        "pob": "Bamako (Hôpital du Point G)",
        "father": "Moussa TRAORÉ",
        "father_job": "Commerçant",
        "mother": "Kadiatou DIARRA",
        "mother_job": "Ménagère",
        "parents_home": "Bamako, Quartier Bagadadji",
        "registered": "1994-03-22",
        "declarant": "Moussa TRAORÉ, le père",
        "issued_at": "Bamako",
        "issued": "2026-04-14",
        "officer": "Mme SIDIBÉ Aïssata",
    }
    output.scan_jpg(d / "acte_de_naissance.jpg", civil.mali_birth(rng, bc), rng, dpi=200)
    docs.append(
        doc(
            [("acte_de_naissance.jpg", [1])],
            "birth_certificate",
            "scan",
            {
                "surname": "TRAORÉ",
                "given_names": "Fatoumata Bintou",
                "date_of_birth": "1994-03-17",
                "place_of_birth": "Bamako",
                "issuing_country": "MLI",
                "language": "fr",
                "has_apostille": False,
            },
            "Malian extract; no apostille: France-Mali convention of 9 March 1962 "
            "exempts civil-status acts from legalisation (Mali not a Hague party)",
        )
    )
    # host: French spouse
    addr = ["14 rue Édouard Vaillant", "93100 Montreuil"]
    host = {
        "surname": "MARCHAND",
        "given": "Julien Pierre",
        "dob": "1989-11-02",
        "sex": "M",
        "kind": "cni",
        "number": "X7R3K9P2L",
        "expiry": "2032-02-13",
        "nat": "FRA",
        "back": [
            ("Adresse / Address", "14 RUE EDOUARD VAILLANT"),
            ("", "93100 MONTREUIL"),
            ("Lieu de naissance / Place of birth", "RENNES (35)"),
            ("Date de délivr. / Date of issue", "14 02 2022"),
            ("Autorité / Authority", "Préfecture d'Ille-et-Vilaine"),
        ],
    }
    att = {
        "host": "Julien MARCHAND",
        "host_dob": host["dob"],
        "host_pob": "Rennes (35)",
        "addr": addr,
        "since": "2026-06-05",
        "hosted": "Fatoumata Bintou TRAORÉ",
        "hosted_dob": A["dob"],
        "hosted_pob": "Bamako (Mali)",
        "city": "Montreuil",
        "signed_on": "2026-11-08",
        "font": "h_dkg",
    }
    output.photo_jpg(
        d / "IMG_20261109_175030.jpg", life.hosting_attestation(rng, att), rng, rotate=0
    )
    docs.append(
        doc(
            [("IMG_20261109_175030.jpg", [1])],
            "hosting_attestation",
            "phone_photo",
            {
                "host_name": "Julien MARCHAND",
                "hosted_name": "Fatoumata Bintou TRAORÉ",
                "address": ", ".join(addr),
                "since_date": "2026-06-05",
                "signed_on": "2026-11-08",
                "signed": True,
            },
            "handwritten by the husband, signed",
        )
    )
    front, _ = ids.fr_card(rng, {**host, "given": "Julien Pierre"}, "front")
    back, _ = ids.fr_card(rng, host, "back")
    output.scanned_pdf(d / "CNI_Julien.pdf", [_card_sheet(front, back)], rng)
    docs.append(
        doc(
            [("CNI_Julien.pdf", [1])],
            "national_id",
            "image_pdf",
            id_fields({**host, "nat": "FRA", "issuer": "FRA"}),
            "host's French ID card (2021 model), recto and verso on one scanned page",
        )
    )
    for ym, fn in [
        ("2026-08", "facture_EDF_2026-08.pdf"),
        ("2026-09", "facture_EDF_2026-09.pdf"),
        ("2026-10", "facture_EDF_2026-10.pdf"),
    ]:
        b = make_bill(
            rng,
            "EDF",
            ym,
            "Julien MARCHAND",
            "M JULIEN MARCHAND",
            addr,
            "6 004 318 275",
            14.6,
            "10 ",
        )
        output.text_pdf(d / fn, [bills.edf_bill(rng, b)], "Facture EDF", "EDF")
        docs.append(
            doc([(fn, [1])], "utility_bill", "text_pdf", bill_fields(b), "host's bill (host route)")
        )
    ib, key = fr_iban("20041", "00001", "1234567A020")
    holder = ["M JULIEN MARCHAND", "OU MME FATOUMATA BINTOU TRAORE", *[a.upper() for a in addr]]
    r = {
        "bank": "La Banque Postale",
        "holder_lines": holder,
        "bank_code": "20041",
        "branch": "00001",
        "account": "1234567A020",
        "key": key,
        "iban": ib,
        "bic": "PSSTFRPPPAR",
        "printed": "2026-10-27",
        "branch_lines": ["La Banque Postale", "Centre Financier de Paris", "75900 Paris CEDEX 15"],
        "legal": "La Banque Postale - SA à Directoire et Conseil de surveillance - RCS Paris "
        "421 100 645",
    }
    output.text_pdf(d / "RIB_compte_joint.pdf", [bills.rib_bank_pdf(rng, r)], "RIB", "LBP")
    docs.append(
        doc(
            [("RIB_compte_joint.pdf", [1])],
            "rib",
            "text_pdf",
            {
                "holder_name": "M JULIEN MARCHAND OU MME FATOUMATA BINTOU TRAORE",
                "iban": ib,
                "bic": "PSSTFRPPPAR",
                "bank_name": "La Banque Postale",
                "iban_valid": iban_ok(ib),
                "rib_key_valid": True,
            },
            "joint account including the applicant; account number holds a letter",
        )
    )
    f = {
        "surname": "TRAORÉ",
        "usage": "MARCHAND",
        "given": "Fatoumata Bintou",
        "sex": "F",
        "dob": A["dob"],
        "pob": "Bamako",
        "pob_country": "Mali",
        "nationality": "Malienne",
        "address": addr[0],
        "cp": "93100",
        "city": "Montreuil",
        "phone": "07 58 21 44 90",
        "situation": "sans_activite",
        "place": "Montreuil",
        "date_text": "09/11/2026",
        "hand_font": "h_ecolier",
    }
    pages, _, _ = form.build(rng, 0, f, "hand")
    output.photo_jpg(d / "IMG_20261109_174233.jpg", pages[0], rng, rotate=0)
    output.photo_jpg(d / "IMG_20261109_174301.jpg", pages[1], rng, rotate=270)
    docs.insert(
        0,
        doc(
            [("IMG_20261109_174233.jpg", [1]), ("IMG_20261109_174301.jpg", [1])],
            "application_form",
            "phone_photo",
            form_fields(f, False, "sans_activite", None, "2026-11-09", "09/11/2026"),
            "hand-filled, print run 0; page 2 photo rotated",
        ),
    )
    return truth(
        as_of,
        False,
        {"surname": A["surname"], "given_names": A["given"], "date_of_birth": A["dob"]},
        docs,
    )


def _card_sheet(front: Page, back: Page) -> Page:
    sheet = Page()
    sheet.image(front.to_image(400), 25, 25, front.w, front.h)
    sheet.image(back.to_image(400), 25, 95, back.w, back.h)
    return sheet


def _sig_png(rng):
    pg = Page(70, 26, (255, 255, 255))
    signature(pg, rng, 4, 3, 60, 20, (10, 20, 80))
    im = pg.to_image(300).convert("RGBA")
    px = im.load()
    for y in range(im.height):
        for x in range(im.width):
            r, g, b, _ = px[x, y]
            if r > 200 and g > 200 and b > 200:
                px[x, y] = (255, 255, 255, 0)
    buf = io.BytesIO()
    im.save(buf, "PNG")
    buf.seek(0)
    return buf
