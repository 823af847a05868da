"""Packets p03 (Bangladesh) and p04 (Peru, the one with a defect)."""

from __future__ import annotations

import docs_birth as bc
import docs_fr as fr
import ids
import looks
from docs_form import cerfa, form_truth
from docs_id import passport, titre_sejour, visa_sticker
from gfx import render
from packet import Packet, bill_fields, luhn_complete, requirements, rib_fields


# ============================================================== p03 Bangladesh
def p03(out: str) -> None:
    P = Packet(out, "p03", 3)
    person = {
        "surname": "ISLAM",
        "given": "MD RAFIQUL",
        "dob": "1996-01-23",
        "sex": "M",
        "pob": "SYLHET",
        "nat": "BGD",
        "pp_number": "A07318452",
        "pp_issued": "2024-08-11",
        "pp_expiry": "2034-08-10",
        "personal": "4617283905",
    }
    addr1, addr2 = "47 rue Gabriel Péri", "93200 Saint-Denis"
    address = f"{addr1}, {addr2}"
    f = {
        "surname": "ISLAM",
        "given": "Md Rafiqul",
        "sex": "M",
        "dob": person["dob"],
        "pob_city": "Sylhet",
        "pob_country": "Bangladesh",
        "nationality": "bangladaise",
        "address": addr1,
        "cp": "93200",
        "city": "Saint-Denis",
        "phone": "07 53 90 11 48",
        "email": "rafiqul.islam96@gmail.com",
        "situation": "salarie",
        "contract": "CDD",
        "job": "Commis de cuisine",
        "place": "Saint-Denis",
        "date_text": "10/11/2026",
    }
    pages = cerfa(f, P.rng("form"), hand=True)
    P.scan_jpg("scan_0007.jpg", render(pages[0], 200), "f1", 200)
    P.scan_jpg("scan_0008.jpg", render(pages[1], 200), "f2", 200)
    P.add(
        [("scan_0007.jpg", [1]), ("scan_0008.jpg", [1])],
        "application_form",
        "scan",
        form_truth(f, "2026-11-10"),
        "filled by hand, flatbed scans",
    )
    pp_img, pp_truth = passport("BGD", person, P.rng("pp"))
    v = {
        "number": "027719405",
        "from": "2026-03-20",
        "until": "2027-03-19",
        "place": "DHAKA",
        "issued": "2026-03-02",
        "category": "TRAVAILLEUR TEMPORAIRE",
        "remarks": "VLS-TS TRAVAILLEUR TEMPORAIRE",
    }
    vis, vis_truth = visa_sticker(person, v, P.rng("visa"))
    P.image_pdf(
        "passeport et visa.pdf",
        [looks.on_a4(pp_img, 125, P.rng("a")), looks.on_a4(vis, 125, P.rng("b"))],
        "ppv_scan",
    )
    P.add(
        [("passeport et visa.pdf", [1])],
        "passport",
        "image_pdf",
        pp_truth,
        "e-passport data page, page 1 of a scanner PDF",
    )
    P.add(
        [("passeport et visa.pdf", [2])],
        "long_stay_visa",
        "image_pdf",
        vis_truth,
        "VLS-TS sticker, page 2 of the same PDF",
    )
    b = {
        "office": "Sylhet City Corporation, Ward No. 14",
        "brn": "19969111562012847",
        "reg_date": "2012-06-14",
        "register_no": "34",
        "issued": "2026-01-28",
        "dob": person["dob"],
        "dob_words": "Twenty Third January Nineteen Ninety Six",
        "dob_words_bn": "তেইশ জানুয়ারি উনিশশো ছিয়ানব্বই",
        "name_bn": "মোঃ রফিকুল ইসলাম",
        "name": "Md. Rafiqul Islam",
        "pob_bn": "সিলেট",
        "pob": "Sylhet",
        "mother_bn": "রোকেয়া বেগম",
        "mother": "Rokeya Begum",
        "father_bn": "মোঃ আব্দুল করিম",
        "father": "Md. Abdul Karim",
    }
    ap = {
        "header": "GOVERNMENT OF THE PEOPLE'S REPUBLIC OF BANGLADESH - MINISTRY OF FOREIGN AFFAIRS",
        "labels": [
            "Country",
            "This public document",
            "has been signed by",
            "acting in the capacity of",
            "bears the seal/stamp of",
            "Certified",
            "at",
            "the",
            "by",
            "No",
            "Seal/stamp",
            "Signature",
        ],
        "values": [
            "People's Republic of Bangladesh",
            "Md. Shahadat Hossain",
            "Registrar, Birth and Death Registration",
            "Sylhet City Corporation",
            "Dhaka",
            "17/02/2026",
            "Consular and Welfare Wing, MoFA",
            "BD-2026-041873",
        ],
        "stamp": "MINISTRY OF FOREIGN AFFAIRS * DHAKA * ",
        "stamp_c": ["APOSTILLE"],
        "signer": "Senior Assistant Secretary",
        "verify": "https://apostille.mofa.gov.bd/verify/BD-2026-041873",
        "verify_text": "Verify this apostille: apostille.mofa.gov.bd",
    }
    P.image_pdf(
        "birth certificate with apostille.pdf",
        [bc.bangladesh(b, P.rng("bc")), bc.apostille(ap, P.rng("ap"))],
        "bc_scan",
    )
    P.add(
        [("birth certificate with apostille.pdf", [1])],
        "birth_certificate",
        "image_pdf",
        {
            "surname": "Islam",
            "given_names": "Md. Rafiqul",
            "date_of_birth": "1996-01-23",
            "place_of_birth": "Sylhet",
            "issuing_country": "BGD",
            "language": "bn+en",
            "has_apostille": True,
        },
        "BDRIS birth registration certificate, BRN 19969111562012847 (17 digits); name "
        "printed as one line 'Md. Rafiqul Islam'",
    )
    P.add(
        [("birth certificate with apostille.pdf", [2])],
        "apostille",
        "image_pdf",
        {
            "country": "BGD",
            "issued_on": "2026-02-17",
            "number": "BD-2026-041873",
            "signed_by": "Senior Assistant Secretary",
        },
        "Bangladesh MoFA apostille (assumed Hague party since 2025)",
    )
    for i, (mo, last, kwh, amt) in enumerate(
        [("08", "31", 142, 38.27), ("09", "30", 156, 41.05), ("10", "31", 188, 47.62)]
    ):
        nxt = f"{int(mo) + 1:02d}"
        bl = {
            "holder": "M MD RAFIQUL ISLAM",
            "addr1": addr1,
            "addr2": addr2,
            "number": f"10{7734519 + i * 311}",
            "issue": f"2026-{nxt}-04",
            "client": "3 014 227 865",
            "pdl": "14 2917 0384 5521",
            "start": f"2026-{mo}-01",
            "end": f"2026-{mo}-{last}",
            "kwh": kwh,
            "amount": amt,
            "debit": f"2026-{nxt}-19",
        }
        fn = f"Facture_TotalEnergies_2026-{mo}.pdf"
        P.text_pdf(fn, [fr.total_bill(bl)], "Facture TotalEnergies")
        P.add(
            [(fn, [1])],
            "utility_bill",
            "text_pdf",
            bill_fields("TotalEnergies", "electricity", "MD RAFIQUL ISLAM", address, bl),
        )
    iban = ids.iban_make("LT", "32500" + "48172093615")
    scr = fr.revolut_screen(
        {"holder": "MD RAFIQUL ISLAM", "iban": iban, "bic": "REVOLT21"}, P.rng("rev")
    )
    scr.save(P.path("Screenshot_20261110-143212.png"))
    P.add(
        [("Screenshot_20261110-143212.png", [1])],
        "rib",
        "screenshot",
        rib_fields("MD RAFIQUL ISLAM", iban, "REVOLT21", "Revolut Bank UAB"),
        "Revolut account details, Lithuanian SEPA IBAN (acceptable, info finding expected)",
    )
    siret = luhn_complete("9017348260001")
    c = {
        "employer": "Le Comptoir du Canal",
        "form": "SARL",
        "capital": "10 000 €",
        "siret": siret,
        "emp_addr": "88 quai de Jemmapes, 75010 Paris",
        "boss": "M. Antoine MERCIER",
        "employee_title": "Monsieur",
        "employee": "Md Rafiqul ISLAM",
        "dob": person["dob"],
        "pob": "Sylhet (Bangladesh)",
        "nat": "bangladaise",
        "addr": address,
        "start": "2026-04-01",
        "end": "2027-03-19",
        "job": "commis de cuisine",
        "gross": "1 801,80 €",
        "city": "Paris",
        "signed": "2026-03-27",
    }
    cp = fr.cdd_pages(c, P.rng("cdd"))
    P.photo("contrat travail 1.jpg", render(cp[0], 150), "c1", rot=0)
    P.photo("contrat travail 2.jpg", render(cp[1], 150), "c2", rot=180)
    P.add(
        [("contrat travail 1.jpg", [1]), ("contrat travail 2.jpg", [1])],
        "employment_contract",
        "phone_photo",
        {
            "employer": "Le Comptoir du Canal",
            "employee_name": "Md Rafiqul ISLAM",
            "contract_type": "CDD",
            "job_title": "commis de cuisine",
            "start_date": "2026-04-01",
        },
        "second page photographed upside down",
    )
    P.write(
        {
            "as_of": "2026-11-17",
            "employed": True,
            "status": "complete",
            "requirements": requirements(True),
            "defect": None,
            "applicant": {
                "surname": "ISLAM",
                "given_names": "MD RAFIQUL",
                "date_of_birth": "1996-01-23",
            },
        }
    )


# ============================================================== p04 Peru (one defect)
def p04(out: str) -> None:
    P = Packet(out, "p04", 4)
    person = {
        "surname": "QUISPE MAMANI",
        "given": "ROSA ELENA",
        "dob": "2001-09-30",
        "sex": "F",
        "pob": "CUSCO",
        "nat": "PER",
        "pp_number": "121774058",
        "pp_issued": "2024-02-07",
        "pp_expiry": "2029-02-06",
        "personal": "72914586",
    }
    addr1, addr2 = "3 rue de Saint-Malo, appt 12", "35000 Rennes"
    address = f"{addr1}, {addr2}"
    f = {
        "surname": "QUISPE MAMANI",
        "given": "Rosa Elena",
        "sex": "F",
        "dob": person["dob"],
        "pob_city": "Cusco",
        "pob_country": "Pérou",
        "nationality": "péruvienne",
        "address": addr1,
        "cp": "35000",
        "city": "Rennes",
        "phone": "07 44 18 63 27",
        "email": "rosaelena.qm@hotmail.com",
        "situation": "etudiant",
        "place": "Rennes",
        "date_text": "21/11/2026",
        "ink": (20, 20, 30),
    }
    pages = cerfa(f, P.rng("form"), hand=False)
    P.text_pdf("Formulaire_S1106_rempli.pdf", pages, "S1106")
    P.add(
        [("Formulaire_S1106_rempli.pdf", [1, 2])],
        "application_form",
        "text_pdf",
        form_truth(f, "2026-11-21"),
        "typed PDF with a pasted handwritten signature image",
    )
    pp_img, pp_truth = passport("PER", person, P.rng("pp"))
    P.scan_jpg("passport.jpg", looks.on_a4(pp_img, 125, P.rng("pp_a4"), 300), "pp_scan", 300)
    P.add([("passport.jpg", [1])], "passport", "scan", pp_truth)
    t = {
        "number": "3BX7Q91MK",
        "type": "CARTE DE SÉJOUR TEMPORAIRE",
        "until": "2027-09-29",
        "issued": "2026-10-05",
        "remarks": "ÉTUDIANT",
        "address1": "3 RUE DE SAINT-MALO",
        "address2": "35000 RENNES",
        "prefecture": "d'Ille-et-Vilaine",
    }
    person["pob"] = "CUSCO (PEROU)"
    front, back, ts_truth = titre_sejour(person, t, P.rng("ts"))
    P.photo("IMG_2291.jpg", front, "tsf", rot=180, fill=0.55)
    P.photo("IMG_2292.jpg", back, "tsb", rot=0, fill=0.55)
    P.add(
        [("IMG_2291.jpg", [1]), ("IMG_2292.jpg", [1])],
        "residence_permit",
        "phone_photo",
        ts_truth,
        "titre de séjour étudiant, front (upside down) and back",
    )
    b = {
        "act_no": "3000284517",
        "cui": "72914586",
        "ap1": "QUISPE",
        "ap2": "MAMANI",
        "given": "ROSA ELENA",
        "dob": person["dob"],
        "hour": "06:45",
        "place": "HOSPITAL REGIONAL DEL CUSCO",
        "dep": "CUSCO",
        "prov": "CUSCO",
        "dist": "WANCHAQ",
        "mother": "MAMANI HUAMAN, JULIA",
        "mother_dni": "23981745",
        "father": "QUISPE CONDORI, MARIO",
        "father_dni": "23870162",
        "office": "MUNICIPALIDAD DISTRITAL DE WANCHAQ",
        "reg_date": "2001-10-08",
        "registrar": "HUAMAN ROJAS, JUAN CARLOS",
        "city": "CUSCO",
        "issued_words": "10 DE MARZO DE 2026",
    }
    ap = {
        "header": "REPÚBLICA DEL PERÚ - MINISTERIO DE RELACIONES EXTERIORES",
        "labels": [
            "País / Country",
            "El presente documento público / This public document",
            "ha sido firmado por",
            "quien actúa en calidad de",
            "y está revestido del sello de",
            "Certificado / Certified",
            "en",
            "el día",
            "por",
            "bajo el número",
            "Sello / timbre",
            "Firma",
        ],
        "values": [
            "PERÚ",
            "HUAMAN ROJAS, JUAN CARLOS",
            "REGISTRADOR CIVIL",
            "MUNICIPALIDAD DISTRITAL DE WANCHAQ",
            "LIMA",
            "16/03/2026",
            "MINISTERIO DE RELACIONES EXTERIORES",
            "2026-0312457",
        ],
        "stamp": "MINISTERIO DE RELACIONES EXTERIORES * PERU * ",
        "stamp_c": ["APOSTILLA", "LIMA"],
        "signer": "Oficina de Legalizaciones",
        "verify": "https://apostilla.rree.gob.pe/verificar?n=2026-0312457",
        "verify_text": "Código de verificación: 7K2P-91QX-4TLM",
    }
    P.scan_jpg("scan_0012.jpg", bc.peru(b, P.rng("bc")), "bc_scan", 200)
    P.scan_jpg("scan_0013.jpg", bc.apostille(ap, P.rng("ap")), "ap_scan", 200)
    P.add(
        [("scan_0012.jpg", [1])],
        "birth_certificate",
        "scan",
        {
            "surname": "QUISPE MAMANI",
            "given_names": "ROSA ELENA",
            "date_of_birth": "2001-09-30",
            "place_of_birth": "Cusco (Wanchaq)",
            "issuing_country": "PER",
            "language": "es",
            "has_apostille": True,
        },
        "copia certificada de acta de nacimiento; apostille on scan_0013.jpg",
    )
    P.add(
        [("scan_0013.jpg", [1])],
        "apostille",
        "scan",
        {
            "country": "PER",
            "issued_on": "2026-03-16",
            "number": "2026-0312457",
            "signed_by": "Oficina de Legalizaciones",
        },
        "Peru is a Hague party since 2010",
    )
    L = {
        "landlord": "M. Jean-Pierre LE GOFF",
        "landlord_addr": "9 boulevard de la Liberté, 35000 Rennes",
        "tenants_printed": ["Mme Rosa Elena QUISPE MAMANI"],
        "tenants": ["Rosa Elena"],
        "address": address,
        "surface": "19,2",
        "rooms": "1",
        "start": "2026-09-12",
        "rent": "455,00 €",
        "charges": "35,00 €",
        "city": "Rennes",
        "signed": "2026-09-08",
    }
    P.text_pdf("Bail_QUISPE.pdf", fr.lease_pages(L, P.rng("lease")), "Contrat de location")
    P.add(
        [("Bail_QUISPE.pdf", [1, 2])],
        "lease",
        "text_pdf",
        {
            "tenant_names": ["Rosa Elena QUISPE MAMANI"],
            "landlord": "Jean-Pierre LE GOFF",
            "address": address,
            "start_date": "2026-09-12",
        },
        "DEFECT: lease started 2026-09-12, less than three months before the audit date",
    )
    acct = "00020145801"
    iban, key = ids.fr_iban("10278", "36024", acct)
    r = {
        "bank": "CREDIT MUTUEL",
        "bank_display": "Crédit Mutuel de Bretagne",
        "holder": "MLLE QUISPE MAMANI ROSA ELENA",
        "addr1": "3 RUE DE SAINT-MALO APPT 12",
        "addr2": "35000 RENNES",
        "agency": "CCM RENNES CENTRE",
        "agency_addr": "2 place de la République, 35000 Rennes",
        "bank_code": "10278",
        "branch": "36024",
        "account": acct,
        "key": key,
        "iban": iban,
        "bic": "CMBRFR2BARK",
        "edited": "2026-09-15",
        "footer": "Crédit Mutuel Arkéa - 29808 Brest Cedex 9",
    }
    P.photo("RIB credit mutuel.jpg", render(fr.rib_page(r, P.rng("rib")), 150), "rib_ph", rot=90)
    P.add(
        [("RIB credit mutuel.jpg", [1])],
        "rib",
        "phone_photo",
        rib_fields("QUISPE MAMANI ROSA ELENA", iban, "CMBRFR2BARK", "Crédit Mutuel"),
    )
    P.write(
        {
            "as_of": "2026-11-24",
            "employed": False,
            "status": "incomplete",
            "requirements": requirements(False, residence_proof="invalid"),
            "defect": "residence_proof: the lease (only proof of residence) started on "
            "2026-09-12, less than three months before the audit date 2026-11-24",
            "applicant": {
                "surname": "QUISPE MAMANI",
                "given_names": "ROSA ELENA",
                "date_of_birth": "2001-09-30",
            },
        }
    )
