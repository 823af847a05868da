"""Packets p01 (Peru, lease, employed) and p02 (China, three Free bills, not employed)."""

from __future__ import annotations

import civil
import forms
import ids
import looks
import money
from people import MON3_ES, P01, dmy_bi, fr, fr_words
from PIL import Image

REQ_OK = [
    "application_form",
    "identity",
    "residence_status",
    "birth_certificate",
    "residence_proof",
    "bank_details",
]


def requirements(employed: bool, override=None) -> dict:
    r = {k: "complete" for k in REQ_OK}
    r["employment"] = "complete" if employed else "not_applicable"
    r.update(override or {})
    return r


def status_of(req: dict) -> str:
    vals = set(req.values())
    if vals & {"invalid", "missing"}:
        return "incomplete"
    return "questionable" if "questionable" in vals else "complete"


def doc(files, typ, look, fields, notes=""):
    return {
        "files": [{"path": p, "pages": pg} for p, pg in files],
        "type": typ,
        "look": look,
        "fields": fields,
        "notes": notes,
    }


def booklet(page: Image.Image, cover=(120, 30, 40), dpi=400) -> Image.Image:
    """The open passport: data page on its cover, the facing page above it."""
    w, h = page.size
    m = round(4 * dpi / 25.4)
    out = Image.new("RGB", (w + 2 * m, 2 * h + 2 * m), cover)
    facing = Image.new("RGB", (w, h), (236, 232, 222))
    out.paste(facing, (m, m))
    out.paste(page, (m, m + h))
    return out


def on_bed(item: Image.Image, src_dpi: int, rng, at=(15, 15), bed=(210, 297), dpi=200):
    k = dpi / src_dpi
    small = item.resize((round(item.width * k), round(item.height * k)), Image.LANCZOS)
    return looks.scan(small, rng, bed_mm=bed, dpi=dpi, at=at)


def id_fields(surname, given, number, nat, country, dob, sex, exp):
    return {
        "surname": surname,
        "given_names": given,
        "document_number": number,
        "nationality": nat,
        "issuing_country": country,
        "date_of_birth": dob,
        "sex": sex,
        "expiry_date": exp,
        "mrz_valid": True,
    }


def form_fields(p, status, signed_on):
    return {
        "surname": p["surname"],
        "given_names": p["given"],
        "date_of_birth": p["dob"],
        "employment_status": status,
        "signed": True,
        "signed_on": signed_on,
        "nir": None,
    }


# ------------------------------------------------------------------------------------ p01
def build_p01(cx) -> dict:
    p = P01
    docs = []
    # application form: typed on screen, printed, signed by hand, scanned to PDF
    a = dict(
        fill="typed",
        run=1,
        surname=p["surname"],
        given="MARIA DEL PILAR",
        sex="F",
        dob=p["dob"],
        birth_city="Lima",
        birth_country="Pérou",
        nationality="péruvienne",
        street=p["street"],
        cp=p["cp"],
        city="LYON",
        phone="07 68 12 44 90",
        email="mdp.huaman@gmail.com",
        situation="salarie",
        contract="CDI",
        job="Aide-comptable",
        place="Lyon",
        date_text="16/11/2026",
        date_hand=True,
        sig_name="MdP Huaman",
    )
    pages = [
        cx.page(lambda pg, r: forms.cerfa_p1(pg, a, r), "form1"),
        cx.page(lambda pg, r: forms.cerfa_p2(pg, a, r), "form2"),
    ]
    cx.image_pdf("Formulaire_S1106_scan.pdf", pages, "form")
    docs.append(
        doc(
            [("Formulaire_S1106_scan.pdf", [1, 2])],
            "application_form",
            "image_pdf",
            form_fields(p, "employed", "2026-11-16"),
            "typed, printed, date and signature by hand, scanner PDF",
        )
    )
    # passport (Peru), phone photo rotated a quarter turn
    pp = dict(
        header1="REPÚBLICA DEL PERÚ",
        header2="PASAPORTE / PASSPORT",
        paper="#eef0e6",
        tint="#d5ddc8",
        ink="#6b1f2a",
        rows=[
            [
                ("Tipo / Type", "P"),
                ("Código / Code", "PER"),
                ("Pasaporte N° / Passport No.", p["passport_no"]),
            ],
            [("Apellidos / Surname", p["surname"])],
            [("Nombres / Given names", p["given"])],
            [
                ("Nacionalidad / Nationality", "PERUANA"),
                ("Fecha de nacimiento / Date of birth", dmy_bi(p["dob"], MON3_ES)),
            ],
            [("Sexo / Sex", "F"), ("Lugar de nacimiento / Place of birth", "LIMA")],
            [
                ("Fecha de expedición / Date of issue", dmy_bi(p["passport_iss"], MON3_ES)),
                ("Fecha de caducidad / Date of expiry", dmy_bi(p["passport_exp"], MON3_ES)),
            ],
        ],
        mrz=p["passport_mrz"],
        signature="M. Huaman Q.",
        sig_label="Firma del titular",
    )
    img = ids.passport_page(pp, cx.rng("pp"))
    photo = looks.phone_photo(booklet(img, (110, 28, 36)), cx.rng("pp/photo"), rot90=1)
    cx.jpeg("IMG_20261102_183412.jpg", photo)
    docs.append(
        doc(
            [("IMG_20261102_183412.jpg", [1])],
            "passport",
            "phone_photo",
            id_fields(
                p["surname"],
                p["given"],
                p["passport_no"],
                "PER",
                "PER",
                p["dob"],
                "F",
                p["passport_exp"],
            ),
            "open booklet, photo taken sideways (rotated 90°), personal number = DNI",
        )
    )
    # titre de séjour, flatbed scans of recto and verso
    card = dict(
        number=p["permit_no"],
        rows=[
            [("NOM / Surname", p["surname"])],
            [("Prénoms / Given names", "MARIA DEL PILAR")],
            [("Sexe", "F"), ("Nationalité", "PER"), ("Né(e) le", fr(p["dob"]).replace("/", " "))],
            [("Type de titre / Type of permit", "CARTE DE SÉJOUR TEMPORAIRE")],
            [("Valable jusqu'au", fr(p["permit_exp"]).replace("/", " ")), ("Remarques", "SALARIÉ")],
        ],
        back_rows=[
            ("Lieu de naissance", "LIMA (PÉROU)"),
            ("Adresse", "12 RUE PAUL BERT\n69003 LYON"),
            ("Date de délivrance", fr(p["permit_from"]).replace("/", " ")),
            ("Autorité", "PRÉFET DU RHÔNE"),
        ],
        mrz=p["permit_mrz"],
        signature="M. Huaman",
    )
    front = ids.fr_card_front(card, cx.rng("ts1"), "ts")
    back = ids.fr_card_back(card, cx.rng("ts2"), "ts")
    for name, side, tag in [
        ("titre_sejour_recto.jpg", front, "ts/a"),
        ("titre_sejour_verso.jpg", back, "ts/b"),
    ]:
        cx.jpeg(
            name,
            on_bed(side, 600, cx.rng(tag), at=(20, 18), bed=(130, 95), dpi=300),
            quality=90,
            dpi=300,
        )
    docs.append(
        doc(
            [("titre_sejour_recto.jpg", [1]), ("titre_sejour_verso.jpg", [1])],
            "residence_permit",
            "scan",
            id_fields(
                p["surname"],
                p["given"],
                p["permit_no"],
                "PER",
                "FRA",
                p["dob"],
                "F",
                p["permit_exp"],
            ),
            "2020-model titre de séjour, TD1 MRZ on the verso, 300 dpi partial-bed scans",
        )
    )
    # Peruvian birth certificate + apostille, one scanner PDF of two pages
    b = dict(
        acta_no="1002547813",
        ap_pat="HUAMAN",
        ap_mat="QUISPE",
        given="MARIA DEL PILAR",
        sexo="FEMENINO",
        dob_es="14 DE MARZO DE 1991",
        hora="06:40",
        lugar="LIMA - LIMA - SAN JUAN DE LURIGANCHO",
        madre="QUISPE MAMANI, JUANA ROSA",
        madre_dni="08745213",
        padre="HUAMAN CCAHUANA, PEDRO PABLO",
        padre_dni="08123398",
        oficina="MUNICIPALIDAD DE SAN JUAN DE LURIGANCHO",
        inscr_es="02/04/1991",
        issued_es="3 de julio de 2025",
    )
    ap = dict(
        lang="es",
        subtitle="(Convention de La Haye du 5 octobre 1961)",
        country="REPÚBLICA DEL PERÚ",
        signed_doc_by="ROSA SALAZAR VEGA",
        capacity="REGISTRADORA CIVIL",
        seal_of="RENIEC",
        at="LIMA",
        date="14/07/2025",
        by="MINISTERIO DE RELACIONES EXTERIORES DEL PERÚ",
        number="25-0731562",
        signer="JORGE LUIS PAREDES RÍOS",
        signer_sig="J. Paredes",
        seal=["MINISTERIO DE", "RR.EE.", "PERÚ"],
    )
    pages = [
        cx.page(lambda pg, r: civil.peru_acta(pg, b, r), "acta"),
        cx.page(lambda pg, r: civil.apostille(pg, ap, r), "apost"),
    ]
    cx.image_pdf("acta_nacimiento_apostilla.pdf", pages, "acta")
    docs.append(
        doc(
            [("acta_nacimiento_apostilla.pdf", [1])],
            "birth_certificate",
            "image_pdf",
            {
                "surname": "HUAMAN QUISPE",
                "given_names": "MARIA DEL PILAR",
                "date_of_birth": p["dob"],
                "place_of_birth": b["lugar"],
                "issuing_country": "PER",
                "language": "es",
                "has_apostille": True,
            },
            "RENIEC certified copy in Spanish; apostille on page 2",
        )
    )
    docs.append(
        doc(
            [("acta_nacimiento_apostilla.pdf", [2])],
            "apostille",
            "image_pdf",
            {
                "country": "PER",
                "issued_on": "2025-07-14",
                "number": "25-0731562",
                "signed_by": "JORGE LUIS PAREDES RÍOS",
            },
        )
    )
    # lease, e-signed, text PDF of three pages
    L = dict(
        landlord="Bernard GIRAUDET",
        landlord_addr="4 chemin des Mûriers, 69340 Francheville",
        tenant_print="Madame María del Pilar HUAMAN QUISPE",
        tenant_dob_fr=fr(p["dob"]),
        tenant_birth="Lima (Pérou)",
        address="12 rue Paul Bert, 69003 Lyon, 3e étage gauche",
        floor="3e étage, porte gauche",
        surface="38,5",
        rooms="2",
        start_fr=fr_words(p["lease_start"]),
        rent="712,00",
        charges="55,00",
        city="Francheville",
        signed_fr=fr(p["lease_signed"]),
        landlord_sig="B. Giraudet",
        tenant_sig="MdP Huaman",
        proc_id="ysg_7f3c21a9e05b44d1",
    )
    cx.text_pdf(
        "bail_location_signe.pdf",
        [lambda pg, r, i=i: _lease_page(pg, L, r, i) for i in range(3)],
        title="Bail - 12 rue Paul Bert",
        creator="Yousign",
    )
    docs.append(
        doc(
            [("bail_location_signe.pdf", [1, 2, 3])],
            "lease",
            "text_pdf",
            {
                "tenant_names": ["María del Pilar HUAMAN QUISPE"],
                "landlord": "Bernard GIRAUDET",
                "address": "12 rue Paul Bert, 69003 Lyon",
                "start_date": p["lease_start"],
            },
            "loi 1989 contrat type, started 9+ months before as_of",
        )
    )
    # payslip October 2026, text PDF
    s = _payslip_p01(p)
    cx.text_pdf(
        "bulletin_paie_octobre_2026.pdf",
        [lambda pg, r: money.payslip(pg, s)],
        title="Bulletin de paie 10/2026",
        creator="Silae",
    )
    docs.append(
        doc(
            [("bulletin_paie_octobre_2026.pdf", [1])],
            "payslip",
            "text_pdf",
            {
                "employer": "ATELIERS DU RHÔNE SAS",
                "employee_name": "HUAMAN QUISPE MARIA DEL PILAR",
                "period": "2026-10",
                "net_pay": "1 796,87",
                "siret": p["siret"],
            },
        )
    )
    # RIB LCL, text PDF
    r = dict(
        holder_lines=["MME HUAMAN QUISPE MARIA DEL PILAR", "12 RUE PAUL BERT", "69003 LYON"],
        branch_lines=["LCL LYON MONPLAISIR", "102 AVENUE DES FRÈRES LUMIÈRE", "69008 LYON"],
        bank="30002",
        branch="00791",
        account="00004458716",
        key=p["key"],
        iban=p["iban"],
        bic="CRLYFRPP",
        edited_fr="05/10/2026",
    )
    cx.text_pdf("RIB_LCL.pdf", [lambda pg, _r: money.rib_lcl(pg, r)], title="RIB", creator="LCL")
    docs.append(
        doc(
            [("RIB_LCL.pdf", [1])],
            "rib",
            "text_pdf",
            {
                "holder_name": "HUAMAN QUISPE MARIA DEL PILAR",
                "iban": p["iban"],
                "bic": "CRLYFRPP",
                "bank_name": "LCL",
                "iban_valid": True,
                "rib_key_valid": True,
            },
        )
    )
    req = requirements(True)
    return {
        "as_of": p["as_of"],
        "employed": True,
        "status": status_of(req),
        "requirements": req,
        "defect": None,
        "applicant": {
            "surname": p["surname"],
            "given_names": p["given"],
            "date_of_birth": p["dob"],
        },
        "documents": docs,
    }


def _lease_page(pg, L, rng, i):
    """Draw only page i of the lease (the layout function draws three pages at once)."""

    class Null:
        def __getattr__(self, _n):
            return lambda *a, **k: 0

    pages = [Null(), Null(), Null()]
    pages[i] = pg
    forms.lease(pages, L, rng)


def _payslip_p01(p):
    lines = [
        ("Salaire de base", "151,67", "15,1335", "", "2 295,30", False),
        ("Prime d'ancienneté", "", "", "", "0,00", False),
        ("SALAIRE BRUT", "", "", "", "2 295,30", True),
        ("Santé — Sécurité sociale, maladie, maternité", "2 295,30", "", "", "", False),
        ("Complémentaire santé", "2 295,30", "", "28,60", "", False),
        ("Retraite — Sécurité sociale plafonnée", "2 295,30", "6,900", "158,38", "", False),
        ("Retraite — Sécurité sociale déplafonnée", "2 295,30", "0,400", "9,18", "", False),
        ("Retraite complémentaire Tranche 1", "2 295,30", "4,010", "92,04", "", False),
        ("Assurance chômage", "2 295,30", "", "", "", False),
        ("CSG déductible de l'impôt sur le revenu", "2 255,45", "6,800", "153,37", "", False),
        ("CSG/CRDS non déductible", "2 255,45", "2,900", "65,41", "", False),
        ("Exonération de cotisations employeur", "", "", "", "", False),
        ("TOTAL DES COTISATIONS ET CONTRIBUTIONS", "", "", "506,98", "", True),
        ("Remboursement transport (50 %)", "", "", "", "45,50", False),
    ]
    return dict(
        employer="ATELIERS DU RHÔNE SAS",
        employer_lines=["27 rue de Gerland", "69007 Lyon"],
        from_fr="01/10/2026",
        to_fr="31/10/2026",
        paid_fr="30/10/2026",
        employee_lines=["Mme HUAMAN QUISPE MARIA DEL PILAR", "12 rue Paul Bert", "69003 Lyon"],
        matricule="00218",
        nir_shown="en cours d'attribution",
        job="Aide-comptable",
        status="Employé — niveau III",
        entry_fr="04/05/2026",
        ccn="Syntec (IDCC 1486)",
        lines=lines,
        net_before_tax="1 833,82",
        pas_rate="2,0 %",
        pas_amount="36,95",
        net_pay_fr="1 796,87",
        employer_total="3 214,66",
        siret_fmt=f"{p['siret'][:3]} {p['siret'][3:6]} {p['siret'][6:9]} {p['siret'][9:]}",
        naf="6920Z",
        urssaf="Rhône-Alpes",
    )
