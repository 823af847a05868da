"""Packet p01: Djibouti applicant (lease route, employed CDD)."""

import random

from docs_civil import djibouti_extrait
from docs_form import form
from docs_fr import rib_doc
from docs_id import card_titre, passport_page
from docs_work import bail, cdd, payslip
from looks import Packet
from pk_common import ALL_COMPLETE, passport_fields, ymd6
from util import (
    fr_iban,
    make_siret,
    mrz_td1,
    mrz_td3,
    nir_key,
    rib_key,
)


def p01(out):
    rng = random.Random("set_cl-p01")
    sn, gn, dob = "ABDILLAHI ROBLEH", "HODAN", "1994-03-17"
    truth = dict(
        as_of="2026-11-20",
        employed=True,
        status="complete",
        requirements=dict(ALL_COMPLETE),
        defect=None,
        applicant=dict(surname=sn, given_names=gn, date_of_birth=dob),
    )
    pk = Packet(out, "p01", rng, truth)
    addr = ["14 rue des Vignoles, appt 23", "75020 Paris"]

    # passport (phone photo)
    num, exp = "D00284416", "2028-05-09"
    mrz = mrz_td3("P", "DJI", sn, gn, num, "DJI", ymd6(dob), "F", ymd6(exp))
    pp = passport_page(
        dict(
            paper=(0.93, 0.95, 0.9),
            guil=[(0.7, 0.85, 0.75), (0.75, 0.8, 0.92)],
            ink=(0.1, 0.3, 0.2),
            header=["RÉPUBLIQUE DE DJIBOUTI  •  REPUBLIC OF DJIBOUTI", "PASSEPORT / PASSPORT"],
            face=dict(veil=(0.35, 0.15, 0.3)),
            rows=[
                (
                    ("Type", "Code", "N° du passeport / Passport No"),
                    [(0, "P"), (12, "DJI"), (30, num)],
                ),
                (("Nom", "Surname"), sn),
                (("Prénoms", "Given names"), gn),
                (("Nationalité", "Nationality"), "DJIBOUTIENNE"),
                (("Date de naissance", "Date of birth"), "17 MAR 1994"),
                (
                    ("Sexe / Sex", "Lieu de naissance / Place of birth"),
                    [(0, "F"), (12, "DJIBOUTI")],
                ),
                (
                    ("Date de délivrance / Date of issue", "Date d'expiration / Date of expiry"),
                    [(0, "10 MAI/MAY 2023"), (36, "09 MAI/MAY 2028")],
                ),
            ],
            mrz=mrz,
        ),
        rng,
    )
    pk.photo("IMG_20261102_184512.jpg", pp, dpi=300, fill=0.62)
    pk.doc(
        [dict(path="IMG_20261102_184512.jpg", pages=[1])],
        "passport",
        "phone_photo",
        passport_fields(sn, gn, num, "DJI", dob, "F", exp),
        "data page photographed on a table",
    )

    # titre de séjour, recto + verso scanned on one A4 page
    tnum, texp = "FR7K2P418", "2027-06-01"
    tmrz = mrz_td1("IR", "FRA", tnum, ymd6(dob), "F", ymd6(texp), "DJI", sn, gn)
    td = dict(
        doc_no=tnum,
        surname=sn,
        given=gn,
        sex_nat="F      DJI",
        dob=dob,
        kind="CARTE DE SÉJOUR TEMPORAIRE",
        remarks="TRAVAILLEUR TEMPORAIRE",
        expiry=texp,
        pob="DJIBOUTI (DJIBOUTI)",
        address="14 RUE DES VIGNOLES 75020 PARIS",
        issued="2026-06-02",
        prefecture="PRÉFECTURE DE POLICE",
        agdref="7504182936",
        mrz=tmrz,
        face=dict(veil=(0.35, 0.15, 0.3)),
    )
    pk.scan_cards(
        "titre_sejour_recto_verso.jpg", [card_titre(td, rng, "front"), card_titre(td, rng, "back")]
    )
    pk.doc(
        [dict(path="titre_sejour_recto_verso.jpg", pages=[1])],
        "residence_permit",
        "scan",
        dict(
            surname=sn,
            given_names=gn,
            document_number=tnum,
            nationality="DJI",
            issuing_country="FRA",
            date_of_birth=dob,
            sex="F",
            expiry_date=texp,
            mrz_valid=True,
        ),
        "front and back of the card on one flatbed scan",
    )

    # birth certificate (flatbed scan JPEG), no apostille: bilateral dispensation
    bc = djibouti_extrait(
        dict(
            acte_no="1994/1287",
            dob=dob,
            dob_words="dix-sept mars mil neuf cent quatre-vingt-quatorze",
            time_place="Djibouti (Hôpital Général Peltier), à 06 h 40",
            surname=sn,
            given=gn,
            sex_word="FÉMININ",
            father="ABDILLAHI ROBLEH DJAMA",
            father_job="Commerçant",
            mother="FATOUMA HOUSSEIN ALI",
            mother_job="Ménagère",
            parents_home="Quartier 4, Djibouti",
            issued="2026-07-08",
            receipt="A-552913",
        ),
        rng,
    )
    pk.scan("scan_0007.jpg", bc, dpi=200)
    pk.doc(
        [dict(path="scan_0007.jpg", pages=[1])],
        "birth_certificate",
        "scan",
        dict(
            surname=sn,
            given_names=gn,
            date_of_birth=dob,
            place_of_birth="Djibouti",
            issuing_country="DJI",
            language="fr",
            has_apostille=False,
        ),
        "Djibouti is not a party to the Apostille Convention; the Franco-Djiboutian "
        "convention of 27 September 1986 dispenses civil-status records from legalisation, "
        "so no apostille or legalisation is needed (birth_certificate complete).",
    )

    # lease (scanner PDF, 2 pages), private landlord
    lease = bail(
        dict(
            header="Bail d'habitation — 14 rue des Vignoles 75020 Paris",
            landlord="Gérard POUILLOT",
            landlord_addr="6 avenue Gambetta, 94300 Vincennes",
            tenants=["Mme Hodan ABDILLAHI ROBLEH"],
            address=addr,
            habitat="Immeuble collectif, appartement au 3e étage",
            surface="31,40 m²",
            rooms="2",
            start="2026-05-01",
            rent=890.0,
            charges=65.0,
            city="Paris",
            signed="2026-04-24",
            fonts=("Serif", "SerifB"),
        ),
        rng,
    )
    pk.image_pdf("bail_vignoles.pdf", [lease])
    pk.doc(
        [dict(path="bail_vignoles.pdf", pages=[1, 2])],
        "lease",
        "image_pdf",
        dict(
            tenant_names=["Hodan ABDILLAHI ROBLEH"],
            landlord="Gérard POUILLOT",
            address="14 rue des Vignoles, appt 23, 75020 Paris",
            start_date="2026-05-01",
        ),
        "bail loi 1989, signed 2026-04-24, current (3-year term)",
    )

    # CDD (text PDF) + payslip (scan)
    siret = make_siret("83214576", "0018")
    emp = "HÔTELLERIE DES GOBELINS SAS"
    contract = cdd(
        dict(
            employer=emp,
            form="SAS au capital de 40 000 €",
            siret=siret,
            employer_addr="au 41 boulevard Arago, 75013 Paris",
            rep="M. Laurent FERREIRA",
            rep_title="Directeur général",
            employee_civ="Mme",
            employee_print="Hodan ABDILLAHI ROBLEH",
            dob=dob,
            pob="Djibouti (Djibouti)",
            nat="djiboutienne",
            employee_addr="14 rue des Vignoles, 75020 Paris",
            motif="faire face à un accroissement temporaire d'activité lié à la saison touristique",
            start="2026-06-15",
            end="2027-06-14",
            job="Réceptionniste",
            level="niveau I échelon 3",
            ccn="des Hôtels, Cafés, Restaurants (IDCC 1979)",
            gross=1910.0,
            workplace="l'Hôtel des Gobelins, 41 boulevard Arago, 75013 Paris",
            retraite="AG2R",
            city="Paris",
            signed="2026-06-10",
        ),
        rng,
    )
    pk.text_pdf("Contrat_CDD_ABDILLAHI.pdf", contract)
    pk.doc(
        [dict(path="Contrat_CDD_ABDILLAHI.pdf", pages=[1, 2])],
        "employment_contract",
        "text_pdf",
        dict(
            employer=emp,
            employee_name="Hodan ABDILLAHI ROBLEH",
            contract_type="CDD",
            job_title="Réceptionniste",
            start_date="2026-06-15",
        ),
    )
    nir13 = "2940399399041"
    nir = nir13 + nir_key(nir13)
    slip = payslip(
        dict(
            p_start="2026-10-01",
            p_end="2026-10-31",
            paid="2026-10-30",
            employer=emp,
            employer_addr=["41 boulevard Arago", "75013 Paris"],
            siret=siret,
            naf="5510Z",
            ccn="HCR (IDCC 1979)",
            employee_print="Mme ABDILLAHI ROBLEH Hodan",
            employee_addr=["14 rue des Vignoles", "75020 Paris"],
            job="Réceptionniste",
            entry="2026-06-15",
            contract="CDD",
            nir=f"{nir[0]} {nir[1:3]} {nir[3:5]} {nir[5:7]} {nir[7:10]} {nir[10:13]} {nir[13:]}",
            matricule="00187",
            rows=[
                ("Salaire de base", "151,67", "12,5931", "", "1 910,00"),
                ("SALAIRE BRUT", "", "", "", "1 910,00"),
                ("SANTÉ - Complémentaire santé", "", "", "28,40", ""),
                ("ACCIDENTS DU TRAVAIL - MALADIES PROFESSIONNELLES", "", "", "", ""),
                ("RETRAITE - Sécurité sociale plafonnée", "1 910,00", "6,900", "131,79", ""),
                ("Retraite - Sécurité sociale déplafonnée", "1 910,00", "0,400", "7,64", ""),
                ("Retraite - Complémentaire Tranche 1", "1 910,00", "4,010", "76,59", ""),
                ("ASSURANCE CHÔMAGE", "", "", "", ""),
                ("CSG déductible de l'impôt sur le revenu", "1 876,58", "6,800", "127,61", ""),
                (
                    "CSG/CRDS non déductible de l'impôt sur le revenu",
                    "1 876,58",
                    "2,900",
                    "54,42",
                    "",
                ),
                ("Remboursement transport (Navigo 50 %)", "", "", "", "44,20"),
                ("TOTAL DES COTISATIONS ET CONTRIBUTIONS", "", "", "426,45", ""),
            ],
            net_before=1527.75,
            pas_rate="1,10 %",
            pas=16.91,
            net=1510.84,
        ),
        rng,
    )
    pk.scan("bulletin_octobre_2026.jpg", slip, dpi=150, quality=80)
    pk.doc(
        [dict(path="bulletin_octobre_2026.jpg", pages=[1])],
        "payslip",
        "scan",
        dict(
            employer=emp,
            employee_name="ABDILLAHI ROBLEH Hodan",
            period="2026-10",
            net_pay=1510.84,
            siret=siret,
        ),
        "bulletin de paie clarifié",
    )

    # RIB BNP (text PDF)
    acc = "00010482736"
    iban, key = fr_iban("30004", "01928", acc)
    assert rib_key("30004", "01928", acc) == int(key)
    rib = rib_doc(
        dict(
            style="BNP",
            holder_print="MME ABDILLAHI ROBLEH HODAN",
            address=addr,
            bank="30004",
            branch="01928",
            account=acc,
            key=key,
            iban=iban,
            bic="BNPAFRPPXXX",
            domiciliation=["BNP PARIBAS PARIS GAMBETTA", "(01928)"],
            legal="BNP Paribas SA au capital de 2 261 621 342 € - 662 042 449 RCS "
            "Paris - 16 boulevard des Italiens 75009 Paris",
        ),
        rng,
    )
    pk.text_pdf("RIB_BNP.pdf", rib)
    pk.doc(
        [dict(path="RIB_BNP.pdf", pages=[1])],
        "rib",
        "text_pdf",
        dict(
            holder_name="MME ABDILLAHI ROBLEH HODAN",
            iban=iban,
            bic="BNPAFRPPXXX",
            bank_name="BNP Paribas",
            iban_valid=True,
            rib_key_valid=True,
        ),
    )

    # form: handwritten, scanned as one 2-page PDF
    fd = dict(
        surname=sn,
        usage="",
        given="Hodan",
        sex="F",
        dob_form=dob,
        pob_city="Djibouti",
        pob_country="Djibouti",
        nationality="Djiboutienne",
        address="14 rue des Vignoles, appt 23",
        cp="75020",
        city="Paris",
        phone="07 58 12 44 90",
        email="hodan.abdillahi@gmail.com",
        situation="salarie",
        job="Réceptionniste",
        contract="CDD",
        place="Paris",
        date_text="14/11/2026",
        signed=True,
    )
    pk.image_pdf("formulaire_puma.pdf", [form(fd, rng, run="A", fill="hand", hand_font="Hand1")])
    pk.doc(
        [dict(path="formulaire_puma.pdf", pages=[1, 2])],
        "application_form",
        "image_pdf",
        dict(
            surname=sn,
            given_names="Hodan",
            date_of_birth=dob,
            employment_status="employed",
            signed=True,
            signed_on="2026-11-14",
            nir=None,
        ),
        "cerfa 15763*02 filled by hand, salariée CDD, réceptionniste",
    )
    pk.finish()
