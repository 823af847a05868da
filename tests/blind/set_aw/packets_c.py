"""Packets p02 (Kiribati, one defect)."""

import numpy as np
from PIL import Image

import foreign as fo
import frdocs as fr
import ids
import looks
import work
from build import Packet
from helpers import (
    form_dict,
    form_fields,
    passport_fields,
    passport_img,
    rib_fields,
)


# ============================================================ p02 Kiribati (defect)
def p02(out):
    pk = Packet(out, "p02", 202)
    a = {
        "sur": "TOATU",
        "giv": "REREUA MARY",
        "dob": "1990-07-21",
        "sex": "F",
        "nat": "KIR",
        "nat_txt": "I-KIRIBATI",
        "pp_num": "KA1039562",
        "pp_iss": "2016-10-29",
        "pp_exp": "2026-10-28",
        "pob_pp": "BETIO, TARAWA",
        "sig": "Rereua Toatu",
        "pp_auth": "MFAI TARAWA",
    }
    pages = fr.cerfa(
        form_dict(
            a,
            {
                "pob_city": "Betio, Tarawa",
                "pob_country": "Kiribati",
                "nationality_fr": "Kiribatienne",
                "street": "8 allée des Tilleuls",
                "cp": "44300",
                "city": "Nantes",
                "phone": "07 61 20 48 85",
                "email": "rereua.toatu@outlook.com",
                "situation": "sans_activite",
                "sign_place": "Nantes",
                "sign_date_txt": "16/11/2026",
            },
        ),
        "hand",
        2021,
        run=1,
    )
    pk.photo(pages[0], "IMG_5521.jpg", rot=90)
    pk.photo(pages[1], "IMG_5522.jpg", rot=0)
    pk.add(
        "application_form",
        "phone_photo",
        [("IMG_5521.jpg", [1]), ("IMG_5522.jpg", [1])],
        form_fields(a, "sans_activite", "Nantes", "2026-11-16", "16/11/2026"),
        "hand-filled; page 1 photo rotated 90°",
    )
    labels = [
        "Surname",
        "Given names",
        "Nationality",
        "Date of birth",
        "Sex",
        "Place of birth",
        "Date of issue",
        "Date of expiry",
        "Authority",
        "Passport No.",
    ]
    img, f = passport_img(
        a, "REPUBLIC OF KIRIBATI", "PASSPORT", labels, "dmy_mon", 2022, skin=(150, 105, 75)
    )
    pk.scan(
        looks.card_on_page(img, pk.rng(), pos=(30, 25), card_w_mm=125), "passeport.jpg", 200, 200
    )
    pk.add(
        "passport",
        "scan",
        [("passeport.jpg", [1])],
        f,
        "DEFECT: passport expired on 2026-10-28, before the audit date",
    )
    num = "N84172635"
    front = [
        ("NOM / SURNAME", a["sur"], 0, 0),
        ("PRÉNOMS / GIVEN NAMES", "REREUA, MARY", 0, 1),
        ("SEXE", "F", 0, 2),
        ("NATIONALITÉ", "KIR", 1, 2),
        ("DATE DE NAISSANCE", "21 07 1990", 0, 3),
        ("TITRE", "CARTE DE SEJOUR", 1, 3),
        ("VALIDITÉ", "01 04 2027", 0, 4),
        ("N° ", num, 1, 4),
        ("REMARQUES", "VIE PRIVEE ET FAMILIALE", 0, 5),
    ]
    t = ["RÉPUBLIQUE FRANÇAISE", "TITRE DE SÉJOUR / RESIDENCE PERMIT"]
    fr_front = ids.id1_card(front, t, 2023, skin=(150, 105, 75))
    mrz = ids.td1("IR", "FRA", num, a["dob"], "F", "2027-04-01", "KIR", a["sur"], a["giv"])
    fr_back = ids.id1_card(
        [],
        t,
        2024,
        mrz=mrz,
        back_lines=[
            "ADRESSE : 8 ALLEE DES TILLEULS 44300 NANTES",
            "LIEU DE NAISSANCE : BETIO (KIR)",
            "DATE DE DÉLIVRANCE : 02 04 2026  PRÉFECTURE DE LOIRE-ATLANTIQUE",
        ],
    )
    pk.photo(fr_front, "IMG_5530.jpg", rot=180, fill=0.55)
    pk.photo(fr_back, "IMG_5531.jpg", rot=0, fill=0.55)
    pk.add(
        "residence_permit",
        "phone_photo",
        [("IMG_5530.jpg", [1]), ("IMG_5531.jpg", [1])],
        passport_fields(a["sur"], a["giv"], num, "KIR", a["dob"], "F", "2027-04-01", mrz)
        | {"issuing_country": "FRA"},
        "front rotated 180°, back with TD1 MRZ",
    )
    b = {
        "surname": "TOATU",
        "given": "Rereua Mary",
        "sex_en": "Female",
        "dob_en": "21st July 1990",
        "pob": "Betio Hospital, Betio, Tarawa",
        "father": "Tekautu Toatu",
        "mother": "Nei Teaiwa Ioane",
        "informant": "Tekautu Toatu, father",
        "reg_date": "3rd August 1990",
        "reg_no": "BT/1990/0862",
        "issued_en": "14 April 2026",
        "officer_sig": "T. Kabuati",
    }
    ap = fo.apostille(
        {
            "labels": fo.LAB_EN,
            "country": "Republic of Kiribati",
            "signed_by": "Tiiroa Kabuati",
            "capacity": "Registrar of Births",
            "seal_of": "Civil Registration Office",
            "at": "Tarawa",
            "on_txt": "20 April 2026",
            "by": "Ministry of Foreign Affairs and Immigration",
            "number": "KI-APO-2026/0141",
            "stamp_ring": "MINISTRY OF FOREIGN AFFAIRS * KIRIBATI",
            "stamp_center": ["TARAWA"],
            "sig": "B. Teburoro",
            "signer": "Baraniko Teburoro",
        },
        2026,
    )
    pk.image_pdf([fo.birth_ki(b, 2025), ap], "acte_naissance_apostille.pdf")
    pk.add(
        "birth_certificate",
        "image_pdf",
        [("acte_naissance_apostille.pdf", [1])],
        {
            "surname": "TOATU",
            "given_names": "Rereua Mary",
            "date_of_birth": "1990-07-21",
            "place_of_birth": "Betio, Tarawa",
            "issuing_country": "KIR",
            "language": "en",
            "has_apostille": True,
        },
        "Civil Registration Office, Bairiki",
    )
    pk.add(
        "apostille",
        "image_pdf",
        [("acte_naissance_apostille.pdf", [2])],
        {
            "country": "Kiribati",
            "issued_on": "2026-04-20",
            "number": "KI-APO-2026/0141",
            "signed_by": "Baraniko Teburoro",
        },
    )
    host = "Julien LEFEBVRE"
    att = {
        "paras": [
            "Je soussigné Julien Marc LEFEBVRE, né le 09/02/1988 à Angers (49), "
            "demeurant 8 allée des Tilleuls, 44300 Nantes,",
            "atteste sur l'honneur héberger à mon domicile mon épouse Rereua Mary "
            "TOATU, née le 21/07/1990 à Betio (Kiribati), depuis le 15/03/2026.",
            "Je joins la copie de ma carte d'identité et trois factures à mon nom.",
            "Fait pour servir et valoir ce que de droit.",
        ],
        "done": "Fait à Nantes, le 16/11/2026",
        "sig": "J. Lefebvre",
        "font": "dkg",
    }
    pk.photo(work.attestation_hand(att, 2027)[0], "IMG_5533.jpg", rot=270)
    pk.add(
        "hosting_attestation",
        "phone_photo",
        [("IMG_5533.jpg", [1])],
        {
            "host_name": "Julien Marc LEFEBVRE",
            "hosted_name": "Rereua Mary TOATU",
            "address": "8 allée des Tilleuls, 44300 Nantes",
            "since_date": "2026-03-15",
            "signed_on": "2026-11-16",
            "signed": True,
        },
        "handwritten, photo rotated 270°",
    )
    cni_num = "X7TB3K9P2"
    cf = [
        ("NOM / Surname", "LEFEBVRE", 0, 0),
        ("Prénoms / Given names", "JULIEN, MARC", 0, 1),
        ("SEXE / Sex", "M", 0, 2),
        ("NATIONALITÉ", "FRA", 1, 2),
        ("DATE DE NAISS. / Date of birth", "09 02 1988", 0, 3),
        ("LIEU DE NAISSANCE", "ANGERS", 1, 3),
        ("N° DU DOCUMENT", cni_num, 0, 4),
        ("DATE D'EXPIR.", "11 05 2032", 1, 4),
    ]
    cni = ids.id1_card(
        cf,
        ["RÉPUBLIQUE FRANÇAISE", "CARTE NATIONALE D'IDENTITÉ / IDENTITY CARD"],
        2028,
        colors={"paper": (232, 226, 236), "ink": (160, 110, 150), "hdr": (30, 40, 100)},
        skin=(224, 188, 160),
    )
    cmrz = ids.td1(
        "ID", "FRA", cni_num, "1988-02-09", "M", "2032-05-11", "FRA", "LEFEBVRE", "JULIEN MARC"
    )
    cni_b = ids.id1_card(
        [],
        ["RÉPUBLIQUE FRANÇAISE"],
        2029,
        mrz=cmrz,
        colors={"paper": (232, 226, 236), "ink": (160, 110, 150), "hdr": (30, 40, 100)},
        back_lines=["ADRESSE : 8 ALLEE DES TILLEULS", "44300 NANTES", "DÉLIVRÉE LE 12 05 2022"],
    )
    sheet = looks.card_on_page(cni, pk.rng(), pos=(25, 30), card_w_mm=85.6)
    sheet2 = looks.card_on_page(cni_b, pk.rng(), pos=(25, 120), card_w_mm=85.6)
    sheet = Image.fromarray(np.minimum(np.asarray(sheet), np.asarray(sheet2)))
    pk.scan(sheet, "cni_julien.jpg", 200, 200, grey=True)
    pk.add(
        "national_id",
        "scan",
        [("cni_julien.jpg", [1])],
        passport_fields(
            "LEFEBVRE", "JULIEN MARC", cni_num, "FRA", "1988-02-09", "M", "2032-05-11", cmrz
        ),
        "host's French ID card, recto/verso on one sheet, greyscale copy",
    )
    for i, (_mth, start, end, issue, amt) in enumerate(
        [
            ("aout", "2026-08-01", "2026-08-31", "2026-09-02", 42.99),
            ("septembre", "2026-09-01", "2026-09-30", "2026-10-02", 42.99),
            ("octobre", "2026-10-01", "2026-10-31", "2026-11-02", 45.49),
        ]
    ):
        bd = {
            "provider": "SFR",
            "color": (226, 0, 26),
            "light": (252, 232, 234),
            "issue": issue,
            "invoice_no": f"F26{5112073 + i * 9871}",
            "client_no": "0172 553 981",
            "offer": "SFR Fibre Power",
            "line": "02 40 71 38 52",
            "holder": "M. JULIEN LEFEBVRE",
            "address": ["8 ALLEE DES TILLEULS", "44300 NANTES"],
            "amount": amt,
            "debit": issue[:8] + "12",
            "iban_masked": "FR76 **** **** 4815",
            "start": start,
            "end": end,
            "lines": [("Abonnement SFR Fibre Power", amt - 2.5 if i == 2 else amt)]
            + ([("Communications hors forfait", 2.5)] if i == 2 else []),
            "legal": "SFR - Société française du radiotéléphone - SA au capital de "
            "3 423 265 598,40 € - 343 059 564 RCS Paris - 16 rue du Général "
            "Alain de Boissieu 75015 Paris",
        }
        fn = f"Facture_SFR_{start[:7].replace('-', '')}.pdf"
        pk.text_pdf(fr.bill(bd, 2030 + i), fn, "Facture SFR", "SFR")
        pk.add(
            "utility_bill",
            "text_pdf",
            [(fn, [1])],
            {
                "provider": "SFR",
                "service": "internet",
                "holder_name": "JULIEN LEFEBVRE",
                "address": "8 ALLEE DES TILLEULS 44300 NANTES",
                "issue_date": issue,
                "period_start": start,
                "period_end": end,
                "amount": amt,
                "month": start[:7],
            },
            "host's bill",
        )
    iban = ids.iban(
        "FR", "40618" + "80412" + "00041729365" + ids.rib_key("40618", "80412", "00041729365")
    )
    r = {
        "time": "10:27",
        "account_label": "Compte joint",
        "iban_sp": ids.spaced(iban),
        "bic": "BOUSFRPPXXX",
        "holder": "M LEFEBVRE JULIEN OU MME TOATU REREUA",
    }
    pk.png(fo.boursobank_screen(r, 2034), "Screenshot_20261115-102741.png")
    pk.add(
        "rib",
        "screenshot",
        [("Screenshot_20261115-102741.png", [1])],
        rib_fields(r["holder"], iban, "BOUSFRPPXXX", "BoursoBank"),
        "joint account including the applicant",
    )
    _ = host
    pk.finish(
        "2026-11-24",
        False,
        {"surname": a["sur"], "given_names": a["giv"], "date_of_birth": a["dob"]},
        {
            "application_form": "complete",
            "identity": "invalid",
            "residence_status": "complete",
            "birth_certificate": "complete",
            "residence_proof": "complete",
            "bank_details": "complete",
            "employment": "not_applicable",
        },
        "passport expired on 2026-10-28 (before as_of 2026-11-24): identity invalid",
    )
