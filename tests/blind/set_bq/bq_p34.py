"""Packets p03 (Algeria, sans activité, hosted by her husband) and p04 (Colombia, employed,
birth certificate date of birth differs from the passport)."""

from __future__ import annotations

from datetime import date

from bq_civil import col_apostille_pdf, col_birth_pdf, dza_birth_pdf, translation_pdf
from bq_common import fr_iban, iban_valid, rib_key, siret
from bq_form import form_pdf
from bq_ids import (
    booklet_spread,
    card_images,
    cni_mrz,
    cni_pdf,
    observations_pdf,
    passport_mrz,
    passport_pdf,
    residence_card_pdf,
    residence_mrz,
    visa_mrz,
    visa_page_pdf,
)
from bq_looks import image_pdf, rasterize, scan_cards, scan_page
from bq_money import bourso_rib_pdf, free_bill_pdf, sfr_bill_pdf
from bq_p12 import ALL_OK
from bq_packet import Packet, check_mrz_lines, form_fields, id_fields
from bq_papers import attestation_pdf, contract_pdf
from bq_screens import lbp_rib_screen


def p03(root):
    P = Packet(root, "p03")
    as_of = date(2026, 11, 27)
    pp = dict(
        surname="AIT OUFELLA", given="NOUR EL HOUDA", surname_print="AIT OUFELLA",
        given_print="NOUR EL HOUDA", number="218734056", nat="DZA", nat_text="ALGÉRIENNE",
        dob=date(1997, 1, 9), sex="F", pob="TIZI OUZOU", issue=date(2024, 6, 2),
        expiry=date(2034, 6, 1), authority="DAÏRA DE TIZI OUZOU", skin="c89a78",
        hair="2a1a12", name_ar=("آيت وفلة", "نور الهدى"),
    )  # fmt: skip
    home1, home2 = "27 boulevard de la Liberté", "59800 Lille"
    # form: by hand (print run B, dotted lines), scanned as two JPEG pages
    fd = dict(
        surname="AÏT OUFELLA", usage="LEFEBVRE", given="Nour El Houda", sex="F", dob=pp["dob"],
        pob="Tizi Ouzou, Algérie", nationality="Algérienne", address=home1, cp="59800",
        commune="Lille", phone="06 44 17 82 05", email="nourelhouda.lefebvre@gmail.com",
        situation="sans_activite", place="Lille", date_text="21/11/2026",
        signed_on=date(2026, 11, 21), hand_font="H-Dkg", caps_font="H-Humor", ink="16161e",
        upper_lines=("surname", "usage"), cross=True,
    )  # fmt: skip
    pdf = form_pdf(fd, P.rng("form"), "B", "hand")
    rng = P.rng("form/scan")
    for i, page in enumerate(rasterize(pdf, 200)):
        P.jpg(f"scan000{i + 1}.jpg", scan_page(page, rng, gray=True), 80, 200)
    P.add("application_form", "scan", ["scan0001.jpg", "scan0002.jpg"], form_fields(fd),
          "Print run B (labels beside dotted lines), filled by hand in black ink with crosses in "
          "the boxes; birth name written AÏT OUFELLA, usage name LEFEBVRE; 'sans activité'; "
          "grey-scale flatbed scans.")  # fmt: skip
    # passport, open on the scanner glass
    assert check_mrz_lines(passport_mrz(pp))
    top = rasterize(observations_pdf(pp, P.rng("obs"), "3"), 300)[0]
    bottom = rasterize(passport_pdf(pp, P.rng("passport")), 300)[0]
    spread = booklet_spread(top, bottom, 300, "1f4a2e")
    P.jpg("scan_passeport.jpg", scan_cards([spread], P.rng("passport/scan"), 300), 85, 300)
    P.add("passport", "scan", ["scan_passeport.jpg"],
          id_fields("AIT OUFELLA", "NOUR EL HOUDA", "218734056", "DZA", "DZA", pp["dob"], "F",
                    pp["expiry"]),
          "Algerian biometric passport scanned open on an A4 flatbed (300 dpi); bilingual "
          "French/Arabic labels, name also in Arabic script.")  # fmt: skip
    # certificat de résidence algérien (Algerians are outside the VLS-TS scheme)
    h = dict(pp, number="ZR5209137", title=("CERTIFICAT DE RÉSIDENCE ALGÉRIEN",
                                            "VIE PRIVÉE ET FAMILIALE"),
             until=date(2027, 6, 14), remarks=["CONJOINT DE FRANÇAIS",
                                               "AUTORISE SON TITULAIRE A TRAVAILLER"],
             address=["27 BD DE LA LIBERTE", "59800 LILLE"], agdref="5909214738",
             authority="PRÉFECTURE DU NORD", pob="TIZI OUZOU (DZA)")  # fmt: skip
    h["from"] = date(2026, 6, 15)
    assert check_mrz_lines(residence_mrz(h))
    faces = card_images(residence_card_pdf(h, P.rng("cra")), 600)
    P.photo("20261120_101512.jpg", faces[0], "cra1", surface="white", fill=0.7)
    P.photo("20261120_101530.jpg", faces[1], "cra2", surface="white", fill=0.7, rot=1)
    P.add("residence_permit", "phone_photo", ["20261120_101512.jpg", "20261120_101530.jpg"],
          id_fields("AIT OUFELLA", "NOUR EL HOUDA", "ZR5209137", "DZA", "FRA", pp["dob"], "F",
                    h["until"]),
          "Titre de séjour card: certificat de résidence algérien 'vie privée et familiale' "
          "(spouse of a French national), valid 15/06/2026 - 14/06/2027; recto and verso "
          "photographed separately, the verso stored rotated 90 degrees.")  # fmt: skip
    # birth certificate (bilingual copie intégrale) with the marriage in the margin
    b = dict(act_no="00212", dob=pp["dob"], hour="14 heures 30", place="Tizi Ouzou",
             surname="AIT OUFELLA", given="Nour El Houda", father="AIT OUFELLA Mohand Arezki",
             mother="BELKACEMI Ouardia", reg_date=date(1997, 1, 11), issued=date(2026, 1, 20),
             mention="Mariée le 20/09/2025 à Tizi Ouzou avec LEFEBVRE Julien, né le 03/11/1994 "
                     "à Rouen (France).",
             mention_ar="تزوجت بتاريخ 2025/09/20 بتيزي وزو", surname_ar="آيت وفلة",
             given_ar="نور الهدى", father_ar="آيت وفلة محند أرزقي",
             mother_ar="بلقاسمي وردية")  # fmt: skip
    P.scan_jpg("acte_naissance_copie_integrale.jpg", dza_birth_pdf(b, P.rng("birth")), "birth",
               dpi=200, gray=True)  # fmt: skip
    P.add("birth_certificate", "scan", ["acte_naissance_copie_integrale.jpg"],
          {"surname": "AIT OUFELLA", "given_names": "Nour El Houda", "date_of_birth": pp["dob"],
           "place_of_birth": "Tizi Ouzou", "issuing_country": "DZA", "language": "ar+fr",
           "has_apostille": False},
          "Bilingual Arabic/French copie intégrale; marriage to LEFEBVRE Julien in the marginal "
          "notes. No apostille: Algeria is not a Hague Apostille party and its civil-status "
          "documents are exempt from legalisation in France under the 1962 Franco-Algerian "
          "protocol (assumption, see README).")  # fmt: skip
    # attestation d'hébergement, handwritten by the husband, phone photo
    host = "Julien LEFEBVRE"
    a = dict(body1="Je soussigné Julien LEFEBVRE, né le 03/11/1994 à Rouen (76), demeurant au "
                   "27 boulevard de la Liberté, 59800 Lille, atteste sur l'honneur héberger à "
                   "mon domicile depuis le 12/04/2026 mon épouse, Madame Nour El Houda AÏT "
                   "OUFELLA épouse LEFEBVRE, née le 09/01/1997 à Tizi Ouzou (Algérie).",
             body2="Elle réside de façon stable et continue à cette adresse.",
             body3="Je joins à la présente la copie de ma carte d'identité ainsi que mes trois "
                   "dernières factures. Attestation faite pour servir et valoir ce que de droit.",
             place="Lille", date_text="02/11/2026", font="H-Dkg", ink="1b2a7a")  # fmt: skip
    img = rasterize(attestation_pdf(a, P.rng("att")), 240)[0]
    P.photo("attestation_hebergement.jpg", img, "att", surface="wood", fill=0.8, curl=0.12)
    P.add("hosting_attestation", "phone_photo", ["attestation_hebergement.jpg"],
          {"host_name": host, "hosted_name": "Nour El Houda AÏT OUFELLA épouse LEFEBVRE",
           "address": "27 boulevard de la Liberté, 59800 Lille", "since_date": date(2026, 4, 12),
           "signed_on": date(2026, 11, 2), "signed": True},
          "Handwritten on a Seyès school sheet by the husband, signed.")  # fmt: skip
    # host's national identity card, both faces scanned into one PDF page
    cn = dict(surname="LEFEBVRE", given="JULIEN MARC", surname_print="LEFEBVRE",
              given_print="JULIEN, MARC", number="Y7KC2RH45", dob=date(1994, 11, 3), sex="M",
              pob="ROUEN (76)", issue=date(2023, 3, 14), expiry=date(2033, 3, 13),
              address=["27 BD DE LA LIBERTE", "59800 LILLE"], authority="PRÉFECTURE DU NORD",
              can="482915", skin="e2b594", hair="6b4a2a")  # fmt: skip
    assert check_mrz_lines(cni_mrz(cn))
    faces = card_images(cni_pdf(cn, P.rng("cni")), 300)
    bed = scan_cards(faces, P.rng("cni/scan"), 300, places=[(25, 30), (25, 100)])
    P.pdf("CNI_Julien_recto_verso.pdf", image_pdf([bed], P.rng("cni/pdf")))
    P.add("national_id", "image_pdf", ["CNI_Julien_recto_verso.pdf"],
          id_fields("LEFEBVRE", "JULIEN, MARC", "Y7KC2RH45", "FRA", "FRA", cn["dob"], "M",
                    cn["expiry"]),
          "The host's French identity card (2021 model, TD1 MRZ on the verso), recto and verso "
          "on one scanned page. Not the applicant's identity document.")  # fmt: skip
    # three Free bills in the host's name
    months = [(date(2026, 9, 2), date(2026, 8, 1), date(2026, 8, 31), "aout"),
              (date(2026, 10, 2), date(2026, 9, 1), date(2026, 9, 30), "sept"),
              (date(2026, 11, 2), date(2026, 10, 1), date(2026, 10, 31), "oct")]  # fmt: skip
    for i, (iss, st, en, lab) in enumerate(months):
        bd = dict(issue=iss, start=st, end=en, amount=29.99, holder_print="Lefebvre Julien",
                  addr1=home1, addr2=home2, email="julien.lefebvre59@free.fr",
                  line="FO48215739", client="10853462", no=str(731448102 + i * 91357),
                  debit=date(iss.year, iss.month, 5))  # fmt: skip
        fn = f"Free_facture_{lab}_2026.pdf"
        P.pdf(fn, free_bill_pdf(bd, P.rng(f"bill{i}")))
        P.add("utility_bill", "text_pdf", [fn],
              {"provider": "Free", "service": "internet", "holder_name": "Lefebvre Julien",
               "address": "27 BOULEVARD DE LA LIBERTÉ, 59800 LILLE", "issue_date": iss,
               "period_start": st, "period_end": en, "amount": 29.99, "month": f"{st:%Y-%m}"},
              "Freebox bill in the host's name (host's proof of address).")  # fmt: skip
    # joint account RIB, screenshot of the La Banque Postale app
    iban, key = fr_iban("20041", "01005", "0721459X031")
    r = dict(bank="20041", branch="01005", account="0721459X031", key=key, iban=iban,
             bic="PSSTFRPPLIL", holder_lines=["M JULIEN LEFEBVRE", "OU MME NOUR EL HOUDA LEFEBVRE"],
             addr1="27 BD DE LA LIBERTE", addr2="59800 LILLE",
             domiciliation="Centre financier de Lille", time="14:22",
             account_label="Compte joint — CCP 0721459X031")  # fmt: skip
    P.png("IMG_0457.PNG", lbp_rib_screen(r, P.rng("rib")))
    P.add("rib", "screenshot", ["IMG_0457.PNG"],
          {"holder_name": "JULIEN LEFEBVRE OU NOUR EL HOUDA LEFEBVRE", "iban": iban,
           "bic": "PSSTFRPPLIL", "bank_name": "La Banque Postale",
           "iban_valid": iban_valid(iban),
           "rib_key_valid": rib_key("20041", "01005", "0721459X031") == int(key)},
          "Joint account of the couple; the applicant appears under her usage name LEFEBVRE. "
          "Account number contains a letter (X -> 7 for the RIB key).")  # fmt: skip
    req = dict(ALL_OK, employment="not_applicable")
    return P.write_truth(as_of, False, req, None,
                         {"surname": "AIT OUFELLA", "given_names": "NOUR EL HOUDA",
                          "date_of_birth": pp["dob"]})  # fmt: skip


def p04(root):
    P = Packet(root, "p04")
    as_of = date(2026, 11, 30)
    pp = dict(
        surname="CASTAÑO OSPINA", given="JUAN SEBASTIÁN", surname_print="CASTAÑO OSPINA",
        given_print="JUAN SEBASTIÁN", number="AV482731", nat="COL", nat_text="COLOMBIANA",
        dob=date(1991, 8, 14), sex="M", pob="MEDELLÍN COL", issue=date(2022, 2, 10),
        expiry=date(2032, 2, 9), authority="CANCILLERÍA MEDELLÍN", skin="b07a55",
        hair="1a120c", personal_no="1037594218",
    )  # fmt: skip
    addr1, addr2 = "5 rue Saint-Exupéry, Appt B12", "31700 Blagnac"
    # form: the fillable PDF itself, values in AcroForm fields, signature image pasted
    fd = dict(
        surname="CASTAÑO OSPINA", usage="", given="Juan Sebastián", sex="M", dob=pp["dob"],
        pob="Medellín, Colombie", nationality="Colombienne", address=addr1, cp="31700",
        commune="Blagnac", phone="07 81 22 93 40", email="jscastano.ospina@outlook.com",
        situation="salarie", job="Technicien de maintenance", contract="CDI", place="Blagnac",
        date_text="20/11/2026", signed_on=date(2026, 11, 20),
    )  # fmt: skip
    P.pdf("S1106_formulaire_rempli.pdf", form_pdf(fd, P.rng("form"), "B", "acroform"))
    P.add("application_form", "text_pdf", [("S1106_formulaire_rempli.pdf", [1, 2])],
          form_fields(fd),
          "Print run B as a fillable PDF: values live in AcroForm text fields and checkboxes "
          "(with appearance streams, names p1_nom_naissance...), the signature is a pasted "
          "image of a handwritten signature.")  # fmt: skip
    # passport, flatbed scan of the data page
    assert check_mrz_lines(passport_mrz(pp))
    page = card_images(passport_pdf(pp, P.rng("passport")), 300)[0]
    P.jpg("passeport_scan.jpg", scan_cards([page], P.rng("passport/scan"), 300,
                                           places=[(20, 18)]), 84, 300)  # fmt: skip
    P.add("passport", "scan", ["passeport_scan.jpg"],
          id_fields("CASTAÑO OSPINA", "JUAN SEBASTIÁN", "AV482731", "COL", "COL", pp["dob"], "M",
                    pp["expiry"]),
          "Colombian passport data page on an A4 scan; personal number 1037594218 in the MRZ "
          "optional field; dates printed '14 AGO/AUG 1991'.")  # fmt: skip
    # VLS-TS salarié
    v = {"number": "041275903", "from": date(2026, 2, 15), "until": date(2027, 2, 14),
         "days": 365, "post": "BOGOTA", "issued": date(2026, 1, 28),
         "remarks": ["VLS-TS SALARIE", "CESEDA R.431-16"], "page": "5",
         "entry_stamp": ("19.02.26", "CDG 2E")}  # fmt: skip
    assert check_mrz_lines(visa_mrz(pp, v))
    img = rasterize(visa_page_pdf(pp, v, P.rng("visa")), 450)[0]
    P.photo("IMG_20261112_093015.jpg", img, "visa", surface="grey", fill=0.8, rot=3)
    vf = id_fields("CASTAÑO OSPINA", "JUAN SEBASTIÁN", "041275903", "COL", "FRA", pp["dob"], "M",
                   v["until"])  # fmt: skip
    vf.update(visa_type="D", vls_ts=True, category="SALARIÉ", valid_from=v["from"],
              valid_until=v["until"])  # fmt: skip
    P.add(
        "long_stay_visa",
        "phone_photo",
        ["IMG_20261112_093015.jpg"],
        vf,
        "VLS-TS salarié sticker, photo stored rotated 270 degrees.",
    )
    # birth certificate: DEFECT, date of birth 14 June 1991 instead of 14 August 1991
    bad_dob = date(1991, 6, 14)
    b = dict(serial="18463927", ap1="CASTAÑO", ap2="OSPINA", names="JUAN SEBASTIÁN",
             dob=bad_dob, hour="07:45", cnv="A-0832147",
             mother="OSPINA GIRALDO MARÍA TERESA", mother_id="C.C. 43.512.889",
             father="CASTAÑO RÍOS JORGE IVÁN", father_id="C.C. 70.118.452",
             reg_date=date(1991, 9, 2), registrar="LUZ MARINA ARANGO P.",
             issued=date(2026, 3, 11), notary="CARLOS ALBERTO RESTREPO URIBE")  # fmt: skip
    P.scans_pdf("Registro_civil_nacimiento.pdf", col_birth_pdf(b, P.rng("birth")), "birth",
                dpi=200, page_mm=(216, 279))  # fmt: skip
    P.add("birth_certificate", "image_pdf", ["Registro_civil_nacimiento.pdf"],
          {"surname": "CASTAÑO OSPINA", "given_names": "JUAN SEBASTIÁN",
           "date_of_birth": bad_dob, "place_of_birth": "COLOMBIA - ANTIOQUIA - MEDELLÍN",
           "issuing_country": "COL", "language": "es", "has_apostille": True},
          "THE DEFECT: the Registro Civil gives 1991 / JUN / 14 while the passport (and every "
          "other piece) gives 14 August 1991. Otherwise a proper notarial copy with an "
          "apostille.")  # fmt: skip
    ap = dict(doc_signer="CARLOS ALBERTO RESTREPO URIBE",
              capacity="NOTARIO 12 DEL CÍRCULO DE MEDELLÍN",
              seal_of="NOTARÍA DOCE DEL CÍRCULO DE MEDELLÍN", place="BOGOTÁ D.C.",
              issued=date(2026, 3, 18), by="MINISTERIO DE RELACIONES EXTERIORES",
              number="A2N6X71941328", code="8F3K-27QX",
              signed_by="DIANA PATRICIA RUIZ MENDOZA — Coordinadora GIT Apostilla y "
                        "Legalizaciones", doc_type="REGISTRO CIVIL DE NACIMIENTO",
              holder="JUAN SEBASTIAN CASTAÑO OSPINA")  # fmt: skip
    P.pdf("Apostilla_A2N6X71941328.pdf", col_apostille_pdf(ap, P.rng("apostille")))
    P.add("apostille", "text_pdf", ["Apostilla_A2N6X71941328.pdf"],
          {"country": "Colombia", "issued_on": ap["issued"], "number": "A2N6X71941328",
           "signed_by": "DIANA PATRICIA RUIZ MENDOZA"},
          "Colombian electronic apostille (born-digital PDF) for the Registro Civil; it does "
          "not restate the date of birth.")  # fmt: skip
    t = dict(translator="Carolina MEJÍA DUPONT", address="8 rue des Lois, 31000 Toulouse",
             no="T-2026-0412", date=date(2026, 4, 2), ap_number=ap["number"],
             ap_date=ap["issued"])  # fmt: skip
    P.scans_pdf("Traduction_acte_naissance.pdf", translation_pdf(b, t, P.rng("trad")), "trad",
                dpi=180)  # fmt: skip
    P.add("translation", "image_pdf", ["Traduction_acte_naissance.pdf"], {},
          "Sworn translation (Spanish -> French) of the Registro Civil; it faithfully repeats "
          "the certificate's date, '14 juin 1991'.")  # fmt: skip
    # three SFR bills
    months = [
        (date(2026, 9, 6), date(2026, 8, 1), date(2026, 8, 31), 43.0, "082026"),
        (date(2026, 10, 6), date(2026, 9, 1), date(2026, 9, 30), 43.0, "092026"),
        (date(2026, 11, 6), date(2026, 10, 1), date(2026, 10, 31), 45.9, "102026"),
    ]
    for i, (iss, st, en, amt, lab) in enumerate(months):
        bd = dict(
            issue=iss,
            start=st,
            end=en,
            amount=amt,
            sub=40.0,
            client="0412 8893 21",
            line="05 82 31 47 96",
            no=f"2026{iss.month:02d}A{88314 + i * 7}",
            holder_print="M Juan Sebastian CASTANO OSPINA",
            addr1=addr1,
            addr2=addr2,
            debit=date(iss.year, iss.month, 16),
            rum="SFR-FR-RUM-0034718842",
        )
        fn = f"Facture_SFR_{lab}.pdf"
        P.pdf(fn, sfr_bill_pdf(bd, P.rng(f"bill{i}")))
        P.add("utility_bill", "text_pdf", [fn],
              {"provider": "SFR", "service": "internet",
               "holder_name": "Juan Sebastian CASTANO OSPINA",
               "address": "5 rue Saint-Exupéry, Appt B12, 31700 Blagnac", "issue_date": iss,
               "period_start": st, "period_end": en, "amount": amt, "month": f"{st:%Y-%m}"},
              "SFR Fibre bill; holder name printed without accents.")  # fmt: skip
    # CDI, scanned
    k = dict(type="CDI", employer="HEXALIS INGÉNIERIE", emp_form="SAS au capital de 250 000 €",
             emp_addr="3 avenue Didier Daurat, 31700 Blagnac", siret=siret("81729354", "0003"),
             emp_extra="RCS Toulouse — NAF 7112B", signatory="M. Thomas GARRIGUES",
             signatory_role="Directeur des ressources humaines",
             employee_print="M. Juan Sebastián CASTAÑO OSPINA", e="", dob=pp["dob"],
             pob="Medellín (Colombie)", nationality="colombienne",
             address="5 rue Saint-Exupéry, Appt B12, 31700 Blagnac",
             permit="041275903 (VLS-TS salarié)", start=date(2026, 3, 2),
             job="technicien de maintenance industrielle",
             classification="ETAM, position 2.2, coefficient 310",
             workplace="l'établissement de Blagnac", salary="2 650,00",
             ccn="la convention collective nationale des bureaux d'études techniques (Syntec, "
                 "IDCC 1486)", signed=date(2026, 2, 20), place="Blagnac",
             initials=("TG", "JSC"), font="Caladea", font_b="Caladea-B")  # fmt: skip
    P.scans_pdf("Contrat_CDI_Hexalis.pdf", contract_pdf(k, P.rng("cdi")), "cdi", dpi=200)
    P.add("employment_contract", "image_pdf", [("Contrat_CDI_Hexalis.pdf", [1, 2])],
          {"employer": "HEXALIS INGÉNIERIE", "employee_name": "Juan Sebastián CASTAÑO OSPINA",
           "contract_type": "CDI", "job_title": "technicien de maintenance industrielle",
           "start_date": k["start"]},
          f"CDI starting 02/03/2026, SIRET {k['siret']}, scanned.")  # fmt: skip
    # RIB BoursoBank (text PDF)
    iban, key = fr_iban("40618", "80263", "00041287539")
    r = dict(bank="40618", branch="80263", account="00041287539", key=key, iban=iban,
             bic="BOUSFRPPXXX", holder_print="M JUAN SEBASTIAN CASTANO OSPINA",
             addr1="5 RUE SAINT-EXUPERY APPT B12", addr2="31700 BLAGNAC",
             edited=date(2026, 3, 5))  # fmt: skip
    P.pdf("RIB_BoursoBank.pdf", bourso_rib_pdf(r, P.rng("rib")))
    P.add("rib", "text_pdf", ["RIB_BoursoBank.pdf"],
          {"holder_name": "JUAN SEBASTIAN CASTANO OSPINA", "iban": iban, "bic": "BOUSFRPPXXX",
           "bank_name": "BoursoBank", "iban_valid": iban_valid(iban),
           "rib_key_valid": rib_key("40618", "80263", "00041287539") == int(key)},
          "RIB generated from the BoursoBank customer area.")  # fmt: skip
    req = dict(ALL_OK, birth_certificate="invalid")
    return P.write_truth(as_of, True, req,
                         "birth certificate date of birth (14/06/1991) differs from the "
                         "passport's (14/08/1991)",
                         {"surname": "CASTAÑO OSPINA", "given_names": "JUAN SEBASTIÁN",
                          "date_of_birth": pp["dob"]})  # fmt: skip
