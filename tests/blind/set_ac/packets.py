"""Packets p01 (Tunisia) and p02 (Mexico); p03 and p04 live in packets2.py."""

from __future__ import annotations

import certs
import forms
import frdocs
import ids
from frdocs import iban_fr, rib_key


def _rib(bank, branch, account, holder_print, addr_lines, agency, agency_addr, **kw):
    return dict(bank=bank, branch=branch, account=account, key=rib_key(
        frdocs.BANKS[bank][1], branch, account), iban=iban_fr(frdocs.BANKS[bank][1], branch,
        account), holder_print=holder_print, addr_lines=addr_lines, agency=agency,
        agency_addr=agency_addr, **kw)  # fmt: skip


def _rib_fields(r, holder):
    return {"holder_name": holder, "iban": r["iban"], "bic": frdocs.BANKS[r["bank"]][2],
            "bank_name": frdocs.BANKS[r["bank"]][0], "iban_valid": True,
            "rib_key_valid": True}  # fmt: skip


def _form_fields(a, status):
    return {"surname": a["surname"], "given_names": a["given"], "date_of_birth": a["dob"],
            "employment_status": status, "signed": a["signed"], "signed_on": a["signed_on"],
            "nir": None}  # fmt: skip


# ------------------------------------------------------------------------------------ p01
def p01(out) -> dict:
    """Tunisia, employed (payslip + CDI), lease, carte de séjour pluriannuelle salarié."""
    as_of = "2026-01-14"
    addr = ["12 rue Paul Bert, appt 34", "69003 Lyon"]
    pp = dict(
        country="TUN",
        surname="BEN HADJ YAHIA",
        given="YOSRA",
        number="Z7418263",
        dob="1994-07-19",
        sex="F",
        pob="SFAX",
        issue="2022-05-10",
        expiry="2027-05-09",
    )
    sh, f = ids.passport_page(pp, out.rng())
    out.phone("IMG_20260108_184512.jpg", sh, rot90=1, tilt=0.06, fill=0.7)
    out.doc([{"path": "IMG_20260108_184512.jpg", "pages": [1]}], "passport", "phone_photo", f,
            "passport data page on a table, image rotated 90 degrees (EXIF lost)")  # fmt: skip
    card = dict(number="690473815", surname="BEN HADJ YAHIA", given_display="YOSRA",
                mrz_given="YOSRA", sex="F", nat="TUNISIENNE", nat_code="TUN", dob="1994-07-19",
                expiry="2029-10-01", permit_type="CARTE DE SÉJOUR PLURIANNUELLE",
                remarks="SALARIÉ",
                back=[("Lieu de naissance / Place of birth", "SFAX (TUNISIE)"),
                      ("Adresse / Address", "12 RUE PAUL BERT 69003 LYON"),
                      ("Délivré le / Issued on", "02 10 2025"),
                      ("Autorité / Authority", "PRÉFECTURE DU RHÔNE")])  # fmt: skip
    front, back, f = ids.fr_card(card, out.rng(), "permit")
    out.scan_card("titre_sejour_recto.jpg", [front])
    out.scan_card("titre_sejour_verso.jpg", [back])
    f.update({"issuing_country": "FRA"})
    out.doc([{"path": "titre_sejour_recto.jpg", "pages": [1]},
             {"path": "titre_sejour_verso.jpg", "pages": [1]}], "residence_permit", "scan", f,
            "carte de séjour pluriannuelle 'salarié', front and back scanned separately, "
            "TD1 MRZ on the back")  # fmt: skip
    b = dict(commune="Sfax", commune_ar="صفاقس", year_reg="1994", act_no="1873",
             surname="BEN HADJ YAHIA", given="Yosra", sex_fr="Féminin",
             dob_text="19 juillet 1994", pob="Sfax", father="Mohamed Ben Hadj Yahia",
             mother="Leila Trabelsi", issued_text="03/02/2025")  # fmt: skip
    ap = dict(
        lang="fr",
        country="TUNISIE",
        doc_signer="Slim Gharbi",
        doc_capacity="Officier de l'état civil",
        doc_seal="Municipalité de Sfax",
        place="Tunis",
        date_text="11/02/2025",
        by="Ministère des Affaires étrangères",
        number="AP-2025-018744",
        stamp=["REPUBLIQUE", "TUNISIENNE", "M.A.E."],
        header="RÉPUBLIQUE TUNISIENNE",
        header2="Ministère des Affaires étrangères",
    )
    out.image_pdf(
        "acte_naissance_apostille.pdf",
        [certs.birth_tunisia(b, out.rng()), certs.apostille(ap, out.rng())],
    )
    fn = "acte_naissance_apostille.pdf"
    out.doc(
        [{"path": fn, "pages": [1]}],
        "birth_certificate",
        "image_pdf",
        {
            "surname": "BEN HADJ YAHIA",
            "given_names": "Yosra",
            "date_of_birth": "1994-07-19",
            "place_of_birth": "Sfax",
            "issuing_country": "TUN",
            "language": "fr+ar",
            "has_apostille": True,
        },
        "bilingual French/Arabic extrait d'acte de naissance",
    )
    out.doc([{"path": fn, "pages": [2]}], "apostille", "image_pdf",
            {"country": "TUNISIE", "issued_on": "2025-02-11", "number": "AP-2025-018744",
             "signed_by": "Ministère des Affaires étrangères"},
            "Hague model apostille (French wording) for the birth certificate")  # fmt: skip
    L = dict(landlord="M. Gérard Lamotte", landlord_addr="demeurant 4 quai Claude Bernard, "
             "69007 Lyon", tenants_print=["Mme Yosra BEN HADJ YAHIA"],
             addr_lines=["12 rue Paul Bert", "appartement 34, 3e étage", "69003 Lyon"],
             surface="38,5", rooms="2", start="2025-04-01", rent="690,00", charges="60,00",
             city="Lyon", signed="2025-03-24")  # fmt: skip
    out.image_pdf("bail.pdf", forms.lease(L, out.rng()), dpi=150)
    out.doc([{"path": "bail.pdf", "pages": [1, 2, 3]}], "lease", "image_pdf",
            {"tenant_names": ["Yosra BEN HADJ YAHIA"], "landlord": "Gérard Lamotte",
             "address": "12 rue Paul Bert, appartement 34, 3e étage, 69003 Lyon",
             "start_date": "2025-04-01"}, "signed paper lease scanned (3 pages)")  # fmt: skip
    r = out.rng()
    sir = frdocs.siret(r)
    ps = dict(
        employer="LABORATOIRES SAINTE-FOY ANALYSES",
        emp_addr=["Parc Technologique, 8 rue Jacquard", "69120 Vaulx-en-Velin"],
        siret=sir,
        naf="7120B",
        ccn="Laboratoires de biologie médicale extra-hospitaliers (IDCC 959)",
        start="2025-12-01",
        end="2025-12-31",
        paid="2025-12-31",
        employee_print="Madame Yosra BEN HADJ YAHIA",
        addr_lines=addr,
        job="Technicienne de laboratoire",
        status="Employée - Non cadre",
        entry="2025-04-07",
        matricule="00417",
        gross=2284.00,
        pas_rate=0.021,
    )
    sheet = frdocs.payslip(ps, r)
    out.text_pdf("Bulletin_2025-12_BENHADJYAHIA.pdf", [sheet], "Bulletin de paie", "Silae")
    out.doc([{"path": "Bulletin_2025-12_BENHADJYAHIA.pdf", "pages": [1]}], "payslip", "text_pdf",
            {"employer": ps["employer"], "employee_name": "Yosra BEN HADJ YAHIA",
             "period": "2025-12", "net_pay": ps["net_pay"], "siret": sir},
            "net_pay is the 'NET PAYÉ' line (after income tax)")  # fmt: skip
    c = dict(employer="LABORATOIRES SAINTE-FOY ANALYSES", form="SAS au capital de 150 000 euros",
             emp_addr="Parc Technologique, 8 rue Jacquard, 69120 Vaulx-en-Velin", siret=sir,
             rep="M. Arnaud Vasseur", rep_role="Directeur des ressources humaines",
             employee_print="Madame Yosra BEN HADJ YAHIA", dob="1994-07-19", pob="Sfax (Tunisie)",
             nat="tunisienne", addr="12 rue Paul Bert, 69003 Lyon", start="2025-04-07",
             ccn=ps["ccn"], job="Technicienne de laboratoire", status="employée", coef="230",
             gross="2 284,00", workplace="Vaulx-en-Velin (69)", city="Vaulx-en-Velin",
             signed="2025-03-28")  # fmt: skip
    out.image_pdf("contrat_CDI_signe.pdf", forms.contract_cdi(c, out.rng()), dpi=150)
    out.doc([{"path": "contrat_CDI_signe.pdf", "pages": [1, 2]}], "employment_contract",
            "image_pdf", {"employer": c["employer"], "employee_name": "Yosra BEN HADJ YAHIA",
                          "contract_type": "CDI", "job_title": "Technicienne de laboratoire",
                          "start_date": "2025-04-07"}, "signed CDI, scanned")  # fmt: skip
    rb = _rib(
        "sg",
        "01690",
        "00050237819",
        "MME BEN HADJ YAHIA YOSRA",
        ["12 RUE PAUL BERT APPT 34", "69003 LYON"],
        "LYON MONPLAISIR",
        ["SOCIETE GENERALE", "98 AVENUE DES FRERES LUMIERE", "69008 LYON"],
    )
    out.text_pdf("RIB_SG.pdf", [frdocs.rib_sheet(rb, out.rng())], "RIB", "Societe Generale")
    out.doc(
        [{"path": "RIB_SG.pdf", "pages": [1]}],
        "rib",
        "text_pdf",
        _rib_fields(rb, "BEN HADJ YAHIA YOSRA"),
        "downloaded from the bank website",
    )
    a = dict(surname="BEN HADJ YAHIA", given="Yosra", dob="1994-07-19", pob_city="Sfax",
             pob_country="Tunisie", nationality="tunisienne",
             addr=["12 rue Paul Bert, appt 34", "69003 Lyon"], phone="07 58 21 44 93",
             email="yosra.bhy@gmail.com", status="employed", job="Technicienne de labo",
             contract="CDI", employer="Labo. Sainte-Foy Analyses, Vaulx-en-Velin",
             place="Lyon", signed_on="2026-01-10", signed=True, hand="hand1")  # fmt: skip
    pages = forms.cerfa_s1106(a, out.rng())
    out.phone("IMG_20260110_101233.jpg", pages[0], blur=1.1, tilt=0.1)
    out.doc([{"path": "IMG_20260110_101233.jpg", "pages": [1]}], "application_form",
            "phone_photo", _form_fields(a, "employed"),
            "page 1 of the CERFA filled by hand in blue ink, slightly blurred")  # fmt: skip
    return {"as_of": as_of, "employed": True, "applicant": {"surname": "BEN HADJ YAHIA",
            "given_names": "YOSRA", "date_of_birth": "1994-07-19"}}  # fmt: skip


# ------------------------------------------------------------------------------------ p02
def p02(out) -> dict:
    """Mexico, not employed, hosted by her French husband, VLS-TS vie privée et familiale."""
    as_of = "2025-12-02"
    pp = dict(country="MEX", surname="GONZÁLEZ RUIZ", given="MARÍA FERNANDA",
              number="G31415926", dob="1991-11-03", sex="F", pob="JALISCO",
              issue="2023-02-20", expiry="2033-02-19")  # fmt: skip
    sh_p, fp = ids.passport_page(pp, out.rng())
    v = dict(surname="GONZÁLEZ RUIZ", given="MARÍA FERNANDA", number="025718364",
             passport_no="G31415926", nat="MEX", dob="1991-11-03", sex="F",
             valid_from="2025-06-01", valid_until="2026-05-31", issued_in="MEXICO",
             issued_on="2025-05-12", duration="365 JOURS", category="VIE PRIVEE ET FAMILIALE",
             remarks=["VLS-TS VIE PRIVEE ET FAMILIALE", "CONJOINT DE FRANCAIS",
                      "DES VALIDATION EN LIGNE"])  # fmt: skip
    sh_v, fv = ids.visa_page(v, out.rng())
    out.image_pdf("scan_0012.pdf", [[sh_p], [sh_v]], dpi=300)
    out.doc(
        [{"path": "scan_0012.pdf", "pages": [1]}],
        "passport",
        "image_pdf",
        fp,
        "scanner PDF page 1: passport data page near the top of the glass",
    )
    out.doc(
        [{"path": "scan_0012.pdf", "pages": [2]}],
        "long_stay_visa",
        "image_pdf",
        fv,
        "scanner PDF page 2: VLS-TS vignette (MRV-A)",
    )
    b = dict(ident="14039001220251000917", state="JALISCO", municipio="GUADALAJARA",
             oficialia="0012", reg_date="28/11/1991", libro="0007", acta="03417",
             given="MARÍA FERNANDA", ap1="GONZÁLEZ", ap2="RUIZ", sexo="MUJER",
             dob_text="03/11/1991", pob="GUADALAJARA, JALISCO", curp="GORM911103MJCNZR08",
             parents=[("Padre", "JORGE GONZÁLEZ PÉREZ", "MEXICANA"),
                      ("Madre", "ALEJANDRA RUIZ SALAZAR", "MEXICANA")],
             issued_text="14/01/2025")  # fmt: skip
    out.text_pdf("acta_nacimiento.pdf", [certs.birth_mexico(b, out.rng())], "Acta de nacimiento",
                 "RENAPO")  # fmt: skip
    out.doc([{"path": "acta_nacimiento.pdf", "pages": [1]}], "birth_certificate", "text_pdf",
            {"surname": "GONZÁLEZ RUIZ", "given_names": "MARÍA FERNANDA",
             "date_of_birth": "1991-11-03", "place_of_birth": "GUADALAJARA, JALISCO",
             "issuing_country": "MEX", "language": "es", "has_apostille": True},
            "acta de nacimiento downloaded from gob.mx (text PDF)")  # fmt: skip
    ap = dict(lang="es", country="Estados Unidos Mexicanos",
              doc_signer="Lic. Rosa Elena Martínez Ortiz",
              doc_capacity="Directora del Registro Civil",
              doc_seal="Dirección General del Registro Civil de Jalisco", place="Guadalajara",
              date_text="22/01/2025", by="Lic. Héctor Manuel Ibarra Solís", number="JAL-2025-004127",
              stamp=["GOBIERNO DE", "JALISCO", "APOSTILLA"],
              header="GOBIERNO DEL ESTADO DE JALISCO",
              header2="Secretaría General de Gobierno")  # fmt: skip
    out.scan_page("apostilla.jpg", certs.apostille(ap, out.rng()), dpi=200)
    out.doc([{"path": "apostilla.jpg", "pages": [1]}], "apostille", "scan",
            {"country": "Estados Unidos Mexicanos", "issued_on": "2025-01-22",
             "number": "JAL-2025-004127", "signed_by": "Lic. Héctor Manuel Ibarra Solís"},
            "Spanish-language apostille for the acta, printed and scanned")  # fmt: skip
    host_addr = ["27 cours de l'Yser, apt 12", "33800 Bordeaux"]
    cni = dict(number="X4RTBPFW4", surname="LEFÈVRE-DUBOIS", given_display="THOMAS, JULIEN",
               mrz_given="THOMAS JULIEN", sex="M", nat="FRA", nat_code="FRA", dob="1989-02-14",
               expiry="2032-04-18", pob="BORDEAUX (33)",
               back=[("Adresse / Address", "27 COURS DE L'YSER 33800 BORDEAUX"),
                     ("Date de délivrance / Date of issue", "19 04 2022"),
                     ("Autorité / Authority", "PRÉFECTURE DE LA GIRONDE")])  # fmt: skip
    front, back, fc = ids.fr_card(cni, out.rng(), "cni")
    out.scan_card("cni_thomas.jpg", [front, back])
    fc["given_names"] = "THOMAS JULIEN"
    out.doc(
        [{"path": "cni_thomas.jpg", "pages": [1]}],
        "national_id",
        "scan",
        fc,
        "host's French identity card (2021 model), front and back on one scan",
    )
    for k, (m, issue, kwh, amt, look) in enumerate([
        ("2025-09", "2025-10-03", 212, 54.87, "phone"),
        ("2025-10", "2025-11-04", 268, 66.12, "pdf"),
        ("2025-11", "2025-12-02", 341, 80.95, "pdf"),
    ]):  # fmt: skip
        end = {"09": "30", "10": "31", "11": "30"}[m[5:]]
        bl = dict(issue=issue, number=f"10{48213 + k * 917:07d}", holder_print="M THOMAS "
                  "LEFEVRE-DUBOIS", addr_lines=[a.upper() for a in host_addr],
                  client_ref="1-6J8KQ2Z", pdl="14295638471102", start=m + "-01",
                  end=m + "-" + end, kwh=kwh, abo=13.93, conso=round(kwh * 0.2016, 2),
                  turpe=round(kwh * 0.041, 2), accise=round(kwh * 0.0297, 2), amount=amt,
                  tva=round(amt / 6, 2), debit=issue[:8] + "15", acct_end="0482")  # fmt: skip
        sh = frdocs.bill_totalenergies(bl, out.rng())
        fields = {"provider": "TotalEnergies", "service": "electricity",
                  "holder_name": "THOMAS LEFEVRE-DUBOIS",
                  "address": ", ".join(bl["addr_lines"]), "issue_date": issue,
                  "period_start": m + "-01", "period_end": m + "-" + end, "amount": amt,
                  "month": m}  # fmt: skip
        if look == "phone":
            fn = "IMG_5820.jpg"
            out.phone(fn, sh, rot90=2, blur=0.6)
            out.doc(
                [{"path": fn, "pages": [1]}],
                "utility_bill",
                "phone_photo",
                fields,
                "host's bill, printed and photographed upside down",
            )
        else:
            fn = f"Facture_TotalEnergies_{m[5:]}{m[:4]}.pdf"
            out.text_pdf(fn, [sh], "Facture", "TotalEnergies")
            out.doc(
                [{"path": fn, "pages": [1]}],
                "utility_bill",
                "text_pdf",
                fields,
                "host's monthly electricity bill (e-mailed PDF)",
            )
    hl = dict(hand="hand3", city="Bordeaux", signed_text="24/11/2025", lines=[
        "Je soussigné Thomas Lefèvre-Dubois,", "né le 14/02/1989 à Bordeaux (33),",
        "demeurant 27 cours de l'Yser, apt 12,", "33800 Bordeaux,",
        "atteste sur l'honneur héberger à mon domicile", "mon épouse María Fernanda González Ruiz,",
        "née le 03/11/1991 à Guadalajara (Mexique),", "depuis le 15 juin 2025.",
        "", "Je joins la copie de ma carte d'identité", "et mes trois dernières factures.",
        "", "Attestation faite pour servir et valoir ce que de droit."])  # fmt: skip
    out.phone("IMG_5817.jpg", forms.hosting_attestation(hl, out.rng()), rot90=3, tilt=0.12)
    out.doc([{"path": "IMG_5817.jpg", "pages": [1]}], "hosting_attestation", "phone_photo",
            {"host_name": "Thomas Lefèvre-Dubois", "hosted_name": "María Fernanda González Ruiz",
             "address": "27 cours de l'Yser, apt 12, 33800 Bordeaux", "since_date": "2025-06-15",
             "signed_on": "2025-11-24", "signed": True},
            "handwritten on ruled paper, photo rotated 270 degrees")  # fmt: skip
    rb = _rib(
        "bourso",
        "00001",
        "00041287306",
        "MME MARIA FERNANDA GONZALEZ RUIZ",
        [],
        "",
        [],
        clock="9:41",
        acct_label="Compte BoursoBank",
        balance=1532.18,
    )
    out.screenshot("IMG_5823.PNG", frdocs.bank_screenshot(rb, out.rng()))
    out.doc([{"path": "IMG_5823.PNG", "pages": [1]}], "rib", "screenshot",
            _rib_fields(rb, "MARIA FERNANDA GONZALEZ RUIZ"),
            "BoursoBank app RIB/IBAN screen, 1170x2532")  # fmt: skip
    a = dict(surname="GONZÁLEZ RUIZ", usage="LEFÈVRE-DUBOIS", given="María Fernanda",
             dob="1991-11-03", pob_city="Guadalajara", pob_country="Mexique",
             nationality="mexicaine", addr=["27 cours de l'Yser, apt 12", "33800 Bordeaux"],
             phone="06 44 17 90 52", email="mafer.gonzalez@outlook.com", status="not_employed",
             place="Bordeaux", signed_on="2025-11-26", signed=True, hand=None)  # fmt: skip
    out.text_pdf("S1106_formulaire_rempli.pdf", forms.cerfa_s1106(a, out.rng()),
                 "Demande d'ouverture des droits a l'assurance maladie", "")  # fmt: skip
    out.doc(
        [{"path": "S1106_formulaire_rempli.pdf", "pages": [1, 2]}],
        "application_form",
        "text_pdf",
        _form_fields(a, "not_employed"),
        "CERFA filled on screen (typed) with a drawn signature; usage name = husband's",
    )
    return {"as_of": as_of, "employed": False, "applicant": {"surname": "GONZALEZ RUIZ",
            "given_names": "MARIA FERNANDA", "date_of_birth": "1991-11-03"}}  # fmt: skip


from packets2 import p03, p04  # noqa: E402

PACKETS = [("p01", p01), ("p02", p02), ("p03", p03), ("p04", p04)]
