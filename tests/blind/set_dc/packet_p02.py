"""Packet p02: Sri Lanka, VLS-TS, three bills, employed (CDD + payslips), in order."""

from __future__ import annotations

from civil import apostille, birth_lk
from common import fr_iban, render, siret
from fields import EN_LAB, bill_fields, id_fields
from forms import cerfa
from ids import passport, visa_fr
from looks import on_sheet
from money import (
    bill_eau,
    bill_engie,
    contract,
    payslip,
    screen_bank_rib,
    screen_sfr,
)
from out import Packet, pages_img, sheet


# ============================================================================= p02
def p02(out: str) -> str:
    sur, giv = "WANNINAYAKE MUDIYANSELAGE", "CHAMINDA PRASANNA KUMARA"
    app = {"surname": sur, "given_names": giv, "date_of_birth": "1990-07-21"}
    pk = Packet(out, "p02", 4302, "2026-11-24", True, app)
    addr = "112 rue de Tolbiac, 75013 Paris"

    form = cerfa(
        {
            "surname": sur,
            "given": giv,
            "dob": "21/07/1990",
            "pob": "Kurunegala (Sri Lanka)",
            "nat": "sri-lankaise",
            "addr": "112 rue de Tolbiac, appt 34, 5e étage",
            "cp": "75013",
            "city": "Paris",
            "status": "employed",
            "job": "Commis de cuisine",
            "contract": "CDD",
            "place": "Paris",
            "date": "18/11/2026",
        },
        pk.sub("form"),
        None,
    )
    pk.text_pdf("Demande_PUMA_Wanninayake.pdf", form, "S1106", "")
    pk.doc(
        [("Demande_PUMA_Wanninayake.pdf", [1, 2])],
        "application_form",
        "text_pdf",
        {
            "surname": sur,
            "given_names": giv,
            "date_of_birth": "1990-07-21",
            "employment_status": "employed",
            "signed": True,
            "signed_on": "2026-11-18",
            "nir": None,
        },
        "Typed into the PDF form, drawn signature; page 2 = list of pieces.",
    )

    pp, mrz = passport(
        {
            "head": "DEMOCRATIC SOCIALIST REPUBLIC OF SRI LANKA",
            "head2": "PASSPORT",
            "labels": EN_LAB,
            "country": "LKA",
            "doc": "N8234571",
            "surname_lines": [sur],
            "given_lines": [giv],
            "nat_txt": "SRI LANKAN",
            "dob_txt": "21 JUL 1990",
            "sex_txt": "M",
            "pob_txt": "KURUNEGALA",
            "issue_txt": "15 JAN 2024",
            "auth_txt": "COLOMBO",
            "exp_txt": "15 JAN 2034",
            "mrz_surname": sur,
            "mrz_given": giv,
            "nat": "LKA",
            "dob": "1990-07-21",
            "sex": "M",
            "exp": "2034-01-15",
            "personal": "199020204217",
            "bg": (236, 232, 222),
            "band": (128, 20, 40),
            "ink": (215, 195, 170),
        },
        pk.sub("pp"),
    )
    pp.check("p02 passport")
    pk.photo("passport.jpg", render(pp, 500), "ppphoto", rot=270, fill=0.74)
    pk.doc(
        [("passport.jpg", [1])],
        "passport",
        "phone_photo",
        id_fields(sur, giv, "N8234571", "LKA", "LKA", "1990-07-21", "M", "2034-01-15"),
        "Long names: the MRZ truncates the given names. Photo rotated 270°. MRZ: "
        + " / ".join(mrz),
    )

    vp, vmrz = visa_fr(
        {
            "number": "009183452",
            "sex": "M",
            "from_txt": "11-05-2026",
            "until_txt": "10-05-2027",
            "vtype": "D",
            "duration": "365 JOURS",
            "issued_txt": "28-04-2026",
            "post": "COLOMBO",
            "passport": "N8234571",
            "name_txt": sur + ", " + giv,
            "remarks": [
                "VLS-TS TRAVAILLEUR TEMPORAIRE",
                "CESEDA R.431-16 – DISPENSE TEMPORAIRE DE CARTE DE SÉJOUR",
            ],
            "mrz_surname": sur,
            "mrz_given": giv,
            "nat": "LKA",
            "dob": "1990-07-21",
            "until": "2027-05-10",
            "bg": (236, 232, 222),
        },
        pk.sub("visa"),
    )
    pk.scan_jpg("visa_page.jpg", sheet([(vp, 20, 18, 150)], pk.sub("visas")), "visascan")
    f = id_fields(sur, giv, "009183452", "LKA", "FRA", "1990-07-21", "M", "2027-05-10")
    f.update(
        {
            "visa_type": "D",
            "vls_ts": True,
            "category": "TRAVAILLEUR TEMPORAIRE",
            "valid_from": "2026-05-11",
            "valid_until": "2027-05-10",
        }
    )
    pk.doc(
        [("visa_page.jpg", [1])],
        "long_stay_visa",
        "scan",
        f,
        "French type D visa sticker (VLS-TS). MRZ MRV-A: " + " / ".join(vmrz),
    )

    bc = birth_lk(
        {
            "district": "Kurunegala",
            "division": "Kurunegala Four Gravets",
            "entry": "2841",
            "rows": [
                ("Date of Birth", "21st July 1990"),
                ("Place of Birth", "General Hospital, Kurunegala"),
                ("Name", "Wanninayake Mudiyanselage Chaminda Prasanna Kumara"),
                ("Sex", "Male"),
                ("Father's Full Name", "Wanninayake Mudiyanselage Sunil Bandara"),
                ("Father's Date of Birth", "12th March 1961"),
                ("Mother's Full Name", "Herath Mudiyanselage Kusumalatha Menike"),
                ("Mother's Date of Birth", "05th June 1965"),
                ("Were Parents Married?", "Yes"),
                ("Informant", "Father – W. M. Sunil Bandara"),
                ("Name of Registrar", "K. A. Jayawardena"),
                ("Date of Registration", "03rd August 1990"),
            ],
            "certify": "I hereby certify that the foregoing is a true copy of the entry No. "
            "2841 in "
            "the register of births of the Kurunegala Four Gravets Division, District of "
            "Kurunegala, kept at the office of the Additional District Registrar.",
            "issued_txt": "14th March 2026",
            "registrar": "R. M. Dissanayake",
        },
        pk.sub("bc"),
    )
    ap = apostille(
        {
            "labels": [
                "Country / Pays :",
                "has been signed by / a été signé par",
                "acting in the capacity of / agissant en qualité de",
                "bears the seal/stamp of / est revêtu du sceau/timbre de",
                "at / à",
                "the / le",
                "by / par",
                "No / sous n°",
                "Seal/stamp / Sceau/timbre",
                "Signature",
            ],
            "values": [
                "Democratic Socialist Republic of Sri Lanka",
                "R. M. Dissanayake",
                "Additional District Registrar, Kurunegala",
                "Registrar General's Department",
                "Colombo",
                "27/03/2026",
                ["Consular Affairs Division,", "Ministry of Foreign Affairs"],
                "CA/APS/2026/04417",
                "",
                "",
            ],
            "this_doc": "This public document / Le présent acte public",
            "certified": "Certified / Attesté",
            "stamp": ["MINISTRY OF", "FOREIGN", "AFFAIRS"],
            "ring": "SRI LANKA",
        },
        pk.sub("ap"),
    )
    imgs = pages_img([bc, ap], 200, "p02 bc")
    pk.scans(
        "birth_certificate.pdf",
        [imgs[0], on_sheet([(imgs[1], 31, 25, 148)], pk.sub("aps"))],
        "bcscan",
    )
    pk.doc(
        [("birth_certificate.pdf", [1])],
        "birth_certificate",
        "image_pdf",
        {
            "surname": "Wanninayake Mudiyanselage",
            "given_names": "Chaminda Prasanna Kumara",
            "date_of_birth": "1990-07-21",
            "place_of_birth": "Kurunegala",
            "issuing_country": "LKA",
            "language": "en",
            "has_apostille": True,
        },
        "Sri Lankan certified copy of a birth entry (English); the name is one field "
        "'Wanninayake Mudiyanselage Chaminda Prasanna Kumara'.",
    )
    pk.doc(
        [("birth_certificate.pdf", [2])],
        "apostille",
        "image_pdf",
        {
            "country": "Sri Lanka",
            "issued_on": "2026-03-27",
            "number": "CA/APS/2026/04417",
            "signed_by": "R. M. Dissanayake",
        },
        "Hague model, English/French.",
    )

    lines = [
        "M. WANNINAYAKE MUDIYANSELAGE",
        "CHAMINDA PRASANNA KUMARA",
        "112 RUE DE TOLBIAC",
        "APPT 34 – 5E ÉTAGE",
        "75013 PARIS",
    ]
    pk.text_pdf(
        "engie_facture_aout_2026.pdf",
        [
            bill_engie(
                {
                    "issue": "2026-09-06",
                    "number": "310 4472 8815",
                    "account": "6 012 447 281",
                    "holder": ["M. " + sur, giv],
                    "site_lines": ["112 rue de Tolbiac, appt 34", "75013 Paris"],
                    "addr_lines": lines,
                    "amount": 47.83,
                    "debit": "2026-09-22",
                    "pdl": "16287455190384",
                    "start": "2026-08-01",
                    "end": "2026-08-31",
                    "kwh": 152,
                }
            )
        ],
        "Facture ENGIE",
        "ENGIE",
    )
    pk.doc(
        [("engie_facture_aout_2026.pdf", [1])],
        "utility_bill",
        "text_pdf",
        bill_fields(
            "ENGIE",
            "electricity",
            sur + " " + giv,
            addr,
            "2026-09-06",
            "2026-08-01",
            "2026-08-31",
            47.83,
        ),
    )
    eau = bill_eau(
        {
            "issue": "2026-10-09",
            "addr_lines": lines,
            "holder": "M. Chaminda Prasanna Kumara WANNINAYAKE MUDIYANSELAGE",
            "account": "7501 3382 9041",
            "number": "E26-1009-448172",
            "meter": "I20TA018475",
            "site": "112 rue de Tolbiac 75013 Paris",
            "start": "2026-09-01",
            "end": "2026-09-30",
            "amount": 18.46,
            "m3": 5,
        }
    )
    pk.scan_jpg("facture_eau_septembre.jpg", pages_img([eau], 200, "p02 eau")[0], "eauscan")
    pk.doc(
        [("facture_eau_septembre.jpg", [1])],
        "utility_bill",
        "scan",
        bill_fields(
            "Eau de Paris",
            "water",
            "Chaminda Prasanna Kumara WANNINAYAKE MUDIYANSELAGE",
            addr,
            "2026-10-09",
            "2026-09-01",
            "2026-09-30",
            18.46,
        ),
        "Given names first on this bill.",
    )
    pk.screenshot(
        "Screenshot_20261112-094112.png",
        screen_sfr(
            {
                "month_txt": "octobre 2026",
                "issue": "2026-11-04",
                "start": "2026-10-01",
                "end": "2026-10-31",
                "holder": "M " + sur + " " + giv,
                "addr_lines": ["112 rue de Tolbiac", "Appt 34", "75013 Paris"],
                "amount": 35.99,
                "debit": "2026-11-19",
            }
        ),
    )
    pk.doc(
        [("Screenshot_20261112-094112.png", [1])],
        "utility_bill",
        "screenshot",
        bill_fields(
            "SFR",
            "internet",
            sur + " " + giv,
            addr,
            "2026-11-04",
            "2026-10-01",
            "2026-10-31",
            35.99,
        ),
        "SFR & Moi app screen.",
    )

    # employment: CDD (scanner PDF) and two payslips (text PDFs)
    rs = pk.sub("siret")
    sir = siret(rs)
    emp = "SARL SAVEURS DE TOLBIAC"
    con = contract(
        {
            "title": "CONTRAT DE TRAVAIL À DURÉE DÉTERMINÉE",
            "subtitle": "Convention collective nationale des hôtels, cafés, restaurants (HCR)",
            "employer_par": "La société SAVEURS DE TOLBIAC, SARL au capital de 8 000 euros, "
            "immatriculée au RCS de Paris, SIRET " + sir + ", dont le siège est situé "
            "98 rue de Tolbiac, 75013 Paris, représentée par M. Thierry Vasseur en "
            "qualité de gérant, ci-après « l'Employeur » ;",
            "employee_par": "Monsieur " + sur + " " + giv + ", né le 21 juillet 1990 à Kurunegala "
            "(Sri Lanka), de nationalité sri-lankaise, demeurant 112 rue de Tolbiac, "
            "75013 Paris, ci-après « le Salarié ».",
            "articles": [
                (
                    "Article 1 – Engagement",
                    "Le Salarié est engagé à compter du 1er juin 2026 en "
                    "qualité de commis de cuisine, niveau I, échelon 2 de la grille de la "
                    "convention "
                    "collective, sous réserve des résultats de la visite d'information et "
                    "de prévention.",
                ),
                (
                    "Article 2 – Motif et durée",
                    "Le présent contrat est conclu pour accroissement "
                    "temporaire d'activité lié à l'ouverture d'une seconde salle. Il "
                    "prendra fin le "
                    "31 mai 2027 au soir, sans qu'il soit nécessaire de le notifier.",
                ),
                (
                    "Article 3 – Période d'essai",
                    "Le contrat ne deviendra définitif qu'à l'issue d'une "
                    "période d'essai d'un mois de travail effectif.",
                ),
                (
                    "Article 4 – Durée du travail",
                    "La durée hebdomadaire de travail est fixée à 35 "
                    "heures, réparties selon le planning affiché dans l'établissement.",
                ),
                (
                    "Article 5 – Rémunération",
                    "Le Salarié percevra un salaire brut mensuel de "
                    "1 865,54 euros pour 151,67 heures, ainsi que les avantages en nature "
                    "repas prévus "
                    "par la convention collective. Il bénéficiera de l'indemnité de fin de "
                    "contrat.",
                ),
                ("Article 6 – Lieu de travail", "98 rue de Tolbiac, 75013 Paris."),
            ],
            "city": "Paris",
            "signed_txt": "25 mai 2026",
            "signatory": "Thierry Vasseur, gérant",
            "stamp": "SAVEURS DE TOLBIAC",
            "siret": sir,
        },
        pk.sub("cdd"),
    )
    pk.scans("CDD_Saveurs_de_Tolbiac.pdf", pages_img(con, 200, "p02 cdd"), "cddscan")
    pk.doc(
        [("CDD_Saveurs_de_Tolbiac.pdf", [1, 2])],
        "employment_contract",
        "image_pdf",
        {
            "employer": "SAVEURS DE TOLBIAC",
            "employee_name": sur + " " + giv,
            "contract_type": "CDD",
            "job_title": "commis de cuisine",
            "start_date": "2026-06-01",
        },
    )
    for mon, end, paid, net_b in [
        ("09", "2026-09-30", "2026-09-30", 1512.44),
        ("10", "2026-10-31", "2026-10-30", 1540.87),
    ]:
        net = round(net_b * (1 - 0.015), 2)
        gross = 1865.54
        ps = payslip(
            {
                "start": "2026-%s-01" % mon,
                "end": end,
                "paid": paid,
                "employer": emp,
                "emp_lines": ["98 rue de Tolbiac", "75013 Paris"],
                "siret": sir,
                "naf": "5610A",
                "urssaf": "Île-de-France",
                "employee": "M. " + sur,
                "ee_lines": [giv, "112 rue de Tolbiac", "75013 Paris"],
                "job": "Commis de cuisine",
                "contract": "CDD – 35 h hebdomadaires",
                "entry": "2026-06-01",
                "ccn": "HCR (IDCC 1979)",
                "rows": [
                    ("Salaire de base", "151,67", "12,3000", "1 865,54", ""),
                    ("Avantages en nature repas", "22", "4,22", "92,84", ""),
                    ("Salaire brut", "", "", "1 958,38", ""),
                    ("Santé", "1 958,38", "", "31,20", "46,80"),
                    (
                        "Retraite sécurité sociale et complémentaire",
                        "1 958,38",
                        "",
                        "203,48",
                        "318,52",
                    ),
                    ("Assurance chômage", "1 958,38", "", "", "79,31"),
                    ("CSG déductible de l'impôt sur le revenu", "1 924,11", "6,80", "130,84", ""),
                    ("CSG/CRDS non déductibles", "1 924,11", "2,90", "55,80", ""),
                    ("Avantages en nature (déduction)", "", "", "- 92,84", ""),
                    ("Autres contributions dues par l'employeur", "", "", "", "112,64"),
                ],
                "net_before": net_b,
                "net": net,
                "pas_rate": "1,50 %",
            }
        )
        fname = "bulletin_paie_%s_2026.pdf" % mon
        pk.text_pdf(fname, [ps], "Bulletin de paie", "Silae")
        pk.doc(
            [(fname, [1])],
            "payslip",
            "text_pdf",
            {
                "employer": emp,
                "employee_name": sur + " " + giv,
                "period": "2026-" + mon,
                "net_pay": net,
                "siret": sir,
            },
            "net_pay = 'NET PAYÉ AU SALARIÉ' (after income tax); gross %.2f." % gross,
        )

    iban, key = fr_iban("30004", "00813", "00010482716")
    pk.screenshot(
        "IMG_4471.PNG",
        screen_bank_rib(
            {
                "holder": ["M " + giv, sur],
                "iban": iban,
                "bic": "BNPAFRPPXXX",
                "bank": "30004",
                "branch": "00813",
                "account": "00010482716",
                "key": key,
                "dom": "BNP PARIBAS PARIS TOLBIAC",
            }
        ),
    )
    pk.doc(
        [("IMG_4471.PNG", [1])],
        "rib",
        "screenshot",
        {
            "holder_name": giv + " " + sur,
            "iban": iban,
            "bic": "BNPAFRPPXXX",
            "bank_name": "BNP Paribas",
            "iban_valid": True,
            "rib_key_valid": True,
        },
        "Banking app RIB screen; holder printed given names first.",
    )
    pk.finish()
    return pk.name
