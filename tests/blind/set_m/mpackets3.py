"""Packets of set_m (part p12-p14, one defect each)."""

from __future__ import annotations

import mbuild as B
from mpackets import SIRETS, F, apo, bc, bills, fr_rib, pay, person


def p12(rng):
    p = person(
        surname="DELA CRUZ",
        given_names="MARIA KRISTINA",
        sex="F",
        dob="1990-11-05",
        pob="Quezon City (Philippines)",
        nat="PHL",
        street="10 rue de Saint-Malo",
        cp="35000",
        city="Rennes",
        email="kristina.delacruz.marchand@gmail.com",
        passport=dict(number="P4829173A", issue="2021-02-14", expiry="2031-02-13"),
    )
    pp = B.passport(p, rng)
    vi = B.visa(
        p,
        dict(
            number="071829364",
            valid_from="2026-03-15",
            valid_until="2027-03-14",
            visa_type="D",
            vls_ts=True,
            category="vie privée et familiale",
            issued_in="Manille",
            issue="2026-02-26",
        ),
        rng,
    )
    b = bc(
        "PHL",
        dict(p, given_names="MARIA KRISTINA", pob="Quezon City, Metro Manila"),
        "Rodrigo Santos Dela Cruz",
        "Evelyn Reyes Bautista",
        "90-118273",
        "1990-11-20",
        "2025-12-01",
    )
    bcert = B.birth(b, rng, True)
    ap = B.apostille(
        apo(
            "PHL",
            "Republic of the Philippines",
            "en",
            "Dennis S. Mapa",
            "Civil Registrar General",
            "Philippine Statistics Authority",
            "Manila",
            "2025-12-09",
            "Department of Foreign Affairs",
            "PH-2025-7718230",
            "Ma. Teresa L. Villanueva",
            ["DFA", "AUTHENTICATION"],
        ),
        rng,
    )
    le = B.lease(
        dict(
            landlord="Yann Le Goff",
            landlord_addr="6 rue de la Monnaie, 35000 Rennes",
            tenants=["Julien Marchand", "Maria Kristina Dela Cruz"],
            tenants_print=[
                "Monsieur Julien Marchand",
                "Madame Maria Kristina Dela Cruz épouse Marchand",
            ],
            address=["10 rue de Saint-Malo", "35000 Rennes"],
            start="2026-04-01",
            rent=820.0,
            charges=60.0,
            city="Rennes",
            signed_on="2026-03-21",
        ),
        rng,
    )
    good = fr_rib(
        "Crédit Agricole", "MARIA KRISTINA DELA CRUZ", [], "00070", "48213920165", "", []
    )["iban"]
    good = "FR76" + "18206" + good[9:]
    from mcommon import fr_iban

    good = fr_iban("18206", "00070", "48213920165")
    bad = good[:4] + good[4:18] + good[19] + good[18] + good[20:]
    if bad == good:
        bad = good[:-1] + str((int(good[-1]) + 1) % 10)
    rb = B.rib(
        dict(
            bank="Crédit Agricole",
            bank_name="Crédit Agricole",
            holder="Maria Kristina Dela Cruz Marchand",
            holder_lines=["Maria Kristina Dela Cruz Marchand"],
            iban=bad,
            bic="AGRIFRPP882",
            branch_name="CA Ille-et-Vilaine Rennes République",
        ),
        rng,
        "self",
    )
    rb.notes = f"retyped RIB: two digits swapped, true IBAN {good}"
    fm = B.form(
        p,
        dict(
            situation="sans_activite",
            signed=True,
            signed_on="2026-11-14",
            date_text="14/11/2026",
            nationality="Philippine",
            usage_name="MARCHAND",
            pob="Quezon City, Philippines",
        ),
        rng,
        1,
        "hand",
    )
    docs = [fm, pp, vi, bcert, ap, le, rb]
    files = [
        F("Scan_20261114_0001.jpg", "scan", [B.one(fm, 0)]),
        F("Scan_20261114_0002.jpg", "scan", [B.one(fm, 1)]),
        F("Scan_20261114_0003.jpg", "scan", [[(pp, 0, 0), (vi, 0, 0)]]),
        F("PSA birth cert + apostille.pdf", "image_pdf", [B.one(bcert), B.one(ap)]),
        F("bail_rennes.pdf", "text_pdf", [B.one(le, 0), B.one(le, 1)]),
        F("rib_kristina.pdf", "text_pdf", [B.one(rb)]),
    ]
    return dict(
        as_of="2026-11-19",
        employed=False,
        p=p,
        docs=docs,
        files=files,
        defect="IBAN check digits wrong (two digits swapped when the RIB was retyped)",
        req={"bank_details": "invalid", "employment": "not_applicable"},
        route="lease",
    )


def p13(rng):
    p = person(
        surname="O'SULLIVAN",
        given_names="CIARAN JAMES",
        sex="M",
        dob="1984-02-09",
        pob="Liverpool (Royaume-Uni)",
        nat="GBR",
        street="15 rue Plantagenêt",
        cp="49100",
        city="Angers",
        email="ciaran.osullivan@btinternet.com",
        passport=dict(number="548392017", issue="2023-07-01", expiry="2033-07-01"),
    )
    pp = B.passport(p, rng)
    ts = B.permit(
        p,
        dict(
            number="4GB17K932",
            kind="CARTE DE SEJOUR - ACCORD DE RETRAIT",
            mention="ARTICLE 50 TUE - RESIDENT PERMANENT",
            expiry="2031-09-30",
            issue="2021-10-01",
            prefecture="PREFECTURE DE MAINE-ET-LOIRE",
        ),
        rng,
    )
    b = bc(
        "GBR",
        dict(
            p,
            given_names="Ciaran James",
            surname="O'Sullivan",
            pob="Liverpool Maternity Hospital, Liverpool",
        ),
        "Declan Patrick O'Sullivan",
        "Margaret Anne O'Sullivan formerly Hughes",
        "312",
        "1984-02-27",
        "2025-04-14",
    )
    bcert = B.birth(b, rng, True)
    ap = B.apostille(
        apo(
            "GBR",
            "United Kingdom of Great Britain and Northern Ireland",
            "en",
            "A. Patel",
            "Deputy Registrar",
            "General Register Office",
            "Milton Keynes",
            "2025-04-28",
            "HM Principal Secretary of State for Foreign, Commonwealth and Development Affairs",
            "APO-7721934",
            "J. Whitmore",
            ["FCDO", "LEGALISATION"],
        ),
        rng,
    )
    addr = ["15 rue Plantagenêt", "49100 ANGERS"]
    bl = [
        B.bill(x, rng)
        for x in bills(
            "Orange",
            "M. Ciaran O'Sullivan",
            addr,
            ["2026-08", "2026-09", "2026-10"],
            [42.99, 42.99, 42.99],
            "9018837722",
            "OR",
        )
    ]
    for x in bl:
        x.fields["holder_name"] = "Ciaran O'Sullivan"
    ct = B.contract(
        dict(
            employer="Loire Vélo Distribution SAS",
            emp_addr="ZA de l'Océane, 49070 Beaucouzé",
            siret=SIRETS["loire"],
            rep="M. Hervé Guillou",
            employee="Ciaran James O'Sullivan",
            employee_dob=p["dob"],
            nat="britannique",
            addr="15 rue Plantagenêt, 49100 Angers",
            ctype="CDI",
            job="Responsable logistique",
            start="2025-02-03",
            salary=3350.0,
            city="Beaucouzé",
            signed_on="2025-01-20",
            statut="agent de maîtrise",
            ccn="Commerce de gros",
        ),
        rng,
    )
    r = fr_rib(
        "Caisse d'Épargne",
        "CIARAN JAMES O'SULLIVAN",
        ["M CIARAN JAMES O SULLIVAN"],
        "00041",
        "08301928374",
        "CE ANGERS RALLIEMENT",
        ["PLACE DU RALLIEMENT", "49100 ANGERS"],
    )
    r["bank_code"] = "14445"
    from mcommon import fr_iban, rib_key

    r["key"] = rib_key("14445", "00041", "08301928374")
    r["iban"] = fr_iban("14445", "00041", "08301928374")
    r["bic"] = "CEPAFRPP444"
    rb = B.rib(r, rng)
    fm = B.form(
        p,
        dict(
            situation="salarie",
            contract_type="CDI",
            job="Responsable logistique",
            signed=False,
            signed_on="2026-11-10",
            date_text="10/11/2026",
            nationality="Britannique",
            given_names="Ciaran James",
        ),
        rng,
        0,
        "typed",
    )
    docs = [fm, pp, ts, bcert, ap, *bl, ct, rb]
    files = [
        F("IMG_3301.jpg", "phone_photo", [B.one(fm, 0)]),
        F("IMG_3302.jpg", "phone_photo", [B.one(fm, 1)]),
        F("passport scan.pdf", "image_pdf", [B.one(pp)]),
        F("carte de sejour.jpg", "scan", [[(ts, 0, 0), (ts, 1, 0)]]),
        F("birth cert.jpg", "scan", [B.one(bcert)]),
        F("apostille.jpg", "scan", [B.one(ap)]),
        F("orange_factures_aout_sept_oct.pdf", "text_pdf", [B.one(x) for x in bl]),
        F("contract.pdf", "text_pdf", [B.one(ct, 0), B.one(ct, 1)]),
        F("RIB CE.pdf", "text_pdf", [B.one(rb)]),
    ]
    return dict(
        as_of="2026-11-16",
        employed=True,
        p=p,
        docs=docs,
        files=files,
        defect="application form not signed (signature box empty)",
        req={"application_form": "invalid"},
        route="bills",
    )


def p14(rng):
    p = person(
        surname="YILDIRIM",
        given_names="ELİF",
        sex="F",
        dob="1995-04-23",
        pob="İzmir (Turquie)",
        nat="TUR",
        street="9 rue Ramey",
        cp="75018",
        city="Paris",
        email="elif.yildirim95@gmail.com",
        passport=dict(number="U28391746", issue="2024-02-02", expiry="2034-02-01"),
    )
    pp = B.passport(p, rng)
    vi = B.visa(
        p,
        dict(
            number="082736451",
            valid_from="2026-08-20",
            valid_until="2027-08-19",
            visa_type="D",
            vls_ts=True,
            category="salarié",
            issued_in="Istanbul",
            issue="2026-08-03",
        ),
        rng,
    )
    b = bc(
        "TUR",
        dict(p, surname="YILDIRIM", given_names="ELİF", pob="Konak / İzmir"),
        "Mehmet",
        "Ayşe",
        "38291047562",
        "1995-05-02",
        "2026-06-10",
    )
    bcert = B.birth(b, rng, True)
    ap = B.apostille(
        apo(
            "TUR",
            "Republic of Türkiye",
            "en",
            "Kemal Aydın",
            "Nüfus Müdürü",
            "Konak İlçe Nüfus Müdürlüğü",
            "İzmir",
            "2026-06-15",
            "İzmir Valiliği",
            "35-2026/11873",
            "Zeynep Arslan",
            ["T.C. İZMİR", "VALİLİĞİ"],
        ),
        rng,
    )
    tr = B.translation(
        dict(
            translator="Nermin Aksoy-Durand",
            court="Cour d'appel de Paris",
            addr="31 rue de Clignancourt, 75018 Paris",
            rep_no="T-26/0731",
            src="tr",
            src_lang_fr="turque",
            date="2026-09-08",
            city="Paris",
            title_fr="EXTRAIT D'ACTE DE NAISSANCE",
            b=b,
            given_latin="ELİF",
            place_fr="Konak / İzmir (Turquie)",
        ),
        rng,
    )
    le = B.lease(
        dict(
            landlord="Jacqueline Morel",
            landlord_addr="44 rue Caulaincourt, 75018 Paris",
            tenants=["Elif Yıldırım"],
            address=["9 rue Ramey", "75018 Paris"],
            start="2026-10-01",
            rent=1050.0,
            charges=70.0,
            city="Paris",
            signed_on="2026-09-24",
            kind="meublé",
            surface=24,
            rooms=1,
        ),
        rng,
    )
    ps = B.payslip(
        pay(
            "Montmartre Textile SAS",
            ["27 rue Myrha", "75018 Paris"],
            "montmartre",
            "1413Z",
            dict(p, given_names="Elif"),
            "Modéliste",
            "2026-09-01",
            "2026-10",
            2550.0,
            1962.3,
            27.4,
        ),
        rng,
    )
    ps.fields["employee_name"] = "Elif YILDIRIM"
    r = fr_rib(
        "BNP Paribas",
        "ELIF YILDIRIM",
        ["MLLE ELIF YILDIRIM", "9 RUE RAMEY", "75018 PARIS"],
        "00838",
        "00010735189",
        "PARIS MONTMARTRE",
        ["108 RUE ORDENER", "75018 PARIS"],
    )
    rb = B.rib(r, rng)
    fm = B.form(
        p,
        dict(
            situation="salarie",
            contract_type="CDI",
            job="Modéliste",
            signed=True,
            signed_on="2026-11-19",
            date_text="19/11/2026",
            nationality="Turque",
            given_names="Elif",
            pob="İzmir, Turquie",
        ),
        rng,
        1,
        "hand",
    )
    docs = [fm, pp, vi, bcert, ap, tr, le, ps, rb]
    files = [
        F("form_2.jpg", "scan", [B.one(fm, 1)]),
        F("form_1.jpg", "scan", [B.one(fm, 0)]),
        F("pasaport_vize.jpg", "phone_photo", [[(pp, 0, 0), (vi, 0, 0)]]),
        F("dogum_belgesi_apostil_ceviri.pdf", "image_pdf", [B.one(bcert), B.one(ap), B.one(tr)]),
        F("bail meublé.pdf", "text_pdf", [B.one(le, 0), B.one(le, 1)]),
        F("bulletin octobre.jpg", "phone_photo", [B.one(ps)]),
        F("RIB BNP.pdf", "text_pdf", [B.one(rb)]),
    ]
    return dict(
        as_of="2026-11-23",
        employed=True,
        p=p,
        docs=docs,
        files=files,
        defect="lease started on 2026-10-01, less than three months before the audit",
        req={"residence_proof": "invalid"},
        route="lease",
    )
