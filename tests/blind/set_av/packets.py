"""The four packets of set_av."""

import civil
import french as fr
import ids
from render import image_pdf, save_photo, save_scan, to_image, to_pdf

CA_LEGAL = (
    "Caisse Régionale de Crédit Agricole Mutuel de Paris et d'Ile-de-France · société "
    "coopérative à capital variable · 775 665 615 RCS Paris · 26 quai de la Rapée 75012 Paris"
)


def p01(pk, ok, fr_rib, siret):
    a, rng = pk.a, pk.rng
    full = "Montserrat CASALS VILARÓ"
    pk.form("typed", "image_pdf", ["scan_demande_cpam.pdf"], run=0)
    pk.passport("phone_photo", "IMG_20261109_181502.jpg", rotate=90)
    mrz = ids.td1(
        "IR", "FRA", "PF8K3Q271", "CASALS VILARO", "MONTSERRAT", "AND", a["dob"], "F", "2028-09-30"
    )
    c = dict(
        title="TITRE DE SÉJOUR",
        surname=a["surname"],
        given=a["given"],
        number="PF8K3Q271",
        front_rows=[
            ("NOM", a["surname"]),
            ("PRÉNOMS", a["given"]),
            ("SEXE / NATIONALITÉ", "F   AND"),
            ("DATE DE NAISSANCE", "14 03 1993"),
            ("TYPE DE TITRE", "CARTE DE SÉJOUR PLURIANNUELLE"),
            ("VALABLE JUSQU'AU", "30 09 2028"),
        ],
        back_rows=[
            ("REMARQUES", "SALARIÉ"),
            ("ADRESSE", "18 RUE DES VINAIGRIERS 75010 PARIS"),
            ("LIEU DE NAISSANCE", "ANDORRA LA VELLA (AND)"),
            ("DÉLIVRÉ LE", "01 10 2026  PRÉFECTURE DE POLICE"),
        ],
        mrz=mrz,
    )
    front, back = ids.card_front_back(c, rng)
    save_scan(ids.two_cards_on_a4(front, back, rng), pk.path("titre_sejour_recto_verso.jpg"), rng)
    pk.add(
        [("titre_sejour_recto_verso.jpg", [1])],
        "residence_permit",
        "scan",
        {
            "surname": a["surname"],
            "given_names": a["given"],
            "document_number": "PF8K3Q271",
            "nationality": "AND",
            "issuing_country": "FRA",
            "date_of_birth": a["dob"],
            "sex": "F",
            "expiry_date": "2028-09-30",
            "mrz_valid": True,
        },
        "front and back photocopied on one A4; MRZ " + " / ".join(mrz),
    )
    cert = dict(
        surname=a["surname"],
        given="Montserrat",
        sex="F",
        dob=a["dob"],
        pob="Andorra la Vella",
        parish="Andorra la Vella",
        reg=("41", "118", "0233"),
        father="Jordi Casals Puig",
        mother="Núria Vilaró i Cerqueda",
        issued="2026-05-06",
    )
    apo = dict(
        lang="ca",
        country="Principat d'Andorra",
        signer="Marta Vidal Pons",
        capacity="Registradora del Registre Civil",
        seal_of="Registre Civil d'Andorra",
        place="Andorra la Vella",
        issued="2026-05-08",
        authority="Ministeri d'Afers Exteriors",
        number="AP-2026/03817",
        seal_text="AFERS EXTERIORS",
        authority_signer="J. Font",
    )
    pk.birth(civil.andorra, cert, apo, "image_pdf", ["acte_naissance_apostille.pdf"], "ca")
    L = dict(
        landlord="M. Philippe Garnier",
        landlord_addr="9 avenue Trudaine, 75009 Paris",
        tenants_printed=["Mme Montserrat CASALS VILARÓ"],
        street=a["street"] + ", 3e étage",
        cp_city="75010 Paris",
        surface="34,5",
        rooms="2",
        start="2026-03-01",
        signed="2026-02-21",
        rent=1180.0,
        charges=95.0,
        city="Paris",
        landlord_sig="P Garnier",
        tenant_sig=full,
    )
    imgs = [to_image(p, 200) for p in fr.lease_pages(L, rng)]
    image_pdf(imgs, pk.path("bail_vinaigriers.pdf"), rng)
    pk.add(
        [("bail_vinaigriers.pdf", [1, 2, 3])],
        "lease",
        "image_pdf",
        {
            "tenant_names": [a["surname"] + " " + a["given"]],
            "landlord": "Philippe Garnier",
            "address": a["street"] + ", 75010 Paris",
            "start_date": "2026-03-01",
        },
        "bail loi 1989, logement vide, 3 pages",
    )
    ib, key = fr_rib("18206", "00041", "65043217852")
    R = dict(
        bank="Crédit Agricole",
        color=(0, 110, 100),
        holder="MME CASALS VILARO MONTSERRAT",
        holder_lines=["MME CASALS VILARO MONTSERRAT", "18 RUE DES VINAIGRIERS", "75010 PARIS"],
        branch_lines=[
            "CA PARIS CANAL ST MARTIN",
            "104 RUE DU FAUBOURG DU TEMPLE",
            "75011 PARIS",
            "01 43 57 21 90",
        ],
        bank_code="18206",
        branch_code="00041",
        account="65043217852",
        key=key,
        iban=ib,
        bic="AGRIFRPP882",
        bank_name="Crédit Agricole Île-de-France",
        legal=CA_LEGAL,
    )
    pk.rib("text_pdf", "RIB_CA.pdf", R)
    S = dict(
        start="2026-10-01",
        end="2026-10-31",
        paid="2026-10-30",
        employer="ATELIER LUMEN SAS",
        emp_street="27 rue du Chemin Vert",
        emp_city="75011 Paris",
        siret=siret("8523147690001"),
        naf="7112B",
        urssaf="Île-de-France 117000001234",
        employee="Madame Montserrat CASALS VILARÓ",
        street=a["street"],
        cp_city="75010 PARIS",
        job="Ingénieure d'études",
        hired="2026-01-05",
        ccn="Syntec (IDCC 1486)",
        gross=3350.0,
        pas=0.061,
    )
    to_pdf([fr.payslip(S, rng)], pk.path("bulletin_paie_2026-10.pdf"), "Bulletin de paie")
    pk.add(
        [("bulletin_paie_2026-10.pdf", [1])],
        "payslip",
        "text_pdf",
        {
            "employer": "ATELIER LUMEN SAS",
            "employee_name": "Montserrat CASALS VILARÓ",
            "period": "2026-10",
            "net_pay": S["net_pay"],
            "siret": S["siret"],
        },
        "bulletin de paie clarifié",
    )
    return "complete", ok(), None


def p02(pk, ok, fr_rib, siret):
    a = pk.a
    pk.form(
        "hand",
        "phone_photo",
        ["IMG_4471.jpg", "IMG_4472.jpg"],
        run=1,
        hand="dkg",
        rotations=(90, 0),
    )
    pk.passport("phone_photo", "IMG_4468.jpg", rotate=0)
    pk.visa(
        "phone_photo",
        "IMG_4469.jpg",
        "006182734",
        "2026-06-01",
        "2027-05-31",
        "2026-05-12",
        "PRAIA",
        ["VLS-TS SALARIE", "CESEDA R.431-16 15°", "A VALIDER EN LIGNE 3 MOIS"],
        "SALARIE",
        rotate=270,
    )
    cert = dict(
        surname="Lopes Tavares",
        given="Edmilson José",
        sex="M",
        dob=a["dob"],
        pob="Praia",
        parish="Nossa Senhora da Graça",
        island="Santiago",
        office="Praia",
        reg="1487",
        father="Manuel Tavares",
        mother="Antónia Lopes Semedo",
        issued="2026-03-17",
    )
    apo = dict(
        lang="pt",
        country="Cabo Verde",
        signer="Jorge Tavares Moreira",
        capacity="Conservador do Registo Civil",
        seal_of="Conservatória do Registo Civil da Praia",
        place="Praia",
        issued="2026-03-20",
        authority="Procuradoria-Geral da República",
        number="0412/2026",
        seal_text="PROCURADORIA GERAL",
        authority_signer="A. Fortes",
    )
    pk.birth(civil.cabo_verde, cert, apo, "scan", ["certidao_nascimento.png", "apostila.png"], "pt")
    holder = "M. EDMILSON LOPES TAVARES"
    pk.bills(
        "bouygues",
        holder,
        a["street"],
        a["cp"] + " " + a["city"].upper(),
        [(2026, 8), (2026, 9), (2026, 10)],
        ["text_pdf"] * 3,
        ["Facture_Bbox_082026.pdf", "Facture_Bbox_092026.pdf", "Facture_Bbox_102026.pdf"],
        32.99,
    )
    for d in pk.docs[-3:]:
        d["fields"]["holder_name"] = "EDMILSON LOPES TAVARES"
    ib = ids.iban("DE", "10011001" + "2624317890")
    R = dict(
        holder="Edmilson José Lopes Tavares",
        iban=ib,
        bic="NTSBDEB1XXX",
        bank_name="N26 Bank SE",
        balance=1284.37,
    )
    pk.rib("screenshot", "Screenshot_20261118-201544.png", R)
    return (
        "incomplete",
        ok(employment="missing"),
        (
            "employment missing: the form ticks salaried work (CDI) but the packet holds neither "
            "the employment contract nor a payslip"
        ),
    )


def p03(pk, ok, fr_rib, siret):
    a, rng = pk.a, pk.rng
    pk.form("hand", "scan", ["scan0001.jpg", "scan0002.jpg"], run=0, hand="dancing")
    pk.passport("scan", "passeport_joel.jpg")
    pk.visa(
        "scan",
        "visa_vlsts.jpg",
        "005917263",
        "2026-04-10",
        "2027-04-09",
        "2026-03-18",
        "PORT-VILA",
        ["VLS-TS CONJOINT DE FRANCAIS", "CESEDA L.423-1", "A VALIDER EN LIGNE"],
        "CONJOINT DE FRANCAIS",
    )
    cert = dict(
        surname="Nakou",
        given="Joël Serge",
        sex="M",
        dob=a["dob"],
        pob="Luganville",
        island="Espiritu Santo",
        province="Sanma",
        reg="SAN/1988/00412",
        father="Serge Nakou",
        mother="Leimara Tabi",
        registered="1988-11-21",
        issued="2026-02-03",
        serial="B 0738814",
    )
    apo = dict(
        lang="en",
        country="Republic of Vanuatu",
        signer="Rachel Kalsakau",
        capacity="Registrar of Civil Status",
        seal_of="Civil Status Registry",
        place="Port Vila",
        issued="2026-02-10",
        authority="Ministry of Foreign Affairs",
        number="APO 2026/0217",
        seal_text="FOREIGN AFFAIRS",
        authority_signer="T. Natapei",
    )
    pk.birth(
        civil.vanuatu,
        cert,
        apo,
        "phone_photo",
        ["IMG_20260301_101112.jpg", "IMG_20260301_101140.jpg"],
        "en",
    )
    host = "Claire DUBOIS-LEFÈVRE"
    A = dict(
        host="Claire Dubois-Lefèvre",
        host_dob="1990-06-17",
        host_pob="Villeurbanne",
        street=a["street"],
        cp_city="69007 Lyon",
        hosted="Joël Nakou",
        hosted_dob=a["dob"],
        hosted_pob="Luganville",
        hosted_country="Vanuatu",
        since="2026-04-18",
        city="Lyon",
        signed="2026-11-09",
        host_sig=host,
    )
    save_scan(to_image(fr.attestation(A, rng), 200), pk.path("attestation_hebergement.jpg"), rng)
    pk.add(
        [("attestation_hebergement.jpg", [1])],
        "hosting_attestation",
        "scan",
        {
            "host_name": "Claire Dubois-Lefèvre",
            "hosted_name": "Joël Nakou",
            "address": a["street"] + ", 69007 Lyon",
            "since_date": "2026-04-18",
            "signed_on": "2026-11-09",
            "signed": True,
        },
        "handwritten, host is the spouse",
    )
    mrz = ids.td1(
        "ID",
        "FRA",
        "X4RTB7FW2",
        "DUBOIS LEFEVRE",
        "CLAIRE MARIE",
        "FRA",
        "1990-06-17",
        "F",
        "2033-02-01",
    )
    c = dict(
        title="CARTE NATIONALE D'IDENTITÉ",
        surname="DUBOIS-LEFÈVRE",
        given="Claire",
        number="X4RTB7FW2",
        base=(232, 236, 248),
        ink=(200, 205, 235),
        front_rows=[
            ("NOM / Surname", "DUBOIS-LEFÈVRE"),
            ("Prénoms / Given names", "Claire, Marie"),
            ("Sexe / Sex", "F      Nationalité  FRA"),
            ("Date de naiss. / Date of birth", "17 06 1990"),
            ("Lieu de naissance", "VILLEURBANNE (69)"),
            ("Date d'expir.", "01 02 2033"),
        ],
        back_rows=[
            ("Adresse", "42 COURS GAMBETTA 69007 LYON"),
            ("Délivrée le", "02 02 2023"),
            ("Autorité", "Préfecture du Rhône"),
        ],
        mrz=mrz,
    )
    front, back = ids.card_front_back(c, rng)
    save_photo(front, pk.path("CNI_Claire_recto.jpg"), rng, 0, 3024, 0.6)
    save_photo(back, pk.path("CNI_Claire_verso.jpg"), rng, 180, 3024, 0.6)
    pk.add(
        [("CNI_Claire_recto.jpg", [1]), ("CNI_Claire_verso.jpg", [1])],
        "national_id",
        "phone_photo",
        {
            "surname": "DUBOIS-LEFÈVRE",
            "given_names": "Claire Marie",
            "document_number": "X4RTB7FW2",
            "nationality": "FRA",
            "issuing_country": "FRA",
            "date_of_birth": "1990-06-17",
            "sex": "F",
            "expiry_date": "2033-02-01",
            "mrz_valid": True,
        },
        "host's identity card (the host, not the applicant); MRZ " + " / ".join(mrz),
    )
    pk.bills(
        "sfr",
        "Mme Claire DUBOIS-LEFÈVRE",
        a["street"],
        "69007 LYON",
        [(2026, 8), (2026, 9), (2026, 10)],
        ["text_pdf", "screenshot", "text_pdf"],
        ["facture_sfr_aout.pdf", "IMG_7731.PNG", "facture_sfr_octobre.pdf"],
        42.99,
    )
    for d in pk.docs[-3:]:
        d["fields"]["holder_name"] = "Claire DUBOIS-LEFÈVRE"
        d["notes"] = "host's bill"
    ib, key = fr_rib("30066", "10021", "00020154801")
    R = dict(
        bank="CIC",
        color=(0, 60, 130),
        holder="M JOEL NAKOU OU MME CLAIRE DUBOIS-LEFEVRE",
        holder_lines=[
            "M JOEL NAKOU OU MME CLAIRE DUBOIS-LEFEVRE",
            "42 COURS GAMBETTA",
            "69007 LYON",
        ],
        branch_lines=["CIC LYON JEAN MACE", "2 PLACE JEAN MACE", "69007 LYON"],
        bank_code="30066",
        branch_code="10021",
        account="00020154801",
        key=key,
        iban=ib,
        bic="CMCIFRPP",
        bank_name="CIC",
        legal="Crédit Industriel et Commercial · SA au capital de 611 858 064 € · 542 016 381 "
        "RCS Paris · 6 avenue de Provence 75009 Paris",
    )
    pk.rib("scan", "rib_compte_joint.jpg", R)
    return "complete", ok(employment="not_applicable"), None


def p04(pk, ok, fr_rib, siret):
    a, rng = pk.a, pk.rng
    pk.form(
        "typed",
        "phone_photo",
        ["IMG_2031.jpg", "IMG_2032.jpg"],
        run=1,
        date_by_hand=True,
        rotations=(0, 180),
    )
    pk.passport("phone_photo", "passport_tamika.jpg", rotate=0)
    pk.visa(
        "phone_photo",
        "visa.jpg",
        "006044219",
        "2026-04-20",
        "2027-04-19",
        "2026-03-30",
        "NASSAU",
        ["VLS-TS SALARIE", "CESEDA R.431-16 15°", "A VALIDER EN LIGNE"],
        "SALARIE",
        rotate=90,
    )
    cert = dict(
        surname="Knowles-Ferguson",
        given="Tamika Renée",
        sex="F",
        dob=a["dob"],
        pob="Princess Margaret Hospital, Nassau",
        district="New Providence",
        reg="1995/NP/0611",
        father="Dwayne Anthony Ferguson",
        mother="Sharon Knowles",
        registered="1995-02-14",
        issued="2026-01-22",
        serial="NP 0457731",
    )
    apo = dict(
        lang="en",
        country="Commonwealth of The Bahamas",
        signer="Keisha Rolle",
        capacity="Registrar General",
        seal_of="Registrar General's Department",
        place="Nassau",
        issued="2026-01-29",
        authority="Ministry of Foreign Affairs",
        number="2026-APO-00981",
        seal_text="FOREIGN AFFAIRS",
        authority_signer="L. Cartwright",
    )
    pk.birth(civil.bahamas, cert, apo, "scan", ["birth_certificate.jpg", "apostille.jpg"], "en")
    pk.docs[-2]["fields"]["place_of_birth"] = "Princess Margaret Hospital, Nassau"
    holder = "Mme Tamika KNOWLES-FERGUSON"
    pk.bills(
        "engie",
        holder,
        a["street"],
        "13001 MARSEILLE",
        [(2026, 8), (2026, 9), (2026, 10)],
        ["text_pdf", "phone_photo", "text_pdf"],
        ["Engie_facture_08-2026.pdf", "IMG_2044.jpg", "Engie_facture_10-2026.pdf"],
        61.0,
        rot=180,
    )
    for d in pk.docs[-3:]:
        d["fields"]["holder_name"] = "Tamika KNOWLES-FERGUSON"
    ib, key = fr_rib("30002", "00457", "0000731842K")
    R = dict(
        bank="LCL",
        color=(0, 45, 120),
        holder="MLLE TAMIKA KNOWLES-FERGUSON",
        holder_lines=["MLLE TAMIKA KNOWLES-FERGUSON", "5 RUE PARADIS", "13001 MARSEILLE"],
        branch_lines=["LCL MARSEILLE CANEBIERE", "49 LA CANEBIERE", "13001 MARSEILLE"],
        bank_code="30002",
        branch_code="00457",
        account="0000731842K",
        key=key,
        iban=ib,
        bic="CRLYFRPP",
        bank_name="LCL - Le Crédit Lyonnais",
        legal="LCL Le Crédit Lyonnais · SA au capital de 2 037 713 591 € · 954 509 741 RCS "
        "Lyon · 18 rue de la République 69002 Lyon",
    )
    pk.rib("text_pdf", "RIB_LCL.pdf", R)
    pk.docs[-1]["fields"]["holder_name"] = "TAMIKA KNOWLES-FERGUSON"
    K = dict(
        employer="MAISON ARDENT SAS",
        form="société par actions simplifiée",
        capital="50 000 €",
        rcs_city="Marseille",
        siret=siret("9018327450001"),
        emp_addr="12 quai du Port, 13002 Marseille",
        rep="Julien Ardent",
        rep_role="Président",
        employee="Mme Tamika KNOWLES-FERGUSON",
        dob=a["dob"],
        pob="Nassau",
        pob_country="Bahamas",
        nat="bahaméenne",
        addr="5 rue Paradis, 13001 Marseille",
        start="2026-05-04",
        ccn="des hôtels, cafés, restaurants (IDCC 1979)",
        job="Réceptionniste",
        status="employé",
        coef="niveau II échelon 1",
        gross=1980.0,
        workplace="12 quai du Port, 13002 Marseille",
        retraite="AG2R La Mondiale",
        prevoyance="Malakoff Humanis",
        city="Marseille",
        signed="2026-04-27",
    )
    imgs = [to_image(p, 200) for p in fr.contract_pages(K, rng)]
    image_pdf(imgs, pk.path("contrat_travail_CDI.pdf"), rng)
    pk.add(
        [("contrat_travail_CDI.pdf", [1, 2])],
        "employment_contract",
        "image_pdf",
        {
            "employer": "MAISON ARDENT SAS",
            "employee_name": "Tamika KNOWLES-FERGUSON",
            "contract_type": "CDI",
            "job_title": "Réceptionniste",
            "start_date": "2026-05-04",
        },
    )
    return "complete", ok(), None


def build_all(out, Packet, ok, fr_rib, siret, people):
    names = []
    for a, fn in zip(people, (p01, p02, p03, p04)):
        pk = Packet(out, a)
        status, reqs, defect = fn(pk, ok, fr_rib, siret)
        pk.write(out, status, reqs, defect)
        names.append(a["name"])
    return names
