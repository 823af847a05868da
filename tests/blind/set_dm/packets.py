"""The four packets of set_dm."""

import civil
import commerce as cm
import ids
import render as R
from kit import ALL_OK, app_fields, bill_fields, person_fields, rib_fields, vdate, visa_fields

PLAB = [
    "Type",
    "Code",
    "Passport No.",
    "Surname",
    "Given names",
    "Nationality",
    "Date of birth",
    "Sex",
    "Place of birth",
    "Date of issue",
    "Date of expiry",
    "Authority",
]


def _visa(pk, p, num, frm, until, place, issued, passport, remarks, skin):
    v = {
        "num": num,
        "from": vdate(frm),
        "until": vdate(until),
        "from_iso": frm,
        "until_iso": until,
        "days": "365",
        "place": place,
        "issued": vdate(issued),
        "passport": passport,
        "remarks": remarks,
        "skin": skin,
    }
    pg, lines = ids.visa(p, v)
    return v, pg, lines


def _passport(p, **spec):
    spec.setdefault("labels", PLAB)
    pg, lines = ids.passport(p, spec)
    return spec, pg, lines


def p01(pk):
    """Armenia, VLS-TS passeport talent, lease, CDI. In order."""
    asof = "2026-11-20"
    p = {
        "surname": "GRIGORYAN",
        "given": "LILIT",
        "dob": "1994-03-17",
        "sex": "F",
        "nat": "ARM",
        "mrz_surname": "GRIGORYAN",
        "mrz_given": "LILIT",
    }
    addr = ["8 allée des Tilleuls, appt 23", "69003 Lyon"]
    f = {
        "hand": True,
        "run": 1,
        "situation": "salarie",
        "contract": "CDI",
        "job": "Ingénieure de recherche",
        "place": "Lyon",
        "date_text": "09/11/2026",
        "signed": True,
        "addr": addr[0],
        "cp": "69003",
        "city": "Lyon",
        "phone": "06 48 21 77 30",
        "email": "lilit.grigoryan@gmail.com",
        "nationality": "arménienne",
        "pob": "Erevan (Arménie)",
    }
    pages = civil.form(p, f, pk.rng())
    pk.scan("scan_0041.jpg", pages[0])
    pk.scan("scan_0042.jpg", pages[1])
    pk.doc(
        [("scan_0041.jpg", [1]), ("scan_0042.jpg", [1])],
        "application_form",
        "scan",
        app_fields(p, f, "employed", "2026-11-09"),
        "hand-filled, print run 1",
    )
    lab = [
        "Տեսակ / Type",
        "Կոդ / Code",
        "Անձնագիր / Passport No.",
        "Ազգանուն / Surname",
        "Անուն / Given names",
        "Քաղաքացիություն / Nationality",
        "Ծննդյան ամսաթիվ / Date of birth",
        "Սեռ / Sex",
        "Ծննդավայր / Place of birth",
        "Տրված է / Date of issue",
        "Վավեր է / Date of expiry",
        "Տրող մարմին / Authority",
    ]
    spec, pg, lines = _passport(
        p,
        country="ARM",
        country_name="ՀԱՅԱՍՏԱՆԻ ՀԱՆՐԱՊԵՏՈՒԹՅՈՒՆ  REPUBLIC OF ARMENIA",
        title="ԱՆՁՆԱԳԻՐ / PASSPORT",
        num="AU0473821",
        issue="2023-05-22",
        exp="2033-05-21",
        authority="001",
        nat_text="ARMENIAN",
        pob="ARMENIA",
        labels=lab,
        colour=(110, 30, 40),
    )
    pk.photo("IMG_20261112_183205.jpg", pg, rot=90)
    pk.doc(
        [("IMG_20261112_183205.jpg", [1])],
        "passport",
        "phone_photo",
        person_fields(p, "AU0473821", "ARM", spec["exp"], lines),
        "rotated 90°",
    )
    v, pg, lines = _visa(
        pk,
        p,
        "031847265",
        "2026-06-20",
        "2027-06-19",
        "EREVAN",
        "2026-06-02",
        "AU0473821",
        [
            "VLS-TS PASSEPORT TALENT",
            "SALARIE QUALIFIE",
            "CARTE DE SEJOUR A SOLLICITER DANS LES 2 MOIS",
        ],
        (200, 160, 130),
    )
    pk.photo("IMG_20261112_183240.jpg", pg, rot=0)
    pk.doc(
        [("IMG_20261112_183240.jpg", [1])],
        "long_stay_visa",
        "phone_photo",
        visa_fields(p, v, "AU0473821", lines, "passeport talent"),
    )
    bc = {
        "series": "Ա-Ծ 0328147",
        "surname_hy": "ԳՐԻԳՈՐՅԱՆ",
        "given_hy": "ԼԻԼԻԹ",
        "patronymic": "ԱՐՄԵՆԻ / ARMENI",
        "dob_text": "17.03.1994",
        "pob": "Երևան / Yerevan, Republic of Armenia",
        "father": "Armen Grigoryan",
        "mother": "Anahit Grigoryan (née Sargsyan)",
        "record": "512 of 24.03.1994",
        "office": "Kentron, Yerevan",
        "issued": "10.02.2026",
        "registrar": "M. Avetisyan",
    }
    ap = {
        "country": "Republic of Armenia / Հայաստանի Հանրապետություն",
        "signer": "M. Avetisyan",
        "capacity": "Head of civil status acts registration office",
        "seal_of": "Civil Status Acts Registration Agency, Ministry of Justice",
        "at": "Yerevan",
        "date_text": "16.02.2026",
        "by": "Ministry of Justice of the Republic of Armenia",
        "number": "26-0013594",
        "stamp": ["MINISTRY", "OF JUSTICE", "REPUBLIC", "OF ARMENIA"],
        "signed_by": "A. Hakobyan",
        "local_title": "ԱՊՈՍՏԻԼ",
    }
    pk.image_pdf("acte_naissance_apostille.pdf", [civil.armenia_birth(p, bc), civil.apostille(ap)])
    pk.doc(
        [("acte_naissance_apostille.pdf", [1])],
        "birth_certificate",
        "image_pdf",
        {
            "surname": p["surname"],
            "given_names": p["given"],
            "date_of_birth": p["dob"],
            "place_of_birth": "Yerevan, Armenia",
            "issuing_country": "ARM",
            "language": "hy+en",
            "has_apostille": True,
        },
        "bilingual Armenian/English",
    )
    pk.doc(
        [("acte_naissance_apostille.pdf", [2])],
        "apostille",
        "image_pdf",
        {
            "country": "ARM",
            "issued_on": "2026-02-16",
            "number": "26-0013594",
            "signed_by": "A. Hakobyan",
        },
    )
    L = {
        "landlord_text": "la SCI Les Tilleuls, représentée par M. Olivier Brunet, gérant",
        "tenant_text": "Mme Lilit GRIGORYAN",
        "address": ", ".join(addr),
        "desc": "Appartement de type T2, 3e étage, surface habitable 46 m², cave n° 12.",
        "start": "2026-07-01",
        "duration": "trois ans",
        "rent": 720.0,
        "charges": 65.0,
        "city": "Lyon",
        "signed": "2026-06-24",
    }
    pk.text_pdf("bail_lyon.pdf", cm.lease(L), "Immo Rhône Gestion")
    pk.doc(
        [("bail_lyon.pdf", [1, 2])],
        "lease",
        "text_pdf",
        {
            "tenant_names": ["Lilit GRIGORYAN"],
            "landlord": "SCI Les Tilleuls",
            "address": ", ".join(addr),
            "start_date": "2026-07-01",
        },
    )
    c = {
        "employer": "Nexalys Biotech SAS",
        "employer_addr": "60 avenue Rockefeller, 69008 Lyon",
        "siret": "852 417 396 00021",
        "ape": "7211Z",
        "form": "SAS au capital de 250 000 €",
        "rep": "M. Julien Ferrand",
        "employee_text": "Madame Lilit GRIGORYAN",
        "employee_addr": ", ".join(addr),
        "start": "2026-07-06",
        "job": "Ingénieure de recherche en bio-informatique",
        "grade": "2.2",
        "ccn": "Syntec (IDCC 1486)",
        "salary": 48500.0,
        "site": "Lyon (69008)",
        "city": "Lyon",
        "signed": "2026-05-18",
    }
    pk.text_pdf("contrat_CDI_Nexalys.pdf", cm.contract(c), "Nexalys RH")
    pk.doc(
        [("contrat_CDI_Nexalys.pdf", [1, 2])],
        "employment_contract",
        "text_pdf",
        {
            "employer": c["employer"],
            "employee_name": "Lilit GRIGORYAN",
            "contract_type": "CDI",
            "job_title": c["job"],
            "start_date": c["start"],
        },
    )
    s = {
        "start": "2026-10-01",
        "end": "2026-10-31",
        "paid": "2026-10-30",
        "employer": "NEXALYS BIOTECH SAS",
        "employer_addr": ["60 avenue Rockefeller", "69008 LYON"],
        "siret": "852 417 396 00021",
        "naf": "7211Z",
        "ccn": "Syntec (1486)",
        "employee": "Madame GRIGORYAN Lilit",
        "employee_addr": ["8 allée des Tilleuls, appt 23", "69003 LYON"],
        "job": "Ingénieure de recherche",
        "entry": "2026-07-06",
        "lines": [
            ("Salaire de base", "151,67", "", "4 041,67"),
            ("Santé — Sécurité sociale maladie", "4 041,67", "", "0,00"),
            ("Complémentaire santé", "4 041,67", "", "-48,20"),
            ("Retraite — Sécurité sociale plafonnée", "3 925,00", "6,900", "-270,83"),
            ("Retraite complémentaire T1", "3 925,00", "4,010", "-157,39"),
            ("Assurance chômage", "4 041,67", "", "0,00"),
            ("CSG déductible de l'impôt sur le revenu", "3 971,23", "6,800", "-270,04"),
            ("CSG/CRDS non déductible", "3 971,23", "2,900", "-115,17"),
        ],
        "net_before": "3 180,04 €",
        "pas_rate": "4,6 %",
        "pas": "-146,28 €",
        "net": 3033.76,
        "cost": "5 652,80 €",
    }
    pk.text_pdf("bulletin_octobre_2026.pdf", [cm.payslip(s)], "Silae")
    pk.doc(
        [("bulletin_octobre_2026.pdf", [1])],
        "payslip",
        "text_pdf",
        {
            "employer": "NEXALYS BIOTECH SAS",
            "employee_name": "GRIGORYAN Lilit",
            "period": "2026-10",
            "net_pay": 3033.76,
            "siret": "85241739600021",
        },
    )
    iban, _ = R.fr_iban("30003", "01830", "00050871234")
    r = {
        "bank": "Société Générale",
        "colour": (200, 20, 40),
        "holder": "MME GRIGORYAN LILIT",
        "holder_addr": ["8 ALLEE DES TILLEULS APPT 23", "69003 LYON"],
        "domic": "SG LYON PART DIEU",
        "iban": iban,
        "bic": "SOGEFRPP",
        "date": "2026-08-03",
    }
    pk.text_pdf("RIB_SG.pdf", [cm.rib_page(r)], "Societe Generale")
    pk.doc([("RIB_SG.pdf", [1])], "rib", "text_pdf", rib_fields(r, "GRIGORYAN LILIT"))
    pk.truth(
        as_of=asof,
        employed=True,
        status="complete",
        requirements=dict(ALL_OK),
        defect=None,
        applicant={"surname": p["surname"], "given_names": p["given"], "date_of_birth": p["dob"]},
    )


def p02(pk):
    """Cuba, carte de séjour VPF, hosted by her sister, not employed. In order."""
    asof = "2026-11-24"
    p = {
        "surname": "RODRÍGUEZ CASTILLO",
        "given": "YANELIS",
        "dob": "1991-08-05",
        "sex": "F",
        "nat": "CUB",
        "mrz_surname": "RODRIGUEZ CASTILLO",
        "mrz_given": "YANELIS",
    }
    h = {
        "surname": "RODRÍGUEZ CASTILLO",
        "given": "DAYANA",
        "dob": "1986-02-11",
        "sex": "F",
        "nat": "CUB",
        "mrz_surname": "RODRIGUEZ CASTILLO",
        "mrz_given": "DAYANA",
    }
    addr = ["27 rue de la Mare, bât. B", "75020 Paris"]
    f = {
        "hand": False,
        "run": 2,
        "situation": "sans_activite",
        "place": "Paris",
        "date_text": "12/11/2026",
        "signed": True,
        "addr": addr[0],
        "cp": "75020",
        "city": "Paris",
        "phone": "07 53 18 90 42",
        "email": "yanelis.rc91@yahoo.es",
        "nationality": "cubaine",
        "pob": "La Havane (Cuba)",
        "font": "ruf",
    }
    pages = civil.form(p, f, pk.rng())
    pk.photo("IMG_4471.jpg", pages[0], rot=270)
    pk.photo("IMG_4472.jpg", pages[1], rot=0)
    pk.doc(
        [("IMG_4471.jpg", [1]), ("IMG_4472.jpg", [1])],
        "application_form",
        "phone_photo",
        app_fields(p, f, "not_employed", "2026-11-12"),
        "typed, printed, dated and signed by hand; page 1 photo rotated 270°",
    )
    spec, pg, lines = _passport(
        p,
        country="CUB",
        country_name="REPÚBLICA DE CUBA",
        title="PASAPORTE / PASSPORT",
        num="L385012",
        issue="2022-09-14",
        exp="2032-09-13",
        authority="DIE LA HABANA",
        nat_text="CUBANA",
        pob="LA HABANA",
        colour=(30, 50, 110),
        skin=(180, 135, 100),
        labels=[
            "Tipo/Type",
            "Código/Code",
            "Pasaporte No./Passport No.",
            "Apellidos/Surname",
            "Nombres/Given names",
            "Nacionalidad/Nationality",
            "Fecha de nacimiento/Date of birth",
            "Sexo/Sex",
            "Lugar de nacimiento/Place of birth",
            "Fecha de expedición/Date of issue",
            "Fecha de vencimiento/Date of expiry",
            "Autoridad/Authority",
        ],
    )
    pk.card_scan("pasaporte.jpg", [pg])
    pk.doc(
        [("pasaporte.jpg", [1])],
        "passport",
        "scan",
        person_fields(p, "L385012", "CUB", spec["exp"], lines),
    )
    card = {
        "title": "CARTE DE SÉJOUR TEMPORAIRE",
        "num": "ZC5821074",
        "remarks": "VIE PRIVÉE ET FAMILIALE",
        "exp": "2027-05-11",
        "issue": "2026-05-12",
        "addr1": addr[0].upper(),
        "addr2": "75020 PARIS",
        "prefecture": "PRÉFECTURE DE POLICE — PARIS",
        "pob": "LA HABANE (CUB)",
        "skin": (180, 135, 100),
    }
    back, lines = ids.card_back(p, card)
    pk.card_scan("titre_sejour_recto_verso.jpg", [ids.card_front(p, card), back])
    d = person_fields(p, "ZC5821074", "FRA", card["exp"], lines)
    d["category"] = "vie privée et familiale"
    pk.doc(
        [("titre_sejour_recto_verso.jpg", [1])],
        "residence_permit",
        "scan",
        d,
        "front and back on one scan",
    )
    bc = {
        "registry": "Plaza de la Revolución, La Habana",
        "registry_short": "PLAZA",
        "tomo": "212",
        "folio": "147",
        "ap1": "Rodríguez",
        "ap2": "Castillo",
        "dob_text": "cinco de agosto de mil novecientos noventa y uno (05/08/1991)",
        "pob": "Plaza de la Revolución, La Habana",
        "father": "Osvaldo Rodríguez Pérez",
        "mother": "Marisol Castillo Fuentes",
        "gp1": "Ramón y Caridad",
        "gp2": "Eusebio y Nilda",
        "city": "La Habana",
        "issued_words": "catorce días del mes de enero de 2026",
        "registrar": "Lic. Yamila Ortiz Benítez",
        "minrex_no": "2026-0117853",
        "minrex_date": "20/01/2026",
        "minrex_signer": "Mme Odalys Prieto Vega",
        "amb_date": "03/02/2026",
        "amb_no": "2026/0412",
    }
    pk.image_pdf(
        "certificacion_nacimiento.pdf", [civil.cuba_birth(p, bc), civil.cuba_legalisation(bc)]
    )
    pk.doc(
        [("certificacion_nacimiento.pdf", [1, 2])],
        "birth_certificate",
        "image_pdf",
        {
            "surname": "RODRÍGUEZ CASTILLO",
            "given_names": "Yanelis",
            "date_of_birth": p["dob"],
            "place_of_birth": "Plaza de la Revolución, La Habana",
            "issuing_country": "CUB",
            "language": "es",
            "has_apostille": False,
        },
        "Cuba is not a party to the Apostille Convention: legalised by MINREX and the French "
        "embassy in Havana (page 2); a legalisation is the required formality, not a defect",
    )
    t = {
        "translator": "Inés Morel-Garrido",
        "no": "2026-311",
        "contact": "14 rue Bréguet, 75011 Paris — ines.morel.traductions@orange.fr",
        "date": "16/02/2026",
        "body": "Registre civil de : Plaza de la Revolución, La Havane. Tome : 212. Folio : 147."
        "\nPrénom(s) : Yanelis\nPremier nom : Rodríguez\nSecond nom : Castillo\n"
        "Sexe : féminin\nDate de naissance : cinq août mille neuf cent quatre-vingt-"
        "onze (05/08/1991)\nLieu de naissance : Plaza de la Revolución, La Havane\n"
        "Nom du père : Osvaldo Rodríguez Pérez\nNom de la mère : Marisol Castillo "
        "Fuentes\nEn foi de quoi je délivre le présent certificat, à La Havane, le "
        "quatorze janvier 2026. La Registraire : Lic. Yamila Ortiz Benítez.",
    }
    pk.text_pdf("traduction_acte_naissance.pdf", [civil.translation(p, t)], "I. Morel-Garrido")
    pk.doc(
        [("traduction_acte_naissance.pdf", [1])],
        "translation",
        "text_pdf",
        {
            "language": "fr",
            "source_language": "es",
            "translator": t["translator"],
            "surname": "RODRÍGUEZ CASTILLO",
            "given_names": "Yanelis",
            "date_of_birth": p["dob"],
        },
        "sworn translation of the birth certificate",
    )
    rng = pk.rng()
    at = {
        "lines": [
            "Je soussignée Dayana RODRÍGUEZ CASTILLO,",
            "née le 11/02/1986 à La Havane (Cuba),",
            "demeurant 27 rue de la Mare, bât. B, 75020 Paris,",
            "atteste sur l'honneur héberger à mon domicile",
            "ma soeur Yanelis RODRÍGUEZ CASTILLO, née le",
            "05/08/1991 à La Havane, depuis le 1er avril 2026.",
            "",
            "Attestation faite pour servir et valoir ce que de droit.",
            "",
            "Fait à Paris, le 10/11/2026",
        ]
    }
    pk.scan("attestation_hebergement.jpg", civil.attestation(at, rng), dpi=180)
    pk.doc(
        [("attestation_hebergement.jpg", [1])],
        "hosting_attestation",
        "scan",
        {
            "host_name": "Dayana RODRÍGUEZ CASTILLO",
            "hosted_name": "Yanelis RODRÍGUEZ CASTILLO",
            "address": "27 rue de la Mare, bât. B, 75020 Paris",
            "since_date": "2026-04-01",
            "signed_on": "2026-11-10",
            "signed": True,
        },
        "handwritten on plain paper",
    )
    hc = {
        "title": "CARTE DE RÉSIDENT",
        "num": "ZR2907346",
        "remarks": "RÉSIDENT",
        "exp": "2034-09-01",
        "issue": "2024-09-02",
        "addr1": addr[0].upper(),
        "addr2": "75020 PARIS",
        "prefecture": "PRÉFECTURE DE POLICE — PARIS",
        "pob": "LA HABANE (CUB)",
        "skin": (175, 130, 95),
    }
    hback, hlines = ids.card_back(h, hc)
    pk.photo("carte_resident_Dayana_recto.jpg", ids.card_front(h, hc), rot=0)
    pk.photo("carte_resident_Dayana_verso.jpg", hback, rot=180)
    pk.doc(
        [("carte_resident_Dayana_recto.jpg", [1]), ("carte_resident_Dayana_verso.jpg", [1])],
        "residence_permit",
        "phone_photo",
        person_fields(h, "ZR2907346", "FRA", hc["exp"], hlines),
        "the host's (sister's) ID, verso photo upside down",
    )
    prev = []
    for k, (m, day, amt) in enumerate(
        (("08", "31", 42.99), ("09", "30", 42.99), ("10", "31", 44.99))
    ):
        b = {
            "provider": "Orange",
            "colour": (255, 121, 0),
            "no": f"0FA{m}7741208{k}",
            "holder": "MME DAYANA RODRIGUEZ CASTILLO",
            "holder_clean": "Dayana RODRIGUEZ CASTILLO",
            "addr": addr,
            "issue": f"2026-{m}-02",
            "start": f"2026-{m}-01",
            "end": f"2026-{m}-{day}",
            "debit": f"2026-{m}-14",
            "amount": amt,
            "client": "1106 8823 4410",
            "line": "Livebox Fibre — 01 43 58 27 19",
            "lines": [("Offre Livebox Fibre", amt - 3.0), ("Option TV", 3.0)],
            "legal": "Orange SA au capital de 10 640 226 396 € — 111 quai du Président "
            "Roosevelt, 92130 Issy-les-Moulineaux — 380 129 866 RCS Nanterre",
            "previous": prev[::-1],
        }
        if m == "10":
            pk.png("Screenshot_20261106-094112.png", cm.screenshot_bill(b))
            pk.doc(
                [("Screenshot_20261106-094112.png", [1])],
                "utility_bill",
                "screenshot",
                bill_fields(b, "internet"),
                "bill in the host's name, Orange app",
            )
        else:
            fn = f"Facture_Orange_{'aout' if m == '08' else 'septembre'}_2026.pdf"
            pk.text_pdf(fn, [cm.bill(b)], "Orange")
            pk.doc(
                [(fn, [1])],
                "utility_bill",
                "text_pdf",
                bill_fields(b, "internet"),
                "bill in the host's name",
            )
        prev.append((f"Facture du {cm.fr(b['issue'])}", amt))
    iban, _ = R.fr_iban("20041", "00001", "0512345K033")
    r = {
        "bank": "La Banque Postale",
        "colour": (0, 60, 130),
        "holder": "MLLE RODRIGUEZ CASTILLO YANELIS",
        "holder_addr": ["27 RUE DE LA MARE BAT B", "75020 PARIS"],
        "domic": "LA BANQUE POSTALE — CENTRE FINANCIER DE PARIS",
        "iban": iban,
        "bic": "PSSTFRPPPAR",
        "date": "2026-06-05",
    }
    pk.text_pdf("RIB_LBP.pdf", [cm.rib_page(r)], "La Banque Postale")
    pk.doc([("RIB_LBP.pdf", [1])], "rib", "text_pdf", rib_fields(r, "RODRIGUEZ CASTILLO YANELIS"))
    req = dict(ALL_OK, employment="not_applicable")
    pk.truth(
        as_of=asof,
        employed=False,
        status="complete",
        requirements=req,
        defect=None,
        applicant={"surname": p["surname"], "given_names": p["given"], "date_of_birth": p["dob"]},
    )


def p03(pk):
    """Ghana, student VLS-TS, three bills in his name. Defect: form dated MM/DD/YYYY."""
    asof = "2026-11-18"
    p = {
        "surname": "OWUSU-ANSAH",
        "given": "KWAME YEBOAH",
        "dob": "1998-02-26",
        "sex": "M",
        "nat": "GHA",
        "mrz_surname": "OWUSU-ANSAH",
        "mrz_given": "KWAME YEBOAH",
    }
    addr = ["12 rue Paul-Louis Lande, appt 7", "33000 Bordeaux"]
    f = {
        "hand": False,
        "run": 1,
        "situation": "etudiant",
        "place": "Bordeaux",
        "date_text": "10/29/2026",
        "signed": True,
        "addr": addr[0],
        "cp": "33000",
        "city": "Bordeaux",
        "phone": "07 66 02 41 85",
        "email": "kwame.owusuansah@outlook.com",
        "nationality": "ghanéenne",
        "pob": "Kumasi (Ghana)",
        "font": "ruf",
    }
    pages = civil.form(p, f, pk.rng())
    pk.image_pdf("formulaire_cpam.pdf", pages)
    pk.doc(
        [("formulaire_cpam.pdf", [1, 2])],
        "application_form",
        "image_pdf",
        app_fields(p, f, "not_employed", "2026-10-29"),
        "typed then printed; date handwritten in US order MM/DD/YYYY (29 October 2026)",
    )
    spec, pg, lines = _passport(
        p,
        country="GHA",
        country_name="REPUBLIC OF GHANA",
        title="PASSPORT",
        num="G3849175",
        issue="2021-04-13",
        exp="2031-04-12",
        authority="GHANA PASSPORT OFFICE",
        nat_text="GHANAIAN",
        pob="KUMASI",
        colour=(60, 30, 30),
        skin=(110, 75, 50),
    )
    pk.photo("WhatsApp Image 2026-11-10 at 21.14.08.jpeg", pg, rot=180)
    pk.doc(
        [("WhatsApp Image 2026-11-10 at 21.14.08.jpeg", [1])],
        "passport",
        "phone_photo",
        person_fields(p, "G3849175", "GHA", spec["exp"], lines),
        "upside down (180°)",
    )
    v, pg, lines = _visa(
        pk,
        p,
        "028456193",
        "2026-08-25",
        "2027-08-24",
        "ACCRA",
        "2026-08-04",
        "G3849175",
        ["VLS-TS ETUDIANT", "ART. R.431-16 CESEDA"],
        (110, 75, 50),
    )
    pk.card_scan("visa.jpg", [pg])
    pk.doc(
        [("visa.jpg", [1])],
        "long_stay_visa",
        "scan",
        visa_fields(p, v, "G3849175", lines, "étudiant"),
    )
    bc = {
        "entry": "KMA/1998/0417",
        "serial": "B 0284731",
        "district": "Kumasi Metropolitan",
        "name_line": "KWAME YEBOAH OWUSU-ANSAH",
        "dob_text": "26th February, 1998",
        "pob": "Komfo Anokye Teaching Hospital, Kumasi",
        "father": "Kofi Owusu-Ansah",
        "mother": "Akosua Serwaa Boateng",
        "informant": "Kofi Owusu-Ansah (Father)",
        "reg_date": "9th March, 1998",
        "issued": "2nd March, 2026",
    }
    pk.scan("birth_certificate.jpg", civil.ghana_birth(p, bc), dpi=200)
    pk.doc(
        [("birth_certificate.jpg", [1])],
        "birth_certificate",
        "scan",
        {
            "surname": "OWUSU-ANSAH",
            "given_names": "KWAME YEBOAH",
            "date_of_birth": p["dob"],
            "place_of_birth": "Kumasi, Ghana",
            "issuing_country": "GHA",
            "language": "en",
            "has_apostille": True,
        },
    )
    ap = {
        "country": "Republic of Ghana",
        "signer": "Henrietta A. Lamptey",
        "capacity": "Registrar of Births and Deaths",
        "seal_of": "Births and Deaths Registry, Accra",
        "at": "Accra",
        "date_text": "9/3/2026",
        "by": "Ministry of Foreign Affairs and Regional Integration, Legal and Consular Bureau",
        "number": "MFA/AP/2026/18437",
        "stamp": ["MINISTRY OF", "FOREIGN AFFAIRS", "ACCRA", "GHANA"],
        "signed_by": "E. K. Mensah",
        "ink": (20, 100, 60),
    }
    pk.scan("apostille.jpg", civil.apostille(ap), dpi=200)
    pk.doc(
        [("apostille.jpg", [1])],
        "apostille",
        "scan",
        {
            "country": "GHA",
            "issued_on": "2026-03-09",
            "number": "MFA/AP/2026/18437",
            "signed_by": "E. K. Mensah",
        },
    )
    for k, (m, day, amt) in enumerate(
        (("08", "31", 25.99), ("09", "30", 25.99), ("10", "31", 27.99))
    ):
        b = {
            "provider": "Bouygues Telecom",
            "colour": (0, 40, 110),
            "no": f"2610{m}4458{k}",
            "holder": "M. KWAME OWUSU-ANSAH",
            "holder_clean": "KWAME OWUSU-ANSAH",
            "addr": addr,
            "issue": f"2026-{int(m) + 1:02d}-03",
            "start": f"2026-{m}-01",
            "end": f"2026-{m}-{day}",
            "debit": f"2026-{int(m) + 1:02d}-08",
            "amount": amt,
            "client": "5.4471.8820",
            "line": "Bbox fit (fibre)",
            "lines": [("Bbox fit — abonnement mensuel", amt - 2.0), ("Location Bbox", 2.0)],
            "legal": "Bouygues Telecom — SA au capital de 712 588 399,56 € — 37-39 rue "
            "Boissière, 75116 Paris — 397 480 930 RCS Paris",
        }
        fn = f"facture_bbox_2026{m}.pdf"
        pk.text_pdf(fn, [cm.bill(b)], "Bouygues Telecom")
        pk.doc([(fn, [1])], "utility_bill", "text_pdf", bill_fields(b, "internet"))
    iban, _ = R.fr_iban("10278", "36021", "00021947501")
    r = {
        "bank": "Crédit Mutuel",
        "colour": (0, 70, 140),
        "holder": "M OWUSU-ANSAH KWAME",
        "holder_addr": ["12 RUE PAUL LOUIS LANDE APPT 7", "33000 BORDEAUX"],
        "domic": "CCM BORDEAUX VICTOIRE",
        "iban": iban,
        "bic": "CMCIFR2A",
        "date": "2026-09-21",
    }
    pk.scan("RIB.jpg", cm.rib_page(r), dpi=200)
    pk.doc([("RIB.jpg", [1])], "rib", "scan", rib_fields(r, "OWUSU-ANSAH KWAME"))
    req = dict(ALL_OK, application_form="invalid", employment="not_applicable")
    pk.truth(
        as_of=asof,
        employed=False,
        status="incomplete",
        requirements=req,
        defect="application form dated in US order '10/29/2026' (MM/DD/YYYY), not DD/MM/YYYY",
        applicant={"surname": p["surname"], "given_names": p["given"], "date_of_birth": p["dob"]},
    )


def p04(pk):
    """South Korea, VLS-TS salarié, lease, employed. Defect: no contract nor payslip."""
    asof = "2026-11-27"
    p = {
        "surname": "CHOI",
        "given": "MINSEO",
        "dob": "1996-06-02",
        "sex": "F",
        "nat": "KOR",
        "mrz_surname": "CHOI",
        "mrz_given": "MINSEO",
    }
    addr = ["41 boulevard de la Liberté", "59800 Lille"]
    f = {
        "hand": True,
        "run": 2,
        "situation": "salarie",
        "contract": "CDI",
        "job": "Chargée de projet export",
        "place": "Lille",
        "date_text": "18/11/2026",
        "signed": True,
        "addr": addr[0],
        "cp": "59800",
        "city": "Lille",
        "phone": "06 21 94 53 08",
        "email": "minseo.choi96@naver.com",
        "nationality": "sud-coréenne",
        "pob": "Séoul (Corée du Sud)",
    }
    pages = civil.form(p, f, pk.rng())
    pk.photo("IMG_0931.jpg", pages[0], rot=90)
    pk.photo("IMG_0932.jpg", pages[1], rot=0)
    pk.doc(
        [("IMG_0931.jpg", [1]), ("IMG_0932.jpg", [1])],
        "application_form",
        "phone_photo",
        app_fields(p, f, "employed", "2026-11-18"),
        "hand-filled, print run 2; page 1 rotated 90°; section B says salaried CDI",
    )
    spec, pg, lines = _passport(
        p,
        country="KOR",
        country_name="REPUBLIC OF KOREA",
        title="PASSPORT",
        num="M48201736",
        issue="2024-01-15",
        exp="2034-01-15",
        authority="MINISTRY OF FOREIGN AFFAIRS",
        nat_text="REPUBLIC OF KOREA",
        pob="SEOUL",
        colour=(20, 50, 90),
        skin=(225, 190, 160),
    )
    pk.photo("KakaoTalk_20261115_201533.jpg", pg, rot=0)
    pk.doc(
        [("KakaoTalk_20261115_201533.jpg", [1])],
        "passport",
        "phone_photo",
        person_fields(p, "M48201736", "KOR", spec["exp"], lines),
    )
    v, pg, lines = _visa(
        pk,
        p,
        "033918452",
        "2026-07-10",
        "2027-07-09",
        "SEOUL",
        "2026-06-19",
        "M48201736",
        ["VLS-TS SALARIE", "CARTE DE SEJOUR A SOLLICITER", "DANS LES 2 MOIS SUIVANT L'EXPIRATION"],
        (225, 190, 160),
    )
    pk.photo("KakaoTalk_20261115_201601.jpg", pg, rot=270)
    pk.doc(
        [("KakaoTalk_20261115_201601.jpg", [1])],
        "long_stay_visa",
        "phone_photo",
        visa_fields(p, v, "M48201736", lines, "salarié"),
        "rotated 270°",
    )
    bc = {
        "base": "Seoul Mapo-gu Seogyo-dong 395-17",
        "name_line": "CHOI MINSEO",
        "dob_text": "2 June 1996",
        "rrn": "960602-2******",
        "pob": "Seoul, Republic of Korea",
        "report": "14 June 1996",
        "bon": "Haeju",
        "issued": "20 May 2026",
        "office": "Mapo-gu Office, Seoul",
        "issue_no": "0417-2281-5530-6614",
    }
    ap = {
        "country": "Republic of Korea",
        "signer": "Chief of Mapo-gu Office",
        "capacity": "Head of local government",
        "seal_of": "Mapo-gu Office, Seoul",
        "at": "Seoul",
        "date_text": "22 May 2026",
        "by": "Ministry of Foreign Affairs, Republic of Korea",
        "number": "2026-0518342",
        "stamp": ["MINISTRY OF", "FOREIGN AFFAIRS", "REPUBLIC", "OF KOREA"],
        "signed_by": "Park Jae-won",
        "ink": (180, 30, 30),
    }
    pk.image_pdf("basic_certificate_apostille.pdf", [civil.korea_basic(p, bc), civil.apostille(ap)])
    pk.doc(
        [("basic_certificate_apostille.pdf", [1])],
        "birth_certificate",
        "image_pdf",
        {
            "surname": "CHOI",
            "given_names": "MINSEO",
            "date_of_birth": p["dob"],
            "place_of_birth": "Seoul, Republic of Korea",
            "issuing_country": "KOR",
            "language": "en",
            "has_apostille": True,
        },
        "English-language basic certificate (detailed); name written family name first",
    )
    pk.doc(
        [("basic_certificate_apostille.pdf", [2])],
        "apostille",
        "image_pdf",
        {
            "country": "KOR",
            "issued_on": "2026-05-22",
            "number": "2026-0518342",
            "signed_by": "Park Jae-won",
        },
    )
    L = {
        "landlord_text": "Mme Catherine Lefèvre-Duval, demeurant 3 rue Royale, 59000 Lille",
        "tenant_text": "Mme CHOI Minseo",
        "address": ", ".join(addr),
        "desc": "Studio meublé de 28 m², 2e étage gauche.",
        "start": "2026-08-01",
        "duration": "un an renouvelable",
        "rent": 590.0,
        "charges": 40.0,
        "city": "Lille",
        "signed": "2026-07-27",
    }
    pk.image_pdf("bail_signe_scan.pdf", cm.lease(L))
    pk.doc(
        [("bail_signe_scan.pdf", [1, 2])],
        "lease",
        "image_pdf",
        {
            "tenant_names": ["CHOI Minseo"],
            "landlord": "Catherine Lefèvre-Duval",
            "address": ", ".join(addr),
            "start_date": "2026-08-01",
        },
    )
    iban = R.iban_make("LT", "32500" + "80417726135")
    r = {"bank": "Revolut Bank UAB", "holder": "Minseo Choi", "iban": iban, "bic": "REVOLT21"}
    pk.png("Screenshot_Revolut.png", cm.screenshot_revolut(r))
    pk.doc(
        [("Screenshot_Revolut.png", [1])],
        "rib",
        "screenshot",
        rib_fields(r, "Minseo Choi"),
        "Lithuanian SEPA IBAN: acceptable (information only)",
    )
    req = dict(ALL_OK, employment="missing")
    pk.truth(
        as_of=asof,
        employed=True,
        status="incomplete",
        requirements=req,
        defect="employed (form: salaried, CDI) but neither the employment contract nor a "
        "payslip is in the packet",
        applicant={"surname": p["surname"], "given_names": p["given"], "date_of_birth": p["dob"]},
    )
