"""Packets p01-p03."""

from __future__ import annotations

from gen_cards import id_card, titre_sejour
from gen_civil import brazil, maghreb, usa
from gen_codes import d, siret
from gen_home2 import hosting, lease
from gen_ids import passport, visa_page
from gen_legal import apostille, translation
from gen_money import fr_account, rib_pdf
from gen_people import BANKS, EMPLOYERS, Addr, Person
from gen_pk import Pk, applicant, card_sheet_items, monthly_bills, reqs
from gen_work import contract, payslip


def p01(root):
    """USA spouse of a French national, not employed, hosted by her husband (route 3)."""
    pk = Pk(root, "p01", "2026-11-20")
    home = Addr("14 rue Paul Bert", "69003", "Lyon", "Bât. B")
    p = Person(
        "O'BRIEN",
        "MADISON CLAIRE",
        "F",
        d("1991-07-22"),
        "USA",
        "Columbus",
        "ÉTATS-UNIS",
        addr=home,
        father="Patrick O'Brien",
        mother="Linda Kowalski",
        email="madison.obrien91@gmail.com",
        phone="07 68 41 22 90",
    )
    host = Person("LEFÈVRE", "Julien", "M", d("1988-02-11"), "FRA", "Rennes", "FRANCE", addr=home)
    pk.form(
        p,
        0,
        "hand",
        "phone_photo",
        ["IMG_20261112_193044.jpg", "IMG_20261112_193102.jpg"],
        "sans_activite",
        place="Lyon",
        signed_on=d("2026-11-12"),
        date_text="12/11/2026",
        rots=[0, 1],
    )
    pg, f, _ = passport(p, pk.sub("pp"), "A03918274", d("2021-06-10"), d("2031-06-09"))
    pk.passport_doc(pg, f, "image_pdf", "passport_madison.pdf")
    vp, vf, _ = visa_page(
        p,
        pk.sub("visa"),
        "045129803",
        "A03918274",
        d("2026-05-15"),
        d("2027-05-14"),
        d("2026-04-28"),
        "WASHINGTON",
        "VIE PRIVEE ET FAMILIALE",
    )
    pk.add_sheet(
        [(vp, 40, 30)],
        "scan",
        "visa_VLS-TS.jpg",
        "long_stay_visa",
        vf,
        "visa page of the passport, VLS-TS validated online",
    )
    p_bc = Person(
        "O'BRIEN",
        "Madison Claire",
        "F",
        p.dob,
        "USA",
        "Columbus",
        "ÉTATS-UNIS",
        father="Patrick Sean O'Brien",
        mother="Linda Marie Kowalski",
    )
    bc, bf = usa(p_bc, pk.sub("bc"), d("2026-02-10"))
    bf["has_apostille"] = True
    ap, af = apostille(
        pk.sub("ap"),
        "USA",
        "United States of America",
        "Karen L. Whitfield",
        "State Registrar",
        "Ohio Department of Health",
        "Columbus, Ohio",
        d("2026-02-24"),
        "Frank LaRose, Secretary of State",
        "2026-A-041873",
        ["en"],
        "box",
        official="Frank LaRose",
        extra_head="STATE OF OHIO - OFFICE OF THE SECRETARY OF STATE",
    )
    pk.add_pdf_multi(
        [
            (bc, "birth_certificate", bf, "Ohio certification of birth"),
            (ap, "apostille", af, "signed_by = item 2 of the apostille"),
        ],
        "image_pdf",
        "birth_certificate_apostille.pdf",
    )
    hp, hf = hosting(
        pk.sub("att"),
        "Julien LEFÈVRE",
        host.dob,
        "Rennes (35)",
        "Madison Claire O'BRIEN",
        p.dob,
        "Columbus (États-Unis)",
        home,
        d("2026-05-20"),
        d("2026-11-08"),
        "Lyon",
        hand=False,
        relation="mon épouse",
    )
    pk.add(
        hp,
        "text_pdf",
        ["attestation_hebergement.pdf"],
        "hosting_attestation",
        hf,
        "typed, signature image pasted",
        meta={"creator": "Microsoft Word"},
    )
    cards, cf, _ = id_card(
        host,
        pk.sub("cni"),
        "FRA",
        "X4RT8PFW4",
        d("2022-03-14"),
        d("2032-03-13"),
        home,
        "PRÉFECTURE DU RHÔNE",
    )
    pk.add_sheet(
        card_sheet_items(*cards),
        "scan",
        "CNI_Julien_recto_verso.jpg",
        "national_id",
        cf,
        "host's identity card, both faces on one copy",
    )
    lp, lf = lease(
        pk.sub("lease"),
        "SCI LES TILLEULS",
        "8 place Bellecour, 69002 Lyon",
        ["Julien LEFÈVRE"],
        home,
        d("2023-09-01"),
        980.0,
        70.0,
        d("2023-08-24"),
        "Lyon",
        agency="Citya Bellecour - gestion locative",
        variant=0,
    )
    pk.add(lp, "image_pdf", ["bail_appartement.pdf"], "lease", lf, "host's lease")
    acct = fr_account(pk.sub("rib"), BANKS["SG"][1])
    rp, rf = rib_pdf(
        pk.sub("rib"),
        "SG",
        "SOCIETE GENERALE",
        "SOGEFRPP",
        "LYON REPUBLIQUE",
        ["12 rue de la République", "69002 LYON"],
        ["M. JULIEN LEFEVRE OU MME MADISON O'BRIEN", "14 RUE PAUL BERT BAT B", "69003 LYON"],
        acct,
        variant=0,
    )
    pk.add(rp, "text_pdf", ["RIB_SG_compte_joint.pdf"], "rib", rf, "joint account")
    pk.truth(False, None, applicant(p), reqs(employment="not_applicable"))


def p02(root):
    """Brazilian employee, lease; defect: passport expired."""
    pk = Pk(root, "p02", "2026-11-19")
    home = Addr("27 cours Gambetta", "33800", "Bordeaux", "Apt 12")
    p = Person(
        "DA SILVA SANTOS",
        "JOÃO PEDRO",
        "M",
        d("1991-04-17"),
        "BRA",
        "Belo Horizonte",
        "BRÉSIL",
        addr=home,
        father="Antônio Carlos da Silva Santos",
        mother="Maria Aparecida Ferreira",
        phone="06 52 18 77 03",
        email="jp.silvasantos@outlook.com",
    )
    p.extra["nat_word"] = "Brésilienne"
    pk.form(
        p,
        1,
        "typed",
        "image_pdf",
        ["formulaire_S1106.pdf"],
        "salarie",
        "CDI",
        "Préparateur de commandes",
        "Bordeaux",
        d("2026-11-09"),
        "09/11/2026",
    )
    pg, f, _ = passport(p, pk.sub("pp"), "FX482913", d("2016-10-04"), d("2026-10-03"))
    pk.passport_doc(pg, f, "phone_photo", "IMG_3377.JPG", "passport expired on 2026-10-03")
    cards, tf, _ = titre_sejour(
        p,
        pk.sub("ts"),
        "BR5381046",
        "CARTE DE SEJOUR TEMPORAIRE",
        "SALARIE",
        d("2027-08-31"),
        d("2026-09-01"),
        "PRÉFECTURE DE LA GIRONDE",
        home,
    )
    pk.add(
        cards,
        "phone_photo",
        ["IMG_3378.JPG", "IMG_3379.JPG"],
        "residence_permit",
        tf,
        "front and back",
    )
    p_bc = Person(
        "DA SILVA SANTOS",
        "João Pedro",
        "M",
        p.dob,
        "BRA",
        "Belo Horizonte",
        "BRÉSIL",
        father=p.father,
        mother=p.mother,
    )
    bc, bf = brazil(p_bc, pk.sub("bc"), d("2025-12-03"))
    bf["has_apostille"] = True
    pk.add(bc, "scan", ["certidao_nascimento.jpg"], "birth_certificate", bf)
    ap, af = apostille(
        pk.sub("ap"),
        "BRA",
        "República Federativa do Brasil",
        "Márcia Teixeira",
        "Oficiala Substituta",
        "Cartório do 2º Ofício de Registro Civil",
        "Belo Horizonte",
        d("2025-12-05"),
        "Cartório do 2º Ofício - CNJ",
        "AAB12345678",
        ["pt", "en", "fr"],
        "sticker",
    )
    pk.add(ap, "scan", ["apostila.jpg"], "apostille", af, "Brazilian e-apostille (CNJ)")
    tr, _ = translation(
        pk.sub("tr"),
        "portugais",
        "CERTIFICAT DE NAISSANCE",
        [
            ("Nom", "JOÃO PEDRO DA SILVA SANTOS"),
            ("Date de naissance", "17 avril 1991"),
            ("Lieu de naissance", "Belo Horizonte - MG (Brésil)"),
            ("Sexe", "masculin"),
            ("Filiation", "Antônio Carlos da Silva Santos et Maria Aparecida Ferreira"),
        ],
        d("2026-01-14"),
    )
    pk.add(
        tr,
        "image_pdf",
        ["traducao_certidao.pdf"],
        "translation",
        {},
        "sworn translation of the birth certificate",
    )
    lp, lf = lease(
        pk.sub("lease"),
        "SCI LES CHARTRONS",
        "40 quai des Chartrons, 33000 Bordeaux",
        ["João Pedro DA SILVA SANTOS"],
        home,
        d("2026-03-01"),
        690.0,
        45.0,
        d("2026-02-20"),
        "Bordeaux",
        agency="Foncia Bordeaux Gambetta",
        variant=1,
    )
    pk.add(lp, "image_pdf", ["contrat_location.pdf"], "lease", lf)
    acct = fr_account(pk.sub("rib"), "13335")
    rp, rf = rib_pdf(
        pk.sub("rib"),
        "CE",
        "CAISSE D'EPARGNE",
        "CEPAFRPP333",
        "CE AQUITAINE POITOU-CHARENTES - BORDEAUX GAMBETTA",
        ["61 rue du Château d'Eau", "33000 BORDEAUX"],
        ["M JOAO PEDRO DA SILVA SANTOS", "27 COURS GAMBETTA APT 12", "33800 BORDEAUX"],
        acct,
        variant=2,
    )
    pk.add(rp, "text_pdf", ["RIB.pdf"], "rib", rf)
    emp, naf, ccn = EMPLOYERS[3]
    sp, sf = payslip(
        pk.sub("pay"),
        emp,
        Addr("ZA du Bec d'Ambès", "33530", "Bassens"),
        siret(pk.sub("siret")),
        naf,
        ccn,
        "M. João Pedro DA SILVA SANTOS",
        home,
        "Préparateur de commandes",
        "Ouvrier",
        d("2026-03-09"),
        d("2026-10-01"),
        2150.0,
        variant=0,
    )
    sf["employee_name"] = "João Pedro DA SILVA SANTOS"
    pk.add(sp, "text_pdf", ["bulletin_paie_octobre_2026.pdf"], "payslip", sf)
    pk.truth(
        True,
        "passport expired on 2026-10-03 (before the audit date)",
        applicant(p),
        reqs(identity="invalid"),
    )


def p03(root):
    """Moroccan employee with a usage (married) name, three EDF bills."""
    pk = Pk(root, "p03", "2026-11-20")
    home = Addr("5 rue Jules Guesde", "13005", "Marseille")
    p = Person(
        "EL AMRANI",
        "SALMA",
        "F",
        d("1993-03-12"),
        "MAR",
        "Casablanca",
        "MAROC",
        addr=home,
        father="Mohamed EL AMRANI",
        mother="Fatima BENNANI",
        phone="06 11 92 45 30",
        email="salma.dubois.elamrani@gmail.com",
        extra={
            "ar_sur": "العمراني",
            "ar_giv": "سلمى",
            "ar_pob": "الدار البيضاء",
            "nat_word": "Marocaine",
        },
    )
    pk.form(
        p,
        2,
        "acroform",
        "text_pdf",
        ["Formulaire_S1106_rempli.pdf"],
        "salarie",
        "CDD",
        "Aide-soignante",
        "Marseille",
        d("2026-11-16"),
        "16/11/2026",
        usage="DUBOIS",
    )
    pg, f, _ = passport(p, pk.sub("pp"), "UZ8146203", d("2022-01-18"), d("2027-01-17"))
    pk.passport_doc(pg, f, "scan", "passeport.jpg")
    cards, tf, _ = titre_sejour(
        p,
        pk.sub("ts"),
        "MA2209174",
        "CARTE DE SEJOUR PLURIANNUELLE",
        "VIE PRIVEE ET FAMILIALE",
        d("2028-06-30"),
        d("2024-07-01"),
        "PRÉFECTURE DES BOUCHES-DU-RHÔNE",
        home,
        style=1,
    )
    pk.add_sheet(
        card_sheet_items(*cards, two_rows=False),
        "image_pdf",
        "titre_de_sejour.pdf",
        "residence_permit",
        tf,
    )
    p_bc = Person(
        "EL AMRANI",
        "Salma",
        "F",
        p.dob,
        "MAR",
        "Casablanca",
        "MAROC",
        father="Mohamed",
        mother="Fatima BENNANI",
        extra=p.extra,
    )
    bc, bf = maghreb(p_bc, pk.sub("bc"), "MAR", d("2026-01-20"), "Casablanca")
    bf["has_apostille"] = True
    ap, af = apostille(
        pk.sub("ap"),
        "MAR",
        "Royaume du Maroc",
        "M. Alaoui",
        "Officier de l'état civil",
        "Bureau de l'état civil de Casablanca",
        "Casablanca",
        d("2026-01-27"),
        "Le Procureur du Roi près le TPI de Casablanca",
        "1547/2026",
        ["fr"],
        "stamp",
        ink=(60, 40, 140),
    )
    pk.add_pdf_multi(
        [
            (bc, "birth_certificate", bf, "bilingual Arabic/French extract"),
            (ap, "apostille", af, "rubber-stamp apostille filled by hand"),
        ],
        "image_pdf",
        "acte_naissance_apostille.pdf",
    )
    monthly_bills(
        pk,
        "EDF",
        "Salma EL AMRANI",
        home,
        ["2026-08", "2026-09", "2026-10"],
        "text_pdf",
        "facture_EDF_{ym}.pdf",
        54.0,
        day=4,
        label_style="Mme",
    )
    acct = fr_account(pk.sub("rib"), "20041")
    rp, rf = rib_pdf(
        pk.sub("rib"),
        "LBP",
        "LA BANQUE POSTALE",
        "PSSTFRPPMAR",
        "CENTRE FINANCIER DE MARSEILLE",
        ["4 rue Colbert", "13900 MARSEILLE CEDEX 20"],
        ["MME DUBOIS NEE EL AMRANI SALMA", "5 RUE JULES GUESDE", "13005 MARSEILLE"],
        acct,
        variant=1,
    )
    pk.add(
        rp,
        "text_pdf",
        ["releve_identite_bancaire.pdf"],
        "rib",
        rf,
        "usage name with birth name (née)",
    )
    emp, naf, ccn = EMPLOYERS[2]
    cp, cf = contract(
        pk.sub("ct"),
        emp,
        "SAS au capital de 150 000 euros",
        Addr("12 boulevard Rabatau", "13008", "Marseille"),
        "812 345 677 RCS Marseille",
        "Mme Nathalie Girard, Directrice des ressources humaines",
        "Mme Salma DUBOIS née EL AMRANI",
        p.dob,
        "Casablanca (Maroc)",
        "marocaine",
        home,
        "CDD",
        "Aide-soignante",
        d("2026-06-01"),
        d("2027-05-31"),
        2010.0,
        variant=1,
        motif="remplacement d'une salariée absente",
        signed_on=d("2026-05-26"),
        place="Marseille",
    )
    pk.add(
        cp,
        "phone_photo",
        ["IMG_20261115_101812.jpg", "IMG_20261115_101840.jpg"],
        "employment_contract",
        cf,
        rots=[0, 0],
    )
    pk.truth(True, None, applicant(p), reqs())


def build(root):
    for fn in (
        p01,
        p02,
        p03,
    ):
        fn(root)
