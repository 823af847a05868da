"""Packet p04 (Australia, the defect packet) of set_cn."""

import cn_bills as bl
import cn_civil as cv
import cn_fr as fr
import cn_ids as ids
from cn_form import form_pages
from cn_pack import Packet, bill_doc, form_doc, id_fields, reqs, write_truth
from cn_util import A4, fr_iban, render


# --------------------------------------------------------------------------- p04 Australia
def p04(P: Packet, root, name):
    rng = P.rng
    as_of = "2026-11-27"
    pp = {
        "surname": "O'CONNOR",
        "given": "SIOBHAN KATE",
        "num": "PB4729183",
        "nat": "AUS",
        "issuer": "AUS",
        "dob": "1989-06-24",
        "sex": "F",
        "exp": "2034-01-15",
        "issued": "2024-01-16",
        "place_of_birth": "Newcastle NSW",
        "authority": "AUSTRALIA",
        "nat_text": "AUSTRALIAN",
    }
    addr = ["12 rue Crébillon", "44000 Nantes"]
    f = {
        "surname": "O'CONNOR",
        "usage": "",
        "given": "SIOBHAN KATE",
        "sex": "F",
        "dob": pp["dob"],
        "pob": "Newcastle",
        "pays": "Australie",
        "nat": "Australienne",
        "address": addr[0],
        "cp": "44000",
        "commune": "Nantes",
        "tel": "06 12 70 55 84",
        "email": "siobhan.oconnor@icloud.com",
        "situation": "sans_activite",
        "place": "Nantes",
        "date_text": "19/11/2026",
        "signed": True,
        "hand_font": "breip",
    }
    P.img_pdf(
        "formulaire_cerfa_15763.pdf", P.scan_pages(form_pages(f, rng, "B", "hand"), dpi=150), 150
    )
    form_doc(P, [("formulaire_cerfa_15763.pdf", [1, 2])], "image_pdf", f, False, "2026-11-19")
    page, _ = ids.passport_page(pp, rng)
    P.photo("IMG_7702.jpg", P.card(page, ids.PP, 500), long_side=4032, cover=0.72, rot90=1)
    P.doc(
        [("IMG_7702.jpg", [1])],
        "passport",
        "phone_photo",
        id_fields(pp, None),
        "photo rotated 90 degrees; MRZ surname OCONNOR",
    )
    v = {
        "surname": "O'CONNOR",
        "given": "SIOBHAN KATE",
        "num": "083317502",
        "nat": "AUS",
        "dob": pp["dob"],
        "sex": "F",
        "from": "2026-05-10",
        "until": "2027-05-09",
        "days": 365,
        "issued_in": "SYDNEY",
        "issued": "2026-04-22",
        "passport": pp["num"],
        "remarks": "VLS-TS VISITEUR",
    }
    vpage, _ = ids.visa_page(v, rng)
    P.photo("IMG_7703.jpg", P.card(vpage, ids.PP, 500), long_side=4032, cover=0.72)
    P.doc(
        [("IMG_7703.jpg", [1])],
        "long_stay_visa",
        "phone_photo",
        {
            "surname": "O'CONNOR",
            "given_names": "SIOBHAN KATE",
            "document_number": v["num"],
            "nationality": "AUS",
            "issuing_country": "FRA",
            "date_of_birth": pp["dob"],
            "sex": "F",
            "expiry_date": v["until"],
            "mrz_valid": True,
            "visa_type": "D",
            "vls_ts": True,
            "category": "VISITEUR",
            "valid_from": v["from"],
            "valid_until": v["until"],
        },
    )
    b = {
        "regno": "1989/027451",
        "family": "O'CONNOR",
        "given": "Siobhan Kate",
        "sex": "Female",
        "dob_text": "24 June 1989",
        "place": "John Hunter Hospital, New Lambton Heights, New South Wales",
        "m_family": "O'CONNOR",
        "m_given": "Margaret Anne",
        "m_maiden": "DOYLE",
        "m_occ": "Registered Nurse",
        "m_age": "29",
        "m_bp": "Dublin, Ireland",
        "f_family": "O'CONNOR",
        "f_given": "Patrick James",
        "f_occ": "Electrician",
        "f_age": "31",
        "f_bp": "Newcastle, New South Wales",
        "marriage": "12 March 1986, Newcastle, New South Wales",
        "informants": "Margaret Anne O'CONNOR, mother; Patrick James O'CONNOR, father",
        "reg_date": "3 July 1989",
        "issued_text": "8 September 2025",
        "registrar": "Theresa Fairweather",
        "certno": "BC 5583190",
    }
    P.scan_jpg("birth_certificate_NSW.jpg", cv.nsw_birth(b, rng), dpi=200)
    P.doc(
        [("birth_certificate_NSW.jpg", [1])],
        "birth_certificate",
        "scan",
        {
            "surname": "O'CONNOR",
            "given_names": "SIOBHAN KATE",
            "date_of_birth": pp["dob"],
            "place_of_birth": b["place"],
            "issuing_country": "AUS",
            "language": "en",
            "has_apostille": True,
        },
    )
    a = {
        "lang": "en",
        "country": "AUSTRALIA",
        "signer": "Theresa Fairweather",
        "capacity": "Registrar, NSW Registry of Births Deaths & Marriages",
        "seal_of": "Registry of Births Deaths & Marriages NSW",
        "at": "Sydney",
        "date_text": "30 September 2025",
        "by": "Department of Foreign Affairs and Trade",
        "number": "SYD/2025/118429",
        "stamp_top": "DEPT OF FOREIGN AFFAIRS AND TRADE",
        "stamp_bot": "AUSTRALIA",
        "font": "latob",
        "fontr": "lato",
        "fonti": "lato",
        "ink": (0.55, 0.1, 0.1),
    }
    P.scan_jpg("apostille_DFAT.jpg", cv.apostille(a, rng), dpi=200)
    P.doc(
        [("apostille_DFAT.jpg", [1])],
        "apostille",
        "scan",
        {
            "country": "AUS",
            "issued_on": "2025-09-30",
            "number": a["number"],
            "signed_by": "Department of Foreign Affairs and Trade",
        },
    )
    # bills: July, September, October -> August missing (the defect)
    hold = "Mme Siobhan O'CONNOR"
    clean = "Siobhan O'CONNOR"
    b1 = bl.make_bill(
        "totalenergies",
        hold,
        clean,
        addr,
        "10148822937",
        "2 104 557 890",
        "2026-08-06",
        "2026-07-01",
        "2026-07-31",
        [
            ("Abonnement Offre Essentielle (6 kVA)", 13.02),
            ("Consommation : 118 kWh x 0,2016 €", 23.79),
            ("Contributions et taxes", 7.41),
            ("TVA", 6.37),
        ],
        title="Facture d'électricité",
        info=[("Réf. PDL", "21 58 44 03 91 27 60")],
    )
    P.text_pdf("facture_totalenergies_juillet.pdf", [bl.bill(b1, rng)])
    bill_doc(P, "facture_totalenergies_juillet.pdf", b1, "TotalEnergies", "electricity", "text_pdf")
    b2 = bl.make_bill(
        "free",
        hold,
        clean,
        addr,
        "791245880",
        "11503927",
        "2026-09-02",
        "2026-09-01",
        "2026-09-30",
        [("Abonnement Freebox Révolution Light", 29.99), ("Appels vers mobiles", 0.0)],
        title="Facture Freebox",
        info=[("Ligne", "FO11503927")],
    )
    P.text_pdf("free_facture_202609.pdf", [bl.bill(b2, rng)])
    bill_doc(P, "free_facture_202609.pdf", b2, "Free", "internet", "text_pdf")
    b3 = bl.make_bill(
        "sfr",
        hold,
        clean,
        addr,
        "SF-2026-10-558127",
        "0612705584",
        "2026-11-03",
        "2026-10-01",
        "2026-10-31",
        [("Forfait SFR 5G 130 Go", 19.99), ("Hors forfait : appels internationaux", 2.40)],
        title="Votre facture mobile",
        info=[("Ligne", "06 12 70 55 84")],
    )
    P.photo("IMG_7710.jpg", render([bl.bill(b3, rng)], A4, 170)[0], long_side=4032, cover=0.8)
    bill_doc(P, "IMG_7710.jpg", b3, "SFR", "mobile", "phone_photo")
    iban, key = fr_iban("30003", "01820", "00050712849")
    r = {
        "bank": "sg",
        "holder_lines": ["MME O'CONNOR SIOBHAN KATE", "12 RUE CREBILLON", "44000 NANTES"],
        "agency": ["NANTES COMMERCE", "2 PLACE DU COMMERCE", "44000 NANTES"],
        "bankc": "30003",
        "branch": "01820",
        "account": "00050712849",
        "key": key,
        "iban": iban,
        "bic": "SOGEFRPP",
        "legal": "Société Générale - SA au capital de 1 000 395 971,25 € - 552 120 222 RCS "
        "Paris - Siège social : 29 bd Haussmann, 75009 Paris",
    }
    P.text_pdf("RIB_SG.pdf", [fr.rib(r, rng)])
    P.doc(
        [("RIB_SG.pdf", [1])],
        "rib",
        "text_pdf",
        {
            "holder_name": "O'CONNOR SIOBHAN KATE",
            "iban": iban,
            "bic": "SOGEFRPP",
            "bank_name": "Société Générale",
            "iban_valid": True,
            "rib_key_valid": True,
        },
    )
    write_truth(
        P,
        root,
        name,
        as_of,
        False,
        reqs(residence_proof="invalid", employment="not_applicable"),
        "residence_proof: three bills presented as a set cover July, September and "
        "October 2026; August is missing, so they are not three consecutive months",
        {"surname": "O'CONNOR", "given_names": "SIOBHAN KATE", "date_of_birth": pp["dob"]},
    )
