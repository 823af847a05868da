"""Packets of set_m (part p08-p11, one defect each)."""

from __future__ import annotations

import mbuild as B
from mpackets import SIRETS, F, apo, bc, bills, fr_rib, pay, person


def p08(rng):
    p = person(
        surname="GÓMEZ RESTREPO",
        given_names="ANDRÉS FELIPE",
        sex="M",
        dob="1989-05-14",
        pob="Medellín (Colombie)",
        nat="COL",
        street="22 rue d'Aubagne",
        cp="13001",
        city="Marseille",
        email="andresgomezr89@hotmail.com",
        passport=dict(number="PE193847", issue="2021-08-21", expiry="2031-08-20"),
    )
    pp = B.passport(p, rng)
    vi = B.visa(
        p,
        dict(
            number="052837461",
            valid_from="2026-04-10",
            valid_until="2027-04-09",
            visa_type="D",
            vls_ts=True,
            category="salarié",
            issued_in="Bogota",
            issue="2026-03-25",
        ),
        rng,
    )
    b = bc(
        "COL",
        dict(p, pob="Colombia - Antioquia - Medellín"),
        "Jorge Iván Gómez Pérez",
        "Luz Marina Restrepo Arango",
        "21784392",
        "1989-05-30",
        "2025-07-08",
    )
    bcert = B.birth(b, rng, True)
    ap = B.apostille(
        apo(
            "COL",
            "República de Colombia",
            "es",
            "Beatriz Elena Ochoa",
            "Registrador Municipal",
            "Registraduría Nacional del Estado Civil",
            "Bogotá D.C.",
            "2025-07-15",
            "Ministerio de Relaciones Exteriores",
            "A2FJ8K1039281",
            "Mauricio Cárdenas Vélez",
            ["CANCILLERIA", "COLOMBIA"],
        ),
        rng,
    )
    addr = ["22 rue d'Aubagne", "13001 MARSEILLE"]
    bl = [
        B.bill(x, rng)
        for x in bills(
            "SFR",
            "M. Andrés Gómez Restrepo",
            addr,
            ["2026-07", "2026-08", "2026-10"],
            [27.0, 27.0, 30.5],
            "0412983311",
            "F26M",
        )
    ]
    for x in bl:
        x.fields["holder_name"] = "Andrés Gómez Restrepo"
    ps = B.payslip(
        pay(
            "Calanques Digital SAS",
            ["40 boulevard de Dunkerque", "13002 Marseille"],
            "calanques",
            "6202A",
            dict(p, given_names="Andrés Felipe"),
            "Développeur web",
            "2026-04-20",
            "2026-10",
            3000.0,
            2291.05,
            45.8,
        ),
        rng,
    )
    r = fr_rib(
        "Société Générale",
        "ANDRES FELIPE GOMEZ RESTREPO",
        ["M GOMEZ RESTREPO ANDRES FELIPE"],
        "01160",
        "00050419283",
        "MARSEILLE CANEBIERE",
        ["51 LA CANEBIERE", "13001 MARSEILLE"],
    )
    rb = B.rib(r, rng)
    fm = B.form(
        p,
        dict(
            situation="salarie",
            contract_type="CDI",
            job="Développeur web",
            signed=True,
            signed_on="2026-11-16",
            date_text="16/11/2026",
            nationality="Colombienne",
            given_names="Andrés Felipe",
            surname="GÓMEZ RESTREPO",
        ),
        rng,
        1,
        "typed",
    )
    docs = [fm, pp, vi, bcert, ap, *bl, ps, rb]
    files = [
        F("formulaire.jpg", "scan", [B.one(fm, 0)]),
        F("formulaire_p2.jpg", "scan", [B.one(fm, 1)]),
        F("pasaporte_y_visa.pdf", "image_pdf", [[(pp, 0, 0), (vi, 0, 0)]]),
        F("registro_civil.jpg", "scan", [B.one(bcert)]),
        F("apostilla.jpg", "phone_photo", [B.one(ap)]),
        F("SFR_juillet.pdf", "text_pdf", [B.one(bl[0])]),
        F("SFR_aout.pdf", "text_pdf", [B.one(bl[1])]),
        F("SFR_octobre.pdf", "text_pdf", [B.one(bl[2])]),
        F("bulletin_salaire_oct.pdf", "text_pdf", [B.one(ps)]),
        F("rib_sg.pdf", "text_pdf", [B.one(rb)]),
    ]
    return dict(
        as_of="2026-11-21",
        employed=True,
        p=p,
        docs=docs,
        files=files,
        defect="bills not consecutive: July, August and October 2026 (September missing)",
        req={"residence_proof": "invalid"},
        route="bills",
    )


def p09(rng):
    p = person(
        surname="EL AMRANI",
        given_names="SALMA",
        sex="F",
        dob="1996-10-02",
        pob="Casablanca (Maroc)",
        nat="MAR",
        street="7 rue de la Course",
        cp="67000",
        city="Strasbourg",
        email="salma.elamrani96@gmail.com",
        passport=dict(number="UZ4829173", issue="2025-03-12", expiry="2030-03-11"),
    )
    pp = B.passport(p, rng)
    ts = B.permit(
        p,
        dict(
            number="5MA81Q203",
            kind="CARTE DE SEJOUR TEMPORAIRE",
            mention="VIE PRIVEE ET FAMILIALE",
            expiry="2026-09-29",
            issue="2025-09-30",
            prefecture="PREFECTURE DU BAS-RHIN",
        ),
        rng,
    )
    ts.notes = "expired on 2026-09-29"
    b = bc(
        "MAR",
        dict(p, pob="Casablanca"),
        "Abdelkader El Amrani",
        "Naima Bennani",
        "1873",
        "1996-10-09",
        "2025-05-06",
        issued_at="Casablanca, le",
    )
    bcert = B.birth(b, rng, True)
    ap = B.apostille(
        apo(
            "MAR",
            "Royaume du Maroc",
            "fr",
            "Rachid Ouazzani",
            "Officier de l'état civil",
            "Bureau d'état civil Anfa",
            "Casablanca",
            "2025-05-12",
            "Procureur du Roi près le Tribunal de première instance",
            "APT-25-0094821",
            "Youssef Tazi",
            ["ROYAUME DU MAROC", "APOSTILLE"],
        ),
        rng,
    )
    le = B.lease(
        dict(
            landlord="Hélène Kieffer",
            landlord_addr="2 quai des Bateliers, 67000 Strasbourg",
            tenants=["Salma El Amrani"],
            address=["7 rue de la Course", "67000 Strasbourg"],
            start="2025-06-01",
            rent=560.0,
            charges=50.0,
            city="Strasbourg",
            signed_on="2025-05-25",
            surface=30,
            rooms=1,
        ),
        rng,
    )
    r = fr_rib(
        "Crédit Agricole",
        "SALMA EL AMRANI",
        ["MADEMOISELLE EL AMRANI SALMA", "7 RUE DE LA COURSE", "67000 STRASBOURG"],
        "00100",
        "31748291037",
        "CA ALSACE VOSGES STRASBOURG GARE",
        ["1 PLACE DE LA GARE", "67000 STRASBOURG"],
    )
    r["bank_code"] = "17206"
    from mcommon import fr_iban, rib_key

    r["key"] = rib_key("17206", "00100", "31748291037")
    r["iban"] = fr_iban("17206", "00100", "31748291037")
    r["bic"] = "AGRIFRPP872"
    rb = B.rib(r, rng)
    fm = B.form(
        p,
        dict(
            situation="sans_activite",
            signed=True,
            signed_on="2026-11-12",
            date_text="12/11/2026",
            nationality="Marocaine",
            given_names="Salma",
            pob="Casablanca, Maroc",
        ),
        rng,
        0,
        "hand",
    )
    docs = [fm, pp, ts, bcert, ap, le, rb]
    files = [
        F("IMG_20261112_101532.jpg", "phone_photo", [B.one(fm, 0)]),
        F("IMG_20261112_101547.jpg", "phone_photo", [B.one(fm, 1)], rotate=180),
        F("IMG_20261112_101611.jpg", "phone_photo", [B.one(pp)]),
        F("IMG_20261112_101630.jpg", "phone_photo", [B.one(ts, 0)]),
        F("IMG_20261112_101641.jpg", "phone_photo", [B.one(ts, 1)]),
        F("acte naissance apostille.pdf", "image_pdf", [B.one(bcert), B.one(ap)]),
        F("bail.pdf", "text_pdf", [B.one(le, 0), B.one(le, 1)]),
        F("rib.jpg", "phone_photo", [B.one(rb)]),
    ]
    return dict(
        as_of="2026-11-17",
        employed=False,
        p=p,
        docs=docs,
        files=files,
        defect="titre de séjour expired on 2026-09-29",
        req={"residence_status": "invalid", "employment": "not_applicable"},
        route="lease",
    )


def p10(rng):
    p = person(
        surname="HERNÁNDEZ OLVERA",
        given_names="LUIS ALBERTO",
        sex="M",
        dob="1992-03-27",
        pob="Guadalajara (Mexique)",
        nat="MEX",
        street="3 rue Très-Cloîtres",
        cp="38000",
        city="Grenoble",
        email="luis.hdz.olvera@gmail.com",
        passport=dict(number="G38291047", issue="2026-01-20", expiry="2032-01-19"),
    )
    host = person(
        surname="ROUSSEAU",
        given_names="CAMILLE",
        sex="F",
        dob="1991-12-08",
        pob="Chambéry",
        nat="FRA",
        street=p["street"],
        cp="38000",
        city="Grenoble",
    )
    pp = B.passport(p, rng)
    vi = B.visa(
        p,
        dict(
            number="063918274",
            valid_from="2026-04-01",
            valid_until="2027-03-31",
            visa_type="D",
            vls_ts=True,
            category="salarié",
            issued_in="Mexico",
            issue="2026-03-12",
        ),
        rng,
    )
    b = bc(
        "MEX",
        dict(p, pob="Guadalajara, Jalisco"),
        "Alberto Hernández Ruiz",
        "María Elena Olvera Castañeda",
        "14039000119920034871",
        "1992-04-15",
        "2025-10-21",
    )
    bcert = B.birth(b, rng, False)
    bcert.notes = "Mexico is a Hague Apostille party; no apostille in the packet"
    att = B.attestation(
        dict(
            host="Camille Rousseau",
            host_dob=host["dob"],
            host_pob="Chambéry",
            host_sex="F",
            hosted="Luis Alberto Hernández Olvera",
            hosted_dob=p["dob"],
            hosted_pob="Guadalajara (Mexique)",
            hosted_sex="M",
            address=["3 rue Très-Cloîtres", "38000 Grenoble"],
            since="2026-04-05",
            city="Grenoble",
            signed_on="2026-11-20",
            hand=True,
            relation="M.",
        ),
        rng,
    )
    cni = B.idcard(
        host,
        dict(
            number="K8T2W9R4M",
            issuing="FRA",
            issue="2023-02-17",
            expiry="2033-02-16",
            address=["3 RUE TRES-CLOITRES", "38000 GRENOBLE"],
        ),
        rng,
    )
    hl = B.lease(
        dict(
            landlord="Dauphiné Habitat Gestion",
            landlord_addr="10 place Grenette, 38000 Grenoble",
            tenants=["Camille Rousseau"],
            address=["3 rue Très-Cloîtres", "38000 Grenoble"],
            start="2021-07-01",
            rent=720.0,
            charges=95.0,
            city="Grenoble",
            signed_on="2021-06-18",
            agency="Dauphiné Habitat Gestion",
            notes="host's lease",
        ),
        rng,
    )
    ct = B.contract(
        dict(
            employer="Alpes Robotique SAS",
            emp_addr="15 chemin du Vieux Chêne, 38240 Meylan",
            siret=SIRETS["alpes"],
            rep="Mme Agnès Viallet",
            employee="Luis Alberto Hernández Olvera",
            employee_dob=p["dob"],
            nat="mexicaine",
            addr="3 rue Très-Cloîtres, 38000 Grenoble",
            ctype="CDD",
            job="Technicien de maintenance",
            start="2026-06-01",
            end="2027-05-31",
            salary=2450.0,
            city="Meylan",
            signed_on="2026-05-20",
            ccn="Métallurgie",
        ),
        rng,
    )
    iban = "FR76" + "40618802960004037281963"[:23]
    from mcommon import fr_iban

    iban = fr_iban("40618", "80296", "00040372819")
    rb = B.rib(
        dict(
            app="BoursoBank",
            holder="M. Luis Alberto Hernandez Olvera",
            iban=iban,
            bic="BOUSFRPPXXX",
            bank_name="BoursoBank",
            bank_addr="44 rue Traversière, 92772 Boulogne-Billancourt",
            foot="Vous pouvez transmettre ce RIB pour recevoir des virements.",
        ),
        rng,
        "screen",
    )
    rb.fields["holder_name"] = "Luis Alberto Hernandez Olvera"
    fm = B.form(
        p,
        dict(
            situation="salarie",
            contract_type="CDD",
            job="Technicien de maintenance",
            signed=True,
            signed_on="2026-11-22",
            date_text="22/11/2026",
            nationality="Mexicaine",
            surname="HERNANDEZ OLVERA",
        ),
        rng,
        0,
        "acro",
    )
    docs = [fm, pp, vi, bcert, att, cni, hl, ct, rb]
    files = [
        F("Formulaire PUMa.pdf", "text_pdf", [B.one(fm, 0), B.one(fm, 1)]),
        F("pasaporte + visa.jpg", "phone_photo", [[(pp, 0, 0), (vi, 0, 0)]]),
        F("acta_nacimiento.pdf", "image_pdf", [B.one(bcert)]),
        F("attestation_camille.jpg", "phone_photo", [B.one(att)], rotate=90),
        F("cni_camille_recto.jpg", "phone_photo", [B.one(cni, 0)]),
        F("cni_camille_verso.jpg", "phone_photo", [B.one(cni, 1)]),
        F("bail_camille.pdf", "text_pdf", [B.one(hl, 0), B.one(hl, 1)]),
        F("contrat_CDD.pdf", "image_pdf", [B.one(ct, 0), B.one(ct, 1)]),
        F("Capture d'écran 2026-11-22 à 21.14.03.png", "screenshot", [B.one(rb)]),
    ]
    return dict(
        as_of="2026-11-25",
        employed=True,
        p=p,
        docs=docs,
        files=files,
        defect="birth certificate from Mexico (non-exempt Hague party) without apostille",
        req={"birth_certificate": "invalid"},
        route="hosting",
    )


def p11(rng):
    p = person(
        surname="BEN SALAH",
        given_names="MEHDI",
        sex="M",
        dob="1987-08-19",
        pob="Sfax (Tunisie)",
        nat="TUN",
        street="19 rue Pastorelli",
        cp="06000",
        city="Nice",
        email="mehdi.bensalah87@yahoo.fr",
        passport=dict(number="Z493817", issue="2024-10-04", expiry="2029-10-03"),
    )
    pp = B.passport(p, rng)
    ts = B.permit(
        p,
        dict(
            number="3TN84P517",
            kind="CARTE DE SEJOUR TEMPORAIRE",
            mention="SALARIE",
            expiry="2027-02-28",
            issue="2026-03-01",
            prefecture="PREFECTURE DES ALPES-MARITIMES",
        ),
        rng,
    )
    b = bc(
        "TUN",
        dict(p, given_names="Mehdi", pob="Sfax"),
        "Habib",
        "Ben Salah Mounira",
        "1342",
        "1987-08-24",
        "2025-06-30",
        issued_at="Sfax, le",
    )
    bcert = B.birth(b, rng, True)
    ap = B.apostille(
        apo(
            "TUN",
            "République Tunisienne",
            "fr",
            "Nejib Trabelsi",
            "Officier de l'état civil",
            "Municipalité de Sfax",
            "Tunis",
            "2025-07-07",
            "Ministère des Affaires étrangères",
            "2025/AP/55213",
            "Sonia Gharbi",
            ["MINISTERE DES AFFAIRES", "ETRANGERES"],
        ),
        rng,
    )
    addr = ["19 rue Pastorelli", "06000 NICE"]
    bl = [
        B.bill(x, rng)
        for x in bills(
            "TotalEnergies",
            "M. Mehdi Ben Salah",
            addr,
            ["2026-08", "2026-09", "2026-10"],
            [41.2, 38.75, 44.1],
            "1420388719",
            "TE-",
        )
    ]
    for x in bl:
        x.fields["holder_name"] = "Mehdi Ben Salah"
    ps = B.payslip(
        pay(
            "Riviera Services Hôteliers SARL",
            ["8 promenade des Anglais", "06000 Nice"],
            "riviera",
            "5510Z",
            dict(p, given_names="Mehdi"),
            "Chef de rang",
            "2026-03-16",
            "2026-10",
            2080.0,
            1611.7,
            0.0,
        ),
        rng,
    )
    r = fr_rib(
        "LCL",
        "HATEM BEN SALAH",
        ["M BEN SALAH HATEM", "42 AV DE LA REPUBLIQUE", "06300 NICE"],
        "00435",
        "0000281746C",
        "LCL NICE GARIBALDI",
        ["2 PLACE GARIBALDI", "06300 NICE"],
    )
    rb = B.rib(r, rng)
    rb.notes = "holder is Hatem Ben Salah, not the applicant Mehdi"
    fm = B.form(
        p,
        dict(
            situation="salarie",
            contract_type="CDI",
            job="Chef de rang",
            signed=True,
            signed_on="2026-11-23",
            date_text="23/11/2026",
            nationality="Tunisienne",
            given_names="Mehdi",
        ),
        rng,
        1,
        "typed",
    )
    docs = [fm, pp, ts, bcert, ap, *bl, ps, rb]
    files = [
        F("IMG_7730.HEIC.jpg", "phone_photo", [B.one(fm, 0)]),
        F("IMG_7731.HEIC.jpg", "phone_photo", [B.one(fm, 1)]),
        F("passeport.jpg", "phone_photo", [B.one(pp)], rotate=90),
        F("titre_de_sejour.pdf", "image_pdf", [[(ts, 0, 0), (ts, 1, 0)]]),
        F("extrait_naissance.jpg", "scan", [B.one(bcert)]),
        F("apostille.jpg", "scan", [B.one(ap)]),
        F("factures_totalenergies.pdf", "text_pdf", [B.one(x) for x in bl]),
        F("bulletin_paie_octobre.pdf", "text_pdf", [B.one(ps)]),
        F("RIB.pdf", "text_pdf", [B.one(rb)]),
    ]
    return dict(
        as_of="2026-11-28",
        employed=True,
        p=p,
        docs=docs,
        files=files,
        defect="RIB in someone else's name (Hatem Ben Salah)",
        req={"bank_details": "invalid"},
        route="bills",
    )
