"""Packet p03: born in Brazil, employed, uses her married name (nom d'usage)."""

from __future__ import annotations

import civil
import housing
import ids
import legal
import work
from banking import ca_rib
from cerfa import form_pdf
from common import fr_iban, iban_ok, luhn_complete, render_pdf, rib_key
from fillers import make_filler
from kit import REQ_IDS, Packet, form_fields, id_fields


def cpf(nine: str) -> str:
    d = [int(x) for x in nine]
    for n in (10, 11):
        s = sum(v * (n - i) for i, v in enumerate(d))
        r = s % 11
        d.append(0 if r < 2 else 11 - r)
    t = "".join(map(str, d))
    return f"{t[:3]}.{t[3:6]}.{t[6:9]}-{t[9:]}"


def p03(root) -> str:
    pk = Packet(root, "p03", 303)
    as_of = "2026-11-27"
    person = dict(
        surname="SOUZA DOS SANTOS",
        given="Ana Clara",
        dob="1991-11-09",
        sex="F",
        pob="Belo Horizonte/MG",
        skin=(198, 150, 116),
        hair=(60, 38, 24),
        nat="BRA",
    )
    # identity: Brazilian passport, flatbed scan (PNG)
    pdoc = dict(
        country="BRA",
        number="FZ482913",
        issue="2023-06-20",
        expiry="2033-06-19",
        authority="SR/PF/MG",
    )
    page, mrz = ids.passport_page(pk.rng(), person, pdoc)
    f = pk.scan("passaporte_ana_clara.png", ids.booklet(pk.rng(), page, (20, 40, 90), False))
    pk.doc(
        [(f, [1])],
        "passport",
        "scan",
        id_fields(
            "SOUZA DOS SANTOS",
            "ANA CLARA",
            pdoc["number"],
            "BRA",
            "BRA",
            person["dob"],
            "F",
            pdoc["expiry"],
        ),
        "Brazilian passport data page scanned; MRZ: " + " / ".join(mrz),
    )
    # residence status: carte de séjour temporaire "vie privée et familiale", two phone photos
    card = dict(
        number="LB4M9Q2T6",
        type_line="CARTE DE SÉJOUR TEMPORAIRE",
        expiry="2027-04-14",
        remarks=["VIE PRIVÉE ET FAMILIALE", "AUTORISE SON TITULAIRE À TRAVAILLER"],
        pob_line="BELO HORIZONTE (BRÉSIL)",
        address1="18 RUE DES PARADOUX",
        address2="31000 TOULOUSE",
        issue="2026-04-15",
        authority="PRÉFECTURE DE LA HAUTE-GARONNE",
    )
    fr, bk, mrz = ids.residence_card(pk.rng(), person, card)
    f1 = pk.photo("IMG_3921.JPG", fr, fill=0.6)
    f2 = pk.photo("IMG_3922.JPG", bk, fill=0.6)
    pk.doc(
        [(f1, [1]), (f2, [1])],
        "residence_permit",
        "phone_photo",
        id_fields(
            "SOUZA DOS SANTOS",
            "ANA, CLARA",
            card["number"],
            "BRA",
            "FRA",
            person["dob"],
            "F",
            card["expiry"],
            permit_type=card["type_line"],
        ),
        "front and back photographed separately; TD1 MRZ: " + " / ".join(mrz),
    )
    # birth certificate + apostille + sworn translation, one scanned PDF of 3 pages
    r = pk.rng()
    bc = civil.brazil_birth(
        dict(
            full_name="ANA CLARA SOUZA DOS SANTOS",
            cpf=cpf("071245839"),
            matricula="0421680155 1991 1 00087 123 0034567 12",
            dob=person["dob"],
            dob_words="Nove de novembro de mil novecentos e noventa e um",
            hour="14:20",
            naturalidade="Belo Horizonte - MG",
            sex_word="Feminino",
            local="Maternidade Odete Valadares, Belo Horizonte - MG",
            reg_city="Belo Horizonte - MG",
            parents="JOSÉ CARLOS DOS SANTOS e MARIA APARECIDA SOUZA",
            grandparents="Paternos: Antônio dos Santos e Luzia Ferreira dos Santos; maternos: "
            "Geraldo Souza e Conceição Alves Souza",
            reg_words="Dezoito de novembro de mil novecentos e noventa e um",
            cartorio="Cartório do Registro Civil das Pessoas Naturais do 3º Subdistrito de "
            "Belo Horizonte - MG",
            cartorio_address="Rua dos Guajajaras, 1470 - Centro - Belo Horizonte/MG",
            officer="Márcia Helena Pereira",
            officer_title="Oficiala",
            issue_city="Belo Horizonte",
            issued_words="02 de julho de 2026",
            selo="HGT48215",
            selo_code="4821.5533.0917.2604",
        ),
        r,
    )
    items = dict(
        label1="País / Country / Pays :",
        country="República Federativa do Brasil",
        label_doc="Este documento público / This public document / Le présent acte public",
        label2="Foi assinado por / a été signé par :",
        signed_by="Márcia Helena Pereira",
        label3="Na qualidade de / agissant en qualité de :",
        capacity="Oficiala de Registro Civil das Pessoas Naturais",
        label4="Tem o selo/carimbo de / est revêtu du sceau de :",
        seal="Cartório do Registro Civil das Pessoas Naturais do 3º Subdistrito de Belo "
        "Horizonte - MG",
        label_cert="Certificado / Certified / Attesté",
        label5="Em / à :",
        at="Belo Horizonte - MG",
        label6="Em / le :",
        date_text="08/07/2026",
        label7="Por / par :",
        by="Cartório do 1º Ofício de Notas de Belo Horizonte - MG",
        label8="Sob nº / sous nº :",
        number="0318842-26",
        label9="Selo / Sceau :",
        label10="Assinatura / Signature :",
        signer="Rodrigo Almeida Nunes - Escrevente",
    )
    ap = legal.apostille(dict(style="br", items=items, code="7F3A-91C2-44D8"), r)
    tr = legal.translation(
        dict(
            translator="Luísa FERREIRA MARTIN",
            translator_lines=[
                "Traductrice-interprète expert près la Cour d'appel de Toulouse",
                "Portugais - Français",
                "9 allées Jean Jaurès, 31000 Toulouse",
                "luisa.ferreira.traduction@orange.fr",
            ],
            subtitle="du portugais (Brésil) vers le français",
            body=[
                "#RÉPUBLIQUE FÉDÉRATIVE DU BRÉSIL",
                "#REGISTRE CIVIL DES PERSONNES PHYSIQUES - ACTE DE NAISSANCE",
                "NOM : ANA CLARA SOUZA DOS SANTOS. CPF : " + cpf("071245839") + ".",
                "DATE DE NAISSANCE : neuf novembre mil neuf cent quatre-vingt-onze (09/11/1991), "
                "à 14 h 20. LIEU DE NAISSANCE : Maternité Odete Valadares, Belo Horizonte - Minas "
                "Gerais. SEXE : féminin.",
                "FILIATION : José Carlos DOS SANTOS et Maria Aparecida SOUZA. GRANDS-PARENTS : "
                "paternels Antônio dos Santos et Luzia Ferreira dos Santos ; maternels Geraldo "
                "Souza et Conceição Alves Souza. JUMEAU : non.",
                "DATE DE L'ENREGISTREMENT : dix-huit novembre mil neuf cent quatre-vingt-onze. "
                "MENTIONS : néant. Délivré à Belo Horizonte le 2 juillet 2026 par Márcia Helena "
                "Pereira, officière de l'état civil.",
                "APOSTILLE n° 0318842-26 délivrée à Belo Horizonte - MG le 08/07/2026.",
            ],
            certification="Je soussignée, traductrice expert, certifie la présente traduction "
            "conforme à l'original rédigé en langue portugaise qui m'a été présenté.",
            place_date="Toulouse, le 21/07/2026",
            repertoire="2026/0412",
            stamp_ring="TRADUCTRICE EXPERT * COUR D'APPEL DE TOULOUSE * ",
            stamp_center=["L. FERREIRA", "MARTIN"],
        ),
        r,
    )
    pages = render_pdf(bc, 200) + render_pdf(ap, 200) + render_pdf(tr, 200)
    f = pk.image_pdf("certidao_nascimento_apostille_traduction.pdf", pages, dpi=200)
    pk.doc(
        [(f, [1])],
        "birth_certificate",
        "image_pdf",
        {
            "surname": "SOUZA DOS SANTOS",
            "given_names": "ANA CLARA",
            "date_of_birth": person["dob"],
            "place_of_birth": "Belo Horizonte - MG",
            "issuing_country": "BRA",
            "language": "pt",
            "has_apostille": True,
        },
        "Certidão de nascimento (new national model); full name printed in one field",
    )
    pk.doc(
        [(f, [2])],
        "apostille",
        "image_pdf",
        {
            "country": "República Federativa do Brasil",
            "issued_on": "2026-07-08",
            "number": "0318842-26",
            "signed_by": "Márcia Helena Pereira",
        },
        "signed_by = item 2 (official whose signature is certified); the apostille itself "
        "is signed by Rodrigo Almeida Nunes (item 10)",
    )
    pk.doc(
        [(f, [3])],
        "translation",
        "image_pdf",
        {
            "source_language": "pt",
            "target_language": "fr",
            "of_document": "birth_certificate",
            "translator": "Luísa FERREIRA MARTIN",
        },
        "sworn translation (traduction certifiée conforme)",
    )
    # residence proof: lease in both spouses' names, started 2025-10-01
    k = dict(
        landlord_full="Monsieur Gérard PONCET",
        landlord_address="7 impasse des Tilleuls, 31500 Toulouse",
        agency="Capitole Immobilier Gestion",
        agency_address="22 rue d'Alsace-Lorraine, 31000 Toulouse",
        agency_card="CPI 3101 2019 000 041 226",
        tenants_full="Monsieur Thomas LEFÈVRE et Madame Ana Clara LEFÈVRE née SOUZA DOS SANTOS",
        address="18 rue des Paradoux, 3e étage gauche, 31000 Toulouse",
        built="1949 à 1974",
        surface="58",
        rooms="3",
        extras="cuisine séparée, salle d'eau, WC, balcon",
        private="cave n° 12",
        start="2025-10-01",
        rent="845,00",
        irl="2e trimestre 2025",
        charges="60,00",
        pay_day="1er",
        first_due="905,00",
        deposit="845,00",
        fees="464,00",
        city="Toulouse",
        signed="2025-09-18",
        initials=["GP", "TL", "ACL"],
    )
    f = pk.image_pdf(
        "bail_appartement_paradoux.pdf", housing.lease(k, pk.rng()), dpi=200, gray=True
    )
    n_pages = len(render_pdf((pk.dir / f).read_bytes(), 20))
    pk.doc(
        [(f, list(range(1, n_pages + 1)))],
        "lease",
        "image_pdf",
        {
            "tenant_names": ["Thomas LEFÈVRE", "Ana Clara LEFÈVRE née SOUZA DOS SANTOS"],
            "landlord": "Gérard PONCET",
            "address": "18 rue des Paradoux, 3e étage gauche, 31000 Toulouse",
            "start_date": "2025-10-01",
        },
        "signed lease scanned in grey; the applicant appears under her married name",
    )
    # bank details: Crédit Agricole joint account, scan
    iban, key = fr_iban("13106", "00500", "30012345678")
    rib = dict(
        holder="M THOMAS LEFEVRE OU MME ANA CLARA LEFEVRE",
        holder_address=["18 RUE DES PARADOUX", "31000 TOULOUSE"],
        branch_address=["CA TOULOUSE 31 - AGENCE CARMES", "2 PLACE DES CARMES", "31000 TOULOUSE"],
        bank="13106",
        branch="00500",
        account="30012345678",
        key=key,
        iban=iban,
        bic="AGRIFRPP831",
    )
    f = pk.scan("RIB_CA.jpg", ca_rib(rib), dpi=150)
    pk.doc(
        [(f, [1])],
        "rib",
        "scan",
        {
            "holder_name": "THOMAS LEFEVRE OU ANA CLARA LEFEVRE",
            "iban": iban,
            "bic": "AGRIFRPP831",
            "bank_name": "Crédit Agricole Toulouse 31",
            "iban_valid": iban_ok(iban),
            "rib_key_valid": rib_key("13106", "00500", "30012345678") == key,
        },
        "joint account; the page holds two identical RIB slips",
    )
    # employment: CDI, emailed PDF signed electronically
    siret = luhn_complete("9021873450001")
    kk = dict(
        employer="GARONNE EXPERTISE COMPTABLE",
        form="SARL",
        capital="20 000 euros",
        rcs_city="Toulouse",
        siren=siret[:9],
        siret=siret,
        employer_address="41 boulevard de Strasbourg, 31000 Toulouse",
        boss="Monsieur Philippe MARTY",
        boss_title="gérant",
        employee_civ="Madame",
        employee="Ana Clara SOUZA DOS SANTOS",
        dob=person["dob"],
        pob="Belo Horizonte (Brésil)",
        nationality="brésilienne",
        employee_address="18 rue des Paradoux, 31000 Toulouse",
        permit_no=card["number"],
        start="2026-05-04",
        urssaf_city="Toulouse",
        job="Assistante comptable",
        status="employée",
        coef="3",
        idcc="des cabinets d'experts-comptables et de commissaires aux comptes (IDCC 787)",
        brut=2280.0,
        workplace="41 boulevard de Strasbourg, 31000 Toulouse",
        city="Toulouse",
        signed="2026-04-27",
        sign_times={False: "10:42", True: "18:05"},
    )
    f = pk.text_pdf("Contrat_CDI_SOUZA_DOS_SANTOS.pdf", work.cdi_contract(kk, pk.rng()))
    n_pages = len(render_pdf((pk.dir / f).read_bytes(), 20))
    pk.doc(
        [(f, list(range(1, n_pages + 1)))],
        "employment_contract",
        "text_pdf",
        {
            "employer": "GARONNE EXPERTISE COMPTABLE",
            "employee_name": "Ana Clara SOUZA DOS SANTOS",
            "contract_type": "CDI",
            "job_title": "Assistante comptable",
            "start_date": "2026-05-04",
        },
    )
    # application form: the fillable PDF, with a pasted signature image (print run A)
    v = dict(
        surname="SOUZA DOS SANTOS",
        usage="LEFÈVRE",
        given="Ana Clara",
        sex="F",
        dob_digits="09111991",
        birth_city="Belo Horizonte",
        birth_country="Brésil",
        nationality="Brésilienne",
        addr1="18 rue des Paradoux",
        addr2="3e étage gauche",
        cp="31000",
        city="Toulouse",
        phone="06 42 18 77 03",
        email="anaclara.lefevre@gmail.com",
        situation="salarie",
        job="Assistante comptable",
        contract="CDI",
        place="Toulouse",
        date_text="16/11/2026",
    )
    f = pk.text_pdf(
        "S1106_demande_ouverture_droits.pdf", form_pdf(v, "A", make_filler("acro", pk.rng()))
    )
    pk.doc(
        [(f, [1, 2])],
        "application_form",
        "text_pdf",
        form_fields(v, person["dob"]),
        "fillable PDF: values in AcroForm fields (comb fields for name and dates), "
        "handwritten signature pasted as an image",
    )
    return pk.write_truth(
        as_of,
        True,
        {k: "complete" for k in REQ_IDS},
        None,
        {"surname": "SOUZA DOS SANTOS", "given_names": "ANA CLARA", "date_of_birth": person["dob"]},
    )
