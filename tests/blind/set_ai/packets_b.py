"""p03 (Lebanon, student, expired VLS-TS: the defect) and p04 (Chile, employed, lease)."""

from __future__ import annotations

from functools import partial

import births
import civil
import idcards
import money
from common import be_iban, fr_iban, png_bytes
from kit import Packet, chile_run, siret
from looks import page_image, pdf_pages, photo_jpg, scan_jpg, scanned_images_pdf, scanned_pdf, sheet


def p03(out):
    a = {"surname": "ABI NADER", "given_names": "YASMINE", "date_of_birth": "2001-07-30"}
    pk = Packet(out, "p03", "2026-10-21", False, a)
    addr1, addr2 = "9 rue du Faubourg Boutonnet, Appt 23", "34090 MONTPELLIER"
    skin = (205, 165, 130)
    pp = {"country": "LBN", "surname": "ABI NADER", "given": "YASMINE", "number": "LR2270481",
          "dob": "2001-07-30", "sex": "F", "exp": "2034-03-04", "issued": "2024-03-05",
          "pob": "ZAHLÉ", "father": "MAROUN", "mother": "RITA KHOURY", "sig": "Yasmine A.N.",
          "skin": skin}  # fmt: skip
    pp["style"] = lb_style = idcards.lb_style(pp)
    lb_style["sigfont"] = "hand5"
    page, _ = idcards.passport_page(pp, pk.r("pp"))
    v = {"number": "009312745", "sex": "F", "from": "2025-08-28", "until": "2026-08-27",
         "days": "365", "place": "BEYROUTH", "issued": "2025-08-11", "passport": "LR2270481",
         "surname": "ABI NADER", "given": "YASMINE", "nat": "LBN", "dob": "2001-07-30",
         "remarks": ["VLS-TS ETUDIANT", "CESEDA R431-16 4°"], "skin": skin}  # fmt: skip
    sticker, _ = idcards.visa_sticker(v, pk.r("visa"))
    vp = idcards.Card(125, 88, (232, 236, 244))
    vp.guilloche(pk.r("vp"), (214, 220, 234), n=30)
    vp.img.paste(sticker, (2 * idcards.PX, 3 * idcards.PX))
    imgs = [sheet([(idcards.passport_booklet(page, pk.r("pp")), 40, 25)], 150),
            sheet([(vp.img, 40, 25)], 150)]  # fmt: skip
    pk.write("passeport_visa.pdf", scanned_images_pdf(imgs, pk.r("pp-look"), 150))
    pk.doc([("passeport_visa.pdf", [1])], "passport", "image_pdf",
           {"surname": "ABI NADER", "given_names": "YASMINE", "document_number": "LR2270481",
            "nationality": "LBN", "issuing_country": "LBN", "date_of_birth": "2001-07-30",
            "sex": "F", "expiry_date": "2034-03-04", "mrz_valid": True},
           "Lebanese passport, French/English labels, father's and mother's names printed; "
           "two-word surname (ABI<NADER in the MRZ).")  # fmt: skip
    pk.doc([("passeport_visa.pdf", [2])], "long_stay_visa", "image_pdf",
           {"surname": "ABI NADER", "given_names": "YASMINE", "document_number": "009312745",
            "nationality": "LBN", "issuing_country": "FRA", "date_of_birth": "2001-07-30",
            "sex": "F", "expiry_date": "2026-08-27", "mrz_valid": True, "visa_type": "D",
            "vls_ts": True, "category": "étudiant", "valid_from": "2025-08-28",
            "valid_until": "2026-08-27"},
           "DEFECT: the student VLS-TS ended on 2026-08-27, before the audit date; no titre de "
           "séjour nor récépissé in the packet.")  # fmt: skip
    b = {"mohafazat": "Békaa", "caza": "Zahlé", "locality": "Zahlé - Maallaka",
         "reg_no": "214", "surname": "ABI NADER", "given": "Yasmine", "father": "Maroun",
         "mother": "Rita KHOURY", "pob": "Zahlé", "dob_disp": "30/07/2001", "sex": "Féminin",
         "marital": "Célibataire", "issued": "12/05/2025", "leg_date": "16/05/2025",
         "leg_no": "38821", "fr_leg_date": "22/05/2025", "mfa_officer": "Georges HADDAD"}  # fmt: skip
    pdf = pdf_pages([partial(births.lb_birth, b=b, rng=pk.r("bc"))])
    pk.write("extrait_etat_civil.jpg", scan_jpg(page_image(pdf, 1, 200), pk.r("bc-look")))
    pk.doc([("extrait_etat_civil.jpg", [1])], "birth_certificate", "scan",
           {"surname": "ABI NADER", "given_names": "Yasmine", "date_of_birth": "2001-07-30",
            "place_of_birth": "Zahlé", "issuing_country": "LBN", "language": "fr",
            "has_apostille": False},
           "Lebanon is not a party to the Apostille Convention: legalised by the Lebanese "
           "MFA and the French embassy in Beirut (stamps at the bottom).")  # fmt: skip
    L = {"kind": "LOCATION MEUBLÉE À USAGE DE RÉSIDENCE PRINCIPALE", "furnished": True,
         "landlord": "Madame Hélène VIDAL-ROUX", "landlord_addr": "demeurant 3 allée des "
         "Tilleuls, 34170 Castelnau-le-Lez", "tenants_disp": ["Mademoiselle Yasmine ABI NADER"],
         "address": f"{addr1}, {addr2}", "desc": "Studio meublé de 24 m², 2e étage, cave "
         "n° 7.", "start": "2025-09-01", "duration": "un an", "rent": 520.0, "charges": 45.0,
         "deposit": 1040.0, "city": "Montpellier", "signed": "2025-08-29"}  # fmt: skip
    pdf = pdf_pages(
        [
            partial(money.lease, page=1, L=L, rng=pk.r("l1")),
            partial(money.lease, page=2, L=L, rng=pk.r("l2")),
        ],
        "Bail meublé",
    )
    pk.write("bail_studio_montpellier.pdf", pdf)
    pk.doc([("bail_studio_montpellier.pdf", [1, 2])], "lease", "text_pdf",
           {"tenant_names": ["Yasmine ABI NADER"], "landlord": "Hélène VIDAL-ROUX",
            "address": f"{addr1}, {addr2}", "start_date": "2025-09-01"},
           "Bail meublé (loi 1989 titre Ier bis), started 13 months before the audit.")  # fmt: skip
    iban, key = fr_iban("30002", "01872", "0000457093R")
    r = {"bank": "LCL", "agency": "LCL MONTPELLIER COMEDIE", "agency_addr":
         "2 place de la Comédie 34000 MONTPELLIER", "holder": "MLLE ABI NADER YASMINE",
         "addr1": addr1.upper(), "addr2": addr2, "bank_code": "30002", "branch": "01872",
         "account": "0000457093R", "key": key, "iban": iban, "bic": "CRLYFRPP",
         "color": (20, 40, 110), "legal": "LCL - Le Crédit Lyonnais - SA au capital de "
         "2 037 713 591 € - SIREN 954 509 741 RCS Lyon"}  # fmt: skip
    pk.write("RIB_LCL.pdf", pdf_pages([partial(money.rib_pdf, r=r, rng=pk.r("rib"))], "RIB",
                                      "LCL"))  # fmt: skip
    pk.doc([("RIB_LCL.pdf", [1])], "rib", "text_pdf",
           {"holder_name": "ABI NADER YASMINE", "iban": iban, "bic": "CRLYFRPP",
            "bank_name": "LCL", "iban_valid": True, "rib_key_valid": True},
           "LCL RIB; account number ends with a letter (RIB key computed with the letter "
           "table).")  # fmt: skip
    f = {"surname": "ABI NADER", "given": "Yasmine", "dob": "2001-07-30",
         "pob": "Zahle (Liban)", "nat": "Libanaise", "address1": addr1, "address2": addr2,
         "employed": False, "other": "etudiante", "date": "2026-10-16",
         "city": "Montpellier"}  # fmt: skip
    pdf = pdf_pages([partial(civil.form_s1106, a=f, rng=pk.r("form"), hand="hand6")])
    pk.write("IMG_20261016_112233.jpg", photo_jpg(page_image(pdf, 1, 150), pk.r("form-look")))
    pk.doc([("IMG_20261016_112233.jpg", [1])], "application_form", "phone_photo",
           {"surname": "ABI NADER", "given_names": "Yasmine", "date_of_birth": "2001-07-30",
            "employment_status": "other", "signed": True, "signed_on": "2026-10-16",
            "nir": None}, "Page 1 only, photographed; section B: 'autre situation: "
           "étudiante'.")  # fmt: skip
    pk.finish({"application_form": "complete", "identity": "complete",
               "residence_status": "invalid", "birth_certificate": "complete",
               "residence_proof": "complete", "bank_details": "complete",
               "employment": "not_applicable"},
              "residence_status: the only residence document is a student VLS-TS that expired "
              "on 2026-08-27 (audit 2026-10-21)")  # fmt: skip
    return pk


def p04(out):
    a = {"surname": "MUÑOZ SEPÚLVEDA", "given_names": "CATALINA ANDREA",
         "date_of_birth": "1992-05-07"}  # fmt: skip
    pk = Packet(out, "p04", "2026-11-20", True, a)
    addr1, addr2 = "5 rue Fouré, 3e étage gauche", "44000 NANTES"
    skin = (200, 160, 125)
    run = chile_run(18456273)
    pp = {"country": "CHL", "surname": "MUÑOZ SEPÚLVEDA", "given": "CATALINA ANDREA",
          "number": "F48260193", "dob": "1992-05-07", "sex": "F", "exp": "2031-09-13",
          "issued": "2021-09-14", "pob": "SANTIAGO", "surname_disp": "MUÑOZ SEPÚLVEDA",
          "given_disp": "CATALINA ANDREA", "dob_disp": "07 MAY/MAY 1992",
          "iss_disp": "14 SEP/SEP 2021", "exp_disp": "13 SEP/SEP 2031", "run": run,
          "sig": "Catalina Muñoz", "skin": skin}  # fmt: skip
    pp["style"] = idcards.cl_style(pp)
    page, _ = idcards.passport_page(pp, pk.r("pp"))
    fname = "WhatsApp Image 2026-11-12 at 20.14.03.jpeg"
    pk.write(fname, photo_jpg(idcards.passport_booklet(page, pk.r("pp")), pk.r("pp-look")))
    pk.doc([(fname, [1])], "passport", "phone_photo",
           {"surname": "MUÑOZ SEPÚLVEDA", "given_names": "CATALINA ANDREA",
            "document_number": "F48260193", "nationality": "CHL", "issuing_country": "CHL",
            "date_of_birth": "1992-05-07", "sex": "F", "expiry_date": "2031-09-13",
            "mrz_valid": True}, "Chilean passport; double surname, MRZ MUNOZ<SEPULVEDA.")  # fmt: skip
    ts = {"number": "ZC8104275", "surname": "MUÑOZ SEPÚLVEDA", "given": "CATALINA ANDREA",
          "sex": "F", "nat": "CHILIENNE", "nat3": "CHL", "dob": "1992-05-07",
          "exp": "2029-09-30", "kind": "CARTE DE SEJOUR PLURIANNUELLE",
          "mention": "PASSEPORT TALENT - CHERCHEUR", "sig": "C. Muñoz",
          "pob": "SANTIAGO (CHILI)", "address1": "5 RUE FOURE", "address2": "44000 NANTES",
          "remarks": "CESEDA L421-14", "issued": "2025-10-02",
          "prefecture": "PRÉFET DE LOIRE-ATLANTIQUE", "surname_mrz": "MUÑOZ SEPÚLVEDA",
          "given_mrz": "CATALINA ANDREA", "skin": skin}  # fmt: skip
    front, back, _ = idcards.titre_sejour(ts, pk.r("ts"))
    img = sheet([(front, 20, 20), (back, 110, 20)], 200)
    pk.write("titre_sejour_recto_verso.pdf", scanned_images_pdf([img], pk.r("ts-look"), 200))
    pk.doc([("titre_sejour_recto_verso.pdf", [1])], "residence_permit", "image_pdf",
           {"surname": "MUÑOZ SEPÚLVEDA", "given_names": "CATALINA ANDREA",
            "document_number": "ZC8104275", "nationality": "CHL", "issuing_country": "FRA",
            "date_of_birth": "1992-05-07", "sex": "F", "expiry_date": "2029-09-30",
            "mrz_valid": True}, "Multi-year card 'passeport talent', both sides side by side.")  # fmt: skip
    b = {"circ": "PROVIDENCIA", "insc": "1187", "year": "1992",
         "name": "CATALINA ANDREA MUÑOZ SEPÚLVEDA", "run": run, "dob_disp": "7 Mayo 1992",
         "sex": "Femenino", "father": "RODRIGO ALEJANDRO MUÑOZ TAPIA",
         "father_run": chile_run(9874120), "mother": "MARÍA SOLEDAD SEPÚLVEDA ROJAS",
         "mother_run": chile_run(10233981), "issued": "10 Junio 2026, 10:22",
         "verif": "500384716254"}  # fmt: skip
    ap = {"country": "CHILE", "signer_doc": "Firma Electrónica Avanzada SRCeI",
          "capacity": "Servicio de Registro Civil e Identificación",
          "seal_of": "Servicio de Registro Civil e Identificación", "place": "Santiago",
          "issued_on": "2026-06-11", "signed_by": "Ministerio de Relaciones Exteriores de Chile",
          "number": "AP-2026-0839152", "seal": ["REPÚBLICA DE CHILE", "APOSTILLA", "MINREL"]}  # fmt: skip
    pdf = pdf_pages(
        [
            partial(births.cl_birth, b=b, rng=pk.r("bc")),
            partial(civil.apostille, a=ap, rng=pk.r("ap"), lang="es"),
        ],
        "Certificado de nacimiento",
        "Servicio de Registro Civil e Identificación",
    )
    pk.write("certificado_nacimiento_apostillado.pdf", pdf)
    pk.doc([("certificado_nacimiento_apostillado.pdf", [1])], "birth_certificate", "text_pdf",
           {"surname": "MUÑOZ SEPÚLVEDA", "given_names": "CATALINA ANDREA",
            "date_of_birth": "1992-05-07", "place_of_birth": None, "issuing_country": "CHL",
            "language": "es", "has_apostille": True},
           "Online certificate 'para todo trámite' (no place of birth printed, only the "
           "circunscripción PROVIDENCIA); e-apostille on page 2.")  # fmt: skip
    pk.doc([("certificado_nacimiento_apostillado.pdf", [2])], "apostille", "text_pdf",
           {"country": "CHILE", "issued_on": "2026-06-11", "number": "AP-2026-0839152",
            "signed_by": "Ministerio de Relaciones Exteriores de Chile"},
           "Hague model, 10 items, Spanish/English.")  # fmt: skip
    L = {"kind": "LOCAUX VIDES À USAGE D'HABITATION", "furnished": False,
         "landlord": "SCI LES QUAIS DE L'ERDRE, représentée par M. Yann Le Gall, gérant",
         "landlord_addr": "12 quai de Versailles, 44000 Nantes",
         "tenants_disp": ["Madame Catalina Andrea MUÑOZ SEPÚLVEDA", "Monsieur Thomas GIRARDOT"],
         "address": f"{addr1}, {addr2}", "desc": "Appartement T3 de 62 m².",
         "start": "2025-11-01", "duration": "trois ans", "rent": 890.0, "charges": 80.0,
         "deposit": 890.0, "city": "Nantes", "signed": "2025-10-24"}  # fmt: skip
    pdf = pdf_pages([partial(money.lease, page=1, L=L, rng=pk.r("l1")),
                     partial(money.lease, page=2, L=L, rng=pk.r("l2"))])  # fmt: skip
    pk.write("bail_signé.pdf", scanned_pdf(pdf, pk.r("l-look"), 150))
    pk.doc([("bail_signé.pdf", [1, 2])], "lease", "image_pdf",
           {"tenant_names": ["Catalina Andrea MUÑOZ SEPÚLVEDA", "Thomas GIRARDOT"],
            "landlord": "SCI LES QUAIS DE L'ERDRE", "address": f"{addr1}, {addr2}",
            "start_date": "2025-11-01"}, "Unfurnished lease with her partner, scanned.")  # fmt: skip
    st = siret("84172905", "0001")
    k = {"title": "CONTRAT DE TRAVAIL À DURÉE DÉTERMINÉE", "employer": "OCEANIS BIOTECH",
         "form": "société par actions simplifiée au capital de 150 000 €",
         "emp_addr": "2 rue de la Géraudière, 44300 Nantes", "siret": st,
         "rep": "Mme Claire Morvan", "rep_title": "Directrice des ressources humaines",
         "employee_disp": "Madame Catalina Andrea MUÑOZ SEPÚLVEDA", "dob": "1992-05-07",
         "pob": "Santiago (Chili)", "nat": "chilienne", "addr": f"{addr1}, {addr2}",
         "city": "Nantes", "signed": "2025-09-22", "articles": [
             ("Article 1 - Engagement", "Le Salarié est engagé en qualité d'ingénieure de "
              "recherche, statut cadre, position 2.2, coefficient 130 de la convention "
              "collective nationale de l'industrie pharmaceutique."),
             ("Article 2 - Durée du contrat", "Le présent contrat est conclu pour une durée "
              "déterminée de dix-huit mois, du 1er octobre 2025 au 31 mars 2027, au titre d'un "
              "contrat à objet défini (art. L.1242-2 6° du Code du travail)."),
             ("Article 3 - Période d'essai", "Le contrat ne deviendra définitif qu'à l'issue "
              "d'une période d'essai d'un mois de travail effectif."),
             ("Article 4 - Rémunération", "Le Salarié percevra une rémunération brute "
              "mensuelle de 3 400 euros sur douze mois."),
             ("Article 5 - Durée du travail", "Forfait annuel de 218 jours."),
             ("Article 6 - Lieu de travail", "2 rue de la Géraudière, 44300 Nantes.")]}  # fmt: skip
    pdf = pdf_pages([partial(money.contract, page=1, k=k, rng=pk.r("k1")),
                     partial(money.contract, page=2, k=k, rng=pk.r("k2"))])  # fmt: skip
    pk.write("IMG_0231.jpg", photo_jpg(page_image(pdf, 1, 150), pk.r("k-look1")))
    pk.write("IMG_0232.jpg", photo_jpg(page_image(pdf, 2, 150), pk.r("k-look2")))
    pk.doc([("IMG_0231.jpg", [1]), ("IMG_0232.jpg", [1])], "employment_contract",
           "phone_photo",
           {"employer": "OCEANIS BIOTECH", "employee_name": "Catalina Andrea MUÑOZ SEPÚLVEDA",
            "contract_type": "CDD", "job_title": "ingénieure de recherche",
            "start_date": "2025-10-01"}, "Two photographed pages of an 18-month CDD.")  # fmt: skip
    iban = be_iban("967", "4812305")
    r = {"holder": "Catalina Andrea Muñoz Sepúlveda", "iban": iban, "bic": "TRWIBEB1XXX"}
    pk.write("Screenshot_2026-11-14-21-32-07.png", png_bytes(money.wise_details(r)))
    pk.doc([("Screenshot_2026-11-14-21-32-07.png", [1])], "rib", "screenshot",
           {"holder_name": "Catalina Andrea Muñoz Sepúlveda", "iban": iban,
            "bic": "TRWIBEB1XXX", "bank_name": "Wise", "iban_valid": True,
            "rib_key_valid": None},
           "Wise EUR account details, Belgian IBAN: a foreign SEPA IBAN (info only).")  # fmt: skip
    f = {"surname": "MUÑOZ SEPÚLVEDA", "given": "Catalina Andrea", "dob": "1992-05-07",
         "pob": "Santiago, Chili", "nat": "Chilienne", "address1": addr1, "address2": addr2,
         "employed": True, "job": "Ingénieure de recherche", "contract": "CDD (18 mois)",
         "employer": "Oceanis Biotech", "date": "2026-11-16", "city": "Nantes"}  # fmt: skip
    pdf = pdf_pages(
        [partial(civil.form_s1106, a=f, rng=pk.r("form"), hand=None), civil.form_s1106_page2],
        "S1106 - Demande d'ouverture des droits",
    )
    pk.write("formulaire_S1106_rempli.pdf", pdf)
    pk.doc([("formulaire_S1106_rempli.pdf", [1, 2])], "application_form", "text_pdf",
           {"surname": "MUÑOZ SEPÚLVEDA", "given_names": "Catalina Andrea",
            "date_of_birth": "1992-05-07", "employment_status": "employed", "signed": True,
            "signed_on": "2026-11-16", "nir": None},
           "Filled on screen; the signature is a drawn vector stroke.")  # fmt: skip
    pk.finish({"application_form": "complete", "identity": "complete",
               "residence_status": "complete", "birth_certificate": "complete",
               "residence_proof": "complete", "bank_details": "complete",
               "employment": "complete"}, None)  # fmt: skip
    return pk
