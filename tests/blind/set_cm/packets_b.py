"""Packets p03 (Thailand, hosted by spouse) and p04 (Albania, hosted; the one defect)."""

import docs_bc
import docs_fr
import docs_id
from docs_form import form
from kit import bill_data, check_iban, id_fields, scan_card, scan_item, scan_pages, thai_pid, truth
from util import fr_iban, photo_look, render, scan_look, siret

ALL_OK = {"application_form": "complete", "identity": "complete", "residence_status": "complete",
              "birth_certificate": "complete", "residence_proof": "complete", "bank_details": "complete",
              "employment": "complete"}  # fmt: skip


def _rib(bank, branch, account):
    iban, key = fr_iban(bank, branch, account)
    check_iban(iban, bank, branch, account, key)
    return iban, key


# ------------------------------------------------------------------ p03 Thailand
def p03(pk):
    rng = pk.rng
    as_of = "2026-11-18"
    sn, gn, dob = "SRISUWAN", "KANOKWAN", "1990-07-22"
    addr = ["8 impasse des Acacias", "31500 Toulouse"]
    host = "Julien MARCHAND"
    f = {"surname": "SRISUWAN", "usage": "MARCHAND", "given": "Kanokwan", "sex": "F", "dob": dob,
             "pob": "Khon Kaen, Thaïlande", "nat": "Thaïlandaise", "addr": addr[0], "cp": "31500",
             "city": "Toulouse", "tel": "07 66 03 18 42", "mail": "kanokwan.s@hotmail.com",
             "situation": "salarie", "job": "Commis de cuisine", "contract": "CDI", "place": "Toulouse",
             "date_text": "09/11/2026", "signed": True, "hand_font": "Dkg"}  # fmt: skip
    pages = render(form(f, rng, run=1, hand=True), 200)
    pk.jpg("scan_formulaire_1.jpg", scan_pages_img(pages[0], rng), 88)
    pk.jpg("scan_formulaire_2.jpg", scan_pages_img(pages[1], rng), 88)
    pk.doc([("scan_formulaire_1.jpg", [1]), ("scan_formulaire_2.jpg", [1])], "application_form",
           "scan", {"surname": "SRISUWAN", "given_names": "Kanokwan", "date_of_birth": dob,
                        "employment_status": "employed", "signed": True, "signed_on": "2026-11-09",
                        "nir": None},
           "handwritten; usage name MARCHAND (married name) beside the birth name")  # fmt: skip
    pid = thai_pid("140990012345")
    p = {"code": "THA", "number": "AB7720415", "surname": sn, "given": gn, "mrz_surname": sn, "mrz_given": gn,
             "sex": "F", "dob": dob, "pob": "KHON KAEN", "issued": "2024-03-11", "expiry": "2029-03-10",
             "authority": "MINISTRY OF FOREIGN AFFAIRS", "personal": pid}  # fmt: skip
    pp, _ = docs_id.passport(p, rng, skin=(0.78, 0.6, 0.45))
    v = dict(number="031597532", skin=(0.78, 0.6, 0.45), **{"from": "20-05-2026"},
             until="19-05-2027", until_iso="2027-05-19", days="365", place="BANGKOK",
             on="06-05-2026", passport="AB7720415", name="SRISUWAN, KANOKWAN",
             remarks=["VLS-TS CONJOINT DE FRANCAIS", "DISPENSE TEMPORAIRE DE CARTE DE SEJOUR",
                      "A VALIDER EN LIGNE DANS LES 3 MOIS"],
             mrz_surname=sn, mrz_given=gn, nat="THA", dob=dob, sex="F", stamp="BANGKOK")  # fmt: skip
    vi, _ = docs_id.visa_vlsts(v, rng)
    imgs = [scan_card([pp], rng, 200), scan_card([vi], rng, 200)]
    pk.scan_pdf("passeport_visa.pdf", imgs)
    pk.doc(
        [("passeport_visa.pdf", [1])],
        "passport",
        "image_pdf",
        id_fields(sn, gn, "AB7720415", "THA", "THA", dob, "F", "2029-03-10"),
    )
    pk.doc([("passeport_visa.pdf", [2])], "long_stay_visa", "image_pdf",
           id_fields(sn, gn, "031597532", "THA", "FRA", dob, "F", "2027-05-19", visa_type="D",
                     vls_ts=True, category="CONJOINT DE FRANCAIS", valid_from="2026-05-20",
                     valid_until="2027-05-19"))  # fmt: skip
    b = {"no_th": "๑๒๓/๒๕๓๓", "office_th": "อำเภอเมืองขอนแก่น", "given_th": "เด็กหญิงกนกวรรณ",
             "surname_th": "ศรีสุวรรณ", "pid": "1 4099 00123 45 " + pid[-1], "sex_th": "หญิง",
             "dob_th": "๒๒ กรกฎาคม ๒๕๓๓", "hospital_th": "โรงพยาบาลขอนแก่น",
             "tambon_th": "ในเมือง", "amphoe_th": "เมืองขอนแก่น", "changwat_th": "ขอนแก่น",
             "mother_th": "นางสมหญิง ศรีสุวรรณ", "father_th": "นายประเสริฐ ศรีสุวรรณ",
             "informant_th": "นายประเสริฐ ศรีสุวรรณ (บิดา)", "reg_th": "๒๕ กรกฎาคม ๒๕๓๓",
             "registrar_th": "นายวิชัย ทองดี"}  # fmt: skip
    bc = render(docs_bc.thai(b, rng), 220)[0]
    pk.jpg("IMG_4471.jpg", photo_look(bc, rng, 4032), 87)
    pk.doc([("IMG_4471.jpg", [1])], "birth_certificate", "phone_photo",
           {"surname": sn, "given_names": gn, "date_of_birth": dob,
                "place_of_birth": "Khon Kaen Hospital, Nai Mueang, Mueang Khon Kaen, Khon Kaen",
                "issuing_country": "THA", "language": "th", "has_apostille": False},
           "สูติบัตร in Thai (Buddhist-era date 22 July 2533 = 1990); Thailand is not party to "
           "the Apostille Convention: the official English translation is legalised by the MFA "
           "and the French embassy (separate file)")  # fmt: skip
    t = {"no": "123/2533", "office": "Mueang Khon Kaen District Registration Office",
             "rows": [("Name:", "Miss Kanokwan"), ("Surname:", "SRISUWAN"),
                   ("Identification No.:", "1 4099 00123 45 " + pid[-1]), ("Sex:", "Female"),
                   ("Nationality:", "Thai"), ("Date of birth:", "22 July 1990 (B.E. 2533)"),
                   ("Place of birth:", "Khon Kaen Hospital"), ("Sub-district:", "Nai Mueang"),
                   ("District:", "Mueang Khon Kaen"), ("Province:", "Khon Kaen"),
                   ("Mother:", "Mrs. Somying SRISUWAN (Thai)"),
                   ("Father:", "Mr. Prasert SRISUWAN (Thai)"),
                   ("Date of registration:", "25 July 1990")],
             "registrar": "Mr. Wichai THONGDEE", "translator": "Ms. Pimchanok Saelee",
             "agency": "Bangkok Certified Translation Co., Ltd.", "mfa_no": "LG 2026/118452",
             "mfa_date": "18 Mar 2026", "mfa_officer": "Mr. Anucha Boonmee", "amb_date": "24/03/2026",
             "amb_no": "BKK-2026-2231"}  # fmt: skip
    pk.scan_pdf("translation_legalized.pdf", scan_pages(docs_bc.legal_thai_page(t, rng), rng))
    pk.doc([("translation_legalized.pdf", [1])], "translation", "image_pdf",
           {"language": "en", "source_language": "th", "translator": "Ms. Pimchanok Saelee"},
           "official English translation with MFA legalisation and the French embassy's "
           "'vu pour légalisation' stamp")  # fmt: skip
    # attestation d'hébergement, handwritten, phone photo rotated 270
    a = {"hand_font": "Ecolier", "lines": [
        "Je soussigné Julien Marchand, né le 03/10/1987", "à Toulouse, demeurant au",
        "8 impasse des Acacias, 31500 Toulouse,", "atteste sur l'honneur héberger à mon domicile",
        "mon épouse Mme Kanokwan SRISUWAN, née le", "22/07/1990 à Khon Kaen (Thaïlande),",
        "depuis le 25 mai 2026.", "", "Pièces jointes : copie de ma carte d'identité,",
        "trois factures d'électricité à mon nom.", "",
        ">Fait à Toulouse,", ">le 08/11/2026"]}  # fmt: skip
    pdf = docs_fr.attestation(a, rng, hand=True)
    pk.jpg("attestation_hebergement.jpg", photo_look(render(pdf, 200)[0], rng, 3264, rot=270))
    pk.doc([("attestation_hebergement.jpg", [1])], "hosting_attestation", "phone_photo",
           {"host_name": host, "hosted_name": "Kanokwan SRISUWAN",
                "address": "8 impasse des Acacias, 31500 Toulouse", "since_date": "2026-05-25",
                "signed_on": "2026-11-08", "signed": True},
           "handwritten on lined paper; photo rotated 270 degrees")  # fmt: skip
    c = {"number": "X4RT7PFW4", "surname": "MARCHAND", "given": "Julien, Pierre", "sex": "M",
             "dob": "03 10 1987", "dob_iso": "1987-10-03", "pob": "TOULOUSE (31)",
             "expiry": "15 02 2032", "expiry_iso": "2032-02-15", "issued": "16 02 2022",
             "addr1": "8 IMPASSE DES ACACIAS", "addr2": "31500 TOULOUSE", "mrz_surname": "MARCHAND",
             "mrz_given": "JULIEN PIERRE"}  # fmt: skip
    sides, _ = docs_id.cni_fr(c, rng)
    pk.scan_pdf("CNI_Julien_recto_verso.pdf", [scan_card(sides, rng, 200)])
    pk.doc([("CNI_Julien_recto_verso.pdf", [1])], "national_id", "image_pdf",
           id_fields("MARCHAND", "JULIEN PIERRE", "X4RT7PFW4", "FRA", "FRA", "1987-10-03", "M",
                     "2032-02-15"), "host's identity card, recto and verso photocopied on one "
           "page")  # fmt: skip
    pdfs = []
    for m, iss, amt, kwh, cons, acc in [
        ("2026-08", "2026-09-03", "52.14", "142", "27,66", "4,79"),
        ("2026-09", "2026-10-03", "49.37", "131", "25,52", "4,41"),
        ("2026-10", "2026-11-04", "61.08", "178", "34,67", "5,99"),
    ]:
        bd, fd = bill_data("ekwateur", "M. Julien MARCHAND", addr, m, iss, amt, rng,
                           provider="ekWateur", service="electricity", client="EKW-0482719",
                           pdl="0912 4477 1850 36", kwh=kwh, cons=cons, acc=acc,
                           debit=iss[:8] + "15", holder_name="Julien MARCHAND")  # fmt: skip
        pdfs.append((docs_fr.bill(bd, rng), fd))
    merged = _merge([p for p, _ in pdfs])
    pk.text_pdf("factures_ekwateur_aout-oct.pdf", merged)
    for i, (_, fd) in enumerate(pdfs):
        pk.doc(
            [("factures_ekwateur_aout-oct.pdf", [i + 1])],
            "utility_bill",
            "text_pdf",
            fd,
            "host's bill",
        )
    st = siret("81236974", "0001")
    ps = {"start": "01/10/2026", "end": "31/10/2026", "paid": "31/10/2026",
              "fonts": ("Carlito", "CarlitoB"),
              "employer_lines": ["SARL LE COMPTOIR DE SIAM", "14 rue des Filatiers",
                              "31000 Toulouse", f"SIRET : {st}", "APE : 5610A",
                              "Convention : HCR (IDCC 1979)"],
              "employee_lines": ["Mme SRISUWAN Kanokwan", "8 impasse des Acacias",
                              "31500 Toulouse", "Emploi : Commis de cuisine", "Niveau I échelon 2",
                              "Entrée : 02/06/2026"],
              "rows": [["Salaire de base", "151,67", "12,0500", "1 827,62", ""],
                    ["Heures supplémentaires 10 %", "4,33", "13,2550", "57,39", ""],
                    ["Avantage en nature repas", "22", "4,22", "92,84", ""],
                    ["*Salaire brut", "", "", "1 977,85", ""],
                    ["Santé", "", "", "24,10", "24,10"],
                    ["Retraite", "1 977,85", "", "223,70", "323,06"],
                    ["Famille", "1 977,85", "", "", "69,22"],
                    ["Assurance chômage", "1 977,85", "", "", "79,11"],
                    ["Autres contributions dues par l'employeur", "", "", "", "41,37"],
                    ["Exonération de cotisations employeur", "", "", "", "-455,20"],
                    ["CSG déductible de l'impôt sur le revenu", "1 943,24", "6,80", "132,14", ""],
                    ["CSG/CRDS non déductible", "1 943,24", "2,90", "56,35", ""],
                    ["Déduction avantage en nature", "", "", "-92,84", ""]],
              "nets": [("Net à payer avant impôt sur le revenu", "1 448,72 €"),
                    ("Impôt sur le revenu prélevé à la source (taux 0 %)", "0,00 €"),
                    ("NET PAYÉ", "1 448,72 €"), ("Montant net social", "1 455,90 €")]}  # fmt: skip
    img = render(docs_fr.payslip(ps, rng), 200)[0]
    pk.jpg("fiche_de_paie_oct.jpg", scan_pages_img(img, rng), 85)
    pk.doc(
        [("fiche_de_paie_oct.jpg", [1])],
        "payslip",
        "scan",
        {
            "employer": "SARL LE COMPTOIR DE SIAM",
            "employee_name": "SRISUWAN Kanokwan",
            "period": "2026-10",
            "net_pay": 1448.72,
            "siret": st,
        },
        "last payslip; no contract sent",
    )
    iban, key = _rib("30066", "10947", "00020187601")
    r = {"bank": "cic", "holder_lines": ["MME SRISUWAN KANOKWAN", "8 IMPASSE DES ACACIAS",
                                       "31500 TOULOUSE"],
             "branch_lines": ["CIC TOULOUSE SAINT-CYPRIEN", "52 AVENUE ÉTIENNE BILLIÈRES",
                           "31300 TOULOUSE"], "bank_code": "30066", "branch_code": "10947",
             "account": "00020187601", "key": key, "iban": iban, "bic": "CMCIFRPP"}  # fmt: skip
    pk.scan_pdf("RIB CIC.pdf", scan_pages(docs_fr.rib(r, rng), rng))
    pk.doc([("RIB CIC.pdf", [1])], "rib", "image_pdf",
           {"holder_name": "MME SRISUWAN KANOKWAN", "iban": iban, "bic": "CMCIFRPP", "bank_name": "CIC",
                "iban_valid": True, "rib_key_valid": True})  # fmt: skip
    truth(pk, as_of, True, ALL_OK, None, {"surname": sn, "given_names": gn, "date_of_birth": dob})


def scan_pages_img(img, rng):
    return scan_look(img, rng)


def _merge(pdfs):
    import io

    import pikepdf

    out = pikepdf.Pdf.new()
    srcs = [pikepdf.Pdf.open(io.BytesIO(p)) for p in pdfs]
    for s in srcs:
        out.pages.extend(s.pages)
    buf = io.BytesIO()
    out.save(buf, deterministic_id=True)
    return buf.getvalue()


# ------------------------------------------------------------------ p04 Albania (defect)
def p04(pk):
    rng = pk.rng
    as_of = "2026-11-26"
    sn, gn, dob = "ÇELA", "ERJON", "1988-02-29"
    addr = ["45 avenue Jean Jaurès", "67100 Strasbourg"]
    host = "Camille DESROSIERS"
    f = {"surname": "ÇELA", "given": "Erjon", "sex": "M", "dob": dob, "pob": "Shkodër (Albanie)",
             "nat": "Albanaise", "addr": addr[0], "cp": "67100", "city": "Strasbourg",
             "tel": "06 27 90 33 15", "mail": "erjon.cela@outlook.com", "situation": "sans_activite",
             "job": "", "contract": "", "place": "Strasbourg", "date_text": "10/11/2026", "signed": True,
             "sig_ink": (0.05, 0.05, 0.1)}  # fmt: skip
    pk.text_pdf("Demande_PUMa_CELA.pdf", form(f, rng, run=2, hand=False))
    pk.doc([("Demande_PUMa_CELA.pdf", [1, 2])], "application_form", "text_pdf",
           {"surname": "ÇELA", "given_names": "Erjon", "date_of_birth": dob,
                "employment_status": "not_employed", "signed": True, "signed_on": "2026-11-10", "nir": None},
           "typed on screen and saved as PDF; signature drawn as vector pen strokes (stylus)")  # fmt: skip
    p = {"code": "ALB", "number": "BF4829175", "surname": sn, "given": gn, "mrz_surname": "CELA",
             "mrz_given": gn, "sex": "M", "dob": dob, "pob": "SHKODËR", "issued": "2022-05-10",
             "expiry": "2032-05-09", "authority": "DPGJC", "personal": "H80229045K"}  # fmt: skip
    pp, _ = docs_id.passport(p, rng, skin=(0.82, 0.66, 0.55))
    pk.jpg("IMG_20261110_090812.jpg", photo_look(render(pp, 500)[0], rng, 4000, tilt=1.4))
    pk.doc(
        [("IMG_20261110_090812.jpg", [1])],
        "passport",
        "phone_photo",
        id_fields(sn, gn, "BF4829175", "ALB", "ALB", dob, "M", "2032-05-09"),
        "MRZ surname CELA (Ç transliterated); born 29 Feb 1988",
    )
    t = {"number": "F3D905218", "surname": "CELA", "given": "ERJON", "sex": "M", "nat": "ALB",
             "dob": "29 02 1988", "dob_iso": dob, "kind": "CARTE DE SÉJOUR TEMPORAIRE",
             "remarks": "VIE PRIVÉE ET FAMILIALE", "expiry": "14 04 2027", "expiry_iso": "2027-04-14",
             "pob": "SHKODER (ALB)", "address": "45 AV JEAN JAURES 67100 STRASBOURG",
             "issued": "15 04 2026", "authority": "PRÉFÈTE DU BAS-RHIN", "agdref": "6701928344",
             "mrz_surname": "CELA", "mrz_given": "ERJON", "skin": (0.82, 0.66, 0.55)}  # fmt: skip
    sides, _ = docs_id.titre_sejour(t, rng)
    pk.scan_pdf("titre de sejour.pdf", [scan_card(sides, rng, 200)])
    pk.doc(
        [("titre de sejour.pdf", [1])],
        "residence_permit",
        "image_pdf",
        id_fields("CELA", gn, "F3D905218", "ALB", "FRA", dob, "M", "2027-04-14"),
        "both sides photocopied on one page",
    )
    b = {"office": "Shkodër", "office_short": "SHKODËR", "nid": "H80229045K", "surname": "ÇELA",
             "given": "ERJON", "sex": "M / Mashkull", "dob": "29.02.1988", "pob": "Shkodër, Shqipëri",
             "father": "Gjergj", "mother": "Drita", "mother_sn": "ÇELA (lindur KOLA)",
             "civil": "I martuar / Married", "issued": "12.01.2026", "doc_no": "GJC-2026-0041877",
             "registrar": "Mirela Dushaj", "code": "8F3K-27QW-M1"}  # fmt: skip
    apo = docs_id.apostille(
        {
            "subtitle": "(Konventa e Hagës e 5 tetorit 1961 / Convention de La Haye du 5 octobre 1961)",
            "labels": docs_id.APO_SQ,
            "values": [
                "Republika e Shqipërisë",
                "Mirela Dushaj",
                "Nëpunëse e gjendjes civile",
                "Zyra e Gjendjes Civile Shkodër",
                "Tiranë",
                "20.01.2026",
                "Arta Hoxha, Ministria për Evropën dhe Punët e Jashtme",
                "AP 00318/26",
            ],
            "stamp": "MINISTRIA PËR EVROPËN DHE PUNËT E JASHTME *",
            "stamp_c": ["APOSTILLE"],
        },
        rng,
    )
    pages = scan_pages(docs_bc.albania(b, rng), rng, 200) + scan_pages(apo, rng, 200)
    pk.scan_pdf("certifikate_lindje_apostille.pdf", pages)
    pk.doc([("certifikate_lindje_apostille.pdf", [1])], "birth_certificate", "image_pdf",
           {"surname": sn, "given_names": gn, "date_of_birth": dob, "place_of_birth": "Shkodër, Shqipëri",
                "issuing_country": "ALB", "language": "sq", "has_apostille": True},
           "multilingual extract (Albanian / English / French)")  # fmt: skip
    pk.doc([("certifikate_lindje_apostille.pdf", [2])], "apostille", "image_pdf",
           {"country": "Albania", "issued_on": "2026-01-20", "number": "AP 00318/26",
                "signed_by": "Arta Hoxha"})  # fmt: skip
    a = {"sender": ["Camille DESROSIERS", "45 avenue Jean Jaurès", "67100 Strasbourg"],
             "paras": [("Je soussignée Camille DESROSIERS, née le 14/06/1990 à Metz (Moselle), "
                    "demeurant 45 avenue Jean Jaurès, 67100 Strasbourg, atteste sur l'honneur "
                    "héberger à mon domicile, depuis le 12 mars 2026, mon époux M. Erjon ÇELA, "
                    "né le 29/02/1988 à Shkodër (Albanie)."),
                    ("Je joins à la présente une copie de ma pièce d'identité et une copie de mon "
                    "bail d'habitation."),
                    "Attestation établie pour servir et valoir ce que de droit."],
             "fait": "Fait à Strasbourg, le 10/11/2026"}  # fmt: skip
    pk.scan_pdf(
        "attestation_hebergement_signee.pdf",
        scan_pages(docs_fr.attestation(a, rng, hand=False), rng),
    )
    pk.doc(
        [("attestation_hebergement_signee.pdf", [1])],
        "hosting_attestation",
        "image_pdf",
        {
            "host_name": host,
            "hosted_name": "Erjon ÇELA",
            "address": "45 avenue Jean Jaurès, 67100 Strasbourg",
            "since_date": "2026-03-12",
            "signed_on": "2026-11-10",
            "signed": True,
        },
        "typed, signed by hand, scanned",
    )
    hp = {"code": "FRA", "number": "10AB23456", "surname": "DESROSIERS", "given": "CAMILLE, LUCIE",
              "mrz_surname": "DESROSIERS", "mrz_given": "CAMILLE LUCIE", "sex": "F", "dob": "1990-06-14",
              "pob": "METZ (57)", "issued": "2010-09-15", "expiry": "2020-09-14",
              "authority": "PRÉF. DE LA MOSELLE"}  # fmt: skip
    hpdf, _ = docs_id.passport(hp, rng, skin=(0.88, 0.74, 0.64))
    pk.jpg("passeport_Camille.jpg", scan_item(hpdf, rng, 300, 0.2), 85)
    pk.doc([("passeport_Camille.jpg", [1])], "passport", "scan",
           id_fields("DESROSIERS", "CAMILLE LUCIE", "10AB23456", "FRA", "FRA", "1990-06-14", "F",
                     "2020-09-14"),
           "HOST's passport, expired 14/09/2020: more than five years before the audit date "
           "(the defect)")  # fmt: skip
    L = {"title": "CONTRAT DE LOCATION", "fonts": ("Caladea", "CaladeaB"),
             "subtitle": "Locaux vides à usage d'habitation - loi n° 89-462 du 6 juillet 1989",
             "city": "Strasbourg", "signed_on": "22/08/2019", "sections": [
                 ("1. LES PARTIES", [
                     ("Bailleur : SCI KLÉBER PATRIMOINE, 3 place Kléber, 67000 Strasbourg, "
                     "représentée par son mandataire KLÉBER GESTION IMMOBILIÈRE, carte "
                     "professionnelle CPI 6701 2017 000 018 442."),
                     "Locataire : Mme Camille DESROSIERS, née le 14/06/1990 à Metz."]),
                 ("2. LE LOGEMENT", [
                     ("45 avenue Jean Jaurès, 2e étage gauche, 67100 Strasbourg. Appartement de "
                     "3 pièces, 64 m², cave n° 7. Chauffage individuel électrique.")]),
                 ("3. DATE DE PRISE D'EFFET ET DURÉE", [
                     ("Le présent bail prend effet le 1er septembre 2019 pour une durée de trois "
                     "ans, renouvelable par tacite reconduction.")]),
                 ("4. CONDITIONS FINANCIÈRES", [
                     ("Loyer mensuel : 780,00 € hors charges ; provision sur charges : 90,00 €. "
                     "Dépôt de garantie : 780,00 €. Révision annuelle selon l'IRL du 2e "
                     "trimestre.")]),
                 ("5. CLAUSES PARTICULIÈRES", [
                     ("Le locataire ne pourra sous-louer tout ou partie du logement sans l'accord "
                     "écrit du bailleur. L'hébergement du conjoint ne constitue pas une "
                     "sous-location."),
                     ("Annexes : état des lieux, DPE (classe E), notice d'information, extrait "
                     "du règlement de copropriété.")]),
             ]}  # fmt: skip
    pk.scan_pdf("bail_Desrosiers.pdf", scan_pages(docs_fr.lease(L, rng), rng, 170))
    pk.doc([("bail_Desrosiers.pdf", [1, 2])], "lease", "image_pdf",
           {"tenant_names": ["Camille DESROSIERS"], "landlord": "SCI KLÉBER PATRIMOINE",
                "address": "45 avenue Jean Jaurès, 2e étage gauche, 67100 Strasbourg",
                "start_date": "2019-09-01"}, "host's lease")  # fmt: skip
    iban, key = _rib("10278", "01010", "00020546801")
    holder = "M OU MME CELA ERJON OU DESROSIERS CAMILLE"
    r = {"bank": "cm", "holder_lines": ["M OU MME CELA ERJON", "OU DESROSIERS CAMILLE",
                                      "45 AVENUE JEAN JAURES", "67100 STRASBOURG"],
             "branch_lines": ["CCM STRASBOURG NEUDORF", "29 ROUTE DU POLYGONE",
                           "67100 STRASBOURG"], "bank_code": "10278", "branch_code": "01010",
             "account": "00020546801", "key": key, "iban": iban, "bic": "CMCIFR2A"}  # fmt: skip
    img = render(docs_fr.rib(r, rng), 250)[0]
    img = img[: img.shape[0] // 2 + 150]
    pk.jpg("IMG_20261110_091244.jpg", photo_look(img, rng, 3264, rot=180, dark=0.85))
    pk.doc([("IMG_20261110_091244.jpg", [1])], "rib", "phone_photo",
           {"holder_name": holder, "iban": iban, "bic": "CMCIFR2A", "bank_name": "Crédit Mutuel",
                "iban_valid": True, "rib_key_valid": True},
           "joint account with the spouse; photo upside down (180)")  # fmt: skip
    reqs = dict(ALL_OK, employment="not_applicable", residence_proof="invalid")
    truth(pk, as_of, False, reqs,
          "host's identity document (French passport of Camille DESROSIERS) expired on "
          "2020-09-14, more than five years before the audit date: the attestation "
          "d'hébergement route lacks a valid host ID", {"surname": sn, "given_names": gn,
                                                            "date_of_birth": dob})  # fmt: skip
