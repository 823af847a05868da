"""Single documents of set_k: every type at least twice, a few traps (unknown pages, a wrong check digit)."""

from __future__ import annotations

from . import cards, civil, form, ids, papers
from .build import Doc, Folder


def _pp(country, sur, giv, no, dob, sex, pob, issue, expiry, **kw):
    h = dict(
        country=country,
        surname=sur,
        given=giv,
        number=no,
        nat=country,
        dob=dob,
        sex=sex,
        pob=pob,
        issue=issue,
        expiry=expiry,
    )
    h.update(kw)
    pg, f, _ = cards.passport_page(h)
    return Doc("passport", [pg], f, card=True)


def _nid(**c):
    pages, f = cards.national_id(c)
    return Doc("national_id", pages, f, card=True)


def _visa(**v):
    pg, f = cards.visa_page(v)
    return Doc("long_stay_visa", [pg], f, card=True)


def _permit(**t):
    pages, f = cards.residence_permit(t)
    return Doc("residence_permit", pages, f, card=True)


def _one(kind, fn, arg, notes=None):
    pg, f = fn(arg)
    return Doc(kind, [pg], f, notes=notes)


def _many(kind, fn, arg):
    pages, f = fn(arg)
    return Doc(kind, pages, f)


def _form(**a):
    pages, f = form.application_form(a)
    return Doc("application_form", pages, f)


def _bill(provider, holder, addr, month, layout):
    return _one(
        "utility_bill",
        papers.utility_bill,
        dict(provider=provider, holder=holder, address=addr, month=month, layout=layout),
    )


def catalogue():
    S = []
    add = S.append
    add(
        (
            "passport",
            _pp(
                "NGA",
                "OKONKWO-ADEYEMI",
                "CHIDINMA GRACE",
                "A09317742",
                "1992-04-18",
                "F",
                "ENUGU",
                "2022-02-10",
                "2032-02-09",
                date_style=1,
            ),
            "phone_photo",
            "passport",
            {},
        )
    )
    add(
        (
            "passport",
            _pp(
                "LKA",
                "WICKRAMASINGHE",
                "DILANI SAKUNTHALA",
                "N8841027",
                "1985-11-02",
                "F",
                "KANDY",
                "2021-09-14",
                "2031-09-13",
                date_style=3,
            ),
            "image_pdf",
            "passport_copy",
            {},
        )
    )
    d = _pp(
        "VNM",
        "NGUYEN",
        "THI THU HA",
        "C4410937",
        "1999-07-07",
        "F",
        "HA NOI",
        "2023-03-01",
        "2033-03-01",
        date_style=2,
        bad_mrz=True,
    )
    d.notes = "document number check digit of the MRZ is wrong"
    add(("passport", d, "scan", "ho_chieu", {}))
    add(
        (
            "national_id",
            _nid(
                country="PRT",
                surname="FERREIRA DA COSTA",
                given="TIAGO MIGUEL",
                sex="M",
                dob="1988-12-30",
                nat="PRT",
                number="154209378",
                issue="2022-05-05",
                expiry="2032-05-05",
                pob="COIMBRA",
                dotted=True,
                title="CARTÃO DE CIDADÃO",
                labels=(
                    "APELIDO(S) / SURNAME",
                    "NOME(S) / GIVEN NAMES",
                    "SEXO",
                    "NACIONALIDADE",
                    "DATA DE NASCIMENTO",
                    "N.º DOCUMENTO",
                    "DATA DE VALIDADE",
                ),
            ),
            "phone_photo",
            "cartao_cidadao",
            {},
        )
    )
    add(
        (
            "national_id",
            _nid(
                country="ITA",
                surname="D'ANGELO",
                given="FRANCESCA",
                sex="F",
                dob="1979-05-12",
                nat="ITA",
                number="CA48219KQ",
                issue="2020-11-03",
                expiry="2031-05-12",
                pob="NAPOLI (NA)",
                dotted=True,
                title="CARTA D'IDENTITÀ / IDENTITY CARD",
                labels=(
                    "COGNOME / SURNAME",
                    "NOME / NAME",
                    "SESSO",
                    "CITTADINANZA",
                    "DATA DI NASCITA",
                    "N. DOCUMENTO",
                    "SCADENZA / EXPIRY",
                ),
            ),
            "scan",
            "carta_identita",
            {"grey": True},
        )
    )
    add(
        (
            "national_id",
            _nid(
                country="FRA",
                surname="LEBLANC",
                given="ANNE-SOPHIE MARIE",
                sex="F",
                dob="1981-01-23",
                nat="FRA",
                number="Y7M3K20Q8",
                issue="2022-10-12",
                expiry="2032-10-11",
                pob="LE MANS (72)",
                address="4 RUE DU CYGNE 72000 LE MANS",
            ),
            "image_pdf",
            "cni",
            {},
        )
    )
    add(
        (
            "long_stay_visa",
            _visa(
                surname="OKAFOR",
                given="EMEKA DANIEL",
                passport_no="A11842093",
                nat="NGA",
                dob="2002-03-14",
                sex="M",
                number="FRA0522718",
                valid_from="2026-09-01",
                valid_until="2027-06-30",
                category="ETUDIANT",
                remarks=["VLS-TS ETUDIANT"],
                issued_at="LAGOS",
                issued_on="2026-08-05",
                days=303,
            ),
            "phone_photo",
            "visa",
            {},
        )
    )
    add(
        (
            "long_stay_visa",
            _visa(
                surname="SILVA",
                given="RAFAEL",
                passport_no="GA471209",
                nat="BRA",
                dob="1996-10-10",
                sex="M",
                number="FRA0544391",
                valid_from="2026-07-01",
                valid_until="2026-09-28",
                category=None,
                remarks=["TOURISME / VISITE"],
                issued_at="BRASILIA",
                issued_on="2026-06-12",
                type="C",
                days=90,
                vls_ts=False,
            ),
            "scan",
            "visa_schengen",
            {},
        )
    )
    add(
        (
            "long_stay_visa",
            _visa(
                surname="MAHMOUDI",
                given="SHIRIN",
                passport_no="Y48201937",
                nat="IRN",
                dob="1983-06-21",
                sex="F",
                number="FRA0410573",
                valid_from="2026-05-10",
                valid_until="2027-05-09",
                category="VISITEUR",
                remarks=["VLS-TS VISITEUR"],
                issued_at="TEHERAN",
                issued_on="2026-04-15",
            ),
            "image_pdf",
            "visa_long_sejour",
            {},
        )
    )
    add(
        (
            "residence_permit",
            _permit(
                surname="DIALLO",
                given="MAMADOU ALPHA",
                nat="GIN",
                dob="1990-08-08",
                sex="M",
                number="GN4R28107",
                issue="2024-10-02",
                expiry="2028-10-01",
                kind_="CARTE DE SEJOUR PLURIANNUELLE",
                mention="SALARIE",
                pob="CONAKRY (GIN)",
                address=["16 RUE DE LA GARE", "76000 ROUEN"],
            ),
            "phone_photo",
            "titre_sejour",
            {},
        )
    )
    add(
        (
            "residence_permit",
            _permit(
                surname="TRAN",
                given="VAN MINH",
                nat="VNM",
                dob="1994-02-02",
                sex="M",
                number="VN7Q51026",
                issue="2025-09-15",
                expiry="2026-09-14",
                kind_="CARTE DE SEJOUR TEMPORAIRE",
                mention="ETUDIANT",
                pob="HUE (VNM)",
                address=["3 AVENUE DE L'EUROPE", "54000 NANCY"],
            ),
            "scan",
            "carte_sejour",
            {},
        )
    )
    add(
        (
            "residence_permit",
            _permit(
                surname="HAMDI",
                given="SAMI",
                nat="TUN",
                dob="1976-12-19",
                sex="M",
                number="TN2A80394",
                issue="2019-03-11",
                expiry="2029-03-10",
                kind_="CARTE DE RESIDENT",
                mention="RESIDENT",
                pob="SFAX (TUN)",
                address=["27 RUE PARMENTIER", "93100 MONTREUIL"],
            ),
            "image_pdf",
            "carte_resident",
            {},
        )
    )
    add(
        (
            "birth_certificate",
            _one(
                "birth_certificate",
                civil.birth_certificate,
                dict(
                    style="table",
                    lang="en",
                    country="NGA",
                    header=["FEDERAL REPUBLIC OF NIGERIA", "NATIONAL POPULATION COMMISSION"],
                    title="BIRTH CERTIFICATE",
                    surname="OKAFOR",
                    given="EMEKA DANIEL",
                    sex="M",
                    dob="2002-03-14",
                    pob="Onitsha, Anambra State",
                    father="CHUKWUMA OKAFOR",
                    mother="NGOZI OKAFOR",
                    reg_no="AN/ONI/2002/0417",
                    reg_date="2002-03-30",
                    issued_on="2026-05-02",
                    issued_at="Awka",
                    stamp=["NPopC", "ANAMBRA"],
                ),
            ),
            "text_pdf",
            "birth_certificate",
            {},
        )
    )
    add(
        (
            "birth_certificate",
            _one(
                "birth_certificate",
                civil.birth_certificate,
                dict(
                    style="bilingual",
                    lang="en",
                    country="VNM",
                    header=["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"],
                    title="GIẤY KHAI SINH / BIRTH CERTIFICATE",
                    surname="NGUYỄN",
                    given="THỊ THU HÀ",
                    sex="F",
                    dob="1999-07-07",
                    pob="Hà Nội",
                    father="NGUYỄN VĂN HÙNG",
                    mother="LÊ THỊ MAI",
                    reg_no="Số 127/1999",
                    reg_date="1999-07-20",
                    issued_on="2025-12-01",
                    issued_at="Hà Nội",
                    font="dejavu",
                    bfont="dejavub",
                    language="vie",
                    stamp=["UBND", "HÀ NỘI"],
                ),
            ),
            "scan",
            "giay_khai_sinh",
            {},
        )
    )
    add(
        (
            "birth_certificate",
            _one(
                "birth_certificate",
                civil.birth_certificate,
                dict(
                    style="table",
                    lang="pt",
                    country="BRA",
                    header=[
                        "REPÚBLICA FEDERATIVA DO BRASIL",
                        "Cartório de Registro Civil - Recife",
                    ],
                    title="CERTIDÃO DE NASCIMENTO",
                    surname="SILVA",
                    given="RAFAEL",
                    sex="M",
                    dob="1996-10-10",
                    pob="Recife - PE",
                    father="MARCOS SILVA",
                    mother="JULIANA SOUZA SILVA",
                    reg_no="076901 01 55 1996 1 00041 218 0013377-21",
                    reg_date="1996-10-18",
                    issued_on="2026-02-11",
                    issued_at="Recife",
                    language="por",
                    stamp=["CARTÓRIO", "RECIFE"],
                ),
            ),
            "phone_photo",
            "certidao",
            {},
        )
    )
    add(
        (
            "birth_certificate",
            _one(
                "birth_certificate",
                civil.birth_certificate,
                dict(
                    style="ornate",
                    lang="en",
                    country="GBR",
                    header=[
                        "CERTIFIED COPY OF AN ENTRY OF BIRTH",
                        "GIVEN AT THE GENERAL REGISTER OFFICE",
                    ],
                    title="BIRTH",
                    surname="MACLEOD-PRICE",
                    given="OLIVER JAMES",
                    sex="M",
                    dob="1983-09-04",
                    pob="Royal Infirmary, Edinburgh",
                    father="Duncan MACLEOD",
                    mother="Helen PRICE",
                    reg_no="BXCD 204417",
                    reg_date="1983-09-20",
                    issued_on="2026-01-14",
                    issued_at="Southport",
                    stamp=["GENERAL", "REGISTER OFFICE"],
                ),
            ),
            "image_pdf",
            "birth_cert_uk",
            {},
        )
    )
    add(
        (
            "apostille",
            _one(
                "apostille",
                civil.apostille,
                dict(
                    lang="en",
                    country_name="United Kingdom of Great Britain and Northern Ireland",
                    country="GBR",
                    signer="R. Thompson",
                    capacity="Deputy Registrar",
                    seal_of="General Register Office",
                    at="Milton Keynes",
                    on="2026-01-28",
                    by="HM Principal Secretary of State for Foreign Affairs",
                    number="APO-2026-0117734",
                    barcode=True,
                ),
            ),
            "scan",
            "apostille",
            {},
        )
    )
    add(
        (
            "apostille",
            _one(
                "apostille",
                civil.apostille,
                dict(
                    lang="es",
                    country_name="República Argentina",
                    country="ARG",
                    signer="María Laura Ibáñez",
                    capacity="Jefa de Registro",
                    seal_of="Registro Civil de la Ciudad de Buenos Aires",
                    at="Buenos Aires",
                    on="2026-06-03",
                    by="Colegio de Escribanos de la Ciudad de Buenos Aires",
                    number="AR-F-04418273",
                ),
            ),
            "text_pdf",
            "apostilla",
            {},
        )
    )
    add(
        (
            "apostille",
            _one(
                "apostille",
                civil.apostille,
                dict(
                    lang="pt",
                    country_name="República Federativa do Brasil",
                    country="BRA",
                    signer="Carla Bezerra",
                    capacity="Oficiala",
                    seal_of="Cartório de Registro Civil - Recife",
                    at="Recife",
                    on="2026-02-16",
                    by="Conselho Nacional de Justiça",
                    number="PE-77A1-3390-XQ",
                    barcode=True,
                ),
            ),
            "phone_photo",
            "apostila",
            {},
        )
    )
    add(
        (
            "translation",
            _one(
                "translation",
                civil.translation,
                dict(
                    translator="Agence Lingua Franca",
                    court="Lyon",
                    taddr="2 rue de la Barre, 69002 Lyon",
                    from_lang="portugaise",
                    surname="SILVA",
                    given="Rafael",
                    sex_fr="masculin",
                    dob="1996-10-10",
                    pob="Recife (Pernambouc, Brésil)",
                    father="SILVA Marcos",
                    mother="SOUZA SILVA Juliana",
                    reg_no="076901 01 55 1996",
                    number="LF-2026-2231",
                    on="2026-03-01",
                ),
            ),
            "text_pdf",
            "traduction",
            {},
        )
    )
    add(
        (
            "translation",
            _one(
                "translation",
                civil.translation,
                dict(
                    translator="Nadia HADDAD, traductrice",
                    court="Paris",
                    taddr="14 rue de Rivoli, 75004 Paris",
                    from_lang="arabe",
                    surname="HAMDI",
                    given="Sami",
                    sex_fr="masculin",
                    dob="1976-12-19",
                    pob="Sfax (Tunisie)",
                    father="HAMDI Ali",
                    mother="BEN SALAH Mounira",
                    reg_no="Acte n° 1187/1976",
                    number="NH-26-0912",
                    on="2026-09-30",
                ),
            ),
            "scan",
            "traduction_acte",
            {},
        )
    )
    a1 = ["9 rue des Capucins", "49100 Angers"]
    add(
        (
            "utility_bill",
            _bill("EDF", "M. Ahmed BENALI", a1, "2026-10", 1),
            "text_pdf",
            "facture_edf",
            {},
        )
    )
    add(
        (
            "utility_bill",
            _bill("ENGIE", "Mme Sofia ROSSI", ["3 rue de Metz", "31000 Toulouse"], "2026-09", 0),
            "image_pdf",
            "facture_engie",
            {},
        )
    )
    add(
        (
            "utility_bill",
            _bill(
                "Veolia Eau",
                "M. et Mme KIM Min-jun",
                ["77 rue de Siam", "29200 Brest"],
                "2026-08",
                2,
            ),
            "scan",
            "facture_eau",
            {},
        )
    )
    add(
        (
            "utility_bill",
            _bill("Orange", "M. Kwame MENSAH", ["5 rue Colbert", "37000 Tours"], "2026-10", 1),
            "screenshot",
            "orange_facture",
            {"app": "Orange et moi"},
        )
    )
    add(
        (
            "utility_bill",
            _bill(
                "TotalEnergies",
                "Mme Layla HADDAD",
                ["18 rue Paradis", "13001 Marseille"],
                "2026-10",
                0,
            ),
            "phone_photo",
            "facture_total",
            {},
        )
    )
    L = dict(
        landlord="M. Pierre-Yves LE GALL",
        landlord_addr="1 quai Duguay-Trouin, 35000 Rennes",
        tenants=["M. Ravi SHANKAR", "Mme Priya SHANKAR"],
        address=["10 rue d'Antrain", "35700 Rennes"],
        start="2026-06-01",
        rent=830.0,
        charges=70.0,
        signed_on="2026-05-20",
        signed_at="Rennes",
    )
    add(("lease", _many("lease", papers.lease, L), "text_pdf", "bail", {}))
    L2 = dict(
        landlord="SCI Vieux-Port",
        landlord_addr="2 quai du Port, 13002 Marseille",
        tenants=["Mme Olga PETRENKO"],
        address=["41 rue Sainte", "13001 Marseille"],
        start="2025-12-15",
        rent=690.0,
        charges=40.0,
        signed_on="2025-12-10",
        signed_at="Marseille",
        furnished=True,
        fonts=("sans", "sansb"),
    )
    add(("lease", _many("lease", papers.lease, L2), "image_pdf", "contrat_location", {}))
    L3 = dict(
        landlord="Mme Agnès DUVAL",
        landlord_addr="8 place Plumereau, 37000 Tours",
        tenants=["M. Tomás GONZÁLEZ RÍOS"],
        address=["15 rue Colbert", "37000 Tours"],
        start="2026-08-01",
        rent=610.0,
        charges=35.0,
        signed_on="2026-07-25",
        signed_at="Tours",
        fonts=("dejaserif", "dejaserifb"),
    )
    add(("lease", _many("lease", papers.lease, L3), "phone_photo", "bail_photo", {"rotate": 0}))
    add(
        (
            "hosting_attestation",
            _one(
                "hosting_attestation",
                papers.hosting_attestation,
                dict(
                    host="Mme Nathalie BERGER",
                    host_dob="1968-03-03",
                    host_pob="Dijon (21)",
                    hosted="M. Ibrahima SOW",
                    hosted_dob="1999-09-09",
                    address=["6 rue Chabot-Charny", "21000 Dijon"],
                    since="2026-04-01",
                    place="Dijon",
                    signed_on="2026-10-30",
                    mode="hand",
                    hand_font="hand1",
                ),
            ),
            "phone_photo",
            "attestation",
            {},
        )
    )
    add(
        (
            "hosting_attestation",
            _one(
                "hosting_attestation",
                papers.hosting_attestation,
                dict(
                    host="M. Karim BOUZID",
                    host_dob="1980-07-14",
                    host_pob="Lille (59)",
                    hosted="Mme Amina BOUZID née TAHIRI",
                    hosted_dob="1986-02-27",
                    address=["22 rue Solférino", "59000 Lille"],
                    since="2025-12-01",
                    place="Lille",
                    signed_on="2026-11-02",
                    mode="typed",
                ),
            ),
            "text_pdf",
            "attestation_hebergement",
            {},
        )
    )
    add(
        (
            "hosting_attestation",
            _one(
                "hosting_attestation",
                papers.hosting_attestation,
                dict(
                    host="Mme Lucía FERNÁNDEZ",
                    host_dob="1972-12-01",
                    host_pob="Madrid (Espagne)",
                    hosted="M. Diego FERNÁNDEZ PARDO",
                    hosted_dob="2001-05-30",
                    address=["4 rue Mercière", "69002 Lyon"],
                    since="2026-06-15",
                    place="Lyon",
                    signed_on="2026-11-12",
                    mode="hand",
                    hand_font="hand3",
                    signed=False,
                ),
            ),
            "scan",
            "hebergement",
            {},
        )
    )
    add(
        (
            "payslip",
            _one(
                "payslip",
                papers.payslip,
                dict(
                    employer="BOULANGERIE LE FOURNIL D'ANAÏS SARL",
                    emp_addr=["3 rue de la Paix", "44000 Nantes"],
                    siret=ids.siret("50318274", "0012"),
                    employee="M. Ibrahima SOW",
                    emp_address=["6 rue Chabot-Charny", "21000 Dijon"],
                    job="Boulanger",
                    period="2026-09",
                    gross=2010.0,
                    start="2026-04-07",
                    ccn="Boulangerie-pâtisserie artisanale (IDCC 843)",
                ),
            ),
            "text_pdf",
            "bulletin_salaire",
            {},
        )
    )
    add(
        (
            "payslip",
            _one(
                "payslip",
                papers.payslip,
                dict(
                    employer="LOGISTIQUE VAUBAN SAS",
                    emp_addr=["88 avenue Daumesnil", "75012 Paris"],
                    siret="84419207600012",
                    employee="Mme Olga PETRENKO",
                    emp_address=["41 rue Sainte", "13001 Marseille"],
                    job="Préparatrice",
                    period="2026-10",
                    gross=1850.0,
                    start="2026-01-05",
                    fonts=("cond", "condb"),
                ),
            ),
            "image_pdf",
            "fiche_paie",
            {},
        )
    )
    add(
        (
            "payslip",
            _one(
                "payslip",
                papers.payslip,
                dict(
                    employer="CLINIQUE DU PARC SAS",
                    emp_addr=["155 boulevard de Stalingrad", "69006 Lyon"],
                    siret=ids.siret("42019388", "0027"),
                    employee="Mme WICKRAMASINGHE Dilani",
                    emp_address=["9 rue Vauban", "69006 Lyon"],
                    job="Infirmière",
                    period="2026-10",
                    gross=2890.0,
                    start="2025-11-03",
                    ccn="Hospitalisation privée (IDCC 2264)",
                ),
            ),
            "phone_photo",
            "paie_octobre",
            {},
        )
    )
    add(
        (
            "employment_contract",
            _many(
                "employment_contract",
                papers.employment_contract,
                dict(
                    employer="CAMPING LES DUNES SARL",
                    emp_addr="Route de la Plage, 40150 Hossegor",
                    siret=ids.siret("81247730", "0019"),
                    rep="M. Julien ETCHEVERRY",
                    employee="M. Tomás GONZÁLEZ RÍOS",
                    emp_dob="1998-08-19",
                    emp_nat="chilienne",
                    emp_address="15 rue Colbert, 37000 Tours",
                    ctype="CDD",
                    job="Agent d'accueil",
                    start="2026-05-01",
                    end="2026-12-31",
                    salary=1900.0,
                    place="Hossegor",
                    signed_on="2026-04-20",
                    form="SARL",
                ),
            ),
            "text_pdf",
            "contrat_cdd",
            {},
        )
    )
    add(
        (
            "employment_contract",
            _many(
                "employment_contract",
                papers.employment_contract,
                dict(
                    employer="CLINIQUE DU PARC SAS",
                    emp_addr="155 boulevard de Stalingrad, 69006 Lyon",
                    siret=ids.siret("42019388", "0027"),
                    rep="Mme Hélène VIDAL",
                    employee="Mme Dilani WICKRAMASINGHE",
                    emp_dob="1985-11-02",
                    emp_nat="sri-lankaise",
                    emp_address="9 rue Vauban, 69006 Lyon",
                    ctype="CDI",
                    job="Infirmière diplômée d'État",
                    start="2025-11-03",
                    salary=2890.0,
                    place="Lyon",
                    signed_on="2025-10-15",
                    fonts=("serif", "serifb"),
                ),
            ),
            "image_pdf",
            "contrat_cdi",
            {},
        )
    )
    add(
        (
            "rib",
            _one(
                "rib",
                papers.rib,
                dict(
                    bank="Crédit Agricole",
                    branch="00050",
                    account="72104839500",
                    holder_lines=["M BENALI AHMED"],
                    holder_addr=a1,
                    domiciliation=["CA ANJOU MAINE", "ANGERS RALLIEMENT"],
                    layout=0,
                ),
            ),
            "text_pdf",
            "rib_ca",
            {},
        )
    )
    add(
        (
            "rib",
            _one(
                "rib",
                papers.rib,
                dict(
                    bank="La Banque Postale",
                    branch="00001",
                    account="40183726015",
                    holder_lines=["M OU MME KIM MIN-JUN"],
                    holder_addr=["77 rue de Siam", "29200 Brest"],
                    domiciliation=["LA BANQUE POSTALE", "CENTRE FINANCIER DE RENNES"],
                    layout=1,
                ),
            ),
            "scan",
            "rib_lbp",
            {},
        )
    )
    add(
        (
            "rib",
            _one(
                "rib",
                papers.neobank_screen,
                dict(
                    app="Lydia",
                    holder="Sofia Rossi",
                    iban=ids.fr_iban("17418", "00001", "00017302954"),
                    bic="SWNBFR22",
                    bank_name="Sumeria (Lydia Solutions)",
                    bank_addr="Lydia Solutions, Paris",
                    accent=(0, 122, 255),
                    title="Mon RIB",
                ),
            ),
            "screenshot",
            "lydia_rib",
            {},
        )
    )
    bad = _one(
        "rib",
        papers.rib,
        dict(
            bank="Société Générale",
            branch="00912",
            account="00050617283",
            key="42",
            holder_lines=["MME HADDAD LAYLA"],
            holder_addr=["18 rue Paradis", "13001 Marseille"],
            domiciliation=["SG MARSEILLE PARADIS"],
            layout=2,
        ),
    )
    bad.notes = "RIB key wrong although the IBAN passes mod 97"
    add(("rib", bad, "image_pdf", "rib_sg", {}))
    add(
        (
            "application_form",
            _form(
                surname="Mensah",
                given="Kwame Kofi",
                dob="1991-06-06",
                sex="M",
                pob_city="Kumasi",
                pob_country="Ghana",
                nationality="ghanéenne",
                address="5 rue Colbert",
                cp="37000",
                city="Tours",
                phone="07 61 22 40 18",
                status="employed",
                job="Technicien",
                contract="CDI",
                employer="Touraine Froid SAS, Tours",
                place="Tours",
                signed_on="2026-11-05",
                mode="typed",
                seed=41,
            ),
            "text_pdf",
            "formulaire_S1106",
            {},
        )
    )
    add(
        (
            "application_form",
            _form(
                surname="Okonkwo-Adeyemi",
                given="Chidinma Grace",
                dob="1992-04-18",
                sex="F",
                pob_city="Enugu",
                pob_country="Nigeria",
                nationality="nigériane",
                address="2 place du Capitole",
                cp="31000",
                city="Toulouse",
                status="not_employed",
                place="Toulouse",
                signed_on="2026-10-28",
                mode="hand",
                hand_font="hand1",
                seed=42,
            ),
            "phone_photo",
            "cerfa_photo",
            {},
        )
    )
    add(
        (
            "application_form",
            _form(
                surname="Nguyen",
                given="Thi Thu Ha",
                dob="1999-07-07",
                sex="F",
                pob_city="Hanoï",
                pob_country="Viêt Nam",
                nationality="vietnamienne",
                address="11 rue Stanislas",
                cp="54000",
                city="Nancy",
                status="other",
                place="Nancy",
                signed_on="2026-11-19",
                mode="fillable",
                seed=43,
            ),
            "text_pdf",
            "demande_droits",
            {},
        )
    )
    q = dict(
        landlord="M. Pierre-Yves LE GALL",
        tenant="M. Ravi SHANKAR",
        month="2026-10",
        rent=830.0,
        charges=70.0,
        address=["10 rue d'Antrain", "35700 Rennes"],
        on="2026-10-31",
        place="Rennes",
    )
    add(
        (
            "unknown",
            _one("unknown", papers.quittance, q, "quittance de loyer: not one of the 14 types"),
            "text_pdf",
            "quittance_loyer",
            {},
        )
    )
    add(
        (
            "unknown",
            _one(
                "unknown",
                papers.school_certificate,
                dict(
                    school="Université de Lorraine",
                    school_addr="34 cours Léopold, 54000 Nancy",
                    student="Mme NGUYEN Thi Thu Ha",
                    dob="1999-07-07",
                    number="32104877",
                    program="Master 1 Chimie",
                    place="Nancy",
                    on="2026-09-12",
                ),
                "certificat de scolarité",
            ),
            "scan",
            "certificat_scolarite",
            {},
        )
    )
    add(
        (
            "unknown",
            _one(
                "unknown",
                papers.ameli_letter,
                dict(
                    name="M. Kwame MENSAH",
                    address=["5 rue Colbert", "37000 Tours"],
                    on="2026-11-10",
                ),
                "acknowledgement letter from the CPAM",
            ),
            "image_pdf",
            "courrier_cpam",
            {},
        )
    )
    q2 = dict(
        landlord="SCI Vieux-Port",
        tenant="Mme Olga PETRENKO",
        month="2026-09",
        rent=690.0,
        charges=40.0,
        address=["41 rue Sainte", "13001 Marseille"],
        on="2026-09-30",
        place="Marseille",
        no="Q-0926",
    )
    add(
        (
            "unknown",
            _one("unknown", papers.quittance, q2, "quittance de loyer: not one of the 14 types"),
            "phone_photo",
            "quittance_septembre",
            {},
        )
    )
    return S


def _applicant(doc: Doc):
    f = doc.fields
    if "surname" in f and "date_of_birth" in f:
        return {
            "surname": f["surname"],
            "given_names": f["given_names"],
            "date_of_birth": f["date_of_birth"],
        }
    return None


def build_all(out: str) -> list[str]:
    names = []
    for i, (kind, doc, look, fname, opt) in enumerate(catalogue(), start=1):
        assert doc.type == kind
        name = f"d{i:03d}"
        fold = Folder(out + "/documents", name)
        if look == "text_pdf" and doc.card:
            raise ValueError(name)
        fold.add(doc, look, fname, **opt)
        fold.truth(
            employed=None, status=None, requirements=None, defect=None, applicant=_applicant(doc)
        )
        names.append(name)
    return names
