"""Blind set set_aj: four CPAM (PUMa) packets. Usage: python generate.py OUT_DIR"""

from __future__ import annotations

import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import cards  # noqa: E402
import civil  # noqa: E402
import cv2  # noqa: E402
import french  # noqa: E402
import french2  # noqa: E402
import people as P  # noqa: E402
from packets import Out, bill_data, bill_fields, booklet, passport_img, pfields, vfields  # noqa: E402

cv2.setNumThreads(1)
ALL_OK = dict.fromkeys(
    [
        "application_form",
        "identity",
        "residence_status",
        "birth_certificate",
        "residence_proof",
        "bank_details",
        "employment",
    ],
    "complete",
)


def form_fields(p, given, employed, signed_on):
    return {
        "surname": p["surname"],
        "given_names": given,
        "date_of_birth": p["dob"],
        "employment_status": "employed" if employed else "not_employed",
        "signed": True,
        "signed_on": signed_on,
        "nir": None,
    }


def p01(o: Out) -> dict:
    """Egypt, employed, lease route, in order."""
    a = P.EGYPT
    form = {
        "surname": "ABDELRAHMAN",
        "form_given": "Nourhan Mostafa Mahmoud",
        "sex": "F",
        "dob": a["dob"],
        "form_pob": "Alexandrie, Égypte",
        "form_nat": "égyptienne",
        "addr1": "27 rue Paul Bert, appartement 12",
        "cp": "69003",
        "city": "Lyon",
        "phone": "07 58 21 44 90",
        "email": "nourhan.abdelrahman93@gmail.com",
        "employed": True,
        "job_title": "Data analyst",
        "contract_type": "CDI",
        "city_sign": "Lyon",
        "signed_on": "2026-11-12",
    }
    o.text_pdf(
        "Demande_PUMA_signee.pdf",
        lambda pg: french.cerfa(pg[0], pg[1], form, o.rng("form"), None, 0),
        2,
        "S1106 Demande d'ouverture des droits",
        "Nourhan",
    )
    o.add(
        [{"path": "Demande_PUMA_signee.pdf", "pages": [1, 2]}],
        "application_form",
        "text_pdf",
        form_fields(a, "Nourhan Mostafa Mahmoud", True, "2026-11-12"),
        "typed on screen in the fillable form, signature image pasted",
    )
    o.photo("passeport.jpg", booklet(passport_img(o, a, "pp"), None), "pp-photo", 0, 0.72)
    o.add([{"path": "passeport.jpg", "pages": [1]}], "passport", "phone_photo", pfields(a, "EGY"))
    v = P.EGYPT_VISA
    o.photo("visa_long_sejour.jpg", cards.visa_sticker(a, v, o.rng("visa")), "visa-photo", 90, 0.8)
    o.add(
        [{"path": "visa_long_sejour.jpg", "pages": [1]}],
        "long_stay_visa",
        "phone_photo",
        vfields(a, v),
        "photo rotated 90 degrees",
    )
    bc = {
        "bc_serial": "4 7 3 1 0 2 8",
        "national_id": "29304170201846",
        "ar_given": "نورهان",
        "ar_sex": "أنثى",
        "dob": a["dob"],
        "ar_place": "الإسكندرية - قسم سيدي جابر",
        "ar_father": "مصطفى محمود عبد الرحمن",
        "ar_mother": "هبة سعيد الشاذلي",
        "ar_office": "مكتب صحة سيدي جابر",
        "registered": "1993-04-21",
        "bc_issued": "2026-02-08",
        "legal_mfa": "2026-02-15",
        "legal_mfa_no": "118734",
        "legal_fr": "2026-02-22",
        "legal_fr_no": "2026/0917",
    }
    o.scan_pdf("acte_naissance_legalise.pdf", civil.egypt_birth(bc, o.rng("bc")), "bc-scan")
    o.add(
        [{"path": "acte_naissance_legalise.pdf", "pages": [1, 2]}],
        "birth_certificate",
        "image_pdf",
        {
            "surname": "عبد الرحمن",
            "given_names": "نورهان مصطفى محمود",
            "date_of_birth": a["dob"],
            "place_of_birth": "الإسكندرية",
            "issuing_country": "EGY",
            "language": "ar",
            "has_apostille": False,
        },
        "Egypt is not a party to the Hague apostille convention: legalised by the Egyptian "
        "MFA then the French consulate in Cairo (stamps on page 2); names in Arabic script",
    )
    tr = {
        "translator": [
            "Samia BENALI-FOURNIER",
            "Traductrice-interprète expert",
            "près la Cour d'appel de Lyon",
            "12 quai Saint-Vincent, 69001 Lyon",
        ],
        "ref": "T-2026-0388",
        "src": "arabe",
        "rows": [
            ("République arabe d'Égypte", "Ministère de l'Intérieur — Secteur de l'état civil"),
            ("#ACTE DE NAISSANCE (extrait officiel du registre)", ""),
            ("Numéro national :", "29304170201846"),
            ("Nom de l'enfant :", "Nourhan Mostafa Mahmoud ABDELRAHMAN"),
            ("Sexe :", "Féminin"),
            ("Date de naissance :", "17/04/1993"),
            ("Lieu de naissance :", "Alexandrie — quartier de Sidi Gaber"),
            ("Père :", "Mostafa Mahmoud ABDELRAHMAN, de nationalité égyptienne"),
            ("Mère :", "Heba Saïd EL-SHAZLY, de nationalité égyptienne"),
            ("Date d'enregistrement :", "21/04/1993"),
            ("Délivré le :", "08/02/2026"),
            (
                "#Mentions : signature et sceau du directeur de l'état civil ; "
                "légalisation du ministère des Affaires étrangères (n° 118734) et du "
                "Consulat général de France au Caire (n° 2026/0917).",
                "",
            ),
        ],
        "cert": "Je soussignée, Samia BENALI-FOURNIER, expert traducteur près la Cour d'appel "
        "de Lyon, certifie que la présente traduction est conforme à l'original "
        "rédigé en langue arabe qui m'a été présenté.",
        "place_date": "Lyon, le 03/03/2026",
        "name": "Samia Benali",
        "stamp_ring": "EXPERT TRADUCTEUR * COUR D'APPEL DE LYON * ",
        "stamp_center": ["ARABE", "S. BENALI"],
    }
    o.scan_pdf(
        "traduction_acte_naissance.pdf", civil.translation(tr, o.rng("tr")), "tr-scan", grey=True
    )
    o.add(
        [{"path": "traduction_acte_naissance.pdf", "pages": [1]}],
        "translation",
        "image_pdf",
        {
            "surname": "ABDELRAHMAN",
            "given_names": "Nourhan Mostafa Mahmoud",
            "date_of_birth": a["dob"],
            "language": "fr",
            "source_language": "ar",
        },
    )
    ls = {
        "landlord": "Bernard CHAUMETTE",
        "landlord_addr": "demeurant 4 chemin des Mûriers, 69160 Tassin-la-Demi-Lune",
        "tenants_printed": ["Madame Nourhan ABDELRAHMAN"],
        "address": "27 rue Paul Bert, appartement 12, 3e étage, 69003 Lyon",
        "descr": "Appartement de type T2 de 41 m², cuisine équipée, cave n° 7.",
        "start": "2026-06-01",
        "signed": "2026-05-27",
        "rent": "720",
        "charges": "65",
        "city": "Lyon",
    }
    imgs = o.raster_pages(lambda pg: french.lease(pg, ls, o.rng("lease")), 2)
    o.scan_pdf("bail_appartement.pdf", imgs, "lease-scan", creator="HP LaserJet MFP M227fdw")
    o.add(
        [{"path": "bail_appartement.pdf", "pages": [1, 2]}],
        "lease",
        "image_pdf",
        {
            "tenant_names": ["Nourhan ABDELRAHMAN"],
            "landlord": "Bernard CHAUMETTE",
            "address": "27 rue Paul Bert, appartement 12, 3e étage, 69003 Lyon",
            "start_date": "2026-06-01",
        },
    )
    rb = dict(
        P.RIB_EGYPT,
        bank="bnp",
        bank_name="BNP PARIBAS",
        bic="BNPAFRPPXXX",
        holder_printed="MLLE ABDELRAHMAN NOURHAN",
        holder_addr=["27 RUE PAUL BERT APT 12", "69003 LYON"],
        agency=["LYON GUILLOTIERE", "2 PLACE GABRIEL PERI", "69007 LYON"],
        footer="BNP Paribas SA au capital de 2 261 621 342 € — 662 042 449 RCS Paris",
        font="open",
        font_b="open-b",
    )
    o.text_pdf("RIB_BNP.pdf", lambda pg: french2.rib(pg[0], rb), 1, "RIB", "BNP Paribas")
    o.add(
        [{"path": "RIB_BNP.pdf", "pages": [1]}],
        "rib",
        "text_pdf",
        {
            "holder_name": "ABDELRAHMAN NOURHAN",
            "iban": rb["iban"],
            "bic": "BNPAFRPPXXX",
            "bank_name": "BNP PARIBAS",
            "iban_valid": True,
            "rib_key_valid": True,
        },
    )
    s = {
        "from": "2026-10-01",
        "to": "2026-10-31",
        "employer": "LUMINA ANALYTICS SAS",
        "employer_addr": ["48 cours Lafayette", "69003 LYON"],
        "siret": P.SIRET_LUMINA,
        "naf": "6202A",
        "urssaf": "Rhône-Alpes 827 000001",
        "employee_printed": "Madame Nourhan ABDELRAHMAN",
        "employee_addr": ["27 rue Paul Bert, apt 12", "69003 Lyon"],
        "job": "Data analyst",
        "status": "Cadre",
        "entry": "01/06/2026",
        "ccn": "Syntec (IDCC 1486)",
        "nir": "En cours d'attribution",
        "rows": [
            ("Salaire de base", "151,67", "24,7231", "3 750,00", ""),
            ("#SANTÉ", "", "", "", ""),
            ("Sécurité sociale — maladie", "3 750,00", "", "", "262,50"),
            ("Complémentaire santé", "3 750,00", "", "48,20", "48,20"),
            ("#RETRAITE", "", "", "", ""),
            ("Sécurité sociale plafonnée", "3 750,00", "6,90", "258,75", "320,63"),
            ("Complémentaire Tranche 1", "3 750,00", "4,01", "150,38", "225,38"),
            ("#ASSURANCE CHÔMAGE", "", "", "", "151,88"),
            ("CSG déductible", "3 684,75", "6,80", "250,56", ""),
            ("CSG/CRDS non déductibles", "3 684,75", "2,90", "106,86", ""),
        ],
        "net_before_tax": "2 935,25",
        "pas": "-146,76",
        "net_pay": "2 788,49",
        "paid": "2026-10-30",
    }
    o.text_pdf(
        "bulletin_octobre_2026.pdf",
        lambda pg: french.payslip(pg[0], s),
        1,
        "Bulletin de paie 10/2026",
        "Silae",
    )
    o.add(
        [{"path": "bulletin_octobre_2026.pdf", "pages": [1]}],
        "payslip",
        "text_pdf",
        {
            "employer": "LUMINA ANALYTICS SAS",
            "employee_name": "Nourhan ABDELRAHMAN",
            "period": "2026-10",
            "net_pay": 2788.49,
            "siret": P.SIRET_LUMINA,
        },
    )
    return {
        "as_of": "2026-11-20",
        "employed": True,
        "status": "complete",
        "requirements": dict(ALL_OK),
        "defect": None,
    }


def p02(o: Out) -> dict:
    """Haiti, not employed, hosted by his French wife (attestation + her ID + her bills)."""
    a = P.HAITI
    form = {
        "surname": "JEAN-BAPTISTE",
        "form_given": "Wilner Frantz",
        "sex": "M",
        "dob": a["dob"],
        "form_pob": "Port-au-Prince, Haïti",
        "form_nat": "haïtienne",
        "addr1": "14 rue de Châteaugiron, apt 32",
        "cp": "35000",
        "city": "Rennes",
        "phone": "06 41 87 20 13",
        "email": "w.jeanbaptiste@yahoo.fr",
        "employed": False,
        "city_sign": "Rennes",
        "signed_on": "2026-09-29",
    }
    imgs = o.raster_pages(lambda pg: french.cerfa(pg[0], pg[1], form, o.rng("form"), "comic", 1), 2)
    o.scan_img("scan_0001.jpg", imgs[0], "form1", dpi=200)
    o.scan_img("scan_0002.jpg", imgs[1], "form2", dpi=200)
    o.add(
        [{"path": "scan_0001.jpg", "pages": [1]}, {"path": "scan_0002.jpg", "pages": [1]}],
        "application_form",
        "scan",
        form_fields(a, "Wilner Frantz", False, "2026-09-29"),
        "filled in by hand",
    )
    o.scan_img("passeport_wilner.jpg", passport_img(o, a, "pp"), "pp-scan", 300, 300)
    o.add([{"path": "passeport_wilner.jpg", "pages": [1]}], "passport", "scan", pfields(a, "HTI"))
    t = P.HAITI_PERMIT
    sheet = cards.card_sheet(
        cards.id1_front(t, o.rng("ts1"), "titre"),
        cards.id1_back(t, o.rng("ts2"), "titre"),
        o.rng("ts"),
    )
    o.scan_pdf("titre_sejour_recto_verso.pdf", [sheet], "ts-scan", creator="EPSON Scan")
    o.add(
        [{"path": "titre_sejour_recto_verso.pdf", "pages": [1]}],
        "residence_permit",
        "image_pdf",
        {
            "surname": "JEAN-BAPTISTE",
            "given_names": "WILNER FRANTZ",
            "document_number": t["doc_number"],
            "nationality": "HTI",
            "issuing_country": "FRA",
            "date_of_birth": a["dob"],
            "sex": "M",
            "expiry_date": t["expiry"],
            "mrz_valid": True,
        },
        "front and back photocopied on one sheet",
    )
    text = [
        "Il appert du registre des actes de naissance de l'Officier de l'État Civil de la "
        "Section Est de Port-au-Prince, pour l'année mil neuf cent quatre-vingt-huit, déposé "
        "aux Archives Nationales, ce qui suit :",
        "L'an mil neuf cent quatre-vingt-huit et le vingt-six septembre, à dix heures du "
        "matin, par devant nous, Maître Gérard ALEXIS, Officier de l'État Civil de la Section "
        "Est de Port-au-Prince, soussigné, a comparu le citoyen Jean-Robert JEAN-BAPTISTE, "
        "comptable, demeurant et domicilié à Port-au-Prince, identifié, lequel nous a déclaré "
        "que le deux septembre de l'année courante, à Port-au-Prince, est né un enfant de sexe "
        "masculin qu'il nous a présenté et auquel il a donné les prénoms de WILNER FRANTZ, "
        "issu de ses oeuvres et de la dame Marie-Lourdes PIERRE-LOUIS, son épouse, ménagère.",
        "Et de tout ce que dessus, nous avons dressé le présent acte que le comparant et les "
        "témoins ont signé avec nous après lecture.",
        "Pour extrait conforme délivré à Port-au-Prince, le 7 mars 2026, an 223e de "
        "l'Indépendance.",
    ]
    bc = {
        "ht_act": "1 437",
        "ht_register": "E-88",
        "ht_folio": "212",
        "ht_year": "1988",
        "ht_text": text,
        "legal_mfa": "2026-03-12",
        "legal_mfa_no": "26-04811",
        "legal_fr": "2026-03-16",
        "legal_fr_no": "0318/2026",
    }
    o.scan_pdf(
        "extrait_naissance_legalise.pdf",
        civil.haiti_birth(bc, o.rng("bc")),
        "bc-scan",
        creator="Brother MFC-L2710DW",
    )
    o.add(
        [{"path": "extrait_naissance_legalise.pdf", "pages": [1, 2]}],
        "birth_certificate",
        "image_pdf",
        {
            "surname": "JEAN-BAPTISTE",
            "given_names": "WILNER FRANTZ",
            "date_of_birth": a["dob"],
            "place_of_birth": "Port-au-Prince",
            "issuing_country": "HTI",
            "language": "fr",
            "has_apostille": False,
        },
        "Haiti is not a party to the apostille convention: legalised by the Haitian MFA and "
        "the French embassy (page 2)",
    )
    att = {
        "host_name": "Claire Morvan",
        "hand": "dancing",
        "lines": [
            "Attestation d'hébergement",
            "",
            "Je soussignée Claire MORVAN, née le 14/03/1990",
            "à Quimper (29), demeurant 14 rue de Châteaugiron,",
            "appartement 32, 35000 Rennes,",
            "atteste sur l'honneur héberger à mon domicile",
            "mon époux, M. Wilner Frantz JEAN-BAPTISTE, né le",
            "02/09/1988 à Port-au-Prince (Haïti), depuis le",
            "15 janvier 2026.",
            "Fait pour servir et valoir ce que de droit.",
            "",
            "Fait à Rennes, le 28/09/2026",
        ],
    }
    o.photo(
        "attestation_hebergement.jpg",
        french2.attestation_hand(att, o.rng("att")),
        "att-photo",
        0,
        0.85,
    )
    o.add(
        [{"path": "attestation_hebergement.jpg", "pages": [1]}],
        "hosting_attestation",
        "phone_photo",
        {
            "host_name": "Claire MORVAN",
            "hosted_name": "Wilner Frantz JEAN-BAPTISTE",
            "address": "14 rue de Châteaugiron, appartement 32, 35000 Rennes",
            "since_date": "2026-01-15",
            "signed_on": "2026-09-28",
            "signed": True,
        },
        "handwritten on squared paper",
    )
    h = P.HOST
    o.photo(
        "CNI_Claire_recto.jpg", cards.id1_front(h, o.rng("cni1"), "cni"), "cni1-photo", 180, 0.6
    )
    o.photo("CNI_Claire_verso.jpg", cards.id1_back(h, o.rng("cni2"), "cni"), "cni2-photo", 0, 0.6)
    o.add(
        [
            {"path": "CNI_Claire_recto.jpg", "pages": [1]},
            {"path": "CNI_Claire_verso.jpg", "pages": [1]},
        ],
        "national_id",
        "phone_photo",
        {
            "surname": "MORVAN",
            "given_names": "CLAIRE ANNE",
            "document_number": "X4RTBPFW4",
            "nationality": "FRA",
            "issuing_country": "FRA",
            "date_of_birth": h["dob"],
            "sex": "F",
            "expiry_date": h["expiry"],
            "mrz_valid": True,
        },
        "host's identity card (2021 model), recto photographed upside down",
    )
    addr = ["14 RUE DE CHATEAUGIRON", "APPARTEMENT 32", "35000 RENNES"]
    bills = []
    for i, (m, amt) in enumerate([(7, "42,99"), (8, "42,99"), (9, "45,98")]):
        lines_ = [("Livebox Fibre — abonnement mensuel", "42,99 €")]
        if amt != "42,99":
            lines_.append(("Communications hors forfait", "2,99 €"))
        bills.append(
            bill_data(
                "orange",
                "Mme CLAIRE MORVAN",
                addr,
                2026,
                m,
                "1103 482 719",
                f"F6L3-{5518 + i}27",
                amt,
                "Livebox Fibre",
                lines_,
                "Orange SA au capital de 10 640 226 396 € — 78 rue Olivier de Serres 75015 Paris — "
                "380 129 866 RCS Paris. Service client 3900.",
            )
        )

    def draw(pgs):
        for pg, b in zip(pgs, bills):
            french.telecom_bill(pg, b, o.rng("bill"))

    o.text_pdf("factures_orange_juillet_aout_sept.pdf", draw, 3, "Factures Orange", "Orange")
    for i, b in enumerate(bills):
        o.add(
            [{"path": "factures_orange_juillet_aout_sept.pdf", "pages": [i + 1]}],
            "utility_bill",
            "text_pdf",
            bill_fields(
                b, "Orange", "CLAIRE MORVAN", "14 rue de Châteaugiron, appartement 32, 35000 Rennes"
            ),
            "host's bill (three downloaded bills merged into one PDF)",
        )
    rb = dict(
        P.RIB_HAITI,
        bank="lbp",
        bank_name="LA BANQUE POSTALE",
        bic="PSSTFRPPREN",
        holder_printed="M JEAN-BAPTISTE WILNER FRANTZ",
        holder_addr=addr,
        agency=["CENTRE FINANCIER", "DE RENNES", "35900 RENNES CEDEX 9"],
        twice=True,
        footer="La Banque Postale — SA à Directoire et Conseil de surveillance — "
        "421 100 645 RCS Paris",
        font="dejavu",
        font_b="dejavu-b",
    )
    imgs = o.raster_pages(lambda pg: french2.rib(pg[0], rb), 1)
    o.scan_img("RIB.png", imgs[0], "rib-scan", dpi=150)
    o.add(
        [{"path": "RIB.png", "pages": [1]}],
        "rib",
        "scan",
        {
            "holder_name": "JEAN-BAPTISTE WILNER FRANTZ",
            "iban": rb["iban"],
            "bic": "PSSTFRPPREN",
            "bank_name": "LA BANQUE POSTALE",
            "iban_valid": True,
            "rib_key_valid": True,
        },
    )
    req = dict(ALL_OK, employment="not_applicable")
    return {
        "as_of": "2026-10-05",
        "employed": False,
        "status": "complete",
        "requirements": req,
        "defect": None,
    }


def main(out: str) -> None:
    from generate2 import p03, p04

    specs = [
        ("p01", p01, P.EGYPT),
        ("p02", p02, P.HAITI),
        ("p03", p03, P.ARMENIA),
        ("p04", p04, P.JAPAN),
    ]
    os.makedirs(os.path.join(out, "documents"), exist_ok=True)
    for i, (name, fn, person) in enumerate(specs):
        o = Out(os.path.join(out, "packets", name), 7100 + i)
        truth = fn(o)
        truth["applicant"] = {
            "surname": person["surname"],
            "given_names": person["given_names"],
            "date_of_birth": person["dob"],
        }
        truth["documents"] = o.docs
        with open(os.path.join(out, "packets", name + ".truth.json"), "w") as fh:
            json.dump(truth, fh, ensure_ascii=False, indent=2)
    with open(os.path.join(out, "manifest.json"), "w") as fh:
        json.dump({"packets": [s[0] for s in specs], "documents": []}, fh, indent=2)


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: generate.py OUT_DIR")
    main(sys.argv[1])
