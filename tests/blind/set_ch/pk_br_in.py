"""Packets p03 (Brazil, job seeker, attestation) and p04 (India, intérim, bills gap)."""

from datetime import date as D

import civil
import form
import ids
import money
from base import (
    F,
    Packet,
    bill,
    bill_fields,
    form_fields,
    id_fields,
    payslip_lines,
    siret,
    truth,
    visa_fields,
)
from core import fr_iban, make_iban, nir_key, rib_ok


# =============================================================== p03 Brazil
def cpf(nine):
    d = [int(c) for c in nine]
    for n in (10, 11):
        s = sum(v * w for v, w in zip(d, range(n, 1, -1)))
        d.append(0 if s % 11 < 2 else 11 - s % 11)
    s = "".join(map(str, d))
    return f"{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}"


def p03(out):
    P = Packet(out, "p03", "ch-p03")
    as_of, dob = D(2026, 11, 20), D(1994, 6, 2)
    sur, giv = "GONÇALVES DE ARAÚJO", "LUÍSA HELENA"
    pp = {"surname": sur, "given": giv, "number": "GF482913", "nat": "BRA", "dob": dob, "sex": "F",
              "issue": D(2024, 1, 18), "exp": D(2034, 1, 17), "pob": "BELO HORIZONTE/MG",
              "authority": "POLÍCIA FEDERAL", "dob_txt": "02 JUN/JUN 1994",
              "issue_txt": "18 JAN/JAN 2024", "exp_txt": "17 JAN/JAN 2034", "skin": (190, 145, 110),
              "labels": ["Sobrenome / Surname", "Nome / Given names", "Nacionalidade / Nationality",
                      "Data de nascimento / Date of birth", "Sexo / Sex",
                      "Naturalidade / Place of birth", "Data de expedição / Date of issue",
                      "Válido até / Date of expiry", "Autoridade / Authority"]}  # fmt: skip
    pg, _ = ids.passport(pp, P.rng("pp"))
    fn = P.photo_jpg(pg, "IMG_4471.jpg", "pp", rot=90)
    P.add([F(fn)], "passport", "phone_photo",
          id_fields(sur, giv, "GF482913", "BRA", "BRA", dob, "F", pp["exp"]),
          "photo rotated 90; VIZ keeps accents, MRZ GONCALVES<DE<ARAUJO<<LUISA<HELENA")  # fmt: skip
    v = {"number": "014926358", "surname": "GONCALVES DE ARAUJO", "given": "LUISA HELENA", "nat": "BRA",
             "dob": dob, "sex": "F", "until": D(2027, 5, 11), "days": "365", "place": "SAO PAULO",
             "issued": D(2026, 4, 28), "passport": "GF482913", "skin": (190, 145, 110),
             "remarks": ["VLS-TS VIE PRIVEE ET FAMILIALE", "CONJOINT DE FRANCAIS",
                      "CESEDA L.423-1"]}  # fmt: skip
    v["from"] = D(2026, 5, 12)
    pg, _ = ids.visa(v, P.rng("visa"))
    fn = P.photo_jpg(pg, "IMG_4472.jpg", "visa")
    P.add([F(fn)], "long_stay_visa", "phone_photo",
          visa_fields(v, "VIE PRIVEE ET FAMILIALE"), "sticker printed without accents")  # fmt: skip
    b = {"full": "LUÍSA HELENA GONÇALVES DE ARAÚJO", "cpf": cpf("108457293"),
             "matricula": "0270490155 1994 1 00123 045 0012345 12", "dob": dob,
             "dob_words": "DOIS DE JUNHO DE MIL NOVECENTOS E NOVENTA E QUATRO", "hour": "08:45",
             "local": "HOSPITAL MATER DEI", "sex_word": "FEMININO",
             "parents": "JOSÉ CARLOS DE ARAÚJO e MARIA APARECIDA GONÇALVES DE ARAÚJO",
             "grand": "Paternos: ANTÔNIO DE ARAÚJO e LÚCIA FERREIRA DE ARAÚJO; Maternos: JOÃO "
                   "BATISTA GONÇALVES e TEREZA CRISTINA GONÇALVES",
             "reg_words": "SEIS DE JUNHO DE MIL NOVECENTOS E NOVENTA E QUATRO", "dnv": "NÃO CONSTA",
             "oficial": "Renata Machado Castro", "issued_words": "14 de fevereiro de 2026",
             "selo": "EHK41527-ABX9"}  # fmt: skip
    ap = {"country": "República Federativa do Brasil", "signed_by": "Renata Machado Castro",
              "capacity": "Escrevente Autorizada",
              "seal_of": "Cartório do 2º Ofício de Registro Civil de Belo Horizonte",
              "at": "Belo Horizonte/MG", "on_txt": "03/03/2026",
              "by": "1º Tabelionato de Notas de Belo Horizonte", "number": "MGH0428817",
              "signer": "Paulo R. Teixeira", "code": "Código: 7F3A-92C1-BB04 – apostil.org",
              "seal": (30, 60, 130)}  # fmt: skip
    apo = civil.apostille(ap, P.rng("apo"), langs=(2, 1))
    fn = P.image_pdf([civil.certidao_br(b, P.rng("bc")), apo], "certidao_nascimento_apostilada.pdf",
                     "bc")  # fmt: skip
    P.add([F(fn, (1,))], "birth_certificate", "image_pdf",
          {"surname": "GONÇALVES DE ARAÚJO", "given_names": "LUÍSA HELENA",
           "date_of_birth": dob.isoformat(), "place_of_birth": "BELO HORIZONTE - MG",
           "issuing_country": "BRA", "language": "pt", "has_apostille": True},
          "certidão prints the full name in one line; the surname split follows the passport")  # fmt: skip
    P.add([F(fn, (2,))], "apostille", "image_pdf",
          {"country": "República Federativa do Brasil", "issued_on": "2026-03-03",
           "number": "MGH0428817", "signed_by": "Paulo R. Teixeira"}, "CNJ e-apostille print")  # fmt: skip
    host = {"surname": "LEFÈVRE", "given": "THOMAS JULIEN", "number": "T7K2M9X4P", "dob": D(1990, 11, 7),
                "sex": "M", "exp": D(2031, 5, 3), "issue": D(2021, 5, 4), "pob": "NANTES (44)",
                "addr1": "9 RUE DES PETITES ÉCURIES", "addr2": "75010 PARIS"}  # fmt: skip
    f1, f2, _ = ids.fr_cni(host, P.rng("cni"))
    fn = P.bed([f1, f2], "CNI_Thomas_recto_verso.jpg", "cni")
    P.add([F(fn)], "national_id", "scan",
          id_fields("LEFÈVRE", "THOMAS JULIEN", "T7K2M9X4P", "FRA", "FRA", host["dob"], "M",
                    host["exp"]), "host's (husband's) French ID card, both sides on one scan")  # fmt: skip
    addr = "9 rue des Petites Écuries, 4e étage gauche, 75010 Paris"
    L = {"kind": "Logement nu", "start": D(2022, 9, 1), "signed_on": D(2022, 8, 24), "city": "Paris",
             "landlord_txt": "SCI PETITES ÉCURIES, représentée par son mandataire le Cabinet "
                          "Lamartine Gestion, 12 rue La Fayette, 75009 Paris",
             "tenant_txt": "M. LEFÈVRE Thomas, né le 07/11/1990 à Nantes (44)", "address": addr,
             "details": [("Type d'habitat : immeuble collectif. Surface habitable : 41 m². Nombre "
                      "de pièces principales : 2.")],
             "duration": "trois ans", "rent": "1 185,00", "charges": "95,00", "deposit": "1 185,00",
             "landlord_sig": "Lamartine", "tenant_sig": "Lefevre", "font": "carlito", "fontb": "carlitob"}  # fmt: skip
    fn = P.image_pdf(civil.lease(L, P.rng("lease")), "bail_thomas.pdf", "lease")
    P.add([F(fn, (1, 2, 3))], "lease", "image_pdf",
          {"tenant_names": ["LEFÈVRE Thomas"], "landlord": "SCI PETITES ÉCURIES",
           "address": addr, "start_date": "2022-09-01"}, "the host's lease")  # fmt: skip
    at = {"host": "Thomas Lefevre", "font": "hand2", "place_date": "Fait à Paris, le 08/11/2026",
              "lines": ["Je soussigné Thomas LEFÈVRE, né le 07/11/1990",
                     "à Nantes (44), demeurant 9 rue des Petites Écuries,",
                     "75010 Paris, atteste sur l'honneur héberger à",
                     "mon domicile, depuis le 15 mai 2026, mon épouse",
                     "Madame Luísa Helena GONÇALVES DE ARAÚJO,",
                     "née le 02/06/1994 à Belo Horizonte (Brésil).",
                     "", "Je joins une copie de ma pièce d'identité et",
                     "de mon bail.", "Fait pour servir et valoir ce que de droit."]}  # fmt: skip
    fn = P.photo_jpg(civil.attestation_hand(at, P.rng("att")), "attestation_hebergement.jpg",
                     "att", rot=270, long_side=3000)  # fmt: skip
    P.add([F(fn)], "hosting_attestation", "phone_photo",
          {"host_name": "Thomas LEFÈVRE", "hosted_name": "Luísa Helena GONÇALVES DE ARAÚJO",
           "address": "9 rue des Petites Écuries, 75010 Paris", "since_date": "2026-05-15",
           "signed_on": "2026-11-08", "signed": True},
          "handwritten on lined paper, photo rotated 270")  # fmt: skip
    acct = "9673204518"
    chk = int(acct) % 97 or 97
    iban = make_iban("BE", f"{acct}{chk:02d}")
    w = {"holder": "Luísa Helena Gonçalves de Araújo", "iban": iban, "bic": "TRWIBEB1XXX"}
    pg = money.wise_screen(w, P.rng("wise"))
    fn = "Screenshot_20261112-101544.png"
    render_img_fn(pg, P.dir / fn)
    P.add([F(fn)], "rib", "screenshot",
          {"holder_name": "Luísa Helena Gonçalves de Araújo", "iban": iban,
           "bic": "TRWIBEB1XXX", "bank_name": "Wise", "iban_valid": True, "rib_key_valid": None},
          "Wise app account details; Belgian SEPA IBAN (acceptable, info finding)")  # fmt: skip
    d = {"surname": "GONÇALVES DE ARAÚJO", "usage": "LEFÈVRE", "given": "Luísa Helena", "sex": "F",
             "dob": dob, "pob_city": "Belo Horizonte", "pob_country": "Brésil", "nationality": "brésilienne",
             "addr1": "9 rue des Petites Écuries", "cp": "75010", "city": "Paris", "phone": "07 81 52 09 36",
             "email": "luisa.helena.araujo@gmail.com", "situation": "demandeur_emploi", "place": "Paris",
             "date_text": "14/11/2026", "signed_on": D(2026, 11, 14)}  # fmt: skip
    fn = P.image_pdf(form.build(d, P.rng("form"), "typed", 1), "formulaire_S1106.pdf", "form")
    P.add([F(fn, (1, 2))], "application_form", "image_pdf", form_fields(d, False),
          "typed on screen, printed, signed by hand, scanned; usage name LEFÈVRE")  # fmt: skip
    P.write_truth(truth(as_of, False, {"surname": sur, "given_names": giv,
                                       "date_of_birth": dob.isoformat()}))  # fmt: skip


def render_img_fn(pg, path):
    from core import render_img

    render_img(pg, 10.0).resize((1170, 2532)).save(path, "PNG")


def p04(out):
    P = Packet(out, "p04", "ch-p04")
    as_of, dob = D(2026, 12, 6), D(1993, 2, 11)
    sur, giv = "PATEL", "HARSHIL RAJESHKUMAR"
    pp = {"surname": sur, "given": giv, "number": "W4821736", "nat": "IND", "dob": dob, "sex": "M",
              "issue": D(2022, 7, 19), "exp": D(2032, 7, 18), "pob": "AHMEDABAD, GUJARAT",
              "authority": "AHMEDABAD", "dob_txt": "11/02/1993", "issue_txt": "19/07/2022",
              "exp_txt": "18/07/2032", "skin": (160, 115, 80),
              "labels": ["Surname", "Given Name(s)", "Nationality", "Date of Birth", "Sex",
                      "Place of Birth", "Date of Issue", "Date of Expiry",
                      "Place of Issue"]}  # fmt: skip
    pg, _ = ids.passport(pp, P.rng("pp"))
    v = {"number": "015203874", "surname": sur, "given": giv, "nat": "IND", "dob": dob, "sex": "M",
             "until": D(2027, 6, 14), "days": "365", "place": "NEW DELHI", "issued": D(2026, 5, 30),
             "passport": "W4821736", "skin": (160, 115, 80),
             "remarks": ["VLS-TS TRAVAILLEUR TEMPORAIRE", "CESEDA L.421-3",
                      "AUT. TRAVAIL 2026-069-0412"]}  # fmt: skip
    v["from"] = D(2026, 6, 15)
    vg, _ = ids.visa(v, P.rng("visa"))
    r = P.rng("ppscan")
    from core import images_pdf

    images_pdf([P.bed([pg], "", "pp", pdf=True), P.bed([vg], "", "visa", pdf=True)],
               P.dir / "passport_scan.pdf", r)  # fmt: skip
    P.add([F("passport_scan.pdf", (1,))], "passport", "image_pdf",
          id_fields(sur, giv, "W4821736", "IND", "IND", dob, "M", pp["exp"]))  # fmt: skip
    P.add([F("passport_scan.pdf", (2,))], "long_stay_visa", "image_pdf",
          visa_fields(v, "TRAVAILLEUR TEMPORAIRE"), "visa page scanned as page 2")  # fmt: skip
    b = {"name": "HARSHIL RAJESHKUMAR PATEL", "sex_word": "MALE", "dob_txt": "11-02-1993",
             "pob": "SHARDABEN GENERAL HOSPITAL, SARASPUR, AHMEDABAD",
             "mother": "HEMLATABEN RAJESHKUMAR PATEL", "father": "RAJESHKUMAR MANUBHAI PATEL",
             "addr_birth": "14, SHANTINAGAR SOCIETY, KHADIA, AHMEDABAD - 380001",
             "addr_perm": "14, SHANTINAGAR SOCIETY, KHADIA, AHMEDABAD - 380001",
             "reg": "B/1993/KHD/002748", "reg_date": "18-02-1993", "issued_txt": "05-08-2026",
             "cert_no": "AMC-BC-2026-0815534"}  # fmt: skip
    fa = P.photo_jpg(civil.birth_in(b, P.rng("bc")), "IMG20261010_183355.jpg", "bc")
    P.add([F(fa)], "birth_certificate", "phone_photo",
          {"surname": "PATEL", "given_names": "HARSHIL RAJESHKUMAR",
           "date_of_birth": dob.isoformat(),
           "place_of_birth": "SHARDABEN GENERAL HOSPITAL, SARASPUR, AHMEDABAD",
           "issuing_country": "IND", "language": "en", "has_apostille": True},
          "municipal certificate prints the name given-first in one line")  # fmt: skip
    ap = {"country": "India", "signed_by": "Dr. B. K. Shah",
              "capacity": "Registrar of Births & Deaths",
              "seal_of": "Ahmedabad Municipal Corporation", "at": "New Delhi", "on_txt": "21/08/2026",
              "by": "Ministry of External Affairs, Government of India", "number": "2608114537",
              "signer": "Asst. Section Officer (Attestation)", "code": "Verify: mea.gov.in/apostille",
              "frame": 150, "bg": (252, 250, 240), "seal": (40, 60, 140)}  # fmt: skip
    fb = P.photo_jpg(civil.apostille(ap, P.rng("apo"), x0=40, y0=80, w=130),
                     "IMG20261010_183412.jpg", "apo", rot=90)  # fmt: skip
    P.add([F(fb)], "apostille", "phone_photo",
          {"country": "India", "issued_on": "2026-08-21", "number": "2608114537",
           "signed_by": "Asst. Section Officer (Attestation)"},
          "MEA apostille sticker on the back of the certificate, photo rotated 90")  # fmt: skip
    a1, a2 = "12 RUE PIERRE CORNEILLE", "69006 LYON"
    bills = [
        (bill("EDF", "M HARSHIL PATEL", a1, a2, D(2026, 8, 6), D(2026, 7, 1), D(2026, 7, 31),
              47.20, "6 012 447 381", "10 928 331 774",
              [("Abonnement Tarif Bleu 6 kVA", 15.65), ("Consommation 146 kWh", 27.43),
               ("Accise sur l'électricité", 4.12)], "EDF SA – 552 081 317 RCS Paris"),
         "electricity", "HARSHIL PATEL", "facture_EDF_juillet.pdf", "text_pdf"),
        (bill("Orange", "M. Patel Harshil", a1, a2, D(2026, 9, 5), D(2026, 8, 1),
              D(2026, 8, 31), 42.99, "2 718 004 552", "FO-2608-77120349",
              [("Livebox Fibre", 42.99)], "Orange SA – 380 129 866 RCS Paris"),
         "internet", "Patel Harshil", "Orange_facture_aout_2026.pdf", "text_pdf"),
        (bill("Bouygues Telecom", "HARSHIL RAJESHKUMAR PATEL", a1, a2, D(2026, 11, 4),
              D(2026, 10, 1), D(2026, 10, 31), 19.99, "1.284.770.31", "BT26110448812",
              [("Forfait B&You 130 Go", 19.99)], "Bouygues Telecom SA – 397 480 930 RCS Paris"),
         "mobile", "HARSHIL RAJESHKUMAR PATEL", "IMG20261112_094501.jpg", "phone_photo"),
    ]  # fmt: skip
    for i, (bd, svc, hold, fn, look) in enumerate(bills):
        pg = money.bill(bd, P.rng(f"bill{i}"))
        if look == "text_pdf":
            P.text_pdf([pg], fn)
        else:
            P.photo_jpg(pg, fn, f"bill{i}")
        P.add([F(fn)], "utility_bill", look, bill_fields(bd, svc, hold),
              "DEFECT: months are July, August and October 2026 (no September bill)")  # fmt: skip
    st = siret("79128345")
    nir13 = "1930299223048"
    emp = {"employer": "RHÔNE INTÉRIM SERVICES SAS", "emp_addr1": "88 rue de la Villette",
               "emp_addr2": "69003 Lyon", "siret": st, "naf": "7820Z", "urssaf": "827 000004471203",
               "employee_print": "PATEL HARSHIL RAJESHKUMAR", "addr1": "12 rue Pierre Corneille",
               "addr2": "69006 Lyon", "job": "Préparateur de commandes (mission Entrepôts Daviel)",
               "status": "Intérimaire – Ouvrier", "nir": f"1 93 02 99 223 048 {nir_key(nir13)}",
               "entry": D(2026, 7, 6), "idcc": "2378 (Travail temporaire)", "pas_rate": "0,00 %",
               "bank_mask": "FR76 2004 **** **** **** *038", "font": "sans", "fontb": "sansb"}  # fmt: skip
    for per, net, look, fn in [(10, "1 642,37", "text_pdf", "bulletin_salaire_octobre.pdf"),
                               (11, "1 718,90", "phone_photo", "IMG20261205_080917.jpg")]:  # fmt: skip
        pd = dict(emp, start=D(2026, per, 1), end=D(2026, per, 31 if per == 10 else 30),
                  paid=D(2026, per + 1, 5), net=net, net_before=net, pas="0,00",
                  lines=payslip_lines("2105.40", [("Indemnité de fin de mission 10 %", "", "", "",
                                                   "210,54"),
                                                  ("Indemnité compensatrice de congés payés", "",
                                                   "", "", "231,59")]))  # fmt: skip
        pg = money.payslip(pd, P.rng(f"ps{per}"))
        if look == "text_pdf":
            P.text_pdf([pg], fn)
        else:
            P.photo_jpg(pg, fn, f"ps{per}", rot=0)
        P.add([F(fn)], "payslip", look,
              {"employer": "RHÔNE INTÉRIM SERVICES SAS",
               "employee_name": "PATEL HARSHIL RAJESHKUMAR", "period": f"2026-{per:02d}",
               "net_pay": float(net.replace(" ", "").replace(",", ".")), "siret": st})  # fmt: skip
    acc = "0451829R038"
    iban, key = fr_iban("20041", "01007", acc)
    assert rib_ok("20041", "01007", acc, key)
    r = {"bank": "LA BANQUE POSTALE", "col": (0, 60, 130), "holder_print": "M PATEL HARSHIL RAJESHKUMAR",
             "addr1": "12 RUE PIERRE CORNEILLE", "addr2": "69006 LYON",
             "agency": "LA BANQUE POSTALE", "agency_addr": "CENTRE FINANCIER DE LYON 69900 LYON CEDEX 20",
             "bank_code": "20041", "branch": "01007", "account": acc, "key": key, "iban": iban,
             "bic": "PSSTFRPPLYO", "font": "lato", "fontb": "latob"}  # fmt: skip
    fn = P.photo_jpg(money.rib_bank(r, P.rng("rib")), "IMG20261012_201033.jpg", "rib", rot=180)
    P.add([F(fn)], "rib", "phone_photo",
          {"holder_name": "PATEL HARSHIL RAJESHKUMAR", "iban": iban, "bic": "PSSTFRPPLYO",
           "bank_name": "LA BANQUE POSTALE", "iban_valid": True, "rib_key_valid": True},
          "account number contains a letter (R); photo rotated 180")  # fmt: skip
    d = {"surname": "PATEL", "given": "Harshil Rajeshkumar", "sex": "M", "dob": dob,
             "pob_city": "Ahmedabad", "pob_country": "Inde", "nationality": "indienne",
             "addr1": "12 rue Pierre Corneille", "cp": "69006", "city": "Lyon", "phone": "07 66 30 91 28",
             "email": "harshil.patel93@outlook.com", "situation": "salarie", "contract": "Intérim",
             "job": "préparateur de commandes", "place": "Lyon", "date_text": "02/12/2026",
             "signed_on": D(2026, 12, 2), "hand_font": "hand3", "ink": (20, 20, 25)}  # fmt: skip
    p1, p2 = form.build(d, P.rng("form"), "hand", 0)
    a = P.scan_jpg(p1, "scan_0001.jpg", "f1")
    b2 = P.scan_jpg(p2, "scan_0002.jpg", "f2")
    P.add([F(a), F(b2)], "application_form", "scan", form_fields(d, True),
          "filled by hand in capitals-free script, flatbed scans")  # fmt: skip
    P.write_truth(truth(as_of, True, {"surname": sur, "given_names": giv,
                                      "date_of_birth": dob.isoformat()}, "incomplete",
                        "residence_proof: the three bills cover July, August and October 2026 "
                        "(September missing), so they are not three consecutive months",
                        {"residence_proof": "invalid"}))  # fmt: skip
