"""Single documents, part 2: birth certificates, apostilles, sworn translations."""

from __future__ import annotations

import datetime as dt

import make
from pack import apostille_for
from single_people import SP, person, single
from tk import rng_for

D = dt.date


def _bc(key, path, look, country=None, apo=None, apo_path=None, trans=None, note="", **extra):
    def fn(name):
        p = SP[key] if isinstance(key, str) else key
        rng = rng_for(name)
        p = dict(p)
        p.update(extra)
        bc = make.birth(p, rng, country)
        bc.notes = note
        files = []
        entries = [bc]
        if apo:
            ap = apostille_for(
                p, bc, apo, rng, signer=p.get("registrar"), **APO_OVER.get(p["key"], {})
            )
            if apo_path:
                files.append((apo_path, look, ap))
            else:
                entries.append(ap)
        if trans:
            entries.append(make.translation(trans, rng))
        files.insert(0, (path, look, *entries))
        return single(name, p, files)

    return fn


IN_EXTRA = dict(
    ind_govt="GOVERNMENT OF TELANGANA",
    ind_corp="GREATER HYDERABAD MUNICIPAL CORPORATION",
    pob_region="Telangana",
    zone="Circle 18 - Khairatabad",
)
US_TX = dict(agency="TEXAS DEPARTMENT OF STATE HEALTH SERVICES - VITAL STATISTICS SECTION")
APO_OVER = {
    "ma2": dict(
        header=["ROYAUME DU MAROC", "TRIBUNAL DE PREMIÈRE INSTANCE DE CASABLANCA"],
        seal_of="Bureau de l'état civil de Casablanca",
        place="Casablanca",
        seal_text="ROYAUME DU MAROC * TPI CASABLANCA",
    ),
    "us1": dict(
        capacity="State Registrar",
        seal_of="Texas Department of State Health Services",
        place="Austin, Texas",
    ),
    "co2": dict(seal_of="Registraduría Nacional del Estado Civil - Cali"),
}


def births():
    dz = SP["dz1"]
    sn = SP["sn1"]
    ci = SP["ci1"]
    cm = SP["cm1"]
    vn = SP["vn1"]
    ht = SP["ht1"]
    ml = SP["ml1"]
    cd = SP["cd1"]
    mar = person(
        "ma2",
        "BENJELLOUN",
        "Youssef",
        "M",
        D(1999, 8, 3),
        "MAR",
        "Casablanca",
        "Maroc",
        "Marocaine",
        father="Driss Benjelloun",
        mother="Khadija Alaoui",
        registrar="Rachid Berrada",
        birth_issued=D(2026, 4, 14),
        pob_region="Casablanca-Settat",
        maghreb=dict(
            surname_ar="بنجلون",
            given_ar="يوسف",
            commune="Casablanca",
            commune_ar="الدار البيضاء",
            city_ar="الدار البيضاء",
            father_ar="ادريس بنجلون",
            mother_ar="خديجة العلوي",
            dob_text="Trois août mille neuf cent quatre-vingt-dix-neuf",
            region="Casablanca",
            region_ar="الدار البيضاء",
            handfill=False,
        ),
    )
    tn = person(
        "tn2",
        "JEBALI",
        "Ines",
        "F",
        D(2002, 1, 30),
        "TUN",
        "Sousse",
        "Tunisie",
        "Tunisienne",
        father="Slim Jebali",
        mother="Rim Gharbi",
        registrar="Nabil Saïdi",
        birth_issued=D(2026, 7, 1),
        maghreb=dict(
            surname_ar="الجبالي",
            given_ar="إيناس",
            commune="Sousse",
            commune_ar="سوسة",
            city_ar="سوسة",
            father_ar="سليم الجبالي",
            mother_ar="ريم الغربي",
            dob_text="30/01/2002",
            region="Sousse",
            region_ar="سوسة",
        ),
    )
    dz_b = dict(
        maghreb=dict(
            surname_ar="بوزيدي",
            given_ar="أمين كريم",
            commune="Oran",
            commune_ar="وهران",
            city_ar="وهران",
            father_ar="مراد بوزيدي",
            mother_ar="سامية بن خليفة",
            dob_text="Le deux avril mil neuf cent quatre-vingt-dix-huit à 10h15",
            region="Oran",
            region_ar="وهران",
            handfill=True,
            hand="dkg",
        ),
        registrar="Kheira Mansouri",
        birth_issued=D(2026, 2, 3),
    )
    out = [
        _bc(
            "dz1",
            "extrait_naissance_12S.jpg",
            "scan",
            **dz_b,
            note="Algeria: not a party to the Hague Convention (bilateral agreement with France)",
        ),
        _bc(mar, "acte_naissance_maroc.pdf", "image_pdf", apo=D(2026, 4, 20)),
        _bc(tn, "extrait_naissance_tunisie.jpg", "phone_photo"),
        _bc(
            dict(
                sn,
                registrar="Mamadou Diallo",
                birth_issued=D(2025, 11, 20),
                afr=dict(
                    region_label="Région de Dakar",
                    centre_label="Centre d'état civil de Dakar-Plateau",
                    issue_place="Dakar",
                    dob_text="Dix-neuf décembre mil neuf cent quatre-vingt-treize",
                    address="Dakar, Médina",
                    father_job="Enseignant",
                    mother_job="Couturière",
                    handfill=True,
                    hand="dancing",
                ),
            ),
            "extrait_naissance.jpg",
            "phone_photo",
        ),
        _bc(
            dict(
                ci,
                registrar="Yao Kouamé Didier",
                birth_issued=D(2026, 1, 9),
                afr=dict(
                    region_label="Département de Bouaké",
                    centre_label="Centre principal d'état civil de Bouaké",
                    issue_place="Bouaké",
                    dob_text="Cinq juillet mil neuf cent quatre-vingt-sept",
                    address="Bouaké, quartier Commerce",
                    father_job="Planteur",
                    mother_job="Commerçante",
                    handfill=False,
                ),
            ),
            "extrait_acte_naissance.pdf",
            "image_pdf",
        ),
        _bc(
            dict(
                cm,
                registrar="Ateba Jean-Marie",
                birth_issued=D(2025, 12, 2),
                afr=dict(
                    region_label="Région du Centre - Département du Mfoundi",
                    centre_label="Centre d'état civil de Yaoundé IIIe",
                    issue_place="Yaoundé",
                    dob_text="Vingt-huit février mil neuf cent quatre-vingt-quinze",
                    address="Yaoundé, Efoulan",
                    father_job="Fonctionnaire",
                    mother_job="Institutrice",
                    handfill=True,
                    hand="dancing",
                ),
            ),
            "acte_de_naissance.jpg",
            "scan",
        ),
        _bc(
            dict(
                ml,
                registrar="Bakary Coulibaly",
                birth_issued=D(2024, 9, 18),
                father="Traoré Seydou",
                mother="Diarra Kadiatou",
                afr=dict(
                    region_label="District de Bamako",
                    centre_label="Centre d'état civil de la Commune III",
                    issue_place="Bamako",
                    dob_text="Premier mai mil neuf cent quatre-vingt-quatre",
                    address="Bamako, Bamako-Coura",
                    father_job="Mécanicien",
                    mother_job="Vendeuse",
                    handfill=True,
                    hand="kaushan",
                ),
            ),
            "volet3_acte_naissance.jpg",
            "phone_photo",
        ),
        _bc(
            dict(
                cd,
                registrar="Mbuyi Tshibangu",
                birth_issued=D(2025, 4, 4),
                father="Mukendi Kabongo Jean-Pierre",
                mother="Ngalula Mbuyi Thérèse",
                afr=dict(
                    region_label="Ville de Kinshasa",
                    centre_label="Commune de Lingwala - Bureau de l'état civil",
                    issue_place="Kinshasa",
                    dob_text="Neuf septembre mil neuf cent quatre-vingt-douze",
                    address="Kinshasa, Lingwala",
                    father_job="Chauffeur",
                    mother_job="Commerçante",
                    handfill=False,
                ),
            ),
            "acte_naissance_RDC.pdf",
            "image_pdf",
        ),
        _bc(
            dict(
                ht,
                registrar="Jean-Robert Célestin",
                birth_issued=D(2025, 3, 12),
                afr=dict(
                    region_label="Archives Nationales d'Haïti",
                    centre_label="Officier de l'état civil de Port-au-Prince, section Sud",
                    issue_place="Port-au-Prince",
                    dob_text="Onze janvier mil neuf cent quatre-vingt-dix",
                    address="Port-au-Prince, Carrefour-Feuilles",
                    father_job="Menuisier",
                    mother_job="Marchande",
                    handfill=False,
                ),
            ),
            "extrait_archives.jpg",
            "scan",
        ),
        _bc(
            dict(
                SP["cn1"],
                father="Zhang Wei",
                mother="Chen Xiaoyan",
                chn=dict(
                    zh_name="张美玲",
                    zh_place="浙江省杭州市",
                    zh_father="张伟",
                    zh_mother="陈晓燕",
                    zh_office="浙江省杭州市西湖公证处",
                    zh_notary="李明",
                    office_code="浙杭西证字",
                    office_code_en="Zhe Hang Xi Zheng Zi",
                    cert_no="07215",
                    en_name="ZHANG Meiling",
                    en_place="Hangzhou, Zhejiang Province",
                    en_father="ZHANG Wei",
                    en_mother="CHEN Xiaoyan",
                    en_office="Xihu Notary Public Office, Hangzhou, Zhejiang Province",
                    en_notary="LI Ming",
                    en_surname="ZHANG",
                    en_given="Meiling",
                ),
                birth_issued=D(2026, 3, 2),
            ),
            "gongzhengshu.pdf",
            "image_pdf",
            note="notarial certificate with English translation; no apostille attached",
        ),
        _bc(
            dict(
                SP["in2"],
                father="Srinivas Reddy",
                mother="Padmavathi Reddy",
                registrar="G. Narasimha Rao",
                birth_issued=D(2025, 2, 17),
                facility="Niloufer Hospital, Hyderabad",
                birth_addr="Plot 22, Banjara Hills, Hyderabad",
                **IN_EXTRA,
            ),
            "birth_certificate_GHMC.jpg",
            "scan",
        ),
        _bc(
            dict(
                SP["br2"],
                pob_region="PE",
                father="Marcelo Ferreira",
                mother="Juliana Carvalho Ferreira",
                registrar="Roberta Lins",
                birth_issued=D(2026, 5, 19),
                dob_words_pt="CATORZE",
                year_words_pt="MIL NOVECENTOS E NOVENTA E OITO",
                reg_words_pt="vinte e dois de julho de mil novecentos e noventa e oito",
                facility="Hospital Agamenon Magalhães, Recife",
                grand_p="Antônio Ferreira e Lúcia Ferreira",
                grand_m="José Carvalho e Rita Carvalho",
                cartorio="Cartório do Registro Civil do 2º Distrito de Recife",
                cartorio_addr="Rua do Imperador, 210 - Santo Antônio - Recife/PE",
            ),
            "certidao_nascimento.pdf",
            "text_pdf",
            note="e-certidão PDF",
        ),
    ]
    return out


def apostilles_alone():
    def us_apo(name):
        p = SP["us1"]
        rng = rng_for(name)
        bc = make.birth(dict(p, birth_issued=D(2026, 7, 2), **US_TX), rng)
        ap = apostille_for(
            p, bc, D(2026, 9, 14), rng, signer="Jorge L. Saldaña", region="Texas", **APO_OVER["us1"]
        )
        return single(name, p, [("apostille.pdf", "image_pdf", ap)])

    def in_apo(name):
        p = dict(SP["in2"], registrar="G. Narasimha Rao", **IN_EXTRA)
        rng = rng_for(name)
        bc = make.birth(
            dict(
                p, father="Srinivas Reddy", mother="Padmavathi Reddy", birth_issued=D(2025, 2, 17)
            ),
            rng,
        )
        ap = apostille_for(
            p,
            bc,
            D(2025, 3, 4),
            rng,
            signer="G. Narasimha Rao",
            seal_of="Greater Hyderabad Municipal Corporation",
        )
        return single(name, p, [("MEA_apostille.jpg", "phone_photo", ap)])

    return [us_apo, in_apo]


def translations_alone():
    def vn_tr(name):
        p = SP["vn1"]
        rng = rng_for(name)
        t = make.translation(
            dict(
                lang_from="vietnamien",
                lang_adj="vietnamienne",
                translator="Thanh-Hương VÕ",
                court="Toulouse",
                address="3 place du Capitole, 31000 Toulouse",
                rep_no="2026/318",
                date=D(2026, 6, 3),
                city="Toulouse",
                head=["RÉPUBLIQUE SOCIALISTE DU VIETNAM", "Indépendance - Liberté - Bonheur"],
                title="ACTE DE NAISSANCE (COPIE)",
                lines=[
                    ("Nom et prénoms", "NGUYỄN Thị Thu Hà"),
                    ("Date de naissance", "23/09/1997"),
                    ("Sexe", "Féminin"),
                    (
                        "Lieu de naissance",
                        "Hôpital de gynécologie-obstétrique de Hà Nội, arrondissement de Đống Đa, Hà Nội",
                    ),
                    ("Mère", "TRẦN Thị Lan"),
                    ("Père", "NGUYỄN Văn Hùng"),
                    ("Lieu d'enregistrement", "Comité populaire du quartier Láng Hạ"),
                ],
            ),
            rng,
        )
        return single(name, p, [("traduction_acte_naissance.pdf", "image_pdf", t)])

    def br_tr(name):
        p = SP["br2"]
        rng = rng_for(name)
        t = make.translation(
            dict(
                lang_from="portugais",
                lang_adj="portugaise",
                translator="Ana Lúcia MOREAU",
                court="Paris",
                address="18 rue Lamartine, 75009 Paris",
                rep_no="26-0931",
                date=D(2026, 7, 7),
                city="Paris",
                head=["RÉPUBLIQUE FÉDÉRATIVE DU BRÉSIL", "REGISTRE CIVIL DES PERSONNES PHYSIQUES"],
                title="ACTE DE NAISSANCE",
                lines=[
                    ("Nom", "BEATRIZ CARVALHO FERREIRA"),
                    ("Date de naissance", "14 juillet 1998"),
                    ("Lieu de naissance", "Recife - PE"),
                    ("Filiation", "Marcelo Ferreira et Juliana Carvalho Ferreira"),
                ],
            ),
            rng,
        )
        return single(name, p, [("traducao_juramentada.jpg", "scan", t)])

    return [vn_tr, br_tr]
