"""The whole packets of set_g: 10 in order, 10 with exactly one defect each."""

from __future__ import annotations

import datetime as dt

import bank
import checks as C
import civil
import home
import ids
import work
from checks import d
from form import FormData, filled
from hand import INK_BLACK, INK_BLUE
from kit import (
    F,
    S,
    card_sheet,
    card_side,
    cat,
    pages,
    passport_photo_sheet,
    passport_sheet,
    reqs,
    visa_sheet,
)
from model import Addr, Person, seed_of

PACKETS = []


def packet(fn):
    PACKETS.append(fn)
    return fn


def applicant(p: Person):
    return dict(
        surname=p.surname,
        given_names=p.given_up,
        date_of_birth=p.dob.isoformat(),
        nationality=p.nat,
    )


def monthly(start_month: dt.date, n: int, skip: int | None = None):
    out = []
    k = 0
    i = 0
    while len(out) < n:
        m = C.add_months(start_month, i)
        if skip is None or i != skip:
            out.append(m)
        i += 1
    return out


def fd_from(p: Person, situation, signed_at, signed_on, **kw) -> FormData:
    return FormData(
        surname=kw.pop("surname", p.surname),
        given=kw.pop("given", p.given),
        sex=p.sex,
        dob=p.dob,
        birth_city=kw.pop("birth_city", p.birth_city),
        birth_country=kw.pop("birth_country", p.birth_country),
        nationality=kw.pop("nationality", p.nationality_fr),
        street=p.addr.street + ((", " + p.addr.extra) if p.addr.extra else ""),
        cp=p.addr.cp,
        city=p.addr.city,
        usage=p.usage,
        phone=p.phone,
        email=p.email,
        situation=situation,
        signed_at=signed_at,
        signed_on=signed_on,
        **kw,
    )


# =============================================================== complete ==
@packet
def p01_harper_dubois():
    name = "p01_harper_dubois"
    as_of = d("2026-11-20")
    home_addr = Addr("14 rue de la Charité", "69002", "Lyon", "3e étage gauche")
    p = Person(
        "HARPER",
        "Emily Jane",
        "F",
        d("1991-03-02"),
        "USA",
        "Springfield",
        "États-Unis",
        home_addr,
        usage="DUBOIS",
        phone="06 42 18 77 03",
        email="emily.harper.dubois@gmail.com",
        father="Robert Allen Harper",
        mother="Linda Marie Harper",
        nationality_fr="américaine",
    )
    host = Person(
        "DUBOIS", "Julien", "M", d("1988-09-14"), "FRA", "Villeurbanne", "France", home_addr
    )
    sd = seed_of(name)
    pp = ids.passport_doc(
        p,
        "USA",
        "A03918274",
        d("2023-04-11"),
        d("2033-04-10"),
        extra=dict(pob="ILLINOIS, U.S.A."),
        seed=sd,
    )
    visa = ids.visa_doc(
        p,
        "FRA519203",
        "D",
        d("2026-05-02"),
        d("2027-05-01"),
        "A03918274",
        "WASHINGTON",
        d("2026-04-15"),
        ["VLS-TS VIE PRIVEE ET FAMILIALE", "CONJOINT DE FRANCAIS"],
        "365",
        seed=sd + 1,
    )
    bc = civil.bc_usa(
        p,
        "Illinois",
        "Sangamon",
        "Springfield",
        "117-1991-004821",
        d("2026-01-20"),
        sd + 2,
        has_apostille=True,
    )
    ap = civil.apostille_doc(
        "en",
        "United States of America",
        "Ngozi O. Ezike",
        "State Registrar of Vital Records",
        "Illinois Department of Public Health",
        "Springfield, Illinois",
        d("2026-02-03"),
        "Alexi Giannoulias, Secretary of State",
        "2026-0117342",
        sd + 3,
        header=["STATE OF ILLINOIS", "OFFICE OF THE SECRETARY OF STATE"],
        page_size=(216, 279),
        date_fmt=lambda x: x.strftime("%B %d, %Y"),
    )
    att = home.hosting_handwritten(
        "Julien DUBOIS",
        host.dob,
        "Villeurbanne (69)",
        "Emily DUBOIS née HARPER",
        "Mme",
        p.dob,
        "Springfield (États-Unis)",
        home_addr,
        d("2026-05-05"),
        "Lyon",
        d("2026-11-02"),
        sd + 4,
        font="h-dkg",
    )
    cni = ids.id_card_doc(host, "FRA", "X4RTBPFW4", d("2021-09-30"), d("2031-09-29"), sd + 5)
    bills = []
    for i, m in enumerate(monthly(d("2026-08-01"), 3)):
        end = C.month_end(m.year, m.month)
        bills.append(
            home.bill_edf(
                "M. Julien DUBOIS",
                home_addr,
                end + dt.timedelta(days=3),
                m,
                end,
                [64.18, 58.90, 71.35][i],
                "6 012 845 331",
                f"10 {112 + i} 487 {203 + i:03d}",
                sd + 10 + i,
            )
        )
    rib = bank.rib_credit_mutuel(
        "M JULIEN DUBOIS OU MME EMILY DUBOIS",
        home_addr,
        C.fr_iban("10278", "07300", "00021453801")[0],
        "CMCIFR2A",
        "CCM LYON PRESQU'ILE",
        sd + 6,
    )
    rib.notes = "Joint account; the applicant appears under her married name."
    fd = fd_from(
        p,
        "inactif",
        "Lyon",
        d("2026-11-03"),
        arrival=d("2026-05-04"),
        birth_city="Springfield (Illinois)",
    )
    form = filled(fd, "hand", sd + 7, caps_font="h-humor", script_font="h-dkg")
    files = [
        F("formulaire_S1106.pdf", "image_pdf", pages(form), dpi=200, grey=True),
        F("passport_and_visa.jpg", "scan", passport_sheet(pp, visa), dpi=200),
        F("birth_certificate_apostille.pdf", "image_pdf", cat(bc, ap), dpi=200),
        F("attestation hebergement.jpg", "phone_photo", pages(att), bg="oak", light=0.3),
        F("CNI Julien.pdf", "image_pdf", card_sheet(cni), dpi=300),
        F("factures edf.pdf", "text_pdf", cat(*bills), producer="EDF - Espace Client"),
        F("RIB_joint.pdf", "text_pdf", pages(rib), producer="Crédit Mutuel"),
    ]
    return dict(
        name=name,
        as_of=as_of,
        defect=None,
        requirements=reqs(employment="not_applicable"),
        applicant=applicant(p),
        files=files,
        notes="Hosting route: attestation by the French husband + his CNI + three EDF bills in his name. "
        "Form gives birth name HARPER and usage name DUBOIS; RIB is a joint account.",
    )


@packet
def p02_wang_haoran():
    name = "p02_wang_haoran"
    as_of = d("2026-12-03")
    addr = Addr("12 rue Paul Bert", "69003", "Lyon", "Appt 24")
    p = Person(
        "WANG",
        "Haoran",
        "M",
        d("1992-06-14"),
        "CHN",
        "Shanghai",
        "Chine",
        addr,
        phone="07 81 24 56 90",
        email="haoran.wang92@outlook.com",
        father="Wang Jianguo",
        mother="Chen Lihua",
        native="王浩然",
        nationality_fr="chinoise",
    )
    sd = seed_of(name)
    pp = ids.passport_doc(
        p,
        "CHN",
        "EJ4829173",
        d("2022-03-01"),
        d("2032-02-28"),
        extra=dict(poi="SHANGHAI", pob="SHANGHAI"),
        seed=sd,
    )
    pp.notes = "Surname first (WANG), name also printed in Chinese characters."
    visa = ids.visa_doc(
        p,
        "FRA402917",
        "D",
        d("2026-02-10"),
        d("2027-02-09"),
        "EJ4829173",
        "PEKIN",
        d("2026-01-20"),
        ["VLS-TS SALARIE", "CASE A VALIDER EN LIGNE DES L ARRIVEE EN FRANCE"],
        "365",
        seed=sd + 1,
    )
    bc = civil.bc_china(
        p,
        dict(
            name="王浩然", id="310101199206142817", city="上海市", father="王建国", mother="陈丽华"
        ),
        "（2025）沪东证字第18342号",
        d("2025-11-20"),
        sd + 2,
        has_apostille=True,
        cert_no_en="(2025) Hu Dong Zheng Zi No. 18342",
    )
    ap = civil.apostille_doc(
        "en",
        "People's Republic of China",
        "Chen Ming",
        "Notary Public",
        "Shanghai Dongfang Notary Public Office",
        "Shanghai",
        d("2025-12-01"),
        "Shanghai Foreign Affairs Office",
        "SH2025-0183422",
        sd + 3,
        header=["中华人民共和国", "APOSTILLE / 附加证明书"],
    )
    er = work.make_employer(
        "Lumen Analytics",
        "SAS",
        Addr("45 quai Rambaud", "69002", "Lyon"),
        "84213957",
        "0021",
        "6201Z",
        "Rhône-Alpes",
        "Syntec (IDCC 1486)",
        "Mme Claire Vasseur",
        "Présidente",
        capital="250 000",
    )
    ct = work.contract(
        er,
        "Haoran WANG",
        "M.",
        p.dob,
        "Shanghai (Chine)",
        "chinoise",
        addr,
        "CDI",
        "Data engineer",
        d("2026-02-16"),
        3900.0,
        d("2025-12-10"),
        seed=sd + 4,
    )
    ps = work.payslip(
        er,
        "WANG Haoran",
        addr,
        "Data engineer",
        "Cadre",
        d("2026-02-16"),
        d("2026-10-01"),
        3900.0,
        "00127",
        None,
        "silae",
        sd + 5,
    )
    lease = home.lease_empty(
        "Bernard CHAPUIS",
        "61 cours Vitton, 69006 Lyon",
        ["Haoran WANG"],
        addr,
        d("2026-02-15"),
        780.0,
        65.0,
        "Lyon",
        d("2026-02-09"),
        sd + 6,
        surface=38,
        rooms=2,
        agency="Régie des Brotteaux",
    )
    rib = bank.rib_bnp(
        "M WANG HAORAN",
        addr,
        C.fr_iban("30004", "00821", "00010482913")[0],
        "BNPAFRPPXXX",
        "BNP PARIBAS LYON REPUBLIQUE",
        "28 rue de la République 69002 Lyon",
        sd + 7,
    )
    fd = fd_from(
        p,
        "salarie",
        "Lyon",
        d("2026-11-21"),
        profession="Data engineer",
        contract="CDI",
        hire_date=d("2026-02-16"),
        arrival=d("2026-02-12"),
        birth_city="Shanghai",
    )
    form = filled(fd, "acro", sd + 8)
    files = [
        F("demande_puma_rempli.pdf", "text_pdf", pages(form), producer="Adobe Acrobat Reader"),
        F(
            "IMG_20261115_101532.jpg",
            "phone_photo",
            passport_photo_sheet(pp),
            bg="desk_grey",
            rot=90,
            fill=0.8,
        ),
        F("visa.png", "scan", visa_sheet(visa), dpi=200),
        F("notarial_birth_certificate.pdf", "image_pdf", cat(bc, ap), dpi=200),
        F("bail_appartement.pdf", "image_pdf", pages(lease), dpi=150, grey=True),
        F("contrat CDI Lumen.pdf", "text_pdf", pages(ct), producer="Yousign"),
        F("bulletin_2026_10.pdf", "text_pdf", pages(ps), producer="Silae"),
        F("RIB BNP.pdf", "text_pdf", pages(rib), producer="BNP Paribas"),
    ]
    return dict(
        name=name,
        as_of=as_of,
        defect=None,
        requirements=reqs(),
        applicant=applicant(p),
        files=files,
        notes="Chinese surname-first names; documents write 'WANG Haoran' or 'Haoran WANG'.",
    )


@packet
def p03_gomez_restrepo():
    name = "p03_gomez_restrepo"
    as_of = d("2026-11-12")
    addr = Addr("5 rue des Lilas", "75019", "Paris")
    p = Person(
        "GÓMEZ RESTREPO",
        "María Alejandra",
        "F",
        d("1998-01-23"),
        "COL",
        "Medellín",
        "Colombie",
        addr,
        phone="07 58 33 21 40",
        email="maria.gomezr@gmail.com",
        father="Carlos Andrés Gómez Uribe",
        mother="Luz Elena Restrepo Vélez",
        nationality_fr="colombienne",
    )
    sd = seed_of(name)
    pp = ids.passport_doc(
        p,
        "COL",
        "AW381726",
        d("2021-05-11"),
        d("2031-05-10"),
        extra=dict(personal="1036512874", pob="MEDELLÍN (ANT)"),
        seed=sd,
    )
    visa = ids.visa_doc(
        p,
        "FRA338164",
        "D",
        d("2026-01-05"),
        d("2027-01-04"),
        "AW381726",
        "BOGOTA",
        d("2025-12-12"),
        ["VLS-TS ETUDIANT", "MASTER - UNIVERSITE PARIS CITE"],
        "365",
        seed=sd + 1,
    )
    bc = civil.bc_colombia(
        p,
        "52847193",
        "1036512874",
        "Antioquia",
        "Medellín",
        d("2025-11-04"),
        sd + 2,
        has_apostille=True,
    )
    ap = civil.apostille_doc(
        "es",
        "Colombia",
        "Luz Marina Ospina",
        "Registradora del Estado Civil",
        "Registraduría Nacional del Estado Civil",
        "Bogotá",
        d("2025-11-10"),
        "Mónica Patricia Salazar",
        "A4D3F1200183",
        sd + 3,
        second="en",
        header=["REPÚBLICA DE COLOMBIA", "MINISTERIO DE RELACIONES EXTERIORES"],
        qr=True,
    )
    holders = [
        "MME GOMEZ RESTREPO MARIA ALEJANDRA",
        "Mme Maria Alejandra Gomez Restrepo",
        "Mme Maria Alejandra Gomez Restrepo",
    ]
    bills = []
    for i in range(3):
        st = d("2026-08-05") + dt.timedelta(days=0)
        st = C.add_months(d("2026-08-05"), i)
        en = C.add_months(st, 1) - dt.timedelta(days=1)
        bills.append(
            home.bill_sfr(
                holders[i],
                addr,
                en + dt.timedelta(days=1),
                st,
                en,
                [34.99, 34.99, 37.49][i],
                "N° box 0E4A-77F2",
                "1-7C3D92",
                f"F{2609 + i:04d}0533{i}",
                sd + 10 + i,
                service="internet",
            )
        )
    rib = bank.app_screen(
        "MME MARIA ALEJANDRA GOMEZ RESTREPO",
        C.fr_iban("30003", "03040", "00050673188")[0],
        "SOGEFRPP",
        "sg",
        sd + 4,
    )
    fd = fd_from(
        p,
        "etudiant",
        "Paris",
        d("2026-11-06"),
        arrival=d("2026-01-09"),
        surname="GOMEZ RESTREPO",
        birth_city="Medellín",
        birth_country="Colombie",
    )
    form = filled(fd, "hand", sd + 5, caps_font="h-dkg", script_font="h-dancing", ink=INK_BLACK)
    files = [
        F("IMG_2201.jpeg", "phone_photo", [S(form.pages[0], form)], bg="white_table"),
        F("IMG_2202.jpeg", "phone_photo", [S(form.pages[1], form)], bg="white_table"),
        F("pasaporte.jpg", "scan", passport_sheet(pp), dpi=250, quality=78),
        F("visa_etudiant.jpg", "scan", visa_sheet(visa), dpi=200),
        F("registro_civil.jpg", "scan", pages(bc), dpi=200),
        F("apostilla_electronica.pdf", "text_pdf", pages(ap), producer="Cancillería"),
        F("facture_sfr_09.pdf", "text_pdf", pages(bills[0]), producer="SFR"),
        F("facture_sfr_10.pdf", "text_pdf", pages(bills[1]), producer="SFR"),
        F("facture_sfr_11.pdf", "text_pdf", pages(bills[2]), producer="SFR"),
        F("Screenshot_20261102-184512.png", "screenshot", pages(rib)),
    ]
    return dict(
        name=name,
        as_of=as_of,
        defect=None,
        requirements=reqs(employment="not_applicable"),
        applicant=applicant(p),
        files=files,
        notes="Double surname; form written without accents; student (form: étudiant). Three SFR box bills, "
        "5th-to-4th billing cycles covering Aug-Nov 2026.",
    )


@packet
def p04_el_amrani():
    name = "p04_el_amrani"
    as_of = d("2026-11-27")
    addr = Addr("8 avenue Jean Jaurès", "69007", "Lyon")
    p = Person(
        "EL AMRANI",
        "Youssef",
        "M",
        d("1990-04-17"),
        "MAR",
        "Casablanca",
        "Maroc",
        addr,
        phone="06 11 82 45 73",
        email="y.elamrani@hotmail.fr",
        father="Mohamed El Amrani",
        mother="Fatima Zahra Bennani",
        nationality_fr="marocaine",
    )
    sd = seed_of(name)
    pp = ids.passport_doc(
        p,
        "MAR",
        "TK2846193",
        d("2020-09-14"),
        d("2030-09-13"),
        extra=dict(personal="BK218734"),
        seed=sd,
    )
    ts = ids.titre_doc(
        p,
        "R8K4Q2M71",
        "CARTE DE SEJOUR PLURIANNUELLE",
        d("2025-10-01"),
        d("2029-09-30"),
        "SALARIÉ",
        "PRÉFECTURE DU RHÔNE",
        sd + 1,
    )
    ar = dict(
        province="الدار البيضاء",
        commune="سيدي بليوط",
        surname="العمراني",
        given="يوسف",
        city="الدار البيضاء",
        father="محمد العمراني",
        mother="فاطمة الزهراء بناني",
    )
    bc = civil.bc_maroc(
        p,
        ar,
        "1234",
        1990,
        "Casablanca",
        "Sidi Belyout",
        d("2026-05-04"),
        sd + 2,
        has_apostille=True,
    )
    ap = civil.apostille_doc(
        "fr",
        "Royaume du Maroc",
        "Hassan Berrada",
        "Officier de l'état civil",
        "Bureau de l'état civil de Sidi Belyout",
        "Casablanca",
        d("2026-05-11"),
        "Le Procureur du Roi près le Tribunal de première instance",
        "TPI-CASA/2026/08812",
        sd + 3,
        header=["ROYAUME DU MAROC", "Tribunal de première instance de Casablanca"],
        ar=dict(title="أبوستيل"),
    )
    lease = home.lease_empty(
        "Mme Odile PERRIN",
        "4 chemin des Vignes, 69130 Écully",
        ["Youssef EL AMRANI"],
        addr,
        d("2025-09-01"),
        690.0,
        80.0,
        "Lyon",
        d("2025-08-21"),
        sd + 4,
        surface=35,
        rooms=1,
        agency="Cabinet Gerland Immobilier",
        font="dejavu-serif",
    )
    er = work.make_employer(
        "Transports Rhône Express",
        "SAS",
        Addr("120 route de Vienne", "69008", "Lyon"),
        "53128470",
        "0035",
        "4941A",
        "Rhône-Alpes",
        "Transports routiers et activités auxiliaires du transport (IDCC 16)",
        "M. Didier Roche",
        "Directeur général",
    )
    ps = work.payslip(
        er,
        "EL-AMRANI Youssef",
        addr,
        "Conducteur poids lourd",
        "Ouvrier",
        d("2025-10-06"),
        d("2026-10-01"),
        2350.0,
        "E0458",
        C.nir_make("M", p.dob, "99", "350", "118"),
        "sage",
        sd + 5,
        notes="Name hyphenated (EL-AMRANI) on the payslip.",
    )
    rib = bank.rib_credit_mutuel(
        "M YOUSSEF EL AMRANI",
        addr,
        C.fr_iban("10278", "07310", "00020781502")[0],
        "CMCIFR2A",
        "CCM LYON GERLAND",
        sd + 6,
    )
    fd = fd_from(
        p,
        "salarie",
        "Lyon",
        d("2026-11-19"),
        profession="Chauffeur poids lourd",
        contract="CDI",
        hire_date=d("2025-10-06"),
        nir=C.nir_make("M", p.dob, "99", "350", "118"),
    )
    form = filled(fd, "typed", sd + 7)
    files = [
        F("cerfa_15763.pdf", "image_pdf", pages(form), dpi=200),
        F("passeport.pdf", "image_pdf", passport_sheet(pp), dpi=200, grey=True),
        F("titre_sejour_recto.jpg", "scan", [card_side(ts, 0)], dpi=600, quality=85),
        F("titre_sejour_verso.jpg", "scan", [card_side(ts, 1)], dpi=600, quality=85),
        F("acte naissance + apostille.pdf", "image_pdf", cat(bc, ap), dpi=200),
        F("Bail_EL_AMRANI_signe.pdf", "text_pdf", pages(lease), producer="DocuSign"),
        F("fiche de paie octobre.jpg", "scan", pages(ps), dpi=200, grey=True),
        F("rib.jpg", "scan", pages(rib), dpi=150),
    ]
    return dict(
        name=name,
        as_of=as_of,
        defect=None,
        requirements=reqs(),
        applicant=applicant(p),
        files=files,
        notes="Residence permit (carte pluriannuelle) as two scans of a card; NIR already known (temporary "
        "number given through the employer); payslip writes EL-AMRANI with a hyphen.",
    )


@packet
def p05_rossi_giulia():
    name = "p05_rossi_giulia"
    as_of = d("2026-12-10")
    addr = Addr("31 rue de la Roquette", "75011", "Paris")
    p = Person(
        "ROSSI",
        "Giulia Francesca",
        "F",
        d("1995-11-08"),
        "ITA",
        "Bologna",
        "Italie",
        addr,
        phone="06 25 71 90 14",
        email="giulia.rossi95@libero.it",
        father="Marco Rossi",
        mother="Anna Bianchi",
        nationality_fr="italienne",
    )
    sd = seed_of(name)
    cie = ids.id_card_doc(
        p,
        "ITA",
        "CA48213KB",
        d("2022-06-20"),
        d("2033-11-08"),
        sd,
        extra=dict(
            comune="BOLOGNA",
            prov="BO",
            cf="RSSGFR95S48A944K",
            addr_lines=["VIA DEL PRATELLO 14", "40122 BOLOGNA (BO)"],
        ),
    )
    bc = civil.bc_italia(p, "Bologna", "1523", d("2026-03-18"), sd + 1)
    bills = []
    for i, m in enumerate(monthly(d("2026-09-01"), 3)):
        en = C.month_end(m.year, m.month)
        bills.append(
            home.bill_free(
                "Giulia Rossi",
                addr,
                m + dt.timedelta(days=1),
                m,
                en,
                29.99,
                "FO2284917",
                "31188204",
                f"{7421 + i}38221",
                "giulia.rossi95@libero.it",
                sd + 10 + i,
            )
        )
    er = work.make_employer(
        "Atelier Numérique Rive Gauche",
        "SAS",
        Addr("9 rue de Vaugirard", "75006", "Paris"),
        "81572304",
        "0014",
        "7410Z",
        "Île-de-France",
        "Syntec (IDCC 1486)",
        "M. Paul Lenoir",
        "Président",
        capital="40 000",
        rcs="Paris",
    )
    ct = work.contract(
        er,
        "Giulia ROSSI",
        "Mme",
        p.dob,
        "Bologne (Italie)",
        "italienne",
        addr,
        "CDD",
        "Designer UX",
        d("2026-06-01"),
        2950.0,
        d("2026-05-22"),
        end=d("2027-05-31"),
        seed=sd + 2,
        font="caladea",
        reason="accroissement temporaire d'activité",
    )
    iban = C.iban_make("DE", "10011001" + "2620334421")
    rib = bank.rib_n26("Giulia Francesca Rossi", iban, issued=d("2026-06-03"), seed=sd + 3)
    fd = fd_from(
        p,
        "salarie",
        "Paris",
        d("2026-12-01"),
        profession="Designer UX",
        contract="CDD",
        hire_date=d("2026-06-01"),
        arrival=d("2026-05-25"),
        birth_city="Bologne",
        birth_country="Italie",
    )
    form = filled(fd, "hand", sd + 4, caps_font="h-ruf", script_font="h-dkg")
    files = [
        F("scan0001.jpg", "scan", [S(form.pages[0], form)], dpi=200, grey=True, lid_shadow=True),
        F("scan0002.jpg", "scan", [S(form.pages[1], form)], dpi=200, grey=True),
        F(
            "carta_identita_fronte.jpg",
            "phone_photo",
            [card_side(cie, 0)],
            bg="dark",
            fill=0.62,
            landscape=True,
        ),
        F(
            "carta_identita_retro.jpg",
            "phone_photo",
            [card_side(cie, 1)],
            bg="dark",
            fill=0.62,
            landscape=True,
        ),
        F("estratto_nascita.pdf", "image_pdf", pages(bc), dpi=200),
        F("factures_free.pdf", "text_pdf", cat(*bills), producer="Free"),
        F("contrat CDD.pdf", "text_pdf", pages(ct), producer="Microsoft Word"),
        F("N26_bank_details.pdf", "text_pdf", pages(rib), producer="N26"),
    ]
    return dict(
        name=name,
        as_of=as_of,
        defect=None,
        requirements=reqs(residence_status="not_applicable"),
        applicant=applicant(p),
        files=files,
        notes="EU national: identity card, no residence permit; Italian birth extract exempt (EU "
        "2016/1191); German SEPA IBAN (N26) is acceptable; bills give only 'Giulia Rossi' (second "
        "given name omitted).",
    )


@packet
def p06_ferreira_da_silva():
    name = "p06_ferreira_da_silva"
    as_of = d("2026-11-05")
    addr = Addr("6 rue Sainte-Catherine", "33000", "Bordeaux", "Bât. A, 2e étage")
    p = Person(
        "FERREIRA DA SILVA",
        "Ana Luísa",
        "F",
        d("1993-08-30"),
        "BRA",
        "São Paulo",
        "Brésil",
        addr,
        phone="07 66 02 19 84",
        email="analuisa.fds@gmail.com",
        father="Paulo Roberto Ferreira",
        mother="Cláudia Maria da Silva",
        nationality_fr="brésilienne",
    )
    host = Person("LEROY", "Thomas", "M", d("1990-02-11"), "FRA", "Bordeaux", "France", addr)
    sd = seed_of(name)
    pp = ids.passport_doc(
        p,
        "BRA",
        "FZ582014",
        d("2024-01-10"),
        d("2034-01-09"),
        extra=dict(personal="42.318.557-2", pob="SÃO PAULO/SP"),
        seed=sd,
    )
    visa = ids.visa_doc(
        p,
        "FRA611480",
        "D",
        d("2026-04-20"),
        d("2027-04-19"),
        "FZ582014",
        "SAO PAULO",
        d("2026-03-30"),
        ["VLS-TS VISITEUR"],
        "365",
        seed=sd + 1,
    )
    bc = civil.bc_brasil(
        p,
        "Oficial de Registro Civil das Pessoas Naturais do 14º Subdistrito - Lapa",
        "São Paulo",
        "SP",
        "115352 01 55 1993 1 00087 122 0045123 41",
        d("2026-02-02"),
        sd + 2,
        has_apostille=True,
    )
    ap = civil.apostille_doc(
        "pt",
        "República Federativa do Brasil",
        "Roberto Almeida Prado",
        "Oficial de Registro Civil",
        "14º Subdistrito - Lapa, São Paulo/SP",
        "São Paulo/SP",
        d("2026-02-09"),
        "Tabelião Carlos Eduardo Mendes",
        "AAB-12345-9876",
        sd + 3,
        second="en",
        header=["REPÚBLICA FEDERATIVA DO BRASIL", "CONSELHO NACIONAL DE JUSTIÇA"],
        qr=True,
    )
    att = home.hosting_typed(
        "Thomas LEROY",
        host.dob,
        "Bordeaux (33)",
        "Ana Luísa FERREIRA DA SILVA",
        "Mme",
        p.dob,
        "São Paulo (Brésil)",
        addr,
        d("2026-04-25"),
        "Bordeaux",
        d("2026-10-28"),
        sd + 4,
    )
    cni = ids.id_card_doc(host, "FRA", "Y7NCE2K0P", d("2022-03-12"), d("2032-03-11"), sd + 5)
    lease = home.lease_empty(
        "Hélène MARCHAND",
        "2 place Gambetta, 33000 Bordeaux",
        ["Thomas LEROY"],
        addr,
        d("2023-09-01"),
        840.0,
        55.0,
        "Bordeaux",
        d("2023-08-25"),
        sd + 6,
        surface=51,
        rooms=2,
    )
    iban = C.fr_iban("20041", "01001", "1284915K022")[0]
    rib = bank.rib_banque_postale(
        "MME FERREIRA DA SILVA ANA LUISA", addr, iban, "Centre Financier de Bordeaux", sd + 7
    )
    fd = fd_from(
        p,
        "inactif",
        "Bordeaux",
        d("2026-10-29"),
        arrival=d("2026-04-24"),
        surname="FERREIRA DA SILVA",
        birth_city="São Paulo",
        birth_country="Brésil",
    )
    form = filled(fd, "hand", sd + 8, caps_font="h-ruf", script_font="h-ecolier")
    files = [
        F("Demande ouverture droits.pdf", "image_pdf", pages(form), dpi=200),
        F("passaporte_visto.pdf", "image_pdf", [passport_sheet(pp), visa_sheet(visa)], dpi=200),
        F("certidao_nascimento_apostilada.pdf", "image_pdf", cat(bc, ap), dpi=200),
        F("attestation_hebergement_Thomas.pdf", "text_pdf", pages(att), producer="LibreOffice"),
        F("IMG_4471.JPG", "phone_photo", card_sheet(cni), bg="blue_cloth", fill=0.85),
        F("bail Thomas.pdf", "image_pdf", pages(lease), dpi=150, grey=True),
        F("RIB_LBP.png", "scan", pages(rib), dpi=150),
    ]
    return dict(
        name=name,
        as_of=as_of,
        defect=None,
        requirements=reqs(employment="not_applicable"),
        applicant=applicant(p),
        files=files,
        notes="Hosting route with the host's lease (started 2023) and his CNI photographed front+back on one "
        "page; typed attestation with a pasted signature; passport and visa in one 2-page PDF.",
    )


@packet
def p07_iyer_arjun():
    name = "p07_iyer_arjun"
    as_of = d("2026-12-15")
    addr = Addr("17 rue de Strasbourg", "44000", "Nantes")
    p = Person(
        "IYER",
        "Arjun Ramesh",
        "M",
        d("1988-12-05"),
        "IND",
        "Mumbai",
        "Inde",
        addr,
        phone="07 49 30 62 18",
        email="arjun.iyer@protonmail.com",
        father="Ramesh Subramaniam Iyer",
        mother="Lakshmi Ramesh Iyer",
        nationality_fr="indienne",
    )
    sd = seed_of(name)
    pp = ids.passport_doc(
        p,
        "IND",
        "Z4821936",
        d("2019-07-22"),
        d("2029-07-21"),
        extra=dict(poi="MUMBAI", pob="MUMBAI, MAHARASHTRA"),
        seed=sd,
    )
    visa = ids.visa_doc(
        p,
        "FRA274415",
        "D",
        d("2026-03-01"),
        d("2027-02-28"),
        "Z4821936",
        "BOMBAY",
        d("2026-02-05"),
        ["VLS-TS SALARIE", "CASE A VALIDER EN LIGNE"],
        "365",
        seed=sd + 1,
    )
    bc = civil.bc_india(
        p,
        "Municipal Corporation of Greater Mumbai",
        "Maharashtra",
        "B-1988-04418-MCGM",
        d("2025-12-18"),
        sd + 2,
        has_apostille=True,
    )
    ap = civil.apostille_doc(
        "en",
        "India",
        "S. Kulkarni",
        "Registrar of Births & Deaths",
        "Municipal Corporation of Greater Mumbai",
        "New Delhi",
        d("2026-01-08"),
        "Ministry of External Affairs, Government of India",
        "MEA/AP/2026/0049127",
        sd + 3,
        header=["GOVERNMENT OF INDIA", "MINISTRY OF EXTERNAL AFFAIRS"],
    )
    lease = home.lease_meuble(
        "Jean-Marc LE GALL", ["Arjun IYER"], addr, d("2026-03-15"), 720.0, d("2026-03-10"), sd + 4
    )
    er = work.make_employer(
        "Océane Biotech",
        "SAS",
        Addr("2 rue de la Géraudière", "44300", "Nantes"),
        "90148762",
        "0017",
        "7211Z",
        "Pays de la Loire",
        "Industrie pharmaceutique (IDCC 176)",
        "Mme Sophie Guérin",
        "Directrice des ressources humaines",
        capital="1 200 000",
        rcs="Nantes",
    )
    ct = work.contract(
        er,
        "Arjun Ramesh IYER",
        "M.",
        p.dob,
        "Mumbai (Inde)",
        "indienne",
        addr,
        "CDI",
        "Ingénieur de recherche",
        d("2026-03-02"),
        4200.0,
        d("2025-12-05"),
        seed=sd + 5,
        font="sans",
    )
    ps = work.payslip(
        er,
        "Arjun IYER",
        addr,
        "Ingénieur de recherche",
        "Cadre",
        d("2026-03-02"),
        d("2026-11-01"),
        4200.0,
        "0312",
        None,
        "payfit",
        sd + 6,
    )
    iban = C.fr_iban("30002", "06720", "0000074812J")[0]
    rib = bank.bank_letter_rib(
        "Arjun IYER", "M.", addr, iban, "CRLYFRPP", d("2026-03-20"), "Nantes Commerce", sd + 7
    )
    fd = fd_from(
        p,
        "salarie",
        "Nantes",
        d("2026-12-07"),
        profession="Ingénieur de recherche",
        contract="CDI",
        hire_date=d("2026-03-02"),
        arrival=d("2026-03-01"),
        birth_city="Mumbai",
    )
    form = filled(fd, "typed", sd + 8)
    files = [
        F("S1106_Iyer.pdf", "image_pdf", pages(form), dpi=200, grey=True),
        F("passport_visa_scan.pdf", "image_pdf", [passport_sheet(pp, visa)], dpi=200),
        F("birth_certificate.jpg", "scan", pages(bc), dpi=200),
        F("apostille.jpg", "scan", pages(ap), dpi=200),
        F("bail_meuble.pdf", "image_pdf", pages(lease), dpi=150),
        F("Contrat_de_travail_IYER.pdf", "text_pdf", pages(ct), producer="Word"),
        F("Bulletin de paie - Novembre 2026.pdf", "text_pdf", pages(ps), producer="PayFit"),
        F("Bienvenue LCL.pdf", "text_pdf", pages(rib), producer="LCL"),
    ]
    return dict(
        name=name,
        as_of=as_of,
        defect=None,
        requirements=reqs(),
        applicant=applicant(p),
        files=files,
        notes="Middle name RAMESH omitted on lease, payslip and RIB; RIB is printed in a bank welcome letter.",
    )


@packet
def p08_benali_amina():
    name = "p08_benali_amina"
    as_of = d("2026-11-18")
    addr = Addr("42 boulevard de la Liberté", "13001", "Marseille")
    p = Person(
        "BENALI",
        "Amina",
        "F",
        d("1996-02-19"),
        "DZA",
        "Oran",
        "Algérie",
        addr,
        phone="06 72 09 41 35",
        email="amina.benali96@yahoo.fr",
        father="Abdelkader Benali",
        mother="Khadidja Mansouri",
        nationality_fr="algérienne",
    )
    sd = seed_of(name)
    pp = ids.passport_doc(p, "DZA", "198406527", d("2021-03-03"), d("2031-03-02"), seed=sd)
    ts = ids.titre_doc(
        p,
        "C3V8N1T45",
        "CERTIFICAT DE RÉSIDENCE ALGÉRIEN",
        d("2025-07-12"),
        d("2027-07-11"),
        "VIE PRIVÉE ET FAMILIALE",
        "PRÉFECTURE DES BOUCHES-DU-RHÔNE",
        sd + 1,
    )
    ar = dict(
        wilaya="وهران",
        commune="وهران",
        surname="بن علي",
        given="أمينة",
        city="وهران",
        father="عبد القادر بن علي",
        mother="خديجة منصوري",
    )
    bc = civil.bc_algerie(p, ar, "00417", "Oran", "Oran", d("2026-03-09"), sd + 2)
    bills = []
    for i, m in enumerate(monthly(d("2026-08-01"), 3)):
        en = C.month_end(m.year, m.month)
        bills.append(
            home.bill_engie(
                "Mme Amina BENALI",
                addr,
                en + dt.timedelta(days=6),
                m,
                en,
                [48.62, 52.17, 61.04][i],
                "3 004 512 877",
                f"302 118 {540 + i}",
                sd + 10 + i,
            )
        )
    rib = bank.rib_credit_agricole(
        "MME BENALI AMINA",
        addr,
        C.fr_iban("19106", "00815", "43618250021")[0],
        "AGRIFRPP891",
        "Crédit Agricole Alpes Provence",
        "Marseille Canebière",
        sd + 3,
    )
    fd = fd_from(
        p, "inactif", "Marseille", d("2026-11-10"), arrival=d("2025-06-30"), birth_city="Oran"
    )
    form = filled(fd, "hand", sd + 4, caps_font="h-comic", script_font="h-dancing")
    files = [
        F("formulaire.pdf", "image_pdf", pages(form), dpi=200),
        F("passeport algerien.jpg", "scan", passport_sheet(pp), dpi=200),
        F(
            "certificat residence recto.jpg",
            "phone_photo",
            [card_side(ts, 0)],
            bg="oak",
            fill=0.6,
            landscape=True,
        ),
        F(
            "certificat residence verso.jpg",
            "phone_photo",
            [card_side(ts, 1)],
            bg="oak",
            fill=0.6,
            landscape=True,
        ),
        F("extrait de naissance.jpg", "scan", pages(bc), dpi=200, grey=True),
        F("facture engie aout.jpg", "scan", pages(bills[0]), dpi=150),
        F("facture engie sept.jpg", "scan", pages(bills[1]), dpi=150),
        F("facture engie oct.jpg", "scan", pages(bills[2]), dpi=150),
        F(
            "WhatsApp Image 2026-11-10 at 14.22.31.jpeg",
            "phone_photo",
            pages(rib),
            bg="desk_grey",
            long_side=2048,
        ),
    ]
    return dict(
        name=name,
        as_of=as_of,
        defect=None,
        requirements=reqs(employment="not_applicable"),
        applicant=applicant(p),
        files=files,
        notes="Algerian national: certificat de résidence (no VLS-TS for Algerians); Algerian birth extract "
        "exempt from apostille (franco-algerian protocol of 28 August 1962).",
    )


@packet
def p09_kovalenko_olena():
    name = "p09_kovalenko_olena"
    as_of = d("2026-12-08")
    addr = Addr("9 rue des Augustins", "67000", "Strasbourg")
    p = Person(
        "KOVALENKO",
        "Olena",
        "F",
        d("1987-10-03"),
        "UKR",
        "Kyiv",
        "Ukraine",
        addr,
        phone="07 53 88 14 26",
        email="olena.kovalenko87@ukr.net",
        father="Mykola Ivanovych Kovalenko",
        mother="Natalia Petrivna Kovalenko",
        native="КОВАЛЕНКО|ОЛЕНА",
        nationality_fr="ukrainienne",
    )
    host = Person("FONTAINE", "Claire", "F", d("1979-05-28"), "FRA", "Strasbourg", "France", addr)
    sd = seed_of(name)
    pp = ids.passport_doc(
        p,
        "UKR",
        "FX418273",
        d("2022-11-15"),
        d("2032-11-15"),
        extra=dict(personal="19871003-01846", pob="М. КИЇВ/UKR"),
        seed=sd,
    )
    visa = ids.visa_doc(
        p,
        "FRA730258",
        "D",
        d("2026-03-10"),
        d("2027-03-09"),
        "FX418273",
        "KIEV",
        d("2026-02-20"),
        ["VLS-TS TRAVAILLEUR TEMPORAIRE"],
        "365",
        seed=sd + 1,
    )
    ua = dict(
        surname="КОВАЛЕНКО",
        given="Олена",
        patronymic="Миколаївна",
        city="м. Київ, Україна",
        father="Коваленко Микола Іванович",
        mother="Коваленко Наталія Петрівна",
    )
    bc = civil.bc_ukraine(
        p, ua, "І-ТП № 482913", "1874", d("2025-10-14"), sd + 2, has_apostille=True
    )
    ap = civil.apostille_doc(
        "en",
        "Ukraine",
        "Tetiana Melnyk",
        "Head of civil registration office",
        "Shevchenkivskyi civil registration department, Kyiv",
        "Kyiv",
        d("2025-10-28"),
        "Ministry of Justice of Ukraine",
        "UA-2025-1187342",
        sd + 3,
        header=["УКРАЇНА / UKRAINE", "МІНІСТЕРСТВО ЮСТИЦІЇ / MINISTRY OF JUSTICE"],
    )
    tr = civil.translation_doc(
        "Anna PETROVA-DURAND",
        "Colmar",
        "russe, ukrainien",
        "l'ukrainien",
        "Strasbourg",
        d("2026-03-20"),
        "2026/0412",
        "CERTIFICAT DE NAISSANCE",
        [
            ("Nom :", "KOVALENKO"),
            ("Prénom :", "Olena"),
            ("Patronyme :", "Mykolaïvna"),
            ("Né(e) le :", "03 octobre 1987"),
            ("Lieu de naissance :", "Kyiv, Ukraine"),
            ("Acte n° :", "1874"),
            ("Père :", "KOVALENKO Mykola Ivanovytch"),
            ("Mère :", "KOVALENKO Natalia Petrivna"),
            ("Série :", "I-TP n° 482913"),
        ],
        "Lieu d'enregistrement : service d'état civil du district de Chevtchenko, Kyiv. Date de "
        "délivrance : 14/10/2025. Signature du chef du service. Sceau.",
        sd + 4,
    )
    att = home.hosting_handwritten(
        "Claire FONTAINE",
        host.dob,
        "Strasbourg (67)",
        "Olena KOVALENKO",
        "Mme",
        p.dob,
        "Kyiv (Ukraine)",
        addr,
        d("2026-03-12"),
        "Strasbourg",
        d("2026-11-30"),
        sd + 5,
        font="h-ecolier",
        ink=INK_BLACK,
        lined=False,
    )
    cni = ids.id_card_doc(host, "FRA", "Z2PL8WQ61", d("2023-01-17"), d("2033-01-16"), sd + 6)
    bills = []
    for i, m in enumerate(monthly(d("2026-09-01"), 3)):
        en = C.month_end(m.year, m.month)
        bills.append(
            home.bill_orange(
                "Mme Claire FONTAINE",
                addr,
                en + dt.timedelta(days=8),
                m,
                en,
                [42.99, 42.99, 45.99][i],
                "0388 452 117",
                f"F9{41 + i}8873{i}",
                sd + 10 + i,
                month_only=True,
            )
        )
    er = work.make_employer(
        "Hôtel des Voyageurs",
        "SARL",
        Addr("3 rue du Vieux-Marché-aux-Poissons", "67000", "Strasbourg"),
        "44218935",
        "0012",
        "5510Z",
        "Alsace",
        "Hôtels, cafés, restaurants (IDCC 1979)",
        "M. Frédéric Kuntz",
        "Gérant",
        capital="8 000",
        rcs="Strasbourg",
    )
    ct = work.contract(
        er,
        "Olena KOVALENKO",
        "Mme",
        p.dob,
        "Kyiv (Ukraine)",
        "ukrainienne",
        addr,
        "CDD",
        "Réceptionniste",
        d("2026-04-01"),
        1980.0,
        d("2026-03-25"),
        end=d("2027-03-31"),
        seed=sd + 7,
        reason="remplacement d'un salarié absent",
    )
    iban = C.iban_make("LT", "32500" + "17482903614")
    rib = bank.app_screen("Olena Kovalenko", iban, "REVOLT21", "revolut", sd + 8, dark=True)
    rib.notes = "Lithuanian SEPA IBAN from a neobank app."
    fd = fd_from(
        p,
        "salarie",
        "Strasbourg",
        d("2026-12-01"),
        profession="Réceptionniste",
        contract="CDD",
        hire_date=d("2026-04-01"),
        arrival=d("2026-03-11"),
        birth_city="Kyiv",
    )
    form = filled(fd, "acro", sd + 9)
    files = [
        F("cerfa_15763-02_rempli.pdf", "text_pdf", pages(form), producer="PDF-XChange Editor"),
        F("passport.jpg", "scan", passport_sheet(pp), dpi=200),
        F("visa.jpg", "scan", visa_sheet(visa), dpi=200),
        F("svidotstvo_apostille.pdf", "image_pdf", cat(bc, ap), dpi=250),
        F("traduction acte de naissance.pdf", "image_pdf", pages(tr), dpi=200, grey=True),
        F("attestation Claire.jpg", "scan", pages(att), dpi=200),
        F("CNI Claire Fontaine.jpg", "scan", card_sheet(cni), dpi=300),
        F("orange_sept.pdf", "text_pdf", pages(bills[0]), producer="Orange"),
        F("orange_oct.pdf", "text_pdf", pages(bills[1]), producer="Orange"),
        F("orange_nov.pdf", "text_pdf", pages(bills[2]), producer="Orange"),
        F("contrat_travail.pdf", "image_pdf", pages(ct), dpi=150, grey=True),
        F("Revolut_IBAN.png", "screenshot", pages(rib)),
    ]
    return dict(
        name=name,
        as_of=as_of,
        defect=None,
        requirements=reqs(),
        applicant=applicant(p),
        files=files,
        notes="Hosting route (host's CNI + three Orange bills giving only a month); Ukrainian certificate in "
        "Cyrillic with apostille and a sworn translation; Lithuanian SEPA IBAN (Revolut).",
    )


@packet
def p10_reyes_maria_cristina():
    name = "p10_reyes_maria_cristina"
    as_of = d("2026-12-01")
    addr = Addr("22 rue Nationale", "59000", "Lille")
    p = Person(
        "REYES",
        "Maria Cristina",
        "F",
        d("1992-09-14"),
        "PHL",
        "Quezon City",
        "Philippines",
        addr,
        phone="06 38 52 71 09",
        email="mcsreyes@gmail.com",
        father="Eduardo Cruz Reyes",
        mother="Rosario Lopez Santos",
        middle="Santos",
        nationality_fr="philippine",
    )
    sd = seed_of(name)
    pp = ids.passport_doc(
        p,
        "PHL",
        "P4829173A",
        d("2023-02-20"),
        d("2033-02-19"),
        extra=dict(pob="QUEZON CITY"),
        seed=sd,
    )
    pp.notes = "Middle name SANTOS printed in its own field, absent from the MRZ."
    ts = ids.titre_doc(
        p,
        "T5M2W8L33",
        "CARTE DE SEJOUR TEMPORAIRE",
        d("2026-06-15"),
        d("2027-06-14"),
        "SALARIÉ",
        "PRÉFECTURE DU NORD",
        sd + 1,
    )
    bc = civil.bc_philippines(
        p, "Metro Manila", "Quezon City", "1992-18274", d("2025-09-02"), sd + 2, has_apostille=True
    )
    ap = civil.apostille_doc(
        "en",
        "Republic of the Philippines",
        "Dennis S. Mapa",
        "Civil Registrar General",
        "Philippine Statistics Authority",
        "Manila",
        d("2025-09-15"),
        "Department of Foreign Affairs - Office of Consular Affairs",
        "AP-2025-7718204",
        sd + 3,
        header=["REPUBLIC OF THE PHILIPPINES", "DEPARTMENT OF FOREIGN AFFAIRS"],
    )
    lease = home.lease_empty(
        "SCI Les Jardins de Flandre, représentée par M. Hervé Delattre",
        "15 avenue du Peuple Belge, 59800 Lille",
        ["Maria Cristina REYES"],
        addr,
        d("2026-07-01"),
        610.0,
        45.0,
        "Lille",
        d("2026-06-24"),
        sd + 4,
        surface=33,
        rooms=1,
    )
    lease.fields["landlord"] = "SCI Les Jardins de Flandre"
    er = work.make_employer(
        "Clinique du Parc",
        "SAS",
        Addr("8 boulevard de la Liberté", "59000", "Lille"),
        "38294510",
        "0028",
        "8610Z",
        "Nord - Pas-de-Calais",
        "Hospitalisation privée (IDCC 2264)",
        "M. Olivier Caron",
        "Directeur",
        capital="500 000",
        rcs="Lille Métropole",
    )
    ps = work.payslip(
        er,
        "REYES Maria Cristina",
        addr,
        "Infirmière",
        "Non cadre",
        d("2026-06-20"),
        d("2026-10-01"),
        2480.0,
        "A2211",
        None,
        "silae",
        sd + 5,
    )
    iban = C.fr_iban("16706", "05054", "52184901337")[0]
    rib = bank.rib_credit_agricole(
        "MME MARIA CRISTINA S. REYES",
        addr,
        iban,
        "AGRIFRPP867",
        "Crédit Agricole Nord de France",
        "Lille Nationale",
        sd + 6,
    )
    fd = fd_from(
        p,
        "salarie",
        "Lille",
        d("2026-11-24"),
        profession="Infirmière",
        contract="CDI",
        hire_date=d("2026-06-20"),
        arrival=d("2026-06-02"),
        birth_city="Quezon City",
    )
    form = filled(fd, "hand", sd + 7, caps_font="h-humor", script_font="h-dkg", ink=INK_BLUE)
    files = [
        F("IMG_0931.jpg", "phone_photo", [S(form.pages[0], form)], bg="tiles", light=0.35),
        F("IMG_0932.jpg", "phone_photo", [S(form.pages[1], form)], bg="tiles", light=0.35, rot=180),
        F("passport.pdf", "image_pdf", passport_sheet(pp), dpi=200),
        F("titre de sejour.pdf", "image_pdf", [card_side(ts, 0), card_side(ts, 1)], dpi=400),
        F("PSA birth cert + apostille.pdf", "image_pdf", cat(bc, ap), dpi=150),
        F("bail.pdf", "image_pdf", pages(lease), dpi=150),
        F("payslip oct.jpg", "phone_photo", pages(ps), bg="wood", persp=0.07),
        F("RIB CA.pdf", "text_pdf", pages(rib), producer="Crédit Agricole"),
    ]
    return dict(
        name=name,
        as_of=as_of,
        defect=None,
        requirements=reqs(),
        applicant=applicant(p),
        files=files,
        notes="Philippine middle name (mother's maiden name) printed separately; RIB writes 'S.' initial; "
        "second photo of the form is upside down.",
    )


# ================================================================ defects ==
@packet
def p11_hernandez_passport_expired():
    name = "p11_hernandez_passport_expired"
    as_of = d("2026-11-24")
    addr = Addr("15 rue des Filatiers", "31000", "Toulouse")
    p = Person(
        "HERNÁNDEZ MARTÍNEZ",
        "José Luis",
        "M",
        d("1985-05-27"),
        "MEX",
        "Guadalajara",
        "Mexique",
        addr,
        phone="06 90 17 28 44",
        email="joseluis.hm@gmail.com",
        father="Luis Alberto Hernández Ruiz",
        mother="María Guadalupe Martínez Soto",
        nationality_fr="mexicaine",
    )
    sd = seed_of(name)
    pp = ids.passport_doc(
        p,
        "MEX",
        "G21874530",
        d("2020-10-31"),
        d("2026-10-30"),
        extra=dict(personal="HEML850527HJCRRS09", pob="JALISCO"),
        seed=sd,
        notes="Expired on 2026-10-30, before the audit date.",
    )
    visa = ids.visa_doc(
        p,
        "FRA125577",
        "D",
        d("2026-01-20"),
        d("2027-01-19"),
        "G21874530",
        "MEXICO",
        d("2026-01-06"),
        ["VLS-TS VISITEUR"],
        "365",
        seed=sd + 1,
    )
    bc = civil.bc_mexico(
        p,
        "Jalisco",
        "Guadalajara",
        "HEML850527HJCRRS09",
        "02417",
        d("2025-10-02"),
        sd + 2,
        has_apostille=True,
    )
    ap = civil.apostille_doc(
        "es",
        "México",
        "Alejandra Villanueva",
        "Directora General del Registro Civil",
        "Dirección General del Registro Civil del Estado de Jalisco",
        "Guadalajara, Jalisco",
        d("2025-10-09"),
        "Secretaría General de Gobierno de Jalisco",
        "JAL-AP-2025-55812",
        sd + 3,
        header=["ESTADOS UNIDOS MEXICANOS", "GOBIERNO DEL ESTADO DE JALISCO"],
    )
    lease = home.lease_empty(
        "Christian ESCUDIÉ",
        "9 rue Ozenne, 31000 Toulouse",
        ["José Luis HERNÁNDEZ MARTÍNEZ"],
        addr,
        d("2026-02-01"),
        650.0,
        40.0,
        "Toulouse",
        d("2026-01-26"),
        sd + 4,
        surface=30,
        rooms=1,
        font="dejavu-serif",
    )
    rib = bank.rib_bnp(
        "M JOSE LUIS HERNANDEZ MARTINEZ",
        addr,
        C.fr_iban("30004", "03110", "00010744820")[0],
        "BNPAFRPPXXX",
        "BNP PARIBAS TOULOUSE CAPITOLE",
        "12 rue Lafayette 31000 Toulouse",
        sd + 5,
    )
    fd = fd_from(
        p,
        "inactif",
        "Toulouse",
        d("2026-11-16"),
        arrival=d("2026-01-25"),
        surname="HERNANDEZ MARTINEZ",
        birth_city="Guadalajara",
    )
    form = filled(fd, "hand", sd + 6, caps_font="h-dkg", script_font="h-dkg")
    files = [
        F("formulario cpam.pdf", "image_pdf", pages(form), dpi=200),
        F("pasaporte y visa.pdf", "image_pdf", [passport_sheet(pp), visa_sheet(visa)], dpi=200),
        F("acta_nacimiento.pdf", "image_pdf", cat(bc, ap), dpi=200),
        F("bail.pdf", "text_pdf", pages(lease), producer="Word"),
        F("RIB.pdf", "text_pdf", pages(rib), producer="BNP Paribas"),
    ]
    return dict(
        name=name,
        as_of=as_of,
        defect="passport expired at the audit date (2026-10-30)",
        requirements=reqs(identity="invalid", employment="not_applicable"),
        applicant=applicant(p),
        files=files,
    )


@packet
def p12_yilmaz_vlsts_expired():
    name = "p12_yilmaz_vlsts_expired"
    as_of = d("2026-11-30")
    addr = Addr("4 rue Victor Hugo", "38000", "Grenoble")
    p = Person(
        "YILMAZ",
        "Mehmet Can",
        "M",
        d("1997-03-21"),
        "TUR",
        "Istanbul",
        "Turquie",
        addr,
        phone="07 62 40 18 93",
        email="mehmetcan.yilmaz@gmail.com",
        father="Ahmet Yılmaz",
        mother="Zeynep Yılmaz",
        nationality_fr="turque",
    )
    sd = seed_of(name)
    pp = ids.passport_doc(
        p,
        "TUR",
        "U28471935",
        d("2023-05-02"),
        d("2033-05-01"),
        extra=dict(personal="28471935012", pob="İSTANBUL"),
        seed=sd,
    )
    visa = ids.visa_doc(
        p,
        "FRA884190",
        "D",
        d("2025-09-15"),
        d("2026-09-14"),
        "U28471935",
        "ISTANBUL",
        d("2025-08-28"),
        ["VLS-TS ETUDIANT", "UNIVERSITE GRENOBLE ALPES"],
        "365",
        seed=sd + 1,
        notes="VLS-TS expired on 2026-09-14.",
    )
    bc = civil.bc_turkey(
        p, "İstanbul", "Kadıköy", "28471935012", d("2025-07-01"), sd + 2, has_apostille=True
    )
    ap = civil.apostille_doc(
        "fr",
        "République de Türkiye",
        "Ayşe Demir",
        "Directrice de l'état civil de Kadıköy",
        "Kadıköy İlçe Nüfus Müdürlüğü",
        "Istanbul",
        d("2025-07-08"),
        "Kaymakam de Kadıköy",
        "34-2025-18822",
        sd + 3,
        header=["TÜRKİYE CUMHURİYETİ", "KADIKÖY KAYMAKAMLIĞI"],
    )
    bills = []
    for i, m in enumerate(monthly(d("2026-08-10"), 3)):
        en = C.add_months(m, 1) - dt.timedelta(days=1)
        bills.append(
            home.bill_bouygues(
                "M MEHMET CAN YILMAZ",
                addr,
                en + dt.timedelta(days=1),
                m,
                en,
                31.99,
                "1.20844713",
                f"B{2608 + i}44129",
                sd + 10 + i,
            )
        )
    rib = bank.app_screen(
        "M YILMAZ MEHMET CAN",
        C.fr_iban("40618", "80263", "00040518239")[0],
        "BOUSFRPPXXX",
        "bourso",
        sd + 4,
    )
    fd = fd_from(
        p, "etudiant", "Grenoble", d("2026-11-23"), arrival=d("2025-09-16"), birth_city="Istanbul"
    )
    form = filled(fd, "acro", sd + 5)
    files = [
        F("cerfa.pdf", "text_pdf", pages(form), producer="Adobe Acrobat"),
        F("pasaport.jpg", "phone_photo", passport_photo_sheet(pp), bg="wood", fill=0.8),
        F("vize.jpg", "phone_photo", pages(visa), bg="wood", fill=0.85),
        F("dogum belgesi apostil.pdf", "image_pdf", cat(bc, ap), dpi=200),
        F("factures bbox.pdf", "text_pdf", cat(*bills), producer="Bouygues Telecom"),
        F("IMG_5520.PNG", "screenshot", pages(rib)),
    ]
    return dict(
        name=name,
        as_of=as_of,
        defect="VLS-TS expired (valid until 2026-09-14)",
        requirements=reqs(residence_status="invalid", employment="not_applicable"),
        applicant=applicant(p),
        files=files,
    )


@packet
def p13_ben_salah_visa_c():
    name = "p13_ben_salah_visa_c"
    as_of = d("2026-12-05")
    addr = Addr("11 rue Colbert", "37000", "Tours")
    p = Person(
        "BEN SALAH",
        "Sami",
        "M",
        d("1993-07-02"),
        "TUN",
        "Sfax",
        "Tunisie",
        addr,
        phone="06 58 21 94 07",
        email="sami.bensalah@gnet.tn",
        father="Mohamed",
        mother="Najet Trabelsi",
        nationality_fr="tunisienne",
    )
    sd = seed_of(name)
    pp = ids.passport_doc(p, "TUN", "Z0841726", d("2022-08-08"), d("2027-08-07"), seed=sd)
    visa = ids.visa_doc(
        p,
        "FRA901344",
        "C",
        d("2026-06-01"),
        d("2026-12-20"),
        "Z0841726",
        "TUNIS",
        d("2026-05-18"),
        [],
        "90",
        territory="ETATS SCHENGEN",
        seed=sd + 1,
        vls_ts=False,
        notes="Short-stay Schengen visa (type C, 90 days), not a long-stay visa.",
    )
    ar = dict(
        commune="صفاقس",
        given="سامي",
        surname="بن صالح",
        city="صفاقس",
        father="محمد",
        mother="نجاة الطرابلسي",
    )
    bc = civil.bc_tunisie(p, ar, "0712/1993", "Sfax", d("2026-04-14"), sd + 2, has_apostille=True)
    ap = civil.apostille_doc(
        "fr",
        "République Tunisienne",
        "Mounir Trabelsi",
        "Officier de l'état civil",
        "Municipalité de Sfax",
        "Tunis",
        d("2026-04-21"),
        "Ministère des Affaires étrangères",
        "AP-TN-2026-04417",
        sd + 3,
        header=["RÉPUBLIQUE TUNISIENNE", "Ministère des Affaires étrangères"],
    )
    lease = home.lease_meuble(
        "Martine BOUCHER", ["Sami BEN SALAH"], addr, d("2026-06-10"), 560.0, d("2026-06-06"), sd + 4
    )
    iban = C.fr_iban("20041", "01008", "2047731N033")[0]
    rib = bank.rib_banque_postale(
        "M BEN SALAH SAMI", addr, iban, "Centre Financier d'Orléans", sd + 5
    )
    fd = fd_from(p, "inactif", "Tours", d("2026-11-27"), arrival=d("2026-06-08"), birth_city="Sfax")
    form = filled(fd, "hand", sd + 6, caps_font="h-ruf", script_font="h-dancing")
    files = [
        F("formulaire_cpam.pdf", "image_pdf", pages(form), dpi=200, grey=True),
        F("passeport+visa.jpg", "scan", passport_sheet(pp, visa), dpi=200),
        F("extrait_naissance_apostille.pdf", "image_pdf", cat(bc, ap), dpi=200),
        F("contrat location meublee.pdf", "image_pdf", pages(lease), dpi=150),
        F("rib poste.jpg", "scan", pages(rib), dpi=150, grey=True),
    ]
    return dict(
        name=name,
        as_of=as_of,
        defect="short-stay type C Schengen visa instead of a long-stay visa",
        requirements=reqs(residence_status="invalid", employment="not_applicable"),
        applicant=applicant(p),
        files=files,
    )


@packet
def p14_oconnor_no_apostille():
    name = "p14_oconnor_no_apostille"
    as_of = d("2026-11-09")
    addr = Addr("19 quai Saint-Vincent", "69001", "Lyon")
    p = Person(
        "O'CONNOR",
        "Michael Patrick",
        "M",
        d("1989-01-15"),
        "USA",
        "Albany",
        "États-Unis",
        addr,
        phone="07 44 12 85 30",
        email="mike.oconnor89@gmail.com",
        father="Patrick James O'Connor",
        mother="Mary Ellen O'Connor",
        nationality_fr="américaine",
    )
    sd = seed_of(name)
    pp = ids.passport_doc(
        p,
        "USA",
        "A81245067",
        d("2021-08-19"),
        d("2031-08-18"),
        extra=dict(pob="NEW YORK, U.S.A."),
        seed=sd,
    )
    pp.notes = "Apostrophe dropped in the MRZ (OCONNOR)."
    visa = ids.visa_doc(
        p,
        "FRA447021",
        "D",
        d("2026-03-01"),
        d("2027-02-28"),
        "A81245067",
        "NEW YORK",
        d("2026-02-12"),
        ["VLS-TS SALARIE"],
        "365",
        seed=sd + 1,
    )
    bc = civil.bc_usa(
        p, "New York", "Albany", "Albany", "89-001734", d("2025-12-02"), sd + 2, has_apostille=False
    )
    bc.notes = "No apostille accompanies this US certificate."
    er = work.make_employer(
        "Brasserie des Terreaux",
        "SARL",
        Addr("6 place des Terreaux", "69001", "Lyon"),
        "49372815",
        "0019",
        "5610A",
        "Rhône-Alpes",
        "Hôtels, cafés, restaurants (IDCC 1979)",
        "Mme Laure Giraud",
        "Gérante",
        capital="20 000",
    )
    ps = work.payslip(
        er,
        "O'CONNOR Michael",
        addr,
        "Chef de rang",
        "Employé",
        d("2026-03-09"),
        d("2026-10-01"),
        2150.0,
        "0077",
        None,
        "classic",
        sd + 3,
    )
    lease = home.lease_empty(
        "Pierre-Yves MOULIN",
        "18 rue Sala, 69002 Lyon",
        ["Michael O'CONNOR"],
        addr,
        d("2026-03-01"),
        720.0,
        60.0,
        "Lyon",
        d("2026-02-24"),
        sd + 4,
        surface=36,
        rooms=2,
    )
    rib = bank.rib_bnp(
        "M MICHAEL O CONNOR",
        addr,
        C.fr_iban("30004", "00819", "00010992741")[0],
        "BNPAFRPPXXX",
        "BNP PARIBAS LYON TERREAUX",
        "1 rue d'Algérie 69001 Lyon",
        sd + 5,
    )
    fd = fd_from(
        p,
        "salarie",
        "Lyon",
        d("2026-11-02"),
        profession="Chef de rang",
        contract="CDI",
        hire_date=d("2026-03-09"),
        arrival=d("2026-03-02"),
        birth_city="Albany (New York)",
    )
    form = filled(fd, "typed", sd + 6)
    files = [
        F("form.pdf", "image_pdf", pages(form), dpi=200, grey=True),
        F("passport.jpg", "scan", passport_sheet(pp), dpi=200),
        F("visa.jpg", "scan", visa_sheet(visa), dpi=200),
        F("birth certificate NY.pdf", "image_pdf", pages(bc), dpi=200),
        F("lease.pdf", "image_pdf", pages(lease), dpi=150),
        F("payslip_october.pdf", "text_pdf", pages(ps), producer="Silae"),
        F("RIB BNP.pdf", "text_pdf", pages(rib), producer="BNP Paribas"),
    ]
    return dict(
        name=name,
        as_of=as_of,
        defect="US birth certificate without apostille",
        requirements=reqs(birth_certificate="invalid"),
        applicant=applicant(p),
        files=files,
    )


@packet
def p15_bennett_bills_gap():
    name = "p15_bennett_bills_gap"
    as_of = d("2026-11-16")
    addr = Addr("27 rue du Faubourg Saint-Antoine", "75012", "Paris")
    p = Person(
        "BENNETT",
        "Oliver James",
        "M",
        d("1994-07-09"),
        "GBR",
        "London",
        "Royaume-Uni",
        addr,
        phone="07 83 40 52 16",
        email="oliver.bennett@gmail.com",
        father="Richard Paul Bennett",
        mother="Sarah Anne Bennett",
        nationality_fr="britannique",
    )
    sd = seed_of(name)
    pp = ids.passport_doc(
        p, "GBR", "548213907", d("2022-04-04"), d("2032-04-04"), extra=dict(pob="LONDON"), seed=sd
    )
    visa = ids.visa_doc(
        p,
        "FRA552917",
        "D",
        d("2026-04-01"),
        d("2027-03-31"),
        "548213907",
        "LONDRES",
        d("2026-03-10"),
        ["VLS-TS SALARIE"],
        "365",
        seed=sd + 1,
    )
    bc = civil.bc_uk(
        p,
        "Lambeth",
        "Lambeth",
        "London Borough of Lambeth",
        "312",
        d("2026-01-12"),
        sd + 2,
        has_apostille=True,
    )
    ap = civil.apostille_doc(
        "en",
        "United Kingdom of Great Britain and Northern Ireland",
        "J. Whitfield",
        "Registrar",
        "General Register Office",
        "London",
        d("2026-01-20"),
        "Foreign, Commonwealth and Development Office",
        "APO-2026-118204",
        sd + 3,
        header=["FOREIGN, COMMONWEALTH & DEVELOPMENT OFFICE", "LEGALISATION OFFICE"],
    )
    bills = []
    for i, m in enumerate(monthly(d("2026-07-01"), 3, skip=2)):
        en = C.month_end(m.year, m.month)
        bills.append(
            home.bill_edf(
                "M. Oliver BENNETT",
                addr,
                en + dt.timedelta(days=4),
                m,
                en,
                [41.20, 38.75, 55.10][i],
                "6 004 218 552",
                f"10 {205 + i} 114 {77 + i:03d}",
                sd + 10 + i,
                two_pages=False,
            )
        )
    er = work.make_employer(
        "Fintech Horizon",
        "SAS",
        Addr("28 rue du Sentier", "75002", "Paris"),
        "88120745",
        "0011",
        "6419Z",
        "Île-de-France",
        "Banque (IDCC 2120)",
        "M. Adrien Morel",
        "Directeur général",
        capital="150 000",
        rcs="Paris",
    )
    ct = work.contract(
        er,
        "Oliver James BENNETT",
        "M.",
        p.dob,
        "Londres (Royaume-Uni)",
        "britannique",
        addr,
        "CDI",
        "Développeur back-end",
        d("2026-04-13"),
        4600.0,
        d("2026-02-20"),
        seed=sd + 4,
    )
    iban = C.fr_iban("18206", "00211", "65012378544")[0]
    rib = bank.rib_credit_agricole(
        "M OLIVER BENNETT",
        addr,
        iban,
        "AGRIFRPP882",
        "Crédit Agricole Île-de-France",
        "Paris Bastille",
        sd + 5,
    )
    fd = fd_from(
        p,
        "salarie",
        "Paris",
        d("2026-11-08"),
        profession="Développeur",
        contract="CDI",
        hire_date=d("2026-04-13"),
        arrival=d("2026-04-05"),
        birth_city="Londres",
    )
    form = filled(fd, "hand", sd + 6, caps_font="h-ruf", script_font="h-dkg")
    files = [
        F("application_form.pdf", "image_pdf", pages(form), dpi=200),
        F("passport.pdf", "image_pdf", [passport_sheet(pp, visa)], dpi=200),
        F("GRO birth certificate.jpg", "scan", pages(bc), dpi=200),
        F("apostille FCDO.jpg", "scan", pages(ap), dpi=200),
        F("edf juillet.pdf", "text_pdf", pages(bills[0]), producer="EDF"),
        F("edf aout.pdf", "text_pdf", pages(bills[1]), producer="EDF"),
        F("edf octobre.pdf", "text_pdf", pages(bills[2]), producer="EDF"),
        F("employment contract.pdf", "text_pdf", pages(ct), producer="DocuSign"),
        F("RIB.jpg", "scan", pages(rib), dpi=200),
    ]
    return dict(
        name=name,
        as_of=as_of,
        defect="three EDF bills with a missing month (July, August, October)",
        requirements=reqs(residence_proof="invalid"),
        applicant=applicant(p),
        files=files,
    )


@packet
def p16_zhang_rib_other_person():
    name = "p16_zhang_rib_other_person"
    as_of = d("2026-12-12")
    addr = Addr("40 rue de Brest", "35000", "Rennes", "Appt 7")
    p = Person(
        "ZHANG",
        "Yu",
        "F",
        d("1994-10-27"),
        "CHN",
        "Chengdu",
        "Chine",
        addr,
        phone="07 71 20 38 45",
        email="zhangyu.rennes@163.com",
        father="Zhang Wei",
        mother="Li Fang",
        native="张雨",
        nationality_fr="chinoise",
    )
    sd = seed_of(name)
    pp = ids.passport_doc(
        p,
        "CHN",
        "EK1938472",
        d("2023-07-18"),
        d("2033-07-17"),
        extra=dict(poi="SICHUAN", pob="SICHUAN"),
        seed=sd,
    )
    visa = ids.visa_doc(
        p,
        "FRA663051",
        "D",
        d("2026-08-25"),
        d("2027-08-24"),
        "EK1938472",
        "CHENGDU",
        d("2026-07-30"),
        ["VLS-TS ETUDIANT", "DOCTORAT - UNIVERSITE DE RENNES"],
        "365",
        seed=sd + 1,
    )
    bc = civil.bc_china(
        p,
        dict(
            name="张雨", id="510104199410274526", city="四川省成都市", father="张伟", mother="李芳"
        ),
        "（2026）川成证字第07716号",
        d("2026-05-10"),
        sd + 2,
        has_apostille=True,
        office=(
            "四川省成都市蜀都公证处",
            "Shudu Notary Public Office of Chengdu, Sichuan Province",
            "Chengdu",
        ),
        cert_no_en="(2026) Chuan Cheng Zheng Zi No. 07716",
    )
    ap = civil.apostille_doc(
        "en",
        "People's Republic of China",
        "Chen Ming",
        "Notary Public",
        "Chengdu Notary Public Office",
        "Chengdu",
        d("2026-05-20"),
        "Sichuan Foreign Affairs Office",
        "SC2026-0047718",
        sd + 3,
        header=["中华人民共和国", "APOSTILLE / 附加证明书"],
    )
    lease = home.lease_empty(
        "Yannick LE BIHAN",
        "3 rue de Saint-Malo, 35000 Rennes",
        ["ZHANG Yu", "LIU Mei"],
        addr,
        d("2026-08-28"),
        820.0,
        70.0,
        "Rennes",
        d("2026-08-20"),
        sd + 4,
        surface=58,
        rooms=3,
    )
    lease.notes = (
        "Colocation lease with two tenants (start 2026-08-28, more than three months before as_of)."
    )
    rib = bank.rib_credit_mutuel(
        "MME LIU MEI",
        addr,
        C.fr_iban("15589", "35101", "04812376540")[0],
        "CMBRFR2BARK",
        "CCM RENNES CENTRE",
        sd + 5,
    )
    rib.notes = "Holder is the flatmate LIU Mei, not the applicant."
    fd = fd_from(
        p, "etudiant", "Rennes", d("2026-12-04"), arrival=d("2026-08-27"), birth_city="Chengdu"
    )
    form = filled(fd, "hand", sd + 6, caps_font="h-comic", script_font="h-ecolier")
    files = [
        F("demande.pdf", "image_pdf", pages(form), dpi=200),
        F("护照.jpg", "scan", passport_sheet(pp, visa), dpi=200),
        F("birth_notarial_apostille.pdf", "image_pdf", cat(bc, ap), dpi=200),
        F("bail colocation.pdf", "text_pdf", pages(lease), producer="Word"),
        F("rib.jpg", "phone_photo", pages(rib), bg="white_table"),
    ]
    return dict(
        name=name,
        as_of=as_of,
        defect="RIB in the name of another person (the flatmate)",
        requirements=reqs(bank_details="invalid", employment="not_applicable"),
        applicant=applicant(p),
        files=files,
    )


@packet
def p17_oliveira_iban_bad_check():
    name = "p17_oliveira_iban_bad_check"
    as_of = d("2026-11-26")
    addr = Addr("7 rue de la République", "34000", "Montpellier")
    p = Person(
        "OLIVEIRA SANTOS",
        "Lucas Gabriel",
        "M",
        d("1990-12-12"),
        "BRA",
        "Recife",
        "Brésil",
        addr,
        phone="06 47 15 29 83",
        email="lucas.gabriel.os@gmail.com",
        father="Marcos Antônio Oliveira",
        mother="Juliana Santos",
        nationality_fr="brésilienne",
    )
    sd = seed_of(name)
    pp = ids.passport_doc(
        p,
        "BRA",
        "GB407215",
        d("2022-02-14"),
        d("2032-02-13"),
        extra=dict(personal="7.418.226", pob="RECIFE/PE"),
        seed=sd,
    )
    ts = ids.titre_doc(
        p,
        "M7Q2X5D18",
        "CARTE DE SEJOUR PLURIANNUELLE",
        d("2025-05-20"),
        d("2028-05-19"),
        "VIE PRIVÉE ET FAMILIALE",
        "PRÉFECTURE DE L'HÉRAULT",
        sd + 1,
    )
    bc = civil.bc_brasil(
        p,
        "Cartório do Registro Civil - 1º Distrito de Recife",
        "Recife",
        "PE",
        "075200 01 55 1990 1 00211 045 0081771 12",
        d("2025-03-03"),
        sd + 2,
        has_apostille=True,
    )
    ap = civil.apostille_doc(
        "pt",
        "República Federativa do Brasil",
        "Marina Lopes Albuquerque",
        "Oficial de Registro",
        "Cartório do 1º Distrito de Recife/PE",
        "Recife/PE",
        d("2025-03-10"),
        "Tabeliã Renata Cavalcanti",
        "AAA-22017-5521",
        sd + 3,
        second="en",
        header=["REPÚBLICA FEDERATIVA DO BRASIL", "CONSELHO NACIONAL DE JUSTIÇA"],
        qr=True,
    )
    bills = []
    for i, m in enumerate(monthly(d("2026-08-01"), 3)):
        en = C.month_end(m.year, m.month)
        bills.append(
            home.bill_total(
                "M. Lucas OLIVEIRA SANTOS",
                addr,
                en + dt.timedelta(days=5),
                m,
                en,
                [39.80, 41.12, 47.66][i],
                "1 220 447 815",
                f"TE26{8 + i:02d}071{i}",
                sd + 10 + i,
            )
        )
    er = work.make_employer(
        "Soleil Logistique",
        "SAS",
        Addr("210 rue de la Jasse", "34130", "Mauguio"),
        "79214508",
        "0026",
        "5210B",
        "Languedoc-Roussillon",
        "Transports routiers (IDCC 16)",
        "M. Karim Haddad",
        "Président",
        capital="60 000",
        rcs="Montpellier",
    )
    ps = work.payslip(
        er,
        "OLIVEIRA SANTOS Lucas Gabriel",
        addr,
        "Préparateur de commandes",
        "Ouvrier",
        d("2025-06-02"),
        d("2026-10-01"),
        1950.0,
        "0193",
        C.nir_make("M", p.dob, "99", "415", "233"),
        "payfit",
        sd + 4,
    )
    good, _ = C.fr_iban("13485", "00800", "08712345698")
    bad = C.iban_break(good)
    rib = bank.rib_credit_agricole(
        "M LUCAS OLIVEIRA SANTOS",
        addr,
        bad,
        "CEPAFRPP348",
        "Caisse d'Epargne Languedoc-Roussillon",
        "Montpellier Comédie",
        sd + 5,
        brand="Caisse d'Epargne",
        teal=(200, 0, 40),
    )
    rib.notes = "IBAN check digits wrong (mod 97 fails); the French RIB key is right."
    fd = fd_from(
        p,
        "salarie",
        "Montpellier",
        d("2026-11-19"),
        profession="Préparateur de commandes",
        contract="CDI",
        hire_date=d("2025-06-02"),
        nir=C.nir_make("M", p.dob, "99", "415", "233"),
        surname="OLIVEIRA SANTOS",
        birth_city="Recife",
    )
    form = filled(fd, "typed", sd + 6)
    files = [
        F("formulaire.pdf", "image_pdf", pages(form), dpi=200),
        F("passaporte.jpg", "phone_photo", passport_photo_sheet(pp), bg="oak", rot=270),
        F("titre recto verso.pdf", "image_pdf", card_sheet(ts), dpi=300),
        F("certidao.pdf", "image_pdf", cat(bc, ap), dpi=200),
        F("factures TotalEnergies.pdf", "text_pdf", cat(*bills), producer="TotalEnergies"),
        F("bulletin octobre.pdf", "text_pdf", pages(ps), producer="PayFit"),
        F("RIB.pdf", "text_pdf", pages(rib), producer="Caisse d'Epargne"),
    ]
    return dict(
        name=name,
        as_of=as_of,
        defect="IBAN with wrong check digits",
        requirements=reqs(bank_details="invalid"),
        applicant=applicant(p),
        files=files,
    )


@packet
def p18_ouazzani_unsigned_form():
    name = "p18_ouazzani_unsigned_form"
    as_of = d("2026-12-17")
    addr = Addr("23 rue Pasteur", "21000", "Dijon")
    p = Person(
        "OUAZZANI TOUHAMI",
        "Salma",
        "F",
        d("1999-05-06"),
        "MAR",
        "Rabat",
        "Maroc",
        addr,
        phone="07 60 41 27 58",
        email="salma.ouazzani@gmail.com",
        father="Driss Ouazzani Touhami",
        mother="Naima El Fassi",
        nationality_fr="marocaine",
    )
    sd = seed_of(name)
    pp = ids.passport_doc(
        p,
        "MAR",
        "UX7301428",
        d("2023-10-09"),
        d("2028-10-08"),
        extra=dict(personal="AB704215"),
        seed=sd,
    )
    visa = ids.visa_doc(
        p,
        "FRA318872",
        "D",
        d("2026-09-01"),
        d("2027-08-31"),
        "UX7301428",
        "RABAT",
        d("2026-08-05"),
        ["VLS-TS ETUDIANT", "UNIVERSITE DE BOURGOGNE"],
        "365",
        seed=sd + 1,
    )
    ar = dict(
        province="الرباط",
        commune="أكدال الرياض",
        surname="الوزاني التهامي",
        given="سلمى",
        city="الرباط",
        father="إدريس الوزاني التهامي",
        mother="نعيمة الفاسي",
    )
    bc = civil.bc_maroc(
        p, ar, "0847", 1999, "Rabat", "Agdal Riyad", d("2026-06-22"), sd + 2, has_apostille=True
    )
    ap = civil.apostille_doc(
        "fr",
        "Royaume du Maroc",
        "Karima Lahlou",
        "Officier de l'état civil",
        "Bureau de l'état civil d'Agdal Riyad",
        "Rabat",
        d("2026-06-29"),
        "Le Procureur du Roi près le Tribunal de première instance de Rabat",
        "TPI-RBT/2026/11402",
        sd + 3,
        header=["ROYAUME DU MAROC", "Tribunal de première instance de Rabat"],
    )
    bills = []
    for i, m in enumerate(monthly(d("2026-09-03"), 3)):
        en = C.add_months(m, 1) - dt.timedelta(days=1)
        bills.append(
            home.bill_sfr(
                "Mme Salma Ouazzani Touhami",
                addr,
                en + dt.timedelta(days=1),
                m,
                en,
                [15.99, 15.99, 18.49][i],
                "07 60 41 27 58",
                "1-9A4F17",
                f"M{2609 + i}81{i}",
                sd + 10 + i,
            )
        )
    rib = bank.rib_credit_mutuel(
        "MLLE SALMA OUAZZANI TOUHAMI",
        addr,
        C.fr_iban("10278", "02500", "00020915417")[0],
        "CMCIFR2A",
        "CCM DIJON UNIVERSITE",
        sd + 4,
    )
    fd = fd_from(
        p, "etudiant", "Dijon", d("2026-12-09"), arrival=d("2026-09-02"), birth_city="Rabat"
    )
    fd.signed = False
    form = filled(fd, "hand", sd + 5, caps_font="h-humor", script_font="h-dancing")
    form.notes = "Date and place filled in, signature box left empty."
    files = [
        F("IMG_3390.jpeg", "phone_photo", [S(form.pages[0], form)], bg="wood"),
        F("IMG_3391.jpeg", "phone_photo", [S(form.pages[1], form)], bg="wood"),
        F("passeport visa.pdf", "image_pdf", [passport_sheet(pp, visa)], dpi=200, grey=True),
        F("acte de naissance.pdf", "image_pdf", cat(bc, ap), dpi=200),
        F("factures sfr.pdf", "text_pdf", cat(*bills), producer="SFR"),
        F("RIB CM.png", "scan", pages(rib), dpi=150),
    ]
    return dict(
        name=name,
        as_of=as_of,
        defect="application form not signed",
        requirements=reqs(application_form="invalid", employment="not_applicable"),
        applicant=applicant(p),
        files=files,
    )


@packet
def p19_mitchell_lease_too_recent():
    name = "p19_mitchell_lease_too_recent"
    as_of = d("2026-12-04")
    addr = Addr("58 rue Sainte-Catherine", "33000", "Bordeaux")
    p = Person(
        "MITCHELL",
        "Sarah-Louise",
        "F",
        d("1996-06-18"),
        "USA",
        "Los Angeles",
        "États-Unis",
        addr,
        phone="07 52 93 10 48",
        email="sarahlouise.mitchell@icloud.com",
        father="David Mitchell",
        mother="Karen Lee Mitchell",
        nationality_fr="américaine",
    )
    sd = seed_of(name)
    pp = ids.passport_doc(
        p,
        "USA",
        "A57320194",
        d("2024-02-27"),
        d("2034-02-26"),
        extra=dict(pob="CALIFORNIA, U.S.A."),
        seed=sd,
    )
    visa = ids.visa_doc(
        p,
        "FRA774206",
        "D",
        d("2026-09-20"),
        d("2027-09-19"),
        "A57320194",
        "LOS ANGELES",
        d("2026-08-29"),
        ["VLS-TS VISITEUR"],
        "365",
        seed=sd + 1,
    )
    bc = civil.bc_usa(
        p,
        "California",
        "Los Angeles",
        "Los Angeles",
        "3-1996-19-044871",
        d("2026-05-12"),
        sd + 2,
        has_apostille=True,
    )
    ap = civil.apostille_doc(
        "en",
        "United States of America",
        "Tomás J. Aragón",
        "State Registrar",
        "California Department of Public Health",
        "Sacramento, California",
        d("2026-06-02"),
        "Shirley N. Weber, Secretary of State",
        "CA-26-0483177",
        sd + 3,
        header=["STATE OF CALIFORNIA", "SECRETARY OF STATE"],
        page_size=(216, 279),
        date_fmt=lambda x: x.strftime("%B %d, %Y"),
    )
    lease = home.lease_empty(
        "Agnès DUPUY",
        "11 cours de l'Intendance, 33000 Bordeaux",
        ["Sarah-Louise MITCHELL"],
        addr,
        d("2026-10-01"),
        700.0,
        50.0,
        "Bordeaux",
        d("2026-09-26"),
        sd + 4,
        surface=31,
        rooms=1,
        agency="Agence Chartrons Immobilier",
    )
    lease.notes = "Lease started on 2026-10-01: about two months before the audit date."
    rib = bank.rib_bnp(
        "MME SARAH LOUISE MITCHELL",
        addr,
        C.fr_iban("30004", "02817", "00010376255")[0],
        "BNPAFRPPXXX",
        "BNP PARIBAS BORDEAUX INTENDANCE",
        "31 cours de l'Intendance 33000 Bordeaux",
        sd + 5,
    )
    fd = fd_from(
        p, "inactif", "Bordeaux", d("2026-11-28"), arrival=d("2026-09-22"), birth_city="Los Angeles"
    )
    form = filled(fd, "acro", sd + 6)
    files = [
        F("cerfa_15763.pdf", "text_pdf", pages(form), producer="Preview"),
        F("passport.jpeg", "phone_photo", passport_photo_sheet(pp), bg="white_table", rot=180),
        F("visa.jpeg", "phone_photo", visa_sheet(visa), bg="white_table"),
        F("birth cert + apostille.pdf", "image_pdf", cat(bc, ap), dpi=200),
        F("lease signed.pdf", "text_pdf", pages(lease), producer="DocuSign"),
        F("RIB.pdf", "text_pdf", pages(rib), producer="BNP Paribas"),
    ]
    return dict(
        name=name,
        as_of=as_of,
        defect="lease started less than three months before the audit date",
        requirements=reqs(residence_proof="invalid", employment="not_applicable"),
        applicant=applicant(p),
        files=files,
    )


@packet
def p20_sahin_payslip_other_person():
    name = "p20_sahin_payslip_other_person"
    as_of = d("2026-11-03")
    addr = Addr("5 rue Gambetta", "54000", "Nancy")
    p = Person(
        "ŞAHİN",
        "Elif",
        "F",
        d("1992-02-29"),
        "TUR",
        "Ankara",
        "Turquie",
        addr,
        phone="06 27 81 54 90",
        email="elif.sahin92@gmail.com",
        father="Hasan Şahin",
        mother="Fatma Şahin",
        nationality_fr="turque",
    )
    sd = seed_of(name)
    pp = ids.passport_doc(
        p,
        "TUR",
        "U19274816",
        d("2021-12-01"),
        d("2031-11-30"),
        extra=dict(personal="19274816044", pob="ANKARA"),
        seed=sd,
    )
    pp.notes = "Turkish dotted İ and cedilla (ŞAHİN -> SAHIN in the MRZ); born on 29 February."
    ts = ids.titre_doc(
        p,
        "N4H8B2S57",
        "CARTE DE SEJOUR PLURIANNUELLE",
        d("2025-12-10"),
        d("2029-12-09"),
        "SALARIÉ",
        "PRÉFECTURE DE MEURTHE-ET-MOSELLE",
        sd + 1,
    )
    bc = civil.bc_turkey(
        p, "Ankara", "Çankaya", "19274816044", d("2025-06-16"), sd + 2, has_apostille=True
    )
    ap = civil.apostille_doc(
        "fr",
        "République de Türkiye",
        "Murat Aydın",
        "Directeur de l'état civil de Çankaya",
        "Çankaya İlçe Nüfus Müdürlüğü",
        "Ankara",
        d("2025-06-20"),
        "Kaymakam de Çankaya",
        "06-2025-07731",
        sd + 3,
        header=["TÜRKİYE CUMHURİYETİ", "ÇANKAYA KAYMAKAMLIĞI"],
    )
    lease = home.lease_empty(
        "Gérard THIRIET",
        "2 place Stanislas, 54000 Nancy",
        ["Elif ŞAHİN"],
        addr,
        d("2025-12-01"),
        540.0,
        60.0,
        "Nancy",
        d("2025-11-24"),
        sd + 4,
        surface=34,
        rooms=2,
    )
    er = work.make_employer(
        "Lorraine Ingénierie",
        "SAS",
        Addr("14 rue Saint-Dizier", "54000", "Nancy"),
        "81940273",
        "0015",
        "7112B",
        "Lorraine",
        "Syntec (IDCC 1486)",
        "M. Bruno Lallemand",
        "Président",
        capital="80 000",
        rcs="Nancy",
    )
    ps = work.payslip(
        er,
        "KAYA Emre",
        Addr("12 rue de la Visitation", "54000", "Nancy"),
        "Ingénieur d'études",
        "Cadre",
        d("2025-11-17"),
        d("2026-09-01"),
        3350.0,
        "0402",
        None,
        "classic",
        sd + 5,
        notes="Payslip of a colleague (KAYA Emre), same employer, not the applicant.",
    )
    iban = C.fr_iban("16706", "00050", "20158743192")[0]
    rib = bank.rib_credit_agricole(
        "MME ELIF SAHIN",
        addr,
        iban,
        "AGRIFRPP867",
        "Crédit Agricole de Lorraine",
        "Nancy Stanislas",
        sd + 6,
    )
    fd = fd_from(
        p,
        "salarie",
        "Nancy",
        d("2026-10-27"),
        profession="Ingénieure d'études",
        contract="CDI",
        hire_date=d("2025-12-15"),
        arrival=d("2025-12-02"),
        surname="SAHIN",
        birth_city="Ankara",
    )
    form = filled(fd, "hand", sd + 7, caps_font="h-dkg", script_font="h-dkg")
    files = [
        F("formulaire_rempli.pdf", "image_pdf", pages(form), dpi=200),
        F("pasaport.pdf", "image_pdf", passport_sheet(pp), dpi=200),
        F("oturma izni recto.jpg", "scan", [card_side(ts, 0)], dpi=600),
        F("oturma izni verso.jpg", "scan", [card_side(ts, 1)], dpi=600),
        F("dogum kayit + apostil.pdf", "image_pdf", cat(bc, ap), dpi=200),
        F("bail.pdf", "image_pdf", pages(lease), dpi=150, grey=True),
        F("fiche_paie_sept.pdf", "text_pdf", pages(ps), producer="Silae"),
        F("rib.pdf", "text_pdf", pages(rib), producer="Crédit Agricole"),
    ]
    return dict(
        name=name,
        as_of=as_of,
        defect="payslip of another person (a colleague)",
        requirements=reqs(employment="invalid"),
        applicant=applicant(p),
        files=files,
    )
