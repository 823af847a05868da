"""Packet p02 of set_ct. Senegal: three Orange bills with a gap (defect), VLS-TS, Revolut."""

from __future__ import annotations

import civil_ct as cv
import docs_ct as dc
import ids_ct as idc
from common_ct import (
    iban_make,
    iban_ok,
    phone_photo,
    rnd,
    save_jpg,
    scan,
)
from pkt_common import (
    REQS,
    SKIN,
    form_fields,
    form_hand,
    passport_dict,
    pp_fields,
    spaced,
    visa,
)


def p02(out, tmp):
    a = {
        "surname": "NDIAYE",
        "given": "MAME DIARRA",
        "dob": "1998-11-02",
        "sex": "F",
        "code": "SEN",
        "pp_no": "A02861534",
        "pp_exp": "2028-07-11",
        "skin": SKIN[1],
        "sig": "M. D. Ndiaye",
        "sig_font": "dkg_i",
        "form_surname": "NDIAYE",
        "form_given": "Mame Diarra",
        "pob_commune": "Thiès",
        "pob_pays": "Sénégal",
        "nat_fr": "Sénégalaise",
        "street": "27 rue de Paris",
        "cp": "93100",
        "city": "Montreuil",
        "tel": "07 53 88 10 42",
        "email": "",
        "situation": "demandeur_emploi",
        "place": "Montreuil",
        "date_text": "16/11/2026",
        "hand_font": "dkg",
    }
    a["pp_print"] = {
        "upper_title": "CEDEAO - ECOWAS",
        "upper_note": "République du Sénégal",
        "country_line": "RÉPUBLIQUE DU SÉNÉGAL",
        "doc_title": "PASSEPORT / PASSPORT  —  CEDEAO / ECOWAS",
        "tint": (200, 215, 195),
        "labels": {
            "type": "Type",
            "code": "Code / Code",
            "number": "Passeport N° / Passport No",
            "surname": "Nom / Surname",
            "given": "Prénoms / Given names",
            "nat": "Nationalité / Nationality",
            "sex": "Sexe / Sex",
            "dob": "Date de naissance / Date of birth",
            "pob": "Lieu de naissance / Place of birth",
            "issue": "Date de délivrance / Date of issue",
            "expiry": "Date d'expiration / Date of expiry",
            "auth": "Autorité / Authority",
        },
        "surname_print": "NDIAYE",
        "given_print": "MAME DIARRA",
        "nat_print": "SÉNÉGALAISE",
        "sex_print": "F",
        "dob_print": "02 NOV 1998",
        "pob_print": "THIES",
        "issue_print": "12 JUL 2023",
        "exp_print": "11 JUL 2028",
        "auth_print": "DIRECTION DE LA POLICE DE L'AIR ET DES FRONTIÈRES",
    }
    d = out
    docs = []
    # form: handwritten, two phone photos (page 2 rotated)
    r = rnd("p02/form")
    pages = form_hand(tmp / "p02_form.pdf", a, r, 1)
    save_jpg(phone_photo(pages[0], r, rot=0, table="wood"), d / "IMG_20261116_181205.jpg")
    save_jpg(phone_photo(pages[1], r, rot=270, table="wood"), d / "IMG_20261116_181231.jpg")
    docs.append(
        {
            "files": [
                {"path": "IMG_20261116_181205.jpg", "pages": [1]},
                {"path": "IMG_20261116_181231.jpg", "pages": [1]},
            ],
            "type": "application_form",
            "look": "phone_photo",
            "fields": form_fields(a),
            "notes": "printed blank (print run 1), filled by hand in blue ink; "
            "page 2 photo rotated 270 degrees",
        }
    )
    r = rnd("p02/pp")
    pd, _ = passport_dict(a, r)
    im = idc.on_sheet([(idc.passport(pd, r), 10, 10, 125)], r, 210, 297, dpi=200)
    save_jpg(scan(im, r), d / "passeport.jpg", q=84)
    docs.append(
        {
            "files": [{"path": "passeport.jpg", "pages": [1]}],
            "type": "passport",
            "look": "scan",
            "fields": pp_fields(a),
            "notes": "ECOWAS passport, open booklet on a flatbed A4 scan",
        }
    )
    r = rnd("p02/visa")
    vimg, vf = visa(
        a,
        {
            "serial": "FRA 037719264",
            "from": "2026-05-20",
            "until": "2027-05-19",
            "days": "365",
            "post": "DAKAR",
            "issued": "2026-05-06",
            "entry": "24.05.26",
            "remarks": ["VLS-TS VIE PRIVÉE ET FAMILIALE", "CONJOINT DE FRANÇAIS"],
            "category": "VLS-TS vie privée et familiale (conjoint de Français)",
        },
        r,
    )
    save_jpg(phone_photo(vimg, r, rot=0, table="white", fill=0.8), d / "visa.jpg")
    docs.append(
        {
            "files": [{"path": "visa.jpg", "pages": [1]}],
            "type": "long_stay_visa",
            "look": "phone_photo",
            "fields": vf,
            "notes": "Schengen D sticker, MRV-B MRZ carrying the passport number; red "
            "sticker serial FRA 037719264 is not the MRZ number",
        }
    )
    r = rnd("p02/birth")
    b = {
        "region": "Thiès",
        "dept": "Thiès",
        "commune": "Thiès-Nord",
        "year": "1998",
        "act": "1542",
        "dob_txt": "deux novembre mil neuf cent quatre-vingt-dix-huit (02/11/1998)",
        "time": "dix heures trente minutes",
        "pob": "Thiès",
        "sex_txt": "féminin",
        "given": "Mame Diarra",
        "surname": "NDIAYE",
        "father": "Ousmane NDIAYE",
        "mother": "Aminata FALL",
        "domicile": "Thiès, quartier Randoulène",
        "declared_txt": "05/11/1998",
        "issued_txt": "14/02/2026",
        "officer": "A. Sarr",
    }
    save_jpg(scan(cv.birth_senegal(b, r), r), d / "acte_naissance.jpg", q=86)
    docs.append(
        {
            "files": [{"path": "acte_naissance.jpg", "pages": [1]}],
            "type": "birth_certificate",
            "look": "scan",
            "fields": {
                "surname": "NDIAYE",
                "given_names": "Mame Diarra",
                "date_of_birth": a["dob"],
                "place_of_birth": "Thiès",
                "issuing_country": "SEN",
                "language": "fr",
                "has_apostille": False,
            },
            "notes": "no apostille: Senegal is dispensed by the Franco-Senegalese "
            "convention of 29 March 1974 (not a Hague apostille country)",
        }
    )
    # Orange bills: August, September, November (October missing)
    for i, (mon, issue, last) in enumerate(
        [("08", "2026-08-04", "31"), ("09", "2026-09-03", "30"), ("11", "2026-11-04", "30")]
    ):
        r = rnd(f"p02/bill{i}")
        amt = 42.99
        name = ["facture_orange_aout.pdf", "Facture_2026-09.pdf", "facture orange nov.pdf"][i]
        bd = {
            "holder_line": "Mme NDIAYE MAME DIARRA",
            "address": ["27 rue de Paris", "Bât. B, 2e étage", "93100 MONTREUIL"],
            "issue": issue,
            "number": f"LB{mon}26{48103 + i * 17:06d}",
            "account": "0823 4471 09",
            "debit": f"2026-{mon}-18",
            "refs": [("Ligne fixe", "01 48 57 22 61")],
            "period_label": f"Abonnement Livebox Fibre du 01/{mon}/2026 au {last}/{mon}/2026",
            "lines": [("Livebox Fibre — abonnement mensuel", 39.99), ("Décodeur TV", 3.00)],
            "amount": amt,
            "notes": [
                "Vous pouvez consulter et payer vos factures dans l'application MonOrange.",
                "Service client : 3900 (service gratuit + prix appel).",
            ],
        }
        dc.bill(d / name, "orange", bd)
        docs.append(
            {
                "files": [{"path": name, "pages": [1]}],
                "type": "utility_bill",
                "look": "text_pdf",
                "fields": {
                    "provider": "Orange",
                    "service": "internet",
                    "holder_name": "NDIAYE MAME DIARRA",
                    "address": "27 rue de Paris, Bât. B, 2e étage, 93100 Montreuil",
                    "issue_date": issue,
                    "period_start": f"2026-{mon}-01",
                    "period_end": f"2026-{mon}-{last}",
                    "month": f"2026-{mon}",
                    "amount": amt,
                },
                "notes": "monthly internet bill",
            }
        )
    r = rnd("p02/rib")
    bban = "32500" + "67548213906"
    iban = iban_make("LT", bban)
    assert iban_ok(iban)
    R = {
        "clock": "10:27",
        "holder": "Mame Diarra Ndiaye",
        "iban_print": spaced(iban),
        "bic": "REVOLT21",
        "address": "27 Rue de Paris, 93100, Montreuil, FR",
    }
    cv.revolut_screen(R, r).save(d / "Screenshot_20261115-102744.png")
    docs.append(
        {
            "files": [{"path": "Screenshot_20261115-102744.png", "pages": [1]}],
            "type": "rib",
            "look": "screenshot",
            "fields": {
                "holder_name": "Mame Diarra Ndiaye",
                "iban": iban,
                "bic": "REVOLT21",
                "bank_name": "Revolut Bank UAB",
                "iban_valid": True,
                "rib_key_valid": None,
            },
            "notes": "Lithuanian SEPA IBAN (Revolut): acceptable, information only",
        }
    )
    reqs = {k: "complete" for k in REQS}
    reqs["residence_proof"] = "invalid"
    reqs["employment"] = "not_applicable"
    return {
        "as_of": "2026-11-23",
        "employed": False,
        "status": "incomplete",
        "requirements": reqs,
        "defect": "residence_proof: the three Orange bills cover August, September and "
        "November 2026 (October missing), not three consecutive months",
        "applicant": {
            "surname": a["surname"],
            "given_names": a["given"],
            "date_of_birth": a["dob"],
        },
        "documents": docs,
    }
