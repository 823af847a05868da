"""The four packets of set_ap."""

from __future__ import annotations

import cards
import papers as pp
import papers2 as p2
import papers3 as p3
from common import (
    a4_with,
    fr_iban,
    image_pdf,
    jpeg,
    mrva,
    pdf_pages,
    photo_look,
    png,
    scan_look,
    spaced,
    td1,
    td3,
)
from kit import bill_f, idf, luhn_siret, merge, pages_scanned, reqs, visa_fields


def _hand_form_pages(pdf, rng, look):
    ims = pdf_pages(pdf, 200 if look == "scan" else 220)
    if look == "scan":
        return [scan_look(im, rng, (246, 245, 241), 0.8) for im in ims]
    return [photo_look(im, rng, 4032, 0.8, rot) for im, rot in zip(ims, (90, 0))]


# ============================================================== p01: Congo, lease, employed
def p01(out, P):
    A = dict(surname="MABIALA NKOUKA", given="Ruth Aurore", dob="1994-03-11", sex="F")
    addr = "14 rue Paul Bert, Appt 23, 69003 Lyon"
    pno = "OB0731529"
    mrz = td3("P", "COG", A["surname"], A["given"], pno, "COG", A["dob"], "F", "2028-02-14")
    pas = {
        "paper": (232, 236, 222), "tint": (206, 222, 196), "ink": (30, 80, 50),
        "header": ["RÉPUBLIQUE DU CONGO", "REPUBLIC OF THE CONGO", "PASSEPORT / PASSPORT"],
        "rows": [[("Type", "P"), ("Code", "COG"), ("N° de passeport / Passport No", pno)],
                 [("Nom / Surname", A["surname"])],
                 [("Prénoms / Given names", A["given"].upper())],
                 [("Nationalité / Nationality", "CONGOLAISE"), ("Sexe / Sex", "F")],
                 [("Date de naissance / Date of birth", "11 MARS/MAR 1994"),
                  ("Lieu de naissance", "POINTE-NOIRE")],
                 [("Date de délivrance", "15 FEVR/FEB 2023"),
                  ("Date d'expiration / Expiry", "14 FEVR/FEB 2028")],
                 [("Autorité / Authority", "DGST BRAZZAVILLE")]],
        "mrz": mrz, "skin": (96, 62, 44),
    }  # fmt: skip
    rng = P.rng()
    P.put(
        "IMG_20261112_183412.jpg", jpeg(photo_look(cards.passport_page(pas, rng), rng, 4032, 0.6))
    )
    base = idf(A["surname"], A["given"].upper(), pno, "COG", "COG", A["dob"], "F", "2028-02-14")
    P.doc(
        [("IMG_20261112_183412.jpg", [1])],
        "passport",
        "phone_photo",
        base,
        "Congolese passport data page photographed on a table.",
    )
    vno = "041728364"
    vm = mrva("FRA", A["surname"], A["given"], vno, "COG", A["dob"], "F", "2027-04-01")
    visa = {"sticker_no": vno, "from_fr": "02-04-2026", "until_fr": "01-04-2027",
            "days": "365 JOURS", "place": "BRAZZAVILLE", "issued_fr": "18-03-2026",
            "passport_no": pno, "name_line": "MABIALA NKOUKA, RUTH AURORE",
            "remarks": "VLS-TS SALARIE  R.431-16 CESEDA", "mrz": vm, "skin": (96, 62, 44)}  # fmt: skip
    rng = P.rng()
    P.put(
        "IMG_20261112_183455.jpg",
        jpeg(photo_look(cards.visa_page(visa, rng), rng, 3264, 0.62, 270)),
    )
    vf = idf(A["surname"], A["given"].upper(), vno, "COG", "FRA", A["dob"], "F", "2027-04-01")
    P.doc(
        [("IMG_20261112_183455.jpg", [1])],
        "long_stay_visa",
        "phone_photo",
        visa_fields(vf, "SALARIE", "2026-04-02", "2027-04-01"),
        "French VLS-TS sticker, photo rotated 270 degrees.",
    )
    # birth certificate (Congo: legalisation waived by the 1974 Franco-Congolese convention)
    b = {"act_no": "1187", "dob": A["dob"], "time": "quatorze heures trente",
         "pob": "Pointe-Noire, Hôpital A. Sicé", "sex_word": "féminin",
         "given": "Ruth Aurore", "surname": "MABIALA NKOUKA",
         "father": "MABIALA Jean-Félix", "father_job": "comptable",
         "mother": "NKOUKA Albertine", "mother_job": "commerçante",
         "home": "Pointe-Noire, quartier Tié-Tié", "registered": "1994-03-16",
         "copy_date": "2025-12-03", "receipt": "0045781"}  # fmt: skip
    rng = P.rng()
    P.put("Acte de naissance.pdf", image_pdf(pages_scanned(p2.birth_congo(b, rng), rng)))
    P.doc(
        [("Acte de naissance.pdf", [1])],
        "birth_certificate",
        "image_pdf",
        {
            "surname": "MABIALA NKOUKA",
            "given_names": "Ruth Aurore",
            "date_of_birth": A["dob"],
            "place_of_birth": "Pointe-Noire",
            "issuing_country": "COG",
            "language": "fr",
            "has_apostille": False,
        },
        "Congo (Brazzaville) full copy; no apostille needed: the Franco-Congolese judicial "
        "convention of 1 January 1974 waives legalisation of civil-status acts.",
    )
    # lease
    L = {"landlord": "SCI LES GLYCINES", "landlord_addr": "siège 3 place Bellecour, 69002 Lyon",
         "agent": "Régie Bellecour Gestion", "tenants": ["Ruth Aurore MABIALA NKOUKA"],
         "tenants_text": "Madame Ruth Aurore MABIALA NKOUKA, née le 11/03/1994 à Pointe-Noire "
         "(Congo)", "address": addr, "surface": "41,5", "rooms": "2",
         "start": "2026-05-01", "rent": "612,00", "charges": "65,00", "city": "Lyon",
         "signed": "2026-04-24", "agent_sig": "P. Garnier", "tenant_sig": "Mabiala"}  # fmt: skip
    rng = P.rng()
    P.put("Bail_MABIALA.pdf", pp.lease(L, rng))
    P.doc(
        [("Bail_MABIALA.pdf", [1, 2, 3])],
        "lease",
        "text_pdf",
        {
            "tenant_names": ["Ruth Aurore MABIALA NKOUKA"],
            "landlord": "SCI LES GLYCINES",
            "address": addr,
            "start_date": "2026-05-01",
        },
        "Bail loi 1989 from a letting agency, started 6.5 months before the audit.",
    )
    # payslip
    siret = luhn_siret("4123657890002")
    ps = {"from": "2026-10-01", "to": "2026-10-31", "paid": "2026-10-30",
          "employer": "EHPAD LES TILLEULS", "employer_addr": ["22 avenue Lacassagne",
                                                              "69003 LYON"],
          "siret": siret, "naf": "8710A", "urssaf": "Rhône-Alpes 827 000 0012345",
          "employee": "Madame MABIALA NKOUKA Ruth Aurore", "employee_addr": ["14 rue Paul Bert",
                                                                              "Appt 23",
                                                                              "69003 Lyon"],
          "job": "Aide-soignante", "coef": "Niveau 3", "hired": "2026-04-13",
          "ccn": "FEHAP (IDCC 29)",
          "lines": [("Salaire de base", "151,67", "14,6900", "2 228,03"),
                    ("Prime dimanches et jours fériés", "", "", "96,40"),
                    ("SALAIRE BRUT", "", "", "2 324,43"),
                    ("Santé", "2 324,43", "", "-38,12"),
                    ("Retraite sécurité sociale plafonnée", "2 324,43", "6,9000", "-160,39"),
                    ("Retraite complémentaire T1", "2 324,43", "4,0100", "-93,21"),
                    ("CSG déductible de l'impôt", "2 283,79", "6,8000", "-155,30"),
                    ("CSG/CRDS non déductible", "2 283,79", "2,9000", "-66,23"),
                    ("Autres contributions dues par l'employeur", "", "", "0,00"),
                    ("Exonérations de cotisations employeur", "", "", "0,00")],
          "net_before_tax": "1 811,18", "net": "1 811,18"}  # fmt: skip
    rng = P.rng()
    P.put("bulletin_salaire_oct2026.pdf", pp.payslip(ps, rng))
    P.doc(
        [("bulletin_salaire_oct2026.pdf", [1])],
        "payslip",
        "text_pdf",
        {
            "employer": "EHPAD LES TILLEULS",
            "employee_name": "MABIALA NKOUKA Ruth Aurore",
            "period": "2026-10",
            "net_pay": "1 811,18",
            "siret": siret,
        },
        "Bulletin de paie clarifié, October 2026.",
    )
    ib, key = fr_iban("20041", "01007", "05123456103")
    r = {"holder_lines": ["MME MABIALA NKOUKA RUTH AURORE", "14 RUE PAUL BERT APPT 23",
                          "69003 LYON"],
         "branch_lines": ["LA BANQUE POSTALE", "CENTRE FINANCIER DE LYON",
                          "69900 LYON CEDEX 20"],
         "bank": "20041", "branch": "01007", "account": "05123456103", "key": key, "iban": ib,
         "bic": "PSSTFRPPLYO"}  # fmt: skip
    rng = P.rng()
    P.put("RIB.pdf", p3.rib_lbp(r, rng))
    P.doc(
        [("RIB.pdf", [1])],
        "rib",
        "text_pdf",
        {
            "holder_name": "MME MABIALA NKOUKA RUTH AURORE",
            "iban": ib,
            "bic": "PSSTFRPPLYO",
            "bank_name": "La Banque Postale",
            "iban_valid": True,
            "rib_key_valid": True,
        },
    )
    f = {"surname": A["surname"], "given": "Ruth Aurore", "sex": "F", "dob": A["dob"],
         "pob_city": "Pointe-Noire", "pob_country": "Congo Brazzaville", "nationality": "Congolaise",
         "street": "14 rue Paul Bert, appt 23", "postcode": "69003", "city": "Lyon",
         "phone": "07 58 21 44 90", "email": "ruth.mabiala94@gmail.com",
         "situation": "salarie", "contract": "CDI", "job": "aide-soignante",
         "employer": "EHPAD Les Tilleuls", "place": "Lyon", "date_text": "12/11/2026",
         "signed": True, "sig_name": "RMabiala", "hand_font": "Ecolier"}  # fmt: skip
    rng = P.rng()
    pages = _hand_form_pages(pp.form_s1106(f, rng, "hand", "A"), rng, "scan")
    P.put("formulaire_p1.jpg", jpeg(pages[0], 88))
    P.put("formulaire_p2.jpg", jpeg(pages[1], 88))
    P.doc(
        [("formulaire_p1.jpg", [1]), ("formulaire_p2.jpg", [1])],
        "application_form",
        "scan",
        {
            "surname": A["surname"],
            "given_names": "Ruth Aurore",
            "date_of_birth": A["dob"],
            "employment_status": "employed",
            "signed": True,
            "signed_on": "2026-11-12",
            "nir": None,
        },
        "Filled by hand in capitals, comb boxes; flatbed scan, two JPEGs.",
    )
    P.truth(
        out,
        as_of="2026-11-18",
        employed=True,
        status="complete",
        requirements=reqs(True),
        defect=None,
        applicant={
            "surname": A["surname"],
            "given_names": "RUTH AURORE",
            "date_of_birth": A["dob"],
        },
    )


# ============================================================== p02: Albania, hosted by spouse
def p02(out, P):
    A = dict(surname="KËLLIÇI", given="Ermal", dob="1990-07-02", sex="M")
    pno = "BA4172093"
    mrz = td3(
        "P", "ALB", A["surname"], A["given"], pno, "ALB", A["dob"], "M", "2031-05-17", "I90702123A"
    )
    pas = {
        "paper": (228, 230, 238), "tint": (200, 206, 228), "ink": (120, 20, 30),
        "header": ["REPUBLIKA E SHQIPËRISË", "REPUBLIC OF ALBANIA", "PASAPORTË / PASSPORT"],
        "rows": [[("Lloji/Type", "P"), ("Kodi/Code", "ALB"), ("Nr. pasaportës/Passport No", pno)],
                 [("Mbiemri/Surname", "KËLLIÇI")], [("Emri/Given names", "ERMAL")],
                 [("Shtetësia/Nationality", "SHQIPTARE/ALBANIAN"), ("Gjinia/Sex", "M")],
                 [("Datëlindja/Date of birth", "02.07.1990"), ("Vendlindja/Place", "DURRËS")],
                 [("Data e lëshimit/Issue", "18.05.2021"), ("Data e skadimit/Expiry", "17.05.2031")],
                 [("Autoriteti/Authority", "MPB / MOI")]],
        "mrz": mrz, "skin": (205, 165, 135), "lab_font": "Cond", "val_font": "CondB",
    }  # fmt: skip
    rng = P.rng()
    page = a4_with(cards.passport_page(pas, rng).resize((984, 693)), rng, 200, (0.15, 0.06))
    P.put("passeport.pdf", image_pdf([scan_look(page, rng, (240, 240, 240))], 65))
    P.doc(
        [("passeport.pdf", [1])],
        "passport",
        "image_pdf",
        idf("KËLLIÇI", "ERMAL", pno, "ALB", "ALB", A["dob"], "M", "2031-05-17"),
        "Photocopy of the data page on A4, scanned; MRZ spells KELLICI.",
    )
    tno = "AF4829163"
    tm = td1("IR", "FRA", tno, A["dob"], "M", "2027-06-29", "ALB", A["surname"], A["given"])
    t = {"number": tno, "surname": "KËLLIÇI", "given": "ERMAL", "sex": "M", "nat": "ALB",
         "dob_fr": "02 07 1990", "kind": "CARTE DE SEJOUR TEMPORAIRE", "until_fr": "29 06 2027",
         "address": "7 ALLEE DES TANNEURS 35000 RENNES",
         "remarks": "VIE PRIVEE ET FAMILIALE", "issued_fr": "30 06 2026",
         "prefecture": "PREFECTURE D'ILLE-ET-VILAINE", "mrz": tm,
         "skin": (205, 165, 135)}  # fmt: skip
    rng = P.rng()
    P.put("titre_sejour_recto.jpg", jpeg(photo_look(cards.titre_front(t, rng), rng, 3024, 0.55)))
    P.put("titre_sejour_verso.jpg", jpeg(photo_look(cards.titre_back(t, rng), rng, 3024, 0.55)))
    P.doc(
        [("titre_sejour_recto.jpg", [1]), ("titre_sejour_verso.jpg", [1])],
        "residence_permit",
        "phone_photo",
        idf("KËLLIÇI", "ERMAL", tno, "ALB", "FRA", A["dob"], "M", "2027-06-29"),
        "Titre de séjour card, front and back photographed; MRZ on the back.",
    )
    # birth certificate + apostille + translation, one scanned PDF
    b = {"protocol": "8417/2", "copy_date_dot": "11.08.2026", "nid": "I90702123A",
         "given": "Ermal", "surname": "Këlliçi", "father": "Petrit", "mother": "Drita",
         "mother_maiden": "Leka", "dob_dot": "02.07.1990", "pob": "Durrës",
         "sex_word": "Mashkull", "civil": "I martuar", "act": "Nr. 612, viti 1990",
         "office": "Durrës", "verif": "7Q3K-91LZ-Y2"}  # fmt: skip
    ap = {"conv_line": "(Convention de La Haye du 5 octobre 1961)",
          "l_country": "Shteti / Country", "country": "REPUBLIKA E SHQIPËRISË / ALBANIA",
          "l_intro": "Ky dokument zyrtar / This public document",
          "l_signed": "është nënshkruar nga / has been signed by", "signer": "Eriona Shehu",
          "l_capacity": "në cilësinë e / acting in the capacity of",
          "capacity": "Nëpunëse e Gjendjes Civile / Civil Status Officer",
          "l_seal": "mban vulën e / bears the seal of", "seal": "Zyra e Gjendjes Civile Durrës",
          "l_cert": "Vërtetohet / Certified", "l_at": "në / at", "place": "Tiranë",
          "l_date": "më / the", "date_txt": "20.08.2026",
          "l_by": "nga / by", "by": "Ministria për Evropën dhe Punët e Jashtme",
          "l_no": "Nr. / No", "number": "AP-2026/184273", "l_stamp": "Vula / Seal",
          "l_sig": "Nënshkrimi / Signature", "seal_ring": "MINISTRIA PER EUROPEN DHE PUNET E JASHTME ",
          "signed_by_sig": "A. Dervishi"}  # fmt: skip
    tr = {"header": "Sophie Marchand — Traductrice-interprète expert près la Cour d'appel de Rennes",
          "from_lang": "Traduit de l'albanais",
          "lines": ["RÉPUBLIQUE D'ALBANIE — MINISTÈRE DE L'INTÉRIEUR — DIRECTION GÉNÉRALE DE "
                    "L'ÉTAT CIVIL", "CERTIFICAT DE NAISSANCE — N° de protocole 8417/2 du "
                    "11.08.2026",
                    "Numéro personnel : I90702123A. Prénom : Ermal. Nom : Këlliçi. Prénom du "
                    "père : Petrit. Prénom de la mère : Drita. Nom de jeune fille de la mère : "
                    "Leka.", "Date de naissance : 02.07.1990. Lieu de naissance : Durrës. Sexe : "
                    "masculin. Nationalité : albanaise. État civil : marié. Acte de naissance "
                    "n° 612, année 1990.",
                    "Bureau d'état civil de Durrës. L'officier d'état civil : (signature "
                    "illisible). Cachet rond.",
                    "APOSTILLE n° AP-2026/184273 délivrée à Tirana le 20.08.2026 par le "
                    "ministère de l'Europe et des Affaires étrangères."],
          "cert": "Je soussignée, traductrice expert inscrite sur la liste de la Cour d'appel de "
          "Rennes, certifie que la présente traduction est conforme à l'original en langue "
          "albanaise qui m'a été présenté.", "city": "Rennes", "date": "2026-09-04",
          "sig": "SMarchand", "stamp_ring": "SOPHIE MARCHAND COUR D'APPEL RENNES ",
          "no": "2026-0917"}  # fmt: skip
    rng = P.rng()
    pdfs = [p2.birth_albania(b, rng), p2.apostille(ap, rng), p2.translation(tr, rng)]
    P.put("certificat_lindje.pdf", image_pdf(pages_scanned(merge(pdfs), rng, 180), 68))
    P.doc(
        [("certificat_lindje.pdf", [1])],
        "birth_certificate",
        "image_pdf",
        {
            "surname": "Këlliçi",
            "given_names": "Ermal",
            "date_of_birth": A["dob"],
            "place_of_birth": "Durrës",
            "issuing_country": "ALB",
            "language": "sq",
            "has_apostille": True,
        },
        "Albanian civil registry certificate (e-Albania).",
    )
    P.doc(
        [("certificat_lindje.pdf", [2])],
        "apostille",
        "image_pdf",
        {
            "country": "Albania",
            "issued_on": "2026-08-20",
            "number": "AP-2026/184273",
            "signed_by": "Eriona Shehu",
        },
        "Hague model, bilingual Albanian/English labels.",
    )
    P.doc(
        [("certificat_lindje.pdf", [3])],
        "translation",
        "image_pdf",
        {},
        "Sworn translation into French (Cour d'appel de Rennes).",
    )
    # host: spouse, French national ID card, three Bbox bills
    host = "Camille DUROCHER"
    haddr = "7 allée des Tanneurs, 35000 Rennes"
    att = {"top": ["Camille Durocher", "7 allée des Tanneurs", "35000 Rennes"],
           "body": ["Je soussignée Camille Durocher, née le 14/09/1992 à Vannes (56),",
                    "demeurant 7 allée des Tanneurs, 35000 Rennes, atteste sur",
                    "l'honneur héberger à mon domicile mon époux, Monsieur Ermal",
                    "Këlliçi, né le 02/07/1990 à Durrës (Albanie), depuis le",
                    "1er mars 2026.",
                    "Je joins la copie de ma carte d'identité et mes trois",
                    "dernières factures Bbox.",
                    "Fait pour servir et valoir ce que de droit."],
           "date_line": "Fait à Rennes, le 28/11/2026", "sig": "CDurocher"}  # fmt: skip
    rng = P.rng()
    att_pg = pdf_pages(p2.attestation_hand(att, rng), 200)[0]
    P.put("attestation_hebergement.jpg", jpeg(scan_look(att_pg, rng, (248, 247, 243)), 85))
    P.doc(
        [("attestation_hebergement.jpg", [1])],
        "hosting_attestation",
        "scan",
        {
            "host_name": host,
            "hosted_name": "Ermal Këlliçi",
            "address": haddr,
            "since_date": "2026-03-01",
            "signed_on": "2026-11-28",
            "signed": True,
        },
        "Handwritten on a lined sheet by the applicant's wife.",
    )
    cno = "X4RTBPFW4"
    cm = td1("ID", "FRA", cno, "1992-09-14", "F", "2033-03-14", "FRA", "DUROCHER", "Camille Anne")
    cd = {"number": cno, "surname": "DUROCHER", "given": "Camille, Anne", "sex": "F",
          "dob_fr": "14 09 1992", "pob": "VANNES (56)", "exp_fr": "14 03 2033",
          "address": ["7 ALLEE DES TANNEURS", "35000 RENNES"], "issued_fr": "15 03 2023",
          "mrz": cm}  # fmt: skip
    rng = P.rng()
    sheet = a4_with(cards.cni_front(cd, rng), rng, 200, (0.12, 0.07))
    sheet.paste(cards.cni_back(cd, rng), (int(sheet.width * 0.12), int(sheet.height * 0.42)))
    sheet = sheet.resize((1240, 1754))
    P.put("CNI_Camille.pdf", image_pdf([scan_look(sheet, rng, (238, 238, 236))], 62))
    P.doc(
        [("CNI_Camille.pdf", [1])],
        "national_id",
        "image_pdf",
        idf("DUROCHER", "CAMILLE ANNE", cno, "FRA", "FRA", "1992-09-14", "F", "2033-03-14"),
        "Host's French identity card (2021 model), front and back copied on one sheet.",
    )
    for k, (mon, iss, start, end) in enumerate(
        [
            ("09", "2026-09-02", "2026-09-01", "2026-09-30"),
            ("10", "2026-10-02", "2026-10-01", "2026-10-31"),
            ("11", "2026-11-02", "2026-11-01", "2026-11-30"),
        ]
    ):
        amt = [42.99, 42.99, 44.99][k]
        bb = {
            "issue": iss,
            "no": f"F26{mon}0{k + 3}81742",
            "client": "1.04.882.731",
            "line": "02 99 31 47 65",
            "start": start,
            "end": end,
            "amount": amt,
            "debit": iss[:8] + "12",
            "holder_block": ["Madame Camille DUROCHER", "7 allée des Tanneurs", "35000 RENNES"],
        }
        rng = P.rng()
        name = f"facture_bbox_2026-{mon}.pdf"
        P.put(name, p2.bill_bbox(bb, rng))
        P.doc(
            [(name, [1])],
            "utility_bill",
            "text_pdf",
            bill_f("Bouygues Telecom", "internet", "Camille DUROCHER", haddr, iss, start, end, amt),
            "Host's internet bill.",
        )
    # RIB: BoursoBank app screenshot
    ib, key = fr_iban("40618", "80200", "00040123456")
    rb = {"clock": "10:15", "holder": "M ERMAL KELLICI", "account_label": "Compte bancaire",
          "iban_sp": spaced(ib), "bic": "BOUSFRPPXXX", "bank": "40618", "branch": "80200",
          "account": "00040123456", "key": key}  # fmt: skip
    rng = P.rng()
    P.put("Screenshot_20261201-101522_BoursoBank.png", png(cards.bourso_rib(rb, rng)))
    P.doc(
        [("Screenshot_20261201-101522_BoursoBank.png", [1])],
        "rib",
        "screenshot",
        {
            "holder_name": "M ERMAL KELLICI",
            "iban": ib,
            "bic": "BOUSFRPPXXX",
            "bank_name": "BoursoBank",
            "iban_valid": True,
            "rib_key_valid": True,
        },
    )
    f = {"surname": "KËLLIÇI", "given": "Ermal", "sex": "M", "dob": A["dob"],
         "pob_city": "Durrës", "pob_country": "Albanie", "nationality": "albanaise",
         "street": "chez Mme Durocher, 7 allée des Tanneurs", "postcode": "35000",
         "city": "Rennes", "phone": "06 12 40 77 83", "email": "ermal.kellici@outlook.com",
         "situation": "sans_activite", "place": "Rennes", "date_text": "02/12/2026",
         "signed": True, "sig_name": "EKellici"}  # fmt: skip
    rng = P.rng()
    P.put("S1106_rempli.pdf", pp.form_s1106(f, rng, "acroform", "B"))
    P.doc(
        [("S1106_rempli.pdf", [1, 2])],
        "application_form",
        "text_pdf",
        {
            "surname": "KËLLIÇI",
            "given_names": "Ermal",
            "date_of_birth": A["dob"],
            "employment_status": "not_employed",
            "signed": True,
            "signed_on": "2026-12-02",
            "nir": None,
        },
        "Fillable PDF (AcroForm fields), signature image pasted in the box.",
    )
    P.truth(
        out,
        as_of="2026-12-09",
        employed=False,
        status="complete",
        requirements=reqs(False),
        defect=None,
        applicant={"surname": "KELLICI", "given_names": "ERMAL", "date_of_birth": A["dob"]},
    )


from packets_b import p03, p04  # noqa: E402

__all__ = ["p01", "p02", "p03", "p04"]
