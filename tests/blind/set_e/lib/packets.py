"""The 17 packets: 9 complete, 8 with exactly one defect each."""

from . import build, ids
from . import doc_civil as civ
from . import doc_housing as hou
from . import doc_work as work
from .out import Folder, a4_sheet_with, merge_pdfs, raster, raster_all


def pp_visa_sheet(pp, vs, dpi=200, swap=False):
    items = [(vs, 25, 22, 118, 0.4), (pp, 22, 150, 128, -0.3)]
    if swap:
        items = [(pp, 22, 20, 128, 0.2), (vs, 25, 160, 118, -0.5)]
    return a4_sheet_with(items, dpi=dpi)


def card_sheet(front, back, dpi=200, x=40):
    return a4_sheet_with([(front, x, 30, 90, 0.3), (back, x, 110, 90, -0.4)], dpi=dpi)


def one_sheet(img, w=128, dpi=200, x=40, y=40, angle=0.0):
    return a4_sheet_with([(img, x, y, w, angle)], dpi=dpi)


def addr_lines(P, name_line):
    a = P["addr"]
    rows = [name_line, a["street"]]
    if a.get("extra"):
        rows.append(a["extra"])
    rows.append("%s %s" % (a["zip"], a["city"]))
    return rows


def finish(F, P, as_of, req, defect=None, notes=None):
    bad = [k for k, v in req.items() if v in ("invalid", "missing")]
    status = "incomplete" if bad else "complete"
    assert (defect is None) == (not bad), (F.name, defect, bad)
    applicant = dict(
        surname=P["passport"].get(
            "truth_surname", P["passport"].get("viz_surname", P["surname"].upper())
        ),
        given_names=P["passport"].get(
            "truth_given", P["passport"].get("viz_given", P["given"].upper())
        ),
        date_of_birth=P["dob"],
        nationality=P["nat"],
    )
    F.write_truth(
        as_of=as_of,
        status=status,
        defect=defect,
        requirements=req,
        applicant=applicant,
        notes=notes,
    )


ALL_OK = dict(
    application_form="complete",
    identity="complete",
    residence_status="complete",
    birth_certificate="complete",
    residence_proof="complete",
    bank_details="complete",
    employment="complete",
)


def req(**kw):
    r = dict(ALL_OK)
    r.update(kw)
    return r


def apost(country, signed_by, capacity, seal_of, at, date, by, number, seed, **kw):
    d = dict(
        country=country,
        signed_by=signed_by,
        capacity=capacity,
        seal_of=seal_of,
        at=at,
        date=date,
        by=by,
        number=number,
        seed=seed,
    )
    d.update(kw)
    return civ.apostille(d), dict(country=country, issued_on=date, number=number, signed_by=by)


# ====================================================================== C1 Morocco, lease, CDI


def p_c1(root):
    as_of = "2026-11-16"
    P = dict(
        key="c1",
        surname="EL IDRISSI",
        given="Fatima-Zahra",
        sex="F",
        dob="1993-06-14",
        nat="MAR",
        nat_fr="marocaine",
        pob_city="Casablanca",
        pob_country="Maroc",
        addr=dict(street="14 rue Paul Bert", extra="Bât. C, 3e étage", zip="69003", city="LYON"),
        phone="06 41 27 83 90",
        email="fz.elidrissi@laposte.net",
        passport=dict(
            number="UZ4471829",
            issue="2021-02-09",
            expiry="2031-02-08",
            authority="DGSN",
            personal="BE781245",
            pob="CASABLANCA",
            nat_text="MAROCAINE",
        ),
    )
    F = Folder(root, "packets", "c01_maroc_bail_cdi")
    pp, ppf, _ = build.passport(P)
    vs, vsf = build.visa(
        P,
        dict(
            type="D",
            vls_ts=True,
            mention="SALARIE",
            valid_from="2026-01-20",
            valid_until="2027-01-19",
            number="012704381",
            issued_at="RABAT",
            issued_on="2026-01-05",
            remarks=[
                "VLS-TS SALARIE",
                "VALIDATION EN LIGNE OBLIGATOIRE",
                "DANS LES 3 MOIS SUIVANT L'ARRIVEE",
            ],
        ),
    )
    F.scan("passeport_visa.jpg", pp_visa_sheet(pp, vs), dpi=200)
    F.doc("passport", "scan", [("passeport_visa.jpg", [1])], ppf)
    F.doc(
        "long_stay_visa",
        "scan",
        [("passeport_visa.jpg", [1])],
        vsf,
        notes="visa sticker and passport data page photocopied on the same sheet",
    )
    pdf, ff = build.form(
        P,
        dict(
            situation="salarie",
            profession="Ingénieure qualité",
            contract="CDI",
            employer="Nexora Instruments SAS, 5 rue de la Villette 69003 Lyon",
            arrival="2026-01-24",
            signed_on="2026-11-02",
            hand_font="Breip",
        ),
        mode="hand",
    )
    F.image_pdf("formulaire_S1106.pdf", raster_all(pdf, 200), seed="c1f")
    F.doc("application_form", "image_pdf", [("formulaire_S1106.pdf", [1, 2])], ff)
    bc = dict(
        surname="EL IDRISSI",
        given="Fatima-Zahra",
        sex="F",
        dob="1993-06-14",
        place="Casablanca",
        father="Mohamed EL IDRISSI",
        mother="Khadija BENNANI",
        act_no="1542",
        issued_on="2025-11-20",
        seed="c1bc",
        province="Casablanca-Anfa",
        commune="Casablanca",
        bureau="Anfa",
        province_ar="الدار البيضاء أنفا",
        commune_ar="الدار البيضاء",
        surname_ar="الإدريسي",
        given_ar="فاطمة الزهراء",
        place_ar="الدار البيضاء",
        father_ar="محمد الإدريسي",
        mother_ar="خديجة بناني",
    )
    ap, apf = apost(
        "ROYAUME DU MAROC",
        "M. Rachid ALAOUI",
        "Officier de l'état civil",
        "Commune urbaine de Casablanca",
        "Casablanca",
        "2025-11-27",
        "Le Procureur du Roi près le Tribunal de première instance de Casablanca",
        "2025/CA/08812",
        "c1ap",
        stamp_top="ROYAUME DU MAROC",
        stamp_bottom="PARQUET CASABLANCA",
    )
    F.image_pdf(
        "acte de naissance + apostille.pdf",
        [raster(civ.morocco(bc), 0, 200), raster(ap, 0, 200)],
        seed="c1b",
        grey=True,
    )
    F.doc(
        "birth_certificate",
        "image_pdf",
        [("acte de naissance + apostille.pdf", [1])],
        dict(
            surname="EL IDRISSI",
            given_names="Fatima-Zahra",
            date_of_birth="1993-06-14",
            place_of_birth="Casablanca",
            issuing_country="MAR",
            language="fr/ar",
            has_apostille=True,
        ),
        notes="bilingual French/Arabic extract; apostille on page 2",
    )
    F.doc("apostille", "image_pdf", [("acte de naissance + apostille.pdf", [2])], apf)
    lease = dict(
        seed="c1l",
        landlord="M. Gérard FONTAINE",
        landlord_addr="9 chemin de Montauban, 69005 Lyon",
        tenants=["Fatima-Zahra EL IDRISSI"],
        tenants_full=["Mme Fatima-Zahra EL IDRISSI, née le 14/06/1993 à Casablanca (Maroc)"],
        address_full="14 rue Paul Bert, bâtiment C, 3e étage, porte gauche, 69003 Lyon",
        surface="38,5",
        rooms=2,
        start="2026-02-01",
        rent=712.0,
        charges=55.0,
        place="Lyon",
        signed_on="2026-01-28",
    )
    F.image_pdf("bail.pdf", raster_all(hou.lease_official(lease), 200), seed="c1l", grey=True)
    F.doc(
        "lease",
        "image_pdf",
        [("bail.pdf", [1, 2, 3, 4])],
        dict(
            tenant_names=["Fatima-Zahra EL IDRISSI"],
            landlord="Gérard FONTAINE",
            start_date="2026-02-01",
        ),
    )
    pdf, rf = build.rib(
        "cm",
        ["MME EL IDRISSI FATIMA-ZAHRA", "14 RUE PAUL BERT BAT C", "69003 LYON"],
        "MME EL IDRISSI FATIMA-ZAHRA",
        "00401",
        "00020471301",
        ["CCM LYON PART-DIEU", "82 rue Servient", "69003 LYON"],
        "c1r",
    )
    F.scan("RIB.jpg", raster(pdf, 0, 200), dpi=200)
    F.doc(
        "rib",
        "scan",
        [("RIB.jpg", [1])],
        rf,
        notes="three RIB copies on the page, as Crédit Mutuel prints them",
    )
    c = dict(
        type="CDI",
        seed="c1c",
        employer="Nexora Instruments",
        employer_addr=["5 rue de la Villette", "69003 Lyon"],
        siret=ids.siret(ids.siren("81927364"), "0002"),
        rcs="Lyon",
        signatory="M. Hugo BERNARD",
        signatory_role="Directeur des ressources humaines",
        employee="Mme Fatima-Zahra EL IDRISSI",
        dob="1993-06-14",
        pob="Casablanca (Maroc)",
        nationality="marocaine",
        employee_addr="14 rue Paul Bert, 69003 Lyon",
        start="2026-02-02",
        job="Ingénieure qualité",
        gross=3350.0,
        workplace="Lyon (69003)",
        place="Lyon",
        signed_on="2026-01-12",
        letterhead=True,
    )
    F.text_pdf("contrat de travail.pdf", work.contract(c))
    F.doc(
        "employment_contract",
        "text_pdf",
        [("contrat de travail.pdf", [1, 2, 3])],
        dict(
            employer="Nexora Instruments",
            employee_name="Fatima-Zahra EL IDRISSI",
            contract_type="CDI",
            job_title="Ingénieure qualité",
            start_date="2026-02-02",
        ),
    )
    finish(F, P, as_of, req())


# ====================================================================== C2 China, student, Free bills


def p_c2(root):
    as_of = "2026-11-27"
    P = dict(
        key="c2",
        surname="CHEN",
        given="Xiaowei",
        sex="M",
        dob="1998-04-20",
        nat="CHN",
        nat_fr="chinoise",
        pob_city="Chengdu",
        pob_country="Chine",
        addr=dict(
            street="27 rue de la Roquette", extra="Appartement 12", zip="75011", city="PARIS"
        ),
        phone="07 58 12 44 09",
        email="xiaowei.chen98@gmail.com",
        passport=dict(
            number="EH6283517",
            issue="2023-05-10",
            expiry="2033-05-09",
            authority="国家移民管理局/NIA",
            pob="四川/SICHUAN",
            nat_text="中国/CHINESE",
            viz_surname="陈/CHEN",
            viz_given="晓伟/XIAOWEI",
            truth_surname="CHEN",
            truth_given="XIAOWEI",
        ),
    )
    F = Folder(root, "packets", "c02_chine_etudiant_factures")
    pp, ppf, _ = build.passport(P)
    F.scan("passport.png", one_sheet(pp, w=130, dpi=150, x=38, y=30), dpi=150, angle=0.6)
    F.doc(
        "passport",
        "scan",
        [("passport.png", [1])],
        ppf,
        notes="names printed as 陈/CHEN and 晓伟/XIAOWEI; surname first",
    )
    fr, bk, tf = build.titre(
        P,
        dict(
            number="B7R3Q9X2M",
            type_line="CARTE DE SEJOUR TEMPORAIRE",
            mention="ETUDIANT",
            valid_until="2027-10-14",
            issued_on="2026-10-15",
            prefecture="PRÉFECTURE DE POLICE DE PARIS",
            address=["27 RUE DE LA ROQUETTE", "75011 PARIS"],
        ),
    )
    F.photo("IMG_20261104_101733.jpg", fr, long_side=2800, fill=0.62)
    F.photo("IMG_20261104_101741.jpg", bk, long_side=2800, fill=0.62)
    F.doc(
        "residence_permit",
        "phone_photo",
        [("IMG_20261104_101733.jpg", [1]), ("IMG_20261104_101741.jpg", [1])],
        tf,
        notes="front and back photographed separately; MRZ on the back",
    )
    pdf, ff = build.form(
        P,
        dict(situation="etudiant", arrival="2025-09-01", signed_on="2026-11-05", fait_a="Paris"),
        mode="acroform",
    )
    F.text_pdf("S1106_CHEN.pdf", pdf)
    F.doc(
        "application_form",
        "text_pdf",
        [("S1106_CHEN.pdf", [1, 2])],
        ff,
        notes="fillable PDF (AcroForm fields) filled on a computer, signature drawn in the box",
    )
    bc = dict(
        surname="CHEN",
        given="Xiaowei",
        surname_cn="陈",
        given_cn="晓伟",
        sex="M",
        dob="1998-04-20",
        place="Chengdu, Sichuan Province",
        place_cn="四川省成都市",
        father="CHEN Jianguo",
        father_cn="陈建国",
        mother="LIU Fang",
        mother_cn="刘芳",
        act_no="18273",
        issued_on="2025-06-18",
        seed="c2bc",
        notary_short="川成",
        notary_py="Chuan Cheng",
        notary_cn="四川省成都市蜀都公证处",
        notary_en="Shudu Notary Public Office, Chengdu, Sichuan Province",
        notary_name="WANG Li",
        addr_cn="四川省成都市武侯区人民南路四段",
        addr_en="Section 4, Renmin South Road, Wuhou District, Chengdu",
    )
    ap, apf = apost(
        "People's Republic of China / 中华人民共和国",
        "WANG Li",
        "Notary / 公证员",
        "Shudu Notary Public Office, Chengdu",
        "Chengdu",
        "2025-06-26",
        "Foreign Affairs Office of Sichuan Provincial People's Government",
        "25SC004712",
        "c2ap",
        lang="en",
        style="page",
        header=["附加证明书", "APOSTILLE"],
        datefmt=lambda s: s.replace("-", "/"),
        stamp_top="SICHUAN FOREIGN AFFAIRS",
        stamp_bottom="APOSTILLE",
        stamp_color="#b8141c",
    )
    F.image_pdf(
        "birth certificate notarized.pdf",
        raster_all(civ.china(bc), 200) + [raster(ap, 0, 200)],
        seed="c2b",
    )
    F.doc(
        "birth_certificate",
        "image_pdf",
        [("birth certificate notarized.pdf", [1, 2])],
        dict(
            surname="CHEN",
            given_names="Xiaowei",
            date_of_birth="1998-04-20",
            place_of_birth="Chengdu, Sichuan Province",
            issuing_country="CHN",
            language="zh/en",
            has_apostille=True,
        ),
        notes="Chinese notarial certificate of birth (公证书) with its English version; China applies the Apostille "
        "Convention since 7 Nov 2023",
    )
    F.doc("apostille", "image_pdf", [("birth certificate notarized.pdf", [3])], apf)
    addr = addr_lines(P, "Chen Xiaowei")
    bills, pages = [], []
    for i, (s, e) in enumerate(build.monthly_periods("2026-09", 3)):
        pdf, bf = build.bill(
            "free",
            "Chen Xiaowei",
            addr,
            s,
            e,
            s[:8] + "02",
            "c2free%d" % i,
            29.99,
            month_only=True,
            email="xiaowei.chen98@gmail.com",
            line_no="FO10%06d" % (482913 + i),
        )
        bills.append(pdf)
        pages.append(bf)
    F.text_pdf("factures free.pdf", merge_pdfs(bills))
    for i, bf in enumerate(pages):
        F.doc(
            "utility_bill",
            "text_pdf",
            [("factures free.pdf", [i + 1])],
            bf,
            notes="Free bill names only the month (invoice of the 2nd of the month); three bills in one PDF",
        )
    pdf, rf = build.rib(
        "sg_app",
        ["M CHEN XIAOWEI"],
        "M CHEN XIAOWEI",
        "03080",
        "00051287463",
        ["SG PARIS BASTILLE"],
        "c2r",
        clock="10:15",
        account_label="Compte Jeune",
    )
    F.screenshot("Screenshot_20261104-101522.png", raster(pdf, 0, 216))
    F.doc("rib", "screenshot", [("Screenshot_20261104-101522.png", [1])], rf)
    finish(F, P, as_of, req(employment="not_applicable"))


# ====================================================================== C3 Colombia, hosted by partner, payslip


def p_c3(root):
    as_of = "2026-11-16"
    P = dict(
        key="c3",
        surname="GARCÍA LÓPEZ",
        given="María Fernanda",
        sex="F",
        dob="1990-11-03",
        nat="COL",
        nat_fr="colombienne",
        pob_city="Medellín",
        pob_country="Colombie",
        addr=dict(
            street="8 allée des Tilleuls",
            extra="chez M. Thomas LEROY",
            zip="31400",
            city="TOULOUSE",
        ),
        phone="06 22 71 30 58",
        email="mafe.garcia.lopez@outlook.com",
        passport=dict(
            number="AU482913",
            issue="2022-08-16",
            expiry="2032-08-15",
            authority="CANCILLERÍA",
            personal="1037612345",
            pob="MEDELLÍN (ANT)",
            nat_text="COLOMBIANA",
        ),
        form_surname="GARCIA LOPEZ",
    )
    F = Folder(root, "packets", "c03_colombie_hebergee_fiche_paie")
    pp, ppf, _ = build.passport(P)
    F.photo("passeport.jpg", pp, long_side=3024, fill=0.7)
    F.doc(
        "passport",
        "phone_photo",
        [("passeport.jpg", [1])],
        ppf,
        notes="double surname GARCÍA LÓPEZ",
    )
    vs, vsf = build.visa(
        P,
        dict(
            type="D",
            vls_ts=True,
            mention="SALARIE",
            valid_from="2026-03-02",
            valid_until="2027-03-01",
            number="019377204",
            issued_at="BOGOTA",
            issued_on="2026-02-10",
            remarks=["VLS-TS SALARIE", "VALIDATION EN LIGNE OBLIGATOIRE"],
        ),
    )
    F.photo("visa.jpg", vs, long_side=3024, fill=0.7, rotate=90)
    F.doc("long_stay_visa", "phone_photo", [("visa.jpg", [1])], vsf, notes="photo rotated 90°")
    pdf, ff = build.form(
        P,
        dict(
            situation="salarie",
            profession="Analyste de données",
            contract="CDI",
            employer="Occitalia Conseil, 12 bd de Strasbourg 31000 Toulouse",
            arrival="2026-03-05",
            signed_on="2026-10-28",
            hand_font="dkg",
        ),
        mode="hand",
    )
    imgs = raster_all(pdf, 170)
    F.photo("IMG_3391.jpeg", imgs[0], long_side=3264)
    F.photo("IMG_3392.jpeg", imgs[1], long_side=3264)
    F.doc(
        "application_form",
        "phone_photo",
        [("IMG_3391.jpeg", [1]), ("IMG_3392.jpeg", [1])],
        ff,
        notes="form as two phone photos; surname written without accents",
    )
    bc = dict(
        surname1="GARCÍA",
        surname2="LÓPEZ",
        given="MARÍA FERNANDA",
        sex="F",
        dob="1990-11-03",
        dept="ANTIOQUIA",
        municipio="MEDELLÍN",
        serial="17284553",
        nuip="1037612345",
        mother="LÓPEZ RESTREPO CLAUDIA PATRICIA",
        mother_id="CC 43512876",
        father="GARCÍA MEJÍA JORGE IVÁN",
        father_id="CC 71622904",
        registered="1990-11-20",
        officer="LUZ MARINA OSPINA",
        issued_on="2026-01-14",
        seed="c3bc",
    )
    F.image_pdf("registro civil.pdf", [raster(civ.colombia(bc), 0, 200)], seed="c3b")
    F.doc(
        "birth_certificate",
        "image_pdf",
        [("registro civil.pdf", [1])],
        dict(
            surname="GARCÍA LÓPEZ",
            given_names="MARÍA FERNANDA",
            date_of_birth="1990-11-03",
            place_of_birth="MEDELLÍN",
            issuing_country="COL",
            language="es",
            has_apostille=True,
        ),
        notes="surname split in 'Primer Apellido' / 'Segundo Apellido'; the apostille is a separate file",
    )
    ap, apf = apost(
        "República de Colombia",
        "LUZ MARINA OSPINA",
        "Registrador(a) Municipal del Estado Civil",
        "Registraduría Nacional del Estado Civil",
        "Bogotá D.C.",
        "2026-01-21",
        "Ministerio de Relaciones Exteriores — Coordinación de Apostilla",
        "A6F2K91B7C3",
        "c3ap",
        lang="es",
        style="eapostille",
        header=["APOSTILLA / APOSTILLE", "Ministerio de Relaciones Exteriores"],
        datefmt=lambda s: s[8:] + "/" + s[5:7] + "/" + s[:4],
        verify="Verifique la autenticidad de esta apostilla en www.cancilleria.gov.co/apostilla con el número "
        "y la fecha de expedición.",
        stamp_top="CANCILLERIA COLOMBIA",
    )
    F.text_pdf("apostilla.pdf", ap)
    F.doc(
        "apostille",
        "text_pdf",
        [("apostilla.pdf", [1])],
        apf,
        notes="electronic apostille downloaded as PDF",
    )
    host = dict(
        surname="LEROY",
        given="Thomas Julien",
        sex="M",
        dob="1988-02-11",
        cni=dict(
            number="X4RTBPFW4",
            expiry="2031-05-18",
            issue="2021-05-19",
            pob="TOULOUSE (31)",
            authority="Préfecture de la Haute-Garonne",
            address=["8 ALLÉE DES TILLEULS", "31400 TOULOUSE"],
        ),
    )
    fr, bk, hf = build.cni_2021(host)
    F.scan("CNI Thomas recto verso.jpg", card_sheet(fr, bk), dpi=200)
    F.doc(
        "national_id",
        "scan",
        [("CNI Thomas recto verso.jpg", [1])],
        hf,
        notes="host's identity card, both sides",
    )
    att = dict(
        seed="c3a",
        host_block=["Thomas LEROY", "8 allée des Tilleuls", "31400 Toulouse", "06 14 52 88 21"],
        paras=[
            "Je soussigné Thomas LEROY, né le 11 février 1988 à Toulouse (31), demeurant 8 allée des Tilleuls, "
            "31400 Toulouse, atteste sur l'honneur héberger à mon domicile, à titre gratuit, Madame María "
            "Fernanda GARCÍA LÓPEZ, née le 3 novembre 1990 à Medellín (Colombie), depuis le 5 mars 2026.",
            "Je joins à la présente attestation la copie de ma pièce d'identité et de mon contrat de location.",
            "Je suis informé qu'une fausse attestation est passible des sanctions prévues à l'article 441-7 "
            "du code pénal.",
        ],
        fait="Fait à Toulouse, le 27 octobre 2026",
        pj=["copie de ma carte nationale d'identité", "copie de mon bail"],
    )
    F.text_pdf("attestation hebergement.pdf", hou.attestation_typed(att))
    F.doc(
        "hosting_attestation",
        "text_pdf",
        [("attestation hebergement.pdf", [1])],
        dict(
            host_name="Thomas LEROY",
            hosted_name="María Fernanda GARCÍA LÓPEZ",
            since_date="2026-03-05",
            signed=True,
            signed_on="2026-10-27",
        ),
    )
    lease = dict(
        seed="c3l",
        agency="Garonne Immo",
        agency_addr="4 rue d'Alsace-Lorraine, 31000 Toulouse",
        cpi="CPI 3101 2019 000 041 228",
        landlord="Mme Odile CASTAING",
        landlord_addr="12 rue Ozenne, 31000 Toulouse",
        tenants=["Thomas LEROY"],
        tenants_full=["M. Thomas LEROY, né le 11/02/1988 à Toulouse"],
        address_full="8 allée des Tilleuls, appartement 21, 31400 Toulouse",
        surface="46",
        rooms=2,
        start="2022-09-01",
        rent=690.0,
        charges=60.0,
        place="Toulouse",
        signed_on="2022-08-24",
        agency_color="#1d5c4d",
    )
    F.text_pdf("bail Thomas.pdf", hou.lease_agency(lease))
    F.doc(
        "lease",
        "text_pdf",
        [("bail Thomas.pdf", [1, 2])],
        dict(tenant_names=["Thomas LEROY"], landlord="Odile CASTAING", start_date="2022-09-01"),
        notes="the host's lease (route 3)",
    )
    s = dict(
        seed="c3p",
        employer="Occitalia Conseil",
        employer_addr=["12 boulevard de Strasbourg", "31000 Toulouse"],
        siret=ids.siret(ids.siren("84120377"), "0001"),
        employee="Mme María Fernanda GARCÍA LÓPEZ",
        employee_addr=["8 allée des Tilleuls", "31400 Toulouse"],
        job="Analyste de données",
        hired="2026-03-09",
        period="2026-10",
        start="2026-10-01",
        end="2026-10-31",
        paid="2026-10-30",
        gross=3100.0,
        accent="#7b3fe4",
        pas_rate=0.058,
    )
    F.text_pdf("bulletin_paie_octobre_2026.pdf", work.payslip_modern(s))
    F.doc(
        "payslip",
        "text_pdf",
        [("bulletin_paie_octobre_2026.pdf", [1])],
        dict(
            employer="Occitalia Conseil",
            employee_name="María Fernanda GARCÍA LÓPEZ",
            period="2026-10",
        ),
    )
    pdf, rf = build.rib(
        "bnp",
        ["MME GARCIA LOPEZ MARIA FERNANDA", "8 ALLEE DES TILLEULS", "31400 TOULOUSE"],
        "MME GARCIA LOPEZ MARIA FERNANDA",
        "00467",
        "00010937521",
        ["BNP PARIBAS TOULOUSE CAPITOLE", "19 rue du Taur", "31000 TOULOUSE"],
        "c3r",
    )
    F.text_pdf("RIB BNP.pdf", pdf)
    F.doc("rib", "text_pdf", [("RIB BNP.pdf", [1])], rf)
    finish(F, P, as_of, req())


# ====================================================================== C4 USA, married, hosted by husband


def p_c4(root):
    as_of = "2026-12-03"
    P = dict(
        key="c4",
        surname="MILLER",
        given="Sarah Elizabeth",
        sex="F",
        dob="1988-05-17",
        nat="USA",
        nat_fr="américaine",
        pob_city="Columbus, Ohio",
        pob_country="États-Unis",
        addr=dict(street="5 rue des Carmes", zip="54000", city="NANCY"),
        phone="06 31 09 72 14",
        email="sarah.dubois.nancy@gmail.com",
        passport=dict(
            number="A48219375",
            issue="2019-03-12",
            expiry="2029-03-11",
            authority="United States Department of State",
            pob="OHIO, U.S.A.",
            nat_text="UNITED STATES OF AMERICA",
        ),
    )
    F = Folder(root, "packets", "c04_usa_mariee_hebergee_epoux")
    pp, ppf, _ = build.passport(P)
    vs, vsf = build.visa(
        P,
        dict(
            type="D",
            vls_ts=True,
            mention="VIE PRIVEE ET FAMILIALE",
            valid_from="2026-04-10",
            valid_until="2027-04-09",
            number="020561937",
            issued_at="WASHINGTON",
            issued_on="2026-03-20",
            remarks=["VLS-TS VIE PRIVEE ET FAMILIALE", "CONJOINT DE FRANCAIS"],
        ),
    )
    F.scan("passeport et visa.jpg", pp_visa_sheet(pp, vs, swap=True), dpi=200, grey=True)
    F.doc("passport", "scan", [("passeport et visa.jpg", [1])], ppf)
    F.doc("long_stay_visa", "scan", [("passeport et visa.jpg", [1])], vsf)
    pdf, ff = build.form(
        P,
        dict(
            situation="sans_activite",
            usage="DUBOIS",
            arrival="2026-04-14",
            signed_on="2026-11-20",
            fait_a="Nancy",
            hand_font="HumorSans",
        ),
        mode="hand",
    )
    imgs = raster_all(pdf, 170)
    F.photo("page1.jpg", imgs[0], long_side=3000)
    F.photo("page2.jpg", imgs[1], long_side=3000)
    F.doc(
        "application_form",
        "phone_photo",
        [("page1.jpg", [1]), ("page2.jpg", [1])],
        ff,
        notes="birth surname MILLER with usage name DUBOIS in 'Nom d'usage'",
    )
    bc = dict(
        first="SARAH",
        middle="ELIZABETH",
        surname="MILLER",
        sex="F",
        dob="1988-05-17",
        place="COLUMBUS",
        county="FRANKLIN",
        hospital="RIVERSIDE METHODIST HOSPITAL",
        mother="KAREN LYNN HOWARD",
        mother_bp="OHIO",
        father="DAVID ALAN MILLER",
        father_bp="PENNSYLVANIA",
        filed="1988-05-24",
        issued_on="2025-12-08",
        file_no="1988-071642",
        registrar="Office of Vital Statistics",
        seed="c4bc",
        state_title="STATE OF OHIO",
        dept_title="DEPARTMENT OF HEALTH",
        office_title="Office of Vital Statistics",
        state_short="OHIO",
    )
    ap, apf = apost(
        "United States of America",
        "Karen L. Sorrell",
        "State Registrar of Vital Statistics",
        "Ohio Department of Health",
        "Columbus, Ohio",
        "2025-12-16",
        "Secretary of State of Ohio",
        "2025-AP-448271",
        "c4ap",
        lang="en",
        style="page",
        header=["THE STATE OF OHIO", "OFFICE OF THE SECRETARY OF STATE"],
        datefmt=lambda s: "December 16, 2025",
        stamp_top="SECRETARY OF STATE",
        stamp_bottom="OHIO",
    )
    F.image_pdf(
        "birth certificate apostille.pdf",
        [raster(civ.usa(bc), 0, 200), raster(ap, 0, 200)],
        seed="c4b",
    )
    F.doc(
        "birth_certificate",
        "image_pdf",
        [("birth certificate apostille.pdf", [1])],
        dict(
            surname="MILLER",
            given_names="SARAH ELIZABETH",
            date_of_birth="1988-05-17",
            place_of_birth="COLUMBUS",
            issuing_country="USA",
            language="en",
            has_apostille=True,
        ),
    )
    F.doc(
        "apostille",
        "image_pdf",
        [("birth certificate apostille.pdf", [2])],
        dict(apf, issued_on="2025-12-16"),
    )
    host = dict(
        surname="DUBOIS",
        given="Julien Marc",
        sex="M",
        dob="1986-09-02",
        cni=dict(
            number="100954812237",
            admin="540012",
            expiry="2029-03-01",
            issue="2014-03-02",
            pob="METZ (57)",
            authority="PRÉFECTURE DE MEURTHE-ET-MOSELLE",
            address=["5 RUE DES CARMES", "54000 NANCY"],
        ),
    )
    fr, bk, hf = build.cni_old(host)
    F.image_pdf(
        "CNI Julien.pdf",
        [a4_sheet_with([(fr, 40, 30, 105, 0.2), (bk, 40, 120, 105, -0.3)])],
        seed="c4cni",
        grey=True,
    )
    F.doc(
        "national_id",
        "image_pdf",
        [("CNI Julien.pdf", [1])],
        hf,
        notes="host's laminated 1988-2021 model identity card, 2-line 36-character MRZ",
    )
    att = dict(
        seed="c4a",
        hand_font="Rufscript",
        size=13,
        lines=[
            "Je soussigné Julien DUBOIS, né le 2 septembre 1986",
            "à Metz, demeurant 5 rue des Carmes, 54000 Nancy,",
            "atteste sur l'honneur héberger à mon domicile",
            "mon épouse, Sarah MILLER épouse DUBOIS, née le",
            "17 mai 1988 à Columbus (Ohio, États-Unis),",
            "depuis le 14 avril 2026.",
            "",
            "Attestation faite pour servir et valoir ce que de droit.",
        ],
        fait="Fait à Nancy, le 19/11/2026",
    )
    F.photo(
        "attestation hebergement.jpg", raster(hou.attestation_hand(att), 0, 170), long_side=3200
    )
    F.doc(
        "hosting_attestation",
        "phone_photo",
        [("attestation hebergement.jpg", [1])],
        dict(
            host_name="Julien DUBOIS",
            hosted_name="Sarah MILLER épouse DUBOIS",
            since_date="2026-04-14",
            signed=True,
            signed_on="2026-11-19",
        ),
        notes="hand-written on Seyès school paper",
    )
    haddr = ["M. JULIEN DUBOIS", "5 RUE DES CARMES", "54000 NANCY"]
    bills, bfs = [], []
    for i, (s, e) in enumerate(build.monthly_periods("2026-08", 3)):
        pdf, bf = build.bill(
            "total",
            "M. JULIEN DUBOIS",
            haddr,
            s,
            e,
            build.add_days(e, 6),
            "c4tot%d" % i,
            [96.42, 88.10, 104.77][i],
            client_no="1300492817",
        )
        bills.append(pdf)
        bfs.append(bf)
    F.text_pdf("factures total energies.pdf", merge_pdfs(bills))
    for i, bf in enumerate(bfs):
        F.doc(
            "utility_bill",
            "text_pdf",
            [("factures total energies.pdf", [i + 1])],
            bf,
            notes="host's bill (route 3)",
        )
    pdf, rf = build.rib(
        "ca",
        ["M. DUBOIS JULIEN", "OU MME DUBOIS SARAH"],
        "M. DUBOIS JULIEN OU MME DUBOIS SARAH",
        "00025",
        "00051622831",
        ["CRCAM LORRAINE", "Agence Nancy Stanislas", "54000 NANCY"],
        "c4r",
        joint=True,
        caisse="Caisse régionale de Lorraine",
    )
    F.text_pdf("RIB compte joint.pdf", pdf)
    F.doc(
        "rib",
        "text_pdf",
        [("RIB compte joint.pdf", [1])],
        rf,
        notes="joint account; the applicant appears under her usage name, middle name omitted",
    )
    finish(
        F,
        P,
        as_of,
        req(employment="not_applicable"),
        notes="married woman: passport and birth certificate in MILLER, form and RIB use DUBOIS",
    )


# ====================================================================== C5 Italy (EU), lease, contract, Revolut


def p_c5(root):
    as_of = "2026-11-09"
    P = dict(
        key="c5",
        surname="DI STEFANO",
        given="Lorenzo",
        sex="M",
        dob="1990-09-12",
        nat="ITA",
        nat_fr="italienne",
        pob_city="Bari",
        pob_country="Italie",
        addr=dict(street="31 quai de la Fosse", extra="Appt 402", zip="44000", city="NANTES"),
        phone="07 69 23 11 84",
        email="lorenzo.distefano@proton.me",
        passport=dict(viz_surname="DI STEFANO", viz_given="LORENZO"),
    )
    F = Folder(root, "packets", "c05_italie_ue_bail_meuble")
    from . import cards

    num = "CA48215KE"
    mrz = ids.td1("C", "ITA", num, P["dob"], "M", "2032-09-12", "ITA", "DI STEFANO", "LORENZO")
    style = dict(
        bg="#eef0f3",
        guil="#d2d8e2",
        band="#3a5a8c",
        country="REPUBBLICA ITALIANA",
        title="CARTA DI IDENTITÀ / IDENTITY CARD",
        code2="IT",
        labels=dict(
            number="NUMERO / NUMBER",
            surname="COGNOME / SURNAME",
            given="NOME / NAME",
            sex="SESSO / SEX",
            nationality="CITTADINANZA / NATIONALITY",
            dob="DATA DI NASCITA / DATE OF BIRTH",
            pob="LUOGO DI NASCITA / PLACE OF BIRTH",
            expiry="SCADENZA / EXPIRY",
            issue="EMISSIONE / ISSUING",
            signature="FIRMA DEL TITOLARE",
        ),
    )
    d = dict(
        number=num,
        surname="DI STEFANO",
        given_names="LORENZO",
        sex="M",
        nationality_text="ITA",
        dob_p="12.09.1990",
        expiry_p="12.09.2032",
        issue_p="03.06.2021",
        place_of_birth="BARI (BA)",
        extra=[
            ("CODICE FISCALE / FISCAL CODE", "DSTLNZ90P12A662Y"),
            ("INDIRIZZO DI RESIDENZA / RESIDENCE", "VIA SPARANO 41, BARI (BA)"),
            ("COMUNE DI / MUNICIPALITY", "BARI"),
        ],
        mrz=mrz,
    )
    fr, bk = cards.eu_id_card(d, style)
    F.image_pdf("carta identita.pdf", [card_sheet(fr, bk, x=50)], seed="c5id")
    F.doc(
        "national_id",
        "image_pdf",
        [("carta identita.pdf", [1])],
        dict(
            surname="DI STEFANO",
            given_names="LORENZO",
            document_number=num,
            nationality="ITA",
            issuing_country="ITA",
            date_of_birth="1990-09-12",
            expiry_date="2032-09-12",
            sex="M",
            mrz_valid=True,
        ),
        notes="Italian electronic identity card (CIE), EU national: no residence permit needed",
    )
    pdf, ff = build.form(
        P,
        dict(
            situation="salarie",
            profession="Ingénieur logiciel",
            contract="CDI",
            employer="Atlantique Numérique SAS, 2 rue Crucy 44000 Nantes",
            arrival="2026-04-28",
            signed_on="2026-10-30",
            fait_a="Nantes",
        ),
        mode="typed",
    )
    F.image_pdf("demande PUMa.pdf", raster_all(pdf, 200), seed="c5f", grey=True)
    F.doc(
        "application_form",
        "image_pdf",
        [("demande PUMa.pdf", [1, 2])],
        ff,
        notes="typed on a computer, printed, signed by hand and scanned",
    )
    bc = dict(
        comune="Bari",
        surname="DI STEFANO",
        given="LORENZO",
        sex="M",
        dob="1990-09-12",
        place="BARI",
        father="DI STEFANO ANTONIO",
        mother="LOSITO ROSA",
        act_no="2187",
        issued_on="2026-03-03",
        officer="dott.ssa Maria GRECO",
        seed="c5bc",
    )
    F.scan("estratto nascita.jpg", raster(civ.italy(bc), 0, 200), dpi=200)
    F.doc(
        "birth_certificate",
        "scan",
        [("estratto nascita.jpg", [1])],
        dict(
            surname="DI STEFANO",
            given_names="LORENZO",
            date_of_birth="1990-09-12",
            place_of_birth="BARI",
            issuing_country="ITA",
            language="it",
            has_apostille=False,
        ),
        notes="EU member state: exempt from apostille under Regulation (EU) 2016/1191",
    )
    lease = dict(
        seed="c5l",
        agency="Loire Habitat Conseil",
        agency_addr="6 rue de la Barillerie, 44000 Nantes",
        cpi="CPI 4401 2018 000 027 913",
        landlord="M. et Mme Yves LE GOFF",
        landlord_addr="17 avenue de la Gare, 44500 La Baule",
        tenants=["Lorenzo DI STEFANO"],
        tenants_full=["M. Lorenzo DI STEFANO, né le 12/09/1990 à Bari (Italie)"],
        address_full="31 quai de la Fosse, appartement 402, 44000 Nantes",
        surface="29",
        rooms=1,
        start="2026-05-01",
        rent=640.0,
        charges=45.0,
        place="Nantes",
        signed_on="2026-04-24",
    )
    F.text_pdf("Bail_meuble_DI_STEFANO.pdf", hou.lease_agency(lease))
    F.doc(
        "lease",
        "text_pdf",
        [("Bail_meuble_DI_STEFANO.pdf", [1, 2])],
        dict(tenant_names=["Lorenzo DI STEFANO"], landlord="Yves LE GOFF", start_date="2026-05-01"),
        notes="landlord is a couple 'M. et Mme Yves LE GOFF' represented by an agency",
    )
    c = dict(
        type="CDI",
        seed="c5c",
        employer="Atlantique Numérique",
        employer_addr=["2 rue Crucy", "44000 Nantes"],
        siret=ids.siret(ids.siren("90211845"), "0003"),
        rcs="Nantes",
        signatory="Mme Sophie RENAUD",
        signatory_role="Présidente",
        employee="M. Lorenzo DI STEFANO",
        dob="1990-09-12",
        pob="Bari (Italie)",
        nationality="italienne",
        employee_addr="31 quai de la Fosse, 44000 Nantes",
        start="2026-05-04",
        job="Ingénieur logiciel",
        gross=3900.0,
        workplace="Nantes",
        place="Nantes",
        signed_on="2026-04-15",
        font="Caladea",
        letterhead=True,
        color="#00607a",
    )
    F.text_pdf("contrat CDI.pdf", work.contract(c))
    F.doc(
        "employment_contract",
        "text_pdf",
        [("contrat CDI.pdf", [1, 2, 3])],
        dict(
            employer="Atlantique Numérique",
            employee_name="Lorenzo DI STEFANO",
            contract_type="CDI",
            job_title="Ingénieur logiciel",
            start_date="2026-05-04",
        ),
    )
    pdf, rf = build.foreign_rib(
        "revolut",
        ["Lorenzo Di Stefano"],
        "Lorenzo Di Stefano",
        "32500" + "07194628315",
        "c5r",
        holder_addr=["31 Quai de la Fosse, Apt 402", "44000 Nantes, France"],
        issue_p="18 mai 2026",
    )
    F.text_pdf("Revolut account details.pdf", pdf)
    F.doc(
        "rib",
        "text_pdf",
        [("Revolut account details.pdf", [1])],
        rf,
        notes="Lithuanian IBAN (Revolut): foreign SEPA account, legally acceptable (info)",
    )
    finish(
        F,
        P,
        as_of,
        req(residence_status="not_applicable"),
        notes="EU national with an ID card; residence_status not applicable",
    )


# ====================================================================== C6 Algeria, certificat de résidence


def p_c6(root):
    as_of = "2026-11-23"
    P = dict(
        key="c6",
        surname="BOUZIDI",
        given="Yacine",
        sex="M",
        dob="1987-01-25",
        nat="DZA",
        nat_fr="algérienne",
        pob_city="Oran",
        pob_country="Algérie",
        addr=dict(street="42 boulevard de la Libération", zip="13004", city="MARSEILLE"),
        phone="06 58 90 13 27",
        email="",
        passport=dict(
            number="198734521",
            issue="2022-11-20",
            expiry="2032-11-19",
            authority="DAIRA D'ORAN",
            personal="109870125004321",
            pob="ORAN",
            nat_text="ALGERIENNE",
        ),
    )
    F = Folder(root, "packets", "c06_algerie_certificat_residence")
    pp, ppf, _ = build.passport(P)
    F.photo("passeport.jpg", pp, long_side=2600, fill=0.75, blur=1.4)
    F.doc("passport", "phone_photo", [("passeport.jpg", [1])], ppf)
    fr, bk, tf = build.titre(
        P,
        dict(
            number="M4T8K2R6Z",
            type_line="CERTIFICAT DE RESIDENCE ALGERIEN",
            mention="SALARIE",
            valid_until="2027-06-30",
            issued_on="2026-07-01",
            prefecture="PRÉFECTURE DES BOUCHES-DU-RHÔNE",
            address=["42 BD DE LA LIBERATION", "13004 MARSEILLE"],
            card_title="CERTIFICAT DE RÉSIDENCE",
        ),
    )
    F.scan("titre recto.jpg", one_sheet(fr, w=90, dpi=250, x=20, y=20), dpi=250)
    F.scan("titre verso.jpg", one_sheet(bk, w=90, dpi=250, x=20, y=20), dpi=250)
    F.doc(
        "residence_permit",
        "scan",
        [("titre recto.jpg", [1]), ("titre verso.jpg", [1])],
        tf,
        notes="Algerian nationals get a 'certificat de résidence' (1968 agreement), not a VLS-TS",
    )
    pdf, ff = build.form(
        P,
        dict(
            situation="salarie",
            profession="Commis de cuisine",
            contract="CDI",
            employer="Brasserie du Vieux-Port SARL, 3 quai du Port 13002 Marseille",
            arrival="2024-05-20",
            signed_on="2026-11-10",
            fait_a="Marseille",
            hand_font="Rufscript",
        ),
        mode="hand",
    )
    F.image_pdf("SCAN_20261110_0001.pdf", raster_all(pdf, 200), seed="c6f", grey=True)
    F.doc("application_form", "image_pdf", [("SCAN_20261110_0001.pdf", [1, 2])], ff)
    bc = dict(
        surname="BOUZIDI",
        given="Yacine",
        sex="M",
        dob="1987-01-25",
        place="Oran",
        father="Ahmed BOUZIDI",
        mother="Fatiha MEKKI",
        act_no="00387",
        issued_on="2026-02-15",
        seed="c6bc",
        wilaya="Oran",
        daira="Oran",
        commune="Oran",
        wilaya_ar="وهران",
        surname_ar="بوزيدي",
        given_ar="ياسين",
        place_ar="وهران",
        father_ar="أحمد بوزيدي",
        mother_ar="فتيحة مكي",
    )
    F.scan("extrait naissance S12.jpg", raster(civ.algeria(bc), 0, 200), dpi=200)
    F.doc(
        "birth_certificate",
        "scan",
        [("extrait naissance S12.jpg", [1])],
        dict(
            surname="BOUZIDI",
            given_names="Yacine",
            date_of_birth="1987-01-25",
            place_of_birth="Oran",
            issuing_country="DZA",
            language="fr/ar",
            has_apostille=False,
        ),
        notes="Algeria is not party to the Apostille Convention; Algerian civil-status extracts are exempt from "
        "legalisation in France under the Franco-Algerian judicial protocol of 28 August 1962, so no apostille "
        "is expected",
    )
    lease = dict(
        seed="c6l",
        landlord="SCI Les Acacias, représentée par M. Paul ROUX",
        landlord_addr="28 rue Paradis, 13001 Marseille",
        tenants=["Yacine BOUZIDI"],
        tenants_full=["M. Yacine BOUZIDI, né le 25/01/1987 à Oran (Algérie)"],
        address_full="42 boulevard de la Libération, 2e étage droite, 13004 Marseille",
        surface="34",
        rooms=2,
        start="2024-06-01",
        rent=620.0,
        charges=40.0,
        place="Marseille",
        signed_on="2024-05-27",
    )
    F.image_pdf("bail location.pdf", raster_all(hou.lease_official(lease), 200), seed="c6l")
    F.doc(
        "lease",
        "image_pdf",
        [("bail location.pdf", [1, 2, 3, 4])],
        dict(tenant_names=["Yacine BOUZIDI"], landlord="SCI Les Acacias", start_date="2024-06-01"),
    )
    s = dict(
        seed="c6p",
        employer="Brasserie du Vieux-Port SARL",
        employer_addr=["3 quai du Port", "13002 Marseille"],
        siret=ids.siret(ids.siren("53377120"), "0015"),
        employee="M. BOUZIDI YACINE",
        employee_addr=["42 bd de la Libération", "13004 Marseille"],
        job="Commis de cuisine",
        hired="2024-06-10",
        period="2026-10",
        start="2026-10-01",
        end="2026-10-31",
        paid="2026-11-03",
        gross=1890.0,
        nir_p="1 87 01 99 352 041 %s" % ids.nir_key("1870199352041"),
    )
    F.scan("fiche de paie octobre.jpg", raster(work.payslip_sage(s), 0, 200), dpi=200, grey=True)
    F.doc(
        "payslip",
        "scan",
        [("fiche de paie octobre.jpg", [1])],
        dict(
            employer="Brasserie du Vieux-Port SARL",
            employee_name="BOUZIDI YACINE",
            period="2026-10",
        ),
    )
    pdf, rf = build.rib(
        "lbp",
        ["M YACINE BOUZIDI", "42 BD DE LA LIBERATION", "13004 MARSEILLE"],
        "M YACINE BOUZIDI",
        "01008",
        "12437010290",
        ["La Banque Postale", "Centre Financier de Marseille", "13900 MARSEILLE CEDEX 20"],
        "c6r",
    )
    F.text_pdf("RIB_LBP.pdf", pdf)
    F.doc("rib", "text_pdf", [("RIB_LBP.pdf", [1])], rf)
    finish(F, P, as_of, req())


# ====================================================================== C7 UK, retired, Orange bills


def p_c7(root):
    as_of = "2026-11-30"
    P = dict(
        key="c7",
        surname="HUGHES",
        given="Margaret Anne",
        sex="F",
        dob="1971-07-08",
        nat="GBR",
        nat_fr="britannique",
        pob_city="Cardiff",
        pob_country="Royaume-Uni",
        addr=dict(street="3 place du Marché", zip="24100", city="BERGERAC"),
        phone="05 53 24 19 66",
        email="maggie.hughes71@btinternet.com",
        passport=dict(
            number="537912846",
            issue="2024-01-15",
            expiry="2034-01-15",
            authority="HMPO",
            pob="CARDIFF",
            nat_text="BRITISH CITIZEN",
        ),
    )
    F = Folder(root, "packets", "c07_royaume_uni_retraitee_factures")
    pp, ppf, _ = build.passport(P, opt_cd_filler=True)
    vs, vsf = build.visa(
        P,
        dict(
            type="D",
            vls_ts=True,
            mention="VISITEUR",
            valid_from="2026-05-01",
            valid_until="2027-04-30",
            number="023118460",
            issued_at="LONDRES",
            issued_on="2026-04-08",
            remarks=["VLS-TS VISITEUR", "ACTIVITE PROFESSIONNELLE INTERDITE"],
        ),
    )
    F.image_pdf(
        "passport and visa.pdf",
        [one_sheet(pp, x=40, y=40), one_sheet(vs, w=118, x=45, y=45)],
        seed="c7pv",
    )
    F.doc(
        "passport",
        "image_pdf",
        [("passport and visa.pdf", [1])],
        ppf,
        notes="UK passport prints dates with 2-digit years ('08 JUL /JUIL 71'); MRZ optional-data check digit is '<'",
    )
    F.doc("long_stay_visa", "image_pdf", [("passport and visa.pdf", [2])], vsf)
    pdf, ff = build.form(
        P,
        dict(
            situation="sans_activite",
            arrival="2026-05-03",
            signed_on="2026-11-18",
            fait_a="Bergerac",
            hand_font="dkg",
        ),
        mode="hand",
    )
    F.image_pdf("CPAM form.pdf", raster_all(pdf, 200), seed="c7f")
    F.doc("application_form", "image_pdf", [("CPAM form.pdf", [1, 2])], ff)
    bc = dict(
        surname="Hughes",
        given="Margaret Anne",
        sex="F",
        dob="1971-07-08",
        place="University Hospital of Wales, Heath Park, Cardiff",
        father="Gareth Owen HUGHES",
        father_bp="Swansea",
        father_occ="Electrical engineer",
        mother="Eileen Mary HUGHES",
        mother_bp="Newport",
        mother_maiden="PRICE",
        address="14 Llandaff Road, Cardiff",
        informant="G. O. Hughes, Father",
        registered="1971-07-21",
        registrar="R. Williams, Registrar",
        district="Cardiff",
        subdistrict="Cardiff",
        area="City of Cardiff",
        entry_no="412",
        cert_no="482917",
        app_no="9182736",
        issued_on="2025-10-02",
        seed="c7bc",
    )
    ap, apf = apost(
        "United Kingdom of Great Britain and Northern Ireland",
        "R. Taylor",
        "Officer of the General Register Office",
        "The General Register Office",
        "Milton Keynes",
        "2025-10-09",
        "HM Principal Secretary of State for Foreign, Commonwealth and Development Affairs",
        "APO-8827156",
        "c7ap",
        lang="en",
        datefmt=lambda s: "09 October 2025",
        stamp_top="FOREIGN COMMONWEALTH",
        stamp_bottom="DEVELOPMENT OFFICE",
    )
    F.image_pdf(
        "birth cert + apostille.pdf", [raster(civ.uk(bc), 0, 200), raster(ap, 0, 200)], seed="c7b"
    )
    F.doc(
        "birth_certificate",
        "image_pdf",
        [("birth cert + apostille.pdf", [1])],
        dict(
            surname="HUGHES",
            given_names="Margaret Anne",
            date_of_birth="1971-07-08",
            place_of_birth="Cardiff",
            issuing_country="GBR",
            language="en",
            has_apostille=True,
        ),
        notes="GRO certified copy, landscape, hand-written entries; name in box 2 'Name and surname'",
    )
    F.doc("apostille", "image_pdf", [("birth cert + apostille.pdf", [2])], apf)
    addr = addr_lines(P, "MME MARGARET HUGHES")
    names = [
        "Facture_Orange_aout2026.pdf",
        "Facture_Orange_sept2026.pdf",
        "Facture_Orange_oct2026.pdf",
    ]
    for i, (s, e) in enumerate(build.monthly_periods("2026-08", 3, day=4)):
        pdf, bf = build.bill(
            "orange",
            "MME MARGARET HUGHES",
            addr,
            s,
            e,
            s,
            "c7or%d" % i,
            [42.99, 42.99, 45.98][i],
            client_no="0512 847 392",
            line_no="05 53 24 19 66",
            service="internet",
        )
        F.text_pdf(names[i], pdf)
        F.doc("utility_bill", "text_pdf", [(names[i], [1])], bf)
    pdf, rf = build.rib(
        "lcl",
        ["MME MARGARET HUGHES"],
        "MME MARGARET HUGHES",
        "01876",
        "00004172981",
        ["LCL BERGERAC", "12 rue de la Résistance", "24100 BERGERAC"],
        "c7r",
        holder_addr=["3 PLACE DU MARCHE", "24100 BERGERAC"],
    )
    F.text_pdf("RIB LCL.pdf", pdf)
    F.doc(
        "rib",
        "text_pdf",
        [("RIB LCL.pdf", [1])],
        rf,
        notes="middle name omitted on the RIB and bills",
    )
    finish(F, P, as_of, req(employment="not_applicable"))


# ====================================================================== C8 Ukraine, hosted, CDD, translation


def p_c8(root):
    as_of = "2026-11-18"
    P = dict(
        key="c8",
        surname="KOVALENKO",
        given="Oleksandr",
        sex="M",
        dob="1992-03-20",
        nat="UKR",
        nat_fr="ukrainienne",
        pob_city="Kharkiv",
        pob_country="Ukraine",
        addr=dict(
            street="19 rue Nationale", extra="chez Mme Nadia PETIT", zip="37000", city="TOURS"
        ),
        phone="07 81 44 26 93",
        email="o.kovalenko92@ukr.net",
        passport=dict(
            number="FT284613",
            issue="2023-02-01",
            expiry="2033-02-01",
            authority="8012",
            personal="19920320-01234",
            pob="ХАРКІВСЬКА ОБЛ./UKR",
            nat_text="УКРАЇНА/UKRAINE",
        ),
    )
    F = Folder(root, "packets", "c08_ukraine_hebergee_cdd_traduction")
    pp, ppf, _ = build.passport(P)
    F.photo("passport.jpg", pp, long_side=3000, fill=0.72)
    F.doc("passport", "phone_photo", [("passport.jpg", [1])], ppf)
    vs, vsf = build.visa(
        P,
        dict(
            type="D",
            vls_ts=True,
            mention="TRAVAILLEUR TEMPORAIRE",
            valid_from="2026-06-01",
            valid_until="2027-05-31",
            number="024407715",
            issued_at="KYIV",
            issued_on="2026-05-12",
            remarks=["VLS-TS TRAVAILLEUR TEMPORAIRE", "VALIDATION EN LIGNE OBLIGATOIRE"],
        ),
    )
    F.photo("visa.jpg", vs, long_side=3000, fill=0.72, rotate=180)
    F.doc(
        "long_stay_visa",
        "phone_photo",
        [("visa.jpg", [1])],
        vsf,
        notes="photo upside down (rotated 180°)",
    )
    pdf, ff = build.form(
        P,
        dict(
            situation="salarie",
            profession="Technicien de maintenance",
            contract="CDD",
            employer="Loire Froid Services, 7 rue Édouard Vaillant 37000 Tours",
            arrival="2026-06-08",
            signed_on="2026-11-06",
            fait_a="Tours",
            hand_font="Breip",
        ),
        mode="hand",
    )
    F.image_pdf("Demande.pdf", raster_all(pdf, 200), seed="c8f")
    F.doc("application_form", "image_pdf", [("Demande.pdf", [1, 2])], ff)
    bc = dict(
        surname_uk="КОВАЛЕНКО",
        given_uk="Олександр",
        patronymic_uk="Вікторович",
        dob="1992-03-20",
        place_uk="м. Харків, Харківська обл., Україна",
        registered="1992-03-27",
        act_no="1184",
        father_uk="Коваленко Віктор Іванович",
        mother_uk="Коваленко Ольга Петрівна",
        office_uk="Відділ ДРАЦС Київського району м. Харкова",
        issued_on="2025-09-03",
        series="I-ВЛ",
        number="482917",
        seed="c8bc",
    )
    ap, apf = apost(
        "Україна / Ukraine",
        "Мельник О. В. / O. V. Melnyk",
        "Начальник відділу ДРАЦС / Head of civil registration office",
        "Відділ ДРАЦС / Civil registration office, Kharkiv",
        "Харків / Kharkiv",
        "2025-09-10",
        "Східне міжрегіональне управління Міністерства юстиції / Eastern Interregional "
        "Department of the Ministry of Justice",
        "1472/25",
        "c8ap",
        lang="uk",
        font="DejaVuSerif",
        value_font="DejaVuSans-Bold",
        datefmt=lambda s: "10.09.2025",
        stamp_top="МІНІСТЕРСТВО ЮСТИЦІЇ",
        stamp_bottom="УКРАЇНА",
    )
    F.image_pdf(
        "svidotstvo_apostil.pdf", [raster(civ.ukraine(bc), 0, 220), raster(ap, 0, 200)], seed="c8b"
    )
    F.doc(
        "birth_certificate",
        "image_pdf",
        [("svidotstvo_apostil.pdf", [1])],
        dict(
            surname="КОВАЛЕНКО",
            given_names="Олександр Вікторович",
            date_of_birth="1992-03-20",
            place_of_birth="м. Харків",
            issuing_country="UKR",
            language="uk",
            has_apostille=True,
        ),
        notes="Cyrillic only (KOVALENKO Oleksandr Viktorovych, patronymic after the given name); A5 format",
    )
    F.doc("apostille", "image_pdf", [("svidotstvo_apostil.pdf", [2])], apf)
    tr = dict(
        seed="c8t",
        translator="Irina LEFÈVRE",
        court="Orléans",
        translator_addr="21 rue Colbert, 37000 Tours",
        phone="02 47 61 20 84",
        email="i.lefevre.traduction@orange.fr",
        number="2025-1187",
        source_lang="ukrainien",
        source_lang_adj="ukrainienne",
        header=["UKRAINE", "ACTE DE NAISSANCE (SVIDOTSTVO PRO NARODJENNIA)"],
        rows=[
            ("Nom :", "KOVALENKO"),
            ("Prénom :", "Oleksandr"),
            ("Patronyme :", "Viktorovych"),
            ("Date de naissance :", "20 mars 1992"),
            ("Lieu de naissance :", "Kharkiv, région de Kharkiv, Ukraine"),
            ("Acte n° :", "1184 du 27 mars 1992"),
            ("Père :", "KOVALENKO Viktor Ivanovych"),
            ("Mère :", "KOVALENKO Olha Petrivna"),
            (
                "Lieu d'enregistrement :",
                "Service d'état civil, arrondissement de Kyivskyi, Kharkiv",
            ),
            ("Date de délivrance :", "3 septembre 2025"),
            ("Série et numéro :", "I-VL n° 482917"),
        ],
        paras=[
            "Apostille n° 1472/25 du 10 septembre 2025 délivrée par le Service interrégional de l'Est du "
            "ministère de la Justice d'Ukraine."
        ],
        place="Tours",
        date="2025-10-06",
        seal="Ministère de la Justice",
    )
    F.text_pdf("traduction acte de naissance.pdf", civ.translation(tr))
    F.doc("translation", "text_pdf", [("traduction acte de naissance.pdf", [1])], {})
    host = dict(
        surname="PETIT",
        given="Nadia Claire",
        sex="F",
        dob="1979-12-04",
        cni=dict(
            number="T7M2X9KQ4",
            expiry="2033-01-09",
            issue="2023-01-10",
            pob="TOURS (37)",
            authority="Préfecture d'Indre-et-Loire",
            address=["19 RUE NATIONALE", "37000 TOURS"],
        ),
    )
    fr, bk, hf = build.cni_2021(host)
    F.photo("cni recto.jpg", fr, long_side=2400, fill=0.6)
    F.photo("cni verso.jpg", bk, long_side=2400, fill=0.6)
    F.doc(
        "national_id",
        "phone_photo",
        [("cni recto.jpg", [1]), ("cni verso.jpg", [1])],
        hf,
        notes="host's identity card",
    )
    att = dict(
        seed="c8a",
        hand_font="dkg",
        size=14,
        lines=[
            "Je soussignée Nadia PETIT, née le 04/12/1979 à Tours,",
            "demeurant 19 rue Nationale, 37000 Tours, certifie",
            "sur l'honneur héberger à mon domicile",
            "M. Oleksandr KOVALENKO, né le 20/03/1992",
            "à Kharkiv (Ukraine), depuis le 10 juin 2026.",
            "",
            "Fait pour servir et valoir ce que de droit.",
        ],
        fait="À Tours, le 5 novembre 2026",
    )
    F.photo("attestation.jpg", raster(hou.attestation_hand(att), 0, 170), long_side=3000, rotate=90)
    F.doc(
        "hosting_attestation",
        "phone_photo",
        [("attestation.jpg", [1])],
        dict(
            host_name="Nadia PETIT",
            hosted_name="Oleksandr KOVALENKO",
            since_date="2026-06-10",
            signed=True,
            signed_on="2026-11-05",
        ),
        notes="hand-written; photo rotated 90°",
    )
    haddr = ["MME NADIA PETIT", "19 RUE NATIONALE", "37000 TOURS"]
    sheets, bfs = [], []
    for i, (s, e) in enumerate(build.monthly_periods("2026-08", 3, day=12)):
        pdf, bf = build.bill(
            "sfr",
            "MME NADIA PETIT",
            haddr,
            s,
            e,
            build.add_days(e, 1),
            "c8sfr%d" % i,
            [39.99, 39.99, 41.99][i],
            client_no="0291 774 305",
            line_no="02 47 05 61 38",
            offer="SFR Fibre Power",
        )
        sheets.append(raster(pdf, 0, 200))
        bfs.append(bf)
    F.image_pdf("factures SFR Nadia.pdf", sheets, seed="c8sfr", grey=True)
    for i, bf in enumerate(bfs):
        F.doc(
            "utility_bill",
            "image_pdf",
            [("factures SFR Nadia.pdf", [i + 1])],
            bf,
            notes="host's bill (route 3), first page only",
        )
    c = dict(
        type="CDD",
        seed="c8c",
        employer="Loire Froid Services",
        employer_addr=["7 rue Édouard Vaillant", "37000 Tours"],
        siret=ids.siret(ids.siren("79018822"), "0021"),
        rcs="Tours",
        form="SARL",
        capital="20 000",
        signatory="M. Didier MOREAU",
        signatory_role="Gérant",
        employee="M. Oleksandr KOVALENKO",
        dob="1992-03-20",
        pob="Kharkiv (Ukraine)",
        nationality="ukrainienne",
        employee_addr="chez Mme Nadia PETIT, 19 rue Nationale, 37000 Tours",
        start="2026-06-15",
        end="2027-05-28",
        job="Technicien de maintenance frigorifique",
        status="technicien",
        gross=2250.0,
        workplace="Tours et département d'Indre-et-Loire",
        place="Tours",
        signed_on="2026-06-12",
        motif="la maintenance estivale des installations",
        font="LiberationSerif",
        hand_font="Breip",
        idcc="nationale des entreprises d'installation sans fabrication (IDCC 1412)",
    )
    F.image_pdf("CDD Loire Froid.pdf", raster_all(work.contract(c), 200), seed="c8c", grey=True)
    F.doc(
        "employment_contract",
        "image_pdf",
        [("CDD Loire Froid.pdf", [1, 2, 3])],
        dict(
            employer="Loire Froid Services",
            employee_name="Oleksandr KOVALENKO",
            contract_type="CDD",
            job_title="Technicien de maintenance frigorifique",
            start_date="2026-06-15",
        ),
    )
    pdf, rf = build.rib(
        "bourso_app",
        ["M OLEKSANDR KOVALENKO"],
        "M OLEKSANDR KOVALENKO",
        "00001",
        "00027419385",
        ["BoursoBank, 44 rue Traversière, 92100 Boulogne-Billancourt"],
        "c8r",
        clock="09:41",
    )
    F.screenshot("IMG_4410.PNG", raster(pdf, 0, 216))
    F.doc("rib", "screenshot", [("IMG_4410.PNG", [1])], rf)
    finish(F, P, as_of, req())


# ====================================================================== C9 India, Bouygues bills, payslip


def p_c9(root):
    as_of = "2026-11-12"
    P = dict(
        key="c9",
        surname="SHARMA",
        given="Priya Lakshmi",
        sex="F",
        dob="1994-07-23",
        nat="IND",
        nat_fr="indienne",
        pob_city="Mumbai",
        pob_country="Inde",
        addr=dict(street="56 avenue Jean Jaurès", extra="Bât. B", zip="92120", city="MONTROUGE"),
        phone="06 09 81 27 44",
        email="priya.sharma.fr@gmail.com",
        passport=dict(
            number="W4827163",
            issue="2022-04-11",
            expiry="2032-04-10",
            authority="MUMBAI",
            pob="MUMBAI, MAHARASHTRA",
            nat_text="INDIAN",
        ),
    )
    F = Folder(root, "packets", "c09_inde_factures_bouygues")
    pp, ppf, _ = build.passport(P)
    vs, vsf = build.visa(
        P,
        dict(
            type="D",
            vls_ts=True,
            mention="PASSEPORT TALENT",
            valid_from="2026-02-01",
            valid_until="2027-01-31",
            number="018845290",
            issued_at="MUMBAI",
            issued_on="2026-01-12",
            remarks=["VLS-TS PASSEPORT TALENT", "SALARIE QUALIFIE"],
        ),
    )
    F.image_pdf("passport_visa.pdf", [pp_visa_sheet(pp, vs)], seed="c9pv")
    F.doc("passport", "image_pdf", [("passport_visa.pdf", [1])], ppf)
    F.doc("long_stay_visa", "image_pdf", [("passport_visa.pdf", [1])], vsf)
    pdf, ff = build.form(
        P,
        dict(
            situation="salarie",
            profession="Data scientist",
            contract="CDI",
            employer="Quantix Analytics SAS, 40 rue de Bagneux 92120 Montrouge",
            arrival="2026-02-03",
            signed_on="2026-11-03",
            fait_a="Montrouge",
            hand_font="Rufscript",
            given="Priya",
        ),
        mode="hand",
    )
    imgs = raster_all(pdf, 200)
    F.scan("S1106 p1.jpg", imgs[0], dpi=200)
    F.scan("S1106 p2.jpg", imgs[1], dpi=200)
    F.doc(
        "application_form",
        "scan",
        [("S1106 p1.jpg", [1]), ("S1106 p2.jpg", [1])],
        ff,
        notes="middle name Lakshmi omitted on the form",
    )
    bc = dict(
        surname="SHARMA",
        given="PRIYA LAKSHMI",
        sex="F",
        dob="1994-07-23",
        place="HOLY FAMILY HOSPITAL, BANDRA (W), MUMBAI",
        mother="MEENA RAJESH SHARMA",
        father="RAJESH KUMAR SHARMA",
        addr="FLAT 12, SAI KRUPA CHS, HILL ROAD, BANDRA (W), MUMBAI 400050",
        reg_no="H/W/1994/04127",
        reg_date="29-07-1994",
        issued_on="2025-08-21",
        seed="c9bc",
        corp="MUNICIPAL CORPORATION OF GREATER MUMBAI",
        ward="H/WEST WARD",
        tahsil="ANDHERI",
        district="MUMBAI SUBURBAN",
    )
    ap, apf = apost(
        "India",
        "Dr. S. K. Patil",
        "Registrar of Births and Deaths",
        "Municipal Corporation of Greater Mumbai",
        "New Delhi",
        "2025-09-04",
        "Ministry of External Affairs, Government of India",
        "MH-2025-0942718",
        "c9ap",
        lang="en",
        datefmt=lambda s: "04/09/2025",
        stamp_top="MINISTRY OF EXTERNAL AFFAIRS",
        stamp_bottom="GOVT OF INDIA",
        stamp_color="#5a2a7a",
    )
    F.image_pdf(
        "Birth Certificate.pdf", [raster(civ.india(bc), 0, 200), raster(ap, 0, 200)], seed="c9b"
    )
    F.doc(
        "birth_certificate",
        "image_pdf",
        [("Birth Certificate.pdf", [1])],
        dict(
            surname="SHARMA",
            given_names="PRIYA LAKSHMI",
            date_of_birth="1994-07-23",
            place_of_birth="MUMBAI",
            issuing_country="IND",
            language="en/mr",
            has_apostille=True,
        ),
        notes="name printed as one line 'PRIYA LAKSHMI SHARMA' (given names first)",
    )
    F.doc("apostille", "image_pdf", [("Birth Certificate.pdf", [2])], apf)
    addr = addr_lines(P, "MME PRIYA SHARMA")
    names = ["IMG_2034.jpeg", "IMG_2035.jpeg", "IMG_2036.jpeg"]
    for i, (s, e) in enumerate(build.monthly_periods("2026-07", 3, day=20)):
        pdf, bf = build.bill(
            "bouygues",
            "MME PRIYA SHARMA",
            addr,
            s,
            e,
            build.add_days(e, 1),
            "c9bt%d" % i,
            [24.99, 24.99, 27.99][i],
            client_no="1.27490563",
            line_no="06 09 81 27 44",
            greeting="Priya",
            offer="B&You 130 Go",
        )
        F.photo(names[i], raster(pdf, 0, 170), long_side=3024, rotate=90 if i == 1 else 0)
        F.doc(
            "utility_bill",
            "phone_photo",
            [(names[i], [1])],
            bf,
            notes="photo rotated 90°" if i == 1 else None,
        )
    s = dict(
        seed="c9p",
        employer="Quantix Analytics SAS",
        employer_addr=["40 rue de Bagneux", "92120 Montrouge"],
        siret=ids.siret(ids.siren("88302651"), "0004"),
        employee="Mme Priya Lakshmi SHARMA",
        employee_addr=["56 avenue Jean Jaurès, Bât. B", "92120 Montrouge"],
        job="Data scientist",
        hired="2026-02-09",
        period="2026-10",
        start="2026-10-01",
        end="2026-10-31",
        paid="2026-10-29",
        gross=4583.33,
        pas_rate=0.082,
        status="Cadre - position 2.2",
        months=9,
    )
    F.text_pdf("Bulletin_2026_10.pdf", work.payslip_clarifie(s))
    F.doc(
        "payslip",
        "text_pdf",
        [("Bulletin_2026_10.pdf", [1])],
        dict(
            employer="Quantix Analytics SAS", employee_name="Priya Lakshmi SHARMA", period="2026-10"
        ),
    )
    pdf, rf = build.rib(
        "sg",
        ["MME PRIYA SHARMA"],
        "MME PRIYA SHARMA",
        "04170",
        "00050612973",
        ["SG MONTROUGE", "83 avenue de la République", "92120 MONTROUGE"],
        "c9r",
        holder_addr=["56 AVENUE JEAN JAURES", "92120 MONTROUGE"],
    )
    F.text_pdf("RIB SG.pdf", pdf)
    F.doc("rib", "text_pdf", [("RIB SG.pdf", [1])], rf)
    finish(F, P, as_of, req())


# ====================================================================== X1 Turkey, passport expired


def p_x1(root):
    as_of = "2026-11-20"
    tc = ids.tckn("284615907")
    P = dict(
        key="x1",
        surname="YILMAZ",
        given="Mehmet Ali",
        sex="M",
        dob="1995-10-02",
        nat="TUR",
        nat_fr="turque",
        pob_city="Izmir",
        pob_country="Turquie",
        addr=dict(street="17 rue Bayard", zip="31000", city="TOULOUSE"),
        phone="07 66 18 29 40",
        email="mehmetali.yilmaz@gmail.com",
        passport=dict(
            number="U18273645",
            issue="2016-09-15",
            expiry="2026-09-14",
            authority="İZMİR",
            personal=tc,
            pob="İZMİR",
            nat_text="T.C./TUR",
        ),
    )
    F = Folder(root, "packets", "x01_turquie_passeport_expire")
    pp, ppf, _ = build.passport(P)
    F.scan("pasaport.jpg", one_sheet(pp, x=35, y=35, w=135), dpi=200)
    F.doc(
        "passport",
        "scan",
        [("pasaport.jpg", [1])],
        ppf,
        notes="DEFECT: expired on 2026-09-14, before as_of",
    )
    fr, bk, tf = build.titre(
        P,
        dict(
            number="P9W2K7M4X",
            type_line="CARTE DE SEJOUR PLURIANNUELLE",
            mention="ETUDIANT",
            valid_until="2028-08-31",
            issued_on="2025-09-10",
            prefecture="PRÉFECTURE DE LA HAUTE-GARONNE",
            address=["17 RUE BAYARD", "31000 TOULOUSE"],
        ),
    )
    F.image_pdf("titre de sejour.pdf", [card_sheet(fr, bk)], seed="x1ts")
    F.doc("residence_permit", "image_pdf", [("titre de sejour.pdf", [1])], tf)
    pdf, ff = build.form(
        P,
        dict(
            situation="etudiant",
            arrival="2025-09-08",
            signed_on="2026-11-09",
            fait_a="Toulouse",
            hand_font="HumorSans",
        ),
        mode="hand",
    )
    F.image_pdf("formulaire.pdf", raster_all(pdf, 200), seed="x1f")
    F.doc("application_form", "image_pdf", [("formulaire.pdf", [1, 2])], ff)
    bc = dict(
        tckn=tc,
        surname="YILMAZ",
        given="MEHMET ALİ",
        father="HASAN",
        mother="AYŞE",
        place="KARŞIYAKA",
        dob="1995-10-02",
        sex="M",
        province="İZMİR",
        district="KARŞIYAKA",
        mahalle="BOSTANLI MAH.",
        cilt="35-12 / 1042 / 8",
        issued_on="2025-07-01",
        verif="NVI-7K2P-91XQ-4T8M",
        officer="Zeynep KAYA",
        seed="x1bc",
    )
    ap, apf = apost(
        "Türkiye Cumhuriyeti / Republic of Türkiye",
        "Zeynep KAYA",
        "Nüfus Müdürü / Registrar",
        "Karşıyaka İlçe Nüfus Müdürlüğü",
        "Karşıyaka / İzmir",
        "2025-07-04",
        "Karşıyaka Kaymakamlığı / District Governorate",
        "2025/48127",
        "x1ap",
        lang="tr",
        datefmt=lambda s: "04.07.2025",
        stamp_top="T.C. KARSIYAKA KAYMAKAMLIGI",
    )
    F.image_pdf(
        "dogum belgesi apostil.pdf",
        [raster(civ.turkey(bc), 0, 200), raster(ap, 0, 200)],
        seed="x1b",
    )
    F.doc(
        "birth_certificate",
        "image_pdf",
        [("dogum belgesi apostil.pdf", [1])],
        dict(
            surname="YILMAZ",
            given_names="MEHMET ALİ",
            date_of_birth="1995-10-02",
            place_of_birth="KARŞIYAKA",
            issuing_country="TUR",
            language="tr/en",
            has_apostille=True,
        ),
    )
    F.doc("apostille", "image_pdf", [("dogum belgesi apostil.pdf", [2])], apf)
    lease = dict(
        seed="x1l",
        agency="Capitole Gestion",
        agency_addr="21 rue de Metz, 31000 Toulouse",
        cpi="CPI 3101 2016 000 012 404",
        landlord="M. Jean-Pierre DELMAS",
        landlord_addr="5 impasse des Vignes, 31320 Castanet-Tolosan",
        tenants=["Mehmet Ali YILMAZ"],
        tenants_full=["M. Mehmet Ali YILMAZ, né le 02/10/1995 à Izmir (Turquie)"],
        address_full="17 rue Bayard, 4e étage, 31000 Toulouse",
        surface="21",
        rooms=1,
        start="2025-09-15",
        rent=520.0,
        charges=35.0,
        place="Toulouse",
        signed_on="2025-09-09",
        agency_color="#8c2d19",
    )
    F.text_pdf("bail.pdf", hou.lease_agency(lease))
    F.doc(
        "lease",
        "text_pdf",
        [("bail.pdf", [1, 2])],
        dict(
            tenant_names=["Mehmet Ali YILMAZ"],
            landlord="Jean-Pierre DELMAS",
            start_date="2025-09-15",
        ),
    )
    pdf, rf = build.rib(
        "cm",
        ["M YILMAZ MEHMET ALI"],
        "M YILMAZ MEHMET ALI",
        "03100",
        "00020388514",
        ["CCM TOULOUSE SAINT-CYPRIEN", "30 allées Charles de Fitte", "31300 TOULOUSE"],
        "x1r",
    )
    F.text_pdf("RIB.pdf", pdf)
    F.doc("rib", "text_pdf", [("RIB.pdf", [1])], rf)
    finish(
        F,
        P,
        as_of,
        req(identity="invalid", employment="not_applicable"),
        defect="passport expired at the audit date (expiry 2026-09-14)",
    )


# ====================================================================== X2 Philippines, type C visa


def p_x2(root):
    as_of = "2026-11-25"
    P = dict(
        key="x2",
        surname="SANTOS",
        given="Maria Cristina",
        sex="F",
        dob="1991-12-05",
        nat="PHL",
        nat_fr="philippine",
        pob_city="Quezon City",
        pob_country="Philippines",
        addr=dict(street="9 rue Victor Hugo", zip="06000", city="NICE"),
        phone="07 52 30 91 12",
        email="mcsantos91@yahoo.com",
        passport=dict(
            number="P4827361B",
            issue="2020-07-20",
            expiry="2030-07-19",
            authority="DFA MANILA",
            personal="REYES",
            pob="QUEZON CITY",
            nat_text="FILIPINO",
        ),
    )
    F = Folder(root, "packets", "x02_philippines_visa_court_sejour")
    pp, ppf, _ = build.passport(P)
    vs, vsf = build.visa(
        P,
        dict(
            type="C",
            vls_ts=False,
            mention="TOURISME",
            valid_from="2026-08-01",
            valid_until="2026-12-20",
            number="027731942",
            issued_at="MANILLE",
            issued_on="2026-07-14",
            days="90",
            remarks=["TOURISME / VISITE FAMILIALE"],
        ),
    )
    F.scan("scan0001.jpg", pp_visa_sheet(pp, vs), dpi=200)
    F.doc(
        "passport",
        "scan",
        [("scan0001.jpg", [1])],
        ppf,
        notes="middle name REYES printed in its own field",
    )
    F.doc(
        "long_stay_visa",
        "scan",
        [("scan0001.jpg", [1])],
        vsf,
        notes="DEFECT: Schengen short-stay visa (type C, 90 days), not a long-stay visa",
    )
    pdf, ff = build.form(
        P,
        dict(
            situation="sans_activite",
            arrival="2026-08-03",
            signed_on="2026-11-13",
            fait_a="Nice",
            hand_font="Breip",
        ),
        mode="hand",
    )
    F.image_pdf("scan0002.pdf", raster_all(pdf, 200), seed="x2f")
    F.doc("application_form", "image_pdf", [("scan0002.pdf", [1, 2])], ff)
    bc = dict(
        first="MARIA CRISTINA",
        middle="REYES",
        surname="SANTOS",
        sex="F",
        dob="1991-12-05",
        place_full="ST. LUKE'S MEDICAL CENTER, QUEZON CITY, METRO MANILA",
        mother="LUZVIMINDA CRUZ REYES",
        father="ROBERTO DELA CRUZ SANTOS",
        residence="45 MAGINHAWA ST., TEACHERS VILLAGE, QUEZON CITY",
        marriage="JUNE 14, 1988 — QUEZON CITY",
        province="METRO MANILA",
        city="QUEZON CITY",
        reg_no="91-28714",
        issued_on="2025-11-18",
        officer="CLAIRE DENNIS S. MAPA",
        psa_sn="A0048217395",
        seed="x2bc",
    )
    F.scan("PSA birth certificate.jpg", raster(civ.philippines(bc), 0, 200), dpi=200)
    F.doc(
        "birth_certificate",
        "scan",
        [("PSA birth certificate.jpg", [1])],
        dict(
            surname="SANTOS",
            given_names="MARIA CRISTINA",
            date_of_birth="1991-12-05",
            place_of_birth="QUEZON CITY",
            issuing_country="PHL",
            language="en",
            has_apostille=True,
        ),
        notes="'Middle' box holds the mother's maiden surname REYES, not a given name",
    )
    ap, apf = apost(
        "Republic of the Philippines",
        "Claire Dennis S. Mapa",
        "Civil Registrar General",
        "Philippine Statistics Authority",
        "Manila",
        "2025-11-25",
        "Department of Foreign Affairs",
        "AP-2025-1187264",
        "x2ap",
        lang="en",
        style="eapostille",
        header=[
            "DEPARTMENT OF FOREIGN AFFAIRS",
            "Office of Consular Affairs — Authentication Division",
        ],
        datefmt=lambda s: "25 November 2025",
        band="#1b3a8c",
        verify="Scan the QR code or visit apostille.dfa.gov.ph to verify this apostille.",
    )
    F.scan("apostille.jpg", raster(ap, 0, 200), dpi=200)
    F.doc("apostille", "scan", [("apostille.jpg", [1])], apf)
    addr = addr_lines(P, "MME MARIA CRISTINA SANTOS")
    sheets, bfs = [], []
    for i, (s, e) in enumerate(build.monthly_periods("2026-08", 3, day=6)):
        pdf, bf = build.bill(
            "sfr",
            "MME MARIA CRISTINA SANTOS",
            addr,
            s,
            e,
            build.add_days(e, 1),
            "x2sfr%d" % i,
            [19.99, 19.99, 19.99][i],
            client_no="0612 447 019",
            line_no="07 52 30 91 12",
            offer="SFR Mobile 100 Go",
            service="mobile",
        )
        sheets.append(raster(pdf, 0, 200))
        bfs.append(bf)
    F.image_pdf("SFR factures.pdf", sheets, seed="x2sfr")
    for i, bf in enumerate(bfs):
        F.doc("utility_bill", "image_pdf", [("SFR factures.pdf", [i + 1])], bf)
    pdf, rf = build.rib(
        "lbp",
        ["MME MARIA CRISTINA SANTOS"],
        "MME MARIA CRISTINA SANTOS",
        "01040",
        "07718293401",
        ["La Banque Postale", "Centre Financier de Marseille", "13900 MARSEILLE CEDEX 20"],
        "x2r",
    )
    F.scan("RIB poste.jpg", raster(pdf, 0, 200), dpi=200, grey=True)
    F.doc("rib", "scan", [("RIB poste.jpg", [1])], rf)
    finish(
        F,
        P,
        as_of,
        req(residence_status="invalid", employment="not_applicable"),
        defect="short-stay type C Schengen visa instead of a long-stay visa / residence permit",
    )


# ====================================================================== X3 Brazil, no apostille


def p_x3(root):
    as_of = "2026-11-06"
    P = dict(
        key="x3",
        surname="SOUZA LIMA",
        given="Ana Beatriz",
        sex="F",
        dob="1994-03-27",
        nat="BRA",
        nat_fr="brésilienne",
        pob_city="São Paulo",
        pob_country="Brésil",
        addr=dict(
            street="22 cours de l'Intendance", extra="3e étage", zip="33000", city="BORDEAUX"
        ),
        phone="06 77 41 02 36",
        email="anabeatriz.souzalima@gmail.com",
        passport=dict(
            number="GF482917",
            issue="2023-01-09",
            expiry="2033-01-08",
            authority="POLÍCIA FEDERAL",
            personal="44.812.337-5",
            pob="SÃO PAULO/SP",
            nat_text="BRASILEIRO(A)",
        ),
    )
    F = Folder(root, "packets", "x03_bresil_sans_apostille")
    pp, ppf, _ = build.passport(P)
    vs, vsf = build.visa(
        P,
        dict(
            type="D",
            vls_ts=True,
            mention="SALARIE",
            valid_from="2026-02-15",
            valid_until="2027-02-14",
            number="021945378",
            issued_at="SAO PAULO",
            issued_on="2026-01-28",
            remarks=["VLS-TS SALARIE", "VALIDATION EN LIGNE OBLIGATOIRE"],
        ),
    )
    F.image_pdf("passaporte.pdf", [pp_visa_sheet(pp, vs)], seed="x3pv", grey=True)
    F.doc("passport", "image_pdf", [("passaporte.pdf", [1])], ppf)
    F.doc("long_stay_visa", "image_pdf", [("passaporte.pdf", [1])], vsf)
    pdf, ff = build.form(
        P,
        dict(
            situation="salarie",
            profession="Chargée d'événementiel",
            contract="CDI",
            employer="Garonne Events SAS, 9 quai des Chartrons 33000 Bordeaux",
            arrival="2026-02-20",
            signed_on="2026-10-26",
            fait_a="Bordeaux",
        ),
        mode="typed",
    )
    F.image_pdf("formulaire CPAM.pdf", raster_all(pdf, 200), seed="x3f")
    F.doc("application_form", "image_pdf", [("formulaire CPAM.pdf", [1, 2])], ff)
    bc = dict(
        full_name="ANA BEATRIZ SOUZA LIMA",
        cpf="418.227.908-41",
        matricula="115477 01 55 1994 1 00087 214 0041873-22",
        dob="1994-03-27",
        hour="06:45",
        place="SÃO PAULO - SP",
        hospital="HOSPITAL SÃO LUIZ - ITAIM BIBI",
        sex="F",
        father="CARLOS EDUARDO LIMA",
        mother="MÁRCIA REGINA DE SOUZA LIMA",
        grandparents="Paternos: JOSÉ CARLOS LIMA e TEREZA LIMA; Maternos: ANTÔNIO DE SOUZA e LÚCIA DE SOUZA",
        registered="1994-04-05",
        cartorio="OFICIAL DE REGISTRO CIVIL DAS PESSOAS NATURAIS DO 28º SUBDISTRITO - "
        "JARDIM PAULISTA",
        cartorio_addr="Rua Augusta, 2161 - São Paulo - SP",
        issued_on="2025-11-03",
        seed="x3bc",
    )
    F.scan("certidao nascimento.jpg", raster(civ.brazil(bc), 0, 200), dpi=200)
    F.doc(
        "birth_certificate",
        "scan",
        [("certidao nascimento.jpg", [1])],
        dict(
            surname="SOUZA LIMA",
            given_names="ANA BEATRIZ",
            date_of_birth="1994-03-27",
            place_of_birth="SÃO PAULO - SP",
            issuing_country="BRA",
            language="pt",
            has_apostille=False,
        ),
        notes="DEFECT: Brazil is party to the Apostille Convention (since 2016) and no apostille is attached; full "
        "name in a single 'NOME' box",
    )
    lease = dict(
        seed="x3l",
        agency="Chartrons Immobilier",
        agency_addr="48 rue Notre-Dame, 33000 Bordeaux",
        cpi="CPI 3301 2017 000 019 552",
        landlord="Mme Hélène BRUN",
        landlord_addr="3 rue Judaïque, 33000 Bordeaux",
        tenants=["Ana Beatriz SOUZA LIMA"],
        tenants_full=["Mme Ana Beatriz SOUZA LIMA, née le 27/03/1994 à São Paulo (Brésil)"],
        address_full="22 cours de l'Intendance, 3e étage, 33000 Bordeaux",
        surface="32",
        rooms=1,
        start="2026-03-01",
        rent=710.0,
        charges=50.0,
        place="Bordeaux",
        signed_on="2026-02-24",
        agency_color="#7a1f3d",
        hand_font="dkg",
    )
    F.text_pdf("bail_souza_lima.pdf", hou.lease_agency(lease))
    F.doc(
        "lease",
        "text_pdf",
        [("bail_souza_lima.pdf", [1, 2])],
        dict(
            tenant_names=["Ana Beatriz SOUZA LIMA"], landlord="Hélène BRUN", start_date="2026-03-01"
        ),
    )
    s = dict(
        seed="x3p",
        employer="Garonne Events SAS",
        employer_addr=["9 quai des Chartrons", "33000 Bordeaux"],
        siret=ids.siret(ids.siren("87745210"), "0002"),
        employee="Mme SOUZA LIMA ANA BEATRIZ",
        employee_addr=["22 cours de l'Intendance", "33000 Bordeaux"],
        job="Chargée d'événementiel",
        hired="2026-02-23",
        period="2026-10",
        start="2026-10-01",
        end="2026-10-31",
        paid="2026-10-31",
        gross=2450.0,
        naf="8230Z",
        idcc="Syntec (IDCC 1486)",
        status="ETAM",
        pas_rate=0.021,
    )
    F.text_pdf("fiche paie oct 2026.pdf", work.payslip_sage(s))
    F.doc(
        "payslip",
        "text_pdf",
        [("fiche paie oct 2026.pdf", [1])],
        dict(
            employer="Garonne Events SAS", employee_name="SOUZA LIMA ANA BEATRIZ", period="2026-10"
        ),
    )
    pdf, rf = build.rib(
        "ca",
        ["MME SOUZA LIMA ANA BEATRIZ"],
        "MME SOUZA LIMA ANA BEATRIZ",
        "00033",
        "00042187655",
        ["CRCAM AQUITAINE", "Agence Bordeaux Intendance", "33000 BORDEAUX"],
        "x3r",
        caisse="Caisse régionale d'Aquitaine",
    )
    F.text_pdf("RIB.pdf", pdf)
    F.doc("rib", "text_pdf", [("RIB.pdf", [1])], rf)
    finish(
        F,
        P,
        as_of,
        req(birth_certificate="invalid"),
        defect="birth certificate from Brazil (Apostille Convention member) without apostille",
    )


# ====================================================================== X4 Tunisia, lease too recent


def p_x4(root):
    as_of = "2026-11-26"
    P = dict(
        key="x4",
        surname="BEN AMOR",
        given="Sami",
        sex="M",
        dob="1989-05-30",
        nat="TUN",
        nat_fr="tunisienne",
        pob_city="Sfax",
        pob_country="Tunisie",
        addr=dict(street="8 rue du Faubourg Saint-Jean", zip="45000", city="ORLÉANS"),
        phone="06 90 12 55 73",
        email="sami.benamor@hotmail.fr",
        passport=dict(
            number="X482913",
            issue="2021-03-15",
            expiry="2031-03-14",
            authority="SFAX",
            pob="SFAX",
            nat_text="TUNISIENNE",
        ),
    )
    F = Folder(root, "packets", "x04_tunisie_bail_trop_recent")
    pp, ppf, _ = build.passport(P)
    vs, vsf = build.visa(
        P,
        dict(
            type="D",
            vls_ts=True,
            mention="VIE PRIVEE ET FAMILIALE",
            valid_from="2026-06-01",
            valid_until="2027-05-31",
            number="024011863",
            issued_at="TUNIS",
            issued_on="2026-05-15",
            remarks=["VLS-TS VIE PRIVEE ET FAMILIALE"],
        ),
    )
    F.photo("IMG_0419.jpg", pp, long_side=2800, fill=0.7)
    F.photo("IMG_0420.jpg", vs, long_side=2800, fill=0.7)
    F.doc("passport", "phone_photo", [("IMG_0419.jpg", [1])], ppf)
    F.doc("long_stay_visa", "phone_photo", [("IMG_0420.jpg", [1])], vsf)
    pdf, ff = build.form(
        P,
        dict(
            situation="sans_activite",
            arrival="2026-06-04",
            signed_on="2026-11-20",
            fait_a="Orléans",
            hand_font="dkg",
        ),
        mode="hand",
    )
    F.image_pdf("formulaire.pdf", raster_all(pdf, 200), seed="x4f", grey=True)
    F.doc("application_form", "image_pdf", [("formulaire.pdf", [1, 2])], ff)
    bc = dict(
        surname="BEN AMOR",
        given="Sami",
        sex="M",
        dob="1989-05-30",
        place="Sfax",
        father="Mohamed BEN AMOR",
        mother="Naïma TRABELSI",
        act_no="1742",
        uid="0898 4471 2203",
        issued_on="2026-02-02",
        seed="x4bc",
        commune="Sfax",
        commune_ar="صفاقس",
        surname_ar="بن عمر",
        given_ar="سامي",
        place_ar="صفاقس",
        father_ar="محمد بن عمر",
        mother_ar="نعيمة الطرابلسي",
    )
    ap, apf = apost(
        "République Tunisienne",
        "M. Hatem GHARBI",
        "Officier de l'état civil",
        "Municipalité de Sfax",
        "Tunis",
        "2026-02-10",
        "Ministère des Affaires étrangères",
        "2026/AP/01874",
        "x4ap",
        lang="fr_en",
        style="page",
        header=["RÉPUBLIQUE TUNISIENNE", "Ministère des Affaires étrangères"],
        stamp_top="REPUBLIQUE TUNISIENNE",
        stamp_bottom="AFFAIRES ETRANGERES",
        stamp_color="#8b1d2c",
    )
    F.image_pdf(
        "extrait naissance apostille.pdf",
        [raster(civ.tunisia(bc), 0, 200), raster(ap, 0, 200)],
        seed="x4b",
    )
    F.doc(
        "birth_certificate",
        "image_pdf",
        [("extrait naissance apostille.pdf", [1])],
        dict(
            surname="BEN AMOR",
            given_names="Sami",
            date_of_birth="1989-05-30",
            place_of_birth="Sfax",
            issuing_country="TUN",
            language="fr/ar",
            has_apostille=True,
        ),
    )
    F.doc("apostille", "image_pdf", [("extrait naissance apostille.pdf", [2])], apf)
    lease = dict(
        seed="x4l",
        landlord="Mme Catherine VIDAL",
        landlord_addr="12 rue Jeanne d'Arc, 45000 Orléans",
        tenants=["Sami BEN AMOR"],
        tenants_full=["M. Sami BEN AMOR, né le 30/05/1989 à Sfax (Tunisie)"],
        address_full="8 rue du Faubourg Saint-Jean, 1er étage, 45000 Orléans",
        surface="41",
        rooms=2,
        start="2026-10-01",
        rent=590.0,
        charges=45.0,
        place="Orléans",
        signed_on="2026-09-26",
    )
    F.text_pdf("contrat de location.pdf", hou.lease_official(lease))
    F.doc(
        "lease",
        "text_pdf",
        [("contrat de location.pdf", [1, 2, 3, 4])],
        dict(tenant_names=["Sami BEN AMOR"], landlord="Catherine VIDAL", start_date="2026-10-01"),
        notes="DEFECT: lease took effect on 2026-10-01, less than three months before as_of 2026-11-26",
    )
    pdf, rf = build.rib(
        "sg",
        ["M BEN AMOR SAMI"],
        "M BEN AMOR SAMI",
        "01780",
        "00050944187",
        ["SG ORLEANS REPUBLIQUE", "6 rue de la République", "45000 ORLEANS"],
        "x4r",
        holder_addr=["8 RUE DU FAUBOURG SAINT-JEAN", "45000 ORLEANS"],
    )
    F.text_pdf("rib.pdf", pdf)
    F.doc("rib", "text_pdf", [("rib.pdf", [1])], rf)
    finish(
        F,
        P,
        as_of,
        req(residence_proof="invalid", employment="not_applicable"),
        defect="lease started less than three months before the audit date",
    )


# ====================================================================== X5 Mexico, IBAN check digits wrong


def p_x5(root):
    as_of = "2026-12-01"
    P = dict(
        key="x5",
        surname="TORRES MENDOZA",
        given="Valeria",
        sex="F",
        dob="1996-01-18",
        nat="MEX",
        nat_fr="mexicaine",
        pob_city="Guadalajara",
        pob_country="Mexique",
        addr=dict(
            street="4 place Grenette", extra="chez Mme Camille MARTIN", zip="38000", city="GRENOBLE"
        ),
        phone="07 44 19 63 02",
        email="vale.torresm@gmail.com",
        passport=dict(
            number="G48291736",
            issue="2024-02-02",
            expiry="2034-02-01",
            authority="SRE JALISCO",
            personal="TOMV960118MJCRNL09",
            pob="JALISCO",
            nat_text="MEXICANA",
        ),
    )
    F = Folder(root, "packets", "x05_mexique_iban_errone")
    pp, ppf, _ = build.passport(P)
    vs, vsf = build.visa(
        P,
        dict(
            type="D",
            vls_ts=True,
            mention="ETUDIANT",
            valid_from="2026-08-25",
            valid_until="2027-08-24",
            number="026650173",
            issued_at="MEXICO",
            issued_on="2026-08-05",
            remarks=["VLS-TS ETUDIANT", "VALIDATION EN LIGNE OBLIGATOIRE"],
        ),
    )
    F.scan("pasaporte.png", one_sheet(pp, x=35, y=30), dpi=200)
    F.scan("visa.png", one_sheet(vs, w=118, x=40, y=30), dpi=200)
    F.doc("passport", "scan", [("pasaporte.png", [1])], ppf)
    F.doc("long_stay_visa", "scan", [("visa.png", [1])], vsf)
    pdf, ff = build.form(
        P,
        dict(
            situation="etudiant",
            arrival="2026-08-27",
            signed_on="2026-11-27",
            fait_a="Grenoble",
            hand_font="Breip",
        ),
        mode="hand",
    )
    F.image_pdf("S1106.pdf", raster_all(pdf, 200), seed="x5f")
    F.doc("application_form", "image_pdf", [("S1106.pdf", [1, 2])], ff)
    bc = dict(
        given="VALERIA",
        surname1="TORRES",
        surname2="MENDOZA",
        sex="F",
        dob="1996-01-18",
        place="GUADALAJARA, JALISCO",
        father=("JUAN MANUEL TORRES RAMÍREZ", "MEXICANA"),
        mother=("ALEJANDRA MENDOZA SILVA", "MEXICANA"),
        ident="14039001199600123",
        curp="TOMV960118MJCRNL09",
        state="JALISCO",
        muni="GUADALAJARA",
        act_no="00412",
        issued_on="2026-06-09",
        officer="LIC. RAÚL ORTEGA",
        chain="0a8f3c1e9d7b55a2c4e",
        seed="x5bc",
    )
    F.scan("acta de nacimiento.jpg", raster(civ.mexico(bc), 0, 200), dpi=200)
    F.doc(
        "birth_certificate",
        "scan",
        [("acta de nacimiento.jpg", [1])],
        dict(
            surname="TORRES MENDOZA",
            given_names="VALERIA",
            date_of_birth="1996-01-18",
            place_of_birth="GUADALAJARA, JALISCO",
            issuing_country="MEX",
            language="es",
            has_apostille=True,
        ),
        notes="surname split in 'Primer Apellido' / 'Segundo Apellido'",
    )
    ap, apf = apost(
        "Estados Unidos Mexicanos",
        "LIC. RAÚL ORTEGA",
        "Director del Registro Civil del Estado",
        "Dirección General del Registro Civil de Jalisco",
        "Guadalajara, Jalisco",
        "2026-06-16",
        "Secretaría General de Gobierno del Estado de Jalisco",
        "JAL-2026-044718",
        "x5ap",
        lang="es",
        datefmt=lambda s: "16 de junio de 2026",
        stamp_top="GOBIERNO DE JALISCO",
        stamp_color="#5b1f3b",
    )
    F.scan("apostilla.jpg", raster(ap, 0, 200), dpi=200)
    F.doc("apostille", "scan", [("apostilla.jpg", [1])], apf)
    host = dict(
        surname="MARTIN",
        given="Camille Anne",
        sex="F",
        dob="1993-04-28",
        cni=dict(
            number="130338412907",
            admin="380071",
            expiry="2028-03-26",
            issue="2013-03-27",
            pob="GRENOBLE (38)",
            authority="PRÉFECTURE DE L'ISÈRE",
            height="1,66 m",
            address=["4 PLACE GRENETTE", "38000 GRENOBLE"],
        ),
    )
    fr, bk, hf = build.cni_old(host)
    F.scan("CNI Camille recto.jpg", one_sheet(fr, w=105, x=30, y=30), dpi=200)
    F.scan("CNI Camille verso.jpg", one_sheet(bk, w=105, x=30, y=30), dpi=200)
    F.doc(
        "national_id",
        "scan",
        [("CNI Camille recto.jpg", [1]), ("CNI Camille verso.jpg", [1])],
        hf,
        notes="host's laminated identity card (old model); issued 2013 for 15 years",
    )
    att = dict(
        seed="x5a",
        font="Caladea",
        host_block=["Camille MARTIN", "4 place Grenette", "38000 Grenoble"],
        paras=[
            "Je soussignée Camille MARTIN, née le 28 avril 1993 à Grenoble, demeurant 4 place Grenette, "
            "38000 Grenoble, certifie sur l'honneur héberger à mon domicile Mme Valeria TORRES MENDOZA, née "
            "le 18 janvier 1996 à Guadalajara (Mexique), depuis le 27 août 2026.",
            "Cette attestation est établie pour servir et valoir ce que de droit.",
        ],
        fait="Fait à Grenoble, le 26 novembre 2026",
    )
    F.scan("attestation d'hebergement.jpg", raster(hou.attestation_typed(att), 0, 200), dpi=200)
    F.doc(
        "hosting_attestation",
        "scan",
        [("attestation d'hebergement.jpg", [1])],
        dict(
            host_name="Camille MARTIN",
            hosted_name="Valeria TORRES MENDOZA",
            since_date="2026-08-27",
            signed=True,
            signed_on="2026-11-26",
        ),
    )
    lease = dict(
        seed="x5l",
        landlord="M. Bernard FAURE",
        landlord_addr="2 rue Lesdiguières, 38000 Grenoble",
        tenants=["Camille MARTIN"],
        tenants_full=["Mme Camille MARTIN, née le 28/04/1993 à Grenoble"],
        address_full="4 place Grenette, 3e étage, 38000 Grenoble",
        surface="58",
        rooms=3,
        start="2021-07-01",
        rent=780.0,
        charges=90.0,
        place="Grenoble",
        signed_on="2021-06-25",
    )
    F.image_pdf("bail Camille.pdf", raster_all(hou.lease_official(lease), 200), seed="x5l")
    F.doc(
        "lease",
        "image_pdf",
        [("bail Camille.pdf", [1, 2, 3, 4])],
        dict(tenant_names=["Camille MARTIN"], landlord="Bernard FAURE", start_date="2021-07-01"),
        notes="the host's lease (route 3)",
    )
    pdf, rf = build.rib(
        "sg",
        ["MLLE TORRES MENDOZA VALERIA"],
        "MLLE TORRES MENDOZA VALERIA",
        "01990",
        "00050271846",
        ["SG GRENOBLE VICTOR HUGO", "1 place Victor Hugo", "38000 GRENOBLE"],
        "x5r",
        wrong_iban=True,
        holder_addr=["CHEZ MME CAMILLE MARTIN", "4 PLACE GRENETTE", "38000 GRENOBLE"],
    )
    rf["rib_key_valid"] = True
    F.text_pdf("RIB Valeria.pdf", pdf)
    F.doc(
        "rib",
        "text_pdf",
        [("RIB Valeria.pdf", [1])],
        rf,
        notes="DEFECT: IBAN check digits wrong (mod 97 fails) although the French RIB key is right",
    )
    finish(
        F,
        P,
        as_of,
        req(bank_details="invalid", employment="not_applicable"),
        defect="IBAN with wrong check digits",
    )


# ====================================================================== X6 USA, form not signed


def p_x6(root):
    as_of = "2026-11-13"
    P = dict(
        key="x6",
        surname="O'CONNOR",
        given="Patrick James",
        sex="M",
        dob="1985-08-09",
        nat="USA",
        nat_fr="américaine",
        pob_city="Boston, Massachusetts",
        pob_country="États-Unis",
        addr=dict(street="11 rue de Metz", zip="67000", city="STRASBOURG"),
        phone="06 12 80 47 93",
        email="pj.oconnor@rhine-advisory.eu",
        passport=dict(
            number="Z81736452",
            issue="2020-10-01",
            expiry="2030-09-30",
            authority="United States Department of State",
            pob="MASSACHUSETTS, U.S.A.",
            nat_text="UNITED STATES OF AMERICA",
        ),
    )
    F = Folder(root, "packets", "x06_usa_formulaire_non_signe")
    pp, ppf, mrz = build.passport(P)
    vs, vsf = build.visa(
        P,
        dict(
            type="D",
            vls_ts=True,
            mention="PASSEPORT TALENT",
            valid_from="2026-03-01",
            valid_until="2027-02-28",
            number="021301884",
            issued_at="WASHINGTON",
            issued_on="2026-02-10",
            remarks=["VLS-TS PASSEPORT TALENT", "SALARIE QUALIFIE"],
        ),
    )
    F.image_pdf("passport.pdf", [one_sheet(pp, x=40, y=35)], seed="x6pp")
    F.image_pdf("visa.pdf", [one_sheet(vs, w=118, x=45, y=35)], seed="x6vs")
    F.doc(
        "passport",
        "image_pdf",
        [("passport.pdf", [1])],
        ppf,
        notes="apostrophe in O'CONNOR is dropped in the MRZ (OCONNOR)",
    )
    F.doc("long_stay_visa", "image_pdf", [("visa.pdf", [1])], vsf)
    pdf, ff = build.form(
        P,
        dict(
            situation="salarie",
            profession="Senior consultant",
            contract="CDI",
            employer="Rhine Advisory SAS, 3 place Kléber 67000 Strasbourg",
            arrival="2026-03-04",
            signed_on="2026-11-04",
            fait_a="Strasbourg",
            signed=False,
        ),
        mode="acroform",
    )
    F.text_pdf("S1106_OConnor_filled.pdf", pdf)
    F.doc(
        "application_form",
        "text_pdf",
        [("S1106_OConnor_filled.pdf", [1, 2])],
        ff,
        notes="DEFECT: fillable PDF completed and dated but the signature box is empty",
    )
    bc = dict(
        first="PATRICK",
        middle="JAMES",
        surname="O'CONNOR",
        sex="M",
        dob="1985-08-09",
        place="BOSTON",
        county="SUFFOLK",
        hospital="BRIGHAM AND WOMEN'S HOSPITAL",
        mother="MARY ELLEN WALSH",
        mother_bp="MASSACHUSETTS",
        father="BRENDAN MICHAEL O'CONNOR",
        father_bp="NEW YORK",
        filed="1985-08-14",
        issued_on="2025-12-02",
        file_no="1985-SUF-028117",
        registrar="Registrar of Vital Records and Statistics",
        seed="x6bc",
        state_title="THE COMMONWEALTH OF MASSACHUSETTS",
        dept_title="DEPARTMENT OF PUBLIC HEALTH",
        office_title="Registry of Vital Records and Statistics",
        state_short="MASSACHUSETTS",
        doc_title="CERTIFIED COPY OF RECORD OF BIRTH",
        registrar_title="Registrar",
    )
    ap, apf = apost(
        "United States of America",
        "Registrar of Vital Records and Statistics",
        "Registrar",
        "Commonwealth of Massachusetts, Department of Public Health",
        "Boston, Massachusetts",
        "2025-12-11",
        "Secretary of the Commonwealth",
        "A-2025-118204",
        "x6ap",
        lang="en",
        style="page",
        header=["THE COMMONWEALTH OF MASSACHUSETTS", "Office of the Secretary of the Commonwealth"],
        datefmt=lambda s: "11th day of December, 2025",
        stamp_top="SECRETARY OF THE COMMONWEALTH",
    )
    F.image_pdf(
        "birth_certificate_apostille.pdf",
        [raster(civ.usa(bc), 0, 200), raster(ap, 0, 200)],
        seed="x6b",
    )
    F.doc(
        "birth_certificate",
        "image_pdf",
        [("birth_certificate_apostille.pdf", [1])],
        dict(
            surname="O'CONNOR",
            given_names="PATRICK JAMES",
            date_of_birth="1985-08-09",
            place_of_birth="BOSTON",
            issuing_country="USA",
            language="en",
            has_apostille=True,
        ),
    )
    F.doc("apostille", "image_pdf", [("birth_certificate_apostille.pdf", [2])], apf)
    addr = addr_lines(P, "M. PATRICK O'CONNOR")
    for i, (s, e) in enumerate(build.monthly_periods("2026-08", 3)):
        nm = "facture-engie-2026-%02d.pdf" % (8 + i)
        pdf, bf = build.bill(
            "engie",
            "M. PATRICK O'CONNOR",
            addr,
            s,
            e,
            build.add_days(e, 3),
            "x6en%d" % i,
            [58.21, 61.40, 72.95][i],
            client_no="4 200 918 337",
        )
        F.text_pdf(nm, pdf)
        F.doc("utility_bill", "text_pdf", [(nm, [1])], bf)
    c = dict(
        type="CDI",
        seed="x6c",
        employer="Rhine Advisory",
        employer_addr=["3 place Kléber", "67000 Strasbourg"],
        siret=ids.siret(ids.siren("91833402"), "0001"),
        rcs="Strasbourg",
        signatory="Mme Claire KIEFFER",
        signatory_role="Directrice générale",
        employee="M. Patrick James O'CONNOR",
        dob="1985-08-09",
        pob="Boston (États-Unis)",
        nationality="américaine",
        employee_addr="11 rue de Metz, 67000 Strasbourg",
        start="2026-03-09",
        job="Senior consultant",
        gross=5200.0,
        workplace="Strasbourg",
        place="Strasbourg",
        signed_on="2026-01-20",
        font="LiberationSerif",
        letterhead=True,
        color="#2b2b6b",
    )
    F.text_pdf("CDI_Rhine_Advisory.pdf", work.contract(c))
    F.doc(
        "employment_contract",
        "text_pdf",
        [("CDI_Rhine_Advisory.pdf", [1, 2, 3])],
        dict(
            employer="Rhine Advisory",
            employee_name="Patrick James O'CONNOR",
            contract_type="CDI",
            job_title="Senior consultant",
            start_date="2026-03-09",
        ),
    )
    pdf, rf = build.foreign_rib(
        "n26",
        ["Patrick James O'Connor"],
        "Patrick James O'Connor",
        "10011001" + "2628419375",
        "x6r",
        issue_p="04.03.2026",
    )
    F.text_pdf("N26_Bankverbindung.pdf", pdf)
    F.doc(
        "rib",
        "text_pdf",
        [("N26_Bankverbindung.pdf", [1])],
        rf,
        notes="German IBAN (N26): foreign SEPA account, acceptable (info)",
    )
    finish(F, P, as_of, req(application_form="invalid"), defect="application form not signed")


# ====================================================================== X7 Ukraine, payslip of another person


def p_x7(root):
    as_of = "2026-11-19"
    P = dict(
        key="x7",
        surname="MELNYK",
        given="Iryna",
        sex="F",
        dob="1997-02-14",
        nat="UKR",
        nat_fr="ukrainienne",
        pob_city="Lviv",
        pob_country="Ukraine",
        addr=dict(street="63 rue Solférino", zip="59000", city="LILLE"),
        phone="07 49 31 08 62",
        email="iryna.melnyk97@gmail.com",
        passport=dict(
            number="FE739204",
            issue="2022-06-20",
            expiry="2032-06-20",
            authority="4612",
            personal="19970214-03385",
            pob="ЛЬВІВСЬКА ОБЛ./UKR",
            nat_text="УКРАЇНА/UKRAINE",
        ),
    )
    F = Folder(root, "packets", "x07_ukraine_fiche_paie_autrui")
    pp, ppf, _ = build.passport(P)
    vs, vsf = build.visa(
        P,
        dict(
            type="D",
            vls_ts=True,
            mention="SALARIE",
            valid_from="2026-01-10",
            valid_until="2027-01-09",
            number="020918447",
            issued_at="KYIV",
            issued_on="2025-12-15",
            remarks=["VLS-TS SALARIE", "VALIDATION EN LIGNE OBLIGATOIRE"],
        ),
    )
    F.scan("passport + visa.jpg", pp_visa_sheet(pp, vs), dpi=200)
    F.doc("passport", "scan", [("passport + visa.jpg", [1])], ppf)
    F.doc("long_stay_visa", "scan", [("passport + visa.jpg", [1])], vsf)
    pdf, ff = build.form(
        P,
        dict(
            situation="salarie",
            profession="Assistante logistique",
            contract="CDI",
            employer="Nord Logistique SAS, 120 rue du Molinel 59000 Lille",
            arrival="2026-01-14",
            signed_on="2026-11-12",
            fait_a="Lille",
            hand_font="dkg",
        ),
        mode="hand",
    )
    F.image_pdf("demande.pdf", raster_all(pdf, 200), seed="x7f")
    F.doc("application_form", "image_pdf", [("demande.pdf", [1, 2])], ff)
    bc = dict(
        surname_uk="МЕЛЬНИК",
        given_uk="Ірина",
        patronymic_uk="Богданівна",
        dob="1997-02-14",
        place_uk="м. Львів, Львівська обл., Україна",
        registered="1997-02-25",
        act_no="612",
        father_uk="Мельник Богдан Степанович",
        mother_uk="Мельник Галина Ярославівна",
        office_uk="Відділ ДРАЦС Личаківського району м. Львова",
        issued_on="2025-10-20",
        series="I-СГ",
        number="217364",
        seed="x7bc",
    )
    ap, apf = apost(
        "Україна / Ukraine",
        "Гнатюк Н. І. / N. I. Hnatiuk",
        "Начальник відділу ДРАЦС / Head of civil registration office",
        "Відділ ДРАЦС / Civil registration office, Lviv",
        "Львів / Lviv",
        "2025-10-24",
        "Західне міжрегіональне управління Міністерства юстиції / Western Interregional "
        "Department of the Ministry of Justice",
        "2210/25",
        "x7ap",
        lang="uk",
        font="DejaVuSerif",
        value_font="DejaVuSans-Bold",
        datefmt=lambda s: "24.10.2025",
        stamp_top="МІНІСТЕРСТВО ЮСТИЦІЇ",
        stamp_bottom="УКРАЇНА",
    )
    F.image_pdf(
        "birth_certificate.pdf", [raster(civ.ukraine(bc), 0, 220), raster(ap, 0, 200)], seed="x7b"
    )
    F.doc(
        "birth_certificate",
        "image_pdf",
        [("birth_certificate.pdf", [1])],
        dict(
            surname="МЕЛЬНИК",
            given_names="Ірина Богданівна",
            date_of_birth="1997-02-14",
            place_of_birth="м. Львів",
            issuing_country="UKR",
            language="uk",
            has_apostille=True,
        ),
        notes="Cyrillic only (MELNYK Iryna Bohdanivna)",
    )
    F.doc("apostille", "image_pdf", [("birth_certificate.pdf", [2])], apf)
    lease = dict(
        seed="x7l",
        agency="Flandres Location",
        agency_addr="15 rue Esquermoise, 59000 Lille",
        cpi="CPI 5902 2015 000 003 871",
        landlord="M. Olivier DEVOS",
        landlord_addr="7 rue de Tournai, 59200 Tourcoing",
        tenants=["Iryna MELNYK"],
        tenants_full=["Mme Iryna MELNYK, née le 14/02/1997 à Lviv (Ukraine)"],
        address_full="63 rue Solférino, studio 5, 59000 Lille",
        surface="24",
        rooms=1,
        start="2026-01-15",
        rent=560.0,
        charges=40.0,
        place="Lille",
        signed_on="2026-01-13",
        agency_color="#0d4f8b",
    )
    F.photo("bail p1.jpg", raster(hou.lease_agency(lease), 0, 170), long_side=3000)
    F.photo("bail p2.jpg", raster(hou.lease_agency(lease), 1, 170), long_side=3000)
    F.doc(
        "lease",
        "phone_photo",
        [("bail p1.jpg", [1]), ("bail p2.jpg", [1])],
        dict(tenant_names=["Iryna MELNYK"], landlord="Olivier DEVOS", start_date="2026-01-15"),
    )
    s = dict(
        seed="x7p",
        employer="Nord Logistique SAS",
        employer_addr=["120 rue du Molinel", "59000 Lille"],
        siret=ids.siret(ids.siren("75220943"), "0031"),
        employee="Mme Olena SHEVCHUK",
        employee_addr=["14 rue de Valmy", "59000 Lille"],
        job="Assistante logistique",
        hired="2025-11-03",
        period="2026-10",
        start="2026-10-01",
        end="2026-10-31",
        paid="2026-10-31",
        gross=2120.0,
        accent="#0e8a6b",
        pas_rate=0.0,
    )
    F.text_pdf("bulletin octobre.pdf", work.payslip_modern(s))
    F.doc(
        "payslip",
        "text_pdf",
        [("bulletin octobre.pdf", [1])],
        dict(employer="Nord Logistique SAS", employee_name="Olena SHEVCHUK", period="2026-10"),
        notes="DEFECT: payslip of a colleague (Olena SHEVCHUK), same employer and job, not the applicant",
    )
    pdf, rf = build.rib(
        "lcl_letter",
        ["MME IRYNA MELNYK"],
        "MME IRYNA MELNYK",
        "00924",
        "00004417290",
        ["LCL LILLE RÉPUBLIQUE", "4 place de la République", "59000 LILLE"],
        "x7r",
        holder_addr=["63 RUE SOLFERINO", "59000 LILLE"],
        salutation="Madame",
        issue="2026-01-22",
        city="Lille",
    )
    F.text_pdf("courrier LCL ouverture compte.pdf", pdf)
    F.doc(
        "rib",
        "text_pdf",
        [("courrier LCL ouverture compte.pdf", [1])],
        rf,
        notes="RIB printed at the bottom of a bank welcome letter",
    )
    finish(F, P, as_of, req(employment="invalid"), defect="payslip belongs to another person")


# ====================================================================== X8 Morocco, bills with a missing month


def p_x8(root):
    as_of = "2026-12-07"
    P = dict(
        key="x8",
        surname="AMRANI",
        given="Youssef",
        sex="M",
        dob="1990-12-01",
        nat="MAR",
        nat_fr="marocaine",
        pob_city="Fès",
        pob_country="Maroc",
        addr=dict(street="25 rue Saint-Jean", zip="21000", city="DIJON"),
        phone="06 73 28 40 15",
        email="youssef.amrani90@gmail.com",
        passport=dict(
            number="VK2748153",
            issue="2020-12-03",
            expiry="2030-12-02",
            authority="DGSN",
            personal="C482917",
            pob="FES",
            nat_text="MAROCAINE",
        ),
    )
    F = Folder(root, "packets", "x08_maroc_factures_mois_manquant")
    pp, ppf, _ = build.passport(P)
    vs, vsf = build.visa(
        P,
        dict(
            type="D",
            vls_ts=True,
            mention="VIE PRIVEE ET FAMILIALE",
            valid_from="2026-04-01",
            valid_until="2027-03-31",
            number="022874016",
            issued_at="FES",
            issued_on="2026-03-10",
            remarks=["VLS-TS VIE PRIVEE ET FAMILIALE"],
        ),
    )
    F.photo("passeport.jpg", pp, long_side=3000, fill=0.7)
    F.photo("visa long sejour.jpg", vs, long_side=3000, fill=0.7)
    F.doc("passport", "phone_photo", [("passeport.jpg", [1])], ppf)
    F.doc("long_stay_visa", "phone_photo", [("visa long sejour.jpg", [1])], vsf)
    pdf, ff = build.form(
        P,
        dict(
            situation="chomeur",
            arrival="2026-04-05",
            signed_on="2026-12-01",
            fait_a="Dijon",
            hand_font="Rufscript",
        ),
        mode="hand",
    )
    F.image_pdf("formulaire assurance maladie.pdf", raster_all(pdf, 200), seed="x8f")
    F.doc("application_form", "image_pdf", [("formulaire assurance maladie.pdf", [1, 2])], ff)
    bc = dict(
        surname="AMRANI",
        given="Youssef",
        sex="M",
        dob="1990-12-01",
        place="Fès",
        father="Abdellah AMRANI",
        mother="Zineb FASSI",
        act_no="3318",
        issued_on="2026-01-12",
        seed="x8bc",
        province="Fès",
        commune="Fès",
        bureau="Agdal",
        province_ar="فاس",
        commune_ar="فاس",
        surname_ar="العمراني",
        given_ar="يوسف",
        place_ar="فاس",
        father_ar="عبد الله العمراني",
        mother_ar="زينب الفاسي",
    )
    F.scan("acte naissance.jpg", raster(civ.morocco(bc), 0, 200), dpi=200)
    F.doc(
        "birth_certificate",
        "scan",
        [("acte naissance.jpg", [1])],
        dict(
            surname="AMRANI",
            given_names="Youssef",
            date_of_birth="1990-12-01",
            place_of_birth="Fès",
            issuing_country="MAR",
            language="fr/ar",
            has_apostille=True,
        ),
    )
    ap, apf = apost(
        "ROYAUME DU MAROC",
        "M. Karim BENJELLOUN",
        "Officier de l'état civil",
        "Commune de Fès",
        "Fès",
        "2026-01-19",
        "Le Procureur du Roi près le Tribunal de première instance de Fès",
        "2026/FE/00347",
        "x8ap",
        stamp_top="ROYAUME DU MAROC",
        stamp_bottom="PARQUET FES",
    )
    F.scan("apostille.jpg", raster(ap, 0, 200), dpi=200, grey=True)
    F.doc("apostille", "scan", [("apostille.jpg", [1])], apf)
    addr = addr_lines(P, "M. YOUSSEF AMRANI")
    periods = build.monthly_periods("2026-08", 4)
    names = {0: "facture edf aout.pdf", 1: "facture edf sept.pdf", 3: "facture edf nov.pdf"}
    for i, nm in names.items():
        s, e = periods[i]
        pdf, bf = build.bill(
            "edf",
            "M. YOUSSEF AMRANI",
            addr,
            s,
            e,
            build.add_days(e, 4),
            "x8edf%d" % i,
            [41.27, 39.85, 0, 63.10][i],
            client_no="6 012 447 915",
            kwh=[152, 147, 0, 231][i],
        )
        F.text_pdf(nm, pdf)
        F.doc("utility_bill", "text_pdf", [(nm, [1, 2])], bf)
    pdf, rf = build.rib(
        "bnp",
        ["M AMRANI YOUSSEF", "25 RUE SAINT JEAN", "21000 DIJON"],
        "M AMRANI YOUSSEF",
        "00541",
        "00010482377",
        ["BNP PARIBAS DIJON DARCY", "1 place Darcy", "21000 DIJON"],
        "x8r",
    )
    F.text_pdf("RIB.pdf", pdf)
    F.doc("rib", "text_pdf", [("RIB.pdf", [1])], rf)
    finish(
        F,
        P,
        as_of,
        req(residence_proof="invalid", employment="not_applicable"),
        defect="three bills but not consecutive: August, September and November 2026 (October missing)",
    )


ALL = [
    p_c1,
    p_c2,
    p_c3,
    p_c4,
    p_c5,
    p_c6,
    p_c7,
    p_c8,
    p_c9,
    p_x1,
    p_x2,
    p_x3,
    p_x4,
    p_x5,
    p_x6,
    p_x7,
    p_x8,
]
