"""Packets p01-p02 of blind set set_cg."""

from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))


import docs_civil as dc
import docs_fr as df
import docs_id as di
from common import (
    image_pdf,
    nir_with_key,
    photo,
    render,
    save_jpg,
    scan,
    scan_bed,
    write_pdf,
)
from form import form_pages
from packet_base import ALL_OK, Packet, bank


# ----------------------------------------------------------------------------- p01 Morocco
def p01(out):
    P = Packet(out, "p01", 1101)
    r = P.rng
    a = {
        "country": "MAR",
        "surname": "EL IDRISSI",
        "given": "YOUSSEF AMINE",
        "number": "UV3817264",
        "dob": "1993-03-14",
        "sex": "M",
        "pob": "FES",
        "issued": "2022-05-10",
        "expiry": "2027-05-09",
        "authority": "MINISTERE DE L'INTERIEUR",
        "skin": (170, 125, 95),
    }
    pg, f_pp = di.passport_page(a, r)
    save_jpg(
        photo(render(di.booklet(pg, r), 300), r, 4032, rot=90, fill=0.7),
        P.path("IMG_20261117_184512.jpg"),
    )
    P.add(
        [("IMG_20261117_184512.jpg", [1])],
        "passport",
        "phone_photo",
        f_pp,
        "open booklet photographed on a table, image rotated 90 degrees",
    )
    v = {
        "number": "FRA008412967",
        "start": "",
        "days": 365,
        "place": "RABAT",
        "issued": "2026-05-28",
        "remark": "VLS-TS SALARIE",
        "remark2": "CARTE A SOLLICITER DANS LES 2 MOIS",
        "category": "salarié",
    }
    v["from"], v["until"] = "2026-06-15", "2027-06-14"
    pg, f_v = di.visa_page(a, v, r)
    save_jpg(photo(render(pg, 300), r, 3264, fill=0.75), P.path("IMG_20261117_184540.jpg"))
    P.add([("IMG_20261117_184540.jpg", [1])], "long_stay_visa", "phone_photo", f_v)
    b = {
        "province": "Fès",
        "province_ar": "فاس",
        "commune": "Fès-Agdal",
        "commune_ar": "فاس أكدال",
        "act": "412",
        "year": "1993",
        "surname": "EL IDRISSI",
        "given": "Youssef Amine",
        "dob_words": "Quatorze mars mil neuf cent quatre-vingt-treize (14/03/1993)",
        "hijri": "21 Ramadan 1413",
        "pob": "Fès",
        "sex_fr": "Masculin",
        "father": "Mohammed ben Abdellah EL IDRISSI",
        "mother": "Naïma bent Ahmed BENNANI",
        "surname_ar": "الإدريسي",
        "given_ar": "يوسف أمين",
        "dob_ar": "14 مارس 1993",
        "hijri_ar": "21 رمضان 1413",
        "pob_ar": "فاس",
        "father_ar": "محمد بن عبد الله الإدريسي",
        "mother_ar": "نعيمة بنت أحمد بناني",
        "certif": "Certifiée conforme aux indications portées au registre de l'état civil.",
        "issued_words": "03 septembre 2026",
        "issued_ar": "03 شتنبر 2026",
    }
    bc = dc.morocco_birth(b, r)
    ap = dc.apostille(
        {
            "country": "Royaume du Maroc",
            "doc_signer": "Rachid BENKIRANE",
            "doc_role": "Officier de l'état civil",
            "doc_seal": "Commune de Fès-Agdal",
            "place": "Fès",
            "date_text": "10/09/2026",
            "authority": "Le Président du Tribunal de première instance de Fès",
            "number": "1875/2026",
            "signed_by": "Karim TAZI",
            "seal_lines": ["ROYAUME DU MAROC", "TRIBUNAL DE 1ERE", "INSTANCE FES"],
        },
        r,
        210,
        297,
        bilingual="أبوستيل",
    )
    image_pdf(
        [scan(render(bc, 200), r), scan(render(ap, 200), r)], P.path("acte_naissance_apostille.pdf")
    )
    P.add(
        [("acte_naissance_apostille.pdf", [1])],
        "birth_certificate",
        "image_pdf",
        {
            "surname": "EL IDRISSI",
            "given_names": "Youssef Amine",
            "date_of_birth": "1993-03-14",
            "place_of_birth": "Fès",
            "issuing_country": "MAR",
            "language": "ar, fr",
            "has_apostille": True,
        },
        "bilingual Arabic/French copie intégrale",
    )
    P.add(
        [("acte_naissance_apostille.pdf", [2])],
        "apostille",
        "image_pdf",
        {
            "country": "MAR",
            "issued_on": "2026-09-10",
            "number": "1875/2026",
            "signed_by": "Karim TAZI",
        },
        "signed_by is the signatory of item 10",
    )
    addr = ["14 rue des Tanneurs, Appt 23", "69007 LYON"]
    fm = {
        "surname": "EL IDRISSI",
        "given": "Youssef Amine",
        "sex": "M",
        "dob": "1993-03-14",
        "pob": "Fès, Maroc",
        "nationality": "Marocaine",
        "address": "14 rue des Tanneurs, Appt 23",
        "city": "Lyon",
        "postcode": "69007",
        "phone": "07 58 21 44 09",
        "email": "youssef.elidrissi93@gmail.com",
        "situation": "salarie",
        "contract": "CDI",
        "job": "Technicien de maintenance",
        "place": "Lyon",
        "date_text": "18/11/2026",
        "signed_on": "2026-11-18",
    }
    f1, f2, f_f = form_pages(fm, r, run=0, way="typed_print")
    image_pdf([scan(render(f1, 200), r), scan(render(f2, 200), r)], P.path("formulaire_S1106.pdf"))
    P.add(
        [("formulaire_S1106.pdf", [1, 2])],
        "application_form",
        "image_pdf",
        f_f,
        "typed on screen, printed, signed by hand, scanned",
    )
    ld = {
        "landlord_text": "SCI LES TILLEULS, représentée par son gérant M. Bernard Chaumet, "
        "8 quai Saint-Vincent, 69001 Lyon",
        "landlord": "SCI LES TILLEULS",
        "tenant_text": "M. Youssef Amine EL IDRISSI, né le 14/03/1993 à Fès (Maroc)",
        "tenants": ["Youssef Amine EL IDRISSI"],
        "address": "14 rue des Tanneurs, Appt 23, 69007 Lyon",
        "rooms": "T2",
        "surface": "41,5",
        "start": "2026-07-01",
        "start_text": "1er juillet 2026",
        "rent": 690.0,
        "charges": 65.0,
        "city": "Lyon",
        "signed": "2026-06-24",
        "clause": "Le bail sera résilié de plein droit deux mois après "
        "un commandement de payer demeuré infructueux, conformément à l'article 24 de la "
        "loi du 6 juillet 1989.",
    }
    pages, f_l = df.lease(ld, r)
    write_pdf(pages, P.path("bail_signe.pdf"), "Bail", "SCI LES TILLEULS")
    P.add(
        [("bail_signe.pdf", [1, 2])],
        "lease",
        "text_pdf",
        f_l,
        "lease started 2026-07-01, more than three months before as_of",
    )
    emp = "ALPES LOGISTIQUE SERVICES SAS"
    ct = {
        "title": "CONTRAT DE TRAVAIL À DURÉE INDÉTERMINÉE",
        "employer": emp,
        "employer_text": "La société ALPES LOGISTIQUE SERVICES, SAS au capital de 150 000 €, "
        "RCS Lyon 812 440 517, dont le siège est 27 avenue Tony Garnier, 69007 Lyon, "
        "représentée par Mme Sandrine Berthelot, DRH",
        "employee_text": "M. Youssef Amine EL IDRISSI, né le 14 mars 1993 à Fès (Maroc), de "
        "nationalité marocaine, demeurant 14 rue des Tanneurs, 69007 Lyon",
        "employee_name": "Youssef Amine EL IDRISSI",
        "type": "CDI",
        "job": "Technicien de maintenance",
        "start": "2026-06-22",
        "city": "Lyon",
        "signed": "2026-06-19",
        "signatory": "Sandrine Berthelot, DRH",
        "articles": [
            (
                "Article 1 - Engagement",
                (
                    "Le Salarié est engagé pour une durée "
                    "indéterminée à compter du 22 juin 2026, sous réserve des résultats de "
                    "la visite d'information et de prévention."
                ),
            ),
            (
                "Article 2 - Fonctions",
                (
                    "Le Salarié exercera les fonctions de "
                    "Technicien de maintenance, niveau III, échelon 2 de la convention "
                    "collective des transports routiers et activités auxiliaires."
                ),
            ),
            (
                "Article 3 - Période d'essai",
                (
                    "Le contrat ne deviendra définitif "
                    "qu'à l'issue d'une période d'essai de deux mois."
                ),
            ),
            (
                "Article 4 - Rémunération",
                (
                    "Le Salarié percevra une rémunération "
                    "brute mensuelle de 2 780,00 euros pour 35 heures hebdomadaires."
                ),
            ),
            (
                "Article 5 - Lieu de travail",
                "Plateforme de Lyon Gerland, 27 avenue Tony Garnier, 69007 Lyon.",
            ),
            (
                "Article 6 - Congés payés",
                (
                    "Le Salarié bénéficiera des congés payés "
                    "prévus par la loi et la convention collective."
                ),
            ),
        ],
    }
    pages, f_c = df.contract(ct, r)
    write_pdf(pages, P.path("contrat_CDI.pdf"), "Contrat", emp)
    P.add([("contrat_CDI.pdf", [1, 2])], "employment_contract", "text_pdf", f_c)
    nir = nir_with_key("1930399350" + "087")
    sl = {
        "start": "2026-10-01",
        "end": "2026-10-31",
        "employer": emp,
        "siret": "81244051700028",
        "employer_lines": [emp, "27 avenue Tony Garnier", "69007 LYON"],
        "naf": "5229B",
        "urssaf": "Rhône-Alpes 827",
        "employee_print": "M. EL IDRISSI YOUSSEF AMINE",
        "employee_name": "EL IDRISSI YOUSSEF AMINE",
        "employee_address": addr,
        "job": "Technicien de maintenance",
        "entry": "2026-06-22",
        "contract": "CDI",
        "nir_print": f"{nir[0]} {nir[1:3]} {nir[3:5]} {nir[5:7]} {nir[7:10]} {nir[10:13]} {nir[13:]}",
        "ccn": "Transports routiers (IDCC 16)",
        "gross": 2780.0,
        "pas_rate": 0.035,
        "paid": "2026-10-30",
    }
    pg, f_s = df.payslip(sl, r)
    write_pdf([pg], P.path("bulletin_salaire_octobre_2026.pdf"), "Bulletin", "Silae")
    P.add(
        [("bulletin_salaire_octobre_2026.pdf", [1])],
        "payslip",
        "text_pdf",
        f_s,
        "net_pay is the NET PAYÉ amount after withholding tax; the NIR is provisional",
    )
    rb = bank(
        "30004",
        "00827",
        "00012874563",
        color=(0, 130, 80),
        bank_name="BNP PARIBAS",
        holder_lines=["M EL IDRISSI YOUSSEF AMINE", *addr],
        holder_name="M EL IDRISSI YOUSSEF AMINE",
        agency_lines=["BNP PARIBAS LYON JEAN MACE", "2 place Jean Macé", "69007 LYON"],
        bic="BNPAFRPPXXX",
        legal="BNP Paribas SA au capital de 2 261 621 342 € - 662 042 449 RCS Paris",
    )
    pg, f_r = df.rib_page(rb, r)
    write_pdf([pg], P.path("RIB_BNP.pdf"), "RIB", "BNP Paribas")
    P.add([("RIB_BNP.pdf", [1])], "rib", "text_pdf", f_r)
    P.truth(
        as_of="2026-11-24",
        employed=True,
        status="complete",
        requirements=dict(ALL_OK),
        defect=None,
        applicant={
            "surname": "EL IDRISSI",
            "given_names": "YOUSSEF AMINE",
            "date_of_birth": "1993-03-14",
        },
        route="lease",
    )


# ----------------------------------------------------------------------------- p02 Cameroon
def p02(out):
    P = Packet(out, "p02", 2202)
    r = P.rng
    a = {
        "country": "CMR",
        "surname": "MBARGA NGONO",
        "given": "CHRISTELLE AURELIE",
        "number": "AA1263419",
        "dob": "1990-11-02",
        "sex": "F",
        "pob": "YAOUNDE",
        "issued": "2023-02-14",
        "expiry": "2028-02-13",
        "authority": "DGSN YAOUNDE",
        "skin": (110, 75, 55),
    }
    pp, f_pp = di.passport_page(a, r)
    v = {
        "number": "FRA007935118",
        "days": 365,
        "place": "YAOUNDE",
        "issued": "2026-07-06",
        "remark": "VLS-TS VIE PRIVEE ET FAMILIALE",
        "remark2": "CONJOINT DE FRANCAIS",
        "category": "vie privée et familiale (conjoint de Français)",
    }
    v["from"], v["until"] = "2026-07-20", "2027-07-19"
    vp, f_v = di.visa_page(a, v, r)
    image_pdf(
        [
            scan_bed([(render(di.booklet(pp, r), 300), (30, 40))], r),
            scan_bed([(render(vp, 300), (30, 40))], r),
        ],
        P.path("scan_passeport_visa.pdf"),
    )
    P.add([("scan_passeport_visa.pdf", [1])], "passport", "image_pdf", f_pp)
    P.add([("scan_passeport_visa.pdf", [2])], "long_stay_visa", "image_pdf", f_v)
    b = {
        "region": "Centre",
        "division": "Mfoundi",
        "centre": "Yaoundé 3e",
        "act": "1990/2271",
        "year": "1990",
        "surname": "MBARGA NGONO",
        "given": "Christelle Aurélie",
        "dob_words": "deux novembre mil neuf cent quatre-vingt-dix",
        "pob": "Yaoundé (Hôpital Central)",
        "sex_fr": "Féminin / Female",
        "father": "MBARGA Jean-Pierre",
        "father_pob": "Mbalmayo",
        "father_job": "Instituteur",
        "mother": "NGONO Marie-Thérèse",
        "mother_pob": "Obala",
        "mother_job": "Commerçante",
        "drawn": "05/11/1990",
        "declarant": "MBARGA Jean-Pierre, père",
        "officer": "ESSOMBA Paul",
        "secretary": "ATANGANA Rose",
        "copy_date": "12/06/2026",
    }
    save_jpg(
        photo(render(dc.cameroon_birth(b, r), 200), r, 4000, rot=0, fill=0.86),
        P.path("WhatsApp Image 2026-11-25 at 10.14.22.jpeg"),
    )
    P.add(
        [("WhatsApp Image 2026-11-25 at 10.14.22.jpeg", [1])],
        "birth_certificate",
        "phone_photo",
        {
            "surname": "MBARGA NGONO",
            "given_names": "Christelle Aurélie",
            "date_of_birth": "1990-11-02",
            "place_of_birth": "Yaoundé",
            "issuing_country": "CMR",
            "language": "fr, en",
            "has_apostille": False,
        },
        "Cameroon is not a party to the Apostille Convention; acts are exempt from "
        "legalisation in France under the Franco-Cameroonian judicial cooperation agreement "
        "of 21 February 1974, so no apostille is expected",
    )
    addr1, addr2 = "5 allée des Capucines", "44300 NANTES"
    h = {
        "surname": "DE LA ROCHE",
        "given": "THOMAS JEAN MARC",
        "number": "X4RTB7FW2",
        "dob": "1987-04-23",
        "sex": "M",
        "pob": "NANTES (44)",
        "expiry": "2032-03-08",
        "issued": "2022-03-09",
        "address1": addr1.upper(),
        "address2": addr2,
    }
    fr_, bk, f_h = di.cni_pages(h, r)
    save_jpg(
        scan_bed([(render(fr_, 300), (20, 20)), (render(bk, 300), (20, 90))], r),
        P.path("CNI_Thomas_recto_verso.jpg"),
        85,
        200,
    )
    P.add(
        [("CNI_Thomas_recto_verso.jpg", [1])],
        "national_id",
        "scan",
        f_h,
        "host's French ID card (2021 model), both sides on one flatbed scan",
    )
    hs = {
        "host_text": "Thomas Jean-Marc DE LA ROCHE",
        "host_name": "Thomas Jean-Marc DE LA ROCHE",
        "host_dob": "1987-04-23",
        "host_pob": "Nantes (44)",
        "address": "5 allée des Capucines, 44300 Nantes",
        "since": "2026-07-25",
        "hosted_text": "mon épouse, Madame Christelle Aurélie MBARGA NGONO épouse DE LA ROCHE",
        "hosted_name": "Christelle Aurélie MBARGA NGONO épouse DE LA ROCHE",
        "hosted_dob": "1990-11-02",
        "hosted_pob": "Yaoundé (Cameroun)",
        "city": "Nantes",
        "signed": "2026-11-26",
    }
    pg, f_a = df.hosting(hs, r)
    image_pdf([scan(render(pg, 200), r)], P.path("attestation_hebergement.pdf"))
    P.add(
        [("attestation_hebergement.pdf", [1])],
        "hosting_attestation",
        "image_pdf",
        f_a,
        "typed, signed by hand by the husband",
    )
    for i, (mo, end, inv) in enumerate([("08", "31", 1), ("09", "30", 2), ("10", "31", 3)]):
        bd = {
            "provider": "Bouygues Telecom",
            "holder_print": "M THOMAS DE LA ROCHE",
            "address_lines": [addr1.upper(), addr2],
            "invoice": f"F26{mo}4471{inv:03d}",
            "ref": "1.2298.4471",
            "issue": f"2026-{int(mo) + 1:02d}-03",
            "start": f"2026-{mo}-01",
            "end": f"2026-{mo}-{end}",
            "amount": [36.99, 36.99, 41.49][i],
            "debit": f"2026-{int(mo) + 1:02d}-12",
            "details": [("Abonnement Bbox must", 35.99), ("Option TV", 1.0 + 4.5 * (i == 2))],
        }
        pg, f_b = df.bill(bd, r)
        fn = f"Facture_Bbox_2026{mo}.pdf"
        write_pdf([pg], P.path(fn), "Facture", "Bouygues Telecom")
        P.add([(fn, [1])], "utility_bill", "text_pdf", f_b, "host's bill")
    fm = {
        "surname": "MBARGA NGONO",
        "usage": "DE LA ROCHE",
        "given": "Christelle Aurélie",
        "sex": "F",
        "dob": "1990-11-02",
        "pob": "Yaoundé, Cameroun",
        "nationality": "Camerounaise",
        "address": "5 allée des Capucines",
        "city": "Nantes",
        "postcode": "44300",
        "phone": "06 12 87 30 55",
        "email": "christelle.delaroche@outlook.fr",
        "situation": "sans_activite",
        "place": "Nantes",
        "date_text": "27/11/2026",
        "signed_on": "2026-11-27",
        "hand_font": "hand1",
    }
    f1, f2, f_f = form_pages(fm, r, run=1, way="hand")
    save_jpg(photo(render(f1, 200), r, 4032, rot=0, fill=0.88), P.path("IMG_4471.jpg"))
    save_jpg(photo(render(f2, 200), r, 4032, rot=270, fill=0.85), P.path("IMG_4472.jpg"))
    P.add(
        [("IMG_4471.jpg", [1]), ("IMG_4472.jpg", [1])],
        "application_form",
        "phone_photo",
        f_f,
        "filled by hand; page 2 photo rotated 270 degrees",
    )
    rb = bank(
        "10278",
        "36011",
        "00021459801",
        color=(0, 80, 150),
        bank_name="CRÉDIT MUTUEL",
        holder_lines=[
            "M THOMAS DE LA ROCHE",
            "OU MME CHRISTELLE MBARGA NGONO",
            addr1.upper(),
            addr2,
        ],
        holder_name="M THOMAS DE LA ROCHE OU MME CHRISTELLE MBARGA NGONO",
        agency_lines=["CCM NANTES DOULON", "12 rue du Croissant", "44300 NANTES"],
        bic="CMCIFR2A",
        legal="Caisse de Crédit Mutuel - société coopérative de crédit à capital variable",
    )
    pg, f_r = df.rib_page(rb, r)
    save_jpg(scan(render(pg, 200), r), P.path("RIB compte joint.jpg"), 86, 200)
    P.add([("RIB compte joint.jpg", [1])], "rib", "scan", f_r, "joint account with the husband")
    P.truth(
        as_of="2026-12-01",
        employed=False,
        status="complete",
        requirements=dict(ALL_OK, employment="not_applicable"),
        defect=None,
        applicant={
            "surname": "MBARGA NGONO",
            "given_names": "CHRISTELLE AURELIE",
            "date_of_birth": "1990-11-02",
        },
        route="hosting_attestation",
    )
