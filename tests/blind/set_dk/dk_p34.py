"""Packets p03 (Guinea, wrong RIB key) and p04 (UK, sister's birth certificate)."""

import dk_certs as C
import dk_docs as D
import dk_draw as G
import dk_ids as I
import dk_money as M
from dk_pk import REQS, Packet, form_fields, id_fields, luhn_siret, write_truth


# ====================================================================== p03 (Guinea)
def p03(out):
    pk = Packet(out, "p03", 4703)
    r = pk.rng
    sn, gn, dob = "SOW", "KADIATOU", "1997-10-04"
    addr = ["5 allée des Peupliers, appt 12", "44300 Nantes"]
    f = {"surname": "SOW", "given": "Kadiatou", "sex": "F", "dob": dob, "birth_place": "Labé",
         "birth_country": "Guinée", "nationality": "guinéenne", "street": addr[0],
         "cp": "44300", "city": "Nantes", "phone": "07 66 03 52 18",
         "email": "kadiatou.sow97@yahoo.fr", "situation": "sans_activite", "place": "Nantes",
         "date_text": "16/11/2026"}  # fmt: skip
    G.text_pdf(D.form(f, r, "typed", 1), pk.p("formulaire_s1106_rempli.pdf"), "S1106")
    pk.add(
        [("formulaire_s1106_rempli.pdf", [1, 2])],
        "application_form",
        "text_pdf",
        form_fields(f, "not_employed", "2026-11-16"),
        "filled on screen; handwritten signature drawn as pen strokes; sans activité",
    )

    num = "R01847265"
    mrz = I.td3("GIN", sn, gn, num, "GIN", dob, "F", "2029-02-11")
    pdat = {"issuer": "GIN", "number": num, "surname": sn, "given": gn, "dob": dob, "sex": "F",
            "nat_text": "GUINÉENNE", "pob": "LABE", "issued": "2024-02-12",
            "expiry": "2029-02-11", "no_label": "N° Passeport", "sn_label": "Nom / Surname",
            "gn_label": "Prénoms / Given names", "skin": (120, 85, 65)}  # fmt: skip
    pk.photo(D.passport(pdat, r, mrz, (218, 232, 222), ("RÉPUBLIQUE DE GUINÉE", "PASSEPORT")),
             "WhatsApp Image 2026-11-16 at 10.12.44.jpeg", rot=270, dpi=400)  # fmt: skip
    pk.add([("WhatsApp Image 2026-11-16 at 10.12.44.jpeg", [1])], "passport", "phone_photo",
           id_fields(sn, gn, num, "GIN", "GIN", dob, "F", "2029-02-11", mrz),
           "photographed rotated 270°")  # fmt: skip

    cn = "NT5521907"
    cm = I.td1("IR", "FRA", cn, "GIN", dob, "F", "2027-05-14", sn, gn)
    cd = {"number": cn, "surname": sn, "given": gn, "sex": "F", "nat": "GIN", "dob": dob,
          "title": "CARTE DE SÉJOUR TEMPORAIRE", "expiry": "2027-05-14",
          "address1": addr[0].upper(), "address2": addr[1].upper(), "pob": "LABE (GIN)",
          "remarks": "VIE PRIVÉE ET FAMILIALE", "issued": "2026-05-15",
          "skin": (120, 85, 65)}  # fmt: skip
    pk.card_photo(D.card(cd, r, cm, "front"), "titre_recto.jpg", rot=90)
    pk.card_photo(D.card(cd, r, cm, "back"), "titre_verso.jpg", rot=90)
    pk.add(
        [("titre_recto.jpg", [1]), ("titre_verso.jpg", [1])],
        "residence_permit",
        "phone_photo",
        id_fields(sn, gn, cn, "GIN", "FRA", dob, "F", "2027-05-14", cm),
        "carte de séjour temporaire « vie privée et familiale », both photos 90°",
    )

    bc = {"region": "Labé", "prefecture": "Labé", "commune": "Labé", "acte": "0452",
          "year": "1997", "surname": "SOW", "given": "Kadiatou", "dob": dob,
          "pob": "Labé (Guinée)", "sex": "Féminin", "father": "Thierno Oumar SOW",
          "mother": "Mariama DIALLO", "issued": "2025-09-08", "officer": "Alpha Oumar Baldé",
          "leg1": "2025-09-15", "leg2": "2025-09-22", "leg_no": "2025/LEG/3318"}  # fmt: skip
    pk.img_pdf([C.guinea(bc, r)], "extrait_naissance.pdf")
    pk.add([("extrait_naissance.pdf", [1])], "birth_certificate", "image_pdf",
           {"surname": "SOW", "given_names": "Kadiatou", "date_of_birth": dob,
            "place_of_birth": "Labé", "issuing_country": "GIN", "language": "fr",
            "has_apostille": False},
           "Guinea is not a party to the Apostille Convention: legalised instead (Guinean MFA "
           "+ French embassy stamps), which satisfies the rule")  # fmt: skip

    L = {"landlord": "SCI Les Tilleuls", "landlord_addr": "18 rue Crébillon, 44000 Nantes",
         "agent": "Cabinet Guérin Immobilier", "tenants": ["Kadiatou SOW"],
         "address": "5 allée des Peupliers, appartement 12, 44300 Nantes",
         "kind": "immeuble collectif, 2e étage", "surface": "38,5 m²", "rooms": "2",
         "start": "2026-03-01", "duration": "3 ans", "rent": 545.0, "charges": 60.0,
         "city": "Nantes", "signed": "2026-02-20",
         "boiler": "tenant"}  # fmt: skip
    pk.img_pdf(M.lease(L, r), "bail_appartement.pdf")
    pk.add([("bail_appartement.pdf", [1, 2])], "lease", "image_pdf",
           {"tenant_names": ["Kadiatou SOW"], "landlord": "SCI Les Tilleuls",
            "address": L["address"], "start_date": "2026-03-01"})  # fmt: skip

    bank, branch, acc = "30004", "00821", "00010458736"
    good = I.rib_key(bank, branch, acc)
    bad = good + 7 if good <= 90 else good - 7
    iban = I.fr_iban(bank, branch, acc, bad)
    assert I.iban_ok(iban) and not I.fr_rib_ok(iban)  # the one deliberate defect
    rb = {"color": (0, 145, 90), "bank_logo": "BNP PARIBAS", "holder": "MME KADIATOU SOW",
          "holder_addr": addr, "branch": ["BNP PARIBAS NANTES ÎLE DE NANTES",
                                          "3 boulevard de la Prairie au Duc", "44200 NANTES"],
          "iban": iban, "bic": "BNPAFRPPXXX", "font": "lato", "fontb": "latob",
          "footer": "BNP Paribas SA au capital de 2 261 621 342 € — 662 042 449 RCS Paris"}  # fmt: skip
    G.text_pdf([M.rib(rb, r)], pk.p("RIB_BNP.pdf"), "RIB")
    pk.add([("RIB_BNP.pdf", [1])], "rib", "text_pdf",
           {"holder_name": "KADIATOU SOW", "iban": iban, "bic": "BNPAFRPPXXX",
            "bank_name": "BNP Paribas", "iban_valid": True, "rib_key_valid": False},
           f"DEFECT: clé RIB {bad:02d} printed, the right key is {good:02d}; the IBAN check "
           "digits were computed over the wrong BBAN, so mod-97 passes")  # fmt: skip
    reqs = dict.fromkeys(REQS, "complete")
    reqs["employment"] = "not_applicable"
    reqs["bank_details"] = "invalid"
    write_truth(pk, "2026-11-27", False, reqs,
                "RIB key (clé RIB) wrong although the IBAN passes mod 97",
                {"surname": sn, "given_names": gn, "date_of_birth": dob})  # fmt: skip


# ====================================================================== p04 (UK)
def p04(out):
    pk = Packet(out, "p04", 4704)
    r = pk.rng
    sn, gn, dob = "O'CONNOR", "NIAMH ROSE", "1995-05-09"
    addr = ["31 rue des Martyrs", "75009 Paris"]
    f = {"surname": "O'CONNOR", "given": "Niamh Rose", "sex": "F", "dob": dob,
         "birth_place": "Leeds", "birth_country": "Royaume-Uni", "nationality": "britannique",
         "street": addr[0], "cp": "75009", "city": "Paris", "phone": "07 81 55 20 64",
         "situation": "salarie", "contract": "CDI", "job": "Ingénieure logiciel",
         "place": "Paris", "date_text": "12/11/2026"}  # fmt: skip
    p1, p2 = D.form(f, r, "hand", 0)
    pk.scan_jpg(p1, "Scan 2026-11-12 (2).jpg", 200)
    pk.scan_jpg(p2, "Scan 2026-11-12.jpg", 200)
    pk.add([("Scan 2026-11-12 (2).jpg", [1]), ("Scan 2026-11-12.jpg", [1])],
           "application_form", "scan", form_fields(f, "employed", "2026-11-12"),
           "hand-filled; the file holding page 2 sorts first")  # fmt: skip

    num = "147825963"
    mrz = I.td3("GBR", sn, gn, num, "GBR", dob, "F", "2032-08-15")
    pdat = {"issuer": "GBR", "number": num, "surname": sn, "given": gn, "dob": dob, "sex": "F",
            "nat_text": "BRITISH CITIZEN", "pob": "LEEDS", "issued": "2022-08-15",
            "expiry": "2032-08-15", "skin": (235, 200, 180)}  # fmt: skip
    uk = "UNITED KINGDOM OF GREAT BRITAIN AND NORTHERN IRELAND"
    pk.photo(D.passport(pdat, r, mrz, (232, 220, 232), (uk, "PASSPORT")), "IMG_0457.jpg", dpi=400)
    pk.add(
        [("IMG_0457.jpg", [1])],
        "passport",
        "phone_photo",
        id_fields(sn, gn, num, "GBR", "GBR", dob, "F", "2032-08-15", mrz),
    )

    vno = "033948127"
    vm = I.mrva("FRA", sn, gn, vno, "GBR", dob, "F", "2027-03-01")
    vd = {"visa_no": vno, "from": "2026-03-02", "until": "2027-03-01", "days": "365",
          "post": "LONDRES", "issued": "2026-02-10", "passport_no": num, "surname": sn,
          "given": gn, "remarks": "VLS-TS SALARIE", "skin": (235, 200, 180)}  # fmt: skip
    pk.photo(D.visa(vd, r, vm), "IMG_0458.jpg", rot=90, dpi=400)
    vf = id_fields(sn, gn, vno, "GBR", "FRA", dob, "F", "2027-03-01", vm)
    vf.update({"visa_type": "D", "vls_ts": True, "category": "salarié",
               "valid_from": "2026-03-02", "valid_until": "2027-03-01"})  # fmt: skip
    pk.add([("IMG_0458.jpg", [1])], "long_stay_visa", "phone_photo", vf, "photographed 90°")

    sis, sdob = "Aoife Grace", "1993-01-22"
    bc = {"app_no": "M512748/1", "district": "Leeds", "subdistrict": "Leeds North",
          "dob": sdob, "pob_line": "St James's University Hospital, Leeds", "given": sis,
          "surname": "O'CONNOR", "sex": "Girl", "father": "Declan Patrick O'CONNOR",
          "mother": "Siobhan Mary O'CONNOR formerly BRADY", "father_job": "Civil Engineer",
          "informant": "S. M. O'Connor", "residence": "14 Otley Road, Leeds",
          "reg": "1993-02-08", "registrar": "J. Whitaker", "issued": "2025-11-20",
          "serial": "BXCK 418527"}  # fmt: skip
    apo = {"country": "United Kingdom of Great Britain and Northern Ireland",
           "signer": "J. Hughes", "capacity": "Deputy Registrar",
           "seal_of": "General Register Office", "place": "Milton Keynes", "date": "2025-12-03",
           "by": "HM Principal Secretary of State for Foreign, Commonwealth and Development "
                 "Affairs", "number": "APO-5512893", "ring": "FOREIGN COMMONWEALTH DEV OFFICE",
           "centre": ["FCDO", "APOSTILLE"]}  # fmt: skip
    pk.img_pdf([C.gro(bc, r), D.apostille(apo, r, "en")], "birth_certificate_apostille.pdf")
    pk.add(
        [("birth_certificate_apostille.pdf", [1])],
        "birth_certificate",
        "image_pdf",
        {
            "surname": "O'CONNOR",
            "given_names": sis,
            "date_of_birth": sdob,
            "place_of_birth": "St James's University Hospital, Leeds",
            "issuing_country": "GBR",
            "language": "en",
            "has_apostille": True,
        },
        "DEFECT: this is her elder SISTER's certificate (Aoife Grace, born 22/01/1993)",
    )
    pk.add(
        [("birth_certificate_apostille.pdf", [2])],
        "apostille",
        "image_pdf",
        {
            "country": "United Kingdom of Great Britain and Northern Ireland",
            "issued_on": "2025-12-03",
            "number": "APO-5512893",
            "signed_by": apo["by"],
        },
    )

    L = {"landlord": "M. Bertrand Lemaire", "landlord_addr": "4 avenue Trudaine, 75009 Paris",
         "agent": "Agence Pigalle Immobilier", "tenants": ["Niamh Rose O'Connor"],
         "address": "31 rue des Martyrs, 4e étage gauche, 75009 Paris",
         "kind": "immeuble collectif", "surface": "29 m²", "rooms": "1", "start": "2026-04-01",
         "duration": "3 ans", "rent": 1080.0, "charges": 95.0, "city": "Paris",
         "signed": "2026-03-24",
         "boiler": "landlord"}  # fmt: skip
    G.text_pdf(M.lease(L, r), pk.p("Bail_31_Martyrs_signe.pdf"), "Bail")
    pk.add([("Bail_31_Martyrs_signe.pdf", [1, 2])], "lease", "text_pdf",
           {"tenant_names": ["Niamh Rose O'Connor"], "landlord": "M. Bertrand Lemaire",
            "address": L["address"], "start_date": "2026-04-01"})  # fmt: skip

    siret = luhn_siret("9012744180002")
    s = {"employer": "LUMEN ANALYTICS SAS", "employer_addr": ["52 rue de Châteaudun",
                                                              "75009 Paris"],
         "siret": siret, "naf": "6201Z", "urssaf": "Île-de-France",
         "employee": "Mme Niamh Rose O'CONNOR", "employee_addr": addr,
         "job": "Ingénieure logiciel", "status": "Cadre", "entry": "2026-03-09",
         "ccn": "Syntec (IDCC 1486)", "pas": "7,9 %", "start": "2026-10-01",
         "end": "2026-10-31", "paid": "2026-10-30", "net_before": 3434.70, "net": 3153.52,
         "net_social": 3452.10, "font": "rob", "fontb": "robb",
         "lines": [("Salaire de base", "151,67", "", "4 350,00", ""),
                   ("SANTÉ", "", "", None, ""),
                   ("Complémentaire santé", "4 350,00", "", "48,12", "72,18"),
                   ("RETRAITE", "", "", None, ""),
                   ("Sécurité sociale plafonnée", "3 925,00", "6,90", "270,83", "335,59"),
                   ("Complémentaire T1 + T2", "4 350,00", "4,15", "180,53", "270,20"),
                   ("APEC", "4 350,00", "0,024", "1,04", "1,57"),
                   ("CSG déductible", "4 276,05", "6,80", "290,77", ""),
                   ("CSG/CRDS non déductible", "4 276,05", "2,90", "124,01", "")]}  # fmt: skip
    G.text_pdf([M.payslip(s, r)], pk.p("BS_2026-10_OCONNOR.pdf"), "Bulletin de salaire")
    pk.add([("BS_2026-10_OCONNOR.pdf", [1])], "payslip", "text_pdf",
           {"employer": "LUMEN ANALYTICS SAS", "employee_name": "Niamh Rose O'CONNOR",
            "period": "2026-10", "net_pay": 3153.52, "siret": siret})  # fmt: skip

    iban = I.be_iban("967", "4082216")
    assert I.iban_ok(iban)
    w = {
        "holder": "Niamh Rose O'Connor",
        "iban": iban,
        "bic": "TRWIBEB1XXX",
        "bank": "Wise",
        "bank_addr": "Rue du Trône 100, 3rd floor, Brussels, 1050, Belgium",
    }
    G.render(M.wise_screen(w, r), 254).save(pk.p("Screenshot_Wise.png"))
    pk.add([("Screenshot_Wise.png", [1])], "rib", "screenshot",
           {"holder_name": "Niamh Rose O'Connor", "iban": iban, "bic": "TRWIBEB1XXX",
            "bank_name": "Wise", "iban_valid": True, "rib_key_valid": None},
           "Belgian SEPA IBAN from a neobank: acceptable (information only)")  # fmt: skip
    reqs = dict.fromkeys(REQS, "complete")
    reqs["birth_certificate"] = "invalid"
    write_truth(pk, "2026-12-01", True, reqs,
                "birth certificate is her sister's (other given names and date of birth)",
                {"surname": sn, "given_names": gn, "date_of_birth": dob})  # fmt: skip
