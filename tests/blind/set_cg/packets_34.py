"""Packets p03-p04 of blind set set_cg."""

from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))


import docs_civil as dc
import docs_fr as df
import docs_id as di
from common import (
    image_pdf,
    photo,
    render,
    save_jpg,
    scan,
    scan_bed,
    write_pdf,
)
from form import form_pages
from packet_base import ALL_OK, Packet, bank, sig_image


# ----------------------------------------------------------------------------- p03 Philippines
def p03(out):
    P = Packet(out, "p03", 3303)
    r = P.rng
    a = {
        "country": "PHL",
        "surname": "DELA CRUZ",
        "given": "MARIA KRISTINE",
        "middle": "SANTOS",
        "number": "P4418273B",
        "dob": "1991-07-22",
        "sex": "F",
        "pob": "QUEZON CITY",
        "issued": "2024-01-09",
        "expiry": "2034-01-08",
        "authority": "DFA MANILA",
        "skin": (190, 150, 115),
    }
    pp, f_pp = di.passport_page(a, r)
    save_jpg(
        scan_bed([(render(di.booklet(pp, r), 300), (25, 30))], r), P.path("passport.jpg"), 88, 200
    )
    P.add([("passport.jpg", [1])], "passport", "scan", f_pp, "middle name SANTOS, not in MRZ")
    t = {
        "number": "K7TR20X15",
        "kind": "TRAVAILLEUR TEMPORAIRE",
        "until": "2027-04-01",
        "issued": "2026-04-02",
        "prefecture": "PRÉF. HAUTS-DE-SEINE",
        "remark": "AUTORISE SON TITULAIRE A TRAVAILLER",
        "address1": "27 BIS RUE JEAN JAURES",
        "address2": "92300 LEVALLOIS-PERRET",
    }
    fr_, bk, f_t = di.permit_pages(a | {"pob": "QUEZON CITY (PHL)"}, t, r)
    save_jpg(photo(render(fr_, 400), r, 3024, fill=0.55), P.path("titre_recto.jpg"))
    save_jpg(photo(render(bk, 400), r, 3024, rot=180, fill=0.55), P.path("titre_verso.jpg"))
    P.add(
        [("titre_recto.jpg", [1]), ("titre_verso.jpg", [1])],
        "residence_permit",
        "phone_photo",
        f_t,
        "card front and back; back photo upside down",
    )
    b = {
        "secpa": "E 04917352",
        "province": "METRO MANILA",
        "city": "QUEZON CITY",
        "registry": "91-18734",
        "first": "MARIA KRISTINE",
        "middle": "SANTOS",
        "last": "DELA CRUZ",
        "sex": "FEMALE",
        "day": "22",
        "month": "JULY",
        "year": "1991",
        "hospital": "ST. LUKE'S MEDICAL CENTER",
        "m_first": "ROSARIO",
        "m_mid": "LOPEZ",
        "m_last": "SANTOS",
        "f_first": "JOSE",
        "f_mid": "MANALO",
        "f_last": "DELA CRUZ",
        "f_job": "ENGINEER",
        "marriage": "MAY 14, 1988 - QUEZON CITY",
        "attendant": "DR. ELENA R. VILLANUEVA",
        "received": "JULY 29, 1991 - LCRO QUEZON CITY",
        "requester": "MARIA KRISTINE S. DELA CRUZ",
        "purpose": "FOREIGN/TRAVEL",
        "registrar": "LOURDES P. MACARAEG",
        "issued": "AUGUST 20, 2026",
        "orno": "2026-0820-55871",
    }
    bc = dc.psa_birth(b, r)
    ap = dc.apostille(
        {
            "country": "Republic of the Philippines",
            "doc_signer": "LOURDES P. MACARAEG",
            "doc_role": "OIC-Civil Registrar General",
            "doc_seal": "Philippine Statistics Authority",
            "place": "Pasay City",
            "date_text": "01 September 2026",
            "authority": "Department of Foreign Affairs - Office of Consular Affairs",
            "number": "AP-26-0901-004187",
            "signed_by": "ANTONIO G. REYES",
            "seal_lines": ["DEPARTMENT OF", "FOREIGN AFFAIRS", "APOSTILLE"],
        },
        r,
    )
    image_pdf(
        [scan(render(bc, 180), r, (236, 240, 234)), scan(render(ap, 200), r)],
        P.path("PSA_birth_certificate_apostille.pdf"),
    )
    P.add(
        [("PSA_birth_certificate_apostille.pdf", [1])],
        "birth_certificate",
        "image_pdf",
        {
            "surname": "DELA CRUZ",
            "given_names": "MARIA KRISTINE",
            "date_of_birth": "1991-07-22",
            "place_of_birth": "Quezon City",
            "issuing_country": "PHL",
            "language": "en",
            "has_apostille": True,
        },
        "PSA copy on security paper; middle name SANTOS",
    )
    P.add(
        [("PSA_birth_certificate_apostille.pdf", [2])],
        "apostille",
        "image_pdf",
        {
            "country": "PHL",
            "issued_on": "2026-09-01",
            "number": "AP-26-0901-004187",
            "signed_by": "ANTONIO G. REYES",
        },
        "DFA apostille, signed_by is item 10",
    )
    addr = ["27 BIS RUE JEAN JAURES", "92300 LEVALLOIS-PERRET"]
    holder = "MME MARIA KRISTINE DELA CRUZ"
    bills = [
        (
            "EDF",
            "electricity",
            "2026-08",
            "31",
            54.27,
            "10 091 873 554",
            "Facture_EDF_aout.pdf",
            [("Abonnement Base 6 kVA", 15.62), ("Consommation 187 kWh", 38.65)],
        ),
        (
            "Orange",
            "internet",
            "2026-09",
            "30",
            42.99,
            "0147 289 315",
            "FactureOrange_092026.pdf",
            [("Forfait Livebox Fibre", 42.99)],
        ),
        (
            "Veolia",
            "water",
            "2026-10",
            "31",
            23.84,
            "7731 0458 2201",
            None,
            [("Abonnement", 6.12), ("Consommation 4 m3", 17.72)],
        ),
    ]
    for prov, _svc, mon, last, amt, ref, fn, det in bills:
        y, m = int(mon[:4]), int(mon[5:])
        bd = {
            "provider": prov,
            "holder_print": holder,
            "address_lines": addr,
            "invoice": f"{r.randint(10**9, 10**10 - 1)}",
            "ref": ref,
            "issue": f"{y}-{m + 1:02d}-0{r.randint(2, 7)}",
            "start": f"{mon}-01",
            "end": f"{mon}-{last}",
            "amount": amt,
            "debit": f"{y}-{m + 1:02d}-15",
            "details": det,
        }
        pg, f_b = df.bill(bd, r)
        if fn:
            write_pdf([pg], P.path(fn), "Facture", prov)
            P.add([(fn, [1])], "utility_bill", "text_pdf", f_b)
        else:
            fn = "IMG_20261112_081533.jpg"
            save_jpg(photo(render(pg, 200), r, 4000, rot=90, fill=0.86), P.path(fn))
            P.add([(fn, [1])], "utility_bill", "phone_photo", f_b, "paper bill, rotated 90")
    emp = "CLINIQUE DU PARC LEVALLOIS SAS"
    ct = {
        "title": "CONTRAT DE TRAVAIL À DURÉE DÉTERMINÉE",
        "employer": emp,
        "employer_text": "La CLINIQUE DU PARC LEVALLOIS, SAS, SIRET 519 384 772 00016, 40 rue "
        "Anatole France, 92300 Levallois-Perret, représentée par M. Olivier Marchand, "
        "Directeur",
        "employee_text": "Mme Maria Kristine DELA CRUZ, née le 22 juillet 1991 "
        "à Quezon City (Philippines), de nationalité philippine, demeurant 27 bis rue "
        "Jean Jaurès, 92300 Levallois-Perret",
        "employee_name": "Maria Kristine DELA CRUZ",
        "type": "CDD",
        "job": "Aide-soignante",
        "start": "2026-04-15",
        "city": "Levallois-Perret",
        "signed": "2026-04-10",
        "signatory": "Olivier Marchand, Directeur",
        "articles": [
            (
                "Article 1 - Motif et durée",
                (
                    "Le présent contrat est conclu pour "
                    "accroissement temporaire d'activité, pour une durée de douze mois, du "
                    "15 avril 2026 au 14 avril 2027 inclus (article L. 1242-2 du code du "
                    "travail)."
                ),
            ),
            (
                "Article 2 - Fonctions",
                (
                    "La Salariée occupera le poste "
                    "d'Aide-soignante, coefficient 219, au sein du service de médecine."
                ),
            ),
            ("Article 3 - Période d'essai", "Le contrat comporte une période d'essai d'un mois."),
            (
                "Article 4 - Rémunération",
                (
                    "Salaire brut mensuel de 2 010,00 euros "
                    "pour 151,67 heures, outre les primes conventionnelles."
                ),
            ),
            (
                "Article 5 - Horaires",
                "Horaires en 12 heures, de jour ou de nuit, selon le planning du service.",
            ),
            (
                "Article 6 - Indemnité de fin de contrat",
                (
                    "Une indemnité de fin de "
                    "contrat égale à 10 % de la rémunération brute sera versée au "
                    "terme du contrat."
                ),
            ),
        ],
    }
    pages, f_c = df.contract(ct, r)
    image_pdf([scan(render(pg, 200), r) for pg in pages], P.path("CDD_clinique.pdf"))
    P.add([("CDD_clinique.pdf", [1, 2])], "employment_contract", "image_pdf", f_c)
    sl = {
        "start": "2026-10-01",
        "end": "2026-10-31",
        "employer": emp,
        "siret": "51938477200016",
        "employer_lines": [emp, "40 rue Anatole France", "92300 LEVALLOIS-PERRET"],
        "naf": "8610Z",
        "urssaf": "Île-de-France 117",
        "employee_print": "Mme DELA CRUZ Maria Kristine",
        "employee_name": "DELA CRUZ Maria Kristine",
        "employee_address": addr,
        "job": "Aide-soignante",
        "entry": "2026-04-15",
        "contract": "CDD",
        "nir_print": "en cours d'immatriculation",
        "ccn": "FHP (IDCC 2264)",
        "gross": 2010.0,
        "pas_rate": 0.0,
        "paid": "2026-10-31",
    }
    pg, f_s = df.payslip(sl, r)
    write_pdf([pg], P.path("Bulletin_2026_10.pdf"), "Bulletin", "PayFit")
    P.add([("Bulletin_2026_10.pdf", [1])], "payslip", "text_pdf", f_s, "net_pay is NET PAYÉ")
    rb = bank(
        "40618",
        "80254",
        "00040917366",
        color=(216, 0, 120),
        bank_name="BoursoBank",
        holder_lines=["MME MARIA KRISTINE DELA CRUZ"],
        holder_name="MME MARIA KRISTINE DELA CRUZ",
        account_label="Compte individuel",
        bic="BOUSFRPPXXX",
    )
    pg, f_r = df.rib_screenshot(rb, r)
    render(pg, 300).resize((1170, 2532)).save(P.path("Screenshot_20261114-140712.png"))
    P.add([("Screenshot_20261114-140712.png", [1])], "rib", "screenshot", f_r)
    fm = {
        "surname": "DELA CRUZ",
        "given": "Maria Kristine",
        "sex": "F",
        "dob": "1991-07-22",
        "pob": "Quezon City, Philippines",
        "nationality": "Philippine",
        "address": "27 bis rue Jean Jaurès",
        "city": "Levallois-Perret",
        "postcode": "92300",
        "phone": "07 81 64 20 93",
        "email": "mk.delacruz91@yahoo.com",
        "situation": "salarie",
        "contract": "CDD",
        "job": "Aide-soignante",
        "place": "Levallois-Perret",
        "date_text": "16/11/2026",
        "signed_on": "2026-11-16",
        "sig_image": sig_image(r),
    }
    f1, f2, f_f = form_pages(fm, r, run=1, way="acroform")
    write_pdf([f1, f2], P.path("S1106_rempli.pdf"), "Demande d'ouverture des droits", "")
    P.add(
        [("S1106_rempli.pdf", [1, 2])],
        "application_form",
        "text_pdf",
        f_f,
        "fillable PDF (AcroForm fields) with a pasted handwritten signature image",
    )
    P.truth(
        as_of="2026-11-20",
        employed=True,
        status="complete",
        requirements=dict(ALL_OK),
        defect=None,
        applicant={
            "surname": "DELA CRUZ",
            "given_names": "MARIA KRISTINE",
            "date_of_birth": "1991-07-22",
        },
        route="three_bills",
    )


# ----------------------------------------------------------------------------- p04 Tunisia
def p04(out):
    P = Packet(out, "p04", 4404)
    r = P.rng
    a = {
        "country": "TUN",
        "surname": "BEN SALAH",
        "given": "MOHAMED AZIZ",
        "number": "F5912376",
        "dob": "1995-06-03",
        "sex": "M",
        "pob": "SFAX",
        "issued": "2024-02-20",
        "expiry": "2029-02-19",
        "authority": "TUNIS",
        "skin": (175, 130, 100),
    }
    pp, f_pp = di.passport_page(a, r)
    save_jpg(
        photo(render(di.booklet(pp, r), 300), r, 3264, rot=180, fill=0.72), P.path("IMG_0931.JPG")
    )
    P.add([("IMG_0931.JPG", [1])], "passport", "phone_photo", f_pp, "upside down")
    v = {
        "number": "FRA009167420",
        "days": 365,
        "place": "TUNIS",
        "issued": "2026-08-11",
        "remark": "VLS-TS VISITEUR",
        "remark2": "",
        "category": "visiteur",
    }
    v["from"], v["until"] = "2026-08-28", "2027-08-27"
    vp, f_v = di.visa_page(a, v, r)
    save_jpg(photo(render(vp, 300), r, 3264, rot=270, fill=0.7), P.path("IMG_0932.JPG"))
    P.add([("IMG_0932.JPG", [1])], "long_stay_visa", "phone_photo", f_v, "rotated 270")
    b = {
        "city_ar": "صفاقس",
        "city": "Sfax",
        "serial": "0482319",
        "act": "1187",
        "year": "1995",
        "given_ar": "محمد عزيز",
        "surname_ar": "بن صالح",
        "dob_ar": "03 جوان 1995",
        "father_ar": "الحبيب بن صالح",
        "mother_ar": "فاطمة الشريف",
        "issued_ar": "14 جويلية 2026",
    }
    bc = dc.tunisia_birth(b, r)
    tr = {
        "translator": "Leïla Haddad-Morel",
        "court": "Toulouse",
        "tr_address": "12 rue de Metz, 31000 Toulouse",
        "number": "2026/0917",
        "date_text": "22 septembre 2026",
        "lines": [
            "#RÉPUBLIQUE TUNISIENNE",
            "Ministère de l'Intérieur - Municipalité de Sfax",
            "#EXTRAIT D'ACTE DE NAISSANCE",
            "",
            "N° de l'acte : 1187    Année : 1995",
            "Prénom : Mohamed Aziz",
            "Nom : BEN SALAH",
            "Sexe : masculin",
            "Date de naissance : 3 juin 1995",
            "Lieu de naissance : Sfax",
            "Père : Habib BEN SALAH",
            "Mère : Fatma CHERIF",
            "Nationalité : tunisienne",
            "Mentions marginales : néant",
            "",
            "Fait à Sfax le 14 juillet 2026 - L'officier de l'état civil (signature et cachet)",
        ],
        "cert": "Je soussignée, traductrice expert près la Cour d'appel de Toulouse, certifie "
        "la présente traduction conforme à l'original rédigé en langue arabe, qui m'a été "
        "présenté et que j'ai paraphé ne varietur.",
    }
    tp = dc.translation(tr, r)
    ap = dc.apostille(
        {
            "country": "Tunisie",
            "doc_signer": "Sami KHEMIRI",
            "doc_role": "Officier de l'état civil",
            "doc_seal": "Municipalité de Sfax",
            "place": "Tunis",
            "date_text": "28/07/2026",
            "authority": "Ministère des Affaires étrangères",
            "number": "TN-2026-118452",
            "signed_by": "Amel JAZIRI",
            "seal_lines": ["REPUBLIQUE TUNISIENNE", "AFFAIRES ETRANGERES", "APOSTILLE"],
        },
        r,
        210,
        297,
        bilingual="أبوستيل (اتفاقية لاهاي المؤرخة في 5 أكتوبر 1961)",
    )
    image_pdf(
        [scan(render(bc, 200), r), scan(render(ap, 200), r), scan(render(tp, 200), r)],
        P.path("extrait_naissance_apostille_traduction.pdf"),
    )
    fn = "extrait_naissance_apostille_traduction.pdf"
    P.add(
        [(fn, [1])],
        "birth_certificate",
        "image_pdf",
        {
            "surname": "BEN SALAH",
            "given_names": "Mohamed Aziz",
            "date_of_birth": "1995-06-03",
            "place_of_birth": "Sfax",
            "issuing_country": "TUN",
            "language": "ar",
            "has_apostille": True,
        },
        "مضمون ولادة, Arabic only; names read from the translation / Arabic بن صالح محمد عزيز",
    )
    P.add(
        [(fn, [2])],
        "apostille",
        "image_pdf",
        {
            "country": "TUN",
            "issued_on": "2026-07-28",
            "number": "TN-2026-118452",
            "signed_by": "Amel JAZIRI",
        },
    )
    P.add([(fn, [3])], "translation", "image_pdf", {}, "sworn translation from Arabic")
    addr = "3 place du Salin, Appt 12, 31000 Toulouse"
    ld = {
        "landlord_text": "Mme Geneviève Castaing, demeurant 18 allée des Demoiselles, 31400 Toulouse",
        "landlord": "Geneviève Castaing",
        "tenant_text": "M. Mohamed Aziz BEN SALAH, né le 03/06/1995 à Sfax (Tunisie)",
        "tenants": ["Mohamed Aziz BEN SALAH"],
        "address": addr,
        "rooms": "T1 bis",
        "surface": "29",
        "start": "2026-10-01",
        "start_text": "1er octobre 2026",
        "rent": 545.0,
        "charges": 40.0,
        "city": "Toulouse",
        "signed": "2026-09-26",
        "clause": "Le bail sera résilié de plein droit à défaut de paiement du loyer ou du "
        "dépôt de garantie, deux mois après un commandement de payer demeuré "
        "infructueux.",
    }
    pages, f_l = df.lease(ld, r)
    image_pdf([scan(render(pg, 200), r) for pg in pages], P.path("bail.pdf"))
    P.add(
        [("bail.pdf", [1, 2])],
        "lease",
        "image_pdf",
        f_l,
        "DEFECT: lease took effect 2026-10-01, about two months before as_of 2026-12-04",
    )
    fm = {
        "surname": "BEN SALAH",
        "given": "Mohamed Aziz",
        "sex": "M",
        "dob": "1995-06-03",
        "pob": "Sfax, Tunisie",
        "nationality": "Tunisienne",
        "address": "3 place du Salin, Appt 12",
        "city": "Toulouse",
        "postcode": "31000",
        "phone": "07 66 13 58 20",
        "email": "aziz.bensalah@gmail.com",
        "situation": "sans_activite",
        "place": "Toulouse",
        "date_text": "30/11/2026",
        "signed_on": "2026-11-30",
        "hand_font": "hand2",
    }
    f1, f2, f_f = form_pages(fm, r, run=0, way="hand")
    save_jpg(scan(render(f1, 200), r), P.path("scan_0001.jpg"), 85, 200)
    save_jpg(scan(render(f2, 200), r), P.path("scan_0002.jpg"), 85, 200)
    P.add(
        [("scan_0001.jpg", [1]), ("scan_0002.jpg", [1])],
        "application_form",
        "scan",
        f_f,
        "filled by hand",
    )
    rb = bank(
        "20041",
        "01016",
        "1582417T038",
        color=(255, 200, 0),
        bank_name="LA BANQUE POSTALE",
        holder_lines=["M MOHAMED AZIZ BEN SALAH", "3 PLACE DU SALIN APPT 12", "31000 TOULOUSE"],
        holder_name="M MOHAMED AZIZ BEN SALAH",
        agency_lines=[
            "LA BANQUE POSTALE",
            "CENTRE FINANCIER DE TOULOUSE",
            "31900 TOULOUSE CEDEX 9",
        ],
        bic="PSSTFRPPTOU",
        legal="La Banque Postale - SA à Directoire et Conseil de surveillance - "
        "421 100 645 RCS Paris",
    )
    pg, f_r = df.rib_page(rb, r)
    write_pdf([pg], P.path("releve_identite_bancaire.pdf"), "RIB", "La Banque Postale")
    P.add(
        [("releve_identite_bancaire.pdf", [1])],
        "rib",
        "text_pdf",
        f_r,
        "La Banque Postale account number with a letter (T), RIB key computed with the "
        "letter conversion",
    )
    P.truth(
        as_of="2026-12-04",
        employed=False,
        status="incomplete",
        requirements=dict(ALL_OK, employment="not_applicable", residence_proof="invalid"),
        defect="lease started 2026-10-01, less than three months before the audit date",
        applicant={
            "surname": "BEN SALAH",
            "given_names": "MOHAMED AZIZ",
            "date_of_birth": "1995-06-03",
        },
        route="lease",
    )
