"""Packets p02 (Afghanistan) and p03 (Ecuador) of set_di."""

from civil import afghan_birth, ecuador_birth, form
from common import images_pdf, phone_photo, render_pil, save_jpg, scan_effect, siret_make, text_pdf
from iddocs import cni, on_paper, passport, titre_sejour, visa_page
from life import (
    attestation_hand,
    free_app,
    free_bill,
    orange_bill,
    payslip,
    rib,
)
from packets import (
    ALL_OK,
    bank,
    doc,
    f1,
    form_fields,
    passport_fields,
    photo_img,
    rib_fields,
    rng_for,
    scan_img,
    visa_fields,
)


def months(y, ms):
    out = []
    for m in ms:
        last = {2: 28, 4: 30, 6: 30, 9: 30, 11: 30}.get(m, 31)
        nm, ny = (m + 1, y) if m < 12 else (1, y + 1)
        out.append(
            ("%d-%02d" % (y, m), "%d-%02d-01" % (y, m), "%d-%02d-%02d" % (y, m, last), (ny, nm))
        )
    return out


# ---------------------------------------------------------------- p02 Afghanistan
def p02(folder):
    def R(k):
        return rng_for("set_di", "p02", k)

    p = {
        "country": "AFG",
        "number": "P04387215",
        "surname_print": "HOSSAINI",
        "given_print": "SAKINA",
        "surname_mrz": "HOSSAINI",
        "given_mrz": "SAKINA",
        "nat_print": "AFGHAN",
        "sex": "F",
        "dob": "1997-09-03",
        "pob_print": "HERAT",
        "issued": "2021-11-08",
        "expiry": "2031-11-07",
    }
    docs = []
    fm = {
        "surname": "HOSSAINI",
        "given": "SAKINA",
        "sex": "F",
        "dob": p["dob"],
        "pob": "HERAT, AFGHANISTAN",
        "nat": "AFGHANE",
        "addr": "CHEZ MME VASSEUR, 8 RUE PIERRE DUPONT",
        "cp": "69001",
        "city": "LYON",
        "phone": "06 12 87 40 33",
        "situation": "salarie",
        "contract": "CDI",
        "job": "Agente de propreté (temps partiel)",
        "place": "Lyon",
        "date": "2026-11-17",
        "fill": "typed",
        "hfont": "hand3",
        "run": 1,
    }
    pg1, pg2 = form(fm, R("form"))
    images_pdf(
        [scan_img(pg1, R("s1"), 150), scan_img(pg2, R("s2"), 150)], folder / "formulaire_cpam.pdf"
    )
    docs.append(
        doc(
            f1("formulaire_cpam.pdf", [1, 2]),
            "application_form",
            "image_pdf",
            form_fields(fm, "employed"),
            "typed on screen (print run 1), printed, dated and signed by hand, scanned",
        )
    )
    pp, _ = passport(p, R("pass"))
    save_jpg(phone_photo(render_pil(pp, 600), R("pph"), rot=0), folder / "passeport.jpg")
    docs.append(
        doc(
            f1("passeport.jpg"),
            "passport",
            "phone_photo",
            passport_fields(p),
            "data page photographed with perspective",
        )
    )
    t = {
        "number": "GK4702918",
        "surname": "HOSSAINI",
        "given": "SAKINA",
        "sex": "F",
        "nat": "AFG",
        "dob": p["dob"],
        "kind": "CARTE SÉJOUR PLURIANNUELLE",
        "expiry": "2029-06-11",
        "remark": "VIE PRIVÉE ET FAMILIALE — AUTORISE SON TITULAIRE À TRAVAILLER",
        "pob": "HERAT (AFGHANISTAN)",
        "address": "CHEZ MME VASSEUR 8 RUE PIERRE DUPONT 69001 LYON",
        "issued": "2025-06-12",
        "prefecture": "PRÉFECTURE DU RHÔNE",
        "surname_mrz": "HOSSAINI",
        "given_mrz": "SAKINA",
    }
    rec, ver, _ = titre_sejour(t, R("ts"))
    save_jpg(scan_effect(render_pil(rec, 300), R("tr")), folder / "titre_sejour_recto.jpg", 88)
    save_jpg(scan_effect(render_pil(ver, 300), R("tv")), folder / "titre_sejour_verso.jpg", 88)
    docs.append(
        doc(
            [
                {"path": "titre_sejour_recto.jpg", "pages": [1]},
                {"path": "titre_sejour_verso.jpg", "pages": [1]},
            ],
            "residence_permit",
            "scan",
            {
                "surname": "HOSSAINI",
                "given_names": "SAKINA",
                "document_number": t["number"],
                "nationality": "AFG",
                "issuing_country": "FRA",
                "date_of_birth": p["dob"],
                "sex": "F",
                "expiry_date": t["expiry"],
                "mrz_valid": True,
            },
            "carte de séjour pluriannuelle 'vie privée et familiale', front "
            "and back scanned at 300 dpi (TD1 MRZ on back)",
        )
    )
    b = {
        "no": "HRT-1398-004127",
        "rows": [
            ("Full name", "نام و تخلص", "Sakina Husaini", "سکینه حسینی"),
            ("Father's name", "نام پدر", "Ghulam Sakhi", "غلام سخی"),
            ("Mother's name", "نام مادر", "Fatima", "فاطمه"),
            ("Date of birth", "تاریخ تولد", "03/09/1997", "۱۳۷۶/۰۶/۱۲"),
            ("Place of birth", "محل تولد", "Herat, Afghanistan", "هرات"),
            ("Gender", "جنسیت", "Female", "اناث"),
        ],
        "issued": "2019-05-14",
        "city_en": "Herat",
        "leg_no": "MFA-CL 98/4471",
        "leg_date": "2019-06-02",
    }
    save_jpg(
        scan_img(afghan_birth(b, R("bc")), R("bcs"), 200), folder / "acte_de_naissance.jpg", 84
    )
    docs.append(
        doc(
            f1("acte_de_naissance.jpg"),
            "birth_certificate",
            "scan",
            {
                "surname": "Husaini",
                "given_names": "Sakina",
                "date_of_birth": p["dob"],
                "place_of_birth": "Herat, Afghanistan",
                "issuing_country": "AFG",
                "language": "fa+en",
                "has_apostille": False,
            },
            "Dari + English; name transliterated 'Sakina Husaini' "
            "(passport HOSSAINI): same person. "
            "Afghanistan is not a party to the Apostille "
            "Convention: legalised by the MoFA consular "
            "department instead (legalisation route accepted by domain.md).",
        )
    )
    a = {
        "host": "Claire Vasseur",
        "city": "Lyon",
        "date": "2026-11-12",
        "hfont": "hand1",
        "lines": [
            "Je soussignée Claire VASSEUR, née le 20/02/1968 à Lyon,",
            "demeurant 8 rue Pierre Dupont, 69001 Lyon,",
            "atteste sur l'honneur héberger à mon domicile",
            "Mme Sakina HOSSEINI, née le 03/09/1997 à Herat",
            "(Afghanistan), depuis le 1er février 2026.",
            "Attestation faite pour servir et valoir ce que de droit.",
        ],
    }
    save_jpg(photo_img(attestation_hand(a, R("att")), R("attp"), 180), folder / "IMG_5521.jpg")
    docs.append(
        doc(
            f1("IMG_5521.jpg"),
            "hosting_attestation",
            "phone_photo",
            {
                "host_name": "Claire VASSEUR",
                "hosted_name": "Sakina HOSSEINI",
                "address": "8 rue Pierre Dupont, 69001 Lyon",
                "since_date": "2026-02-01",
                "signed_on": "2026-11-12",
                "signed": True,
            },
            "handwritten on lined paper, photo upside down (180°); host spells the name HOSSEINI",
        )
    )
    c = {
        "surname": "VASSEUR",
        "given": "CLAIRE",
        "sex": "F",
        "dob": "1968-02-20",
        "pob": "LYON 3E (69)",
        "number": "X9T4RP2K7",
        "expiry": "2031-09-14",
        "issued": "2021-09-15",
        "address1": "8 RUE PIERRE DUPONT",
        "address2": "69001 LYON",
    }
    cr, cv, _ = cni(c, R("cni"))
    save_jpg(photo_img(on_paper([cr, cv], R("cnip")), R("cniph"), 0), folder / "IMG_5523.jpg")
    docs.append(
        doc(
            f1("IMG_5523.jpg"),
            "national_id",
            "phone_photo",
            {
                "surname": "VASSEUR",
                "given_names": "CLAIRE",
                "document_number": c["number"],
                "nationality": "FRA",
                "issuing_country": "FRA",
                "date_of_birth": c["dob"],
                "sex": "F",
                "expiry_date": c["expiry"],
                "mrz_valid": True,
            },
            "the HOST's French identity card (photocopy of front and back, photographed)",
        )
    )
    bills = []
    for i, (month, p0, p1_, _nx) in enumerate(months(2026, (8, 9, 10))):
        bb = {
            "issue": "%s-04" % month,
            "holder": "Mme Claire VASSEUR",
            "addr1": "8 rue Pierre Dupont",
            "addr2": "69001 Lyon",
            "account": "0 912 348 771",
            "number": "F%s-77192%03d" % (month[2:].replace("-", ""), 311 + i),
            "line": "04 78 39 12 56",
            "amount": 42.99,
            "due": "%s-14" % month,
            "p0": p0,
            "p1": p1_,
        }
        bills.append(orange_bill(bb, R("or%d" % i)))
        docs.append(
            doc(
                f1("factures_orange.pdf", [i + 1]),
                "utility_bill",
                "text_pdf",
                {
                    "provider": "Orange",
                    "service": "internet",
                    "holder_name": "Claire VASSEUR",
                    "address": "8 rue Pierre Dupont, 69001 Lyon",
                    "issue_date": bb["issue"],
                    "period_start": p0,
                    "period_end": p1_,
                    "amount": 42.99,
                    "month": month,
                },
                "the HOST's bill (3 successive months in one PDF)",
            )
        )
    text_pdf(bills, folder / "factures_orange.pdf", "Factures Orange")
    siret = siret_make("81247790", "0002")
    for month, p0, p1_, paid in (
        ("2026-09", "2026-09-01", "2026-09-30", "2026-09-30"),
        ("2026-10", "2026-10-01", "2026-10-31", "2026-10-30"),
    ):
        s = {
            "p0": p0,
            "p1": p1_,
            "paid": paid,
            "employer": "PROPRETÉ LUMIÈRE SERVICES SAS",
            "emp_addr1": "41 avenue Berthelot",
            "emp_addr2": "69007 Lyon",
            "siret": siret,
            "employee_print": "Mme HOSSAINY Sakina",
            "ee_addr1": "8 rue Pierre Dupont",
            "ee_addr2": "69001 Lyon",
            "job": "Agente de propreté",
            "entry": "2026-04-13",
            "hours": 104.0,
            "rate": 12.10,
        }
        pg, net = payslip(s, R("ps" + month))
        name = "bulletin_%s.pdf" % month.replace("-", "_")
        text_pdf([pg], folder / name, "Bulletin de paie")
        docs.append(
            doc(
                f1(name),
                "payslip",
                "text_pdf",
                {
                    "employer": s["employer"],
                    "employee_name": "HOSSAINY Sakina",
                    "period": month,
                    "net_pay": net,
                    "siret": siret,
                },
                "part-time (104 h/month); payroll spells the name HOSSAINY",
            )
        )
    key, iban = bank("10278", "07304", "00021845601")
    r = {
        "bank": "cm",
        "holder_print": "MME SAKINA HOSSAINI",
        "addr1": "8 RUE PIERRE DUPONT",
        "addr2": "69001 LYON",
        "agency": "CCM LYON PRESQU'ILE",
        "agency_addr": "12 rue de la République 69002 Lyon",
        "b": "10278",
        "g": "07304",
        "acc": "00021845601",
        "key": key,
        "iban": iban,
        "bic": "CMCIFR2A",
    }
    text_pdf([rib(r, R("rib"))], folder / "RIB.pdf", "RIB")
    docs.append(doc(f1("RIB.pdf"), "rib", "text_pdf", rib_fields(r, "Crédit Mutuel"), ""))
    return {
        "as_of": "2026-11-24",
        "employed": True,
        "status": "complete",
        "requirements": dict(ALL_OK),
        "defect": None,
        "applicant": {"surname": "HOSSAINI", "given_names": "SAKINA", "date_of_birth": p["dob"]},
        "documents": docs,
    }


# ---------------------------------------------------------------- p03 Ecuador
def p03(folder):
    def R(k):
        return rng_for("set_di", "p03", k)

    p = {
        "country": "ECU",
        "number": "A84027163",
        "surname_print": "CHIRIBOGA VÁSCONEZ",
        "given_print": "ANDRÉS SEBASTIÁN",
        "surname_mrz": "CHIRIBOGA VASCONEZ",
        "given_mrz": "ANDRES SEBASTIAN",
        "nat_print": "ECUATORIANA",
        "sex": "M",
        "dob": "2001-07-22",
        "pob_print": "QUITO",
        "issued": "2024-01-18",
        "expiry": "2030-01-18",
    }
    docs = []
    fm = {
        "surname": "CHIRIBOGA VASCONEZ",
        "given": "ANDRES SEBASTIAN",
        "sex": "M",
        "dob": p["dob"],
        "pob": "QUITO, EQUATEUR",
        "nat": "EQUATORIENNE",
        "addr": "5 RUE DES FILATIERS",
        "cp": "31000",
        "city": "TOULOUSE",
        "mail": "andres.chiriboga@gmail.com",
        "situation": "etudiant",
        "place": "Toulouse",
        "date": "2026-11-20",
        "fill": "hand",
        "hfont": "hand4",
        "run": 1,
    }
    pg1, pg2 = form(fm, R("form"))
    images_pdf([scan_img(pg2, R("s2"), 200), scan_img(pg1, R("s1"), 200)], folder / "scan_0012.pdf")
    docs.append(
        doc(
            f1("scan_0012.pdf", [2, 1]),
            "application_form",
            "image_pdf",
            form_fields(fm, "not_employed"),
            "hand-filled in capitals without accents, 'étudiant(e)' ticked; scanned with page "
            "2 first (PDF page 1 = form page 2)",
        )
    )
    pp, _ = passport(p, R("pass"))
    v = {
        "number": "029914307",
        "from": "2026-08-25",
        "until": "2027-08-24",
        "days": 365,
        "issued_in": "QUITO",
        "issued": "2026-07-30",
        "passport_number": p["number"],
        "name_line": "CHIRIBOGA VASCONEZ ANDRES SEBASTIAN",
        "remark1": "VLS-TS ÉTUDIANT",
        "remark2": "ART. R.431-16 CESEDA",
        "surname_mrz": p["surname_mrz"],
        "given_mrz": p["given_mrz"],
        "nat": "ECU",
        "dob": p["dob"],
        "sex": "M",
    }
    vp, _ = visa_page(v, R("visa"))
    images_pdf(
        [
            scan_img(on_paper([pp], R("o1")), R("ps"), 150),
            scan_img(on_paper([vp], R("o2")), R("vs"), 150),
        ],
        folder / "passeport_visa.pdf",
    )
    docs.append(doc(f1("passeport_visa.pdf", [1]), "passport", "image_pdf", passport_fields(p), ""))
    docs.append(
        doc(
            f1("passeport_visa.pdf", [2]),
            "long_stay_visa",
            "image_pdf",
            visa_fields(v, p, "ÉTUDIANT"),
            "VLS-TS étudiant, valid 2026-08-25 to 2027-08-24",
        )
    )
    b = {
        "tomo": "14",
        "pag": "233",
        "acta": "1466",
        "rows": [
            ("Nombres:", "ANDRÉS SEBASTIÁN"),
            ("Apellidos:", "CHIRIBOGA VÁSCONEZ"),
            ("Sexo:", "HOMBRE"),
            ("Fecha de nacimiento:", "22/07/2001"),
            ("Lugar de nacimiento:", "QUITO, PICHINCHA, ECUADOR"),
            ("Nombre del padre:", "LUIS ALBERTO CHIRIBOGA MONTALVO"),
            ("Nombre de la madre:", "GABRIELA DEL ROCÍO VÁSCONEZ ARIAS"),
            ("Cédula:", "1724581930"),
        ],
        "text": [
            "En la ciudad de Quito, el registrador civil que suscribe certifica que la presente",
            "partida es fiel copia de la inscrita en el libro de nacimientos del año 2001.",
        ],
        "issued_words": "11 de agosto de 2026",
        "cert": "RC-2026-0811-483920",
    }
    save_jpg(photo_img(ecuador_birth(b, R("bc")), R("bcp"), 90), folder / "IMG_20261119_091532.jpg")
    docs.append(
        doc(
            f1("IMG_20261119_091532.jpg"),
            "birth_certificate",
            "phone_photo",
            {
                "surname": "CHIRIBOGA VÁSCONEZ",
                "given_names": "ANDRÉS SEBASTIÁN",
                "date_of_birth": p["dob"],
                "place_of_birth": "QUITO, PICHINCHA, ECUADOR",
                "issuing_country": "ECU",
                "language": "es",
                "has_apostille": False,
            },
            "DEFECT: Ecuador is a party to the Apostille Convention "
            "and no apostille is in the packet. "
            "Photo rotated 90° counter-clockwise.",
        )
    )
    looks = ("text_pdf", "screenshot", "phone_photo")
    for i, (month, p0, p1_, (ny, nm)) in enumerate(months(2026, (8, 9, 10))):
        bb = {
            "number": "%s%07d" % (month.replace("-", ""), 2270045 + 31 * i),
            "issue": "%d-%02d-02" % (ny, nm),
            "login": "fbx18734529",
            "holder": "M ANDRES CHIRIBOGA VASCONEZ",
            "addr1": "5 RUE DES FILATIERS",
            "addr2": "31000 TOULOUSE",
            "p0": p0,
            "p1": p1_,
            "amount": 29.99,
            "due": "%d-%02d-09" % (ny, nm),
        }
        look = looks[i]
        if look == "text_pdf":
            path = "facture_free_%s.pdf" % month
            text_pdf([free_bill(bb, R("fb%d" % i))], folder / path, "Facture Freebox")
        elif look == "screenshot":
            path = "Screenshot_20261102-213344.png"
            render_pil(free_app(bb, R("fa%d" % i)), 254).save(folder / path)
        else:
            path = "IMG_20261119_092210.jpg"
            save_jpg(photo_img(free_bill(bb, R("fb%d" % i)), R("fp%d" % i), 0), folder / path)
        docs.append(
            doc(
                f1(path),
                "utility_bill",
                look,
                {
                    "provider": "Free",
                    "service": "internet",
                    "holder_name": "ANDRES CHIRIBOGA VASCONEZ",
                    "address": "5 RUE DES FILATIERS, 31000 TOULOUSE",
                    "issue_date": bb["issue"],
                    "period_start": p0,
                    "period_end": p1_,
                    "amount": 29.99,
                    "month": month,
                },
                "",
            )
        )
    key, iban = bank("30004", "00823", "00010472853")
    r = {
        "bank": "bnp",
        "holder_print": "M ANDRES SEBASTIAN CHIRIBOGA VASCONEZ",
        "addr1": "5 RUE DES FILATIERS",
        "addr2": "31000 TOULOUSE",
        "agency": "BNP PARIBAS TOULOUSE CAPITOLE",
        "agency_addr": "2 place du Capitole 31000 Toulouse",
        "b": "30004",
        "g": "00823",
        "acc": "00010472853",
        "key": key,
        "iban": iban,
        "bic": "BNPAFRPPXXX",
    }
    save_jpg(scan_img(rib(r, R("rib")), R("ribs"), 200), folder / "rib_bnp.jpg", 85)
    docs.append(doc(f1("rib_bnp.jpg"), "rib", "scan", rib_fields(r, "BNP Paribas"), ""))
    return {
        "as_of": "2026-11-27",
        "employed": False,
        "status": "incomplete",
        "requirements": dict(ALL_OK, birth_certificate="invalid", employment="not_applicable"),
        "defect": "birth certificate from Ecuador (Apostille "
        "Convention party) without an apostille",
        "applicant": {
            "surname": "CHIRIBOGA VÁSCONEZ",
            "given_names": "ANDRÉS SEBASTIÁN",
            "date_of_birth": p["dob"],
        },
        "documents": docs,
    }
