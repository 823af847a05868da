"""The four packets of set_di: facts, files and truth."""

from civil import egypt_birth, form, translation_fr
from common import (
    fr_iban,
    iban_mod97,
    images_pdf,
    phone_photo,
    render_pil,
    rib_key,
    rng_for,
    save_jpg,
    scan_effect,
    text_pdf,
)
from iddocs import on_paper, passport, visa_page
from life import (
    lbp_app,
    lease,
    quittance,
)

ALL_OK = {
    "application_form": "complete",
    "identity": "complete",
    "residence_status": "complete",
    "birth_certificate": "complete",
    "residence_proof": "complete",
    "bank_details": "complete",
    "employment": "complete",
}


def doc(files, typ, look, fields, notes=""):
    return {"files": files, "type": typ, "look": look, "fields": fields, "notes": notes}


def f1(path, pages=(1,)):
    return [{"path": path, "pages": list(pages)}]


def scan_img(page, rng, dpi=200):
    return scan_effect(render_pil(page, dpi), rng)


def photo_img(page, rng, rot=0, dpi=250):
    return phone_photo(render_pil(page, dpi), rng, rot=rot)


def bank(b, g, acc):
    key = rib_key(b, g, acc)
    iban = fr_iban(b, g, acc)
    assert iban_mod97(iban) and rib_key(b, g, acc) == key
    return key, iban


def passport_fields(p, valid=True):
    return {
        "surname": p["surname_print"],
        "given_names": p["given_print"],
        "document_number": p["number"],
        "nationality": p["country"],
        "issuing_country": p["country"],
        "date_of_birth": p["dob"],
        "sex": p["sex"],
        "expiry_date": p["expiry"],
        "mrz_valid": valid,
    }


def visa_fields(v, p, category):
    return {
        "surname": p["surname_print"],
        "given_names": p["given_print"],
        "document_number": v["number"],
        "nationality": p["country"],
        "issuing_country": "FRA",
        "date_of_birth": p["dob"],
        "sex": p["sex"],
        "expiry_date": v["until"],
        "mrz_valid": True,
        "visa_type": "D",
        "vls_ts": True,
        "category": category,
        "valid_from": v["from"],
        "valid_until": v["until"],
    }


def form_fields(f, status):
    return {
        "surname": f["surname"],
        "given_names": f["given"],
        "date_of_birth": f["dob"],
        "employment_status": status,
        "signed": True,
        "signed_on": f["date"],
        "nir": None,
    }


def rib_fields(r, bank_name):
    return {
        "holder_name": r["holder_print"],
        "iban": r["iban"],
        "bic": r["bic"],
        "bank_name": bank_name,
        "iban_valid": True,
        "rib_key_valid": True,
    }


# ---------------------------------------------------------------- p01 Egypt
def p01(folder):
    def R(k):
        return rng_for("set_di", "p01", k)

    p = {
        "country": "EGY",
        "number": "A27841590",
        "surname_print": "ABDEL AZIZ",
        "given_print": "KARIM MOHAMED FATHY",
        "surname_mrz": "ABDEL AZIZ",
        "given_mrz": "KARIM MOHAMED FATHY",
        "nat_print": "EGYPTIAN",
        "sex": "M",
        "dob": "1993-04-11",
        "pob_print": "ALEXANDRIA",
        "issued": "2023-02-14",
        "expiry": "2030-02-13",
    }
    docs = []
    fm = {
        "surname": "ABDEL AZIZ",
        "given": "KARIM MOHAMED FATHY",
        "sex": "M",
        "dob": p["dob"],
        "pob": "ALEXANDRIE, EGYPTE",
        "nat": "EGYPTIENNE",
        "addr": "27 RUE DE LA KRUTENAU",
        "cp": "67000",
        "city": "STRASBOURG",
        "phone": "07 58 21 44 90",
        "situation": "sans_activite",
        "place": "Strasbourg",
        "date": "2026-11-10",
        "fill": "hand",
        "hfont": "hand4",
        "ink": (25, 25, 30),
        "run": 0,
    }
    pg1, pg2 = form(fm, R("form"))
    save_jpg(photo_img(pg1, R("fp1"), 0), folder / "IMG_20261110_183402.jpg")
    save_jpg(photo_img(pg2, R("fp2"), 90), folder / "IMG_20261110_183419.jpg")
    docs.append(
        doc(
            [
                {"path": "IMG_20261110_183402.jpg", "pages": [1]},
                {"path": "IMG_20261110_183419.jpg", "pages": [1]},
            ],
            "application_form",
            "phone_photo",
            form_fields(fm, "not_employed"),
            "hand-filled cerfa in black ink, capitals without accents "
            "(print run 0); 'sans activité' ticked; "
            "page 2 photo rotated 90° (counter-clockwise)",
        )
    )
    pp, _ = passport(p, R("pass"))
    save_jpg(scan_img(on_paper([pp], R("pp")), R("pps"), 200), folder / "scan_passeport.jpg", 82)
    docs.append(
        doc(
            f1("scan_passeport.jpg"),
            "passport",
            "scan",
            passport_fields(p),
            "flatbed scan of the data page on an A4 sheet",
        )
    )
    v = {
        "number": "031278645",
        "from": "2026-03-02",
        "until": "2027-03-01",
        "days": 365,
        "issued_in": "LE CAIRE",
        "issued": "2026-02-10",
        "passport_number": p["number"],
        "name_line": "ABDEL AZIZ KARIM MOHAMED FATHY",
        "remark1": "VLS-TS VISITEUR",
        "remark2": "VALANT TITRE DE SÉJOUR — SANS ACTIVITÉ PROFESSIONNELLE",
        "surname_mrz": p["surname_mrz"],
        "given_mrz": p["given_mrz"],
        "nat": "EGY",
        "dob": p["dob"],
        "sex": "M",
    }
    vp, _ = visa_page(v, R("visa"))
    save_jpg(
        phone_photo(render_pil(vp, 600), R("vph"), rot=270), folder / "IMG_20261110_184012.jpg"
    )
    docs.append(
        doc(
            f1("IMG_20261110_184012.jpg"),
            "long_stay_visa",
            "phone_photo",
            visa_fields(v, p, "VISITEUR"),
            "visa sticker photographed, rotated 270°",
        )
    )
    b = {
        "reg": "1993/0418/0276",
        "ar_name": "كريم",
        "ar_dob": "١١/٠٤/١٩٩٣",
        "ar_pob": "الإسكندرية - قسم سيدي جابر",
        "ar_father": "محمد فتحي عبد العزيز",
        "ar_mother": "نادية السيد حسن",
        "nid": "29304110201571",
        "ar_issued": "٠٣/١٢/٢٠٢٥",
        "leg_no": "2025/88412",
        "leg_date": "2025-12-07",
    }
    eg = egypt_birth(b, R("bc"))
    t = {
        "translator": "Samira Benali-Haddad",
        "court": "Cour d'appel de Colmar",
        "translator_addr": "12 quai Kléber, 67000 Strasbourg",
        "reg": b["reg"],
        "rows": [
            ("Nom de l'enfant", "Karim"),
            ("Sexe", "masculin"),
            ("Date de naissance", "11/04/1993"),
            ("Lieu de naissance", "Alexandrie (Sidi Gaber), Égypte"),
            ("Nationalité", "égyptienne"),
            ("Nom du père", "Mohamed Fathy ABDEL AZIZ"),
            ("Religion du père", "musulmane"),
            ("Nom de la mère", "Nadia El Sayed Hassan"),
            ("N° national", b["nid"]),
        ],
        "extra": [
            "Note du traducteur : selon l'usage égyptien, le nom complet de l'intéressé est",
            "KARIM MOHAMED FATHY ABDEL AZIZ (prénom, prénoms du père et du grand-père, nom).",
            "Délivré le 03/12/2025. Légalisation du ministère des "
            "Affaires étrangères n° 2025/88412.",
        ],
        "place": "Strasbourg",
        "date_fr": "20 janvier 2026",
        "number": "T-2026-0113",
    }
    tr = translation_fr(t, R("tr"))
    images_pdf(
        [scan_img(eg, R("bcs"), 150), scan_img(tr, R("trs"), 150)],
        folder / "acte_naissance_traduction.pdf",
    )
    bc_fields = {
        "surname": "ABDEL AZIZ",
        "given_names": "Karim Mohamed Fathy",
        "date_of_birth": p["dob"],
        "place_of_birth": "Alexandrie (Sidi Gaber), Égypte",
        "issuing_country": "EGY",
        "language": "ar",
        "has_apostille": False,
    }
    docs.append(
        doc(
            f1("acte_naissance_traduction.pdf", [1]),
            "birth_certificate",
            "image_pdf",
            bc_fields,
            "Egyptian computerised birth certificate in Arabic: child's "
            "name كريم, father محمد فتحي عبد العزيز "
            "(name chain). Egypt is not a party to the Apostille "
            "Convention: it carries the Egyptian "
            "Foreign Ministry legalisation stamp instead, which "
            "domain.md accepts (legalisation route).",
        )
    )
    docs.append(
        doc(
            f1("acte_naissance_traduction.pdf", [2]),
            "translation",
            "image_pdf",
            {
                "source_language": "ar",
                "target_language": "fr",
                "translator": t["translator"],
                "surname": "ABDEL AZIZ",
                "given_names": "Karim Mohamed Fathy",
                "date_of_birth": p["dob"],
            },
            "sworn translation (traduction certifiée conforme) of page 1",
        )
    )
    le = {
        "landlord": "SCI LES TILLEULS",
        "landlord_addr": "4 place Broglie, 67000 Strasbourg",
        "agent": "Krutenau Gestion Immobilière",
        "tenants_print": ["M. Karim Mohamed Fathy ABDEL AZIZ"],
        "tenant_dob": p["dob"],
        "tenant_pob": "Alexandrie (Égypte)",
        "address": "27 rue de la Krutenau, 3e étage gauche, 67000 Strasbourg",
        "surface": "31",
        "rooms": "1",
        "start": "2026-03-15",
        "rent": 545.0,
        "charges": 60.0,
        "signed": "2026-03-10",
        "city": "Strasbourg",
    }
    text_pdf(lease(le, R("lease")), folder / "bail_krutenau.pdf", "Contrat de location")
    docs.append(
        doc(
            f1("bail_krutenau.pdf", [1, 2]),
            "lease",
            "text_pdf",
            {
                "tenant_names": ["Karim Mohamed Fathy ABDEL AZIZ"],
                "landlord": "SCI LES TILLEULS",
                "address": "27 rue de la Krutenau, 3e étage gauche, 67000 Strasbourg",
                "start_date": "2026-03-15",
            },
            "bail loi 1989, started 2026-03-15 (more than 3 months before as_of)",
        )
    )
    q = {
        "landlord": "SCI LES TILLEULS",
        "address": "27 rue de la Krutenau, 67000 Strasbourg",
        "tenant": "M. Karim ABDEL AZIZ",
        "total": 605.0,
        "rent": 545.0,
        "charges": 60.0,
        "p0": "2026-10-01",
        "p1": "2026-10-31",
        "city": "Strasbourg",
        "date": "2026-10-06",
        "month_words": "octobre 2026",
    }
    scan_img(quittance(q, R("q")), R("qs"), 200).save(folder / "quittance_octobre.png")
    docs.append(
        doc(
            f1("quittance_octobre.png"),
            "unknown",
            "scan",
            {},
            "quittance de loyer for October 2026 (a rent receipt, not a lease); supports the lease",
        )
    )
    key, iban = bank("20041", "01015", "0842197R067")
    r = {
        "holder_print": "M ABDEL AZIZ KARIM MOHAMED FATHY",
        "acc": "0842197R067",
        "iban": iban,
        "bic": "PSSTFRPPSTR",
        "agency": "La Banque Postale Strasbourg",
        "b": "20041",
        "g": "01015",
        "key": key,
    }
    lbp = lbp_app(r, R("rib"))
    render_pil(lbp, 254).save(folder / "Screenshot_20261109-101733.png")
    docs.append(
        doc(
            f1("Screenshot_20261109-101733.png"),
            "rib",
            "screenshot",
            rib_fields(r, "La Banque Postale"),
            "RIB screen of the bank's app",
        )
    )
    return {
        "as_of": "2026-11-18",
        "employed": False,
        "status": "complete",
        "requirements": dict(ALL_OK, employment="not_applicable"),
        "defect": None,
        "applicant": {
            "surname": "ABDEL AZIZ",
            "given_names": "KARIM MOHAMED FATHY",
            "date_of_birth": p["dob"],
        },
        "documents": docs,
    }


from packets2 import p02, p03  # noqa: E402
from packets3 import p04  # noqa: E402

PACKETS = [("p01", p01), ("p02", p02), ("p03", p03), ("p04", p04)]
