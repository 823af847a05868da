"""Part A: whole packets as an applicant would mail them."""

from __future__ import annotations

import datetime as dt
import os

from build import Builder, Comp, write_json
from core import INK_BLACK, D, fr_iban, iban_make, month_end, rng, siret
from docs_civil import (
    apostille,
    bc_brazil,
    bc_china,
    bc_colombia,
    bc_francophone,
    bc_india,
    bc_mexico,
    bc_multilingual,
    bc_philippines,
    bc_uk,
    bc_ukraine,
    bc_usa,
    sworn_translation,
)
from docs_form import application_form
from docs_home import hosting_attestation, lease, utility_bill
from docs_id import id_card, passport, residence_permit, visa_sticker
from docs_work import (
    employment_contract,
    payslip,
    rib_app_screen,
    rib_in_letter,
    rib_page,
)
from model import Person

REQS = [
    "application_form",
    "identity",
    "residence_status",
    "birth_certificate",
    "residence_proof",
    "bank_details",
    "employment",
]

EMPLOYERS = {
    "azurion": {
        "name": "Azurion Software SAS",
        "street": "2000 route des Lucioles",
        "city": "06410 BIOT",
        "naf": "5829C",
        "convention": "Syntec (IDCC 1486)",
    },
    "fournil": {
        "name": "Boulangerie Le Fournil d'Aligre",
        "street": "3 place d'Aligre",
        "city": "75012 PARIS",
        "naf": "1071C",
        "convention": "Boulangerie-pâtisserie artisanale (IDCC 843)",
        "form": "SARL au capital de 8 000 €",
    },
    "lumiq": {
        "name": "Lumiq Robotics SAS",
        "street": "5 allée de l'Innovation",
        "city": "31400 TOULOUSE",
        "naf": "2829B",
        "convention": "Métallurgie (IDCC 3248)",
    },
    "marronniers": {
        "name": "Hôtel des Marronniers SARL",
        "street": "41 cours Lafayette",
        "city": "69006 LYON",
        "naf": "5510Z",
        "convention": "Hôtels, cafés, restaurants (IDCC 1979)",
        "form": "SARL au capital de 20 000 €",
    },
    "lutins": {
        "name": "Les Petits Lutins Crèches SAS",
        "street": "22 rue Oberkampf",
        "city": "75011 PARIS",
        "naf": "8891A",
        "convention": "Acteurs du lien social et familial (IDCC 1261)",
    },
    "corvus": {
        "name": "Corvus Logistique SAS",
        "street": "ZA des Pielettes, 4 rue Gutenberg",
        "city": "13740 LE ROVE",
        "naf": "5210B",
        "convention": "Transports routiers (IDCC 16)",
    },
    "atelier": {
        "name": "Atelier Numérique Garonne SARL",
        "street": "12 quai de Paludate",
        "city": "33800 BORDEAUX",
        "naf": "6202A",
        "convention": "Syntec (IDCC 1486)",
        "form": "SARL au capital de 15 000 €",
    },
    "vetdeuxrives": {
        "name": "Clinique Vétérinaire des Deux Rives",
        "street": "7 quai de Bacalan",
        "city": "33300 BORDEAUX",
        "naf": "7500Z",
        "convention": "Cabinets vétérinaires (IDCC 1875)",
        "form": "SELARL au capital de 30 000 €",
    },
}


def _acct(r, n=11):
    return "".join(str(r.randint(0, 9)) for _ in range(n))


def fr_account(bank_code, key):
    r = rng(key, "iban")
    branch = f"{r.randint(1, 99999):05d}"
    return fr_iban(bank_code, branch, _acct(r))[0]


def bad_iban(iban):
    """Same account, wrong IBAN check digits (plainly invalid)."""
    chk = int(iban[2:4])
    return iban[:2] + f"{(chk + 11) % 97 + 2:02d}"[-2:] + iban[4:]


class Packet:
    def __init__(self, root, name, as_of, applicant: Person, defect=None, reqs=None):
        self.name = name
        self.as_of = D(as_of)
        self.p = applicant
        self.defect = defect
        self.reqs = {k: "complete" for k in REQS}
        self.reqs.update(reqs or {})
        self.b = Builder(os.path.join(root, "packets", name), "A/" + name)
        self.notes = []

    def truth(self):
        bad = any(v in ("invalid", "missing") for v in self.reqs.values())
        q = any(v == "questionable" for v in self.reqs.values())
        status = "incomplete" if bad else ("questionable" if q else "complete")
        out = {
            "as_of": self.as_of.isoformat(),
            "employed": None,
            "status": status,
            "defect": self.defect,
            "requirements": {k: self.reqs[k] for k in REQS},
            "applicant": {
                "surname": self.p.SUR,
                "given_names": self.p.GIV,
                "date_of_birth": self.p.dob.isoformat(),
                "nationality": self.p.nationality,
            },
            "documents": self.b.truth_docs(),
        }
        if self.notes:
            out["notes"] = " ".join(self.notes)
        return out


def _bills(
    provider,
    service,
    holder_lines,
    holder_name,
    addr,
    months,
    key,
    amount0,
    day=3,
    layout=None,
    pages=1,
):
    """Monthly bills for the given months [(y, m), ...]; the bill for month m is issued early m+1."""
    out = []
    r = rng(key, "bills")
    for y, m in months:
        ps = dt.date(y, m, 1)
        pe = month_end(y, m)
        issue = pe + dt.timedelta(days=day)
        out.append(
            utility_bill(
                provider,
                service,
                holder_lines,
                holder_name,
                addr,
                issue,
                ps,
                pe,
                amount0 * r.uniform(0.85, 1.2),
                f"{key}/{y}-{m}",
                layout=layout,
                pages=pages,
            )
        )
    return out


# ==========================================================================
def p01(root):
    """Moroccan wife of a Frenchman, usage name, hosted by her husband (attestation +
    husband's ID card + husband's three EDF bills), joint RIB."""
    p = Person(
        "El Idrissi",
        "Amina",
        "F",
        D("1993-05-17"),
        "Casablanca",
        "Maroc",
        "MAR",
        "MAR",
        "27 rue Saint-Maur",
        "75011",
        "Paris",
        usage_name="Marchand",
        phone="06 41 22 87 19",
        email="amina.marchand93@gmail.com",
        father="Mohamed El Idrissi",
        mother="Khadija Benjelloun",
    )
    host = Person(
        "Marchand",
        "Julien Pierre",
        "M",
        D("1990-11-02"),
        "Nantes",
        "France",
        "FRA",
        "FRA",
        "27 rue Saint-Maur",
        "75011",
        "Paris",
    )
    k = Packet(root, "p01_el_idrissi_hebergee_par_conjoint", "2026-11-18", p)
    pk = "A/p01"
    pp = passport(p, "MAR", "ZK4821735", D("2022-06-14"), D("2032-06-13"), pk)
    vis = visa_sticker(
        p,
        "ZK4821735",
        "021648392",
        D("2026-03-01"),
        D("2027-02-28"),
        "D",
        ["VLS-TS CONJOINT DE FRANCAIS", "VALIDER EN LIGNE DES L'ARRIVEE EN FRANCE"],
        "Casablanca",
        D("2026-02-10"),
        pk,
    )
    k.b.add("scan0001.jpg", "scan", [Comp([(pp, 0, 42, 22, 0), (vis, 0, 42, 160, 0)])], dpi=200)
    bc = bc_francophone(p, "MAR", pk, "1187", D("2026-01-20"), "Rachid Alaoui", prov="Casablanca")
    apo = apostille(
        "Royaume du Maroc",
        "fr",
        "Rachid Alaoui",
        "Officier de l'état civil",
        "Commune de Casablanca",
        "Casablanca",
        D("2026-01-27"),
        "Le Procureur du Roi",
        "AP-2026/04417",
        pk,
        style="stamp",
    )
    bc.fields["has_apostille"] = True
    k.b.add("acte de naissance + apostille.pdf", "image_pdf", [(bc, 0), (apo, 0)], grey=True)
    att = hosting_attestation(
        "Julien MARCHAND",
        ("02/11/1990", "Nantes (44)"),
        ("27 rue Saint-Maur", "75011 Paris"),
        "Amina MARCHAND née EL IDRISSI",
        ("17/05/1993", "Casablanca (Maroc)"),
        D("2026-03-05"),
        "Paris",
        D("2026-10-28"),
        pk,
        mode="hand",
        font="h-dancing",
        relation="mon épouse",
    )
    k.b.add("IMG_20261028_181502.jpg", "phone_photo", [(att, 0)])
    cni = id_card(host, "FRA", "X4RT82N51", D("2021-09-01"), D("2031-08-31"), pk + "/host")
    k.b.add("cni julien.jpg", "scan", [Comp([(cni, 0, 25, 25, 0), (cni, 1, 25, 95, 0)])], dpi=300)
    bills = _bills(
        "EDF",
        "electricity",
        ["M. JULIEN MARCHAND"],
        "M. JULIEN MARCHAND",
        ("27 RUE SAINT-MAUR", "75011 PARIS"),
        [(2026, 8), (2026, 9), (2026, 10)],
        pk,
        58,
    )
    k.b.add(
        "factures edf aout sept oct.pdf",
        "text_pdf",
        [(b, 0) for b in bills],
        meta={"title": "Facture EDF", "creator": "EDF Editique", "producer": "PDFlib+PDI"},
    )
    iban = fr_account("30002", pk)
    rib = rib_page(
        ["M. JULIEN MARCHAND", "OU MME AMINA MARCHAND"],
        iban,
        "CRLYFRPP",
        "LCL",
        "LCL PARIS OBERKAMPF",
        ["96 rue Oberkampf", "75011 PARIS"],
        pk,
        layout="table",
        title_holder="M. JULIEN MARCHAND OU MME AMINA MARCHAND",
    )
    k.b.add("RIB_LCL.pdf", "text_pdf", [(rib, 0)], meta={"title": "RIB", "creator": "LCL"})
    form = application_form(
        p,
        pk,
        mode="hand",
        signed_on=D("2026-11-02"),
        fait_a="Paris",
        situation="inactive",
        nationality_word="Marocaine",
        hand_font="h-dancing",
    )
    k.b.add("formulaire ameli.pdf", "image_pdf", [(form, 0), (form, 1)])
    k.reqs["employment"] = "not_applicable"
    k.notes.append(
        "Joint RIB with the usage name (MARCHAND); hosting route with the French husband's ID card "
        "and his three EDF bills."
    )
    return k


def p02(root):
    p = Person(
        "Smith",
        "John Michael",
        "M",
        D("1988-09-23"),
        "Columbus",
        "États-Unis",
        "USA",
        "USA",
        "14 avenue Jean Médecin",
        "06000",
        "Nice",
        phone="07 68 12 40 33",
        email="jm.smith88@outlook.com",
        father="Robert Allen Smith",
        mother="Linda Kay Smith",
    )
    k = Packet(root, "p02_smith_usa_salarie_bail", "2026-11-25", p)
    pk = "A/p02"
    pp = passport(p, "USA", "A03918274", D("2019-05-20"), D("2029-05-19"), pk)
    k.b.add("passport.jpg", "phone_photo", [(pp, 0)], rotate=90, landscape=True)
    vis = visa_sticker(
        p,
        "A03918274",
        "020117452",
        D("2026-04-01"),
        D("2027-03-31"),
        "D",
        ["VLS-TS SALARIE", "VALIDER EN LIGNE DES L'ARRIVEE EN FRANCE"],
        "Washington",
        D("2026-03-09"),
        pk,
    )
    k.b.add("visa.jpg", "scan", [(vis, 0)], dpi=300)
    bc = bc_usa(
        p,
        pk,
        "Ohio",
        "Franklin",
        "1988-071245",
        D("2025-12-04"),
        "Karen L. Whitfield",
        "Linda Kay Brooks",
    )
    apo = apostille(
        "United States of America",
        "en",
        "Karen L. Whitfield",
        "State Registrar",
        "Ohio Department of Health",
        "Columbus, Ohio",
        D("2026-01-08"),
        "Secretary of State of Ohio",
        "2026-00418-OH",
        pk,
        style="us",
        iso="Ohio",
        date_fmt="%B %d, %Y",
    )
    bc.fields["has_apostille"] = True
    k.b.add("birth certificate w apostille.pdf", "image_pdf", [(bc, 0), (apo, 0)])
    ls = lease(
        ["M. John SMITH"],
        "Mme Hélène Castellan",
        "8 boulevard Gambetta 06000 Nice",
        ("14 avenue Jean Médecin", "06000 Nice"),
        D("2026-04-15"),
        D("2026-04-08"),
        890,
        70,
        pk,
        agency=("Agence Riviera Habitat", "21 rue de France, 06000 Nice"),
        surface=38,
    )
    k.b.add(
        "Bail_Smith_Nice.pdf",
        "text_pdf",
        [(ls, 0), (ls, 1), (ls, 2)],
        meta={
            "title": "Contrat de location",
            "creator": "Microsoft Word",
            "producer": "Microsoft: Print To PDF",
        },
    )
    emp = EMPLOYERS["azurion"]
    sr = siret(rng(pk, "siret"))
    ps = payslip(
        p,
        emp,
        "M. John SMITH",
        D("2026-10-01"),
        4200,
        pk,
        layout="modern",
        job="Ingénieur logiciel",
        hire=D("2026-04-20"),
        siret_no=sr,
    )
    k.b.add(
        "Bulletin_2026_10.pdf",
        "text_pdf",
        [(ps, 0)],
        meta={"title": "Bulletin de paie", "creator": "PayFit"},
    )
    iban = fr_account("30003", pk)
    rib = rib_page(
        ["M JOHN SMITH"],
        iban,
        "SOGEFRPP",
        "Société Générale",
        "SG NICE MASSENA",
        ["1 place Masséna", "06000 NICE"],
        pk,
        layout="table",
    )
    k.b.add("rib sg.pdf", "text_pdf", [(rib, 0)])
    form = application_form(
        p,
        pk,
        mode="typed",
        signed_on=D("2026-11-06"),
        fait_a="Nice",
        situation="employed",
        contract="CDI",
        job="Ingénieur logiciel",
        employer="Azurion Software SAS",
        nationality_word="Américaine",
    )
    k.b.add(
        "demande_ouverture_droits.pdf",
        "text_pdf",
        [(form, 0), (form, 1)],
        meta={"title": "S1106", "creator": "Acrobat PDFMaker"},
    )
    k.notes.append(
        "Passport photographed rotated by 90 degrees; the lease and payslip omit the middle name."
    )
    return k


def p03(root):
    p = Person(
        "Zhang",
        "Xiaoyu",
        "F",
        D("1996-02-08"),
        "Chengdu",
        "Chine",
        "CHN",
        "CHN",
        "9 rue de la Charité",
        "69002",
        "Lyon",
        phone="06 27 55 81 03",
        email="zhangxiaoyu.lyon@qq.com",
        father="Zhang Wei",
        mother="Li Na",
    )
    k = Packet(root, "p03_zhang_chine_trois_factures_free", "2026-11-20", p)
    pk = "A/p03"
    pp = passport(p, "CHN", "EJ5930182", D("2023-08-02"), D("2033-08-01"), pk, native="张晓雨")
    k.b.add("护照 passport.pdf", "image_pdf", [(pp, 0)])
    ts = residence_permit(
        p,
        "ZF9302741",
        D("2026-02-02"),
        D("2027-02-01"),
        "CARTE DE SEJOUR TEMPORAIRE",
        "VIE PRIVEE ET FAMILIALE",
        pk,
        prefecture="PREFECTURE DU RHONE",
    )
    k.b.add("titre recto.jpg", "phone_photo", [(ts, 0)], landscape=True)
    k.b.add("titre verso.jpg", "phone_photo", [(ts, 1)], landscape=True)
    bc = bc_china(
        p, pk, "8841", D("2025-11-20"), "张晓雨", "四川省成都市", "Chang An Notary Public Office"
    )
    apo = apostille(
        "People's Republic of China",
        "en",
        "Wang Lei",
        "Notary Public",
        "Chang An Notary Public Office, Beijing",
        "Beijing",
        D("2025-12-03"),
        "Ministry of Foreign Affairs",
        "25BJ0031877",
        pk,
        style="sheet",
        date_fmt="%d %B %Y",
    )
    bc.fields["has_apostille"] = True
    k.b.add("birth_cert_notarial.jpg", "scan", [(bc, 0)], dpi=200)
    k.b.add("apostille.jpg", "scan", [(apo, 0)], dpi=200)
    for y, m, amt in ((2026, 8, 29.99), (2026, 9, 29.99), (2026, 10, 34.99)):
        bill = utility_bill(
            "Free",
            "internet",
            ["Mme ZHANG Xiaoyu"],
            "Mme ZHANG Xiaoyu",
            ("9 rue de la Charité", "69002 Lyon"),
            dt.date(y, m, 2),
            dt.date(y, m, 1),
            month_end(y, m),
            amt,
            f"{pk}/free{m}",
        )
        k.b.add(
            f"Facture_Free_{y}{m:02d}.pdf",
            "text_pdf",
            [(bill, 0)],
            meta={"title": "Facture Freebox", "creator": "Free", "producer": "FPDF 1.7"},
        )
    iban = fr_account("40618", pk)
    rib = rib_app_screen("ZHANG XIAOYU", iban, "BOUSFRPPXXX", "Boursorama", pk, dark=True)
    k.b.add("Screenshot_20261104-201233.png", "screenshot", [(rib, 0)])
    form = application_form(
        p,
        pk,
        mode="hand",
        signed_on=D("2026-11-04"),
        fait_a="Lyon",
        situation="inactive",
        nationality_word="Chinoise",
        hand_font="h-breip",
        caps_font="h-dkg",
        ink=INK_BLACK,
    )
    k.b.add("formulaire p1.jpg", "scan", [(form, 0)], dpi=200)
    k.b.add("formulaire p2.jpg", "scan", [(form, 1)], dpi=200)
    k.reqs["employment"] = "not_applicable"
    k.notes.append(
        "Surname-first Chinese name (ZHANG Xiaoyu); Free bills are prepaid monthly (issued on the 2nd "
        "for the current month)."
    )
    return k


def p04(root):
    p = Person(
        "García López",
        "Andrés Felipe",
        "M",
        D("1990-04-12"),
        "Medellín",
        "Colombie",
        "COL",
        "COL",
        "61 rue de Charenton",
        "75012",
        "Paris",
        phone="07 51 09 66 21",
        email="andresf.garcia@gmail.com",
        father="Jorge Iván García Restrepo",
        mother="Luz Marina López Gómez",
    )
    k = Packet(root, "p04_garcia_lopez_colombie_meuble", "2026-11-30", p)
    pk = "A/p04"
    pp = passport(p, "COL", "AX1284573", D("2021-03-01"), D("2031-02-28"), pk)
    k.b.add("pasaporte.jpeg", "scan", [Comp([(pp, 0, 45, 30, 0)])], dpi=150)
    vis = visa_sticker(
        p,
        "AX1284573",
        "019873360",
        D("2026-05-20"),
        D("2027-05-19"),
        "D",
        ["VLS-TS SALARIE", "VALIDER EN LIGNE DES L'ARRIVEE EN FRANCE"],
        "Bogota",
        D("2026-04-28"),
        pk,
    )
    k.b.add("IMG_2034.jpeg", "phone_photo", [(vis, 0)], landscape=True)
    bc = bc_colombia(
        p,
        pk,
        "52871934",
        "1037612945",
        D("2026-02-11"),
        "Jaime Andrés Ospina Vélez",
        "Antioquia",
        "Medellín",
    )
    apo = apostille(
        "Colombia",
        "es",
        "Jaime Andrés Ospina Vélez",
        "Notario Quince del Círculo de Medellín",
        "Notaría Quince del Círculo de Medellín",
        "Bogotá D.C.",
        D("2026-02-16"),
        "Ministerio de Relaciones Exteriores",
        "A4KX9R21043877",
        pk,
        style="e",
    )
    bc.fields["has_apostille"] = True
    k.b.add(
        "registro civil.pdf",
        "text_pdf",
        [(bc, 0)],
        meta={"title": "Registro Civil", "creator": "SRC"},
    )
    k.b.add(
        "apostilla.pdf",
        "text_pdf",
        [(apo, 0)],
        meta={"title": "Apostilla", "creator": "Cancilleria"},
    )
    ls = lease(
        ["Andrés GARCÍA"],
        "M. Bernard Olivier",
        "4 rue Crozatier 75012 Paris",
        ("61 rue de Charenton", "75012 Paris"),
        D("2026-06-15"),
        D("2026-06-10"),
        1050,
        60,
        pk,
        furnished=True,
        hand_fill=True,
        surface=29,
        rooms=1,
    )
    k.b.add("bail meublé.pdf", "image_pdf", [(ls, 0), (ls, 1), (ls, 2)], grey=True)
    emp = EMPLOYERS["fournil"]
    ps = payslip(
        p,
        emp,
        "GARCIA LOPEZ Andres Felipe",
        D("2026-10-01"),
        2150,
        pk,
        layout="classic",
        job="Boulanger",
        hire=D("2026-06-01"),
        siret_no=siret(rng(pk, "s")),
        contract="CDD",
    )
    k.b.add("fiche de paie octobre.pdf", "image_pdf", [(ps, 0)])
    iban = fr_account("10278", pk)
    rib = rib_page(
        ["M GARCIA LOPEZ ANDRES FELIPE"],
        iban,
        "CMCIFR2A",
        "Crédit Mutuel",
        "CCM PARIS 12 NATION",
        ["8 boulevard de Picpus", "75012 PARIS"],
        pk,
        layout="compact",
    )
    k.b.add("rib.jpg", "scan", [(rib, 0)], dpi=200)
    form = application_form(
        p,
        pk,
        mode="hand",
        signed_on=D("2026-11-14"),
        fait_a="Paris",
        situation="employed",
        contract="CDD",
        job="Boulanger",
        employer="Le Fournil d'Aligre",
        nationality_word="Colombienne",
        hand_font="h-dkg",
    )
    k.b.add("IMG_2041.jpeg", "phone_photo", [(form, 0)])
    k.b.add("IMG_2042.jpeg", "phone_photo", [(form, 1)], rotate=180)
    k.notes.append(
        "Double surname; the furnished lease was filled by hand and names only 'Andrés GARCÍA'. "
        "Form page 2 photographed upside down."
    )
    return k


def p05(root):
    p = Person(
        "Bianchi",
        "Chiara Maria",
        "F",
        D("1987-07-21"),
        "Torino",
        "Italie",
        "ITA",
        "ITA",
        "5 rue des Trois-Rois",
        "67000",
        "Strasbourg",
        phone="+39 347 220 1198",
        email="chiara.bianchi87@libero.it",
        father="Marco Bianchi",
        mother="Paola Ferrero",
    )
    k = Packet(root, "p05_bianchi_italie_ue", "2026-12-02", p)
    pk = "A/p05"
    ci = id_card(
        p,
        "ITA",
        "CA48210KM",
        D("2020-01-15"),
        D("2031-07-21"),
        pk,
        extra="VIA NIZZA 140, TORINO (TO)",
    )
    k.b.add("carta identita fronte.jpg", "scan", [Comp([(ci, 0, 20, 20, 0)])], dpi=200)
    k.b.add("carta identita retro.jpg", "scan", [Comp([(ci, 1, 20, 20, 0)])], dpi=200)
    bc = bc_multilingual(
        p,
        pk,
        "ITA",
        D("2026-01-09"),
        "Comune di Torino — Ufficio di Stato Civile",
        ["REPUBBLICA ITALIANA", "COMUNE DI TORINO"],
        [
            "ESTRATTO PLURILINGUE DELL'ATTO DI NASCITA",
            "Data e luogo di formazione dell'atto",
            "Cognome",
            "Nome",
            "Sesso",
            "Data di nascita",
            "Luogo di nascita",
            "Cognome del padre",
            "Nome del padre",
            "Cognome della madre",
            "Nome della madre",
        ],
        "it",
    )
    k.b.add("estratto nascita.pdf", "image_pdf", [(bc, 0)])
    bills = []
    for y, m in ((2026, 8), (2026, 9), (2026, 10)):
        bills.append(
            utility_bill(
                "Orange",
                "internet",
                ["MME CHIARA BIANCHI"],
                "MME CHIARA BIANCHI",
                ("5 RUE DES TROIS ROIS", "67000 STRASBOURG"),
                dt.date(y, m, 20),
                dt.date(y, m, 1),
                month_end(y, m),
                42.99,
                f"{pk}/or{m}",
            )
        )
    k.b.add(
        "Orange factures.pdf",
        "text_pdf",
        [(b, 0) for b in bills],
        meta={"title": "Factures", "creator": "Orange"},
    )
    r = rng(pk, "n26")
    iban = iban_make("DE", "10011001" + "".join(str(r.randint(0, 9)) for _ in range(10)))
    rib = rib_page(
        ["Chiara Maria Bianchi"],
        iban,
        "NTSBDEB1XXX",
        "N26",
        "N26 Bank AG",
        ["Voltairestraße 8", "10179 Berlin, Germany"],
        pk,
        layout="online",
    )
    k.b.add(
        "N26_Bank_Details.pdf",
        "text_pdf",
        [(rib, 0)],
        meta={"title": "Account details", "creator": "N26"},
    )
    form = application_form(
        p,
        pk,
        mode="acro",
        signed_on=D("2026-11-24"),
        fait_a="Strasbourg",
        situation="inactive",
        nationality_word="Italienne",
    )
    k.b.add(
        "cerfa_15763-02_rempli.pdf",
        "text_pdf",
        [(form, 0), (form, 1)],
        meta={"title": "cerfa_15763-02", "creator": "Adobe Acrobat Reader"},
    )
    k.reqs["residence_status"] = "not_applicable"
    k.reqs["employment"] = "not_applicable"
    k.notes.append(
        "EU national (Italian ID card, no residence permit needed); multilingual EU extract (no "
        "apostille needed); German N26 IBAN (foreign SEPA, acceptable); fillable PDF form."
    )
    return k


def p06(root):
    p = Person(
        "Sharma",
        "Arjun Kumar",
        "M",
        D("1991-01-30"),
        "Pune",
        "Inde",
        "IND",
        "IND",
        "18 allée Jean Jaurès",
        "31000",
        "Toulouse",
        phone="07 66 31 90 12",
        email="arjun.sharma91@gmail.com",
        father="Rakesh Sharma",
        mother="Sunita Sharma",
    )
    k = Packet(root, "p06_sharma_inde_talent_total", "2026-11-23", p)
    pk = "A/p06"
    pp = passport(p, "IND", "W7736251", D("2024-02-12"), D("2034-02-11"), pk, state="Maharashtra")
    ts = residence_permit(
        p,
        "TL7204518",
        D("2025-11-03"),
        D("2029-11-02"),
        "CARTE DE SEJOUR PLURIANNUELLE",
        "PASSEPORT TALENT",
        pk,
        prefecture="PREFECTURE DE LA HAUTE-GARONNE",
    )
    k.b.add(
        "passport_and_titre.pdf",
        "image_pdf",
        [Comp([(pp, 0, 42, 25, 0)]), Comp([(ts, 0, 30, 30, 0), (ts, 1, 30, 100, 0)])],
    )
    bc = bc_india(p, pk, "B-2091/1991", D("2025-10-21"), "Maharashtra", "Pune")
    apo = apostille(
        "India",
        "en",
        "Dr. S. K. Patil",
        "Registrar of Births & Deaths, Pune",
        "Office of the Registrar, Pune Municipal Corporation",
        "New Delhi",
        D("2025-11-05"),
        "Ministry of External Affairs",
        "MH 2025 / 118734",
        pk,
        style="stamp",
        date_fmt="%d-%m-%Y",
    )
    bc.fields["has_apostille"] = True
    k.b.add("birth_certificate.pdf", "image_pdf", [(bc, 0), (apo, 0)])
    bills = _bills(
        "TotalEnergies",
        "electricity",
        ["M. ARJUN SHARMA"],
        "M. ARJUN SHARMA",
        ("18 ALLEE JEAN JAURES", "31000 TOULOUSE"),
        [(2026, 8), (2026, 9), (2026, 10)],
        pk,
        46,
        day=6,
    )
    k.b.add("factures_total.pdf", "image_pdf", [(b, 0) for b in bills])
    emp = EMPLOYERS["lumiq"]
    ct = employment_contract(
        p,
        emp,
        "M. Arjun Kumar SHARMA",
        "CDI",
        "Ingénieur en vision par ordinateur",
        D("2025-11-17"),
        D("2025-09-30"),
        4650,
        pk,
        siret_no=siret(rng(pk, "s")),
        rep="Mme Claire Dufresne",
    )
    k.b.add(
        "Contrat CDI Lumiq.pdf",
        "text_pdf",
        [(ct, 0), (ct, 1)],
        meta={"title": "Contrat", "creator": "LibreOffice"},
    )
    iban = fr_account("30004", pk)
    rib = rib_page(
        ["M ARJUN KUMAR SHARMA"],
        iban,
        "BNPAFRPPXXX",
        "BNP Paribas",
        "BNP PARIBAS TOULOUSE CAPITOLE",
        ["2 rue Lafayette", "31000 TOULOUSE"],
        pk,
        layout="table",
    )
    k.b.add("RIB.pdf", "text_pdf", [(rib, 0)], meta={"title": "RIB", "creator": "BNP Paribas"})
    form = application_form(
        p,
        pk,
        mode="typed",
        signed_on=D("2026-11-09"),
        fait_a="Toulouse",
        situation="employed",
        contract="CDI",
        job="Ingénieur",
        employer="Lumiq Robotics",
        nationality_word="Indienne",
    )
    k.b.add("formulaire.pdf", "image_pdf", [(form, 0), (form, 1)])
    k.notes.append(
        "Passport and titre de séjour (front and back) scanned in one PDF; employment shown by a CDI only."
    )
    return k


def p07(root):
    p = Person(
        "Kovalenko",
        "Olena",
        "F",
        D("1989-08-14"),
        "Kharkiv",
        "Ukraine",
        "UKR",
        "UKR",
        "3 rue Paul Bert",
        "33000",
        "Bordeaux",
        phone="07 45 80 12 66",
        email="olena.kovalenko@ukr.net",
        father="Ivan Kovalenko",
        mother="Nataliia Kovalenko",
    )
    host = Person(
        "Lambert",
        "Sophie Anne",
        "F",
        D("1985-12-01"),
        "Bordeaux",
        "France",
        "FRA",
        "FRA",
        "3 rue Paul Bert",
        "33000",
        "Bordeaux",
    )
    k = Packet(root, "p07_kovalenko_ukraine_hebergee_amie", "2026-11-16", p)
    pk = "A/p07"
    pp = passport(
        p, "UKR", "FX281734", D("2023-05-11"), D("2033-05-11"), pk, native=("КОВАЛЕНКО", "ОЛЕНА")
    )
    k.b.add("passport.jpg", "phone_photo", [(pp, 0)], rotate=180, landscape=True)
    vis = visa_sticker(
        p,
        "FX281734",
        "021004871",
        D("2026-05-02"),
        D("2027-05-01"),
        "D",
        ["VLS-TS VISITEUR", "VALIDER EN LIGNE DES L'ARRIVEE EN FRANCE"],
        "Varsovie",
        D("2026-04-15"),
        pk,
    )
    k.b.add("visa long sejour.jpg", "scan", [Comp([(vis, 0, 40, 30, 0)])], dpi=200)
    bc = bc_ukraine(
        p,
        pk,
        "I-ВЛ",
        1342,
        D("2025-09-18"),
        "Харків",
        "КОВАЛЕНКО",
        "ОЛЕНА ІВАНІВНА",
        "КОВАЛЕНКО ІВАН ПЕТРОВИЧ",
        "КОВАЛЕНКО НАТАЛІЯ ОЛЕГІВНА",
    )
    apo = apostille(
        "Ukraine",
        "en",
        "Koval I. M.",
        "Head of the civil status registration department",
        "Kharkiv civil status registration department",
        "Kharkiv",
        D("2025-09-25"),
        "East Interregional Department of the Ministry of Justice",
        "01-17/2025-5542",
        pk,
        style="sheet",
    )
    bc.fields["has_apostille"] = True
    tr = sworn_translation(
        p,
        pk,
        "ukrainienne",
        "Iryna Dubois",
        "Bordeaux",
        "Bordeaux",
        D("2026-10-02"),
        "2026-UK-0871",
        [
            ("Nom :", "KOVALENKO"),
            ("Prénom, patronyme :", "Olena Ivanivna"),
            ("Date de naissance :", "14.08.1989"),
            ("Lieu de naissance :", "ville de Kharkiv, Ukraine"),
            ("Acte n° :", "1342"),
            ("Père :", "KOVALENKO Ivan Petrovytch"),
            ("Mère :", "KOVALENKO Nataliia Olehivna"),
            ("Délivré le :", "18.09.2025"),
            ("Série :", "I-VL"),
        ],
        "CERTIFICAT DE NAISSANCE",
    )
    k.b.add("svidotstvo + apostille + traduction.pdf", "image_pdf", [(bc, 0), (apo, 0), (tr, 0)])
    att = hosting_attestation(
        "Sophie LAMBERT",
        ("01/12/1985", "Bordeaux (33)"),
        ("3 rue Paul Bert", "33000 Bordeaux"),
        "Mme Olena KOVALENKO",
        ("14/08/1989", "Kharkiv (Ukraine)"),
        D("2026-05-10"),
        "Bordeaux",
        D("2026-10-30"),
        pk,
        mode="typed",
    )
    k.b.add("attestation hebergement.pdf", "image_pdf", [(att, 0)])
    cni = id_card(host, "FRA", "B7KD02Q94", D("2022-04-12"), D("2032-04-11"), pk + "/host")
    k.b.add("CNI Sophie recto.jpg", "phone_photo", [(cni, 0)], landscape=True)
    k.b.add("CNI Sophie verso.jpg", "phone_photo", [(cni, 1)], landscape=True)
    ls = lease(
        ["Mme Sophie LAMBERT"],
        "SCI Les Chartrons",
        "12 cours Portal 33000 Bordeaux",
        ("3 rue Paul Bert", "33000 Bordeaux"),
        D("2021-09-01"),
        D("2021-08-20"),
        780,
        45,
        pk + "/host",
        agency=("Cabinet Gironde Gestion", "40 cours de l'Intendance, 33000 Bordeaux"),
        surface=55,
        rooms=3,
    )
    k.b.add(
        "bail Sophie.pdf",
        "text_pdf",
        [(ls, 0), (ls, 1), (ls, 2)],
        meta={"title": "Bail", "creator": "Word"},
    )
    iban = fr_account("20041", pk)
    rib = rib_in_letter(
        "Mme Olena KOVALENKO",
        ("3 rue Paul Bert", "33000 Bordeaux"),
        iban,
        "PSSTFRPPBOR",
        "La Banque Postale",
        "La Banque Postale — Bordeaux Gambetta",
        ["29 place Gambetta", "33000 BORDEAUX"],
        D("2026-06-12"),
        pk,
    )
    k.b.add("courrier banque postale.jpg", "scan", [(rib, 0)], dpi=200)
    form = application_form(
        p,
        pk,
        mode="hand",
        signed_on=D("2026-11-03"),
        fait_a="Bordeaux",
        situation="inactive",
        nationality_word="Ukrainienne",
        hand_font="h-dkg",
    )
    k.b.add("scan_formulaire.pdf", "image_pdf", [(form, 0), (form, 1)])
    k.reqs["employment"] = "not_applicable"
    k.notes.append(
        "Hosted by a friend: typed attestation + host's ID card (two photos) + host's lease; birth "
        "certificate in Cyrillic with apostille and sworn translation in one PDF; RIB inside a bank "
        "welcome letter; passport photographed upside down."
    )
    return k


def p08(root):
    p = Person(
        "dos Santos",
        "João Pedro",
        "M",
        D("1994-06-02"),
        "Belo Horizonte",
        "Brésil",
        "BRA",
        "BRA",
        "112 rue Duguesclin",
        "69006",
        "Lyon",
        phone="06 99 14 27 53",
        email="jpsantos94@hotmail.com",
        father="Carlos Alberto dos Santos",
        mother="Maria Aparecida Pereira",
    )
    k = Packet(root, "p08_dos_santos_bresil_sfr", "2026-11-27", p)
    pk = "A/p08"
    pp = passport(p, "BRA", "FZ902174", D("2022-10-03"), D("2032-10-02"), pk, state="MG")
    vis = visa_sticker(
        p,
        "FZ902174",
        "020550913",
        D("2026-02-15"),
        D("2027-02-14"),
        "D",
        ["VLS-TS SALARIE", "VALIDER EN LIGNE DES L'ARRIVEE EN FRANCE"],
        "Sao Paulo",
        D("2026-01-26"),
        pk,
    )
    k.b.add("passaporte e visto.pdf", "image_pdf", [(pp, 0), (vis, 0)])
    bc = bc_brazil(
        p,
        pk,
        "104539 01 55 1994 1 00021 118 0012234 71",
        "482.915.306-20",
        D("2025-12-01"),
        "Cartório do Registro Civil das Pessoas Naturais — 1º Subdistrito",
        "Belo Horizonte",
        "MG",
    )
    apo = apostille(
        "República Federativa do Brasil",
        "pt",
        "Helena Prado Vasconcelos",
        "Oficial de Registro Civil",
        "Cartório do Registro Civil — 1º Subdistrito de Belo Horizonte",
        "Belo Horizonte",
        D("2025-12-05"),
        "Tabelião Substituto",
        "BRA2025120500417",
        pk,
        style="e",
    )
    bc.fields["has_apostille"] = True
    k.b.add("certidao.pdf", "image_pdf", [(bc, 0)])
    k.b.add("apostila.pdf", "text_pdf", [(apo, 0)])
    bills = []
    for ps, pe, iss in (
        (D("2026-07-15"), D("2026-08-14"), D("2026-08-18")),
        (D("2026-08-15"), D("2026-09-14"), D("2026-09-17")),
        (D("2026-09-15"), D("2026-10-14"), D("2026-10-18")),
    ):
        bills.append(
            utility_bill(
                "SFR",
                "mobile",
                ["M JOAO PEDRO DOS SANTOS"],
                "M JOAO PEDRO DOS SANTOS",
                ("112 RUE DUGUESCLIN", "69006 LYON"),
                iss,
                ps,
                pe,
                19.99,
                f"{pk}/{ps}",
            )
        )
    k.b.add(
        "SFR_factures_juil-oct.pdf",
        "text_pdf",
        [(b, 0) for b in bills],
        meta={"title": "Facture SFR", "creator": "SFR"},
    )
    emp = EMPLOYERS["marronniers"]
    ps = payslip(
        p,
        emp,
        "M. DOS SANTOS João Pedro",
        D("2026-10-01"),
        1980,
        pk,
        layout="boxed",
        job="Réceptionniste de nuit",
        hire=D("2026-03-02"),
        siret_no=siret(rng(pk, "s")),
    )
    k.b.add("bulletin oct 2026.jpg", "phone_photo", [(ps, 0)], rotate=270)
    iban = fr_account("17515", pk)
    rib = rib_page(
        ["M DOS SANTOS JOAO PEDRO"],
        iban,
        "CEPAFRPP751",
        "Caisse d'Epargne",
        "CE LYON BROTTEAUX",
        ["15 boulevard des Brotteaux", "69006 LYON"],
        pk,
        layout="compact",
    )
    k.b.add("RIB caisse epargne.pdf", "text_pdf", [(rib, 0)])
    form = application_form(
        p,
        pk,
        mode="hand",
        signed_on=D("2026-11-12"),
        fait_a="Lyon",
        situation="employed",
        contract="CDI",
        job="Réceptionniste",
        employer="Hôtel des Marronniers",
        given_written="Joao Pedro",
        nationality_word="Brésilienne",
        hand_font="h-ecolier",
    )
    k.b.add("formulaire.jpg", "scan", [(form, 0)], dpi=150)
    k.b.add("formulaire (2).jpg", "scan", [(form, 1)], dpi=150)
    k.notes.append(
        "SFR mobile bills run from the 15th to the 14th; together they cover mid-July to mid-October. "
        "The payslip photo is rotated by 270 degrees."
    )
    return k


def p09(root):
    p = Person(
        "Dela Cruz",
        "Maria Cristina",
        "F",
        D("1992-12-05"),
        "Quezon City",
        "Philippines",
        "PHL",
        "PHL",
        "8 rue Saint-Ambroise",
        "75011",
        "Paris",
        phone="07 83 20 14 95",
        email="mcdelacruz92@yahoo.com",
        father="Roberto Santos Dela Cruz",
        mother="Teresita Reyes Bautista",
    )
    k = Packet(root, "p09_dela_cruz_philippines_bail", "2026-12-04", p)
    pk = "A/p09"
    pp = passport(p, "PHL", "P8723914B", D("2023-01-18"), D("2033-01-17"), pk)
    k.b.add("passport page.jpg", "scan", [Comp([(pp, 0, 42, 20, 0)])], dpi=200)
    vis = visa_sticker(
        p,
        "P8723914B",
        "019225117",
        D("2026-01-05"),
        D("2027-01-04"),
        "D",
        ["VLS-TS SALARIE", "VALIDER EN LIGNE DES L'ARRIVEE EN FRANCE"],
        "Manille",
        D("2025-12-12"),
        pk,
    )
    k.b.add("visa.jpg", "phone_photo", [(vis, 0)], landscape=True)
    bc = bc_philippines(p, pk, "2019-45221", D("2025-10-06"), "Metro Manila", "Quezon City")
    apo = apostille(
        "Republic of the Philippines",
        "en",
        "Ma. Lourdes Santiago",
        "Civil Registrar General",
        "Philippine Statistics Authority",
        "Manila",
        D("2025-10-20"),
        "Department of Foreign Affairs — Office of Consular Affairs",
        "PH-AP-25-0913347",
        pk,
        style="e",
        date_fmt="%d %B %Y",
    )
    bc.fields["has_apostille"] = True
    k.b.add("PSA birth certificate.pdf", "image_pdf", [(bc, 0), (apo, 0)])
    ls = lease(
        ["Mme Maria Cristina DELA CRUZ"],
        "M. et Mme Fabre",
        "17 avenue Parmentier 75011 Paris",
        ("8 rue Saint-Ambroise", "75011 Paris"),
        D("2025-09-01"),
        D("2025-08-25"),
        960,
        80,
        pk,
        surface=31,
    )
    k.b.add(
        "Bail location St Ambroise.pdf",
        "text_pdf",
        [(ls, 0), (ls, 1), (ls, 2)],
        meta={"title": "Bail", "creator": "Writer", "producer": "LibreOffice 7.4"},
    )
    emp = EMPLOYERS["lutins"]
    ps = payslip(
        p,
        emp,
        "Mme DELA CRUZ Maria Cristina",
        D("2026-10-01"),
        1890,
        pk,
        layout="classic",
        job="Auxiliaire de puériculture",
        hire=D("2026-01-12"),
        siret_no=siret(rng(pk, "s")),
    )
    k.b.add(
        "bulletin de salaire octobre 2026.pdf",
        "text_pdf",
        [(ps, 0)],
        meta={"title": "BS", "creator": "Silae"},
    )
    iban = fr_account("18206", pk)
    rib = rib_page(
        ["MME DELA CRUZ MARIA CRISTINA"],
        iban,
        "AGRIFRPP882",
        "Crédit Agricole",
        "CA PARIS ILE-DE-FRANCE — AGENCE VOLTAIRE",
        ["125 boulevard Voltaire", "75011 PARIS"],
        pk,
        layout="table",
    )
    k.b.add("rib credit agricole.jpg", "phone_photo", [(rib, 0)])
    form = application_form(
        p,
        pk,
        mode="hand",
        signed_on=D("2026-11-20"),
        fait_a="Paris",
        situation="employed",
        contract="CDI",
        job="Auxiliaire de puériculture",
        employer="Les Petits Lutins",
        nationality_word="Philippine",
        hand_font="h-dancing",
        caps_font="h-ruf",
    )
    k.b.add("form.pdf", "image_pdf", [(form, 0), (form, 1)])
    k.notes.append("Lease started more than a year before; PSA certificate with an e-apostille.")
    return k


# --------------------------------------------------------------------------
# packets with exactly one defect
# --------------------------------------------------------------------------
def p10(root):
    p = Person(
        "Thompson",
        "Emily Rose",
        "F",
        D("1979-03-22"),
        "Manchester",
        "Royaume-Uni",
        "GBR",
        "GBR",
        "22 rue Nationale",
        "37000",
        "Tours",
        phone="06 30 48 77 12",
        email="emily.r.thompson@btinternet.com",
        father="David Thompson",
        mother="Margaret Anne Thompson",
    )
    k = Packet(
        root,
        "p10_thompson_uk_passeport_expire",
        "2026-11-19",
        p,
        defect="passport expired on 2026-09-30, before the audit date",
        reqs={"identity": "invalid"},
    )
    pk = "A/p10"
    pp = passport(p, "GBR", "548213907", D("2016-09-30"), D("2026-09-30"), pk)
    vis = visa_sticker(
        p,
        "548213907",
        "020771384",
        D("2026-03-10"),
        D("2027-03-09"),
        "D",
        ["VLS-TS VISITEUR", "VALIDER EN LIGNE DES L'ARRIVEE EN FRANCE"],
        "Londres",
        D("2026-02-20"),
        pk,
    )
    k.b.add(
        "scan passport + visa.pdf", "image_pdf", [Comp([(pp, 0, 42, 24, 0), (vis, 0, 42, 160, 0)])]
    )
    bc = bc_uk(
        p,
        pk,
        "Manchester",
        "Manchester South",
        217,
        D("2025-11-12"),
        "P. Kershaw",
        maiden="Holloway",
    )
    apo = apostille(
        "United Kingdom of Great Britain and Northern Ireland",
        "en",
        "P. Kershaw",
        "Registrar, General Register Office",
        "General Register Office",
        "Milton Keynes",
        D("2025-11-26"),
        "Foreign, Commonwealth and Development Office",
        "APO-2025-1184432",
        pk,
        style="sheet",
        date_fmt="%d %B %Y",
    )
    bc.fields["has_apostille"] = True
    k.b.add("birth cert.jpg", "scan", [(bc, 0)], dpi=200)
    k.b.add("apostille.jpg", "scan", [(apo, 0)], dpi=200)
    ls = lease(
        ["Mme Emily THOMPSON"],
        "M. Xavier Renaud",
        "5 place Plumereau 37000 Tours",
        ("22 rue Nationale", "37000 Tours"),
        D("2026-04-01"),
        D("2026-03-24"),
        640,
        40,
        pk,
        surface=34,
    )
    k.b.add("bail.pdf", "text_pdf", [(ls, 0), (ls, 1), (ls, 2)])
    iban = fr_account("30004", pk)
    rib = rib_page(
        ["MME EMILY THOMPSON"],
        iban,
        "BNPAFRPPXXX",
        "BNP Paribas",
        "BNP PARIBAS TOURS NATIONALE",
        ["60 rue Nationale", "37000 TOURS"],
        pk,
        layout="compact",
    )
    k.b.add("RIB.pdf", "text_pdf", [(rib, 0)])
    form = application_form(
        p,
        pk,
        mode="typed",
        signed_on=D("2026-11-05"),
        fait_a="Tours",
        situation="inactive",
        nationality_word="Britannique",
    )
    k.b.add("cerfa.pdf", "text_pdf", [(form, 0), (form, 1)])
    k.reqs["employment"] = "not_applicable"
    return k


def p11(root):
    p = Person(
        "Ben Salah",
        "Mohamed Ali",
        "M",
        D("1995-10-09"),
        "Sfax",
        "Tunisie",
        "TUN",
        "TUN",
        "47 rue Paradis",
        "13001",
        "Marseille",
        phone="07 58 02 93 41",
        email="medali.bensalah@gmail.com",
        father="Hédi Ben Salah",
        mother="Samia Trabelsi",
    )
    k = Packet(
        root,
        "p11_ben_salah_tunisie_vlsts_expire",
        "2026-11-25",
        p,
        defect="VLS-TS expired on 2026-10-15, before the audit date",
        reqs={"residence_status": "invalid"},
    )
    pk = "A/p11"
    pp = passport(p, "TUN", "Z09612477", D("2024-04-15"), D("2029-04-14"), pk)
    vis = visa_sticker(
        p,
        "Z09612477",
        "019410288",
        D("2025-10-16"),
        D("2026-10-15"),
        "D",
        ["VLS-TS TRAVAILLEUR TEMPORAIRE", "VALIDER EN LIGNE DES L'ARRIVEE EN FRANCE"],
        "Tunis",
        D("2025-09-29"),
        pk,
    )
    k.b.add("passeport.jpg", "scan", [(pp, 0)], dpi=300)
    k.b.add("visa.jpg", "scan", [(vis, 0)], dpi=300)
    bc = bc_francophone(p, "TUN", pk, "2214", D("2025-08-30"), "Nejib Karray")
    apo = apostille(
        "République Tunisienne",
        "fr",
        "Nejib Karray",
        "Officier de l'état civil",
        "Municipalité de Sfax",
        "Tunis",
        D("2025-09-08"),
        "Ministère des Affaires étrangères",
        "TN-2025-70412",
        pk,
        style="sheet",
    )
    bc.fields["has_apostille"] = True
    k.b.add("extrait naissance apostille.pdf", "image_pdf", [(bc, 0), (apo, 0)])
    months = [(2026, 8), (2026, 9), (2026, 10)]
    bills = []
    for y, m in months:
        bills.append(
            utility_bill(
                "Bouygues Telecom",
                "mobile",
                ["M MOHAMED ALI BEN SALAH"],
                "M MOHAMED ALI BEN SALAH",
                ("47 RUE PARADIS", "13001 MARSEILLE"),
                dt.date(y, m, 28),
                dt.date(y, m, 1),
                month_end(y, m),
                15.99,
                f"{pk}/bt{m}",
            )
        )
    for i, b in enumerate(bills):
        k.b.add(f"facture_bouygues_{months[i][1]:02d}.pdf", "text_pdf", [(b, 0)])
    emp = EMPLOYERS["corvus"]
    ps = payslip(
        p,
        emp,
        "BEN SALAH MOHAMED ALI",
        D("2026-10-01"),
        2050,
        pk,
        layout="classic",
        job="Préparateur de commandes",
        hire=D("2025-11-03"),
        siret_no=siret(rng(pk, "s")),
        contract="CDD",
    )
    k.b.add("bulletin.pdf", "text_pdf", [(ps, 0)])
    iban = fr_account("30003", pk)
    rib = rib_app_screen("M MOHAMED ALI BEN SALAH", iban, "SOGEFRPP", "Société Générale", pk)
    k.b.add("rib_app.png", "screenshot", [(rib, 0)])
    form = application_form(
        p,
        pk,
        mode="hand",
        signed_on=D("2026-11-10"),
        fait_a="Marseille",
        situation="employed",
        contract="CDD",
        job="Préparateur de commandes",
        employer="Corvus Logistique",
        nationality_word="Tunisienne",
        hand_font="h-kaushan",
    )
    k.b.add("formulaire_1.jpg", "phone_photo", [(form, 0)])
    k.b.add("formulaire_2.jpg", "phone_photo", [(form, 1)])
    return k


def p12(root):
    p = Person(
        "Hernández Ruiz",
        "Sofía",
        "F",
        D("1997-01-19"),
        "Guadalajara",
        "Mexique",
        "MEX",
        "MEX",
        "30 rue du Faubourg de Pierre",
        "67000",
        "Strasbourg",
        phone="07 12 84 66 30",
        email="sofia.hdzruiz@gmail.com",
        father="Miguel Ángel Hernández Torres",
        mother="Gabriela Ruiz Ortega",
    )
    k = Packet(
        root,
        "p12_hernandez_mexique_visa_c",
        "2026-11-21",
        p,
        defect="the visa is a short-stay Schengen type C visa, not a long-stay D / VLS-TS",
        reqs={"residence_status": "invalid"},
    )
    pk = "A/p12"
    pp = passport(p, "MEX", "G41873902", D("2021-06-07"), D("2031-06-06"), pk)
    k.b.add("pasaporte.pdf", "image_pdf", [(pp, 0)])
    vis = visa_sticker(
        p,
        "G41873902",
        "020843376",
        D("2026-07-01"),
        D("2026-12-27"),
        "C",
        [],
        "Mexico",
        D("2026-06-10"),
        pk,
        duration=90,
    )
    k.b.add("visa schengen.jpg", "phone_photo", [(vis, 0)], landscape=True)
    bc = bc_mexico(p, pk, "HERS970119MJCRZF07", "02817", D("2026-01-14"), "Jalisco", "Guadalajara")
    apo = apostille(
        "Estados Unidos Mexicanos",
        "es",
        "Lic. Patricia Orozco Lara",
        "Directora del Registro Civil",
        "Dirección General del Registro Civil del Estado de Jalisco",
        "Guadalajara, Jalisco",
        D("2026-01-22"),
        "Secretaría General de Gobierno",
        "JAL-2026-000871",
        pk,
        style="sheet",
    )
    bc.fields["has_apostille"] = True
    k.b.add("acta de nacimiento.pdf", "text_pdf", [(bc, 0)])
    k.b.add("apostilla.jpg", "scan", [(apo, 0)], dpi=200)
    ls = lease(
        ["Mme Sofia HERNANDEZ RUIZ"],
        "Mme Odile Schaller",
        "2 quai Saint-Nicolas 67000 Strasbourg",
        ("30 rue du Faubourg de Pierre", "67000 Strasbourg"),
        D("2026-07-05"),
        D("2026-07-02"),
        720,
        50,
        pk,
        furnished=True,
        agency=("Alsace Immo Services", "9 rue du Dôme, 67000 Strasbourg"),
        surface=26,
        rooms=1,
    )
    k.b.add("contrat de location.pdf", "text_pdf", [(ls, 0), (ls, 1), (ls, 2)])
    iban = fr_account("30066", pk)
    rib = rib_page(
        ["MLLE HERNANDEZ RUIZ SOFIA"],
        iban,
        "CMCIFRPP",
        "CIC",
        "CIC STRASBOURG KLEBER",
        ["7 place Kléber", "67000 STRASBOURG"],
        pk,
        layout="compact",
    )
    k.b.add("rib.pdf", "image_pdf", [(rib, 0)])
    form = application_form(
        p,
        pk,
        mode="hand",
        signed_on=D("2026-11-08"),
        fait_a="Strasbourg",
        situation="inactive",
        nationality_word="Mexicaine",
        hand_font="h-dancing",
    )
    k.b.add("formulario.pdf", "image_pdf", [(form, 0), (form, 1)])
    k.reqs["employment"] = "not_applicable"
    return k


def p13(root):
    p = Person(
        "O'Connor",
        "Daniel Patrick",
        "M",
        D("1986-07-04"),
        "Austin",
        "États-Unis",
        "USA",
        "USA",
        "9 rue Sainte-Catherine",
        "33000",
        "Bordeaux",
        phone="06 02 71 48 95",
        email="dan.oconnor@icloud.com",
        father="Patrick Joseph O'Connor",
        mother="Susan Marie O'Connor",
    )
    k = Packet(
        root,
        "p13_oconnor_usa_sans_apostille",
        "2026-11-17",
        p,
        defect="US birth certificate without apostille",
        reqs={"birth_certificate": "invalid"},
    )
    pk = "A/p13"
    pp = passport(p, "USA", "A58204913", D("2020-02-11"), D("2030-02-10"), pk)
    vis = visa_sticker(
        p,
        "A58204913",
        "020339801",
        D("2026-03-20"),
        D("2027-03-19"),
        "D",
        ["VLS-TS SALARIE", "VALIDER EN LIGNE DES L'ARRIVEE EN FRANCE"],
        "Houston",
        D("2026-03-02"),
        pk,
    )
    k.b.add(
        "passport_visa.jpg", "scan", [Comp([(pp, 0, 42, 20, 0), (vis, 0, 42, 150, 0)])], dpi=200
    )
    bc = bc_usa(
        p,
        pk,
        "Texas",
        "Travis",
        "1986-114387",
        D("2025-08-19"),
        "Jennifer M. Alvarez",
        "Susan Marie Keller",
    )
    k.b.add("birth certificate.pdf", "image_pdf", [(bc, 0)])
    ls = lease(
        ["M. Daniel O'CONNOR"],
        "Mme Martine Lafitte",
        "21 rue du Parlement 33000 Bordeaux",
        ("9 rue Sainte-Catherine", "33000 Bordeaux"),
        D("2026-04-01"),
        D("2026-03-27"),
        810,
        55,
        pk,
        agency=("Immobilière Bordeaux Centre", "14 cours Clemenceau, 33000 Bordeaux"),
        surface=40,
    )
    k.b.add("lease.pdf", "text_pdf", [(ls, 0), (ls, 1), (ls, 2)])
    emp = EMPLOYERS["atelier"]
    ps = payslip(
        p,
        emp,
        "M. Daniel O'CONNOR",
        D("2026-10-01"),
        3300,
        pk,
        layout="modern",
        job="Chef de projet web",
        hire=D("2026-03-30"),
        siret_no=siret(rng(pk, "s")),
    )
    k.b.add("payslip_oct.pdf", "text_pdf", [(ps, 0)])
    iban = fr_account("30004", pk)
    rib = rib_page(
        ["M DANIEL O CONNOR"],
        iban,
        "BNPAFRPPXXX",
        "BNP Paribas",
        "BNP PARIBAS BORDEAUX TOURNY",
        ["1 allées de Tourny", "33000 BORDEAUX"],
        pk,
        layout="table",
    )
    k.b.add("rib.pdf", "text_pdf", [(rib, 0)])
    form = application_form(
        p,
        pk,
        mode="typed",
        signed_on=D("2026-11-02"),
        fait_a="Bordeaux",
        situation="employed",
        contract="CDI",
        job="Chef de projet",
        employer="Atelier Numérique Garonne",
        nationality_word="Américaine",
    )
    k.b.add("form.pdf", "text_pdf", [(form, 0), (form, 1)])
    k.notes.append("Apostrophe in the surname (O'CONNOR / MRZ OCONNOR).")
    return k


def p14(root):
    p = Person(
        "Yılmaz",
        "Mehmet Emre",
        "M",
        D("1990-05-28"),
        "İzmir",
        "Turquie",
        "TUR",
        "TUR",
        "15 rue Thiers",
        "38000",
        "Grenoble",
        phone="07 44 19 62 08",
        email="m.emre.yilmaz@gmail.com",
        father="Hasan Yılmaz",
        mother="Ayşe Yılmaz",
    )
    k = Packet(
        root,
        "p14_yilmaz_turquie_factures_trou",
        "2026-12-08",
        p,
        defect="three Engie bills but for August, September and November: October is missing",
        reqs={"residence_proof": "invalid"},
    )
    pk = "A/p14"
    pp = passport(p, "TUR", "U18273645", D("2022-09-14"), D("2032-09-13"), pk)
    k.b.add("pasaport.jpg", "phone_photo", [(pp, 0)], landscape=True)
    ts = residence_permit(
        p,
        "GR3318072",
        D("2025-06-10"),
        D("2029-06-09"),
        "CARTE DE SEJOUR PLURIANNUELLE",
        "SALARIE",
        pk,
        prefecture="PREFECTURE DE L'ISERE",
    )
    k.b.add("titre de sejour.pdf", "image_pdf", [(ts, 0), (ts, 1)])
    bc = bc_multilingual(
        p,
        pk,
        "TUR",
        D("2025-05-06"),
        "İzmir Konak İlçe Nüfus Müdürlüğü",
        ["TÜRKİYE CUMHURİYETİ", "İÇİŞLERİ BAKANLIĞI — NÜFUS VE VATANDAŞLIK İŞLERİ"],
        [
            "DOĞUM KAYDINA İLİŞKİN ÇOK DİLLİ ÖRNEK (FORMÜL A)",
            "Kayıt tarihi ve yeri",
            "Soyadı",
            "Adı",
            "Cinsiyeti",
            "Doğum tarihi",
            "Doğum yeri",
            "Babasının soyadı",
            "Babasının adı",
            "Annesinin soyadı",
            "Annesinin adı",
        ],
        "tr",
    )
    apo = apostille(
        "Türkiye",
        "fr",
        "Ayhan Kaya",
        "Nüfus Müdürü",
        "İzmir Konak İlçe Nüfus Müdürlüğü",
        "İzmir",
        D("2025-05-12"),
        "İzmir Valiliği",
        "35-2025-004412",
        pk,
        style="stamp",
    )
    bc.fields["has_apostille"] = True
    k.b.add("dogum belgesi apostil.pdf", "image_pdf", [(bc, 0), (apo, 0)])
    bills = _bills(
        "ENGIE",
        "energy",
        ["M. MEHMET EMRE YILMAZ"],
        "M. MEHMET EMRE YILMAZ",
        ("15 RUE THIERS", "38000 GRENOBLE"),
        [(2026, 8), (2026, 9), (2026, 11)],
        pk,
        71,
        day=2,
    )
    for b, nm in zip(bills, ("engie aout.pdf", "engie septembre.pdf", "engie novembre.pdf")):
        k.b.add(nm, "text_pdf", [(b, 0)], meta={"title": "Facture ENGIE", "creator": "ENGIE"})
    emp = EMPLOYERS["lumiq"]
    ct = employment_contract(
        p,
        dict(
            emp,
            name="Alpes Mécatronique SAS",
            street="3 chemin du Vieux Chêne",
            city="38240 MEYLAN",
        ),
        "M. Mehmet Emre YILMAZ",
        "CDI",
        "Technicien de maintenance",
        D("2025-06-16"),
        D("2025-05-20"),
        2600,
        pk,
        siret_no=siret(rng(pk, "s")),
        rep="M. Stéphane Girard",
    )
    k.b.add("contrat de travail.pdf", "image_pdf", [(ct, 0), (ct, 1)])
    iban = fr_account("30002", pk)
    rib = rib_page(
        ["M MEHMET EMRE YILMAZ"],
        iban,
        "CRLYFRPP",
        "LCL",
        "LCL GRENOBLE VICTOR HUGO",
        ["4 place Victor Hugo", "38000 GRENOBLE"],
        pk,
        layout="table",
    )
    k.b.add("RIB LCL.pdf", "text_pdf", [(rib, 0)])
    form = application_form(
        p,
        pk,
        mode="acro",
        signed_on=D("2026-11-26"),
        fait_a="Grenoble",
        situation="employed",
        contract="CDI",
        job="Technicien de maintenance",
        employer="Alpes Mécatronique",
        nationality_word="Turque",
    )
    k.b.add("formulaire_rempli.pdf", "text_pdf", [(form, 0), (form, 1)])
    return k


def p15(root):
    p = Person(
        "Bennani",
        "Youssef",
        "M",
        D("1998-03-03"),
        "Fès",
        "Maroc",
        "MAR",
        "MAR",
        "6 rue de Béthune",
        "59000",
        "Lille",
        phone="06 61 28 04 77",
        email="youssef.bennani98@gmail.com",
        father="Abdellatif Bennani",
        mother="Fatima Zahra Tazi",
    )
    k = Packet(
        root,
        "p15_bennani_maroc_rib_frere",
        "2026-11-26",
        p,
        defect="the RIB is in the name of his brother Karim BENNANI",
        reqs={"bank_details": "invalid"},
    )
    pk = "A/p15"
    pp = passport(p, "MAR", "ZH9021837", D("2023-02-07"), D("2033-02-06"), pk)
    vis = visa_sticker(
        p,
        "ZH9021837",
        "019987412",
        D("2026-01-20"),
        D("2027-01-19"),
        "D",
        ["VLS-TS SALARIE", "VALIDER EN LIGNE DES L'ARRIVEE EN FRANCE"],
        "Fes",
        D("2025-12-30"),
        pk,
    )
    k.b.add("passeport et visa.pdf", "image_pdf", [(pp, 0), (vis, 0)])
    bc = bc_francophone(p, "MAR", pk, "0452", D("2025-12-02"), "Hassan Berrada", prov="Fès")
    apo = apostille(
        "Royaume du Maroc",
        "fr",
        "Hassan Berrada",
        "Officier de l'état civil",
        "Commune de Fès",
        "Fès",
        D("2025-12-09"),
        "Le Procureur du Roi près le Tribunal de première instance",
        "AP-2025/11873",
        pk,
        style="sheet",
    )
    bc.fields["has_apostille"] = True
    k.b.add("acte naissance.jpg", "scan", [(bc, 0)], dpi=200, grey=True)
    k.b.add("apostille.jpg", "scan", [(apo, 0)], dpi=200, grey=True)
    ls = lease(
        ["M. Youssef BENNANI"],
        "Mme Nathalie Deschamps",
        "44 rue Solférino 59000 Lille",
        ("6 rue de Béthune", "59000 Lille"),
        D("2026-02-01"),
        D("2026-01-25"),
        590,
        35,
        pk,
        furnished=True,
        surface=21,
        rooms=1,
    )
    k.b.add("bail.pdf", "text_pdf", [(ls, 0), (ls, 1), (ls, 2)])
    emp = {
        "name": "Nordis Services SAS",
        "street": "80 rue Nationale",
        "city": "59000 LILLE",
        "naf": "8121Z",
        "convention": "Entreprises de propreté (IDCC 3043)",
    }
    ps = payslip(
        p,
        emp,
        "M. BENNANI Youssef",
        D("2026-10-01"),
        1850,
        pk,
        layout="classic",
        job="Agent de propreté",
        hire=D("2026-02-09"),
        siret_no=siret(rng(pk, "s")),
    )
    k.b.add("fiche de paie.pdf", "text_pdf", [(ps, 0)])
    iban = fr_account("20041", pk + "/brother")
    rib = rib_page(
        ["M KARIM BENNANI"],
        iban,
        "PSSTFRPPLIL",
        "La Banque Postale",
        "La Banque Postale Lille",
        ["8 boulevard de la Liberté", "59000 LILLE"],
        pk,
        layout="table",
    )
    k.b.add("rib.pdf", "text_pdf", [(rib, 0)])
    form = application_form(
        p,
        pk,
        mode="hand",
        signed_on=D("2026-11-13"),
        fait_a="Lille",
        situation="employed",
        contract="CDI",
        job="Agent de propreté",
        employer="Nordis Services",
        nationality_word="Marocaine",
        hand_font="h-dkg",
    )
    k.b.add("scan0003.jpg", "scan", [(form, 0)], dpi=200)
    k.b.add("scan0004.jpg", "scan", [(form, 1)], dpi=200)
    return k


def p16(root):
    p = Person(
        "Iyer",
        "Priya",
        "F",
        D("1993-09-09"),
        "Chennai",
        "Inde",
        "IND",
        "IND",
        "71 avenue Jean Jaurès",
        "69007",
        "Lyon",
        phone="07 69 40 18 23",
        email="priya.iyer.93@gmail.com",
        father="Venkatesh Iyer",
        mother="Lakshmi Iyer",
    )
    k = Packet(
        root,
        "p16_iyer_inde_formulaire_non_signe",
        "2026-11-24",
        p,
        defect="the application form is dated but not signed",
        reqs={"application_form": "invalid"},
    )
    pk = "A/p16"
    pp = passport(p, "IND", "V4410982", D("2022-11-21"), D("2032-11-20"), pk, state="Tamil Nadu")
    k.b.add("passport.pdf", "image_pdf", [(pp, 0)])
    vis = visa_sticker(
        p,
        "V4410982",
        "020100457",
        D("2026-02-01"),
        D("2027-01-31"),
        "D",
        ["VLS-TS CONJOINT DE SCIENTIFIQUE", "VALIDER EN LIGNE DES L'ARRIVEE EN FRANCE"],
        "Chennai",
        D("2026-01-12"),
        pk,
    )
    k.b.add("visa.jpg", "phone_photo", [(vis, 0)], landscape=True)
    bc = bc_india(p, pk, "C-1177/1993", D("2025-09-02"), "Tamil Nadu", "Chennai")
    apo = apostille(
        "India",
        "en",
        "Dr. R. Subramanian",
        "Registrar of Births & Deaths, Chennai",
        "Greater Chennai Corporation",
        "New Delhi",
        D("2025-09-19"),
        "Ministry of External Affairs",
        "TN 2025 / 092216",
        pk,
        style="sheet",
    )
    bc.fields["has_apostille"] = True
    k.b.add("birth certificate + apostille.pdf", "image_pdf", [(bc, 0), (apo, 0)])
    ls = lease(
        ["M. Karthik IYER", "Mme Priya IYER"],
        "Régie Saint-Louis pour M. Gérard Blanc",
        "3 rue Sala 69002 Lyon",
        ("71 avenue Jean Jaurès", "69007 Lyon"),
        D("2026-02-15"),
        D("2026-02-09"),
        1120,
        110,
        pk,
        agency=("Régie Saint-Louis", "3 rue Sala, 69002 Lyon"),
        surface=62,
        rooms=3,
    )
    k.b.add("bail.pdf", "text_pdf", [(ls, 0), (ls, 1), (ls, 2)])
    iban = fr_account("30003", pk)
    rib = rib_page(
        ["M KARTHIK IYER OU MME PRIYA IYER"],
        iban,
        "SOGEFRPP",
        "Société Générale",
        "SG LYON JEAN MACE",
        ["2 place Jean Macé", "69007 LYON"],
        pk,
        layout="compact",
    )
    k.b.add("RIB compte joint.pdf", "text_pdf", [(rib, 0)])
    form = application_form(
        p,
        pk,
        mode="typed",
        signed=False,
        signed_on=D("2026-11-10"),
        fait_a="Lyon",
        situation="inactive",
        nationality_word="Indienne",
    )
    k.b.add("formulaire.pdf", "text_pdf", [(form, 0), (form, 1)])
    k.reqs["employment"] = "not_applicable"
    k.notes.append("Joint lease and joint RIB with the husband.")
    return k


def p17(root):
    p = Person(
        "Costa Pereira",
        "Larissa",
        "F",
        D("1995-04-25"),
        "Recife",
        "Brésil",
        "BRA",
        "BRA",
        "19 rue de la République",
        "13002",
        "Marseille",
        phone="06 14 90 33 72",
        email="larissa.cp@gmail.com",
        father="Roberto Costa",
        mother="Ana Paula Pereira",
    )
    k = Packet(
        root,
        "p17_costa_pereira_bresil_bulletin_collegue",
        "2026-12-03",
        p,
        defect="the payslip is a colleague's (Fernanda ALVES), not the applicant's",
        reqs={"employment": "invalid"},
    )
    pk = "A/p17"
    pp = passport(p, "BRA", "GB118290", D("2024-01-30"), D("2034-01-29"), pk, state="PE")
    k.b.add("passaporte.jpg", "phone_photo", [(pp, 0)], landscape=True)
    vis = visa_sticker(
        p,
        "GB118290",
        "020662015",
        D("2026-04-01"),
        D("2027-03-31"),
        "D",
        ["VLS-TS SALARIE", "VALIDER EN LIGNE DES L'ARRIVEE EN FRANCE"],
        "Recife",
        D("2026-03-12"),
        pk,
    )
    k.b.add("visto.jpg", "scan", [(vis, 0)], dpi=200)
    bc = bc_brazil(
        p,
        pk,
        "075432 01 55 1995 1 00114 203 0045871 12",
        "613.402.118-09",
        D("2026-01-15"),
        "Cartório do 2º Ofício de Registro Civil",
        "Recife",
        "PE",
    )
    apo = apostille(
        "República Federativa do Brasil",
        "pt",
        "Marcos Tavares Lins",
        "Oficial de Registro Civil",
        "Cartório do 2º Ofício de Registro Civil de Recife",
        "Recife",
        D("2026-01-20"),
        "Tabelião",
        "BRA2026012000981",
        pk,
        style="sheet",
    )
    bc.fields["has_apostille"] = True
    k.b.add("certidao de nascimento com apostila.pdf", "image_pdf", [(bc, 0), (apo, 0)])
    for y, m in ((2026, 8), (2026, 9), (2026, 10)):
        bill = utility_bill(
            "Free",
            "internet",
            ["Mme Larissa COSTA PEREIRA"],
            "Mme Larissa COSTA PEREIRA",
            ("19 rue de la République", "13002 Marseille"),
            dt.date(y, m, 2),
            dt.date(y, m, 1),
            month_end(y, m),
            29.99,
            f"{pk}/free{m}",
        )
        k.b.add(f"free {m:02d}-{y}.pdf", "text_pdf", [(bill, 0)])
    emp = {
        "name": "Calanques Hôtellerie SAS",
        "street": "2 quai du Port",
        "city": "13002 MARSEILLE",
        "naf": "5510Z",
        "convention": "Hôtels, cafés, restaurants (IDCC 1979)",
    }
    colleague = Person(
        "Alves",
        "Fernanda",
        "F",
        D("1991-08-08"),
        "Porto",
        "Portugal",
        "PRT",
        "PRT",
        "88 boulevard National",
        "13003",
        "Marseille",
    )
    ps = payslip(
        colleague,
        emp,
        "Mme ALVES Fernanda",
        D("2026-10-01"),
        1920,
        pk,
        layout="boxed",
        job="Femme de chambre",
        hire=D("2025-05-01"),
        siret_no=siret(rng(pk, "s")),
    )
    ps.notes = "payslip of another employee of the same hotel (Fernanda ALVES)"
    k.b.add("bulletin de paie.pdf", "text_pdf", [(ps, 0)])
    iban = fr_account("30004", pk)
    rib = rib_page(
        ["MME LARISSA COSTA PEREIRA"],
        iban,
        "BNPAFRPPXXX",
        "BNP Paribas",
        "BNP PARIBAS MARSEILLE JOLIETTE",
        ["50 boulevard de Dunkerque", "13002 MARSEILLE"],
        pk,
        layout="table",
    )
    k.b.add("rib bnp.pdf", "text_pdf", [(rib, 0)])
    form = application_form(
        p,
        pk,
        mode="hand",
        signed_on=D("2026-11-20"),
        fait_a="Marseille",
        situation="employed",
        contract="CDI",
        job="Femme de chambre",
        employer="Calanques Hôtellerie",
        nationality_word="Brésilienne",
        hand_font="h-breip",
        caps_font="h-humor",
    )
    k.b.add("formulaire.pdf", "image_pdf", [(form, 0), (form, 1)])
    return k


ALL = [p01, p02, p03, p04, p05, p06, p07, p08, p09, p10, p11, p12, p13, p14, p15, p16, p17]


def build_all(root):
    names = []
    for fn in ALL:
        k = fn(root)
        write_json(os.path.join(root, "packets", k.name + ".truth.json"), k.truth())
        names.append(k.name)
    return names
