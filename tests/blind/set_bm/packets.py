"""The four packets of set_bm. Each function draws the files and records the truth."""

from __future__ import annotations

from datetime import date

import civil
import fin
import forms
import ids
from generate import card_scan_img, page_img

ALL_OK = {
    "application_form": "complete",
    "identity": "complete",
    "residence_status": "complete",
    "birth_certificate": "complete",
    "residence_proof": "complete",
    "bank_details": "complete",
    "employment": "complete",
}


def luhn_siret(prefix13: str) -> str:
    for c in "0123456789":
        s = prefix13 + c
        tot = 0
        for i, ch in enumerate(reversed(s)):
            v = int(ch) * (2 if i % 2 else 1)
            tot += v - 9 if v > 9 else v
        if tot % 10 == 0:
            return s
    raise AssertionError


def month_bounds(y: int, m: int):
    start = date(y, m, 1)
    end = date(y + (m == 12), m % 12 + 1, 1).toordinal() - 1
    return start, date.fromordinal(end)


def id_fields(person, number, expiry, mrz_ok=True, **extra):
    f = {
        "surname": person["surname"].upper(),
        "given_names": person["given"].upper(),
        "document_number": number,
        "nationality": person["country"],
        "issuing_country": extra.pop("issuing", person["country"]),
        "date_of_birth": person["dob"].isoformat(),
        "sex": person["sex"],
        "expiry_date": expiry.isoformat(),
        "mrz_valid": mrz_ok,
    }
    f.update(extra)
    return f


def visa_fields(person, visa, category):
    return id_fields(
        person, visa["sticker_no"], visa["until"], issuing="FRA", visa_type="D", vls_ts=True,
        category=category, valid_from=visa["from"].isoformat(),
        valid_until=visa["until"].isoformat(),
    )  # fmt: skip


def form_fields(d, signed=True):
    return {
        "surname": d["surname"],
        "usage_name": d.get("usage"),
        "given_names": d["given"],
        "sex": d["sex"],
        "date_of_birth": d["dob"].isoformat(),
        "employment_status": "employed" if d["situation"] == "salarie" else "not_employed",
        "situation": d["situation"],
        "contract_type": d.get("contract"),
        "signed": signed,
        "signed_on": d["signed_on"].isoformat(),
        "date_text": d["date_text"],
        "place": d["place"],
        "nir": None,
    }


def applicant(person):
    return {
        "surname": person["surname"].upper(),
        "given_names": person["given"].upper(),
        "date_of_birth": person["dob"].isoformat(),
    }


# =========================================================================== p01 TUNISIA
def p01(P):
    me = {
        "surname": "Ben Ammar", "given": "Syrine", "sex": "F", "dob": date(1994, 3, 17),
        "country": "TUN", "passport_no": "Z4817260", "pp_issue": date(2023, 6, 12),
        "pp_expiry": date(2028, 6, 11), "pob_print": "SFAX",
    }  # fmt: skip
    me["surname_print"], me["given_print"] = "BEN AMMAR", "SYRINE"
    bro = {
        "surname": "Ben Ammar", "given": "Mehdi", "sex": "M", "dob": date(1989, 9, 4),
        "country": "TUN", "pob_print": "SFAX (TUNISIE)",
    }  # fmt: skip
    addr = ["14 rue Paul Bert", "Appartement 32", "69003 LYON"]
    # --- application form: hand filled, run A, phone photos (page 2 rotated)
    fd = {
        "surname": "BEN AMMAR", "usage": None, "given": "Syrine", "sex": "F",
        "dob": me["dob"], "pob": "Sfax, Tunisie", "nationality": "Tunisienne",
        "address": "14 rue Paul Bert, appt 32", "cp": "69003", "city": "Lyon",
        "phone": "07 58 21 40 96", "email": "syrine.benammar94@gmail.com",
        "situation": "salarie", "contract": "CDI", "job": "Ingénieure d'études",
        "place": "Lyon", "date_text": "09/11/2026", "signed_on": date(2026, 11, 9),
        "signature": "strokes",
    }  # fmt: skip
    f1 = forms.page1(fd, "A", "hand", P.sub(), "hand1")
    f2 = forms.page2(fd, "A", "hand", P.sub(), "hand1")
    P.photo("IMG_20261109_183012.jpg", page_img(f1, 150))
    P.photo("IMG_20261109_183040.jpg", page_img(f2, 150), rot=90)
    P.add([("IMG_20261109_183012.jpg", [1]), ("IMG_20261109_183040.jpg", [1])],
          "application_form", "phone_photo", form_fields(fd),
          "hand-filled; page 2 photo rotated 90 degrees")  # fmt: skip
    # --- passport (scan on A4)
    spec = {
        "tint": (222, 200, 200), "band": (140, 20, 30), "h1": "REPUBLIQUE TUNISIENNE",
        "h2": "PASSEPORT  -  PASSPORT", "arabic": "الجمهورية التونسية - جواز سفر",
        "labels": {"type": "Type", "code": "Code", "no": "N° du passeport / Passport No.",
                   "surname": "Nom / Surname", "given": "Prénoms / Given names",
                   "nat": "Nationalité / Nationality", "dob": "Date de naissance / Date of birth",
                   "sex": "Sexe / Sex", "pob": "Lieu de naissance / Place of birth",
                   "issue": "Date de délivrance / Date of issue", "auth": "Autorité / Authority",
                   "exp": "Date d'expiration / Date of expiry", "sig": "Signature"},
        "nat_text": "TUNISIENNE", "date_style": "slash", "authority": "TUNIS",
    }  # fmt: skip
    pp, _ = ids.passport_page(me, spec, P.sub())
    P.scan("passeport.jpg", card_scan_img([pp], P.sub(), 300), 200)
    P.add([("passeport.jpg", [1])], "passport", "scan",
          id_fields(me, me["passport_no"], me["pp_expiry"]), "photocopy-style A4 scan")  # fmt: skip
    # --- VLS-TS salarié, phone photo
    visa = {
        "sticker_no": "015738204", "from": date(2026, 2, 2), "until": date(2027, 2, 1),
        "days": "365", "issued_in": "TUNIS", "issued_on": date(2026, 1, 20),
        "remarks": ["VLS-TS SALARIE", "CESEDA R.431-16 15°", "A VALIDER EN LIGNE (ANEF)"],
    }  # fmt: skip
    vimg, _ = ids.visa_sticker(me, visa, P.sub())
    P.photo("IMG_20261109_183301.jpg", vimg)
    P.add([("IMG_20261109_183301.jpg", [1])], "long_stay_visa", "phone_photo",
          visa_fields(me, visa, "SALARIE"),
          "VLS-TS sticker; MRZ number = sticker number")  # fmt: skip
    # --- birth certificate (bilingual), image_pdf; exempt from apostille (FR-TN convention)
    b = {
        "city": "Sfax", "city_ar": "صفاقس", "dob": me["dob"], "act_no": "0412",
        "surname": "BEN AMMAR", "given": "Syrine", "sex_word": "Féminin",
        "dob_words": "Dix-sept mars mil neuf cent quatre-vingt-quatorze",
        "pob": "Sfax", "father": "Mohamed Ben Ammar", "mother": "Najet Trabelsi",
        "issued": date(2025, 12, 10),
    }  # fmt: skip
    P.image_pdf("extrait_naissance.pdf", [page_img(civil.tunisia_birth(b, P.sub()))])
    P.add([("extrait_naissance.pdf", [1])], "birth_certificate", "image_pdf",
          {"surname": "BEN AMMAR", "given_names": "SYRINE", "date_of_birth": "1994-03-17",
           "place_of_birth": "Sfax", "issuing_country": "TUN", "language": "ar+fr",
           "has_apostille": False},
          "Tunisian extrait d'acte de naissance, bilingual; no apostille needed "
          "(Franco-Tunisian convention of 28 June 1972 dispenses legalisation)")  # fmt: skip
    # --- attestation d'hébergement, handwritten, phone photo rotated 270
    h = {
        "host_name": "Mehdi Ben Ammar", "host_addr1": "14 rue Paul Bert, appt 32",
        "host_addr2": "69003 Lyon", "place_date_top": "Lyon, le 02/11/2026",
        "body": [
            "Je soussigné Mehdi Ben Ammar, né le 04/09/1989 à Sfax",
            "(Tunisie), demeurant 14 rue Paul Bert, appt 32, 69003 Lyon,",
            "atteste sur l'honneur héberger à mon domicile ma soeur",
            "Syrine Ben Ammar, née le 17/03/1994 à Sfax (Tunisie),",
            "depuis le 5 février 2026.",
            "Je joins la copie de mon titre de séjour et mes trois",
            "dernières factures Engie.",
            "Fait pour servir et valoir ce que de droit.",
        ],
        "closing": "Mehdi Ben Ammar",
    }  # fmt: skip
    P.photo("IMG_20261109_183522.jpg", page_img(civil.hosting_attestation(h, P.sub()), 150),
            rot=270)  # fmt: skip
    P.add([("IMG_20261109_183522.jpg", [1])], "hosting_attestation", "phone_photo",
          {"host_name": "Mehdi Ben Ammar", "hosted_name": "Syrine Ben Ammar",
           "address": "14 rue Paul Bert, appt 32, 69003 Lyon", "since_date": "2026-02-05",
           "signed_on": "2026-11-02", "signed": True},
          "handwritten on lined paper; photo rotated 270 degrees")  # fmt: skip
    # --- host's titre de séjour (front + back on one scanned page)
    ts = {
        "kind": "CARTE DE SEJOUR PLURIANNUELLE", "until": date(2029, 3, 14),
        "issued": date(2025, 3, 15), "number": "25HB71403", "agdref": "6903184527",
        "address1": "14 RUE PAUL BERT APT 32", "address2": "69003 LYON",
        "remarks": "SALARIE", "prefecture": "DU RHÔNE",
    }  # fmt: skip
    front, back, _ = ids.residence_card(bro, ts, P.sub())
    P.image_pdf("titre_sejour_Mehdi.pdf", [card_scan_img([front, back], P.sub(), 400)])
    P.add([("titre_sejour_Mehdi.pdf", [1])], "residence_permit", "image_pdf",
          id_fields(bro, ts["number"], ts["until"], issuing="FRA"),
          "the HOST's identity document (brother), front and back on one page")  # fmt: skip
    # --- three Engie bills in the brother's name (Aug, Sep, Oct 2026), text_pdf
    amounts = [(61.37, 38.12), (58.90, 41.05), (66.48, 52.70)]
    for i, m in enumerate((8, 9, 10)):
        st, en = month_bounds(2026, m)
        el, gz = amounts[i]
        bill = {
            "issue": date(2026, m + 1, 4), "due": date(2026, m + 1, 18), "start": st,
            "end": en, "holder_print": "M. MEHDI BEN AMMAR", "addr": addr,
            "client_ref": "1 046 382 719", "number": f"30 0{m}4 117 {52 + i}8",
            "account": "5002 8817 3394", "amount": round(el + gz, 2),
            "lines": [("Électricité - abonnement et consommation", f"{180 + 12 * i} kWh", el),
                      ("Gaz naturel - abonnement et consommation", f"{210 + 45 * i} kWh", gz)],
            "pdl": "21433806412795", "pce": "GI118402", }  # fmt: skip
        fname = f"Engie_facture_{st.strftime('%Y-%m')}.pdf"
        P.text_pdf(fname, [fin.engie_bill(bill)], "Facture ENGIE")
        P.add([(fname, [1])], "utility_bill", "text_pdf",
              {"provider": "ENGIE", "service": "energy", "holder_name": "MEHDI BEN AMMAR",
               "address": "14 rue Paul Bert, Appartement 32, 69003 LYON",
               "issue_date": bill["issue"].isoformat(), "period_start": st.isoformat(),
               "period_end": en.isoformat(), "amount": bill["amount"],
               "month": st.strftime("%Y-%m")},
              "host's bill (route 3)")  # fmt: skip
    # --- RIB BNP Paribas text_pdf
    iban, key = ids.fr_iban("30004", "00823", "00010456789")
    r = {"holder_print": "MME SYRINE BEN AMMAR", "addr": addr, "bank": "30004",
         "branch": "00823", "account": "00010456789", "key": key, "iban": iban,
         "agency": ["BNP PARIBAS LYON GUILLOTIERE", "2 GRANDE RUE DE LA GUILLOTIERE",
                    "69007 LYON"]}  # fmt: skip
    P.text_pdf("RIB_BNP.pdf", [fin.rib_page(r, "BNP")], "RIB")
    P.add([("RIB_BNP.pdf", [1])], "rib", "text_pdf",
          {"holder_name": "SYRINE BEN AMMAR", "iban": iban, "bic": "BNPAFRPPXXX",
           "bank_name": "BNP PARIBAS", "iban_valid": True, "rib_key_valid": True})  # fmt: skip
    # --- CDI (image_pdf 2 pages) + payslip (text_pdf)
    siret = luhn_siret("8412937650001")
    c = {
        "employer": "DATASOLUTIONS RHÔNE", "form": "SAS au capital de 50 000 €",
        "emp_addr": "27 quai Victor Augagneur, 69003 Lyon", "siret": siret,
        "rep": "Claire Vasseur", "rep_title": "Directrice des ressources humaines",
        "employee_print": "Madame Syrine BEN AMMAR", "dob_fr": "17 mars 1994",
        "pob": "Sfax (Tunisie)", "nat": "tunisienne",
        "addr": "14 rue Paul Bert, appt 32, 69003 Lyon", "start_fr": "16 février 2026",
        "ccn": "Syntec (IDCC 1486)", "job": "Ingénieure d'études", "status": "cadre",
        "coef": "115 (position 2.1)", "gross": "3 150,00 euros",
        "workplace": "Lyon (69003)", "city": "Lyon", "signed_fr": "9 février 2026",
    }  # fmt: skip
    P.image_pdf("contrat_CDI.pdf", [page_img(pg) for pg in fin.contract_pages(c, P.sub())])
    P.add([("contrat_CDI.pdf", [1, 2])], "employment_contract", "image_pdf",
          {"employer": "DATASOLUTIONS RHÔNE", "employee_name": "Syrine BEN AMMAR",
           "contract_type": "CDI", "job_title": "Ingénieure d'études",
           "start_date": "2026-02-16"})  # fmt: skip
    s = _slip(
        "DATASOLUTIONS RHÔNE",
        ["27 quai Victor Augagneur", "69003 LYON"],
        siret,
        "6202A",
        "Syntec (IDCC 1486)",
        "MME SYRINE BEN AMMAR",
        addr,
        "Ingénieure d'études",
        "Cadre",
        "16/02/2026",
        "A0217",
        3150.00,
        10,
        4.1,
    )
    P.text_pdf("bulletin_paie_2026_10.pdf", [fin.payslip(s)], "Bulletin de paie")
    P.add([("bulletin_paie_2026_10.pdf", [1])], "payslip", "text_pdf",
          {"employer": "DATASOLUTIONS RHÔNE", "employee_name": "SYRINE BEN AMMAR",
           "period": "2026-10", "net_pay": s["net"], "siret": siret})  # fmt: skip
    P.write_truth("2026-11-18", True, dict(ALL_OK), None, applicant(me))


def _slip(employer, emp_addr, siret, ape, ccn, name, addr, job, status, hired, mat, gross,
          month, pas):  # fmt: skip
    st, en = month_bounds(2026, month)
    ss = round(gross * 0.0690, 2)
    ret = round(gross * 0.0401, 2)
    csg = round(gross * 0.9825 * 0.068, 2)
    crds = round(gross * 0.9825 * 0.029, 2)
    mut = 32.40
    net_before = round(gross - ss - ret - csg - crds - mut, 2)
    net = round(net_before * (1 - pas / 100), 2)
    f = lambda v: f"{v:,.2f}".replace(",", " ").replace(".", ",")  # noqa: E731
    lines = [
        ("Salaire de base", "151,67", f(gross / 151.67), "", f(gross)),
        ("SALAIRE BRUT", "", "", "", f(gross)),
        ("Santé - complémentaire santé", f(gross), "", f(mut), ""),
        ("Retraite - Sécurité sociale plafonnée", f(gross), "6,90", f(ss), ""),
        ("Retraite complémentaire T1", f(gross), "4,01", f(ret), ""),
        ("CSG déductible de l'impôt sur le revenu", f(gross * 0.9825), "6,80", f(csg), ""),
        ("CSG/CRDS non déductible", f(gross * 0.9825), "2,90", f(crds), ""),
        ("TOTAL DES COTISATIONS ET CONTRIBUTIONS", "", "", f(ss + ret + csg + crds + mut), ""),
    ]
    return {
        "start": st, "end": en, "paid": en, "employer": employer, "emp_addr": emp_addr,
        "siret": siret, "ape": ape, "ccn": ccn, "employee_print": name, "addr": addr,
        "job": job, "status": status, "hired": hired, "matricule": mat, "lines": lines,
        "net_before": net_before, "net": net, "pas_rate": f"{pas:.1f}".replace(".", ","),
    }  # fmt: skip
