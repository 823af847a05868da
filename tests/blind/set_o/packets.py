"""The whole packets: seven in order, seven with exactly one defect each."""

from __future__ import annotations

import random
from pathlib import Path

import cards
import civil
import ids
import legal
import pieces as X
import util as U
from emit import Folder, both_sides, many_on_a4
from people import ADDR, P, person

REQS = [
    "application_form",
    "identity",
    "residence_status",
    "birth_certificate",
    "residence_proof",
    "bank_details",
    "employment",
]


def reqs(employed: bool, eu=False, **bad) -> dict:
    r = {k: "complete" for k in REQS}
    if eu:
        r["residence_status"] = "not_applicable"
    if not employed:
        r["employment"] = "not_applicable"
    r.update(bad)
    return r


def months_before(as_of: str, n: int) -> list[str]:
    """The n last months whose bill (issued 2-9 days after month end) is out by as_of."""
    last = U.month_shift(as_of[:7], -1 if U.d(as_of).day >= 12 else -2)
    return [U.month_shift(last, -k) for k in range(n - 1, -1, -1)]


def status_of(r: dict) -> str:
    v = set(r.values())
    if v & {"invalid", "missing"}:
        return "incomplete"
    return "questionable" if "questionable" in v else "complete"


HOSTS = {
    "julien": person(
        "julien",
        "Moreau",
        "Julien",
        "1988-06-02",
        "M",
        "FRA",
        "française",
        "France",
        "Lyon",
        "",
        "",
        2,
    ),
    "catherine": person(
        "catherine",
        "Lefèvre-Dubois",
        "Catherine",
        "1961-09-17",
        "F",
        "FRA",
        "française",
        "France",
        "Rennes",
        "",
        "",
        9,
    ),
    "li": person(
        "li", "Chen", "Hui", "1990-01-30", "F", "CHN", "chinoise", "Chine", "Shanghai", "", "", 5
    ),
    "marc": person(
        "marc",
        "Girard",
        "Marc",
        "1979-03-05",
        "M",
        "FRA",
        "française",
        "France",
        "Paris",
        "",
        "",
        12,
    ),
}


def p01(F, rng, as_of):
    """USA, employed (CDI), VLS-TS salarié on the facing page, lease."""
    p = dict(P["usa"], job="Chargée de communication", gross=2650.0, hired="2026-04-01")
    X.application_form(F, rng, p, "scan", "hand", "salarie", U.add_days(as_of, -4), "CDI")
    num = X.passport_number("USA", rng)
    vpage, vfields = X.visa(
        F, rng, p, "", num, "2026-03-20", remark="VLS-TS SALARIE", build_only=True
    )
    doc = dict(
        country="USA", number=num, issued="2022-05-11", expiry="2032-05-10", authority=X.AUTH["USA"]
    )
    dp, pfields, _ = ids.passport(rng, p, doc)
    files = F.emit([ids.booklet_spread(rng, dp[0], vpage)], "phone_photo", card=True)
    F.add(files, "passport", "phone_photo", pfields, "open passport: data page below")
    F.add(files, "long_stay_visa", "phone_photo", vfields, "VLS-TS sticker on the facing page")
    issued, _ = X.birth_cert(F, rng, p, "image_pdf", as_of, True)
    X.apostille(F, rng, p, "image_pdf", issued)
    X.lease(
        F,
        rng,
        p,
        "text_pdf",
        "2026-04-01",
        landlord=X.LANDLORDS[3],
        tenants=[("M. Kevin WHITAKER", "Kevin WHITAKER")],
    )
    X.rib(F, rng, p, "text_pdf", "BNP Paribas", names="RIB_BNP.pdf")
    X.contract(F, rng, p, "text_pdf", "CDI", 1, "2026-04-01")
    return True, reqs(True), None


def p02(F, rng, as_of):
    """Morocco, spouse of a French citizen, titre de séjour, hosted by husband + his bills."""
    p = P["mar"]
    host = HOSTS["julien"]
    X.application_form(
        F, rng, p, "phone_photo", "typed_print", "sans_activite", U.add_days(as_of, -2)
    )
    X.passport(F, rng, p, "scan", as_of)
    X.residence_card(
        F, rng, p, "scan", as_of, "CARTE DE SÉJOUR TEMPORAIRE", "VIE PRIVÉE ET FAMILIALE"
    )
    issued, _ = X.birth_cert(F, rng, p, "phone_photo", as_of, True)
    X.apostille(F, rng, p, "phone_photo", issued)
    X.attestation(F, rng, host, p, "scan", "2025-12-15", U.add_days(as_of, -6), hand=True)
    X.eu_id(F, rng, host, "scan", as_of, host=True)
    X.bills(
        F,
        rng,
        host,
        "EDF",
        months_before(as_of, 3),
        "text_pdf",
        notes="facture au nom de l'hébergeant",
    )
    X.rib(F, rng, p, "text_pdf", "Crédit Agricole", joint=("M. MOREAU JULIEN", "MOREAU JULIEN"))
    return False, reqs(False), None


def p03(F, rng, as_of):
    """Brazil, employed (CDI), VLS-TS, three Free bills, Revolut (LT IBAN), translation."""
    p = dict(P["bra"], job="Développeur web", gross=3100.0, hired="2026-02-16")
    X.application_form(F, rng, p, "text_pdf", "acroform", "salarie", U.add_days(as_of, -1), "CDI")
    num, _ = X.passport(F, rng, p, "phone_photo", as_of)
    X.visa(F, rng, p, "phone_photo", num, "2026-02-10", remark="VLS-TS SALARIE")
    issued, _ = X.birth_cert(F, rng, p, "scan", as_of, True)
    X.apostille(F, rng, p, "scan", issued)
    X.translation(F, rng, p, "image_pdf", U.add_days(issued, 40))
    X.bills(F, rng, p, "Free", months_before(as_of, 3), "text_pdf")
    X.neobank(F, rng, p, "Revolut", "IBAN LT (SEPA) : accepté, à signaler comme information")
    X.contract(F, rng, p, "image_pdf", "CDI", 5, "2026-02-16")
    X.payslip(F, rng, p, "text_pdf", U.month_shift(as_of[:7], -1), 5)
    return True, reqs(True), None


def p04(F, rng, as_of):
    """Spain (EU): national ID card, no residence permit needed, payslip, lease."""
    p = dict(P["esp"], job="Infirmière", gross=2380.0, hired="2025-09-01")
    X.application_form(
        F, rng, p, "image_pdf", "acroform_printed", "salarie", U.add_days(as_of, -3), "CDI"
    )
    X.eu_id(F, rng, p, "image_pdf", as_of)
    X.birth_cert(
        F,
        rng,
        p,
        "text_pdf",
        as_of,
        False,
        notes="certificat espagnol : dispensé d'apostille (règlement UE 2016/1191)",
    )
    lf, ld = X.lease(F, rng, p, "image_pdf", "2025-08-25", landlord=X.LANDLORDS[4], meuble=True)
    X.quittance(F, rng, p, "text_pdf", U.month_shift(as_of[:7], -1), ld["landlord"])
    X.rib(F, rng, p, "screenshot", "Société Générale")
    X.payslip(F, rng, p, "text_pdf", U.month_shift(as_of[:7], -1), 3)
    return True, reqs(True, eu=True), None


def p05(F, rng, as_of):
    """India, passeport talent card, one scanner PDF holding several pieces."""
    p = dict(P["ind"], job="Ingénieur data", gross=4200.0, hired="2025-10-06")
    X.application_form(F, rng, p, "scan", "typed_print", "salarie", U.add_days(as_of, -5), "CDI")
    # passport + card + birth certificate + apostille scanned together in one PDF
    num = X.passport_number("IND", rng)
    dp, pf, _ = ids.passport(
        rng,
        p,
        dict(
            country="IND", number=num, issued="2019-08-20", expiry="2029-08-19", authority="MUMBAI"
        ),
    )
    exp = U.add_days(as_of, 900)
    cdoc = dict(
        number="K7P2M9X4D",
        expiry=exp,
        title="CARTE DE SÉJOUR PLURIANNUELLE",
        remarks="PASSEPORT TALENT - SALARIÉ QUALIFIÉ",
        address=p["addr"]["street"],
        address2=f"{p['addr']['cp']} {p['addr']['city']}",
        issued=U.add_days(exp, -1460 + 1),
        prefecture="PRÉFECTURE DES HAUTS-DE-SEINE",
    )
    cp, cf = cards.residence_card(rng, p, cdoc)

    city, officer, stamp = X.BC_INFO["IND"]
    bissued = "2025-06-12"
    bp, bf = civil.birth_certificate(
        rng,
        p,
        dict(
            country="IND",
            issued=bissued,
            act_no="B-2019/44871",
            officer=officer,
            issue_city=city,
            stamp=stamp,
            has_apostille=True,
            registered="1990-12-20",
        ),
    )
    lang, cname, seal, place, signer = X.AP["IND"]
    app, af = legal.apostille(
        rng,
        dict(
            lang=lang,
            country_name=cname,
            doc_signer=officer,
            doc_capacity="Registrar",
            doc_seal=seal,
            place=place,
            issued="2025-07-03",
            signed_by=signer,
            number="MEA/AP/2025/118342",
            country="IND",
        ),
    )
    sheet1 = many_on_a4([dp[0]], rng)
    sheet2 = both_sides(cp[0], cp[1], rng)
    files = F.emit([sheet1, sheet2, bp[0], app[0]], "image_pdf", "dossier_cpam_karthik.pdf")
    path = files[0]["path"]
    F.add([{"path": path, "pages": [1]}], "passport", "image_pdf", pf)
    F.add(
        [{"path": path, "pages": [2]}],
        "residence_permit",
        "image_pdf",
        cf,
        "carte pluriannuelle recto et verso sur une page",
    )
    F.add([{"path": path, "pages": [3]}], "birth_certificate", "image_pdf", bf)
    F.add([{"path": path, "pages": [4]}], "apostille", "image_pdf", af)
    X.lease(F, rng, p, "text_pdf", "2025-10-15", landlord=X.LANDLORDS[1])
    X.rib(F, rng, p, "image_pdf", "LCL")
    X.payslip(F, rng, p, "image_pdf", U.month_shift(as_of[:7], -1), 1)
    return True, reqs(True), None


def p06(F, rng, as_of):
    """Ukraine, temporary protection récépissé, hosted by a French lady (host's lease)."""
    p = P["ukr"]
    host = HOSTS["catherine"]
    X.application_form(F, rng, p, "phone_photo", "hand", "demandeur_emploi", U.add_days(as_of, -8))
    X.passport(F, rng, p, "phone_photo", as_of)
    X.recepisse(F, rng, p, "image_pdf", as_of)
    issued, _ = X.birth_cert(F, rng, p, "image_pdf", as_of, True)
    X.apostille(F, rng, p, "image_pdf", issued)
    X.translation(F, rng, p, "text_pdf", U.add_days(issued, 50))
    X.attestation(F, rng, host, p, "text_pdf", "2025-04-01", U.add_days(as_of, -10), hand=False)
    X.eu_id(F, rng, host, "phone_photo", as_of, host=True)
    X.lease(
        F,
        rng,
        host,
        "image_pdf",
        "2019-07-01",
        landlord=X.LANDLORDS[0],
        notes="bail au nom de l'hébergeante",
    )
    X.rib(F, rng, p, "text_pdf", "La Banque Postale")
    return False, reqs(False), None


def p07(F, rng, as_of):
    """Philippines, married name on bills (usage name on the form), CDD, Orange bills."""
    p = dict(P["phl"], job="Aide-soignante", gross=1980.0, hired="2026-05-04")
    X.application_form(F, rng, p, "image_pdf", "hand", "salarie", U.add_days(as_of, -6), "CDD")
    num, _ = X.passport(F, rng, p, "scan", as_of)
    X.visa(
        F,
        rng,
        p,
        "scan",
        num,
        "2026-04-15",
        remark="VLS-TS CONJOINT DE FRANCAIS",
        category="CONJOINT DE FRANCAIS",
    )
    issued, _ = X.birth_cert(F, rng, p, "scan", as_of, True)
    X.apostille(F, rng, p, "scan", issued)
    civ = "Mme"
    name = f"{p['given'].split()[0].upper()} {p['usage'].upper()}"
    X.bills(
        F,
        rng,
        p,
        "Orange",
        months_before(as_of, 3),
        "text_pdf",
        holder=(f"{civ} {name}", name),
        notes="nom d'usage (époux) sur la facture",
    )
    X.rib(
        F,
        rng,
        p,
        "phone_photo",
        "Crédit Mutuel",
        holder=("MME MARIA THERESA LEFEBVRE NEE DELA CRUZ", "MARIA THERESA LEFEBVRE NEE DELA CRUZ"),
    )
    X.contract(F, rng, p, "phone_photo", "CDD", 3, "2026-05-04")
    return True, reqs(True), None


# ------------------------------------------------------------------ defects


def p08(F, rng, as_of):
    """Colombia: passport expired at the audit date."""
    p = dict(P["col"], job="Cuisinier", gross=2050.0, hired="2026-01-12")
    X.application_form(F, rng, p, "phone_photo", "hand", "salarie", U.add_days(as_of, -3), "CDI")
    num, _ = X.passport(
        F, rng, p, "phone_photo", as_of, expired=True, notes="expired before the audit date"
    )
    X.visa(F, rng, p, "phone_photo", num, "2026-01-05", remark="VLS-TS SALARIE")
    issued, _ = X.birth_cert(F, rng, p, "image_pdf", as_of, True)
    X.apostille(F, rng, p, "image_pdf", issued)
    X.lease(F, rng, p, "image_pdf", "2026-01-15", landlord=X.LANDLORDS[3])
    X.rib(F, rng, p, "text_pdf", "BNP Paribas")
    X.payslip(F, rng, p, "phone_photo", U.month_shift(as_of[:7], -1), 4)
    return True, reqs(True, identity="invalid"), "passport expired"


def p09(F, rng, as_of):
    """China: only a short-stay type C Schengen visa."""
    p = P["chn"]
    host = HOSTS["li"]
    X.application_form(F, rng, p, "scan", "typed_print", "sans_activite", U.add_days(as_of, -2))
    num, _ = X.passport(F, rng, p, "scan", as_of)
    X.visa(
        F,
        rng,
        p,
        "scan",
        num,
        "2026-07-20",
        vtype="C",
        remark="TOURISME",
        category="TOURISME",
        notes="short-stay type C visa, not a VLS-TS",
    )
    issued, _ = X.birth_cert(F, rng, p, "image_pdf", as_of, True)
    X.apostille(F, rng, p, "image_pdf", issued)
    X.translation(F, rng, p, "image_pdf", U.add_days(issued, 20))
    X.attestation(F, rng, host, p, "phone_photo", "2026-07-25", U.add_days(as_of, -7))
    X.passport(F, rng, host, "scan", as_of, notes="passeport de l'hébergeante")
    X.bills(
        F,
        rng,
        host,
        "SFR",
        months_before(as_of, 3),
        "text_pdf",
        notes="facture au nom de l'hébergeante",
    )
    X.rib(F, rng, p, "text_pdf", "Caisse d'Epargne")
    return False, reqs(False, residence_status="invalid"), "type C short-stay visa"


def p10(F, rng, as_of):
    """Mexico: birth certificate with a sworn translation but no apostille."""
    p = P["mex"]
    X.application_form(F, rng, p, "text_pdf", "acroform", "sans_activite", U.add_days(as_of, -1))
    num, _ = X.passport(F, rng, p, "image_pdf", as_of)
    X.visa(F, rng, p, "image_pdf", num, "2026-03-02", remark="VLS-TS VISITEUR", category="VISITEUR")
    issued, _ = X.birth_cert(
        F, rng, p, "phone_photo", as_of, False, notes="no apostille in the packet"
    )
    X.translation(F, rng, p, "text_pdf", U.add_days(issued, 30))
    X.lease(F, rng, p, "text_pdf", "2026-03-10", landlord=X.LANDLORDS[2])
    X.rib(F, rng, p, "text_pdf", "BoursoBank")
    return False, reqs(False, birth_certificate="invalid"), "birth certificate without apostille"


def p11(F, rng, as_of):
    """Tunisia, student: only two successive bills."""
    p = P["tun"]
    X.application_form(F, rng, p, "phone_photo", "hand", "etudiant", U.add_days(as_of, -4))
    num, _ = X.passport(F, rng, p, "phone_photo", as_of)
    X.visa(
        F, rng, p, "phone_photo", num, "2026-09-01", remark="VLS-TS ETUDIANT", category="ETUDIANT"
    )
    issued, _ = X.birth_cert(F, rng, p, "scan", as_of, True)
    X.apostille(F, rng, p, "scan", issued)
    X.bills(
        F,
        rng,
        p,
        "SFR",
        months_before(as_of, 2),
        "screenshot",
        notes="only two bills in the packet",
    )
    X.rib(F, rng, p, "text_pdf", "Société Générale")
    return False, reqs(False, residence_proof="invalid"), "two bills instead of three"


def p12(F, rng, as_of):
    """Portugal (EU): RIB whose IBAN check digits are wrong."""
    p = dict(P["prt"], job="Maçon", gross=2240.0, hired="2025-11-03")
    X.application_form(F, rng, p, "scan", "hand", "salarie", U.add_days(as_of, -2), "CDI")
    X.eu_id(F, rng, p, "phone_photo", as_of)
    X.birth_cert(
        F, rng, p, "scan", as_of, False, notes="certidão portuguesa : dispensée d'apostille (UE)"
    )
    X.bills(F, rng, p, "TotalEnergies", months_before(as_of, 3), "image_pdf")
    X.rib(
        F,
        rng,
        p,
        "scan",
        "Crédit Agricole",
        bad_iban=True,
        notes="IBAN check digits wrong (typed by hand into a RIB template)",
    )
    X.payslip(F, rng, p, "scan", U.month_shift(as_of[:7], -1), 2)
    return True, reqs(True, eu=True, bank_details="invalid"), "IBAN check digits wrong"


def p13(F, rng, as_of):
    """United Kingdom: the application form is not signed."""
    p = dict(P["gbr"], job="Professeure d'anglais", gross=2480.0, hired="2026-01-05")
    X.application_form(
        F,
        rng,
        p,
        "image_pdf",
        "typed_print",
        "salarie",
        U.add_days(as_of, -2),
        "CDI",
        signed=False,
        notes="typed, printed, dated but never signed",
    )
    X.passport(F, rng, p, "scan", as_of)
    X.residence_card(F, rng, p, "phone_photo", as_of, "CARTE DE SÉJOUR TEMPORAIRE", "SALARIÉ")
    issued, _ = X.birth_cert(F, rng, p, "scan", as_of, True)
    X.apostille(F, rng, p, "scan", issued)
    X.bills(F, rng, p, "Bouygues Telecom", months_before(as_of, 3), "text_pdf")
    X.rib(F, rng, p, "text_pdf", "CIC")
    X.contract(F, rng, p, "text_pdf", "CDI", 0, "2026-01-05")
    return True, reqs(True, application_form="invalid"), "application form not signed"


def p14(F, rng, as_of):
    """Turkey: the only payslip is the brother's."""
    p = dict(P["tur"], job="Carrossier", gross=2150.0, hired="2026-02-02")
    brother = dict(p, given="Emre", dob="1995-08-14", addr=ADDR[8])
    X.application_form(F, rng, p, "image_pdf", "hand", "salarie", U.add_days(as_of, -5), "CDI")
    num, _ = X.passport(F, rng, p, "image_pdf", as_of)
    X.visa(F, rng, p, "image_pdf", num, "2026-01-20", remark="VLS-TS SALARIE")
    issued, _ = X.birth_cert(F, rng, p, "phone_photo", as_of, True)
    X.apostille(F, rng, p, "phone_photo", issued)
    X.translation(F, rng, p, "text_pdf", U.add_days(issued, 15))
    X.bills(F, rng, p, "ENGIE", months_before(as_of, 3), "text_pdf")
    X.rib(F, rng, p, "text_pdf", "LCL")
    X.payslip(
        F,
        rng,
        p,
        "scan",
        U.month_shift(as_of[:7], -1),
        2,
        other=brother,
        notes="payslip of the applicant's brother Emre",
    )
    return True, reqs(True, employment="invalid"), "payslip in someone else's name"


PACKETS = [
    ("p01", p01, "2026-11-20"),
    ("p02", p02, "2026-11-17"),
    ("p03", p03, "2026-11-24"),
    ("p04", p04, "2026-11-19"),
    ("p05", p05, "2026-11-26"),
    ("p06", p06, "2026-11-18"),
    ("p07", p07, "2026-11-30"),
    ("p08", p08, "2026-11-20"),
    ("p09", p09, "2026-11-23"),
    ("p10", p10, "2026-11-16"),
    ("p11", p11, "2026-12-01"),
    ("p12", p12, "2026-11-21"),
    ("p13", p13, "2026-11-27"),
    ("p14", p14, "2026-11-25"),
]


def build(out: Path) -> list[str]:
    names = []
    for i, (name, fn, as_of) in enumerate(PACKETS):
        rng = random.Random(1000 + i)
        F = Folder(out / "packets" / name, rng)
        employed, r, defect = fn(F, rng, as_of)
        F.truth(as_of, P[KEY[name]], employed, status_of(r), r, defect)
        names.append(name)
    return names


KEY = dict(
    p01="usa",
    p02="mar",
    p03="bra",
    p04="esp",
    p05="ind",
    p06="ukr",
    p07="phl",
    p08="col",
    p09="chn",
    p10="mex",
    p11="tun",
    p12="prt",
    p13="gbr",
    p14="tur",
)
