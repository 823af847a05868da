"""Packet p02 (Ethiopia): attestation d'hébergement route, not working."""

import random
from datetime import date

import cy_civil as civ
import cy_fin as fin
import cy_ids as ids
from cy_checks import check_td1, check_td3, fr_iban, iban_groups, rib_key_ok
from cy_core import to_image
from cy_emit import Packet
from cy_packets import ALL_OK, _form, _form_fields, _id_fields, _iso, _rib_fields

# ================================================================== p02 Ethiopia


def p02(root):
    rng = random.Random(4102)
    pk = Packet(root, "p02")
    as_of = date(2026, 11, 20)
    sn, gn, dob, sex = "TESFAYE", "HIWOT", date(1991, 9, 3), "F"
    skin = (120, 82, 58)
    per = {
        "surname": sn,
        "given": gn,
        "dob": dob,
        "sex": sex,
        "skin": skin,
        "surname_print": sn,
        "given_print": gn,
        "pob_print": "ADDIS ABABA",
    }
    pno, pexp = "EP7290316", date(2028, 2, 13)
    pas = {
        "country": "ETH",
        "nat": "ETH",
        "number": pno,
        "issued": date(2023, 2, 14),
        "expiry": pexp,
        "authority": "MAIN DEPT. IMMIGRATION",
        "nat_print": "ETHIOPIAN",
        "dfmt": ids.d_en,
        "person": per,
        "hcol": (20, 70, 40),
        "gcol": (210, 226, 210),
        "header": [
            ("የኢትዮጵያ ፌዴራላዊ ዲሞክራሲያዊ ሪፐብሊክ", "free-serif", 7.5),
            ("FEDERAL DEMOCRATIC REPUBLIC OF ETHIOPIA", "sans-b", 7.2),
            ("ፓስፖርት / PASSPORT", "free-serif", 6.5),
        ],
        "labels": {
            "type": "Type",
            "code": "Country code",
            "no": "Passport No.",
            "surname": "Surname",
            "given": "Given names",
            "nat": "Nationality",
            "dob": "Date of birth",
            "sex": "Sex",
            "pob": "Place of birth",
            "issue": "Date of issue",
            "auth": "Issuing authority",
            "exp": "Date of expiry",
        },
    }
    pp, (m1, m2) = ids.passport(pas, rng)
    assert check_td3(m1, m2)
    pk.scan(
        "passport_hiwot.jpg", pk.card_scan_page([(pp, (15, 18), (125, 88))], rng, 300), rng, 300
    )
    pk.doc(
        [("passport_hiwot.jpg", [1])],
        "passport",
        "scan",
        _id_fields(sn, gn, pno, "ETH", "ETH", dob, sex, pexp),
        "Ethiopian passport data page scanned at 300 dpi. Surname field carries the "
        "father's name (Ethiopian naming).",
    )
    tno, texp = "AB4417029", date(2027, 2, 9)
    t = {
        "person": per,
        "nat": "ETH",
        "number": tno,
        "expiry": texp,
        "issued": date(2026, 2, 10),
        "kind": "CARTE DE SEJOUR TEMPORAIRE",
        "pob": "ADDIS ABABA (ETH)",
        "address": ("8 ALLEE DES TILLEULS", "31400 TOULOUSE"),
        "remarks": "VIE PRIVEE ET FAMILIALE — CONJOINT DE FRANÇAIS",
    }
    tf, tb, (t1, t2, _t3) = ids.titre_sejour(t, rng)
    assert check_td1(t1, t2)
    pk.photo("IMG_20261104_101512.jpg", tf, rng, 0, 300, 3000, 0.22)
    pk.photo("IMG_20261104_101530.jpg", tb, rng, 180, 300, 3000, 0.22)
    pk.doc(
        [("IMG_20261104_101512.jpg", [1]), ("IMG_20261104_101530.jpg", [1])],
        "residence_permit",
        "phone_photo",
        _id_fields(sn, gn, tno, "ETH", "FRA", dob, sex, texp),
        "Titre de séjour front and back as two phone photos; the back photo is upside down.",
    )
    b = {
        "given": "HIWOT",
        "father_name": "TESFAYE",
        "grand_name": "ALEMU",
        "sex_word": "Female",
        "dob": dob,
        "pob": "Addis Ababa, Yeka Sub-City",
        "mother": "MESERET GIRMA WOLDE",
        "father": "TESFAYE ALEMU BEKELE",
        "reg_date": date(2019, 6, 11),
        "issued": date(2025, 7, 8),
        "cert_no": "AA-0918273",
        "reg_no": "14/06/0077215",
        "leg1": [
            "FDRE MINISTRY OF FOREIGN AFFAIRS",
            "AUTHENTICATION",
            "Signature and seal of INVEA authenticated",
        ],
        "leg1_date": date(2025, 7, 14),
        "leg2": [
            "AMBASSADE DE FRANCE EN ÉTHIOPIE",
            "Vu pour légalisation de la signature",
            "apposée ci-contre",
        ],
        "leg2_date": date(2025, 7, 21),
    }
    pk.scan("birth_certificate.jpg", civ.birth_ethiopia(b, rng), rng, 200)
    pk.doc(
        [("birth_certificate.jpg", [1])],
        "birth_certificate",
        "scan",
        {
            "surname": "TESFAYE",
            "given_names": "HIWOT",
            "date_of_birth": _iso(dob),
            "place_of_birth": "Addis Ababa, Yeka Sub-City",
            "issuing_country": "ETH",
            "language": "en",
            "has_apostille": False,
        },
        "Bilingual Amharic/English; surname = father's name (TESFAYE), grandfather's name "
        "ALEMU printed on its own line. Ethiopia is not a Hague Apostille party: legalised "
        "by the Ethiopian MoFA and the French embassy. Expected complete.",
    )
    host = "Julien MARCHETTI"
    since, signed_on = date(2025, 12, 20), date(2026, 11, 2)
    a = {
        "lines": [
            "Je soussigné Julien MARCHETTI, né le 14/06/1988",
            "à Montauban (82), demeurant 8 allée des Tilleuls,",
            "31400 Toulouse, atteste sur l'honneur héberger à",
            "mon domicile mon épouse, Madame Hiwot TESFAYE,",
            "née le 03/09/1991 à Addis-Abeba (Éthiopie),",
            "depuis le 20 décembre 2025.",
            "",
            "  Attestation faite pour servir et valoir ce que de droit.",
            "  Je joins la copie de ma carte d'identité et mes",
            "  trois dernières factures d'électricité.",
        ],
        "place_date": "Fait à Toulouse, le 02/11/2026",
        "signed": True,
    }
    pk.photo("IMG_20261104_100844.jpg", civ.attestation_hebergement(a, rng), rng, 0, 150, 3264)
    pk.doc(
        [("IMG_20261104_100844.jpg", [1])],
        "hosting_attestation",
        "phone_photo",
        {
            "host_name": host,
            "hosted_name": "Hiwot TESFAYE",
            "address": "8 allée des Tilleuls, 31400 Toulouse",
            "since_date": _iso(since),
            "signed_on": _iso(signed_on),
            "signed": True,
        },
        "Handwritten on lined paper by the husband (French national).",
    )
    hper = {
        "surname": "MARCHETTI",
        "given": "JULIEN",
        "dob": date(1988, 6, 14),
        "sex": "M",
        "skin": (225, 190, 165),
    }
    cno, cexp = "F7KC2M9R4", date(2032, 9, 27)
    cni = {
        "person": hper,
        "number": cno,
        "expiry": cexp,
        "issued": date(2022, 9, 28),
        "pob": "MONTAUBAN (82)",
        "address": ("8 ALLEE DES TILLEULS", "31400 TOULOUSE"),
    }
    cf, cb, (c1, c2, _c3) = ids.cni_fr(cni, rng)
    assert check_td1(c1, c2)
    pk.image_pdf(
        "CNI_Julien_recto_verso.pdf",
        [pk.card_scan_page([(cf, (25, 30), (85.6, 54)), (cb, (25, 110), (85.6, 54))], rng, 200)],
        rng,
    )
    pk.doc(
        [("CNI_Julien_recto_verso.pdf", [1])],
        "national_id",
        "image_pdf",
        _id_fields("MARCHETTI", "JULIEN", cno, "FRA", "FRA", hper["dob"], "M", cexp),
        "Host's French identity card (2021 model), recto and verso on one scanned page.",
    )
    months = [
        (date(2026, 8, 1), date(2026, 8, 31), 58.41),
        (date(2026, 9, 1), date(2026, 9, 30), 51.96),
        (date(2026, 10, 1), date(2026, 10, 31), 63.08),
    ]
    for i, (s, e, amt) in enumerate(months):
        issue = date(e.year + (e.month == 12), e.month % 12 + 1, 4)
        sub = 13.21
        ht = round((amt - sub * 1.2) / 1.2, 2)
        lines = [
            ("Abonnement électricité (1 mois)", sub),
            ("Consommation Base", round(ht * 0.78, 2)),
            ("Accise sur l'électricité", round(ht * 0.22, 2)),
            ("TVA 20 %", round(amt - sub - ht, 2)),
        ]
        bb = {
            "holder_lines": ["M JULIEN MARCHETTI", "8 ALLEE DES TILLEULS", "31400 TOULOUSE"],
            "number": f"10{1548221 + i * 37}",
            "issue": issue,
            "client": "1 024 771 935",
            "amount": amt,
            "debit": date(issue.year, issue.month, 19),
            "start": s,
            "end": e,
            "holder": "M Julien MARCHETTI",
            "site": "8 allée des Tilleuls, 31400 Toulouse",
            "offer": "Verte Fixe — électricité",
            "pdl": "0913 2274 5510 84",
            "lines": lines,
        }
        fname = f"Facture_TotalEnergies_{s.strftime('%Y%m')}.pdf"
        pk.text_pdf(fname, [fin.bill_totalenergies(bb)], "Facture TotalEnergies", "TotalEnergies")
        pk.doc(
            [(fname, [1])],
            "utility_bill",
            "text_pdf",
            {
                "provider": "TotalEnergies",
                "service": "electricity",
                "holder_name": "JULIEN MARCHETTI",
                "address": "8 allée des Tilleuls, 31400 Toulouse",
                "issue_date": _iso(issue),
                "period_start": _iso(s),
                "period_end": _iso(e),
                "amount": amt,
                "month": s.strftime("%Y-%m"),
            },
            "Host's bill (attestation route).",
        )
    iban, key = fr_iban("40618", "80421", "00040312875")
    assert rib_key_ok("40618", "80421", "00040312875", key)
    scr = {
        "account_label": "Compte bancaire",
        "account_masked": "•••• •••• 3128",
        "balance": "1 284,17 €",
        "holder": "MME HIWOT TESFAYE",
        "iban_lines": [
            " ".join(iban_groups(iban).split()[:4]),
            " ".join(iban_groups(iban).split()[4:]),
        ],
        "bic": "BOUSFRPPXXX",
        "bank_name": "BoursoBank",
        "dom": ("BoursoBank, 44 rue Traversière", "92772 Boulogne-Billancourt Cedex"),
    }
    im = to_image(fin.app_rib_screen(scr), 254)
    assert im.size == (1170, 2532), im.size
    im.save(pk.path("Screenshot_20261105-213402.png"))
    pk.doc(
        [("Screenshot_20261105-213402.png", [1])],
        "rib",
        "screenshot",
        _rib_fields("MME HIWOT TESFAYE", iban, "BOUSFRPPXXX", "BoursoBank"),
        "BoursoBank app 'RIB / IBAN' screen, 1170x2532.",
    )
    fd = {
        "surname": sn,
        "usage": "MARCHETTI",
        "given": gn,
        "sex": "F",
        "dob": "03/09/1991",
        "pob_city": "Addis-Abeba",
        "pob_country": "Éthiopie",
        "nationality": "Éthiopienne",
        "nir": "",
        "address": "8 allée des Tilleuls",
        "cp": "31400",
        "city": "Toulouse",
        "phone": "06 12 70 33 58",
        "email": "hiwot.tesfaye@outlook.com",
        "situation": "sans_activite",
        "contract": "",
        "job": "",
        "place": "Toulouse",
        "date_text": "05/11/2026",
        "sign": "pen",
    }
    pages, _ = _form(pk, fd, "B", "typed_print", rng)
    pk.image_pdf("formulaire_cpam.pdf", pages, rng, 200, 72)
    pk.doc(
        [("formulaire_cpam.pdf", [1, 2])],
        "application_form",
        "image_pdf",
        _form_fields(sn, gn, dob, "not_employed", True, date(2026, 11, 5)),
        "Typed, printed, signed by hand, scanned (print run B); usage name MARCHETTI.",
    )
    req = dict(ALL_OK, employment="not_applicable")
    return pk, {
        "as_of": _iso(as_of),
        "employed": False,
        "status": "complete",
        "requirements": req,
        "defect": None,
        "applicant": {"surname": sn, "given_names": gn, "date_of_birth": _iso(dob)},
    }
