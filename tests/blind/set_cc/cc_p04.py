"""Packet p04: applicant from Turkey, employed, lease; ONE defect: the VLS-TS expired before the
audit date."""

from __future__ import annotations

from cc_checks import D, fr_iban, mrva, nir_key, siret_make, tckn_make, td3
from cc_civil2 import nufus, turk_apostille
from cc_home import lease
from cc_ids import (
    booklet,
    entry_stamp,
    visa_page,
)
from cc_money import payslip
from cc_pack import ALL_OK, Packet, form_fields, form_pages, id_fields, on_a4, page
from cc_screens import cm_screen

# =========================================================================== p04 Turkey (one defect)


def build_p04(root):
    P = Packet(
        root,
        "p04",
        D("2026-12-04"),
        True,
        {"surname": "ÖZTÜRK", "given_names": "MEHMET CAN", "date_of_birth": "1990-07-09"},
    )
    dob = D("1990-07-09")
    who = {"face_seed": 401, "skin": (205, 165, 135), "hair": (30, 25, 22), "sex": "M"}
    addr = ("17 rue du Faubourg de Saverne", "67000 Strasbourg")
    tc = tckn_make("384017265")
    pp = dict(
        who,
        state="TUR",
        number="U28419367",
        surname_vis="ÖZTÜRK",
        given_vis="MEHMET CAN",
        dob=dob,
        pob_vis="KADIKÖY",
        issued=D("2023-08-22"),
        expiry=D("2033-08-21"),
        authority="T.C. İÇİŞLERİ BAKANLIĞI",
        personal_vis=tc,
        cover=(95, 20, 35),
        holder_signs=True,
        sig_seed=4011,
    )
    pp["mrz"] = td3(
        "P", "TUR", "OZTURK", "MEHMET CAN", pp["number"], "TUR", dob, "M", pp["expiry"], tc
    )
    P.photo("IMG_20261128_094512.jpg", booklet(pp, P.rng("pp")), "pp-photo", rotate=180)
    P.add(
        [("IMG_20261128_094512.jpg", [1])],
        "passport",
        "phone_photo",
        id_fields("ÖZTÜRK", "MEHMET CAN", "U28419367", "TUR", "TUR", dob, "M", pp["expiry"]),
        "Turkish passport; MRZ surname OZTURK, personal number (T.C. Kimlik No) in the MRZ; photo upside "
        "down (180°).",
    )
    vis = dict(
        who,
        number="FRA019384207",
        valid_for="FRANCE",
        valid_from=D("2025-10-20"),
        valid_until=D("2026-10-19"),
        type="D",
        days=365,
        entries="MULT",
        post="ISTANBUL",
        issued=D("2025-10-06"),
        passport_no="U28419367",
        surname_vis="OZTURK",
        given_vis="MEHMET CAN",
        remarks=[
            "VLS-TS SALARIE",
            "AUTORISATION DE TRAVAIL ANEF",
            "A VALIDER EN LIGNE DES L'ARRIVEE EN FRANCE",
        ],
    )
    vis["mrz"] = mrva(
        "FRA", "OZTURK", "MEHMET CAN", "U28419367", "TUR", dob, "M", vis["valid_until"]
    )
    im = visa_page(
        pp,
        P.rng("visa"),
        vis,
        stamp=lambda pg, x, y: entry_stamp(
            pg, x, y, P.rng("stamp"), "STRASBOURG-ENTZ.", D("2025-10-24")
        ),
    )
    P.scan_jpg("visa.jpg", on_a4(im, 30, 20, 131, 184), "visa-scan", dpi=300)
    P.add(
        [("visa.jpg", [1])],
        "long_stay_visa",
        "scan",
        id_fields(
            "OZTURK",
            "MEHMET CAN",
            "U28419367",
            "TUR",
            "FRA",
            dob,
            "M",
            vis["valid_until"],
            visa_type="D",
            vls_ts=True,
            category="SALARIE",
            valid_from=vis["valid_from"],
            valid_until=vis["valid_until"],
        ),
        "DEFECT: VLS-TS 'salarié' valid 20/10/2025-19/10/2026, expired before the audit date 2026-12-04; no "
        "titre de séjour or récépissé in the packet. document_number is the passport number from the MRZ "
        "(sticker number FRA019384207).",
    )
    n = {
        "il": "İSTANBUL",
        "ilce": "KADIKÖY",
        "mahalle": "FENERBAHÇE",
        "cilt": "42",
        "hane": "1187",
        "bsn": "12",
        "tckn": tc,
        "surname": "ÖZTÜRK",
        "given": "MEHMET CAN",
        "father": "HASAN",
        "mother": "AYŞE",
        "pob": "KADIKÖY",
        "dob": dob,
        "sex": "ERKEK",
        "civil": "BEKAR",
        "office": "Kadıköy İlçe Nüfus Müdürlüğü",
        "issued": D("2026-02-12"),
        "verif": "NVI-7K2M-QX84-55TD",
        "registrar": "Serkan AKDAĞ",
        "sig_seed": 4021,
    }
    ap = {
        "doc_signer": "Serkan AKDAĞ",
        "doc_capacity": "Nüfus Müdürü / Directeur de l'état civil",
        "doc_seal": "Kadıköy İlçe Nüfus Müdürlüğü",
        "place": "KADIKÖY",
        "date": D("2026-02-16"),
        "by": "Ahmet YALÇIN, Kaymakam V. - Kadıköy Kaymakamlığı",
        "number": "34.12/2026-001873",
        "sig_seed": 4022,
        "signer_line": "Ahmet YALÇIN - Kaymakam V.",
    }
    ims = [
        page(lambda pg: nufus(pg, n, P.rng("nufus"))),
        page(lambda pg: turk_apostille(pg, ap, P.rng("apost"))),
    ]
    P.image_pdf("nufus_kayit_apostil.pdf", ims, "nufus-scan", creator="Canon MF Scan Utility")
    P.add(
        [("nufus_kayit_apostil.pdf", [1])],
        "birth_certificate",
        "image_pdf",
        {
            "surname": "ÖZTÜRK",
            "given_names": "MEHMET CAN",
            "date_of_birth": dob,
            "place_of_birth": "KADIKÖY",
            "issuing_country": "TUR",
            "language": "tr",
            "has_apostille": True,
        },
        "Nüfus Kayıt Örneği (person extract) from the Kadıköy district registry, signed and stamped.",
    )
    P.add(
        [("nufus_kayit_apostil.pdf", [2])],
        "apostille",
        "image_pdf",
        {
            "country": "TUR",
            "issued_on": ap["date"],
            "number": ap["number"],
            "signed_by": "Ahmet YALÇIN",
        },
        "Turkish apostille (Turkish/English/French labels) by the district governorship.",
    )
    siret = siret_make(P.rng("siret"))
    nir13 = "1900799208117"
    nir = nir13 + nir_key(nir13)
    assert int(nir[:13]) % 97 + int(nir[13:]) == 97
    emp = "RHÉNATECH MAINTENANCE SAS"
    s = {
        "start": D("2026-11-01"),
        "end": D("2026-11-30"),
        "paid": D("2026-11-30"),
        "gross": 2450.00,
        "font": "carlito",
        "employer_block": [
            emp,
            "8 rue de l'Industrie",
            "67400 ILLKIRCH-GRAFFENSTADEN",
            f"SIRET : {siret}",
            "Code NAF : 3312Z",
            "URSSAF d'Alsace",
            "Convention collective : métallurgie (IDCC 3248)",
        ],
        "employee_block": [
            "Monsieur OZTURK Mehmet Can",
            addr[0],
            addr[1].upper(),
            "Matricule : 00288",
            f"N° SS : {nir[0]} {nir[1:3]} {nir[3:5]} {nir[5:7]} {nir[7:10]} {nir[10:13]} {nir[13:]}",
            "Emploi : Technicien de maintenance",
            "Classification : D6 - Non cadre",
            "Entrée le 03/11/2025 - CDI",
        ],
        "info": [
            ("Période", "Novembre 2026"),
            ("Heures payées", "151,67"),
            ("Date d'entrée", "03/11/2025"),
            ("Contrat", "CDI temps complet"),
            ("Classification", "D6"),
        ],
        "cp": ["27,50", "5,00", "22,50"],
        "cumul": [26950.00, 22148.17],
    }
    holder = {}
    P.photo(
        "IMG_20261201_201533.jpg",
        page(lambda pg: holder.update(c=payslip(pg, s, P.rng("pay"))), dpi=240),
        "pay-photo",
    )
    P.add(
        [("IMG_20261201_201533.jpg", [1])],
        "payslip",
        "phone_photo",
        {
            "employer": emp,
            "employee_name": "OZTURK Mehmet Can",
            "period": "2026-11",
            "net_pay": holder["c"]["net_paye"],
            "siret": siret,
        },
        "Printed payslip of November 2026 photographed; shows the NIR also written on the form; net_pay is the "
        "'NET PAYÉ' after withholding tax.",
    )
    L = {
        "landlord_full": "Monsieur Bernard SCHALLER, demeurant 4 rue des Vosges, 67000 Strasbourg",
        "agent": "Kléber Immobilier, 21 place Kléber, 67000 Strasbourg, carte professionnelle "
        "CPI 6701 2017 000 019 355 délivrée par la CCI Alsace Eurométropole",
        "tenant_full": "Monsieur Mehmet Can ÖZTÜRK, né le 09/07/1990 à Kadıköy (Turquie)",
        "address": "17 rue du Faubourg de Saverne, 67000 Strasbourg",
        "address_short": "17 rue du Fbg de Saverne",
        "floor": "2e étage gauche",
        "built": "avant 1949",
        "surface": "46,50",
        "rooms": "2",
        "other": "balcon",
        "heating": "individuel au gaz",
        "hot_water": "individuelle (chaudière gaz)",
        "annex": "cave n° 3.",
        "start": D("2025-11-01"),
        "rent": 720.00,
        "charges": 90.00,
        "deposit": 720.00,
        "irl": "3e trimestre 2025",
        "rent_rule": "b) Le logement n'est pas situé dans une zone où s'applique l'encadrement des loyers ; "
        "le loyer est fixé librement conformément à l'article 17 a) de la loi du 6 juillet 1989.",
        "fees": "Honoraires à la charge du locataire : 465,00 € TTC (visite, dossier, rédaction du bail) et "
        "139,50 € TTC (état des lieux).",
        "place": "Strasbourg",
        "signed_on": D("2025-10-27"),
        "sign_time": "18:42",
        "tenant_sig": 4011,
        "landlord_sig": 4031,
        "envelope": "8d2f6c41-a3b7-4e1e-9f0c-52d1e7a08b93",
        "landlord_signer": "Kléber Immobilier (mandataire)",
        "tenant_signer": "Mehmet Can ÖZTÜRK",
        "font": "dserif",
    }
    P.text_pdf(
        "Bail_OZTURK_signe.pdf",
        [lambda pg, i=i: lease(pg, L, P.rng(f"lease{i}"), i, "esign") for i in range(3)],
        title="Contrat de location - 17 rue du Faubourg de Saverne",
        author="Kléber Immobilier",
        creator="Kléber Immobilier - logiciel de gestion",
        producer="Yousign",
    )
    P.add(
        [("Bail_OZTURK_signe.pdf", [1, 2, 3])],
        "lease",
        "text_pdf",
        {
            "tenant_names": ["Mehmet Can ÖZTÜRK"],
            "landlord": "Bernard SCHALLER",
            "address": ", ".join(addr),
            "start_date": L["start"],
        },
        "Bail loi 1989 (logement nu), e-signed by the agency and the tenant; started 01/11/2025.",
    )
    iban, key = fr_iban("10278", "01030", "00021478503")
    r = {
        "time": "21:14",
        "product": "Eurocompte Confort",
        "holder": "M MEHMET CAN OZTURK",
        "holder_addr": ("17 RUE DU FAUBOURG DE SAVERNE", "67000 STRASBOURG"),
        "branch_name": "CCM STRASBOURG KRUTENAU",
        "bank": "10278",
        "branch": "01030",
        "account": "00021478503",
        "key": key,
        "iban": iban,
        "bic": "CMCIFR2A",
    }
    P.screenshot("IMG_2291.PNG", cm_screen(r, P.rng("cm")))
    P.add(
        [("IMG_2291.PNG", [1])],
        "rib",
        "screenshot",
        {
            "holder_name": "MEHMET CAN OZTURK",
            "iban": iban,
            "bic": "CMCIFR2A",
            "bank_name": "Crédit Mutuel",
            "iban_valid": True,
            "rib_key_valid": True,
        },
        "'Mon RIB' screen of the bank's app.",
    )
    v = {
        "surname": "ÖZTÜRK",
        "given": "MEHMET CAN",
        "sex": "M",
        "dob": dob,
        "pob_city": "KADIKÖY / ISTANBUL",
        "pob_country": "TURQUIE",
        "nationality": "TURQUE",
        "nir": nir,
        "address": "17 RUE DU FAUBOURG DE SAVERNE",
        "postcode": "67000",
        "city": "STRASBOURG",
        "phone": "06 19 42 77 30",
        "email": "mc.ozturk90@outlook.com",
        "situation": "salarie",
        "contract": "CDI",
        "job": "TECHNICIEN DE MAINTENANCE",
        "place": "Strasbourg",
        "signed_on": D("2026-12-01"),
        "signature": "pen",
        "sig_seed": 4011,
    }
    ims = form_pages(v, "B", "printed", P.rng("form"), dpi=200)
    P.scan_jpg("S1106_vous.jpg", ims[0], "f1-scan")
    P.scan_jpg("S1106_signature.jpg", ims[1], "f2-scan")
    P.add(
        [("S1106_vous.jpg", [1]), ("S1106_signature.jpg", [1])],
        "application_form",
        "scan",
        form_fields(v, "employed"),
        "Cerfa 15763*02, print run B, fillable PDF filled on screen then printed (values in field font), "
        "signed with a pen, both pages scanned; the page-2 file name sorts first. NIR written in the form.",
    )
    req = dict(ALL_OK, employment="complete")
    req["residence_status"] = "invalid"
    return P.truth(
        req,
        defect="residence_status: the only residence document, a VLS-TS 'salarié', expired on "
        "2026-10-19, before the audit date 2026-12-04",
    )
