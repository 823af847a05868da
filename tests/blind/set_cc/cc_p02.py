"""Packet p02: applicant from DR Congo, without activity, residence permit, typed attestation
d'hébergement + host's CNI + host's bills; in order."""

from __future__ import annotations

from cc_checks import D, fr, fr_iban, td1, td3
from cc_civil import rdc_acte, rdc_legalisations
from cc_home import attestation, bill_bouygues
from cc_ids import (
    booklet,
    cni_back,
    cni_front,
    ts_back,
    ts_front,
)
from cc_money import rib_lbp
from cc_pack import ALL_OK, Packet, form_fields, form_pages, id_fields, on_a4, page

# =========================================================================== p02 DR Congo


def p02(root):
    P = Packet(
        root,
        "p02",
        D("2026-12-02"),
        False,
        {"surname": "KABONGO MBUYI", "given_names": "GRACE DIVINE", "date_of_birth": "1999-09-03"},
    )
    dob = D("1999-09-03")
    who = {"face_seed": 201, "skin": (110, 75, 55), "hair": (20, 15, 12), "sex": "F"}
    host_addr = ("12 allée des Tilleuls, Bâtiment C", "93100 Montreuil")
    pp = dict(
        who,
        state="COD",
        number="OP0732519",
        surname_vis="KABONGO MBUYI",
        given_vis="GRACE DIVINE",
        dob=dob,
        pob_vis="KINSHASA",
        issued=D("2022-01-20"),
        expiry=D("2027-01-19"),
        authority="MINISTÈRE DES AFFAIRES ÉTRANGÈRES",
        cover=(25, 45, 95),
        holder_signs=False,
    )
    pp["mrz"] = td3(
        "P", "COD", "KABONGO MBUYI", "GRACE DIVINE", pp["number"], "COD", dob, "F", pp["expiry"]
    )
    P.scan_jpg(
        "passeport.jpg", on_a4(booklet(pp, P.rng("pp")), 12, 10, 131, 184), "pp-scan", dpi=300
    )
    P.add(
        [("passeport.jpg", [1])],
        "passport",
        "scan",
        id_fields(
            "KABONGO MBUYI", "GRACE DIVINE", "OP0732519", "COD", "COD", dob, "F", pp["expiry"]
        ),
        "DR Congo passport, open booklet on the scanner glass (300 dpi). Surname = nom + postnom.",
    )
    ts = dict(
        who,
        number="KF7204931",
        surname="KABONGO MBUYI",
        given="GRACE DIVINE",
        nat="COD",
        dob=dob,
        expiry=D("2027-04-13"),
        kind="CARTE DE SÉJOUR TEMPORAIRE",
        issued=D("2026-04-14"),
        remarks=["VIE PRIVÉE ET FAMILIALE", "AUTORISE SON TITULAIRE À TRAVAILLER"],
        sig_seed=2011,
        issued_place="PRÉFECTURE DE LA SEINE-SAINT-DENIS",
        address=["12 ALLÉE DES TILLEULS BÂT C", "93100 MONTREUIL"],
        pob="KINSHASA (COD)",
        agdref="9302715846",
    )
    ts["mrz"] = td1(
        "IR", "FRA", ts["number"], dob, "F", ts["expiry"], "COD", "KABONGO MBUYI", "GRACE DIVINE"
    )

    def ts_page(pg):
        ts_front(pg, 20, 18, ts, P.rng("ts1"))
        ts_back(pg, 20, 92, ts, P.rng("ts2"))

    P.scan_jpg("titre_sejour_recto_verso.png", page(ts_page, dpi=250), "ts-scan", dpi=250, png=True)
    P.add(
        [("titre_sejour_recto_verso.png", [1])],
        "residence_permit",
        "scan",
        id_fields(
            "KABONGO MBUYI", "GRACE DIVINE", "KF7204931", "COD", "FRA", dob, "F", ts["expiry"]
        ),
        "Titre de séjour (carte de séjour temporaire vie privée et familiale), front and back photocopied on "
        "one A4 page; TD1 MRZ on the back.",
    )
    a = {
        "commune": "Lingwala",
        "act_no": "1187",
        "folio": "62",
        "volume": "IX",
        "year_words": "mil neuf cent quatre-vingt-dix-neuf",
        "decl_words": "septième jour du mois de septembre",
        "decl_hour": "dix heures",
        "officer": "MBALA NZUZI Pierre",
        "declarant": "Monsieur KABONGO TSHIMANGA Jean-Pierre, âgé de trente-quatre ans, père de l'enfant",
        "birth_words": "troisième jour du mois de septembre de l'an mil neuf cent quatre-vingt-dix-neuf, à "
        "quatorze heures trente",
        "child": "KABONGO MBUYI Grâce Divine",
        "father": "KABONGO TSHIMANGA Jean-Pierre",
        "father_pob": "Mbuji-Mayi",
        "father_job": "comptable",
        "mother": "MBUYI KANKU Thérèse",
        "mother_pob": "Kananga",
        "parents_addr": "27, avenue Kasa-Vubu, Lingwala",
        "issued": D("2026-01-14"),
        "sig_seed": 2021,
        "leg1": D("2026-01-20"),
        "leg1_signer": "Mme LUFUANKENDA Marie-Claire",
        "leg2": D("2026-01-22"),
        "leg2_no": "004512/CAB/MIN/AFF.ETR/2026",
        "leg2_signer": "M. ILUNGA MWAMBA Patrick",
        "leg3": D("2026-01-28"),
        "leg3_no": "2026/LEG/00873",
    }
    front = page(lambda pg: rdc_acte(pg, a, P.rng("acte")), dpi=220)
    back = page(lambda pg: rdc_legalisations(pg, a, P.rng("leg")), dpi=220)
    P.photo("IMG_4471.jpg", front, "acte-f")
    P.photo("IMG_4472.jpg", back, "acte-b", rotate=90)
    P.add(
        [("IMG_4471.jpg", [1]), ("IMG_4472.jpg", [1])],
        "birth_certificate",
        "phone_photo",
        {
            "surname": "KABONGO MBUYI",
            "given_names": "Grâce Divine",
            "date_of_birth": dob,
            "place_of_birth": "Kinshasa",
            "issuing_country": "COD",
            "language": "fr",
            "has_apostille": False,
        },
        "Acte de naissance (commune de Lingwala, Kinshasa), copie conforme of 14/01/2026. DR Congo is not a "
        "party to the Apostille Convention: the back (IMG_4472, turned 90°) carries the legalisation chain "
        "(Hôtel de Ville de Kinshasa, Ministry of Foreign Affairs, French embassy in Kinshasa).",
    )
    at = {
        "host_block": ["Nathalie MOREL", host_addr[0], host_addr[1], "Tél. : 06 72 18 40 93"],
        "place": "Montreuil",
        "signed_on": D("2026-11-18"),
        "sig_seed": 2031,
        "body": "Je soussignée, Madame Nathalie MOREL née TSHIBANDA, née le 5 mars 1978 à Bobigny (93), de "
        "nationalité française, demeurant au 12 allée des Tilleuls, Bâtiment C, 93100 Montreuil, certifie "
        "sur l'honneur héberger à mon domicile, de manière permanente et à titre gratuit, depuis le "
        "1er mars 2026, ma nièce, Madame Grâce Divine KABONGO MBUYI, née le 3 septembre 1999 à Kinshasa "
        "(République démocratique du Congo), de nationalité congolaise.",
        "body2": "J'ai connaissance que toute fausse déclaration m'expose aux sanctions prévues par l'article "
        "441-7 du code pénal. Je joins à la présente attestation la copie de ma carte nationale "
        "d'identité ainsi que mes trois dernières factures d'accès à internet.",
        "annexes": [
            "copie de ma carte nationale d'identité (recto verso)",
            "factures Bouygues Telecom d'août, septembre et octobre 2026",
        ],
    }
    P.image_pdf(
        "attestation_hebergement.pdf",
        [page(lambda pg: attestation(pg, at, P.rng("att")))],
        "att-scan",
        creator="Epson Scan 2",
    )
    P.add(
        [("attestation_hebergement.pdf", [1])],
        "hosting_attestation",
        "image_pdf",
        {
            "host_name": "Nathalie MOREL",
            "hosted_name": "Grâce Divine KABONGO MBUYI",
            "address": ", ".join(host_addr),
            "since_date": D("2026-03-01"),
            "signed_on": at["signed_on"],
            "signed": True,
        },
        "Typed attestation d'hébergement (word processor), signed with a pen, scanned. Host written "
        "'Nathalie MOREL née TSHIBANDA' (married name, birth name TSHIBANDA on her ID card).",
    )
    hdob, hexp = D("1978-03-05"), D("2032-06-14")
    cn = {
        "face_seed": 202,
        "skin": (120, 82, 60),
        "hair": (25, 18, 14),
        "sex": "F",
        "surname": "TSHIBANDA",
        "usage": "ép. MOREL",
        "given_vis": "NATHALIE, THÉRÈSE",
        "dob": hdob,
        "pob": "BOBIGNY (93)",
        "number": "W7HK2R4P9",
        "expiry": hexp,
        "can": "482913",
        "sig_seed": 2041,
        "address": ["12 ALLÉE DES TILLEULS BÂT C", "93100 MONTREUIL"],
        "height": "1,68 m",
        "issued": D("2022-06-15"),
    }
    cn["mrz"] = td1(
        "ID", "FRA", cn["number"], hdob, "F", hexp, "FRA", "TSHIBANDA", "NATHALIE THERESE"
    )

    def cni_page(pg):
        cni_front(pg, 24, 22, cn, P.rng("cni1"))
        cni_back(pg, 24, 90, cn, P.rng("cni2"))

    P.scan_jpg("CNI_Nathalie_recto_verso.jpg", page(cni_page, dpi=300), "cni-scan", dpi=300)
    P.add(
        [("CNI_Nathalie_recto_verso.jpg", [1])],
        "national_id",
        "scan",
        id_fields("TSHIBANDA", "NATHALIE THÉRÈSE", "W7HK2R4P9", "FRA", "FRA", hdob, "F", hexp),
        "Host's French identity card (2021 model), front and back on one page; usage name 'ép. MOREL'; "
        "address on the back matches the attestation.",
    )
    bank = "hosted"
    for i, (mon, amt, opt) in enumerate(
        ((8, 35.99, None), (9, 35.99, None), (10, 38.98, ("Option Netflix Essentiel", 2.99)))
    ):
        start = D(f"2026-{mon:02d}-01")
        end = D(f"2026-{mon:02d}-{31 if mon in (8, 10) else 30}")
        lines = [(f"Bbox must - du {fr(start)} au {fr(end)}", "35,99 €")]
        if opt:
            lines.append((opt[0], "2,99 €"))
        b = {
            "issue": D(f"2026-{mon:02d}-05"),
            "client": "1.07.215.884",
            "invoice": f"FB2026{mon:02d}0418{i}27",
            "line": "09 81 27 44 16",
            "window": ["MME NATHALIE MOREL", "12 ALLEE DES TILLEULS BAT C", "93100 MONTREUIL"],
            "amount": amt,
            "debit": D(f"2026-{mon:02d}-15"),
            "iban_end": "**** 5512",
            "start": start,
            "end": end,
            "lines": lines,
            "totals": [
                ("!Total TTC", f"{amt:.2f} €".replace(".", ",")),
                ("dont TVA 20 %", f"{amt / 6:.2f} €".replace(".", ",")),
            ],
            "site": "12 allée des Tilleuls, Bât. C, 93100 Montreuil",
            "offer": "Bbox must (fibre)",
            "rcs": "397 480 930",
        }
        fn = f"Facture_Bbox_2026-{mon:02d}.pdf"
        P.text_pdf(
            fn,
            [lambda pg, b=b: bill_bouygues(pg, b, P.rng(bank))],
            title="Facture Bouygues Telecom",
            author="Bouygues Telecom",
            creator="Bouygues Telecom - Espace client",
        )
        P.add(
            [(fn, [1])],
            "utility_bill",
            "text_pdf",
            {
                "provider": "Bouygues Telecom",
                "service": "internet",
                "holder_name": "NATHALIE MOREL",
                "address": ", ".join(host_addr),
                "issue_date": b["issue"],
                "period_start": start,
                "period_end": end,
                "amount": amt,
                "month": f"2026-{mon:02d}",
            },
            "Host's monthly box bill (internet + landline).",
        )
    iban, key = fr_iban("20041", "00001", "4218337D020")
    r = {
        "holder_block": [
            "MLLE KABONGO MBUYI GRACE DIVINE",
            "12 ALLEE DES TILLEULS BAT C",
            "93100 MONTREUIL",
        ],
        "branch_block": ["LA BANQUE POSTALE", "CENTRE FINANCIER DE PARIS", "75900 PARIS CEDEX 15"],
        "bank": "20041",
        "branch": "00001",
        "account": "4218337D020",
        "key": key,
        "iban": iban,
        "bic": "PSSTFRPPPAR",
    }
    P.image_pdf(
        "RIB.pdf",
        [page(lambda pg: rib_lbp(pg, r, P.rng("rib")))],
        "rib-scan",
        creator="Epson Scan 2",
    )
    P.add(
        [("RIB.pdf", [1])],
        "rib",
        "image_pdf",
        {
            "holder_name": "KABONGO MBUYI GRACE DIVINE",
            "iban": iban,
            "bic": "PSSTFRPPPAR",
            "bank_name": "La Banque Postale",
            "iban_valid": True,
            "rib_key_valid": True,
        },
        "La Banque Postale RIB, printed and scanned.",
    )
    v = {
        "surname": "KABONGO MBUYI",
        "given": "GRACE DIVINE",
        "sex": "F",
        "dob": dob,
        "pob_city": "KINSHASA",
        "pob_country": "RD CONGO",
        "nationality": "CONGOLAISE (RDC)",
        "address": "12 ALLÉE DES TILLEULS BÂT C (CHEZ MME MOREL)",
        "postcode": "93100",
        "city": "MONTREUIL",
        "phone": "07 58 33 19 62",
        "email": "grace.kabongo99@yahoo.fr",
        "situation": "sans_activite",
        "place": "Montreuil",
        "signed_on": D("2026-11-28"),
        "date_mode": "hand",
        "signature": "pen",
        "sig_seed": 2011,
    }
    P.image_pdf(
        "Formulaire_S1106.pdf",
        form_pages(v, "A", "typed", P.rng("form")),
        "form-scan",
        creator="Epson Scan 2",
    )
    P.add(
        [("Formulaire_S1106.pdf", [1, 2])],
        "application_form",
        "image_pdf",
        form_fields(v, "not_employed"),
        "Cerfa 15763*02, print run A, typed on screen then printed; date written by hand in the comb boxes "
        "(28/11/2026), pen signature; scanned. Situation: sans activité.",
    )
    return P.truth(dict(ALL_OK, employment="not_applicable"))
