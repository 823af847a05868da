"""Packet p01 (Mali, in order) of set_dg."""

import docs_fin as F
import docs_id as D
import render as R
from generate import ident, rib_fields, ymd


# ------------------------------------------------------------------ p01 Mali
def p01(o):
    rng = o.rng
    _sn, _gn, dob = "KANOUTÉ", "Bakary Sékou", "1994-03-12"
    addr, cp, city = "14 rue Gabriel Péri, bât. B", "93200", "Saint-Denis"
    o.photo(
        D.cerfa_form(
            {
                "surname": "KANOUTÉ",
                "given": "Bakary Sékou",
                "dob": "12/03/1994",
                "pob": "Kayes (Mali)",
                "addr": "chez M. KANOUTÉ Mahamadou, " + addr,
                "cp": cp,
                "city": city,
                "status": "employed",
                "job": "Manutentionnaire",
                "contract": "Intérim",
                "fait_a": "Saint-Denis",
                "date": "12/11/2026",
            },
            rng,
            True,
        ),
        "IMG_20261112_181544.jpg",
        90,
    )
    o.doc(
        [("IMG_20261112_181544.jpg", [1])],
        "application_form",
        "phone_photo",
        {
            "surname": "KANOUTÉ",
            "given_names": "Bakary Sékou",
            "date_of_birth": dob,
            "employment_status": "employed",
            "signed": True,
            "signed_on": "2026-11-12",
            "nir": None,
        },
        "hand-filled Cerfa 15763, photo rotated 90°",
    )
    num, exp = "AA2614873", "2028-06-18"
    mrz = R.td3("MLI", "KANOUTE", "BAKARY SEKOU", num, "MLI", ymd(dob), "M", ymd(exp))
    assert R.td3_ok(mrz)
    o.photo(
        D.passport(
            {
                "head": [
                    "COMMUNAUTÉ ÉCONOMIQUE DES ÉTATS DE L'AFRIQUE DE L'OUEST",
                    "RÉPUBLIQUE DU MALI",
                    "PASSEPORT / PASSPORT",
                ],
                "bg": (236, 226, 214),
                "col": (110, 60, 40),
                "rows": [
                    ("Type / Type   Code / Code   N° / No", "P   MLI   " + num),
                    ("Nom / Surname", "KANOUTE"),
                    ("Prénoms / Given names", "BAKARY SEKOU"),
                    ("Nationalité / Nationality", "MALIENNE"),
                    ("Date de naissance / Date of birth   Sexe / Sex", "12 MARS/MAR 1994     M"),
                    ("Lieu de naissance / Place of birth", "KAYES"),
                    ("Date d'expiration / Date of expiry", "18 JUIN/JUN 2028"),
                ],
                "mrz": mrz,
            },
            rng,
        ),
        "passeport_bakary.jpg",
        0,
    )
    o.doc(
        [("passeport_bakary.jpg", [1])],
        "passport",
        "phone_photo",
        ident("KANOUTE", "BAKARY SEKOU", num, "MLI", "MLI", dob, "M", exp),
        "ECOWAS passport of Mali, data page",
    )
    o.scan(
        D.recepisse(
            {
                "prefecture": "PRÉFECTURE DE LA SEINE-SAINT-DENIS",
                "rows": [
                    ("Nom", "KANOUTÉ"),
                    ("Prénom(s)", "Bakary Sékou"),
                    ("Né(e) le", "12/03/1994 à KAYES (MALI)"),
                    ("Nationalité", "MALIENNE"),
                    ("Sexe", "M"),
                    ("N° étranger", "9312047586"),
                    ("Adresse", "14 rue Gabriel Péri 93200 Saint-Denis"),
                ],
                "from": "15/10/2026",
                "until": "14/01/2027",
                "mention": "salarié",
                "city": "Bobigny",
                "issued": "15/10/2026",
                "stamp": "SEINE-ST-DENIS",
                "ref": "RCP-93-2026-0418827",
            },
            rng,
        ),
        "recepisse.jpg",
        200,
    )
    o.doc(
        [("recepisse.jpg", [1])],
        "residence_permit",
        "scan",
        ident(
            "KANOUTÉ", "Bakary Sékou", "9312047586", "MALIENNE", "FRA", dob, "M", "2027-01-14", None
        ),
        "récépissé de première demande (salarié), valid 15/10/2026-14/01/2027, no MRZ",
    )
    o.image_pdf(
        [
            D.mali_birth(
                {
                    "region": "Kayes",
                    "cercle": "Kayes",
                    "commune": "Kayes",
                    "centre": "Kayes Ville",
                    "acte": "0412 / 1994",
                    "rows": [
                        ("Prénom(s) :", "Bakary Sékou"),
                        ("Nom :", "KANOUTÉ"),
                        ("Sexe :", "Masculin"),
                        ("Né le :", "Douze mars mil neuf cent quatre-vingt-quatorze"),
                        ("Soit le :", "12/03/1994"),
                        ("À :", "Kayes (Hôpital Fousseyni Daou)"),
                        ("Père :", "Sékou KANOUTÉ, cultivateur"),
                        ("Mère :", "Fatoumata SISSOKO, ménagère"),
                        ("Domicile des parents :", "Kayes N'Di"),
                    ],
                    "dresse": "18/03/1994",
                    "declarant": "Sékou KANOUTÉ, père",
                    "deliv": "04/06/2025",
                    "officer": "M. Boubacar DIAWARA",
                    "legal_by": "Ministère des Affaires Étrangères et de la Coopération Internationale",
                    "legal_on": "11/06/2025",
                },
                rng,
            )
        ],
        "acte_naissance_volet3.pdf",
    )
    o.doc(
        [("acte_naissance_volet3.pdf", [1])],
        "birth_certificate",
        "image_pdf",
        {
            "surname": "KANOUTÉ",
            "given_names": "Bakary Sékou",
            "date_of_birth": dob,
            "place_of_birth": "Kayes (Hôpital Fousseyni Daou)",
            "issuing_country": "MLI",
            "language": "fr",
            "has_apostille": False,
        },
        "Malian 'volet n°3' extract; legalisation stamp of the Malian MFA on the same page "
        "(no apostille: Mali is not a Hague-apostille route; France-Mali 1962 convention)",
    )
    hnum, hdob, hexp = "ML7340291", "1986-08-02", "2028-04-30"
    hm = R.td1("IR", "FRA", hnum, ymd(hdob), "M", ymd(hexp), "MLI", "KANOUTE", "MAHAMADOU")
    assert R.td1_ok(hm)
    front, back = D.id1_card(
        ["RÉPUBLIQUE FRANÇAISE", "TITRE DE SÉJOUR"],
        [
            ("NOM", "KANOUTE"),
            ("Prénoms", "MAHAMADOU"),
            ("Nationalité  Sexe  Date de naiss.", "MLI   M   02 08 1986"),
            ("Type de titre", "CARTE DE SÉJOUR PLURIANNUELLE"),
            ("N° / Valable jusqu'au", hnum + "   30 04 2028"),
        ],
        hm,
        [
            ("Lieu de délivrance", "PRÉFECTURE SEINE-SAINT-DENIS"),
            ("Date de délivrance", "01 05 2024"),
            ("Mentions", "SALARIÉ"),
            ("Adresse", "14 RUE GABRIEL PERI 93200 ST DENIS"),
        ],
        rng,
    )
    o.scan(front, "titre_sejour_frere_recto.jpg", 200, card=True)
    o.scan(back, "titre_sejour_frere_verso.jpg", 200, card=True)
    o.doc(
        [("titre_sejour_frere_recto.jpg", [1]), ("titre_sejour_frere_verso.jpg", [1])],
        "residence_permit",
        "scan",
        ident("KANOUTE", "MAHAMADOU", hnum, "MLI", "FRA", hdob, "M", hexp),
        "the HOST's (brother's) titre de séjour: host identity document for the attestation",
    )
    L = {
        "landlord": "SCI LES TILLEULS DE LA PLAINE",
        "landlord_addr": "3 av. Wilson 93210 La Plaine Saint-Denis",
        "tenants_text": "M. Mahamadou KANOUTÉ, né le 02/08/1986",
        "address": "14 rue Gabriel Péri, bâtiment B, 3e étage, porte 31, 93200 Saint-Denis",
        "kind": "appartement, immeuble collectif",
        "surface": "54 m²",
        "start": "01/09/2021",
        "rent": "790,00 €",
        "charges": "110,00 €",
        "deposit": "790,00 €",
        "dpe": "D",
        "city": "Saint-Denis",
        "signed": "24/08/2021",
        "n_tenants": 1,
    }
    o.image_pdf(F.lease(L, rng), "bail_mahamadou.pdf")
    o.doc(
        [("bail_mahamadou.pdf", [1, 2])],
        "lease",
        "image_pdf",
        {
            "tenant_names": ["Mahamadou KANOUTÉ"],
            "landlord": "SCI LES TILLEULS DE LA PLAINE",
            "address": L["address"],
            "start_date": "2021-09-01",
        },
        "the HOST's lease",
    )
    o.photo(
        D.handwritten_attestation(
            {
                "text": [
                    (
                        "Je soussigné KANOUTÉ Mahamadou, né le 02/08/1986 à Kayes (Mali), demeurant au 14 rue "
                        "Gabriel Péri, bâtiment B, 93200 Saint-Denis,"
                    ),
                    (
                        "atteste sur l'honneur héberger à mon domicile mon frère KANOUTÉ Bakary Sékou, né le "
                        "12/03/1994 à Kayes (Mali), depuis le 15/05/2026."
                    ),
                    "Je joins la copie de mon titre de séjour et de mon bail.",
                    "Fait pour servir et valoir ce que de droit.",
                ],
                "city": "Saint-Denis",
                "date": "28/10/2026",
            },
            rng,
        ),
        "IMG_20261028_204210.jpg",
        0,
    )
    o.doc(
        [("IMG_20261028_204210.jpg", [1])],
        "hosting_attestation",
        "phone_photo",
        {
            "host_name": "KANOUTÉ Mahamadou",
            "hosted_name": "KANOUTÉ Bakary Sékou",
            "address": "14 rue Gabriel Péri, bâtiment B, 93200 Saint-Denis",
            "since_date": "2026-05-15",
            "signed_on": "2026-10-28",
            "signed": True,
        },
        "handwritten on lined paper",
    )
    siret = R.luhn_siret("8123456780003")
    for per, fr0, to, paid, net, hours in (
        ("2026-09", "01/09/2026", "30/09/2026", "10/10/2026", "1 512,37", "151,67"),
        ("2026-10", "01/10/2026", "31/10/2026", "10/11/2026", "1 688,02", "161,00"),
    ):
        f = f"bulletin_{per.replace('-', '_')}.pdf"
        o.text_pdf(
            [
                F.payslip(
                    {
                        "from": fr0,
                        "to": to,
                        "paid": paid,
                        "employer_lines": [
                            "ALTIMA INTÉRIM – Agence Saint-Denis",
                            "27 boulevard Anatole France",
                            "93200 Saint-Denis",
                            "SIRET : " + siret,
                            "Code NAF : 7820Z – Activités des agences de travail temporaire",
                        ],
                        "employee_lines": [
                            "M. Bakary Sékou KANOUTÉ",
                            "14 rue Gabriel Péri, bât. B",
                            "93200 Saint-Denis",
                            "Intérimaire – Mission n° 26-4471",
                        ],
                        "info": [
                            ("Emploi :", "Manutentionnaire – Agent logistique"),
                            ("Entreprise utilisatrice :", "LOGIPLAINE SAS, Gennevilliers"),
                            (
                                "Convention collective :",
                                "Travail temporaire – Salariés intérimaires",
                            ),
                        ],
                        "rows": [
                            ("Salaire de base", hours, "11,88", "", "1 8" + hours[-2:] + ",00"),
                            ("Indemnité de fin de mission (10 %)", "", "", "", "184,12"),
                            ("Indemnité compensatrice de congés payés", "", "", "", "202,53"),
                            ("Santé",),
                            ("Sécurité sociale - Maladie Maternité", "", "", "", ""),
                            ("Complémentaire santé", "", "", "18,40", ""),
                            ("Retraite",),
                            ("Sécurité sociale plafonnée", "", "6,90 %", "139,02", ""),
                            ("Complémentaire Tranche 1", "", "4,01 %", "80,79", ""),
                            ("Assurance chômage",),
                            ("CSG déductible", "", "6,80 %", "134,40", ""),
                            ("CSG/CRDS non déductible", "", "2,90 %", "57,32", ""),
                        ],
                        "net_before": net,
                        "net": net,
                        "pas": "0,00",
                    },
                    rng,
                )
            ],
            f,
        )
        o.doc(
            [(f, [1])],
            "payslip",
            "text_pdf",
            {
                "employer": "ALTIMA INTÉRIM",
                "employee_name": "Bakary Sékou KANOUTÉ",
                "period": per,
                "net_pay": net.replace(" ", ""),
                "siret": siret,
            },
            "temporary-work (intérim) payslip",
        )
    iban = R.fr_iban("20041", "01012", "05239871020")
    o.text_pdf(
        [
            F.rib_page(
                {
                    "bank": "La Banque Postale",
                    "color": (0, 52, 120),
                    "holder_lines": [
                        "M BAKARY SEKOU KANOUTE",
                        "14 RUE GABRIEL PERI",
                        "BAT B",
                        "93200 SAINT DENIS",
                    ],
                    "branch_lines": [
                        "LA BANQUE POSTALE",
                        "CENTRE FINANCIER DE PARIS",
                        "75900 PARIS CEDEX 15",
                    ],
                    "iban": iban,
                    "bic": "PSSTFRPPPAR",
                    "edited": "03/11/2026",
                },
                rng,
            )
        ],
        "RIB_LBP.pdf",
    )
    o.doc(
        [("RIB_LBP.pdf", [1])],
        "rib",
        "text_pdf",
        rib_fields("M BAKARY SEKOU KANOUTE", iban, "PSSTFRPPPAR", "La Banque Postale"),
    )
    return {
        "as_of": "2026-11-20",
        "employed": True,
        "defect": None,
        "applicant": {"surname": "KANOUTE", "given_names": "BAKARY SEKOU", "date_of_birth": dob},
    }
