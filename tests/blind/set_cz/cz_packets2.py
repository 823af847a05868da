"""Packets p03 (Bangladesh) and p04 (Comoros) of set_cz."""

from __future__ import annotations

from pathlib import Path

from PIL import Image

import cz_civil as cv
import cz_docs as dc
import cz_ids as ids
from cz_common import fr_iban, mrva, on_a4, render_pdf, siret_make, td1, td3
from cz_form import form_pdf
from cz_packet import LAB_EN, LAB_FR_EN, REQS, Packet, id_fields, pdate, ymd


# =========================================================== p03 Bangladesh
def p03(out: Path):
    P = Packet(out, "p03", 4203)
    rng = P.rng
    S, G, DOB, SEX = "RAHMAN", "MOHAMMAD ARIFUR", "1996-01-27", "M"
    addr = "47 avenue Jean Jaurès, 75019 Paris"
    pno, pexp = "A07316254", "2032-08-13"
    mrz = td3("P", "BGD", S, G, pno, "BGD", ymd(DOB), SEX, ymd(pexp))
    pp = {
        "header1": "PEOPLE'S REPUBLIC OF BANGLADESH",
        "header2": "PASSPORT",
        "labels": LAB_EN,
        "type_code": "P",
        "issuing": "BGD",
        "number": pno,
        "surname": S,
        "given": G,
        "nat_text": "BANGLADESHI",
        "dob_text": pdate(DOB, "en"),
        "sex": SEX,
        "pob": "SYLHET",
        "issue_text": pdate("2022-08-14", "en"),
        "authority": "DIP/DHAKA",
        "exp_text": pdate(pexp, "en"),
        "mrz": mrz,
        "bg": (0.9, 0.95, 0.92),
        "accent": (0.0, 0.4, 0.3),
        "tone": (0.5, 0.36, 0.26),
    }
    P.photo("passport.jpg", ids.passport_page(pp, rng, 420), rotate=90)
    P.doc([("passport.jpg", [1])], "passport", "phone_photo",
          id_fields(S, G, pno, "BGD", "BGD", DOB, SEX, pexp), "photo rotated 90 degrees")  # fmt: skip

    rv = {"prefecture": "PRÉFECTURE DE POLICE - Direction des étrangers en France",
          "kind": "Changement de statut - « Salarié » (art. L. 421-1 CESEDA)",
          "number": "7513084217", "surname": S, "given": G, "sex": SEX, "dob": DOB,
          "pob": "SYLHET (BANGLADESH)", "nat_text": "BANGLADAISE", "address": addr,
          "agdref": "7503218946",
          "body": [("Le titulaire du présent récépissé a sollicité la délivrance d'une carte de "
                   "séjour temporaire."), ("Ce récépissé ne vaut pas titre de séjour définitif. "
                   "Il est valable sous réserve de présentation du passeport.")],
          "valid_from": "2026-10-05", "valid_until": "2027-01-04",
          "work": "AUTORISE SON TITULAIRE À TRAVAILLER", "place": "Paris",
          "stamp": "DE POLICE"}  # fmt: skip
    P.image_pdf("recepisse.pdf", ids.recepisse(rv, rng), 150)
    P.doc([("recepisse.pdf", [1])], "residence_permit", "image_pdf",
          id_fields(S, G, "7513084217", "BGD", "FRA", DOB, SEX, "2027-01-04", None),
          "récépissé de demande de titre de séjour (paper, no MRZ), valid at as_of")  # fmt: skip

    bb = {"office": "Sylhet City Corporation, Sylhet", "reg_date": "09/03/1996",
          "issue_date": "21/10/2025", "brn": "19969111073421586", "dob": "27/01/1996",
          "dob_words": "Twenty Seventh January Nineteen Hundred Ninety Six",
          "name": "MOHAMMAD ARIFUR RAHMAN", "sex": "Male", "pob": "Sylhet, Bangladesh",
          "mother": "ROKEYA BEGUM", "father": "MOHAMMAD HABIBUR RAHMAN",
          "perm_addr": "Zindabazar, Sylhet Sadar, Sylhet"}  # fmt: skip
    ap = {"country": "People's Republic of Bangladesh", "doc_signer": "Md. Abdul Karim",
          "doc_capacity": "Registrar, Birth and Death Registration",
          "doc_seal": "Sylhet City Corporation", "at": "Dhaka", "on": "2025-11-06",
          "by": "Ministry of Foreign Affairs (Consular Wing)", "number": "0187342",
          "seal_top": "MOFA DHAKA", "seal_bottom": "APOSTILLE"}  # fmt: skip
    P.image_pdf("birth_certificate_apostille.pdf", cv.bgd_birth(bb, ap, rng))
    P.doc([("birth_certificate_apostille.pdf", [1])], "birth_certificate", "image_pdf",
          {"surname": "RAHMAN", "given_names": "MOHAMMAD ARIFUR", "date_of_birth": DOB,
           "place_of_birth": "Sylhet", "issuing_country": "BGD", "language": "en",
           "has_apostille": True},
          "BDRIS English certificate; registered name printed as one string, surname last; "
          "Bangladesh is a party to the Apostille Convention since 2025-03-30")  # fmt: skip
    P.doc([("birth_certificate_apostille.pdf", [2])], "apostille", "image_pdf",
          {"country": "People's Republic of Bangladesh", "issued_on": "2025-11-06",
           "number": "0187342", "signed_by": "Ministry of Foreign Affairs (Consular Wing)"})  # fmt: skip

    L = {"landlord": "SCI BELLEVILLE-JAURÈS", "landlord_addr": "c/o Cabinet Loiseau Gestion, "
         "18 rue de Meaux, 75019 Paris", "tenants_printed": ["Mohammad Arifur RAHMAN"],
         "address": addr, "surface": "22", "rooms": "1", "start": "2026-09-01", "rent": 790.0,
         "charges": 60.0, "city": "Paris", "signed": "2026-08-24", "hand_sign": False}  # fmt: skip
    P.pdf("bail_signe.pdf", dc.lease(L, rng))
    P.doc([("bail_signe.pdf", [1, 2])], "lease", "text_pdf",
          {"tenant_names": ["Mohammad Arifur RAHMAN"], "landlord": "SCI BELLEVILLE-JAURÈS",
           "address": addr, "start_date": "2026-09-01"},
          "DEFECT: lease took effect 2026-09-01, less than three months before as_of "
          "2026-11-20 (e-signed)")  # fmt: skip

    siret = siret_make("89241706", "0012")
    k = {"employer": "LE COMPTOIR DE LA VILLETTE", "form": "SARL au capital de 10 000 €",
         "siret": siret, "emp_addr": "152 avenue de Flandre, 75019 Paris",
         "rep": "M. Karim BENSALAH", "employee_printed": "M. Mohammad Arifur RAHMAN",
         "dob": DOB, "pob": "Sylhet (Bangladesh)", "nat": "bangladaise", "ee_addr": addr,
         "motif": "accroissement temporaire d'activité lié à l'ouverture d'une seconde salle",
         "start": "2026-10-06", "end": "2027-04-05", "job": "commis de cuisine",
         "gross": 1823.03, "workplace": "restaurant, 152 avenue de Flandre, 75019 Paris",
         "signed": "2026-10-05"}  # fmt: skip
    pages = render_pdf(dc.cdd_contract(k, rng), 200)
    P.scan("contrat_p1.jpg", pages[0])
    P.scan("contrat_p2.jpg", pages[1])
    P.doc([("contrat_p1.jpg", [1]), ("contrat_p2.jpg", [1])], "employment_contract", "scan",
          {"employer": "LE COMPTOIR DE LA VILLETTE", "employee_name": "Mohammad Arifur RAHMAN",
           "contract_type": "CDD", "job_title": "commis de cuisine", "start_date": "2026-10-06"})  # fmt: skip

    iban, key = fr_iban("30002", "00417", "0000672981K")
    rb = {"bank": {"bank": "30002", "branch": "00417", "account": "0000672981K", "key": key},
          "iban": iban, "bic": "CRLYFRPP", "logo": "LCL", "logo_font": "RobB",
          "color": (0.0, 0.2, 0.5),
          "intro": "Relevé d'identité bancaire - LCL Banque et assurance",
          "holder_lines": ["M MOHAMMAD ARIFUR RAHMAN", "47 AV JEAN JAURES", "75019 PARIS"],
          "branch_lines": ["LCL PARIS JAURES", "34 AVENUE JEAN JAURES", "75019 PARIS"],
          "footer": "LCL - Le Crédit Lyonnais - SA au capital de 2 037 713 591 € - "
          "SIREN 954 509 741 - RCS Lyon - 18 rue de la République 69002 Lyon"}  # fmt: skip
    P.photo("RIB.jpg", render_pdf(dc.rib_doc(rb), 220)[0], rotate=180)
    P.doc([("RIB.jpg", [1])], "rib", "phone_photo",
          {"holder_name": "MOHAMMAD ARIFUR RAHMAN", "iban": iban, "bic": "CRLYFRPP",
           "bank_name": "LCL", "iban_valid": True, "rib_key_valid": True},
          "photo upside down (rotated 180)")  # fmt: skip

    fv = {"surname": "RAHMAN", "usage": "", "given": "MOHAMMAD ARIFUR", "sex": SEX, "dob": DOB,
          "pob": "Sylhet, Bangladesh", "nationality": "Bangladaise",
          "address": "47 avenue Jean Jaurès", "postcode": "75019", "city": "Paris",
          "phone": "07 53 09 28 41", "email": "arifur.rahman.bd@gmail.com",
          "situation": ["salarie"], "job": "Commis de cuisine", "contract": "CDD"}  # fmt: skip
    ff = {"run": "A", "fill": "typed", "values": fv, "place": "Paris", "date_text": "17/11/2026",
          "date_by_hand": True, "signed": True, "hand_font": "HandB"}  # fmt: skip
    P.image_pdf("formulaire_cpam.pdf", form_pdf(ff, rng), 200)
    P.doc([("formulaire_cpam.pdf", [1, 2])], "application_form", "image_pdf",
          {"surname": "RAHMAN", "given_names": "MOHAMMAD ARIFUR", "date_of_birth": DOB,
           "employment_status": "employed", "signed": True, "signed_on": "2026-11-17",
           "nir": None},
          "typed on screen, printed, dated and signed by hand, scanned")  # fmt: skip
    reqs = dict.fromkeys(REQS, "complete")
    reqs["residence_proof"] = "invalid"
    P.truth("2026-11-20", True, reqs,
            "lease started 2026-09-01, less than three months before the audit date",
            {"surname": S, "given_names": G, "date_of_birth": DOB})  # fmt: skip


# =========================================================== p04 Comoros
def p04(out: Path):
    P = Packet(out, "p04", 4204)
    rng = P.rng
    S, G, DOB, SEX = "SOILIHI", "FATIMA ZAHARA", "1997-09-04", "F"
    addr = "Résidence Les Flamants, bât. C, 21 avenue Alexandre Ansaldi, 13014 Marseille"
    pno, pexp = "NB0457318", "2030-01-13"
    mrz = td3("P", "COM", S, G, pno, "COM", ymd(DOB), SEX, ymd(pexp))
    pp = {
        "header1": "UNION DES COMORES / UNION OF THE COMOROS",
        "header2": "PASSEPORT / PASSPORT",
        "labels": LAB_FR_EN,
        "type_code": "P",
        "issuing": "COM",
        "number": pno,
        "surname": S,
        "given": G,
        "nat_text": "COMORIENNE",
        "dob_text": pdate(DOB, "fr"),
        "sex": SEX,
        "pob": "MITSAMIOULI",
        "issue_text": pdate("2025-01-14", "fr"),
        "authority": "DGSN MORONI",
        "exp_text": pdate(pexp, "fr"),
        "mrz": mrz,
        "bg": (0.92, 0.94, 0.96),
        "accent": (0.05, 0.35, 0.2),
        "tone": (0.36, 0.25, 0.18),
    }
    P.image_pdf("passeport_comores.pdf",
                _img_pdf_bytes(on_a4(ids.passport_page(pp, rng, 200), 200, rng)), 150)  # fmt: skip
    P.doc([("passeport_comores.pdf", [1])], "passport", "image_pdf",
          id_fields(S, G, pno, "COM", "COM", DOB, SEX, pexp))  # fmt: skip

    vno, vfrom, vto = "005392814", "2026-02-10", "2027-02-09"
    vm = mrva("FRA", S, G, vno, "COM", ymd(DOB), SEX, ymd(vto))
    vis = {"number": vno, "valid_from": vfrom, "valid_until": vto, "days": "365",
           "issued_in": "MORONI", "issued_on": "2026-01-26", "passport": pno, "surname": S,
           "given": G, "remarks": "VLS-TS CONJOINT DE FRANCAIS", "mrz": vm,
           "tone": (0.36, 0.25, 0.18)}  # fmt: skip
    P.photo("visa_vls.jpg", ids.visa_sticker(vis, rng, 420))
    vf = id_fields(S, G, vno, "COM", "FRA", DOB, SEX, vto)
    vf.update(visa_type="D", vls_ts=True, category="CONJOINT DE FRANCAIS", valid_from=vfrom,
              valid_until=vto)  # fmt: skip
    P.doc([("visa_vls.jpg", [1])], "long_stay_visa", "phone_photo", vf)

    bc = {"prefecture": "Mitsamiouli", "commune": "Mitsamiouli", "number": "217/1997",
          "issued": "2025-11-18", "officer": "Ahmed Mlimi ATTOUMANI", "legal_on": "2025-12-02",
          "legal_no": "1184/CONS",
          "body": ["L'an mil neuf cent quatre-vingt-dix-sept, le quatre septembre,",
                   "à six heures trente minutes, est née à Mitsamiouli (Ngazidja)",
                   "#SOILIHI Fatima Zahara, de sexe féminin,",
                   "fille de SOILIHI Abdallah, cultivateur, né à Mitsamiouli,",
                   "et de MMADI Echati, ménagère, née à Ntsaouéni,",
                   "domiciliés à Mitsamiouli.",
                   "Dressé le 11 septembre 1997 sur la déclaration du père."]}  # fmt: skip
    P.scan("acte_naissance.jpg", render_pdf(cv.com_birth(bc, rng), 200)[0])
    P.doc([("acte_naissance.jpg", [1])], "birth_certificate", "scan",
          {"surname": "SOILIHI", "given_names": "Fatima Zahara", "date_of_birth": DOB,
           "place_of_birth": "Mitsamiouli", "issuing_country": "COM", "language": "fr",
           "has_apostille": False},
          "Comoros is not a party to the Apostille Convention: the copy carries a legalisation "
          "stamp of the French embassy in Moroni instead, which is what is required")  # fmt: skip

    host, host_dob = "Saïd Ali MOHAMED", "1990-02-11"
    att = {"host": host, "lines": [
        ">>Attestation d'hébergement",
        "",
        "Je soussigné Saïd Ali MOHAMED, né le 11/02/1990",
        "à Marseille (13), demeurant Résidence Les Flamants,",
        "bât. C, 21 avenue Alexandre Ansaldi, 13014 Marseille,",
        "atteste sur l'honneur héberger à mon domicile",
        "mon épouse, Madame Fatima Zahara SOILIHI épouse",
        "MOHAMED, née le 04/09/1997 à Mitsamiouli (Comores),",
        "depuis le 15/02/2026.",
        "",
        "Je joins la copie de ma carte d'identité et mes",
        "trois dernières factures d'énergie.",
        "",
        "Fait à Marseille, le 20/11/2026",
    ]}  # fmt: skip
    P.photo("attestation_hebergement.jpg", render_pdf(dc.hosting_letter(att, rng), 200)[0])
    P.doc([("attestation_hebergement.jpg", [1])], "hosting_attestation", "phone_photo",
          {"host_name": host, "hosted_name": "Fatima Zahara SOILIHI épouse MOHAMED",
           "address": addr, "since_date": "2026-02-15",
           "signed_on": "2026-11-20", "signed": True},
          "handwritten by the host (husband) on squared paper")  # fmt: skip

    cno, cexp = "X4RTBPFW4", "2032-06-12"
    cm = td1("ID", "FRA", cno, ymd(host_dob), "M", ymd(cexp), "FRA", "MOHAMED", "SAID ALI")
    card = {"title1": "RÉPUBLIQUE FRANÇAISE",
            "title2": "CARTE NATIONALE D'IDENTITÉ / IDENTITY CARD", "number": cno,
            "sig_name": "MOHAMED", "tone": (0.4, 0.28, 0.2), "bg": (0.93, 0.9, 0.95),
            "front_fields": [("NOM / SURNAME", "MOHAMED"), ("PRÉNOMS / GIVEN NAMES", "SAÏD, ALI"),
                             ("SEXE / SEX", "M"), ("NATIONALITÉ", "FRA"),
                             ("DATE DE NAISS. / DATE OF BIRTH", "11 02 1990"),
                             ("LIEU DE NAISSANCE", "MARSEILLE (13)")],
            "back_fields": [("DATE DE DÉLIVRANCE", "13 06 2022"),
                            ("DATE D'EXPIR. / EXPIRY DATE", "12 06 2032"),
                            ("AUTORITÉ", "PRÉFECTURE DES BOUCHES-DU-RHÔNE")],
            "mrz": cm}  # fmt: skip
    front, back = ids.id1_card(card, rng, 300)
    sheet = Image.new("RGB", (2480, 3508), (255, 255, 255))
    sheet.paste(front, (330, 390))
    sheet.paste(back, (330, 390 + front.height + 180))
    P.image_pdf("CNI_Said.pdf", _img_pdf_bytes(sheet, 300), 200)
    P.doc([("CNI_Said.pdf", [1])], "national_id", "image_pdf",
          id_fields("MOHAMED", "SAÏD ALI", cno, "FRA", "FRA", host_dob, "M", cexp),
          "host's French identity card (front and back on one page); not the applicant")  # fmt: skip

    bills = []
    for k, (mo, last, issue) in enumerate(
        [
            ("2026-08", "31", "2026-09-07"),
            ("2026-09", "30", "2026-10-06"),
            ("2026-10", "31", "2026-11-06"),
        ]
    ):
        bills.append({"issue": issue, "number": f"30021{47718 + k * 97}", "ref": "2071 384 516",
                      "acct": "300 418 926 77", "addr_block": ["M. Saïd Ali MOHAMED",
                      "Résidence Les Flamants, bât. C", "21 avenue Alexandre Ansaldi",
                      "13014 MARSEILLE"], "debit": issue[:8] + "20", "amount": [71.84, 68.27,
                      94.12][k], "start": mo + "-01", "end": f"{mo}-{last}", "site": addr,
                      "holder": "M. Saïd Ali MOHAMED", "pdl": "1428 7730 5519 82",
                      "pce": "GI 073 418 275", "kwh_e": [212, 198, 241][k],
                      "kwh_g": [96, 104, 271][k]})  # fmt: skip
    P.image_pdf("factures_engie.pdf", dc.engie_bills(bills), 150)
    for k, b in enumerate(bills):
        P.doc([("factures_engie.pdf", [k + 1])], "utility_bill", "image_pdf",
              {"provider": "ENGIE", "service": "energy", "holder_name": "Saïd Ali MOHAMED",
               "address": addr, "issue_date": b["issue"], "period_start": b["start"],
               "period_end": b["end"], "amount": b["amount"], "month": b["start"][:7]},
              "host's bill (attestation route)")  # fmt: skip

    iban, key = fr_iban("20041", "01008", "1284756K029")
    rb = {"bank": {"bank": "20041", "branch": "01008", "account": "1284756K029", "key": key},
          "iban": iban, "bic": "PSSTFRPPMAR", "logo": "LA BANQUE POSTALE",
          "color": (0.0, 0.2, 0.45),
          "intro": "Relevé d'identité bancaire - Centre financier de Marseille",
          "holder_lines": ["M MOHAMED SAID ALI", "RES LES FLAMANTS BAT C",
                           "21 AV ALEXANDRE ANSALDI", "13014 MARSEILLE"],
          "branch_lines": ["La Banque Postale", "Centre financier", "13900 Marseille Cedex 20"],
          "footer": "La Banque Postale - SA à directoire et conseil de surveillance - "
          "115 rue de Sèvres 75275 Paris Cedex 06 - RCS Paris 421 100 645"}  # fmt: skip
    P.scan("RIB_banque_postale.png", render_pdf(dc.rib_doc(rb), 200)[0], png=True)
    P.doc([("RIB_banque_postale.png", [1])], "rib", "scan",
          {"holder_name": "MOHAMED SAID ALI", "iban": iban, "bic": "PSSTFRPPMAR",
           "bank_name": "La Banque Postale", "iban_valid": True, "rib_key_valid": True},
          "DEFECT: account of the husband alone, the applicant is not a holder")  # fmt: skip

    fv = {"surname": "SOILIHI", "usage": "MOHAMED", "given": "Fatima Zahara", "sex": SEX,
          "dob": DOB, "pob": "Mitsamiouli, Comores", "nationality": "Comorienne",
          "address": "Rés. Les Flamants bât. C, 21 av. Alexandre Ansaldi", "postcode": "13014",
          "city": "Marseille", "phone": "06 39 74 15 82", "email": "",
          "situation": ["sans_activite"]}  # fmt: skip
    ff = {"run": "B", "fill": "acro_print", "values": fv, "place": "Marseille",
          "date_text": "24/11/2026", "signed": True}  # fmt: skip
    pages = render_pdf(form_pdf(ff, rng), 200)
    P.scan("scan_0043.jpg", pages[0])
    P.scan("scan_0042.jpg", pages[1])
    P.doc([("scan_0043.jpg", [1]), ("scan_0042.jpg", [1])], "application_form", "scan",
          {"surname": "SOILIHI", "given_names": "Fatima Zahara", "date_of_birth": DOB,
           "employment_status": "not_employed", "signed": True, "signed_on": "2026-11-24",
           "nir": None},
          "fillable PDF printed with its values, signed by hand, scanned; usage name MOHAMED; "
          "the page-2 file name sorts first")  # fmt: skip
    reqs = dict.fromkeys(REQS, "complete")
    reqs["employment"] = "not_applicable"
    reqs["bank_details"] = "invalid"
    P.truth("2026-11-27", False, reqs,
            "RIB in the husband's name only (Saïd Ali MOHAMED), not the applicant's",
            {"surname": S, "given_names": G, "date_of_birth": DOB})  # fmt: skip


def _img_pdf_bytes(img, dpi=200):
    """Wrap a page image into a plain PDF so image_pdf() can re-scan it."""
    from cz_common import images_to_pdf

    return images_to_pdf([img], dpi, 92)
