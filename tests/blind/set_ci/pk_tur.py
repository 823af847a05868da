"""Packet p03: Turkey, hosted by the spouse, not employed."""

from __future__ import annotations

from builders import Packet, passport_fields, passport_images, passport_on_glass
from cerfa import fill, layout, values
from common import french_iban, td3
from docs_fr import attestation_hand, lease, rib
from docs_id import (
    MON_TR,
    mrzd,
    tur_formul_a,
)
from pk_civ import visa, visa_fields


def tckn(first9):
    d = [int(c) for c in first9]
    d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    d11 = (sum(d) + d10) % 10
    return first9 + str(d10) + str(d11)


def p03(root):
    p = Packet(root, "p03", 303)
    as_of = "2026-12-03"
    tc = tckn("347218905")
    pp = {
        "surname": "ÖZTÜRK",
        "given": "MEHMET EMRE",
        "mrz_surname": "OZTURK",
        "mrz_given": "MEHMET<EMRE",
        "number": "U21748396",
        "nat": "TUR",
        "state": "TUR",
        "dob": "1988-11-02",
        "sex": "M",
        "exp": "2034-01-21",
    }
    l1, l2 = td3(
        "P",
        "TUR",
        "OZTURK",
        "MEHMET EMRE",
        pp["number"],
        "TUR",
        mrzd(pp["dob"]),
        "M",
        mrzd(pp["exp"]),
        tc,
    )
    pp["card"] = {
        "head1": "TÜRKİYE CUMHURİYETİ / REPUBLIC OF TÜRKİYE",
        "head2": "PASAPORT / PASSPORT",
        "number": pp["number"],
        "mrz": (l1, l2),
        "bg": (238, 232, 236),
        "guil": (220, 195, 205),
        "face": {"skin": (196, 150, 118), "hair": (30, 24, 20)},
        "holder_sig": "Ozturk",
        "rows": [
            ("Tipi / Type", "P"),
            (("Ülke kodu / Country code", 25), "TUR"),
            ("Soyadı / Surname", "ÖZTÜRK"),
            ("Adı / Given name(s)", "MEHMET EMRE"),
            ("Uyruğu / Nationality", "T.C./TUR"),
            ("Doğum tarihi / Date of birth", "02 " + MON_TR[10] + "/NOV 1988"),
            (("Cinsiyeti / Sex", 50), "E/M"),
            ("Doğum yeri / Place of birth", "KADIKÖY"),
            ("Veriliş tarihi / Date of issue", "22 Oca/Jan 2024"),
            ("Geçerlilik tarihi / Date of expiry", "21 Oca/Jan 2034"),
        ],
    }
    bk = passport_images(pp, p.r(), upper_text="VİZELER / VISAS")
    p.photo(bk, "passeport_mehmet.jpg", long_side=3264, fill=0.75)
    f = passport_fields(pp)
    f["sex"] = "M"
    p.add(
        [("passeport_mehmet.jpg", [1])],
        "passport",
        "phone_photo",
        f,
        "Turkish passport; MRZ optional data is the T.C. kimlik number",
    )
    v = dict(
        number="072915364",
        **{"from": "2026-04-05"},
        until="2027-04-04",
        issued="2026-03-16",
        issued_at="ISTANBUL",
        days="365",
        remarks=["VLS-TS VIE PRIVEE ET FAMILIALE", "CONJOINT DE FRANCAIS"],
    )
    v, img = visa(p, v, pp, "visa.jpg", "photo")
    p.photo(img, "visa.jpg", rot=180, long_side=3264, fill=0.8)
    p.add(
        [("visa.jpg", [1])],
        "long_stay_visa",
        "phone_photo",
        visa_fields(pp, v, "VIE PRIVEE ET FAMILIALE - CONJOINT DE FRANCAIS"),
        "phone photo stored upside down (rotated 180)",
    )
    b = {
        "office": "KADIKÖY İLÇE NÜFUS MÜDÜRLÜĞÜ",
        "reg": "15.11.1988 - 4521",
        "dob_s": "02.11.1988",
        "place": "KADIKÖY / İSTANBUL",
        "surname": "ÖZTÜRK",
        "names": "MEHMET EMRE",
        "father": "ÖZTÜRK HASAN",
        "mother": "ÖZTÜRK AYŞE (ÇELİK)",
        "tckn": tc,
        "issued_s": "18.02.2026",
        "code": "NVI-7K2Q-91XD",
    }
    p.scan(tur_formul_a(b, p.r()), "formul_A.jpg", dpi=200)
    p.add(
        [("formul_A.jpg", [1])],
        "birth_certificate",
        "scan",
        {
            "surname": "ÖZTÜRK",
            "given_names": "MEHMET EMRE",
            "date_of_birth": "1988-11-02",
            "place_of_birth": "Kadıköy, İstanbul",
            "issuing_country": "TUR",
            "language": "tr",
            "has_apostille": False,
        },
        "Formül A multilingual extract (CIEC convention no. 16): exempt from legalisation "
        "and apostille between contracting states, France and Turkey included",
    )
    # host: spouse, French passport
    hp = {
        "surname": "LEFÈVRE",
        "given": "CAMILLE",
        "mrz_surname": "LEFEVRE",
        "mrz_given": "CAMILLE",
        "number": "21CX48152",
        "nat": "FRA",
        "state": "FRA",
        "dob": "1990-06-11",
        "sex": "F",
        "exp": "2031-09-02",
    }
    l1, l2 = td3(
        "P", "FRA", "LEFEVRE", "CAMILLE", hp["number"], "FRA", mrzd(hp["dob"]), "F", mrzd(hp["exp"])
    )
    hp["card"] = {
        "head1": "RÉPUBLIQUE FRANÇAISE",
        "head2": "PASSEPORT / PASSPORT",
        "number": hp["number"],
        "mrz": (l1, l2),
        "bg": (236, 234, 242),
        "guil": (205, 200, 230),
        "face": {"skin": (232, 196, 170), "hair": (120, 80, 40), "long_hair": True},
        "holder_sig": "C Lefevre",
        "rows": [
            ("Type", "P"),
            (("Code du pays", 25), "FRA"),
            ("Nom / Surname", "LEFÈVRE"),
            ("Prénoms / Given names", "CAMILLE"),
            ("Nationalité", "Française"),
            ("Date de naissance", "11 06 1990"),
            (("Sexe", 45), "F"),
            ("Lieu de naissance", "RENNES (35)"),
            ("Date de délivr.", "03 09 2021"),
            ("Date d'expir.", "02 09 2031"),
        ],
    }
    hbk = passport_images(hp, p.r(), upper_text="")
    p.imgpdf([passport_on_glass(hbk)], "passeport_camille.pdf")
    p.add(
        [("passeport_camille.pdf", [1])],
        "passport",
        "image_pdf",
        passport_fields(hp),
        "host's (spouse's) identity document",
    )
    le = {
        "landlord": "SCI KERVAL IMMOBILIER",
        "landlord_addr": "représentée par son gérant M. "
        "Yannick Le Goff, siège 4 place de Bretagne, 35000 Rennes",
        "tenants_line": "Mme Camille LEFÈVRE, née le 11/06/1990 à Rennes",
        "address": "23 rue Paul Bert, 2e étage gauche, 35000 Rennes",
        "desc": "Appartement T3 de 58 m²: séjour, deux chambres, cuisine, salle de bains, "
        "WC séparé; cave.",
        "start": "2021-10-01",
        "rent": "745,00",
        "charges": "80,00",
        "city": "Rennes",
        "signed": "2021-09-20",
        "tenants": ["C Lefevre"],
    }
    p.imgpdf(lease(le, p.r()), "bail_camille.pdf")
    p.add(
        [("bail_camille.pdf", [1, 2, 3])],
        "lease",
        "image_pdf",
        {
            "tenant_names": ["Camille LEFÈVRE"],
            "landlord": "SCI KERVAL IMMOBILIER",
            "address": "23 rue Paul Bert, 35000 Rennes",
            "start_date": "2021-10-01",
        },
        "the host's lease (host's proof of address)",
    )
    at = {
        "host": "C Lefevre",
        "lines": [
            "Je soussignée Camille Lefèvre, née le 11/06/1990",
            "à Rennes (35), demeurant au 23 rue Paul Bert,",
            "35000 Rennes, atteste sur l'honneur héberger à",
            "mon domicile mon époux, Mehmet Emre Öztürk, né le",
            "02/11/1988 à Istanbul (Turquie), depuis le 12/04/2026.",
            "",
            "Fait pour servir et valoir ce que de droit.",
            "",
            "Fait à Rennes, le 24/11/2026",
        ],
    }
    p.photo(attestation_hand(at, p.r()), "attestation_hebergement.jpg", rot=90, long_side=4000)
    p.add(
        [("attestation_hebergement.jpg", [1])],
        "hosting_attestation",
        "phone_photo",
        {
            "host_name": "Camille Lefèvre",
            "hosted_name": "Mehmet Emre Öztürk",
            "address": "23 rue Paul Bert, 35000 Rennes",
            "since_date": "2026-04-12",
            "signed_on": "2026-11-24",
            "signed": True,
        },
        "handwritten on squared-ruled paper, photographed, stored rotated 90",
    )
    iban, key = french_iban("20041", "01013", "04582193035")
    r = {
        "bank": "LA BANQUE POSTALE",
        "color": (0, 45, 100),
        "font": "lato",
        "bold": "latob",
        "bank_code": "20041",
        "branch": "01013",
        "account": "04582193035",
        "key": key,
        "iban": iban,
        "bic": "PSSTFRPPREN",
        "holder_block": [
            "M MEHMET EMRE OZTURK OU MME CAMILLE LEFEVRE",
            "23 RUE PAUL BERT",
            "35000 RENNES",
        ],
        "branch_block": ["La Banque Postale", "Centre Financier de Rennes", "35900 Rennes Cedex 9"],
    }
    p.scan(rib(r, p.r()), "rib_banque_postale.jpg", dpi=200)
    p.add(
        [("rib_banque_postale.jpg", [1])],
        "rib",
        "scan",
        {
            "holder_name": "M MEHMET EMRE OZTURK OU MME CAMILLE LEFEVRE",
            "iban": iban,
            "bic": "PSSTFRPPREN",
            "bank_name": "La Banque Postale",
            "iban_valid": True,
            "rib_key_valid": True,
        },
        "joint account of the applicant and his spouse",
    )
    a = {
        "surname": "ÖZTÜRK",
        "given": "Mehmet Emre",
        "sex": "M",
        "dob": "1988-11-02",
        "pob": "Istanbul, Turquie",
        "nationality": "Turque",
        "street": "23 rue Paul Bert",
        "cp": "35000",
        "city": "Rennes",
        "tel": "06 72 11 35 48",
        "email": "m.e.ozturk@gmail.com",
        "situation": "sans_activite",
        "fait_a": "Rennes",
        "date_text": "30/11/2026",
    }
    p1, p2, sl = layout(2)
    fill([p1, p2], sl, values(a), "typed", "Ozturk", p.r())
    p.photo(p1, "IMG_0912.jpg", long_side=3264, fill=0.86)
    p.photo(p2, "IMG_0913.jpg", rot=270, long_side=3264, fill=0.86)
    p.add(
        [("IMG_0912.jpg", [1]), ("IMG_0913.jpg", [1])],
        "application_form",
        "phone_photo",
        {
            "surname": "ÖZTÜRK",
            "given_names": "Mehmet Emre",
            "date_of_birth": "1988-11-02",
            "employment_status": "not_employed",
            "signed": True,
            "signed_on": "2026-11-30",
            "nir": None,
        },
        "typed on screen, printed, signed by hand, each page photographed (page 2 rotated)",
    )
    return p, {
        "as_of": as_of,
        "employed": False,
        "status": "complete",
        "defect": None,
        "applicant": {
            "surname": "OZTURK",
            "given_names": "MEHMET EMRE",
            "date_of_birth": "1988-11-02",
        },
        "requirements": {"employment": "not_applicable"},
    }
