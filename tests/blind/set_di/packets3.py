"""Packet p04 (Kosovo) of set_di."""

from civil import apostille, form, kosovo_birth
from common import images_pdf, phone_photo, render_pil, save_jpg, text_pdf
from iddocs import on_paper, passport, visa_page
from life import (
    contract_blank_employer,
    lease,
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


# ---------------------------------------------------------------- p04 Kosovo
def p04(folder):
    def R(k):
        return rng_for("set_di", "p04", k)

    p = {
        "country": "RKS",
        "number": "P02871460",
        "surname_print": "KRASNIQI",
        "given_print": "ARBËR",
        "surname_mrz": "KRASNIQI",
        "given_mrz": "ARBER",
        "nat_print": "KOSOVAR",
        "sex": "M",
        "dob": "1990-12-05",
        "pob_print": "PRISHTINË",
        "issued": "2022-03-09",
        "expiry": "2032-03-08",
    }
    docs = []
    fm = {
        "surname": "KRASNIQI",
        "given": "ARBËR",
        "sex": "M",
        "dob": p["dob"],
        "pob": "PRISHTINË, KOSOVO",
        "nat": "KOSOVARE",
        "addr": "46 RUE DE MEAUX",
        "cp": "75019",
        "city": "PARIS",
        "phone": "07 69 30 18 52",
        "situation": "salarie",
        "contract": "CDI",
        "job": "Maçon coffreur",
        "place": "Paris",
        "date": "2026-11-23",
        "fill": "typed",
        "hfont": "hand1",
        "run": 0,
    }
    pg1, pg2 = form(fm, R("form"))
    save_jpg(photo_img(pg1, R("f1"), 0), folder / "IMG_0231.jpg")
    save_jpg(photo_img(pg2, R("f2"), 180), folder / "IMG_0232.jpg")
    docs.append(
        doc(
            [{"path": "IMG_0231.jpg", "pages": [1]}, {"path": "IMG_0232.jpg", "pages": [1]}],
            "application_form",
            "phone_photo",
            form_fields(fm, "employed"),
            "typed, printed, dated and signed by hand; page 2 photo upside down",
        )
    )
    pp, _ = passport(p, R("pass"))
    save_jpg(phone_photo(render_pil(pp, 600), R("pph"), rot=90), folder / "IMG_0228.jpg")
    docs.append(
        doc(
            f1("IMG_0228.jpg"),
            "passport",
            "phone_photo",
            passport_fields(p),
            "rotated 90° counter-clockwise",
        )
    )
    v = {
        "number": "034561982",
        "from": "2026-05-20",
        "until": "2027-05-19",
        "days": 365,
        "issued_in": "PRISTINA",
        "issued": "2026-04-28",
        "passport_number": p["number"],
        "name_line": "KRASNIQI ARBER",
        "remark1": "VLS-TS SALARIÉ",
        "remark2": "ART. R.431-16 CESEDA — AUTORISATION DE TRAVAIL",
        "surname_mrz": "KRASNIQI",
        "given_mrz": "ARBER",
        "nat": "RKS",
        "dob": p["dob"],
        "sex": "M",
    }
    vp, _ = visa_page(v, R("visa"))
    save_jpg(scan_img(on_paper([vp], R("vo")), R("vs"), 200), folder / "visa.jpg", 84)
    docs.append(doc(f1("visa.jpg"), "long_stay_visa", "scan", visa_fields(v, p, "SALARIÉ"), ""))
    b = {
        "municipality": "Prishtinë",
        "issued": "2026-02-16",
        "no": "CL-2026/031877",
        "rows": [
            ("Emri / Ime / Name", "ARBËR"),
            ("Mbiemri / Prezime / Surname", "KRASNIQI"),
            ("Gjinia / Pol / Sex", "M"),
            ("Data e lindjes / Datum rođenja / Date of birth", "05.12.1990"),
            ("Vendi i lindjes / Mesto rođenja / Place of birth", "Prishtinë, Kosovë"),
            ("Emri i babait / Ime oca / Father's name", "Bekim KRASNIQI"),
            ("Emri i nënës / Ime majke / Mother's name", "Drita KRASNIQI (e lindur BERISHA)"),
            ("Numri personal / Lični broj / Personal number", "1092754316"),
        ],
    }
    ap = {
        "country": "Republika e Kosovës / Republic of Kosovo",
        "signer": "Shqipe Gashi",
        "capacity": "Zyrtare e gjendjes civile",
        "seal": "Komuna e Prishtinës",
        "at": "Prishtinë",
        "date": "2026-02-19",
        "by": "Ministria e Punëve të Jashtme dhe Diasporës",
        "number": "AP-2026-004512",
    }
    images_pdf(
        [
            scan_img(kosovo_birth(b, R("bc")), R("bcs"), 150),
            scan_img(apostille(ap, R("ap")), R("aps"), 150),
        ],
        folder / "certifikata_lindjes_apostille.pdf",
    )
    docs.append(
        doc(
            f1("certifikata_lindjes_apostille.pdf", [1]),
            "birth_certificate",
            "image_pdf",
            {
                "surname": "KRASNIQI",
                "given_names": "ARBËR",
                "date_of_birth": p["dob"],
                "place_of_birth": "Prishtinë, Kosovë",
                "issuing_country": "RKS",
                "language": "sq",
                "has_apostille": True,
            },
            "trilingual certificate (sq/sr/en)",
        )
    )
    docs.append(
        doc(
            f1("certifikata_lindjes_apostille.pdf", [2]),
            "apostille",
            "image_pdf",
            {
                "country": "Kosovo",
                "issued_on": "2026-02-19",
                "number": ap["number"],
                "signed_by": ap["by"],
            },
            "Hague model, 10 items, Albanian/English",
        )
    )
    le = {
        "landlord": "M. Didier FONTAINE",
        "landlord_addr": "12 boulevard de la Villette, 75010 Paris",
        "tenants_print": ["M. Arbër KRASNIQI"],
        "tenant_dob": p["dob"],
        "tenant_pob": "Prishtinë (Kosovo)",
        "address": "46 rue de Meaux, 75019 Paris",
        "surface": "24",
        "rooms": "1",
        "start": "2026-06-01",
        "rent": 720.0,
        "charges": 80.0,
        "signed": "2026-05-27",
        "city": "Paris",
        "font": "lib",
        "fontb": "libb",
    }
    l1, l2 = lease(le, R("lease"))
    images_pdf([scan_img(l1, R("l1"), 150), scan_img(l2, R("l2"), 150)], folder / "bail_meaux.pdf")
    docs.append(
        doc(
            f1("bail_meaux.pdf", [1, 2]),
            "lease",
            "image_pdf",
            {
                "tenant_names": ["Arbër KRASNIQI"],
                "landlord": "Didier FONTAINE",
                "address": "46 rue de Meaux, 75019 Paris",
                "start_date": "2026-06-01",
            },
            "private landlord",
        )
    )
    c = {
        "employee": "M. Arbër KRASNIQI",
        "dob": p["dob"],
        "pob": "Prishtinë (Kosovo)",
        "address": "46 rue de Meaux, 75019 Paris",
        "start": "2026-10-05",
        "job": "maçon coffreur",
        "gross": 2150.0,
        "signed": "2026-09-28",
    }
    text_pdf(
        [contract_blank_employer(c, R("ct"))], folder / "contrat_travail.pdf", "Contrat de travail"
    )
    docs.append(
        doc(
            f1("contrat_travail.pdf"),
            "employment_contract",
            "text_pdf",
            {
                "employer": None,
                "employee_name": "Arbër KRASNIQI",
                "contract_type": "CDI",
                "job_title": "maçon coffreur",
                "start_date": "2026-10-05",
            },
            "DEFECT: template contract whose employer block "
            "(company, SIRET, address, representative) "
            "was left blank and is not signed by the employer; no payslip in the packet",
        )
    )
    key, iban = bank("30003", "03620", "00050917734")
    r = {
        "bank": "sg",
        "holder_print": "M ARBER KRASNIQI",
        "addr1": "46 RUE DE MEAUX",
        "addr2": "75019 PARIS",
        "agency": "SG PARIS JAURES",
        "agency_addr": "3 avenue Jean Jaurès 75019 Paris",
        "b": "30003",
        "g": "03620",
        "acc": "00050917734",
        "key": key,
        "iban": iban,
        "bic": "SOGEFRPP",
    }
    text_pdf([rib(r, R("rib"))], folder / "RIB_SG.pdf", "RIB")
    docs.append(doc(f1("RIB_SG.pdf"), "rib", "text_pdf", rib_fields(r, "Société Générale"), ""))
    return {
        "as_of": "2026-11-30",
        "employed": True,
        "status": "incomplete",
        "requirements": dict(ALL_OK, employment="invalid"),
        "defect": "employment contract with no employer identity "
        "(employer block blank), no payslip",
        "applicant": {"surname": "KRASNIQI", "given_names": "ARBËR", "date_of_birth": p["dob"]},
        "documents": docs,
    }
