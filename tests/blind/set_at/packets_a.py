"""Packets p01 and p02 of set_at (and the form helper)."""

from __future__ import annotations

import common as C
import layouts_docs as D
import layouts_form as F
import layouts_fr as R
import layouts_id as ID
from kit import (
    ALL_OK,
    apo_fields,
    applicant,
    bill_fields,
    birth_fields,
    form_fields,
    id_fields,
    rib_fields,
    visa_fields,
)


def _form(pk, f, look, names, rot=(0, 0), run=1):
    pages = F.form_pages(f, pk.rng(), run)
    if look in ("text_pdf", "image_pdf"):
        pk.write(names[0], pages, look)
        return [(names[0], [1, 2])]
    for pg, fname, r in zip(pages, names, rot):
        pk.write(fname, [pg], look, rot=r, dpi=150 if look == "phone_photo" else 200)
    return [(names[0], [1]), (names[1], [1])]


# -- p01: Namibia, employed (payslip), tenant with a lease, hand-filled form -------------------------
def p01(pk, out):
    as_of = "2026-11-18"
    p = {
        "surname": "van Wyk",
        "given": "Elrike Johanna",
        "nat": "NAM",
        "natname": "Namibian",
        "dob": "1991-03-14",
        "sex": "F",
        "pob": "Windhoek",
        "doc": "P0421788",
        "issued": "2021-02-12",
        "expiry": "2031-02-11",
        "authority": "MHAISS WINDHOEK",
    }
    a1, a2 = "27 rue Paul Bert", "69003 Lyon"
    f = {
        "surname": "van Wyk",
        "usage": None,
        "given": "Elrike Johanna",
        "sex": "F",
        "dob": p["dob"],
        "pob_city": "Windhoek",
        "pob_country": "Namibie",
        "nationality": "namibienne",
        "address": a1,
        "cp": "69003",
        "city": "Lyon",
        "phone": "07 58 21 64 90",
        "email": "elrike.vanwyk@gmail.com",
        "situation": "salarie",
        "contract": "CDI",
        "job": "Data analyst",
        "place": "Lyon",
        "date_text": "02/11/2026",
        "fill": "hand",
        "hand_font": "ecolier",
        "signer": "E. van Wyk",
    }
    files = _form(pk, f, "phone_photo", ["IMG_4410.jpg", "IMG_4411.jpg"], (0, 90))
    pk.doc(
        files,
        "application_form",
        "phone_photo",
        form_fields(f, "2026-11-02", True),
        "hand-filled, print run 1; page 2 photo rotated 90",
    )
    pg, _ = ID.passport(p, pk.rng())
    pk.write("IMG_4402.jpg", [pg], "phone_photo", dpi=300, fill=0.7)
    pk.doc(
        [("IMG_4402.jpg", [1])],
        "passport",
        "phone_photo",
        id_fields(p),
        "open booklet, data page below an observations page",
    )
    v = {
        "doc": "046318275",
        "surname": "van Wyk",
        "given": "Elrike Johanna",
        "nat": "NAM",
        "dob": p["dob"],
        "sex": "F",
        "from": "2026-04-20",
        "until": "2027-04-19",
        "days": "365",
        "issued_in": "WINDHOEK",
        "issued": "2026-04-02",
        "passport": p["doc"],
        "remark1": "VLS-TS SALARIE",
        "remark2": "CESEDA R.431-16 / A VALIDER DES L'ARRIVEE",
    }
    vp, _ = ID.visa(v, pk.rng())
    pk.write("IMG_4403.jpg", [vp], "phone_photo", rot=90, dpi=300, fill=0.7)
    pk.doc(
        [("IMG_4403.jpg", [1])],
        "long_stay_visa",
        "phone_photo",
        visa_fields(v, "SALARIE"),
        "visa sticker page, photo rotated 90",
    )
    b = {
        "surname": "van Wyk",
        "given": "Elrike Johanna",
        "sex": "F",
        "dob": p["dob"],
        "pob": "Windhoek",
        "idno": "91031400388",
        "father": "van Wyk Hendrik Petrus",
        "mother": "van Wyk Anna Maria",
        "mother_maiden": "Beukes",
        "reg_date": "1991-04-02",
        "reg_no": "B 1991/04417",
        "issued": "2026-02-09",
        "cert_no": "0718243",
        "registrar": "T. Nghipandulwa",
    }
    ap = {
        "country": "Republic of Namibia",
        "signer_doc": "T. Nghipandulwa",
        "capacity": "Registrar-General",
        "seal_of": "Ministry of Home Affairs",
        "at": "Windhoek",
        "issued": "2026-02-17",
        "by": "Registrar of the High Court",
        "number": "APO 2026/01187",
        "stamp": ["HIGH COURT", "OF NAMIBIA", "REGISTRAR"],
    }
    pk.write(
        "acte_de_naissance.pdf",
        [ID.birth_namibia(b, pk.rng()), ID.apostille(ap, pk.rng())],
        "image_pdf",
    )
    pk.doc(
        [("acte_de_naissance.pdf", [1])],
        "birth_certificate",
        "image_pdf",
        birth_fields(b, "NAM"),
        "full birth certificate, English",
    )
    pk.doc([("acte_de_naissance.pdf", [2])], "apostille", "image_pdf", apo_fields(ap))
    le = {
        "landlord": "SCI Les Pentes, représentée par M. Gérald Fournier",
        "landlord_addr": "4 place Sathonay, 69001 Lyon",
        "tenants_print": ["Mme Elrike Johanna VAN WYK"],
        "addr1": a1,
        "addr2": a2,
        "desc": "Appartement de type T2 de 41 m², 3e étage, avec cave.",
        "start": "2026-05-15",
        "rent": 780.0,
        "charges": 65.0,
        "city": "Lyon",
        "signed": "2026-05-09",
        "landlord_sig": "G. Fournier",
        "tenant_sig": "E. van Wyk",
    }
    pk.write("bail_lyon.pdf", D.lease_pages(le, pk.rng()), "image_pdf")
    pk.doc(
        [("bail_lyon.pdf", [1, 2])],
        "lease",
        "image_pdf",
        {
            "tenant_names": ["Elrike Johanna VAN WYK"],
            "landlord": "SCI Les Pentes",
            "address": a1 + ", " + a2,
            "start_date": "2026-05-15",
        },
        "bail loi 1989, started 6 months before as_of",
    )
    iban, key = C.fr_iban("30004", "00823", "00010458732")
    r = {
        "holder_print": "MME ELRIKE JOHANNA VAN WYK",
        "addr1": a1.upper(),
        "addr2": a2.upper(),
        "agency": "BNP PARIBAS LYON CROIX-ROUSSE",
        "bank": "30004",
        "branch": "00823",
        "account": "00010458732",
        "key": key,
        "iban": iban,
        "bic": "BNPAFRPPXXX",
    }
    pk.write("RIB_BNP.pdf", [R.rib_bnp(r, pk.rng())], "text_pdf")
    pk.doc(
        [("RIB_BNP.pdf", [1])],
        "rib",
        "text_pdf",
        rib_fields(r, "ELRIKE JOHANNA VAN WYK", "BNP Paribas"),
    )
    s = {
        "employer": "Kestrel Analytics SAS",
        "emp_addr1": "12 quai Rambaud",
        "emp_addr2": "69002 Lyon",
        "siret": C.siret("84217730", "0021"),
        "naf": "6201Z",
        "ccn": "Syntec (IDCC 1486)",
        "employee_print": "Mme Elrike VAN WYK",
        "addr1": a1,
        "addr2": a2,
        "job": "Data analyst",
        "hired": "2026-05-04",
        "status": "Cadre",
        "start": "2026-10-01",
        "end": "2026-10-31",
        "gross": 3450.0,
        "net_before": 2688.41,
        "net": 2510.97,
        "pas_rate": "6,6",
        "paid": "2026-10-30",
    }
    pk.write("bulletin_paie_octobre_2026.pdf", [D.payslip(s, pk.rng())], "text_pdf")
    pk.doc(
        [("bulletin_paie_octobre_2026.pdf", [1])],
        "payslip",
        "text_pdf",
        {
            "employer": s["employer"],
            "employee_name": "Elrike VAN WYK",
            "period": "2026-10",
            "net_pay": s["net"],
            "siret": s["siret"],
        },
    )
    pk.truth(out, as_of, True, dict(ALL_OK), None, applicant(p))


# -- p02: Guyana, employed (CDI contract), tenant with three Free bills ------------------------------
def p02(pk, out):
    as_of = "2026-11-24"
    p = {
        "surname": "Ramnarine-Persaud",
        "given": "Rohan Anil",
        "nat": "GUY",
        "natname": "Guyanese",
        "dob": "1988-07-02",
        "sex": "M",
        "pob": "Georgetown",
        "doc": "R0735519",
        "issued": "2022-08-30",
        "expiry": "2032-08-29",
        "authority": "CENTRAL IMMIGRATION GEORGETOWN",
    }
    a1, a2 = "8 allée des Tilleuls", "93100 Montreuil"
    f = {
        "surname": "Ramnarine-Persaud",
        "usage": None,
        "given": "Rohan Anil",
        "sex": "M",
        "dob": p["dob"],
        "pob_city": "Georgetown",
        "pob_country": "Guyana",
        "nationality": "guyanienne",
        "address": a1,
        "cp": "93100",
        "city": "Montreuil",
        "phone": "06 12 88 40 73",
        "email": "rohan.rp88@outlook.com",
        "situation": "salarie",
        "contract": "CDI",
        "job": "Technicien de maintenance",
        "place": "Montreuil",
        "date_text": "10/11/2026",
        "fill": "typed",
        "signer": "Rohan R-Persaud",
    }
    files = _form(pk, f, "image_pdf", ["formulaire_cpam.pdf"], run=2)
    pk.doc(
        files,
        "application_form",
        "image_pdf",
        form_fields(f, "2026-11-10", True),
        "typed, printed, signed by hand, scanned; print run 2",
    )
    pg, _ = ID.passport(p, pk.rng(), booklet=False)
    pk.write("passeport.jpg", [pg], "scan", dpi=300)
    pk.doc([("passeport.jpg", [1])], "passport", "scan", id_fields(p), "data page only")
    t = {
        "doc": "ZR7F42M19",
        "surname": "Ramnarine-Persaud",
        "given": "Rohan Anil",
        "nat": "GUY",
        "dob": p["dob"],
        "sex": "M",
        "expiry": "2027-09-14",
        "mention": "SALARIÉ",
        "pob": "Georgetown (GUY)",
        "address1": a1,
        "address2": a2,
        "issued": "2026-09-15",
        "prefecture": "PRÉFECTURE DE SEINE-SAINT-DENIS",
    }
    fr, bk, _ = ID.titre_sejour(t, pk.rng())
    pk.write("titre_sejour.jpg", [ID.card_sheet(fr, bk)], "scan", dpi=200)
    pk.doc(
        [("titre_sejour.jpg", [1])],
        "residence_permit",
        "scan",
        {k: v for k, v in id_fields({**t, "nat": "GUY"}).items()} | {"issuing_country": "FRA"},
        "front and back photocopied on one A4 sheet; carte de séjour temporaire salarié",
    )
    b = {
        "surname": "Ramnarine-Persaud",
        "given": "Rohan Anil",
        "sex": "M",
        "dob": p["dob"],
        "pob": "Georgetown Public Hospital, Georgetown",
        "district": "Georgetown",
        "father": "Anil Ramnarine",
        "mother": "Savitri Ramnarine-Persaud",
        "mother_maiden": "Persaud",
        "informant": "Anil Ramnarine, Father, Kitty, Georgetown",
        "reg_date": "1988-07-19",
        "reg_no": "4172",
        "issued": "2026-03-03",
        "cert_no": "GRO 0581126",
        "registrar": "Kerwin Bollers",
    }
    pk.write("birth_certificate.jpg", [ID.birth_guyana(b, pk.rng())], "scan", dpi=200)
    pk.doc(
        [("birth_certificate.jpg", [1])],
        "birth_certificate",
        "scan",
        birth_fields(b, "GUY") | {"place_of_birth": b["pob"]},
        "columnar certified copy of an entry of birth (landscape)",
    )
    ap = {
        "country": "Co-operative Republic of Guyana",
        "signer_doc": "Kerwin Bollers",
        "capacity": "Registrar General",
        "seal_of": "General Register Office",
        "at": "Georgetown",
        "issued": "2026-03-11",
        "by": "Ministry of Foreign Affairs",
        "number": "GY-AP-2026-00942",
        "stamp": ["MINISTRY OF", "FOREIGN AFFAIRS", "GUYANA"],
    }
    pk.write("apostille.jpg", [ID.apostille(ap, pk.rng())], "scan", dpi=200)
    pk.doc([("apostille.jpg", [1])], "apostille", "scan", apo_fields(ap))
    bills = []
    for i, (mo, last, amt, iss) in enumerate(
        [
            ("08", "31", 29.99, "2026-08-02"),
            ("09", "30", 29.99, "2026-09-02"),
            ("10", "31", 34.98, "2026-10-02"),
        ]
    ):
        bills.append(
            {
                "number": f"27{mo}48213{i}",
                "issue": iss,
                "holder_print": "M. ROHAN RAMNARINE-PERSAUD",
                "addr1": a1,
                "addr2": a2,
                "login": "fbx81734052",
                "line": "01 84 27 51 09",
                "offer": "Freebox Pop",
                "start": f"2026-{mo}-01",
                "end": f"2026-{mo}-{last}",
                "base": 29.99,
                "amount": amt,
                "debit": f"2026-{mo}-05",
            }
        )
    for b_, fn in zip(bills[:2], ("Facture_Free_aout_2026.pdf", "Facture_Free_septembre.pdf")):
        pk.write(fn, [R.bill_free(b_, pk.rng())], "text_pdf")
        pk.doc(
            [(fn, [1])],
            "utility_bill",
            "text_pdf",
            bill_fields(b_, "Free", "internet", "ROHAN RAMNARINE-PERSAUD"),
        )
    bills[2]["history"] = [
        ("Septembre 2026", "29,99 €"),
        ("Août 2026", "29,99 €"),
        ("Juillet 2026", "29,99 €"),
    ]
    pk.write(
        "Screenshot_20261103-184512.png", [R.bill_app_screenshot(bills[2], pk.rng())], "screenshot"
    )
    pk.doc(
        [("Screenshot_20261103-184512.png", [1])],
        "utility_bill",
        "screenshot",
        bill_fields(bills[2], "Free", "internet", "ROHAN RAMNARINE-PERSAUD"),
        "Free app invoice screen; with the two PDFs: Aug, Sep, Oct 2026",
    )
    iban = C.iban_make("LT", "32500" + "71408863259")
    r = {"holder_print": "Rohan Anil Ramnarine-Persaud", "iban": iban, "bic": "REVOLT21"}
    pk.write("Screenshot_20261103-190204.png", [R.revolut_screen(r, pk.rng())], "screenshot")
    pk.doc(
        [("Screenshot_20261103-190204.png", [1])],
        "rib",
        "screenshot",
        rib_fields(r, "Rohan Anil Ramnarine-Persaud", "Revolut Bank UAB", fr=False),
        "Revolut account details screen; LT IBAN (foreign SEPA, acceptable, info)",
    )
    k = {
        "employer": "Thermibat Services",
        "form": "SARL",
        "capital": "50 000 €",
        "rcs": "Bobigny",
        "siren": "812 447 306",
        "siret": C.siret("81244730", "0018"),
        "emp_addr": "36 rue de Paris, 93100 Montreuil",
        "rep": "Mme Nadia Haddad",
        "rep_title": "gérante",
        "employee_print": "Monsieur Rohan Anil RAMNARINE-PERSAUD",
        "dob": p["dob"],
        "pob": "Georgetown (Guyana)",
        "nat_fr": "guyanienne",
        "addr": a1 + ", " + a2,
        "start": "2026-06-15",
        "job": "technicien de maintenance",
        "status": "ETAM",
        "ccn": "du bâtiment (ETAM)",
        "gross": 2350.0,
        "city": "Montreuil",
        "signed": "2026-06-08",
        "employee_sig": "R. Ramnarine-Persaud",
    }
    pk.write("contrat_travail_CDI.pdf", D.contract_pages(k, pk.rng()), "image_pdf")
    pk.doc(
        [("contrat_travail_CDI.pdf", [1, 2])],
        "employment_contract",
        "image_pdf",
        {
            "employer": "Thermibat Services",
            "employee_name": "Rohan Anil RAMNARINE-PERSAUD",
            "contract_type": "CDI",
            "job_title": "technicien de maintenance",
            "start_date": "2026-06-15",
        },
    )
    pk.truth(out, as_of, True, dict(ALL_OK), None, applicant(p))
