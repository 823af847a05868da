"""The twenty whole packets: ten in order, ten with exactly one defect each."""

from __future__ import annotations

from datetime import date

from . import form, home, ids, misc, money
from .civil import Family, translation
from .helpers import rng_for
from .kit import (
    F,
    S,
    all_sheets,
    apostille,
    birth,
    booklet,
    copy_a4,
    id_card,
    monthly_bills,
    passport,
    permit,
    visa,
    with_apostille,
)
from .model import Address, Person

REQS = [
    "application_form",
    "identity",
    "residence_status",
    "birth_certificate",
    "residence_proof",
    "bank_details",
    "employment",
]


def head(
    as_of: date,
    p: Person,
    employed: bool,
    eu: bool = False,
    defect: str | None = None,
    bad: dict | None = None,
) -> dict:
    req = dict.fromkeys(REQS, "complete")
    if not employed:
        req["employment"] = "not_applicable"
    if eu:
        req["residence_status"] = "not_applicable"
    req.update(bad or {})
    status = (
        "incomplete"
        if any(v in ("invalid", "missing") for v in req.values())
        else ("questionable" if "questionable" in req.values() else "complete")
    )
    return {
        "as_of": as_of.isoformat(),
        "employed": None,
        "status": status,
        "defect": defect,
        "requirements": req,
        "applicant": {
            "surname": p.surname.upper(),
            "given_names": p.given.upper(),
            "date_of_birth": p.dob.isoformat(),
            "nationality": p.nationality,
        },
    }


def fspec(
    p: Person,
    a: Address,
    situation: str,
    signed_on: date,
    mode: str,
    city: str,
    nationality: str,
    **kw,
) -> form.FormSpec:
    return form.FormSpec(
        surname=kw.pop("surname", p.surname),
        usage=kw.pop("usage", p.usage),
        given=kw.pop("given", p.given),
        sex=p.sex,
        dob=p.dob,
        birth_city=kw.pop("birth_city", p.birth_city),
        birth_country=p.birth_country,
        nationality=nationality,
        street=a.street,
        extra=a.extra,
        postcode=a.postcode,
        city=a.city,
        phone=p.phone,
        email=p.email,
        situation=situation,
        signed_at=city,
        signed_on=signed_on,
        mode=mode,
        **kw,
    )


def app_form(spec: form.FormSpec, seed: str):
    return form.application_form(spec, rng_for(seed, "form"))


# =====================================================================================
# P01  Algeria - married, nom d'usage, attestation d'hébergement by the French husband
# =====================================================================================


def p01():
    name, as_of = "p01_bensalem_lyon", date(2026, 11, 23)
    a = Address("14 rue Paul Bert", "69003", "Lyon", "Appartement 32")
    p = Person(
        "BENSALEM",
        "AMIRA",
        "F",
        date(1993, 6, 14),
        "Oran",
        "Algérie",
        "DZA",
        "algérienne",
        usage="LEFEBVRE",
        address=a,
        phone="06 51 24 87 30",
        email="amira.bensalem93@gmail.com",
    )
    host = Person(
        "LEFEBVRE", "JULIEN MARC", "M", date(1989, 2, 3), "Villeurbanne", "France", "FRA", address=a
    )
    pp = passport(p, name, "197845213", date(2022, 3, 9), date(2032, 3, 8), "ORAN")
    ts = permit(
        p,
        name,
        "DZ4817263",
        "CERTIFICAT DE RESIDENCE ALGERIEN",
        "VIE PRIVEE ET FAMILIALE",
        date(2027, 9, 14),
        date(2026, 9, 15),
        "PREFECTURE DU RHONE",
        "AUTORISE SON TITULAIRE A TRAVAILLER",
        notes="Algerian nationals hold a 'certificat de résidence' (accord franco-"
        "algérien de 1968), not a VLS-TS",
    )
    fam = Family(
        "Mohamed BENSALEM",
        "Khadija BOUZID",
        "01873",
        date(1993, 6, 16),
        date(2026, 4, 27),
        "K. MEDJAHED",
        extra={
            "city": "وهران",
            "surname": "بن سالم",
            "given": "أميرة",
            "father": "محمد بن سالم",
            "mother": "خديجة بوزيد",
            "dob": "14 جوان 1993",
            "time": "10 سا 30 د",
        },
    )
    bc = birth("DZA", p, fam, name)
    bc.notes = (
        "Algeria: dispensed from legalisation/apostille by the Franco-Algerian "
        "convention of 28 August 1962"
    )
    att = home.hosting_attestation(
        home.HostingSpec(
            "Julien LEFEBVRE",
            host.dob,
            "Villeurbanne (69)",
            "Amira BENSALEM épouse LEFEBVRE",
            p.dob,
            "Oran (Algérie)",
            a,
            date(2026, 6, 2),
            date(2026, 11, 14),
            "Lyon",
            relation="mon épouse",
            style="hand",
        ),
        rng_for(name, "att"),
    )
    cni = id_card(
        host,
        name,
        "X4RT82KM1",
        date(2021, 10, 4),
        date(2031, 10, 3),
        "FRA",
        "Villeurbanne",
        notes="host's identity card",
    )
    bills = monthly_bills(
        "edf",
        "M JULIEN LEFEBVRE",
        a,
        [(2026, 8), (2026, 9), (2026, 10)],
        name,
        61.4,
        "6 014 827 335",
        pages=2,
        extra={"pdl": "14 27 93 61 82 05 11"},
    )
    acct = money.french_account(
        "ca",
        "13906",
        "00085",
        "86412093100",
        ["M OU MME LEFEBVRE JULIEN", "OU BENSALEM AMIRA"],
        "AGRIFRPP839",
        ["CREDIT AGRICOLE CENTRE-EST", "LYON GUILLOTIERE"],
        a,
    )
    rib = money.rib_sheet(acct, rng_for(name, "rib"), copies=2, doc_date=date(2026, 10, 30))
    rib.notes = "joint account including the applicant"
    fs = fspec(p, a, "inactive", date(2026, 11, 16), "hand", "Lyon", "ALGERIENNE")
    fm = app_form(fs, name)
    cover = misc.cover_letter(
        "Amira LEFEBVRE",
        a,
        "Lyon",
        date(2026, 11, 16),
        rng_for(name, "cover"),
        [
            "formulaire S1106",
            "passeport",
            "certificat de résidence",
            "acte de naissance",
            "attestation d'hébergement de mon époux",
            "CNI et factures EDF de mon époux",
            "RIB",
        ],
        handwritten=True,
    )
    files = [
        F("IMG_20261116_184203.jpg", "photo", [S(fm.pages[0], fm)], rot=0, bg="wood"),
        F("IMG_20261116_184219.jpg", "photo", [S(fm.pages[1], fm)], bg="wood"),
        F(
            "passeport amira.jpg",
            "scan_jpg",
            [S(copy_a4([(pp.pages[0], 42, 30, 0.4)]), pp)],
            dpi=200,
        ),
        F(
            "certificat residence recto verso.pdf",
            "pdf_image",
            [S(copy_a4([(ts.pages[0], 62, 40, -0.6), (ts.pages[1], 62, 120, 0.3)]), ts)],
            dpi=250,
        ),
        F("acte de naissance.pdf", "pdf_image", all_sheets(bc), gray=True, dpi=200),
        F("attestation hebergement.jpg", "photo", all_sheets(att), bg="desk", long=3200),
        F(
            "CNI Julien.pdf",
            "pdf_image",
            [S(copy_a4([(cni.pages[0], 62, 36, 0.8), (cni.pages[1], 62, 116, -0.4)]), cni)],
        ),
        F("factures EDF Julien aout-oct.pdf", "pdf_text", all_sheets(*bills)),
        F("RIB_compte_joint.pdf", "pdf_text", all_sheets(rib)),
        F("scan0001.jpg", "scan_jpg", all_sheets(cover), gray=True, dpi=150),
    ]
    return name, files, head(as_of, p, False)


# =====================================================================================
# P02  China - surname first, VLS-TS passeport talent, lease, payslip
# =====================================================================================


def p02():
    name, as_of = "p02_liu_paris", date(2026, 12, 4)
    a = Address("27 rue de la Roquette", "75011", "Paris", "Escalier B, 4e étage")
    p = Person(
        "LIU",
        "YANG",
        "M",
        date(1990, 3, 2),
        "Shanghai",
        "Chine",
        "CHN",
        "chinoise",
        address=a,
        phone="07 68 21 44 90",
        email="liuyang.sh@outlook.com",
    )
    pp = passport(
        p, name, "EH2845193", date(2023, 1, 12), date(2033, 1, 11), "上海/SHANGHAI", cn=("刘", "洋")
    )
    vd, vpage = visa(
        p,
        name,
        "EH2845193",
        "D",
        date(2026, 4, 10),
        date(2027, 4, 9),
        "SHANGHAI",
        ["VLS-TS PASSEPORT TALENT", "SALARIE QUALIFIE - CESEDA L.421-9"],
        entry=("CDG", date(2026, 4, 18)),
    )
    spread = booklet(pp, vpage, name)
    fam = Family(
        "LIU Jianguo",
        "ZHANG Mei",
        "12345",
        None,
        date(2026, 2, 6),
        "WANG Li",
        extra={
            "notary_no": "(2026)沪东证外字第2784号",
            "notary_no_en": "(2026) Hu Dong Zheng Wai Zi No. 2784",
        },
    )
    bc = with_apostille(
        birth(
            "CHN",
            p,
            fam,
            name,
            cn={"name": "刘洋", "father": "刘建国", "mother": "张梅", "city": "上海市"},
        )
    )
    ap = apostille(
        name,
        "People's Republic of China",
        "WANG Li",
        "Notary Public",
        "Shanghai Oriental Notary Public Office",
        "Shanghai",
        date(2026, 2, 20),
        "Shanghai Foreign Affairs Office",
        "26SH004127",
        "zh",
    )
    emp = money.make_employer(
        "NEXALIS CONSEIL SAS",
        Address("18 rue de Londres", "75009", "Paris"),
        "83412765",
        "6202A",
        "Syntec (IDCC 1486)",
        "Claire MARCHAND, Directrice des ressources humaines",
    )
    ls = home.lease(
        home.LeaseSpec(
            "SCI LES TROIS CHÊNES",
            "5 avenue Trudaine, 75009 Paris",
            ["M. LIU Yang"],
            a,
            date(2026, 5, 1),
            date(2026, 4, 22),
            1180.0,
            95.0,
            1180.0,
            agency="Immobilière Saint-Clair",
            surface=38,
            rooms=2,
            style="agency",
        ),
        rng_for(name, "lease"),
    )
    ps = money.payslip(
        emp,
        money.PaySpec(
            "M. LIU Yang",
            a,
            "Ingénieur logiciel",
            "Cadre",
            date(2026, 4, 27),
            2026,
            10,
            4250.0,
            pas_rate=7.4,
            style="payfit",
        ),
        rng_for(name, "pay"),
    )
    acct = money.french_account(
        "bnp",
        "30004",
        "00828",
        "00010472516",
        ["M LIU YANG"],
        "BNPAFRPPXXX",
        ["BNP PARIBAS PARIS BASTILLE", "2 PLACE DE LA BASTILLE 75011 PARIS"],
        a,
    )
    rib = money.rib_sheet(acct, rng_for(name, "rib"), copies=3)
    fs = fspec(
        p,
        a,
        "employed",
        date(2026, 11, 27),
        "typed",
        "Paris",
        "CHINOISE",
        job="Ingénieur logiciel",
        contract="CDI",
    )
    fm = app_form(fs, name)
    files = [
        F("Formulaire_S1106_LIU.pdf", "pdf_image", all_sheets(fm), dpi=200),
        F("passeport_visa.jpg", "photo", [S(spread, pp, vd)], long=3000, bg="desk"),
        F("birth_notarial_apostille.pdf", "pdf_image", all_sheets(bc, ap), dpi=200),
        F(
            "Bail_Roquette_signe.pdf",
            "pdf_text",
            all_sheets(ls),
            producer="Microsoft® Word pour Microsoft 365",
        ),
        F("Bulletin_de_paie_2026_10.pdf", "pdf_text", all_sheets(ps), producer="PayFit"),
        F("RIB BNP.pdf", "pdf_text", all_sheets(rib)),
    ]
    return name, files, head(as_of, p, True)


# =====================================================================================
# P03  Colombia - double surname, student permit, three Free bills
# =====================================================================================


def p03():
    name, as_of = "p03_rodriguez_pena_toulouse", date(2026, 11, 27)
    a = Address("9 rue des Trois Renards", "31000", "Toulouse", "Résidence Ponsan, app. 214")
    p = Person(
        "RODRÍGUEZ PEÑA",
        "MARÍA CAMILA",
        "F",
        date(1998, 9, 21),
        "Bogotá",
        "Colombie",
        "COL",
        "colombienne",
        address=a,
        phone="07 45 12 98 63",
        email="mcamila.rp@hotmail.com",
    )
    pp = passport(p, name, "AY4820173", date(2021, 11, 3), date(2031, 11, 2), "BOGOTÁ D.C.")
    ts = permit(
        p,
        name,
        "KB5521984",
        "CARTE DE SEJOUR TEMPORAIRE",
        "ETUDIANT",
        date(2027, 10, 14),
        date(2026, 10, 15),
        "PREFECTURE DE LA HAUTE-GARONNE",
        "AUTORISE SON TITULAIRE A TRAVAILLER A TITRE ACCESSOIRE",
    )
    fam = Family(
        "JORGE ANDRÉS RODRÍGUEZ MORA",
        "LUZ MARINA PEÑA SALAZAR",
        "52817394",
        date(1998, 10, 2),
        date(2026, 3, 18),
        "CAROLINA VARGAS RUIZ",
        extra={"nuip": "1.020.834.112"},
    )
    bc = with_apostille(birth("COL", p, fam, name))
    ap = apostille(
        name,
        "Colombia",
        "CAROLINA VARGAS RUIZ",
        "Registrador Auxiliar",
        "Registraduría Nacional del Estado Civil",
        "Bogotá D.C.",
        date(2026, 3, 24),
        "Ministerio de Relaciones Exteriores",
        "A4K7P2Q9X1",
        "es",
    )
    bills = monthly_bills(
        "free",
        "Maria Camila Rodriguez Pena",
        a,
        [(2026, 8), (2026, 9), (2026, 10)],
        name,
        29.99,
        "10577874",
        pages=2,
        mode="advance",
        extra={"offer": "Freebox Pop"},
    )
    acct = money.french_account(
        "lbp",
        "20041",
        "01016",
        "1234567S027",
        ["MLLE RODRIGUEZ PENA MARIA CAMILA"],
        "PSSTFRPPTOU",
        ["LA BANQUE POSTALE", "CENTRE FINANCIER DE TOULOUSE"],
        a,
    )
    rib = money.rib_sheet(acct, rng_for(name, "rib"), copies=1)
    fs = fspec(
        p,
        a,
        "student",
        date(2026, 11, 20),
        "hand",
        "Toulouse",
        "COLOMBIENNE",
        surname="RODRIGUEZ PENA",
        given="MARIA CAMILA",
    )
    fm = app_form(fs, name)
    sc = misc.school_certificate(
        "Mme RODRIGUEZ PEÑA María Camila",
        p.dob,
        "Bogotá (Colombie)",
        "Université Toulouse Capitole",
        "Master 1 Économie",
        "2026-2027",
        rng_for(name, "school"),
        date(2026, 9, 18),
        "0A1B2C3D4E5",
    )
    files = [
        F("demande PUMA.pdf", "pdf_image", all_sheets(fm), dpi=200, gray=True),
        F("pasaporte.jpg", "scan_jpg", [S(copy_a4([(pp.pages[0], 40, 28, -0.5)]), pp)]),
        F("IMG_4471.jpg", "photo", [S(ts.pages[0], ts)], bg="cloth", long=2700),
        F("IMG_4472.jpg", "photo", [S(ts.pages[1], ts)], bg="cloth", long=2700),
        F("registro civil.jpg", "photo", [S(bc.pages[0], bc)], long=3200, bg="wood"),
        F("apostilla.jpg", "photo", [S(ap.pages[0], ap)], long=3200, bg="wood", rot=90),
        F("facture free aout.pdf", "pdf_text", all_sheets(bills[0])),
        F("Facture_Free_sept.pdf", "pdf_text", all_sheets(bills[1])),
        F("free oct.pdf", "pdf_text", all_sheets(bills[2])),
        F("RIB.jpg", "scan_jpg", all_sheets(rib), dpi=150),
        F("certificat de scolarite.pdf", "pdf_text", all_sheets(sc)),
    ]
    return name, files, head(as_of, p, False)


# =====================================================================================
# P04  USA - apostrophe in the name, spouse of a French citizen, joint lease
# =====================================================================================


def p04():
    name, as_of = "p04_oconnor_nantes", date(2026, 11, 9)
    a = Address("8 allée des Tilleuls", "44000", "Nantes")
    p = Person(
        "O'CONNOR",
        "SARAH ELIZABETH",
        "F",
        date(1988, 11, 5),
        "Chicago",
        "États-Unis",
        "USA",
        "américaine",
        address=a,
        phone="06 22 71 09 54",
        email="sarah.oconnor88@gmail.com",
    )
    pp = passport(p, name, "A03918264", date(2019, 8, 21), date(2029, 8, 20), "ILLINOIS, U.S.A.")
    vd, vpage = visa(
        p,
        name,
        "A03918264",
        "D",
        date(2026, 6, 20),
        date(2027, 6, 19),
        "WASHINGTON",
        ["VLS-TS VIE PRIVEE ET FAMILIALE", "CONJOINT DE FRANCAIS"],
        entry=("CDG", date(2026, 7, 2)),
    )
    fam = Family(
        "Michael Patrick O'Connor",
        "Karen Ann Walsh",
        "112-1988-048213",
        date(1988, 11, 14),
        date(2026, 1, 12),
        "N. ROBINSON",
        extra={"county": "Cook"},
    )
    bc = with_apostille(birth("USA", p, fam, name, state="IL"))
    ap = apostille(
        name,
        "United States of America",
        "N. Robinson",
        "State Registrar",
        "Illinois Department of Public Health",
        "Springfield, Illinois",
        date(2026, 2, 3),
        "Secretary of State of Illinois",
        "2026-0418835",
        "us",
    )
    ls = home.lease(
        home.LeaseSpec(
            "M. et Mme Bernard PICHON",
            "31 rue Crébillon, 44000 Nantes",
            ["M. Thomas GIRARD", "Mme Sarah O'CONNOR"],
            a,
            date(2025, 9, 1),
            date(2025, 8, 18),
            890.0,
            60.0,
            890.0,
            surface=64,
            rooms=3,
            style="template",
        ),
        rng_for(name, "lease"),
    )
    ls.notes = "joint lease with the husband; middle name omitted"
    acct = money.french_account(
        "bnp", "40618", "80263", "00040412896", ["MME SARAH O'CONNOR"], "BOUSFRPPXXX", None
    )
    acct.bank = "bourso"
    rib = money.rib_app(acct, rng_for(name, "rib"), "bourso", clock="18:07")
    fs = fspec(p, a, "inactive", date(2026, 11, 3), "acro", "Nantes", "AMERICAINE")
    fm = app_form(fs, name)
    files = [
        F(
            "Demande_ouverture_droits_S1106_rempli.pdf",
            "pdf_text",
            all_sheets(fm),
            producer="Adobe Acrobat Reader (64-bit)",
        ),
        F("passport.jpg", "photo", [S(booklet(pp, None, name), pp)], long=2700, bg="dark"),
        F("visa.jpg", "photo", [S(vpage, vd)], long=2800, bg="dark"),
        F("birth certificate + apostille.pdf", "pdf_image", all_sheets(bc, ap), dpi=200),
        F("bail.pdf", "pdf_image", all_sheets(ls), dpi=200, gray=True),
        F("Screenshot_20261103-180712_BoursoBank.png", "screen", all_sheets(rib)),
    ]
    return name, files, head(as_of, p, False)


# =====================================================================================
# P05  India - middle name omitted on bills, three EDF bills scanned in one PDF
# =====================================================================================


def p05():
    name, as_of = "p05_iyer_toulouse", date(2026, 12, 10)
    a = Address("5 rue Gambetta", "31000", "Toulouse")
    p = Person(
        "IYER",
        "RAVI SHANKAR",
        "M",
        date(1991, 1, 17),
        "Mumbai",
        "Inde",
        "IND",
        "indienne",
        address=a,
        phone="07 53 90 12 47",
        email="ravi.s.iyer@proton.me",
    )
    pp = passport(
        p, name, "Z5837214", date(2020, 2, 11), date(2030, 2, 10), "MUMBAI", authority="MUMBAI"
    )
    vd, vpage = visa(
        p,
        name,
        "Z5837214",
        "D",
        date(2026, 5, 25),
        date(2027, 5, 24),
        "MUMBAI",
        ["VLS-TS SALARIE"],
        entry=("TLS", date(2026, 6, 1)),
    )
    fam = Family(
        "SHANKAR NARAYAN IYER",
        "LAKSHMI IYER",
        "B-1991-0483127",
        date(1991, 1, 29),
        date(2026, 3, 2),
        "Dr. S. PATIL",
        extra={"ward": "K/EAST WARD", "hospital": "HOLY SPIRIT HOSPITAL, ANDHERI (E)"},
    )
    bc = with_apostille(birth("IND", p, fam, name))
    ap = apostille(
        name,
        "India",
        "Dr. S. Patil",
        "Registrar of Births and Deaths",
        "Municipal Corporation of Greater Mumbai",
        "New Delhi",
        date(2026, 3, 19),
        "Ministry of External Affairs, Government of India",
        "MH2026/0091734",
        "bi",
    )
    bills = monthly_bills(
        "edf",
        "M RAVI IYER",
        a,
        [(2026, 9), (2026, 10), (2026, 11)],
        name,
        48.2,
        "6 203 114 908",
        pages=1,
    )
    for b in bills:
        b.notes = "middle name omitted (RAVI IYER)"
    emp = money.make_employer(
        "KERBALYS ANALYTICS SAS",
        Address("40 allée Jean Jaurès", "31000", "Toulouse"),
        "81276419",
        "6311Z",
        "Syntec (IDCC 1486)",
        "Marc DELORME, Président",
        urssaf="URSSAF Midi-Pyrénées",
        rcs="Toulouse",
    )
    ct = money.contract(
        emp,
        money.ContractSpec(
            "M. Ravi Shankar IYER",
            p.dob,
            "Mumbai (Inde)",
            "indienne",
            a,
            "Data analyst",
            date(2026, 6, 2),
            "CDI",
            gross_year=44000,
            signed_on=date(2026, 3, 10),
            city="Toulouse",
        ),
        rng_for(name, "ct"),
    )
    ps = money.payslip(
        emp,
        money.PaySpec(
            "IYER Ravi Shankar",
            a,
            "Data analyst",
            "Cadre",
            date(2026, 6, 2),
            2026,
            11,
            3666.67,
            pas_rate=5.1,
            style="classic",
        ),
        rng_for(name, "pay"),
    )
    acct = money.french_account(
        "sg",
        "30003",
        "02137",
        "00050718243",
        ["M IYER RAVI SHANKAR"],
        "SOGEFRPP",
        ["SG TOULOUSE CAPITOLE", "14 RUE LAFAYETTE 31000 TOULOUSE"],
        a,
    )
    rib = money.rib_sheet(acct, rng_for(name, "rib"), copies=1, doc_date=date(2026, 6, 8))
    fs = fspec(
        p,
        a,
        "employed",
        date(2026, 12, 1),
        "hand",
        "Toulouse",
        "INDIENNE",
        job="Data analyst",
        contract="CDI",
    )
    fm = app_form(fs, name)
    files = [
        F("form_p1.jpg", "photo", [S(fm.pages[0], fm)], long=2700, bg="desk"),
        F("form_p2.jpg", "photo", [S(fm.pages[1], fm)], long=2700, bg="desk"),
        F(
            "passport and visa.pdf",
            "pdf_image",
            [S(copy_a4([(pp.pages[0], 42, 22, 0.3), (vpage, 42, 140, -0.4)]), pp, vd)],
            dpi=220,
        ),
        F("birth certificate apostilled.pdf", "pdf_image", all_sheets(bc, ap), dpi=200),
        F("EDF sept oct nov.pdf", "pdf_image", all_sheets(*bills), dpi=200, gray=True),
        F("contrat de travail.pdf", "pdf_text", all_sheets(ct)),
        F("payslip_nov_2026.pdf", "pdf_text", all_sheets(ps), producer="Sage Paie"),
        F("RIB SG.pdf", "pdf_text", all_sheets(rib)),
    ]
    return name, files, head(as_of, p, True)


# =====================================================================================
# P06  Italy (EU) - identity card, hand-filled lease template, N26 (DE IBAN), CDD
# =====================================================================================


def p06():
    name, as_of = "p06_de_angelis_marseille", date(2026, 11, 16)
    a = Address("63 rue de la République", "13002", "Marseille", "3e étage gauche")
    p = Person(
        "DE ANGELIS",
        "LORENZO",
        "M",
        date(1990, 4, 12),
        "Milano",
        "Italie",
        "ITA",
        "italienne",
        address=a,
        phone="06 70 33 18 25",
        email="lorenzo.deangelis@libero.it",
    )
    cie = id_card(
        p,
        name,
        "CA48213KD",
        date(2022, 5, 3),
        date(2033, 4, 12),
        "ITA",
        "Milano",
        ("VIA PADOVA 112", "20132 MILANO (MI)"),
        extra="DNGLNZ90D12F205X",
        notes="EU national: Italian CIE; address on the card is the former Italian one",
    )
    fam = Family(
        "Marco DE ANGELIS",
        "Francesca RIVA",
        "2143",
        date(1990, 4, 16),
        date(2026, 2, 12),
        "Dott.ssa Paola Bianchi",
    )
    bc = birth("ITA", p, fam, name)
    bc.notes = "EU member state: no apostille needed (Regulation (EU) 2016/1191)"
    ls = home.lease(
        home.LeaseSpec(
            "Mme Odile FABRE",
            "12 boulevard Longchamp, 13001 Marseille",
            ["Lorenzo DE ANGELIS"],
            a,
            date(2026, 3, 1),
            date(2026, 2, 20),
            720.0,
            45.0,
            720.0,
            surface=35,
            rooms=2,
            style="template",
        ),
        rng_for(name, "lease"),
    )
    emp = money.make_employer(
        "HÔTEL DU VIEUX PORT SAS",
        Address("2 quai du Port", "13002", "Marseille"),
        "79133408",
        "5510Z",
        "Hôtels, cafés, restaurants (HCR - IDCC 1979)",
        "Nadia BOUSQUET, Gérante",
        urssaf="URSSAF PACA",
        rcs="Marseille",
    )
    ct = money.contract(
        emp,
        money.ContractSpec(
            "Lorenzo DE ANGELIS",
            p.dob,
            "Milan (Italie)",
            "italienne",
            a,
            "Réceptionniste de nuit",
            date(2026, 4, 1),
            "CDD",
            date(2027, 3, 31),
            gross_year=23400,
            signed_on=date(2026, 3, 27),
            city="Marseille",
            trial_months=1,
        ),
        rng_for(name, "ct"),
    )
    acct = money.Account(["Lorenzo De Angelis"], "n26", "DE89100110012624183715", "NTSBDEB1XXX")
    acct.iban = ids.make_iban("DE", "100110012624183715")
    rib = money.rib_app(acct, rng_for(name, "rib"), "n26", clock="09:12")
    rib.notes = "N26 account with a German IBAN: foreign SEPA IBAN, legally acceptable"
    fs = fspec(
        p,
        a,
        "employed",
        date(2026, 11, 9),
        "typed",
        "Marseille",
        "ITALIENNE",
        job="Réceptionniste",
        contract="CDD",
    )
    fm = app_form(fs, name)
    files = [
        F("formulaire page 1.jpg", "scan_jpg", [S(fm.pages[0], fm)], dpi=200),
        F("formulaire page 2.jpg", "scan_jpg", [S(fm.pages[1], fm)], dpi=200),
        F("carta identita fronte.jpg", "photo", [S(cie.pages[0], cie)], long=3200, bg="wood"),
        F("carta identita retro.jpg", "photo", [S(cie.pages[1], cie)], long=3200, bg="wood"),
        F("estratto nascita.pdf", "pdf_image", all_sheets(bc), dpi=200),
        F("bail appartement.pdf", "pdf_image", all_sheets(ls), dpi=200, gray=True),
        F("Contrat CDD Hotel du Vieux Port.pdf", "pdf_text", all_sheets(ct)),
        F("Screenshot_N26.png", "screen", all_sheets(rib)),
    ]
    return name, files, head(as_of, p, True, eu=True)


# =====================================================================================
# P07  Morocco - surname with a space, titre de séjour salarié, TotalEnergies bills
# =====================================================================================


def p07():
    name, as_of = "p07_el_amrani_lille", date(2026, 11, 30)
    a = Address("3 impasse des Acacias", "59000", "Lille")
    p = Person(
        "EL AMRANI",
        "YOUSSEF",
        "M",
        date(1994, 2, 27),
        "Casablanca",
        "Maroc",
        "MAR",
        "marocaine",
        address=a,
        phone="06 18 40 72 65",
        email="y.elamrani94@gmail.com",
    )
    pp = passport(p, name, "UZ8412730", date(2021, 6, 30), date(2031, 6, 29), "CASABLANCA")
    ts = permit(
        p,
        name,
        "MA2209471",
        "CARTE DE SEJOUR PLURIANNUELLE",
        "SALARIE",
        date(2029, 5, 31),
        date(2025, 6, 1),
        "PREFECTURE DU NORD",
        "AUTORISE SON TITULAIRE A TRAVAILLER",
    )
    fam = Family(
        "Abdelkader EL AMRANI",
        "Fatima Zahra TAZI",
        "1254",
        date(1994, 3, 3),
        date(2026, 1, 15),
        "Rachid BENKIRANE",
        extra={
            "city": "الدار البيضاء",
            "surname": "العمراني",
            "given": "يوسف",
            "father": "عبد القادر العمراني",
            "mother": "فاطمة الزهراء التازي",
            "dob": "27 فبراير 1994",
        },
    )
    bc = with_apostille(birth("MAR", p, fam, name))
    ap = apostille(
        name,
        "Maroc",
        "Rachid Benkirane",
        "Officier de l'état civil",
        "Commune de Casablanca",
        "Casablanca",
        date(2026, 1, 22),
        "Le Procureur du Roi près le Tribunal de première instance",
        "APO-2026-018823",
        "bi",
    )
    bills = monthly_bills(
        "total",
        "M YOUSSEF EL AMRANI",
        a,
        [(2026, 8), (2026, 9), (2026, 10)],
        name,
        54.9,
        "1 032 884 517",
        pages=1,
    )
    emp = money.make_employer(
        "LOGISTIQUE DES FLANDRES SAS",
        Address("ZI de la Pilaterie, 15 rue Jean Perrin", "59700", "Marcq-en-Barœul"),
        "75218834",
        "5210B",
        "Transports routiers (IDCC 16)",
        "Hervé LECLERCQ, DRH",
        urssaf="URSSAF Nord-Pas-de-Calais",
        rcs="Lille Métropole",
    )
    ps = money.payslip(
        emp,
        money.PaySpec(
            "M. EL AMRANI Youssef",
            a,
            "Préparateur de commandes",
            "Non cadre",
            date(2025, 6, 16),
            2026,
            10,
            2150.0,
            pas_rate=0.0,
            style="silae",
        ),
        rng_for(name, "pay"),
    )
    acct = money.french_account(
        "cm",
        "15629",
        "02681",
        "00037841290",
        ["M YOUSSEF EL AMRANI"],
        "CMCIFR2A",
        ["CCM LILLE VAUBAN", "1 PLACE DE GENEVIEVE 59000 LILLE"],
        a,
    )
    rib = money.rib_sheet(acct, rng_for(name, "rib"), copies=2)
    fs = fspec(
        p,
        a,
        "employed",
        date(2026, 11, 24),
        "hand",
        "Lille",
        "MAROCAINE",
        job="Préparateur de commandes",
        contract="CDI",
    )
    fm = app_form(fs, name)
    files = [
        F("scan_formulaire.pdf", "pdf_image", all_sheets(fm), dpi=200),
        F("passeport.jpg", "photo", [S(booklet(pp, None, name), pp)], long=2700, bg="cloth"),
        F(
            "titre de sejour.jpg",
            "scan_jpg",
            [S(copy_a4([(ts.pages[0], 62, 40, 0.5), (ts.pages[1], 62, 118, 0.2)]), ts)],
            dpi=250,
        ),
        F("acte naissance + apostille.pdf", "pdf_image", all_sheets(bc, ap), dpi=200),
        F("facture total aout.pdf", "pdf_text", all_sheets(bills[0])),
        F("facture total septembre.pdf", "pdf_text", all_sheets(bills[1])),
        F("facture total octobre.pdf", "pdf_text", all_sheets(bills[2])),
        F("fiche de paie octobre.jpg", "scan_jpg", all_sheets(ps), dpi=200, gray=True),
        F("rib credit mutuel.jpg", "scan_jpg", all_sheets(rib), dpi=200),
    ]
    return name, files, head(as_of, p, True)


# =====================================================================================
# P08  Brazil - hosted by a friend (typed attestation), host's Orange bills (month only)
# =====================================================================================


def p08():
    name, as_of = "p08_souza_ferreira_marseille", date(2026, 12, 1)
    a = Address("41 boulevard Voltaire", "13001", "Marseille", "chez Mme Claire MOREAU")
    ha = Address("41 boulevard Voltaire", "13001", "Marseille")
    p = Person(
        "SOUZA FERREIRA",
        "GABRIELA",
        "F",
        date(1996, 7, 30),
        "São Paulo",
        "Brésil",
        "BRA",
        "brésilienne",
        address=a,
        phone="07 66 02 31 84",
        email="gabi.souzaf@gmail.com",
    )
    host = Person(
        "MOREAU",
        "CLAIRE SOPHIE",
        "F",
        date(1991, 12, 9),
        "Aix-en-Provence",
        "France",
        "FRA",
        address=ha,
    )
    pp = passport(p, name, "GA731204", date(2024, 1, 15), date(2034, 1, 14), "SÃO PAULO/SP")
    vd, vpage = visa(
        p,
        name,
        "GA731204",
        "D",
        date(2026, 7, 1),
        date(2027, 6, 30),
        "SAO PAULO",
        ["VLS-TS VISITEUR"],
        entry=("MRS", date(2026, 7, 9)),
    )
    fam = Family(
        "Carlos Eduardo Ferreira",
        "Ana Paula de Souza",
        "04521",
        date(1996, 8, 5),
        date(2026, 4, 2),
        "Márcia Regina Alves",
        extra={"matricula": "118521 01 55 1996 1 00093 211 0045218 33", "cpf": "512.874.330-14"},
    )
    bc = with_apostille(birth("BRA", p, fam, name))
    ap = apostille(
        name,
        "Brasil",
        "Márcia Regina Alves",
        "Escrevente autorizada",
        "27º Subdistrito - Tatuapé",
        "São Paulo",
        date(2026, 4, 9),
        "Tabelião de Notas - Colégio Notarial do Brasil",
        "EBNY58218-K",
        "pt",
    )
    att = home.hosting_attestation(
        home.HostingSpec(
            "Claire MOREAU",
            host.dob,
            "Aix-en-Provence (13)",
            "Gabriela SOUZA FERREIRA",
            p.dob,
            "São Paulo (Brésil)",
            ha,
            date(2026, 7, 10),
            date(2026, 11, 20),
            "Marseille",
            style="typed",
        ),
        rng_for(name, "att"),
    )
    cni = id_card(
        host,
        name,
        "F7KD21P48",
        date(2023, 3, 14),
        date(2033, 3, 13),
        "FRA",
        "Aix-en-Provence",
        notes="host's identity card",
    )
    bills = monthly_bills(
        "orange",
        "MME CLAIRE MOREAU",
        ha,
        [(2026, 8), (2026, 9), (2026, 10)],
        name,
        42.99,
        "0 771 820 453",
        mode="month",
    )
    acct = money.french_account(
        "lcl",
        "30002",
        "08126",
        "0000731452Z",
        ["MME SOUZA FERREIRA GABRIELA"],
        "CRLYFRPP",
        ["LCL MARSEILLE CANEBIERE", "48 LA CANEBIERE 13001 MARSEILLE"],
        a,
    )
    rib = money.rib_sheet(acct, rng_for(name, "rib"), copies=1)
    fs = fspec(p, a, "inactive", date(2026, 11, 24), "typed", "Marseille", "BRESILIENNE")
    fm = app_form(fs, name)
    files = [
        F("S1106 Gabriela.pdf", "pdf_image", all_sheets(fm), dpi=200),
        F(
            "WhatsApp Image 2026-11-24 at 19.22.41.jpeg",
            "photo",
            [S(booklet(pp, vpage, name), pp, vd)],
            long=2560,
            bg="wood",
            q=80,
        ),
        F("certidao nascimento.pdf", "pdf_image", all_sheets(bc), dpi=200),
        F("apostila.pdf", "pdf_image", all_sheets(ap), dpi=200),
        F("attestation hebergement Claire.pdf", "pdf_text", all_sheets(att)),
        F(
            "CNI Claire recto verso.jpg",
            "scan_jpg",
            [S(copy_a4([(cni.pages[0], 60, 30, 0.2), (cni.pages[1], 60, 106, 0.6)]), cni)],
        ),
        F("factures orange claire.pdf", "pdf_text", all_sheets(*bills)),
        F("RIB_LCL.pdf", "pdf_text", all_sheets(rib)),
    ]
    return name, files, head(as_of, p, False)


# =====================================================================================
# P09  Ukraine - Cyrillic certificate + apostille + sworn translation, furnished lease
# =====================================================================================


def p09():
    name, as_of = "p09_kovalenko_tours", date(2026, 11, 19)
    a = Address("17 rue Nationale", "37000", "Tours", "Bât. C, apt 12")
    p = Person(
        "KOVALENKO",
        "OLENA",
        "F",
        date(1992, 10, 8),
        "Kyiv",
        "Ukraine",
        "UKR",
        "ukrainienne",
        address=a,
        phone="07 82 44 10 96",
        email="olena.koval@ukr.net",
    )
    pp = passport(
        p,
        name,
        "FX384125",
        date(2022, 11, 2),
        date(2032, 11, 2),
        "М. КИЇВ/KYIV",
        personal="19921008-01842",
    )
    vd, vpage = visa(
        p,
        name,
        "FX384125",
        "D",
        date(2026, 5, 1),
        date(2027, 4, 30),
        "KYIV",
        ["VLS-TS SALARIE"],
        entry=("CDG", date(2026, 5, 6)),
    )
    fam = Family(
        "KOVALENKO Petro Ivanovych",
        "KOVALENKO Iryna Mykolaivna",
        "2184",
        date(1992, 10, 20),
        date(2026, 2, 9),
        "Н. Шевчук",
        extra={"series": "718243"},
    )
    cyr = {
        "surname": "Коваленко",
        "given": "Олена",
        "patronymic": "Петрівна",
        "dob_words": "восьмого жовтня тисяча дев'ятсот дев'яносто другого року",
        "pob": "м. Київ, Україна",
        "father": "Коваленко Петро Іванович",
        "mother": "Коваленко Ірина Миколаївна",
    }
    bc = with_apostille(birth("UKR", p, fam, name, cyr=cyr))
    ap = apostille(
        name,
        "Україна / Ukraine",
        "Н. Шевчук",
        "Посадова особа / Registrar",
        "Шевченківський відділ ДРАЦС / Civil registry office",
        "Київ / Kyiv",
        date(2026, 2, 16),
        "Міністерство юстиції / Ministry of Justice",
        "0218/26-UA",
        "uk_ua",
    )
    tr = translation(
        "ukrainien",
        "Iryna DUBOIS",
        "Cour d'appel d'Orléans",
        p,
        fam,
        rng_for(name, "tr"),
        "Certificat de naissance, série І-КВ n° 718243",
        "Ukraine",
        date(2026, 6, 3),
        "TR-2026-0614",
        "Kyiv (Ukraine)",
    )
    ls = home.lease(
        home.LeaseSpec(
            "M. Philippe GARNIER",
            "8 place Plumereau, 37000 Tours",
            ["Mme Olena KOVALENKO"],
            a,
            date(2026, 5, 15),
            date(2026, 5, 10),
            610.0,
            40.0,
            1220.0,
            furnished=True,
            surface=31,
            rooms=1,
            style="word",
        ),
        rng_for(name, "lease"),
    )
    emp = money.make_employer(
        "EHPAD LES JARDINS DE SAINT-CYR SAS",
        Address("24 avenue de la République", "37540", "Saint-Cyr-sur-Loire"),
        "80412259",
        "8710A",
        "Hospitalisation privée (IDCC 2264)",
        "Sandrine MOULIN, Directrice",
        urssaf="URSSAF Centre-Val de Loire",
        rcs="Tours",
    )
    ps = money.payslip(
        emp,
        money.PaySpec(
            "Mme KOVALENKO Olena",
            a,
            "Aide-soignante",
            "Non cadre",
            date(2026, 5, 18),
            2026,
            10,
            2010.0,
            style="silae",
        ),
        rng_for(name, "pay"),
    )
    acct = money.french_account(
        "ce",
        "14445",
        "00400",
        "08002174193",
        ["MME KOVALENKO OLENA"],
        "CEPAFRPP444",
        ["CAISSE D'EPARGNE LOIRE-CENTRE", "AGENCE TOURS NATIONALE"],
        a,
    )
    rib = money.rib_sheet(acct, rng_for(name, "rib"), copies=2)
    fs = fspec(
        p,
        a,
        "employed",
        date(2026, 11, 12),
        "hand",
        "Tours",
        "UKRAINIENNE",
        job="Aide-soignante",
        contract="CDI",
    )
    fm = app_form(fs, name)
    lease_files = [
        F(f"bail_page{i + 1}.jpg", "photo", [S(pg, ls)], long=2700, bg="desk")
        for i, pg in enumerate(ls.pages)
    ]
    files = [
        F("formulaire.pdf", "pdf_image", all_sheets(fm), dpi=200),
        F(
            "passport_visa_scan.pdf",
            "pdf_image",
            [S(copy_a4([(pp.pages[0], 42, 24, -0.3)]), pp), S(copy_a4([(vpage, 42, 24, 0.5)]), vd)],
            dpi=200,
        ),
        F("svidotstvo + apostil.pdf", "pdf_image", all_sheets(bc, ap), dpi=220),
        F("traduction acte naissance.pdf", "pdf_image", all_sheets(tr), dpi=200),
        *lease_files,
        F("bulletin salaire oct 2026.pdf", "pdf_text", all_sheets(ps), producer="Silae"),
        F("RIB Caisse Epargne.pdf", "pdf_text", all_sheets(rib)),
    ]
    return name, files, head(as_of, p, True)


# =====================================================================================
# P10  Philippines - middle name, three SFR mobile bills, RIB inside a bank letter
# =====================================================================================


def p10():
    name, as_of = "p10_dela_cruz_strasbourg", date(2026, 12, 14)
    a = Address("22 avenue Jean Jaurès", "67000", "Strasbourg")
    p = Person(
        "DELA CRUZ",
        "MARIA CRISTINA",
        "F",
        date(1987, 5, 19),
        "Quezon City",
        "Philippines",
        "PHL",
        "philippine",
        address=a,
        phone="06 39 58 21 07",
        email="mcdelacruz87@yahoo.com",
        middle="REYES",
    )
    pp = passport(
        p,
        name,
        "P4821937B",
        date(2022, 7, 1),
        date(2032, 6, 30),
        "QUEZON CITY",
        notes="Philippine passport: middle (maternal) name REYES printed, not in MRZ",
    )
    ts = permit(
        p,
        name,
        "PH7710452",
        "CARTE DE SEJOUR TEMPORAIRE",
        "SALARIE",
        date(2027, 8, 31),
        date(2026, 9, 1),
        "PREFECTURE DU BAS-RHIN",
        "AUTORISE SON TITULAIRE A TRAVAILLER",
    )
    fam = Family(
        "ROBERTO DELA CRUZ",
        "ELENA SANTOS REYES",
        "87-01452",
        date(1987, 6, 2),
        date(2026, 4, 20),
        "CLAIRE DENNIS S. MAPA",
        extra={"city": "QUEZON CITY", "province": "METRO MANILA", "secpa": "B28374610"},
    )
    bc = with_apostille(birth("PHL", p, fam, name))
    ap = apostille(
        name,
        "Republic of the Philippines",
        "Claire Dennis S. Mapa",
        "Civil Registrar General",
        "Philippine Statistics Authority",
        "Manila",
        date(2026, 5, 4),
        "Department of Foreign Affairs",
        "AP-2026-1187420",
        "ph",
    )
    bills = monthly_bills(
        "sfr",
        "Mme DELA CRUZ MARIA CRISTINA",
        a,
        [(2026, 8), (2026, 9), (2026, 10)],
        name,
        24.99,
        "0412 857 390",
        mode="shifted",
        extra={"service": "mobile"},
    )
    emp = money.make_employer(
        "GROUPE ORSANE SA",
        Address("7 place de l'Homme de Fer", "67000", "Strasbourg"),
        "52291846",
        "7022Z",
        "Bureaux d'études techniques (Syntec)",
        "Pierre SCHMITT, Directeur administratif",
        capital="1 200 000",
        urssaf="URSSAF Alsace",
        rcs="Strasbourg",
    )
    ct = money.contract(
        emp,
        money.ContractSpec(
            "Mme Maria Cristina DELA CRUZ",
            p.dob,
            "Quezon City (Philippines)",
            "philippine",
            a,
            "Assistante de direction",
            date(2026, 9, 7),
            "CDD",
            date(2027, 9, 6),
            gross_year=30600,
            signed_on=date(2026, 8, 28),
            city="Strasbourg",
            bilingual=True,
            trial_months=1,
        ),
        rng_for(name, "ct"),
    )
    acct = money.french_account(
        "cm",
        "10278",
        "01000",
        "00020671401",
        ["MME DELA CRUZ MARIA CRISTINA"],
        "CMCIFR2A",
        ["CCM STRASBOURG KLEBER", "31 PLACE KLEBER 67000 STRASBOURG"],
        a,
    )
    rib = money.rib_letter(acct, rng_for(name, "rib"), date(2026, 9, 12), "Madame")
    fs = fspec(
        p,
        a,
        "employed",
        date(2026, 12, 6),
        "hand",
        "Strasbourg",
        "PHILIPPINE",
        job="Assistante de direction",
        contract="CDD",
    )
    fm = app_form(fs, name)
    files = [
        F("IMG_7730.JPG", "photo", [S(fm.pages[0], fm)], long=2880, bg="wood"),
        F("IMG_7731.JPG", "photo", [S(fm.pages[1], fm)], long=2880, bg="wood", rot=180),
        F("passport.pdf", "pdf_image", [S(copy_a4([(pp.pages[0], 40, 30, 0.7)]), pp)]),
        F("titre sejour recto.jpg", "photo", [S(ts.pages[0], ts)], long=2800, bg="dark"),
        F("titre sejour verso.jpg", "photo", [S(ts.pages[1], ts)], long=2800, bg="dark"),
        F("PSA birth certificate.pdf", "pdf_image", all_sheets(bc), dpi=200),
        F("DFA apostille.jpg", "scan_jpg", all_sheets(ap), dpi=200),
        F("SFR factures aout sept oct.pdf", "pdf_text", all_sheets(*bills)),
        F("contrat CDD.pdf", "pdf_text", all_sheets(ct)),
        F("courrier ouverture compte.pdf", "pdf_image", all_sheets(rib), dpi=200),
    ]
    return name, files, head(as_of, p, True)


# =====================================================================================
# Defective packets
# =====================================================================================


def p11():
    """Tunisia - passport expired at the audit date."""
    name, as_of = "p11_trabelsi_nice", date(2026, 11, 18)
    a = Address("56 avenue de la Californie", "06200", "Nice")
    p = Person(
        "TRABELSI",
        "MEHDI",
        "M",
        date(1989, 8, 3),
        "Sfax",
        "Tunisie",
        "TUN",
        "tunisienne",
        address=a,
        phone="06 94 28 13 70",
        email="mehdi.trabelsi@gmx.fr",
    )
    pp = passport(
        p,
        name,
        "W481927",
        date(2021, 10, 1),
        date(2026, 9, 30),
        "SFAX",
        notes="expired on 2026-09-30, before the audit date",
    )
    ts = permit(
        p,
        name,
        "TN3318264",
        "CARTE DE SEJOUR PLURIANNUELLE",
        "SALARIE",
        date(2028, 6, 30),
        date(2024, 7, 1),
        "PREFECTURE DES ALPES-MARITIMES",
        "AUTORISE SON TITULAIRE A TRAVAILLER",
    )
    fam = Family(
        "Habib TRABELSI",
        "Samia KAMMOUN",
        "1402",
        date(1989, 8, 10),
        date(2026, 2, 2),
        "Mounir GHARBI",
        extra={
            "city": "صفاقس",
            "surname": "الطرابلسي",
            "given": "مهدي",
            "father": "الحبيب",
            "mother": "سامية الكمون",
        },
    )
    bc = with_apostille(birth("TUN", p, fam, name))
    ap = apostille(
        name,
        "Tunisie",
        "Mounir Gharbi",
        "Officier de l'état civil",
        "Municipalité de Sfax",
        "Tunis",
        date(2026, 2, 11),
        "Ministère des Affaires étrangères",
        "2026/A/04412",
        "bi",
    )
    bills = monthly_bills(
        "engie",
        "M. MEHDI TRABELSI",
        a,
        [(2026, 8), (2026, 9), (2026, 10)],
        name,
        83.5,
        "100 218 774 512",
        pages=1,
    )
    emp = money.make_employer(
        "AZUR CLIMATISATION SARL",
        Address("190 route de Grenoble", "06200", "Nice"),
        "49022718",
        "4322B",
        "Bâtiment ouvriers (IDCC 1596)",
        "Jean-Luc ROSSI, Gérant",
        capital="20 000",
        urssaf="URSSAF PACA",
        rcs="Nice",
    )
    ps = money.payslip(
        emp,
        money.PaySpec(
            "TRABELSI MEHDI",
            a,
            "Technicien frigoriste",
            "Non cadre",
            date(2024, 9, 2),
            2026,
            10,
            2480.0,
            pas_rate=2.3,
            style="classic",
        ),
        rng_for(name, "pay"),
    )
    acct = money.french_account(
        "sg",
        "30003",
        "01480",
        "00050219874",
        ["M TRABELSI MEHDI"],
        "SOGEFRPP",
        ["SG NICE MASSENA", "8 AVENUE DE VERDUN 06000 NICE"],
        a,
    )
    rib = money.rib_sheet(acct, rng_for(name, "rib"), copies=2)
    fs = fspec(
        p,
        a,
        "employed",
        date(2026, 11, 10),
        "typed",
        "Nice",
        "TUNISIENNE",
        job="Technicien frigoriste",
        contract="CDI",
    )
    fm = app_form(fs, name)
    files = [
        F("formulaire_rempli.pdf", "pdf_text", all_sheets(fm)),
        F("passeport.jpg", "photo", [S(booklet(pp, None, name), pp)], long=2700, bg="desk"),
        F("carte de sejour.pdf", "pdf_image", [S(ts.pages[0], ts), S(ts.pages[1], ts)], dpi=400),
        F("extrait naissance apostille.pdf", "pdf_image", all_sheets(bc, ap), dpi=200),
        F("factures engie.pdf", "pdf_image", all_sheets(*bills), dpi=200),
        F("bulletin paie.pdf", "pdf_text", all_sheets(ps)),
        F("rib.jpg", "scan_jpg", all_sheets(rib), dpi=200),
    ]
    return (
        name,
        files,
        head(
            as_of, p, True, defect="passport expired at the audit date", bad={"identity": "invalid"}
        ),
    )


def p12():
    """Mexico - VLS-TS expired at the audit date."""
    name, as_of = "p12_hernandez_lopez_grenoble", date(2026, 11, 25)
    a = Address("11 rue Très-Cloîtres", "38000", "Grenoble")
    p = Person(
        "HERNÁNDEZ LÓPEZ",
        "DANIELA",
        "F",
        date(1995, 12, 11),
        "Guadalajara",
        "Mexique",
        "MEX",
        "mexicaine",
        address=a,
        phone="07 51 36 82 19",
        email="dani.hdzlopez@gmail.com",
    )
    pp = passport(
        p,
        name,
        "G41872039",
        date(2023, 5, 2),
        date(2033, 5, 1),
        "JALISCO",
        personal="HELD951211MJCRPN05",
    )
    vd, vpage = visa(
        p,
        name,
        "G41872039",
        "D",
        date(2025, 11, 1),
        date(2026, 10, 31),
        "MEXICO",
        ["VLS-TS ETUDIANT"],
        entry=("CDG", date(2025, 11, 3)),
        notes="expired on 2026-10-31, before the audit date; no renewal "
        "titre de séjour in the packet",
    )
    fam = Family(
        "José Luis Hernández Ruiz",
        "María Guadalupe López Torres",
        "04812",
        date(1996, 1, 8),
        date(2026, 1, 20),
        "Lic. Alejandra Navarro",
        extra={"curp": "HELD951211MJCRPN05", "pob_full": "GUADALAJARA, JALISCO"},
    )
    bc = with_apostille(birth("MEX", p, fam, name))
    ap = apostille(
        name,
        "México",
        "Lic. Alejandra Navarro",
        "Directora del Registro Civil",
        "Dirección General del Registro Civil del Estado de Jalisco",
        "Guadalajara",
        date(2026, 1, 28),
        "Secretaría General de Gobierno de Jalisco",
        "JAL-2026-007731",
        "mx",
    )
    ls = home.lease(
        home.LeaseSpec(
            "SCI BELLEDONNE",
            "4 place Grenette, 38000 Grenoble",
            ["Mme Daniela HERNANDEZ LOPEZ"],
            a,
            date(2025, 11, 1),
            date(2025, 10, 24),
            560.0,
            55.0,
            560.0,
            agency="Alpes Gestion Immobilier",
            surface=27,
            rooms=1,
            style="agency",
        ),
        rng_for(name, "lease"),
    )
    acct = money.french_account(
        "bnp",
        "30004",
        "00425",
        "00010731984",
        ["MLLE HERNANDEZ LOPEZ DANIELA"],
        "BNPAFRPPXXX",
        ["BNP PARIBAS GRENOBLE VICTOR HUGO", "1 PLACE VICTOR HUGO 38000 GRENOBLE"],
        a,
    )
    rib = money.rib_sheet(acct, rng_for(name, "rib"), copies=3)
    fs = fspec(
        p,
        a,
        "student",
        date(2026, 11, 18),
        "hand",
        "Grenoble",
        "MEXICAINE",
        surname="HERNANDEZ LOPEZ",
    )
    fm = app_form(fs, name)
    files = [
        F("IMG_20261118_090114.jpg", "photo", [S(fm.pages[0], fm)], long=3200, bg="cloth"),
        F("IMG_20261118_090131.jpg", "photo", [S(fm.pages[1], fm)], long=3200, bg="cloth"),
        F(
            "pasaporte y visa.jpg",
            "photo",
            [S(booklet(pp, vpage, name), pp, vd)],
            long=3000,
            bg="wood",
        ),
        F("acta de nacimiento.pdf", "pdf_text", all_sheets(bc), producer="Registro Civil"),
        F("apostilla jalisco.jpg", "scan_jpg", all_sheets(ap), dpi=200),
        F("bail grenoble.pdf", "pdf_text", all_sheets(ls)),
        F("RIB.pdf", "pdf_text", all_sheets(rib)),
    ]
    return (
        name,
        files,
        head(
            as_of,
            p,
            False,
            defect="VLS-TS expired at the audit date",
            bad={"residence_status": "invalid"},
        ),
    )


def p13():
    """Turkey - a short-stay type C Schengen visa instead of a long-stay D visa."""
    name, as_of = "p13_yildiz_lyon", date(2026, 11, 12)
    ha = Address("6 rue Duguesclin", "69006", "Lyon")
    a = Address("6 rue Duguesclin", "69006", "Lyon", "chez M. Nicolas BERGER")
    p = Person(
        "YILDIZ",
        "EMRE",
        "M",
        date(1993, 4, 22),
        "Istanbul",
        "Turquie",
        "TUR",
        "turque",
        address=a,
        phone="07 58 20 41 63",
        email="emreyildiz93@icloud.com",
    )
    host = Person("BERGER", "NICOLAS", "M", date(1990, 9, 17), "Lyon", "France", "FRA", address=ha)
    pp = passport(
        p,
        name,
        "U28471930",
        date(2022, 2, 14),
        date(2032, 2, 13),
        "İSTANBUL",
        personal="31847291846",
    )
    vd, vpage = visa(
        p,
        name,
        "U28471930",
        "C",
        date(2026, 7, 25),
        date(2027, 1, 21),
        "ISTANBUL",
        ["TOURISME / VISITE FAMILIALE"],
        entry=("LYS", date(2026, 8, 1)),
        valid_for="ETATS SCHENGEN",
        notes="short-stay Schengen type C visa (90 days), not a VLS-TS",
    )
    fam = Family(
        "Mehmet YILDIZ",
        "Ayşe YILDIZ",
        "3",
        None,
        date(2026, 6, 1),
        "Hasan KAYA",
        extra={"reg": "İSTANBUL / KADIKÖY / Cilt 121 Aile 34 Sıra 3"},
    )
    bc = with_apostille(birth("TUR", p, fam, name))
    ap = apostille(
        name,
        "Türkiye",
        "Hasan Kaya",
        "Nüfus Müdürü",
        "Kadıköy Nüfus Müdürlüğü",
        "Kadıköy",
        date(2026, 6, 8),
        "Kadıköy Kaymakamlığı",
        "34-2026/18827",
        "bi",
    )
    att = home.hosting_attestation(
        home.HostingSpec(
            "Nicolas BERGER",
            host.dob,
            "Lyon (69)",
            "Emre YILDIZ",
            p.dob,
            "Istanbul (Turquie)",
            ha,
            date(2026, 8, 2),
            date(2026, 11, 5),
            "Lyon",
            style="form",
        ),
        rng_for(name, "att"),
    )
    cni = id_card(
        host,
        name,
        "L2PX84TT3",
        date(2022, 6, 20),
        date(2032, 6, 19),
        "FRA",
        "Lyon",
        notes="host's identity card",
    )
    bills = monthly_bills(
        "bouygues",
        "M NICOLAS BERGER",
        ha,
        [(2026, 8), (2026, 9), (2026, 10)],
        name,
        19.99,
        "1.08274.551",
        mode="shifted",
    )
    acct = money.Account(["Emre Yildiz"], "revolut", "", "REVOLT21")
    acct.iban = ids.make_iban("LT", "3250071283649182")
    rib = money.rib_app(acct, rng_for(name, "rib"), "revolut", clock="21:48")
    rib.notes = "Revolut account with a Lithuanian IBAN: foreign SEPA, acceptable"
    fs = fspec(p, a, "inactive", date(2026, 11, 6), "typed", "Lyon", "TURQUE")
    fm = app_form(fs, name)
    files = [
        F("formulaire.jpg", "scan_jpg", [S(fm.pages[0], fm)], dpi=200, gray=True),
        F("formulaire2.jpg", "scan_jpg", [S(fm.pages[1], fm)], dpi=200, gray=True),
        F(
            "pasaport + vize.pdf",
            "pdf_image",
            [S(copy_a4([(pp.pages[0], 42, 24, 0.2), (vpage, 42, 150, -0.6)]), pp, vd)],
        ),
        F("dogum belgesi apostil.pdf", "pdf_image", all_sheets(bc, ap), dpi=200),
        F("attestation hebergement.jpg", "scan_jpg", all_sheets(att), dpi=200),
        F("cni nicolas.jpg", "photo", [S(cni.pages[0], cni)], long=2600, bg="wood"),
        F("cni nicolas verso.jpg", "photo", [S(cni.pages[1], cni)], long=2600, bg="wood"),
        F("factures bouygues nicolas.pdf", "pdf_text", all_sheets(*bills)),
        F("revolut.png", "screen", all_sheets(rib)),
    ]
    return (
        name,
        files,
        head(
            as_of,
            p,
            False,
            defect="type C short-stay visa instead of a long-stay D visa",
            bad={"residence_status": "invalid"},
        ),
    )


def p14():
    """United Kingdom - birth certificate without the apostille."""
    name, as_of = "p14_bennett_bordeaux", date(2026, 12, 2)
    a = Address("29 cours de l'Intendance", "33000", "Bordeaux")
    p = Person(
        "BENNETT",
        "OLIVER JAMES",
        "M",
        date(1985, 2, 14),
        "London",
        "Royaume-Uni",
        "GBR",
        "britannique",
        address=a,
        phone="06 47 92 30 18",
        email="olly.bennett@btinternet.com",
    )
    pp = passport(p, name, "533917248", date(2020, 3, 11), date(2030, 9, 11), "LONDON")
    ts = permit(
        p,
        name,
        "GB0947215",
        "CARTE DE SEJOUR TEMPORAIRE",
        "VISITEUR",
        date(2027, 5, 31),
        date(2026, 6, 1),
        "PREFECTURE DE LA GIRONDE",
        "N'AUTORISE PAS SON TITULAIRE A TRAVAILLER",
    )
    fam = Family(
        "Richard BENNETT",
        "Helen BENNETT",
        "214",
        date(1985, 3, 1),
        date(2026, 3, 3),
        "J. Smith",
        extra={
            "district": "Camden",
            "sub": "Holborn",
            "county": "Greater London",
            "hospital": "University College Hospital",
            "mother_maiden": "PARKER",
            "father_job": "Civil engineer",
            "home": "14 Leigh Street, London WC1",
            "serial": "418273",
        },
    )
    bc = birth("GBR", p, fam, name)
    bc.notes = "UK is not exempt: apostille required, none in the packet"
    bills = monthly_bills(
        "edf",
        "M OLIVER BENNETT",
        a,
        [(2026, 8), (2026, 9), (2026, 10)],
        name,
        72.3,
        "6 318 240 117",
        pages=1,
    )
    acct = money.french_account(
        "lcl",
        "30002",
        "00581",
        "0000412873K",
        ["M BENNETT OLIVER JAMES"],
        "CRLYFRPP",
        ["LCL BORDEAUX INTENDANCE", "22 COURS DE L'INTENDANCE 33000 BORDEAUX"],
        a,
    )
    rib = money.rib_sheet(acct, rng_for(name, "rib"), copies=2)
    fs = fspec(p, a, "inactive", date(2026, 11, 25), "acro", "Bordeaux", "BRITANNIQUE")
    fm = app_form(fs, name)
    files = [
        F(
            "CPAM form.pdf",
            "pdf_text",
            all_sheets(fm),
            producer="macOS Version 14.6 Quartz PDFContext",
        ),
        F("passport.jpg", "scan_jpg", [S(copy_a4([(pp.pages[0], 42, 30, 0.4)]), pp)], dpi=300),
        F("carte de sejour front.jpg", "photo", [S(ts.pages[0], ts)], long=2700, bg="desk"),
        F("carte de sejour back.jpg", "photo", [S(ts.pages[1], ts)], long=2700, bg="desk", rot=90),
        F("birth certificate.jpg", "photo", [S(bc.pages[0], bc)], long=3200, bg="wood"),
        F("EDF aout.jpg", "photo", [S(bills[0].pages[0], bills[0])], long=2700, bg="desk"),
        F("EDF sept.jpg", "photo", [S(bills[1].pages[0], bills[1])], long=2700, bg="desk"),
        F("EDF oct.jpg", "photo", [S(bills[2].pages[0], bills[2])], long=2700, bg="desk"),
        F("RIB LCL.pdf", "pdf_text", all_sheets(rib)),
    ]
    return (
        name,
        files,
        head(
            as_of,
            p,
            False,
            defect="birth certificate from a non-exempt country (United Kingdom) without apostille",
            bad={"birth_certificate": "invalid"},
        ),
    )


def p15():
    """USA (California) - three internet bills, but September is missing (gap)."""
    name, as_of = "p15_nguyen_rennes", date(2026, 11, 20)
    a = Address("12 rue de Saint-Malo", "35000", "Rennes")
    p = Person(
        "NGUYEN",
        "KEVIN MICHAEL",
        "M",
        date(1990, 7, 4),
        "Los Angeles",
        "États-Unis",
        "USA",
        "américaine",
        address=a,
        phone="06 12 80 47 33",
        email="kevin.m.nguyen@gmail.com",
    )
    pp = passport(p, name, "567204183", date(2021, 4, 6), date(2031, 4, 5), "CALIFORNIA, U.S.A.")
    vd, vpage = visa(
        p,
        name,
        "567204183",
        "D",
        date(2026, 6, 1),
        date(2027, 5, 31),
        "LOS ANGELES",
        ["VLS-TS VISITEUR"],
        entry=("CDG", date(2026, 6, 9)),
    )
    fam = Family(
        "Thanh Nguyen",
        "Linh Tran",
        "B2024-0871145",
        date(1990, 7, 18),
        date(2026, 3, 9),
        "Dean C. Logan",
        extra={"hospital": "CEDARS-SINAI MEDICAL CENTER", "time": "0742"},
    )
    bc = with_apostille(birth("USA", p, fam, name, state="CA"))
    ap = apostille(
        name,
        "United States of America",
        "Dean C. Logan",
        "Registrar-Recorder/County Clerk",
        "County of Los Angeles",
        "Sacramento",
        date(2026, 3, 23),
        "Secretary of State of California",
        "A-2026-118824",
        "us",
    )
    bills = monthly_bills(
        "sfr",
        "M KEVIN NGUYEN",
        a,
        [(2026, 7), (2026, 8), (2026, 10)],
        name,
        33.99,
        "0388 214 570",
        mode="shifted",
    )
    for b in bills:
        b.notes = "bills for July, August and October: September is missing"
    acct = money.french_account(
        "bourso", "40618", "80263", "00040571238", ["M KEVIN NGUYEN"], "BOUSFRPPXXX", None
    )
    rib = money.rib_app(acct, rng_for(name, "rib"), "bourso", clock="12:30")
    fs = fspec(p, a, "inactive", date(2026, 11, 14), "hand", "Rennes", "AMERICAINE")
    fm = app_form(fs, name)
    files = [
        F("Scan 14 nov. 2026.pdf", "pdf_image", all_sheets(fm), dpi=200, gray=True),
        F("passport photo page.jpg", "photo", [S(booklet(pp, None, name), pp)], long=2700),
        F("visa.jpg", "photo", [S(vpage, vd)], long=2800),
        F("birth cert LA county.pdf", "pdf_image", all_sheets(bc), dpi=200),
        F("apostille california.pdf", "pdf_image", all_sheets(ap), dpi=200),
        F("SFR juillet.pdf", "pdf_text", all_sheets(bills[0])),
        F("SFR aout.pdf", "pdf_text", all_sheets(bills[1])),
        F("SFR octobre.pdf", "pdf_text", all_sheets(bills[2])),
        F("Screenshot_20261114_RIB.png", "screen", all_sheets(rib)),
    ]
    return (
        name,
        files,
        head(
            as_of,
            p,
            False,
            defect="three bills but not consecutive: September is missing",
            bad={"residence_proof": "invalid"},
        ),
    )


def p16():
    """Peru - the lease started less than three months before the audit date."""
    name, as_of = "p16_quispe_mamani_montpellier", date(2026, 12, 7)
    a = Address("7 rue de l'Aiguillerie", "34000", "Montpellier")
    p = Person(
        "QUISPE MAMANI",
        "LUCÍA",
        "F",
        date(1997, 3, 15),
        "Lima",
        "Pérou",
        "PER",
        "péruvienne",
        address=a,
        phone="07 43 18 96 22",
        email="lucia.qm97@gmail.com",
    )
    pp = passport(
        p, name, "122847391", date(2022, 9, 5), date(2027, 9, 4), "LIMA", personal="70184732"
    )
    ts = permit(
        p,
        name,
        "PE5528104",
        "CARTE DE SEJOUR TEMPORAIRE",
        "ETUDIANT",
        date(2027, 9, 30),
        date(2026, 10, 1),
        "PREFECTURE DE L'HERAULT",
        "AUTORISE SON TITULAIRE A TRAVAILLER A TITRE ACCESSOIRE",
    )
    fam = Family(
        "Juan QUISPE HUAMÁN",
        "Rosa MAMANI CONDORI",
        "2018-0047712",
        date(1997, 4, 2),
        date(2026, 6, 18),
        "Luis ALARCÓN PAREDES",
        extra={"dni": "70184732", "pob_full": "LIMA - LIMA - MIRAFLORES"},
    )
    bc = with_apostille(birth("PER", p, fam, name))
    ap = apostille(
        name,
        "Perú",
        "Luis Alarcón Paredes",
        "Registrador Civil",
        "RENIEC - Registro Nacional de Identificación y Estado Civil",
        "Lima",
        date(2026, 6, 25),
        "Ministerio de Relaciones Exteriores del Perú",
        "PE-26-0388127",
        "es",
    )
    ls = home.lease(
        home.LeaseSpec(
            "Mme Véronique ARNAUD",
            "19 rue Foch, 34000 Montpellier",
            ["Mlle Lucía QUISPE MAMANI"],
            a,
            date(2026, 10, 1),
            date(2026, 9, 24),
            530.0,
            30.0,
            1060.0,
            furnished=True,
            surface=22,
            rooms=1,
            style="word",
        ),
        rng_for(name, "lease"),
    )
    ls.notes = "lease took effect on 2026-10-01, less than three months before the audit date"
    acct = money.french_account(
        "cm",
        "10278",
        "08950",
        "00020812733",
        ["MLLE QUISPE MAMANI LUCIA"],
        "CMCIFR2A",
        ["CCM MONTPELLIER COMEDIE", "3 PLACE DE LA COMEDIE 34000 MONTPELLIER"],
        a,
    )
    rib = money.rib_sheet(acct, rng_for(name, "rib"), copies=2)
    fs = fspec(
        p, a, "student", date(2026, 11, 30), "typed", "Montpellier", "PERUVIENNE", given="LUCIA"
    )
    fm = app_form(fs, name)
    files = [
        F("formulaire PUMA.pdf", "pdf_image", all_sheets(fm), dpi=200),
        F("pasaporte.pdf", "pdf_image", [S(copy_a4([(pp.pages[0], 42, 28, -0.2)]), pp)]),
        F(
            "titre de sejour.pdf",
            "pdf_image",
            [S(copy_a4([(ts.pages[0], 62, 38, 0.3), (ts.pages[1], 62, 118, 0.4)]), ts)],
            dpi=250,
        ),
        F("acta nacimiento + apostilla.pdf", "pdf_image", all_sheets(bc, ap), dpi=200),
        F("contrat de location meuble.pdf", "pdf_text", all_sheets(ls)),
        F("RIB.pdf", "pdf_text", all_sheets(rib)),
    ]
    return (
        name,
        files,
        head(
            as_of,
            p,
            False,
            defect="lease started less than three months before the audit date",
            bad={"residence_proof": "invalid"},
        ),
    )


def p17():
    """India - the IBAN on the RIB has wrong check digits."""
    name, as_of = "p17_nair_nantes", date(2026, 11, 26)
    a = Address("4 quai de Versailles", "44000", "Nantes", "Appt 41")
    p = Person(
        "NAIR",
        "PRIYA",
        "F",
        date(1996, 9, 9),
        "Kochi",
        "Inde",
        "IND",
        "indienne",
        address=a,
        phone="07 60 21 85 39",
        email="priya.nair.96@gmail.com",
    )
    pp = passport(
        p,
        name,
        "V7215830",
        date(2023, 6, 19),
        date(2033, 6, 18),
        "KOCHI, KERALA",
        authority="COCHIN",
    )
    vd, vpage = visa(
        p,
        name,
        "V7215830",
        "D",
        date(2026, 3, 1),
        date(2027, 2, 28),
        "BANGALORE",
        ["VLS-TS SALARIE"],
        entry=("CDG", date(2026, 3, 8)),
    )
    fam = Family(
        "GOPALAKRISHNAN NAIR",
        "SREEDEVI NAIR",
        "KMC/2341/1996",
        date(1996, 9, 24),
        date(2025, 12, 10),
        "T. K. MENON",
        extra={
            "state": "GOVERNMENT OF KERALA",
            "body": "KOCHI MUNICIPAL CORPORATION",
            "ward": "ERNAKULAM ZONE",
            "hospital": "LAKESHORE HOSPITAL, MARADU",
            "addr": "TC 14/221, PANAMPILLY NAGAR, KOCHI 682036",
            "pob_truth": "KOCHI",
        },
    )
    bc = with_apostille(birth("IND", p, fam, name))
    ap = apostille(
        name,
        "India",
        "T. K. Menon",
        "Registrar of Births and Deaths",
        "Kochi Municipal Corporation",
        "New Delhi",
        date(2026, 1, 6),
        "Ministry of External Affairs, Government of India",
        "KL2026/0002814",
        "bi",
    )
    ls = home.lease(
        home.LeaseSpec(
            "M. Alain COUTANT",
            "2 rue Kervégan, 44000 Nantes",
            ["Mme Priya NAIR"],
            a,
            date(2026, 3, 15),
            date(2026, 3, 9),
            745.0,
            50.0,
            745.0,
            surface=40,
            rooms=2,
            style="template",
        ),
        rng_for(name, "lease"),
    )
    emp = money.make_employer(
        "OCÉANE BIOTECH SAS",
        Address("8 rue Bobby Sands", "44800", "Saint-Herblain"),
        "84027731",
        "7211Z",
        "Industrie pharmaceutique (IDCC 176)",
        "Gaëlle LE ROUX, Responsable RH",
        urssaf="URSSAF Pays de la Loire",
        rcs="Nantes",
    )
    ps = money.payslip(
        emp,
        money.PaySpec(
            "Mme NAIR PRIYA",
            a,
            "Chargée de recherche",
            "Cadre",
            date(2026, 3, 16),
            2026,
            10,
            3300.0,
            pas_rate=4.2,
            style="payfit",
        ),
        rng_for(name, "pay"),
    )
    acct = money.french_account(
        "sg",
        "30003",
        "03920",
        "00050847112",
        ["MME NAIR PRIYA"],
        "SOGEFRPP",
        ["SG NANTES COMMERCE", "1 PLACE DU COMMERCE 44000 NANTES"],
        a,
        bad_iban=True,
    )
    rib = money.rib_sheet(acct, rng_for(name, "rib"), copies=1)
    rib.notes = "IBAN check digits wrong (mod-97 fails); the RIB key itself is right"
    fs = fspec(
        p,
        a,
        "employed",
        date(2026, 11, 19),
        "hand",
        "Nantes",
        "INDIENNE",
        job="Chargée de recherche",
        contract="CDI",
    )
    fm = app_form(fs, name)
    files = [
        F("formulaire1.jpg", "photo", [S(fm.pages[0], fm)], long=2700, bg="wood"),
        F("formulaire2.jpg", "photo", [S(fm.pages[1], fm)], long=2700, bg="wood"),
        F("passport.jpg", "scan_jpg", [S(copy_a4([(pp.pages[0], 42, 30, 0.6)]), pp)]),
        F("visa.jpg", "scan_jpg", [S(copy_a4([(vpage, 42, 30, -0.4)]), vd)]),
        F("birth certificate.pdf", "pdf_image", all_sheets(bc), dpi=200),
        F("apostille MEA.pdf", "pdf_image", all_sheets(ap), dpi=200),
        F("bail.pdf", "pdf_image", all_sheets(ls), dpi=200),
        F("payslip october.pdf", "pdf_text", all_sheets(ps), producer="PayFit"),
        F("RIB.pdf", "pdf_text", all_sheets(rib)),
    ]
    return (
        name,
        files,
        head(
            as_of, p, True, defect="IBAN with wrong check digits", bad={"bank_details": "invalid"}
        ),
    )


def p18():
    """China - the application form is not signed."""
    name, as_of = "p18_zhang_lille", date(2026, 12, 11)
    a = Address("102 rue Solférino", "59000", "Lille", "Chambre 7")
    p = Person(
        "ZHANG",
        "WEI",
        "M",
        date(1992, 12, 1),
        "Beijing",
        "Chine",
        "CHN",
        "chinoise",
        address=a,
        phone="07 49 63 12 08",
        email="zhangwei1201@qq.com",
    )
    pp = passport(
        p, name, "EJ8301742", date(2024, 4, 2), date(2034, 4, 1), "北京/BEIJING", cn=("张", "伟")
    )
    vd, vpage = visa(
        p,
        name,
        "EJ8301742",
        "D",
        date(2026, 8, 20),
        date(2027, 8, 19),
        "PEKIN",
        ["VLS-TS ETUDIANT"],
        entry=("CDG", date(2026, 8, 28)),
    )
    fam = Family(
        "ZHANG Guoqiang",
        "LI Xiuying",
        "0831",
        None,
        date(2026, 5, 12),
        "CHEN Hong",
        extra={
            "notary_no": "(2026)京长安内经证字第3318号",
            "notary_no_en": "(2026) Jing Chang An Nei Jing Zheng Zi No. 3318",
            "office_cn": "北京市长安公证处",
            "office_en": "Beijing Chang'an Notary Public Office",
        },
    )
    bc = with_apostille(
        birth(
            "CHN",
            p,
            fam,
            name,
            cn={"name": "张伟", "father": "张国强", "mother": "李秀英", "city": "北京市"},
        )
    )
    ap = apostille(
        name,
        "People's Republic of China",
        "CHEN Hong",
        "Notary Public",
        "Beijing Chang'an Notary Public Office",
        "Beijing",
        date(2026, 5, 26),
        "Ministry of Foreign Affairs",
        "26BJ011842",
        "zh",
    )
    bills = monthly_bills(
        "free",
        "Zhang Wei",
        a,
        [(2026, 9), (2026, 10), (2026, 11)],
        name,
        19.99,
        "11842271",
        pages=2,
        mode="advance",
        extra={"offer": "Forfait Free 5G"},
    )
    for b in bills:
        b.fields["service"] = "mobile"
    acct = money.french_account(
        "lbp",
        "20041",
        "01005",
        "0712345N027",
        ["M ZHANG WEI"],
        "PSSTFRPPLIL",
        ["LA BANQUE POSTALE", "CENTRE FINANCIER DE LILLE"],
        a,
    )
    rib = money.rib_sheet(acct, rng_for(name, "rib"), copies=1)
    fs = fspec(p, a, "student", date(2026, 12, 3), "hand", "Lille", "CHINOISE", signed=False)
    fm = app_form(fs, name)
    fm.notes = "dated but the signature box is empty"
    files = [
        F("form page1.jpg", "photo", [S(fm.pages[0], fm)], long=2700, bg="desk"),
        F("form page2.jpg", "photo", [S(fm.pages[1], fm)], long=2700, bg="desk"),
        F(
            "passport + visa.jpg",
            "photo",
            [S(booklet(pp, vpage, name), pp, vd)],
            long=3000,
            bg="dark",
        ),
        F("gongzhengshu.pdf", "pdf_image", all_sheets(bc, ap), dpi=200),
        F("Free septembre.pdf", "pdf_text", all_sheets(bills[0])),
        F("Free octobre.pdf", "pdf_text", all_sheets(bills[1])),
        F("Free novembre.pdf", "pdf_text", all_sheets(bills[2])),
        F("RIB la banque postale.pdf", "pdf_text", all_sheets(rib)),
    ]
    return (
        name,
        files,
        head(
            as_of,
            p,
            False,
            defect="application form not signed",
            bad={"application_form": "invalid"},
        ),
    )


def p19():
    """Morocco - the payslip belongs to someone else (a colleague)."""
    name, as_of = "p19_bennani_rennes", date(2026, 11, 13)
    a = Address("33 boulevard de la Liberté", "35000", "Rennes")
    p = Person(
        "BENNANI",
        "SALMA",
        "F",
        date(1997, 1, 25),
        "Rabat",
        "Maroc",
        "MAR",
        "marocaine",
        address=a,
        phone="06 83 14 52 97",
        email="salma.bennani@outlook.fr",
    )
    other = Person(
        "OUAZZANI",
        "KARIM",
        "M",
        date(1988, 5, 2),
        "Fès",
        "Maroc",
        "MAR",
        address=Address("5 rue d'Antrain", "35000", "Rennes"),
    )
    pp = passport(p, name, "SB4129075", date(2023, 9, 12), date(2033, 9, 11), "RABAT")
    ts = permit(
        p,
        name,
        "MA8813620",
        "CARTE DE SEJOUR TEMPORAIRE",
        "SALARIE",
        date(2027, 6, 30),
        date(2026, 7, 1),
        "PREFECTURE D'ILLE-ET-VILAINE",
        "AUTORISE SON TITULAIRE A TRAVAILLER",
    )
    fam = Family(
        "Driss BENNANI",
        "Nadia SQALLI",
        "0388",
        date(1997, 2, 3),
        date(2026, 3, 30),
        "Khalid ALAOUI",
        extra={
            "city": "الرباط",
            "surname": "بناني",
            "given": "سلمى",
            "father": "إدريس بناني",
            "mother": "نادية السقلي",
            "dob": "25 يناير 1997",
        },
    )
    bc = with_apostille(birth("MAR", p, fam, name))
    ap = apostille(
        name,
        "Maroc",
        "Khalid Alaoui",
        "Officier de l'état civil",
        "Arrondissement Agdal-Riyad, Rabat",
        "Rabat",
        date(2026, 4, 6),
        "Le Procureur du Roi près le Tribunal de première instance de Rabat",
        "APO-2026-031177",
        "bi",
    )
    bills = monthly_bills(
        "engie",
        "MME SALMA BENNANI",
        a,
        [(2026, 8), (2026, 9), (2026, 10)],
        name,
        67.8,
        "100 873 412 006",
        pages=2,
    )
    emp = money.make_employer(
        "BREIZH DIGITAL SERVICES SAS",
        Address("2 rue de la Mabilais", "35000", "Rennes"),
        "88021564",
        "6201Z",
        "Syntec (IDCC 1486)",
        "Yann LE GALL, Président",
        urssaf="URSSAF Bretagne",
        rcs="Rennes",
    )
    ps = money.payslip(
        emp,
        money.PaySpec(
            "M. OUAZZANI Karim",
            other.address,
            "Développeur",
            "Cadre",
            date(2023, 1, 9),
            2026,
            10,
            3900.0,
            pas_rate=6.0,
            style="classic",
        ),
        rng_for(name, "pay"),
    )
    ps.notes = "payslip of a colleague (Karim OUAZZANI), not of the applicant"
    acct = money.french_account(
        "ca",
        "13606",
        "00015",
        "46201874302",
        ["MME BENNANI SALMA"],
        "AGRIFRPP836",
        ["CREDIT AGRICOLE ILLE-ET-VILAINE", "RENNES REPUBLIQUE"],
        a,
    )
    rib = money.rib_sheet(acct, rng_for(name, "rib"), copies=2)
    fs = fspec(
        p,
        a,
        "employed",
        date(2026, 11, 6),
        "typed",
        "Rennes",
        "MAROCAINE",
        job="Développeuse web",
        contract="CDI",
    )
    fm = app_form(fs, name)
    files = [
        F("demande_ouverture_droits.pdf", "pdf_image", all_sheets(fm), dpi=200),
        F("passeport.pdf", "pdf_image", [S(copy_a4([(pp.pages[0], 42, 28, 0.5)]), pp)]),
        F(
            "titre sejour recto.png",
            "scan_png",
            [S(copy_a4([(ts.pages[0], 62, 40, 0.2)]), ts)],
            dpi=150,
            gray=True,
        ),
        F(
            "titre sejour verso.png",
            "scan_png",
            [S(copy_a4([(ts.pages[1], 62, 40, -0.3)]), ts)],
            dpi=150,
            gray=True,
        ),
        F("acte de naissance apostille.pdf", "pdf_image", all_sheets(bc, ap), dpi=200),
        F("factures engie aout sept oct.pdf", "pdf_text", all_sheets(*bills)),
        F("fiche de paie.pdf", "pdf_text", all_sheets(ps), producer="Cegid"),
        F("RIB CA.pdf", "pdf_text", all_sheets(rib)),
    ]
    return (
        name,
        files,
        head(as_of, p, True, defect="payslip of another person", bad={"employment": "invalid"}),
    )


def p20():
    """Portugal (EU) - the RIB is in another person's name."""
    name, as_of = "p20_ferreira_da_silva_paris", date(2026, 12, 3)
    a = Address("88 rue de Ménilmontant", "75020", "Paris", "5e étage porte droite")
    p = Person(
        "FERREIRA DA SILVA",
        "INÊS CATARINA",
        "F",
        date(1994, 8, 19),
        "Porto",
        "Portugal",
        "PRT",
        "portugaise",
        address=a,
        phone="06 27 81 40 55",
        email="ines.fsilva@sapo.pt",
    )
    pp = passport(p, name, "CD482917", date(2022, 1, 20), date(2027, 1, 19), "PORTO")
    fam = Family(
        "António Manuel da Silva",
        "Maria Helena Ferreira",
        "1738",
        date(1994, 8, 26),
        date(2026, 2, 17),
        "Dr. Rui Monteiro",
        extra={"freg": "Cedofeita"},
    )
    bc = birth("PRT", p, fam, name)
    bc.notes = "EU member state: no apostille needed"
    ls = home.lease(
        home.LeaseSpec(
            "M. Jean-Pierre LAMBERT",
            "15 rue Oberkampf, 75011 Paris",
            ["Mme Inês FERREIRA DA SILVA"],
            a,
            date(2025, 12, 1),
            date(2025, 11, 21),
            940.0,
            70.0,
            940.0,
            surface=33,
            rooms=2,
            style="word",
        ),
        rng_for(name, "lease"),
    )
    acct = money.french_account(
        "bnp",
        "30004",
        "01987",
        "00010582244",
        ["M ROUX MATHIEU"],
        "BNPAFRPPXXX",
        ["BNP PARIBAS PARIS MENILMONTANT", "120 RUE DE MENILMONTANT 75020 PARIS"],
        Address("88 rue de Ménilmontant", "75020", "Paris"),
    )
    rib = money.rib_sheet(acct, rng_for(name, "rib"), copies=2)
    rib.notes = "RIB of the flatmate (Mathieu ROUX), not of the applicant"
    fs = fspec(
        p, a, "jobseeker", date(2026, 11, 26), "hand", "Paris", "PORTUGAISE", given="INES CATARINA"
    )
    fm = app_form(fs, name)
    tax = misc.tax_notice(
        "Mme FERREIRA DA SILVA Inês", a, "30 12 847 219 054", rng_for(name, "tax"), 2026, 8420
    )
    files = [
        F("S1106.pdf", "pdf_image", all_sheets(fm), dpi=200),
        F("passaporte.jpg", "photo", [S(booklet(pp, None, name), pp)], long=2700, bg="wood"),
        F("certidao de nascimento.pdf", "pdf_image", all_sheets(bc), dpi=200),
        F("bail 88 menilmontant.pdf", "pdf_text", all_sheets(ls)),
        F("RIB.pdf", "pdf_text", all_sheets(rib)),
        F("avis impot 2026.pdf", "pdf_image", all_sheets(tax), dpi=200),
    ]
    return (
        name,
        files,
        head(
            as_of,
            p,
            False,
            eu=True,
            defect="RIB in another person's name",
            bad={"bank_details": "invalid"},
        ),
    )


PACKETS = [
    p01,
    p02,
    p03,
    p04,
    p05,
    p06,
    p07,
    p08,
    p09,
    p10,
    p11,
    p12,
    p13,
    p14,
    p15,
    p16,
    p17,
    p18,
    p19,
    p20,
]
