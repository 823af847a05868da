"""Packets p03 (United Kingdom, hosted) and p04 (Ukraine, one defect)."""

from __future__ import annotations

from datetime import date

import cd_civil as civ
import cd_fr as fr
import cd_ids as ids
from cd_common import (
    fr_iban,
    iban_check,
    iban_valid,
    make_siret,
    nir_with_key,
    render,
    td1,
    yymmdd,
)
from cd_form import form


def _h():
    import cd_packets as cp

    return cp


# =========================================================================== p03 United Kingdom
def P03(pk, sheet):
    cp = _h()
    rng = pk.rng
    as_of = date(2026, 12, 4)
    dob = date(1989, 2, 11)
    addr1 = "8 rue du Mirail, 33000 Bordeaux"
    p = {"country": "GBR", "surname_print": "O'BRIEN-HUGHES", "given_print": "OLIVER JAMES",
             "surname_mrz": "O'BRIEN-HUGHES", "given_mrz": "OLIVER JAMES", "number": "548213907",
             "nat_print": "BRITISH CITIZEN", "dob": dob, "sex": "M", "pob_print": "LEEDS", "issue": date(2021, 6, 15),
             "expiry": date(2031, 6, 15), "authority": "HMPO"}  # fmt: skip
    pdf, pf = cp.passport_doc(pk, p)
    f1 = pk.scan("passport_scan.jpg", sheet([pdf], 300), dpi=300)
    pk.add([{"path": f1, "pages": [1]}], "passport", "scan", pf,
           "UK passport; MRZ drops the apostrophe (OBRIEN<HUGHES)")  # fmt: skip

    t = {"surname": "O'BRIEN-HUGHES", "given_print": "OLIVER JAMES", "sex": "M", "nat": "GBR", "dob": dob,
             "number": "RF5519302", "expiry": date(2030, 2, 28), "title_type": "CARTE DE SEJOUR PLURIANNUELLE",
             "remarks": "PASSEPORT TALENT",
             "back_lines": ["Lieu de naissance : LEEDS (ROYAUME-UNI)", "Adresse : 8 RUE DU MIRAIL 33000 BORDEAUX",
                         "Date de délivrance : 02 03 2026 - PRÉFECTURE DE LA GIRONDE",
                         "Autorise son titulaire à travailler"]}  # fmt: skip
    t["mrz"] = td1("IR", "FRA", t["number"], yymmdd(dob), "M", yymmdd(t["expiry"]), "GBR", "O'BRIEN-HUGHES",
                   "OLIVER JAMES")  # fmt: skip
    front, back = ids.card_front_back(t, rng, "titre")
    fa = pk.phone("IMG_20261201_204417.jpg", render(front, 600)[0], rot=0)
    fb = pk.phone("IMG_20261201_204429.jpg", render(back, 600)[0], rot=3)
    pk.add([{"path": fa, "pages": [1]}, {"path": fb, "pages": [1]}], "residence_permit", "phone_photo",
           {"surname": "O'BRIEN-HUGHES", "given_names": "OLIVER JAMES", "document_number": t["number"],
            "nationality": "GBR", "issuing_country": "FRA", "date_of_birth": cp.iso(dob), "sex": "M",
            "expiry_date": cp.iso(t["expiry"]), "mrz_valid": True},
           "titre de séjour passeport talent, front and back photographed (back rotated 270)")  # fmt: skip

    boxes = [
        [
            (
                "1. Date and place of birth",
                "Eleventh February 1989   St James's University Hospital, Leeds",
                1,
            )
        ],
        [("2. Name and surname", "Oliver James O'BRIEN-HUGHES", 3), ("3. Sex", "Male", 1)],
        [
            ("4. Name and surname", "FATHER  Declan Patrick O'BRIEN", 3),
            ("5. Place of birth", "Dublin, Ireland", 2),
        ],
        [("6. Occupation", "Electrician", 1)],
        [
            ("7. Name and surname", "MOTHER  Sarah Louise O'BRIEN", 3),
            ("8.(a) Place of birth", "Leeds", 2),
        ],
        [
            ("8.(b) Occupation", "Staff nurse", 1),
            ("9.(a) Maiden surname of mother", "HUGHES", 1),
            ("9.(b) Surname at marriage if different from maiden surname", "", 1),
        ],
        [
            (
                "10. Usual address (if different from place of child's birth)",
                "14 Harehills Lane, Leeds LS8",
                1,
            )
        ],
        [
            ("14. Signature of informant", "S. L. O'Brien   Mother", 2),
            ("15. Date of registration", "Third March 1989", 1),
            ("16. Signature of registrar", "P. Whitaker  Registrar", 1),
        ],
        [("17. Name given after registration, and surname", "", 1)],
    ]
    b = {"app_no": "Application Number 11873420-2", "district": "Leeds", "subdistrict": "Leeds",
             "county": "Metropolitan District of Leeds", "dob": dob, "boxes": boxes, "font": "h-breip", "entry": "142",
             "issue_words": "21st day of April 2026", "serial": "BXCL 604118"}  # fmt: skip
    cert = render(civ.gro_certificate(b, rng), 170)
    ap = {"country": "United Kingdom of Great Britain and Northern Ireland", "signed_by": "J. Harland",
              "capacity": "Deputy Registrar General", "seal_of": "The General Register Office", "at": "Milton Keynes",
              "on_text": "12 May 2026", "by": "His Majesty's Principal Secretary of State for Foreign, Commonwealth "
              "and Development Affairs", "number": "G 845512", "stamp_ring": "FOREIGN COMMONWEALTH DEV. OFFICE * ",
              "stamp_center": ["APOSTILLE", "UK"], "stamp_col": (0.3, 0.3, 0.3),
              "footer": [("This Apostille only confirms that the signature, seal or stamp on the document is "
                      "genuine. It does not"), ("confirm the authenticity of the underlying document. "
                      "Verify at www.verifyapostille.service.gov.uk")]}  # fmt: skip
    apo = render(civ.apostille(ap, rng, "en"), 170)
    f2 = pk.image_pdf("birth_certificate_and_apostille.pdf", cert + apo, grey=False)
    pk.add([{"path": f2, "pages": [1]}], "birth_certificate", "image_pdf",
           {"surname": "O'BRIEN-HUGHES", "given_names": "Oliver James", "date_of_birth": cp.iso(dob),
            "place_of_birth": "St James's University Hospital, Leeds", "issuing_country": "GBR",
            "language": "en", "has_apostille": True},
           "GRO full certificate (certified copy of an entry of birth, post-1969 boxed form), landscape, "
           "handwritten entry. The UK left the EU: an apostille is needed, present on page 2.")  # fmt: skip
    pk.add([{"path": f2, "pages": [2]}], "apostille", "image_pdf",
           {"country": "GBR", "issued_on": "2026-05-12", "number": "G 845512", "signed_by": "J. Harland"},
           "FCDO apostille attached to the certificate")  # fmt: skip

    siret = make_siret(rng)
    nir = nir_with_key("1890299132047")
    employer = "ALTIMÉTRIE CONSEIL SAS"
    ps = {"start": date(2026, 11, 1), "end": date(2026, 11, 30), "paid": date(2026, 11, 28), "employer": employer,
              "employer_lines": ["45 quai des Chartrons", "33000 BORDEAUX"], "siret": siret, "naf": "6202A",
              "urssaf": "727 Aquitaine", "job": "Ingénieur logiciel", "statut": "Cadre", "entry": date(2026, 3, 2),
              "nir_print": f"{nir[0]} {nir[1:3]} {nir[3:5]} {nir[5:7]} {nir[7:10]} {nir[10:13]} {nir[13:]}",
              "ccn": "Syntec (1486)", "matricule": "A-0187", "hours": 151.67, "gross": 4200.0,
              "employee_lines": ["M. Oliver O'BRIEN-HUGHES", "chez Mme Camille LEFÈVRE", "8 rue du Mirail",
                              "33000 BORDEAUX"], "net_before_tax": 3236.40, "pas_rate": 7.4,
              "net": round(3236.40 - round(3236.40 * 0.074, 2), 2), "net_social": 3251.22}  # fmt: skip
    f3 = pk.text_pdf("Bulletin_de_paie_novembre_2026.pdf", fr.payslip(ps, rng))
    pk.add([{"path": f3, "pages": [1]}], "payslip", "text_pdf",
           {"employer": employer, "employee_name": "Oliver O'BRIEN-HUGHES", "period": "2026-11",
            "net_pay": ps["net"], "siret": siret}, "NIR shown on the payslip")  # fmt: skip

    since = date(2026, 2, 15)
    att = {"font": "h-breip", "lines": [
        "^Attestation d'hébergement", "",
        "Je soussignée Camille LEFÈVRE, née le 3 juillet 1987",
        "à Angoulême (16), demeurant 8 rue du Mirail,",
        "33000 Bordeaux, atteste sur l'honneur héberger à",
        "mon domicile, depuis le 15 février 2026, mon ami",
        "Monsieur Oliver James O'BRIEN-HUGHES, né le",
        "11 février 1989 à Leeds (Royaume-Uni).",
        "",
        "Je joins une copie de ma carte d'identité et mes",
        "trois dernières factures Bbox.",
        "Fait pour servir et valoir ce que de droit.",
        "", "Fait à Bordeaux, le 24/11/2026", "", "Camille Lefèvre"]}  # fmt: skip
    f4 = pk.phone(
        "attestation_hebergement.jpg", render(fr.attestation_hand(att, rng), 220)[0], shadow=True
    )
    pk.add([{"path": f4, "pages": [1]}], "hosting_attestation", "phone_photo",
           {"host_name": "Camille LEFÈVRE", "hosted_name": "Oliver James O'BRIEN-HUGHES", "address": addr1,
            "since_date": since.isoformat(), "signed_on": "2026-11-24", "signed": True},
           "handwritten on lined paper, photographed with a shadow across")  # fmt: skip

    host_dob = date(1987, 7, 3)
    c = {"surname": "LEFÈVRE", "given_print": "CAMILLE, MARIE", "sex": "F", "dob": host_dob, "pob": "ANGOULÊME",
             "number": "X7RT2KP94", "expiry": date(2032, 9, 13),
             "back_lines": ["Adresse : 8 RUE DU MIRAIL", "33000 BORDEAUX", "Date de délivrance : 14 09 2022",
                         "Préfecture de la Gironde"]}  # fmt: skip
    c["mrz"] = td1("ID", "FRA", c["number"], yymmdd(host_dob), "F", yymmdd(c["expiry"]), "FRA", "LEFEVRE",
                   "CAMILLE MARIE")  # fmt: skip
    cf, cb = ids.card_front_back(c, rng, "cni")
    f5 = pk.scan("CNI_Camille_recto_verso.jpg", sheet([cf, cb]), grey=True)
    pk.add([{"path": f5, "pages": [1]}], "national_id", "scan",
           {"surname": "LEFÈVRE", "given_names": "CAMILLE, MARIE", "document_number": c["number"],
            "nationality": "FRA", "issuing_country": "FRA", "date_of_birth": cp.iso(host_dob), "sex": "F",
            "expiry_date": cp.iso(c["expiry"]), "mrz_valid": True},
           "host's French identity card (2021 model), grey photocopy front and back")  # fmt: skip

    for m, amt, issue in (
        (8, 42.99, date(2026, 9, 2)),
        (9, 42.99, date(2026, 10, 2)),
        (10, 45.98, date(2026, 11, 3)),
    ):
        end = date(2026, m, 31 if m in (8, 10) else 30)
        bb = dict(fr.BOUYGUES, provider_name="Bouygues Telecom", holder="Mme Camille LEFÈVRE", address=addr1,
                  sender=["Bouygues Telecom - Service Clients", "TSA 59013", "60643 CHANTILLY CEDEX"],
                  recipient=["Madame Camille LEFÈVRE", "8 rue du Mirail", "33000 BORDEAUX"],
                  title="Votre facture Bbox", issue=issue, invoice=f"FBX{2026}{m:02d}0471823",
                  ref_label="Compte client", ref="2.047.193.558", start=date(2026, m, 1), end=end, amount=amt,
                  pay_text=f"Prélevée le {issue.day + 10:02d}/{issue.month:02d}/2026",
                  lines=[("Bbox fit - fibre", 32.99), ("Location Bbox et décodeur", 10.00)]
                  + ([("Appels hors forfait", 2.99)] if m == 10 else []),
                  legal=["Bouygues Telecom - SA au capital de 712 588 399,56 € - RCS Nanterre 397 480 930",
                         "37-39 rue Boissière 75116 Paris"])  # fmt: skip
        assert abs(sum(v for _, v in bb["lines"]) - amt) < 0.005
        fn = pk.text_pdf(f"Facture_Bbox_2026{m:02d}.pdf", fr.bill(bb, rng))
        pk.add([{"path": fn, "pages": [1]}], "utility_bill", "text_pdf", cp.bill_fields(bb, "internet"),
               "host's bill (route 3: attestation + host ID + host's three bills)")  # fmt: skip

    bban = "32500" + "41739025816"
    iban = "LT" + iban_check("LT", bban) + bban
    assert iban_valid(iban) and len(iban) == 20
    r = {"color": (0.05, 0.05, 0.1), "font": "roboto", "bank": "Revolut", "edited": date(2026, 3, 9),
             "title": "EUR account details / Coordonnées bancaires",
             "holder_lines": ["Oliver James O'Brien-Hughes", "8 Rue du Mirail", "33000 Bordeaux, France"],
             "branch_lines": ["Revolut Bank UAB", "Konstitucijos ave. 21B", "08130 Vilnius, Lithuania"],
             "rib_parts": None, "iban": iban, "bic": "REVOLT21",
             "notice": ["Use these details to receive SEPA transfers and direct debits in EUR.",
                     "Revolut Bank UAB is a credit institution licensed by the Bank of Lithuania (ECB)."]}  # fmt: skip
    f6 = pk.text_pdf("Revolut-account-details.pdf", fr.rib_pdf(r, rng))
    pk.add([{"path": f6, "pages": [1]}], "rib", "text_pdf",
           {"holder_name": "Oliver James O'Brien-Hughes", "iban": iban, "bic": "REVOLT21",
            "bank_name": "Revolut Bank UAB", "iban_valid": True, "rib_key_valid": None},
           "Lithuanian SEPA IBAN: acceptable (SEPA Regulation 260/2012), information only")  # fmt: skip

    fv = {"surname": "O'BRIEN-HUGHES", "given": "Oliver James", "sex": "M", "dob": dob, "pob_city": "Leeds",
              "pob_country": "Royaume-Uni", "nationality": "Britannique", "street": "chez Mme Lefèvre, 8 rue du Mirail",
              "postcode": "33000", "city": "Bordeaux", "phone": "+33 7 81 22 40 16", "email": "oliver.obh@proton.me",
              "situation": "salarie", "contract": "CDI", "job": "Ingénieur logiciel", "place": "Bordeaux",
              "date_text": "01/12/2026", "date_by_hand": True, "signed_on": date(2026, 12, 1), "signed": True,
              "nir": nir, "hand_font": "h-breip"}  # fmt: skip
    pages = render(form(fv, rng, "A", "typed"), 200)
    g1 = pk.phone("IMG_20261201_211530.jpg", pages[0], rot=0, shadow=False)
    g2 = pk.phone("IMG_20261201_211547.jpg", pages[1], rot=1, shadow=True)
    pk.add([{"path": g1, "pages": [1]}, {"path": g2, "pages": [1]}], "application_form", "phone_photo",
           cp.form_fields(fv, "employed"),
           "typed on screen, printed, dated and signed by hand, photographed (page 2 rotated 90)")  # fmt: skip
    return {"as_of": cp.iso(as_of), "employed": True, "status": "complete", "requirements": dict(cp.ALL_OK),
            "defect": None, "applicant": {"surname": "O'BRIEN-HUGHES", "given_names": "OLIVER JAMES",
                                          "date_of_birth": cp.iso(dob)}}  # fmt: skip


# =========================================================================== p04 Ukraine
def P04(pk, sheet):
    cp = _h()
    rng = pk.rng
    as_of = date(2026, 12, 7)
    dob = date(1995, 3, 14)
    addr1 = "45 rue Jeanne d'Arc, 76000 Rouen"
    p = {"country": "UKR", "surname_print": "TKACHENKO", "given_print": "OLENA", "surname_mrz": "TKACHENKO",
             "given_mrz": "OLENA", "number": "FX482019", "nat_print": "УКРАЇНА/UKR", "dob": dob, "sex": "F",
             "pob_print": "ХАРКІВ/UKR", "issue": date(2022, 5, 10), "expiry": date(2032, 5, 10), "authority": "8024"}  # fmt: skip
    pdf, pf = cp.passport_doc(pk, p)
    f1 = pk.phone("IMG_20261203_091512.jpg", render(pdf, 600)[0], rot=3)
    pk.add([{"path": f1, "pages": [1]}], "passport", "phone_photo", pf,
           "Ukrainian biometric passport, photo rotated 270")  # fmt: skip

    r = dict(prefecture="de la Seine-Maritime", number=ids.anef_number(rng), surname="TKACHENKO",
             given_print="OLENA", sex="F", dob=dob, pob="KHARKIV (UKRAINE)", nat="ukrainienne",
             address="45 RUE JEANNE D'ARC 76000 ROUEN", motif="Première demande - carte de séjour « visiteur »",
             **{"from": date(2026, 10, 20)}, until=date(2027, 4, 19),
             work="Ce récépissé n'autorise pas son titulaire à travailler.", city="Rouen",
             anef="ANEF-76-2026-0184422")  # fmt: skip
    f2 = pk.scan("scan_0009.png", render(ids.recepisse(r, rng), 150)[0], grey=True, dpi=150)
    pk.add([{"path": f2, "pages": [1]}], "residence_permit", "scan",
           {"surname": "TKACHENKO", "given_names": "OLENA", "document_number": r["number"],
            "nationality": "UKR", "issuing_country": "FRA", "date_of_birth": cp.iso(dob), "sex": "F",
            "expiry_date": "2027-04-19", "mrz_valid": None},
           "récépissé de demande de carte de séjour (no MRZ), valid 2026-10-20 to 2027-04-19")  # fmt: skip

    b = {"surname": "Ткаченко", "given": "Олена", "patronymic": "Петрівна",
             "dob_words": "чотирнадцятого березня тисяча дев'ятсот дев'яносто п'ятого року",
             "dob_num": "14.03.1995", "pob": "м. Харків, Україна",
             "record": "1995 року березня місяця 21 числа складено актовий запис № 812",
             "father": "Ткаченко Петро Іванович", "mother": "Ткаченко Наталія Василівна",
             "office1": "Відділ державної реєстрації актів цивільного стану",
             "office2": "у місті Харкові Східного МРУ Міністерства юстиції (м. Харків)",
             "issued": date(2024, 8, 6), "registrar": "О. В. Литвиненко", "series": "I-ВЛ", "number": "604127"}  # fmt: skip
    f3 = pk.scan("scan_0010.jpg", render(civ.ukraine_svidotstvo(b, rng), 200)[0])
    pk.add([{"path": f3, "pages": [1]}], "birth_certificate", "scan",
           {"surname": "Ткаченко", "given_names": "Олена", "date_of_birth": cp.iso(dob),
            "place_of_birth": "м. Харків, Україна", "issuing_country": "UKR", "language": "uk",
            "has_apostille": True},
           "duplicate (повторно) issued 2024; patronymic Петрівна printed separately")  # fmt: skip
    ap = {"country": "Україна / Ukraine", "signed_by": "О. В. Литвиненко / O. V. Lytvynenko",
              "capacity": "державний реєстратор / state registrar",
              "seal_of": "Відділ ДРАЦС у м. Харкові", "at": "Харків / Kharkiv", "on_text": "12.08.2024",
              "by": "Східне МРУ Міністерства юстиції / Eastern Interregional Department of the Ministry of Justice",
              "number": "5471/08-24", "stamp_ring": "МІНІСТЕРСТВО ЮСТИЦІЇ УКРАЇНИ * ",
              "stamp_center": ["АПОСТИЛЬ", "APOSTILLE"], "stamp_col": (0.15, 0.25, 0.65)}  # fmt: skip
    f4 = pk.scan("scan_0011.jpg", render(civ.apostille(ap, rng, "uk"), 200)[0])
    pk.add([{"path": f4, "pages": [1]}], "apostille", "scan",
           {"country": "UKR", "issued_on": "2024-08-12", "number": "5471/08-24",
            "signed_by": "О. В. Литвиненко / O. V. Lytvynenko"}, "Ukrainian Ministry of Justice apostille")  # fmt: skip

    tr = {"translator": "Iryna KOVALCHUK", "rep": "2026/0483",
              "letterhead": ["Traductrice-interprète expert", "près la Cour d'appel de Rouen",
                          "12 rue Saint-Romain, 76000 Rouen"],
              "pages": [{"title": "TRADUCTION DE L'UKRAINIEN - ACTE DE NAISSANCE",
                      "lines": ["**UKRAINE", "**ACTE DE NAISSANCE (duplicata)", "Nom : TKACHENKO",
                                "Prénom : Olena", "Patronyme : Petrivna",
                                "Date de naissance : quatorze mars mil neuf cent quatre-vingt-quinze",
                                "(14.03.1995)", "Lieu de naissance : ville de Kharkiv, Ukraine",
                                "Acte n° 812 dressé le 21 mars 1995",
                                "Père : TKACHENKO Petro Ivanovytch, citoyen de l'Ukraine",
                                "Mère : TKACHENKO Nataliia Vassylivna, citoyenne de l'Ukraine",
                                "Lieu d'enregistrement : Service de l'état civil de la ville de Kharkiv,",
                                "Direction interrégionale Est du Ministère de la Justice",
                                "Date de délivrance : 06.08.2024   Série I-ВЛ n° 604127",
                                "Officier d'état civil : O. V. Lytvynenko (signature, sceau)"]},
                     {"title": "TRADUCTION DE L'UKRAINIEN - APOSTILLE",
                      "lines": ["APOSTILLE (Convention de La Haye du 5 octobre 1961)", "1. Pays : Ukraine",
                                "Le présent acte public", "2. a été signé par O. V. Lytvynenko",
                                "3. agissant en qualité d'officier d'état civil",
                                "4. est revêtu du sceau du service de l'état civil de Kharkiv", "Attesté",
                                "5. à Kharkiv  6. le 12.08.2024",
                                "7. par la Direction interrégionale Est du Ministère de la Justice",
                                "8. sous le n° 5471/08-24", "9. Sceau  10. Signature"]}],
              "certif": ["Traduction certifiée conforme à l'original rédigé en langue ukrainienne,",
                      "qui m'a été présenté et que j'ai paraphé ne varietur.",
                      "Fait à Rouen, le 14 octobre 2026."],
              "stamp_ring": "TRADUCTRICE EXPERT COUR D'APPEL DE ROUEN * ",
              "stamp_center": ["I. KOVALCHUK", "UKRAINIEN"]}  # fmt: skip
    f5 = pk.image_pdf("traduction_acte_naissance.pdf", render(civ.translation(tr, rng), 200))
    pk.add([{"path": f5, "pages": [1, 2]}], "translation", "image_pdf", {},
           "sworn translation of the birth certificate and its apostille")  # fmt: skip

    lease_body = [("h", "1. LES PARTIES"),
                  ("p", ("BAILLEUR : Monsieur Jean-Paul HÉBERT, demeurant 3 allée des Tilleuls, 76130 Mont-Saint-"
                        "Aignan, représenté par son mandataire l'Agence Normandie Gestion Immobilière, carte "
                        "professionnelle CPI 7601 2019 000 041 233.")),
                  ("p", "LOCATAIRE : Madame Olena TKACHENKO, née le 14/03/1995 à Kharkiv (Ukraine)."),
                  ("h", "2. CONSISTANCE DU LOGEMENT"),
                  ("p", ("Adresse du logement : 45 rue Jeanne d'Arc, 2e étage gauche, 76000 Rouen. Appartement "
                        "de type T1 bis, 31 m², chauffage individuel électrique, eau chaude individuelle.")),
                  ("h", "3. DATE DE PRISE D'EFFET ET DURÉE"),
                  ("p", "Le présent bail prend effet le 01/05/2026 pour une durée de trois ans."),
                  ("h", "4. CONDITIONS FINANCIÈRES"),
                  ("p", ("Loyer mensuel hors charges : 520,00 €. Provision pour charges : 40,00 €. Dépôt de "
                        "garantie : 520,00 €. Le loyer est payable à terme échu le 1er de chaque mois.")),
                  ("h", "5. ASSURANCE"),
                  ("p", ("Le locataire est tenu de s'assurer contre les risques locatifs et d'en justifier lors "
                        "de la remise des clés puis chaque année.")),
                  ("h", "6. ANNEXES"),
                  ("p", ("Dossier de diagnostic technique (DPE classe D, CREP, ERP), état des lieux d'entrée du "
                        "30/04/2026, notice d'information, grille de vétusté."))]  # fmt: skip
    L = {"body": lease_body, "city": "Rouen", "signed": date(2026, 4, 24)}
    lpdf = fr.lease(L, rng)
    f6 = pk.text_pdf("Bail_TKACHENKO_45_Jeanne_dArc.pdf", lpdf)
    pk.add([{"path": f6, "pages": list(range(1, len(render(lpdf, 20)) + 1))}], "lease", "text_pdf",
           {"tenant_names": ["Olena TKACHENKO"], "landlord": "Jean-Paul HÉBERT", "address": addr1,
            "start_date": "2026-05-01"}, "agency lease, loi 1989")  # fmt: skip

    iban, key = fr_iban("20041", "01014", "4826951N027")
    rb = {"color": (0.0, 0.3, 0.6), "font": "lato", "bank": "LA BANQUE POSTALE", "edited": date(2026, 11, 18),
              "title": "RELEVÉ D'IDENTITÉ BANCAIRE",
              "holder_lines": ["M ANDRII MELNYK", "45 RUE JEANNE D ARC", "76000 ROUEN"],
              "branch_lines": ["La Banque Postale", "Centre Financier de Rouen", "76900 ROUEN CEDEX 9"],
              "rib_parts": ["20041", "01014", "4826951N027", key], "iban": iban, "bic": "PSSTFRPPROU",
              "notice": ["Cadre réservé au destinataire du relevé.",
                      ("Ce document est à remettre à tout organisme souhaitant connaître vos références "
                      "bancaires.")]}  # fmt: skip
    f7 = pk.text_pdf("RIB_LBP.pdf", fr.rib_pdf(rb, rng))
    pk.add([{"path": f7, "pages": [1]}], "rib", "text_pdf",
           {"holder_name": "M ANDRII MELNYK", "iban": iban, "bic": "PSSTFRPPROU", "bank_name": "La Banque Postale",
            "iban_valid": True, "rib_key_valid": True},
           "DEFECT: the account of her partner Andrii MELNYK, not the applicant")  # fmt: skip

    fv = {"surname": "TKACHENKO", "given": "OLENA", "sex": "F", "dob": dob, "pob_city": "KHARKIV", "pob_country": "UKRAINE",
              "nationality": "UKRAINIENNE", "street": "45 RUE JEANNE D'ARC", "postcode": "76000", "city": "ROUEN",
              "phone": "07 66 30 91 58", "email": "olena.tkachenko95@ukr.net", "situation": "sans_activite",
              "place": "Rouen", "date_text": "02/12/2026", "signed_on": date(2026, 12, 2), "signed": True,
              "hand_font": "h-breip", "ink": "black"}  # fmt: skip
    pages = render(cp.form(fv, rng, "B", "hand"), 200)
    g1 = pk.scan("scan_0013.jpg", pages[0])
    g2 = pk.scan("scan_0012.jpg", pages[1])
    pk.add([{"path": g1, "pages": [1]}, {"path": g2, "pages": [1]}], "application_form", "scan",
           cp.form_fields(fv, "not_employed"),
           "print run B, filled by hand in black ink; page 2 file name sorts first")  # fmt: skip
    req = dict(cp.ALL_OK, employment="not_applicable", bank_details="invalid")
    return {"as_of": cp.iso(as_of), "employed": False, "status": "incomplete", "requirements": req,
            "defect": "RIB in someone else's name: La Banque Postale account of M ANDRII MELNYK "
                      "(her partner), not the applicant -> bank_details invalid",
            "applicant": {"surname": "TKACHENKO", "given_names": "OLENA", "date_of_birth": cp.iso(dob)}}  # fmt: skip


_ = (form, fr_iban, iban_check, iban_valid, make_siret, nir_with_key, td1)
