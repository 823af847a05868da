"""Packets p02 (Pakistan, student, three bills) and p03 (Georgia, hosted by her husband)."""

from __future__ import annotations

from datetime import date

from PIL import Image

import cp_civil as cv
import cp_france as fr
import cp_money as mo
from cp_common import french_iban, make_iban, rib_key_ok
from cp_form import Filler, form
from cp_ids import Person, booklet, card, passport_page, visa_page
from cp_looks import on_bed, render
from cp_packets import bill_fields, form_fields, id_fields, mk_bill, reqs, rib_fields, visa_fields


# ====================================================================== p02 Pakistan
def p02(pk) -> None:
    as_of = date(2026, 11, 23)
    look = {"skin": (0.6, 0.45, 0.33), "hair": (0.05, 0.04, 0.04)}
    p = Person(
        "CHAUDHRY",
        "MUHAMMAD ASAD",
        date(1998, 11, 2),
        "M",
        "PAK",
        "LAHORE, PAK",
        "BX8204173",
        date(2024, 5, 20),
        date(2034, 5, 19),
        personal="3520248172639",
        extra={"mid": "MUHAMMAD TARIQ CHAUDHRY", "pers_print": "35202-4817263-9", "look": look},
    )
    page = passport_page("PAK", p, pk.rng("pp"))
    bed = on_bed(
        booklet(page, pk.rng("bk"), cover=(20, 70, 40)).resize((1052, 1467)), pk.rng("bed"), 200
    )
    f = pk.scan("scan_0012.jpg", bed)
    pk.add(
        "passport",
        "scan",
        [(f, [1])],
        id_fields(p, "PAK"),
        "Flatbed scan (200 dpi) of the open booklet in the corner of the glass; the "
        "'Father Name' field is printed under the given names.",
    )
    v = {
        "number": "016930527",
        "from": date(2026, 7, 20),
        "until": date(2027, 7, 19),
        "days": 365,
        "post": "ISLAMABAD",
        "issued": date(2026, 6, 30),
        "remarks": ["VLS-TS ÉTUDIANT", "À VALIDER DÈS L'ARRIVÉE EN FRANCE"],
    }
    vimg = booklet(visa_page(p, v, pk.rng("visa")), pk.rng("bk2"), cover=(20, 70, 40))
    f = pk.photo("IMG_20260921_101544.jpg", vimg, rot=180, fill=0.7)
    pk.add(
        "long_stay_visa",
        "phone_photo",
        [(f, [1])],
        visa_fields(p, v, "ÉTUDIANT"),
        "VLS-TS étudiant; photo upside down (rotated 180°).",
    )
    bd = {
        "uc": "UNION COUNCIL No. 118, GULBERG TOWN, LAHORE",
        "uc_short": "U.C. 118 Gulberg",
        "cert_no": "UC118-2019-004718",
        "crms": "B-3520-2019-0981733",
        "name": "MUHAMMAD ASAD CHAUDHRY",
        "gender": "MALE",
        "dob_txt": "02-11-1998",
        "pob": "LAHORE",
        "father": "MUHAMMAD TARIQ CHAUDHRY",
        "father_cnic": "35202-1948302-5",
        "mother": "NASREEN AKHTAR",
        "mother_cnic": "35202-6619047-2",
        "grandfather": "CHAUDHRY ABDUL REHMAN",
        "district": "LAHORE",
        "reg_date": "11-03-2019",
        "issue_date": "04-04-2026",
    }
    ad = {
        "authority_head": "MINISTRY OF FOREIGN AFFAIRS — GOVERNMENT OF PAKISTAN",
        "country": "Islamic Republic of Pakistan",
        "signer": "Malik Zafar Iqbal",
        "capacity": "Secretary Union Council",
        "seal_of": "Union Council No. 118, Lahore",
        "place": "Islamabad",
        "date_txt": "22-04-2026",
        "by": "Ministry of Foreign Affairs (Attestation Cell)",
        "number": "MOFA-APS-418263",
        "stamp_ring": "MINISTRY OF FOREIGN AFFAIRS * ISLAMABAD *",
        "stamp_center": ["MOFA", "APOSTILLE"],
    }
    pages = render(cv.birth_pak(bd, pk.rng("bc")), 200)
    pages += render(cv.apostille(ad, pk.rng("apo"), "en"), 200)
    f = pk.image_pdf("birth_certificate_apostille.pdf", pages)
    pk.add(
        "birth_certificate",
        "image_pdf",
        [(f, [1])],
        {
            "surname": "CHAUDHRY",
            "given_names": "MUHAMMAD ASAD",
            "date_of_birth": p.dob,
            "place_of_birth": "LAHORE",
            "issuing_country": "PAK",
            "language": "en",
            "has_apostille": True,
        },
        "Union Council (NADRA CRMS) birth registration certificate, English with Urdu "
        "labels; the name line holds the full name.",
    )
    pk.add(
        "apostille",
        "image_pdf",
        [(f, [2])],
        {
            "country": "PAK",
            "issued_on": date(2026, 4, 22),
            "number": "MOFA-APS-418263",
            "signed_by": "Malik Zafar Iqbal",
        },
        "Page 2 of the same scanner PDF. Pakistan: Apostille Convention in force since "
        "9 March 2023. signed_by = item 2.",
    )
    holder = "M. MUHAMMAD ASAD CHAUDHRY"
    addr = ["8 RUE SOLFERINO APPT 21", "59000 LILLE"]
    addr_t = "8 RUE SOLFERINO APPT 21, 59000 LILLE"
    bills = [
        mk_bill(
            "2608031847",
            date(2026, 8, 3),
            date(2026, 8, 1),
            date(2026, 8, 31),
            [("Forfait Freebox Pop", 29.99)],
            5,
            client="fbx73194682",
        ),
        mk_bill(
            "2609025518",
            date(2026, 9, 2),
            date(2026, 9, 1),
            date(2026, 9, 30),
            [("Forfait Freebox Pop", 29.99), ("Appels vers mobiles hors forfait", 1.20)],
            5,
            client="fbx73194682",
        ),
        mk_bill(
            "2610020963",
            date(2026, 10, 2),
            date(2026, 10, 1),
            date(2026, 10, 31),
            [("Forfait Freebox Pop", 29.99)],
            5,
            client="fbx73194682",
        ),
    ]
    names = ["Facture_Free_2026-08.pdf", "Facture_Free_2026-09.pdf", "IMG_20261104_183022.jpg"]
    for k, (b, fname) in enumerate(zip(bills, names, strict=True)):
        b.update(holder=holder, addr_lines=addr, iban_tail="DE** **** **** **** **84 31")
        pdf = mo.bill("free", b, pk.rng("bill", str(k)))
        if fname.endswith(".pdf"):
            f, lk_ = pk.text_pdf(fname, pdf), "text_pdf"
        else:
            f, lk_ = pk.photo(fname, render(pdf, 250)[0], rot=90, fill=0.85), "phone_photo"
        pk.add(
            "utility_bill",
            lk_,
            [(f, [1])],
            bill_fields(
                "Free", "MUHAMMAD ASAD CHAUDHRY", addr_t, b, b["p_start"].strftime("%Y-%m")
            ),
            "Freebox monthly bill."
            + (" Printed and photographed, rotated 90°." if lk_ == "phone_photo" else ""),
        )
    iban = make_iban("DE", "10011001" + "2624178431")
    sd = {
        "clock": "21:42",
        "holder": "Muhammad Asad Chaudhry",
        "iban": iban,
        "bic": "NTSBDEB1XXX",
        "bank_line": "N26 Bank",
        "bank_addr": "Voltairestraße 8, 10179 Berlin",
    }
    f = pk.screenshot("Screenshot_20261105-214233_N26.png", mo.n26_screenshot(sd, pk.rng("n26")))
    pk.add(
        "rib",
        "screenshot",
        [(f, [1])],
        rib_fields("Muhammad Asad Chaudhry", iban, "NTSBDEB1XXX", "N26", None),
        "N26 app 'Coordonnées bancaires' screen, 1080x2400. German SEPA IBAN: acceptable "
        "(SEPA Regulation 260/2012), info only; no French RIB key.",
    )
    fd = {
        "surname": "CHAUDHRY",
        "usage": None,
        "given": "Muhammad Asad",
        "sex": "M",
        "dob": p.dob,
        "pob": "Lahore, Pakistan",
        "nat": "pakistanaise",
        "address": "8 rue Solférino, appt 21",
        "cp": "59000",
        "city": "Lille",
        "phone": "07 58 21 90 44",
        "email": "asad.chaudhry98@outlook.com",
        "situation": "etudiant",
        "job": "",
        "contract": "",
        "place": "Lille",
        "date_text": "12/11/2026",
        "signed": True,
    }
    pdf = form(fd, Filler("typed", pk.rng("ff")), "b", pk.rng("form"))
    f = pk.text_pdf("demande_PUMa_CHAUDHRY.pdf", pdf)
    pk.add(
        "application_form",
        "text_pdf",
        [(f, [1, 2])],
        form_fields(fd, "not_employed", date(2026, 11, 12)),
        "Filled on screen (text layer), signature drawn with a stylus (vector strokes); "
        "situation: étudiant.",
    )
    pk.truth(
        as_of,
        False,
        reqs(employment="not_applicable"),
        None,
        {"surname": p.surname, "given_names": p.given, "date_of_birth": p.dob},
    )


# ====================================================================== p03 Georgia
def p03(pk) -> None:
    as_of = date(2026, 11, 27)
    look = {"skin": (0.8, 0.66, 0.56), "hair": (0.2, 0.12, 0.08)}
    p = Person(
        "GELASHVILI",
        "TAMAR",
        date(1990, 4, 23),
        "F",
        "GEO",
        "KUTAISI",
        "19AD56231",
        date(2021, 8, 10),
        date(2031, 8, 9),
        personal="01024057715",
        extra={"pers_print": "01024057715", "look": look},
    )
    page = passport_page("GEO", p, pk.rng("pp"))
    bed = on_bed(
        booklet(page, pk.rng("bk"), cover=(110, 25, 35)).resize((1052, 1467)),
        pk.rng("bed"),
        200,
        pos=(0.3, 0.08),
    )
    f = pk.image_pdf("passeport_tamar.pdf", [bed])
    pk.add(
        "passport",
        "image_pdf",
        [(f, [1])],
        id_fields(p, "GEO"),
        "Georgian passport (Georgian/English labels), booklet scanned to PDF at 200 dpi.",
    )
    ts = Person(
        "GELASHVILI",
        "TAMAR",
        p.dob,
        "F",
        "GEO",
        "KUTAISI (GEO)",
        "3K7209164",
        date(2026, 5, 12),
        date(2027, 5, 11),
        extra={
            "ts_type": "CARTE DE SÉJOUR TEMPORAIRE",
            "ts_mention": "VIE PRIVÉE ET FAMILIALE",
            "addr": "41 RUE DE LA CROIX-NIVERT 75015 PARIS",
            "auth": "PRÉFECTURE DE POLICE 12 05 2026",
            "look": look,
        },
    )
    front, back = card("TS", ts, pk.rng("ts"))
    f1 = pk.photo("titre_sejour_recto.jpg", front, fill=0.62)
    f2 = pk.photo("titre_sejour_verso.jpg", back, rot=90, fill=0.62)
    pk.add(
        "residence_permit",
        "phone_photo",
        [(f1, [1]), (f2, [1])],
        id_fields(ts, "FRA"),
        "Titre de séjour (CST vie privée et familiale), front and back photographed "
        "separately; the back (with the TD1 MRZ) is rotated 90°.",
    )
    bd = {
        "surname_ka": "გელაშვილი",
        "surname": "GELASHVILI",
        "given_ka": "თამარ",
        "given": "TAMAR",
        "dob_txt": "23.04.1990",
        "pob_ka": "ქუთაისი",
        "pob": "KUTAISI",
        "pn": "01024057715",
        "father_ka": "ზურაბ გელაშვილი",
        "father": "ZURAB GELASHVILI",
        "mother_ka": "ნანა ბერიძე",
        "mother": "NANA BERIDZE",
        "act_no": "1874",
        "reg_txt": "30.04.1990",
        "issued_txt": "14.02.2026",
        "cert_no": "A-0418275",
    }
    img = render(cv.birth_geo(bd, pk.rng("bc")), 200)[0]
    f = pk.scan("acte_naissance.jpg", img)
    pk.add(
        "birth_certificate",
        "scan",
        [(f, [1])],
        {
            "surname": "GELASHVILI",
            "given_names": "TAMAR",
            "date_of_birth": p.dob,
            "place_of_birth": "KUTAISI",
            "issuing_country": "GEO",
            "language": "ka",
            "has_apostille": True,
        },
        "Georgian civil registry (PSDA) birth certificate; Georgian text with the names "
        "also in Latin letters.",
    )
    ad = {
        "authority_head": "საჯარო სამართლის იურიდიული პირი — PUBLIC SERVICE DEVELOPMENT AGENCY",
        "country": "საქართველო / Georgia",
        "signer": "Irakli Janelidze",
        "capacity": "Authorized officer, PSDA",
        "seal_of": "Public Service Development Agency",
        "place": "Tbilisi",
        "date_txt": "20.02.2026",
        "by": "LEPL Public Service Development Agency",
        "number": "APS 2026 0471832",
        "stamp_ring": "PUBLIC SERVICE DEVELOPMENT AGENCY * GEORGIA *",
        "stamp_center": ["PSDA", "APOSTILLE"],
    }
    img = render(cv.apostille(ad, pk.rng("apo"), "ka"), 200)[0]
    f = pk.scan("apostille_acte.jpg", img)
    pk.add(
        "apostille",
        "scan",
        [(f, [1])],
        {
            "country": "GEO",
            "issued_on": date(2026, 2, 20),
            "number": "APS 2026 0471832",
            "signed_by": "Irakli Janelidze",
        },
        "Georgian apostille, Georgian/English labels. signed_by = item 2.",
    )
    body = [
        ("h", "GÉORGIE"),
        ("h", "Ministère de la Justice — Agence de développement des services publics"),
        ("h", "ACTE DE NAISSANCE"),
        ("p", "Nom : GELASHVILI. Prénom : Tamar."),
        ("p", "Date de naissance : 23 avril 1990. Lieu de naissance : Koutaïssi (Géorgie)."),
        ("p", "Numéro personnel : 01024057715."),
        ("p", "Père : Zourab GELASHVILI. Mère : Nana BERIDZE."),
        (
            "p",
            "Acte n° 1874, enregistré le 30 avril 1990. Délivré le 14 février 2026, "
            "certificat n° A-0418275.",
        ),
        (
            "p",
            "[Sceau rond : Agence de développement des services publics, Géorgie] "
            "[Signature illisible de l'agent habilité]",
        ),
        (
            "p",
            "Apostille n° APS 2026 0471832 délivrée à Tbilissi le 20 février 2026 par "
            "l'Agence de développement des services publics.",
        ),
    ]
    td = {
        "translator": "Nino TSERETELI-ROUSSEL",
        "translator_lines": [
            "Traductrice-interprète expert près la Cour d'appel de Paris",
            "Géorgien – Russe – Français",
            "12 rue des Morillons, 75015 Paris",
        ],
        "rep_no": "2026-0873",
        "body": body,
        "certif": "Je soussignée Nino TSERETELI-ROUSSEL, traductrice expert près la Cour "
        "d'appel de Paris, certifie que la présente traduction est conforme à "
        "l'original rédigé en langue géorgienne qui m'a été présenté.",
        "done": "Paris, le 9 mars 2026",
        "stamp_ring": "N. TSERETELI-ROUSSEL * EXPERT PRÈS LA COUR D'APPEL DE PARIS *",
        "stamp_center": ["GÉORGIEN", "FRANÇAIS"],
    }
    f = pk.image_pdf("traduction_acte_naissance.pdf", render(cv.translation(td, pk.rng("tr")), 200))
    pk.add(
        "translation",
        "image_pdf",
        [(f, [1])],
        {},
        "Sworn French translation of the birth certificate and its apostille.",
    )
    host = Person(
        "FOURCADE",
        "JEAN-BAPTISTE PIERRE",
        date(1987, 12, 2),
        "M",
        "FRA",
        "PAU (64)",
        "F7KQ2M9R1",
        date(2023, 6, 15),
        date(2033, 6, 14),
        extra={
            "auth": "Préfecture des Pyrénées-Atlantiques",
            "look": {"skin": (0.85, 0.7, 0.6), "hair": (0.35, 0.25, 0.15)},
        },
    )
    hf, hb = card("CNI", host, pk.rng("cni"))
    sheet = Image.new("RGB", (1654, 2339), (255, 255, 255))
    sheet.paste(hf.resize((850, 536)), (200, 180))
    sheet.paste(hb.resize((850, 536)), (200, 860))
    f = pk.image_pdf("CNI_JB_recto_verso.pdf", [sheet])
    pk.add(
        "national_id",
        "image_pdf",
        [(f, [1])],
        id_fields(host, "FRA"),
        "Host's French identity card (2021 model), front and back copied on one A4 page.",
    )
    lines = [
        "Je soussigné Jean-Baptiste FOURCADE,",
        "né le 02/12/1987 à Pau (64),",
        "demeurant 41 rue de la Croix-Nivert, 75015 Paris,",
        "atteste sur l'honneur héberger à mon domicile,",
        "depuis le 15/03/2026, mon épouse",
        "Madame Tamar GELASHVILI, née le 23/04/1990",
        "à Koutaïssi (Géorgie).",
        "",
        "Attestation établie pour servir et valoir ce que",
        "de droit (demande d'affiliation à la CPAM).",
        "Je joins la copie de ma carte d'identité",
        "et trois factures à mon nom.",
        "",
    ]
    pdf = fr.attestation({"lines": lines, "done": "Fait à Paris, le 04/11/2026"}, pk.rng("att"))
    f = pk.photo("attestation_hebergement.jpg", render(pdf, 250)[0], fill=0.86)
    pk.add(
        "hosting_attestation",
        "phone_photo",
        [(f, [1])],
        {
            "host_name": "Jean-Baptiste FOURCADE",
            "hosted_name": "Tamar GELASHVILI",
            "address": "41 rue de la Croix-Nivert, 75015 Paris",
            "since_date": date(2026, 3, 15),
            "signed_on": date(2026, 11, 4),
            "signed": True,
        },
        "Handwritten on lined school paper by the husband, signed; phone photo.",
    )
    holder_t = "JEAN-BAPTISTE FOURCADE"
    addr = ["41 RUE DE LA CROIX-NIVERT", "75015 PARIS"]
    specs = [
        (date(2026, 8, 12), [("Livebox Fibre", 42.99)]),
        (date(2026, 9, 12), [("Livebox Fibre", 42.99)]),
        (date(2026, 10, 12), [("Livebox Fibre", 42.99), ("Location vidéo à la demande", 2.99)]),
    ]
    mnames = ["aout", "septembre", "octobre"]
    for k, (iss, lines_) in enumerate(specs):
        nxt = date(iss.year + (iss.month == 12), iss.month % 12 + 1, 11)
        b = mk_bill(
            f"0{k + 4}2618{7341 + k * 17}",
            iss,
            iss,
            nxt,
            lines_,
            8,
            client="9 402 718 365",
            holder="M. JEAN-BAPTISTE FOURCADE",
            addr_lines=addr,
            iban_tail="FR76 2004 **** **** **** *020 61",
        )
        f = pk.text_pdf(
            f"facture_orange_{mnames[k]}_2026.pdf", mo.bill("orange", b, pk.rng("or", str(k)))
        )
        pk.add(
            "utility_bill",
            "text_pdf",
            [(f, [1])],
            bill_fields("Orange", holder_t, "41 RUE DE LA CROIX-NIVERT, 75015 PARIS", b),
            "Host's Orange internet bill; billing period runs 12th to 11th (consecutive, "
            "not calendar months).",
        )
    acc = "0241830K020"
    iban, key = french_iban("20041", "00001", acc)
    rd = {
        "holder_lines": [
            "M OU MME FOURCADE JEAN-BAPTISTE",
            "OU GELASHVILI TAMAR",
            "41 RUE DE LA CROIX NIVERT",
            "75015 PARIS",
        ],
        "dom_lines": ["La Banque Postale", "Centre Financier de Paris", "75900 PARIS CEDEX 15"],
        "bank": "20041",
        "branch": "00001",
        "account": acc,
        "key": key,
        "iban": iban,
        "bic": "PSSTFRPPPAR",
    }
    img = render(mo.rib("lbp", rd, pk.rng("rib")), 200)[0]
    f = pk.scan("RIB_LBP.jpg", img)
    pk.add(
        "rib",
        "scan",
        [(f, [1])],
        rib_fields(
            "FOURCADE JEAN-BAPTISTE OU GELASHVILI TAMAR",
            iban,
            "PSSTFRPPPAR",
            "La Banque Postale",
            rib_key_ok("20041", "00001", acc, key),
        ),
        "Joint account (M OU MME) including the applicant; account number holds a letter.",
    )
    fd = {
        "surname": "GELASHVILI",
        "usage": "FOURCADE",
        "given": "TAMAR",
        "sex": "F",
        "dob": p.dob,
        "pob": "Koutaïssi, Géorgie",
        "nat": "géorgienne",
        "address": "41 rue de la Croix-Nivert",
        "cp": "75015",
        "city": "Paris",
        "phone": "06 71 33 05 92",
        "email": "tamar.gelashvili@yahoo.fr",
        "situation": "sans_activite",
        "job": "",
        "contract": "",
        "place": "Paris",
        "date_text": "05/11/2026",
        "signed": True,
    }
    pages = render(form(fd, Filler("hand", pk.rng("ff"), "Breip"), "b", pk.rng("form")), 200)
    f1 = pk.scan("formulaire_p1.jpg", pages[0])
    f2 = pk.scan("formulaire_p2.jpg", pages[1])
    ff = form_fields(fd, "not_employed", date(2026, 11, 5))
    ff["usage_name"] = "FOURCADE"
    pk.add(
        "application_form",
        "scan",
        [(f1, [1]), (f2, [1])],
        ff,
        "Filled by hand (capitals), usage name FOURCADE (husband's), 'sans activité'.",
    )
    pk.truth(
        as_of,
        False,
        reqs(employment="not_applicable"),
        None,
        {"surname": p.surname, "given_names": p.given, "date_of_birth": p.dob},
    )
