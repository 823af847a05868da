"""p03 (Brazil, in order) and p04 (Morocco, RIB in another person's name)."""

import random
from datetime import date

from civil import apostille, brazil_certidao, morocco_copie
from common import fr_iban, iban
from form import cerfa
from ids import passport_page, visa_sticker
from papers import bill, n26_screen, payslip, rib_doc
from render import (
    Packet,
    image_pdf_file,
    images,
    on_a4,
    photo_file,
    scan_file,
    screenshot_file,
    text_pdf,
)
from truthlib import (
    FMT_DMY,
    FMT_DOT,
    bill_fields,
    form_fields,
    id_fields,
    monthly_bills,
    rib_fields,
    truth,
    visa_fields,
)


# ------------------------------------------------------------------ p03 Brazil
def p03(out):
    rng = random.Random(303)
    pk = Packet(out, "p03")
    p = dict(
        surname="DOS SANTOS OLIVEIRA",
        given="Rafael Henrique",
        dob=date(1988, 12, 5),
        sex="M",
        nat="BRA",
        pob_passport="SÃO PAULO/SP",
        tone=(0.7, 0.55, 0.42),
    )
    addr = ["8 rue des Filatiers", "31000 Toulouse"]
    f = dict(
        fill="typed",
        surname="DOS SANTOS OLIVEIRA",
        given="Rafael Henrique",
        sex="M",
        dob=p["dob"],
        pob="São Paulo",
        pob_country="Brésil",
        nationality="Brésilienne",
        address="8 rue des Filatiers",
        cp="31000",
        city="Toulouse",
        phone="07 81 66 02 19",
        email="rafael.hso@outlook.com",
        situation={"salarie"},
        contract="CDI",
        job="Développeur logiciel",
        place="Toulouse",
        date_text="16/11/2026",
        signed=True,
        signed_on=date(2026, 11, 16),
    )
    size, fns = cerfa(f, rng, run=0)
    text_pdf(pk, "formulaire_S1106_rempli.pdf", size, fns)
    pk.add(
        [{"path": "formulaire_S1106_rempli.pdf", "pages": [1, 2]}],
        "application_form",
        "text_pdf",
        form_fields(f),
        "typed in the PDF, signature drawn with a stylus",
    )

    doc = dict(
        code="BRA",
        number="FX482913",
        issue=date(2024, 1, 10),
        expiry=date(2034, 1, 9),
        header=["REPÚBLICA FEDERATIVA DO BRASIL", "PASSAPORTE / PASSPORT / PASSEPORT"],
        nat_text="BRASILEIRO(A)",
        authority="SR/PF/SP",
        datefmt=FMT_DOT,
        tint=(0.75, 0.82, 0.9),
        head=(0.0, 0.2, 0.45),
        paper=(0.93, 0.95, 0.97),
        lbl=dict(
            type="TIPO/TYPE",
            code="PAÍS EMISSOR/ISSUING COUNTRY",
            num="PASSAPORTE Nº/PASSPORT No.",
            surname="SOBRENOME/SURNAME",
            given="NOME/GIVEN NAMES",
            nat="NACIONALIDADE/NATIONALITY",
            dob="DATA DE NASCIMENTO/DATE OF BIRTH",
            sex="SEXO/SEX",
            pob="NATURALIDADE/PLACE OF BIRTH",
            issue="DATA DE EXPEDIÇÃO/DATE OF ISSUE",
            exp="VÁLIDO ATÉ/DATE OF EXPIRY",
            auth="AUTORIDADE/AUTHORITY",
        ),
    )
    size, fn, _ = passport_page(p, doc, rng)
    photo_file(pk, "IMG_3381.jpg", images(size, fn, 300)[0], rng, rot=270)
    pk.add(
        [{"path": "IMG_3381.jpg", "pages": [1]}],
        "passport",
        "phone_photo",
        id_fields(p, "FX482913", "BRA", "BRA", doc["expiry"]),
        "photo rotated 270",
    )

    v = dict(
        number="031577902",
        **{"from": date(2026, 4, 1)},
        until=date(2027, 3, 31),
        days="365",
        place="SAO PAULO",
        issued=date(2026, 3, 10),
        passport="FX482913",
        remarks=["VLS-TS SALARIE", "CONTRAT DE TRAVAIL VISE - DREETS OCCITANIE"],
    )
    size, fn, _ = visa_sticker(p, v, rng)
    photo_file(pk, "IMG_3382.jpg", images(size, fn, 300)[0], rng, rot=0)
    pk.add(
        [{"path": "IMG_3382.jpg", "pages": [1]}], "long_stay_visa", "phone_photo", visa_fields(p, v)
    )

    b = dict(
        matricula="115477 01 55 1988 1 00231 124 0071345-22",
        dob_words="cinco de dezembro de mil novecentos e oitenta e oito",
        hour="07:45",
        naturalidade="SÃO PAULO - SP",
        place="Hospital e Maternidade Santa Joana",
        municipio="São Paulo - SP",
        parents="Marcos Antônio de Oliveira e Cláudia Regina dos Santos Oliveira",
        grandparents="Paternos: José de Oliveira e Aparecida Lima de Oliveira; Maternos: "
        "Antônio dos Santos e Maria José dos Santos",
        reg_date="12/12/1988",
        dnv="-",
        cartorio="Oficial de Registro Civil das Pessoas Naturais do 14º Subdistrito - Lapa",
        cartorio_addr="Rua Guaicurus, 1000 - Lapa - São Paulo - SP",
        issued_words="27 de fevereiro de 2026",
        escrevente="Juliana Ferreira Campos",
        selo="1154771TICS000081347FA26",
    )
    size, fn = brazil_certidao(p, b, rng)
    a = dict(
        title="Apostille",
        subtitle="(Convention de La Haye du 5 octobre 1961)",
        l_country="País / Country / Pays",
        country="República Federativa do Brasil",
        l_intro="O presente documento público / This public document / Le présent acte public",
        items=[
            ("foi assinado por / has been signed by", "Juliana Ferreira Campos"),
            ("na qualidade de / acting in the capacity of", "Escrevente Autorizada"),
            ("tem o selo/carimbo de / bears the seal", "14º Subdistrito - Lapa"),
            ("em / at / à", "São Paulo - SP"),
            ("no dia / the / le", "02/03/2026"),
            ("por / by / par", "Oficial de Registro Civil - Lapa"),
            ("sob nº / No / sous no", "KC5T9-2WX7Q-4MD81"),
            ("selo/carimbo / seal/stamp", "(selo)"),
            ("assinatura / signature", ""),
        ],
        l_certified="Reconhecido / Certified / Attesté",
        seal="REGISTRO CIVIL LAPA SP",
        footer=[
            "Consulte a autenticidade em https://apostil.org.br com o código KC5T9-2WX7Q-4MD81"
        ],
    )
    asize, afn = apostille(a, rng)
    image_pdf_file(
        pk, "certidao_nascimento_apostilada.pdf", images(size, fn) + images(asize, afn), rng
    )
    pk.add(
        [{"path": "certidao_nascimento_apostilada.pdf", "pages": [1]}],
        "birth_certificate",
        "image_pdf",
        {
            "surname": "DOS SANTOS OLIVEIRA",
            "given_names": "Rafael Henrique",
            "date_of_birth": "1988-12-05",
            "place_of_birth": "São Paulo - SP",
            "issuing_country": "BRA",
            "language": "pt",
            "has_apostille": True,
        },
        "name printed as one line 'RAFAEL HENRIQUE DOS SANTOS OLIVEIRA'",
    )
    pk.add(
        [{"path": "certidao_nascimento_apostilada.pdf", "pages": [2]}],
        "apostille",
        "image_pdf",
        {
            "country": "BRA",
            "issued_on": "2026-03-02",
            "number": "KC5T9-2WX7Q-4MD81",
            "signed_by": "Juliana Ferreira Campos",
        },
        "Brazil is a Hague party since 2016; signed_by = item 2",
    )

    base = dict(
        provider="free",
        provider_name="Free",
        tagline="Freebox Pop",
        color=(0.8, 0.0, 0.05),
        style="logo",
        title="Facture Freebox",
        ref_label="Identifiant",
        ref="fbx88214530",
        holder="M. Rafael DOS SANTOS OLIVEIRA",
        holder_clean="Rafael DOS SANTOS OLIVEIRA",
        address=addr,
        site_label="Adresse de la ligne :",
        issue_day=2,
        num_prefix="F",
        payment="Montant prélevé sur votre compte aux alentours du 10.",
        legal=[
            "Free - SAS au capital de 3 441 812 € - RCS Paris 421 938 861 - 16 rue "
            "de la Ville l'Évêque 75008 Paris"
        ],
    )

    def free_lines(i, rng):
        ls = [("Forfait Freebox Pop", 29.99), ("Option Netflix Essentiel", 0.0)]
        if i == 2:
            ls.append(("Appels vers mobiles internationaux", 1.2))
        return ls, round(sum(x for _, x in ls), 2)

    for b, nm in zip(
        monthly_bills(base, [(2026, 8), (2026, 9), (2026, 10)], rng, free_lines),
        ["202608", "202609", "202610"],
        strict=True,
    ):
        size, fn = bill(b, rng)
        fname = f"Facture_Free_{nm}.pdf"
        text_pdf(pk, fname, size, fn)
        pk.add(
            [{"path": fname, "pages": [1]}], "utility_bill", "text_pdf", bill_fields(b, "internet")
        )

    s = dict(
        start=date(2026, 10, 1),
        end=date(2026, 10, 31),
        paid=date(2026, 10, 30),
        employer="OCCITANIE DATA SYSTEMS SAS",
        employer_addr=["45 allée Jean Jaurès", "31000 Toulouse"],
        siret="889 214 506 00017",
        ape="6201Z",
        idcc="Syntec (IDCC 1486)",
        employee="M. Rafael Henrique DOS SANTOS OLIVEIRA",
        employee_addr=addr,
        job="Développeur logiciel",
        status="Cadre",
        hired=date(2026, 4, 13),
        matricule="00142",
        rows=[
            ("Salaire de base", "151,67", "", 0, 3750.0),
            ("SALAIRE BRUT", "", "", 0, 3750.0),
            ("SANTÉ", "", "", 0, 0),
            ("Sécurité sociale - Maladie Maternité Invalidité Décès", "3 750,00", "", 0, 0),
            ("Complémentaire Incapacité Invalidité Décès", "3 750,00", "0,78 %", 29.25, 0),
            ("Complémentaire Santé", "", "", 41.2, 0),
            ("RETRAITE", "", "", 0, 0),
            ("Sécurité sociale plafonnée", "3 750,00", "6,90 %", 258.75, 0),
            ("Sécurité sociale déplafonnée", "3 750,00", "0,40 %", 15.0, 0),
            ("Complémentaire Tranche 1", "3 750,00", "4,01 %", 150.38, 0),
            ("ASSURANCE CHÔMAGE", "", "", 0, 0),
            ("Apec", "3 750,00", "0,024 %", 0.9, 0),
            ("AUTRES CONTRIBUTIONS DUES PAR L'EMPLOYEUR", "", "", 0, 0),
            ("CSG déductible de l'impôt sur le revenu", "3 684,38", "6,80 %", 250.54, 0),
            ("CSG/CRDS non déductible", "3 684,38", "2,90 %", 106.85, 0),
            ("Titres-restaurant (part salariale)", "20", "4,50", 90.0, 0),
        ],
        net_before=2807.13,
        pas_rate="7,4 %",
        pas=207.73,
        net=2599.40,
    )
    size, fn = payslip(s, rng)
    text_pdf(pk, "bulletin_paie_octobre_2026.pdf", size, fn)
    pk.add(
        [{"path": "bulletin_paie_octobre_2026.pdf", "pages": [1]}],
        "payslip",
        "text_pdf",
        {
            "employer": "OCCITANIE DATA SYSTEMS SAS",
            "employee_name": "Rafael Henrique DOS SANTOS OLIVEIRA",
            "period": "2026-10",
            "net_pay": 2599.40,
            "siret": "88921450600017",
        },
    )

    ib = iban("DE", "10011001" + "2637194058")
    r = dict(
        clock="9:41",
        holder="Rafael Henrique Dos Santos Oliveira",
        iban=ib,
        bic="NTSBDEB1XXX",
        bank_full="N26 Bank SE",
        bank_addr="Voltairestraße 8, 10179 Berlin, Germany",
    )
    size, fn = n26_screen(r, rng)
    screenshot_file(pk, "Screenshot_20261114-094112.png", size, fn)
    pk.add(
        [{"path": "Screenshot_20261114-094112.png", "pages": [1]}],
        "rib",
        "screenshot",
        rib_fields("Rafael Henrique Dos Santos Oliveira", ib, "NTSBDEB1XXX", "N26"),
        "German (DE) SEPA IBAN of an online bank: acceptable, information only",
    )
    return truth("2026-11-26", True, p, pk.docs)


# ------------------------------------------------------------------ p04 Morocco
def p04(out):
    rng = random.Random(404)
    pk = Packet(out, "p04")
    p = dict(
        surname="EL AMRANI",
        given="Salma",
        dob=date(1996, 6, 21),
        sex="F",
        nat="MAR",
        pob_passport="CASABLANCA",
        tone=(0.68, 0.52, 0.4),
    )
    addr = ["5 impasse des Lilas", "44300 Nantes"]
    f = dict(
        fill="hand",
        surname="EL AMRANI",
        usage="GUÉRIN",
        given="Salma",
        sex="F",
        dob=p["dob"],
        pob="Casablanca",
        pob_country="Maroc",
        nationality="Marocaine",
        address="5 impasse des Lilas",
        cp="44300",
        city="Nantes",
        phone="06 44 19 72 05",
        email="salma.elamrani96@gmail.com",
        situation={"sans_activite"},
        place="Nantes",
        date_text="24/11/2026",
        signed=True,
        signed_on=date(2026, 11, 24),
        hand_font="H_femke",
    )
    size, fns = cerfa(f, rng, run=1)
    imgs = images(size, fns, 150)
    photo_file(pk, "IMG_20261124_101122.jpg", imgs[0], rng, rot=0)
    photo_file(pk, "IMG_20261124_101140.jpg", imgs[1], rng, rot=0)
    pk.add(
        [
            {"path": "IMG_20261124_101122.jpg", "pages": [1]},
            {"path": "IMG_20261124_101140.jpg", "pages": [1]},
        ],
        "application_form",
        "phone_photo",
        form_fields(f) | {"usage_name": "GUÉRIN"},
        "filled by hand; usage (married) name GUÉRIN beside birth name",
    )

    doc = dict(
        code="MAR",
        number="UZ7412589",
        issue=date(2023, 2, 15),
        expiry=date(2028, 2, 14),
        header=["ROYAUME DU MAROC - KINGDOM OF MOROCCO", "PASSEPORT / PASSPORT"],
        nat_text="MAROCAINE",
        authority="PREFECTURE CASA ANFA",
        datefmt=FMT_DMY,
        tint=(0.9, 0.8, 0.8),
        head=(0.55, 0.05, 0.1),
        bold=True,
        lbl=dict(
            type="Type",
            code="Code pays / Country code",
            num="N° Passeport / Passport No.",
            surname="Nom / Surname",
            given="Prénom / Given name",
            nat="Nationalité / Nationality",
            dob="Date de naissance / Date of birth",
            sex="Sexe / Sex",
            pob="Lieu de naissance / Place of birth",
            issue="Date de délivrance / Date of issue",
            exp="Date d'expiration / Date of expiry",
            auth="Autorité / Authority",
        ),
    )
    size, fn, _ = passport_page(p, doc, rng)
    v = dict(
        number="029384716",
        **{"from": date(2026, 5, 2)},
        until=date(2027, 5, 1),
        days="365",
        place="CASABLANCA",
        issued=date(2026, 4, 20),
        passport="UZ7412589",
        remarks=["VLS-TS VIE PRIVEE ET FAMILIALE", "CONJOINT DE FRANCAIS"],
    )
    vsize, vfn, _ = visa_sticker(p, v, rng)
    image_pdf_file(
        pk,
        "passeport_et_visa.pdf",
        [on_a4(images(size, fn, 300)), on_a4(images(vsize, vfn, 300))],
        rng,
        300,
    )
    pk.add(
        [{"path": "passeport_et_visa.pdf", "pages": [1]}],
        "passport",
        "image_pdf",
        id_fields(p, "UZ7412589", "MAR", "MAR", doc["expiry"]),
    )
    pk.add(
        [{"path": "passeport_et_visa.pdf", "pages": [2]}],
        "long_stay_visa",
        "image_pdf",
        visa_fields(p, v),
    )

    b = dict(
        prefecture="Casablanca-Anfa",
        commune="Casablanca",
        bureau="Anfa",
        act="2417",
        year="1996",
        hijri="5 safar 1417",
        place="Casablanca, Anfa",
        father="Mohammed ben Larbi EL AMRANI",
        mother="Khadija bent Ahmed BENNANI",
        drawn=date(1996, 7, 2),
        officer="Abdellah Tazi",
        issued=date(2026, 3, 11),
    )
    size, fn = morocco_copie(p, b, rng)
    a = dict(
        title="APOSTILLE",
        subtitle="(Convention de La Haye du 5 octobre 1961)",
        l_country="Pays",
        country="Royaume du Maroc",
        l_intro="Le présent acte public",
        items=[
            ("a été signé par", "Abdellah Tazi"),
            ("agissant en qualité de", "Officier de l'état civil"),
            ("est revêtu du sceau / timbre de", "Bureau d'état civil Anfa"),
            ("à", "Casablanca"),
            ("le", "18/03/2026"),
            ("par", "Procureur du Roi, TPI Casablanca"),
            ("sous n°", "2026/CA/014527"),
            ("Sceau / timbre", ""),
            ("Signature", ""),
        ],
        l_certified="Attesté",
        seal="PARQUET TPI CASABLANCA",
    )
    asize, afn = apostille(a, rng)
    scan_file(pk, "acte_naissance.jpg", images(size, fn, 200)[0], rng)
    scan_file(pk, "apostille.jpg", images(asize, afn, 200)[0], rng)
    pk.add(
        [{"path": "acte_naissance.jpg", "pages": [1]}],
        "birth_certificate",
        "scan",
        {
            "surname": "EL AMRANI",
            "given_names": "Salma",
            "date_of_birth": "1996-06-21",
            "place_of_birth": "Casablanca, Anfa",
            "issuing_country": "MAR",
            "language": "fr",
            "has_apostille": True,
        },
        "Moroccan copie intégrale, French side",
    )
    pk.add(
        [{"path": "apostille.jpg", "pages": [1]}],
        "apostille",
        "scan",
        {
            "country": "MAR",
            "issued_on": "2026-03-18",
            "number": "2026/CA/014527",
            "signed_by": "Abdellah Tazi",
        },
        "Morocco is a Hague party since 2016",
    )

    base = dict(
        provider="Bouygues Telecom",
        provider_name="Bouygues Telecom",
        tagline="Forfait B&You 100 Go",
        color=(0.0, 0.22, 0.45),
        style="band",
        title="Facture mobile",
        ref_label="N° de compte client",
        ref="1.26684039",
        holder="Mme Salma EL AMRANI",
        holder_clean="Salma EL AMRANI",
        address=addr,
        site_label="Adresse de facturation :",
        issue_day=6,
        num_prefix="",
        payment="Prélèvement SEPA sur le compte CIC ****4410 le 16 du mois.",
        legal=[
            "Bouygues Telecom - SA au capital de 712 588 399,56 € - 397 480 930 RCS "
            "Nanterre - 37-39 rue Boissière 75116 Paris"
        ],
    )

    def by_lines(i, rng):
        ls = [("Forfait B&You 100 Go - ligne 06 44 19 72 05", 15.99)]
        if i == 0:
            ls.append(("Communications vers le Maroc", 4.8))
        return ls, round(sum(x for _, x in ls), 2)

    for b, nm in zip(
        monthly_bills(base, [(2026, 8), (2026, 9), (2026, 10)], rng, by_lines),
        ["08", "09", "10"],
        strict=True,
    ):
        size, fn = bill(b, rng)
        fname = f"facture_bouygues_2026-{nm}.pdf"
        text_pdf(pk, fname, size, fn)
        pk.add(
            [{"path": fname, "pages": [1]}], "utility_bill", "text_pdf", bill_fields(b, "mobile")
        )

    ib, key = fr_iban("30047", "14128", "00020574410")
    r = dict(
        bank="CIC",
        color=(0.0, 0.3, 0.55),
        font="Carlito",
        font_b="CarlitoB",
        holder="M THOMAS GUERIN",
        holder_addr=[x.upper() for x in addr],
        agency="CIC NANTES DOULON",
        agency_addr=["112 BOULEVARD DES POILUS", "44300 NANTES"],
        bank_code="30047",
        branch="14128",
        account="00020574410",
        key=key,
        iban=ib,
        bic="CMCIFRPP",
        legal="CIC - Crédit Industriel et Commercial - SA au capital de "
        "611 858 064 € - 542 016 381 RCS Paris",
        edited=date(2026, 11, 21),
    )
    size, fn = rib_doc(r, rng)
    photo_file(pk, "RIB.jpg", images(size, fn, 150)[0], rng, rot=0)
    pk.add(
        [{"path": "RIB.jpg", "pages": [1]}],
        "rib",
        "phone_photo",
        rib_fields("M THOMAS GUERIN", ib, "CMCIFRPP", "CIC"),
        "DEFECT: the husband's own account (M THOMAS GUERIN alone), not the applicant's "
        "and not a joint account",
    )
    return truth(
        "2026-11-30",
        False,
        p,
        pk.docs,
        defect="RIB in another person's name (M THOMAS GUERIN, the applicant's "
        "husband, sole holder): not the applicant's account, not a joint account",
        bad=("bank_details", "invalid"),
    )


__all__ = ["FMT_DMY", "p03", "p04"]
