"""Packets p01 (Côte d'Ivoire, CDD, phone photos) and p02 (India, lease, open passport)."""

from __future__ import annotations

from datetime import date

from bq_civil import civ_birth_pdf, ind_birth_pdf
from bq_common import fr_iban, iban_valid, rib_key, siret
from bq_form import form_pdf
from bq_ids import (
    booklet_spread,
    card_images,
    observations_pdf,
    passport_mrz,
    passport_pdf,
    residence_card_pdf,
    residence_mrz,
    visa_mrz,
    visa_page_pdf,
)
from bq_looks import rasterize, scan_cards
from bq_money import bnp_rib_pdf, orange_bill_pdf, payslip_pdf, sg_rib_pdf
from bq_packet import Packet, check_mrz_lines, form_fields, id_fields
from bq_papers import contract_pdf, lease_pdf

ALL_OK = dict.fromkeys(
    ["application_form", "identity", "residence_status", "birth_certificate", "residence_proof",
     "bank_details", "employment"], "complete",
)  # fmt: skip


def p01(root):
    P = Packet(root, "p01")
    as_of = date(2026, 11, 18)
    pp = dict(
        surname="N'GUESSAN", given="AMENAN MARIE-LAURE", surname_print="N'GUESSAN",
        given_print="AMENAN MARIE-LAURE", number="22AK57310", nat="CIV", nat_text="IVOIRIENNE",
        dob=date(1996, 3, 14), sex="F", pob="ABIDJAN-COCODY", issue=date(2022, 9, 6),
        expiry=date(2027, 9, 5), authority="D.S.T. ABIDJAN", skin="6b4430", hair="120d0a",
        opt_cd="<",
    )  # fmt: skip
    addr1 = "18 rue Paul Bert, appt 34"
    # application form: filled by hand, two phone photos, page 2 turned a quarter
    fd = dict(
        surname="N'GUESSAN", usage="", given="AMENAN MARIE-LAURE", sex="F", dob=pp["dob"],
        pob="Abidjan-Cocody, Côte d'Ivoire", nationality="Ivoirienne", address=addr1, cp="69003",
        commune="Lyon", phone="07 58 21 44 90", email="amenan.nguessan@gmail.com",
        situation="salarie", job="Aide-soignante", contract="CDD", place="Lyon",
        date_text="09/11/2026", signed_on=date(2026, 11, 9), hand_font="H-Dkg",
        caps_font="H-Humor", ink="1b2a7a",
    )  # fmt: skip
    pages = rasterize(form_pdf(fd, P.rng("form"), "A", "hand"), 250)
    P.photo("IMG_20261109_184512.jpg", pages[0], "form1", surface="wood", long_side=4000)
    P.photo("IMG_20261109_184538.jpg", pages[1], "form2", surface="wood", long_side=4000, rot=1)
    P.add("application_form", "phone_photo",
          ["IMG_20261109_184512.jpg", "IMG_20261109_184538.jpg"], form_fields(fd),
          "cerfa 15763*02, print run A (comb boxes), filled by hand in blue ink; page 2 photo "
          "stored rotated 90 degrees.")  # fmt: skip
    # passport data page
    assert check_mrz_lines(passport_mrz(pp))
    img = rasterize(passport_pdf(pp, P.rng("passport")), 500)[0]
    P.photo("IMG_20261110_091203.jpg", img, "passport", surface="dark", fill=0.86, tilt=0.04)
    P.add("passport", "phone_photo", ["IMG_20261110_091203.jpg"],
          id_fields("N'GUESSAN", "AMENAN MARIE-LAURE", "22AK57310", "CIV", "CIV", pp["dob"], "F",
                    pp["expiry"]),
          "ECOWAS passport data page; MRZ surname NGUESSAN (apostrophe dropped), empty optional "
          "field with a '<' check digit (allowed by ICAO 9303).")  # fmt: skip
    # VLS-TS sticker
    v = {"number": "037418526", "from": date(2026, 5, 18), "until": date(2027, 5, 17),
         "days": 365, "post": "ABIDJAN", "issued": date(2026, 5, 4),
         "remarks": ["VLS-TS TRAVAILLEUR TEMPORAIRE", "CESEDA R.431-16 - A VALIDER EN LIGNE"],
         "page": "9", "entry_stamp": ("22.05.26", "CDG 2E")}  # fmt: skip
    assert check_mrz_lines(visa_mrz(pp, v))
    img = rasterize(visa_page_pdf(pp, v, P.rng("visa")), 450)[0]
    P.photo("IMG_20261110_091247.jpg", img, "visa", surface="dark", fill=0.84, rot=3)
    vf = id_fields("N'GUESSAN", "AMENAN MARIE-LAURE", "037418526", "CIV", "FRA", pp["dob"], "F",
                   v["until"])  # fmt: skip
    vf.update(visa_type="D", vls_ts=True, category="TRAVAILLEUR TEMPORAIRE",
              valid_from=v["from"], valid_until=v["until"])  # fmt: skip
    P.add("long_stay_visa", "phone_photo", ["IMG_20261110_091247.jpg"], vf,
          "French type D sticker (MRV-B MRZ), remarks VLS-TS; photo stored rotated 270 degrees; "
          "date of birth and sex are read from the MRZ.")  # fmt: skip
    # birth certificate: forwarded scan (no apostille: bilateral exemption, see README)
    b = dict(reg_no="1284", reg_date=date(1996, 3, 17), dob=pp["dob"],
             hour="huit heures vingt minutes",
             birthplace_full="la Maternité du CHU de Cocody, Abidjan", surname="N'GUESSAN",
             given="Amenan Marie-Laure",
             father="N'GUESSAN Kouadio Jean-Baptiste, né à Bouaké en 1962, instituteur, "
                    "domicilié à Abidjan-Cocody",
             mother="ADJOUA Ahou Pélagie, née à Dimbokro en 1968, ménagère",
             issued=date(2026, 2, 10), officer="KONAN Yao Bernard")  # fmt: skip
    P.scan_jpg("WhatsApp Image 2026-02-15 at 10.42.13.jpeg", civ_birth_pdf(b, P.rng("birth")),
               "birth", dpi=150, quality=70)  # fmt: skip
    P.add(
        "birth_certificate",
        "scan",
        ["WhatsApp Image 2026-02-15 at 10.42.13.jpeg"],
        {
            "surname": "N'GUESSAN",
            "given_names": "Amenan Marie-Laure",
            "date_of_birth": pp["dob"],
            "place_of_birth": "Abidjan-Cocody (CHU de Cocody)",
            "issuing_country": "CIV",
            "language": "fr",
            "has_apostille": False,
        },
        "Copie intégrale from the Cocody civil registry, 150 dpi scan forwarded by WhatsApp. "
        "No apostille: Côte d'Ivoire documents are exempt from legalisation in France under "
        "the 1961 bilateral judicial cooperation agreement (assumption, see README).",
    )
    # three Orange internet bills, photographed
    holder = "Mme Amenan N'GUESSAN"
    bills = [(date(2026, 8, 4), date(2026, 8, 1), date(2026, 8, 31), 42.99),
             (date(2026, 9, 4), date(2026, 9, 1), date(2026, 9, 30), 42.99),
             (date(2026, 10, 5), date(2026, 10, 1), date(2026, 10, 31), 44.49)]  # fmt: skip
    names = ["IMG_20261110_092015.jpg", "IMG_20261110_092031.jpg", "IMG_20261110_092102.jpg"]
    for i, ((iss, st, en, amt), fn) in enumerate(zip(bills, names, strict=True)):
        bd = dict(issue=iss, start=st, end=en, amount=amt, sub=37.99, client="6150 4418 277",
                  no=f"F{iss:%y%m}-0{4410287 + i * 31}", line="04 78 62 19 55",
                  holder_print=holder, addr1="18 rue Paul Bert Appt 34", addr2="69003 LYON",
                  debit=date(iss.year, iss.month, 20))  # fmt: skip
        img = rasterize(orange_bill_pdf(bd, P.rng(f"bill{i}")), 240)[0]
        P.photo(fn, img, f"bill{i}", rot=2 if i == 2 else 0, fill=0.8)
        P.add("utility_bill", "phone_photo", [fn],
              {"provider": "Orange", "service": "internet", "holder_name": "Amenan N'GUESSAN",
               "address": "18 rue Paul Bert Appt 34, 69003 LYON", "issue_date": iss,
               "period_start": st, "period_end": en, "amount": amt, "month": f"{st:%Y-%m}"},
              "Orange Livebox bill photographed on a table" +
              ("; stored upside down (180 degrees)." if i == 2 else "."))  # fmt: skip
    # CDD contract, two photographed pages
    k = dict(type="CDD", employer="Les Jardins d'Ainay SAS", emp_form="société par actions "
             "simplifiée au capital de 40 000 euros", emp_addr="27 rue Vaubecour, 69002 Lyon",
             siret=siret("84213907", "0001"), emp_extra="EHPAD — APE 8710A",
             signatory="Mme Claire VERMOREL", signatory_role="Directrice d'établissement",
             employee_print="Mme N'GUESSAN Amenan Marie-Laure", e="e", dob=pp["dob"],
             pob="Abidjan (Côte d'Ivoire)", nationality="ivoirienne",
             address="18 rue Paul Bert, appt 34, 69003 Lyon", permit="037418526 (VLS-TS)",
             motif="faire face à un accroissement temporaire d'activité lié à l'ouverture d'une "
                   "unité de vie protégée", start=date(2026, 6, 1), end=date(2027, 5, 31),
             job="Aide-soignante", classification="employée, niveau II, coefficient 215",
             workplace="l'EHPAD Les Jardins d'Ainay, 27 rue Vaubecour, 69002 Lyon",
             salary="2 010,00", ccn="la convention collective nationale de l'hospitalisation "
             "privée du 18 avril 2002 (IDCC 2264)", signed=date(2026, 5, 28), place="Lyon",
             initials=("CV", "AN"), font="Serif", font_b="Serif-B")  # fmt: skip
    pages = rasterize(contract_pdf(k, P.rng("cdd")), 240)
    P.photo("IMG_20261110_093340.jpg", pages[0], "cdd1", surface="white")
    P.photo("IMG_20261110_093402.jpg", pages[1], "cdd2", surface="white")
    P.add(
        "employment_contract",
        "phone_photo",
        ["IMG_20261110_093340.jpg", "IMG_20261110_093402.jpg"],
        {
            "employer": "Les Jardins d'Ainay SAS",
            "employee_name": "N'GUESSAN Amenan Marie-Laure",
            "contract_type": "CDD",
            "job_title": "Aide-soignante",
            "start_date": k["start"],
        },
        f"CDD 01/06/2026 - 31/05/2027, SIRET {k['siret']}; both pages photographed.",
    )
    # RIB Société Générale, photographed
    iban, key = fr_iban("30003", "00730", "00050612847")
    r = dict(bank="30003", branch="00730", account="00050612847", key=key, iban=iban,
             bic="SOGEFRPP", holder_print="MME N'GUESSAN AMENAN MARIE-LAURE",
             addr1="18 RUE PAUL BERT APPT 34", addr2="69003 LYON",
             domiciliation="SG LYON GUILLOTIERE", dom_addr="2 GRANDE RUE DE LA GUILLOTIERE "
             "69007 LYON")  # fmt: skip
    img = rasterize(sg_rib_pdf(r, P.rng("rib")), 240)[0]
    P.photo("IMG_20261110_094410.jpg", img, "rib", surface="grey")
    P.add("rib", "phone_photo", ["IMG_20261110_094410.jpg"],
          {"holder_name": "N'GUESSAN AMENAN MARIE-LAURE", "iban": iban, "bic": "SOGEFRPP",
           "bank_name": "Société Générale", "iban_valid": iban_valid(iban),
           "rib_key_valid": rib_key("30003", "00730", "00050612847") == int(key)},
          "Printed SG RIB page with two identical slips.")  # fmt: skip
    return P.write_truth(as_of, True, ALL_OK, None,
                         {"surname": "N'GUESSAN", "given_names": "AMENAN MARIE-LAURE",
                          "date_of_birth": pp["dob"]})  # fmt: skip


def p02(root):
    P = Packet(root, "p02")
    as_of = date(2026, 11, 24)
    pp = dict(
        surname="KULKARNI", given="ANANYA SHRIKANT", surname_print="KULKARNI",
        given_print="ANANYA SHRIKANT", number="W4817263", nat="IND", nat_text="INDIAN",
        dob=date(1993, 7, 22), sex="F", pob="PUNE, MAHARASHTRA", issue=date(2023, 1, 12),
        expiry=date(2033, 1, 11), authority="MUMBAI", skin="9a6a4a", hair="15100c",
    )  # fmt: skip
    # form: typed on screen, printed, dated and signed by hand, scanned to one PDF
    fd = dict(
        surname="KULKARNI", usage="", given="ANANYA SHRIKANT", sex="F", dob=pp["dob"],
        pob="Pune, Inde", nationality="Indienne", address="14 rue de la Py, appt 52",
        cp="75020", commune="Paris", phone="06 12 87 40 33", email="ananya.kulkarni@proton.me",
        situation="salarie", job="Ingénieure data", contract="CDI", place="Paris",
        date_text="18/11/2026", signed_on=date(2026, 11, 18), date_by_hand=True,
        type_font="Mono", type_size=10,
    )  # fmt: skip
    P.scans_pdf("formulaire_S1106.pdf", form_pdf(fd, P.rng("form"), "A", "typed"), "form")
    P.add("application_form", "image_pdf", [("formulaire_S1106.pdf", [1, 2])], form_fields(fd),
          "Print run A; typed on screen (monospace capitals in the comb boxes), printed, dated "
          "and signed by hand, scanned.")  # fmt: skip
    # passport photographed open on a table
    assert check_mrz_lines(passport_mrz(pp))
    dpi = 380
    top = rasterize(observations_pdf(pp, P.rng("obs"), "1"), dpi)[0]
    bottom = rasterize(passport_pdf(pp, P.rng("passport")), dpi)[0]
    spread = booklet_spread(top, bottom, dpi, "1d2a4a")
    P.photo("IMG_3391.jpg", spread, "passport", surface="wood", fill=0.82, tilt=0.08,
            long_side=4032)  # fmt: skip
    P.add("passport", "phone_photo", ["IMG_3391.jpg"],
          id_fields("KULKARNI", "ANANYA SHRIKANT", "W4817263", "IND", "IND", pp["dob"], "F",
                    pp["expiry"]),
          "Indian passport open on a wooden table (observations page above, data page below); "
          "8-character number padded with '<' in the MRZ.")  # fmt: skip
    # titre de séjour (passeport talent), both faces scanned on one sheet
    h = dict(pp, number="XK0376915", title=("PASSEPORT TALENT", "SALARIÉ QUALIFIÉ"),
             until=date(2030, 8, 23), remarks=["CARTE PLURIANNUELLE",
                                               "AUTORISE SON TITULAIRE A TRAVAILLER"],
             address=["14 RUE DE LA PY APPT 52", "75020 PARIS"], agdref="7503184926",
             authority="PRÉFECTURE DE POLICE", nat="IND", pob="PUNE (IND)")  # fmt: skip
    h["from"] = date(2026, 8, 24)
    assert check_mrz_lines(residence_mrz(h))
    faces = card_images(residence_card_pdf(h, P.rng("ts")), 300)
    img = scan_cards(faces, P.rng("ts/scan"), 300, places=[(30, 25), (30, 95)])
    P.jpg("titre_sejour_recto_verso.jpg", img, 85, 300)
    P.add("residence_permit", "scan", ["titre_sejour_recto_verso.jpg"],
          id_fields("KULKARNI", "ANANYA SHRIKANT", "XK0376915", "IND", "FRA", pp["dob"], "F",
                    h["until"]),
          "Carte de séjour pluriannuelle 'passeport talent', recto and verso (TD1 MRZ) scanned "
          "on one A4 sheet at 300 dpi; valid 24/08/2026 - 23/08/2030.")  # fmt: skip
    # birth certificate + MEA apostille (reverse), scanned to a 2-page PDF
    b = dict(full_name="ANANYA SHRIKANT KULKARNI", sex_text="FEMALE", dob=pp["dob"],
             place="SASSOON GENERAL HOSPITAL, PUNE", mother="MEDHA SHRIKANT KULKARNI",
             father="SHRIKANT VASANT KULKARNI",
             addr="FLAT 7, SHUBHANGAN CHS, KARVE ROAD, KOTHRUD, PUNE - 411038",
             reg_no="B-1993/4127", reg_date=date(1993, 7, 28), issued=date(2026, 3, 16),
             cert_no="PMC/BR/2026/118734")  # fmt: skip
    ap = dict(
        country="INDIA",
        doc_signer="DR. S. R. PATIL",
        capacity="REGISTRAR OF BIRTHS & DEATHS",
        seal_of="PUNE MUNICIPAL CORPORATION",
        place="NEW DELHI",
        issued=date(2026, 4, 8),
        by="MINISTRY OF EXTERNAL AFFAIRS, GOVERNMENT OF INDIA",
        number="4021736915",
        signed_by="S. K. MEENA",
        signer_title="Assistant Section Officer (Attestation)",
    )
    P.scans_pdf("Birth_Certificate_Apostille.pdf", ind_birth_pdf(b, ap, P.rng("birth")),
                "birth", dpi=200)  # fmt: skip
    P.add("birth_certificate", "image_pdf", [("Birth_Certificate_Apostille.pdf", [1])],
          {"surname": "KULKARNI", "given_names": "ANANYA SHRIKANT", "date_of_birth": pp["dob"],
           "place_of_birth": "SASSOON GENERAL HOSPITAL, PUNE", "issuing_country": "IND",
           "language": "en", "has_apostille": True},
          "Pune Municipal Corporation Form No. 5 (English with Marathi/Hindi headings); the "
          "name is printed as one string 'ANANYA SHRIKANT KULKARNI'.")  # fmt: skip
    P.add("apostille", "image_pdf", [("Birth_Certificate_Apostille.pdf", [2])],
          {"country": "India", "issued_on": ap["issued"], "number": "4021736915",
           "signed_by": "S. K. MEENA"},
          "MEA apostille sticker on the reverse of the certificate, with a GAD Mantralaya "
          "attestation stamp above it.")  # fmt: skip
    # lease (text PDF from the agency, e-signed)
    L = dict(landlord="SCI LES TILLEULS DE MÉNILMONTANT",
             landlord_addr="dont le siège est 22 rue des Pyrénées, 75020 Paris",
             agent="Cabinet Lambert Immobilier", agent_person="Sophie LAMBERT",
             tenant_print="Mme Ananya Shrikant KULKARNI", tenant_dob=pp["dob"],
             tenant_pob="Pune (Inde)", tenant_email="ananya.kulkarni@proton.me",
             address="14 rue de la Py, 75020 Paris — bâtiment A, 3e étage, porte gauche, "
                     "appartement n° 52",
             address_short="14 rue de la Py 75020 Paris", designation="appartement T2",
             surface="38,50 m²", rooms="2", start=date(2026, 7, 1), signed=date(2026, 6, 24),
             rent="1 120,00", charges="95,00", initials="SL / AK",
             ysid=("YS-8841-20E7", "YS-8841-20E8"))  # fmt: skip
    P.pdf("Bail_14_rue_de_la_Py.pdf", lease_pdf(L, P.rng("lease")))
    P.add("lease", "text_pdf", [("Bail_14_rue_de_la_Py.pdf", [1, 2, 3])],
          {"tenant_names": ["Ananya Shrikant KULKARNI"],
           "landlord": "SCI LES TILLEULS DE MÉNILMONTANT",
           "address": "14 rue de la Py, 75020 Paris (appartement n° 52)",
           "start_date": L["start"]},
          "Loi 1989 lease (unfurnished), 3 pages, signed electronically on 24/06/2026, takes "
          "effect 1 July 2026 (written in words).")  # fmt: skip
    # payslip October 2026
    ps = dict(employer="SAPHIR ANALYTICS SAS", emp_addr1="Tour Sequana, 12 place des Reflets",
              emp_addr2="92400 Courbevoie", siret=siret("90315482", "0002"),
              employee_print="Mme KULKARNI Ananya Shrikant", addr1="14 rue de la Py, appt 52",
              addr2="75020 Paris", matricule="00417", job="Ingénieure data",
              entry=date(2026, 9, 1), start=date(2026, 10, 1), end=date(2026, 10, 31),
              paid=date(2026, 10, 30), gross=4250.00, pas_rate=7.5)  # fmt: skip
    P.pdf("Bulletin_de_paie_2026_10.pdf", payslip_pdf(ps, P.rng("payslip")))
    P.add(
        "payslip",
        "text_pdf",
        ["Bulletin_de_paie_2026_10.pdf"],
        {
            "employer": "SAPHIR ANALYTICS SAS",
            "employee_name": "KULKARNI Ananya Shrikant",
            "period": "2026-10",
            "net_pay": ps["net"],
            "siret": ps["siret"],
        },
        "Bulletin de paie clarifié; net_pay is the NET PAYÉ after income tax at source.",
    )
    # RIB BNP Paribas (text PDF)
    iban, key = fr_iban("30004", "00821", "00010739582")
    r = dict(
        bank="30004",
        branch="00821",
        account="00010739582",
        key=key,
        iban=iban,
        bic="BNPAFRPPXXX",
        holder_print="MME KULKARNI ANANYA SHRIKANT",
        addr1="14 RUE DE LA PY APPT 52",
        addr2="75020 PARIS",
        domiciliation="BNP PARIBAS PARIS GAMBETTA",
        dom_addr="5 PLACE GAMBETTA 75020 PARIS",
    )
    P.pdf("RIB_BNP_Paribas.pdf", bnp_rib_pdf(r, P.rng("rib")))
    P.add("rib", "text_pdf", ["RIB_BNP_Paribas.pdf"],
          {"holder_name": "KULKARNI ANANYA SHRIKANT", "iban": iban, "bic": "BNPAFRPPXXX",
           "bank_name": "BNP Paribas", "iban_valid": iban_valid(iban),
           "rib_key_valid": rib_key("30004", "00821", "00010739582") == int(key)},
          "RIB downloaded from the BNP Paribas customer area.")  # fmt: skip
    return P.write_truth(as_of, True, ALL_OK, None,
                         {"surname": "KULKARNI", "given_names": "ANANYA SHRIKANT",
                          "date_of_birth": pp["dob"]})  # fmt: skip
