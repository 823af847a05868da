"""Packet p03: Brazilian employee, three SFR bills, apostille and sworn translation."""

import random

from bb_civil import birth_bra
from bb_docs import apostille, passport, translation, visa_sticker
from bb_french import bill_telecom, form_s1106, rib_fr
from bb_out import Packet, truth
from bb_work import payslip, siret

# ---------------------------------------------------------------- p03 Brazil


def p03(root):
    pk = Packet(root, "p03", random.Random(303))
    sur, giv, dob = "GONÇALVES DE SOUZA", "ANA BEATRIZ", "1988-11-23"
    pp = dict(
        surname=sur,
        given=giv,
        surname_mrz="GONCALVES DE SOUZA",
        given_mrz=giv,
        number="GF482913",
        nat="BRA",
        nat_label="BRASILEIRO(A)",
        dob=dob,
        sex="F",
        issue="2023-07-11",
        expiry="2033-07-10",
        pob="SÃO PAULO/SP",
        authority="POLÍCIA FEDERAL",
    )
    pp_pages, pf = passport(pp)
    v = dict(
        number="031562874",
        number_print="031562874",
        valid_from="2026-03-02",
        valid_until="2027-03-01",
        days=365,
        place="SAO PAULO",
        issued="2026-02-10",
        passport="GF482913",
        surname="GONCALVES DE SOUZA",
        given="ANA BEATRIZ",
        surname_mrz="GONCALVES DE SOUZA",
        given_mrz=giv,
        nat="BRA",
        dob=dob,
        sex="F",
        category="salarié",
        remark1="VLS-TS SALARIE",
        remark2="CESEDA R.431-16",
    )
    v_pages, vf = visa_sticker(v)
    files = pk.image_pdf("passaporte_e_visto.pdf", pp_pages + v_pages, dpi=300, small=True)
    pk.add("passport", pf, [dict(path=files[0]["path"], pages=[1])], "image_pdf")
    pk.add(
        "long_stay_visa",
        vf,
        [dict(path=files[0]["path"], pages=[2])],
        "image_pdf",
        "VLS-TS salarié, valid until 2027-03-01",
    )
    bc = dict(
        surname="GONÇALVES DE SOUZA",
        given="ANA BEATRIZ",
        dob=dob,
        pob="São Paulo - SP",
        full_name="ANA BEATRIZ GONÇALVES DE SOUZA",
        cpf="318.402.776-05",
        matricula="115337 01 55 1988 1 00214 087 0061234 55",
        dob_words="Vinte e três de novembro de mil novecentos e oitenta e oito",
        time="06:40",
        naturalidade="São Paulo - SP",
        sex_word="FEMININO",
        place_full="Hospital e Maternidade São Luiz, Itaim Bibi, São Paulo - SP",
        parents="RICARDO ALVES DE SOUZA e MARIA HELENA GONÇALVES DE SOUZA",
        grandparents="Paternos: JOSÉ DE SOUZA e IRENE ALVES; Maternos: ANTÔNIO GONÇALVES"
        " e LÚCIA PEREIRA",
        reg_words="Vinte e oito de novembro de mil novecentos e oitenta e oito",
        cartorio="Oficial de Registro Civil das Pessoas Naturais do 28º "
        "Subdistrito - Jardim Paulista",
        cartorio_addr="Rua Haddock Lobo, 1417 - São Paulo - SP",
        issued_words="14 de abril de 2026",
        oficial="Carla Menezes Ribeiro",
        selo="1153371NAAA000412887AB",
    )
    bpages, f = birth_bra(bc)
    pk.add(
        "birth_certificate",
        f,
        pk.scan(["certidao_nascimento.jpg"], bpages, dpi=200),
        "scan",
        "Certidão de nascimento (inteiro teor model), issued 2026-04-14",
    )
    ap = dict(
        country_label="República Federativa do Brasil",
        doc_signer="Carla Menezes Ribeiro",
        doc_capacity="Oficial de Registro Civil",
        doc_seal="Registro Civil - 28º Subdistrito Jardim Paulista",
        place="São Paulo",
        date="2026-04-16",
        by="Conselho Nacional de Justiça - CNJ (cartório delegado)",
        number="AFC4E9B-20260416-77312",
        signed_by="Paulo Henrique Sato",
        stamp="CNJ",
        country_iso="BRA",
        qr=True,
        heading2="Apostila - Apostille (e-Apostil CNJ)",
    )
    apages, apf = apostille(ap)
    pk.add(
        "apostille",
        apf,
        pk.scan(["apostila.jpg"], apages, dpi=200),
        "scan",
        "Brazil is a Hague party since 2016: apostille present",
    )
    t = dict(
        translator="Helena MARQUES DUARTE",
        translator_lines=[
            "Traductrice-interprète expert près la Cour d'appel de Paris",
            "Portugais - Français",
            "19 rue de Turenne, 75004 Paris",
        ],
        from_lang="du portugais (Brésil)",
        number="HMD-2026-0388",
        stamp=["H. MARQUES DUARTE", "Expert CA Paris", "Portugais"],
        certif=[
            "Traduction certifiée conforme à l'original rédigé en langue portugaise,",
            "présenté et paraphé ne varietur. Paris, le 5 mai 2026.",
        ],
        pages=[
            [
                "RÉPUBLIQUE FÉDÉRATIVE DU BRÉSIL",
                "ÉTAT CIVIL DES PERSONNES PHYSIQUES",
                "ACTE DE NAISSANCE",
                "",
                "NOM : ANA BEATRIZ GONÇALVES DE SOUZA",
                "CPF : 318.402.776-05",
                "DATE DE NAISSANCE : vingt-trois novembre mil neuf "
                "cent quatre-vingt-huit (23/11/1988)",
                "HEURE : 06h40",
                "SEXE : FÉMININ",
                "LIEU DE NAISSANCE : Hôpital et Maternité São Luiz, São Paulo - SP",
                "FILIATION : RICARDO ALVES DE SOUZA et MARIA HELENA GONÇALVES DE SOUZA",
                "OBSERVATIONS : Néant.",
                "",
                "[Apostille n° AFC4E9B-20260416-77312 du 16/04/2026, CNJ]",
            ]
        ],
    )
    tpages, tf = translation(t)
    pk.add(
        "translation",
        tf,
        pk.image_pdf("traduction_assermentee.pdf", tpages, dpi=150),
        "image_pdf",
        "Sworn translation of the certificate and apostille",
    )
    for k, (mo, iss, amt) in enumerate(
        [("08", "2026-08-06", 30.0), ("09", "2026-09-06", 30.0), ("10", "2026-10-06", 33.5)]
    ):
        end = {"08": "31", "09": "30", "10": "31"}[mo]
        b = dict(
            provider="SFR",
            logo="SFR",
            color="#e2001a",
            number=f"X{mo}26-41837-{k}7",
            issue=iss,
            debit=iss[:8] + "12",
            start=f"2026-{mo}-01",
            end=f"2026-{mo}-{end}",
            company=[
                "SFR SA - 16 rue du Général Alain de Boissieu, 75015 Paris",
                "RCS Paris 343 059 564",
            ],
            holder_print="MME ANA BEATRIZ GONCALVES DE SOUZA",
            holder_field="ANA BEATRIZ GONCALVES DE SOUZA",
            address_lines=["41 RUE DE LA ROQUETTE", "75011 PARIS"],
            address_field="41 RUE DE LA ROQUETTE, 75011 PARIS",
            client="7104 3318 20",
            line="01 84 60 27 13",
            offer="SFR Fibre Power",
            sub=30.0,
            extra=round(amt - 30.0, 2),
            amount=amt,
        )
        pages, f = bill_telecom(b)
        if k == 2:
            files = pk.photo(["IMG_20261112_091204.jpg"], pages, rots=[270])
            look = "phone_photo"
        else:
            files = pk.text_pdf(f"facture_sfr_{mo}_2026.pdf", pages, "Facture SFR")
            look = "text_pdf"
        pk.add("utility_bill", f, files, look, f"SFR box bill for 2026-{mo}")
    st = siret("84931277", "0015")
    ps = dict(
        employer="DATALYS CONSEIL",
        employer_addr=["SAS - 92 avenue de France", "75013 Paris"],
        siret=st,
        ape="6202A",
        idcc="Syntec (IDCC 1486)",
        start="2026-10-01",
        end="2026-10-31",
        paid="2026-10-29",
        employee_print="Mme GONÇALVES DE SOUZA Ana Beatriz",
        employee_field="GONÇALVES DE SOUZA Ana Beatriz",
        employee_addr=["41 rue de la Roquette", "75011 Paris"],
        matricule="DC-0192",
        job="Data analyst",
        statut="Cadre",
        coef="Position 2.2 - coef. 130",
        hired="2026-03-09",
        gross=3900.0,
        hours=151.67,
        pas_rate=0.054,
    )
    pages, f = payslip(ps)
    pk.add("payslip", f, pk.text_pdf("Bulletin_10-2026.pdf", pages, "Bulletin de paie"), "text_pdf")
    r = dict(
        bank="bourso",
        code_banque="40618",
        guichet="80234",
        compte="00040188723",
        bic="BOUSFRPPXXX",
        holder_lines=["MME ANA BEATRIZ GONCALVES DE SOUZA", "41 RUE DE LA ROQUETTE", "75011 PARIS"],
        holder_field="ANA BEATRIZ GONCALVES DE SOUZA",
        domiciliation=[
            "BoursoBank",
            "44 rue Traversière, CS 80134",
            "92772 Boulogne-Billancourt Cedex",
        ],
    )
    pages, f = rib_fr(r)
    pk.add("rib", f, pk.text_pdf("RIB_BoursoBank.pdf", pages, "RIB"), "text_pdf")
    fm = dict(
        surname="GONÇALVES DE SOUZA",
        given="Ana Beatriz",
        dob=dob,
        sex="F",
        pob="São Paulo",
        country="Brésil",
        nat="brésilienne",
        addr="41 rue de la Roquette",
        cp="75011",
        city="Paris",
        email="anabeatriz.gsouza@outlook.com",
        status="employed",
        job="Data analyst",
        employer="Datalys Conseil",
        contract="CDI",
        hired="09/03/2026",
        place="Paris",
        signed_on="2026-11-21",
        seed="p03form",
    )
    pages, f = form_s1106(fm)
    pk.add(
        "application_form",
        f,
        pk.text_pdf("S1106_demande_PUMa.pdf", pages, "S1106"),
        "text_pdf",
        "Filled on a computer; hand signature drawn with a PDF reader",
    )
    app = dict(surname=sur, given_names=giv, date_of_birth=dob)
    return truth(pk, "2026-11-25", True, app)
