"""Blind set set_ah: four PUMa packets (three in order, one with one defect).

Usage: python generate.py OUT_DIR
"""

import json
import os
import random
import sys
from datetime import date as D

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import ah_docs as DOC  # noqa: E402
import ah_ids as IDS  # noqa: E402
from ah_draw import (  # noqa: E402
    Page,
    image_pdf,
    phone_photo,
    photocopy,
    render,
    save_jpg,
    scan,
    write_pdf,
)
from people import HOST3, IBAN1, IBAN2, IBAN3, IBAN4, KEY1, KEY3, KEY4, P1, P2, P3, P4  # noqa: E402
from PIL import Image  # noqa: E402

REQS = [
    "application_form",
    "identity",
    "residence_status",
    "birth_certificate",
    "residence_proof",
    "bank_details",
    "employment",
]


def rng_for(*k):
    return random.Random("set_ah/" + "/".join(str(x) for x in k))


def on_a4(items, dpi=200):
    """Place rendered pieces on a flatbed A4 canvas: items = [(img, x_mm, y_mm)]."""
    s = dpi / 25.4
    can = Image.new("RGB", (int(210 * s), int(297 * s)), (252, 252, 250))
    for im, x, y in items:
        can.paste(im, (int(x * s), int(y * s)))
    return can


def ident_fields(p, lines, doc="passport"):
    v = p["pass"]
    return {
        "surname": p["surname"],
        "given_names": p["given_names"],
        "document_number": v["number"],
        "nationality": p["nat"],
        "issuing_country": v["issuer"],
        "date_of_birth": p["dob"].isoformat(),
        "sex": p["sex"],
        "expiry_date": v["expiry"].isoformat(),
        "mrz_valid": True,
        "mrz": lines,
    }


def visa_fields(p, v, lines):
    f = ident_fields(p, lines)
    f.update(
        document_number=v["number"],
        issuing_country="FRA",
        expiry_date=v["until"].isoformat(),
        visa_type="D",
        vls_ts=True,
        category=v["category"],
        valid_from=v["from"].isoformat(),
        valid_until=v["until"].isoformat(),
    )
    return f


def form_fields(p, f):
    st = {"salarie": "employed", "sans_activite": "not_employed"}.get(f["situation"], "other")
    return {
        "surname": p["surname"],
        "given_names": p["given_names"],
        "date_of_birth": p["dob"].isoformat(),
        "employment_status": st,
        "signed": f["sig"],
        "signed_on": f["signed_on"].isoformat(),
        "nir": None,
    }


def bc_fields(p, country, lang, apost):
    return {
        "surname": p["surname"],
        "given_names": p["given_names"],
        "date_of_birth": p["dob"].isoformat(),
        "place_of_birth": p["pob"],
        "issuing_country": country,
        "language": lang,
        "has_apostille": apost,
    }


class Packet:
    def __init__(self, out, p):
        self.p, self.dir = p, os.path.join(out, "packets", p["key"])
        os.makedirs(self.dir, exist_ok=True)
        self.docs = []

    def path(self, name):
        return os.path.join(self.dir, name)

    def add(self, files, typ, look, fields, notes=""):
        fl = [{"path": f, "pages": pg} for f, pg in files]
        self.docs.append({"files": fl, "type": typ, "look": look, "fields": fields, "notes": notes})

    def truth(self, out, reqs, defect):
        p = self.p
        st = "complete"
        if any(v in ("invalid", "missing") for v in reqs.values()):
            st = "incomplete"
        elif any(v == "questionable" for v in reqs.values()):
            st = "questionable"
        t = {
            "as_of": p["as_of"].isoformat(),
            "employed": p["employed"],
            "status": st,
            "requirements": {k: reqs[k] for k in REQS},
            "defect": defect,
            "applicant": {
                "surname": p["surname"],
                "given_names": p["given_names"],
                "date_of_birth": p["dob"].isoformat(),
                "nationality": p["nat"],
            },
            "documents": self.docs,
        }
        with open(os.path.join(out, "packets", p["key"] + ".truth.json"), "w") as fh:
            json.dump(t, fh, ensure_ascii=False, indent=2)


def ok_reqs(employed):
    r = {k: "complete" for k in REQS}
    if not employed:
        r["employment"] = "not_applicable"
    return r


def sig_image(text, seed):
    pg = Page(70, 22)
    pg.hand(4, 15, text, "sig", 22, (20, 25, 95), seed)
    return render(pg, 200)


# ---------------------------------------------------------------- packet 1 (Sri Lanka)


def packet1(out):
    p, k = P1, "p01"
    pk = Packet(out, p)
    f = dict(
        fill="typed",
        situation="salarie",
        contract="CDI",
        job="Aide-soignante",
        place="Lyon",
        signed_on=D(2026, 11, 10),
        sig=True,
    )
    for i, pg in enumerate(DOC.cerfa(p, f)):
        im = scan(render(pg, 200), rng_for(k, "form", i))
        save_jpg(im, pk.path("scan_%04d.jpg" % (14 + i)), 85)
    pk.add(
        [("scan_0014.jpg", [1]), ("scan_0015.jpg", [1])],
        "application_form",
        "scan",
        form_fields(p, f),
        "typed on screen, printed, signed by hand, flatbed scan 200 dpi",
    )
    style = dict(
        country_title="DEMOCRATIC SOCIALIST REPUBLIC OF SRI LANKA",
        paper=(236, 240, 228),
        tint=(200, 215, 190),
        ink=(40, 70, 60),
        date=lambda d: d.strftime("%d/%m/%Y"),
        header="SRI LANKA  PASSPORT",
        labels=[
            "Type",
            "Country code",
            "Passport No.",
            "Surname",
            "Other names",
            "Nationality",
            "Date of birth",
            "Sex",
            "Place of birth",
            "Date of issue",
            "Date of expiry",
            "Authority",
        ],
    )
    pg, lines = IDS.passport(p, style)
    im = phone_photo(render(pg, 300), rng_for(k, "pass"), 3264, rot=0)
    save_jpg(im, pk.path("IMG_20261109_181422.jpg"), 90)
    pk.add(
        [("IMG_20261109_181422.jpg", [1])],
        "passport",
        "phone_photo",
        ident_fields(p, lines),
        "open booklet on a wooden table",
    )
    v = dict(
        number="011723948",
        **{"from": D(2026, 3, 2)},
        until=D(2027, 3, 1),
        days=365,
        post="COLOMBO",
        issued=D(2026, 2, 18),
        category="SALARIÉ",
        remarks=["VLS-TS SALARIE", "CESEDA R.431-16 15°", "DISPENSE TEMPORAIRE CARTE DE SEJOUR"],
    )
    vp = dict(paper=(236, 240, 228), tint=(205, 218, 195))
    pg, vl = IDS.visa_page(p, v, vp)
    im = phone_photo(render(pg, 300), rng_for(k, "visa"), 3024, rot=90)
    save_jpg(im, pk.path("IMG_20261109_181503.jpg"), 90)
    pk.add(
        [("IMG_20261109_181503.jpg", [1])],
        "long_stay_visa",
        "phone_photo",
        visa_fields(p, v, vl),
        "visa page photographed, image rotated 90 degrees",
    )
    b = dict(
        district="Jaffna",
        division="Jaffna",
        reg_div="Nallur",
        entry="2417",
        father="Jeyarajah Sivakumaran",
        father_dob="03 March 1961",
        mother="Jeyarajah Vasanthi (née Kanagaratnam)",
        mother_dob="21 August 1965",
        informant="Jeyarajah Sivakumaran, 14 Temple Road, Nallur",
        reg_date="25 June 1993",
        registrar="K. Thambirajah",
        issued="09 January 2026",
    )
    a = dict(
        labels=IDS.APO_EN,
        caption="This public document",
        country="Democratic Socialist Republic of Sri Lanka",
        signed_by="R. M. Perera",
        capacity="Additional District Registrar, Jaffna",
        seal="Registrar General's Department",
        at="Colombo",
        date="22 January 2026",
        by="Consular Affairs Division, Ministry of Foreign Affairs",
        number="CA/APT/2026/004871",
        stamp="",
        signature="",
        seal_word="MFA SRI LANKA",
        sig_name="S. Wickramasinghe",
    )
    imgs = [
        scan(render(IDS.bc_srilanka(p, b), 200), rng_for(k, "bc")),
        scan(on_a4([(render(IDS.apostille(a), 200), 30, 40)]), rng_for(k, "apo")),
    ]
    image_pdf(imgs, pk.path("acte_naissance_apostille.pdf"))
    pk.add(
        [("acte_naissance_apostille.pdf", [1])],
        "birth_certificate",
        "image_pdf",
        bc_fields(p, "LKA", "en", True),
        "English-language certified copy",
    )
    pk.add(
        [("acte_naissance_apostille.pdf", [2])],
        "apostille",
        "image_pdf",
        {
            "country": "LKA",
            "issued_on": "2026-01-22",
            "number": "CA/APT/2026/004871",
            "signed_by": "Consular Affairs Division, Ministry of Foreign Affairs",
        },
    )
    L = dict(
        landlord_text="SCI LES CANUTS, société civile immobilière, représentée par M. Bernard "
        "Vial, gérant, 4 quai Claude Bernard 69007 Lyon",
        tenant_text="Mme Tharshini JEYARAJAH, née le 14/06/1993 à Jaffna (Sri Lanka)",
        address="27 avenue Jean Jaurès, 69007 Lyon, 3e étage, appartement 34",
        desc="Appartement de type T2 de 41 m², cuisine équipée, cave n° 12.",
        start_words="15 mars 2026",
        duration="trois ans",
        rent="690,00",
        charges="60,00",
        initials="BV TJ",
        city="Lyon",
        signed=D(2026, 3, 9),
        landlord_sig="B. Vial",
        tenant_sig="Tharshini J.",
        clauses=[
            (
                "V. TRAVAUX",
                "Le locataire ne peut transformer les locaux sans l'accord écrit du bailleur. " * 3,
            ),
            (
                "VI. GARANTIES",
                "Le dépôt de garantie sera restitué dans un délai maximal "
                "de deux mois à compter de la remise des clés. " * 3,
            ),
            ("VII. CLAUSE DE SOLIDARITÉ", "Sans objet."),
            (
                "VIII. CLAUSE RÉSOLUTOIRE",
                "À défaut de paiement du loyer ou des charges "
                "aux termes convenus, le contrat sera résilié de plein droit deux mois "
                "après un commandement de payer demeuré infructueux. " * 2,
            ),
            ("IX. HONORAIRES", "Néant : location conclue directement entre les parties."),
            (
                "X. AUTRES CONDITIONS",
                "Le locataire s'engage à souscrire une assurance "
                "contre les risques locatifs et à en justifier chaque année.",
            ),
        ],
    )
    imgs = [scan(render(pg, 200), rng_for(k, "bail", i)) for i, pg in enumerate(DOC.lease(L))]
    image_pdf(imgs, pk.path("bail.pdf"))
    pk.add(
        [("bail.pdf", [1, 2, 3])],
        "lease",
        "image_pdf",
        {
            "tenant_names": ["Tharshini JEYARAJAH"],
            "landlord": "SCI LES CANUTS",
            "address": "27 avenue Jean Jaurès, 69007 Lyon",
            "start_date": "2026-03-15",
        },
    )
    s = dict(
        employer="RÉSIDENCE LES TILLEULS SAS",
        emp_lines=["EHPAD Les Tilleuls", "112 rue de Gerland", "69007 Lyon"],
        p_start=D(2026, 10, 1),
        p_end=D(2026, 10, 31),
        paid=D(2026, 10, 30),
        emp_addr=["Mme JEYARAJAH Tharshini", "27 avenue Jean Jaurès, appt 34", "69007 LYON"],
        matricule="00418",
        job="Aide-soignante",
        entry=D(2026, 3, 9),
        ccn="FEHAP / CCN 51",
        siret="812 457 339 00024",
        ape="8710A",
        urssaf="Rhône-Alpes",
        rows=[
            ("SALAIRE DE BASE", "151,67", "14,0200", "", "2 126,41"),
            ("Prime dimanche et jours fériés", "", "", "", "96,00"),
            ("SANTÉ", "", "", "", ""),
            ("Sécurité sociale - maladie", "2 222,41", "", "", ""),
            ("Complémentaire santé", "2 222,41", "0,9500", "21,11", ""),
            ("RETRAITE", "", "", "", ""),
            ("Sécurité sociale plafonnée", "2 222,41", "6,9000", "153,35", ""),
            ("Complémentaire tranche 1", "2 222,41", "4,0100", "89,12", ""),
            ("ASSURANCE CHÔMAGE", "2 222,41", "", "", ""),
            ("CSG déductible", "2 183,52", "6,8000", "148,48", ""),
            ("CSG/CRDS non déductibles", "2 183,52", "2,9000", "63,32", ""),
        ],
        net_before="1 747,03",
        pas_rate="1,9 %",
        pas="33,19",
        net="1 713,84",
    )
    write_pdf(
        DOC.payslip(s), pk.path("Bulletin_de_paie_2026_10.pdf"), "Bulletin de paie", "Silae Paie"
    )
    pk.add(
        [("Bulletin_de_paie_2026_10.pdf", [1])],
        "payslip",
        "text_pdf",
        {
            "employer": "RÉSIDENCE LES TILLEULS SAS",
            "employee_name": "JEYARAJAH Tharshini",
            "period": "2026-10",
            "net_pay": "1713.84",
            "siret": "81245733900024",
        },
    )
    r = dict(
        bank="SOCIETE GENERALE",
        color=(220, 0, 30),
        font="sansb",
        holder_lines=["MLLE JEYARAJAH THARSHINI", "27 AV JEAN JAURES APPT 34", "69007 LYON"],
        domic=["SG LYON GERLAND", "6 RUE DE GERLAND", "69007 LYON", "04 78 72 00 00"],
        bank_code="30003",
        branch="01870",
        account="00050281946",
        key=KEY1,
        iban=IBAN1,
        bic="SOGEFRPP",
        footer="Société Générale — SA au capital de 1 000 395 971,25 € — "
        "552 120 222 RCS Paris — 29 bd Haussmann 75009 Paris",
    )
    write_pdf([DOC.rib(r)], pk.path("RIB_SG.pdf"), "RIB", "Société Générale")
    pk.add(
        [("RIB_SG.pdf", [1])],
        "rib",
        "text_pdf",
        {
            "holder_name": "JEYARAJAH THARSHINI",
            "iban": IBAN1,
            "bic": "SOGEFRPP",
            "bank_name": "Société Générale",
            "iban_valid": True,
            "rib_key_valid": True,
        },
    )
    pk.truth(out, ok_reqs(True), None)


# ---------------------------------------------------------------- packet 2 (UK)


def packet2(out):
    p, k = P2, "p02"
    pk = Packet(out, p)
    f = dict(
        fill="hand", situation="sans_activite", place="Gordes", signed_on=D(2026, 11, 19), sig=True
    )
    for i, pg in enumerate(DOC.cerfa(p, f)):
        im = phone_photo(render(pg, 170), rng_for(k, "form", i), 4000, rot=(0, 270)[i])
        save_jpg(im, pk.path("IMG_%04d.jpg" % (3311 + i)), 88)
    pk.add(
        [("IMG_3311.jpg", [1]), ("IMG_3312.jpg", [1])],
        "application_form",
        "phone_photo",
        form_fields(p, f),
        "hand-filled in blue ink; page 2 photo rotated",
    )
    style = dict(
        country_title="UNITED KINGDOM OF GREAT BRITAIN AND NORTHERN IRELAND",
        paper=(236, 226, 232),
        tint=(215, 195, 210),
        ink=(100, 40, 70),
        date=lambda d: (
            "%02d %s /%s %02d"
            % (d.day, IDS.MON3[d.month - 1], IDS.MOIS3[d.month - 1][:3], d.year % 100)
        ),
        header="PASSPORT / PASSEPORT",
        labels=[
            "Type/Type",
            "Code/Code",
            "Passport No./Passeport No.",
            "Surname/Nom (1)",
            "Given names/Prénoms (2)",
            "Nationality/Nationalité (3)",
            "Date of birth/Date de naissance (4)",
            "Sex/Sexe (5)",
            "Place of birth/Lieu de naissance (6)",
            "Date of issue/Date de délivrance (7)",
            "Date of expiry/Date d'expiration (9)",
            "Authority/Autorité (8)",
        ],
    )
    pg, lines = IDS.passport(p, style)
    im = render(pg, 300).crop(
        (0, int(88 * 300 / 25.4) - 20, int(125 * 300 / 25.4), int(176 * 300 / 25.4))
    )
    im = im.resize((im.width * 2 // 3, im.height * 2 // 3))
    save_jpg(scan(on_a4([(im, 12, 15)]), rng_for(k, "pass")), pk.path("passport.jpg"), 88)
    pk.add(
        [("passport.jpg", [1])],
        "passport",
        "scan",
        ident_fields(p, lines),
        "data page on a flatbed, 200 dpi",
    )
    c = dict(
        p,
        number="2AF8K4L71",
        expiry=D(2027, 6, 9),
        issue=D(2026, 6, 10),
        pref="Préfecture de Vaucluse",
        type_lines=["CARTE DE SÉJOUR TEMPORAIRE", "VISITEUR"],
        remarks=["N'AUTORISE PAS SON TITULAIRE", "À TRAVAILLER", "CARTE DE SEJOUR TEMPORAIRE 1 AN"],
        sig_text="S. O'Connor-Blake",
    )
    front, back, tl = IDS.card_fr(p, "ts", c)
    s = 200 / 25.4
    fi, bi = render(front, 200), render(back, 200)
    im = photocopy(on_a4([(fi, 60, 40), (bi, 60, 40 + 54 + 25)]), rng_for(k, "ts"))
    save_jpg(im, pk.path("titre_de_sejour_recto_verso.jpg"), 82)
    del s
    pk.add(
        [("titre_de_sejour_recto_verso.jpg", [1])],
        "residence_permit",
        "scan",
        {
            "surname": p["surname"],
            "given_names": p["given_names"],
            "document_number": "2AF8K4L71",
            "nationality": "GBR",
            "issuing_country": "FRA",
            "date_of_birth": p["dob"].isoformat(),
            "sex": "F",
            "expiry_date": "2027-06-09",
            "mrz_valid": True,
            "mrz": tl,
        },
        "photocopy of front and back on one A4 page",
    )
    b = dict(
        app_no="Application Number 4418203-1",
        subdistrict="Leeds North",
        district="Metropolitan District of Leeds",
        entry=231,
        where=["St James's", "University", "Hospital, Leeds"],
        father=["Patrick", "O'Connor-Blake"],
        mother=["Margaret", "O'Connor-Blake", "formerly Doyle"],
        occ=["Electrical", "engineer"],
        informant=["M. O'Connor-", "Blake", "Mother"],
        registered=["Second", "October", "1961"],
        registrar=["E. Hartley", "Registrar"],
        issued_words="28th day of April 2026",
        serial="BXCG 118402",
    )
    save_jpg(scan(render(IDS.bc_uk(p, b), 250), rng_for(k, "bc")), pk.path("birth_cert.jpg"))
    pk.add(
        [("birth_cert.jpg", [1])],
        "birth_certificate",
        "scan",
        bc_fields(p, "GBR", "en", True),
        "GRO certified copy, handwritten entry",
    )
    a = dict(
        labels=IDS.APO_EN,
        caption="This public document",
        country="United Kingdom of Great Britain and Northern Ireland",
        signed_by="E. Hartley",
        capacity="Deputy Registrar",
        seal="General Register Office",
        at="Milton Keynes",
        date="07 May 2026",
        by="HM Principal Secretary of State for Foreign, Commonwealth and Development Affairs"[:58],
        number="J 884217",
        stamp="",
        signature="",
        seal_word="FCDO",
        sig_name="C. Bennett",
    )
    save_jpg(scan(render(IDS.apostille(a), 250), rng_for(k, "apo")), pk.path("apostille.jpg"))
    pk.add(
        [("apostille.jpg", [1])],
        "apostille",
        "scan",
        {
            "country": "GBR",
            "issued_on": "2026-05-07",
            "number": "J 884217",
            "signed_by": "HM Principal Secretary of State for Foreign, Commonwealth and "
            "Development Affairs",
        },
    )
    months = [
        (D(2026, 8, 1), D(2026, 8, 31), D(2026, 8, 4)),
        (D(2026, 9, 1), D(2026, 9, 30), D(2026, 9, 3)),
        (D(2026, 10, 1), D(2026, 10, 31), D(2026, 10, 5)),
    ]
    for i, (st, en, iss) in enumerate(months):
        bl = dict(
            issue=iss,
            no="FR%08d" % (40118273 + i * 977),
            account="0102 8837 41",
            addr=["MME SIOBHAN O'CONNOR-BLAKE", "12 CHEMIN DE LA SOURCE", "84220 GORDES"],
            holder="Mme Siobhan O'Connor-Blake",
            line="04 90 72 18 33",
            debit=D(iss.year, iss.month, 15),
            start=st,
            end=en,
            abo="42,99",
            tv="5,00",
            tva="8,00",
            amount="47,99",
        )
        name = "Facture_Orange_%s.pdf" % st.strftime("%Y%m")
        write_pdf(DOC.bill_orange(bl), pk.path(name), "Facture", "Orange")
        pk.add(
            [(name, [1])],
            "utility_bill",
            "text_pdf",
            {
                "provider": "Orange",
                "service": "internet",
                "holder_name": "SIOBHAN O'CONNOR-BLAKE",
                "address": "12 chemin de la Source, 84220 Gordes",
                "issue_date": iss.isoformat(),
                "period_start": st.isoformat(),
                "period_end": en.isoformat(),
                "amount": "47.99",
                "month": st.strftime("%Y-%m"),
            },
        )
    pg = DOC.revolut_screen(
        dict(holder="Siobhan Margaret O'Connor-Blake", iban=IBAN2, bic="REVOLT21")
    )
    render(pg, 254).save(pk.path("Screenshot_20261118-102233.png"))
    pk.add(
        [("Screenshot_20261118-102233.png", [1])],
        "rib",
        "screenshot",
        {
            "holder_name": "Siobhan Margaret O'Connor-Blake",
            "iban": IBAN2,
            "bic": "REVOLT21",
            "bank_name": "Revolut Bank UAB",
            "iban_valid": True,
            "rib_key_valid": None,
        },
        "Lithuanian SEPA IBAN: acceptable (info finding expected)",
    )
    pk.truth(out, ok_reqs(False), None)


# ---------------------------------------------------------------- packet 3 (Canada)


def packet3(out):
    p, k, h = P3, "p03", HOST3
    pk = Packet(out, p)
    f = dict(
        fill="hand",
        situation="salarie",
        contract="CDI",
        job="Chargée de projets",
        place="Rennes",
        signed_on=D(2026, 11, 20),
        sig=True,
    )
    imgs = [scan(render(pg, 200), rng_for(k, "form", i)) for i, pg in enumerate(DOC.cerfa(p, f))]
    image_pdf(imgs, pk.path("formulaire_S1106.pdf"))
    pk.add(
        [("formulaire_S1106.pdf", [1, 2])],
        "application_form",
        "image_pdf",
        form_fields(p, f),
        "hand-filled, scanned to PDF",
    )
    style = dict(
        country_title="CANADA",
        paper=(232, 236, 244),
        tint=(195, 205, 228),
        ink=(40, 50, 110),
        date=lambda d: (
            "%02d %s /%s %d" % (d.day, IDS.MON3[d.month - 1], IDS.MOIS3[d.month - 1][:3], d.year)
        ),
        header="CANADA   PASSPORT / PASSEPORT",
        labels=[
            "Type/Type",
            "Issuing Country/Pays émetteur",
            "Passport No./N° de passeport",
            "Surname/Nom",
            "Given names/Prénoms",
            "Nationality/Nationalité",
            "Date of birth/Date de naissance",
            "Sex/Sexe",
            "Place of birth/Lieu de naissance",
            "Date of issue/Date de délivrance",
            "Date of expiry/Date d'expiration",
            "Issuing Authority/Autorité",
        ],
    )
    pg, lines = IDS.passport(p, style)
    save_jpg(
        phone_photo(render(pg, 300), rng_for(k, "pass"), 4000, rot=180), pk.path("IMG_0871.jpg"), 90
    )
    pk.add(
        [("IMG_0871.jpg", [1])],
        "passport",
        "phone_photo",
        ident_fields(p, lines),
        "booklet photographed upside down (rotated 180)",
    )
    v = dict(
        number="014502771",
        **{"from": D(2026, 4, 20)},
        until=D(2027, 4, 19),
        days=365,
        post="OTTAWA",
        issued=D(2026, 4, 2),
        category="VIE PRIVÉE ET FAMILIALE",
        remarks=["VLS-TS VIE PRIVEE ET FAMILIALE", "CONJOINT DE FRANCAIS", "CESEDA R.431-16 4°"],
    )
    pg, vl = IDS.visa_page(p, v, dict(paper=(232, 236, 244), tint=(200, 210, 230)))
    save_jpg(phone_photo(render(pg, 300), rng_for(k, "visa"), 3264), pk.path("IMG_0872.jpg"), 90)
    pk.add([("IMG_0872.jpg", [1])], "long_stay_visa", "phone_photo", visa_fields(p, v, vl))
    b = dict(
        parent1="GAGNON, Isabelle Marie",
        parent1_pob="Sudbury, Ontario",
        parent2="TREMBLAY, Marc-André",
        parent2_pob="Chicoutimi, Québec",
        reg="1990-05-118734",
        reg_date="1990/11/20",
        issued="2026/01/14",
        cert="00731562",
    )
    a = dict(
        labels=IDS.APO_EN,
        caption="This public document",
        country="Canada",
        signed_by="Alison Chen",
        capacity="Deputy Registrar General",
        seal="Office of the Registrar General, Ontario",
        at="Toronto",
        date="03 February 2026",
        by="Official Documents Services, Ontario",
        number="ON-2026-0184473",
        stamp="",
        signature="",
        seal_word="ONTARIO",
        sig_name="D. Singh",
        seal_ink=(30, 60, 130),
    )
    save_jpg(
        scan(render(IDS.bc_ontario(p, b), 200), rng_for(k, "bc")),
        pk.path("scan_acte_naissance.jpg"),
    )
    save_jpg(scan(render(IDS.apostille(a), 200), rng_for(k, "apo")), pk.path("scan_apostille.jpg"))
    pk.add(
        [("scan_acte_naissance.jpg", [1])],
        "birth_certificate",
        "scan",
        bc_fields(p, "CAN", "en", True),
        "Ontario certified copy, bilingual labels",
    )
    pk.add(
        [("scan_apostille.jpg", [1])],
        "apostille",
        "scan",
        {
            "country": "CAN",
            "issued_on": "2026-02-03",
            "number": "ON-2026-0184473",
            "signed_by": "Official Documents Services, Ontario",
        },
    )
    hlines = [
        "Je soussigné Julien Marchetti, né le 22/07/1988",
        "à Ajaccio (Corse-du-Sud), demeurant au",
        "5 rue Paul Bert, 35000 Rennes,",
        "atteste sur l'honneur héberger à mon domicile",
        "depuis le 1er mai 2026 mon épouse,",
        "Marie-Ève Tremblay-Gagnon, née le 02/11/1990",
        "à Ottawa (Canada).",
        "",
        "Je joins la copie de ma carte d'identité et",
        "de mon bail.",
        "Fait pour servir et valoir ce que de droit.",
    ]
    pg = DOC.hosting(
        dict(lines=hlines, place_date="Fait à Rennes, le 3/11/2026", sig="J. Marchetti")
    )
    save_jpg(
        phone_photo(render(pg, 150), rng_for(k, "heb"), 3024, rot=90), pk.path("IMG_0874.jpg"), 88
    )
    pk.add(
        [("IMG_0874.jpg", [1])],
        "hosting_attestation",
        "phone_photo",
        {
            "host_name": "Julien Marchetti",
            "hosted_name": "Marie-Ève Tremblay-Gagnon",
            "address": "5 rue Paul Bert, 35000 Rennes",
            "since_date": "2026-05-01",
            "signed_on": "2026-11-03",
            "signed": True,
        },
        "handwritten on lined paper",
    )
    front, back, cl = IDS.card_fr(h, "cni", h)
    im = photocopy(
        on_a4([(render(front, 200), 55, 35), (render(back, 200), 55, 110)]), rng_for(k, "cni")
    )
    save_jpg(im, pk.path("CNI_Julien.jpg"), 80)
    pk.add(
        [("CNI_Julien.jpg", [1])],
        "national_id",
        "scan",
        {
            "surname": h["surname"],
            "given_names": h["given_names"],
            "document_number": h["number"],
            "nationality": "FRA",
            "issuing_country": "FRA",
            "date_of_birth": h["dob"].isoformat(),
            "sex": "M",
            "expiry_date": h["expiry"].isoformat(),
            "mrz_valid": True,
            "mrz": cl,
        },
        "host's French identity card (2021 model), photocopy recto/verso",
    )
    L = dict(
        landlord_text="M. et Mme Yann et Gwenaëlle Le Goff, demeurant 18 boulevard de la "
        "Liberté 35000 Rennes",
        tenant_text="M. Julien MARCHETTI, né le 22/07/1988 à Ajaccio",
        address="5 rue Paul Bert, 35000 Rennes, 2e étage gauche",
        desc="Appartement de type T3 de 64 m², balcon, place de parking n° 7.",
        start_words="1er septembre 2023",
        duration="trois ans",
        rent="880,00",
        charges="70,00",
        initials="YLG JM",
        city="Rennes",
        signed=D(2023, 8, 24),
        landlord_sig="Y. Le Goff",
        tenant_sig="J. Marchetti",
        clauses=[
            (
                "V. TRAVAUX",
                "Les travaux d'amélioration des parties communes ne donnent "
                "lieu à aucune diminution de loyer. " * 3,
            ),
            ("VI. GARANTIES", "Dépôt de garantie d'un mois de loyer hors charges. " * 3),
            (
                "VII. CLAUSE RÉSOLUTOIRE",
                "Le bail sera résilié de plein droit à défaut "
                "d'assurance ou de paiement du loyer. " * 3,
            ),
            (
                "VIII. ANNEXES",
                "Diagnostic de performance énergétique (classe D), état "
                "des risques, état des lieux d'entrée.",
            ),
        ],
    )
    write_pdf(DOC.lease(L), pk.path("bail_Marchetti.pdf"), "Bail", "Le Goff")
    pk.add(
        [("bail_Marchetti.pdf", [1, 2, 3])],
        "lease",
        "text_pdf",
        {
            "tenant_names": ["Julien MARCHETTI"],
            "landlord": "Yann et Gwenaëlle Le Goff",
            "address": "5 rue Paul Bert, 35000 Rennes",
            "start_date": "2023-09-01",
        },
        "host's lease (hosting route)",
    )
    c = dict(
        employer_text="la société KERMARREC NUMÉRIQUE SAS, au capital de 50 000 €, dont le "
        "siège est 21 rue de Châtillon 35000 Rennes, SIRET 845 219 603 00017, représentée "
        "par Mme Nolwenn Kermarrec, Présidente,",
        employee_text="Mme Marie-Ève TREMBLAY-GAGNON, née le 2 novembre 1990 à Ottawa "
        "(Canada), de nationalité canadienne, demeurant 5 rue Paul Bert 35000 Rennes,",
        articles=[
            (
                "Article 1 - Engagement",
                "La Salariée est engagée à compter du 15 juin "
                "2026 pour une durée indéterminée, sous réserve de la visite d'information "
                "et de prévention.",
            ),
            (
                "Article 2 - Fonctions",
                "La Salariée exercera les fonctions de Chargée de "
                "projets, statut cadre, position 2.1 coefficient 115 de la convention "
                "collective Syntec.",
            ),
            (
                "Article 3 - Période d'essai",
                "Le contrat ne deviendra définitif qu'à "
                "l'issue d'une période d'essai de quatre mois.",
            ),
            (
                "Article 4 - Rémunération",
                "Rémunération annuelle brute de 38 500 €, versée en douze mensualités.",
            ),
            ("Article 5 - Durée du travail", "Forfait annuel de 218 jours."),
            ("Article 6 - Lieu de travail", "Rennes, 21 rue de Châtillon."),
            ("Article 7 - Congés", "Conformément aux dispositions légales et conventionnelles."),
        ],
        city="Rennes",
        signed=D(2026, 6, 8),
        signatory="Nolwenn Kermarrec, Présidente",
        signatory_sig="N. Kermarrec",
        employee_sig="M-È Tremblay-Gagnon",
    )
    imgs = [scan(render(pg, 200), rng_for(k, "cdi", i)) for i, pg in enumerate(DOC.contract(c))]
    image_pdf(imgs, pk.path("contrat_CDI.pdf"))
    pk.add(
        [("contrat_CDI.pdf", [1, 2])],
        "employment_contract",
        "image_pdf",
        {
            "employer": "KERMARREC NUMÉRIQUE SAS",
            "employee_name": "Marie-Ève TREMBLAY-GAGNON",
            "contract_type": "CDI",
            "job_title": "Chargée de projets",
            "start_date": "2026-06-15",
        },
    )
    r = dict(
        bank="La Banque Postale",
        color=(0, 60, 130),
        font="sansb",
        holder_lines=[
            "M OU MME MARCHETTI JULIEN",
            "OU TREMBLAY-GAGNON MARIE-EVE",
            "5 RUE PAUL BERT",
            "35000 RENNES",
        ],
        domic=["LA BANQUE POSTALE", "CENTRE FINANCIER DE RENNES", "35900 RENNES CEDEX 9"],
        bank_code="20041",
        branch="01013",
        account="14523070035",
        key=KEY3,
        iban=IBAN3,
        bic="PSSTFRPPREN",
        footer="La Banque Postale — SA à Directoire et Conseil de "
        "surveillance — 115 rue de Sèvres 75275 Paris Cedex 06 — RCS Paris 421 100 645",
    )
    save_jpg(scan(render(DOC.rib(r), 200), rng_for(k, "rib")), pk.path("RIB_joint.jpg"))
    pk.add(
        [("RIB_joint.jpg", [1])],
        "rib",
        "scan",
        {
            "holder_name": "M OU MME MARCHETTI JULIEN OU TREMBLAY-GAGNON MARIE-EVE",
            "iban": IBAN3,
            "bic": "PSSTFRPPREN",
            "bank_name": "La Banque Postale",
            "iban_valid": True,
            "rib_key_valid": True,
        },
        "joint account including applicant",
    )
    pk.truth(out, ok_reqs(True), None)


# ---------------------------------------------------------------- packet 4 (Cabo Verde)


def packet4(out):
    p, k = P4, "p04"
    pk = Packet(out, p)
    f = dict(
        fill="typed",
        situation="sans_activite",
        place="Saint-Denis",
        signed_on=D(2026, 11, 23),
        sig=False,
    )
    pages = DOC.cerfa(p, f)
    pages[1].ops.append(("image", 118, 82, 60, 19, sig_image(p["sig_text"], 5)))
    f["sig"] = True
    write_pdf(pages, pk.path("S1106_formulaire_rempli.pdf"), "S1106", "Adobe Acrobat")
    pk.add(
        [("S1106_formulaire_rempli.pdf", [1, 2])],
        "application_form",
        "text_pdf",
        form_fields(p, f),
        "typed in the PDF, handwritten signature image pasted",
    )
    style = dict(
        country_title="REPÚBLICA DE CABO VERDE",
        paper=(234, 238, 246),
        tint=(196, 208, 232),
        ink=(30, 50, 120),
        date=lambda d: d.strftime("%d.%m.%Y"),
        header="REPÚBLICA DE CABO VERDE   PASSAPORTE / PASSPORT",
        labels=[
            "Tipo/Type",
            "Código/Code",
            "Passaporte n.º/Passport No.",
            "Apelidos/Surname",
            "Nomes/Given names",
            "Nacionalidade/Nationality",
            "Data de nascimento/Date of birth",
            "Sexo/Sex",
            "Local de nascimento/Place of birth",
            "Data de emissão/Date of issue",
            "Válido até/Date of expiry",
            "Autoridade/Authority",
        ],
    )
    pg, lines = IDS.passport(p, style)
    im = render(pg, 200).crop(
        (0, int(88 * 200 / 25.4) - 10, int(125 * 200 / 25.4), int(176 * 200 / 25.4))
    )
    r = dict(
        pref="de la Seine-Saint-Denis",
        number="9312026087415",
        motif="Vie privée et familiale — première demande",
        **{"from": D(2026, 9, 10)},
        until=D(2027, 3, 9),
        city="Bobigny",
        work="Autorise son titulaire à travailler",
    )
    pages = [
        scan(on_a4([(im, 20, 20)]), rng_for(k, "pass")),
        scan(on_a4([(render(IDS.recepisse(p, r), 200), 0, 10)]), rng_for(k, "rec")),
        scan(render(IDS.bc_caboverde(p, _bc4()), 200), rng_for(k, "bc")),
    ]
    image_pdf(pages, pk.path("documents_scannes.pdf"))
    pk.add([("documents_scannes.pdf", [1])], "passport", "image_pdf", ident_fields(p, lines))
    pk.add(
        [("documents_scannes.pdf", [2])],
        "residence_permit",
        "image_pdf",
        {
            "surname": p["surname"],
            "given_names": p["given_names"],
            "document_number": "9312026087415",
            "nationality": "CPV",
            "issuing_country": "FRA",
            "date_of_birth": p["dob"].isoformat(),
            "sex": "F",
            "expiry_date": "2027-03-09",
            "mrz_valid": None,
        },
        "récépissé de demande de carte de séjour (paper, no MRZ)",
    )
    pk.add(
        [("documents_scannes.pdf", [3])],
        "birth_certificate",
        "image_pdf",
        bc_fields(p, "CPV", "pt", False),
        "Portuguese certidão; no apostille in the packet",
    )
    bills = [
        (D(2026, 8, 1), D(2026, 8, 31), D(2026, 9, 2), "38,42", 142),
        (D(2026, 9, 1), D(2026, 9, 30), D(2026, 10, 2), "41,07", 156),
        (D(2026, 10, 1), D(2026, 10, 31), D(2026, 11, 3), "52,90", 211),
    ]
    for i, (st, en, iss, amt, kwh) in enumerate(bills):
        bl = dict(
            no="1009%07d" % (4418820 + i * 31),
            issue=iss,
            account="FR-30041876",
            holder="Mme Ana Lúcia TAVARES SEMEDO",
            site="8 allée des Tilleuls, bât. C, 93200 Saint-Denis",
            pdl="0921 7745 1023 88",
            addr=[
                "MME TAVARES SEMEDO ANA LUCIA",
                "8 ALLEE DES TILLEULS BAT C",
                "93200 SAINT-DENIS",
            ],
            start=st,
            end=en,
            amount=amt,
            debit=D(iss.year, iss.month, 12),
            iban_mask="FR76 **** **** **** **** ***5 0 95",
            kwh=kwh,
            abo="13,44",
            conso="-",
            tax="-",
            tva="-",
        )
        name = "facture_totalenergies_%s.pdf" % st.strftime("%m_%Y")
        if i == 1:
            name = "IMG_20261105_204511.jpg"
            im = phone_photo(render(DOC.bill_total(bl)[0], 170), rng_for(k, "bill", i), 3264)
            save_jpg(im, pk.path(name), 88)
            look = "phone_photo"
        else:
            write_pdf(DOC.bill_total(bl), pk.path(name), "Facture", "TotalEnergies")
            look = "text_pdf"
        pk.add(
            [(name, [1])],
            "utility_bill",
            look,
            {
                "provider": "TotalEnergies",
                "service": "electricity",
                "holder_name": "Ana Lúcia TAVARES SEMEDO",
                "address": "8 allée des Tilleuls, bât. C, 93200 Saint-Denis",
                "issue_date": iss.isoformat(),
                "period_start": st.isoformat(),
                "period_end": en.isoformat(),
                "amount": amt.replace(",", "."),
                "month": st.strftime("%Y-%m"),
            },
        )
    r = dict(
        bank="BoursoBank",
        color=(210, 0, 110),
        font="latob",
        holder_lines=[
            "MME ANA LUCIA TAVARES SEMEDO",
            "8 ALLEE DES TILLEULS BAT C",
            "93200 SAINT-DENIS",
        ],
        domic=["BoursoBank", "44 rue Traversière", "CS 80134", "92772 Boulogne-Billancourt"],
        bank_code="40618",
        branch="80432",
        account="00041762095",
        key=KEY4,
        iban=IBAN4,
        bic="BOUSFRPPXXX",
        footer="BoursoBank — SA au capital de 51 171 597,60 € — "
        "RCS Nanterre 351 058 151 — 44 rue Traversière 92100 Boulogne-Billancourt",
    )
    write_pdf([DOC.rib(r)], pk.path("RIB_BoursoBank.pdf"), "RIB", "BoursoBank")
    pk.add(
        [("RIB_BoursoBank.pdf", [1])],
        "rib",
        "text_pdf",
        {
            "holder_name": "MME ANA LUCIA TAVARES SEMEDO",
            "iban": IBAN4,
            "bic": "BOUSFRPPXXX",
            "bank_name": "BoursoBank",
            "iban_valid": True,
            "rib_key_valid": True,
        },
    )
    reqs = ok_reqs(False)
    reqs["birth_certificate"] = "invalid"
    pk.truth(out, reqs, "birth certificate issued in Cabo Verde (Hague party) without apostille")


def _bc4():
    return dict(
        cons="Praia",
        assento="1.284",
        reg_day="dezasseis",
        reg_month=4,
        declarant="Manuel Semedo Tavares, pai da registada",
        hour="06:40",
        concelho="Praia",
        father="Manuel Semedo Tavares",
        mother="Maria de Fátima Semedo",
        gp_pat="João Tavares e Ana Semedo",
        gp_mat="Domingos Semedo e Rosa Lopes",
        issued="vinte e dois de julho de 2026",
        conservador="José A. Monteiro",
        conta="2026/07/3319",
    )


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: generate.py OUT_DIR")
    out = sys.argv[1]
    os.makedirs(os.path.join(out, "packets"), exist_ok=True)
    os.makedirs(os.path.join(out, "documents"), exist_ok=True)
    for fn in (packet1, packet2, packet3, packet4):
        fn(out)
    with open(os.path.join(out, "manifest.json"), "w") as fh:
        json.dump({"packets": ["p01", "p02", "p03", "p04"], "documents": []}, fh, indent=2)


if __name__ == "__main__":
    main()
