"""Blind set set_cv: four whole PUMa packets (Haiti, Egypt, Peru, Afghanistan).

Usage: python generate.py OUT_DIR
"""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

import cv2

import cv_civil
import cv_fin
import cv_form
import cv_ids
import cv_p34
from cv_common import luhn_complete, luhn_ok, nir_key, register_fonts, self_test
from cv_looks import image_pdf, jpeg, paste_on_sheet, phone_photo, png, raster, scanned
from cv_packet import (
    REQ_IDS,
    SKIN,
    Packet,
    form_fields,
    id_fields,
    rib_data,
    save_truth,
    telecom,
    visa_fields,
)

cv2.setNumThreads(1)


# --------------------------------------------------------------------------- p01 Haiti
def p01(out: Path) -> None:
    pk = Packet(out, "p01", 101)
    as_of = date(2026, 11, 18)
    sur, giv, dob = "SAINT-FLEUR", "Marie Nadège", date(1991, 3, 14)
    skin, hair = SKIN["HTI"]
    p = {
        "surname": sur,
        "given": giv,
        "number": "RC4812207",
        "nat": "HTI",
        "dob": dob,
        "sex": "F",
        "exp": date(2032, 5, 9),
        "issued": date(2022, 5, 10),
        "pob": "Jacmel",
        "authority": "DIE PORT-AU-PRINCE",
        "nat_label": "HAITIENNE",
        "skin": skin,
        "hair": hair,
    }
    pdf, lines = cv_ids.passport_page(p, pk.rng())
    img = phone_photo(raster(pdf, 300)[0], pk.rng(), 3024, rot90=1, fill=0.7, card=True)
    pk.write("IMG_20261109_184512.jpg", jpeg(img, 88))
    pk.add(
        [("IMG_20261109_184512.jpg", [1])],
        "passport",
        "phone_photo",
        id_fields(sur, giv.upper(), p["number"], "HTI", "HTI", dob, "F", p["exp"], lines, "td3"),
        "Haitian passport data page photographed on a table, rotated 90°",
    )
    v = dict(
        p,
        page_tint=(0.9, 0.92, 0.97),
        valid_from=date(2026, 3, 2),
        valid_until=date(2027, 3, 1),
        days=365,
        issued_in="PORT-AU-PRINCE",
        issued_on=date(2026, 2, 10),
        passport_no=p["number"],
        remark1="VLS-TS SALARIE",
        remark2="CESEDA R.431-16 15 - OFII",
        number="035472815",
        page=11,
    )
    pdf, lines = cv_ids.visa_sticker(v, pk.rng())
    sheet = paste_on_sheet(raster(pdf, 200)[0], pk.rng(), 200)
    pk.write("visa_long_sejour.jpg", jpeg(scanned(sheet, pk.rng()), 80))
    pk.add(
        [("visa_long_sejour.jpg", [1])],
        "long_stay_visa",
        "scan",
        visa_fields(v, lines),
        "VLS-TS salarié sticker on a passport page, flatbed scan of the page on A4",
    )
    b = {
        "surname": sur,
        "given": giv,
        "dob": dob,
        "commune": "Jacmel",
        "registre": "4",
        "feuillet": "87",
        "acte": "1163",
        "year_words": "mil neuf cent quatre-vingt-onze",
        "decl_words": "vingt-deux mars",
        "dob_words": "quatorze mars mil neuf cent quatre-vingt-onze",
        "hour_words": "six heures du matin",
        "officer": "Maître Jean-Robert DORSAINVIL",
        "father": "Wilner SAINT-FLEUR",
        "father_job": "commerçant",
        "mother": "Rose-Andrée JOSEPH",
        "mother_job": "couturière",
        "witnesses": "Fritz ALEXIS et Dieudonné PIERRE-LOUIS",
        "issued_words": "dix-sept septembre deux mille vingt-cinq",
        "archivist": "Laurent",
        "archivist_full": "Jean-Claude LAURENT",
        "serial": "2025-09-17/08812",
        "mae_date": date(2025, 9, 24),
        "mae_no": "L-25-044718",
        "mae_signer": "Jn-Louis ESTIMÉ",
        "amb_date": date(2025, 10, 2),
        "amb_no": "2025/3391",
    }
    pdf = cv_civil.haiti_birth(b, pk.rng())
    pages = [scanned(im, pk.rng()) for im in raster(pdf, 150)]
    pk.write("acte_de_naissance.pdf", image_pdf(pages, 68))
    pk.add(
        [("acte_de_naissance.pdf", [1, 2])],
        "birth_certificate",
        "image_pdf",
        {
            "surname": sur,
            "given_names": giv,
            "date_of_birth": dob.isoformat(),
            "place_of_birth": "Jacmel",
            "issuing_country": "HTI",
            "language": "fr",
            "has_apostille": False,
        },
        "Extrait des Archives Nationales d'Haïti, in French. Haiti is not a party to the "
        "Apostille Convention: page 2 carries the legalisation by the Haitian foreign ministry "
        "and by the Ambassade de France en Haïti (legalisation instead of apostille).",
    )
    L = {
        "landlord": "M. Gérard BROSSARD",
        "landlord_addr": "5 allée des Tilleuls, 94300 Vincennes",
        "agent": "l'agence Croix de Chavaux Immobilier, 2 place Jacques Duclos, 93100 Montreuil",
        "tenant_print": "Mme Marie Nadège SAINT-FLEUR",
        "addr_line": "18 rue Victor Hugo, appartement 23, 93100 Montreuil",
        "desc": "Appartement de 2 pièces principales, surface habitable 38,5 m², 3e étage, "
        "cave n° 12.",
        "start": date(2026, 4, 1),
        "signed": date(2026, 3, 24),
        "rent": 845.0,
        "charges": 95.0,
        "city": "Montreuil",
        "paraphs": "GB   MNSF",
        "agent_sig": "Brossard",
        "tenant_sig": "MNSaint-Fleur",
    }
    pk.write("Bail_Montreuil_signe.pdf", cv_fin.lease(L, pk.rng()))
    pk.add(
        [("Bail_Montreuil_signe.pdf", pk.pages("Bail_Montreuil_signe.pdf"))],
        "lease",
        "text_pdf",
        {
            "tenant_names": ["Marie Nadège SAINT-FLEUR"],
            "landlord": "Gérard BROSSARD",
            "address": "18 rue Victor Hugo, appartement 23, 93100 Montreuil",
            "start_date": "2026-04-01",
        },
        "Bail loi 1989 (logement vide) via an agency",
    )
    iban, key = rib_data("10278", "06015", "00020457801")
    r = {
        "bank": "cm",
        "holder_lines": ["MME SAINT-FLEUR MARIE NADEGE"],
        "addr": ["18 RUE VICTOR HUGO APT 23", "93100 MONTREUIL"],
        "bank_code": "10278",
        "branch": "06015",
        "account": "00020457801",
        "key": key,
        "iban": iban,
        "bic": "CMCIFR2A",
        "domicile": ["CCM MONTREUIL CROIX DE CHAVAUX", "45 RUE DE PARIS", "93100 MONTREUIL"],
        "legal": "Caisse de Crédit Mutuel — société coopérative à forme anonyme — ORIAS 07 003 758",
    }
    pk.write("RIB_CreditMutuel.pdf", cv_fin.rib_pdf(r, pk.rng()))
    pk.add(
        [("RIB_CreditMutuel.pdf", [1])],
        "rib",
        "text_pdf",
        {
            "holder_name": "SAINT-FLEUR MARIE NADEGE",
            "iban": iban,
            "bic": "CMCIFR2A",
            "bank_name": "Crédit Mutuel",
            "iban_valid": True,
            "rib_key_valid": True,
        },
    )
    nir13 = "2910399336045"
    nir = nir13 + nir_key(nir13)
    siret = luhn_complete("8134276590001")
    assert luhn_ok(siret)
    ps = {
        "period_label": "octobre 2026",
        "start": date(2026, 10, 1),
        "end": date(2026, 10, 31),
        "paid": date(2026, 10, 30),
        "employer": "SAS RÉSIDENCE LES GLYCINES",
        "employer_lines": [
            "EHPAD Les Glycines",
            "27 boulevard Rouget de Lisle",
            "93100 Montreuil",
            f"SIRET {siret}   APE 8710A",
        ],
        "employee_print": "Mme SAINT-FLEUR Marie Nadège",
        "employee_lines": ["18 rue Victor Hugo, apt 23", "93100 Montreuil", "Matricule 00412"],
        "job": "Aide-soignante",
        "hired": date(2026, 3, 16),
        "nir": f"{nir[0]} {nir[1:3]} {nir[3:5]} {nir[5:7]} {nir[7:10]} {nir[10:13]} {nir[13:]}",
        "ccn": "FHP — IDCC 2264",
        "gross": 2012.40,
    }
    pk.write("Bulletin_paie_2026_10.pdf", cv_fin.payslip(ps, pk.rng()))
    pk.add(
        [("Bulletin_paie_2026_10.pdf", [1])],
        "payslip",
        "text_pdf",
        {
            "employer": "SAS RÉSIDENCE LES GLYCINES",
            "employee_name": "SAINT-FLEUR Marie Nadège",
            "period": "2026-10",
            "net_pay": ps["net"],
            "siret": siret,
        },
    )
    fv = {
        "surname": sur,
        "usage": "",
        "given": giv,
        "sex": "F",
        "dob": dob,
        "pob": "Jacmel",
        "pob_country": "Haïti",
        "nationality": "Haïtienne",
        "nir": "",
        "address": "18 rue Victor Hugo, apt 23",
        "postcode": "93100",
        "city": "Montreuil",
        "phone": "07 58 21 44 19",
        "email": "nadege.stfleur@gmail.com",
        "situation": "salarie",
        "contract": "CDI",
        "job": "Aide-soignante",
        "place": "Montreuil",
        "date_text": "12/11/2026",
        "signed_on": date(2026, 11, 12),
        "sig_name": "MNSaint-Fleur",
        "hand_font": "Hand1",
    }
    pdf = cv_form.build("A", fv, "hand", pk.rng())
    for i, im in enumerate(raster(pdf, 200)):
        pk.write(f"scan_00{12 + i}.jpg", jpeg(scanned(im, pk.rng(), skew=1.0), 78))
    pk.add(
        [("scan_0012.jpg", [1]), ("scan_0013.jpg", [1])],
        "application_form",
        "scan",
        form_fields(fv, "employed", "A"),
        "cerfa 15763*02 filled by hand (print run A), two "
        "flatbed scans; section B: salarié, CDI, aide-soignante",
    )
    reqs = {k: "complete" for k in REQ_IDS}
    save_truth(
        out,
        pk,
        as_of,
        True,
        reqs,
        None,
        {"surname": sur, "given_names": giv, "date_of_birth": dob.isoformat()},
    )


# --------------------------------------------------------------------------- p02 Egypt
def p02(out: Path) -> None:
    pk = Packet(out, "p02", 202)
    as_of = date(2026, 11, 24)
    sur, giv, dob = "MANSOUR", "Yasmine Magdy Farouk", date(1998, 7, 22)
    skin, hair = SKIN["EGY"]
    p = {
        "surname": sur,
        "given": giv,
        "number": "A29461830",
        "nat": "EGY",
        "dob": dob,
        "sex": "F",
        "exp": date(2030, 1, 14),
        "issued": date(2023, 1, 15),
        "pob": "Alexandria",
        "authority": "ALEXANDRIA",
        "nat_label": "EGYPTIAN",
        "skin": skin,
        "hair": hair,
    }
    pdf, lines = cv_ids.passport_page(p, pk.rng())
    sheet = paste_on_sheet(raster(pdf, 200)[0], pk.rng(), 200, at=(0.1, 0.06))
    pk.write("passeport_scan.jpg", jpeg(scanned(sheet, pk.rng()), 82))
    pk.add(
        [("passeport_scan.jpg", [1])],
        "passport",
        "scan",
        id_fields(sur, giv.upper(), p["number"], "EGY", "EGY", dob, "F", p["exp"], lines, "td3"),
        "Egyptian passport data page, scanned on A4",
    )
    v = dict(
        p,
        page_tint=(0.92, 0.95, 0.9),
        valid_from=date(2025, 9, 15),
        valid_until=date(2026, 9, 14),
        days=365,
        issued_in="LE CAIRE",
        issued_on=date(2025, 8, 20),
        passport_no=p["number"],
        remark1="VLS-TS ETUDIANT",
        remark2="CESEDA R.431-16 6",
        number="041829376",
        page=9,
    )
    pdf, lines = cv_ids.visa_sticker(v, pk.rng())
    pk.write(
        "IMG_4417.jpg",
        jpeg(phone_photo(raster(pdf, 300)[0], pk.rng(), 3024, card=True, fill=0.72), 86),
    )
    pk.add(
        [("IMG_4417.jpg", [1])],
        "long_stay_visa",
        "phone_photo",
        visa_fields(v, lines),
        "VLS-TS étudiant valid until 2026-09-14: expired at as_of, no newer permit in the "
        "packet (the defect)",
    )
    b = {
        "serial": "No 7734019",
        "ar_name": "ياسمين مجدي فاروق منصور",
        "sex": "F",
        "ar_dob": "٢٢ / ٠٧ / ١٩٩٨",
        "ar_place": "الإسكندرية",
        "ar_gov": "الإسكندرية",
        "nid": "29807220201843",
        "ar_father": "مجدي فاروق منصور",
        "ar_mother": "هبة عبد الله سليم",
        "ar_reg": "٠٢ / ٠٨ / ١٩٩٨",
        "ar_issued": "١٠ / ٠٦ / ٢٠٢٥",
        "mfa_no": "LG-2025-118273",
        "mfa_date": date(2025, 6, 15),
        "consulate": "Alexandrie",
        "mfa_signer": "Adel M. SOLIMAN",
        "cons_date": date(2025, 6, 22),
        "cons_no": "25/1472",
    }
    pdf = cv_civil.egypt_birth(b, pk.rng())
    pk.write("shahadet_milad.jpg", jpeg(scanned(raster(pdf, 200)[0], pk.rng()), 80))
    pk.add(
        [("shahadet_milad.jpg", [1])],
        "birth_certificate",
        "scan",
        {
            "surname": sur,
            "given_names": giv,
            "date_of_birth": dob.isoformat(),
            "place_of_birth": "Alexandrie",
            "issuing_country": "EGY",
            "language": "ar",
            "has_apostille": False,
        },
        "Egyptian computerised birth certificate in Arabic (names read through the sworn "
        "translation). Egypt is not a party to the Apostille Convention: legalised by the "
        "Egyptian MFA and the Consulat général de France à Alexandrie (stamps on the page).",
    )
    t = {
        "translator": "Leïla BENSAÏD",
        "translator_lines": [
            "Traductrice-interprète expert près la Cour d'appel de Grenoble",
            "Arabe — Français",
            "12 cours Berriat, 38000 Grenoble",
        ],
        "number": "2026/0917",
        "from_lang": "Arabe",
        "title": "CERTIFICAT DE NAISSANCE",
        "header": [
            "République arabe d'Égypte — Ministère de l'Intérieur",
            "Secteur de l'état civil — Extrait officiel informatisé",
        ],
        "rows": [
            ("Nom de l'enfant :", "Yasmine Magdy Farouk MANSOUR"),
            ("Sexe :", "Féminin"),
            ("Date de naissance :", "22/07/1998"),
            ("Lieu de naissance :", "Alexandrie"),
            ("Gouvernorat :", "Alexandrie"),
            ("Numéro national :", "29807220201843"),
            ("Nom du père :", "Magdy Farouk MANSOUR"),
            ("Nationalité du père :", "Égyptienne"),
            ("Nom de la mère :", "Heba Abdallah SELIM"),
            ("Nationalité de la mère :", "Égyptienne"),
            ("Date d'enregistrement :", "02/08/1998"),
            ("Délivré le :", "10/06/2025"),
        ],
        "footer": [
            "Signature et cachet du préposé à l'état civil.",
            (
                "Mentions : légalisation du Ministère des Affaires étrangères n° LG-2025-118273 "
                "du 15/06/2025 ; légalisation du Consulat général de France à Alexandrie "
                "n° 25/1472 du 22/06/2025."
            ),
        ],
        "city": "Grenoble",
        "date": date(2026, 10, 6),
        "court": "Grenoble",
        "pair": "AR > FR",
        "contact": "l.bensaid.traduction@orange.fr",
    }
    pdf = cv_civil.translation(t, pk.rng())
    pk.write(
        "traduction_acte_naissance.pdf", image_pdf([scanned(raster(pdf, 150)[0], pk.rng())], 70)
    )
    pk.add(
        [("traduction_acte_naissance.pdf", [1])],
        "translation",
        "image_pdf",
        {},
        "Sworn French translation of the Egyptian birth certificate",
    )
    addr = ["7 rue Thiers, Bât. B", "38000 Grenoble"]
    telecom(
        pk,
        "bouygues",
        "MME YASMINE MANSOUR",
        addr,
        [date(2026, 8, 1), date(2026, 9, 1), date(2026, 10, 1)],
        [32.99, 35.49, 32.99],
        [date(2026, 9, 3), date(2026, 10, 3), date(2026, 11, 3)],
        ["FB26090338127", "FB26100341774", "FB26110345206"],
        "1.40918 273",
        "Bbox 0438",
        ["screenshot", "text_pdf", "text_pdf"],
        ["Facture_Bbox_aout.png", "Facture_2026-09.pdf", "Facture_2026-10.pdf"],
        "Bouygues Telecom",
    )
    iban, key = rib_data("40618", "80000", "04512367891")
    r = {
        "holder_lines": ["MME YASMINE MAGDY FAROUK MANSOUR"],
        "iban": iban,
        "bic": "BOUSFRPPXXX",
        "bank_code": "40618",
        "branch": "80000",
        "account": "04512367891",
        "key": key,
        "time": "10:12",
    }
    pdf = cv_fin.bourso_screen(r, pk.rng())
    pk.write("Screenshot_20261115-101233.png", png(raster(pdf, 216)[0]))
    pk.add(
        [("Screenshot_20261115-101233.png", [1])],
        "rib",
        "screenshot",
        {
            "holder_name": "YASMINE MAGDY FAROUK MANSOUR",
            "iban": iban,
            "bic": "BOUSFRPPXXX",
            "bank_name": "BoursoBank",
            "iban_valid": True,
            "rib_key_valid": True,
        },
        "BoursoBank app 'Mon RIB' screen",
    )
    fv = {
        "surname": sur,
        "usage": "",
        "given": giv,
        "sex": "F",
        "dob": dob,
        "pob": "Alexandrie",
        "pob_country": "Égypte",
        "nationality": "Égyptienne",
        "nir": "",
        "address": "7 rue Thiers, Bât. B",
        "postcode": "38000",
        "city": "Grenoble",
        "phone": "06 44 82 19 07",
        "email": "yasmine.mansour98@gmail.com",
        "situation": "etudiant",
        "place": "Grenoble",
        "date_text": "17/11/2026",
        "signed_on": date(2026, 11, 17),
        "sig_name": "YMansour",
    }
    pdf = cv_form.build("B", fv, "typed", pk.rng())
    pages = [scanned(im, pk.rng(), skew=1.2) for im in raster(pdf, 150)]
    pk.write("formulaire_S1106.pdf", image_pdf(pages, 66))
    pk.add(
        [("formulaire_S1106.pdf", [1, 2])],
        "application_form",
        "image_pdf",
        form_fields(fv, "not_employed", "B"),
        "Typed on screen (print run B), printed, dated and "
        "signed by hand, scanned; section B: étudiante",
    )
    reqs = {k: "complete" for k in REQ_IDS}
    reqs["residence_status"] = "invalid"
    reqs["employment"] = "not_applicable"
    save_truth(
        out,
        pk,
        as_of,
        False,
        reqs,
        "VLS-TS expired on 2026-09-14, before as_of, and no newer permit or récépissé",
        {"surname": sur, "given_names": giv, "date_of_birth": dob.isoformat()},
    )


def main(argv: list[str]) -> None:
    if len(argv) != 2:
        print("usage: python generate.py OUT_DIR", file=sys.stderr)
        sys.exit(2)
    out = Path(argv[1])
    out.mkdir(parents=True, exist_ok=True)
    register_fonts()
    self_test()
    names = []
    for fn in (p01, p02, cv_p34.p03, cv_p34.p04):
        fn(out)
        names.append(fn.__name__)
    (out / "documents").mkdir(exist_ok=True)
    (out / "manifest.json").write_text(json.dumps({"packets": names, "documents": []}) + "\n")


if __name__ == "__main__":
    main(sys.argv)
