"""Blind set set_cz (wave 42): four whole PUMa packets. Usage: generate.py OUT_DIR"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import cz_civil as cv
import cz_docs as dc
import cz_ids as ids
from cz_common import (
    be_iban,
    fr_iban,
    iban_ok,
    mrva,
    nir_key,
    on_a4,
    render_pdf,
    siret_make,
    td1,
    td3,
)
from cz_form import form_pdf
from cz_packet import LAB_EN, LAB_FR_EN, REQS, Packet, id_fields, pdate, ymd


# =========================================================== p01 Burkina Faso
def p01(out: Path):
    P = Packet(out, "p01", 4201)
    rng = P.rng
    S, G, DOB, SEX = "OUÉDRAOGO", "AÏCHA WENDKOUNI", "1994-03-12", "F"
    addr = "27 rue Pasteur, 69007 Lyon"
    pno, pexp = "B1273046", "2029-02-19"
    mrz = td3("P", "BFA", S, G, pno, "BFA", ymd(DOB), SEX, ymd(pexp))
    pp = {
        "header1": "BURKINA FASO - CEDEAO / ECOWAS",
        "header2": "PASSEPORT / PASSPORT",
        "labels": LAB_FR_EN,
        "type_code": "P",
        "issuing": "BFA",
        "number": pno,
        "surname": S,
        "given": G,
        "nat_text": "BURKINABÈ / BFA",
        "dob_text": pdate(DOB, "bil"),
        "sex": SEX,
        "pob": "OUAGADOUGOU",
        "issue_text": pdate("2024-02-20", "bil"),
        "authority": "ONI OUAGADOUGOU",
        "exp_text": pdate(pexp, "bil"),
        "mrz": mrz,
        "bg": (0.93, 0.95, 0.88),
        "accent": (0.1, 0.35, 0.15),
    }
    P.photo("passeport_aicha.jpg", ids.passport_page(pp, rng, 420))
    P.doc([("passeport_aicha.jpg", [1])], "passport", "phone_photo",
          id_fields(S, G, pno, "BFA", "BFA", DOB, SEX, pexp), "ECOWAS passport data page")  # fmt: skip

    vno, vfrom, vto = "004871236", "2026-04-20", "2027-04-19"
    vm = mrva("FRA", S, G, vno, "BFA", ymd(DOB), SEX, ymd(vto))
    vis = {"number": vno, "valid_from": vfrom, "valid_until": vto, "days": "365",
           "issued_in": "OUAGADOUGOU", "issued_on": "2026-04-06", "passport": pno,
           "surname": S, "given": G, "remarks": "VLS-TS SALARIE", "mrz": vm}  # fmt: skip
    P.scan("visa.jpg", on_a4(ids.visa_sticker(vis, rng, 200), 200, rng))
    vf = id_fields(S, G, vno, "BFA", "FRA", DOB, SEX, vto)
    vf.update(visa_type="D", vls_ts=True, category="SALARIE", valid_from=vfrom, valid_until=vto)
    P.doc([("visa.jpg", [1])], "long_stay_visa", "scan", vf,
          "photocopy of the visa page; MRZ carries the visa number")  # fmt: skip

    bc = {"arr": "4", "number": "1287", "reg_year": "1994", "surname": "OUÉDRAOGO",
          "given": "Aïcha Wendkouni", "sex_text": "Féminin",
          "dob_words": "douze mars mil neuf cent quatre-vingt-quatorze",
          "pob": "Ouagadougou (Secteur 15)", "father": "OUÉDRAOGO Salif",
          "father_job": "Commerçant", "mother": "SAWADOGO Mariam", "mother_job": "Ménagère",
          "issued": "2025-12-03", "officer": "KABORÉ Issouf"}  # fmt: skip
    ap = {"country": "Burkina Faso", "doc_signer": "KABORÉ Issouf",
          "doc_capacity": "Officier d'état civil", "doc_seal": "Mairie de Ouagadougou",
          "at": "Ouagadougou", "on": "2026-01-14",
          "by": "Ministère des Affaires étrangères", "number": "2026/0193/MAE-DAJC",
          "seal_top": "MAE BURKINA", "seal_bottom": "APOSTILLE"}  # fmt: skip
    P.image_pdf("acte_naissance_apostille.pdf", cv.bfa_birth(bc, ap, rng))
    P.doc([("acte_naissance_apostille.pdf", [1])], "birth_certificate", "image_pdf",
          {"surname": "OUÉDRAOGO", "given_names": "Aïcha Wendkouni", "date_of_birth": DOB,
           "place_of_birth": "Ouagadougou", "issuing_country": "BFA", "language": "fr",
           "has_apostille": True}, "date of birth written in words")  # fmt: skip
    P.doc([("acte_naissance_apostille.pdf", [2])], "apostille", "image_pdf",
          {"country": "Burkina Faso", "issued_on": "2026-01-14", "number": "2026/0193/MAE-DAJC",
           "signed_by": "Ministère des Affaires étrangères"})  # fmt: skip

    L = {"landlord": "Bernard FAYOLLE", "landlord_addr": "4 chemin des Mûriers, 69340 Francheville",
         "tenants_printed": ["Aïcha Wendkouni OUÉDRAOGO"], "address": addr, "surface": "31,5",
         "rooms": "1", "start": "2026-06-01", "rent": 585.0, "charges": 45.0, "city": "Lyon",
         "signed": "2026-05-22", "hand_sign": True}  # fmt: skip
    P.image_pdf("bail_lyon.pdf", dc.lease(L, rng))
    P.doc([("bail_lyon.pdf", [1, 2])], "lease", "image_pdf",
          {"tenant_names": ["Aïcha Wendkouni OUÉDRAOGO"], "landlord": "Bernard FAYOLLE",
           "address": addr, "start_date": "2026-06-01"},
          "bail loi 1989, started 5.5 months before as_of, signed by hand")  # fmt: skip

    siret = siret_make("81734529", "0017")
    nir13 = "2940399331042"
    nir = nir13 + nir_key(nir13)
    nir_print = f"{nir[0]} {nir[1:3]} {nir[3:5]} {nir[5:7]} {nir[7:10]} {nir[10:13]} {nir[13:]}"
    ps = {"start": "2026-10-01", "end": "2026-10-31", "paid": "2026-10-31",
          "employer": "RÉSIDENCE LES GLYCINES SAS", "emp_addr": ["112 avenue Jean Jaurès",
          "69007 LYON"], "siret": siret[:3] + " " + siret[3:6] + " " + siret[6:9] + " " + siret[9:],
          "naf": "8710A", "ccn": "FEHAP (IDCC 29)", "employee": "Mme OUÉDRAOGO Aïcha Wendkouni",
          "ee_addr": ["27 rue Pasteur", "69007 LYON"], "job": "Aide-soignante",
          "entry": "2026-05-04", "ct": "CDI", "nir_print": nir_print, "gross": 2105.46,
          "hours": 151.67, "pas_rate": 1.6, "net": 1696.78}  # fmt: skip
    P.pdf("bulletin_octobre_2026.pdf", dc.payslip(ps))
    P.doc([("bulletin_octobre_2026.pdf", [1])], "payslip", "text_pdf",
          {"employer": "RÉSIDENCE LES GLYCINES SAS", "employee_name": "OUÉDRAOGO Aïcha Wendkouni",
           "period": "2026-10", "net_pay": 1696.78, "siret": siret},
          "net_pay is the NET PAYÉ after income tax; NIR on it is valid (key checked)")  # fmt: skip

    iban, key = fr_iban("30003", "01879", "00050417263")
    rb = {"bank": {"bank": "30003", "branch": "01879", "account": "00050417263", "key": key},
          "iban": iban, "bic": "SOGEFRPP", "logo": "SOCIETE GENERALE", "color": (0.85, 0.0, 0.1),
          "intro": "Ce relevé est destiné à être remis, sur leur demande, à vos créanciers ou "
          "débiteurs appelés à faire inscrire des opérations à votre compte.",
          "holder_lines": ["MME OUEDRAOGO AICHA WENDKOUNI", "27 RUE PASTEUR", "69007 LYON"],
          "branch_lines": ["SG LYON JEAN MACE", "2 PLACE JEAN MACE", "69007 LYON",
                           "04 78 58 12 40"],
          "footer": "Société Générale - S.A. au capital de 1 000 395 971,25 EUR - "
          "552 120 222 RCS Paris - Siège social : 29 bd Haussmann 75009 Paris"}  # fmt: skip
    P.pdf("RIB_SG.pdf", dc.rib_doc(rb))
    P.doc([("RIB_SG.pdf", [1])], "rib", "text_pdf",
          {"holder_name": "OUEDRAOGO AICHA WENDKOUNI", "iban": iban, "bic": "SOGEFRPP",
           "bank_name": "Société Générale", "iban_valid": True, "rib_key_valid": True})  # fmt: skip

    fv = {"surname": "OUÉDRAOGO", "usage": "", "given": "AÏCHA WENDKOUNI", "sex": SEX, "dob": DOB,
          "pob": "Ouagadougou, Burkina Faso", "nationality": "Burkinabè",
          "address": "27 rue Pasteur", "postcode": "69007", "city": "Lyon",
          "phone": "07 58 21 64 09", "email": "aicha.ouedraogo94@gmail.com",
          "situation": ["salarie"], "job": "Aide-soignante", "contract": "CDI"}  # fmt: skip
    ff = {"run": "A", "fill": "hand", "values": fv, "place": "Lyon", "date_text": "12/11/2026",
          "signed": True, "hand_font": "HandA", "cross": True}  # fmt: skip
    pg = render_pdf(form_pdf(ff, rng), 200)
    P.photo("IMG_20261112_181503.jpg", pg[0])
    P.photo("IMG_20261112_181541.jpg", pg[1], rotate=270)
    P.doc([("IMG_20261112_181503.jpg", [1]), ("IMG_20261112_181541.jpg", [1])],
          "application_form", "phone_photo",
          {"surname": "OUÉDRAOGO", "given_names": "AÏCHA WENDKOUNI", "date_of_birth": DOB,
           "employment_status": "employed", "signed": True, "signed_on": "2026-11-12",
           "nir": None},
          "hand-filled, print run A; page 2 photo rotated 90 degrees")  # fmt: skip
    P.truth("2026-11-18", True, dict.fromkeys(REQS, "complete"), None,
            {"surname": S, "given_names": G, "date_of_birth": DOB})  # fmt: skip


# =========================================================== p02 United Kingdom
def p02(out: Path):
    P = Packet(out, "p02", 4202)
    rng = P.rng
    S, G, DOB, SEX = "O'CONNELL-HUGHES", "SIOBHAN MARY", "1988-07-23", "F"
    addr = "8 rue Ferrère, 33000 Bordeaux"
    pno, pexp = "130482957", "2033-05-11"
    mrz = td3("P", "GBR", S, G, pno, "GBR", ymd(DOB), SEX, ymd(pexp))
    pp = {
        "header1": "UNITED KINGDOM OF GREAT BRITAIN AND NORTHERN IRELAND",
        "header2": "PASSPORT / PASSEPORT",
        "labels": LAB_EN,
        "type_code": "P",
        "issuing": "GBR",
        "number": pno,
        "surname": S,
        "given": G,
        "nat_text": "BRITISH CITIZEN",
        "dob_text": pdate(DOB, "en"),
        "sex": SEX,
        "pob": "MANCHESTER",
        "issue_text": pdate("2023-05-11", "en"),
        "authority": "HMPO",
        "exp_text": pdate(pexp, "en"),
        "mrz": mrz,
        "bg": (0.95, 0.92, 0.93),
        "accent": (0.15, 0.12, 0.35),
        "tone": (0.86, 0.72, 0.64),
    }
    P.scan("passport scan.png", on_a4(ids.passport_page(pp, rng, 200), 200, rng), png=True)
    P.doc([("passport scan.png", [1])], "passport", "scan",
          id_fields(S, G, pno, "GBR", "GBR", DOB, SEX, pexp))  # fmt: skip

    tno, texp = "BX0738215", "2027-05-01"
    tm = td1("IR", "FRA", tno, ymd(DOB), SEX, ymd(texp), "GBR", S, G)
    card = {"title1": "RÉPUBLIQUE FRANÇAISE", "title2": "TITRE DE SÉJOUR / RESIDENCE PERMIT",
            "number": tno, "sig_name": S, "tone": (0.86, 0.72, 0.64),
            "front_fields": [("NOM / SURNAME", S), ("PRÉNOMS / GIVEN NAMES", G),
                             ("NATIONALITÉ", "GBR"), ("DATE DE NAISS.", "23 07 1988"),
                             ("SEXE", SEX), ("VALABLE JUSQU'AU / VALID UNTIL", "01 05 2027")],
            "back_fields": [("TYPE DE TITRE", "VISITEUR"),
                            ("REMARQUES", "AUTORISATION DE TRAVAIL : NON"),
                            ("ADRESSE", "8 RUE FERRERE 33000 BORDEAUX"),
                            ("DÉLIVRÉ PAR", "PRÉFECTURE DE LA GIRONDE - LE 02 05 2026")],
            "mrz": tm}  # fmt: skip
    front, back = ids.id1_card(card, rng, 500)
    P.photo("titre_sejour_recto.jpg", front, long_side=3264)
    P.photo("titre_sejour_verso.jpg", back, rotate=180, long_side=3264)
    P.doc([("titre_sejour_recto.jpg", [1]), ("titre_sejour_verso.jpg", [1])], "residence_permit",
          "phone_photo", id_fields(S, G, tno, "GBR", "FRA", DOB, SEX, texp),
          "titre de séjour visiteur, TD1 MRZ on the back; back photographed upside down")  # fmt: skip

    bb = {"app_no": "B218734/2", "entry": "341", "district": "Manchester",
          "subdistrict": "Manchester South", "area": "City of Manchester",
          "dob_words": "Twenty-third July 1988", "place": "St Mary's Hospital, Manchester",
          "name": "Siobhan Mary O'CONNELL-HUGHES", "sex": "Female",
          "father": "Declan Patrick O'CONNELL", "father_pob": "Cork, Ireland",
          "father_job": "Electrician", "mother": "Helen Margaret HUGHES",
          "mother_pob": "Stockport", "mother_maiden": "HUGHES",
          "parents_addr": "14 Mauldeth Road, Manchester", "informant": "Helen Margaret HUGHES",
          "reg_date": "Second August 1988", "registrar": "J. Bradshaw  Registrar",
          "issued_words": "3rd day of February 2026", "serial": "BXCH 418207"}  # fmt: skip
    bimg = render_pdf(cv.gbr_birth(bb, rng), 200)[0]
    P.scan("birth_certificate.jpg", bimg)
    P.doc([("birth_certificate.jpg", [1])], "birth_certificate", "scan",
          {"surname": "O'CONNELL-HUGHES", "given_names": "Siobhan Mary", "date_of_birth": DOB,
           "place_of_birth": "Manchester", "issuing_country": "GBR", "language": "en",
           "has_apostille": True}, "GRO certified copy; apostille in the separate apostille.jpg")  # fmt: skip
    ap = {"country": "United Kingdom of Great Britain and Northern Ireland",
          "doc_signer": "S. Patel", "doc_capacity": "Officer of the General Register Office",
          "doc_seal": "General Register Office", "at": "Milton Keynes", "on": "2026-02-17",
          "by": "Foreign, Commonwealth & Development Office", "number": "J417286",
          "seal_top": "FCDO", "seal_bottom": "APOSTILLE"}  # fmt: skip
    P.scan("apostille.jpg", render_pdf(cv.apostille_pdf(ap, rng), 200)[0])
    P.doc([("apostille.jpg", [1])], "apostille", "scan",
          {"country": "United Kingdom of Great Britain and Northern Ireland",
           "issued_on": "2026-02-17", "number": "J417286",
           "signed_by": "Foreign, Commonwealth & Development Office"})  # fmt: skip

    months = [("2026-08", "31", "2026-09-03"), ("2026-09", "30", "2026-10-03"),
              ("2026-10", "31", "2026-11-03")]  # fmt: skip
    for k, (mo, last, issue) in enumerate(months):
        b = {"number": f"F{2609417 + k * 131}-{mo[5:]}", "issue": issue,
             "account": "1.23874519", "line": "05 56 48 17 22",
             "addr_block": ["Mme Siobhan O'Connell-Hughes", "8 rue Ferrère", "33000 BORDEAUX"],
             "amount": 34.99, "debit": issue[:8] + "19", "start": mo + "-01",
             "end": f"{mo}-{last}", "offer": "Bbox fit", "install": addr,
             "holder": "Mme Siobhan O'Connell-Hughes"}  # fmt: skip
        fn = f"Facture_Bbox_{mo}.pdf"
        P.pdf(fn, dc.bouygues_bill(b))
        P.doc([(fn, [1])], "utility_bill", "text_pdf",
              {"provider": "Bouygues Telecom", "service": "internet",
               "holder_name": "Siobhan O'Connell-Hughes", "address": addr, "issue_date": issue,
               "period_start": mo + "-01", "period_end": f"{mo}-{last}", "amount": 34.99,
               "month": mo}, "second given name not on the bill")  # fmt: skip

    iban = be_iban("967", "3518420")
    assert iban_ok(iban)
    holder = "Siobhan Mary O'Connell-Hughes"
    img = dc.wise_screenshot({"holder": holder, "iban": iban, "bic": "TRWIBEB1XXX"})
    img.save(P.dir / "Screenshot_20261115-140712.png", "PNG", optimize=False)
    P.doc([("Screenshot_20261115-140712.png", [1])], "rib", "screenshot",
          {"holder_name": holder, "iban": iban, "bic": "TRWIBEB1XXX", "bank_name": "Wise",
           "iban_valid": True, "rib_key_valid": None},
          "Wise EUR account details, Belgian IBAN (foreign SEPA: acceptable, info)")  # fmt: skip

    fv = {"surname": "O'CONNELL-HUGHES", "usage": "", "given": "Siobhan Mary", "sex": SEX,
          "dob": DOB, "pob": "Manchester, Royaume-Uni", "nationality": "Britannique",
          "address": "8 rue Ferrère", "postcode": "33000", "city": "Bordeaux",
          "phone": "06 42 87 13 50", "email": "siobhan.och@outlook.com",
          "situation": ["sans_activite"]}  # fmt: skip
    ff = {"run": "B", "fill": "acro", "values": fv, "place": "Bordeaux",
          "date_text": "15/11/2026", "signed": True}  # fmt: skip
    P.pdf("S1106_rempli.pdf", form_pdf(ff, rng))
    P.doc([("S1106_rempli.pdf", [1, 2])], "application_form", "text_pdf",
          {"surname": "O'CONNELL-HUGHES", "given_names": "Siobhan Mary", "date_of_birth": DOB,
           "employment_status": "not_employed", "signed": True, "signed_on": "2026-11-15",
           "nir": None},
          "fillable PDF (AcroForm values), signature image pasted, print run B")  # fmt: skip
    reqs = dict.fromkeys(REQS, "complete")
    reqs["employment"] = "not_applicable"
    P.truth("2026-11-24", False, reqs, None, {"surname": S, "given_names": G, "date_of_birth": DOB})


if __name__ == "__main__":
    from cz_common import selftest
    from cz_packets2 import p03, p04

    selftest()
    out = Path(sys.argv[1])
    (out / "documents").mkdir(parents=True, exist_ok=True)
    for fn in (p01, p02, p03, p04):
        fn(out)
    man = {"packets": ["p01", "p02", "p03", "p04"], "documents": []}
    (out / "manifest.json").write_text(json.dumps(man, indent=2) + "\n", encoding="utf-8")
