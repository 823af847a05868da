"""Packet p01 (Kenya: lease, employed with a CDD) of set_cn."""

import cn_civil as cv
import cn_fr as fr
import cn_ids as ids
from cn_form import form_pages
from cn_pack import Packet, form_doc, id_fields, reqs, write_truth
from cn_util import fr_iban, luhn_fix, on_scanner_bed


# --------------------------------------------------------------------------- p01 Kenya
def p01(P: Packet, root, name):
    rng = P.rng
    as_of = "2026-11-20"
    pp = {
        "surname": "KAMAU",
        "given": "GRACE WANJIKU",
        "num": "AK0638214",
        "nat": "KEN",
        "issuer": "KEN",
        "dob": "1994-03-17",
        "sex": "F",
        "exp": "2033-02-09",
        "issued": "2023-02-10",
        "place_of_birth": "Nyeri",
        "authority": "GOVERNMENT OF KENYA",
        "nat_text": "KENYAN",
    }
    addr = ["27 rue Pargaminières, Appt 32", "31000 Toulouse"]
    # form, filled by hand, flatbed scans (two JPEGs)
    f = {
        "surname": "KAMAU",
        "usage": "",
        "given": "GRACE WANJIKU",
        "sex": "F",
        "dob": pp["dob"],
        "pob": "Nyeri",
        "pays": "Kenya",
        "nat": "Kényane",
        "address": addr[0],
        "cp": "31000",
        "commune": "Toulouse",
        "tel": "07 58 21 46 90",
        "email": "grace.kamau94@gmail.com",
        "situation": "salarie",
        "contract": "CDD",
        "job": "Technicienne de laboratoire",
        "place": "Toulouse",
        "date_text": "12/11/2026",
        "signed": True,
        "hand_font": "ecolier",
    }
    imgs = P.scan_pages(form_pages(f, rng, "A", "hand"), dpi=200)
    for i, im in enumerate(imgs):
        im.save(P.dir / f"scan_000{i + 1}.jpg", "JPEG", quality=85, dpi=(200, 200))
    form_doc(P, [("scan_0001.jpg", [1]), ("scan_0002.jpg", [1])], "scan", f, True, "2026-11-12")
    # passport: phone photo
    page, _ = ids.passport_page(pp, rng)
    P.photo("passeport_grace.jpg", P.card(page, ids.PP, 500), long_side=3264, cover=0.7)
    P.doc([("passeport_grace.jpg", [1])], "passport", "phone_photo", id_fields(pp, None))
    # VLS-TS visa: flatbed scan of the passport page
    v = {
        "surname": "KAMAU",
        "given": "GRACE WANJIKU",
        "num": "071248563",
        "nat": "KEN",
        "dob": pp["dob"],
        "sex": "F",
        "from": "2026-04-02",
        "until": "2027-04-01",
        "days": 365,
        "issued_in": "NAIROBI",
        "issued": "2026-03-20",
        "passport": pp["num"],
        "remarks": "VLS-TS SALARIE - CDD",
    }
    vpage, _ = ids.visa_page(v, rng)
    vim = P.card(vpage, ids.PP, 200)
    bed = on_scanner_bed(vim, (1654, 2339), rng, (0.05, 0.04))
    bed.crop((0, 0, 1654, 1100)).save(P.dir / "visa_vlsts.jpg", "JPEG", quality=86, dpi=(200, 200))
    P.doc(
        [("visa_vlsts.jpg", [1])],
        "long_stay_visa",
        "scan",
        {
            "surname": "KAMAU",
            "given_names": "GRACE WANJIKU",
            "document_number": v["num"],
            "nationality": "KEN",
            "issuing_country": "FRA",
            "date_of_birth": pp["dob"],
            "sex": "F",
            "expiry_date": v["until"],
            "mrz_valid": True,
            "visa_type": "D",
            "vls_ts": True,
            "category": "SALARIE",
            "valid_from": v["from"],
            "valid_until": v["until"],
        },
    )
    # birth certificate + apostille: one scanner PDF, two pages
    b = {
        "serial": "0482917",
        "entry": "NYR/1994/0381",
        "place": "Nyeri Provincial General Hospital, Nyeri",
        "name": "GRACE WANJIKU KAMAU",
        "dob": pp["dob"],
        "sex_text": "Female",
        "father": "JOSEPH MWANGI KAMAU",
        "mother": "ESTHER NJERI WAWERU",
        "informant": "Father, Nyeri",
        "reg_date": "1994-03-29",
        "officer": "P. K. MUTUA",
        "issued": "2025-12-04",
    }
    a = {
        "lang": "en",
        "country": "REPUBLIC OF KENYA",
        "signer": "RUTH W. NDUNG'U",
        "capacity": "PRINCIPAL REGISTRAR OF BIRTHS AND DEATHS",
        "seal_of": "CIVIL REGISTRATION SERVICES",
        "at": "NAIROBI",
        "date_text": "15 JANUARY 2026",
        "by": "MINISTRY OF FOREIGN AND DIASPORA AFFAIRS",
        "number": "KE/APS/2026/001847",
        "stamp_top": "MINISTRY OF FOREIGN AFFAIRS",
        "stamp_bot": "NAIROBI",
        "typed": True,
        "ref": "Document: Certificate of Birth No. 0482917 - GRACE WANJIKU KAMAU",
    }
    imgs = P.scan_pages([cv.kenya_birth(b, rng), cv.apostille(a, rng)], dpi=170)
    P.img_pdf("acte_naissance_apostille.pdf", imgs, 170)
    P.doc(
        [("acte_naissance_apostille.pdf", [1])],
        "birth_certificate",
        "image_pdf",
        {
            "surname": "KAMAU",
            "given_names": "GRACE WANJIKU",
            "date_of_birth": pp["dob"],
            "place_of_birth": b["place"],
            "issuing_country": "KEN",
            "language": "en",
            "has_apostille": True,
        },
        "Name printed given names first: GRACE WANJIKU KAMAU",
    )
    P.doc(
        [("acte_naissance_apostille.pdf", [2])],
        "apostille",
        "image_pdf",
        {
            "country": "KEN",
            "issued_on": "2026-01-15",
            "number": a["number"],
            "signed_by": "MINISTRY OF FOREIGN AND DIASPORA AFFAIRS",
        },
        "certifies the signature of the Principal Registrar (RUTH W. NDUNG'U)",
    )
    # lease (text PDF, two pages)
    L = {
        "landlord": "M. Bernard Castagné",
        "landlord_addr": "4 allée des Demoiselles, 31400 Toulouse",
        "tenant": "Mme Grace Wanjiku KAMAU",
        "tenant_dob": pp["dob"],
        "address": "27 rue Pargaminières, Appt 32 (3e étage), 31000 Toulouse",
        "surface": "31",
        "rooms": "2",
        "desc": "séjour avec cuisine équipée, une chambre, salle d'eau, WC",
        "start": "2026-05-01",
        "rent": 640.0,
        "charges": 45.0,
        "city": "Toulouse",
        "signed": "2026-04-24",
        "par1": "BC",
        "par2": "GK",
    }
    P.text_pdf("bail_pargaminieres.pdf", fr.lease_pages(L, rng))
    P.doc(
        [("bail_pargaminieres.pdf", [1, 2])],
        "lease",
        "text_pdf",
        {
            "tenant_names": ["Grace Wanjiku KAMAU"],
            "landlord": "Bernard Castagné",
            "address": L["address"],
            "start_date": L["start"],
        },
    )
    # CDD contract (text PDF) and October payslip (text PDF)
    siret = luhn_fix("8524179300001")
    emp = "Occitanie Agrotech SAS"
    k = {
        "title": "CONTRAT DE TRAVAIL À DURÉE DÉTERMINÉE",
        "f": "caladea",
        "fb": "caladeab",
        "subtitle": "(articles L. 1242-1 et suivants du code du travail)",
        "city": "Toulouse",
        "signed": "2026-04-10",
        "signatory": "Hélène Roubaud, Directrice des ressources humaines",
        "body1": [
            "#Entre les soussignés :",
            f"{emp}, SAS au capital de 250 000 €, SIRET {siret},",
            "dont le siège est 118 route d'Espagne, 31100 Toulouse, représentée par",
            "Mme Hélène Roubaud, DRH, ci-après « l'employeur »,",
            "et Mme Grace Wanjiku KAMAU, née le 17/03/1994 à Nyeri (Kenya), de nationalité",
            "kényane, demeurant 27 rue Pargaminières, 31000 Toulouse, ci-après « la salariée ».",
            "#Article 1 - Motif du recours",
            "Le présent contrat est conclu pour accroissement temporaire d'activité lié au",
            "programme de recherche « Sols vivants 2026 ».",
            "#Article 2 - Durée",
            "Le contrat prend effet le 15/04/2026 pour une durée de douze mois, soit jusqu'au",
            "14/04/2027 inclus. Période d'essai : un mois.",
            "#Article 3 - Fonctions",
            "La salariée est engagée en qualité de Technicienne de laboratoire, statut",
            "agent de maîtrise, coefficient 250 de la convention collective applicable.",
        ],
        "body2": [
            "#Article 4 - Rémunération",
            "Salaire brut mensuel : 2 350,00 € pour 35 heures hebdomadaires.",
            "Indemnité de fin de contrat : 10 % de la rémunération totale brute.",
            "#Article 5 - Lieu de travail",
            "118 route d'Espagne, 31100 Toulouse.",
            "#Article 6 - Caisse de retraite et prévoyance",
            "AG2R La Mondiale - retraite complémentaire ; prévoyance : Malakoff Humanis.",
        ],
    }
    P.text_pdf("contrat_CDD_Occitanie_Agrotech.pdf", fr.contract_pages(k, rng))
    P.doc(
        [("contrat_CDD_Occitanie_Agrotech.pdf", [1, 2])],
        "employment_contract",
        "text_pdf",
        {
            "employer": emp,
            "employee_name": "Grace Wanjiku KAMAU",
            "contract_type": "CDD",
            "job_title": "Technicienne de laboratoire",
            "start_date": "2026-04-15",
        },
    )
    rows, nb = fr.payslip_rows(2350.0, 151.67)
    pas = 0.0
    ps = {
        "start": "2026-10-01",
        "end": "2026-10-31",
        "paid": "2026-10-30",
        "employer": emp,
        "employer_lines": ["118 route d'Espagne", "31100 Toulouse"],
        "siret": siret,
        "naf": "7219Z",
        "urssaf": "Midi-Pyrénées",
        "employee": "Mme KAMAU Grace Wanjiku",
        "employee_lines": addr + ["Matricule : 00417"],
        "job": "Technicienne de laboratoire",
        "status": "Agent de maîtrise",
        "ccn": "Bureaux d'études (IDCC 1486)",
        "entry": "2026-04-15",
        "contract": "CDD",
        "rows": rows,
        "net_before": nb,
        "pas": pas,
        "pas_rate": "0,0 %",
        "net": round(nb - pas, 2),
    }
    P.text_pdf("bulletin_paie_2026-10.pdf", [fr.payslip(ps, rng)])
    P.doc(
        [("bulletin_paie_2026-10.pdf", [1])],
        "payslip",
        "text_pdf",
        {
            "employer": emp,
            "employee_name": "KAMAU Grace Wanjiku",
            "period": "2026-10",
            "net_pay": ps["net"],
            "siret": siret,
        },
    )
    # RIB LCL (text PDF)
    iban, key = fr_iban("30002", "02817", "00004713926")
    r = {
        "bank": "lcl",
        "holder_lines": ["MME KAMAU GRACE WANJIKU", addr[0].upper(), addr[1].upper()],
        "agency": ["LCL TOULOUSE CAPITOLE", "12 RUE D'ALSACE-LORRAINE", "31000 TOULOUSE"],
        "bankc": "30002",
        "branch": "02817",
        "account": "00004713926",
        "key": key,
        "iban": iban,
        "bic": "CRLYFRPP",
        "legal": "LCL - Le Crédit Lyonnais - SA au capital de 2 037 713 591 € - "
        "SIREN 954 509 741 - RCS Lyon",
    }
    P.text_pdf("RIB_LCL.pdf", [fr.rib(r, rng)])
    P.doc(
        [("RIB_LCL.pdf", [1])],
        "rib",
        "text_pdf",
        {
            "holder_name": "KAMAU GRACE WANJIKU",
            "iban": iban,
            "bic": "CRLYFRPP",
            "bank_name": "LCL",
            "iban_valid": True,
            "rib_key_valid": True,
        },
    )
    write_truth(
        P,
        root,
        name,
        as_of,
        True,
        reqs(),
        None,
        {"surname": "KAMAU", "given_names": "GRACE WANJIKU", "date_of_birth": pp["dob"]},
    )
