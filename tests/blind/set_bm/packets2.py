"""Packets p02 (Colombia), p03 (Philippines), p04 (Cameroon, wrong IBAN check digits)."""

from __future__ import annotations

from datetime import date

import civil
import fin
import forms
import ids
from common import Page, render
from generate import card_scan_img, page_img
from packets import (
    ALL_OK,
    _slip,
    applicant,
    form_fields,
    id_fields,
    luhn_siret,
    month_bounds,
    visa_fields,
)

EN_LABELS = {
    "type": "Tipo / Type", "code": "Código / Code", "no": "Pasaporte No. / Passport No.",
    "surname": "Apellidos / Surname", "given": "Nombres / Given names",
    "nat": "Nacionalidad / Nationality", "dob": "Fecha de nacimiento / Date of birth",
    "sex": "Sexo / Sex", "pob": "Lugar de nacimiento / Place of birth",
    "issue": "Fecha de expedición / Date of issue", "auth": "Autoridad / Authority",
    "exp": "Fecha de vencimiento / Date of expiry", "sig": "Firma / Signature",
}  # fmt: skip


# =========================================================================== p02 COLOMBIA
def p02(P):
    me = {
        "surname": "Restrepo Gómez", "given": "Juan Sebastián", "sex": "M",
        "dob": date(1991, 7, 22), "country": "COL", "passport_no": "AU482913",
        "pp_issue": date(2022, 4, 5), "pp_expiry": date(2032, 4, 4),
        "surname_print": "RESTREPO GÓMEZ", "given_print": "JUAN SEBASTIÁN",
        "pob_print": "MEDELLÍN (ANT) COL",
    }  # fmt: skip
    addr = ["27 rue des Tanneurs", "35000 RENNES"]
    fd = {
        "surname": "RESTREPO GÓMEZ", "given": "Juan Sebastián", "sex": "M", "dob": me["dob"],
        "pob": "Medellín, Colombie", "nationality": "colombienne",
        "address": "27 rue des Tanneurs", "cp": "35000", "city": "Rennes",
        "phone": "06 44 87 12 09", "email": "jsrestrepo.g@outlook.com",
        "situation": "sans_activite", "place": "Rennes", "date_text": "16/11/2026",
        "signed_on": date(2026, 11, 16), "signature": "strokes",
    }  # fmt: skip
    pages = [forms.page1(fd, "B", "typed", P.sub()), forms.page2(fd, "B", "typed", P.sub())]
    P.image_pdf("formulaire_S1106.pdf", [page_img(pg) for pg in pages])
    P.add([("formulaire_S1106.pdf", [1, 2])], "application_form", "image_pdf",
          form_fields(fd), "typed on screen, printed, signed by hand, scanned")  # fmt: skip
    spec = {
        "tint": (200, 215, 230), "band": (20, 50, 110), "h1": "REPÚBLICA DE COLOMBIA",
        "h2": "PASAPORTE  -  PASSPORT  -  PASSEPORT", "labels": EN_LABELS,
        "nat_text": "COLOMBIANA", "date_style": "en", "authority": "CANCILLERÍA",
    }  # fmt: skip
    pp, _ = ids.passport_page(me, spec, P.sub())
    P.photo("IMG_4471.jpg", pp, rot=180)
    P.add([("IMG_4471.jpg", [1])], "passport", "phone_photo",
          id_fields(me, me["passport_no"], me["pp_expiry"]), "photo upside down")  # fmt: skip
    visa = {
        "sticker_no": "016204377", "from": date(2026, 3, 10), "until": date(2027, 3, 9),
        "days": "365", "issued_in": "BOGOTA", "issued_on": date(2026, 2, 24),
        "remarks": ["VLS-TS VISITEUR", "CESEDA R.431-16 1°", "ACTIVITE PROF. INTERDITE"],
    }  # fmt: skip
    vimg, _ = ids.visa_sticker(me, visa, P.sub())
    P.scan("scan_visa.jpg", card_scan_img([vimg], P.sub(), 300), 200)
    P.add([("scan_visa.jpg", [1])], "long_stay_visa", "scan",
          visa_fields(me, visa, "VISITEUR"))  # fmt: skip
    b = {
        "serial": "58731942", "nuip": "1036742815", "dept": "ANTIOQUIA", "city": "MEDELLÍN",
        "code": "05001", "ap1": "RESTREPO", "ap2": "GÓMEZ", "given": "JUAN SEBASTIÁN",
        "dob": me["dob"], "sex_word": "MASCULINO", "mother": "GÓMEZ ARANGO LUZ MARINA",
        "father": "RESTREPO VÉLEZ CARLOS ALBERTO", "reg": date(1991, 8, 9),
        "issued": date(2025, 11, 4),
    }  # fmt: skip
    P.scan("registro_civil.jpg", page_img(civil.colombia_birth(b, P.sub())), 200)
    P.add([("registro_civil.jpg", [1])], "birth_certificate", "scan",
          {"surname": "RESTREPO GÓMEZ", "given_names": "JUAN SEBASTIÁN",
           "date_of_birth": "1991-07-22", "place_of_birth": "MEDELLÍN, ANTIOQUIA",
           "issuing_country": "COL", "language": "es", "has_apostille": True})  # fmt: skip
    a = {
        "l1": "País / Country / Pays :", "country": "COLOMBIA",
        "l2": "El presente documento público ha sido firmado por / has been signed by / a été "
        "signé par", "signed_by": "LUIS FERNANDO OCAMPO RÍOS",
        "l3": "Quien actúa en calidad de / acting in the capacity of / agissant en qualité de",
        "capacity": "REGISTRADOR MUNICIPAL DEL ESTADO CIVIL",
        "l4": "Y está revestido del sello de / bears the seal of / est revêtu du sceau de",
        "seal": "REGISTRADURÍA NACIONAL DEL ESTADO CIVIL",
        "cert": "Certificado / Certified / Attesté", "l5": "En / at / à", "at": "BOGOTÁ D.C.",
        "l6": "El / the / le", "issued_on_text": "12/11/2025",
        "l7": "Por / by / par", "by": "MINISTERIO DE RELACIONES EXTERIORES DE COLOMBIA",
        "l8": "Bajo el número / No. / sous le n°", "number": "A5K8T2M9R4Q1",
        "l9": "Sello / Seal / Sceau", "l10": "Firma / Signature",
        "official": "OLGA LUCIA PARRA", "stamp": ["REPÚBLICA DE", "COLOMBIA", "CANCILLERÍA",
                                                  "APOSTILLA"],
        "footer": "Apostilla electrónica. La autenticidad de este documento puede ser "
        "verificada en www.cancilleria.gov.co con el código de verificación A5K8T2M9R4Q1. "
        "Esta Apostilla solo certifica la firma y la calidad del funcionario.",
    }  # fmt: skip
    P.text_pdf("apostilla_cancilleria.pdf", [civil.apostille(a, P.sub())], "Apostilla")
    P.add([("apostilla_cancilleria.pdf", [1])], "apostille", "text_pdf",
          {"country": "COLOMBIA", "issued_on": "2025-11-12", "number": "A5K8T2M9R4Q1",
           "signed_by": "LUIS FERNANDO OCAMPO RÍOS"},
          "e-apostille for the Registro Civil; item 7 authority = Cancillería; the official "
          "signing the apostille is OLGA LUCIA PARRA")  # fmt: skip
    t = {
        "translator": "Isabel Marchetti-Lozano", "court": "Rennes",
        "addr": "12 place des Lices, 35000 Rennes — tél. 02 99 30 18 64", "number": "T-2025-611",
        "date": date(2025, 12, 3),
        "lines": [
            "#RÉPUBLIQUE DE COLOMBIE — REGISTRE NATIONAL DE L'ÉTAT CIVIL",
            "#ACTE D'ÉTAT CIVIL DE NAISSANCE",
            "Indicatif série : 58731942 — NUIP : 1036742815",
            "Bureau d'enregistrement : Registraduría — COLOMBIE - ANTIOQUIA - MEDELLÍN",
            "Premier nom de famille : RESTREPO — Second nom de famille : GÓMEZ",
            "Prénom(s) : JUAN SEBASTIÁN",
            "Date de naissance : 22 juillet 1991 — Sexe : MASCULIN",
            "Lieu de naissance : COLOMBIE - ANTIOQUIA - MEDELLÍN",
            "Mère : GÓMEZ ARANGO LUZ MARINA, de nationalité colombienne",
            "Père : RESTREPO VÉLEZ CARLOS ALBERTO, de nationalité colombienne",
            "Date d'inscription : 9 août 1991 — Signature du fonctionnaire : (signature)",
            "Copie conforme délivrée le 4 novembre 2025 à Bogotá D.C.",
            "Mention : apostille n° A5K8T2M9R4Q1 du 12 novembre 2025 (Cancillería).",
        ],
    }  # fmt: skip
    P.image_pdf(
        "traduction_assermentee.pdf", [page_img(pg) for pg in civil.translation(t, P.sub())]
    )
    P.add([("traduction_assermentee.pdf", [1])], "translation", "image_pdf",
          {"surname": "RESTREPO GÓMEZ", "given_names": "JUAN SEBASTIÁN",
           "date_of_birth": "1991-07-22", "language": "fr"},
          "sworn translation (Spanish -> French) of the birth certificate")  # fmt: skip
    # --- three Free bills, Aug/Sep/Oct 2026, in his name
    looks = ["text_pdf", "text_pdf", "scan"]
    for i, m in enumerate((8, 9, 10)):
        st, en = month_bounds(2026, m)
        bill = {
            "number": f"FB{2026}{m:02d}-{48213 + i * 7}", "issue": date(2026, m, 2),
            "due": date(2026, m, 9), "login": "fbx71294536", "line": "02 23 41 87 55",
            "holder_print": "M. Juan Sebastián Restrepo Gómez", "addr": addr,
            "offer": "Pop", "start": st, "end": en, "base": 29.99,
            "extra": [("Communications hors forfait", [0.0, 1.20, 0.35][i])],
        }  # fmt: skip
        bill["amount"] = round(29.99 + bill["extra"][0][1], 2)
        fname = f"Facture_Free_{st.strftime('%m_%Y')}" + (".pdf" if i < 2 else ".jpg")
        if i < 2:
            P.text_pdf(fname, [fin.free_bill(bill)], "Facture Free")
        else:
            P.scan(fname, page_img(fin.free_bill(bill)), 200)
        P.add([(fname, [1])], "utility_bill", looks[i],
              {"provider": "Free", "service": "internet",
               "holder_name": "Juan Sebastián Restrepo Gómez",
               "address": "27 rue des Tanneurs, 35000 RENNES",
               "issue_date": bill["issue"].isoformat(), "period_start": st.isoformat(),
               "period_end": en.isoformat(), "amount": bill["amount"],
               "month": st.strftime("%Y-%m")})  # fmt: skip
    iban, key = ids.fr_iban("10278", "36010", "00020345601")
    r = {"holder_print": "M RESTREPO GOMEZ JUAN SEBASTIAN", "addr": addr, "bank": "10278",
         "branch": "36010", "account": "00020345601", "key": key, "iban": iban,
         "agency": ["CCM RENNES CENTRE", "6 RUE D'ORLEANS", "35000 RENNES"]}  # fmt: skip
    P.scan("scan_0007.jpg", page_img(fin.rib_page(r, "CM")), 200)
    P.add([("scan_0007.jpg", [1])], "rib", "scan",
          {"holder_name": "RESTREPO GOMEZ JUAN SEBASTIAN", "iban": iban, "bic": "CMCIFR2A",
           "bank_name": "Crédit Mutuel", "iban_valid": True, "rib_key_valid": True})  # fmt: skip
    req = dict(ALL_OK, employment="not_applicable")
    P.write_truth("2026-11-23", False, req, None, applicant(me))


# =========================================================================== p03 PHILIPPINES
def p03(P):
    me = {
        "surname": "Dela Cruz", "given": "Maria Kristine", "sex": "F",
        "dob": date(1993, 5, 8), "country": "PHL", "passport_no": "P4827193A",
        "pp_issue": date(2024, 1, 15), "pp_expiry": date(2034, 1, 14),
        "surname_print": "DELA CRUZ", "given_print": "MARIA KRISTINE",
        "pob_print": "QUEZON CITY",
    }  # fmt: skip
    sig = render(_sig_page(P), 200)
    fd = {
        "surname": "DELA CRUZ", "usage": "MOREAU", "given": "Maria Kristine", "sex": "F",
        "dob": me["dob"], "pob": "Quezon City, Philippines", "nationality": "Philippine",
        "address": "8 allée des Tilleuls, Bât. B", "cp": "31400", "city": "Toulouse",
        "phone": "06 12 93 70 48", "email": "kristine.moreau@laposte.net",
        "situation": "salarie", "contract": "CDI", "job": "Technicienne support",
        "place": "Toulouse", "date_text": "20/11/2026", "signed_on": date(2026, 11, 20),
        "signature": sig,
    }  # fmt: skip
    P.text_pdf("S1106_demande_PUMa.pdf",
               [forms.page1(fd, "A", "typed", P.sub()), forms.page2(fd, "A", "typed", P.sub())],
               "cerfa 15763*02")  # fmt: skip
    P.add([("S1106_demande_PUMa.pdf", [1, 2])], "application_form", "text_pdf",
          form_fields(fd), "filled on screen, handwritten signature image pasted; usage name "
          "MOREAU (husband)")  # fmt: skip
    spec = {
        "tint": (215, 205, 225), "band": (60, 20, 90), "h1": "REPUBLIKA NG PILIPINAS",
        "h2": "REPUBLIC OF THE PHILIPPINES  -  PASAPORTE / PASSPORT",
        "labels": {"type": "Uri/Type", "code": "Kodigo/Code", "no": "Pasaporte Blg/Passport No",
                   "surname": "Apelyido/Surname", "given": "Pangalan/Given names",
                   "nat": "Nasyonalidad/Nationality", "dob": "Petsa ng kapanganakan/Date of birth",
                   "sex": "Kasarian/Sex", "pob": "Lugar ng kapanganakan/Place of birth",
                   "issue": "Petsa ng pagkakaloob/Date of issue", "auth": "Authority",
                   "exp": "Valid hanggang/Valid until", "sig": ""},
        "nat_text": "FILIPINO", "date_style": "en", "authority": "DFA NCR EAST",
    }  # fmt: skip
    pp, _ = ids.passport_page(me, spec, P.sub())
    P.scan("passport_scan.png", card_scan_img([pp], P.sub(), 300, 150), 150)
    P.add([("passport_scan.png", [1])], "passport", "scan",
          id_fields(me, me["passport_no"], me["pp_expiry"]))  # fmt: skip
    ts = {
        "kind": "CARTE DE SEJOUR TEMPORAIRE", "until": date(2027, 6, 30),
        "issued": date(2026, 7, 1), "number": "26TL48207", "agdref": "3101927465",
        "address1": "8 ALLEE DES TILLEULS BAT B", "address2": "31400 TOULOUSE",
        "remarks": "VIE PRIVEE ET FAMILIALE", "prefecture": "DE LA HAUTE-GARONNE",
    }  # fmt: skip
    front, back, _ = ids.residence_card(me, ts, P.sub())
    P.photo("IMG_2024.jpg", front)
    P.photo("IMG_2025.jpg", back, rot=90)
    P.add([("IMG_2024.jpg", [1]), ("IMG_2025.jpg", [1])], "residence_permit", "phone_photo",
          id_fields(me, ts["number"], ts["until"], issuing="FRA"),
          "titre de séjour, front and back photographed separately; back rotated")  # fmt: skip
    b = {
        "province": "METRO MANILA", "city": "QUEZON CITY", "reg_no": "93-08412",
        "given": "MARIA KRISTINE", "middle": "SANTOS", "last": "DELA CRUZ",
        "sex_word": "FEMALE", "dob": me["dob"], "hospital": "EAST AVENUE MEDICAL CENTER",
        "mother": "ROSALINDA  REYES  SANTOS", "father": "EDUARDO  MANALO  DELA CRUZ",
        "parents_marriage": "JUNE 12, 1990 - QUEZON CITY", "reg": date(1993, 5, 20),
        "issued": date(2025, 9, 3), "secpa": "B28461753",
    }  # fmt: skip
    P.scan("PSA_birth_certificate.jpg", page_img(civil.philippines_birth(b, P.sub())), 200)
    P.add([("PSA_birth_certificate.jpg", [1])], "birth_certificate", "scan",
          {"surname": "DELA CRUZ", "given_names": "MARIA KRISTINE",
           "date_of_birth": "1993-05-08", "place_of_birth": "QUEZON CITY, METRO MANILA",
           "issuing_country": "PHL", "language": "en", "has_apostille": True},
          "PSA copy on security paper (middle name SANTOS = mother's maiden name)")  # fmt: skip
    a = {
        "l1": "Country:", "country": "REPUBLIC OF THE PHILIPPINES",
        "l2": "This public document has been signed by", "signed_by": "CLAIRE DENNIS S. MAPA",
        "l3": "acting in the capacity of", "capacity": "CIVIL REGISTRAR GENERAL / NATIONAL "
        "STATISTICIAN", "l4": "bears the seal/stamp of", "seal": "PHILIPPINE STATISTICS "
        "AUTHORITY", "cert": "Certified", "l5": "at", "at": "PASAY CITY", "l6": "the",
        "issued_on_text": "15 September 2025", "l7": "by",
        "by": "DEPARTMENT OF FOREIGN AFFAIRS - OFFICE OF CONSULAR AFFAIRS",
        "l8": "No.", "number": "AP-25-0917348", "l9": "Seal/stamp", "l10": "Signature",
        "official": "R. T. VILLANUEVA", "stamp": ["REPUBLIC OF THE", "PHILIPPINES", "DFA",
                                                  "AUTHENTICATION"],
        "footer": "This Apostille only certifies the authenticity of the signature and the "
        "capacity of the person who has signed the public document. Verify at "
        "apostille.dfa.gov.ph.",
    }  # fmt: skip
    P.scan("PSA_apostille.jpg", page_img(civil.apostille(a, P.sub())), 200)
    P.add([("PSA_apostille.jpg", [1])], "apostille", "scan",
          {"country": "REPUBLIC OF THE PHILIPPINES", "issued_on": "2025-09-15",
           "number": "AP-25-0917348", "signed_by": "CLAIRE DENNIS S. MAPA"},
          "DFA apostille attached to the PSA birth certificate")  # fmt: skip
    L = {
        "landlord": "Mme Françoise Laborde", "landlord_addr": "3 rue Ozenne, 31000 Toulouse",
        "tenants_print": ["Mme Maria Kristine DELA CRUZ épouse MOREAU", "M. Julien MOREAU"],
        "address": "8 allée des Tilleuls, Bâtiment B, 2e étage, 31400 Toulouse",
        "surface": "54", "rooms": "3", "start": date(2026, 4, 1), "rent": 742.0,
        "charges": 65.0, "city": "Toulouse", "signed": date(2026, 3, 24),
    }  # fmt: skip
    P.image_pdf("bail_location.pdf", [page_img(pg) for pg in fin.lease_pages(L, P.sub())])
    P.add([("bail_location.pdf", [1, 2])], "lease", "image_pdf",
          {"tenant_names": ["Maria Kristine DELA CRUZ épouse MOREAU", "Julien MOREAU"],
           "landlord": "Françoise Laborde",
           "address": "8 allée des Tilleuls, Bâtiment B, 2e étage, 31400 Toulouse",
           "start_date": "2026-04-01"}, "bail loi 1989, joint tenants (spouses)")  # fmt: skip
    iban, key = ids.fr_iban("40618", "80254", "00041728356")
    r = {"holder_print": "M. JULIEN MOREAU OU MME MARIA KRISTINE MOREAU", "iban": iban,
         "bank": "40618", "branch": "80254", "account": "00041728356", "key": key}  # fmt: skip
    P.png("Screenshot_20261119-142702.png", fin.bourso_screenshot(r, P.sub()))
    P.add([("Screenshot_20261119-142702.png", [1])], "rib", "screenshot",
          {"holder_name": "JULIEN MOREAU OU MARIA KRISTINE MOREAU", "iban": iban,
           "bic": "BOUSFRPPXXX", "bank_name": "BoursoBank", "iban_valid": True,
           "rib_key_valid": True}, "joint account, wife under her usage name")  # fmt: skip
    siret = luhn_siret("5204718360002")
    s = _slip("AIRLOG SERVICES", ["14 avenue Didier Daurat", "31700 BLAGNAC"], siret, "6209Z",
              "Syntec (IDCC 1486)", "MME MARIA KRISTINE MOREAU",
              ["8 allée des Tilleuls Bât. B", "31400 TOULOUSE"], "Technicienne support",
              "ETAM", "05/05/2026", "00318", 2280.00, 10, 0.0)  # fmt: skip
    P.text_pdf("Bulletin_10_2026.pdf", [fin.payslip(s)], "Bulletin de salaire")
    P.add([("Bulletin_10_2026.pdf", [1])], "payslip", "text_pdf",
          {"employer": "AIRLOG SERVICES", "employee_name": "MARIA KRISTINE MOREAU",
           "period": "2026-10", "net_pay": s["net"], "siret": siret},
          "employee under her usage (married) name")  # fmt: skip
    P.write_truth("2026-11-27", True, dict(ALL_OK), None, applicant(me))


def _sig_page(P):
    p = Page(66, 20)
    p.signature(2, 1, 60, 17, "K Moreau", P.sub(), (20, 30, 110))
    return p


# =========================================================================== p04 CAMEROON
def p04(P):
    me = {
        "surname": "Kamdem Tchoupo", "given": "Arnaud Blaise", "sex": "M",
        "dob": date(1990, 11, 30), "country": "CMR", "passport_no": "AA0384721",
        "pp_issue": date(2024, 8, 20), "pp_expiry": date(2029, 8, 19),
        "surname_print": "KAMDEM TCHOUPO", "given_print": "ARNAUD BLAISE",
        "pob_print": "BAFOUSSAM",
    }  # fmt: skip
    addr = ["52 boulevard de la Liberté", "59800 LILLE"]
    fd = {
        "surname": "KAMDEM TCHOUPO", "given": "Arnaud Blaise", "sex": "M", "dob": me["dob"],
        "pob": "Bafoussam, Cameroun", "nationality": "Camerounaise",
        "address": "52 bd de la Liberté", "cp": "59800", "city": "Lille",
        "phone": "07 81 22 64 30", "email": "arnaud.kamdem@yahoo.fr",
        "situation": "salarie", "contract": "CDI", "job": "Comptable",
        "place": "Lille", "date_text": "24/11/2026", "signed_on": date(2026, 11, 24),
        "signature": "strokes",
    }  # fmt: skip
    P.scan("scan_0033.jpg", page_img(forms.page1(fd, "B", "hand", P.sub(), "hand3")), 200)
    P.scan("scan_0032.jpg", page_img(forms.page2(fd, "B", "hand", P.sub(), "hand3")), 200)
    P.add([("scan_0033.jpg", [1]), ("scan_0032.jpg", [1])], "application_form", "scan",
          form_fields(fd), "hand-filled; page 2 file name sorts first")  # fmt: skip
    spec = {
        "tint": (200, 225, 205), "band": (0, 110, 60), "h1": "RÉPUBLIQUE DU CAMEROUN",
        "h2": "REPUBLIC OF CAMEROON  -  PASSEPORT / PASSPORT",
        "labels": {"type": "Type", "code": "Code du pays / Country code",
                   "no": "N° du passeport / Passport No.", "surname": "Nom / Surname",
                   "given": "Prénoms / Given names", "nat": "Nationalité / Nationality",
                   "dob": "Date de naissance / Date of birth", "sex": "Sexe / Sex",
                   "pob": "Lieu de naissance / Place of birth",
                   "issue": "Date de délivrance / Date of issue", "auth": "Autorité / Authority",
                   "exp": "Date d'expiration / Date of expiry", "sig": "Signature du titulaire"},
        "nat_text": "CAMEROUNAISE", "date_style": "slash", "authority": "DGSN",
    }  # fmt: skip
    pp, _ = ids.passport_page(me, spec, P.sub())
    vimg, _ = ids.visa_sticker(me, visa := {
        "sticker_no": "017552968", "from": date(2026, 5, 4), "until": date(2027, 5, 3),
        "days": "365", "issued_in": "YAOUNDE", "issued_on": date(2026, 4, 21),
        "remarks": ["VLS-TS SALARIE", "CESEDA R.431-16 15°", "A VALIDER EN LIGNE (ANEF)"],
    }, P.sub())  # fmt: skip
    P.image_pdf("passeport_et_visa.pdf", [card_scan_img([pp, vimg], P.sub(), 300)])
    P.add([("passeport_et_visa.pdf", [1])], "passport", "image_pdf",
          id_fields(me, me["passport_no"], me["pp_expiry"]),
          "passport data page and visa on the same scanned page")  # fmt: skip
    P.add([("passeport_et_visa.pdf", [1])], "long_stay_visa", "image_pdf",
          visa_fields(me, visa, "SALARIE"))  # fmt: skip
    b = {
        "centre": "Bafoussam Ier", "act_no": "BF1/0917/1990", "surname": "KAMDEM TCHOUPO",
        "given": "Arnaud Blaise", "dob_words": "Trente novembre mil neuf cent quatre-vingt-dix",
        "pob": "Hôpital régional de Bafoussam", "sex_word": "Masculin",
        "father": "TCHOUPO Jean-Marie", "mother": "NGUEMO Hélène",
        "drawn": "Le 12 décembre 1990", "declarant": "TCHOUPO Jean-Marie, père",
        "officer": "FOTSO Emmanuel", "issued": date(2025, 10, 14),
    }  # fmt: skip
    P.photo("IMG_20261124_091544.jpg", page_img(civil.cameroon_birth(b, P.sub()), 150), rot=90)
    P.add([("IMG_20261124_091544.jpg", [1])], "birth_certificate", "phone_photo",
          {"surname": "KAMDEM TCHOUPO", "given_names": "Arnaud Blaise",
           "date_of_birth": "1990-11-30", "place_of_birth": "Bafoussam",
           "issuing_country": "CMR", "language": "fr+en", "has_apostille": False},
          "no apostille: Cameroon is not a Hague party; France-Cameroon cooperation "
          "agreement of 21 Feb 1974 dispenses legalisation")  # fmt: skip
    imgs = []
    for i, m in enumerate((8, 9, 10)):
        st, en = month_bounds(2026, m)
        amt = [48.62, 45.10, 57.93][i]
        bill = {
            "holder_print": "M. Arnaud Blaise KAMDEM TCHOUPO", "addr": addr,
            "number": f"1008 {4416 + i * 13} 27{m:02d}", "issue": date(2026, m + 1, 6),
            "start": st, "end": en, "amount": amt, "client_ref": "4012 7750 918",
            "pdl": "19283746501928",
            "lines": [("Abonnement Offre Essentielle (6 kVA)", 14.78),
                      ("Consommation électricité", round(amt - 14.78 - 6.10, 2)),
                      ("Taxes et contributions (accise, CTA, TVA)", 6.10)],
        }  # fmt: skip
        imgs.append(page_img(fin.total_bill(bill)))
        P.add([("factures_electricite.pdf", [i + 1])], "utility_bill", "image_pdf",
              {"provider": "TotalEnergies", "service": "electricity",
               "holder_name": "Arnaud Blaise KAMDEM TCHOUPO",
               "address": "52 boulevard de la Liberté, 59800 LILLE",
               "issue_date": bill["issue"].isoformat(), "period_start": st.isoformat(),
               "period_end": en.isoformat(), "amount": amt, "month": st.strftime("%Y-%m")},
              "three bills scanned into one PDF")  # fmt: skip
    P.image_pdf("factures_electricite.pdf", imgs)
    # --- RIB with WRONG IBAN check digits (the one defect); RIB key itself is right
    good, key = ids.fr_iban("30003", "02970", "00050381264")
    bad_cd = "%02d" % ((int(good[2:4]) + 37) % 97 + 2)
    bad = good[:2] + bad_cd + good[4:]
    assert bad != good and not ids.iban_ok(bad)
    r = {"holder_print": "M ARNAUD BLAISE KAMDEM TCHOUPO", "addr": addr, "bank": "30003",
         "branch": "02970", "account": "00050381264", "key": key, "iban": bad,
         "agency": ["SG LILLE REPUBLIQUE", "1 PLACE DE LA REPUBLIQUE", "59000 LILLE"]}  # fmt: skip
    P.photo("IMG_20261124_091710.jpg", page_img(fin.rib_page(r, "SG"), 150))
    P.add([("IMG_20261124_091710.jpg", [1])], "rib", "phone_photo",
          {"holder_name": "ARNAUD BLAISE KAMDEM TCHOUPO", "iban": bad, "bic": "SOGEFRPP",
           "bank_name": "SOCIETE GENERALE", "iban_valid": False, "rib_key_valid": True},
          f"DEFECT: IBAN check digits {bad_cd} instead of {good[2:4]} (mod-97 fails); the "
          "French RIB key is correct")  # fmt: skip
    siret = luhn_siret("4398201750003")
    c = {
        "employer": "FIDUCIAIRE NORD EXPERTISE", "form": "SARL au capital de 120 000 €",
        "emp_addr": "18 rue Nationale, 59000 Lille", "siret": siret,
        "rep": "Bertrand Delcourt", "rep_title": "Gérant",
        "employee_print": "Monsieur Arnaud Blaise KAMDEM TCHOUPO", "dob_fr": "30 novembre 1990",
        "pob": "Bafoussam (Cameroun)", "nat": "camerounaise",
        "addr": "52 boulevard de la Liberté, 59800 Lille", "start_fr": "1er juin 2026",
        "ccn": "des cabinets d'experts-comptables (IDCC 787)", "job": "Comptable",
        "status": "employé", "coef": "260", "gross": "2 450,00 euros",
        "workplace": "Lille (59000)", "city": "Lille", "signed_fr": "22 mai 2026",
    }  # fmt: skip
    P.text_pdf("Contrat_CDI_Kamdem.pdf", fin.contract_pages(c, P.sub()), "Contrat CDI")
    P.add([("Contrat_CDI_Kamdem.pdf", [1, 2])], "employment_contract", "text_pdf",
          {"employer": "FIDUCIAIRE NORD EXPERTISE",
           "employee_name": "Arnaud Blaise KAMDEM TCHOUPO", "contract_type": "CDI",
           "job_title": "Comptable", "start_date": "2026-06-01"})  # fmt: skip
    req = dict(ALL_OK, bank_details="invalid")
    P.write_truth("2026-12-01", True, req, "RIB IBAN check digits wrong (mod-97 fails)",
                  applicant(me))  # fmt: skip
