"""Packets of set_m (part p04-p07)."""

from __future__ import annotations

import mbuild as B
from mcommon import iban_make
from mpackets import SIRETS, F, apo, bc, bills, fr_rib, pay, person


def p04(rng):
    p = person(
        surname="HRYTSENKO",
        given_names="DMYTRO",
        sex="M",
        dob="1986-12-29",
        pob="Kharkiv (Ukraine)",
        nat="UKR",
        street="41 rue Solférino",
        cp="59000",
        city="Lille",
        email="d.hrytsenko86@ukr.net",
        passport=dict(number="FX519283", issue="2019-05-14", expiry="2029-05-14"),
    )
    pp = B.passport(p, rng)
    ts = B.permit(
        p,
        dict(
            number="UA0932614",
            kind="CARTE DE SEJOUR TEMPORAIRE",
            mention="SALARIE",
            expiry="2027-02-09",
            issue="2026-02-10",
            prefecture="PREFECTURE DU NORD",
        ),
        rng,
    )
    b = bc(
        "UKR",
        dict(p, surname="ГРИЦЕНКО", given_names="Дмитро Олександрович", pob="м. Харків, Україна"),
        "Гриценко Олександр Петрович",
        "Гриценко Наталія Іванівна",
        "1874",
        "1987-01-06",
        "2024-06-18",
    )
    bcert = B.birth(b, rng, True)
    bcert.notes = "Cyrillic; names as printed in Ukrainian"
    ap = B.apostille(
        apo(
            "UKR",
            "Україна / Ukraine",
            "uk",
            "Коваль О. М.",
            "начальник відділу ДРАЦС",
            "Відділ ДРАЦС Харків",
            "Київ",
            "2024-07-02",
            "Міністерство юстиції",
            "2407-118392",
            "Savchenko I. V.",
            ["МІНЮСТ", "УКРАЇНА"],
        ),
        rng,
    )
    tr = B.translation(
        dict(
            translator="Olena Vasseur",
            court="Cour d'appel de Douai",
            addr="17 rue Nationale, 59000 Lille",
            rep_no="U-2026-044",
            src="uk",
            src_lang_fr="ukrainienne",
            date="2026-03-02",
            city="Lille",
            title_fr="ACTE DE NAISSANCE",
            b=b,
            surname_latin="HRYTSENKO",
            given_latin="Dmytro Oleksandrovytch",
            place_fr="Kharkiv, Ukraine",
            father_latin="Hrytsenko Oleksandr Petrovytch",
            mother_latin="Hrytsenko Nataliia Ivanivna",
        ),
        rng,
    )
    le = B.lease(
        dict(
            landlord="SCI Vauban Patrimoine",
            landlord_addr="3 rue Nationale, 59800 Lille",
            tenants=["Dmytro Hrytsenko"],
            address=["41 rue Solférino", "59000 Lille"],
            start="2025-12-15",
            rent=610.0,
            charges=45.0,
            city="Lille",
            signed_on="2025-12-10",
            kind="meublé",
            agency="Flandres Gestion Immobilière",
            surface=27,
        ),
        rng,
    )
    iban = iban_make("LT", "32500" + "84920173615")
    rb = B.rib(
        dict(
            app="Revolut",
            holder="Dmytro Hrytsenko",
            iban=iban,
            bic="REVOLT21",
            bank_name="Revolut Bank UAB",
            bank_addr="Konstitucijos ave. 21B, Vilnius",
            notes="Revolut LT IBAN: foreign SEPA IBAN, acceptable",
        ),
        rng,
        "screen",
    )
    ps = B.payslip(
        pay(
            "Transports Verlinde SARL",
            ["Zone d'activité du Hellu", "59260 Lezennes"],
            "verlinde",
            "4941A",
            dict(p, given_names="Dmytro"),
            "Chauffeur PL",
            "2026-03-02",
            "2026-10",
            2310.0,
            1788.2,
            0.0,
        ),
        rng,
    )
    fm = B.form(
        p,
        dict(
            situation="salarie",
            contract_type="CDD",
            job="Chauffeur poids lourd",
            signed=True,
            signed_on="2026-11-21",
            date_text="21/11/2026",
            nationality="Ukrainienne",
            pob="Kharkiv, Ukraine",
        ),
        rng,
        1,
        "hand",
    )
    docs = [fm, pp, ts, bcert, ap, tr, le, rb, ps]
    files = [
        F("scan0001.pdf", "image_pdf", [B.one(fm, 1), B.one(fm, 0)]),
        F("scan0002.jpg", "scan", [B.one(pp)], crop=True),
        F("scan0003.jpg", "scan", [[(ts, 0, 0), (ts, 1, 0)]]),
        F("svidotstvo.jpg", "scan", [B.one(bcert)]),
        F("apostil.jpg", "scan", [B.one(ap)]),
        F("traduction_acte_naissance.pdf", "text_pdf", [B.one(tr)]),
        F("bail.pdf", "image_pdf", [B.one(le, 0), B.one(le, 1)]),
        F("IMG_0192.PNG", "screenshot", [B.one(rb)]),
        F("fiche_paie_10_2026.pdf", "text_pdf", [B.one(ps)]),
    ]
    return dict(
        as_of="2026-11-27",
        employed=True,
        p=p,
        docs=docs,
        files=files,
        defect=None,
        req={},
        route="lease",
    )


def p05(rng):
    p = person(
        surname="D'AMBROSIO",
        given_names="CHIARA FRANCESCA",
        sex="F",
        dob="1994-06-08",
        pob="Napoli (Italie)",
        nat="ITA",
        street="5 allée Duquesne",
        cp="44000",
        city="Nantes",
        email="chiara.dambrosio@libero.it",
    )
    cie = B.idcard(
        p,
        dict(
            number="CA48213KD", issuing="ITA", issue="2022-09-01", expiry="2033-06-08", address=[]
        ),
        rng,
    )
    b = bc(
        "ITA",
        dict(p, given_names="Chiara Francesca", pob="Napoli"),
        "Salvatore D'Ambrosio",
        "Giuseppina Esposito",
        "1204 / I / A",
        "1994-06-10",
        "2025-09-15",
    )
    bcert = B.birth(b, rng, False)
    bcert.notes = "EU member state: apostille not required (Regulation (EU) 2016/1191)"
    addr = ["5 allée Duquesne", "44000 NANTES"]
    bl = [
        B.bill(x, rng)
        for x in bills(
            "SFR",
            "Mme Chiara D'Ambrosio",
            addr,
            ["2026-08", "2026-09", "2026-10"],
            [32.0, 32.0, 32.0],
            "0387712045",
            "F26N",
        )
    ]
    for x in bl:
        x.fields["holder_name"] = "Chiara D'Ambrosio"
    r = fr_rib(
        "Crédit Mutuel",
        "CHIARA D'AMBROSIO",
        ["MME D'AMBROSIO CHIARA", "5 ALLEE DUQUESNE", "44000 NANTES"],
        "03612",
        "00020193847",
        "CCM NANTES CENTRE",
        ["11 RUE DE LA BARILLERIE", "44000 NANTES"],
    )
    rb = B.rib(r, rng)
    ct = B.contract(
        dict(
            employer="Atelier Brume SAS",
            emp_addr="9 quai de la Fosse, 44000 Nantes",
            siret=SIRETS["brume"],
            rep="Mme Sandrine Lemaître",
            employee="Chiara Francesca D'Ambrosio",
            employee_dob=p["dob"],
            nat="italienne",
            addr="5 allée Duquesne, 44000 Nantes",
            ctype="CDI",
            job="Designer produit",
            start="2026-07-01",
            salary=3100.0,
            city="Nantes",
            signed_on="2026-06-15",
            ccn="SYNTEC",
        ),
        rng,
    )
    fm = B.form(
        p,
        dict(
            situation="salarie",
            contract_type="CDI",
            job="Designer produit",
            signed=True,
            signed_on="2026-11-12",
            date_text="12/11/2026",
            nationality="Italienne",
            given_names="Chiara Francesca",
        ),
        rng,
        0,
        "typed",
    )
    docs = [fm, cie, bcert, *bl, rb, ct]
    files = [
        F("WhatsApp Image 2026-11-12 at 19.02.11.jpeg", "phone_photo", [B.one(fm, 0)]),
        F("WhatsApp Image 2026-11-12 at 19.02.12.jpeg", "phone_photo", [B.one(fm, 1)]),
        F("carta_identita_fronte.jpg", "phone_photo", [B.one(cie, 0)]),
        F("carta_identita_retro.jpg", "phone_photo", [B.one(cie, 1)], rotate=180),
        F("estratto_nascita.pdf", "image_pdf", [B.one(bcert)]),
        F("Facture_SFR_aout.pdf", "text_pdf", [B.one(bl[0])]),
        F("Facture_SFR_septembre.pdf", "text_pdf", [B.one(bl[1])]),
        F("Facture_SFR_octobre.pdf", "text_pdf", [B.one(bl[2])]),
        F("RIB.pdf", "text_pdf", [B.one(rb)]),
        F("contrat_travail_signe.pdf", "image_pdf", [B.one(ct, 0), B.one(ct, 1)]),
    ]
    return dict(
        as_of="2026-11-19",
        employed=True,
        p=p,
        docs=docs,
        files=files,
        defect=None,
        req={"residence_status": "not_applicable"},
        route="bills",
    )


def p06(rng):
    p = person(
        surname="RAGHAVAN",
        given_names="ARJUN VENKATESH",
        sex="M",
        dob="1990-01-22",
        pob="Chennai (Inde)",
        nat="IND",
        street="12 rue Pargaminières",
        cp="31000",
        city="Toulouse",
        email="arjun.raghavan90@gmail.com",
        passport=dict(number="Z6183920", issue="2020-02-11", expiry="2030-02-10"),
    )
    host = person(
        surname="PERRAUDIN",
        given_names="NICOLAS",
        sex="M",
        dob="1989-11-02",
        pob="Albi",
        nat="FRA",
        street=p["street"],
        cp="31000",
        city="Toulouse",
        passport=dict(number="19CK83920", issue="2019-04-03", expiry="2029-04-02"),
    )
    pp = B.passport(p, rng)
    vi = B.visa(
        p,
        dict(
            number="041928374",
            valid_from="2026-05-02",
            valid_until="2027-05-01",
            visa_type="D",
            vls_ts=True,
            category="salarié",
            issued_in="Chennai",
            issue="2026-04-15",
        ),
        rng,
    )
    b = bc(
        "IND",
        dict(p, pob="Chennai, Tamil Nadu"),
        "Venkatesh Raghavan",
        "Lakshmi Raghavan",
        "B/1990/0048213",
        "1990-02-01",
        "2025-08-20",
        issued_at="Chennai,",
    )
    bcert = B.birth(b, rng, True)
    ap = B.apostille(
        apo(
            "IND",
            "India",
            "en",
            "Dr. S. Meenakshi",
            "Registrar of Births & Deaths",
            "Greater Chennai Corporation",
            "New Delhi",
            "2025-09-04",
            "Ministry of External Affairs",
            "IN-TN-2509/31827",
            "R. K. Bhatnagar",
            ["MINISTRY OF EXTERNAL", "AFFAIRS"],
        ),
        rng,
    )
    att = B.attestation(
        dict(
            host="Nicolas Perraudin",
            host_dob=host["dob"],
            host_pob="Albi (81)",
            host_sex="M",
            hosted="Arjun Venkatesh Raghavan",
            hosted_dob=p["dob"],
            hosted_pob="Chennai (Inde)",
            hosted_sex="M",
            address=["12 rue Pargaminières", "31000 Toulouse"],
            since="2026-05-05",
            city="Toulouse",
            signed_on="2026-11-17",
            relation="Monsieur",
        ),
        rng,
    )
    hp = B.passport(host, rng)
    hp.notes = "host's passport"
    hl = B.lease(
        dict(
            landlord="Gérard Fabre",
            landlord_addr="4 allée Jean Jaurès, 31000 Toulouse",
            tenants=["Nicolas Perraudin"],
            address=["12 rue Pargaminières", "31000 Toulouse"],
            start="2023-09-01",
            rent=890.0,
            charges=70.0,
            city="Toulouse",
            signed_on="2023-08-22",
            rooms=3,
            surface=64,
            notes="host's lease",
        ),
        rng,
    )
    ct = B.contract(
        dict(
            employer="Occitech Ingénierie SAS",
            emp_addr="3 avenue Marcel Dassault, 31500 Toulouse",
            siret=SIRETS["occitech"],
            rep="M. Philippe Coste",
            employee="Arjun Venkatesh Raghavan",
            employee_dob=p["dob"],
            nat="indienne",
            addr="12 rue Pargaminières, 31000 Toulouse",
            ctype="CDI",
            job="Ingénieur logiciel embarqué",
            start="2026-05-11",
            salary=4150.0,
            city="Toulouse",
            signed_on="2026-04-02",
            statut="cadre",
        ),
        rng,
    )
    r = fr_rib(
        "Société Générale",
        "ARJUN VENKATESH RAGHAVAN",
        ["M ARJUN VENKATESH RAGHAVAN"],
        "02010",
        "00050829173",
        "TOULOUSE CAPITOLE",
        ["17 RUE DU TAUR", "31000 TOULOUSE"],
    )
    rb = B.rib(r, rng)
    fm = B.form(
        p,
        dict(
            situation="salarie",
            contract_type="CDI",
            job="Ingénieur logiciel",
            signed=True,
            signed_on="2026-11-17",
            date_text="17/11/2026",
            nationality="Indienne",
            pob="Chennai, Inde",
        ),
        rng,
        0,
        "hand",
    )
    docs = [fm, pp, vi, bcert, ap, att, hp, hl, ct, rb]
    files = [
        F("20261117_201455.jpg", "phone_photo", [B.one(fm, 0)], rotate=270),
        F("20261117_201512.jpg", "phone_photo", [B.one(fm, 1)], rotate=270),
        F("passport.jpg", "scan", [B.one(pp)], crop=True),
        F("visa.jpg", "scan", [B.one(vi)], crop=True),
        F("birth_certificate_apostille.pdf", "image_pdf", [B.one(bcert), B.one(ap)]),
        F("attestation_hebergement_signee.jpg", "scan", [B.one(att)]),
        F("passeport_nicolas.jpg", "phone_photo", [B.one(hp)]),
        F("bail_nicolas.pdf", "image_pdf", [B.one(hl, 0), B.one(hl, 1)]),
        F("Contrat_CDI_Raghavan.pdf", "text_pdf", [B.one(ct, 0), B.one(ct, 1)]),
        F("RIB_SG.jpg", "scan", [B.one(rb)]),
    ]
    return dict(
        as_of="2026-11-26",
        employed=True,
        p=p,
        docs=docs,
        files=files,
        defect=None,
        req={},
        route="hosting",
    )


def p07(rng):
    p = person(
        surname="ZHOU",
        given_names="XINYI",
        sex="F",
        dob="1993-07-30",
        pob="Chengdu (Chine)",
        nat="CHN",
        street="63 cours de la Marne",
        cp="33800",
        city="Bordeaux",
        email="zhouxinyi0730@163.com",
        passport=dict(number="EK7391028", issue="2021-11-02", expiry="2031-11-01"),
    )
    pp = B.passport(dict(p, pob_pass="SICHUAN"), rng)
    ts = B.permit(
        p,
        dict(
            number="9CH27X815",
            kind="CARTE DE SEJOUR TEMPORAIRE",
            mention="VIE PRIVEE ET FAMILIALE",
            expiry="2027-01-14",
            issue="2026-01-15",
            prefecture="PREFECTURE DE LA GIRONDE",
        ),
        rng,
    )
    b = bc(
        "CHN",
        dict(
            p,
            given_names="Xinyi",
            surname="Zhou",
            pob="Chengdu, Sichuan Province, the People's Republic of China",
        ),
        "Zhou Jianguo",
        "Li Xiuying",
        "(2025) Chuan Rong Zheng Zi No. 18372",
        "2025-09-22",
        "2025-09-22",
    )
    bcert = B.birth(b, rng, True)
    bcert.notes = "notarial certificate of birth, English version"
    ap = B.apostille(
        apo(
            "CHN",
            "People's Republic of China",
            "en",
            "Wang Lei",
            "Notary",
            "Chengdu Shuzhou Notary Public Office",
            "Chengdu",
            "2025-09-29",
            "Foreign Affairs Office of Sichuan Provincial People's Government",
            "SC25/0041827",
            "Chen Hao",
            ["FOREIGN AFFAIRS", "SICHUAN"],
        ),
        rng,
    )
    le = B.lease(
        dict(
            landlord="Bernard Lalanne",
            landlord_addr="18 rue Fondaudège, 33000 Bordeaux",
            tenants=["Mathieu Lefèvre", "Xinyi Zhou"],
            address=["63 cours de la Marne", "33800 Bordeaux"],
            start="2025-10-01",
            rent=940.0,
            charges=80.0,
            city="Bordeaux",
            signed_on="2025-09-20",
            rooms=3,
        ),
        rng,
    )
    q = B.other(
        "quittance",
        dict(
            landlord="Bernard Lalanne",
            tenant="M. Lefèvre et Mme Zhou",
            month="2026-10",
            start="2026-10-01",
            end="2026-10-31",
            total=1020.0,
            rent=940.0,
            address=["63 cours de la Marne", "33800 Bordeaux"],
            city="Bordeaux",
            date="2026-11-02",
        ),
        rng,
    )
    q.notes = "quittance de loyer (a receipt, not a lease)"
    r = fr_rib(
        "CIC",
        "MATHIEU LEFEVRE OU XINYI ZHOU",
        ["M LEFEVRE MATHIEU", "OU MME ZHOU XINYI"],
        "10091",
        "00020284713",
        "CIC BORDEAUX CHARTRONS",
        ["44 COURS PORTAL", "33000 BORDEAUX"],
    )
    rb = B.rib(r, rng)
    rb.notes = "joint account"
    fm = B.form(
        p,
        dict(
            situation="sans_activite",
            signed=True,
            signed_on="2026-11-26",
            date_text="26/11/2026",
            nationality="Chinoise",
            pob="Chengdu, Chine",
        ),
        rng,
        1,
        "acro",
        appearance=False,
    )
    docs = [fm, pp, ts, bcert, ap, le, q, rb]
    files = [
        F("formulaire_S1106.pdf", "text_pdf", [B.one(fm, 0), B.one(fm, 1)]),
        F("passeport.pdf", "image_pdf", [B.one(pp)]),
        F("titre de sejour.pdf", "image_pdf", [[(ts, 0, 0), (ts, 1, 0)]]),
        F("公证书_apostille.pdf", "image_pdf", [B.one(bcert), B.one(ap)]),
        F("bail.pdf", "text_pdf", [B.one(le, 0), B.one(le, 1)]),
        F("quittance_octobre.pdf", "text_pdf", [B.one(q)]),
        F("RIB_CIC.pdf", "text_pdf", [B.one(rb)]),
    ]
    return dict(
        as_of="2026-12-01",
        employed=False,
        p=p,
        docs=docs,
        files=files,
        defect=None,
        req={"employment": "not_applicable"},
        route="lease",
    )
