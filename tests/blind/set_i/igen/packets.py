"""The whole packets: ten in order, ten with exactly one defect each."""

from __future__ import annotations

from pathlib import Path

from . import bank
from .cards import IdData, PassportData, PermitData, VisaData
from .civil import Apostille, Birth, apostille_doc, birth_doc, translation_doc
from .common import account, bill_series, break_iban, foreign_account, siret
from .forms import FormFill, application_form
from .housing import Hosting, Lease, hosting_doc, lease_doc
from .idocs import id_doc, passport_doc, permit_doc, visa_doc
from .output import Bundle, Cards, write_json
from .people import Address, Person
from .util import d
from .work import Employer, Job, contract, payslip

REQS = [
    "application_form",
    "identity",
    "residence_status",
    "birth_certificate",
    "residence_proof",
    "bank_details",
    "employment",
]


def _finish(
    out: Path,
    name: str,
    b: Bundle,
    as_of: str,
    person: Person,
    passport_fields: dict,
    employed: bool,
    eu: bool = False,
    defect: str | None = None,
    bad: dict | None = None,
    notes: str = "",
):
    reqs = {r: "complete" for r in REQS}
    if eu:
        reqs["residence_status"] = "not_applicable"
    if not employed:
        reqs["employment"] = "not_applicable"
    for k, v in (bad or {}).items():
        reqs[k] = v
    status = "complete"
    if any(v in ("invalid", "missing") for v in reqs.values()):
        status = "incomplete"
    elif any(v == "questionable" for v in reqs.values()):
        status = "questionable"
    truth = {
        "as_of": as_of,
        "employed": None,
        "status": status,
        "defect": defect,
        "requirements": reqs,
        "applicant": {
            "surname": passport_fields["surname"],
            "given_names": passport_fields["given_names"],
            "date_of_birth": person.dob.isoformat(),
            "nationality": person.nat,
        },
        "documents": b.documents_truth(),
    }
    if notes:
        truth["notes"] = notes
    write_json(out / "packets" / f"{name}.truth.json", truth)
    return name


def _employer(key: str) -> Employer:
    E = {
        "lumen": Employer(
            "LUMEN OPTIQUE",
            "SAS",
            "250 000 €",
            ["18 rue de la Villette", "69003 LYON"],
            siret("lumen"),
            "2670Z",
            "Lyon",
            "URSSAF Rhône-Alpes",
            "de la métallurgie (IDCC 3248)",
            "M. Olivier Chambon",
            "Directeur des ressources humaines",
            "Lyon",
        ),
        "datanova": Employer(
            "DATANOVA SOLUTIONS",
            "SAS",
            "1 200 000 €",
            ["42 avenue de France", "75013 PARIS"],
            siret("datanova"),
            "6201Z",
            "Paris",
            "URSSAF Île-de-France",
            "Syntec (IDCC 1486)",
            "Mme Claire Vasseur",
            "Responsable RH",
            "Paris",
        ),
        "cafe": Employer(
            "LES COMPTOIRS DU VIEUX PORT",
            "SARL",
            "40 000 €",
            ["7 quai du Port", "13002 MARSEILLE"],
            siret("cafe"),
            "5610A",
            "Marseille",
            "URSSAF PACA",
            "des hôtels, cafés, restaurants (HCR, IDCC 1979)",
            "M. Karim Haddou",
            "Gérant",
            "Marseille",
        ),
        "bioinst": Employer(
            "INSTITUT BIOMEDICA",
            "Association",
            "—",
            ["3 rue Michel Servet", "31000 TOULOUSE"],
            siret("bioinst"),
            "7211Z",
            "Toulouse",
            "URSSAF Midi-Pyrénées",
            "des instituts de recherche (IDCC 2150)",
            "Pr. Hélène Garrigues",
            "Directrice",
            "Toulouse",
        ),
        "compta": Employer(
            "CABINET AUDIT & CHIFFRES",
            "SARL",
            "80 000 €",
            ["25 cours de l'Intendance", "33000 BORDEAUX"],
            siret("compta"),
            "6920Z",
            "Bordeaux",
            "URSSAF Aquitaine",
            "des experts-comptables (IDCC 787)",
            "M. Pierre Lacaze",
            "Associé gérant",
            "Bordeaux",
        ),
        "agence": Employer(
            "AGENCE CRÉATIVE PULSAR",
            "SAS",
            "20 000 €",
            ["9 rue de la Paix", "44000 NANTES"],
            siret("agence"),
            "7311Z",
            "Nantes",
            "URSSAF Pays de la Loire",
            "de la publicité (IDCC 86)",
            "Mme Sophie Le Goff",
            "Présidente",
            "Nantes",
        ),
        "soins": Employer(
            "EHPAD LES TILLEULS",
            "SAS",
            "500 000 €",
            ["14 avenue Jean Jaurès", "92140 CLAMART"],
            siret("soins"),
            "8710A",
            "Nanterre",
            "URSSAF Île-de-France",
            "de l'hospitalisation privée (IDCC 2264)",
            "M. Bruno Ferrand",
            "Directeur",
            "Clamart",
        ),
        "maint": Employer(
            "TECHNI-SERVICES INDUSTRIE",
            "SAS",
            "150 000 €",
            ["ZI des Chesnes", "38070 SAINT-QUENTIN-FALLAVIER"],
            siret("maint"),
            "3312Z",
            "Vienne",
            "URSSAF Rhône-Alpes",
            "de la métallurgie (IDCC 3248)",
            "Mme Nadia Ferhat",
            "Responsable RH",
            "Lyon",
        ),
        "logi": Employer(
            "LOGIFRET TRANSPORTS",
            "SAS",
            "300 000 €",
            ["5 rue des Docks", "69007 LYON"],
            siret("logi"),
            "5229A",
            "Lyon",
            "URSSAF Rhône-Alpes",
            "des transports routiers (IDCC 16)",
            "M. Damien Roux",
            "DRH",
            "Lyon",
        ),
        "resto": Employer(
            "BISTROT DES CANUTS",
            "SARL",
            "15 000 €",
            ["31 rue d'Austerlitz", "69004 LYON"],
            siret("resto"),
            "5610A",
            "Lyon",
            "URSSAF Rhône-Alpes",
            "des hôtels, cafés, restaurants (HCR, IDCC 1979)",
            "Mme Lucie Morel",
            "Gérante",
            "Lyon",
        ),
    }
    return E[key]


# ====================================================================== in order


def p01(out: Path):
    name = "p01_ramirez_gomez"
    b = Bundle(out / "packets" / name, name)
    addr = Address("14 rue Paul Bert", "69003", "Lyon", "Bâtiment B, 2e étage")
    p = Person(
        "RAMÍREZ GÓMEZ",
        "CAMILA ANDREA",
        "F",
        d("1991-03-02"),
        "Bogotá D.C.",
        "COL",
        "COL",
        addr,
        phone="06 12 48 77 31",
        email="camila.ramirez91@gmail.com",
    )
    pd = PassportData(p, "AT4829153", d("2022-05-10"), d("2032-05-09"), "COL")
    pas = passport_doc(pd)
    vd = VisaData(
        p,
        "AT4829153",
        "026418730",
        "D",
        d("2026-05-15"),
        d("2027-05-14"),
        "BOGOTA",
        d("2026-04-22"),
        ["VLS-TS SALARIE", "CESEDA R431-16"],
    )
    visa = visa_doc(vd)
    bc = Birth(
        "RAMÍREZ GÓMEZ",
        "CAMILA ANDREA",
        "F",
        p.dob,
        "COLOMBIA - CUNDINAMARCA - BOGOTÁ D.C.",
        "COL",
        "RAMÍREZ PARRA JORGE ENRIQUE",
        "GÓMEZ SALAZAR LUZ MARINA",
        d("2026-02-11"),
        reg_no="18234519",
        officer="NOTARIA QUINTA DE BOGOTÁ",
        extra={"serial": "18234519", "nuip": "1.019.254.876"},
    )
    bcd = birth_doc(bc, True)
    apo = apostille_doc(
        Apostille(
            "República de Colombia",
            "CARLOS ANDRÉS MEJÍA ROJAS",
            "NOTARIO QUINTO DEL CÍRCULO DE BOGOTÁ",
            "NOTARÍA QUINTA DE BOGOTÁ",
            "Bogotá D.C.",
            d("2026-02-18"),
            "Ministerio de Relaciones Exteriores",
            "A7QX2 18472663",
            lang="es",
            second="en",
            style=1,
        )
    )
    lease = lease_doc(
        Lease(
            "SCI LES TERRASSES DU RHÔNE",
            "8 quai Victor Augagneur, 69003 Lyon",
            ["Mme Camila Andrea RAMÍREZ GÓMEZ"],
            addr,
            d("2026-06-01"),
            d("2026-05-26"),
            745.0,
            60.0,
            agency="Agence Saxe-Guillotière Immobilier",
            agency_addr="102 avenue de Saxe, 69003 Lyon",
            surface=38,
        ),
        style=0,
    )
    acc = account(
        "bnp",
        name,
        ["MME CAMILA RAMIREZ GOMEZ", "14 RUE PAUL BERT", "69003 LYON"],
        "BNP PARIBAS LYON SAXE-GAMBETTA",
        ["94 avenue de Saxe", "69003 LYON"],
    )
    rib = bank.rib_bnp(acc, "CAMILA RAMIREZ GOMEZ", d("2026-06-10"))
    er = _employer("lumen")
    job = Job(
        "Mme Camila RAMIREZ GOMEZ",
        "Camila RAMIREZ GOMEZ",
        [addr.line1, "69003 LYON"],
        "Ingénieure qualité",
        d("2026-06-08"),
        "CDI",
        3150.0,
        "Cadre",
        dob=p.dob,
        pob="Bogotá (Colombie)",
        nationality="colombienne",
    )
    ctr = contract(er, job, d("2026-05-20"), style=0)
    slip = payslip(er, job, 2026, 10, style=0)
    ff = FormFill(
        p,
        "colombienne",
        "Bogotá",
        "Colombie",
        "salarie",
        job="Ingénieure qualité",
        contract="CDI",
        city="Lyon",
        signed_on=d("2026-11-10"),
        font="breip",
        ink="blue",
        run=0,
        seed=name,
    )
    form = application_form(ff)
    b.image_pdf("formulaire_cpam.pdf", [form], dpi=200, gray=True)
    b.scan("passeport + visa.jpg", Cards([(pas, 0), (visa, 0)]), dpi=300, quality=88)
    b.image_pdf("acte de naissance apostillé.pdf", [bcd, apo], dpi=240)
    b.text_pdf("bail_saxe.pdf", [lease], title="Contrat de location")
    b.text_pdf("RIB_BNP.pdf", [rib], title="RIB")
    b.text_pdf("contrat de travail CDI.pdf", [ctr])
    b.text_pdf("bulletin_octobre_2026.pdf", [slip], producer="Silae")
    return _finish(out, name, b, "2026-11-16", p, pas.fields, employed=True)


def p02(out: Path):
    name = "p02_zhang_wei"
    b = Bundle(out / "packets" / name, name)
    addr = Address("27 rue de Tolbiac", "75013", "Paris", "Esc. C, 5e étage")
    p = Person(
        "ZHANG",
        "WEI",
        "M",
        d("1990-07-21"),
        "Wuhan",
        "CHN",
        "CHN",
        addr,
        phone="07 68 21 09 55",
        email="zhangwei.paris@outlook.com",
    )
    pd = PassportData(
        p,
        "EJ4827113",
        d("2023-03-02"),
        d("2033-03-01"),
        "CHN",
        cn_name="张伟",
        pob_viz="湖北/HUBEI",
    )
    pas = passport_doc(pd, notes="surname first; Chinese characters beside the latin names")
    pm = PermitData(
        p,
        "NC8B41207",
        "7502918364",
        "CARTE DE SEJOUR PLURIANNUELLE",
        "PASSEPORT TALENT",
        d("2025-09-01"),
        d("2029-08-31"),
        "PRÉFECTURE DE POLICE",
        d("2025-09-12"),
        [addr.line1.upper(), "75013 PARIS"],
    )
    perm = permit_doc(pm)
    bc = Birth(
        "ZHANG",
        "WEI",
        "M",
        p.dob,
        "Wuhan City, Hubei Province, the People's Republic of China",
        "CHN",
        "Zhang Jianguo",
        "Li Xiuying",
        d("2025-06-10"),
        reg_no="10482",
        extra={"cn_name": "张伟", "cn_place": "湖北省武汉市"},
    )
    bcd = birth_doc(bc, True, notes="notarial certificate of birth, Chinese page then English page")
    apo = apostille_doc(
        Apostille(
            "中华人民共和国 / People's Republic of China",
            "Wang Li",
            "公证员 / Notary Public",
            "湖北省武汉市江汉公证处",
            "武汉 / Wuhan",
            d("2025-06-20"),
            "湖北省外事办公室 / Foreign Affairs Office of Hubei",
            "HB2025/0061873",
            lang="zh",
            second="en",
        )
    )
    bills = bill_series(
        "free",
        "M. Wei ZHANG",
        "Wei ZHANG",
        addr,
        [(2026, 8), (2026, 9), (2026, 10)],
        29.99,
        name,
        extra={"email": p.email},
    )
    acc = account("bourso", name, ["M WEI ZHANG"], "BoursoBank")
    rib = bank.rib_app(acc, "WEI ZHANG", "bourso", clock="10:15")
    er = _employer("datanova")
    job = Job(
        "M. ZHANG Wei",
        "ZHANG Wei",
        [addr.line1, "75013 PARIS"],
        "Data engineer",
        d("2025-09-15"),
        "CDI",
        4200.0,
        "Cadre",
    )
    slip = payslip(er, job, 2026, 10, style=1)
    ff = FormFill(
        p,
        "chinoise",
        "Wuhan",
        "Chine",
        "salarie",
        job="Data engineer",
        contract="CDI",
        city="Paris",
        signed_on=d("2026-11-04"),
        mode="typed",
        run=1,
        seed=name,
    )
    form = application_form(ff)
    b.scan("scan0001.jpg", (form, 0), dpi=200, gray=True, quality=80)
    b.scan("scan0002.jpg", (form, 1), dpi=200, gray=True, quality=80)
    b.photo("passport.jpg", pas, rotate=90, card=1)
    b.scan("titre_sejour_recto.jpg", Cards([(perm, 0)]), dpi=300)
    b.scan("titre_sejour_verso.jpg", Cards([(perm, 1)]), dpi=300)
    b.image_pdf("birth_notarial_certificate.pdf", [bcd, apo], dpi=200)
    b.text_pdf("factures_free_aout_sept_oct.pdf", bills, producer="Free")
    b.screenshot("Screenshot_20261104-101512.png", rib)
    b.text_pdf("fiche de paie 10-2026.pdf", [slip], producer="PayFit")
    return _finish(
        out,
        name,
        b,
        "2026-11-09",
        p,
        pas.fields,
        employed=True,
        notes="bills and payslip write the name in western order (Wei ZHANG)",
    )


def p03(out: Path):
    name = "p03_benali_martin"
    b = Bundle(out / "packets" / name, name)
    addr = Address("5 allée des Tilleuls", "31400", "Toulouse")
    p = Person(
        "BENALI",
        "AMINA",
        "F",
        d("1994-05-17"),
        "Oran",
        "DZA",
        "DZA",
        addr,
        usage="MARTIN",
        phone="06 45 90 12 38",
        email="amina.martin31@gmail.com",
    )
    pd = PassportData(p, "301845296", d("2021-09-14"), d("2031-09-13"), "DZA")
    pas = passport_doc(pd)
    pm = PermitData(
        p,
        "NC9D22815",
        "3102846521",
        "CERTIFICAT DE RÉSIDENCE ALGÉRIEN",
        "CONJOINT DE FRANÇAIS",
        d("2026-03-10"),
        d("2027-03-09"),
        "PRÉFECTURE DE LA HAUTE-GARONNE",
        d("2026-03-24"),
        [addr.line1.upper(), "31400 TOULOUSE"],
        usage="ÉP. MARTIN",
    )
    perm = permit_doc(
        pm, notes="Algerians hold a certificat de résidence (no VLS-TS); usage name ÉP. MARTIN"
    )
    bc = Birth(
        "BENALI",
        "Amina",
        "F",
        p.dob,
        "Oran",
        "DZA",
        "Benali Mohamed",
        "Kaddour Fatima",
        d("2026-01-05"),
        reg_no="02714",
        extra={
            "wilaya": "Oran",
            "commune": "Oran",
            "marginal": "Mariée le 14/06/2025 à Toulouse avec MARTIN Julien",
        },
    )
    bcd = birth_doc(
        bc,
        False,
        notes="Algeria: no apostille needed (Franco-Algerian protocol of 28 August 1962 "
        "dispenses civil-status documents from legalisation)",
    )
    host = Person("MARTIN", "JULIEN PIERRE", "M", d("1990-11-02"), "Toulouse", "FRA", "FRA", addr)
    cni = id_doc(
        IdData(
            host,
            "FRA",
            "X7KR2PQF4",
            d("2022-04-11"),
            d("2032-04-10"),
            pob_viz="TOULOUSE (31)",
            address=["5 ALLÉE DES TILLEULS", "31400 TOULOUSE"],
        ),
        notes="the host's (husband's) identity card",
    )
    hb = hosting_doc(
        Hosting(
            "Julien MARTIN",
            host.dob,
            "Toulouse (31)",
            "Amina MARTIN née BENALI",
            p.dob,
            "Oran (Algérie)",
            addr,
            d("2025-06-14"),
            "Toulouse",
            d("2026-11-15"),
            relation="mon épouse",
        ),
        handwritten=True,
        font="dkg",
        ink="blue",
    )
    bills = bill_series(
        "edf",
        "M. Julien MARTIN",
        "Julien MARTIN",
        addr,
        [(2026, 8), (2026, 9), (2026, 10)],
        68.0,
        name,
    )
    acc = account(
        "cm",
        name,
        ["M. JULIEN MARTIN", "OU MME AMINA MARTIN", "5 ALLEE DES TILLEULS", "31400 TOULOUSE"],
        "CCM TOULOUSE SAINT-CYPRIEN",
        ["12 place Saint-Cyprien", "31300 TOULOUSE"],
    )
    rib = bank.rib_cm(acc, "JULIEN MARTIN OU AMINA MARTIN", d("2025-07-01"))
    rib.notes = "joint account of the applicant and her husband"
    ff = FormFill(
        p,
        "algérienne",
        "Oran",
        "Algérie",
        "inactif",
        city="Toulouse",
        signed_on=d("2026-11-16"),
        font="dancing",
        ink="blue",
        run=2,
        usage_written="MARTIN",
        seed=name,
    )
    form = application_form(ff)
    b.photo("IMG_20261116_184502.jpg", (form, 0), rotate=0)
    b.photo("IMG_20261116_184519.jpg", (form, 1), rotate=180)
    b.scan("passeport amina.jpg", Cards([(pas, 0)]), dpi=300, quality=85)
    b.image_pdf("certificat de residence.pdf", [Cards([(perm, 0), (perm, 1)])], dpi=300)
    b.scan("acte naissance.jpg", bcd, dpi=200, gray=True)
    b.scan("attestation hebergement.jpg", hb, dpi=200)
    b.scan("cni julien.jpg", Cards([(cni, 0), (cni, 1)]), dpi=300, quality=85)
    b.text_pdf("factures EDF aout sept oct.pdf", bills, producer="EDF")
    b.scan("rib commun.png", rib, dpi=150, gray=False)
    return _finish(
        out,
        name,
        b,
        "2026-11-23",
        p,
        pas.fields,
        employed=False,
        notes="married woman using her husband's name; residence proof by attestation route",
    )


def p04(out: Path):
    name = "p04_de_luca_francesca"
    b = Bundle(out / "packets" / name, name)
    addr = Address("9 rue Mercière", "69002", "Lyon")
    p = Person(
        "DE LUCA",
        "FRANCESCA",
        "F",
        d("1994-11-30"),
        "Napoli",
        "ITA",
        "ITA",
        addr,
        phone="+39 347 218 4410",
        email="f.deluca@libero.it",
    )
    cie = id_doc(
        IdData(
            p,
            "ITA",
            "CA48213RT",
            d("2021-03-01"),
            d("2031-11-30"),
            pob_viz="NAPOLI (NA)",
            address=["VIA TOLEDO 212", "NAPOLI (NA)"],
        ),
        notes="EU national: Italian electronic identity card instead of a passport",
    )
    bc = Birth(
        "DE LUCA",
        "FRANCESCA",
        "F",
        p.dob,
        "Napoli",
        "ITA",
        "DE LUCA GIUSEPPE",
        "ESPOSITO ANNA",
        d("2026-04-02"),
        reg_no="1287",
        extra={"comune": "NAPOLI"},
    )
    bcd = birth_doc(
        bc,
        False,
        notes="EU document with the multilingual standard form (Regulation (EU) 2016/1191)",
    )
    bills = bill_series(
        "total",
        "Mme Francesca DE LUCA",
        "Francesca DE LUCA",
        addr,
        [(2026, 8), (2026, 9), (2026, 10)],
        54.0,
        name,
    )
    acc = account(
        "ca",
        name,
        ["MLLE FRANCESCA DE LUCA", "9 RUE MERCIERE", "69002 LYON"],
        "CREDIT AGRICOLE CENTRE-EST LYON CORDELIERS",
        ["5 place des Cordeliers", "69002 LYON"],
    )
    rib = bank.rib_generic(acc, "FRANCESCA DE LUCA", d("2026-05-12"), "ca", "CRÉDIT AGRICOLE")
    er = _employer("agence")
    job = Job(
        "Mme Francesca DE LUCA",
        "Francesca DE LUCA",
        ["9 rue Mercière", "69002 LYON"],
        "Chargée de communication",
        d("2026-05-04"),
        "CDD",
        2400.0,
        end=d("2027-05-03"),
        dob=p.dob,
        pob="Naples (Italie)",
        nationality="italienne",
    )
    ctr = contract(er, job, d("2026-04-28"), style=1)
    ff = FormFill(
        p,
        "italienne",
        "Napoli",
        "Italie",
        "salarie",
        job="Chargée de communication",
        contract="CDD",
        city="Lyon",
        signed_on=d("2026-11-24"),
        mode="acro",
        run=2,
        seed=name,
    )
    form = application_form(ff)
    b.text_pdf("S1106_demande_PUMa_remplie.pdf", [form], title="Demande d'ouverture des droits")
    b.scan("carta identita fronte retro.jpg", Cards([(cie, 0), (cie, 1)]), dpi=300)
    b.image_pdf("estratto nascita.pdf", [bcd], dpi=200, gray=True)
    b.text_pdf("TotalEnergies_facture_08.pdf", [bills[0]])
    b.text_pdf("TotalEnergies_facture_09.pdf", [bills[1]])
    b.text_pdf("TotalEnergies_facture_10.pdf", [bills[2]])
    b.text_pdf("rib credit agricole.pdf", [rib])
    b.image_pdf("CDD signé.pdf", [ctr], dpi=200, gray=True)
    return _finish(
        out,
        name,
        b,
        "2026-12-01",
        p,
        cie.fields,
        employed=True,
        eu=True,
        notes="EU national (residence_status not applicable); fillable PDF form with AcroForm fields "
        "and a pasted signature image",
    )


def p05(out: Path):
    name = "p05_hughes_oliver"
    b = Bundle(out / "packets" / name, name)
    addr = Address("3 impasse des Vignes", "33000", "Bordeaux")
    p = Person(
        "HUGHES",
        "OLIVER JAMES",
        "M",
        d("1987-09-14"),
        "Manchester",
        "GBR",
        "GBR",
        addr,
        phone="06 71 33 20 84",
        email="oliver.hughes@protonmail.com",
    )
    pd = PassportData(p, "548213907", d("2020-02-18"), d("2030-05-18"), "GBR")
    pas = passport_doc(pd)
    vd = VisaData(
        p,
        "548213907",
        "026731144",
        "D",
        d("2026-04-01"),
        d("2027-03-31"),
        "LONDRES",
        d("2026-03-10"),
        ["VLS-TS VISITEUR", "ACTIVITE PROFESSIONNELLE INTERDITE"],
    )
    visa = visa_doc(vd)
    bc = Birth(
        "HUGHES",
        "Oliver James",
        "M",
        p.dob,
        "St Mary's Hospital, Manchester",
        "GBR",
        "David Hughes",
        "Sarah Hughes formerly Collins",
        d("2025-12-02"),
        reg_no="0217",
    )
    bcd = birth_doc(bc, True)
    apo = apostille_doc(
        Apostille(
            "United Kingdom of Great Britain and Northern Ireland",
            "R. Patel",
            "Registrar",
            "General Register Office",
            "Milton Keynes",
            d("2026-01-08"),
            "HM Principal Secretary of State for Foreign Affairs",
            "APO-1K-482173",
            lang="en",
            style=0,
        )
    )
    lease = lease_doc(
        Lease(
            "M. Bernard DUCASSE",
            "17 rue Judaïque, 33000 Bordeaux",
            ["M. Oliver HUGHES"],
            addr,
            d("2026-04-15"),
            d("2026-04-10"),
            690.0,
            45.0,
            furnished=True,
            surface=31,
            rooms=1,
            floor="rez-de-chaussée",
        ),
        style=2,
    )
    acc = foreign_account(
        "DE", "10011001" + "2843191773", "NTSBDEB1XXX", "N26", ["Oliver James Hughes"]
    )
    rib = bank.rib_app(acc, "Oliver James Hughes", "n26", clock="18:02")
    ff = FormFill(
        p,
        "britannique",
        "Manchester",
        "Royaume-Uni",
        "inactif",
        city="Bordeaux",
        signed_on=d("2026-11-06"),
        font="humor",
        ink="black",
        run=1,
        seed=name,
    )
    form = application_form(ff)
    b.scan("form p1.jpg", (form, 0), dpi=200)
    b.scan("form p2.png", (form, 1), dpi=150, gray=True)
    b.image_pdf("passport_and_visa.pdf", [Cards([(pas, 0)]), Cards([(visa, 0)])], dpi=250)
    b.image_pdf("birth certificate + apostille.pdf", [bcd, apo], dpi=200)
    b.text_pdf("bail meublé signé.pdf", [lease])
    b.screenshot("IMG_4471.PNG", rib)
    return _finish(
        out,
        name,
        b,
        "2026-11-12",
        p,
        pas.fields,
        employed=False,
        notes="N26 account with a German IBAN: a legal SEPA IBAN (information only)",
    )


def p06(out: Path):
    name = "p06_oneill_kathleen"
    b = Bundle(out / "packets" / name, name)
    addr = Address("48 rue de la République", "13001", "Marseille")
    p = Person(
        "O'NEILL",
        "KATHLEEN MARY",
        "F",
        d("1988-06-14"),
        "Los Angeles",
        "USA",
        "USA",
        addr,
        phone="07 82 11 54 06",
        email="kathleen.oneill@icloud.com",
    )
    pd = PassportData(
        p, "A48120937", d("2024-01-16"), d("2034-01-15"), "USA", pob_viz="CALIFORNIA, U.S.A."
    )
    pas = passport_doc(pd, notes="the MRZ drops the apostrophe: ONEILL")
    vd = VisaData(
        p,
        "A48120937",
        "026390052",
        "D",
        d("2026-02-01"),
        d("2027-01-31"),
        "LOS ANGELES",
        d("2026-01-09"),
        ["VLS-TS CONJOINT DE FRANCAIS"],
        surname_viz="O'NEILL",
    )
    visa = visa_doc(vd)
    bc = Birth(
        "O'NEILL",
        "KATHLEEN MARY",
        "F",
        p.dob,
        "LOS ANGELES",
        "USA",
        "PATRICK JOSEPH O'NEILL",
        "MARGARET ANN DOYLE",
        d("2025-10-20"),
        reg_no="3527",
        extra={"state": "CALIFORNIA", "county": "LOS ANGELES"},
    )
    bcd = birth_doc(bc, True)
    apo = apostille_doc(
        Apostille(
            "United States of America",
            "Karen L. Smith",
            "State Registrar",
            "California Department of Public Health",
            "Sacramento, California",
            d("2025-11-03"),
            "Secretary of State of California",
            "A-0925338",
            lang="en",
            style=2,
        )
    )
    host = Person("LEFÈVRE", "THOMAS", "M", d("1986-02-09"), "Marseille", "FRA", "FRA", addr)
    hpd = PassportData(
        host, "21CK48301", d("2021-06-02"), d("2031-06-01"), "FRA", pob_viz="MARSEILLE (13)"
    )
    hpas = passport_doc(hpd, notes="the host's (husband's) French passport")
    hb = hosting_doc(
        Hosting(
            "Thomas LEFÈVRE",
            host.dob,
            "Marseille (13)",
            "Kathleen O'Neill",
            p.dob,
            "Los Angeles (États-Unis)",
            addr,
            d("2026-02-03"),
            "Marseille",
            d("2026-10-28"),
            relation="mon épouse",
        ),
        handwritten=False,
    )
    bills = bill_series(
        "engie",
        "M. Thomas LEFEVRE",
        "Thomas LEFEVRE",
        addr,
        [(2026, 7), (2026, 8), (2026, 9)],
        92.0,
        name,
    )
    acc = account(
        "lbp",
        name,
        ["M THOMAS LEFEVRE", "OU MME KATHLEEN O'NEILL"],
        "LA BANQUE POSTALE",
        ["Centre financier de Marseille", "13900 MARSEILLE CEDEX 20"],
    )
    rib = bank.rib_lbp(acc, "THOMAS LEFEVRE OU KATHLEEN O'NEILL", d("2026-03-02"))
    rib.notes = "joint account"
    ff = FormFill(
        p,
        "américaine",
        "Los Angeles",
        "États-Unis",
        "inactif",
        city="Marseille",
        signed_on=d("2026-10-29"),
        font="comic",
        ink="blue",
        run=0,
        seed=name,
    )
    form = application_form(ff)
    b.image_pdf("Demande_ouverture_droits_scan.pdf", [form], dpi=200)
    b.photo("passport photo page.jpg", pas, card=1)
    b.photo("visa.jpg", visa, card=0, rotate=270)
    b.image_pdf("birth_certificate_apostille.pdf", [bcd, apo], dpi=200)
    b.text_pdf("attestation_hebergement_signee.pdf", [hb])
    b.scan("passeport thomas.jpg", Cards([(hpas, 0)]), dpi=250)
    b.text_pdf("engie juillet.pdf", [bills[0]])
    b.text_pdf("engie aout.pdf", [bills[1]])
    b.text_pdf("engie septembre.pdf", [bills[2]])
    b.text_pdf("RIB_LBP.pdf", [rib])
    return _finish(
        out,
        name,
        b,
        "2026-11-05",
        p,
        pas.fields,
        employed=False,
        notes="attestation route; host's ID is a passport; the attestation omits the middle name",
    )


def p07(out: Path):
    name = "p07_patel_rohan"
    b = Bundle(out / "packets" / name, name)
    addr = Address("112 boulevard Voltaire", "75011", "Paris")
    p = Person(
        "PATEL",
        "ROHAN VIKRAM",
        "M",
        d("1992-01-25"),
        "Mumbai",
        "IND",
        "IND",
        addr,
        phone="06 28 37 19 64",
        email="rohan.v.patel@gmail.com",
    )
    pd = PassportData(
        p, "Z6712458", d("2023-08-21"), d("2033-08-20"), "IND", pob_viz="MUMBAI, MAHARASHTRA"
    )
    pas = passport_doc(pd)
    vd = VisaData(
        p,
        "Z6712458",
        "026555821",
        "D",
        d("2026-03-01"),
        d("2027-02-28"),
        "MUMBAI",
        d("2026-02-05"),
        ["VLS-TS SALARIE"],
    )
    visa = visa_doc(vd)
    bc = Birth(
        "PATEL",
        "ROHAN VIKRAM",
        "M",
        p.dob,
        "HOLY FAMILY HOSPITAL, BANDRA, MUMBAI",
        "IND",
        "VIKRAM SURESH PATEL",
        "MEERA VIKRAM PATEL",
        d("2025-11-14"),
        reg_no="M-1992-004412",
    )
    bcd = birth_doc(bc, True)
    apo = apostille_doc(
        Apostille(
            "India",
            "Dr. S. K. Kulkarni",
            "Registrar of Births and Deaths",
            "Municipal Corporation of Greater Mumbai",
            "New Delhi",
            d("2025-12-09"),
            "Ministry of External Affairs, Government of India",
            "MH/2025/0419227",
            lang="en",
            style=0,
        )
    )
    bills = bill_series(
        "sfr", "M ROHAN PATEL", "ROHAN PATEL", addr, [(2026, 8), (2026, 9), (2026, 10)], 21.99, name
    )
    acc = account(
        "sg",
        name,
        ["M ROHAN VIKRAM PATEL", "112 BD VOLTAIRE", "75011 PARIS"],
        "SG PARIS VOLTAIRE",
        ["98 boulevard Voltaire", "75011 PARIS"],
    )
    rib = bank.rib_sg_letter(
        acc,
        "ROHAN VIKRAM PATEL",
        d("2026-03-16"),
        ["M. Rohan Vikram PATEL", "112 boulevard Voltaire", "75011 PARIS"],
        "Monsieur",
    )
    er = _employer("datanova")
    job = Job(
        "M. Rohan PATEL",
        "Rohan PATEL",
        ["112 bd Voltaire", "75011 PARIS"],
        "Développeur logiciel",
        d("2026-03-09"),
        "CDI",
        3800.0,
        "Cadre",
    )
    slip = payslip(er, job, 2026, 10, style=2)
    ff = FormFill(
        p,
        "indienne",
        "Mumbai",
        "Inde",
        "salarie",
        job="Développeur logiciel",
        contract="CDI",
        city="Paris",
        signed_on=d("2026-11-14"),
        font="dkg",
        ink="black",
        run=0,
        seed=name,
    )
    form = application_form(ff)
    b.photo("WhatsApp Image 2026-11-14 at 21.03.11.jpeg", (form, 0))
    b.photo("WhatsApp Image 2026-11-14 at 21.03.12.jpeg", (form, 1))
    b.scan("passport_visa_scan.jpg", Cards([(pas, 0), (visa, 0)]), dpi=200, gray=True)
    b.image_pdf("Birth certificate.pdf", [bcd, apo], dpi=200, gray=True)
    b.text_pdf("SFR_Facture_2026-08.pdf", [bills[0]])
    b.text_pdf("SFR_Facture_2026-09.pdf", [bills[1]])
    b.text_pdf("SFR_Facture_2026-10.pdf", [bills[2]])
    b.image_pdf("courrier banque ouverture compte.pdf", [rib], dpi=200)
    b.text_pdf("Bulletin_de_salaire_2026_10.pdf", [slip], producer="Sage Paie")
    return _finish(
        out,
        name,
        b,
        "2026-11-18",
        p,
        pas.fields,
        employed=True,
        notes="mobile bills omit the middle name; RIB printed at the foot of a bank letter",
    )


def p08(out: Path):
    name = "p08_souza_silva_ana"
    b = Bundle(out / "packets" / name, name)
    addr = Address("6 rue du Taur", "31000", "Toulouse", "Appartement 12")
    p = Person(
        "SOUZA SILVA",
        "ANA LUÍSA",
        "F",
        d("1996-08-09"),
        "São Paulo",
        "BRA",
        "BRA",
        addr,
        phone="07 55 02 83 19",
        email="analuisa.souza@gmail.com",
    )
    pd = PassportData(
        p,
        "FX482915",
        d("2022-11-03"),
        d("2032-11-02"),
        "BRA",
        given_viz="ANA LUÍSA",
        pob_viz="SÃO PAULO/SP",
    )
    pas = passport_doc(pd)
    vd = VisaData(
        p,
        "FX482915",
        "026604418",
        "D",
        d("2026-02-15"),
        d("2027-02-14"),
        "SAO PAULO",
        d("2026-01-20"),
        ["VLS-TS TRAVAILLEUR TEMPORAIRE"],
        given_viz="ANA LUISA",
    )
    visa = visa_doc(vd)
    bc = Birth(
        "SOUZA SILVA",
        "ANA LUÍSA",
        "F",
        p.dob,
        "SÃO PAULO - SP",
        "BRA",
        "CARLOS EDUARDO SOUZA SILVA",
        "MARIA DE FÁTIMA PEREIRA SOUZA",
        d("2025-09-30"),
        reg_no="0041528",
    )
    bcd = birth_doc(bc, True)
    apo = apostille_doc(
        Apostille(
            "República Federativa do Brasil",
            "Ana Paula Ribeiro",
            "Escrevente autorizada",
            "Oficial de Registro Civil - 28º Subdistrito",
            "São Paulo",
            d("2025-10-06"),
            "Tabelião de Notas - 2º Tabelionato de São Paulo",
            "BRA2025100600318",
            lang="pt",
            second="en",
            style=1,
        )
    )
    tr = translation_doc(
        bc,
        "Portugais",
        "Isabel FONTAINE",
        "Toulouse",
        "Toulouse",
        d("2025-12-01"),
        "2025-1187",
        with_apostille="BRA2025100600318",
    )
    lease = lease_doc(
        Lease(
            "Mme Geneviève SABATIER",
            "22 allées Jean Jaurès, 31000 Toulouse",
            ["Mme Ana Luísa SOUZA SILVA", "M. Lucas FERREIRA"],
            addr,
            d("2026-03-01"),
            d("2026-02-20"),
            980.0,
            90.0,
            surface=64,
            rooms=3,
            floor="2e étage",
        ),
        style=1,
    )
    acc = account(
        "lbp",
        name,
        ["MME ANA LUISA SOUZA SILVA", "6 RUE DU TAUR APPT 12", "31000 TOULOUSE"],
        "LA BANQUE POSTALE",
        ["Centre financier de Toulouse", "31900 TOULOUSE CEDEX 9"],
    )
    rib = bank.rib_lbp(acc, "ANA LUISA SOUZA SILVA", d("2026-02-25"))
    er = _employer("bioinst")
    job = Job(
        "Mme Ana Luísa SOUZA SILVA",
        "Ana Luísa SOUZA SILVA",
        [addr.line1, "31000 TOULOUSE"],
        "Assistante de recherche",
        d("2026-02-16"),
        "CDD",
        2350.0,
        end=d("2027-02-14"),
        dob=p.dob,
        pob="São Paulo (Brésil)",
        nationality="brésilienne",
    )
    ctr = contract(er, job, d("2026-01-12"), style=2)
    ff = FormFill(
        p,
        "brésilienne",
        "São Paulo",
        "Brésil",
        "salarie",
        job="Assistante de recherche",
        contract="CDD",
        city="Toulouse",
        signed_on=d("2026-11-20"),
        font="dancing",
        ink="blue",
        run=1,
        seed=name,
    )
    form = application_form(ff)
    b.image_pdf("formulaire S1106.pdf", [form], dpi=220)
    b.scan("passaporte.jpg", Cards([(pas, 0)]), dpi=300)
    b.scan("visto.jpg", Cards([(visa, 0)]), dpi=300)
    b.image_pdf("certidao nascimento apostila traducao.pdf", [bcd, apo, tr], dpi=200)
    b.text_pdf("bail colocation.pdf", [lease])
    b.scan("RIB.jpg", rib, dpi=200, quality=82)
    b.text_pdf("contrat CDD Biomedica.pdf", [ctr])
    return _finish(
        out,
        name,
        b,
        "2026-11-27",
        p,
        pas.fields,
        employed=True,
        notes="flat-share lease with two tenants; birth certificate with apostille and sworn translation",
    )


def p09(out: Path):
    name = "p09_kovalenko_olena"
    b = Bundle(out / "packets" / name, name)
    addr = Address("21 rue Saint-Michel", "35000", "Rennes")
    p = Person(
        "KOVALENKO",
        "OLENA",
        "F",
        d("1993-04-11"),
        "Kharkiv",
        "UKR",
        "UKR",
        addr,
        phone="07 49 66 30 12",
        email="olena.kovalenko93@ukr.net",
    )
    pd = PassportData(p, "FK482731", d("2022-07-19"), d("2032-07-19"), "UKR", pob_viz="ХАРКІВ/UKR")
    pas = passport_doc(pd)
    pm = PermitData(
        p,
        "NC7F93318",
        "3501842290",
        "CARTE DE SEJOUR TEMPORAIRE",
        "ÉTUDIANT",
        d("2026-09-01"),
        d("2027-08-31"),
        "PRÉFECTURE D'ILLE-ET-VILAINE",
        d("2026-09-18"),
        [addr.line1.upper(), "35000 RENNES"],
    )
    perm = permit_doc(pm)
    bc = Birth(
        "KOVALENKO",
        "OLENA",
        "F",
        p.dob,
        "м. Харків, Харківська обл., Україна",
        "UKR",
        "КОВАЛЕНКО ВІКТОР ІВАНОВИЧ",
        "КОВАЛЕНКО НАТАЛІЯ ПЕТРІВНА",
        d("2025-08-05"),
        reg_no="1182",
        extra={"uk_surname": "КОВАЛЕНКО", "uk_given": "ОЛЕНА", "uk_patronymic": "ВІКТОРІВНА"},
    )
    bcd = birth_doc(bc, True, notes="Ukrainian certificate: names printed in Cyrillic only")
    bcd.fields["surname"] = "КОВАЛЕНКО"
    bcd.fields["given_names"] = "ОЛЕНА"
    apo = apostille_doc(
        Apostille(
            "Україна / Ukraine",
            "Іваненко О. П.",
            "начальник відділу",
            "Відділ ДРАЦС Харків",
            "м. Київ",
            d("2025-08-20"),
            "Міністерство юстиції України",
            "UA-25-0812745",
            lang="uk",
            second="en",
        )
    )
    bills = bill_series(
        "orange",
        "Mme Olena KOVALENKO",
        "Olena KOVALENKO",
        addr,
        [(2026, 8), (2026, 9), (2026, 10)],
        42.99,
        name,
    )
    acc = account(
        "cm",
        name,
        ["MME KOVALENKO OLENA", "21 RUE SAINT MICHEL", "35000 RENNES"],
        "CCM RENNES CENTRE",
        ["4 place de la République", "35000 RENNES"],
    )
    rib = bank.rib_cm(acc, "KOVALENKO OLENA", d("2026-09-22"))
    ff = FormFill(
        p,
        "ukrainienne",
        "Kharkiv",
        "Ukraine",
        "etudiant",
        city="Rennes",
        signed_on=d("2026-11-17"),
        font="breip",
        ink="darkblue",
        run=2,
        seed=name,
    )
    form = application_form(ff)
    b.photo("IMG_2034.jpeg", (form, 0))
    b.photo("IMG_2035.jpeg", (form, 1))
    b.photo("IMG_2036.jpeg", pas, card=1)
    b.photo("IMG_2037.jpeg", perm, card=0)
    b.photo("IMG_2038.jpeg", perm, card=1)
    b.image_pdf("svidotstvo.pdf", [bcd, apo], dpi=200)
    b.text_pdf("facture orange 08.pdf", [bills[0]])
    b.text_pdf("facture orange 09.pdf", [bills[1]])
    b.text_pdf("facture orange 10.pdf", [bills[2]])
    b.scan("rib.jpg", rib, dpi=150, gray=True)
    return _finish(
        out,
        name,
        b,
        "2026-11-20",
        p,
        pas.fields,
        employed=False,
        notes="student (situation 'étudiant'); everything photographed with a phone",
    )


def p10(out: Path):
    name = "p10_sahin_cagla"
    b = Bundle(out / "packets" / name, name)
    addr = Address("17 rue Sainte-Catherine", "33000", "Bordeaux")
    p = Person(
        "ŞAHİN",
        "ÇAĞLA",
        "F",
        d("1990-02-28"),
        "İstanbul",
        "TUR",
        "TUR",
        addr,
        phone="06 38 51 77 02",
        email="cagla.sahin@gmail.com",
    )
    pd = PassportData(p, "U18452730", d("2021-12-06"), d("2031-12-06"), "TUR", pob_viz="KADIKÖY")
    pas = passport_doc(pd, notes="Turkish letters; the MRZ reads SAHIN<<CAGLA")
    pm = PermitData(
        p,
        "NC6A40912",
        "3302715846",
        "CARTE DE SEJOUR PLURIANNUELLE",
        "SALARIÉ",
        d("2024-10-01"),
        d("2028-09-30"),
        "PRÉFECTURE DE LA GIRONDE",
        d("2024-10-15"),
        [addr.line1.upper(), "33000 BORDEAUX"],
    )
    perm = permit_doc(pm)
    bc = Birth(
        "ŞAHİN",
        "ÇAĞLA",
        "F",
        p.dob,
        "KADIKÖY / İSTANBUL",
        "TUR",
        "MEHMET",
        "AYŞE",
        d("2024-05-14"),
        reg_no="2241",
    )
    bcd = birth_doc(bc, True)
    apo = apostille_doc(
        Apostille(
            "Türkiye",
            "Ahmet Yıldız",
            "Nüfus Müdürü",
            "Kadıköy İlçe Nüfus Müdürlüğü",
            "Kadıköy",
            d("2024-05-16"),
            "Kadıköy Kaymakamlığı",
            "2024/01883",
            lang="tr",
            second="fr",
        )
    )
    lease = lease_doc(
        Lease(
            "M. et Mme Jean-Louis PEYRAT",
            "8 cours du Médoc, 33300 Bordeaux",
            ["Mme Çağla ŞAHİN"],
            addr,
            d("2024-10-01"),
            d("2024-09-24"),
            720.0,
            55.0,
            agency="Cabinet Immobilier Chartrons",
            agency_addr="40 quai des Chartrons, 33000 Bordeaux",
            surface=45,
        ),
        style=1,
    )
    acc = account(
        "ce",
        name,
        ["MME CAGLA SAHIN", "17 RUE SAINTE CATHERINE", "33000 BORDEAUX"],
        "CAISSE D'EPARGNE BORDEAUX GAMBETTA",
        ["1 place Gambetta", "33000 BORDEAUX"],
    )
    rib = bank.rib_generic(
        acc,
        "CAGLA SAHIN",
        d("2024-10-20"),
        "ce",
        "CAISSE D'EPARGNE",
        font="Roboto",
        fb="Roboto-B",
        col=(220, 20, 40),
    )
    er = _employer("compta")
    job = Job(
        "Mme Çağla ŞAHİN",
        "Çağla ŞAHİN",
        [addr.line1, "33000 BORDEAUX"],
        "Comptable",
        d("2024-10-07"),
        "CDI",
        2650.0,
    )
    slip = payslip(er, job, 2026, 11, style=0)
    ctr = contract(er, job, d("2024-09-30"), style=0)
    ff = FormFill(
        p,
        "turque",
        "İstanbul",
        "Turquie",
        "salarie",
        job="Comptable",
        contract="CDI",
        city="Bordeaux",
        signed_on=d("2026-12-01"),
        mode="typed",
        run=0,
        seed=name,
        surname_written="SAHIN",
        given_written="CAGLA",
    )
    form = application_form(ff)
    b.scan("demande_puma_p1.jpg", (form, 0), dpi=240)
    b.scan("demande_puma_p2.jpg", (form, 1), dpi=240)
    b.image_pdf(
        "pasaport ve oturum karti.pdf", [Cards([(pas, 0)]), Cards([(perm, 0), (perm, 1)])], dpi=300
    )
    b.image_pdf("formul A + apostil.pdf", [bcd, apo], dpi=200)
    b.image_pdf("bail.pdf", [lease], dpi=200, gray=True)
    b.text_pdf("RIB Caisse Epargne.pdf", [rib])
    b.text_pdf("bulletin novembre 2026.pdf", [slip])
    b.text_pdf("contrat.pdf", [ctr])
    return _finish(
        out,
        name,
        b,
        "2026-12-03",
        p,
        pas.fields,
        employed=True,
        notes="typed form without Turkish letters (SAHIN, CAGLA); payslip of the current month",
    )


# ====================================================================== one defect each


def p11(out: Path):
    name = "p11_el_amrani_youssef"
    b = Bundle(out / "packets" / name, name)
    addr = Address("58 boulevard de la Liberté", "59000", "Lille")
    p = Person(
        "EL AMRANI",
        "YOUSSEF",
        "M",
        d("1989-12-03"),
        "Casablanca",
        "MAR",
        "MAR",
        addr,
        phone="06 14 72 88 30",
        email="y.elamrani@hotmail.fr",
    )
    pd = PassportData(p, "TK1847203", d("2021-10-15"), d("2026-10-14"), "MAR")
    pas = passport_doc(pd, notes="DEFECT: passport expired on 2026-10-14, before the audit date")
    pm = PermitData(
        p,
        "NC5C18830",
        "5902218344",
        "CARTE DE SEJOUR TEMPORAIRE",
        "VIE PRIVÉE ET FAMILIALE",
        d("2026-07-01"),
        d("2027-06-30"),
        "PRÉFECTURE DU NORD",
        d("2026-07-08"),
        [addr.line1.upper(), "59000 LILLE"],
    )
    perm = permit_doc(pm)
    bc = Birth(
        "EL AMRANI",
        "Youssef",
        "M",
        p.dob,
        "Casablanca",
        "MAR",
        "El Amrani Abdelkader",
        "Bennis Khadija",
        d("2026-03-02"),
        reg_no="3318",
        extra={"province": "Casablanca", "bureau": "Arrondissement Anfa"},
    )
    bcd = birth_doc(bc, True)
    apo = apostille_doc(
        Apostille(
            "Royaume du Maroc",
            "M. Hassan Alaoui",
            "Officier de l'état civil",
            "Arrondissement Anfa — Casablanca",
            "Casablanca",
            d("2026-03-09"),
            "Procureur du Roi près le Tribunal de première instance de Casablanca",
            "2026/CA/014452",
            lang="fr",
        )
    )
    lease = lease_doc(
        Lease(
            "SA HLM LILLE MÉTROPOLE HABITAT",
            "425 boulevard Gambetta, 59200 Tourcoing",
            ["M. Youssef EL AMRANI"],
            addr,
            d("2025-03-01"),
            d("2025-02-18"),
            512.0,
            88.0,
            surface=52,
            rooms=3,
        ),
        style=0,
    )
    acc = account(
        "bnp",
        name,
        ["M YOUSSEF EL AMRANI", "58 BD DE LA LIBERTE", "59000 LILLE"],
        "BNP PARIBAS LILLE FAIDHERBE",
        ["5 rue Faidherbe", "59000 LILLE"],
    )
    rib = bank.rib_bnp(acc, "YOUSSEF EL AMRANI", d("2025-03-10"))
    er = _employer("logi")
    job = Job(
        "M. Youssef EL AMRANI",
        "Youssef EL AMRANI",
        [addr.line1, "59000 LILLE"],
        "Chauffeur livreur",
        d("2025-04-01"),
        "CDI",
        2150.0,
    )
    slip = payslip(er, job, 2026, 10, style=1)
    ff = FormFill(
        p,
        "marocaine",
        "Casablanca",
        "Maroc",
        "salarie",
        job="Chauffeur livreur",
        contract="CDI",
        city="Lille",
        signed_on=d("2026-11-13"),
        font="ruf",
        ink="blue",
        run=0,
        seed=name,
    )
    form = application_form(ff)
    b.image_pdf("scan_formulaire.pdf", [form], dpi=200, gray=True)
    b.scan("passeport.jpg", Cards([(pas, 0)]), dpi=300)
    b.scan("titre de sejour.jpg", Cards([(perm, 0), (perm, 1)]), dpi=300)
    b.image_pdf("acte de naissance + apostille.pdf", [bcd, apo], dpi=200)
    b.text_pdf("bail.pdf", [lease])
    b.text_pdf("rib.pdf", [rib])
    b.text_pdf("fiche de paie octobre.pdf", [slip])
    return _finish(
        out,
        name,
        b,
        "2026-11-20",
        p,
        pas.fields,
        employed=True,
        defect="passport_expired",
        bad={"identity": "invalid"},
    )


def p12(out: Path):
    name = "p12_santos_maria_clara"
    b = Bundle(out / "packets" / name, name)
    addr = Address("7 avenue Victor Hugo", "92140", "Clamart")
    p = Person(
        "SANTOS",
        "MARIA CLARA",
        "F",
        d("1992-10-05"),
        "Quezon City",
        "PHL",
        "PHL",
        addr,
        phone="07 66 40 18 27",
        email="mariaclara.santos@yahoo.com",
    )
    pd = PassportData(
        p,
        "P4827193B",
        d("2023-02-14"),
        d("2033-02-13"),
        "PHL",
        middle="REYES",
        pob_viz="QUEZON CITY",
    )
    pas = passport_doc(
        pd, notes="Philippine passport: separate middle name (REYES) not part of the given names"
    )
    vd = VisaData(
        p,
        "P4827193B",
        "025884127",
        "D",
        d("2025-09-20"),
        d("2026-09-19"),
        "MANILLE",
        d("2025-08-28"),
        ["VLS-TS SALARIE"],
    )
    visa = visa_doc(vd, notes="DEFECT: VLS-TS expired on 2026-09-19")
    bc = Birth(
        "SANTOS",
        "MARIA CLARA",
        "F",
        p.dob,
        "EAST AVENUE MEDICAL CENTER, QUEZON CITY, METRO MANILA",
        "PHL",
        "ROBERTO CRUZ SANTOS",
        "LOURDES DELA CRUZ REYES",
        d("2025-06-11"),
        reg_no="20417",
        extra={"middle": "REYES"},
    )
    bcd = birth_doc(bc, True)
    apo = apostille_doc(
        Apostille(
            "Republic of the Philippines",
            "Dennis S. Mapa",
            "Civil Registrar General",
            "Philippine Statistics Authority",
            "Manila",
            d("2025-06-25"),
            "Department of Foreign Affairs — Office of Consular Affairs",
            "AP-2025-3381742",
            lang="en",
            style=1,
        )
    )
    bills = bill_series(
        "bouygues",
        "Mme Maria Clara SANTOS",
        "Maria Clara SANTOS",
        addr,
        [(2026, 8), (2026, 9), (2026, 10)],
        32.99,
        name,
        month_only=True,
    )
    acc = account("lcl", name, ["MME MARIA CLARA SANTOS"], "LCL CLAMART")
    rib = bank.rib_app(acc, "MARIA CLARA SANTOS", "lcl", clock="12:47")
    er = _employer("soins")
    job = Job(
        "Mme Maria Clara SANTOS",
        "Maria Clara SANTOS",
        ["7 av. Victor Hugo", "92140 CLAMART"],
        "Aide-soignante",
        d("2025-10-01"),
        "CDI",
        2050.0,
    )
    slip = payslip(er, job, 2026, 10, style=0)
    ff = FormFill(
        p,
        "philippine",
        "Quezon City",
        "Philippines",
        "salarie",
        job="Aide-soignante",
        contract="CDI",
        city="Clamart",
        signed_on=d("2026-11-03"),
        font="kaushan",
        ink="blue",
        run=1,
        seed=name,
    )
    form = application_form(ff)
    b.image_pdf("CPAM form.pdf", [form], dpi=200)
    b.image_pdf("passport + visa.pdf", [Cards([(pas, 0)]), Cards([(visa, 0)])], dpi=250)
    b.image_pdf("PSA birth cert apostilled.pdf", [bcd, apo], dpi=200)
    b.text_pdf("Facture_Bouygues_aout.pdf", [bills[0]])
    b.text_pdf("Facture_Bouygues_septembre.pdf", [bills[1]])
    b.text_pdf("Facture_Bouygues_octobre.pdf", [bills[2]])
    b.screenshot("Screenshot_LCL_RIB.png", rib)
    b.text_pdf("payslip_oct_2026.pdf", [slip])
    return _finish(
        out,
        name,
        b,
        "2026-11-10",
        p,
        pas.fields,
        employed=True,
        defect="vls_ts_expired",
        bad={"residence_status": "invalid"},
        notes="bills name only the month",
    )


def p13(out: Path):
    name = "p13_ben_salah_youssef"
    b = Bundle(out / "packets" / name, name)
    addr = Address("12 rue des Trois Rois", "67000", "Strasbourg")
    p = Person(
        "BEN SALAH",
        "YOUSSEF",
        "M",
        d("1991-09-09"),
        "Sfax",
        "TUN",
        "TUN",
        addr,
        phone="06 59 20 41 73",
        email="youssef.bensalah@gmail.com",
    )
    pd = PassportData(p, "Z482917", d("2022-03-28"), d("2027-03-27"), "TUN")
    pas = passport_doc(pd)
    vd = VisaData(
        p,
        "Z482917",
        "026120985",
        "C",
        d("2026-07-01"),
        d("2027-03-20"),
        "TUNIS",
        d("2026-06-12"),
        ["TOURISME"],
        duration="90",
        valid_for="ETATS SCHENGEN",
    )
    visa = visa_doc(vd, notes="DEFECT: short-stay type C Schengen visa, not a long-stay visa")
    bc = Birth(
        "BEN SALAH",
        "Youssef",
        "M",
        p.dob,
        "Sfax",
        "TUN",
        "Ben Salah Mohamed",
        "Trabelsi Fatma",
        d("2026-05-04"),
        reg_no="1734",
        extra={"municipalite": "Sfax"},
    )
    bcd = birth_doc(
        bc,
        False,
        notes="Tunisia: dispensed from legalisation by the Franco-Tunisian convention of "
        "28 June 1972 (décret n° 73-696)",
    )
    host = Person("TRABELSI", "SAMI", "M", d("1985-01-19"), "Strasbourg", "FRA", "FRA", addr)
    cni = id_doc(
        IdData(
            host,
            "FRA",
            "Y2PLW8RK1",
            d("2023-05-02"),
            d("2033-05-01"),
            pob_viz="STRASBOURG (67)",
            address=["12 RUE DES TROIS ROIS", "67000 STRASBOURG"],
        ),
        notes="the host's identity card",
    )
    hb = hosting_doc(
        Hosting(
            "Sami TRABELSI",
            host.dob,
            "Strasbourg (67)",
            "Youssef BEN SALAH",
            p.dob,
            "Sfax (Tunisie)",
            addr,
            d("2026-07-05"),
            "Strasbourg",
            d("2026-11-19"),
            relation="mon cousin",
        ),
        handwritten=True,
        font="breip",
        ink="black",
    )
    hlease = lease_doc(
        Lease(
            "M. Frédéric KLEIN",
            "3 rue du Dôme, 67000 Strasbourg",
            ["M. Sami TRABELSI"],
            addr,
            d("2021-09-01"),
            d("2021-08-25"),
            810.0,
            70.0,
            surface=58,
            rooms=3,
        ),
        style=2,
    )
    acc = account(
        "lbp",
        name,
        ["M YOUSSEF BEN SALAH", "12 RUE DES TROIS ROIS", "67000 STRASBOURG"],
        "LA BANQUE POSTALE",
        ["Centre financier de Strasbourg", "67900 STRASBOURG CEDEX 9"],
    )
    rib = bank.rib_lbp(acc, "YOUSSEF BEN SALAH", d("2026-08-01"))
    ff = FormFill(
        p,
        "tunisienne",
        "Sfax",
        "Tunisie",
        "inactif",
        city="Strasbourg",
        signed_on=d("2026-11-20"),
        font="comic",
        ink="blue",
        run=2,
        seed=name,
    )
    form = application_form(ff)
    b.image_pdf("formulaire.pdf", [form], dpi=200)
    b.photo("passeport.jpg", pas, card=1)
    b.photo("visa.jpg", visa, card=0)
    b.scan("extrait naissance.jpg", bcd, dpi=200, gray=True)
    b.image_pdf("hebergement sami.pdf", [hb, Cards([(cni, 0), (cni, 1)])], dpi=200)
    b.text_pdf("bail sami trabelsi.pdf", [hlease])
    b.text_pdf("rib.pdf", [rib])
    return _finish(
        out,
        name,
        b,
        "2026-11-26",
        p,
        pas.fields,
        employed=False,
        defect="short_stay_visa",
        bad={"residence_status": "invalid"},
    )


def p14(out: Path):
    name = "p14_whitaker_daniel"
    b = Bundle(out / "packets" / name, name)
    addr = Address("4 rue Saint-Jean", "21000", "Dijon")
    p = Person(
        "WHITAKER",
        "DANIEL THOMAS",
        "M",
        d("1985-03-22"),
        "Austin",
        "USA",
        "USA",
        addr,
        phone="07 12 88 45 90",
        email="dan.whitaker@gmail.com",
    )
    pd = PassportData(
        p, "A30492817", d("2019-05-30"), d("2029-05-29"), "USA", pob_viz="TEXAS, U.S.A."
    )
    pas = passport_doc(pd)
    vd = VisaData(
        p,
        "A30492817",
        "026217734",
        "D",
        d("2026-04-20"),
        d("2027-04-19"),
        "HOUSTON",
        d("2026-03-30"),
        ["VLS-TS VISITEUR"],
    )
    visa = visa_doc(vd)
    bc = Birth(
        "WHITAKER",
        "DANIEL THOMAS",
        "M",
        p.dob,
        "AUSTIN",
        "USA",
        "ROBERT LEE WHITAKER",
        "SUSAN MARIE KELLER",
        d("2026-01-15"),
        reg_no="1142",
        extra={"state": "TEXAS", "county": "TRAVIS", "hospital": "ST. DAVID'S MEDICAL CENTER"},
    )
    bcd = birth_doc(
        bc, False, notes="DEFECT: US birth certificate without apostille (the USA is a Hague party)"
    )
    lease = lease_doc(
        Lease(
            "Mme Odile BERTHAUT",
            "15 place Darcy, 21000 Dijon",
            ["M. Daniel WHITAKER"],
            addr,
            d("2026-05-01"),
            d("2026-04-24"),
            560.0,
            40.0,
            furnished=True,
            surface=34,
            rooms=2,
        ),
        style=0,
    )
    acc = account(
        "cm",
        name,
        ["M DANIEL THOMAS WHITAKER", "4 RUE SAINT JEAN", "21000 DIJON"],
        "CCM DIJON CENTRE",
        ["29 rue de la Liberté", "21000 DIJON"],
    )
    rib = bank.rib_cm(acc, "DANIEL THOMAS WHITAKER", d("2026-05-06"))
    ff = FormFill(
        p,
        "américaine",
        "Austin (Texas)",
        "États-Unis",
        "inactif",
        city="Dijon",
        signed_on=d("2026-11-25"),
        font="breip",
        ink="black",
        run=0,
        seed=name,
    )
    form = application_form(ff)
    b.image_pdf("Demande PUMA.pdf", [form], dpi=200)
    b.image_pdf("passport_visa.pdf", [Cards([(pas, 0), (visa, 0)])], dpi=250)
    b.scan("birth certificate texas.jpg", bcd, dpi=200)
    b.text_pdf("bail meublé.pdf", [lease])
    b.scan("RIB CM.jpg", rib, dpi=200, gray=True)
    return _finish(
        out,
        name,
        b,
        "2026-12-02",
        p,
        pas.fields,
        employed=False,
        defect="birth_certificate_no_apostille",
        bad={"birth_certificate": "invalid"},
    )


def p15(out: Path):
    name = "p15_kouassi_jean_baptiste"
    b = Bundle(out / "packets" / name, name)
    addr = Address("30 rue Garibaldi", "69006", "Lyon")
    p = Person(
        "KOUASSI",
        "JEAN-BAPTISTE",
        "M",
        d("1993-06-27"),
        "Abidjan",
        "CIV",
        "CIV",
        addr,
        phone="06 02 77 41 59",
        email="jb.kouassi@gmail.com",
    )
    pd = PassportData(p, "20AD48172", d("2020-11-05"), d("2030-11-04"), "CIV")
    pas = passport_doc(pd)
    pm = PermitData(
        p,
        "NC8E20571",
        "6903316728",
        "CARTE DE SEJOUR TEMPORAIRE",
        "SALARIÉ",
        d("2026-05-02"),
        d("2027-05-01"),
        "PRÉFECTURE DU RHÔNE",
        d("2026-05-20"),
        [addr.line1.upper(), "69006 LYON"],
    )
    perm = permit_doc(pm)
    bc = Birth(
        "KOUASSI",
        "Jean-Baptiste",
        "M",
        p.dob,
        "Abidjan (Cocody)",
        "CIV",
        "KOUASSI Yao Marcel",
        "N'GUESSAN Akissi Pauline",
        d("2025-12-15"),
        reg_no="2417",
        extra={"commune": "Cocody"},
    )
    bcd = birth_doc(
        bc,
        False,
        notes="Côte d'Ivoire: dispensed from legalisation by the Franco-Ivorian "
        "agreement of 24 April 1961",
    )
    bills = bill_series(
        "engie",
        "M. Jean-Baptiste KOUASSI",
        "Jean-Baptiste KOUASSI",
        addr,
        [(2026, 7), (2026, 8), (2026, 10)],
        74.0,
        name,
    )
    for bl in bills:
        bl.notes = "DEFECT: the three bills are July, August and October (September missing)"
    acc = account(
        "sg",
        name,
        ["M JEAN-BAPTISTE KOUASSI", "30 RUE GARIBALDI", "69006 LYON"],
        "SG LYON BROTTEAUX",
        ["12 place Jules Ferry", "69006 LYON"],
    )
    rib = bank.rib_generic(
        acc, "JEAN-BAPTISTE KOUASSI", d("2026-05-28"), "sg", "SOCIÉTÉ GÉNÉRALE", col=(226, 0, 26)
    )
    er = _employer("maint")
    job = Job(
        "M. Jean-Baptiste KOUASSI",
        "Jean-Baptiste KOUASSI",
        [addr.line1, "69006 LYON"],
        "Technicien de maintenance",
        d("2026-05-11"),
        "CDI",
        2300.0,
    )
    slip = payslip(er, job, 2026, 10, style=2)
    ff = FormFill(
        p,
        "ivoirienne",
        "Abidjan",
        "Côte d'Ivoire",
        "salarie",
        job="Technicien de maintenance",
        contract="CDI",
        city="Lyon",
        signed_on=d("2026-11-09"),
        font="dkg",
        ink="blue",
        run=1,
        seed=name,
    )
    form = application_form(ff)
    b.photo("formulaire page 1.jpg", (form, 0))
    b.photo("formulaire page 2.jpg", (form, 1))
    b.scan("passeport.jpg", Cards([(pas, 0)]), dpi=250)
    b.scan("titre sejour recto verso.jpg", Cards([(perm, 0), (perm, 1)]), dpi=300)
    b.image_pdf("extrait acte naissance.pdf", [bcd], dpi=200)
    b.text_pdf("factures engie.pdf", bills)
    b.text_pdf("rib sg.pdf", [rib])
    b.text_pdf("bulletin de salaire octobre 2026.pdf", [slip])
    return _finish(
        out,
        name,
        b,
        "2026-11-18",
        p,
        pas.fields,
        employed=True,
        defect="bills_month_gap",
        bad={"residence_proof": "invalid"},
    )


def p16(out: Path):
    name = "p16_hernandez_ruiz_valeria"
    b = Bundle(out / "packets" / name, name)
    addr = Address("19 rue de Metz", "31000", "Toulouse")
    p = Person(
        "HERNÁNDEZ RUIZ",
        "VALERIA",
        "F",
        d("1997-01-30"),
        "Monterrey",
        "MEX",
        "MEX",
        addr,
        phone="07 60 12 93 48",
        email="valeria.hr97@gmail.com",
    )
    pd = PassportData(p, "G48217350", d("2024-04-09"), d("2034-04-08"), "MEX", pob_viz="NUEVO LEON")
    pas = passport_doc(pd)
    vd = VisaData(
        p,
        "G48217350",
        "026801347",
        "D",
        d("2026-08-20"),
        d("2027-08-19"),
        "MEXICO",
        d("2026-07-29"),
        ["VLS-TS SALARIE"],
    )
    visa = visa_doc(vd)
    bc = Birth(
        "HERNÁNDEZ RUIZ",
        "VALERIA",
        "F",
        p.dob,
        "MONTERREY, NUEVO LEÓN",
        "MEX",
        "JOSÉ LUIS HERNÁNDEZ GARZA",
        "PATRICIA RUIZ TREVIÑO",
        d("2026-05-18"),
        reg_no="00931",
        extra={
            "state": "ESTADO DE NUEVO LEÓN",
            "municipio": "MONTERREY",
            "entidad": "19",
            "curp": "HERV970130MNLRZL04",
        },
    )
    bcd = birth_doc(bc, True)
    apo = apostille_doc(
        Apostille(
            "Estados Unidos Mexicanos",
            "Lic. María Elena Torres Vázquez",
            "Oficial del Registro Civil",
            "Registro Civil del Estado de Nuevo León",
            "Monterrey, N.L.",
            d("2026-05-25"),
            "Secretaría General de Gobierno de Nuevo León",
            "NL-2026-118403",
            lang="es",
        )
    )
    lease = lease_doc(
        Lease(
            "SCI CAPITOLE INVEST",
            "2 place du Capitole, 31000 Toulouse",
            ["Mme Valeria HERNÁNDEZ RUIZ"],
            addr,
            d("2026-10-01"),
            d("2026-09-24"),
            640.0,
            50.0,
            agency="Toulouse Habitat Conseil",
            agency_addr="55 boulevard de Strasbourg, 31000 Toulouse",
            surface=33,
            rooms=1,
        ),
        style=2,
    )
    lease.notes = "DEFECT: lease started on 2026-10-01, less than three months before the audit"
    acc = account(
        "bnp",
        name,
        ["MLLE VALERIA HERNANDEZ RUIZ", "19 RUE DE METZ", "31000 TOULOUSE"],
        "BNP PARIBAS TOULOUSE CAPITOLE",
        ["1 rue Lafayette", "31000 TOULOUSE"],
    )
    rib = bank.rib_bnp(acc, "VALERIA HERNANDEZ RUIZ", d("2026-09-02"))
    er = _employer("resto")
    er = er
    job = Job(
        "Mme Valeria HERNANDEZ RUIZ",
        "Valeria HERNANDEZ RUIZ",
        ["19 rue de Metz", "31000 TOULOUSE"],
        "Cheffe de partie",
        d("2026-09-01"),
        "CDI",
        2100.0,
    )
    slip = payslip(er, job, 2026, 10, style=1)
    ff = FormFill(
        p,
        "mexicaine",
        "Monterrey",
        "Mexique",
        "salarie",
        job="Cheffe de partie",
        contract="CDI",
        city="Toulouse",
        signed_on=d("2026-11-21"),
        font="dancing",
        ink="darkblue",
        run=0,
        seed=name,
    )
    form = application_form(ff)
    b.image_pdf("formulario_cpam.pdf", [form], dpi=200)
    b.photo("pasaporte.jpg", pas, card=1)
    b.scan("visa francia.jpg", Cards([(visa, 0)]), dpi=250)
    b.image_pdf("acta nacimiento apostillada.pdf", [bcd, apo], dpi=200)
    b.text_pdf("bail location Toulouse.pdf", [lease])
    b.text_pdf("RIB.pdf", [rib])
    b.text_pdf("fiche_paie_2026-10.pdf", [slip])
    return _finish(
        out,
        name,
        b,
        "2026-11-25",
        p,
        pas.fields,
        employed=True,
        defect="lease_too_recent",
        bad={"residence_proof": "invalid"},
    )


def p17(out: Path):
    name = "p17_ngo_biyong_marie_claire"
    b = Bundle(out / "packets" / name, name)
    addr = Address("88 rue de Paris", "44000", "Nantes")
    p = Person(
        "NGO BIYONG",
        "MARIE-CLAIRE",
        "F",
        d("1990-12-12"),
        "Douala",
        "CMR",
        "CMR",
        addr,
        phone="06 93 18 52 07",
        email="mc.ngobiyong@yahoo.fr",
    )
    pd = PassportData(p, "AA0482719", d("2022-01-20"), d("2027-01-19"), "CMR")
    pas = passport_doc(pd)
    pm = PermitData(
        p,
        "NC7B58024",
        "4401927385",
        "CARTE DE SEJOUR TEMPORAIRE",
        "VIE PRIVÉE ET FAMILIALE",
        d("2026-04-15"),
        d("2027-04-14"),
        "PRÉFECTURE DE LOIRE-ATLANTIQUE",
        d("2026-04-28"),
        [addr.line1.upper(), "44000 NANTES"],
    )
    perm = permit_doc(pm)
    bc = Birth(
        "NGO BIYONG",
        "Marie-Claire",
        "F",
        p.dob,
        "Douala",
        "CMR",
        "BIYONG Jean-Pierre",
        "NGO NDJOCK Esther",
        d("2025-11-03"),
        reg_no="1904",
        extra={"centre": "Douala Ier"},
    )
    bcd = birth_doc(
        bc,
        False,
        notes="Cameroon: dispensed from legalisation by the Franco-Cameroonian "
        "agreement of 21 February 1974",
    )
    bills = bill_series(
        "free",
        "Mme Marie-Claire NGO BIYONG",
        "Marie-Claire NGO BIYONG",
        addr,
        [(2026, 8), (2026, 9), (2026, 10)],
        34.99,
        name,
        extra={"email": p.email},
        page2=True,
    )
    acc = account(
        "ca",
        name,
        ["MME MARIE-CLAIRE NGO BIYONG", "88 RUE DE PARIS", "44000 NANTES"],
        "CREDIT AGRICOLE ATLANTIQUE VENDEE NANTES",
        ["2 place du Commerce", "44000 NANTES"],
    )
    break_iban(acc)
    rib = bank.rib_generic(acc, "MARIE-CLAIRE NGO BIYONG", d("2026-05-04"), "ca", "CRÉDIT AGRICOLE")
    rib.fields["iban"] = acc.iban
    rib.notes = "DEFECT: IBAN check digits are wrong (the RIB key is right)"
    ff = FormFill(
        p,
        "camerounaise",
        "Douala",
        "Cameroun",
        "inactif",
        city="Nantes",
        signed_on=d("2026-11-12"),
        font="kaushan",
        ink="blue",
        run=2,
        seed=name,
    )
    form = application_form(ff)
    b.image_pdf("formulaire.pdf", [form], dpi=200, gray=True)
    b.scan("passeport.png", Cards([(pas, 0)]), dpi=200)
    b.image_pdf("carte de sejour.pdf", [Cards([(perm, 0)]), Cards([(perm, 1)])], dpi=300)
    b.image_pdf("acte de naissance.pdf", [bcd], dpi=200)
    b.text_pdf("free aout.pdf", [bills[0]])
    b.text_pdf("free septembre.pdf", [bills[1]])
    b.text_pdf("free octobre.pdf", [bills[2]])
    b.text_pdf("RIB CA.pdf", [rib])
    return _finish(
        out,
        name,
        b,
        "2026-11-19",
        p,
        pas.fields,
        employed=False,
        defect="iban_bad_check_digits",
        bad={"bank_details": "invalid"},
        notes="Free bills are two pages each",
    )


def p18(out: Path):
    name = "p18_krishnan_divya"
    b = Bundle(out / "packets" / name, name)
    addr = Address("16 rue Nationale", "37000", "Tours")
    p = Person(
        "KRISHNAN",
        "DIVYA",
        "F",
        d("1994-07-02"),
        "Chennai",
        "IND",
        "IND",
        addr,
        phone="07 81 20 66 39",
        email="divya.krishnan94@gmail.com",
    )
    pd = PassportData(
        p, "V3918274", d("2024-02-12"), d("2034-02-11"), "IND", pob_viz="CHENNAI, TAMIL NADU"
    )
    pas = passport_doc(pd)
    vd = VisaData(
        p,
        "V3918274",
        "026300418",
        "D",
        d("2026-03-15"),
        d("2027-03-14"),
        "CHENNAI",
        d("2026-02-20"),
        ["VLS-TS VISITEUR"],
    )
    visa = visa_doc(vd)
    bc = Birth(
        "KRISHNAN",
        "DIVYA",
        "F",
        p.dob,
        "GOVT. HOSPITAL FOR WOMEN AND CHILDREN, EGMORE, CHENNAI",
        "IND",
        "RAMESH KRISHNAN",
        "LAKSHMI RAMESH",
        d("2025-12-22"),
        reg_no="C-1994-118734",
        extra={
            "state": "TAMIL NADU",
            "dept": "GREATER CHENNAI CORPORATION",
            "ward": "Zone 9 (Teynampet)",
            "tahsil": "Egmore",
            "district": "Chennai",
            "parents_addr": "14, 2nd Street, T. Nagar, Chennai 600017",
        },
    )
    bcd = birth_doc(bc, True)
    apo = apostille_doc(
        Apostille(
            "India",
            "Dr. J. Radhakrishnan",
            "Registrar of Births and Deaths",
            "Greater Chennai Corporation",
            "New Delhi",
            d("2026-01-12"),
            "Ministry of External Affairs, Government of India",
            "TN/2026/0024551",
            lang="en",
            style=2,
        )
    )
    host = Person("KRISHNAN", "ARJUN", "M", d("1991-03-08"), "Chennai", "IND", "IND", addr)
    hpd = PassportData(
        host, "T7740215", d("2022-09-01"), d("2032-08-31"), "IND", pob_viz="CHENNAI, TAMIL NADU"
    )
    hpas = passport_doc(hpd, notes="the host's (husband's) passport")
    hb = hosting_doc(
        Hosting(
            "Arjun KRISHNAN",
            host.dob,
            "Chennai (Inde)",
            "Divya KRISHNAN",
            p.dob,
            "Chennai (Inde)",
            addr,
            d("2026-03-20"),
            "Tours",
            d("2026-11-22"),
            relation="mon épouse",
        ),
        handwritten=False,
    )
    hlease = lease_doc(
        Lease(
            "M. Philippe GAUTHIER",
            "5 place Plumereau, 37000 Tours",
            ["M. Arjun KRISHNAN"],
            addr,
            d("2025-09-01"),
            d("2025-08-22"),
            690.0,
            60.0,
            surface=48,
            rooms=2,
        ),
        style=1,
    )
    acc = account(
        "sg",
        name,
        ["MME DIVYA KRISHNAN", "16 RUE NATIONALE", "37000 TOURS"],
        "SG TOURS NATIONALE",
        ["60 rue Nationale", "37000 TOURS"],
    )
    rib = bank.rib_generic(
        acc, "DIVYA KRISHNAN", d("2026-04-02"), "sg", "SOCIÉTÉ GÉNÉRALE", col=(0, 0, 0)
    )
    ff = FormFill(
        p,
        "indienne",
        "Chennai",
        "Inde",
        "inactif",
        city="Tours",
        signed_on=d("2026-11-23"),
        signed=False,
        font="breip",
        ink="blue",
        run=1,
        seed=name,
    )
    form = application_form(ff)
    form.notes = "DEFECT: the form is dated but the signature box is empty"
    b.scan("form_page1.jpg", (form, 0), dpi=200)
    b.scan("form_page2.jpg", (form, 1), dpi=200)
    b.image_pdf("passport visa.pdf", [Cards([(pas, 0), (visa, 0)])], dpi=250)
    b.image_pdf("birth certificate.pdf", [bcd, apo], dpi=200)
    b.text_pdf("attestation hebergement Arjun.pdf", [hb])
    b.scan("passport arjun.jpg", Cards([(hpas, 0)]), dpi=250)
    b.text_pdf("bail Arjun.pdf", [hlease])
    b.text_pdf("RIB SG.pdf", [rib])
    return _finish(
        out,
        name,
        b,
        "2026-11-27",
        p,
        pas.fields,
        employed=False,
        defect="form_unsigned",
        bad={"application_form": "invalid"},
    )


def p19(out: Path):
    name = "p19_castro_medina_andres"
    b = Bundle(out / "packets" / name, name)
    addr = Address("45 cours Lafayette", "69003", "Lyon")
    p = Person(
        "CASTRO MEDINA",
        "ANDRÉS FELIPE",
        "M",
        d("1995-10-17"),
        "Medellín",
        "COL",
        "COL",
        addr,
        phone="07 70 31 84 26",
        email="andres.castro.m@gmail.com",
    )
    pd = PassportData(
        p,
        "AV2719465",
        d("2023-06-12"),
        d("2033-06-11"),
        "COL",
        given_viz="ANDRÉS FELIPE",
        pob_viz="MEDELLÍN",
    )
    pas = passport_doc(pd)
    vd = VisaData(
        p,
        "AV2719465",
        "026512207",
        "D",
        d("2026-04-05"),
        d("2027-04-04"),
        "BOGOTA",
        d("2026-03-11"),
        ["VLS-TS SALARIE"],
        given_viz="ANDRES FELIPE",
    )
    visa = visa_doc(vd)
    bc = Birth(
        "CASTRO MEDINA",
        "ANDRÉS FELIPE",
        "M",
        p.dob,
        "COLOMBIA - ANTIOQUIA - MEDELLÍN",
        "COL",
        "CASTRO RESTREPO LUIS FERNANDO",
        "MEDINA OCHOA GLORIA PATRICIA",
        d("2026-01-19"),
        reg_no="29471835",
        extra={
            "serial": "29471835",
            "nuip": "1.036.648.201",
            "office": "COLOMBIA - ANTIOQUIA - MEDELLÍN",
        },
    )
    bcd = birth_doc(bc, True)
    apo = apostille_doc(
        Apostille(
            "República de Colombia",
            "JUAN PABLO ARANGO VÉLEZ",
            "NOTARIO DÉCIMO DEL CÍRCULO DE MEDELLÍN",
            "NOTARÍA DÉCIMA DE MEDELLÍN",
            "Bogotá D.C.",
            d("2026-01-27"),
            "Ministerio de Relaciones Exteriores",
            "A9KT3 21005847",
            lang="es",
            second="en",
            style=1,
        )
    )
    lease = lease_doc(
        Lease(
            "SCI GUILLOTIÈRE PATRIMOINE",
            "1 rue de Marseille, 69007 Lyon",
            ["M. Andrés Felipe CASTRO MEDINA", "M. Sebastián MORENO RUIZ"],
            addr,
            d("2026-04-15"),
            d("2026-04-08"),
            1150.0,
            110.0,
            agency="Régie Lafayette",
            agency_addr="3 place Guichard, 69003 Lyon",
            surface=70,
            rooms=3,
        ),
        style=0,
    )
    acc = account(
        "lcl",
        name,
        ["M ANDRES FELIPE CASTRO MEDINA", "45 COURS LAFAYETTE", "69003 LYON"],
        "LCL LYON PART-DIEU",
        ["Centre commercial Part-Dieu", "69003 LYON"],
    )
    rib = bank.rib_generic(acc, "ANDRES FELIPE CASTRO MEDINA", d("2026-04-20"), "lcl", "LCL")
    er = _employer("logi")
    job_other = Job(
        "M. Sebastián MORENO RUIZ",
        "Sebastián MORENO RUIZ",
        ["45 cours Lafayette", "69003 LYON"],
        "Agent logistique",
        d("2026-05-04"),
        "CDI",
        1950.0,
    )
    slip = payslip(er, job_other, 2026, 10, style=0)
    slip.notes = "DEFECT: the payslip belongs to the flatmate, not to the applicant"
    ff = FormFill(
        p,
        "colombienne",
        "Medellín",
        "Colombie",
        "salarie",
        job="Agent logistique",
        contract="CDI",
        city="Lyon",
        signed_on=d("2026-11-08"),
        font="comic",
        ink="black",
        run=0,
        seed=name,
    )
    form = application_form(ff)
    b.image_pdf("formulario.pdf", [form], dpi=200)
    b.scan("pasaporte visa.jpg", Cards([(pas, 0), (visa, 0)]), dpi=250)
    b.image_pdf("registro civil apostillado.pdf", [bcd, apo], dpi=200)
    b.text_pdf("bail colocation.pdf", [lease])
    b.text_pdf("RIB LCL.pdf", [rib])
    b.text_pdf("bulletin_paie_oct.pdf", [slip])
    return _finish(
        out,
        name,
        b,
        "2026-11-13",
        p,
        pas.fields,
        employed=True,
        defect="payslip_other_person",
        bad={"employment": "invalid"},
    )


def p20(out: Path):
    name = "p20_bennani_salma"
    b = Bundle(out / "packets" / name, name)
    addr = Address("10 rue de Strasbourg", "54000", "Nancy")
    p = Person(
        "BENNANI",
        "SALMA",
        "F",
        d("1998-03-15"),
        "Rabat",
        "MAR",
        "MAR",
        addr,
        phone="06 33 72 10 95",
        email="salma.bennani98@gmail.com",
    )
    pd = PassportData(p, "UZ3817264", d("2024-06-03"), d("2029-06-02"), "MAR")
    pas = passport_doc(pd)
    vd = VisaData(
        p,
        "UZ3817264",
        "026498113",
        "D",
        d("2026-08-25"),
        d("2027-08-24"),
        "RABAT",
        d("2026-07-30"),
        ["VLS-TS ETUDIANT"],
    )
    visa = visa_doc(vd)
    bc = Birth(
        "BENNANI",
        "Salma",
        "F",
        p.dob,
        "Rabat",
        "MAR",
        "Bennani Abdellatif",
        "Alami Naima",
        d("2026-06-10"),
        reg_no="5512",
        extra={"province": "Rabat", "bureau": "Arrondissement Agdal-Riyad"},
    )
    bcd = birth_doc(bc, True)
    apo = apostille_doc(
        Apostille(
            "Royaume du Maroc",
            "Mme Latifa Benjelloun",
            "Officier de l'état civil",
            "Arrondissement Agdal-Riyad — Rabat",
            "Rabat",
            d("2026-06-16"),
            "Procureur du Roi près le Tribunal de première instance de Rabat",
            "2026/RA/022874",
            lang="fr",
            style=1,
        )
    )
    host = Person("BENNANI", "MEHDI", "M", d("1994-09-21"), "Rabat", "MAR", "MAR", addr)
    hpm = PermitData(
        host,
        "NC4D77120",
        "5401182736",
        "CARTE DE SEJOUR PLURIANNUELLE",
        "SALARIÉ",
        d("2024-01-10"),
        d("2028-01-09"),
        "PRÉFECTURE DE MEURTHE-ET-MOSELLE",
        d("2024-01-25"),
        [addr.line1.upper(), "54000 NANCY"],
    )
    hperm = permit_doc(hpm, notes="the host's (brother's) residence permit")
    hb = hosting_doc(
        Hosting(
            "Mehdi BENNANI",
            host.dob,
            "Rabat (Maroc)",
            "Salma BENNANI",
            p.dob,
            "Rabat (Maroc)",
            addr,
            d("2026-08-28"),
            "Nancy",
            d("2026-11-24"),
            relation="ma sœur",
        ),
        handwritten=True,
        font="dancing",
        ink="blue",
    )
    bills = bill_series(
        "edf",
        "M. Mehdi BENNANI",
        "Mehdi BENNANI",
        addr,
        [(2026, 8), (2026, 9), (2026, 10)],
        57.0,
        name,
        page2=True,
    )
    acc = account(
        "bnp",
        name,
        ["M MEHDI BENNANI", "10 RUE DE STRASBOURG", "54000 NANCY"],
        "BNP PARIBAS NANCY STANISLAS",
        ["2 rue Stanislas", "54000 NANCY"],
    )
    rib = bank.rib_bnp(acc, "MEHDI BENNANI", d("2024-02-01"))
    rib.notes = "DEFECT: the RIB is the brother's (host's) account, not the applicant's"
    ff = FormFill(
        p,
        "marocaine",
        "Rabat",
        "Maroc",
        "etudiant",
        city="Nancy",
        signed_on=d("2026-11-25"),
        font="dkg",
        ink="blue",
        run=2,
        seed=name,
    )
    form = application_form(ff)
    b.photo("formulaire_1.jpg", (form, 0))
    b.photo("formulaire_2.jpg", (form, 1))
    b.image_pdf("passeport et visa.pdf", [Cards([(pas, 0)]), Cards([(visa, 0)])], dpi=250)
    b.image_pdf("acte de naissance apostille.pdf", [bcd, apo], dpi=200)
    b.scan("attestation.jpg", hb, dpi=200)
    b.scan("titre sejour mehdi.jpg", Cards([(hperm, 0), (hperm, 1)]), dpi=300)
    b.text_pdf("edf aout.pdf", [bills[0]])
    b.text_pdf("edf septembre.pdf", [bills[1]])
    b.text_pdf("edf octobre.pdf", [bills[2]])
    b.text_pdf("rib.pdf", [rib])
    return _finish(
        out,
        name,
        b,
        "2026-11-30",
        p,
        pas.fields,
        employed=False,
        defect="rib_other_person",
        bad={"bank_details": "invalid"},
    )


ALL = [
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
