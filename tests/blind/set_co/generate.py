"""Blind set set_co: three whole packets. Usage: generate.py OUT_DIR"""

import json
import os
import sys

import docs
from docs import fr
from render import (
    Page,
    group4,
    iban_ok,
    image_pdf,
    make_fr_iban,
    phone_photo,
    render_pdf,
    render_pil,
    rib_key,
    save_jpeg,
    scanned,
    seeded,
)

REQ_OK = {
    "application_form": "complete",
    "identity": "complete",
    "residence_status": "complete",
    "birth_certificate": "complete",
    "residence_proof": "complete",
    "bank_details": "complete",
}


def text_page(lines, rng, title=None, hand=False):
    pg = Page(bg=(252, 251, 247) if hand else (255, 255, 255))
    y = 20
    if title:
        pg.text(105, y, title, 14, "serifb", align="center")
        y += 12
    for ln in lines:
        if isinstance(ln, tuple):
            kind, val = ln
            if kind == "sig":
                pg.signature(rng, 120, y + 6, val)
                y += 16
            elif kind == "b":
                pg.text(20, y, val, 10.5, "serifb")
                y += 7
            elif kind == "h":
                pg.hand(rng, 20, y, val, 12)
                y += 8
            continue
        pg.text(20, y, ln, 10, "serif")
        y += 6
    return pg


def form_pages(a, rng, hand):
    p1 = Page()
    p1.text(15, 16, "l'Assurance Maladie", 13, "sansb", (0, 80, 160))
    p1.rect(160, 8, 36, 12, stroke=(0, 0, 0))
    p1.text(178, 16, "N° 15763*02", 9, "sansb", align="center")
    p1.text(
        105, 30, "Demande d'ouverture des droits à l'assurance maladie", 13, "sansb", align="center"
    )
    p1.text(105, 36, "Protection universelle maladie (PUMa)", 10, "sans", align="center")
    p1.text(
        15,
        43,
        "Articles L. 160-1, L. 160-5, R. 111-2 et D. 160-2 du code de la sécurité "
        "sociale. Remplissez ce formulaire en lettres capitales.",
        6.5,
    )
    p1.rect(15, 50, 180, 7, fill=(0, 80, 160), stroke=None)
    p1.text(18, 55, "A  VOUS", 10, "sansb", (255, 255, 255))
    vals = [
        ("Nom de naissance", a["surname"]),
        ("Nom d'usage (facultatif)", ""),
        ("Prénom(s)", a["given"]),
        ("Sexe   F [ ]   M [ ]", ""),
        ("Date de naissance (JJ MM AAAA)", fr(a["dob"]).replace("/", "  ")),
        ("Lieu de naissance (commune, pays)", a["pob"]),
        ("Nationalité", a["nat_fr"]),
        ("N° de sécurité sociale (si vous en avez un)", ""),
        ("Adresse", a["addr1"]),
        ("Code postal   Commune", a["addr2"]),
        ("Téléphone", a["phone"]),
        ("E-mail", a["email"]),
    ]
    y = 66
    for lab, val in vals:
        p1.text(15, y, lab, 8)
        p1.line(80, y + 1, 195, y + 1, 0.2, (120, 120, 120))
        if val:
            if hand:
                p1.hand(rng, 82, y, val.upper(), 12)
            else:
                p1.text(82, y, val.upper(), 10, "mono")
        if lab.startswith("Sexe"):
            x = 29 if a["sex"] == "F" else 42
            p1.text(x, y, "X", 10, "hand" if hand else "mono", (25, 35, 120))
        y += 9
    p1.rect(15, y, 180, 7, fill=(0, 80, 160), stroke=None)
    p1.text(18, y + 5, "B  VOTRE SITUATION", 10, "sansb", (255, 255, 255))
    y += 15
    opts = [
        "Vous exercez une activité salariée en France : CDI [ ] CDD [ ] intérim [ ]",
        "Vous exercez une activité non salariée (indépendant)",
        "Vous êtes demandeur d'emploi",
        "Vous êtes étudiant(e)",
        "Vous êtes sans activité et résidez en France de manière stable depuis plus de 3 mois",
        "Autre situation (précisez) : .....................................................",
    ]
    for i, o in enumerate(opts):
        p1.rect(15, y - 3.2, 3.5, 3.5)
        p1.text(21, y, o, 8)
        if i == a["situation_idx"]:
            p1.text(15.3, y, "X", 10, "hand" if hand else "mono", (25, 35, 120))
        y += 7
    if a["situation_idx"] == 0:
        p1.text(15, y + 2, "Emploi occupé : ", 8)
        p1.text(45, y + 2, a["job"], 10, "hand" if hand else "mono", (25, 35, 120))
        p1.text(127.5, y - 42 + 0, "", 8)
    p1.text(195, 288, "S1106 — cerfa n° 15763*02 — page 1/2", 6.5, align="right")
    p2 = Page()
    p2.rect(15, 15, 180, 7, fill=(0, 80, 160), stroke=None)
    p2.text(18, 20, "C  VOS ENGAGEMENTS ET SIGNATURE", 10, "sansb", (255, 255, 255))
    p2.text(
        15,
        32,
        "Je certifie sur l'honneur l'exactitude des renseignements portés sur ce formulaire.",
        9,
    )
    p2.text(15, 42, "Fait à", 9)
    p2.text(100, 42, "le", 9)
    if hand:
        p2.hand(rng, 30, 42, a["city"], 12)
        p2.hand(rng, 106, 42, fr(a["signed_on"]), 12)
    else:
        p2.text(30, 42, a["city"], 10, "mono")
        p2.hand(rng, 106, 42, fr(a["signed_on"]), 12)
    p2.text(15, 52, "Signature", 9)
    p2.rect(15, 54, 80, 30)
    p2.signature(rng, 25, 72, a["surname"], w=50)
    p2.text(15, 98, "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE", 10, "sansb")
    for i, t in enumerate(
        [
            "une pièce d'identité (passeport, carte nationale d'identité)",
            "titre de séjour, VLS-TS ou récépissé de demande",
            "acte de naissance (copie intégrale ou extrait avec filiation)",
            "justificatif de résidence en France depuis plus de 3 mois",
            "relevé d'identité bancaire (RIB) à votre nom",
            "contrat de travail ou dernier bulletin de salaire",
        ]
    ):
        p2.text(18, 106 + i * 6, "• " + t, 8.5)
    p2.rect(15, 150, 180, 26, stroke=(120, 120, 120))
    p2.text(18, 156, "Cadre réservé à l'organisme", 8, "sansb")
    p2.text(
        18,
        163,
        "Date de réception : ..........  Pièces vérifiées : ....  Matricule agent : ......",
        7.5,
    )
    p2.text(195, 288, "S1106 — cerfa n° 15763*02 — page 2/2", 6.5, align="right")
    return [p1, p2]


def rib_page(r):
    pg = Page()
    pg.rect(0, 0, 210, 20, fill=r["color"], stroke=None)
    pg.text(12, 13, r["bank"], 16, "sansb", (255, 255, 255))
    pg.text(105, 34, "RELEVÉ D'IDENTITÉ BANCAIRE", 13, "sansb", align="center")
    pg.text(15, 48, "Titulaire du compte", 8, "sans", (90, 90, 90))
    pg.text(15, 54, r["holder_print"], 11, "sansb")
    for i, ln in enumerate(r["addr"]):
        pg.text(15, 60 + i * 5, ln, 10)
    pg.text(120, 48, "Domiciliation", 8, "sans", (90, 90, 90))
    pg.text(120, 54, r["branch_name"], 10)
    heads = ["Code banque", "Code guichet", "N° de compte", "Clé RIB"]
    vals = [r["b"], r["g"], r["a"], r["key"]]
    xs = [15, 50, 85, 150]
    for h, v, x in zip(heads, vals, xs):
        pg.text(x, 82, h, 8, "sans", (90, 90, 90))
        pg.text(x, 89, v, 11, "mono")
    pg.text(15, 104, "IBAN (International Bank Account Number)", 8, "sans", (90, 90, 90))
    pg.text(15, 111, group4(r["iban"]), 12, "mono")
    pg.text(15, 122, "BIC (Bank Identifier Code)", 8, "sans", (90, 90, 90))
    pg.text(15, 129, r["bic"], 12, "mono")
    pg.text(15, 150, "Ce relevé est destiné à être remis à vos créanciers ou débiteurs.", 7.5)
    return pg


def write_doc(folder, name, pages, look, rng, rotate=0, card=False):
    path = os.path.join(folder, name)
    if look == "text_pdf":
        render_pdf(pages, path)
    elif look == "image_pdf":
        image_pdf([scanned(render_pil(p, 200), rng) for p in pages], path)
    elif look == "scan":
        save_jpeg(scanned(render_pil(pages[0], 300 if card else 200), rng, grey=False), path)
    else:
        im = render_pil(pages[0], 600 if card else 250)
        save_jpeg(phone_photo(im, rng, 3264, rotate), path, 88)


def bill(rng, kind, holder, addr, month, amount):
    y, m = int(month[:4]), int(month[5:])
    last = {2: 28, 4: 30, 6: 30, 9: 30, 11: 30}.get(m, 31)
    spec = {
        "edf": (
            "EDF",
            (0, 91, 187),
            "Facture d'électricité",
            "electricity",
            "Point de livraison",
            "EDF SA - 22-30 avenue de Wagram 75008 Paris - RCS Paris 552 081 317",
        ),
        "free": (
            "free",
            (205, 30, 35),
            "Facture Freebox",
            "internet",
            "Ligne",
            "Free SAS - 8 rue de la Ville l'Évêque 75008 Paris - RCS 421 938 861",
        ),
        "veolia": (
            "VEOLIA EAU",
            (230, 0, 40),
            "Facture d'eau",
            "water",
            "Compteur",
            "Veolia Eau - Compagnie Générale des Eaux - 21 rue La Boétie 75008 Paris",
        ),
        "orange": (
            "orange",
            (255, 121, 0),
            "Facture mobile",
            "mobile",
            "Ligne",
            "Orange SA - 111 quai du Président Roosevelt 92130 Issy-les-Moulineaux",
        ),
        "total": (
            "TotalEnergies",
            (237, 0, 0),
            "Facture gaz",
            "gas",
            "PCE",
            "TotalEnergies Électricité et Gaz France - 2bis rue Louis Armand 75015 Paris",
        ),
    }[kind]
    b = {
        "brand": spec[0],
        "color": spec[1],
        "doc_title": spec[2],
        "site_label": spec[4],
        "footer": spec[5],
        "number": str(rng.randrange(10**9, 10**10)),
        "supplier_addr": spec[5].split(" - ")[0] + " - Service clients",
        "holder_print": holder,
        "addr_lines": addr,
        "issue": f"{y:04d}-{m + 1:02d}-03" if m < 12 else f"{y + 1:04d}-01-03",
        "client_ref": str(rng.randrange(10**8, 10**9)),
        "site_id": str(rng.randrange(10**13, 10**14)),
        "start": f"{y:04d}-{m:02d}-01",
        "end": f"{y:04d}-{m:02d}-{last:02d}",
        "amount_print": (f"{amount:.2f}").replace(".", ","),
        "iban_mask": f"FR76 **** **** **** **** ***{rng.randrange(10)} {rng.randrange(10)}{rng.randrange(10)}",
        "lines": [
            ("Abonnement", "%.2f €" % (amount * 0.4)),
            ("Consommation / services", "%.2f €" % (amount * 0.45)),
            ("Taxes et contributions", "%.2f €" % (amount * 0.15)),
        ],
    }
    b["debit"] = b["issue"][:8] + "15"
    fields = {
        "provider": spec[0] if kind != "free" else "Free",
        "service": spec[3],
        "holder_name": holder,
        "address": ", ".join(addr),
        "issue_date": b["issue"],
        "period_start": b["start"],
        "period_end": b["end"],
        "amount": round(amount, 2),
    }
    return docs.bill_page(b, rng), fields


def birth_cert(rng, kind, a):
    pg = Page(bg=(248, 244, 232))
    if kind == "gha":
        pg.text(105, 20, "REPUBLIC OF GHANA", 13, "serifb", align="center")
        pg.text(105, 27, "BIRTHS AND DEATHS REGISTRY", 11, "serifb", align="center")
        pg.text(105, 36, "CERTIFIED COPY OF ENTRY OF BIRTH", 12, "serifb", align="center")
        pg.text(
            105,
            42,
            "(Births and Deaths Registration Act, 2020 (Act 1027))",
            8,
            "serif",
            align="center",
        )
        rows = [
            ("Entry No.", a["bc_no"]),
            ("Registration District", "Accra Metropolitan"),
            ("Name of Child", a["given"] + " " + a["surname"]),
            ("Date of Birth", a["dob_words"]),
            ("Place of Birth", a["pob"]),
            ("Sex", "Male" if a["sex"] == "M" else "Female"),
            ("Name of Father", a["father"]),
            ("Name of Mother", a["mother"]),
            ("Date of Registration", "14th March 1994"),
        ]
        lang, country = "en", "GHA"
    elif kind == "ven":
        pg.text(105, 18, "REPÚBLICA BOLIVARIANA DE VENEZUELA", 12, "serifb", align="center")
        pg.text(
            105,
            25,
            "CONSEJO NACIONAL ELECTORAL - OFICINA DE REGISTRO CIVIL",
            9,
            "serif",
            align="center",
        )
        pg.text(105, 34, "ACTA DE NACIMIENTO N° " + a["bc_no"], 12, "serifb", align="center")
        rows = [
            ("Apellidos", a["surname"]),
            ("Nombres", a["given"]),
            ("Fecha de nacimiento", a["dob_words"]),
            ("Lugar de nacimiento", a["pob"]),
            ("Sexo", "Masculino" if a["sex"] == "M" else "Femenino"),
            ("Padre", a["father"]),
            ("Madre", a["mother"]),
            ("Parroquia", "El Recreo, Municipio Libertador, Distrito Capital"),
        ]
        lang, country = "es", "VEN"
    else:
        pg.text(
            105,
            18,
            "Government of the People's Republic of Bangladesh",
            11,
            "serifb",
            align="center",
        )
        pg.text(
            105,
            25,
            "Office of the Registrar General, Birth and Death Registration",
            9,
            "serif",
            align="center",
        )
        pg.text(105, 34, "Birth Registration Certificate", 13, "serifb", align="center")
        rows = [
            ("Birth Registration Number", a["bc_no"]),
            ("Name", a["given_full"]),
            ("Date of Birth", fr(a["dob"])),
            ("In Words", a["dob_words"]),
            ("Sex", "Male" if a["sex"] == "M" else "Female"),
            ("Place of Birth", a["pob"]),
            ("Father's Name", a["father"]),
            ("Mother's Name", a["mother"]),
            ("Date of Registration", "22/07/2011"),
        ]
        lang, country = "en", "BGD"
    y = 56
    for lab, val in rows:
        pg.text(22, y, lab, 10, "serif")
        pg.text(85, y, ":  " + val, 10.5, "serifb")
        pg.line(88, y + 1.5, 190, y + 1.5, 0.15, (150, 150, 150))
        y += 11
    pg.signature(rng, 130, y + 18, "reg", 35)
    pg.text(130, y + 26, "Registrar", 9, "serif")
    if kind == "bgd":
        pg.rect(20, 200, 80, 40, stroke=(120, 40, 120), lw=0.5)
        pg.text(24, 207, "LEGALISED", 10, "sansb", (120, 40, 120))
        pg.text(24, 213, "Ministry of Foreign Affairs, Dhaka", 7.5, "sans", (120, 40, 120))
        pg.text(24, 219, "Consular Wing  N° MOFA/CW/24518", 7.5, "sans", (120, 40, 120))
        pg.text(24, 225, "Date: 09/06/2026", 7.5, "sans", (120, 40, 120))
        pg.rect(110, 205, 80, 36, stroke=(30, 40, 140), lw=0.5)
        pg.text(113, 212, "AMBASSADE DE FRANCE AU BANGLADESH", 7, "sansb", (30, 40, 140))
        pg.text(113, 218, "Vu pour légalisation de la signature", 7, "sans", (30, 40, 140))
        pg.text(113, 223, "Dacca, le 16/06/2026  N° 2026/1187", 7, "sans", (30, 40, 140))
        pg.signature(rng, 130, 234, "consul", 30, (30, 40, 140))
    fields = {
        "surname": a["surname"],
        "given_names": a["given"],
        "date_of_birth": a["dob"],
        "place_of_birth": a["pob"],
        "issuing_country": country,
        "language": lang,
        "has_apostille": kind != "bgd",
    }
    return pg, fields


def id_fields(p, num):
    return {
        "surname": p["surname"],
        "given_names": p["given"],
        "document_number": num,
        "nationality": p["nat"],
        "issuing_country": p["country"],
        "date_of_birth": p["dob"],
        "sex": p["sex"],
        "expiry_date": p["expiry"],
        "mrz_valid": True,
    }


def packet(out, name, a, rng):
    folder = os.path.join(out, "packets", name)
    os.makedirs(folder, exist_ok=True)
    items = []

    def add(fname, pages, look, dtype, fields, rot=0, card=False, notes=""):
        write_doc(folder, fname, pages, look, rng, rot, card)
        n = len(pages) if look.endswith("pdf") else 1
        items.append(
            {
                "files": [{"path": fname, "pages": list(range(1, n + 1))}],
                "type": dtype,
                "look": look,
                "fields": fields,
                "notes": notes,
            }
        )

    a["mrz"] = docs.td3(a)
    add(
        a["f_pass"],
        [docs.passport_page(a, rng, (214, 226, 210))],
        "phone_photo",
        "passport",
        id_fields(a, a["number"]),
        rot=a.get("rot", 0),
        card=True,
    )
    st = a["status_doc"]
    if st["kind"] == "visa":
        st["mrz"] = docs.mrva(a, st["number"], st["until"])
        f = id_fields(a, st["number"])
        f.update(
            {
                "expiry_date": st["until"],
                "nationality": a["nat"],
                "issuing_country": "FRA",
                "visa_type": "D",
                "vls_ts": True,
                "category": st["category"],
                "valid_from": st["from"],
                "valid_until": st["until"],
            }
        )
        add("visa.jpg", [docs.visa_page(a, st, rng)], "scan", "long_stay_visa", f, card=True)
    else:
        mrz = docs.td1(
            "IR",
            "FRA",
            st["number"],
            a["dob"],
            a["sex"],
            st["until"],
            a["nat"],
            a["surname"],
            a["given"],
        )
        lines = [
            ("NOM", a["surname"]),
            ("PRÉNOMS", a["given"]),
            ("TITRE DE SÉJOUR", "CARTE DE SÉJOUR TEMPORAIRE"),
            ("VALIDITÉ", fr(st["until"])),
        ]
        pg = docs.card_page(
            "RÉPUBLIQUE FRANÇAISE  TITRE DE SÉJOUR", lines, mrz, (222, 232, 240), rng
        )
        f = id_fields(a, st["number"])
        f.update({"expiry_date": st["until"], "issuing_country": "FRA"})
        add("titre_sejour.jpg", [pg], "phone_photo", "residence_permit", f, card=True)
    bpg, bf = birth_cert(rng, a["bc_kind"], a)
    add(a["f_birth"], [bpg], "image_pdf", "birth_certificate", bf)
    if a.get("apostille"):
        ap = a["apostille"]
        add(
            "apostille.pdf",
            [docs.apostille_page(ap, rng)],
            "image_pdf",
            "apostille",
            {
                "country": ap["country_code"],
                "issued_on": ap["date"],
                "number": ap["number"],
                "signed_by": ap["signed_by"],
            },
        )
    if a.get("translation"):
        add(
            "traduction_acte.pdf",
            [text_page(a["translation"], rng, "TRADUCTION CERTIFIÉE CONFORME")],
            "text_pdf",
            "translation",
            {},
            notes="sworn translation of the acta de nacimiento",
        )
    for fname, pages, look, dtype, fields, rot in a["route_docs"](rng):
        add(fname, pages, look, dtype, fields, rot)
    iban, key = make_fr_iban(a["rib"]["b"], a["rib"]["g"], a["rib"]["a"])
    valid = True
    if a.get("bad_iban"):
        cd = int(iban[2:4])
        iban = f"FR{((cd + 7) % 97 if (cd + 7) % 97 > 1 else 11):02d}" + iban[4:]
        assert not iban_ok(iban)
        valid = False
    assert rib_key(a["rib"]["b"], a["rib"]["g"], a["rib"]["a"]) == key
    r = dict(a["rib"], iban=iban, key=key)
    add(
        "RIB.pdf",
        [rib_page(r)],
        "text_pdf",
        "rib",
        {
            "holder_name": r["holder_print"],
            "iban": iban,
            "bic": r["bic"],
            "bank_name": r["bank"],
            "iban_valid": valid,
            "rib_key_valid": True,
        },
    )
    if a.get("payslip"):
        add(
            "bulletin_paie_octobre.pdf",
            [text_page(a["payslip"][0], rng, "BULLETIN DE PAIE")],
            "text_pdf",
            "payslip",
            a["payslip"][1],
        )
    add(
        a["f_form"],
        form_pages(a, rng, a["hand"]),
        "image_pdf",
        "application_form",
        {
            "surname": a["surname"],
            "given_names": a["given"],
            "date_of_birth": a["dob"],
            "employment_status": "employed" if a["situation_idx"] == 0 else "not_employed",
            "signed": True,
            "signed_on": a["signed_on"],
            "nir": None,
        },
    )
    req = dict(REQ_OK, employment="complete" if a["employed"] else "not_applicable")
    if a.get("bad_iban"):
        req["bank_details"] = "invalid"
    truth = {
        "as_of": a["as_of"],
        "employed": a["employed"],
        "status": "incomplete" if a.get("defect") else "complete",
        "requirements": req,
        "defect": a.get("defect"),
        "applicant": {
            "surname": a["surname"],
            "given_names": a["given"],
            "date_of_birth": a["dob"],
        },
        "documents": items,
    }
    with open(os.path.join(out, "packets", name + ".truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)


def lease_route(a, start, signed):
    def make(rng):
        lines = [
            "CONTRAT DE LOCATION - LOCAUX VACANTS NON MEUBLÉS",
            "(Soumis au titre Ier bis de la loi n° 89-462 du 6 juillet 1989)",
            "",
            ("b", "I. DÉSIGNATION DES PARTIES"),
            "Le bailleur : " + a["landlord"],
            "Le locataire : " + a["tenant_print"],
            "",
            ("b", "II. OBJET DU CONTRAT"),
            "Adresse du logement : " + ", ".join(a["addr_lines"]),
            "Type : appartement T2, surface habitable 41 m², 3e étage",
            "",
            ("b", "III. DATE DE PRISE D'EFFET ET DURÉE DU CONTRAT"),
            "Date de prise d'effet : " + fr(start),
            "Durée du contrat : 3 ans",
            "",
            ("b", "IV. CONDITIONS FINANCIÈRES"),
            "Loyer mensuel hors charges : 890,00 €   Provision sur charges : 65,00 €",
            "Dépôt de garantie : 890,00 €",
            "",
            "Fait à " + a["city"] + ", le " + fr(signed) + ", en deux exemplaires.",
            "Le bailleur                                           Le locataire",
            ("sig", "b"),
            ("sig", "l"),
        ]
        pg = text_page(lines, rng, "BAIL D'HABITATION")
        f = {
            "tenant_names": [a["tenant_print"]],
            "landlord": a["landlord"],
            "address": ", ".join(a["addr_lines"]),
            "start_date": start,
        }
        return [("bail_appartement.pdf", [pg], "image_pdf", "lease", f, 0)]

    return make


def bills_route(a, kinds, months, holder, looks, names):
    def make(rng):
        out = []
        for k, m, lk, nm in zip(kinds, months, looks, names):
            pg, f = bill(rng, k, holder, a["addr_lines"], m, rng.uniform(28, 95))
            out.append((nm, [pg], lk, "utility_bill", f, 90 if lk == "phone_photo" else 0))
        return out

    return make


def hosting_route(a, host):
    def make(rng):
        lines = [
            ("h", "Je soussigné " + host["name"]),
            ("h", "né le " + fr(host["dob"]) + " à " + host["pob"]),
            ("h", "demeurant " + ", ".join(a["addr_lines"])),
            ("h", "certifie sur l'honneur héberger à mon domicile"),
            ("h", a["given"] + " " + a["surname"] + ", né le " + fr(a["dob"])),
            ("h", "mon époux, depuis le " + fr(host["since"]) + "."),
            ("h", "Fait pour servir et valoir ce que de droit."),
            ("h", "Fait à " + a["city"] + ", le " + fr(host["signed"])),
            ("sig", "h"),
        ]
        pg = text_page(lines, rng, "ATTESTATION D'HÉBERGEMENT", hand=True)
        out = [
            (
                "attestation_hebergement.jpg",
                [pg],
                "phone_photo",
                "hosting_attestation",
                {
                    "host_name": host["name"],
                    "hosted_name": a["given"] + " " + a["surname"],
                    "address": ", ".join(a["addr_lines"]),
                    "since_date": host["since"],
                    "signed_on": host["signed"],
                    "signed": True,
                },
                0,
            )
        ]
        mrz = docs.td1(
            "ID",
            "FRA",
            host["cni"],
            host["dob"],
            "F",
            host["cni_exp"],
            "FRA",
            host["surname"],
            host["given"],
        )
        lines2 = [
            ("NOM / Surname", host["surname"]),
            ("Prénoms / Given names", host["given"]),
            ("Date de naiss. / Date of birth", fr(host["dob"])),
            ("N° du document", host["cni"]),
        ]
        card = docs.card_page(
            "RÉPUBLIQUE FRANÇAISE  CARTE NATIONALE D'IDENTITÉ", lines2, mrz, (232, 222, 232), rng
        )
        out.append(
            (
                "CNI_epouse.jpg",
                [card],
                "scan",
                "national_id",
                {
                    "surname": host["surname"],
                    "given_names": host["given"],
                    "document_number": host["cni"],
                    "nationality": "FRA",
                    "issuing_country": "FRA",
                    "date_of_birth": host["dob"],
                    "sex": "F",
                    "expiry_date": host["cni_exp"],
                    "mrz_valid": True,
                },
                0,
            )
        )
        out += bills_route(
            a,
            ["edf", "orange", "veolia"],
            ["2026-08", "2026-09", "2026-10"],
            host["name"],
            ["text_pdf", "text_pdf", "scan"],
            ["facture_edf_aout.pdf", "orange_sept.pdf", "scan_0031.jpg"],
        )(rng)
        return out

    return make


def applicants():
    gha = {
        "surname": "MENSAH",
        "given": "KWAME OFORI",
        "country": "GHA",
        "nat": "GHA",
        "country_name": "REPUBLIC OF GHANA",
        "nat_name": "GHANAIAN",
        "sex": "M",
        "dob": "1994-03-02",
        "dob_print": "02 MAR 1994",
        "dob_words": "2nd March 1994",
        "pob": "Accra, Ghana",
        "number": "G2918374",
        "expiry": "2031-05-10",
        "issue_print": "11 MAY 2021",
        "exp_print": "10 MAY 2031",
        "nat_fr": "Ghanéenne",
        "father": "Kofi Mensah",
        "mother": "Akosua Ofori",
        "bc_no": "AMA/1994/0412",
        "bc_kind": "gha",
        "f_pass": "IMG_20261103_101522.jpg",
        "f_birth": "birth_cert.pdf",
        "f_form": "formulaire_cerfa.pdf",
        "hand": False,
        "situation_idx": 0,
        "job": "Développeur informatique, CDI",
        "city": "Lyon",
        "signed_on": "2026-11-12",
        "as_of": "2026-11-24",
        "employed": True,
        "phone": "06 12 48 77 30",
        "email": "k.mensah@example.com",
        "addr1": "14 rue Duguesclin, Apt 32",
        "addr2": "69006 Lyon",
        "addr_lines": ["14 rue Duguesclin, Apt 32", "69006 Lyon"],
        "landlord": "SCI Les Brotteaux, représentée par M. Alain Perrin",
        "tenant_print": "M. Kwame Ofori MENSAH",
        "status_doc": {
            "kind": "visa",
            "number": "FRA4512870",
            "from": "2026-02-20",
            "until": "2027-02-19",
            "issued": "2026-02-03",
            "place": "ACCRA",
            "category": "SALARIE",
            "remarks": "VLS-TS SALARIE CODE TRAVAIL L.5221-2",
        },
        "apostille": {
            "country": "Republic of Ghana",
            "country_code": "GHA",
            "doc_signer": "E. Boateng",
            "capacity": "Registrar",
            "authority": "Births and Deaths Registry",
            "place": "Accra",
            "date": "2025-12-04",
            "date_print": "4th December 2025",
            "by_authority": "Ministry of Foreign Affairs and Regional Integration",
            "number": "MFA/LEG/25/08841",
            "signed_by": "Ama Serwaa Asante",
        },
        "rib": {
            "bank": "LCL",
            "color": (0, 45, 110),
            "b": "30002",
            "g": "00550",
            "a": "0000157841Z",
            "bic": "CRLYFRPP",
            "holder_print": "M MENSAH KWAME",
            "branch_name": "LCL LYON BROTTEAUX",
            "addr": ["14 RUE DUGUESCLIN APT 32", "69006 LYON"],
        },
    }
    gha["route_docs"] = lease_route(gha, "2026-03-01", "2026-02-24")
    gha["payslip"] = (
        [
            "Employeur : NOVALYS SAS - 8 quai Perrache 69002 Lyon",
            "SIRET : 812 345 678 00024   Code APE : 6201Z",
            "Salarié : Kwame Ofori MENSAH   Emploi : Développeur   Statut : cadre",
            "Période : du 01/10/2026 au 31/10/2026",
            "",
            "Salaire de base                                 3 450,00",
            "Total des cotisations et contributions         -  762,45",
            "Net à payer avant impôt sur le revenu           2 687,55",
            "Impôt sur le revenu prélevé à la source        -  112,87",
            ("b", "NET PAYÉ EN EUROS : 2 574,68 €"),
        ],
        {
            "employer": "NOVALYS SAS",
            "employee_name": "Kwame Ofori MENSAH",
            "period": "2026-10",
            "net_pay": 2574.68,
            "siret": "81234567800024",
        },
    )
    ven = {
        "surname": "RODRÍGUEZ PÉREZ",
        "given": "MARÍA ALEJANDRA",
        "country": "VEN",
        "nat": "VEN",
        "country_name": "REPÚBLICA BOLIVARIANA DE VENEZUELA",
        "nat_name": "VENEZOLANA",
        "sex": "F",
        "dob": "1991-09-17",
        "dob_print": "17 SEP 1991",
        "dob_words": "diecisiete de septiembre de 1991",
        "pob": "Caracas, Venezuela",
        "number": "134582971",
        "expiry": "2030-01-22",
        "issue_print": "23 ENE 2020",
        "exp_print": "22 ENE 2030",
        "nat_fr": "Vénézuélienne",
        "father": "José Luis Rodríguez",
        "mother": "Carmen Pérez de Rodríguez",
        "bc_no": "1542",
        "bc_kind": "ven",
        "f_pass": "pasaporte.jpg",
        "f_birth": "acta_nacimiento.pdf",
        "f_form": "scan_0007.pdf",
        "hand": True,
        "situation_idx": 4,
        "city": "Montpellier",
        "signed_on": "2026-11-21",
        "as_of": "2026-12-01",
        "employed": False,
        "phone": "07 68 21 09 44",
        "email": "maria.rdz@example.com",
        "addr1": "5 rue de l'Aiguillerie",
        "addr2": "34000 Montpellier",
        "rot": 90,
        "addr_lines": ["5 rue de l'Aiguillerie", "34000 Montpellier"],
        "status_doc": {"kind": "card", "number": "VE0481733", "until": "2027-08-30"},
        "apostille": {
            "country": "República Bolivariana de Venezuela",
            "country_code": "VEN",
            "doc_signer": "Luisa Hernández",
            "capacity": "Registradora Civil",
            "authority": "Registro Civil Parroquia El Recreo",
            "place": "Caracas",
            "date": "2025-10-15",
            "date_print": "15/10/2025",
            "by_authority": "Ministerio del Poder Popular para Relaciones Exteriores",
            "number": "VE-2025-5561203",
            "signed_by": "Ramón Briceño",
        },
        "bad_iban": True,
        "defect": "RIB IBAN check digits wrong (mod 97 fails)",
        "rib": {
            "bank": "BoursoBank",
            "color": (0, 40, 90),
            "b": "40618",
            "g": "80232",
            "a": "00040120458",
            "bic": "BOUSFRPPXXX",
            "holder_print": "MME MARIA ALEJANDRA RODRIGUEZ PEREZ",
            "branch_name": "BoursoBank, 44 rue Traversière, 92772 Boulogne",
            "addr": ["5 RUE DE L'AIGUILLERIE", "34000 MONTPELLIER"],
        },
    }
    ven["translation"] = [
        "Traduction de l'espagnol vers le français",
        "",
        "RÉPUBLIQUE BOLIVARIENNE DU VENEZUELA - ACTE DE NAISSANCE N° 1542",
        "Nom : RODRÍGUEZ PÉREZ   Prénoms : María Alejandra",
        "Née le dix-sept septembre mille neuf cent quatre-vingt-onze",
        "à Caracas, Venezuela",
        "Père : José Luis Rodríguez",
        "Mère : Carmen Pérez de Rodríguez",
        "",
        "Traduction certifiée conforme à l'original en langue espagnole.",
        "Isabel Fournier, traductrice-interprète expert près la Cour d'appel",
        "de Montpellier. Montpellier, le 02/11/2026.",
        ("sig", "tr"),
    ]
    ven["route_docs"] = bills_route(
        ven,
        ["total", "free", "edf"],
        ["2026-08", "2026-09", "2026-10"],
        "Mme María Alejandra RODRÍGUEZ PÉREZ",
        ["text_pdf", "phone_photo", "text_pdf"],
        ["facture_gaz_aout.pdf", "IMG_2481.jpg", "edf_octobre.pdf"],
    )
    bgd = {
        "surname": "HOSSAIN",
        "given": "MD RAFIQUL ISLAM",
        "country": "BGD",
        "nat": "BGD",
        "country_name": "PEOPLE'S REPUBLIC OF BANGLADESH",
        "nat_name": "BANGLADESHI",
        "sex": "M",
        "dob": "1989-12-05",
        "dob_print": "05 DEC 1989",
        "dob_words": "Fifth December Nineteen Eighty Nine",
        "given_full": "Md Rafiqul Islam Hossain",
        "pob": "Sylhet, Bangladesh",
        "number": "A03918266",
        "expiry": "2033-04-18",
        "issue_print": "19 APR 2023",
        "exp_print": "18 APR 2033",
        "nat_fr": "Bangladaise",
        "father": "Md Abdul Hossain",
        "mother": "Rokeya Begum",
        "bc_no": "19899111725034812",
        "bc_kind": "bgd",
        "f_pass": "passport_photo.jpg",
        "f_birth": "birth_registration.pdf",
        "f_form": "demande_puma.pdf",
        "hand": True,
        "situation_idx": 4,
        "city": "Paris",
        "signed_on": "2026-11-18",
        "as_of": "2026-11-27",
        "employed": False,
        "phone": "06 51 92 33 18",
        "email": "rafiq.hossain@example.com",
        "addr1": "27 rue Philippe de Girard",
        "addr2": "75010 Paris",
        "rot": 270,
        "addr_lines": ["27 rue Philippe de Girard", "75010 Paris"],
        "status_doc": {
            "kind": "visa",
            "number": "FRA5033917",
            "from": "2026-04-02",
            "until": "2027-04-01",
            "issued": "2026-03-12",
            "place": "DACCA",
            "category": "CONJOINT DE FRANCAIS",
            "remarks": "VLS-TS VIE PRIVEE ET FAMILIALE CONJOINT DE FRANCAIS",
        },
        "rib": {
            "bank": "LA BANQUE POSTALE",
            "color": (0, 60, 140),
            "b": "20041",
            "g": "00001",
            "a": "1234567K020",
            "bic": "PSSTFRPPPAR",
            "holder_print": "M HOSSAIN MD RAFIQUL ISLAM",
            "branch_name": "La Banque Postale - Centre Financier de Paris",
            "addr": ["27 RUE PHILIPPE DE GIRARD", "75010 PARIS"],
        },
    }
    host = {
        "name": "Camille HOSSAIN née LEROUX",
        "surname": "LEROUX",
        "given": "CAMILLE ANNE",
        "dob": "1992-06-14",
        "pob": "Rouen (76)",
        "cni": "X4RTB82K1",
        "cni_exp": "2032-09-01",
        "since": "2026-04-10",
        "signed": "2026-11-15",
    }
    bgd["route_docs"] = hosting_route(bgd, host)
    return [gha, ven, bgd]


def main():
    out = sys.argv[1]
    os.makedirs(os.path.join(out, "packets"), exist_ok=True)
    os.makedirs(os.path.join(out, "documents"), exist_ok=True)
    names = []
    for i, a in enumerate(applicants(), 1):
        name = f"p{i:02d}"
        packet(out, name, a, seeded(name))
        names.append(name)
    with open(os.path.join(out, "manifest.json"), "w") as fh:
        json.dump({"packets": names, "documents": []}, fh, indent=1)


if __name__ == "__main__":
    main()
