"""The whole packets: who the applicant is, which pieces they send, how the files look.
Ten packets are in order; eight carry exactly one defect."""

from __future__ import annotations

from reportlab.lib.colors import Color

from . import docs as D
from . import draw as dr
from . import identity as I
from . import money
from . import util as u
from .build import Folder, requirements, status_of
from .people import form_from, monthly_bills

SET = "set_c"


def _applicant(p):
    return {
        "surname": p["passport"].get("viz_surname", p["surname"]).upper(),
        "given_names": p["passport"].get("viz_given", p["given"]).upper(),
        "date_of_birth": p["dob"],
        "nationality": p["nat"],
    }


def _finish(F, p, as_of, reqs, defect=None, notes=None):
    F.meta = {
        "as_of": as_of,
        "requirements": reqs,
        "status": status_of(reqs),
        "defect": defect,
        "applicant": _applicant(p),
    }
    if notes:
        F.meta["notes"] = notes
    return F


def _rib(rng, bank_key, holder_lines, branch_lines, edited, holder_name=None, wrong=False, **kw):
    acct = money.make_account(rng, bank_key, wrong_check=wrong)
    R = dict(
        bank_key=bank_key,
        holder_lines=holder_lines,
        branch_lines=branch_lines,
        edited=edited,
        holder_name=holder_name or holder_lines[0],
        **acct,
    )
    R.update(kw)
    return R


# ======================================================================================= complete


def c01_benali():
    F = Folder("c01_benali_yasmine", "packet")
    r = u.rng_for(SET, F.name)
    as_of = "2026-11-18"
    p = dict(
        surname="BENALI",
        given="YASMINE",
        sex="F",
        dob="1999-04-17",
        nat="DZA",
        nat_fr="Algérienne",
        pob_city="ORAN",
        pob_country_fr="Algérie",
        addr_line="27 rue de Marseille, appt 14",
        zip="69007",
        city="Lyon",
        phone="07 58 21 44 90",
        email="yasmine.benali99@gmail.com",
        passport=dict(
            issuing="DZA",
            number="205318746",
            issue="2023-02-12",
            expiry="2033-02-11",
            authority="DAIRA D'ORAN",
            pob_text="ORAN",
        ),
    )
    Fm = form_from(p, "etudiant", "Lyon", "2026-11-06", hand_font="H-dkg", pob_commune="Oran")
    fd, fpages = D.application_form(
        F,
        Fm,
        r,
        notes="Student: section B ticks 'étudiant(e)'; she does not work, so employment is not applicable.",
    )
    F.file("formulaire page 1.jpg", "phone_photo", [(fpages[0], fd)], bg="wood")
    F.file("formulaire page 2.jpg", "phone_photo", [(fpages[1], fd)], bg="wood")
    pd = D.passport(F, p, r)
    F.file("passeport.pdf", "image_pdf", [(D.passport_sheet(p, r), pd)], dpi=200)
    t = dict(
        kind="CERTIFICAT DE RÉSIDENCE ALGÉRIEN",
        category="ÉTUDIANT",
        number="ZR5028417",
        expiry="2027-09-14",
        remarks=[
            "AUTORISE SON TITULAIRE A TRAVAILLER A TITRE ACCESSOIRE",
            "ACCORD FRANCO-ALGERIEN DU 27.12.1968",
        ],
        pob="ORAN (ALGERIE)",
        address="27 RUE DE MARSEILLE 69007 LYON",
        issued_on="2026-09-20",
        authority="PRÉFECTURE DU RHÔNE",
    )
    td, tf, tb = D.titre(
        F,
        p,
        t,
        r,
        notes="Algerian nationals receive a 'certificat de résidence algérien' (ID-1 card, IR MRZ) instead of a VLS-TS.",
    )
    F.file("titre sejour recto.jpg", "scan", [(I.crop(tf, 5), td)], dpi=300)
    F.file("titre sejour verso.jpg", "scan", [(I.crop(tb, 5), td)], dpi=300)
    b = dict(
        country="DZA",
        city="Oran",
        city_ar="وهران",
        region="Oran",
        region_ar="وهران",
        act_no="01587",
        father="Mohamed BENALI",
        mother="Fatiha HAMDI",
        reg_date="1999-04-19",
        issued_on="2025-11-03",
        time="10h30",
        truth_place="Oran",
        serial="1624508",
    )
    bd, bpages = D.birth(
        F,
        p,
        b,
        r,
        False,
        notes="Algeria is not party to the Apostille convention; the Franco-Algerian protocol of 28 August 1962 dispenses civil-status records from legalisation, so no apostille is expected.",
    )
    F.pages_file("acte de naissance.pdf", "image_pdf", bd, bpages, gray=True, dpi=200)
    L = dict(
        furnished=True,
        landlord="M. Bernard CHAUVIN",
        landlord_addr="8 montée du Chemin Neuf, 69005 Lyon",
        tenants=["Mlle Yasmine BENALI"],
        address=["27 rue de Marseille, appartement 14", "69007 Lyon"],
        start="2025-09-01",
        duration="1 an, reconduction tacite",
        rent=520.0,
        charges=45.0,
        deposit=1040.0,
        surface=21,
        rooms=1,
        signed_at="Lyon",
        signed_on="2025-08-26",
        floor="3e étage",
        landlord_sig="Chauvin",
        tenant_sigs=["Benali"],
    )
    ld, lpages = D.lease(
        F,
        L,
        r,
        notes="Furnished lease signed 2025, tacitly renewed; started more than 3 months before as_of.",
    )
    F.pages_file(
        "bail studio Lyon.pdf",
        "text_pdf",
        ld,
        lpages,
        meta={"title": "Bail meublé - 27 rue de Marseille"},
    )
    R = _rib(
        r,
        "SG",
        ["MLLE BENALI YASMINE", "27 RUE DE MARSEILLE APPT 14", "69007 LYON"],
        ["SG LYON GUILLOTIERE", "12 GRANDE RUE DE LA GUILLOTIERE", "69007 LYON"],
        "2026-10-02",
        copies=2,
    )
    rd, rpages = D.rib(F, R, r, "pdf")
    F.pages_file("RIB_SG.pdf", "text_pdf", rd, rpages)
    return _finish(F, p, as_of, requirements(employment="not_applicable"))


def c02_wang():
    F = Folder("c02_wang_xiaomei", "packet")
    r = u.rng_for(SET, F.name)
    as_of = "2026-11-20"
    p = dict(
        surname="WANG",
        given="XIAOMEI",
        sex="F",
        dob="1993-11-05",
        nat="CHN",
        nat_fr="Chinoise",
        pob_city="ZHEJIANG",
        pob_country_fr="Chine",
        addr_line="41 rue de la Roquette",
        zip="75011",
        city="Paris",
        phone="06 44 18 72 05",
        email="xiaomei.wang@outlook.com",
        passport=dict(
            issuing="CHN",
            number="EK2736491",
            issue="2021-06-14",
            expiry="2031-06-13",
            authority="NATIONAL IMMIGRATION ADMINISTRATION",
            pob_text="ZHEJIANG",
        ),
    )
    Fm = form_from(
        p,
        "salarie",
        "Paris",
        "2026-11-02",
        mode="acro",
        job="Analyste de données",
        contract="CDI",
        hire_date="01/04/2026",
        pob_commune="Hangzhou",
        sig_name="Wang",
    )
    fd, fpages = D.application_form(
        F,
        Fm,
        r,
        notes="Fillable PDF (AcroForm): the typed values live in form fields; the signature was pasted as a drawing. Surname first on her passport (WANG) but she writes 'WANG' as birth surname and 'XIAOMEI' as given name.",
    )
    F.pages_file(
        "S1106_demande_PUMa_rempli.pdf",
        "text_pdf",
        fd,
        fpages,
        meta={
            "title": "cerfa_15763-02",
            "creator": "Adobe LiveCycle Designer",
            "producer": "Adobe Acrobat",
        },
    )
    pd = D.passport(
        F, p, r, notes="Chinese passport: document code 'PO'; surname WANG, given name XIAOMEI."
    )
    v = dict(
        type="D",
        number="093412876",
        valid_from="2026-03-25",
        valid_until="2027-03-24",
        duration="365",
        issued_in="PEKIN",
        issued_on="2026-03-10",
        vls_ts=True,
        remarks=["VLS-TS SALARIE", "DISPENSE TEMPORAIRE DE CARTE DE SEJOUR", "CESEDA R.431-16 2°"],
        entry_stamp="28.03.2026",
    )
    vd = D.visa(F, p, v)
    F.file(
        "passeport + visa.pdf", "image_pdf", [(D.passport_sheet(p, r, visa_v=v), [pd, vd])], dpi=200
    )
    b = dict(
        country="CHN",
        cn_no="(2026)浙杭西证外字第0412号",
        en_no="(2026) Z.H.X.Z.W.Z. No. 0412",
        cn_name="王小梅",
        cn_dob="1993年11月5日",
        cn_addr="浙江省杭州市西湖区文三路128号",
        cn_place="浙江省杭州市",
        cn_father="王建国",
        cn_mother="李秀英",
        cn_notary="陈明",
        cn_date="二〇二六年一月十二日",
        en_name="Wang Xiaomei",
        en_addr="No. 128 Wensan Road, Xihu District, Hangzhou, Zhejiang Province",
        en_place="Hangzhou, Zhejiang Province, the People's Republic of China",
        en_father="Wang Jianguo",
        en_mother="Li Xiuying",
        en_notary="Chen Ming",
        issued_on="2026-01-12",
        truth_place="Hangzhou",
        truth_surname="Wang",
        truth_given="Xiaomei",
    )
    bd, bpages = D.birth(
        F,
        p,
        b,
        r,
        True,
        notes="Chinese notarial certificate of birth: Chinese page + English translation page issued by the notary office.",
    )
    a = dict(
        langs=["en"],
        country="People's Republic of China",
        signer="Chen Ming",
        capacity="Notary Public",
        seal_of="Hangzhou Xihu Notary Public Office",
        place="Hangzhou",
        date="2026-01-20",
        date_text="20 January 2026",
        by="Foreign Affairs Office of Zhejiang Provincial People's Government",
        number="ZJ2026-00317",
        seal_text="FOREIGN AFFAIRS OFFICE OF ZHEJIANG * ",
        seal_color=Color(0.75, 0.1, 0.1),
        head2="中华人民共和国 附加证明书",
        sig_name="Zhou",
    )
    ad, apage = D.apostille(
        F, a, r, notes="China applies the Apostille convention since 7 Nov 2023."
    )
    F.file(
        "acte naissance chinois + apostille.pdf",
        "image_pdf",
        [(bpages[0], bd), (bpages[1], bd), (apage, ad)],
        dpi=200,
    )
    tr = dict(
        translator="Mme Hélène LAURENT-ZHOU",
        court="Cour d'appel de Paris",
        address="12 rue de Turbigo, 75003 Paris",
        contact="Tél. 01 42 33 18 90 - hlz.traduction@orange.fr",
        number="2026/0188",
        lang_from="chinois",
        doc_ref="Traduction d'un acte notarié chinois avec apostille, 3 pages",
        title="ACTE NOTARIÉ",
        header_lines=["République populaire de Chine", "Office notarial de Xihu, Hangzhou"],
        body=[
            ("Requérante", "WANG Xiaomei, de sexe féminin, née le 5 novembre 1993"),
            ("Objet", "Naissance"),
            (
                "",
                "Il est certifié que WANG Xiaomei est née le 5 novembre 1993 à Hangzhou, province du Zhejiang. "
                "Son père est WANG Jianguo, sa mère est LI Xiuying.",
            ),
            ("Notaire", "CHEN Ming, office notarial de Xihu, Hangzhou"),
            ("Date", "12 janvier 2026"),
        ],
        place="Paris",
        date="2026-02-03",
    )
    trd, trpages = D.translation(F, tr, r)
    F.pages_file("traduction assermentee.pdf", "image_pdf", trd, trpages, dpi=200)
    holder = "Mme Xiaomei WANG"
    addr = ["41 rue de la Roquette", "75011 Paris"]
    bills = monthly_bills(
        "Free",
        "internet",
        holder,
        addr,
        [(2026, 8), (2026, 9), (2026, 10)],
        "FR26",
        r,
        issue_day=2,
        client_no="fbx82731945",
        amount=29.99,
        offer="Abonnement Freebox Pop",
    )
    sheets = []
    for bb in bills:
        bdoc, bp = D.bill(F, bb, r)
        sheets += [(pg, bdoc) for pg in bp]
    F.file("factures free aout sept oct.pdf", "text_pdf", sheets, meta={"title": "Factures Free"})
    P = dict(
        employer="LUMEN DATA SYSTEMS SAS",
        emp_addr=["18 rue du Faubourg Saint-Antoine", "75012 Paris"],
        siret=u.siret(r),
        naf="6201Z",
        urssaf="Île-de-France",
        conv="Syntec (IDCC 1486)",
        employee="Mme WANG Xiaomei",
        emp_lines=["41 rue de la Roquette", "75011 Paris"],
        job="Analyste de données",
        status="Cadre",
        entry="2026-04-01",
        month="2026-10",
        pay_date="2026-10-30",
        gross=3650.0,
        pas_rate=5.1,
    )
    psd, pspages = D.payslip(F, P, r)
    F.pages_file("bulletin octobre 2026.pdf", "text_pdf", psd, pspages)
    R = _rib(
        r,
        "BNP",
        ["MME WANG XIAOMEI", "41 RUE DE LA ROQUETTE", "75011 PARIS"],
        ["BNP PARIBAS PARIS BASTILLE", "2 PLACE DE LA BASTILLE", "75011 PARIS"],
        "2026-04-08",
        copies=3,
        legal="BNP Paribas SA au capital de 2 261 621 342 € - 662 042 449 RCS Paris - ORIAS n° 07 022 735",
    )
    rd, rpages = D.rib(F, R, r, "pdf")
    F.pages_file("RIB.pdf", "text_pdf", rd, rpages)
    return _finish(F, p, as_of, requirements())


def c03_gomez():
    F = Folder("c03_gomez_restrepo", "packet")
    r = u.rng_for(SET, F.name)
    as_of = "2026-12-02"
    p = dict(
        surname="GÓMEZ RESTREPO",
        given="MARÍA CAMILA",
        sex="F",
        dob="1996-08-23",
        nat="COL",
        nat_fr="Colombienne",
        pob_city="MEDELLÍN",
        pob_country_fr="Colombie",
        addr_line="14 rue des Carmes, chez Mme Roussel",
        zip="31000",
        city="Toulouse",
        phone="07 81 90 23 64",
        email="mcamila.gomezr@gmail.com",
        passport=dict(
            issuing="COL",
            number="AY482915",
            issue="2024-01-18",
            expiry="2034-01-17",
            authority="MINISTERIO DE RELACIONES EXTERIORES",
            pob_text="MEDELLÍN",
        ),
    )
    Fm = form_from(
        p,
        "salarie",
        "Toulouse",
        "2026-11-21",
        hand_font="H-breip",
        job="Employée de restauration",
        contract="CDD",
        hire_date="01/06/2026",
        pob_commune="Medellín",
    )
    fd, fpages = D.application_form(
        F, Fm, r, notes="Double surname GÓMEZ RESTREPO written in the birth-surname comb."
    )
    F.file(
        "formulaire cpam.pdf", "image_pdf", [(fpages[0], fd), (fpages[1], fd)], dpi=200, gray=True
    )
    pd = D.passport(F, p, r, notes="Colombian double surname: MRZ GOMEZ<RESTREPO<<MARIA<CAMILA.")
    v = dict(
        type="D",
        number="074419233",
        valid_from="2026-05-10",
        valid_until="2027-03-09",
        duration="304",
        issued_in="BOGOTA",
        issued_on="2026-04-22",
        vls_ts=True,
        remarks=["VLS-TS TRAVAILLEUR TEMPORAIRE", "A VALIDER EN LIGNE DES L'ARRIVEE EN FRANCE"],
        entry_stamp="14.05.2026",
    )
    F.file("pasaporte.jpg", "phone_photo", [(D.datapage_only(p, r), pd)], bg="desk")
    vd = D.visa(F, p, v)
    F.file("visa.jpg", "phone_photo", [(D.visa_only(p, v, r), vd)], bg="desk")
    b = dict(
        country="COL",
        serial="58012377",
        office_kind="NOTARÍA",
        office_code="05001-02",
        office_place="COLOMBIA - ANTIOQUIA - MEDELLÍN",
        ap1="GÓMEZ",
        ap2="RESTREPO",
        bc_given="MARÍA CAMILA",
        birth_place="COLOMBIA - ANTIOQUIA - MEDELLÍN",
        mother="RESTREPO ARANGO LUZ MARINA",
        father="GÓMEZ PATIÑO CARLOS ALBERTO",
        reg_date="1996-09-02",
        officer="NOTARIA SEGUNDA DE MEDELLIN",
        nuip="1037654821",
        issued_at="Medellín",
        issued_on="2026-02-16",
        truth_place="Medellín",
        truth_surname="GÓMEZ RESTREPO",
    )
    bd, bpages = D.birth(F, p, b, r, True)
    a = dict(
        langs=["es", "en"],
        country="Colombia",
        signer="Juan Pablo Mejía Ochoa",
        capacity="Notario Segundo de Medellín",
        seal_of="Notaría Segunda del Círculo de Medellín",
        place="Bogotá D.C.",
        date="2026-02-18",
        date_text="18/02/2026",
        by="Ministerio de Relaciones Exteriores",
        number="A7B3K2026021800417",
        seal_text="REPÚBLICA DE COLOMBIA * CANCILLERÍA * ",
        qr=True,
        sig_name="Cancillería",
    )
    ad, apage = D.apostille(
        F,
        a,
        r,
        header=["REPÚBLICA DE COLOMBIA", "MINISTERIO DE RELACIONES EXTERIORES"],
        footer="La autenticidad de esta apostilla puede ser verificada en el sitio web de la Cancillería "
        "con el número y el código de verificación. Esta apostilla certifica únicamente la firma y "
        "la calidad del signatario; no certifica el contenido del documento.",
        notes="Colombian e-apostille printed on a separate sheet.",
    )
    F.file("registro civil y apostilla.pdf", "text_pdf", [(bpages[0], bd), (apage, ad)])
    host = dict(surname="ROUSSEL", given="CAMILLE ANNE", sex="F", dob="1991-02-07", pob_city="ALBI")
    a_ = dict(
        host_name="Camille ROUSSEL",
        hosted_name="Maria GOMEZ",
        since="2026-05-15",
        host_line1="Camille Roussel",
        host_line2="14 rue des Carmes, 31000 Toulouse",
        body=[
            "Je soussignée Camille Roussel, née le 07/02/1991 à Albi,",
            "demeurant au 14 rue des Carmes à Toulouse (31000),",
            "atteste sur l'honneur héberger à mon domicile",
            "Mlle Maria Gomez, née le 23/08/1996 à Medellín (Colombie),",
            "depuis le 15 mai 2026, à titre gratuit.",
            "Fait pour servir et valoir ce que de droit.",
        ],
        place_date="Toulouse, le 20/11/2026",
        sig_name="C. Roussel",
        hand_font="H-breip",
        pj="PJ : copie de ma carte d'identité, copie de mon bail",
    )
    atd, atpages = D.attestation(
        F,
        a_,
        r,
        notes="Hosted person written 'Maria GOMEZ': second given name and second surname omitted.",
    )
    F.pages_file("attestation hebergement.jpg", "phone_photo", atd, atpages, bg="wood")
    k = dict(
        number="T8LQK2VX7",
        expiry="2033-03-04",
        issue="2023-03-05",
        address1="14 RUE DES CARMES",
        address2="31000 TOULOUSE",
        authority="Préfecture de la Haute-Garonne",
        can="305117",
    )
    kd = F.doc(
        "national_id",
        D.cni_fields(host, k),
        "Host's French identity card (2021 model), front and back on one scan.",
    )
    F.file(
        "CNI Camille recto verso.jpg",
        "scan",
        [(D.two_sides_sheet(I.cni_front(host, k, r), I.cni_back(host, k, r), r), kd)],
        dpi=250,
    )
    L = dict(
        furnished=False,
        landlord="SCI LES CARMES",
        landlord_addr="3 place Rouaix, 31000 Toulouse",
        landlord_kind="personne morale (SCI)",
        agent="Agence Capitole Gestion, 22 rue d'Alsace-Lorraine 31000 Toulouse",
        tenants=["Mme Camille ROUSSEL"],
        address=["14 rue des Carmes, 2e étage gauche", "31000 Toulouse"],
        start="2023-07-01",
        rent=780.0,
        charges=60.0,
        deposit=780.0,
        surface=48,
        rooms=2,
        signed_at="Toulouse",
        signed_on="2023-06-20",
        fees="185,00 € (visite, dossier, rédaction du bail)",
        landlord_sig="Capitole",
        tenant_sigs=["Roussel"],
    )
    ld, lpages = D.lease(F, L, r, notes="Host's lease (route 3 of the residence proof).")
    F.pages_file("bail Camille.pdf", "image_pdf", ld, lpages, dpi=200)
    K = dict(
        kind="CDD",
        employer="ATELIER GARONNE TRAITEUR",
        legal="SARL au capital de 20 000 €",
        seat="9 allée Jean Jaurès, 31000 Toulouse",
        siret=u.siret(r),
        rep="M. Olivier BASTIDE",
        rep_title="gérant",
        employee_intro="Madame María Camila GÓMEZ RESTREPO",
        employee_name="María Camila GÓMEZ RESTREPO",
        dob=p["dob"],
        pob="Medellín (Colombie)",
        nationality="colombienne",
        address="14 rue des Carmes, 31000 Toulouse",
        job="employée polyvalente de restauration",
        status="employée, niveau I échelon 2",
        start="2026-06-01",
        end="2027-02-28",
        reason="accroissement temporaire d'activité (saison événementielle)",
        trial="trois semaines",
        place="Toulouse et sur les lieux de prestation",
        salary=1850.0,
        conv="nationale des hôtels, cafés, restaurants (IDCC 1979)",
        signed_at="Toulouse",
        signed_on="2026-05-27",
        rep_sig="Bastide",
        emp_sig="Gómez",
        initials="MCG",
    )
    kd2, kpages = D.contract(F, K, r)
    F.pages_file("contrat CDD.pdf", "image_pdf", kd2, kpages, dpi=200)
    R = _rib(
        r,
        "BOURSO",
        ["Mme Maria Camila Gomez Restrepo"],
        ["BoursoBank"],
        "2026-11-19",
        holder_name="Mme Maria Camila Gomez Restrepo",
        app="BOURSO",
        screen_title="Mon RIB",
        app_rows=None,
    )
    R["app_rows"] = [
        ("Titulaire", R["holder_name"], False),
        ("IBAN", u.group4(R["iban"]), True),
        ("BIC", R["bic"], True),
        ("Banque", "BoursoBank - 44 rue Traversière 92100 Boulogne", False),
    ]
    rd, rpages = D.rib(F, R, r, "app", notes="Banking-app screenshot.")
    F.pages_file("Screenshot_20261119-094112.png", "screenshot", rd, rpages)
    return _finish(
        F,
        p,
        as_of,
        requirements(),
        notes="Residence proof by attestation d'hébergement + host's ID + host's lease.",
    )


def c04_martin_diallo():
    F = Folder("c04_diallo_ep_martin", "packet")
    r = u.rng_for(SET, F.name)
    as_of = "2026-12-10"
    p = dict(
        surname="DIALLO",
        given="AWA",
        sex="F",
        dob="1990-02-28",
        nat="SEN",
        nat_fr="Sénégalaise",
        pob_city="THIÈS",
        pob_country_fr="Sénégal",
        addr_line="6 impasse des Lilas",
        zip="44300",
        city="Nantes",
        phone="06 27 55 80 13",
        email="awa.martin.diallo@yahoo.fr",
        passport=dict(
            issuing="SEN",
            number="A02765431",
            issue="2022-09-30",
            expiry="2027-09-29",
            authority="DIRECTION DE LA POLICE DES ETRANGERS ET DES TITRES DE VOYAGE",
            pob_text="THIES",
        ),
    )
    Fm = form_from(
        p,
        "sans_activite",
        "Nantes",
        "2026-11-30",
        hand_font="H-dkg",
        usage_surname="MARTIN",
        pob_commune="Thiès",
        sig_name="A. Martin",
    )
    fd, fpages = D.application_form(
        F, Fm, r, notes="Married woman: birth surname DIALLO, usage name MARTIN (husband's name)."
    )
    F.file("IMG_20261130_181522.jpg", "phone_photo", [(fpages[0], fd)], rot=90, bg="cloth")
    F.file("IMG_20261130_181547.jpg", "phone_photo", [(fpages[1], fd)], bg="cloth")
    pd = D.passport(F, p, r)
    v = dict(
        type="D",
        number="081127640",
        valid_from="2026-06-20",
        valid_until="2027-06-19",
        duration="365",
        issued_in="DAKAR",
        issued_on="2026-06-02",
        vls_ts=True,
        remarks=["VLS-TS CONJOINT DE FRANCAIS", "DISPENSE TEMPORAIRE DE CARTE DE SEJOUR"],
        entry_stamp="21.06.2026",
    )
    vd = D.visa(F, p, v)
    F.file("passeport et visa.jpg", "scan", [(D.passport_sheet(p, r, visa_v=v), [pd, vd])], dpi=200)
    b = dict(
        country="SEN",
        city="Thiès",
        region="",
        act_no="1472",
        year_reg=1990,
        admin_lines=[
            "RÉGION DE THIÈS",
            "DÉPARTEMENT DE THIÈS",
            "COMMUNE DE THIÈS-NORD",
            "CENTRE D'ÉTAT CIVIL PRINCIPAL",
        ],
        father="Mamadou DIALLO",
        mother="Fatou NDIAYE",
        father_job="Instituteur",
        mother_job="Commerçante",
        reg_date="1990-03-05",
        issued_on="2026-01-22",
        time="six heures",
        truth_place="Thiès",
        centre="centre principal de Thiès",
        officer_sig="Sarr",
        hand_font="H-dkg",
    )
    bd, bpages = D.birth(
        F,
        p,
        b,
        r,
        False,
        notes="Senegal: the Franco-Senegalese convention of 29 March 1974 dispenses civil-status records from legalisation; no apostille attached.",
    )
    F.pages_file("extrait naissance.jpg", "phone_photo", bd, bpages, bg="wood")
    host = dict(
        surname="MARTIN", given="JULIEN PIERRE", sex="M", dob="1986-05-11", pob_city="NANTES"
    )
    a_ = dict(
        host_block=["Julien MARTIN", "6 impasse des Lilas", "44300 Nantes", "Tél. 06 61 08 47 22"],
        host_name="Julien MARTIN",
        hosted_name="Awa MARTIN née DIALLO",
        since="2026-06-21",
        text="Je soussigné Julien MARTIN, né le 11 mai 1986 à Nantes (44), demeurant 6 impasse des Lilas, 44300 Nantes, "
        "certifie sur l'honneur héberger à mon domicile, depuis le 21 juin 2026, mon épouse Madame Awa MARTIN née "
        "DIALLO, née le 28 février 1990 à Thiès (Sénégal), de nationalité sénégalaise.\n\nJe joins à la présente "
        "attestation la copie de ma carte nationale d'identité et mes trois dernières factures d'internet.",
        place_date="Fait à Nantes, le 28 novembre 2026",
        sig_name="J. Martin",
    )
    atd, atpages = D.attestation(
        F, a_, r, typed=True, notes="Host is the husband; hosted name uses the usage name MARTIN."
    )
    F.pages_file("attestation hebergement Julien.pdf", "text_pdf", atd, atpages)
    k = dict(
        number="170544107331",
        expiry="2032-05-21",
        issue="2017-05-22",
        address1="6 impasse des Lilas",
        address2="44300 NANTES",
        authority="PRÉFECTURE DE LOIRE-ATLANTIQUE",
        admin="440213",
        height="1,82 m",
    )
    kf, kb = I.cni_old(host, k, r)
    kd = D.cni_fields(host, k)
    kdoc = F.doc(
        "national_id",
        kd,
        "Host's pre-2021 French identity card (2-line, 36-character MRZ; document number 12 digits), front and back in two files.",
    )
    F.file("CNI julien recto.jpg", "scan", [(I.crop(kf, 6), kdoc)], dpi=300)
    F.file("CNI julien verso.jpg", "scan", [(I.crop(kb, 6), kdoc)], dpi=300)
    addr = ["6 impasse des Lilas", "44300 Nantes"]
    bills = monthly_bills(
        "SFR",
        "internet",
        "M JULIEN MARTIN",
        addr,
        [(2026, 9), (2026, 10), (2026, 11)],
        "SF",
        r,
        issue_day=3,
        client_no="0412 7731 95",
        amount=36.0,
        offer="Fibre Power",
    )
    for i, bb in enumerate(bills):
        bdoc, bp = D.bill(F, bb, r, notes="Host's bill (not the applicant's).")
        F.pages_file(f"SFR_facture_{bb['start'][5:7]}_2026.pdf", "text_pdf", bdoc, bp)
    R = _rib(
        r,
        "CA",
        ["M. MARTIN JULIEN OU MME MARTIN AWA", "6 IMPASSE DES LILAS", "44300 NANTES"],
        ["CA ATLANTIQUE VENDEE", "AGENCE NANTES ERDRE", "44300 NANTES"],
        "2026-07-15",
        style="inline",
        copies=2,
        holder_name="M. MARTIN JULIEN OU MME MARTIN AWA",
    )
    rd, rpages = D.rib(
        F,
        R,
        r,
        "pdf",
        notes="Joint account: 'M. OU MME', includes the applicant under her usage name.",
    )
    F.pages_file("RIB compte joint.pdf", "image_pdf", rd, rpages, dpi=200)
    return _finish(
        F,
        p,
        as_of,
        requirements(employment="not_applicable"),
        notes="Route 3: attestation by the husband + his ID + three consecutive bills in his name.",
    )


def c05_de_luca():
    F = Folder("c05_de_luca_niccolo", "packet")
    r = u.rng_for(SET, F.name)
    as_of = "2026-11-25"
    p = dict(
        surname="DE LUCA",
        given="NICCOLÒ",
        sex="M",
        dob="1988-07-09",
        nat="ITA",
        nat_fr="Italienne",
        pob_city="BOLOGNA",
        pob_country_fr="Italie",
        addr_line="5 rue Lesdiguières",
        zip="38000",
        city="Grenoble",
        phone="+39 347 552 1904",
        email="n.deluca88@libero.it",
        passport=dict(issuing="ITA", number="CA48213KD", expiry="2031-07-09"),
    )
    Fm = form_from(
        p,
        "salarie",
        "Grenoble",
        "2026-11-12",
        mode="typed",
        job="Ingénieur process",
        contract="CDI",
        hire_date="02/09/2025",
        pob_commune="Bologne",
        pob_country="Italie",
        sig_name="De Luca",
    )
    fd, fpages = D.application_form(
        F, Fm, r, notes="Typed on a computer, printed, signed by hand, scanned."
    )
    F.file("formulaire PUMA signe.pdf", "image_pdf", [(fpages[0], fd), (fpages[1], fd)], dpi=200)
    k = dict(
        number="CA48213KD",
        issue="2021-06-30",
        expiry="2031-07-09",
        municipality="BOLOGNA",
        prov="BO",
        height="178",
        back_fields=[
            ("CODICE FISCALE / FISCAL CODE", "DLCNCL88L09A944K"),
            ("INDIRIZZO DI RESIDENZA / RESIDENCE", "VIA SARAGOZZA 112, BOLOGNA (BO)"),
            ("ESTREMI ATTO DI NASCITA", "00417.1.A.1988"),
        ],
    )
    kf, kb = I.eu_card(p, k, r, "ITA")
    kd = F.doc(
        "national_id",
        {
            "surname": "DE LUCA",
            "given_names": "NICCOLÒ",
            "document_number": "CA48213KD",
            "nationality": "ITA",
            "date_of_birth": p["dob"],
            "expiry_date": k["expiry"],
            "sex": "M",
            "mrz_valid": True,
        },
        "Italian CIE (EU national): no residence permit needed. MRZ document code 'C<'.",
    )
    F.file("CI fronte.jpg", "scan", [(I.crop(kf, 5), kd)], dpi=300)
    F.file("CI retro.jpg", "scan", [(I.crop(kb, 5), kd)], dpi=300)
    b = dict(
        country="ITA",
        comune="Bologna",
        prov="BO",
        year_reg=1988,
        act_no="417",
        father="DE LUCA MARCO",
        mother="BIANCHI ELENA",
        issued_on="2026-03-02",
        officer="dott.ssa Paola Rinaldi",
        truth_place="Bologna",
        time="14:20",
    )
    bd, bpages = D.birth(
        F, p, b, r, False, notes="EU member state: no apostille (Regulation (EU) 2016/1191)."
    )
    F.pages_file("estratto atto di nascita.pdf", "image_pdf", bd, bpages, dpi=200, gray=True)
    L = dict(
        furnished=False,
        landlord="Mme Françoise VIAL",
        landlord_addr="17 avenue Alsace-Lorraine, 38000 Grenoble",
        agent="Cabinet Dauphiné Gestion, 4 place Grenette, 38000 Grenoble",
        tenants=["M. Niccolò DE LUCA"],
        address=["5 rue Lesdiguières, 4e étage", "38000 Grenoble"],
        start="2025-09-01",
        rent=690.0,
        charges=80.0,
        deposit=690.0,
        surface=52,
        rooms=2,
        signed_at="Grenoble",
        signed_on="2025-08-21",
        fees="390,00 €",
        landlord_sig="Vial",
        tenant_sigs=["De Luca"],
        font="Sans",
    )
    ld, lpages = D.lease(F, L, r)
    F.pages_file("Bail_5_rue_Lesdiguieres.pdf", "text_pdf", ld, lpages)
    P = dict(
        employer="VETRO & LUCE SAS",
        emp_addr=["ZI des Iles", "38120 Saint-Égrève"],
        siret=u.siret(r),
        naf="2312Z",
        urssaf="Rhône-Alpes",
        conv="Industries de fabrication mécanique du verre (IDCC 1821)",
        employee="M. DE LUCA Niccolò",
        emp_lines=["5 rue Lesdiguières", "38000 Grenoble"],
        job="Ingénieur process",
        status="Cadre",
        entry="2025-09-02",
        month="2026-10",
        pay_date="2026-10-31",
        gross=3980.0,
        pas_rate=6.3,
        style="b",
        color="2E6B4F",
    )
    psd, pspages = D.payslip(F, P, r)
    F.pages_file("fiche de paie oct.pdf", "text_pdf", psd, pspages)
    R = _rib(
        r,
        "CM",
        ["M NICCOLO DE LUCA", "5 RUE LESDIGUIERES", "38000 GRENOBLE"],
        ["CCM GRENOBLE CENTRE", "6 PLACE VICTOR HUGO", "38000 GRENOBLE"],
        "2025-09-10",
        copies=2,
        doc_title="Relevé d'Identité Bancaire (RIB)",
    )
    rd, rpages = D.rib(F, R, r, "pdf")
    F.pages_file("rib credit mutuel.pdf", "image_pdf", rd, rpages, dpi=200)
    return _finish(
        F,
        p,
        as_of,
        requirements(residence_status="not_applicable"),
        notes="EU national: identity by Italian identity card; residence status not applicable.",
    )


def c06_conceicao():
    F = Folder("c06_conceicao_silva", "packet")
    r = u.rng_for(SET, F.name)
    as_of = "2026-12-08"
    p = dict(
        surname="DA CONCEIÇÃO SILVA",
        given="JOÃO PEDRO",
        sex="M",
        dob="1991-12-03",
        nat="BRA",
        nat_fr="Brésilienne",
        pob_city="SALVADOR",
        pob_country_fr="Brésil",
        addr_line="22 rue Paul Bert",
        zip="69003",
        city="Lyon",
        phone="07 66 04 31 58",
        email="jp.conceicao@gmail.com",
        passport=dict(
            issuing="BRA",
            number="FZ193847",
            issue="2023-05-09",
            expiry="2033-05-08",
            authority="POLICIA FEDERAL",
            pob_text="SALVADOR/BA",
        ),
    )
    Fm = form_from(
        p,
        "salarie",
        "Lyon",
        "2026-11-26",
        hand_font="H-breip",
        job="Ingénieur data",
        contract="CDI",
        hire_date="17/03/2025",
        pob_commune="Salvador",
        sig_name="João P.",
    )
    fd, fpages = D.application_form(F, Fm, r)
    F.file("scan0001.jpg", "scan", [(fpages[0], fd)], dpi=200)
    F.file("scan0002.jpg", "scan", [(fpages[1], fd)], dpi=200)
    pd = D.passport(
        F,
        p,
        r,
        notes="Accents in the visual zone (JOÃO, CONCEIÇÃO); MRZ DA<CONCEICAO<SILVA<<JOAO<PEDRO.",
    )
    F.file("passaporte.pdf", "image_pdf", [(D.passport_sheet(p, r), pd)], dpi=200)
    t = dict(
        kind="CARTE DE SÉJOUR PLURIANNUELLE",
        category="PASSEPORT TALENT - SALARIÉ QUALIFIÉ",
        number="VT3591046",
        expiry="2030-03-14",
        remarks=["AUTORISE SON TITULAIRE A TRAVAILLER", "L.421-9 CESEDA"],
        pob="SALVADOR (BRESIL)",
        address="22 RUE PAUL BERT 69003 LYON",
        issued_on="2026-03-15",
        authority="PRÉFECTURE DU RHÔNE",
    )
    td, tf, tb = D.titre(F, p, t, r)
    F.file("titre recto.png", "scan", [(I.crop(tf, 4), td)], dpi=300)
    F.file("titre verso.png", "scan", [(I.crop(tb, 4), td)], dpi=300)
    b = dict(
        country="BRA",
        bc_full="JOÃO PEDRO DA CONCEIÇÃO SILVA",
        cpf="048.772.915-30",
        matricula="110411 01 55 1991 1 00087 214 0041382-11",
        dob_words="TRÊS DE DEZEMBRO DE MIL NOVECENTOS E NOVENTA E UM",
        time="08:40",
        reg_place="SALVADOR - BA",
        hospital="MATERNIDADE CLIMÉRIO DE OLIVEIRA, SALVADOR - BA",
        birth_place="SALVADOR - BA",
        father="ANTÔNIO CARLOS SILVA",
        mother="MARIA DA CONCEIÇÃO SANTOS",
        grandparents="PATERNOS: JOSÉ SILVA E ANA SILVA; MATERNOS: PEDRO SANTOS E LUZIA DA CONCEIÇÃO",
        reg_words="DEZ DE DEZEMBRO DE MIL NOVECENTOS E NOVENTA E UM",
        cartorio="1º OFÍCIO DO REGISTRO CIVIL DAS PESSOAS NATURAIS",
        cartorio_addr="Av. Sete de Setembro, 1200 - Salvador/BA",
        officer="Helena Matos Figueiredo",
        issued_at="Salvador",
        issued_words="12 de fevereiro de 2026",
        truth_place="Salvador",
        truth_surname="DA CONCEIÇÃO SILVA",
        truth_given="JOÃO PEDRO",
    )
    bd, bpages = D.birth(F, p, b, r, True, notes="Brazilian national model (matrícula).")
    a = dict(
        langs=["pt", "en", "fr"],
        country="República Federativa do Brasil",
        signer="Helena Matos Figueiredo",
        capacity="Oficial de Registro Civil",
        seal_of="1º Ofício do Registro Civil de Salvador/BA",
        place="Salvador/BA",
        date="2026-02-13",
        date_text="13/02/2026",
        by="1º Tabelionato de Notas de Salvador",
        number="BRA0412261300871",
        seal_text="REPÚBLICA FEDERATIVA DO BRASIL * CNJ * ",
        qr=True,
        style="sticker",
        sig_name="Tabelião",
    )
    ad, apage = D.apostille(F, a, r, notes="Brazilian apostille (CNJ model with QR code).")
    F.file("certidao nascimento.jpg", "phone_photo", [(bpages[0], bd)], bg="dark")
    F.file("apostila.jpg", "phone_photo", [(apage, ad)], bg="dark")
    addr = ["22 rue Paul Bert", "69003 Lyon"]
    bills = monthly_bills(
        "Orange",
        "mobile",
        "M JOAO PEDRO DA CONCEICAO SILVA",
        addr,
        [(2026, 9), (2026, 10), (2026, 11)],
        "OR",
        r,
        issue_day=1,
        client_no="9104 5521 883",
        amount=19.99,
        offer="Forfait mobile 100 Go",
    )
    for bb in bills:
        bdoc, bp = D.bill(F, bb, r)
        F.pages_file(f"facture_orange_{bb['start'][5:7]}2026.pdf", "text_pdf", bdoc, bp)
    K = dict(
        kind="CDI",
        employer="SOLARIS ÉNERGIE CONSEIL",
        legal="SAS au capital de 150 000 €",
        seat="45 quai Rambaud, 69002 Lyon",
        siret=u.siret(r),
        rep="Mme Claire ARNOUX",
        rep_title="Présidente",
        employee_intro="Monsieur João Pedro DA CONCEIÇÃO SILVA",
        employee_name="João Pedro DA CONCEIÇÃO SILVA",
        dob=p["dob"],
        pob="Salvador (Brésil)",
        nationality="brésilienne",
        address="22 rue Paul Bert, 69003 Lyon",
        job="Ingénieur data",
        status="cadre, position 2.2",
        start="2025-03-17",
        trial="quatre mois",
        place="Lyon (siège)",
        salary=4150.0,
        conv="Syntec (IDCC 1486)",
        signed_at="Lyon",
        signed_on="2025-02-28",
        rep_sig="C. Arnoux",
        emp_sig="João",
        initials="JPCS",
        font="Serif",
    )
    kd2, kpages = D.contract(F, K, r)
    F.pages_file("contrat de travail CDI.pdf", "text_pdf", kd2, kpages)
    R = _rib(
        r,
        "LBP",
        ["M JOAO PEDRO DA CONCEICAO SILVA", "22 RUE PAUL BERT", "69003 LYON"],
        ["LA BANQUE POSTALE", "CENTRE FINANCIER DE LYON", "69900 LYON CEDEX 20"],
        "2025-04-02",
        letter_addr=["Monsieur João Pedro DA CONCEIÇÃO SILVA", "22 rue Paul Bert", "69003 Lyon"],
        city="Lyon",
        salutation="Monsieur",
        advisor="Sophie BERTHET",
    )
    rd, rpages = D.rib(
        F, R, r, "letter", notes="RIB printed at the foot of the bank's welcome letter."
    )
    F.pages_file("courrier banque postale.pdf", "text_pdf", rd, rpages)
    return _finish(
        F,
        p,
        as_of,
        requirements(),
        notes="Titre de séjour (passeport talent) instead of a VLS-TS; three monthly mobile bills.",
    )


def c07_iyer():
    F = Folder("c07_iyer_arjun", "packet")
    r = u.rng_for(SET, F.name)
    as_of = "2026-11-30"
    p = dict(
        surname="IYER",
        given="ARJUN RAGHAV",
        sex="M",
        dob="1989-05-21",
        nat="IND",
        nat_fr="Indienne",
        pob_city="CHENNAI",
        pob_country_fr="Inde",
        addr_line="63 rue Oberkampf",
        zip="75011",
        city="Paris",
        phone="07 52 88 19 30",
        email="arjun.iyer@protonmail.com",
        passport=dict(
            issuing="IND",
            number="Z5839214",
            issue="2022-08-16",
            expiry="2032-08-15",
            authority="RPO CHENNAI",
            pob_text="CHENNAI, TAMIL NADU",
        ),
    )
    Fm = form_from(
        p,
        "salarie",
        "Paris",
        "2026-11-18",
        mode="typed",
        form_given="ARJUN",
        job="Software engineer",
        contract="CDI",
        hire_date="05/02/2026",
        pob_commune="Chennai",
        sig_name="A. Iyer",
    )
    fd, fpages = D.application_form(
        F, Fm, r, notes="Given name written 'ARJUN' only (middle name RAGHAV omitted)."
    )
    F.file("form_p1.jpg", "phone_photo", [(fpages[0], fd)], bg="desk")
    F.file("form_p2.jpg", "phone_photo", [(fpages[1], fd)], rot=180, bg="desk")
    pd = D.passport(F, p, r)
    v = dict(
        type="D",
        number="066281035",
        valid_from="2026-01-28",
        valid_until="2027-01-27",
        duration="365",
        issued_in="BANGALORE",
        issued_on="2026-01-14",
        vls_ts=True,
        remarks=["VLS-TS PASSEPORT TALENT", "SALARIE QUALIFIE", "CESEDA L.421-9"],
        entry_stamp="30.01.2026",
    )
    vd = D.visa(F, p, v)
    F.file(
        "passport_and_visa.pdf",
        "image_pdf",
        [(D.datapage_only(p, r), pd), (D.visa_only(p, v, r), vd)],
        dpi=250,
    )
    b = dict(
        country="IND",
        corp="Greater Chennai Corporation",
        zone="Zone 9 - Teynampet",
        taluk="Mylapore-Triplicane",
        district="Chennai",
        bc_full="ARJUN RAGHAV IYER",
        hospital="Apollo Hospitals, Greams Road, Chennai",
        mother="Lakshmi Iyer",
        father="Raghav Subramanian Iyer",
        addr="14, 2nd Cross Street, R.A. Puram, Chennai 600028",
        reg_no="1989/09/04771",
        reg_date="1989-05-27",
        issued_on="2025-12-04",
        truth_place="Chennai",
        truth_given="ARJUN RAGHAV",
    )
    bd, bpages = D.birth(F, p, b, r, True)
    a = dict(
        langs=["en"],
        country="India",
        signer="R. Venkatesan",
        capacity="Registrar of Births and Deaths",
        seal_of="Greater Chennai Corporation",
        place="New Delhi",
        date="2025-12-19",
        date_text="19-12-2025",
        by="Ministry of External Affairs, Government of India",
        number="MEA/APOST/2025/1184320",
        seal_text="MINISTRY OF EXTERNAL AFFAIRS * GOVERNMENT OF INDIA * ",
        style="sticker",
        sig_name="MEA",
        qr=True,
    )
    ad, apage = D.apostille(F, a, r, notes="Indian MEA apostille sticker on a separate sheet.")
    F.file(
        "birth certificate + apostille.pdf", "image_pdf", [(bpages[0], bd), (apage, ad)], dpi=200
    )
    L = dict(
        furnished=False,
        landlord="Mme Hélène VASSEUR",
        landlord_addr="9 rue Saint-Sabin, 75011 Paris",
        tenants=["M. Arjun IYER"],
        address=["63 rue Oberkampf, bâtiment B, 3e étage", "75011 Paris"],
        start="2026-02-15",
        rent=1240.0,
        charges=110.0,
        deposit=1240.0,
        surface=38,
        rooms=2,
        signed_at="Paris",
        signed_on="2026-02-10",
        encadrement="oui - loyer de référence 30,10 €/m²",
        landlord_sig="H. Vasseur",
        tenant_sigs=["Iyer"],
    )
    ld, lpages = D.lease(F, L, r, notes="Tenant written 'Arjun IYER' (middle name omitted).")
    F.pages_file("lease.pdf", "text_pdf", ld, lpages)
    P = dict(
        employer="QUANTIX LABS SAS",
        emp_addr=["27 rue du Chemin Vert", "75011 Paris"],
        siret=u.siret(r),
        naf="6202A",
        urssaf="Île-de-France",
        conv="Syntec (IDCC 1486)",
        employee="M. IYER ARJUN",
        emp_lines=["63 rue Oberkampf", "75011 Paris"],
        job="Software engineer",
        status="Cadre",
        entry="2026-02-05",
        month="2026-10",
        pay_date="2026-10-30",
        gross=5200.0,
        pas_rate=9.8,
        color="4B3A78",
    )
    psd, pspages = D.payslip(F, P, r)
    F.pages_file("payslip_2026_10.pdf", "text_pdf", psd, pspages)
    acct = "0123" + f"{int(r.integers(0, 10**6)):06d}"
    iban = u.iban_from_bban("DE", "10011001" + acct)
    R = dict(
        holder_lines=["Arjun Raghav Iyer"],
        iban=iban,
        bic="NTSBDEB1XXX",
        edited="2026-02-20",
        holder_name="Arjun Raghav Iyer",
    )
    rd, rpages = D.rib(
        F,
        R,
        r,
        "foreign",
        notes="German IBAN (online bank): acceptable under SEPA Regulation 260/2012 (information only).",
    )
    F.pages_file("N26_bank_details.pdf", "text_pdf", rd, rpages)
    return _finish(
        F,
        p,
        as_of,
        requirements(),
        notes="Foreign SEPA IBAN (DE) is legally acceptable; middle name omitted on several pieces.",
    )


def c08_kovalenko():
    F = Folder("c08_kovalenko_olena", "packet")
    r = u.rng_for(SET, F.name)
    as_of = "2026-11-16"
    p = dict(
        surname="KOVALENKO",
        given="OLENA",
        sex="F",
        dob="1985-10-12",
        nat="UKR",
        nat_fr="Ukrainienne",
        pob_city="KHARKIV",
        pob_country_fr="Ukraine",
        addr_line="3 chemin des Vignes, chez Mme Faucher",
        zip="21000",
        city="Dijon",
        phone="07 49 12 66 03",
        passport=dict(
            issuing="UKR",
            number="FT735102",
            issue="2019-03-11",
            expiry="2029-03-11",
            authority="6301",
            pob_text="UKR",
        ),
    )
    Fm = form_from(
        p,
        "sans_activite",
        "Dijon",
        "2026-11-04",
        hand_font="dancing",
        pob_commune="Kharkiv",
        sig_name="Kovalenko",
    )
    fd, fpages = D.application_form(F, Fm, r)
    F.file("demande.pdf", "image_pdf", [(fpages[0], fd), (fpages[1], fd)], dpi=200)
    pd = D.passport(
        F, p, r, notes="Ukrainian passport: place of birth printed as the country code UKR."
    )
    v = dict(
        type="D",
        number="058837412",
        valid_from="2026-05-02",
        valid_until="2027-05-01",
        duration="365",
        issued_in="VARSOVIE",
        issued_on="2026-04-15",
        vls_ts=True,
        remarks=["VLS-TS VISITEUR", "INTERDICTION D'EXERCER UNE ACTIVITE PROFESSIONNELLE"],
        entry_stamp="03.05.2026",
    )
    vd = D.visa(F, p, v)
    F.file("passport.jpg", "scan", [(D.passport_sheet(p, r, angle=1.0), pd)], dpi=200)
    F.file("visa.jpg", "scan", [(D.visa_only(p, v, r, margin=8), vd)], dpi=250)
    b = dict(
        country="UKR",
        uk_surname="КОВАЛЕНКО",
        uk_given="ОЛЕНА",
        uk_patronymic="ІГОРІВНА",
        uk_dob_words="дванадцятого жовтня тисяча дев'ятсот вісімдесят п'ятого року",
        uk_place="м. Харків, Україна",
        uk_reg_date="21 жовтня 1985",
        act_no="3318",
        uk_father="Коваленко Ігор Петрович",
        uk_mother="Коваленко Наталія Василівна",
        uk_office="Відділ державної реєстрації актів цивільного стану у місті Харкові Східного міжрегіонального управління Міністерства юстиції",
        uk_registrar="О. М. Бондар",
        issued_on="2025-08-14",
        series="І-ВЛ № 604217",
        truth_place="Харків",
        truth_surname="КОВАЛЕНКО",
        truth_given="ОЛЕНА",
    )
    bd, bpages = D.birth(
        F,
        p,
        b,
        r,
        True,
        notes="Ukrainian duplicate birth certificate in Cyrillic: names as printed (КОВАЛЕНКО Олена Ігорівна, with patronymic).",
    )
    a = dict(
        langs=["uk", "en"],
        country="Україна / Ukraine",
        signer="О. М. Бондар / O. M. Bondar",
        capacity="державний реєстратор / State registrar",
        seal_of="Відділ ДРАЦС м. Харків / Civil registry office Kharkiv",
        place="Київ / Kyiv",
        date="2025-08-29",
        date_text="29.08.2025",
        by="Міністерство юстиції України / Ministry of Justice of Ukraine",
        number="2025-0829-117734",
        seal_text="МІНІСТЕРСТВО ЮСТИЦІЇ УКРАЇНИ * ",
        sig_name="Ministry",
    )
    ad, apage = D.apostille(F, a, r)
    tr = dict(
        translator="Mme Olga PETRENKO-DURAND",
        court="Cour d'appel de Dijon",
        address="18 rue de la Liberté, 21000 Dijon",
        contact="Tél. 03 80 41 22 17",
        number="UA-2026-061",
        lang_from="ukrainien",
        doc_ref="Traduction d'un acte de naissance (duplicata) et de son apostille",
        title="ACTE DE NAISSANCE (duplicata)",
        header_lines=["UKRAINE"],
        body=[
            ("Nom", "KOVALENKO"),
            ("Prénom", "Olena"),
            ("Patronyme", "Igorivna"),
            ("Date de naissance", "12 octobre 1985"),
            ("Lieu de naissance", "ville de Kharkiv, Ukraine"),
            ("Acte n°", "3318 du 21 octobre 1985"),
            ("Père", "KOVALENKO Igor Petrovytch, nationalité : Ukraine"),
            ("Mère", "KOVALENKO Natalia Vassylivna, nationalité : Ukraine"),
            ("Délivré le", "14 août 2025, série І-ВЛ n° 604217"),
            (
                "",
                "Apostille n° 2025-0829-117734 du 29 août 2025, ministère de la Justice d'Ukraine.",
            ),
        ],
        place="Dijon",
        date="2026-01-09",
    )
    trd, trpages = D.translation(F, tr, r)
    F.file(
        "acte naissance + apostille + traduction.pdf",
        "image_pdf",
        [(bpages[0], bd), (apage, ad), (trpages[0], trd)],
        dpi=200,
    )
    host = dict(
        surname="FAUCHER",
        given="SYLVIE MARIE",
        sex="F",
        dob="1962-01-30",
        nat="FRA",
        pob_city="BEAUNE",
        passport=dict(
            issuing="FRA",
            number="19CV84217",
            issue="2019-06-03",
            expiry="2029-06-02",
            authority="Préfecture de la Côte-d'Or",
            pob_text="BEAUNE (21)",
        ),
    )
    a_ = dict(
        host_name="Sylvie FAUCHER",
        hosted_name="Olena KOVALENKO",
        since="2026-05-04",
        host_line1="Sylvie Faucher",
        host_line2="3 chemin des Vignes - 21000 Dijon",
        body=[
            "Je soussignée Mme Sylvie Faucher, née le 30 janvier 1962",
            "à Beaune (21), atteste sur l'honneur héberger",
            "à mon domicile, 3 chemin des Vignes à Dijon,",
            "Mme Olena Kovalenko, née le 12 octobre 1985 à Kharkiv",
            "(Ukraine), depuis le 4 mai 2026.",
            "Attestation établie pour servir et valoir ce que de droit.",
        ],
        place_date="Dijon, le 2 novembre 2026",
        sig_name="S. Faucher",
        squared=True,
        hand_font="H-dkg",
        ink=dr.INK_BLACK,
        pj="Pièces jointes : copie passeport, 3 factures EDF",
    )
    atd, atpages = D.attestation(F, a_, r)
    F.pages_file("attestation d hebergement.jpg", "scan", atd, atpages, dpi=200)
    hd = F.doc(
        "passport",
        {
            "surname": "FAUCHER",
            "given_names": "SYLVIE MARIE",
            "document_number": "19CV84217",
            "nationality": "FRA",
            "date_of_birth": host["dob"],
            "expiry_date": "2029-06-02",
            "sex": "F",
            "mrz_valid": True,
        },
        "Host's French passport (identity of the host).",
    )
    F.file("passeport Sylvie.jpg", "phone_photo", [(D.datapage_only(host, r), hd)], bg="wood")
    addr = ["3 chemin des Vignes", "21000 Dijon"]
    bills = monthly_bills(
        "EDF",
        "electricity",
        "MME SYLVIE FAUCHER",
        addr,
        [(2026, 7), (2026, 8), (2026, 9)],
        "10",
        r,
        issue_day=5,
        client_no="6 014 552 871",
        account_no="4003 1187 2294",
        pdl="21492736540118",
        dep="21",
    )
    sheets = []
    for bb in bills:
        bdoc, bp = D.bill(F, bb, r, notes="Host's monthly EDF bill (2 pages).")
        sheets += [(pg, bdoc) for pg in bp]
    F.file("EDF juillet aout septembre.pdf", "text_pdf", sheets)
    R = _rib(
        r,
        "BP",
        ["MME KOVALENKO OLENA", "CHEZ MME FAUCHER", "3 CHEMIN DES VIGNES 21000 DIJON"],
        ["BANQUE POPULAIRE BFC", "DIJON DARCY", "21000 DIJON"],
        "2026-05-20",
        style="inline",
        copies=1,
    )
    rd, rpages = D.rib(F, R, r, "slip")
    F.pages_file("RIB.jpg", "scan", rd, rpages, dpi=200)
    return _finish(
        F,
        p,
        as_of,
        requirements(employment="not_applicable"),
        notes="Route 3 with the host's passport and three EDF bills in the host's name.",
    )


def c09_carter():
    F = Folder("c09_carter_emily", "packet")
    r = u.rng_for(SET, F.name)
    as_of = "2026-11-27"
    p = dict(
        surname="CARTER",
        given="EMILY ROSE",
        sex="F",
        dob="1987-03-30",
        nat="USA",
        nat_fr="Américaine",
        pob_city="OHIO",
        pob_country_fr="États-Unis",
        addr_line="41 cours Portal",
        zip="33000",
        city="Bordeaux",
        phone="06 38 77 14 29",
        email="emily.r.carter@gmail.com",
        passport=dict(
            issuing="USA",
            number="A03918274",
            issue="2023-10-04",
            expiry="2033-10-03",
            authority="United States Department of State",
            pob_text="OHIO, U.S.A.",
        ),
    )
    Fm = form_from(
        p,
        "sans_activite",
        "Bordeaux",
        "2026-11-16",
        hand_font="kaushan",
        pob_commune="Columbus",
        pob_country="USA",
        nationality="Américaine",
        sig_name="Emily Carter",
    )
    fd, fpages = D.application_form(F, Fm, r)
    F.file("CPAM form.pdf", "image_pdf", [(fpages[0], fd), (fpages[1], fd)], dpi=200)
    pd = D.passport(F, p, r, notes="US passports print the state of birth only (OHIO, U.S.A.).")
    v = dict(
        type="D",
        number="071190356",
        valid_from="2026-04-01",
        valid_until="2027-03-31",
        duration="365",
        issued_in="WASHINGTON",
        issued_on="2026-03-12",
        vls_ts=True,
        remarks=["VLS-TS VIE PRIVEE ET FAMILIALE", "CONJOINT DE FRANCAIS"],
        entry_stamp="04.04.2026",
    )
    vd = D.visa(F, p, v)
    F.file(
        "passport.pdf",
        "image_pdf",
        [(D.passport_sheet(p, r), pd), (D.visa_only(p, v, r), vd)],
        dpi=200,
    )
    b = dict(
        country="USA",
        state_title="STATE OF OHIO",
        dept="DEPARTMENT OF HEALTH - OFFICE OF VITAL STATISTICS",
        doc_title="CERTIFICATION OF BIRTH",
        file_no="1987-046318",
        first="EMILY",
        middle="ROSE",
        hospital="RIVERSIDE METHODIST HOSPITAL",
        city="Columbus",
        county="Franklin",
        state="Ohio",
        father="DANIEL JAMES CARTER",
        mother="SUSAN ELIZABETH MILLER",
        filed="04/08/1987",
        issued_on="2025-10-20",
        registrar="KAREN SOMMERS",
        registrar_sig="K Sommers",
        seal="STATE OF OHIO * DEPARTMENT OF HEALTH * ",
        serial="OH 04417329",
        truth_place="Columbus",
        color="2E5E8C",
    )
    bd, bpages = D.birth(F, p, b, r, True)
    a = dict(
        langs=["en"],
        country="United States of America",
        signer="Karen Sommers",
        capacity="State Registrar",
        seal_of="Ohio Department of Health",
        place="Columbus, Ohio",
        date="2025-11-05",
        date_text="November 5, 2025",
        by="Frank LaRose, Ohio Secretary of State",
        number="2025-118542",
        seal_text="THE GREAT SEAL OF THE STATE OF OHIO * ",
        sig_name="F. LaRose",
        ink=Color(0.05, 0.15, 0.35),
    )
    ad, apage = D.apostille(F, a, r, header=["STATE OF OHIO", "OFFICE OF THE SECRETARY OF STATE"])
    F.pages_file("birth certificate.jpg", "phone_photo", bd, bpages, bg="cloth")
    F.file("apostille.jpg", "phone_photo", [(apage, ad)], bg="cloth")
    L = dict(
        furnished=False,
        landlord="M. Gérard LAFFITTE",
        landlord_addr="12 rue Notre-Dame, 33000 Bordeaux",
        agent="Agence des Chartrons, 55 quai des Chartrons, 33000 Bordeaux",
        tenants=["M. Thomas LEROY", "Mme Emily CARTER"],
        address=["41 cours Portal, 1er étage", "33000 Bordeaux"],
        start="2026-04-15",
        rent=1150.0,
        charges=90.0,
        deposit=1150.0,
        surface=71,
        rooms=3,
        signed_at="Bordeaux",
        signed_on="2026-04-08",
        fees="580,00 €",
        landlord_sig="Laffitte",
        tenant_sigs=["T. Leroy", "E. Carter"],
    )
    ld, lpages = D.lease(F, L, r, notes="Joint lease: the applicant is one of two tenants.")
    F.pages_file("bail cours Portal.pdf", "text_pdf", ld, lpages)
    R = _rib(
        r,
        "LCL",
        ["MME CARTER EMILY ROSE", "41 COURS PORTAL", "33000 BORDEAUX"],
        ["LCL BORDEAUX GAMBETTA", "2 PLACE GAMBETTA", "33000 BORDEAUX"],
        "2026-04-28",
        copies=2,
    )
    rd, rpages = D.rib(F, R, r, "pdf")
    F.pages_file("RIB LCL.pdf", "text_pdf", rd, rpages)
    return _finish(F, p, as_of, requirements(employment="not_applicable"))


def c10_kouassi():
    F = Folder("c10_kouassi_jean_baptiste", "packet")
    r = u.rng_for(SET, F.name)
    as_of = "2026-11-23"
    p = dict(
        surname="KOUASSI",
        given="JEAN-BAPTISTE KOFFI",
        sex="M",
        dob="1992-06-14",
        nat="CIV",
        nat_fr="Ivoirienne",
        pob_city="BOUAKÉ",
        pob_country_fr="Côte d'Ivoire",
        addr_line="18 rue Lamartine",
        zip="94800",
        city="Villejuif",
        phone="07 53 64 20 81",
        email="jbkouassi92@gmail.com",
        passport=dict(
            issuing="CIV",
            number="22AC48127",
            issue="2022-11-02",
            expiry="2027-11-01",
            authority="ONECI",
            pob_text="BOUAKE",
        ),
    )
    Fm = form_from(
        p,
        "salarie",
        "Villejuif",
        "2026-11-14",
        hand_font="H-dkg",
        form_given="JEAN-BAPTISTE",
        job="Préparateur de commandes",
        contract="CDD",
        hire_date="04/05/2026",
        pob_commune="Bouaké",
        sig_name="Kouassi",
    )
    fd, fpages = D.application_form(
        F, Fm, r, notes="Hyphenated given name; second given name KOFFI omitted."
    )
    F.file("IMG_2034.jpeg", "phone_photo", [(fpages[0], fd)], bg="dark")
    F.file("IMG_2035.jpeg", "phone_photo", [(fpages[1], fd)], bg="dark")
    pd = D.passport(F, p, r)
    v = dict(
        type="D",
        number="062250918",
        valid_from="2026-04-20",
        valid_until="2027-04-19",
        duration="365",
        issued_in="ABIDJAN",
        issued_on="2026-04-03",
        vls_ts=True,
        remarks=["VLS-TS TRAVAILLEUR TEMPORAIRE", "DISPENSE TEMPORAIRE DE CARTE DE SEJOUR"],
        entry_stamp="25.04.2026",
    )
    vd = D.visa(F, p, v)
    F.file(
        "passeport.pdf",
        "image_pdf",
        [(D.passport_sheet(p, r, visa_v=v, angle=-0.8), [pd, vd])],
        dpi=200,
    )
    b = dict(
        country="CIV",
        city="Bouaké",
        region="",
        act_no="2214",
        year_reg=1992,
        admin_lines=[
            "DISTRICT DE LA VALLÉE DU BANDAMA",
            "RÉGION DE GBÊKÊ",
            "MAIRIE DE BOUAKÉ",
            "CENTRE D'ÉTAT CIVIL",
        ],
        father="KOUASSI Yao Édouard",
        mother="AKISSI Amenan Pauline",
        father_job="Planteur",
        mother_job="Couturière",
        reg_date="1992-06-22",
        issued_on="2026-02-11",
        time="quatorze heures",
        truth_place="Bouaké",
        bc_given="Jean-Baptiste Koffi",
        handwritten=False,
        centre="mairie de Bouaké",
        officer_sig="Konan",
    )
    bd, bpages = D.birth(
        F,
        p,
        b,
        r,
        False,
        notes="Côte d'Ivoire: dispensed from legalisation by the Franco-Ivorian agreement of 24 April 1961; no apostille.",
    )
    F.pages_file("extrait de naissance.pdf", "image_pdf", bd, bpages, dpi=200)
    addr = ["18 rue Lamartine", "94800 Villejuif"]
    bills = monthly_bills(
        "SFR",
        "internet",
        "M JEAN BAPTISTE KOUASSI",
        addr,
        [(2026, 8), (2026, 9), (2026, 10)],
        "SR",
        r,
        issue_day=2,
        client_no="0398 2271 44",
        amount=30.0,
        offer="Fibre",
    )
    sheets = []
    for bb in bills:
        bdoc, bp = D.bill(F, bb, r, notes="Holder printed without hyphen (JEAN BAPTISTE).")
        sheets += [(pg, bdoc) for pg in bp]
    F.file("factures sfr.pdf", "text_pdf", sheets)
    K = dict(
        kind="CDD",
        employer="LOGISTIQUE SEINE-AMONT",
        legal="SAS au capital de 500 000 €",
        seat="ZA des Godets, 12 rue des Transporteurs, 94550 Chevilly-Larue",
        siret=u.siret(r),
        rep="M. Karim HADJ",
        rep_title="directeur des ressources humaines",
        employee_intro="Monsieur Jean-Baptiste KOUASSI",
        employee_name="Jean-Baptiste KOUASSI",
        dob=p["dob"],
        pob="Bouaké (Côte d'Ivoire)",
        nationality="ivoirienne",
        address="18 rue Lamartine, 94800 Villejuif",
        job="préparateur de commandes",
        status="ouvrier, coefficient 115 M",
        start="2026-05-04",
        end="2027-04-30",
        reason="accroissement temporaire d'activité lié à l'ouverture d'un nouvel entrepôt",
        trial="un mois",
        place="Chevilly-Larue (94)",
        salary=1950.0,
        conv="des transports routiers et activités auxiliaires du transport (IDCC 16)",
        signed_at="Chevilly-Larue",
        signed_on="2026-04-28",
        rep_sig="K. Hadj",
        emp_sig="Kouassi",
        initials="JBK",
        font="Sans",
    )
    kd2, kpages = D.contract(F, K, r)
    F.pages_file("contrat.pdf", "text_pdf", kd2, kpages)
    R = _rib(
        r,
        "CE",
        ["M KOUASSI JEAN-BAPTISTE", "18 RUE LAMARTINE", "94800 VILLEJUIF"],
        ["CAISSE D'EPARGNE ILE-DE-FRANCE", "AGENCE VILLEJUIF", "94800 VILLEJUIF"],
        "2026-05-12",
        style="boxes",
        copies=1,
    )
    R["bank"], R["bic"] = "17515", "CEPAFRPP751"
    R["iban"], R["key"] = u.fr_iban("17515", R["branch"], R["account"])
    R["bank_name"] = "CAISSE D'EPARGNE ILE-DE-FRANCE"
    rd, rpages = D.rib(F, R, r, "slip")
    F.pages_file("rib.jpg", "scan", rd, rpages, dpi=200)
    return _finish(F, p, as_of, requirements())


# ======================================================================================= one defect each


def d01_dela_cruz():
    F = Folder("d01_dela_cruz_maria_luisa", "packet")
    r = u.rng_for(SET, F.name)
    as_of = "2026-11-19"
    p = dict(
        surname="DELA CRUZ",
        given="MARIA LUISA",
        sex="F",
        dob="1986-09-08",
        nat="PHL",
        nat_fr="Philippine",
        pob_city="QUEZON CITY",
        pob_country_fr="Philippines",
        addr_line="7 avenue Borriglione",
        zip="06100",
        city="Nice",
        phone="07 68 40 22 57",
        email="marialuisa.dcruz@yahoo.com",
        passport=dict(
            issuing="PHL",
            number="P4471906A",
            issue="2016-07-12",
            expiry="2026-07-11",
            authority="DFA MANILA",
            pob_text="QUEZON CITY",
            middle="SANTOS",
        ),
    )
    Fm = form_from(
        p,
        "salarie",
        "Nice",
        "2026-11-09",
        hand_font="H-breip",
        job="Aide-soignante",
        contract="CDI",
        hire_date="16/03/2026",
        pob_commune="Quezon City",
        sig_name="M. L. Dela Cruz",
    )
    fd, fpages = D.application_form(F, Fm, r)
    F.file("formulaire.pdf", "image_pdf", [(fpages[0], fd), (fpages[1], fd)], dpi=200, gray=True)
    pd = D.passport(
        F,
        p,
        r,
        notes="DEFECT: passport expired on 2026-07-11, before the audit date. Philippine passport shows a separate middle name (SANTOS).",
    )
    v = dict(
        type="D",
        number="052268814",
        valid_from="2026-03-10",
        valid_until="2027-03-09",
        duration="365",
        issued_in="MANILLE",
        issued_on="2026-02-20",
        vls_ts=True,
        remarks=["VLS-TS SALARIE"],
        entry_stamp="12.03.2026",
    )
    vd = D.visa(F, p, v, notes="Valid visa stuck in the now expired passport.")
    F.file("passport.pdf", "image_pdf", [(D.passport_sheet(p, r, visa_v=v), [pd, vd])], dpi=200)
    b = dict(
        country="PHL",
        province="METRO MANILA",
        city="Quezon City",
        registry_no="86-18842",
        bc_given="MARIA LUISA",
        middle="SANTOS",
        hospital="St. Luke's Medical Center, E. Rodriguez Sr. Ave.",
        mother="ROSARIO REYES SANTOS",
        father="EDUARDO BAUTISTA DELA CRUZ",
        residence="24 Kamuning Road, Quezon City, Metro Manila, Philippines",
        reg_date="SEPTEMBER 22, 1986",
        issued_on="2025-09-30",
        secpa="D 04418720",
        truth_place="Quezon City",
    )
    bd, bpages = D.birth(F, p, b, r, True)
    a = dict(
        langs=["en"],
        country="Republic of the Philippines",
        signer="Claire Dennis S. Mapa",
        capacity="Civil Registrar General",
        seal_of="Philippine Statistics Authority",
        place="Pasay City",
        date="2025-10-08",
        date_text="08 October 2025",
        by="Department of Foreign Affairs - Office of Consular Affairs",
        number="PH-A 8837210",
        seal_text="DEPARTMENT OF FOREIGN AFFAIRS * REPUBLIC OF THE PHILIPPINES * ",
        style="sticker",
        sig_name="DFA",
        qr=True,
    )
    ad, apage = D.apostille(F, a, r)
    F.file(
        "PSA birth cert with apostille.pdf", "image_pdf", [(bpages[0], bd), (apage, ad)], dpi=200
    )
    L = dict(
        furnished=False,
        landlord="M. Alain GIORDANO",
        landlord_addr="31 boulevard Gambetta, 06000 Nice",
        tenants=["Mme Maria Luisa DELA CRUZ"],
        address=["7 avenue Borriglione, 5e étage", "06100 Nice"],
        start="2025-11-01",
        rent=640.0,
        charges=55.0,
        deposit=640.0,
        surface=33,
        rooms=1,
        signed_at="Nice",
        signed_on="2025-10-25",
        landlord_sig="Giordano",
        tenant_sigs=["Dela Cruz"],
    )
    ld, lpages = D.lease(F, L, r)
    F.pages_file("bail.pdf", "image_pdf", ld, lpages, dpi=200)
    P = dict(
        employer="RÉSIDENCE LES MIMOSAS",
        emp_addr=["112 avenue de Pessicart", "06100 Nice"],
        siret=u.siret(r),
        naf="8710A",
        urssaf="Provence-Alpes-Côte d'Azur",
        conv="Hospitalisation privée FHP (IDCC 2264)",
        employee="Mme DELA CRUZ Maria Luisa",
        emp_lines=["7 avenue Borriglione", "06100 Nice"],
        job="Aide-soignante",
        status="Non cadre",
        entry="2026-03-16",
        month="2026-10",
        pay_date="2026-10-31",
        gross=2210.0,
        pas_rate=0.0,
        color="7A2E4F",
    )
    psd, pspages = D.payslip(F, P, r)
    F.pages_file("bulletin de salaire octobre.pdf", "text_pdf", psd, pspages)
    R = _rib(
        r,
        "CIC",
        ["MME DELA CRUZ MARIA LUISA", "7 AVENUE BORRIGLIONE", "06100 NICE"],
        ["CIC NICE LIBERATION", "19 AVENUE MALAUSSENA", "06000 NICE"],
        "2026-03-20",
        copies=2,
    )
    rd, rpages = D.rib(F, R, r, "pdf")
    F.pages_file("RIB CIC.pdf", "text_pdf", rd, rpages)
    return _finish(
        F,
        p,
        as_of,
        requirements(identity="invalid"),
        defect="passport expired (2026-07-11) at the audit date",
    )


def d02_yildiz():
    F = Folder("d02_yildiz_mehmet_can", "packet")
    r = u.rng_for(SET, F.name)
    as_of = "2026-11-24"
    p = dict(
        surname="YILDIZ",
        given="MEHMET CAN",
        sex="M",
        dob="1994-01-25",
        nat="TUR",
        nat_fr="Turque",
        pob_city="İZMİR",
        pob_country_fr="Turquie",
        addr_line="9 rue du Vieux-Marché-aux-Vins",
        zip="67000",
        city="Strasbourg",
        phone="07 44 90 13 28",
        email="mehmetcan.yildiz@gmail.com",
        passport=dict(
            issuing="TUR",
            number="U23847561",
            issue="2021-03-02",
            expiry="2031-03-01",
            authority="T.C. İÇİŞLERİ BAKANLIĞI",
            pob_text="İZMİR",
            personal="34517209846",
        ),
    )
    Fm = form_from(
        p,
        "sans_activite",
        "Strasbourg",
        "2026-11-12",
        hand_font="H-dkg",
        pob_commune="Izmir",
        sig_name="Yildiz",
    )
    fd, fpages = D.application_form(F, Fm, r)
    F.file("formulaire 1.jpg", "phone_photo", [(fpages[0], fd)], bg="wood")
    F.file("formulaire 2.jpg", "phone_photo", [(fpages[1], fd)], bg="wood")
    pd = D.passport(F, p, r, notes="Turkish passport with T.C. Kimlik No as personal number.")
    v = dict(
        type="C",
        number="047731920",
        valid_from="2026-09-01",
        valid_until="2026-12-15",
        duration="90",
        issued_in="ISTANBUL",
        issued_on="2026-08-18",
        vls_ts=False,
        territory="ETATS SCHENGEN",
        entries="MULT",
        remarks=["TOURISME"],
        entry_stamp="03.09.2026",
    )
    vd = D.visa(
        F,
        p,
        v,
        notes="DEFECT: short-stay Schengen type C visa (90 days, tourism) instead of a long-stay VLS-TS.",
    )
    F.file("pasaport vize.jpg", "scan", [(D.passport_sheet(p, r, visa_v=v), [pd, vd])], dpi=200)
    b = dict(
        country="TUR",
        office="Konak",
        place="İZMİR",
        bc_given="MEHMET CAN",
        father="AHMET",
        mother="ZEYNEP",
        mother_surname="YILDIZ",
        tckn="34517209846",
        issued_on="2026-06-03",
        verif="NVI-2026-6F3K-92LQ",
        truth_place="İzmir",
    )
    bd, bpages = D.birth(
        F,
        p,
        b,
        r,
        True,
        notes="Multilingual extract (Formül A, CIEC convention no. 16) with an apostille.",
    )
    a = dict(
        langs=["tr", "en"],
        country="Türkiye / Türkiye",
        signer="Ayşe Demir",
        capacity="Nüfus Müdürü / Registrar",
        seal_of="Konak İlçe Nüfus Müdürlüğü",
        place="Konak / İzmir",
        date="2026-06-05",
        date_text="05.06.2026",
        by="Konak Kaymakamlığı / District Governor of Konak",
        number="35-2026-004817",
        seal_text="T.C. KONAK KAYMAKAMLIĞI * ",
        sig_name="Kaymakam",
    )
    ad, apage = D.apostille(F, a, r)
    F.file("dogum belgesi apostil.pdf", "image_pdf", [(bpages[0], bd), (apage, ad)], dpi=200)
    addr = ["9 rue du Vieux-Marché-aux-Vins", "67000 Strasbourg"]
    bills = monthly_bills(
        "Bouygues Telecom",
        "internet",
        "M MEHMET YILDIZ",
        addr,
        [(2026, 8), (2026, 9), (2026, 10)],
        "BT",
        r,
        issue_day=6,
        client_no="1.2237.719.4",
        amount=32.99,
        offer="Bbox Must",
    )
    for bb in bills:
        bdoc, bp = D.bill(
            F, bb, r, notes="Holder printed 'MEHMET YILDIZ' (second given name CAN omitted)."
        )
        F.pages_file(f"Facture_Bbox_{bb['issue'][:7].replace('-', '')}.pdf", "text_pdf", bdoc, bp)
    R = _rib(
        r,
        "SG",
        ["M YILDIZ MEHMET CAN", "9 RUE DU VIEUX MARCHE AUX VINS", "67000 STRASBOURG"],
        ["SG STRASBOURG KLEBER", "1 PLACE KLEBER", "67000 STRASBOURG"],
        "2026-09-15",
        copies=2,
    )
    rd, rpages = D.rib(F, R, r, "pdf")
    F.pages_file("rib.pdf", "image_pdf", rd, rpages, dpi=200)
    return _finish(
        F,
        p,
        as_of,
        requirements(residence_status="invalid", employment="not_applicable"),
        defect="short-stay type C Schengen visa instead of a long-stay visa / titre de séjour",
    )


def d03_brooks():
    F = Folder("d03_brooks_tyler", "packet")
    r = u.rng_for(SET, F.name)
    as_of = "2026-11-26"
    p = dict(
        surname="BROOKS",
        given="TYLER JAMES",
        sex="M",
        dob="1990-10-02",
        nat="USA",
        nat_fr="Américaine",
        pob_city="CALIFORNIA",
        pob_country_fr="États-Unis",
        addr_line="15 rue Esquermoise",
        zip="59800",
        city="Lille",
        phone="07 56 11 84 92",
        email="tyler.brooks@icloud.com",
        passport=dict(
            issuing="USA",
            number="A47281936",
            issue="2024-02-20",
            expiry="2034-02-19",
            authority="United States Department of State",
            pob_text="CALIFORNIA, U.S.A.",
        ),
    )
    Fm = form_from(
        p,
        "salarie",
        "Lille",
        "2026-11-17",
        hand_font="H-dkg",
        job="Game designer",
        contract="CDI",
        hire_date="11/05/2026",
        pob_commune="Sacramento",
        pob_country="USA",
        nationality="Américaine",
        sig_name="Tyler Brooks",
    )
    fd, fpages = D.application_form(F, Fm, r)
    F.file("scan_formulaire.pdf", "image_pdf", [(fpages[0], fd), (fpages[1], fd)], dpi=200)
    pd = D.passport(F, p, r)
    v = dict(
        type="D",
        number="069904217",
        valid_from="2026-05-01",
        valid_until="2027-04-30",
        duration="365",
        issued_in="SAN FRANCISCO",
        issued_on="2026-04-09",
        vls_ts=True,
        remarks=["VLS-TS SALARIE"],
        entry_stamp="06.05.2026",
    )
    vd = D.visa(F, p, v)
    F.file("passport.jpg", "phone_photo", [(D.datapage_only(p, r), pd)], bg="desk")
    F.file("visa.jpg", "phone_photo", [(D.visa_only(p, v, r), vd)], bg="desk", rot=90)
    b = dict(
        country="USA",
        state_title="STATE OF CALIFORNIA",
        dept="CERTIFICATION OF VITAL RECORD - COUNTY OF SACRAMENTO",
        doc_title="CERTIFICATE OF LIVE BIRTH",
        file_no="3-1990-3401-118427",
        first="TYLER",
        middle="JAMES",
        hospital="SUTTER MEMORIAL HOSPITAL",
        city="Sacramento",
        county="Sacramento",
        state="California",
        father="MICHAEL ROBERT BROOKS",
        mother="JENNIFER ANN WALSH",
        filed="10/09/1990",
        issued_on="2025-12-02",
        registrar="ANN T. NGUYEN",
        registrar_sig="A Nguyen",
        seal="STATE OF CALIFORNIA * DEPARTMENT OF PUBLIC HEALTH * ",
        serial="CA 21948873",
        truth_place="Sacramento",
        color="7A5C1E",
        cert_text="This is a true certified copy of the record filed in the County of Sacramento if it bears the Registrar's "
        "signature and seal. Certified copies are not valid unless prepared on engraved border displaying the "
        "seal and signature of the Registrar.",
    )
    bd, bpages = D.birth(
        F,
        p,
        b,
        r,
        False,
        notes="DEFECT: US birth certificate without the apostille (USA is party to the Apostille convention and not exempt).",
    )
    F.pages_file("birth_certificate.pdf", "image_pdf", bd, bpages, dpi=200)
    L = dict(
        furnished=False,
        landlord="SCI ESQUERMOISE",
        landlord_addr="4 rue Basse, 59800 Lille",
        landlord_kind="personne morale",
        agent="Citya Lille Vieux-Lille, 2 rue de la Monnaie, 59800 Lille",
        tenants=["M. Tyler BROOKS"],
        address=["15 rue Esquermoise, appartement 21", "59800 Lille"],
        start="2026-05-15",
        rent=890.0,
        charges=70.0,
        deposit=890.0,
        surface=44,
        rooms=2,
        signed_at="Lille",
        signed_on="2026-05-07",
        fees="445,00 €",
        encadrement="oui",
        landlord_sig="Citya",
        tenant_sigs=["Brooks"],
    )
    ld, lpages = D.lease(F, L, r)
    F.pages_file("lease Lille.pdf", "text_pdf", ld, lpages)
    P = dict(
        employer="NORTHWIND GAMES SAS",
        emp_addr=["165 avenue de Bretagne", "59000 Lille"],
        siret=u.siret(r),
        naf="5821Z",
        urssaf="Nord-Pas-de-Calais",
        conv="Syntec (IDCC 1486)",
        employee="M. BROOKS Tyler",
        emp_lines=["15 rue Esquermoise", "59800 Lille"],
        job="Game designer",
        status="Cadre",
        entry="2026-05-11",
        month="2026-10",
        pay_date="2026-10-30",
        gross=3300.0,
        pas_rate=3.9,
    )
    psd, pspages = D.payslip(F, P, r)
    F.pages_file("payslip october.pdf", "text_pdf", psd, pspages)
    R = _rib(
        r,
        "BNP",
        ["M BROOKS TYLER"],
        ["HELLO BANK!"],
        "2026-05-20",
        app="REVOLUT",
        screen_title="Coordonnées bancaires",
        holder_name="M BROOKS TYLER",
    )
    R["app_rows"] = [
        ("Titulaire du compte", "M BROOKS TYLER", False),
        ("IBAN", u.group4(R["iban"]), True),
        ("BIC", R["bic"], True),
        ("Banque", "Hello bank! - BNP Paribas", False),
    ]
    rd, rpages = D.rib(F, R, r, "app", notes="Banking-app screenshot.")
    F.pages_file("IMG_4471.PNG", "screenshot", rd, rpages)
    return _finish(
        F,
        p,
        as_of,
        requirements(birth_certificate="invalid"),
        defect="birth certificate from a non-exempt country (USA) without apostille",
    )


def d04_el_amrani():
    F = Folder("d04_el_amrani_youssef", "packet")
    r = u.rng_for(SET, F.name)
    as_of = "2026-12-04"
    p = dict(
        surname="EL AMRANI",
        given="YOUSSEF",
        sex="M",
        dob="1997-03-14",
        nat="MAR",
        nat_fr="Marocaine",
        pob_city="CASABLANCA",
        pob_country_fr="Maroc",
        addr_line="30 rue Saint-Michel",
        zip="35000",
        city="Rennes",
        phone="06 95 30 72 14",
        email="y.elamrani97@hotmail.com",
        passport=dict(
            issuing="MAR",
            number="KM3918472",
            issue="2022-01-10",
            expiry="2027-01-09",
            authority="CASABLANCA ANFA",
            pob_text="CASABLANCA",
        ),
    )
    Fm = form_from(
        p,
        "etudiant",
        "Rennes",
        "2026-11-25",
        hand_font="H-breip",
        pob_commune="Casablanca",
        sig_name="Y. El Amrani",
    )
    fd, fpages = D.application_form(F, Fm, r)
    F.file("formulaire_p1.jpg", "phone_photo", [(fpages[0], fd)], bg="cloth", rot=270)
    F.file("formulaire_p2.jpg", "phone_photo", [(fpages[1], fd)], bg="cloth")
    pd = D.passport(F, p, r)
    F.file("passeport.jpg", "scan", [(D.passport_sheet(p, r), pd)], dpi=200)
    t = dict(
        kind="CARTE DE SÉJOUR TEMPORAIRE",
        category="ÉTUDIANT",
        number="KT7104582",
        expiry="2027-09-19",
        remarks=["AUTORISE SON TITULAIRE A TRAVAILLER 964 H/AN"],
        pob="CASABLANCA (MAROC)",
        address="30 RUE SAINT-MICHEL 35000 RENNES",
        issued_on="2026-09-22",
        authority="PRÉFECTURE D'ILLE-ET-VILAINE",
    )
    td, tf, tb = D.titre(F, p, t, r)
    F.file("titre de sejour.jpg", "scan", [(D.two_sides_sheet(tf, tb, r), td)], dpi=250)
    b = dict(
        country="MAR",
        city="Casablanca",
        city_ar="الدار البيضاء",
        region="Casablanca",
        region_ar="الدار البيضاء",
        act_no="2207",
        year_reg=1997,
        father="Abdelkader EL AMRANI",
        mother="Naima BENJELLOUN",
        issued_on="2026-02-09",
        truth_place="Casablanca",
        serial="CI-2026-0047711",
    )
    bd, bpages = D.birth(F, p, b, r, True)
    a = dict(
        langs=["fr", "en"],
        country="Maroc",
        signer="Rachid Bennani",
        capacity="Officier de l'état civil",
        seal_of="Bureau d'état civil de Casablanca-Anfa",
        place="Casablanca",
        date="2026-02-12",
        date_text="12/02/2026",
        by="Le Procureur du Roi près le Tribunal de première instance de Casablanca",
        number="1184/2026",
        seal_text="ROYAUME DU MAROC * MINISTÈRE DE LA JUSTICE * ",
        head2="المملكة المغربية",
        sig_name="Procureur",
    )
    ad, apage = D.apostille(F, a, r)
    F.file("acte naissance maroc.pdf", "image_pdf", [(bpages[0], bd), (apage, ad)], dpi=200)
    addr = ["30 rue Saint-Michel", "35000 Rennes"]
    bills = monthly_bills(
        "EDF",
        "electricity",
        "M YOUSSEF EL AMRANI",
        addr,
        [(2026, 7), (2026, 8), (2026, 10)],
        "11",
        r,
        issue_day=6,
        client_no="6 031 774 209",
        account_no="4004 2291 1873",
        pdl="35817264091533",
        dep="35",
        kwh=118,
    )
    names = {"07": "edf juillet.pdf", "08": "edf aout.pdf", "10": "edf octobre.pdf"}
    for bb in bills:
        bdoc, bp = D.bill(
            F,
            bb,
            r,
            notes="DEFECT (packet level): the September 2026 bill is missing between August and October."
            if bb["start"][5:7] == "10"
            else None,
        )
        F.pages_file(names[bb["start"][5:7]], "text_pdf", bdoc, bp)
    R = _rib(
        r,
        "CM",
        ["M EL AMRANI YOUSSEF", "30 RUE SAINT MICHEL", "35000 RENNES"],
        ["CCM RENNES CENTRE", "9 QUAI LAMARTINE", "35000 RENNES"],
        "2025-10-14",
        copies=3,
        style="inline",
    )
    rd, rpages = D.rib(F, R, r, "pdf")
    F.pages_file("RIB credit mutuel.pdf", "text_pdf", rd, rpages)
    return _finish(
        F,
        p,
        as_of,
        requirements(residence_proof="invalid", employment="not_applicable"),
        defect="three bills but not consecutive: July, August, October 2026 (September missing)",
    )


def d05_hernandez():
    F = Folder("d05_hernandez_lopez_ana_sofia", "packet")
    r = u.rng_for(SET, F.name)
    as_of = "2026-11-17"
    p = dict(
        surname="HERNÁNDEZ LÓPEZ",
        given="ANA SOFÍA",
        sex="F",
        dob="1995-05-19",
        nat="MEX",
        nat_fr="Mexicaine",
        pob_city="JALISCO",
        pob_country_fr="Mexique",
        addr_line="52 rue de Charonne, chez Mme Dubois-Moreau",
        zip="75011",
        city="Paris",
        phone="07 45 63 98 12",
        email="anasofia.hl@gmail.com",
        passport=dict(
            issuing="MEX",
            number="G38472915",
            issue="2022-04-05",
            expiry="2032-04-04",
            authority="SRE GUADALAJARA",
            pob_text="JALISCO",
        ),
    )
    Fm = form_from(
        p,
        "salarie",
        "Paris",
        "2026-11-05",
        hand_font="dancing",
        job="Graphiste",
        contract="CDI",
        hire_date="02/02/2026",
        pob_commune="Guadalajara",
        sig_name="Ana Sofía",
    )
    fd, fpages = D.application_form(F, Fm, r)
    F.file("formulaire.pdf", "image_pdf", [(fpages[0], fd), (fpages[1], fd)], dpi=200)
    pd = D.passport(F, p, r, notes="Mexican passport prints only the state of birth (JALISCO).")
    v = dict(
        type="D",
        number="043378251",
        valid_from="2026-01-15",
        valid_until="2027-01-14",
        duration="365",
        issued_in="MEXICO",
        issued_on="2025-12-19",
        vls_ts=True,
        remarks=["VLS-TS SALARIE"],
        entry_stamp="19.01.2026",
    )
    vd = D.visa(F, p, v)
    F.file(
        "pasaporte_visa.pdf", "image_pdf", [(D.passport_sheet(p, r, visa_v=v), [pd, vd])], dpi=200
    )
    b = dict(
        country="MEX",
        ident="14039002199500412",
        curp="HELA950519MJCRPN07",
        state="Jalisco",
        reg_municipio="GUADALAJARA",
        oficialia="0003",
        reg_date_dmy="02/06/1995",
        libro="0012",
        acta="01482",
        bc_given="ANA SOFÍA",
        ap1="HERNÁNDEZ",
        ap2="LÓPEZ",
        birth_place="GUADALAJARA, JALISCO",
        mother="LÓPEZ RAMÍREZ MARTHA ELENA",
        father="HERNÁNDEZ CASTRO JORGE LUIS",
        issued_at="Guadalajara, Jalisco",
        issued_dmy="10 de febrero de 2026",
        officer="LIC. ROSA MARÍA VILLASEÑOR",
        issued_on="2026-02-10",
        truth_place="Guadalajara",
        truth_surname="HERNÁNDEZ LÓPEZ",
    )
    bd, bpages = D.birth(F, p, b, r, True)
    a = dict(
        langs=["es"],
        country="Estados Unidos Mexicanos",
        signer="Lic. Rosa María Villaseñor",
        capacity="Directora del Registro Civil del Estado de Jalisco",
        seal_of="Dirección General del Registro Civil",
        place="Guadalajara, Jalisco",
        date="2026-02-13",
        date_text="13 de febrero de 2026",
        by="Secretaría General de Gobierno del Estado de Jalisco",
        number="JAL-2026-077215",
        seal_text="GOBIERNO DEL ESTADO DE JALISCO * ",
        qr=True,
        sig_name="Secretaría",
    )
    ad, apage = D.apostille(F, a, r)
    F.file("acta de nacimiento.pdf", "text_pdf", [(bpages[0], bd)])
    F.file("apostilla.pdf", "image_pdf", [(apage, ad)], dpi=200)
    host = dict(
        surname="DUBOIS-MOREAU", given="CLAIRE", sex="F", dob="1979-09-17", pob_city="PARIS 14E"
    )
    a_ = dict(
        host_name="Claire DUBOIS-MOREAU",
        hosted_name="Ana Sofía HERNÁNDEZ LÓPEZ",
        since="2026-01-20",
        host_line1="Claire Dubois-Moreau",
        host_line2="52 rue de Charonne 75011 Paris",
        body=[
            "Je soussignée Claire Dubois-Moreau, née le 17/09/1979",
            "à Paris 14e, certifie sur l'honneur héberger à mon",
            "domicile, 52 rue de Charonne 75011 Paris,",
            "Mlle Ana Sofía Hernández López, née le 19/05/1995",
            "à Guadalajara (Mexique), depuis le 20 janvier 2026.",
            "Fait pour servir et valoir ce que de droit.",
        ],
        place_date="Paris, le 3 novembre 2026",
        sig_name="Dubois-Moreau",
        hand_font="dancing",
    )
    atd, atpages = D.attestation(F, a_, r)
    F.pages_file("attestation_hebergement.pdf", "image_pdf", atd, atpages, dpi=200)
    k = dict(
        number="120775303214",
        expiry="2032-07-10",
        issue="2017-07-11",
        address1="52 rue de Charonne",
        address2="75011 PARIS",
        authority="PRÉFECTURE DE POLICE",
        admin="750320",
        height="1,65 m",
    )
    kf, kb = I.cni_old(host, k, r)
    kdoc = F.doc(
        "national_id",
        D.cni_fields(host, k),
        "Host's pre-2021 French identity card; hyphenated surname.",
    )
    F.file(
        "CNI hebergeante.pdf",
        "image_pdf",
        [(I.sheet([(kf, 30, 30, 0.6), (kb, 30, 120, -0.4)]), kdoc)],
        dpi=250,
    )
    addr = ["52 rue de Charonne", "75011 Paris"]
    bills = monthly_bills(
        "Orange",
        "internet",
        "MME CLAIRE DUBOIS-MOREAU",
        addr,
        [(2026, 8), (2026, 9), (2026, 10)],
        "OL",
        r,
        issue_day=3,
        client_no="7740 1189 302",
        amount=42.99,
        offer="Livebox Fibre",
    )
    sheets = []
    for bb in bills:
        bdoc, bp = D.bill(F, bb, r, notes="Host's internet bill.")
        sheets += [(pg, bdoc) for pg in bp]
    F.file("factures orange hebergeante.pdf", "image_pdf", sheets, dpi=200)
    K = dict(
        kind="CDI",
        employer="AGENCE COLIBRÍ DESIGN",
        legal="SARL au capital de 10 000 €",
        seat="14 rue Keller, 75011 Paris",
        siret=u.siret(r),
        rep="M. Antoine LEMAIRE",
        rep_title="gérant",
        employee_intro="Madame Ana Sofía HERNÁNDEZ LÓPEZ",
        employee_name="Ana Sofía HERNÁNDEZ LÓPEZ",
        dob=p["dob"],
        pob="Guadalajara (Mexique)",
        nationality="mexicaine",
        address="52 rue de Charonne, 75011 Paris",
        job="graphiste",
        status="employée, ETAM position 2.2",
        start="2026-02-02",
        trial="deux mois",
        place="Paris (11e)",
        salary=2600.0,
        conv="Syntec (IDCC 1486)",
        signed_at="Paris",
        signed_on="2026-01-26",
        rep_sig="A. Lemaire",
        emp_sig="Ana S.",
        initials="ASHL",
    )
    kd2, kpages = D.contract(F, K, r)
    F.pages_file("contrat CDI.pdf", "text_pdf", kd2, kpages)
    R = _rib(
        r,
        "BP",
        ["M PIERRE LAMBERT", "8 RUE DES TROIS BORNES", "75011 PARIS"],
        ["BANQUE POPULAIRE RIVES DE PARIS", "PARIS PARMENTIER", "75011 PARIS"],
        "2026-02-12",
        copies=2,
        holder_name="M PIERRE LAMBERT",
    )
    rd, rpages = D.rib(
        F, R, r, "pdf", notes="DEFECT: RIB of another person (M PIERRE LAMBERT), not the applicant."
    )
    F.pages_file("RIB.pdf", "text_pdf", rd, rpages)
    return _finish(
        F,
        p,
        as_of,
        requirements(bank_details="invalid"),
        defect="RIB in another person's name (M PIERRE LAMBERT)",
    )


def d06_hughes():
    F = Folder("d06_hughes_oliver", "packet")
    r = u.rng_for(SET, F.name)
    as_of = "2026-12-01"
    p = dict(
        surname="HUGHES",
        given="OLIVER THOMAS",
        sex="M",
        dob="1983-12-11",
        nat="GBR",
        nat_fr="Britannique",
        pob_city="LEEDS",
        pob_country_fr="Royaume-Uni",
        addr_line="Lieu-dit La Borie Haute",
        zip="24100",
        city="Bergerac",
        phone="+44 7700 912 448",
        email="olly.hughes@btinternet.com",
        passport=dict(
            issuing="GBR",
            number="132984756",
            issue="2020-09-14",
            expiry="2030-09-14",
            authority="HMPO",
            pob_text="LEEDS",
        ),
    )
    Fm = form_from(
        p,
        "sans_activite",
        "Bergerac",
        "2026-11-20",
        mode="typed",
        pob_commune="Leeds",
        pob_country="Royaume-Uni",
        signed=False,
    )
    fd, fpages = D.application_form(
        F, Fm, r, notes="DEFECT: the signature box is empty (date and place are typed)."
    )
    F.file("demande ouverture droits.pdf", "image_pdf", [(fpages[0], fd), (fpages[1], fd)], dpi=200)
    pd = D.passport(F, p, r)
    v = dict(
        type="D",
        number="039928154",
        valid_from="2026-05-20",
        valid_until="2027-05-19",
        duration="365",
        issued_in="LONDRES",
        issued_on="2026-05-04",
        vls_ts=True,
        remarks=["VLS-TS VISITEUR", "INTERDICTION D'EXERCER UNE ACTIVITE PROFESSIONNELLE"],
        entry_stamp="24.05.2026",
    )
    vd = D.visa(F, p, v)
    F.file("passport + visa.jpg", "scan", [(D.passport_sheet(p, r, visa_v=v), [pd, vd])], dpi=200)
    b = dict(
        country="GBR",
        app_no="3304187/2",
        entry_no="287",
        district="Leeds",
        area="City of Leeds",
        subdistrict="Leeds",
        place="St James's University Hospital, Leeds",
        father="Thomas Edward HUGHES",
        father_bp="Wakefield, Yorkshire",
        father_job="Electrician",
        mother="Patricia Anne HUGHES",
        mother_bp="Leeds, Yorkshire",
        mother_maiden="WRIGHT",
        address="22 Roundhay Road, Leeds",
        reg_date="1983-12-20",
        registrar="J. Whitaker",
        issued_on="2025-11-14",
        serial="BXCK 418862",
        truth_place="Leeds",
    )
    bd, bpages = D.birth(F, p, b, r, True)
    a = dict(
        langs=["en"],
        country="United Kingdom of Great Britain and Northern Ireland",
        signer="J. Whitaker",
        capacity="Registrar",
        seal_of="General Register Office",
        place="Milton Keynes",
        date="2025-11-28",
        date_text="28 November 2025",
        by="HM Principal Secretary of State for Foreign, Commonwealth and Development Affairs",
        number="APO-5K71-D33P",
        seal_text="FOREIGN, COMMONWEALTH & DEVELOPMENT OFFICE * ",
        style="sticker",
        sig_name="FCDO",
        qr=True,
    )
    ad, apage = D.apostille(F, a, r)
    F.file("birth cert + apostille.pdf", "image_pdf", [(bpages[0], bd), (apage, ad)], dpi=200)
    L = dict(
        furnished=False,
        landlord="M. et Mme Jean-Louis DELPECH",
        landlord_addr="Le Bourg, 24240 Monbazillac",
        tenants=["M. Oliver HUGHES"],
        address=["Lieu-dit La Borie Haute", "24100 Bergerac"],
        start="2026-06-01",
        rent=720.0,
        charges=30.0,
        deposit=720.0,
        surface=96,
        rooms=4,
        signed_at="Bergerac",
        signed_on="2026-05-26",
        kind="maison individuelle",
        heating="individuel (pompe à chaleur)",
        landlord_sig="Delpech",
        tenant_sigs=["O. Hughes"],
    )
    ld, lpages = D.lease(F, L, r)
    F.pages_file("bail maison.pdf", "image_pdf", ld, lpages, dpi=200, gray=True)
    R = _rib(
        r,
        "CA",
        ["M HUGHES OLIVER", "LA BORIE HAUTE", "24100 BERGERAC"],
        ["CA CHARENTE PERIGORD", "AGENCE BERGERAC", "24100 BERGERAC"],
        "2026-06-10",
        style="inline",
        copies=1,
    )
    rd, rpages = D.rib(F, R, r, "slip")
    F.pages_file("scan0003.jpg", "scan", rd, rpages, dpi=200)
    return _finish(
        F,
        p,
        as_of,
        requirements(application_form="invalid", employment="not_applicable"),
        defect="application form not signed",
    )


def d07_alves():
    F = Folder("d07_alves_ferreira_beatriz", "packet")
    r = u.rng_for(SET, F.name)
    as_of = "2026-11-21"
    p = dict(
        surname="ALVES FERREIRA",
        given="BEATRIZ",
        sex="F",
        dob="1993-07-30",
        nat="BRA",
        nat_fr="Brésilienne",
        pob_city="BELO HORIZONTE",
        pob_country_fr="Brésil",
        addr_line="11 rue de Metz",
        zip="31000",
        city="Toulouse",
        phone="07 69 28 41 05",
        email="bia.alvesf@gmail.com",
        passport=dict(
            issuing="BRA",
            number="GB604218",
            issue="2024-06-11",
            expiry="2034-06-10",
            authority="POLICIA FEDERAL",
            pob_text="BELO HORIZONTE/MG",
        ),
    )
    Fm = form_from(
        p,
        "salarie",
        "Toulouse",
        "2026-11-10",
        hand_font="H-dkg",
        job="Infirmière",
        contract="CDI",
        hire_date="06/04/2026",
        pob_commune="Belo Horizonte",
        sig_name="Beatriz A. F.",
    )
    fd, fpages = D.application_form(F, Fm, r)
    F.file("formulario.pdf", "image_pdf", [(fpages[0], fd), (fpages[1], fd)], dpi=200)
    pd = D.passport(F, p, r)
    v = dict(
        type="D",
        number="055713280",
        valid_from="2026-03-28",
        valid_until="2027-03-27",
        duration="365",
        issued_in="BRASILIA",
        issued_on="2026-03-06",
        vls_ts=True,
        remarks=["VLS-TS SALARIE"],
        entry_stamp="31.03.2026",
    )
    vd = D.visa(F, p, v)
    F.file(
        "passaporte e visto.pdf",
        "image_pdf",
        [(D.datapage_only(p, r), pd), (D.visa_only(p, v, r), vd)],
        dpi=250,
    )
    b = dict(
        country="BRA",
        bc_full="BEATRIZ ALVES FERREIRA",
        cpf="112.403.876-91",
        matricula="032615 01 55 1993 1 00211 087 0061472-35",
        dob_words="TRINTA DE JULHO DE MIL NOVECENTOS E NOVENTA E TRÊS",
        time="15:05",
        reg_place="BELO HORIZONTE - MG",
        hospital="HOSPITAL SOFIA FELDMAN, BELO HORIZONTE - MG",
        birth_place="BELO HORIZONTE - MG",
        father="RICARDO FERREIRA",
        mother="SANDRA ALVES FERREIRA",
        grandparents="PATERNOS: JOAQUIM FERREIRA E LÚCIA FERREIRA; MATERNOS: GERALDO ALVES E NEUSA ALVES",
        reg_words="CINCO DE AGOSTO DE MIL NOVECENTOS E NOVENTA E TRÊS",
        cartorio="CARTÓRIO DO REGISTRO CIVIL DO 2º SUBDISTRITO",
        cartorio_addr="Rua dos Guajajaras, 640 - Belo Horizonte/MG",
        officer="Marcos Vinícius Prado",
        issued_at="Belo Horizonte",
        issued_words="20 de janeiro de 2026",
        truth_place="Belo Horizonte",
        truth_surname="ALVES FERREIRA",
        truth_given="BEATRIZ",
        selo="BHZ77120-K2P4",
    )
    bd, bpages = D.birth(F, p, b, r, True)
    a = dict(
        langs=["pt", "en", "fr"],
        country="República Federativa do Brasil",
        signer="Marcos Vinícius Prado",
        capacity="Oficial de Registro Civil",
        seal_of="Cartório do Registro Civil do 2º Subdistrito de Belo Horizonte",
        place="Belo Horizonte/MG",
        date="2026-01-22",
        date_text="22/01/2026",
        by="Cartório do 3º Ofício de Notas",
        number="BRA0301262209934",
        seal_text="REPÚBLICA FEDERATIVA DO BRASIL * CNJ * ",
        qr=True,
        style="sticker",
        sig_name="Tabeliã",
    )
    ad, apage = D.apostille(F, a, r)
    F.file("certidao + apostila.pdf", "image_pdf", [(bpages[0], bd), (apage, ad)], dpi=200)
    addr = ["11 rue de Metz", "31000 Toulouse"]
    bills = monthly_bills(
        "TotalEnergies",
        "electricity",
        "MME BEATRIZ ALVES FERREIRA",
        addr,
        [(2026, 8), (2026, 9), (2026, 10)],
        "TE",
        r,
        issue_day=5,
        client_no="TE-4417-2209-31",
        pdl="31274456019822",
        offer="Offre Essentielle",
    )
    for bb in bills:
        bdoc, bp = D.bill(F, bb, r)
        F.pages_file(f"TotalEnergies_facture_{bb['start'][:7]}.pdf", "image_pdf", bdoc, bp, dpi=200)
    P = dict(
        employer="CLINIQUE SAINT-ROCH",
        emp_addr=["560 avenue du Colonel Roche", "31400 Toulouse"],
        siret=u.siret(r),
        naf="8610Z",
        urssaf="Midi-Pyrénées",
        conv="Hospitalisation privée FHP (IDCC 2264)",
        employee="M. MBARGA ESSOMBA Patrick",
        emp_lines=["27 avenue de Lardenne", "31100 Toulouse"],
        job="Brancardier",
        status="Non cadre",
        entry="2021-09-01",
        month="2026-10",
        pay_date="2026-10-30",
        gross=2050.0,
        pas_rate=1.4,
        nir_text=u.fmt_nir(u.nir("M", "1988-04-02", "99", "322", "117")),
        color="5B2A86",
    )
    psd, pspages = D.payslip(
        F,
        P,
        r,
        notes="DEFECT: the payslip belongs to another person (M. MBARGA ESSOMBA Patrick), not to the applicant.",
    )
    F.pages_file("bulletin de paie.pdf", "text_pdf", psd, pspages)
    R = _rib(
        r,
        "LCL",
        ["MME ALVES FERREIRA BEATRIZ", "11 RUE DE METZ", "31000 TOULOUSE"],
        ["LCL TOULOUSE CAPITOLE", "21 RUE LAFAYETTE", "31000 TOULOUSE"],
        "2026-04-15",
        copies=2,
    )
    rd, rpages = D.rib(F, R, r, "pdf")
    F.pages_file("RIB_LCL.pdf", "image_pdf", rd, rpages, dpi=200)
    return _finish(
        F, p, as_of, requirements(employment="invalid"), defect="payslip of another person"
    )


def d08_trabelsi():
    F = Folder("d08_trabelsi_mohamed_amine", "packet")
    r = u.rng_for(SET, F.name)
    as_of = "2026-12-03"
    p = dict(
        surname="TRABELSI",
        given="MOHAMED AMINE",
        sex="M",
        dob="1998-11-03",
        nat="TUN",
        nat_fr="Tunisienne",
        pob_city="SFAX",
        pob_country_fr="Tunisie",
        addr_line="4 rue de l'Aiguillerie, studio 6",
        zip="34000",
        city="Montpellier",
        phone="07 51 09 77 36",
        email="amine.trabelsi98@gmail.com",
        passport=dict(
            issuing="TUN",
            number="W7391826",
            issue="2023-07-19",
            expiry="2028-07-18",
            authority="SFAX",
            pob_text="SFAX",
        ),
    )
    Fm = form_from(
        p,
        "etudiant",
        "Montpellier",
        "2026-11-27",
        hand_font="H-breip",
        pob_commune="Sfax",
        sig_name="Trabelsi",
    )
    fd, fpages = D.application_form(F, Fm, r)
    F.file("formulaire1.jpg", "phone_photo", [(fpages[0], fd)], bg="desk")
    F.file("formulaire2.jpg", "phone_photo", [(fpages[1], fd)], bg="desk")
    pd = D.passport(F, p, r)
    v = dict(
        type="D",
        number="088310462",
        valid_from="2026-09-05",
        valid_until="2027-08-31",
        duration="360",
        issued_in="TUNIS",
        issued_on="2026-08-12",
        vls_ts=True,
        remarks=["VLS-TS ETUDIANT", "CESEDA R.431-16 1°"],
        entry_stamp="07.09.2026",
    )
    vd = D.visa(F, p, v)
    F.file(
        "passeport visa.pdf", "image_pdf", [(D.passport_sheet(p, r, visa_v=v), [pd, vd])], dpi=200
    )
    b = dict(
        country="TUN",
        city="Sfax",
        city_ar="صفاقس",
        year_reg=1998,
        act_no="4127",
        bc_given="Mohamed Amine",
        father="Habib TRABELSI",
        mother="Samia KHEMIRI",
        issued_on="2026-06-18",
        truth_place="Sfax",
        serial="0007412589",
    )
    bd, bpages = D.birth(F, p, b, r, True)
    a = dict(
        langs=["fr", "en"],
        country="Tunisie",
        signer="Nizar Ben Ali",
        capacity="Officier de l'état civil",
        seal_of="Municipalité de Sfax",
        place="Tunis",
        date="2026-06-24",
        date_text="24/06/2026",
        by="Ministère des Affaires étrangères",
        number="AP-2026-118840",
        seal_text="RÉPUBLIQUE TUNISIENNE * AFFAIRES ÉTRANGÈRES * ",
        head2="الجمهورية التونسية",
        sig_name="MAE",
    )
    ad, apage = D.apostille(F, a, r)
    F.file(
        "extrait naissance + apostille.pdf", "image_pdf", [(bpages[0], bd), (apage, ad)], dpi=200
    )
    L = dict(
        furnished=True,
        landlord="Mme Odile FABRE",
        landlord_addr="12 rue Foch, 34000 Montpellier",
        tenants=["M. Mohamed Amine TRABELSI"],
        address=["4 rue de l'Aiguillerie, studio 6", "34000 Montpellier"],
        start="2026-10-01",
        duration="9 mois (location à un étudiant)",
        rent=480.0,
        charges=40.0,
        deposit=960.0,
        surface=19,
        rooms=1,
        signed_at="Montpellier",
        signed_on="2026-09-24",
        landlord_sig="O. Fabre",
        tenant_sigs=["Trabelsi"],
    )
    ld, lpages = D.lease(
        F,
        L,
        r,
        notes="DEFECT: lease took effect on 2026-10-01, barely two months before the audit date (less than 3 months).",
    )
    F.pages_file("bail studio.pdf", "text_pdf", ld, lpages)
    R = _rib(
        r,
        "CA",
        ["M TRABELSI MOHAMED AMINE"],
        ["CA LANGUEDOC"],
        "2026-10-06",
        app="CA",
        screen_title="Mon RIB",
        holder_name="M TRABELSI MOHAMED AMINE",
    )
    R["bank"], R["bic"] = "13506", "AGRIFRPP835"
    R["iban"], R["key"] = u.fr_iban("13506", R["branch"], R["account"])
    R["app_rows"] = [
        ("Titulaire", "M TRABELSI MOHAMED AMINE", False),
        ("IBAN", u.group4(R["iban"]), True),
        ("BIC", R["bic"], True),
        ("Domiciliation", "CA LANGUEDOC - MONTPELLIER COMEDIE", False),
    ]
    rd, rpages = D.rib(F, R, r, "app", notes="Banking-app screenshot.")
    F.pages_file("Capture d'écran 2026-11-27 à 21.14.03.png", "screenshot", rd, rpages)
    return _finish(
        F,
        p,
        as_of,
        requirements(residence_proof="invalid", employment="not_applicable"),
        defect="lease started on 2026-10-01, less than three months before the audit date",
    )


ALL = [
    c01_benali,
    c02_wang,
    c03_gomez,
    c04_martin_diallo,
    c05_de_luca,
    c06_conceicao,
    c07_iyer,
    c08_kovalenko,
    c09_carter,
    c10_kouassi,
    d01_dela_cruz,
    d02_yildiz,
    d03_brooks,
    d04_el_amrani,
    d05_hernandez,
    d06_hughes,
    d07_alves,
    d08_trabelsi,
]
