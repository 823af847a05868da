"""Document builders shared by packets and single documents: build, write, record truth."""

from __future__ import annotations

import random

import cards
import civil
import home
import ids
import legal
import util as U
from emit import Folder, both_sides
from people import LANDLORDS
from pieces_bank import application_form, contract, employer, neobank, payslip, rib  # noqa: F401

AUTH = dict(
    USA="Department of State",
    MAR="PRÉFECTURE DE CASABLANCA",
    BRA="POLÍCIA FEDERAL",
    IND="MUMBAI",
    UKR="8032",
    PHL="DFA MANILA",
    COL="CANCILLERIA",
    CHN="National Immigration Administration",
    MEX="SRE GUADALAJARA",
    TUN="MINISTÈRE DE L'INTÉRIEUR",
    GBR="HMPO",
    TUR="T.C. İÇİŞLERİ BAKANLIĞI",
    DZA="DAIRA D'ORAN",
    SEN="DAF DAKAR",
    CIV="ONECI",
    CMR="DGSN",
    MLI="DGPN",
    COD="MINAFFET",
    VNM="Cục Quản lý xuất nhập cảnh",
    HTI="DIE PORT-AU-PRINCE",
)


def passport_number(code: str, rng: random.Random) -> str:
    d = lambda n: "".join(str(rng.randint(0, 9)) for _ in range(n))  # noqa: E731
    L = lambda n: "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXZ") for _ in range(n))  # noqa: E731
    return {
        "USA": "A" + d(8),
        "IND": L(1) + d(7),
        "GBR": d(9),
        "CHN": "E" + d(8),
        "UKR": L(2) + d(6),
        "BRA": L(2) + d(6),
        "TUR": "U" + d(8),
        "PHL": "P" + d(7) + L(1),
        "COL": "AU" + d(6),
        "MEX": "G" + d(8),
        "MAR": L(2) + d(7),
        "TUN": L(1) + d(6),
    }.get(code, L(2) + d(7))


def passport(
    F: Folder,
    rng,
    p,
    look,
    as_of,
    expired=False,
    break_mrz=0,
    upper=None,
    names=None,
    notes="",
    years=10,
):
    code = p["nat"]
    num = passport_number(code, rng)
    if expired:
        expiry = U.add_days(as_of, -rng.randint(20, 120))
    else:
        expiry = U.add_days(as_of, rng.randint(300, 3000))
    issued = U.add_days(expiry, -365 * years + 1)
    doc = dict(
        country=code,
        number=num,
        issued=issued,
        expiry=expiry,
        authority=AUTH.get(code, ""),
        break_mrz=break_mrz,
    )
    pages, fields, _ = ids.passport(rng, p, doc)
    pg = pages[0]
    if upper is not None or (look == "phone_photo" and rng.random() < 0.4):
        pg = ids.booklet_spread(rng, pg, upper)
    files = F.emit([pg], look, names, card=True, hint="passeport")
    F.add(files, "passport", look, fields, notes)
    return num, files


POSTS = dict(
    USA="WASHINGTON",
    MAR="RABAT",
    CHN="PEKIN",
    COL="BOGOTA",
    IND="NEW DELHI",
    TUN="TUNIS",
    TUR="ISTANBUL",
    MEX="MEXICO",
    BRA="BRASILIA",
    PHL="MANILLE",
    UKR="KIEV",
    GBR="LONDRES",
    DZA="ALGER",
    SEN="DAKAR",
    VNM="HANOI",
)


def visa(
    F: Folder,
    rng,
    p,
    look,
    passport_no,
    valid_from,
    vtype="D",
    remark="VLS-TS SALARIE",
    category="SALARIE",
    names=None,
    build_only=False,
    notes="",
):
    doc = dict(
        number=f"{rng.randint(10**8, 10**9 - 1)}",
        valid_from=valid_from,
        visa_type=vtype,
        post=POSTS.get(p["nat"], "PARIS"),
        issued=U.add_days(valid_from, -rng.randint(10, 40)),
        passport_number=passport_no,
        remarks=remark,
        category=category,
    )
    if vtype == "D":
        doc["valid_until"] = U.add_days(valid_from, 364)
        doc["days"] = 365
    else:
        doc["valid_until"] = U.add_days(valid_from, 179)
        doc["days"] = 90
        doc["valid_for"] = "ETATS SCHENGEN"
    pages, fields = ids.visa(rng, p, doc)
    if build_only:
        return pages[0], fields
    files = F.emit(pages, look, names, card=True, hint="visa")
    F.add(files, "long_stay_visa", look, fields, notes)
    return files


def residence_card(F, rng, p, look, as_of, title, remarks, expired=False, sides="both", notes=""):
    num = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(9))
    expiry = U.add_days(as_of, -rng.randint(10, 60) if expired else rng.randint(90, 1400))
    a = p["addr"]
    doc = dict(
        number=num,
        expiry=expiry,
        title=title,
        remarks=remarks,
        address=a["street"],
        address2=f"{a['cp']} {a['city']}",
        issued=U.add_days(expiry, -rng.choice([365, 730, 1460]) + 1),
        prefecture=rng.choice(
            [
                "PRÉFECTURE DE POLICE",
                "PRÉFECTURE DU RHÔNE",
                "PRÉFECTURE DES BOUCHES-DU-RHÔNE",
                "PRÉFECTURE DU NORD",
            ]
        ),
    )
    pages, fields = cards.residence_card(rng, p, doc)
    if look in ("scan", "image_pdf") and rng.random() < 0.7:
        files = F.emit([both_sides(pages[0], pages[1], rng)], look, hint="titre_sejour")
    else:
        files = F.emit(pages, look, card=True, hint="titre_sejour")
    F.add(files, "residence_permit", look, fields, notes)
    return files


def recepisse(F, rng, p, look, as_of, notes=""):
    start = U.add_days(as_of, -rng.randint(20, 100))
    a = p["addr"]
    doc = dict(
        prefecture_de=rng.choice(["DE POLICE", "DU RHÔNE", "DE LA GIRONDE", "DU NORD"]),
        number=f"{rng.randint(10**9, 10**10 - 1)}",
        agdref=f"{rng.randint(10**9, 10**10)}",
        address=home.addr_one(a),
        motif=rng.choice(["Protection temporaire", "Vie privée et familiale", "Salarié"]),
        valid_from=start,
        expiry=U.add_days(start, 182),
        city=a["city"],
    )
    pages, fields = cards.recepisse(rng, p, doc)
    files = F.emit(pages, look, hint="recepisse")
    F.add(files, "residence_permit", look, fields, notes or "récépissé de demande de titre")
    return files


def eu_id(F, rng, p, look, as_of, host=False, notes=""):
    num = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(9))
    expiry = U.add_days(as_of, rng.randint(200, 3000))
    a = p["addr"]
    doc = dict(
        country=p["nat"],
        number=num,
        expiry=expiry,
        address=f"{a['street']} {a['cp']} {a['city']}" if p["nat"] == "FRA" else "",
    )
    pages, fields = cards.eu_id_card(rng, p, doc)
    if look in ("scan", "image_pdf") and rng.random() < 0.8:
        files = F.emit([both_sides(pages[0], pages[1], rng)], look, hint="carte_identite")
    else:
        files = F.emit(pages, look, card=True, hint="carte_identite")
    F.add(
        files,
        "national_id",
        look,
        fields,
        notes or ("pièce d'identité de l'hébergeant" if host else ""),
    )
    return files


# ------------------------------------------------------------------ civil status

BC_INFO = {
    "USA": ("Chicago", "Dr. Sameer Vohra, State Registrar", "Cook County"),
    "MAR": ("Casablanca", "Ahmed Tazi", "ETAT CIVIL ANFA"),
    "BRA": ("Belo Horizonte", "Marcos Vinícius Teixeira", "CARTÓRIO"),
    "ESP": ("Madrid", "María José Sanz Encargada", "REGISTRO CIVIL"),
    "IND": ("Mumbai", "Dr. S. K. Patil, Registrar", "MCGM"),
    "UKR": ("Харків", "Бондаренко О. В.", "ДРАЦС"),
    "PHL": ("Quezon City", "Dennis S. Mapa, Civil Registrar General", "PSA"),
    "COL": ("Medellín", "Luz Marina Gómez Registradora", "REGISTRADURIA"),
    "CHN": ("Wuhan", "Notary Chen Ming", "WUHAN NOTARY"),
    "MEX": ("Guadalajara", "Lic. Roberto Castañeda Oficial", "REGISTRO CIVIL"),
    "TUN": ("Sfax", "Mohamed Kallel", "MUNICIPALITE SFAX"),
    "GBR": ("Birmingham", "Sarah Jones, Superintendent Registrar", "GRO"),
    "TUR": ("Gaziantep", "Ahmet Kaya", "NÜFUS MÜDÜRLÜĞÜ"),
    "DZA": ("Oran", "Khaled Benmoussa", "APC ORAN"),
    "SEN": ("Dakar", "Ousmane Sarr", "ETAT CIVIL"),
    "CIV": ("Abidjan", "Koffi N'Guessan", "MAIRIE COCODY"),
    "CMR": ("Douala", "Emmanuel Ngono", "DOUALA IIIe"),
    "MLI": ("Bamako", "Seydou Coulibaly", "COMMUNE IV"),
    "COD": ("Kinshasa", "Jean-Pierre Ilunga", "LINGWALA"),
    "HTI": ("Port-au-Prince", "Marie-Lourdes Saint-Fleur", "ANH"),
    "VNM": ("Hà Nội", "Phạm Văn Minh", "UBND"),
    "ITA": ("Napoli", "Ufficiale Gennaro Russo", "STATO CIVILE"),
    "DEU": ("Köln", "Standesbeamtin K. Becker", "STANDESAMT"),
    "PRT": ("Porto", "Conservadora Ana Paula Matos", "REGISTO CIVIL"),
}

AP = {
    "USA": (
        "en",
        "United States of America",
        "Illinois Department of Public Health",
        "Springfield, Illinois",
        "Alexi Giannoulias, Secretary of State",
    ),
    "MAR": (
        "fr",
        "Royaume du Maroc",
        "Bureau d'état civil Anfa",
        "Casablanca",
        "Karim Alaoui, Procureur du Roi",
    ),
    "BRA": (
        "pt",
        "República Federativa do Brasil",
        "Registro Civil das Pessoas Naturais",
        "Belo Horizonte",
        "Renata Moreira Alves, Tabeliã substituta",
    ),
    "IND": (
        "en",
        "India",
        "Municipal Corporation of Greater Mumbai",
        "New Delhi",
        "R. K. Sharma, Assistant Section Officer, Ministry of External Affairs",
    ),
    "UKR": (
        "uk",
        "Україна / Ukraine",
        "Відділ ДРАЦС",
        "Київ / Kyiv",
        "Мельник Т. І. / Melnyk T. I.",
    ),
    "PHL": (
        "en",
        "Republic of the Philippines",
        "Philippine Statistics Authority",
        "Manila",
        "Ma. Cristina Reyes, Authentication Officer, DFA",
    ),
    "COL": (
        "es",
        "República de Colombia",
        "Registraduría Nacional del Estado Civil",
        "Bogotá",
        "Martha Lucía Pérez, Coordinadora de Apostilla",
    ),
    "CHN": (
        "en",
        "People's Republic of China",
        "Wuhan Notary Office",
        "Beijing",
        "Wang Lei, Department of Consular Affairs",
    ),
    "MEX": (
        "es",
        "Estados Unidos Mexicanos",
        "Registro Civil del Estado de Jalisco",
        "Guadalajara, Jalisco",
        "Juan Carlos Medina, Director de Certificaciones",
    ),
    "TUN": (
        "fr",
        "République Tunisienne",
        "Municipalité de Sfax",
        "Tunis",
        "Samir Ben Youssef, Ministère des Affaires Étrangères",
    ),
    "GBR": (
        "en",
        "United Kingdom of Great Britain and Northern Ireland",
        "General Register Office",
        "Milton Keynes",
        "J. Patel, Foreign, Commonwealth and Development Office",
    ),
    "TUR": (
        "tr",
        "Türkiye",
        "Nüfus ve Vatandaşlık Müdürlüğü",
        "Gaziantep",
        "Mehmet Öztürk, Kaymakam V.",
    ),
}


def birth_cert(F, rng, p, look, as_of, has_apostille, notes="", names=None):
    code = p["nat"] if p["nat"] in civil.BC else "USA"
    city, officer, stamp = BC_INFO.get(code, ("", "Officer", code))
    doc = dict(
        country=code,
        issued=U.add_days(as_of, -rng.randint(60, 400)),
        act_no=f"{rng.randint(100, 9999)}/{U.d(p['dob']).year}",
        officer=officer,
        issue_city=city,
        city=city,
        stamp=stamp,
        has_apostille=has_apostille,
        time=f"{rng.randint(0, 23):02d}h{rng.randint(0, 59):02d}",
    )
    pages, fields = civil.birth_certificate(rng, p, doc)
    files = F.emit(pages, look, names, hint="acte_naissance")
    F.add(files, "birth_certificate", look, fields, notes)
    return doc["issued"], files


def apostille(F, rng, p, look, issued_after, notes="", names=None):
    lang, cname, seal, place, signer = AP[p["nat"]]
    num = rng.choice(
        [
            f"{rng.randint(10**5, 10**6)}",
            f"AP-{U.d(issued_after).year}-{rng.randint(1000, 99999)}",
            f"{rng.randint(10, 99)}/{rng.randint(1000, 9999)}",
        ]
    )
    issued = U.add_days(issued_after, rng.randint(3, 30))
    officer = BC_INFO.get(p["nat"], ("", "Registrar", ""))[1]
    doc = dict(
        lang=lang,
        country_name=cname,
        doc_signer=officer,
        doc_capacity={
            "en": "Registrar",
            "fr": "Officier de l'état civil",
            "es": "Oficial del Registro Civil",
            "pt": "Oficial de Registro",
            "uk": "Державний реєстратор",
            "tr": "Nüfus Müdürü",
        }[lang],
        doc_seal=seal,
        place=place,
        issued=issued,
        signed_by=signer,
        number=num,
        country=p["nat"],
        seal_short="APOSTILLE",
    )
    pages, fields = legal.apostille(rng, doc)
    files = F.emit(pages, look, names, hint="apostille")
    F.add(files, "apostille", look, fields, notes)
    return files


TR_LANG = dict(
    BRA=("portugais", "portugaise"),
    UKR=("ukrainien", "ukrainienne"),
    MEX=("espagnol", "espagnole"),
    COL=("espagnol", "espagnole"),
    TUR=("turc", "turque"),
    CHN=("chinois", "chinoise"),
    USA=("anglais", "anglaise"),
    VNM=("vietnamien", "vietnamienne"),
    PHL=("anglais", "anglaise"),
    IND=("anglais", "anglaise"),
    ESP=("espagnol", "espagnole"),
)


def translation(F, rng, p, look, date, notes=""):
    frm, adj = TR_LANG[p["nat"]]
    who = rng.choice(
        [
            ("Isabelle Marchetti", "Paris", "48 rue de Rivoli, 75004 Paris"),
            ("Olena Petrenko-Durand", "Lyon", "7 quai Saint-Antoine, 69002 Lyon"),
            ("Carlos Méndez Arroyo", "Versailles", "3 rue Hoche, 78000 Versailles"),
            ("Selin Arslan", "Aix-en-Provence", "12 cours Mirabeau, 13100 Aix"),
        ]
    )
    doc = dict(
        translator=who[0],
        court=who[1],
        tr_address=who[2],
        from_lang=frm,
        from_lang_adj=adj,
        source_title=civil.BC[p["nat"]][3],
        hdr=[],
        registered=U.add_days(p["dob"], rng.randint(1, 10)),
        act_no=f"{rng.randint(100, 9999)}",
        rep_no=f"{rng.randint(100, 3000)}/26",
        date=date,
    )
    pages, fields = legal.translation(rng, p, doc)
    files = F.emit(pages, look, hint="traduction_acte_naissance")
    F.add(files, "translation", look, fields, notes or f"traduction assermentée du {frm}")
    return files


# ------------------------------------------------------------------ residence proof

BILL_AMOUNTS = dict(
    electricity=(38, 140),
    gas=(25, 110),
    internet=(29.99, 49.99),
    mobile=(9.99, 24.99),
    water=(18, 60),
    energy=(60, 190),
)


def bills(F, rng, p, provider, months, look, holder=None, notes="", layout=None, font=None):
    """Monthly bills of one supplier; `holder` = (printed, truth) or None for p's name."""
    out = []
    holder = holder or home.titled(rng, p)
    layout = layout or rng.choice(["window", "band", "telecom"])
    font = font or rng.choice(["arial", "lato", "roboto", "open", "carlito"])
    ref = f"{rng.randint(10**9, 10**10 - 1)}"
    svc = home.PROV[provider]["svc"]
    lo, hi = BILL_AMOUNTS[svc]
    for m in months:
        issue = U.add_days(U.month_end(m), rng.randint(2, 9))
        amount = (
            round(rng.uniform(lo, hi), 2)
            if svc not in ("internet", "mobile")
            else round(rng.choice([lo, hi, lo + 5]), 2)
        )
        doc = dict(
            provider=provider,
            month=m,
            issue_date=issue,
            amount=amount,
            address=p["addr"],
            holder=holder,
            layout=layout,
            font=font,
            ref=ref,
            site_address=svc in ("electricity", "gas"),
        )
        pages, fields = home.utility_bill(rng, p, doc)
        files = F.emit(
            pages, look, hint=f"facture_{provider.split()[0].lower()}_{m.replace('-', '')}"
        )
        F.add(files, "utility_bill", look, fields, notes)
        out.append(files)
    return out


def lease(F, rng, p, look, start, tenants=None, landlord=None, meuble=None, notes=""):
    lp, lt, la = landlord or rng.choice(LANDLORDS)
    civ = "M." if p["sex"] == "M" else "Mme"
    printed = [f"{civ} {p['given']} {p['surname'].upper()}"]
    truth = [f"{p['given']} {p['surname'].upper()}"]
    for tp, tt in tenants or []:
        printed.append(tp)
        truth.append(tt)
    doc = dict(
        meuble=rng.random() < 0.4 if meuble is None else meuble,
        address=p["addr"],
        landlord=lp,
        landlord_addr=la,
        tenants=printed,
        tenant_truth=truth,
        landlord_truth=lt,
        start=start,
        rent=rng.choice([690, 820, 945, 1120, 1380]),
        charges=rng.choice([60, 85, 110, 150]),
        signed_city=p["addr"]["city"],
        signed_on=U.add_days(start, -rng.randint(3, 20)),
        rooms=rng.randint(1, 4),
        surface=rng.randint(22, 78),
    )
    pages, fields = home.lease(rng, doc)
    files = F.emit(pages, look, hint="bail")
    F.add(files, "lease", look, fields, notes)
    return files, doc


def quittance(F, rng, p, look, month, landlord):
    x = U.d(month + "-01")
    doc = dict(
        month_label=f"{U.MOIS[x.month - 1]} {x.year}",
        landlord=landlord,
        tenant=f"{p['given']} {p['surname'].upper()}",
        address=p["addr"],
        total=rng.choice([905.0, 1030.0, 1230.0]),
        **{"from": U.fr(month + "-01"), "to": U.fr(U.month_end(month))},
        city=p["addr"]["city"],
        date=U.fr(U.add_days(U.month_end(month), 3)),
    )
    pages, _ = home.quittance(rng, doc)
    files = F.emit(pages, look, hint="quittance_loyer")
    F.add(files, "unknown", look, {}, "quittance de loyer (un reçu, pas un bail)")
    return files


def attestation(F, rng, host, p, look, since, signed_on, hand=True, signed=True, notes=""):
    doc = dict(
        hand=hand,
        lined=hand and rng.random() < 0.5,
        host=f"{host['given']} {host['surname']}",
        hosted=f"{p['given']} {p['surname'].upper()}",
        address=host["addr"],
        host_sex=host["sex"],
        host_dob=host["dob"],
        host_pob=host["pob"],
        hosted_civ="Monsieur" if p["sex"] == "M" else "Madame",
        hosted_sex=p["sex"],
        hosted_dob=p["dob"],
        hosted_pob=p["pob"],
        since=since,
        city=host["addr"]["city"],
        signed_on=signed_on,
        signed=signed,
        host_truth=f"{host['given']} {host['surname']}",
        hosted_truth=f"{p['given']} {p['surname'].upper()}",
    )
    pages, fields = home.hosting_attestation(rng, doc)
    files = F.emit(pages, look, hint="attestation_hebergement")
    F.add(files, "hosting_attestation", look, fields, notes)
    return files
