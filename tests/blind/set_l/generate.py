"""Blind test set L for docverify: PUMa application packets and single documents.

Usage: python tests/blind/set_l/generate.py OUT_DIR
Deterministic: the same bytes on every run. See README.md.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import random
import shutil
import sys
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
logging.getLogger("fontTools").setLevel(logging.ERROR)

import setl_civil as C  # noqa: E402
import setl_core as K  # noqa: E402
import setl_form as FM  # noqa: E402
import setl_home as HM  # noqa: E402
import setl_id as ID  # noqa: E402
import setl_render as R  # noqa: E402
from setl_emit import Out, copy_sheet, pages_of, write_json  # noqa: E402
from setl_world import APO, SIGNERS, apo_number, bc_info, employer, person  # noqa: E402

D = dt.date
SET = "set_l"
REQ_IDS = [
    "application_form",
    "identity",
    "residence_status",
    "birth_certificate",
    "residence_proof",
    "bank_details",
    "employment",
]


# ====================================================================== helpers
def bills_for(provider, holder, title, address, months, rng, key, base, **kw):
    out = []
    for y, m in months:
        start, end = D(y, m, 1), K.month_end(y, m)
        issue = K.add_months(start, 1) + dt.timedelta(days=rng.randint(1, 6))
        amt = round(base + rng.uniform(-4, 4) if base < 60 else base * rng.uniform(0.8, 1.25), 2)
        out.append(
            HM.bill(
                provider,
                holder,
                address,
                issue,
                start,
                end,
                amt,
                rng,
                f"{key}{y}{m}",
                title_holder=title,
                **kw,
            )
        )
    return out


def make_apostille(code: str, bc_issue: D, rng, key: str, doc_signer: str, signer_role: str):
    cname, auth, place, role, lang, style = APO[code]
    issued = bc_issue + dt.timedelta(days=rng.randint(6, 40))
    signer = SIGNERS[list(APO).index(code) % len(SIGNERS)]
    num = apo_number(code, rng)
    doc = C.apostille(
        code.split("-")[0],
        cname,
        issued,
        num,
        signer,
        doc_signer,
        signer_role,
        auth,
        place,
        lang,
        rng,
        style,
        key,
    )
    return doc


def form(
    p,
    rng,
    key,
    *,
    way,
    run,
    situation,
    signed_on,
    place,
    job="",
    contract="",
    signed=True,
    date_text=None,
    usage="",
    sign_way="pen",
    nir=None,
):
    return FM.application_form(
        p,
        way=way,
        run=run,
        situation=situation,
        job=job,
        contract=contract,
        signed=signed,
        signed_on=signed_on,
        place=place,
        date_text=date_text,
        rng=rng,
        nir=nir,
        usage=usage,
        sign_way=sign_way,
        key=key,
    )


def requirements(**over):
    req = {k: "complete" for k in REQ_IDS}
    req.update(over)
    return req


def status_of(req: dict) -> str:
    vals = set(req.values())
    if vals & {"invalid", "missing"}:
        return "incomplete"
    if "questionable" in vals:
        return "questionable"
    return "complete"


def finish(out: Out, root: Path, name: str, as_of: D, p, employed, req, defect):
    """Write the packet truth; the applicant is named as on the identity document."""
    ident = next(
        (
            d
            for d in out.docs
            if d.type in ("passport", "national_id")
            and d.fields.get("date_of_birth") == p.dob.isoformat()
        ),
        None,
    )
    sur = ident.fields["surname"] if ident else p.SUR
    giv = ident.fields["given_names"] if ident else p.GIV
    t = out.truth(
        as_of=as_of.isoformat(),
        employed=employed,
        status=status_of(req),
        requirements=req,
        defect=defect,
        applicant={"surname": sur, "given_names": giv, "date_of_birth": p.dob.isoformat()},
    )
    write_json(root / f"{name}.truth.json", t)


def pp(p, rng, issue, years=10, **kw):
    num = ID.passport_number(p.nat, rng)
    exp = K.add_months(issue, 12 * years) - dt.timedelta(days=1)
    return ID.passport(p, num, issue, exp, rng=rng, **kw)


# ====================================================================== packets
def packets(root: Path) -> list[str]:
    names = []
    proot = root / "packets"

    def new(pid):
        names.append(pid)
        return Out(proot, pid, SET + pid), K.rng_for(SET, pid)

    # ---------------------------------------------------------------- p01 USA, hosted by spouse
    out, rng = new("p01")
    as_of = D(2026, 11, 23)
    addr = ["9 quai de la Fosse", "44000 Nantes"]
    p = person(
        "p01a", "O'Sullivan", "Megan Elizabeth", "F", D(1988, 4, 17), "Boston", "USA", address=addr
    )
    host = person("p01h", "Moreau", "Julien", "M", D(1985, 9, 2), "Nantes", "FRA", address=addr)
    f = form(
        p,
        rng,
        "p01",
        way="hand",
        run=0,
        situation="not_employed",
        signed_on=D(2026, 11, 18),
        place="Nantes",
    )
    out.scans(["formulaire_page1.jpg", "formulaire_page2.jpg"], pages_of(f))
    passport = pp(p, rng, D(2019, 5, 2))
    out.photos(["IMG_4471.jpg"], pages_of(passport), [0])
    v = ID.visa(
        p,
        "025874136",
        passport.fields["document_number"],
        D(2026, 5, 4),
        D(2027, 5, 3),
        rng,
        category="VLS-TS CONJOINT DE FRANÇAIS",
        issued_in="WASHINGTON",
    )
    out.photos(["IMG_4472.jpg"], pages_of(v), [90])
    info = bc_info(
        p,
        rng,
        father="Patrick Sean O'Sullivan",
        mother="Linda Marie Kowalski",
        province="Massachusetts",
        county="Suffolk",
        hospital="Brigham and Women's Hospital",
        fstate="MA",
        mstate="NY",
        registrar="Helen R. Cabot",
        officer="Helen R. Cabot",
        issue=D(2026, 2, 9),
        reg_no="1988-004417",
    )
    bc = C.birth_certificate(p, "USA", info, rng)
    apo = make_apostille(
        "USA-MA",
        info["issue"],
        rng,
        "p01",
        "Helen R. Cabot",
        "Registrar of Vital Records and Statistics",
    )
    bc.fields["has_apostille"] = True
    out.imgpdf("acte_naissance_apostille.pdf", pages_of(bc) + pages_of(apo))
    att = HM.hosting_attestation(
        host,
        p,
        addr,
        D(2026, 5, 10),
        D(2026, 11, 16),
        rng,
        "p01att",
        handwritten=True,
        relation="mon épouse",
    )
    out.scans(["attestation_hebergement.jpg"], pages_of(att))
    cni = ID.french_cni_new(host, "X4RTB7PW2", D(2022, 3, 14), D(2032, 3, 13), rng)
    out.imgpdf("cni_julien.pdf", [copy_sheet([(cni, 0), (cni, 1)])])
    ls = HM.lease(
        ["Julien MOREAU"],
        "SCI Les Tilleuls",
        "12 rue Kervégan, 44000 Nantes",
        addr,
        D(2022, 9, 1),
        780.0,
        rng,
        "p01lease",
        agency="Agence Nantaise de Gestion",
        tenant_titles=["M."],
    )
    out.vector("bail_julien.pdf", [ls])
    rib = HM.rib_paper(
        "LCL",
        ["M JULIEN MOREAU", "OU MME MEGAN O'SULLIVAN"],
        "JULIEN MOREAU OU MEGAN O'SULLIVAN",
        addr,
        rng,
        "p01rib",
    )
    out.vector("RIB_LCL.pdf", [rib])
    finish(out, proot, "p01", as_of, p, False, requirements(employment="not_applicable"), None)

    # ---------------------------------------------------------------- p02 Brazil, employed, lease
    out, rng = new("p02")
    as_of = D(2026, 11, 20)
    addr = ["40 cours Gambetta", "38000 Grenoble"]
    p = person(
        "p02a",
        "de Souza Lima",
        "Ana Carolina",
        "F",
        D(1993, 9, 3),
        "São Paulo",
        "BRA",
        address=addr,
    )
    emp = employer(
        "Lumeo Analytics SAS",
        "société par actions simplifiée",
        ["5 rue Félix Poulat", "38000 Grenoble"],
        "6311Z",
        "Syntec (IDCC 1486)",
        "Mathilde Arnaud",
        "Présidente",
        "50 000",
    )
    f = form(
        p,
        rng,
        "p02",
        way="fillable",
        run=1,
        situation="employed",
        job="Analyste de données",
        contract="CDI",
        signed_on=D(2026, 11, 12),
        place="Grenoble",
        sign_way="image",
    )
    out.vector("S1106_formulaire_rempli.pdf", [f])
    passport = pp(p, rng, D(2021, 8, 20))
    v = ID.visa(
        p,
        "031457782",
        passport.fields["document_number"],
        D(2026, 3, 10),
        D(2027, 3, 9),
        rng,
        category="VLS-TS SALARIÉ",
        issued_in="SAO PAULO",
    )
    out.imgpdf("passeport_visa.pdf", [copy_sheet([(passport, 0), (v, 0)])])
    info = bc_info(
        p,
        rng,
        father="Roberto Carlos de Souza Lima",
        mother="Márcia Helena Ferreira",
        hospital="Hospital Santa Catarina",
        office="Oficial de Registro Civil - 14º Subdistrito",
        officer="Beatriz Nogueira",
        issue=D(2025, 12, 3),
        matricula="115063 01 55 1993 1 00215 102 0045871 32",
        grandparents="José de Souza Lima, Ana Ribeiro, Paulo Ferreira, Rita Alves",
        dnv="",
    )
    bc = C.birth_certificate(p, "BRA", info, rng)
    apo = make_apostille(
        "BRA", info["issue"], rng, "p02", "Beatriz Nogueira", "Oficial de Registro Civil"
    )
    bc.fields["has_apostille"] = True
    out.scans(["certidao_nascimento.jpg", "apostila.jpg"], pages_of(bc) + pages_of(apo))
    ls = HM.lease(
        ["Ana Carolina DE SOUZA LIMA"],
        "Bernard FAURE",
        "8 rue Lesdiguières, 38000 Grenoble",
        addr,
        D(2026, 4, 1),
        640.0,
        rng,
        "p02lease",
        tenant_titles=["Mme"],
        furnished=True,
    )
    out.imgpdf("bail_grenoble.pdf", pages_of(ls))
    ps = HM.payslip(
        emp,
        p,
        "Ana Carolina DE SOUZA LIMA",
        "Analyste de données",
        D(2026, 3, 16),
        2026,
        10,
        3150.0,
        rng,
        "p02ps",
    )
    out.vector("bulletin_paie_octobre_2026.pdf", [ps])
    ct = HM.employment_contract(
        emp,
        p,
        "Ana Carolina DE SOUZA LIMA",
        "CDI",
        "Analyste de données",
        D(2026, 3, 16),
        3150.0,
        rng,
        "p02ct",
    )
    out.imgpdf("contrat_travail.pdf", pages_of(ct))
    rib = HM.rib_app("BoursoBank", "Mme Ana Carolina DE SOUZA LIMA", rng, "p02rib")
    rib.fields["holder_name"] = "Ana Carolina DE SOUZA LIMA"
    out.screen("Screenshot_20261110-181204.png", rib)
    finish(out, proot, "p02", as_of, p, True, requirements(), None)

    # ---------------------------------------------------------------- p03 India, bills, payslip
    out, rng = new("p03")
    as_of = D(2026, 11, 27)
    addr = ["50 rue de Metz", "31000 Toulouse"]
    p = person(
        "p03a", "Subramanian", "Karthik", "M", D(1990, 1, 26), "Chennai", "IND", address=addr
    )
    emp = employer(
        "Quadrant Systèmes SAS",
        "société par actions simplifiée",
        ["14 avenue de l'Europe", "31520 Ramonville-Saint-Agne"],
        "6201Z",
        "Syntec (IDCC 1486)",
        "Olivier Castaing",
        "Directeur général",
        "120 000",
    )
    f = form(
        p,
        rng,
        "p03",
        way="typed",
        run=2,
        situation="employed",
        job="Ingénieur logiciel",
        contract="CDI",
        signed_on=D(2026, 11, 21),
        place="Toulouse",
    )
    out.imgpdf("formulaire_S1106.pdf", pages_of(f))
    passport = pp(p, rng, D(2018, 6, 11))
    out.scans(["passport_scan.jpg"], [copy_sheet([(passport, 0)])])
    ts = ID.titre_sejour(
        p,
        "PT" + str(rng.randint(1000000, 9999999)),
        D(2025, 2, 10),
        D(2029, 2, 9),
        rng,
        mention="PASSEPORT TALENT",
        prefecture="PRÉFECTURE DE LA HAUTE-GARONNE",
    )
    out.photos(["titre_recto.jpg", "titre_verso.jpg"], pages_of(ts), [0, 0])
    info = bc_info(
        p,
        rng,
        father="Subramanian Venkataraman",
        mother="Lakshmi Subramanian",
        province="Tamil Nadu",
        office="Corporation of Chennai - Public Health Department",
        hospital="Government General Hospital",
        officer="Dr. R. Kannan",
        addr="12, 4th Cross Street, Adyar, Chennai 600020",
        issue=D(2025, 11, 20),
        reg_no="CH/1990/0114527",
    )
    bc = C.birth_certificate(p, "IND", info, rng, variant=0)
    apo = make_apostille("IND", info["issue"], rng, "p03", "Dr. R. Kannan", "Registrar of Births")
    bc.fields["has_apostille"] = True
    out.imgpdf("birth_certificate_apostille.pdf", pages_of(bc) + pages_of(apo))
    bl = bills_for(
        "Orange",
        "Karthik SUBRAMANIAN",
        "M.",
        addr,
        [(2026, 8), (2026, 9), (2026, 10)],
        rng,
        "p03bill",
        42.99,
    )
    for b in bl:
        b.fields["holder_name"] = "KARTHIK SUBRAMANIAN"
    for b, n in zip(
        bl, ["facture_orange_aout.pdf", "facture_orange_sept.pdf", "facture_orange_oct.pdf"]
    ):
        out.vector(n, [b])
    ps = HM.payslip(
        emp,
        p,
        "M. Karthik SUBRAMANIAN",
        "Ingénieur logiciel",
        D(2025, 3, 3),
        2026,
        10,
        4200.0,
        rng,
        "p03ps",
    )
    ps.fields["employee_name"] = "Karthik SUBRAMANIAN"
    out.vector("fiche_de_paie_10_2026.pdf", [ps])
    rib = HM.rib_paper(
        "Société Générale", ["M KARTHIK SUBRAMANIAN"], "KARTHIK SUBRAMANIAN", addr, rng, "p03rib"
    )
    out.vector("rib_sg.pdf", [rib])
    cl = HM.cover_letter(p, "Toulouse", D(2026, 11, 21), rng, "p03cl")
    out.vector("lettre_CPAM.pdf", [cl])
    finish(out, proot, "p03", as_of, p, True, requirements(), None)

    # ---------------------------------------------------------------- p04 China, hosted by sister
    out, rng = new("p04")
    as_of = D(2026, 11, 19)
    addr = ["31 avenue de Flandre", "75019 Paris"]
    p = person(
        "p04a",
        "Liu",
        "Yuxin",
        "F",
        D(1996, 7, 8),
        "Chengdu",
        "CHN",
        address=addr,
        native={"surname": "刘", "given": "雨欣", "father": "刘建国", "mother": "王丽"},
    )
    host = person(
        "p04h",
        "Liu",
        "Mei",
        "F",
        D(1990, 2, 21),
        "Chengdu",
        "CHN",
        address=addr,
        native={"surname": "刘", "given": "梅"},
    )
    f = form(
        p,
        rng,
        "p04",
        way="hand",
        run=1,
        situation="not_employed",
        signed_on=D(2026, 11, 15),
        place="Paris",
    )
    out.photos(["IMG_20261115_1.jpg", "IMG_20261115_2.jpg"], pages_of(f), [0, 90])
    passport = pp(p, rng, D(2020, 10, 12))
    out.photos(["IMG_20261115_3.jpg"], pages_of(passport), [0])
    ts = ID.titre_sejour(
        p,
        "TS" + str(rng.randint(1000000, 9999999)),
        D(2026, 6, 10),
        D(2027, 6, 9),
        rng,
        kind="CARTE DE SÉJOUR TEMPORAIRE",
        mention="VIE PRIVÉE ET FAMILIALE",
        prefecture="PRÉFECTURE DE POLICE",
    )
    out.imgpdf("titre_de_sejour.pdf", [copy_sheet([(ts, 0), (ts, 1)])])
    info = bc_info(
        p,
        rng,
        father="Liu Jianguo",
        mother="Wang Li",
        officer="Zhang Hua",
        issue=D(2025, 10, 22),
        reg_no="12877",
    )
    bc = C.birth_certificate(p, "CHN", info, rng)
    apo = make_apostille("CHN", info["issue"], rng, "p04", "Zhang Hua", "Notary Public")
    bc.fields["has_apostille"] = True
    out.imgpdf("gongzheng_birth.pdf", pages_of(bc) + pages_of(apo))
    att = HM.hosting_attestation(
        host,
        p,
        addr,
        D(2026, 6, 1),
        D(2026, 11, 14),
        rng,
        "p04att",
        handwritten=False,
        relation="ma sœur",
    )
    out.vector("attestation_hebergement_signee.pdf", [att])
    hp = pp(host, rng, D(2022, 4, 6))
    out.scans(["passeport_hebergeante.png"], [copy_sheet([(hp, 0)])])
    bl = bills_for(
        "Engie", "Mei LIU", "Mme", addr, [(2026, 8), (2026, 9), (2026, 10)], rng, "p04bill", 68.0
    )
    for b, n in zip(bl, ["engie_08.pdf", "engie_09.pdf", "engie_10.pdf"]):
        out.vector(n, [b])
    rib = HM.rib_paper("Crédit Agricole", ["MLLE LIU YUXIN"], "LIU YUXIN", addr, rng, "p04rib")
    out.scans(["rib.jpg"], pages_of(rib))
    finish(out, proot, "p04", as_of, p, False, requirements(employment="not_applicable"), None)

    # ---------------------------------------------------------------- p05 Italy (EU), CDD
    out, rng = new("p05")
    as_of = D(2026, 11, 26)
    addr = ["23 rue Saint-Michel", "35000 Rennes"]
    p = person("p05a", "D'Amico", "Chiara", "F", D(1991, 12, 2), "Napoli", "ITA", address=addr)
    emp = employer(
        "Maison Verlaine SARL",
        "société à responsabilité limitée",
        ["2 place des Lices", "35000 Rennes"],
        "4771Z",
        "Commerce de détail de l'habillement (IDCC 0675)",
        "Yann Le Bihan",
        "Gérant",
    )
    f = form(
        p,
        rng,
        "p05",
        way="typed",
        run=0,
        situation="employed",
        job="Chargée de clientèle",
        contract="CDD",
        signed_on=D(2026, 11, 20),
        place="Rennes",
        sign_way="image",
    )
    out.vector("demande_ouverture_droits.pdf", [f])
    cid = ID.eu_id(
        p, "CA" + str(rng.randint(10000, 99999)) + "AB", D(2022, 1, 18), D(2032, 12, 2), rng
    )
    out.scans(["carta_identita_fronte.jpg", "carta_identita_retro.jpg"], pages_of(cid))
    info = bc_info(
        p,
        rng,
        father="Salvatore D'Amico",
        mother="Giovanna Russo",
        officer="Dott.ssa Anna Esposito",
        issue=D(2026, 1, 15),
    )
    bc = C.birth_certificate(p, "ITA", info, rng)
    out.imgpdf("estratto_nascita.pdf", pages_of(bc))
    ls = HM.lease(
        ["Chiara D'AMICO", "Luca FERRARI"],
        "Odile LE GALL",
        "6 rue de Paris, 35000 Rennes",
        addr,
        D(2025, 9, 1),
        720.0,
        rng,
        "p05lease",
        tenant_titles=["Mme", "M."],
    )
    out.vector("bail.pdf", [ls])
    ps = HM.payslip(
        emp,
        p,
        "Chiara D'AMICO",
        "Chargée de clientèle",
        D(2026, 6, 1),
        2026,
        10,
        2050.0,
        rng,
        "p05ps",
        contract="CDD",
    )
    out.imgpdf("bulletin_oct.pdf", pages_of(ps))
    rib = HM.rib_app("Revolut", "Chiara D'Amico", rng, "p05rib")
    out.screen("revolut_iban.png", rib)
    finish(out, proot, "p05", as_of, p, True, requirements(residence_status="not_applicable"), None)

    # ---------------------------------------------------------------- p06 Morocco, usage name, bills
    out, rng = new("p06")
    as_of = D(2026, 11, 17)
    addr = ["56 avenue Jean Jaurès", "13005 Marseille"]
    p = person(
        "p06a",
        "El Idrissi",
        "Fatima Zahra",
        "F",
        D(1985, 3, 30),
        "Fès",
        "MAR",
        address=addr,
        usage="Bennani",
    )
    f = form(
        p,
        rng,
        "p06",
        way="hand",
        run=2,
        situation="not_employed",
        signed_on=D(2026, 11, 10),
        place="Marseille",
        usage="Bennani",
    )
    out.scans(["Scan_001.jpg", "Scan_002.jpg"], pages_of(f))
    passport = pp(p, rng, D(2023, 4, 10), years=5)
    out.imgpdf("passeport.pdf", [copy_sheet([(passport, 0)])])
    ts = ID.titre_sejour(
        p,
        "CR" + str(rng.randint(1000000, 9999999)),
        D(2024, 1, 15),
        D(2034, 1, 14),
        rng,
        kind="CARTE DE RÉSIDENT",
        mention="RÉSIDENT",
        prefecture="PRÉFECTURE DES BOUCHES-DU-RHÔNE",
    )
    out.scans(["carte_resident_recto.jpg", "carte_resident_verso.jpg"], pages_of(ts))
    info = bc_info(
        p,
        rng,
        father="Abdelkader El Idrissi",
        mother="Khadija Alaoui",
        province="Fès",
        province_ar="فاس",
        officer="Mohammed Tazi",
        issue=D(2026, 3, 2),
        reg_no="1187",
    )
    bc = C.birth_certificate(p, "MAR", info, rng)
    apo = make_apostille(
        "MAR", info["issue"], rng, "p06", "Mohammed Tazi", "Officier de l'état civil"
    )
    bc.fields["has_apostille"] = True
    out.imgpdf("extrait_naissance.pdf", pages_of(bc) + pages_of(apo))
    bl = bills_for(
        "TotalEnergies",
        "Fatima Zahra BENNANI",
        "Mme",
        addr,
        [(2026, 8), (2026, 9), (2026, 10)],
        rng,
        "p06bill",
        58.0,
    )
    for b, n in zip(
        bl, ["TE_facture_2026-08.pdf", "TE_facture_2026-09.pdf", "TE_facture_2026-10.pdf"]
    ):
        out.vector(n, [b])
    rib = HM.rib_paper(
        "La Banque Postale",
        ["MME BENNANI FATIMA ZAHRA"],
        "BENNANI FATIMA ZAHRA",
        addr,
        rng,
        "p06rib",
    )
    out.vector("RIB_LBP.pdf", [rib])
    finish(out, proot, "p06", as_of, p, False, requirements(employment="not_applicable"), None)

    # ---------------------------------------------------------------- p07 Colombia, contract only
    out, rng = new("p07")
    as_of = D(2026, 11, 25)
    addr = ["11 rue Sainte-Catherine", "33000 Bordeaux"]
    p = person(
        "p07a",
        "Rodríguez Peña",
        "Juan Sebastián",
        "M",
        D(1987, 11, 19),
        "Medellín",
        "COL",
        address=addr,
    )
    emp = employer(
        "Ondine Numérique SAS",
        "société par actions simplifiée",
        ["90 quai des Chartrons", "33300 Bordeaux"],
        "6201Z",
        "Syntec (IDCC 1486)",
        "Hélène Mauriac",
        "Présidente",
        "25 000",
    )
    f = form(
        p,
        rng,
        "p07",
        way="typed",
        run=1,
        situation="employed",
        job="Développeur web",
        contract="CDI",
        signed_on=D(2026, 11, 19),
        place="Bordeaux",
        sign_way="image",
    )
    out.vector("formulaire_cerfa_15763.pdf", [f])
    passport = pp(p, rng, D(2023, 1, 25))
    out.photos(["WhatsApp Image 2026-11-19 at 10.12.31.jpeg"], pages_of(passport), [0])
    v = ID.visa(
        p,
        "033920518",
        passport.fields["document_number"],
        D(2026, 6, 20),
        D(2027, 6, 19),
        rng,
        category="VLS-TS SALARIÉ",
        issued_in="BOGOTA",
    )
    out.photos(["WhatsApp Image 2026-11-19 at 10.12.32.jpeg"], pages_of(v), [0])
    info = bc_info(
        p,
        rng,
        father="Hernán Darío Rodríguez Gómez",
        mother="Luz Marina Peña Ospina",
        province="Antioquia",
        officer="Notario 15 de Medellín",
        issue=D(2026, 2, 18),
        reg_no="14587236",
        nuip="1017" + str(rng.randint(100000, 999999)),
    )
    bc = C.birth_certificate(p, "COL", info, rng)
    apo = make_apostille("COL", info["issue"], rng, "p07", "Notario 15 de Medellín", "Notario")
    bc.fields["has_apostille"] = True
    out.vector("registro_civil_apostillado.pdf", [bc, apo])
    bc_look_note = "registry copy and e-apostille downloaded as PDF"
    bc.notes = (bc.notes + "; " if bc.notes else "") + bc_look_note
    ls = HM.lease(
        ["Juan Sebastián RODRÍGUEZ PEÑA"],
        "SCI Garonne Patrimoine",
        "3 cours de l'Intendance, 33000 Bordeaux",
        addr,
        D(2026, 7, 1),
        690.0,
        rng,
        "p07lease",
        agency="Agence Quai des Chartrons",
        tenant_titles=["M."],
    )
    out.imgpdf("contrat_location.pdf", pages_of(ls))
    ct = HM.employment_contract(
        emp,
        p,
        "Juan Sebastián RODRÍGUEZ PEÑA",
        "CDI",
        "Développeur web",
        D(2026, 7, 1),
        2900.0,
        rng,
        "p07ct",
    )
    out.vector("CDI_Ondine.pdf", [ct])
    rib = HM.rib_paper(
        "BNP Paribas",
        ["M JUAN SEBASTIAN RODRIGUEZ PENA"],
        "JUAN SEBASTIAN RODRIGUEZ PENA",
        addr,
        rng,
        "p07rib",
    )
    out.vector("RIB.pdf", [rib])
    finish(out, proot, "p07", as_of, p, True, requirements(), None)

    # ---------------------------------------------------------------- p08 Ukraine, hosted, translation
    out, rng = new("p08")
    as_of = D(2026, 11, 24)
    addr = ["19 rue Nationale", "59000 Lille"]
    p = person(
        "p08a",
        "Kovalenko",
        "Olena",
        "F",
        D(1994, 5, 21),
        "Kharkiv",
        "UKR",
        address=addr,
        native={
            "surname": "КОВАЛЕНКО",
            "given": "Олена",
            "patronymic": "Миколаївна",
            "place": "м. Харків",
            "father": "Коваленко Микола Іванович",
            "mother": "Коваленко Ірина Петрівна",
            "office": "Шевченківський відділ ДРАЦС у м. Харкові",
            "surname_tr": "KOVALENKO",
            "given_tr": "Olena",
            "patronymic_tr": "Mykolaïvna",
            "place_tr": "Kharkiv (Ukraine)",
            "father_tr": "KOVALENKO Mykola Ivanovytch",
            "mother_tr": "KOVALENKO Iryna Petrivna",
        },
    )
    host = person(
        "p08h", "Dubois-Lambert", "Claire Anne", "F", D(1968, 10, 12), "Lille", "FRA", address=addr
    )
    f = form(
        p,
        rng,
        "p08",
        way="hand",
        run=0,
        situation="not_employed",
        signed_on=D(2026, 11, 19),
        place="Lille",
    )
    out.photos(["photo_formulaire_1.jpg", "photo_formulaire_2.jpg"], pages_of(f), [0, 0])
    passport = pp(p, rng, D(2022, 9, 30))
    out.scans(["passport.jpg"], [copy_sheet([(passport, 0)])])
    ts = ID.titre_sejour(
        p,
        "TS" + str(rng.randint(1000000, 9999999)),
        D(2026, 3, 1),
        D(2027, 2, 28),
        rng,
        kind="CARTE DE SÉJOUR TEMPORAIRE",
        mention="VIE PRIVÉE ET FAMILIALE",
        prefecture="PRÉFECTURE DU NORD",
    )
    out.scans(["titre_sejour_recto_verso.jpg"], [copy_sheet([(ts, 0), (ts, 1)])])
    info = bc_info(
        p,
        rng,
        issue=D(2025, 9, 12),
        reg_no="1142",
        father="Kovalenko Mykola",
        mother="Kovalenko Iryna",
    )
    bc = C.birth_certificate(p, "UKR", info, rng)
    apo = make_apostille(
        "UKR", info["issue"], rng, "p08", "Шевчук Н. В.", "начальник відділу ДРАЦС"
    )
    bc.fields["has_apostille"] = True
    tr = C.translation(
        p,
        bc,
        "ukrainien",
        "Natalia Bondar",
        "Cour d'appel de Douai",
        D(2026, 10, 28),
        "2026/0871",
        rng,
        "p08",
    )
    out.imgpdf("svidotstvo_apostil_traduction.pdf", pages_of(bc) + pages_of(apo) + pages_of(tr))
    att = HM.hosting_attestation(
        host, p, addr, D(2026, 3, 5), D(2026, 11, 17), rng, "p08att", handwritten=True
    )
    out.photos(["attestation.jpg"], pages_of(att), [270])
    cni = ID.french_cni_old(
        host,
        "160559112345"[:4] + "591" + str(rng.randint(10000, 99999)),
        D(2016, 5, 15),
        D(2031, 5, 14),
        rng,
    )
    out.scans(["CNI_Claire.jpg"], [copy_sheet([(cni, 0), (cni, 1)])])
    bl = bills_for(
        "SFR",
        "Claire DUBOIS-LAMBERT",
        "Mme",
        addr,
        [(2026, 8), (2026, 9), (2026, 10)],
        rng,
        "p08bill",
        35.99,
    )
    out.vector("factures_SFR_aout_sept_oct.pdf", bl)
    rib = HM.rib_paper(
        "Crédit Mutuel", ["MME OLENA KOVALENKO"], "OLENA KOVALENKO", addr, rng, "p08rib"
    )
    out.imgpdf("rib_credit_mutuel.pdf", pages_of(rib))
    finish(out, proot, "p08", as_of, p, False, requirements(employment="not_applicable"), None)

    # ---------------------------------------------------------------- p09 Philippines, CDD, bills
    out, rng = new("p09")
    as_of = D(2026, 11, 18)
    addr = ["7 rue de la Paix", "06000 Nice"]
    p = person(
        "p09a",
        "Dela Cruz",
        "Maria Cristina",
        "F",
        D(1990, 8, 14),
        "Quezon City",
        "PHL",
        address=addr,
        middle="Santos",
    )
    emp = employer(
        "Les Jardins d'Albâtre SAS",
        "société par actions simplifiée",
        ["120 boulevard de Cimiez", "06000 Nice"],
        "8710A",
        "Hospitalisation privée (IDCC 2264)",
        "Dr Paul Rinaldi",
        "Directeur",
    )
    f = form(
        p,
        rng,
        "p09",
        way="hand",
        run=1,
        situation="employed",
        job="Auxiliaire de vie",
        contract="CDD",
        signed_on=D(2026, 11, 13),
        place="Nice",
    )
    out.scans(["S1106_p1.png", "S1106_p2.png"], pages_of(f), dpi=150)
    passport = pp(p, rng, D(2022, 11, 8))
    v = ID.visa(
        p,
        "029931604",
        passport.fields["document_number"],
        D(2026, 4, 15),
        D(2027, 4, 14),
        rng,
        category="VLS-TS TRAVAILLEUR TEMPORAIRE",
        issued_in="MANILLE",
    )
    out.imgpdf("passport_and_visa.pdf", [copy_sheet([(passport, 0)]), copy_sheet([(v, 0)])])
    info = bc_info(
        p,
        rng,
        father="Ernesto Reyes Dela Cruz",
        mother="Teresita Bautista Santos",
        province="Metro Manila",
        hospital="Quezon City General Hospital",
        officer="Maria Lourdes Ramos",
        issue=D(2026, 1, 7),
        reg_no="90-41877",
        marriage="June 2, 1986 - Quezon City",
    )
    bc = C.birth_certificate(p, "PHL", info, rng)
    apo = make_apostille(
        "PHL", info["issue"], rng, "p09", "Maria Lourdes Ramos", "Civil Registrar General"
    )
    bc.fields["has_apostille"] = True
    out.imgpdf("PSA_birth_apostille.pdf", pages_of(bc) + pages_of(apo))
    bl = bills_for(
        "Bouygues Telecom",
        "Maria Cristina DELA CRUZ",
        "Mme",
        addr,
        [(2026, 8), (2026, 9), (2026, 10)],
        rng,
        "p09bill",
        31.99,
    )
    for b, n in zip(bl, ["bytel_aout.pdf", "bytel_septembre.pdf", "bytel_octobre.pdf"]):
        out.vector(n, [b])
    ps = HM.payslip(
        emp,
        p,
        "Maria Cristina DELA CRUZ",
        "Auxiliaire de vie",
        D(2026, 4, 20),
        2026,
        10,
        1890.0,
        rng,
        "p09ps",
        contract="CDD",
    )
    out.photos(["fiche_paie.jpg"], pages_of(ps), [0])
    rib = HM.rib_paper(
        "Caisse d'Épargne",
        ["MME MARIA CRISTINA DELA CRUZ"],
        "MARIA CRISTINA DELA CRUZ",
        addr,
        rng,
        "p09rib",
    )
    out.vector("rib_caisse_epargne.pdf", [rib])
    finish(out, proot, "p09", as_of, p, True, requirements(), None)

    # ---------------------------------------------------------------- p10 UK, withdrawal card, lease
    out, rng = new("p10")
    as_of = D(2026, 11, 30)
    addr = ["4 rue Lamartine", "63000 Clermont-Ferrand"]
    p = person(
        "p10a", "Hargreaves-Bell", "Thomas James", "M", D(1979, 8, 9), "Leeds", "GBR", address=addr
    )
    f = form(
        p,
        rng,
        "p10",
        way="fillable",
        run=0,
        situation="not_employed",
        signed_on=D(2026, 11, 26),
        place="Clermont-Ferrand",
        sign_way="image",
    )
    out.vector("S1106_rempli.pdf", [f])
    passport = pp(p, rng, D(2020, 3, 5))
    out.imgpdf("passport.pdf", [copy_sheet([(passport, 0)])])
    ts = ID.titre_sejour(
        p,
        "WA" + str(rng.randint(1000000, 9999999)),
        D(2021, 7, 1),
        D(2031, 6, 30),
        rng,
        withdrawal=True,
        prefecture="PRÉFECTURE DU PUY-DE-DÔME",
    )
    out.imgpdf("carte_sejour_accord_retrait.pdf", [copy_sheet([(ts, 0), (ts, 1)])])
    info = bc_info(
        p,
        rng,
        father="Richard Hargreaves-Bell",
        mother="Susan Hargreaves-Bell",
        province="Leeds",
        hospital="St James's Hospital",
        fplace="Bradford",
        focc="Engineer",
        mplace="York",
        mmaiden="Whitaker",
        addr="22 Otley Road, Leeds",
        issue=D(2026, 4, 28),
        reg_no="187",
    )
    bc = C.birth_certificate(p, "GBR", info, rng)
    apo = make_apostille(
        "GBR", info["issue"], rng, "p10", "Superintendent Registrar", "Superintendent Registrar"
    )
    bc.fields["has_apostille"] = True
    out.scans(["birth_certificate.jpg", "apostille.jpg"], pages_of(bc) + pages_of(apo))
    ls = HM.lease(
        ["Thomas HARGREAVES-BELL", "Sarah HARGREAVES-BELL"],
        "Gérard VIDAL",
        "15 place de Jaude, 63000 Clermont-Ferrand",
        addr,
        D(2021, 5, 15),
        830.0,
        rng,
        "p10lease",
        tenant_titles=["M.", "Mme"],
    )
    out.imgpdf("bail_2021.pdf", pages_of(ls))
    rib = HM.rib_paper(
        "Crédit Agricole",
        ["MR THOMAS HARGREAVES-BELL", "OU MRS SARAH HARGREAVES-BELL"],
        "THOMAS HARGREAVES-BELL OU SARAH HARGREAVES-BELL",
        addr,
        rng,
        "p10rib",
    )
    out.vector("RIB_joint.pdf", [rib])
    finish(out, proot, "p10", as_of, p, False, requirements(employment="not_applicable"), None)

    # ---------------------------------------------------------------- p11 Mexico, only two bills
    out, rng = new("p11")
    as_of = D(2026, 11, 22)
    addr = ["12 rue Pasteur", "21000 Dijon"]
    p = person(
        "p11a",
        "Hernández García",
        "José Luis",
        "M",
        D(1990, 2, 14),
        "Guadalajara",
        "MEX",
        address=addr,
    )
    f = form(
        p,
        rng,
        "p11",
        way="typed",
        run=1,
        situation="not_employed",
        signed_on=D(2026, 11, 17),
        place="Dijon",
    )
    out.imgpdf("formulaire.pdf", pages_of(f))
    passport = pp(p, rng, D(2022, 7, 19), years=6)
    out.photos(["pasaporte.jpg"], pages_of(passport), [180])
    ts = ID.titre_sejour(
        p,
        "TS" + str(rng.randint(1000000, 9999999)),
        D(2026, 1, 20),
        D(2027, 1, 19),
        rng,
        kind="CARTE DE SÉJOUR TEMPORAIRE",
        mention="VIE PRIVÉE ET FAMILIALE",
        prefecture="PRÉFECTURE DE LA CÔTE-D'OR",
    )
    out.imgpdf("titre_sejour.pdf", [copy_sheet([(ts, 0), (ts, 1)])])
    info = bc_info(
        p,
        rng,
        father="Luis Alberto Hernández Ruiz",
        mother="María Guadalupe García López",
        province="Jalisco",
        officer="Lic. Ramón Ibarra",
        issue=D(2025, 11, 4),
        reg_no="140390" + str(rng.randint(100000, 999999)),
        folio="03",
        curp="HEGJ900214HJCRRS0" + str(rng.randint(1, 9)),
    )
    bc = C.birth_certificate(p, "MEX", info, rng)
    apo = make_apostille(
        "MEX", info["issue"], rng, "p11", "Lic. Ramón Ibarra", "Oficial del Registro Civil"
    )
    bc.fields["has_apostille"] = True
    out.imgpdf("acta_nacimiento_apostilla.pdf", pages_of(bc) + pages_of(apo))
    bl = bills_for(
        "Mint Énergie",
        "José Luis HERNÁNDEZ GARCÍA",
        "M.",
        addr,
        [(2026, 9), (2026, 10)],
        rng,
        "p11bill",
        49.0,
    )
    for b, n in zip(bl, ["facture_septembre.pdf", "facture_octobre.pdf"]):
        out.vector(n, [b])
    rib = HM.rib_paper(
        "LCL", ["M JOSE LUIS HERNANDEZ GARCIA"], "JOSE LUIS HERNANDEZ GARCIA", addr, rng, "p11rib"
    )
    out.scans(["RIB_LCL.jpg"], pages_of(rib))
    finish(
        out,
        proot,
        "p11",
        as_of,
        p,
        False,
        requirements(employment="not_applicable", residence_proof="invalid"),
        "only two utility bills (September and October 2026) instead of three successive ones",
    )

    # ---------------------------------------------------------------- p12 Turkey, bills in husband's name
    out, rng = new("p12")
    as_of = D(2026, 11, 21)
    addr = ["5 place du Marché", "67000 Strasbourg"]
    p = person("p12a", "Yıldız", "Elif", "F", D(1992, 10, 5), "İzmir", "TUR", address=addr)
    f = form(
        p,
        rng,
        "p12",
        way="hand",
        run=2,
        situation="not_employed",
        signed_on=D(2026, 11, 12),
        place="Strasbourg",
    )
    out.scans(["form1.jpg", "form2.jpg"], pages_of(f))
    passport = pp(p, rng, D(2023, 3, 14))
    v = ID.visa(
        p,
        "030118457",
        passport.fields["document_number"],
        D(2026, 4, 1),
        D(2027, 3, 31),
        rng,
        category="VLS-TS VIE PRIVÉE ET FAMILIALE",
        issued_in="ANKARA",
    )
    out.scans(["pasaport_vize.jpg"], [copy_sheet([(passport, 0), (v, 0)])])
    info = bc_info(
        p,
        rng,
        father="Mustafa",
        mother="Zeynep",
        office="Konak İlçe Nüfus Müdürlüğü",
        officer="Hakan Öztürk",
        issue=D(2026, 1, 20),
        nuip=str(rng.randint(10**10, 10**11 - 1)),
    )
    bc = C.birth_certificate(p, "TUR", info, rng)
    apo = make_apostille("TUR", info["issue"], rng, "p12", "Hakan Öztürk", "Nüfus Müdürü")
    bc.fields["has_apostille"] = True
    out.imgpdf("dogum_belgesi_apostil.pdf", pages_of(bc) + pages_of(apo))
    bl = bills_for(
        "Free",
        "Mehmet YILDIZ",
        "M.",
        addr,
        [(2026, 8), (2026, 9), (2026, 10)],
        rng,
        "p12bill",
        29.99,
    )
    for b, n in zip(bl, ["free_aout.pdf", "free_septembre.pdf", "free_octobre.pdf"]):
        out.vector(n, [b])
    rib = HM.rib_paper("Crédit Mutuel", ["MME ELIF YILDIZ"], "ELIF YILDIZ", addr, rng, "p12rib")
    out.vector("rib.pdf", [rib])
    finish(
        out,
        proot,
        "p12",
        as_of,
        p,
        False,
        requirements(employment="not_applicable", residence_proof="invalid"),
        "the three bills are in the husband's name (Mehmet YILDIZ) and there is no attestation "
        "d'hébergement",
    )

    # ---------------------------------------------------------------- p13 Peru, expired titre de séjour
    out, rng = new("p13")
    as_of = D(2026, 11, 16)
    addr = ["2 impasse des Lilas", "34000 Montpellier"]
    p = person(
        "p13a", "Quispe Mamani", "Rosa Elena", "F", D(1983, 6, 28), "Cusco", "PER", address=addr
    )
    emp = employer(
        "Net'Azur Services SARL",
        "société à responsabilité limitée",
        ["410 avenue de la Pompignane", "34000 Montpellier"],
        "8121Z",
        "Entreprises de propreté (IDCC 3043)",
        "Karim Benali",
        "Gérant",
    )
    f = form(
        p,
        rng,
        "p13",
        way="hand",
        run=0,
        situation="employed",
        job="Agente d'entretien",
        contract="CDI",
        signed_on=D(2026, 11, 9),
        place="Montpellier",
    )
    out.scans(["formulaire_1.jpg", "formulaire_2.jpg"], pages_of(f))
    passport = pp(p, rng, D(2021, 5, 27))
    out.scans(["pasaporte.jpg"], [copy_sheet([(passport, 0)])])
    ts = ID.titre_sejour(
        p,
        "TS" + str(rng.randint(1000000, 9999999)),
        D(2025, 9, 30),
        D(2026, 9, 29),
        rng,
        kind="CARTE DE SÉJOUR TEMPORAIRE",
        mention="SALARIÉ",
        prefecture="PRÉFECTURE DE L'HÉRAULT",
    )
    out.photos(["titre_recto.jpg", "titre_verso.jpg"], pages_of(ts), [0, 180])
    info = bc_info(
        p,
        rng,
        father="Juan Quispe Huamán",
        mother="Dominga Mamani Condori",
        province="Cusco",
        office="Municipalidad Provincial del Cusco",
        officer="Edgar Ccori Luna",
        issue=D(2026, 2, 25),
        reg_no=str(rng.randint(10**7, 10**8 - 1)),
        nuip=str(rng.randint(10**7, 10**8 - 1)),
    )
    bc = C.birth_certificate(p, "PER", info, rng)
    apo = make_apostille("PER", info["issue"], rng, "p13", "Edgar Ccori Luna", "Registrador Civil")
    bc.fields["has_apostille"] = True
    out.imgpdf("partida_nacimiento.pdf", pages_of(bc) + pages_of(apo))
    ls = HM.lease(
        ["Rosa Elena QUISPE MAMANI"],
        "Jean-Pierre ROUX",
        "9 rue Foch, 34000 Montpellier",
        addr,
        D(2024, 2, 1),
        540.0,
        rng,
        "p13lease",
        tenant_titles=["Mme"],
    )
    out.imgpdf("bail.pdf", pages_of(ls))
    ps = HM.payslip(
        emp,
        p,
        "Rosa Elena QUISPE MAMANI",
        "Agente d'entretien",
        D(2024, 1, 8),
        2026,
        10,
        1820.0,
        rng,
        "p13ps",
    )
    out.vector("bulletin_salaire_oct2026.pdf", [ps])
    rib = HM.rib_paper(
        "La Banque Postale",
        ["MME ROSA ELENA QUISPE MAMANI"],
        "ROSA ELENA QUISPE MAMANI",
        addr,
        rng,
        "p13rib",
    )
    out.vector("rib_banque_postale.pdf", [rib])
    cl = HM.cover_letter(p, "Montpellier", D(2026, 11, 9), rng, "p13cl")
    out.scans(["courrier.jpg"], pages_of(cl))
    finish(
        out,
        proot,
        "p13",
        as_of,
        p,
        True,
        requirements(residence_status="invalid"),
        "titre de séjour expired on 2026-09-29, before the audit date",
    )

    # ---------------------------------------------------------------- p14 USA, no apostille
    out, rng = new("p14")
    as_of = D(2026, 11, 28)
    addr = ["15 rue Victor Hugo", "92130 Issy-les-Moulineaux"]
    p = person(
        "p14a", "Park", "Daniel Lee", "M", D(1986, 12, 11), "Los Angeles", "USA", address=addr
    )
    emp = employer(
        "Helix Optique SAS",
        "société par actions simplifiée",
        ["33 rue Camille Desmoulins", "92130 Issy-les-Moulineaux"],
        "2670Z",
        "Métallurgie (IDCC 3248)",
        "Stéphane Morel",
        "Président",
        "200 000",
    )
    f = form(
        p,
        rng,
        "p14",
        way="fillable",
        run=2,
        situation="employed",
        job="Ingénieur R&D",
        contract="CDI",
        signed_on=D(2026, 11, 23),
        place="Issy-les-Moulineaux",
        sign_way="image",
    )
    out.vector("cerfa_15763_02.pdf", [f])
    passport = pp(p, rng, D(2024, 1, 9))
    v = ID.visa(
        p,
        "024117963",
        passport.fields["document_number"],
        D(2026, 2, 1),
        D(2027, 1, 31),
        rng,
        category="VLS-TS PASSEPORT TALENT",
        issued_in="LOS ANGELES",
    )
    out.photos(["IMG_0912.jpg", "IMG_0913.jpg"], pages_of(passport) + pages_of(v), [0, 0])
    info = bc_info(
        p,
        rng,
        father="Steven Jae Park",
        mother="Grace Eun Kim",
        province="California",
        county="Los Angeles",
        hospital="Cedars-Sinai Medical Center",
        fstate="CA",
        mstate="NJ",
        registrar="Erica Pan",
        officer="Dean Logan",
        issue=D(2025, 12, 15),
        reg_no="3-1986-19-" + str(rng.randint(100000, 999999)),
    )
    bc = C.birth_certificate(p, "USA", info, rng)
    out.scans(["birth_certificate_CA.jpg"], pages_of(bc))
    bl = bills_for(
        "Free", "Daniel PARK", "M.", addr, [(2026, 8), (2026, 9), (2026, 10)], rng, "p14bill", 39.99
    )
    for b, n in zip(
        bl, ["Facture_Free_2026_08.pdf", "Facture_Free_2026_09.pdf", "Facture_Free_2026_10.pdf"]
    ):
        out.vector(n, [b])
    ps = HM.payslip(
        emp, p, "Daniel PARK", "Ingénieur R&D", D(2026, 2, 9), 2026, 10, 4800.0, rng, "p14ps"
    )
    out.vector("paie_2026_10.pdf", [ps])
    rib = HM.rib_paper(
        "BNP Paribas", ["MR DANIEL LEE PARK"], "DANIEL LEE PARK", addr, rng, "p14rib"
    )
    out.vector("RIB_BNP.pdf", [rib])
    finish(
        out,
        proot,
        "p14",
        as_of,
        p,
        True,
        requirements(birth_certificate="invalid"),
        "US (California) birth certificate without apostille; the USA is a Hague apostille country",
    )

    # ---------------------------------------------------------------- p15 Canada, unsigned form
    out, rng = new("p15")
    as_of = D(2026, 11, 20)
    addr = ["3 rue Paul Bert", "69003 Lyon"]
    p = person(
        "p15a", "Tremblay-Gagnon", "Marie-Ève", "F", D(1995, 1, 9), "Québec", "CAN", address=addr
    )
    f = form(
        p,
        rng,
        "p15",
        way="typed",
        run=2,
        situation="not_employed",
        signed_on=D(2026, 11, 16),
        place="Lyon",
        signed=False,
    )
    out.vector("formulaire_PUMa.pdf", [f])
    passport = pp(p, rng, D(2022, 6, 1))
    v = ID.visa(
        p,
        "027745310",
        passport.fields["document_number"],
        D(2026, 3, 1),
        D(2027, 2, 28),
        rng,
        category="VLS-TS VISITEUR",
        issued_in="MONTREAL",
    )
    out.imgpdf("passeport_visa.pdf", [copy_sheet([(passport, 0), (v, 0)])])
    info = bc_info(
        p,
        rng,
        father="Jean-François Tremblay",
        mother="Isabelle Gagnon",
        issue=D(2025, 12, 1),
        reg_no=str(rng.randint(10**8, 10**9 - 1)),
    )
    bc = C.birth_certificate(p, "CAN", info, rng)
    apo = make_apostille(
        "CAN",
        info["issue"],
        rng,
        "p15",
        "Directeur de l'état civil",
        "Directeur de l'état civil du Québec",
    )
    bc.fields["has_apostille"] = True
    out.vector("acte_naissance_quebec_apostille.pdf", [bc, apo])
    ls = HM.lease(
        ["Marie-Ève TREMBLAY-GAGNON"],
        "SCI Croix-Rousse Habitat",
        "1 place Bellevue, 69004 Lyon",
        addr,
        D(2026, 3, 15),
        610.0,
        rng,
        "p15lease",
        agency="Régie des Pentes",
        tenant_titles=["Mme"],
    )
    out.vector("bail_lyon.pdf", [ls])
    rib = HM.rib_paper(
        "CIC", ["MME MARIE-EVE TREMBLAY-GAGNON"], "MARIE-EVE TREMBLAY-GAGNON", addr, rng, "p15rib"
    )
    out.vector("rib_cic.pdf", [rib])
    finish(
        out,
        proot,
        "p15",
        as_of,
        p,
        False,
        requirements(employment="not_applicable", application_form="invalid"),
        "application form dated but not signed (signature box empty)",
    )

    # ---------------------------------------------------------------- p16 Tunisia, RIB of wife
    out, rng = new("p16")
    as_of = D(2026, 11, 25)
    addr = ["6 rue des Carmes", "45000 Orléans"]
    p = person(
        "p16a", "Ben Salah", "Mohamed Amine", "M", D(1989, 7, 15), "Sfax", "TUN", address=addr
    )
    host = person("p16h", "Trabelsi", "Sami", "M", D(1980, 12, 3), "Orléans", "FRA", address=addr)
    emp = employer(
        "Atelier Rhône Maintenance SAS",
        "société par actions simplifiée",
        ["Zone industrielle Nord", "45400 Fleury-les-Aubrais"],
        "3312Z",
        "Métallurgie (IDCC 3248)",
        "Bruno Chevalier",
        "Président",
    )
    f = form(
        p,
        rng,
        "p16",
        way="hand",
        run=1,
        situation="employed",
        job="Technicien de maintenance",
        contract="CDD",
        signed_on=D(2026, 11, 20),
        place="Orléans",
    )
    out.photos(["formulaire_p1.jpg", "formulaire_p2.jpg"], pages_of(f), [0, 0])
    passport = pp(p, rng, D(2019, 12, 10), years=10)
    out.imgpdf("jawaz_safar.pdf", [copy_sheet([(passport, 0)])])
    ts = ID.titre_sejour(
        p,
        "TS" + str(rng.randint(1000000, 9999999)),
        D(2026, 2, 14),
        D(2027, 2, 13),
        rng,
        kind="CARTE DE SÉJOUR TEMPORAIRE",
        mention="SALARIÉ",
        prefecture="PRÉFECTURE DU LOIRET",
    )
    out.imgpdf("titre_sejour.pdf", [copy_sheet([(ts, 0), (ts, 1)])])
    info = bc_info(
        p,
        rng,
        father="Habib",
        mother="Saïda Ben Amor",
        province="Sfax Médina",
        officer="Nizar Karray",
        issue=D(2026, 3, 18),
        reg_no="0874",
    )
    bc = C.birth_certificate(p, "TUN", info, rng)
    apo = make_apostille(
        "TUN", info["issue"], rng, "p16", "Nizar Karray", "Officier de l'état civil"
    )
    bc.fields["has_apostille"] = True
    out.imgpdf("extrait_naissance_apostille.pdf", pages_of(bc) + pages_of(apo))
    att = HM.hosting_attestation(
        host,
        p,
        addr,
        D(2026, 2, 20),
        D(2026, 11, 18),
        rng,
        "p16att",
        handwritten=True,
        relation="mon cousin",
    )
    out.scans(["attestation_sami.jpg"], pages_of(att))
    cni = ID.french_cni_new(host, "F7K2M9Q4T", D(2023, 6, 2), D(2033, 6, 1), rng)
    out.photos(["cni_recto.jpg", "cni_verso.jpg"], pages_of(cni), [0, 0])
    bl = bills_for(
        "Engie",
        "Sami TRABELSI",
        "M.",
        addr,
        [(2026, 8), (2026, 9), (2026, 10)],
        rng,
        "p16bill",
        74.0,
    )
    out.imgpdf("factures_engie.pdf", [s for b in bl for s in pages_of(b)])
    ps = HM.payslip(
        emp,
        p,
        "Mohamed Amine BEN SALAH",
        "Technicien de maintenance",
        D(2026, 2, 16),
        2026,
        10,
        2300.0,
        rng,
        "p16ps",
        contract="CDD",
    )
    out.vector("bulletin_octobre.pdf", [ps])
    rib = HM.rib_paper(
        "Société Générale",
        ["MME LEILA BEN SALAH"],
        "LEILA BEN SALAH",
        ["6 rue des Carmes", "45000 Orléans"],
        rng,
        "p16rib",
    )
    out.vector("RIB.pdf", [rib])
    finish(
        out,
        proot,
        "p16",
        as_of,
        p,
        True,
        requirements(bank_details="invalid"),
        "the RIB is in the name of another person (Leila BEN SALAH) only",
    )

    # ---------------------------------------------------------------- p17 Pakistan, employed without payslip
    out, rng = new("p17")
    as_of = D(2026, 11, 24)
    addr = ["27 boulevard Voltaire", "75011 Paris"]
    p = person(
        "p17a", "Qureshi", "Muhammad Usman", "M", D(1991, 3, 3), "Lahore", "PAK", address=addr
    )
    f = form(
        p,
        rng,
        "p17",
        way="typed",
        run=0,
        situation="employed",
        job="Ingénieur logiciel",
        contract="CDI",
        signed_on=D(2026, 11, 18),
        place="Paris",
    )
    out.scans(["S1106_1.jpg", "S1106_2.jpg"], pages_of(f))
    passport = pp(p, rng, D(2023, 8, 22), years=5)
    v = ID.visa(
        p,
        "034471298",
        passport.fields["document_number"],
        D(2026, 5, 10),
        D(2027, 5, 9),
        rng,
        category="VLS-TS PASSEPORT TALENT",
        issued_in="ISLAMABAD",
    )
    out.imgpdf("passport_visa_scan.pdf", [copy_sheet([(passport, 0)]), copy_sheet([(v, 0)])])
    info = bc_info(
        p,
        rng,
        father="Muhammad Aslam Qureshi",
        mother="Nasreen Akhtar",
        office="UC-112 Gulberg, Lahore",
        officer="Tariq Mehmood",
        issue=D(2026, 1, 29),
        reg_no=str(rng.randint(10**6, 10**7 - 1)),
        nuip="35202-" + str(rng.randint(10**6, 10**7 - 1)) + "-1",
    )
    bc = C.birth_certificate(p, "PAK", info, rng)
    apo = make_apostille(
        "PAK", info["issue"], rng, "p17", "Tariq Mehmood", "Secretary Union Council"
    )
    bc.fields["has_apostille"] = True
    out.imgpdf("birth_registration_apostille.pdf", pages_of(bc) + pages_of(apo))
    ls = HM.lease(
        ["Muhammad Usman QURESHI"],
        "SCI Voltaire Onze",
        "48 rue de la Roquette, 75011 Paris",
        addr,
        D(2026, 5, 20),
        1150.0,
        rng,
        "p17lease",
        agency="Oberkampf Immobilier",
        tenant_titles=["M."],
        furnished=True,
    )
    out.vector("bail_meuble.pdf", [ls])
    rib = HM.rib_paper(
        "CIC", ["M MUHAMMAD USMAN QURESHI"], "MUHAMMAD USMAN QURESHI", addr, rng, "p17rib"
    )
    out.vector("rib.pdf", [rib])
    finish(
        out,
        proot,
        "p17",
        as_of,
        p,
        True,
        requirements(employment="missing"),
        "the form says employed (CDI) but no payslip or employment contract is in the packet",
    )

    # ---------------------------------------------------------------- p18 Russia, bills not consecutive
    out, rng = new("p18")
    as_of = D(2026, 11, 19)
    addr = ["88 rue de Rivoli", "75004 Paris"]
    p = person(
        "p18a",
        "Volkova",
        "Anastasiia",
        "F",
        D(1993, 2, 17),
        "Novosibirsk",
        "RUS",
        address=addr,
        native={
            "surname": "ВОЛКОВА",
            "given": "Анастасия",
            "patronymic": "Сергеевна",
            "place": "г. Новосибирск",
            "father": "Волков Сергей Петрович",
            "mother": "Волкова Елена Игоревна",
            "office": "Отдел ЗАГС Центрального района г. Новосибирска",
            "surname_tr": "VOLKOVA",
            "given_tr": "Anastasia",
            "patronymic_tr": "Sergueïevna",
            "place_tr": "Novossibirsk (Russie)",
            "father_tr": "VOLKOV Sergueï Petrovitch",
            "mother_tr": "VOLKOVA Elena Igorevna",
        },
    )
    f = form(
        p,
        rng,
        "p18",
        way="hand",
        run=2,
        situation="not_employed",
        signed_on=D(2026, 11, 14),
        place="Paris",
    )
    out.imgpdf("formulaire_scan.pdf", pages_of(f))
    passport = pp(p, rng, D(2021, 4, 1))
    out.photos(["passport.jpg"], pages_of(passport), [270])
    ts = ID.titre_sejour(
        p,
        "TS" + str(rng.randint(1000000, 9999999)),
        D(2026, 4, 20),
        D(2027, 4, 19),
        rng,
        kind="CARTE DE SÉJOUR TEMPORAIRE",
        mention="VIE PRIVÉE ET FAMILIALE",
        prefecture="PRÉFECTURE DE POLICE",
    )
    out.scans(
        ["titre_recto.jpg", "titre_verso.jpg"], [copy_sheet([(ts, 0)]), copy_sheet([(ts, 1)])]
    )
    info = bc_info(p, rng, issue=D(2025, 12, 22), reg_no="2381", father="Volkov", mother="Volkova")
    bc = C.birth_certificate(p, "RUS", info, rng)
    apo = make_apostille(
        "RUS", info["issue"], rng, "p18", "Морозова О. А.", "руководитель органа ЗАГС"
    )
    bc.fields["has_apostille"] = True
    tr = C.translation(
        p,
        bc,
        "russe",
        "Irina Lebrun",
        "Cour d'appel de Paris",
        D(2026, 10, 30),
        "R-2026-1184",
        rng,
        "p18",
    )
    out.imgpdf("svidetelstvo_apostille.pdf", pages_of(bc) + pages_of(apo))
    out.vector("traduction_acte_naissance.pdf", [tr])
    bl = bills_for(
        "Engie",
        "Anastasiia VOLKOVA",
        "Mme",
        addr,
        [(2026, 7), (2026, 9), (2026, 10)],
        rng,
        "p18bill",
        61.0,
    )
    for b, n in zip(bl, ["engie_juillet.pdf", "engie_septembre.pdf", "engie_octobre.pdf"]):
        out.vector(n, [b])
    rib = HM.rib_paper(
        "BNP Paribas", ["MLLE ANASTASIIA VOLKOVA"], "ANASTASIIA VOLKOVA", addr, rng, "p18rib"
    )
    out.vector("rib_bnp.pdf", [rib])
    finish(
        out,
        proot,
        "p18",
        as_of,
        p,
        False,
        requirements(employment="not_applicable", residence_proof="invalid"),
        "bills for July, September and October 2026: August is missing, months not consecutive",
    )

    # ---------------------------------------------------------------- p19 Venezuela, no host ID
    out, rng = new("p19")
    as_of = D(2026, 11, 27)
    addr = ["17 rue du Faubourg", "25000 Besançon"]
    p = person(
        "p19a", "González Ríos", "Valentina", "F", D(1998, 5, 25), "Caracas", "VEN", address=addr
    )
    host = person(
        "p19h", "Lefèvre", "Camille", "F", D(1996, 1, 14), "Besançon", "FRA", address=addr
    )
    f = form(
        p,
        rng,
        "p19",
        way="typed",
        run=0,
        situation="not_employed",
        signed_on=D(2026, 11, 21),
        place="Besançon",
    )
    out.scans(["formulario_1.jpg", "formulario_2.jpg"], pages_of(f))
    passport = pp(p, rng, D(2021, 9, 13))
    v = ID.visa(
        p,
        "032265741",
        passport.fields["document_number"],
        D(2026, 5, 15),
        D(2027, 5, 14),
        rng,
        category="VLS-TS VISITEUR",
        issued_in="CARACAS",
    )
    out.photos(["pasaporte.jpg", "visa.jpg"], pages_of(passport) + pages_of(v), [0, 90])
    info = bc_info(
        p,
        rng,
        father="Rafael Antonio González",
        mother="Mariela Ríos de González",
        province="Distrito Capital",
        office="Catedral",
        officer="Yusmary Pérez",
        issue=D(2026, 1, 12),
        reg_no=str(rng.randint(100, 9999)),
    )
    bc = C.birth_certificate(p, "VEN", info, rng)
    apo = make_apostille("VEN", info["issue"], rng, "p19", "Yusmary Pérez", "Registradora Civil")
    bc.fields["has_apostille"] = True
    out.vector("acta_nacimiento_apostillada.pdf", [bc, apo])
    att = HM.hosting_attestation(
        host,
        p,
        addr,
        D(2026, 5, 20),
        D(2026, 11, 20),
        rng,
        "p19att",
        handwritten=True,
        relation="mon amie",
    )
    out.scans(["attestation_hebergement.jpg"], pages_of(att))
    ls = HM.lease(
        ["Camille LEFÈVRE"],
        "Roland MICHAUD",
        "2 rue Battant, 25000 Besançon",
        addr,
        D(2023, 10, 1),
        560.0,
        rng,
        "p19lease",
        tenant_titles=["Mme"],
    )
    out.imgpdf("bail_camille.pdf", pages_of(ls))
    rib = HM.rib_paper(
        "La Banque Postale",
        ["MLLE VALENTINA GONZALEZ RIOS"],
        "VALENTINA GONZALEZ RIOS",
        addr,
        rng,
        "p19rib",
    )
    out.vector("rib.pdf", [rib])
    finish(
        out,
        proot,
        "p19",
        as_of,
        p,
        False,
        requirements(employment="not_applicable", residence_proof="invalid"),
        "attestation d'hébergement and host's lease, but no copy of the host's identity document",
    )

    # ---------------------------------------------------------------- p20 Portugal (EU), lease too recent
    out, rng = new("p20")
    as_of = D(2026, 11, 23)
    addr = ["8 rue du Maréchal Joffre", "44000 Nantes"]
    p = person(
        "p20a", "Alves dos Santos", "João Pedro", "M", D(1984, 4, 4), "Porto", "PRT", address=addr
    )
    f = form(
        p,
        rng,
        "p20",
        way="hand",
        run=1,
        situation="not_employed",
        signed_on=D(2026, 11, 17),
        place="Nantes",
    )
    out.photos(["formulario_pag1.jpg", "formulario_pag2.jpg"], pages_of(f), [90, 90])
    passport = pp(p, rng, D(2022, 10, 4), years=5)
    out.scans(["passaporte.png"], [copy_sheet([(passport, 0)])], dpi=200)
    info = bc_info(
        p,
        rng,
        father="Manuel Alves dos Santos",
        mother="Maria de Fátima Alves",
        officer="Conservadora Ana Paula Rocha",
        issue=D(2026, 6, 3),
    )
    bc = C.birth_certificate(p, "PRT", info, rng)
    out.vector("certidao_nascimento.pdf", [bc])
    ls = HM.lease(
        ["João Pedro ALVES DOS SANTOS"],
        "Nathalie GUÉRIN",
        "30 rue Crébillon, 44000 Nantes",
        addr,
        D(2026, 10, 1),
        650.0,
        rng,
        "p20lease",
        tenant_titles=["M."],
    )
    out.imgpdf("bail_nantes.pdf", pages_of(ls))
    rib = HM.rib_app("N26", "João Pedro Alves dos Santos", rng, "p20rib")
    out.screen("n26_details.png", rib)
    finish(
        out,
        proot,
        "p20",
        as_of,
        p,
        False,
        requirements(
            employment="not_applicable",
            residence_status="not_applicable",
            residence_proof="invalid",
        ),
        "the lease started on 2026-10-01, less than three months before the audit date",
    )

    # ---------------------------------------------------------------- p21 Spain (EU), hosted, employed
    out, rng = new("p21")
    as_of = D(2026, 11, 29)
    addr = ["21 rue Notre-Dame", "33000 Bordeaux"]
    p = person(
        "p21a",
        "Fernández de la Torre",
        "Lucía",
        "F",
        D(1997, 11, 30),
        "Sevilla",
        "ESP",
        address=addr,
    )
    host = person("p21h", "Girard", "Antoine", "M", D(1994, 6, 18), "Bordeaux", "FRA", address=addr)
    emp = employer(
        "Atelier Nuances SARL",
        "société à responsabilité limitée",
        ["7 rue du Loup", "33000 Bordeaux"],
        "7410Z",
        "Architecture (IDCC 2332)",
        "Élodie Brun",
        "Gérante",
    )
    f = form(
        p,
        rng,
        "p21",
        way="hand",
        run=0,
        situation="employed",
        job="Architecte d'intérieur",
        contract="CDI",
        signed_on=D(2026, 11, 24),
        place="Bordeaux",
    )
    out.imgpdf("solicitud_formulario.pdf", pages_of(f))
    dni = ID.eu_id(
        p,
        "BFT" + str(rng.randint(100000, 999999)),
        D(2021, 11, 2),
        D(2031, 11, 2),
        rng,
        opt1=str(rng.randint(10**7, 10**8 - 1)) + "K",
    )
    out.imgpdf("dni.pdf", [copy_sheet([(dni, 0), (dni, 1)])])
    info = bc_info(
        p,
        rng,
        father="Álvaro Fernández Ruiz",
        mother="Carmen de la Torre Vega",
        officer="Encargada del Registro Civil",
        issue=D(2026, 5, 11),
    )
    bc = C.birth_certificate(p, "ESP", info, rng)
    out.scans(["certificado_nacimiento.jpg"], pages_of(bc))
    att = HM.hosting_attestation(
        host,
        p,
        addr,
        D(2025, 12, 1),
        D(2026, 11, 22),
        rng,
        "p21att",
        handwritten=False,
        relation="ma compagne",
    )
    out.vector("attestation_hebergement.pdf", [att])
    hp = pp(host, rng, D(2020, 9, 9))
    out.photos(["passeport_antoine.jpg"], pages_of(hp), [0])
    bl = bills_for(
        "Octopus Energy",
        "Antoine GIRARD",
        "M.",
        addr,
        [(2026, 8), (2026, 9), (2026, 10)],
        rng,
        "p21bill",
        52.0,
    )
    for b, n in zip(bl, ["octopus_aout.pdf", "octopus_sept.pdf", "octopus_oct.pdf"]):
        out.vector(n, [b])
    ps = HM.payslip(
        emp,
        p,
        "Lucía FERNÁNDEZ DE LA TORRE",
        "Architecte d'intérieur",
        D(2025, 11, 3),
        2026,
        10,
        2600.0,
        rng,
        "p21ps",
    )
    out.vector("nomina_octubre.pdf", [ps])
    rib = HM.rib_paper(
        "Société Générale",
        ["MME LUCIA FERNANDEZ DE LA TORRE"],
        "LUCIA FERNANDEZ DE LA TORRE",
        addr,
        rng,
        "p21rib",
    )
    out.scans(["rib_sg.jpg"], pages_of(rib))
    finish(out, proot, "p21", as_of, p, True, requirements(residence_status="not_applicable"), None)

    # ---------------------------------------------------------------- p22 India, short-stay visa C
    out, rng = new("p22")
    as_of = D(2026, 11, 18)
    addr = ["3 allée des Peupliers", "31400 Toulouse"]
    p = person("p22a", "Nair", "Priya Lakshmi", "F", D(1997, 10, 30), "Kochi", "IND", address=addr)
    f = form(
        p,
        rng,
        "p22",
        way="typed",
        run=2,
        situation="not_employed",
        signed_on=D(2026, 11, 12),
        place="Toulouse",
    )
    out.imgpdf("form_S1106.pdf", pages_of(f))
    passport = pp(p, rng, D(2023, 2, 16))
    v = ID.visa(
        p,
        "020846613",
        passport.fields["document_number"],
        D(2026, 7, 1),
        D(2026, 12, 20),
        rng,
        vtype="C",
        category="TOURISME",
        issued_in="BANGALORE",
        duration="90",
    )
    out.imgpdf("passport_visa.pdf", [copy_sheet([(passport, 0), (v, 0)])])
    info = bc_info(
        p,
        rng,
        father="Lakshmanan Nair",
        mother="Sreedevi Nair",
        province="Kerala",
        office="Kochi Municipal Corporation",
        hospital="Lakeshore Hospital",
        officer="K. Radhakrishnan",
        addr="Panampilly Nagar, Kochi 682036",
        issue=D(2026, 3, 3),
        reg_no="KL/1997/" + str(rng.randint(10000, 99999)),
    )
    bc = C.birth_certificate(p, "IND", info, rng, variant=1)
    apo = make_apostille(
        "IND", info["issue"], rng, "p22", "K. Radhakrishnan", "Registrar of Births"
    )
    bc.fields["has_apostille"] = True
    out.scans(["birth_cert.jpg", "apostille_MEA.jpg"], pages_of(bc) + pages_of(apo))
    ls = HM.lease(
        ["Arjun MENON", "Priya Lakshmi NAIR"],
        "Colette FABRE",
        "18 rue d'Alsace-Lorraine, 31000 Toulouse",
        addr,
        D(2026, 6, 1),
        760.0,
        rng,
        "p22lease",
        tenant_titles=["M.", "Mme"],
    )
    out.vector("lease_toulouse.pdf", [ls])
    rib = HM.rib_paper("LCL", ["MME PRIYA LAKSHMI NAIR"], "PRIYA LAKSHMI NAIR", addr, rng, "p22rib")
    out.vector("rib_lcl.pdf", [rib])
    finish(
        out,
        proot,
        "p22",
        as_of,
        p,
        False,
        requirements(employment="not_applicable", residence_status="invalid"),
        "only a short-stay Schengen visa (type C, tourism); no VLS-TS or titre de séjour",
    )
    return names


# ====================================================================== single documents
SINGLE_AS_OF = D(2026, 11, 20)


def singles(root: Path) -> list[str]:
    droot = root / "documents"
    names: list[str] = []

    def new():
        dn = f"d{len(names) + 1:03d}"
        names.append(dn)
        return dn, Out(droot, dn, SET + dn), K.rng_for(SET, dn)

    def done(dn, out, p, defect=None):
        t = out.truth(
            as_of=SINGLE_AS_OF.isoformat(),
            employed=None,
            status=None,
            requirements=None,
            defect=defect,
            applicant={"surname": p.SUR, "given_names": p.GIV, "date_of_birth": p.dob.isoformat()},
        )
        write_json(droot / f"{dn}.truth.json", t)

    fr_addr = [
        ["14 rue des Tanneurs", "69007 Lyon"],
        ["5 rue de la République", "13002 Marseille"],
        ["42 avenue de Saint-Ouen", "75018 Paris"],
        ["10 rue Saint-Rome", "31000 Toulouse"],
        ["7 rue du Château", "44000 Nantes"],
        ["28 rue de Béthune", "59000 Lille"],
        ["3 rue des Frères Lumière", "67100 Strasbourg"],
        ["61 cours Lafayette", "69003 Lyon"],
    ]

    dza = person(
        "s_dza", "Aït-Ahmed", "Yacine", "M", D(1992, 6, 14), "Tizi Ouzou", "DZA", address=fr_addr[0]
    )
    sen = person(
        "s_sen", "Ndiaye", "Aminata", "F", D(1995, 2, 8), "Dakar", "SEN", address=fr_addr[1]
    )
    nga = person(
        "s_nga",
        "Okafor-Eze",
        "Chukwuemeka Daniel",
        "M",
        D(1988, 9, 23),
        "Enugu",
        "NGA",
        address=fr_addr[2],
    )
    vnm = person(
        "s_vnm",
        "Nguyễn",
        "Thị Minh Anh",
        "F",
        D(1994, 12, 1),
        "Hà Nội",
        "VNM",
        address=fr_addr[3],
        native={
            "surname_tr": "NGUYỄN",
            "given_tr": "Thị Minh Anh",
            "place_tr": "Hôpital Bach Mai, Hanoï (Viêt Nam)",
            "father_tr": "NGUYỄN Văn Hùng",
            "mother_tr": "TRẦN Thị Lan",
        },
    )
    lbn = person(
        "s_lbn",
        "El-Khoury",
        "Nour",
        "F",
        D(1990, 4, 19),
        "Beyrouth",
        "LBN",
        address=fr_addr[4],
        native={
            "surname_tr": "EL-KHOURY",
            "given_tr": "Nour",
            "place_tr": "Beyrouth (Liban)",
            "father_tr": "Georges EL-KHOURY",
            "mother_tr": "Rita HADDAD",
        },
    )
    egy = person(
        "s_egy",
        "Mostafa",
        "Omar Abdelrahman",
        "M",
        D(1987, 1, 30),
        "Alexandria",
        "EGY",
        address=fr_addr[5],
    )
    hti = person(
        "s_hti",
        "Joseph",
        "Widline",
        "F",
        D(1996, 8, 2),
        "Port-au-Prince",
        "HTI",
        address=fr_addr[6],
    )
    civ = person(
        "s_civ",
        "N'Guessan",
        "Kouadio Serge",
        "M",
        D(1989, 11, 11),
        "Abidjan",
        "CIV",
        address=fr_addr[7],
    )
    cmr = person(
        "s_cmr",
        "Mbarga Ngono",
        "Aïcha Flore",
        "F",
        D(1991, 3, 5),
        "Yaoundé",
        "CMR",
        address=fr_addr[0],
    )
    irn = person(
        "s_irn", "Ahmadi", "Reza", "M", D(1985, 10, 9), "Tehran", "IRN", address=fr_addr[1]
    )
    mex = person(
        "s_mex",
        "Ortega Villalobos",
        "Ximena Sofía",
        "F",
        D(2000, 3, 21),
        "Monterrey",
        "MEX",
        address=fr_addr[2],
    )

    # ---------------------------------------------------------------- passports
    dn, out, rng = new()
    d = pp(dza, rng, D(2019, 3, 4))
    out.scans(["passeport_yacine.jpg"], [copy_sheet([(d, 0)])])
    done(dn, out, dza)

    dn, out, rng = new()
    d = pp(sen, rng, D(2022, 10, 18), years=5)
    out.photos(["IMG_20261102_093012.jpg"], pages_of(d), [0])
    done(dn, out, sen)

    dn, out, rng = new()
    d = pp(nga, rng, D(2020, 7, 15), years=5)
    out.imgpdf("international_passport.pdf", [copy_sheet([(d, 0)])])
    done(dn, out, nga, f"passport expired on {d.fields['expiry_date']}")

    dn, out, rng = new()
    d = pp(vnm, rng, D(2019, 1, 22))
    out.photos(["ho_chieu.jpg"], pages_of(d), [90])
    done(dn, out, vnm)

    dn, out, rng = new()
    d = pp(lbn, rng, D(2022, 5, 5), bad_check=True)
    out.scans(["passeport_nour.png"], [copy_sheet([(d, 0)])], dpi=200)
    done(dn, out, lbn, "MRZ check digit of the date of birth is wrong")

    dn, out, rng = new()
    d = pp(egy, rng, D(2020, 11, 30), years=7)
    out.imgpdf("passport_omar.pdf", [copy_sheet([(d, 0)])], grey=True)
    done(dn, out, egy)

    # ---------------------------------------------------------------- national ids
    rou = person(
        "s_rou",
        "Popescu",
        "Ioana-Maria",
        "F",
        D(1993, 7, 7),
        "Cluj-Napoca",
        "ROU",
        address=fr_addr[3],
    )
    dn, out, rng = new()
    d = ID.eu_id(rou, "RX" + str(rng.randint(1000000, 9999999)), D(2020, 7, 7), D(2030, 7, 7), rng)
    out.scans(
        ["buletin_fata.jpg", "buletin_verso.jpg"], [copy_sheet([(d, 0)]), copy_sheet([(d, 1)])]
    )
    done(dn, out, rou)

    bel = person(
        "s_bel",
        "Van den Broeck",
        "Pieter Jan",
        "M",
        D(1982, 1, 25),
        "Gent",
        "BEL",
        address=fr_addr[4],
    )
    dn, out, rng = new()
    d = ID.eu_id(bel, "59" + str(rng.randint(1000000, 9999999)), D(2023, 2, 1), D(2033, 2, 1), rng)
    out.photos(["eid_front.jpg", "eid_back.jpg"], pages_of(d), [0, 0])
    done(dn, out, bel)

    fra = person(
        "s_fra",
        "Marchand",
        "Hélène Sophie",
        "F",
        D(1974, 3, 12),
        "Tours",
        "FRA",
        address=fr_addr[5],
    )
    dn, out, rng = new()
    d = ID.french_cni_old(
        fra, "1509371" + str(rng.randint(10000, 99999)), D(2015, 9, 8), D(2030, 9, 7), rng
    )
    out.imgpdf("CNI_scan.pdf", [copy_sheet([(d, 0), (d, 1)])])
    done(dn, out, fra)

    deu = person(
        "s_deu", "Weiß", "Jürgen", "M", D(1979, 5, 30), "München", "DEU", address=fr_addr[6]
    )
    dn, out, rng = new()
    d = ID.eu_id(
        deu,
        "L" + ID.num_pattern(rng, "XXXXXXXX").replace("O", "0"),
        D(2021, 4, 12),
        D(2031, 4, 11),
        rng,
    )
    out.scans(["personalausweis.jpg"], [copy_sheet([(d, 0), (d, 1)])])
    done(dn, out, deu)

    # ---------------------------------------------------------------- visas
    dn, out, rng = new()
    d = ID.visa(
        sen,
        "035512807",
        "A" + str(rng.randint(10**7, 10**8 - 1)),
        D(2026, 9, 1),
        D(2027, 8, 31),
        rng,
        category="VLS-TS ÉTUDIANT",
        issued_in="DAKAR",
    )
    out.photos(["visa_etudiant.jpg"], pages_of(d), [0])
    done(dn, out, sen)

    dn, out, rng = new()
    d = ID.visa(
        irn,
        "021193374",
        "Y" + str(rng.randint(10**7, 10**8 - 1)),
        D(2026, 6, 10),
        D(2026, 9, 8),
        rng,
        vtype="C",
        category="VISITE FAMILIALE",
        issued_in="TEHERAN",
        duration="30",
    )
    out.scans(["schengen_visa.jpg"], [copy_sheet([(d, 0)])])
    done(dn, out, irn, "short-stay type C visa (not a residence title)")

    dn, out, rng = new()
    d = ID.visa(
        hti,
        "028830165",
        "RD" + str(rng.randint(10**6, 10**7 - 1)),
        D(2026, 2, 15),
        D(2027, 2, 14),
        rng,
        category="VLS-TS VISITEUR",
        issued_in="PORT-AU-PRINCE",
    )
    out.imgpdf("visa_long_sejour.pdf", [copy_sheet([(d, 0)])])
    done(dn, out, hti)

    # ---------------------------------------------------------------- residence permits
    dn, out, rng = new()
    d = ID.titre_sejour(
        dza,
        "AL" + str(rng.randint(1000000, 9999999)),
        D(2025, 10, 2),
        D(2035, 10, 1),
        rng,
        algerian=True,
        mention="RÉSIDENT",
        prefecture="PRÉFECTURE DU RHÔNE",
    )
    out.photos(
        ["certificat_residence_recto.jpg", "certificat_residence_verso.jpg"], pages_of(d), [0, 90]
    )
    done(dn, out, dza)

    dn, out, rng = new()
    d = ID.titre_sejour(
        civ,
        "TS" + str(rng.randint(1000000, 9999999)),
        D(2025, 5, 20),
        D(2029, 5, 19),
        rng,
        mention="SALARIÉ",
        prefecture="PRÉFECTURE DU RHÔNE",
    )
    out.scans(["titre_sejour_scan.jpg"], [copy_sheet([(d, 0), (d, 1)])])
    done(dn, out, civ)

    dn, out, rng = new()
    d = ID.titre_sejour(
        cmr,
        "TS" + str(rng.randint(1000000, 9999999)),
        D(2024, 8, 1),
        D(2025, 7, 31),
        rng,
        kind="CARTE DE SÉJOUR TEMPORAIRE",
        mention="ÉTUDIANT",
        prefecture="PRÉFECTURE DU NORD",
    )
    out.imgpdf("titre_etudiant.pdf", [copy_sheet([(d, 0), (d, 1)])])
    done(dn, out, cmr, "residence permit expired on 2025-07-31")

    dn, out, rng = new()
    d = ID.titre_sejour(
        vnm,
        "CR" + str(rng.randint(1000000, 9999999)),
        D(2023, 12, 4),
        D(2033, 12, 3),
        rng,
        kind="CARTE DE RÉSIDENT",
        mention="RÉSIDENT LONGUE DURÉE - UE",
        prefecture="PRÉFECTURE DE LA HAUTE-GARONNE",
    )
    out.scans(
        ["carte_resident_1.png", "carte_resident_2.png"],
        [copy_sheet([(d, 0)]), copy_sheet([(d, 1)])],
        dpi=150,
    )
    done(dn, out, vnm)

    # ---------------------------------------------------------------- birth certificates
    def bc_single(p, country, look, fname, rng, **over):
        info = bc_info(p, rng, **over)
        d = C.birth_certificate(p, country, info, rng)
        return d

    dn, out, rng = new()
    d = bc_single(
        dza,
        "DZA",
        "image_pdf",
        "",
        rng,
        father="Mohand Aït-Ahmed",
        mother="Ouardia Hamdi",
        province="Tizi Ouzou",
        province_ar="تيزي وزو",
        officer="Rabah Belkacem",
        issue=D(2025, 12, 8),
        reg_no="00412",
    )
    out.imgpdf("extrait_naissance_12S.pdf", pages_of(d))
    done(dn, out, dza)

    dn, out, rng = new()
    d = bc_single(
        sen,
        "SEN",
        "",
        "",
        rng,
        father="Mamadou Ndiaye",
        mother="Fatou Sow",
        province="Dakar",
        officer="Abdoulaye Diop",
        issue=D(2026, 4, 14),
        reg_no="2187",
    )
    out.photos(["extrait_naissance.jpg"], pages_of(d), [0])
    done(dn, out, sen)

    dn, out, rng = new()
    d = bc_single(
        civ,
        "CIV",
        "",
        "",
        rng,
        father="Yao Kouassi N'Guessan",
        mother="Affoué Marie Koffi",
        province="Abidjan",
        officer="Brou Kouamé",
        issue=D(2026, 2, 2),
        reg_no="3421",
        reg_date=civ.dob + dt.timedelta(days=4),
    )
    out.scans(["extrait_acte_naissance.jpg"], pages_of(d))
    done(dn, out, civ)

    dn, out, rng = new()
    d = bc_single(
        cmr,
        "CMR",
        "",
        "",
        rng,
        father="Jean-Marie Mbarga",
        mother="Pauline Ngono Essomba",
        officer="Emmanuel Atangana",
        issue=D(2025, 8, 30),
        reg_no="1991/YDE/0455",
    )
    out.vector("acte_naissance_numerise.pdf", [d])
    done(dn, out, cmr)

    dn, out, rng = new()
    d = bc_single(
        hti,
        "HTI",
        "",
        "",
        rng,
        father="Jean-Robert Joseph",
        mother="Marie-Carmelle Pierre",
        officer="Frantz Célestin",
        issue=D(2026, 5, 6),
        reg_no="1187",
        book="A-42",
        folio="131",
    )
    out.imgpdf("extrait_archives.pdf", pages_of(d))
    done(dn, out, hti)

    dn, out, rng = new()
    d = bc_single(
        vnm,
        "VNM",
        "",
        "",
        rng,
        father="Nguyễn Văn Hùng",
        mother="Trần Thị Lan",
        province="Hà Nội",
        hospital="Bệnh viện Bạch Mai",
        office="UBND phường Phương Mai",
        officer="Lê Quang Minh",
        issue=D(2025, 11, 11),
        reg_no="112/1994",
        dob_words_vi="Ngày một, tháng mười hai, năm một nghìn chín trăm chín mươi tư",
        nuip="001194" + str(rng.randint(100000, 999999)),
    )
    out.photos(["giay_khai_sinh.jpg"], pages_of(d), [0])
    done(dn, out, vnm)

    dn, out, rng = new()
    d = bc_single(
        nga,
        "NGA",
        "",
        "",
        rng,
        father="Emmanuel Okafor-Eze",
        mother="Ngozi Chioma Eze",
        province="Enugu",
        office="NPC Registration Centre, Enugu North",
        officer="Adaeze Nwosu",
        issue=D(2026, 3, 27),
        reg_no="EN/" + str(rng.randint(10**6, 10**7)),
    )
    out.scans(["birth_certificate_npc.jpg"], pages_of(d))
    done(dn, out, nga)

    dn, out, rng = new()
    d = bc_single(
        lbn,
        "LBN",
        "",
        "",
        rng,
        father="Georges",
        mother="Rita Haddad",
        officer="Samir Abi Nader",
        issue=D(2026, 6, 19),
        reg_no="214/Achrafieh",
    )
    out.imgpdf("ikhraj_qaid.pdf", pages_of(d))
    done(dn, out, lbn)

    dn, out, rng = new()
    d = bc_single(
        mex,
        "MEX",
        "",
        "",
        rng,
        father="Rodrigo Ortega Salinas",
        mother="Paola Villalobos Garza",
        province="Nuevo León",
        officer="Lic. Sergio Treviño",
        issue=D(2026, 7, 9),
        reg_no="190390" + str(rng.randint(100000, 999999)),
        curp="OEVX000321MNLRLMA" + str(rng.randint(1, 9)),
    )
    out.vector("acta_nacimiento_gobmx.pdf", [d])
    done(dn, out, mex)

    # ---------------------------------------------------------------- apostilles
    ny = person(
        "s_ny", "Goldberg", "Rachel Ann", "F", D(1992, 11, 3), "Brooklyn", "USA", address=fr_addr[7]
    )
    dn, out, rng = new()
    d = make_apostille("USA-NY", D(2026, 7, 1), rng, "s_ny", "Maria T. Alvarez", "City Clerk")
    out.vector("NY_apostille.pdf", [d])
    done(dn, out, ny)

    col = person(
        "s_col",
        "Cárdenas Mejía",
        "Laura Valentina",
        "F",
        D(1999, 6, 6),
        "Cali",
        "COL",
        address=fr_addr[0],
    )
    dn, out, rng = new()
    d = make_apostille(
        "COL",
        D(2026, 4, 2),
        rng,
        "s_col",
        "Registrador Municipal de Cali",
        "Registrador del Estado Civil",
    )
    out.scans(["apostilla.jpg"], pages_of(d))
    done(dn, out, col)

    ukr = person(
        "s_ukr", "Melnyk", "Andrii", "M", D(1986, 2, 11), "Lviv", "UKR", address=fr_addr[1]
    )
    dn, out, rng = new()
    d = make_apostille(
        "UKR", D(2026, 2, 14), rng, "s_ukr", "Бойко О. І.", "начальник відділу ДРАЦС"
    )
    out.imgpdf("apostyl.pdf", pages_of(d))
    done(dn, out, ukr)

    # ---------------------------------------------------------------- translations
    dn, out, rng = new()
    bcv = C.birth_certificate(vnm, "VNM", bc_info(vnm, rng), rng)
    d = C.translation(
        vnm,
        bcv,
        "vietnamien",
        "Hoa Pham-Durand",
        "Cour d'appel de Toulouse",
        D(2026, 9, 15),
        "T-2026-302",
        rng,
        "s_vnm",
    )
    out.vector("traduction_giay_khai_sinh.pdf", [d])
    done(dn, out, vnm)

    dn, out, rng = new()
    bcl = C.birth_certificate(lbn, "LBN", bc_info(lbn, rng), rng)
    d = C.translation(
        lbn,
        bcl,
        "arabe",
        "Karim Haddad",
        "Cour d'appel de Rennes",
        D(2026, 8, 4),
        "2026-AR-077",
        rng,
        "s_lbn",
    )
    out.scans(["traduction_assermentee.jpg"], pages_of(d))
    done(dn, out, lbn)

    rus = person(
        "s_rus",
        "Sokolov",
        "Dmitrii",
        "M",
        D(1984, 8, 28),
        "Kazan",
        "RUS",
        address=fr_addr[2],
        native={
            "surname": "СОКОЛОВ",
            "given": "Дмитрий",
            "surname_tr": "SOKOLOV",
            "given_tr": "Dmitri",
            "patronymic_tr": "Aleksandrovitch",
            "place_tr": "Kazan (Russie)",
            "father_tr": "SOKOLOV Aleksandr Ivanovitch",
            "mother_tr": "SOKOLOVA Olga Nikolaïevna",
        },
    )
    dn, out, rng = new()
    bcr = C.birth_certificate(rus, "RUS", bc_info(rus, rng), rng)
    d = C.translation(
        rus,
        bcr,
        "russe",
        "Irina Lebrun",
        "Cour d'appel de Paris",
        D(2026, 5, 12),
        "R-2026-0612",
        rng,
        "s_rus",
    )
    out.imgpdf("perevod.pdf", pages_of(d))
    done(dn, out, rus)

    # ---------------------------------------------------------------- utility bills
    kw = person("s_b1", "Mensah", "Kwame", "M", D(1990, 5, 5), "Kumasi", "GHA", address=fr_addr[3])
    dn, out, rng = new()
    d = HM.bill(
        "EDF",
        "Kwame MENSAH",
        kw.address,
        D(2026, 10, 6),
        D(2026, 8, 1),
        D(2026, 9, 30),
        118.42,
        rng,
        "s_b1",
        title_holder="M.",
    )
    out.vector("Facture_EDF_10-2026.pdf", [d])
    done(dn, out, kw)

    so = person("s_b2", "Rossi", "Sofia", "F", D(1993, 3, 3), "Torino", "ITA", address=fr_addr[2])
    dn, out, rng = new()
    d = HM.bill(
        "Eau de Paris",
        "Sofia ROSSI",
        so.address,
        D(2026, 7, 15),
        D(2026, 1, 1),
        D(2026, 6, 30),
        96.80,
        rng,
        "s_b2",
        title_holder="Mme",
        show_month=False,
    )
    out.scans(["facture_eau.jpg"], pages_of(d))
    done(dn, out, so)

    ad = person("s_b3", "Sharma", "Aditya", "M", D(1995, 9, 9), "Jaipur", "IND", address=fr_addr[4])
    dn, out, rng = new()
    d = HM.bill_app_screen(
        "Sosh",
        "Aditya SHARMA",
        ad.address,
        D(2026, 11, 3),
        D(2026, 10, 1),
        D(2026, 10, 31),
        15.99,
        rng,
        "s_b3",
    )
    out.screen("Screenshot_Sosh.png", d)
    done(dn, out, ad)

    tr_ = person(
        "s_b4", "Tran", "Van Hung", "M", D(1988, 1, 1), "Da Nang", "VNM", address=fr_addr[5]
    )
    dn, out, rng = new()
    d = HM.bill(
        "SFR",
        "Van Hung TRAN",
        tr_.address,
        D(2026, 10, 5),
        D(2026, 9, 1),
        D(2026, 9, 30),
        44.99,
        rng,
        "s_b4",
        title_holder="M.",
    )
    out.photos(["facture_sfr.jpg"], pages_of(d), [0])
    done(dn, out, tr_)

    ga = person(
        "s_b5",
        "Núñez Ibarra",
        "Gabriela",
        "F",
        D(1991, 12, 24),
        "Rosario",
        "ARG",
        address=fr_addr[6],
    )
    dn, out, rng = new()
    d = HM.bill(
        "RED by SFR",
        "Gabriela NÚÑEZ IBARRA",
        ga.address,
        D(2026, 11, 2),
        D(2026, 10, 1),
        D(2026, 10, 31),
        19.0,
        rng,
        "s_b5",
        title_holder="Mme",
        service="mobile",
    )
    out.screen("Screenshot_20261103_pdf.png", d, title="Facture_RED_octobre.pdf")
    done(dn, out, ga)

    ol = person(
        "s_b6", "Adeyemi", "Oluwaseun", "M", D(1987, 7, 17), "Ibadan", "NGA", address=fr_addr[7]
    )
    dn, out, rng = new()
    d = HM.bill(
        "Orange",
        "Oluwaseun ADEYEMI",
        ol.address,
        D(2026, 9, 4),
        D(2026, 8, 1),
        D(2026, 8, 31),
        27.5,
        rng,
        "s_b6",
        title_holder="M.",
        service="landline",
    )
    out.imgpdf("orange_fixe.pdf", pages_of(d))
    done(dn, out, ol)

    # ---------------------------------------------------------------- leases
    t1 = person("s_l1", "Benali", "Karima", "F", D(1986, 6, 2), "Oran", "DZA", address=fr_addr[0])
    dn, out, rng = new()
    d = HM.lease(
        ["Karima BENALI"],
        "SCI Tanneurs",
        "1 quai Claude Bernard, 69007 Lyon",
        t1.address,
        D(2025, 11, 1),
        705.0,
        rng,
        "s_l1",
        agency="Régie Gerland Immobilier",
        tenant_titles=["Mme"],
    )
    out.vector("bail_location.pdf", [d])
    done(dn, out, t1)

    t2 = person(
        "s_l2", "Kowalczyk", "Tomasz", "M", D(1990, 4, 14), "Kraków", "POL", address=fr_addr[1]
    )
    dn, out, rng = new()
    d = HM.lease(
        ["Tomasz KOWALCZYK", "Agnieszka KOWALCZYK"],
        "Henri BLANC",
        "20 rue Paradis, 13001 Marseille",
        t2.address,
        D(2026, 9, 1),
        880.0,
        rng,
        "s_l2",
        tenant_titles=["M.", "Mme"],
    )
    out.imgpdf("bail_scan.pdf", pages_of(d))
    done(dn, out, t2)

    t3 = person("s_l3", "Haddad", "Rami", "M", D(1993, 10, 10), "Damas", "SYR", address=fr_addr[4])
    dn, out, rng = new()
    d = HM.lease(
        ["Rami HADDAD"],
        "Françoise LEROY",
        "4 rue Kervégan, 44000 Nantes",
        t3.address,
        D(2026, 2, 15),
        560.0,
        rng,
        "s_l3",
        tenant_titles=["M."],
        furnished=True,
    )
    out.photos(["bail_1.jpg", "bail_2.jpg", "bail_3.jpg"], pages_of(d), [0, 0, 0])
    done(dn, out, t3)

    # ---------------------------------------------------------------- hosting attestations
    h1 = person("s_h1", "Roussel", "Mathieu", "M", D(1984, 2, 2), "Lyon", "FRA", address=fr_addr[7])
    g1 = person("s_g1", "Osei", "Abena", "F", D(1990, 9, 12), "Accra", "GHA", address=fr_addr[7])
    dn, out, rng = new()
    d = HM.hosting_attestation(
        h1,
        g1,
        fr_addr[7],
        D(2026, 4, 1),
        D(2026, 11, 2),
        rng,
        "s_h1",
        handwritten=True,
        relation="ma compagne",
    )
    out.photos(["attestation_photo.jpg"], pages_of(d), [0])
    done(dn, out, g1)

    h2 = person("s_h2", "Durand", "Sylvie", "F", D(1962, 5, 5), "Rouen", "FRA", address=fr_addr[5])
    g2 = person(
        "s_g2",
        "Diallo",
        "Mamadou Saliou",
        "M",
        D(1999, 1, 20),
        "Conakry",
        "GIN",
        address=fr_addr[5],
    )
    dn, out, rng = new()
    d = HM.hosting_attestation(
        h2,
        g2,
        fr_addr[5],
        D(2026, 6, 15),
        D(2026, 11, 10),
        rng,
        "s_h2",
        handwritten=False,
        signed=False,
    )
    out.vector("attestation_hebergement_modele.pdf", [d])
    done(dn, out, g2, "attestation typed but not signed by the host")

    h3 = person("s_h3", "Kaya", "Emre", "M", D(1980, 8, 8), "Bursa", "TUR", address=fr_addr[6])
    g3 = person("s_g3", "Kaya", "Derya", "F", D(1984, 3, 30), "Bursa", "TUR", address=fr_addr[6])
    dn, out, rng = new()
    d = HM.hosting_attestation(
        h3,
        g3,
        fr_addr[6],
        D(2026, 5, 2),
        D(2026, 11, 5),
        rng,
        "s_h3",
        handwritten=True,
        relation="mon épouse",
    )
    out.scans(["attestation.jpg"], pages_of(d))
    done(dn, out, g3)

    # ---------------------------------------------------------------- payslips
    e1 = employer(
        "Boulangerie Les Trois Épis SARL",
        "société à responsabilité limitée",
        ["22 rue Mercière", "69002 Lyon"],
        "1071C",
        "Boulangerie-pâtisserie (IDCC 0843)",
        "Gilles Perrin",
        "Gérant",
    )
    w1 = person(
        "s_w1", "Mendes", "Thiago", "M", D(1996, 4, 4), "Belo Horizonte", "BRA", address=fr_addr[0]
    )
    dn, out, rng = new()
    d = HM.payslip(
        e1, w1, "Thiago MENDES", "Boulanger", D(2025, 9, 1), 2026, 10, 2100.0, rng, "s_w1"
    )
    out.vector("bulletin_paie.pdf", [d])
    done(dn, out, w1)

    e2 = employer(
        "Logistique Val de Seine SAS",
        "société par actions simplifiée",
        ["Parc d'activités des Hauts", "95310 Saint-Ouen-l'Aumône"],
        "5210B",
        "Transports routiers (IDCC 0016)",
        "Nadia Ferhat",
        "Présidente",
    )
    w2 = person("s_w2", "Ahmed", "Rafiq", "M", D(1992, 12, 12), "Sylhet", "BGD", address=fr_addr[2])
    dn, out, rng = new()
    d = HM.payslip(
        e2,
        w2,
        "Rafiq AHMED",
        "Préparateur de commandes",
        D(2026, 1, 5),
        2026,
        9,
        1880.0,
        rng,
        "s_w2",
        contract="CDD",
    )
    out.screen("Screenshot_paie_septembre.png", d, title="Bulletin_2026_09.pdf", dark=True)
    done(dn, out, w2)

    e3 = employer(
        "Clinique du Parc Saint-Rome SAS",
        "société par actions simplifiée",
        ["3 allée du Parc", "31000 Toulouse"],
        "8610Z",
        "Hospitalisation privée (IDCC 2264)",
        "Dr Anne Vidal",
        "Directrice",
    )
    w3 = person(
        "s_w3", "Fernandes", "Priscila", "F", D(1989, 2, 27), "Recife", "BRA", address=fr_addr[3]
    )
    dn, out, rng = new()
    d = HM.payslip(
        e3, w3, "Priscila FERNANDES", "Infirmière", D(2024, 10, 1), 2026, 10, 2650.0, rng, "s_w3"
    )
    out.imgpdf("fiche_paie_scannee.pdf", pages_of(d))
    done(dn, out, w3)

    w4 = person("s_w4", "Sato", "Kenji", "M", D(1985, 11, 2), "Osaka", "JPN", address=fr_addr[4])
    e4 = employer(
        "Restaurant Le Jardin Zen SARL",
        "société à responsabilité limitée",
        ["9 rue Scribe", "44000 Nantes"],
        "5610A",
        "Hôtels, cafés, restaurants (IDCC 1979)",
        "Claire Yamamoto",
        "Gérante",
    )
    dn, out, rng = new()
    d = HM.payslip(
        e4, w4, "Kenji SATO", "Chef de cuisine", D(2025, 3, 17), 2026, 10, 3100.0, rng, "s_w4"
    )
    out.photos(["paie_octobre.jpg"], pages_of(d), [180])
    done(dn, out, w4)

    # ---------------------------------------------------------------- employment contracts
    w5 = person(
        "s_w5", "Okonkwo", "Ifeoma Grace", "F", D(1994, 5, 15), "Lagos", "NGA", address=fr_addr[5]
    )
    dn, out, rng = new()
    d = HM.employment_contract(
        e3, w5, "Ifeoma Grace OKONKWO", "CDI", "Aide-soignante", D(2026, 7, 1), 2050.0, rng, "s_w5"
    )
    out.vector("contrat_CDI.pdf", [d])
    done(dn, out, w5)

    w6 = person("s_w6", "Rahimi", "Farid", "M", D(1990, 3, 21), "Herat", "AFG", address=fr_addr[6])
    dn, out, rng = new()
    d = HM.employment_contract(
        e2,
        w6,
        "Farid RAHIMI",
        "CDD",
        "Cariste",
        D(2026, 9, 15),
        1950.0,
        rng,
        "s_w6",
        end=D(2027, 3, 14),
    )
    out.imgpdf("CDD_signe.pdf", pages_of(d))
    done(dn, out, w6)

    w7 = person(
        "s_w7", "Silva Pereira", "Camila", "F", D(1997, 7, 1), "Lisboa", "PRT", address=fr_addr[0]
    )
    dn, out, rng = new()
    d = HM.employment_contract(
        e1,
        w7,
        "Camila SILVA PEREIRA",
        "CDI",
        "Vendeuse en boulangerie",
        D(2026, 4, 1),
        1850.0,
        rng,
        "s_w7",
    )
    out.scans(["contrat_page1.jpg", "contrat_page2.jpg"], pages_of(d))
    done(dn, out, w7)

    # ---------------------------------------------------------------- RIBs
    r1 = person(
        "s_r1", "Lambert", "Noémie", "F", D(1998, 10, 19), "Angers", "FRA", address=fr_addr[1]
    )
    dn, out, rng = new()
    d = HM.rib_paper(
        "Crédit Mutuel", ["MLLE NOEMIE LAMBERT"], "NOEMIE LAMBERT", r1.address, rng, "s_r1"
    )
    out.vector("RIB_CM.pdf", [d])
    done(dn, out, r1)

    r2 = person("s_r2", "Kim", "Min-jun", "M", D(1993, 4, 8), "Busan", "KOR", address=fr_addr[2])
    dn, out, rng = new()
    d = HM.rib_app("N26", "Min-jun Kim", rng, "s_r2")
    out.screen("IMG_2207.PNG", d)
    done(dn, out, r2)

    r3 = person(
        "s_r3", "Boateng", "Akosua", "F", D(1991, 1, 31), "Accra", "GHA", address=fr_addr[3]
    )
    dn, out, rng = new()
    d = HM.rib_paper(
        "BNP Paribas",
        ["MME AKOSUA BOATENG"],
        "AKOSUA BOATENG",
        r3.address,
        rng,
        "s_r3",
        bad_iban=True,
    )
    out.imgpdf("rib_bnp_scan.pdf", pages_of(d))
    done(dn, out, r3, "IBAN check digits are wrong")

    r4 = person("s_r4", "Petit", "Lucas", "M", D(1995, 6, 6), "Dijon", "FRA", address=fr_addr[4])
    dn, out, rng = new()
    d = HM.rib_paper(
        "Caisse d'Épargne", ["M LUCAS PETIT"], "LUCAS PETIT", r4.address, rng, "s_r4", bad_key=True
    )
    out.scans(["rib.jpg"], pages_of(d))
    done(
        dn,
        out,
        r4,
        "French RIB key is wrong (IBAN recomputed from the wrong key, so mod 97 passes)",
    )

    r5 = person(
        "s_r5", "Gonçalves", "Mariana", "F", D(1999, 9, 9), "Braga", "PRT", address=fr_addr[5]
    )
    dn, out, rng = new()
    d = HM.rib_app("Revolut", "Mariana Gonçalves", rng, "s_r5")
    out.screen("revolut.png", d)
    done(dn, out, r5)

    # ---------------------------------------------------------------- application forms
    f1 = person(
        "s_f1",
        "Boukhari",
        "Samira",
        "F",
        D(1989, 8, 28),
        "Casablanca",
        "MAR",
        address=fr_addr[6],
        usage="Lefort",
    )
    dn, out, rng = new()
    d = form(
        f1,
        rng,
        "s_f1",
        way="hand",
        run=1,
        situation="not_employed",
        signed_on=D(2026, 11, 15),
        place="Strasbourg",
        date_text="15 novembre 2026",
        usage="Lefort",
    )
    out.photos(["formulaire_1.jpg", "formulaire_2.jpg"], pages_of(d), [90, 270])
    done(dn, out, f1)

    f2 = person("s_f2", "Ivanova", "Daria", "F", D(2000, 2, 29), "Minsk", "BLR", address=fr_addr[7])
    dn, out, rng = new()
    d = form(
        f2,
        rng,
        "s_f2",
        way="fillable_noap",
        run=0,
        situation="student",
        signed_on=D(2026, 11, 6),
        place="Lyon",
        sign_way="image",
    )
    out.vector("formulaire_interactif.pdf", [d])
    d.notes = "AcroForm values without appearance streams (NeedAppearances set)"
    done(dn, out, f2)

    f3 = person(
        "s_f3", "Ochoa", "Diego Andrés", "M", D(1993, 7, 12), "Quito", "ECU", address=fr_addr[0]
    )
    dn, out, rng = new()
    d = form(
        f3,
        rng,
        "s_f3",
        way="typed",
        run=2,
        situation="jobseeker",
        signed_on=D(2026, 11, 10),
        place="Lyon",
        signed=False,
    )
    out.imgpdf("S1106.pdf", pages_of(d))
    done(dn, out, f3, "form not signed")

    f4 = person(
        "s_f4",
        "Diallo",
        "Fatoumata Binta",
        "F",
        D(1997, 12, 5),
        "Conakry",
        "GIN",
        address=fr_addr[1],
    )
    dn, out, rng = new()
    nir = "2971299330118" + K.nir_key("2971299330118")
    d = form(
        f4,
        rng,
        "s_f4",
        way="hand",
        run=0,
        situation="employed",
        job="Caissière",
        contract="CDD",
        signed_on=D(2026, 12, 4),
        place="Marseille",
        nir=nir,
    )
    out.scans(["demande_PUMa_1.jpg", "demande_PUMa_2.jpg"], pages_of(d))
    done(dn, out, f4, "date of signature (04/12/2026) is after the audit date")

    # ---------------------------------------------------------------- unknown pages
    u1 = person(
        "s_u1", "Haidari", "Mariam", "F", D(1994, 4, 2), "Kaboul", "AFG", address=fr_addr[2]
    )
    dn, out, rng = new()
    d = HM.cover_letter(u1, "Paris", D(2026, 11, 12), rng, "s_u1")
    out.vector("lettre_accompagnement.pdf", [d])
    done(dn, out, u1)

    u2 = person(
        "s_u2", "Suárez", "Martín", "M", D(1990, 10, 1), "Montevideo", "URY", address=fr_addr[3]
    )
    dn, out, rng = new()
    d = HM.bank_statement(u2, "LCL", rng, "s_u2", (2026, 10))
    out.imgpdf("releve_octobre.pdf", pages_of(d))
    done(dn, out, u2)

    u3 = person("s_u3", "Zhou", "Hao", "M", D(2001, 6, 16), "Wuhan", "CHN", address=fr_addr[4])
    dn, out, rng = new()
    d = HM.school_certificate(u3, rng, "s_u3")
    out.photos(["certificat_scolarite.jpg"], pages_of(d), [0])
    done(dn, out, u3)
    return names


def _print_counts(root: Path, pk: list[str], ds: list[str]) -> None:
    import json
    from collections import Counter

    for kind, names, sub in (("packets", pk, "packets"), ("documents", ds, "documents")):
        types, looks = Counter(), Counter()
        for n in names:
            t = json.loads((root / sub / f"{n}.truth.json").read_text(encoding="utf-8"))
            for d in t["documents"]:
                types[d["type"]] += 1
                looks[d["look"]] += 1
        print(f"{kind} by type: {dict(sorted(types.items()))}", file=sys.stderr)
        print(f"{kind} by look: {dict(sorted(looks.items()))}", file=sys.stderr)


# ====================================================================== main
def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: generate.py OUT_DIR", file=sys.stderr)
        return 2
    root = Path(argv[1])
    t0 = time.time()
    R.register_fonts()
    for sub in ("packets", "documents"):
        if (root / sub).exists():
            shutil.rmtree(root / sub)
    root.mkdir(parents=True, exist_ok=True)
    pk = packets(root)
    print(f"packets: {len(pk)} in {time.time() - t0:.0f}s", file=sys.stderr)
    ds = singles(root)
    write_json(root / "manifest.json", {"set": SET, "packets": pk, "documents": ds})
    print(f"documents: {len(ds)}; total {time.time() - t0:.0f}s", file=sys.stderr)
    _print_counts(root, pk, ds)
    _ = random
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
