"""Packets p03 (Liberia, employed, in order) and p04 (Montenegro, defect: bills gap)."""

from __future__ import annotations

import random
from pathlib import Path

import docs
import ids
import screens
from kit import form_images, form_pdf, images, rib_fields, text_pdf, write_image_pdf, write_photos
from util import fr_iban, on_a4, save_jpg, scan_look

CONV_FR = "(Convention de La Haye du 5 octobre 1961)"


def _p():
    import truthlib

    return truthlib


def p03(folder: Path, rng: random.Random) -> dict:
    P = _p()
    sn, gn, dob = "KOLLIE-DENNIS", "COMFORT YAH", "1989-12-05"
    as_of = "2026-11-18"
    addr = "23 rue Solférino, 59000 Lille"
    app = {"surname": sn, "given_names": gn, "date_of_birth": dob}
    out = []
    per = P.passport_per(
        {
            "title1": "REPUBLIC OF LIBERIA",
            "title2": "PASSPORT",
            "code": "LBR",
            "number": "PP0473318",
            "surname": sn,
            "given": gn,
            "surname_print": sn,
            "given_print": gn,
            "nat_print": "LIBERIAN",
            "sex": "F",
            "dob": dob,
            "dob_print": ids.d_mon(dob),
            "pob": "MONROVIA",
            "issue_print": ids.d_mon("2020-03-22"),
            "exp": "2030-03-21",
            "exp_print": ids.d_mon("2030-03-21"),
            "authority": "MINISTRY OF FOREIGN AFFAIRS",
            "bg": (228, 232, 244),
            "line": (180, 190, 225),
            "ink": (20, 40, 120),
            "skin": (75, 50, 36),
            "labels": {
                "type": "Type",
                "code": "Code",
                "number": "Passport No.",
                "surname": "Surname",
                "given": "Given Names",
                "nat": "Nationality",
                "sex": "Sex",
                "dob": "Date of Birth",
                "pob": "Place of Birth",
                "issue": "Date of Issue",
                "exp": "Date of Expiry",
                "auth": "Authority",
            },
        }
    )
    ts = {
        "bg": (232, 236, 226),
        "line": (200, 215, 190),
        "title": "TITRE DE SÉJOUR",
        "skin": per["skin"],
        "sex": "F",
        "surname": sn,
        "given": gn,
        "number": "AG4T7Q2Z1",
        "dob": dob,
        "exp": "2027-02-09",
        "nat": "LBR",
        "doc_type": "IR",
        "front": [
            ("NOM / Surname", sn),
            ("Prénoms / Given names", "COMFORT YAH"),
            ("Nationalité", "LIBÉRIENNE"),
            ("Sexe / Date de naissance", "F   05 12 1989"),
            ("Validité", "10 02 2026 - 09 02 2027"),
        ],
        "back": [
            ("Type de titre", "CARTE DE SEJOUR TEMPORAIRE"),
            ("Remarques", "TRAVAILLEUR TEMPORAIRE"),
            ("Lieu de délivrance", "PREFECTURE DU NORD"),
        ],
    }
    front, back = ids.card_front_back(ts, rng)
    pg1 = on_a4(ids.passport_page(per, rng), 300, 25, 25).resize((1654, 2339))
    pg2 = on_a4(front, 300, 40, 40, second=back).resize((1654, 2339))
    write_image_pdf(folder / "scan_passeport_titre.pdf", [pg1, pg2], rng)
    out.append(
        P.doc(
            [("scan_passeport_titre.pdf", [1])],
            "passport",
            "image_pdf",
            P.id_fields(sn, gn, "PP0473318", "LBR", "LBR", dob, "F", "2030-03-21"),
        )
    )
    out.append(
        P.doc(
            [("scan_passeport_titre.pdf", [2])],
            "residence_permit",
            "image_pdf",
            P.id_fields(sn, gn, "AG4T7Q2Z1", "LBR", "FRA", dob, "F", "2027-02-09"),
            "carte de séjour temporaire, front and back on page 2",
        )
    )
    fd = {
        "surname": sn,
        "usage_name": None,
        "given_names": "Comfort Yah",
        "sex": "F",
        "dob": dob,
        "pob": "Monrovia (Liberia)",
        "nationality": "Libérienne",
        "nir": None,
        "address": "23 rue Solférino",
        "postcode": "59000",
        "city": "Lille",
        "phone": "07 68 30 12 47",
        "email": "comfort.kollie@yahoo.com",
        "situation": "salarie",
        "contract_type": "CDD",
        "job_title": "Aide-soignante",
        "place": "Lille",
        "date_text": "10/11/2026",
        "signer": "Comfort Kollie",
    }
    form_pdf(folder / "cerfa_15763.pdf", fd, "typed", "A", rng)
    out.append(
        P.doc(
            [("cerfa_15763.pdf", [1, 2])],
            "application_form",
            "text_pdf",
            {
                "surname": sn,
                "given_names": "Comfort Yah",
                "date_of_birth": dob,
                "employment_status": "employed",
                "signed": True,
                "signed_on": "2026-11-10",
                "nir": None,
            },
            "typed on screen, handwritten signature image pasted",
        )
    )
    bc = {
        "header": [
            "REPUBLIC OF LIBERIA",
            "MINISTRY OF HEALTH",
            "Bureau of Vital Statistics — Monrovia",
        ],
        "title": "CERTIFICATE OF BIRTH",
        "table": True,
        "rows": [
            ("Certificate No.", "MOH/BVS/89-22416"),
            ("Name of child", "Comfort Yah KOLLIE-DENNIS"),
            ("Sex", "Female"),
            ("Date of birth", "December 5, 1989"),
            ("Place of birth", "JFK Medical Center, Monrovia"),
            ("County", "Montserrado"),
            ("Father's name", "Joseph S. DENNIS"),
            ("Mother's name", "Musu KOLLIE"),
        ],
        "footer": "This is to certify that the above is a true record of birth as registered "
        "with the Bureau of Vital Statistics.",
        "place_date": "Monrovia, February 2, 2026",
        "registrar": "Registrar (J. Weah)",
        "stamp": ["MINISTRY OF", "HEALTH - BVS"],
        "ref": "Delayed registration: no",
    }
    ap = {
        "conv": CONV_FR,
        "l": P.L_EN,
        "country": "Republic of Liberia",
        "signed_doc_by": "J. Weah",
        "acting_as": "Registrar, Bureau of Vital Statistics",
        "seal_of": "Ministry of Health",
        "at": "Monrovia",
        "on_print": "16 February 2026",
        "by": "Ministry of Foreign Affairs",
        "number": "LBR-APO-2026-1184",
        "stamp_txt": "MOFA",
        "signer_name": "M. Sirleaf",
        "stamp_lines": ["MOFA", "LIBERIA"],
    }
    pgs = images(
        [lambda p: docs.birth_certificate(p, bc, rng), lambda p: docs.apostille(p, ap, rng)],
        dpi=160,
    )
    write_photos(
        folder, ["IMG_20261105_071512.jpg", "IMG_20261105_071530.jpg"], pgs, rng, rots=[0, 180]
    )
    out.append(
        P.doc(
            [("IMG_20261105_071512.jpg", [1])],
            "birth_certificate",
            "phone_photo",
            {
                "surname": sn,
                "given_names": "COMFORT YAH",
                "date_of_birth": dob,
                "place_of_birth": "Monrovia",
                "issuing_country": "LBR",
                "language": "en",
                "has_apostille": True,
            },
        )
    )
    out.append(
        P.doc(
            [("IMG_20261105_071530.jpg", [1])],
            "apostille",
            "phone_photo",
            {
                "country": "Liberia",
                "issued_on": "2026-02-16",
                "number": "LBR-APO-2026-1184",
                "signed_by": "M. Sirleaf",
            },
            "photo upside down (180°)",
        )
    )
    for i, (m, last, issue, amt) in enumerate(
        [
            ("08", "31", "2026-09-04", "32,00"),
            ("09", "30", "2026-10-04", "32,00"),
            ("10", "31", "2026-11-04", "34,49"),
        ]
    ):
        b = {
            "holder": "Mme Comfort KOLLIE-DENNIS",
            "addr_lines": ["23 RUE SOLFERINO", "59000 LILLE"],
            "issue": issue,
            "number": f"FA{rng.randint(10**9, 10**10 - 1)}",
            "account": "0158 774 231",
            "start": f"2026-{m}-01",
            "end": f"2026-{m}-{last}",
            "lines": [("SFR Fibre Starter", "32,00")]
            + ([("Appels hors forfait", "2,49")] if amt != "32,00" else []),
            "amount": amt,
        }
        fields = P.bill_fields(
            "SFR",
            "internet",
            "Comfort KOLLIE-DENNIS",
            addr,
            issue,
            f"2026-{m}-01",
            f"2026-{m}-{last}",
            amt.replace(",", "."),
        )
        if i < 2:
            name = f"SFR_facture_2026{m}.pdf"
            text_pdf(
                folder / name, [lambda p, b=b: docs.bill_sfr(p, b, rng)], rng, "Facture SFR", "SFR"
            )
            out.append(P.doc([(name, [1])], "utility_bill", "text_pdf", fields))
        else:
            name = "IMG_20261108_190233.jpg"
            write_photos(folder, [name], images([lambda p, b=b: docs.bill_sfr(p, b, rng)]), rng)
            out.append(
                P.doc(
                    [(name, [1])],
                    "utility_bill",
                    "phone_photo",
                    fields,
                    "printed bill photographed",
                )
            )
    iban, key = fr_iban("10278", "02650", "00020418801")
    r = {
        "bank": "Crédit Mutuel",
        "tagline": "Caisse de Crédit Mutuel Lille Vauban",
        "color": (0, 80, 150),
        "holder": "MME KOLLIE-DENNIS COMFORT",
        "holder_addr": ["23 RUE SOLFERINO", "59000 LILLE"],
        "agency": ["CCM LILLE VAUBAN", "82 RUE NATIONALE", "59000 LILLE"],
        "bank_code": "10278",
        "branch": "02650",
        "account": "00020418801",
        "key": key,
        "iban": iban,
        "bic": "CMCIFR2A",
    }
    pg = images([lambda p: docs.rib(p, r, rng)], dpi=200)[0]
    save_jpg(scan_look(pg, rng), folder / "rib_credit_mutuel.jpg", 85)
    out.append(
        P.doc(
            [("rib_credit_mutuel.jpg", [1])],
            "rib",
            "scan",
            rib_fields("KOLLIE-DENNIS COMFORT", iban, "CMCIFR2A", "Crédit Mutuel", True),
        )
    )
    c = {
        "title": "CONTRAT DE TRAVAIL À DURÉE DÉTERMINÉE",
        "employer_par": "L'Association Résidences du Nord, gestionnaire de l'EHPAD Les "
        "Glycines, 140 avenue de Dunkerque, 59000 Lille, SIRET 782 947 115 "
        "00037, représentée par Mme Hélène Vasseur, directrice,",
        "employee_par": "Mme Comfort Yah KOLLIE-DENNIS, née le 5 décembre 1989 à Monrovia "
        "(Libéria), de nationalité libérienne, demeurant 23 rue Solférino, "
        "59000 Lille,",
        "articles": [
            (
                "Article 1 — Engagement",
                "Mme KOLLIE-DENNIS est engagée en qualité d'aide-"
                "soignante, coefficient 291, dans le cadre d'un contrat à durée déterminée "
                "conclu pour accroissement temporaire d'activité.",
            ),
            (
                "Article 2 — Durée",
                "Le présent contrat prend effet le 1er juin 2026 et prendra "
                "fin le 31 mai 2027. Il comporte une période d'essai d'un mois.",
            ),
            (
                "Article 3 — Rémunération",
                "La salariée percevra une rémunération brute "
                "mensuelle de 2 015,00 euros pour 151,67 heures de travail.",
            ),
            (
                "Article 4 — Lieu de travail",
                "EHPAD Les Glycines, 140 avenue de Dunkerque, 59000 Lille.",
            ),
            (
                "Article 5 — Convention collective",
                "Convention collective nationale des "
                "établissements privés d'hospitalisation, de soins, de cure et de garde à but "
                "non lucratif du 31 octobre 1951.",
            ),
        ],
        "city": "Lille",
        "signed": "2026-05-27",
        "employer_signer": "Hélène Vasseur",
        "employee": "Comfort Kollie-Dennis",
    }
    kit = __import__("kit")
    rec = kit.Recorder()

    def c1(p):
        docs.contract([p, rec], c, rng)

    text_pdf(folder / "contrat_CDD.pdf", [c1, rec.replay], rng, "Contrat CDD", "")
    out.append(
        P.doc(
            [("contrat_CDD.pdf", [1, 2])],
            "employment_contract",
            "text_pdf",
            {
                "employer": "Association Résidences du Nord — EHPAD Les Glycines",
                "employee_name": "Comfort Yah KOLLIE-DENNIS",
                "contract_type": "CDD",
                "job_title": "aide-soignante",
                "start_date": "2026-06-01",
            },
        )
    )
    return P.truth(as_of, True, app, out)


def p04(folder: Path, rng: random.Random) -> dict:
    P = _p()
    sn, gn, dob = "VUKOVIĆ", "JELENA", "2001-09-03"
    as_of = "2026-11-27"
    addr = "18 rue Pargaminières, 31000 Toulouse"
    app = {"surname": sn, "given_names": gn, "date_of_birth": dob}
    out = []
    per = P.passport_per(
        {
            "title1": "CRNA GORA  ·  MONTENEGRO",
            "title2": "PASOŠ  ·  PASSPORT",
            "code": "MNE",
            "number": "0A4173852",
            "surname": "VUKOVIC",
            "given": gn,
            "surname_print": "VUKOVIĆ",
            "given_print": gn,
            "nat_print": "CRNOGORSKO / MONTENEGRIN",
            "sex": "F",
            "dob": dob,
            "dob_print": ids.d_dot(dob),
            "pob": "NIKŠIĆ",
            "issue_print": "20.01.2021",
            "exp": "2031-01-19",
            "exp_print": "19.01.2031",
            "authority": "MUP CRNE GORE",
            "bg": (238, 232, 226),
            "line": (215, 195, 175),
            "ink": (120, 30, 30),
            "skin": (225, 192, 168),
            "labels": {
                "type": "Tip/Type",
                "code": "Kod/Code",
                "number": "Broj pasoša/Passport No.",
                "surname": "Prezime/Surname",
                "given": "Ime/Given name",
                "nat": "Državljanstvo/Nationality",
                "sex": "Pol/Sex",
                "dob": "Datum rođenja/Date of birth",
                "pob": "Mjesto rođenja/Place of birth",
                "issue": "Datum izdavanja/Date of issue",
                "exp": "Važi do/Date of expiry",
                "auth": "Izdao/Authority",
            },
        }
    )
    write_photos(folder, ["20261120_173402.jpg"], [ids.passport_page(per, rng)], rng)
    out.append(
        P.doc(
            [("20261120_173402.jpg", [1])],
            "passport",
            "phone_photo",
            P.id_fields("VUKOVIĆ", gn, "0A4173852", "MNE", "MNE", dob, "F", "2031-01-19"),
            "MRZ name VUKOVIC",
        )
    )
    v = {
        "page_bg": per["bg"],
        "page_line": per["line"],
        "sticker_no": "004611207",
        "skin": per["skin"],
        "sex": "F",
        "from_print": "25-06-2026",
        "until_print": "24-06-2027",
        "until": "2027-06-24",
        "days": "365",
        "issued_in": "PODGORICA",
        "issued_print": "02-06-2026",
        "passport_no": "0A4173852",
        "surname": "VUKOVIC",
        "given": gn,
        "nat": "MNE",
        "dob": dob,
        "remarks": ["VLS-TS VISITEUR", "ACTIVITE PROFESSIONNELLE NON AUTORISEE"],
    }
    pg = on_a4(ids.visa_sticker(v, rng), 300, 25, 30)
    save_jpg(scan_look(pg, rng), folder / "visa_scan.jpg", 90)
    out.append(
        P.doc(
            [("visa_scan.jpg", [1])],
            "long_stay_visa",
            "scan",
            P.id_fields(
                "VUKOVIC",
                gn,
                "004611207",
                "MNE",
                "FRA",
                dob,
                "F",
                "2027-06-24",
                visa_type="D",
                vls_ts=True,
                category="VISITEUR",
                valid_from="2026-06-25",
                valid_until="2027-06-24",
            ),
        )
    )
    fd = {
        "surname": "VUKOVIĆ",
        "usage_name": None,
        "given_names": "Jelena",
        "sex": "F",
        "dob": dob,
        "pob": "Nikšić, Monténégro",
        "nationality": "Monténégrine",
        "nir": None,
        "address": "18 rue Pargaminières",
        "postcode": "31000",
        "city": "Toulouse",
        "phone": "06 12 77 40 95",
        "email": "jelena.vukovic@gmail.com",
        "situation": "sans_activite",
        "place": "Toulouse",
        "date_text": "21/11/2026",
        "signer": "Jelena Vukovic",
    }
    write_photos(
        folder,
        ["20261121_102201.jpg", "20261121_102219.jpg"],
        form_images(fd, "hand", "B", rng),
        rng,
        rots=[90, 0],
    )
    out.append(
        P.doc(
            [("20261121_102201.jpg", [1]), ("20261121_102219.jpg", [1])],
            "application_form",
            "phone_photo",
            {
                "surname": "VUKOVIĆ",
                "given_names": "Jelena",
                "date_of_birth": dob,
                "employment_status": "not_employed",
                "signed": True,
                "signed_on": "2026-11-21",
                "nir": None,
            },
            "hand-filled, print run B",
        )
    )
    bc = {
        "header": ["CRNA GORA", "MINISTARSTVO UNUTRAŠNJIH POSLOVA", "Područna jedinica Nikšić"],
        "title": "IZVOD IZ MATIČNOG REGISTRA ROĐENIH",
        "table": True,
        "rows": [
            ("Prezime", "VUKOVIĆ"),
            ("Ime", "JELENA"),
            ("Pol", "ženski"),
            ("Datum rođenja", "03.09.2001."),
            ("Mjesto rođenja", "Nikšić"),
            ("Država rođenja", "Crna Gora"),
            ("Ime oca", "Dragan VUKOVIĆ"),
            ("Ime i prezime majke", "Milena VUKOVIĆ rođ. PEROVIĆ"),
            ("JMBG", "0309001215007"),
        ],
        "footer": "Izvod se izdaje na osnovu podataka iz matičnog registra rođenih i služi "
        "u svrhu ostvarivanja prava u inostranstvu.",
        "place_date": "Nikšić, 11.05.2026.",
        "registrar": "Matičar (S. Radović)",
        "stamp": ["CRNA GORA", "NIKŠIĆ"],
        "ref": "Broj: 05-203/26-4471",
    }
    ap = {
        "conv": CONV_FR,
        "l": P.L_ME,
        "country": "Crna Gora / Montenegro",
        "signed_doc_by": "S. Radović",
        "acting_as": "matičar",
        "seal_of": "MUP Crne Gore, PJ Nikšić",
        "at": "Nikšić",
        "on_print": "14.05.2026.",
        "by": "Osnovni sud u Nikšiću",
        "number": "Ov. 1187/26",
        "stamp_txt": "Osnovni sud",
        "signer_name": "V. Šćekić",
        "stamp_lines": ["OSNOVNI SUD", "NIKŠIĆ"],
    }
    write_image_pdf(
        folder / "izvod_apostille.pdf",
        images(
            [lambda p: docs.birth_certificate(p, bc, rng), lambda p: docs.apostille(p, ap, rng)]
        ),
        rng,
    )
    out.append(
        P.doc(
            [("izvod_apostille.pdf", [1])],
            "birth_certificate",
            "image_pdf",
            {
                "surname": "VUKOVIĆ",
                "given_names": gn,
                "date_of_birth": dob,
                "place_of_birth": "Nikšić",
                "issuing_country": "MNE",
                "language": "sr-ME",
                "has_apostille": True,
            },
        )
    )
    out.append(
        P.doc(
            [("izvod_apostille.pdf", [2])],
            "apostille",
            "image_pdf",
            {
                "country": "Montenegro",
                "issued_on": "2026-05-14",
                "number": "Ov. 1187/26",
                "signed_by": "V. Šćekić",
            },
        )
    )
    # Bouygues bills: July, September, October — August is missing (the defect)
    months = [
        ("07", "31", "2026-08-03", "27,99"),
        ("09", "30", "2026-10-03", "27,99"),
        ("10", "31", "2026-11-03", "27,99"),
    ]
    for m, last, issue, amt in months:
        b = {
            "holder": "Mme Jelena Vukovic",
            "addr_lines": ["18 rue Pargaminières", "31000 Toulouse"],
            "account": "1.40027731",
            "number": f"{rng.randint(10**10, 10**11 - 1)}",
            "issue": issue,
            "start": f"2026-{m}-01",
            "end": f"2026-{m}-{last}",
            "debit": issue[:8] + "12",
            "amount": amt,
            "lines": [("Forfait Bbox fit", "27,99"), ("Location Bbox", "inclus")],
        }
        fields = P.bill_fields(
            "Bouygues Telecom",
            "internet",
            "Jelena Vukovic",
            addr,
            issue,
            f"2026-{m}-01",
            f"2026-{m}-{last}",
            amt.replace(",", "."),
        )
        if m == "09":
            sb = dict(
                b,
                month_label="septembre 2026",
                start_fr=docs.fr(b["start"]),
                end_fr=docs.fr(b["end"]),
                issue_fr=docs.fr(issue),
                debit_fr=docs.fr(b["debit"]),
            )
            name = "Screenshot_20261120-213702.png"
            screens.bouygues_app_bill(sb).save(folder / name)
            out.append(
                P.doc(
                    [(name, [1])],
                    "utility_bill",
                    "screenshot",
                    fields,
                    "bill shown in the Espace Client app",
                )
            )
        else:
            name = f"Facture_Bouygues_2026-{m}.pdf"
            text_pdf(
                folder / name,
                [lambda p, b=b: docs.bill_bouygues(p, b, rng)],
                rng,
                "Facture",
                "Bouygues Telecom",
            )
            out.append(P.doc([(name, [1])], "utility_bill", "text_pdf", fields))
    iban, key = fr_iban("40618", "80472", "00040581936")
    r = {
        "bank": "BoursoBank",
        "tagline": "BOURSORAMA SA — 44 rue Traversière CS 80134 92772 Boulogne-Billancourt Cedex",
        "color": (200, 0, 110),
        "holder": "MLLE VUKOVIC JELENA",
        "holder_addr": ["18 RUE PARGAMINIERES", "31000 TOULOUSE"],
        "agency": ["BoursoBank", "44 rue Traversière", "92100 Boulogne-Billancourt"],
        "bank_code": "40618",
        "branch": "80472",
        "account": "00040581936",
        "key": key,
        "iban": iban,
        "bic": "BOUSFRPPXXX",
    }
    text_pdf(
        folder / "RIB_BoursoBank.pdf", [lambda p: docs.rib(p, r, rng)], rng, "RIB", "BoursoBank"
    )
    out.append(
        P.doc(
            [("RIB_BoursoBank.pdf", [1])],
            "rib",
            "text_pdf",
            rib_fields("VUKOVIC JELENA", iban, "BOUSFRPPXXX", "BoursoBank", True),
        )
    )
    reqs = dict(P.ALL_OK, residence_proof="invalid")
    return P.truth(
        as_of,
        False,
        app,
        out,
        reqs,
        "residence_proof: the three Bouygues bills cover 2026-07, 2026-09 and "
        "2026-10 (August 2026 missing), not three consecutive months",
    )
