"""Packet p02: born in Haiti, without activity, hosted (handwritten attestation)."""

from __future__ import annotations

from bt_civil import haiti_extrait
from bt_common import MM, french_rib, mrva, td1, td3
from bt_fin import orange_bill, rib_lbp
from bt_ids import d_pass, fr_card_back, fr_card_front, passport_booklet, visa_sticker_page
from bt_out import Packet, dmy, requirements
from bt_work import attestation_hand, cerfa_form

MONTH_END = {"08": "31", "09": "30", "10": "31"}


def cn_id_number(body17: str) -> str:
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return body17 + "10X98765432"[sum(int(a) * b for a, b in zip(body17, w, strict=False)) % 11]


def visa_dict(num, frm, until, days, issued_in, issued, passport, name, remarks, mrz, skin):
    return {
        "number": num,
        "from_txt": dmy(frm),
        "until_txt": dmy(until),
        "days": days,
        "issued_in": issued_in,
        "issued_txt": dmy(issued),
        "passport": passport,
        "name": name,
        "remarks": remarks,
        "mrz": mrz,
        "skin": skin,
    }


# ====================================================================== p02
def build_p02(out_dir: str) -> None:
    pk = Packet(out_dir, "p02", 22)
    sur, giv, dob = "JEAN-LOUIS", "ROSELINE NADEGE", "1988-07-23"
    pno, pexp = "RD4829301", "2034-02-11"
    mrz = td3("P", "HTI", sur, giv, pno, "HTI", "880723", "F", "340211")
    ht = {
        "page_bg": (0.92, 0.94, 0.97),
        "guil": (0.72, 0.78, 0.9),
        "title_col": (0.1, 0.2, 0.5),
        "label_col": (0.2, 0.3, 0.5),
        "font": "Serif",
        "lfont": "Sans",
        "vfont": "Courier",
        "title": [
            ("RÉPUBLIQUE D'HAÏTI", "SerifB", 10),
            ("REPUBLIC OF HAITI", "Serif", 7.5),
            ("PASSEPORT / PASSPORT", "SerifB", 8),
        ],
        "lh": 6.6 * MM,
    }
    rows = [
        ("Type", "P", 0),
        ("Code / Country code", "HTI", 1),
        ("N° du passeport / Passport No.", pno, 2),
        ("Nom / Surname", "JEAN-LOUIS", 0),
        ("Prénoms / Given names", "ROSELINE NADÈGE", 0),
        ("Nationalité / Nationality", "HAÏTIENNE", 0),
        ("Sexe / Sex", "F", 2),
        ("Date de naissance / Date of birth", d_pass(dob, "fr"), 0),
        ("Lieu de naissance / Place of birth", "PORT-AU-PRINCE", 1),
        ("Date de délivrance / Date of issue", d_pass("2024-02-12", "fr"), 0),
        ("Date d'expiration / Date of expiry", d_pass(pexp, "fr"), 1),
        ("Autorité / Authority", "DIR. IMMIGRATION ET ÉMIGRATION", 0),
    ]
    pp = passport_booklet({"style": ht, "rows": rows, "mrz": mrz, "skin": (0.36, 0.24, 0.17)}, 201)
    pk.photo("IMG_4471.jpg", pp, 1, rot=0, dpi=300, fill=0.7, table=(196, 190, 182))
    pk.doc(
        [("IMG_4471.jpg", [1])],
        "passport",
        "phone_photo",
        {
            "surname": "JEAN-LOUIS",
            "given_names": "ROSELINE NADEGE",
            "document_number": pno,
            "nationality": "HTI",
            "issuing_country": "HTI",
            "date_of_birth": dob,
            "sex": "F",
            "expiry_date": pexp,
            "mrz_valid": True,
        },
        "Open passport photographed on a light table, upright. Visual zone prints NADÈGE.",
    )
    vno, vfrom, vuntil = "061402389", "2026-03-02", "2027-03-01"
    vmrz = mrva("VD", "FRA", sur, giv, vno, "HTI", "880723", "F", "270301")
    v = visa_dict(
        vno,
        vfrom,
        vuntil,
        "365",
        "PORT-AU-PRINCE",
        "2026-02-10",
        pno,
        "JEAN-LOUIS ROSELINE NADEGE",
        ["VLS-TS VISITEUR", "INTERDIT D'EXERCER UNE", "ACTIVITE PROFESSIONNELLE"],
        vmrz,
        (0.36, 0.24, 0.17),
    )
    pk.scan("scan_visa.png", [visa_sticker_page(v, 202)], 2, dpi=300)
    pk.doc(
        [("scan_visa.png", [1])],
        "long_stay_visa",
        "scan",
        {
            "surname": "JEAN-LOUIS",
            "given_names": "ROSELINE NADEGE",
            "document_number": vno,
            "nationality": "HTI",
            "issuing_country": "FRA",
            "date_of_birth": dob,
            "sex": "F",
            "expiry_date": vuntil,
            "mrz_valid": True,
            "visa_type": "D",
            "vls_ts": True,
            "category": "visiteur",
            "valid_from": vfrom,
            "valid_until": vuntil,
        },
        "VLS-TS 'visiteur' sticker, flatbed scan of the visa page.",
    )
    # birth certificate with legalisation on the back
    b = {
        "year": "1988",
        "register": "Officier de l'État Civil de Port-au-Prince (Section Sud)",
        "act_no": "1147",
        "folio": "73",
        "ref": "ANH-2025-0418827",
        "body": "L'an mil neuf cent quatre-vingt-huit et le vingt-neuf juillet, à dix heures du "
        "matin, par devant nous Me Gérard ALEXIS, Officier de l'État Civil de la "
        "Section Sud de Port-au-Prince, a comparu le sieur Fritz JEAN-LOUIS, "
        "comptable, demeurant et domicilié à Port-au-Prince, identifié au numéro "
        "003-221-874, lequel nous a déclaré que le vingt-trois juillet mil neuf cent "
        "quatre-vingt-huit (23/07/1988), à quatre heures du matin, est née à "
        "Port-au-Prince, à la Maternité Isaïe Jeanty, une enfant du sexe féminin qu'il "
        "a reconnue et à laquelle il a donné les prénoms de ROSELINE NADÈGE, fille du "
        "comparant et de la dame Marie-Carmel DÉSIR, son épouse, ménagère. En foi de "
        "quoi nous avons dressé le présent acte que le comparant et les témoins ont "
        "signé avec nous après lecture.",
        "closing": "Pour extrait conforme délivré par les Archives Nationales d'Haïti, à "
        "Port-au-Prince, le 14 octobre 2025.",
        "director": "Jean Wilfrid BERTRAND",
        "timbre": "N° 0731842",
        "legal": {
            "signer1": "M. Jean Wilfrid BERTRAND",
            "mae_no": "L-25-38124",
            "mae_date": "21/10/2025",
            "signer2": "M. Pierre-Richard DUMAS (MAEC, Service de légalisation)",
            "fr_date": "04/11/2025",
            "fr_no": "2025/4417",
            "fee": "20 €",
            "consul": "Le Consul adjoint — A. LEFEBVRE",
        },
    }
    pk.image_pdf("extrait_archives_naissance.pdf", haiti_extrait(b, 203), 3, dpi=180)
    pk.doc(
        [("extrait_archives_naissance.pdf", [1, 2])],
        "birth_certificate",
        "image_pdf",
        {
            "surname": "JEAN-LOUIS",
            "given_names": "ROSELINE NADÈGE",
            "date_of_birth": dob,
            "place_of_birth": "Port-au-Prince",
            "issuing_country": "HTI",
            "language": "fr",
            "has_apostille": False,
        },
        "Extrait des Archives Nationales d'Haïti (page 1). Page 2 (verso) carries the "
        "LEGALISATION: Haitian MFA stamp then 'Vu pour légalisation' of the Ambassade de "
        "France en Haïti. Assumption: Haiti is not party to the Hague Apostille Convention, "
        "so France requires legalisation instead; the legalised copy satisfies "
        "birth_certificate (has_apostille false, no apostille expected).",
    )
    # host
    h_addr = "8 rue Gabriel Péri, Bât. B, 93200 Saint-Denis"
    cni_no = "D7HK2LM84"
    cmrz = td1("ID", "FRA", cni_no, "620314", "F", "330516", "FRA", "MARCELIN", "CLAUDETTE ANNE")
    card = {
        "bg": (0.93, 0.9, 0.93),
        "guil": (0.8, 0.72, 0.85),
        "skin": (0.4, 0.27, 0.2),
        "title": "CARTE NATIONALE D'IDENTITÉ / IDENTITY CARD",
        "rows": [
            ("NOM / Surname", "MARCELIN"),
            ("Prénoms / Given names", "CLAUDETTE, ANNE"),
            (
                ("SEXE / Sex", "NATIONALITÉ / Nationality", "DATE DE NAISS. / Date of birth"),
                ("F", "FRA", "14 03 1962"),
            ),
            ("LIEU DE NAISSANCE / Place of birth", "PORT-AU-PRINCE (HAÏTI)"),
            (
                ("N° DU DOCUMENT / Document No", "DATE D'EXPIR. / Expiry date"),
                (cni_no, "16 05 2033"),
            ),
        ],
        "bottom_left": "CAN 518207",
        "back_rows": [
            ("ADRESSE / Address", "8 RUE GABRIEL PERI BAT B 93200 SAINT-DENIS"),
            ("DATE DE DÉLIVRANCE / Date of issue", "17 05 2023"),
            ("AUTORITÉ / Authority", "Préfecture de la Seine-Saint-Denis"),
        ],
        "mrz": cmrz,
        "qr": True,
    }
    pk.scan_cards(
        "CNI Claudette recto verso.jpg",
        [(fr_card_front(card, 204), 25, 30), (fr_card_back(card, 204), 25, 105)],
        4,
    )
    pk.doc(
        [("CNI Claudette recto verso.jpg", [1])],
        "national_id",
        "scan",
        {
            "surname": "MARCELIN",
            "given_names": "CLAUDETTE ANNE",
            "document_number": cni_no,
            "nationality": "FRA",
            "issuing_country": "FRA",
            "date_of_birth": "1962-03-14",
            "sex": "F",
            "expiry_date": "2033-05-16",
            "mrz_valid": True,
        },
        "HOST's French ID card (2021 ID-1 model), front and back scanned on one page; "
        "TD1 MRZ on the back. Not the applicant.",
    )
    att = {
        "font": "HandDkg",
        "lines": [
            "^Attestation d'hébergement",
            "",
            "Je soussignée Madame Claudette MARCELIN,",
            "née le 14/03/1962 à Port-au-Prince (Haïti),",
            "demeurant 8 rue Gabriel Péri, Bât. B,",
            "93200 Saint-Denis,",
            "",
            "atteste sur l'honneur héberger à mon domicile",
            "ma nièce Madame Roseline Nadège JEAN-LOUIS,",
            "née le 23/07/1988 à Port-au-Prince (Haïti),",
            "depuis le 8 mars 2026, à titre gratuit.",
            "",
            "Je joins la copie de ma carte d'identité et",
            "mes trois dernières factures Orange.",
            "",
            "Fait pour servir et valoir ce que de droit.",
            "",
            ">Fait à Saint-Denis,",
            ">le 29/10/2026",
        ],
    }
    pk.photo(
        "attestation_hebergement.jpg", attestation_hand(att, 205), 5, rot=270, dpi=200, fill=0.82
    )
    pk.doc(
        [("attestation_hebergement.jpg", [1])],
        "hosting_attestation",
        "phone_photo",
        {
            "host_name": "Claudette MARCELIN",
            "hosted_name": "Roseline Nadège JEAN-LOUIS",
            "address": h_addr,
            "since_date": "2026-03-08",
            "signed_on": "2026-10-29",
            "signed": True,
        },
        "Handwritten on lined paper in blue ink (pen-like font, irregular baseline), signed; "
        "photo rotated 270 degrees.",
    )
    # Orange bills in the host's name
    ob = [
        ("08", "2026-08-06", 47.99, []),
        ("09", "2026-09-06", 49.19, [["Communications hors forfait", "08/2026", "1,20 €"]]),
        ("10", "2026-10-06", 47.99, []),
    ]
    files = [
        ("text_pdf", "Facture_Orange_aout_2026.pdf"),
        ("text_pdf", "facture_sept.pdf"),
        ("phone_photo", "IMG_4502.jpg"),
    ]
    for i, ((mm, issue, amount, extra), (look, fname)) in enumerate(zip(ob, files, strict=False)):
        start, end = f"2026-{mm}-01", f"2026-{mm}-{MONTH_END[mm]}"
        bill = {
            "issue_txt": dmy(issue),
            "number": f"FO{mm}26 {7340012 + i * 97}",
            "address_block": [
                "MME MARCELIN CLAUDETTE",
                "8 RUE GABRIEL PERI",
                "BAT B",
                "93200 SAINT DENIS",
            ],
            "client": "0 3318 4420",
            "holder_line": "Mme Claudette MARCELIN",
            "line": "01 48 20 xx xx",
            "install": "8 rue Gabriel Péri 93200 Saint-Denis",
            "amount": amount,
            "debit_txt": dmy(issue[:8] + "16"),
            "lines": [
                ["Livebox Fibre — abonnement mensuel", f"{dmy(start)} - {dmy(end)}", "42,99 €"],
                ["Décodeur TV UHD", f"{dmy(start)} - {dmy(end)}", "5,00 €"],
            ]
            + extra,
        }
        page = orange_bill(bill, 210 + i)
        if look == "text_pdf":
            pk.text_pdf(fname, [page])
        else:
            pk.photo(fname, page, 10 + i, rot=180, dpi=230, fill=0.84)
        pk.doc(
            [(fname, [1])],
            "utility_bill",
            look,
            {
                "provider": "Orange",
                "service": "internet",
                "holder_name": "Claudette MARCELIN",
                "address": h_addr,
                "issue_date": issue,
                "period_start": start,
                "period_end": end,
                "amount": amount,
                "month": f"2026-{mm}",
            },
            "HOST's internet bill (Livebox). "
            + ("Photo rotated 180 degrees." if look == "phone_photo" else ""),
        )
    # RIB La Banque Postale (scan)
    bank, branch, acct = "20041", "01012", "0412758K020"
    key, iban = french_rib(bank, branch, acct)
    rib = {
        "holder_line": "MME JEAN-LOUIS ROSELINE NADEGE",
        "addr1": "CHEZ MME MARCELIN",
        "addr2": "8 RUE GABRIEL PERI BAT B 93200 SAINT DENIS",
        "agency": "LA BANQUE POSTALE — CENTRE FINANCIER DE PARIS",
        "bank": bank,
        "branch": branch,
        "account": acct,
        "key": key,
        "iban": iban,
        "bic": "PSSTFRPPPAR",
    }
    pk.scan("RIB.jpg", [rib_lbp(rib, 220)], 20, dpi=150, quality=78)
    pk.doc(
        [("RIB.jpg", [1])],
        "rib",
        "scan",
        {
            "holder_name": "JEAN-LOUIS ROSELINE NADEGE",
            "iban": iban,
            "bic": "PSSTFRPPPAR",
            "bank_name": "La Banque Postale",
            "iban_valid": True,
            "rib_key_valid": True,
        },
        "150 dpi scan; account number contains a letter (K).",
    )
    # form, handwritten, phone photos
    f = {
        "mode": "hand",
        "hand_font": "HandEcolier",
        "surname": "JEAN-LOUIS",
        "given": "Roseline Nadège",
        "sex": "F",
        "dob": "23/07/1988",
        "birth_town": "Port-au-Prince",
        "birth_country": "Haïti",
        "nationality": "haïtienne",
        "addr1": "chez Mme Marcelin, 8 rue Gabriel Péri, Bât. B",
        "cp": "93200",
        "city": "Saint-Denis",
        "phone": "07 53 18 60 42",
        "activity": "none",
        "arrival": "08/03/2026",
        "place": "Saint-Denis",
        "signed_txt": "03/11/2026",
    }
    p1, p2 = cerfa_form(f, 230)
    pk.photo("formulaire page1.jpg", p1, 30, rot=0, dpi=220, fill=0.86, table=(150, 150, 155))
    pk.photo("formulaire page2.jpg", p2, 31, rot=90, dpi=220, fill=0.86, table=(150, 150, 155))
    pk.doc(
        [("formulaire page1.jpg", [1]), ("formulaire page2.jpg", [1])],
        "application_form",
        "phone_photo",
        {
            "surname": "JEAN-LOUIS",
            "given_names": "Roseline Nadège",
            "date_of_birth": dob,
            "employment_status": "not_employed",
            "signed": True,
            "signed_on": "2026-11-03",
            "nir": None,
        },
        "Filled by hand; 'Vous n'exercez pas d'activité professionnelle' ticked; page 2 "
        "photo rotated 90 degrees.",
    )
    pk.write_truth(
        {
            "as_of": "2026-11-24",
            "employed": False,
            "status": "complete",
            "requirements": requirements(employment="not_applicable"),
            "defect": None,
            "applicant": {
                "surname": "JEAN-LOUIS",
                "given_names": "ROSELINE NADEGE",
                "date_of_birth": dob,
            },
        }
    )
