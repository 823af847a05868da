"""Packets p01 (Peru, lease, not employed) and p02 (Russia, three bills, employed)."""

from __future__ import annotations

from datetime import date

from adlib_build import (
    ALL_OK,
    Packet,
    passport_img,
    passport_truth,
    rib_doc,
    td1_cards,
    three_bills,
    visa_img,
    visa_truth,
)
from adlib_common import fr_rib, luhn_fix
from adlib_forms import birth_pdf, cerfa, lease, translation
from adlib_money import payslip


def p01(out: str) -> None:
    pk = Packet(out, "p01")
    pp = dict(
        nat="PER",
        mrz_sur="QUISPE HUAMAN",
        mrz_given="ROCIO DEL PILAR",
        number="121045873",
        dob=date(1996, 4, 17),
        sex="F",
        exp=date(2029, 8, 9),
        issue=date(2024, 8, 10),
        print_sur="QUISPE HUAMAN",
        print_given="ROCIO DEL PILAR",
        pob="CUSCO - PER",
    )
    img = passport_img(pp, pk.rng("passport"))
    pk.image(img, "phone_photo", "IMG_20261003_181233.jpg", "passport", fill=0.72)
    pk.add(
        [{"path": "IMG_20261003_181233.jpg", "pages": [1]}],
        "passport",
        "phone_photo",
        passport_truth(pp),
        "Peruvian passport data page photographed on a table.",
    )
    v = dict(
        number="028415736",
        **{"from": date(2026, 2, 20)},
        until=date(2027, 2, 19),
        place="LIMA",
        issued=date(2026, 2, 3),
        remarks=["VLS-TS VISITEUR", "R.311-3 4°"],
        category="VISITEUR",
        page_header="PASAPORTE 121045873 - 6",
    )
    pk.image(
        visa_img(pp, v, pk.rng("visa")),
        "phone_photo",
        "IMG_20261003_181301.jpg",
        "visa",
        rot=90,
        fill=0.75,
    )
    pk.add(
        [{"path": "IMG_20261003_181301.jpg", "pages": [1]}],
        "long_stay_visa",
        "phone_photo",
        visa_truth(pp, v),
        "French type D visa sticker, VLS-TS visiteur; photo rotated 90°. "
        "The sticker also prints 'FRA' before the number.",
    )
    b = dict(
        acta="1000452371",
        cui="72918364",
        issued="12/01/2026",
        registrar="LUZ MARINA CONDORI PAREDES",
        blocks=[
            (
                "DATOS DEL NACIDO",
                [
                    ("APELLIDO PATERNO", "QUISPE"),
                    ("APELLIDO MATERNO", "HUAMÁN"),
                    ("PRENOMBRES", "ROCÍO DEL PILAR"),
                    ("SEXO", "FEMENINO"),
                    ("FECHA DE NACIMIENTO", "17/04/1996"),
                    ("HORA", "06:40"),
                    ("LUGAR DE NACIMIENTO", "HOSPITAL REGIONAL DEL CUSCO"),
                    ("DEPARTAMENTO / PROVINCIA / DISTRITO", "CUSCO / CUSCO / WANCHAQ"),
                ],
            ),
            (
                "DATOS DE LA MADRE",
                [
                    ("APELLIDOS Y NOMBRES", "HUAMÁN CCORI, JULIANA"),
                    ("DOCUMENTO", "DNI 23815904"),
                    ("NACIONALIDAD", "PERUANA"),
                    ("DOMICILIO", "AV. DE LA CULTURA 1204, CUSCO"),
                ],
            ),
            (
                "DATOS DEL PADRE",
                [
                    ("APELLIDOS Y NOMBRES", "QUISPE MAMANI, FELIPE"),
                    ("DOCUMENTO", "DNI 23790415"),
                    ("NACIONALIDAD", "PERUANA"),
                    ("DOMICILIO", "AV. DE LA CULTURA 1204, CUSCO"),
                ],
            ),
            (
                "DATOS DEL REGISTRO",
                [
                    ("OFICINA DE REGISTRO", "OREC MUNICIPALIDAD DE WANCHAQ"),
                    ("FECHA DE INSCRIPCIÓN", "29/04/1996"),
                ],
            ),
        ],
        footer="Se expide la presente copia certificada a solicitud de la parte interesada, "
        "conforme al acta que obra en el archivo del Registro del Estado Civil.",
    )
    apo = dict(
        items=[
            ("País / Country :", "PERÚ"),
            ("firmado por / signed by :", "LUZ MARINA CONDORI PAREDES"),
            ("en calidad de / acting as :", "REGISTRADOR CIVIL"),
            ("sello de / seal of :", "RENIEC - OREC WANCHAQ"),
            ("en / at :", "LIMA"),
            ("el día / the :", "22/01/2026"),
            ("por / by :", "MINISTERIO DE RR.EE."),
            ("N° / No :", "2026-0051487"),
            ("Sello / Seal :", ""),
            ("Firma / Signature :", ""),
        ],
        certified="Certificado / Certified",
        signer="CARLOS A. RÍOS VEGA - Legalizaciones",
        seal_ring="MINISTERIO DE RELACIONES EXTERIORES",
        seal_inner=["PERÚ", "APOSTILLA"],
        tab=140,
    )
    fn = "acta_nacimiento_apostilla.pdf"
    pk.paper(lambda p: birth_pdf(p, "PER", b, apo, pk.rng("birth")), "image_pdf", [fn], "birth")
    pk.add(
        [{"path": fn, "pages": [1]}],
        "birth_certificate",
        "image_pdf",
        {
            "surname": "QUISPE HUAMÁN",
            "given_names": "ROCÍO DEL PILAR",
            "date_of_birth": "1996-04-17",
            "place_of_birth": "Hospital Regional del Cusco, Wanchaq, Cusco, Cusco",
            "issuing_country": "PER",
            "language": "es",
            "has_apostille": True,
        },
        "RENIEC acta de nacimiento, certified copy; surnames printed as paterno + materno.",
    )
    pk.add(
        [{"path": fn, "pages": [2]}],
        "apostille",
        "image_pdf",
        {
            "country": "PER",
            "issued_on": "2026-01-22",
            "number": "2026-0051487",
            "signed_by": "LUZ MARINA CONDORI PAREDES",
        },
        "signed_by = item 2 (signer of the public document). Printed country: PERÚ.",
    )
    L = dict(
        landlord="M. Bernard CHEVALIER",
        landlord_addr="14 allées Jean Jaurès, 31000 Toulouse",
        tenants_text="Mme Rocío del Pilar QUISPE HUAMÁN, née le 17/04/1996 à Cusco (Pérou)",
        tenants=["Rocío del Pilar QUISPE HUAMÁN"],
        address="6 rue Pharaon, appartement 12, 2e étage, 31000 Toulouse",
        built="1949-1974",
        surface="31,5",
        rooms="1",
        start=date(2026, 3, 15),
        rent="560,00",
        charges="45,00",
        deposit="560,00",
        signed_at="Toulouse",
        signed_on=date(2026, 3, 9),
    )
    fn = "bail_toulouse.pdf"
    pk.paper(lambda p: lease(p, L, pk.rng("lease")), "image_pdf", [fn], "lease", copy=True)
    pk.add(
        [{"path": fn, "pages": [1, 2]}],
        "lease",
        "image_pdf",
        {
            "tenant_names": L["tenants"],
            "landlord": "Bernard CHEVALIER",
            "address": L["address"],
            "start_date": "2026-03-15",
        },
        "Signed paper lease, photocopied then scanned (grey, toner specks, dark edge).",
    )
    key, iban = fr_rib("20041", "01016", "0523817K036")
    r = dict(
        bank="La Banque Postale",
        bank_name="La Banque Postale",
        color=(0.0, 0.2, 0.47),
        holder_lines=[
            "MLLE QUISPE HUAMAN ROCIO DEL PILAR",
            "6 RUE PHARAON APT 12",
            "31000 TOULOUSE",
        ],
        branch_lines=[
            "LA BANQUE POSTALE",
            "CENTRE FINANCIER DE TOULOUSE",
            "31900 TOULOUSE CEDEX 9",
        ],
        bank_code="20041",
        branch_code="01016",
        account="0523817K036",
        key=key,
        iban=iban,
        bic="PSSTFRPPTOU",
        footer="La Banque Postale - SA à Directoire et Conseil de "
        "surveillance - 115 rue de Sèvres 75275 Paris Cedex 06 - RCS Paris 421 100 645",
    )
    rib_doc(
        pk,
        r,
        "text_pdf",
        "RIB_LaBanquePostale.pdf",
        "QUISPE HUAMAN ROCIO DEL PILAR",
        "Account number contains a letter (K), as La Banque Postale accounts do.",
    )
    f = dict(
        mode="hand",
        font="hand2",
        surname="QUISPE HUAMAN",
        given="ROCIO DEL PILAR",
        dob=pp["dob"],
        sex="F",
        birth_town="Cusco",
        birth_country="Pérou",
        nationality="péruvienne",
        street="6 rue Pharaon, appt 12",
        postcode="31000",
        city="Toulouse",
        phone="07 58 21 44 90",
        email="rocio.qh96@gmail.com",
        activity="none",
        in_france_since=date(2026, 2, 27),
        signed_at="Toulouse",
        signed_on=date(2026, 10, 6),
        signed=True,
    )
    fns = ["scan_0001.jpg", "scan_0002.jpg"]
    pk.paper(lambda p: cerfa(p, f, pk.rng("form")), "scan", fns, "form", dpi=200)
    pk.add(
        [{"path": fns[0], "pages": [1]}, {"path": fns[1], "pages": [1]}],
        "application_form",
        "scan",
        {
            "surname": "QUISPE HUAMAN",
            "given_names": "ROCIO DEL PILAR",
            "date_of_birth": "1996-04-17",
            "employment_status": "not_employed",
            "signed": True,
            "signed_on": "2026-10-06",
            "nir": None,
        },
        "Cerfa 15763*02 filled by hand in capitals (comb boxes), 'sans activité' ticked.",
    )
    reqs = dict(ALL_OK, employment="not_applicable")
    pk.write(
        date(2026, 10, 14),
        False,
        "complete",
        reqs,
        None,
        {
            "surname": "QUISPE HUAMAN",
            "given_names": "ROCIO DEL PILAR",
            "date_of_birth": "1996-04-17",
        },
    )


def p02(out: str) -> None:
    pk = Packet(out, "p02")
    pp = dict(
        nat="RUS",
        mrz_sur="VOLKOVA",
        mrz_given="EKATERINA",
        number="756184203",
        dob=date(1990, 11, 3),
        sex="F",
        exp=date(2032, 7, 14),
        issue=date(2022, 7, 14),
        print_sur="ВОЛКОВА / VOLKOVA",
        print_given="ЕКАТЕРИНА / EKATERINA",
        pob="НОВОСИБИРСКАЯ ОБЛ. / USSR",
    )
    pk.image(passport_img(pp, pk.rng("passport")), "scan", "passeport_volkova.png", "passport")
    t = passport_truth(pp)
    t.update(surname="VOLKOVA", given_names="EKATERINA")
    pk.add(
        [{"path": "passeport_volkova.png", "pages": [1]}],
        "passport",
        "scan",
        t,
        "Names printed in Cyrillic and Latin ('ВОЛКОВА / VOLKOVA'); truth gives the Latin.",
    )
    ts = dict(
        code="IR",
        number="ZS4827163",
        dob=pp["dob"],
        sex="F",
        exp=date(2027, 4, 1),
        nat="RUS",
        mrz_sur="VOLKOVA",
        mrz_given="EKATERINA",
        c1=(214, 226, 240),
        c2=(236, 226, 232),
        title="TITRE DE SÉJOUR",
        subtitle="RESIDENCE PERMIT",
        number_top="ZS4827163",
        fields=[
            ("NOM / SURNAME", "VOLKOVA", 28, 12),
            ("PRÉNOMS / GIVEN NAMES", "EKATERINA", 28, 17.5),
            ("SEXE", "F", 28, 23),
            ("NATIONALITÉ", "RUS", 40, 23),
            ("DATE DE NAISSANCE", "03 11 1990", 56, 23),
            ("TYPE DE TITRE", "CARTE DE SÉJOUR TEMPORAIRE", 28, 28.5),
            ("CATÉGORIE", "SALARIÉ", 28, 34),
            ("VALABLE JUSQU'AU", "01 04 2027", 52, 34),
        ],
        back_fields=[
            ("LIEU DE NAISSANCE", "NOVOSIBIRSK (RUS)", 3.5, 3),
            ("ADRESSE", "41 RUE PAUL BERT 69003 LYON", 3.5, 8.5),
            ("REMARQUES", "AUTORISE SON TITULAIRE À TRAVAILLER", 3.5, 14),
            ("DÉLIVRÉ LE / PAR", "02 04 2026  PRÉFECTURE DU RHÔNE", 3.5, 19.5),
        ],
    )
    front, back = td1_cards(ts, pk.rng("ts"))
    pk.image(front, "phone_photo", "titre_sejour_recto.jpg", "ts_front", fill=0.6)
    pk.image(back, "phone_photo", "titre_sejour_verso.jpg", "ts_back", fill=0.6, rot=180)
    pk.add(
        [
            {"path": "titre_sejour_recto.jpg", "pages": [1]},
            {"path": "titre_sejour_verso.jpg", "pages": [1]},
        ],
        "residence_permit",
        "phone_photo",
        {
            "surname": "VOLKOVA",
            "given_names": "EKATERINA",
            "document_number": "ZS4827163",
            "nationality": "RUS",
            "issuing_country": "FRA",
            "date_of_birth": "1990-11-03",
            "sex": "F",
            "expiry_date": "2027-04-01",
            "mrz_valid": True,
        },
        "French carte de séjour temporaire 'salarié', front and back photos (back upside down).",
    )
    rows = [
        ("ВОЛКОВА", "фамилия"),
        ("ЕКАТЕРИНА СЕРГЕЕВНА", "имя, отчество"),
        ("03.11.1990", "дата рождения"),
        ("третьего ноября тысяча девятьсот девяностого года", "(прописью)"),
        ("г. Новосибирск, Новосибирская обл., РСФСР", "место рождения"),
        ("№ 2417 от 14.11.1990", "запись акта о рождении"),
        ("ВОЛКОВ Сергей Иванович, русский", "отец"),
        ("ВОЛКОВА Ольга Петровна, русская", "мать"),
        ("Отдел ЗАГС Октябрьского района г. Новосибирска", "место государственной регистрации"),
        ("18.09.2025", "дата выдачи"),
    ]
    b = dict(rows=rows, head="Н.В. Сидоренко", series="II-ЕТ № 684213")
    apo = dict(
        items=[
            ("Страна:", "Российская Федерация"),
            ("Документ подписан:", "Сидоренко Н.В."),
            ("в качестве:", "руководителя органа ЗАГС"),
            ("скреплён печатью:", "Отдела ЗАГС Октябрьского р-на"),
            ("в:", "г. Новосибирск"),
            ("дата:", "02.10.2025"),
            ("кем:", "Управление ЗАГС Новосиб. обл."),
            ("за №:", "54/25-318742"),
            ("Печать / штамп:", ""),
            ("Подпись:", ""),
        ],
        certified="Удостоверено",
        vfont="dejavu",
        tab=110,
        signer="Е.А. Кравцова",
        seal_ring="УПРАВЛЕНИЕ ЗАГС НОВОСИБИРСКОЙ ОБЛ",
        seal_inner=["АПОСТИЛЬ"],
    )
    fn = "svidetelstvo_o_rozhdenii.pdf"
    pk.paper(lambda p: birth_pdf(p, "RUS", b, apo, pk.rng("birth")), "image_pdf", [fn], "birth")
    pk.add(
        [{"path": fn, "pages": [1]}],
        "birth_certificate",
        "image_pdf",
        {
            "surname": "ВОЛКОВА",
            "given_names": "ЕКАТЕРИНА",
            "date_of_birth": "1990-11-03",
            "place_of_birth": "г. Новосибирск, Новосибирская обл., РСФСР",
            "issuing_country": "RUS",
            "language": "ru",
            "has_apostille": True,
        },
        "Russian duplicate (повторное) birth certificate in Cyrillic; the patronymic "
        "СЕРГЕЕВНА follows the given name and is not a given name. Latin: VOLKOVA Ekaterina.",
    )
    pk.add(
        [{"path": fn, "pages": [2]}],
        "apostille",
        "image_pdf",
        {
            "country": "RUS",
            "issued_on": "2025-10-02",
            "number": "54/25-318742",
            "signed_by": "Сидоренко Н.В.",
        },
        "Apostille in Russian with the French title line.",
    )
    tr = dict(
        translator=[
            "Irina LEFÈVRE",
            "Traductrice-interprète expert",
            "près la Cour d'appel de Lyon - russe/français",
            "18 rue Servient, 69003 Lyon",
        ],
        rows=[
            ("Nom :", "VOLKOVA"),
            ("Prénom :", "Ekaterina"),
            ("Patronyme :", "Sergueïevna"),
            ("Date de naissance :", "03/11/1990"),
            ("Lieu de naissance :", "Novossibirsk, région de Novossibirsk, RSFSR"),
            ("Acte n° :", "2417 du 14/11/1990"),
            ("Père :", "VOLKOV Sergueï Ivanovitch, russe"),
            ("Mère :", "VOLKOVA Olga Petrovna, russe"),
            ("Délivré le :", "18/09/2025"),
            ("Série et numéro :", "II-ET n° 684213"),
        ],
        apostille_note="Apostille (Convention de La Haye du 5 octobre 1961) n° 54/25-318742 "
        "apposée le 02/10/2025 à Novossibirsk par la Direction de l'état civil de la "
        "région de Novossibirsk.",
        place_date="Lyon, le 21 octobre 2025",
        number="2025/0931",
        stamp_inner=["I. LEFÈVRE", "RUSSE"],
    )
    fn = "traduction_acte_naissance.jpg"
    pk.paper(lambda p: translation(p, tr, pk.rng("transl")), "scan", [fn], "transl")
    pk.add(
        [{"path": fn, "pages": [1]}],
        "translation",
        "scan",
        {
            "source_language": "ru",
            "target_language": "fr",
            "translator": "Irina LEFÈVRE",
            "surname": "VOLKOVA",
            "given_names": "Ekaterina",
            "date_of_birth": "1990-11-03",
        },
        "Sworn translation of the birth certificate (and its apostille).",
    )
    who = dict(
        bill_holder="Mme Ekaterina VOLKOVA",
        holder_truth="Ekaterina VOLKOVA",
        address_lines=["41 rue Paul Bert", "Bât. B - 3e étage", "69003 LYON"],
        address_truth="41 rue Paul Bert, Bât. B - 3e étage, 69003 Lyon",
    )
    prov = dict(
        provider="SFR",
        service="internet",
        account="0612 4471 829",
        line="04 78 62 19 03",
        offer="Abonnement SFR Fibre Power",
        amount=35.99,
        extra=2.40,
        issue_after=4,
        num_prefix="SF",
        num_seed="73391",
        legal="SFR - Société Française du "
        "Radiotéléphone, SA au capital de 3 423 265 598,40 € - RCS Paris 343 059 564 - "
        "16 rue du Général Alain de Boissieu 75015 Paris. Service client : 1023.",
    )
    three_bills(
        pk,
        who,
        [(2026, 8), (2026, 9), (2026, 10)],
        prov,
        ["Facture_SFR_2026-08.pdf", "Facture_SFR_2026-09.pdf", "Facture_SFR_2026-10.pdf"],
        ["text_pdf"] * 3,
    )
    siret = luhn_fix("8524179630002")
    p = dict(
        software="Silae - bulletin de paie",
        start_fr="01/10/2026",
        end_fr="31/10/2026",
        paid_fr="30/10/2026",
        employer_lines=[
            "LUMEN ANALYTICS SAS",
            "12 quai Perrache",
            "69002 LYON",
            f"SIRET : {siret[:3]} {siret[3:6]} {siret[6:9]} {siret[9:]}",
            "Code NAF : 6311Z",
            "URSSAF Rhône-Alpes",
        ],
        employee_lines=[
            "Madame Ekaterina VOLKOVA",
            "41 rue Paul Bert, Bât. B",
            "69003 LYON",
            "N° SS : en cours d'attribution",
            "Matricule : 00412",
        ],
        job_lines=[
            "Emploi : Data analyst   -   Statut : Cadre   -   Position 2.2, coef. 130",
            "Date d'entrée : 04/05/2026   -   Convention collective : Syntec (IDCC "
            "1486)   -   Contrat : CDI",
        ],
        rows=[
            ("Salaire de base", "151,67", "22,7470", "", "3 450,00"),
            ("SALAIRE BRUT", "", "", "", "3 450,00"),
            ("SANTÉ", "", "", "", ""),
            ("Complémentaire santé", "", "", "32,40", ""),
            ("RETRAITE", "", "", "", ""),
            ("Sécurité sociale plafonnée", "3 450,00", "6,900", "238,05", ""),
            ("Sécurité sociale déplafonnée", "3 450,00", "0,400", "13,80", ""),
            ("Complémentaire Tranche 1", "3 450,00", "4,010", "138,35", ""),
            ("FAMILLE", "", "", "", ""),
            ("ASSURANCE CHÔMAGE", "", "", "", ""),
            ("CSG déductible de l'impôt sur le revenu", "3 414,98", "6,800", "232,22", ""),
            ("CSG/CRDS non déductible de l'impôt sur le revenu", "3 414,98", "2,900", "99,03", ""),
            ("TOTAL DES COTISATIONS ET CONTRIBUTIONS", "", "", "753,85", ""),
        ],
        net_before_tax=2696.15,
        pas_rate="7,10 %",
        pas=198.46,
        net_pay=2497.69,
        net_social=2718.55,
    )
    fn = "Bulletin_de_paie_2026_10.pdf"
    pk.paper(lambda q: payslip(q, p, pk.rng("payslip")), "text_pdf", [fn], "payslip")
    pk.add(
        [{"path": fn, "pages": [1]}],
        "payslip",
        "text_pdf",
        {
            "employer": "LUMEN ANALYTICS SAS",
            "employee_name": "Ekaterina VOLKOVA",
            "period": "2026-10",
            "net_pay": 2497.69,
            "siret": siret,
        },
        "Bulletin clarifié; net_pay = 'NET PAYÉ' after income tax (2 696,15 before tax).",
    )
    key, iban = fr_rib("30003", "01875", "00050263817")
    r = dict(
        bank="SOCIETE GENERALE",
        bank_name="Société Générale",
        color=(0.83, 0.02, 0.16),
        holder_lines=["MME VOLKOVA EKATERINA", "41 RUE PAUL BERT BAT B", "69003 LYON"],
        branch_lines=[
            "SG LYON MONCHAT (01875)",
            "4 PLACE AMBROISE COURTOIS",
            "69008 LYON",
            "Tél. : 04 72 78 21 00",
        ],
        bank_code="30003",
        branch_code="01875",
        account="00050263817",
        key=key,
        iban=iban,
        bic="SOGEFRPP",
        footer="Société Générale - SA au capital de 1 000 395 971,25 € - "
        "552 120 222 RCS Paris - 29 bd Haussmann 75009 Paris",
    )
    rib_doc(pk, r, "text_pdf", "RIB_SG.pdf", "VOLKOVA EKATERINA", "Surname printed first.")
    f = dict(
        mode="typed",
        surname="VOLKOVA",
        given="EKATERINA",
        dob=pp["dob"],
        sex="F",
        birth_town="Novossibirsk",
        birth_country="Russie",
        nationality="russe",
        street="41 rue Paul Bert, Bât. B",
        postcode="69003",
        city="Lyon",
        phone="06 41 77 30 58",
        email="e.volkova@lumen-analytics.fr",
        activity="emp",
        job="Data analyst",
        contract="CDI",
        employer_short="Lumen Analytics",
        in_france_since=date(2025, 9, 1),
        signed_at="Lyon",
        signed_on=date(2026, 11, 12),
        signed=True,
    )
    fn = "formulaire_S1106.pdf"
    pk.paper(lambda q: cerfa(q, f, pk.rng("form")), "image_pdf", [fn], "form")
    pk.add(
        [{"path": fn, "pages": [1, 2]}],
        "application_form",
        "image_pdf",
        {
            "surname": "VOLKOVA",
            "given_names": "EKATERINA",
            "date_of_birth": "1990-11-03",
            "employment_status": "employed",
            "signed": True,
            "signed_on": "2026-11-12",
            "nir": None,
        },
        "Form filled in on a computer, printed, signed by hand and scanned.",
    )
    pk.write(
        date(2026, 11, 20),
        True,
        "complete",
        dict(ALL_OK),
        None,
        {"surname": "VOLKOVA", "given_names": "EKATERINA", "date_of_birth": "1990-11-03"},
    )
