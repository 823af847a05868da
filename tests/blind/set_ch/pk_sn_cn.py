"""Packets p01 (Senegal, student, lease) and p02 (China, CDI, three bills)."""

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
from core import fr_iban, nir_key


# =============================================================== p01 Senegal
def p01(out):
    P = Packet(out, "p01", "ch-p01")
    as_of, dob = D(2026, 11, 27), D(1998, 4, 17)
    sur, giv = "NDIAYE", "MAME DIARRA"
    pp = {"surname": sur, "given": giv, "number": "A03917254", "nat": "SEN", "dob": dob, "sex": "F",
              "issue": D(2024, 2, 12), "exp": D(2029, 2, 11), "pob": "DAKAR", "authority": "DAF – DAKAR",
              "dob_txt": "17/04/1998", "issue_txt": "12/02/2024", "exp_txt": "11/02/2029",
              "skin": (110, 75, 55)}  # fmt: skip
    pg, _ = ids.passport(pp, P.rng("pp"))
    fn = P.photo_jpg(pg, "IMG_20261121_104512.jpg", "pp", rot=0)
    P.add([F(fn)], "passport", "phone_photo",
          id_fields(sur, giv, pp["number"], "SEN", "SEN", dob, "F", pp["exp"]),
          "ECOWAS biometric passport data page, phone photo")  # fmt: skip
    v = {"number": "013685247", "surname": sur, "given": giv, "nat": "SEN", "dob": dob, "sex": "F",
             "frm": None, "until": D(2027, 8, 9), "days": "365", "place": "DAKAR", "issued": D(2026, 7, 22),
             "passport": pp["number"], "skin": (110, 75, 55),
             "remarks": ["VLS-TS ETUDIANT", "CESEDA R.431-16 15 / UNIV. PARIS CITE",
                      "A VALIDER EN LIGNE DES L'ARRIVEE"]}  # fmt: skip
    v["from"] = D(2026, 8, 10)
    pg, _ = ids.visa(v, P.rng("visa"))
    fn = P.photo_jpg(pg, "IMG_20261121_104538.jpg", "visa", rot=180)
    P.add([F(fn)], "long_stay_visa", "phone_photo", visa_fields(v, "ETUDIANT"),
          "visa sticker photographed upside down (rotated 180)")  # fmt: skip
    b = {"act": "1998 / 1377", "dob": dob,
             "dob_words": "Dix-sept avril mil neuf cent quatre-vingt-dix-huit",
             "hour": "quatorze heures trente minutes", "pob": "Dakar (Hôpital Principal)",
             "sex_word": "Féminin", "given": "Mame Diarra", "surname": "NDIAYE", "father": "Ousmane",
             "mother": "Aminata FALL", "issued": D(2026, 6, 15)}  # fmt: skip
    fn = P.scan_jpg(civil.birth_sen(b, P.rng("bc")), "extrait_naissance.jpg", "bc")
    P.add([F(fn)], "birth_certificate", "scan",
          {"surname": "NDIAYE", "given_names": "Mame Diarra", "date_of_birth": dob.isoformat(),
           "place_of_birth": "Dakar (Hôpital Principal)", "issuing_country": "SEN",
           "language": "fr", "has_apostille": False},
          "Senegalese extrait; no apostille: France-Senegal convention of 29 March 1974 "
          "exempts civil-status acts from legalisation (exempt country, so complete)")  # fmt: skip
    L = {"kind": "Logement meublé", "start": D(2026, 8, 14), "signed_on": D(2026, 8, 5), "city": "Paris",
             "landlord_txt": "Mme Françoise LE GOFF, demeurant 3 boulevard Arago, 75013 Paris",
             "tenant_txt": "Mme NDIAYE Mame Diarra, née le 17/04/1998 à Dakar (Sénégal), étudiante",
             "address": "14 rue de la Glacière, bâtiment B, 3e étage, porte 32, 75013 Paris",
             "details": [("Type d'habitat : immeuble collectif. Surface habitable : 19,5 m². "
                      "Nombre de pièces principales : 1."), ("Équipements : cuisine équipée, "
                      "salle d'eau, chauffage individuel électrique.")],
             "duration": "un an, renouvelable par tacite reconduction", "rent": "690,00",
             "charges": "60,00", "deposit": "1 380,00", "landlord_sig": "Le Goff",
             "tenant_sig": "Ndiaye"}  # fmt: skip
    fn = P.image_pdf(civil.lease(L, P.rng("lease")), "bail_location.pdf", "lease")
    P.add([F(fn, (1, 2, 3))], "lease", "image_pdf",
          {"tenant_names": ["NDIAYE Mame Diarra"], "landlord": "Françoise LE GOFF",
           "address": "14 rue de la Glacière, bâtiment B, 3e étage, porte 32, 75013 Paris",
           "start_date": "2026-08-14"}, "furnished lease, 3 months 13 days before as_of")  # fmt: skip
    iban, key = fr_iban("30004", "00825", "00010945871")
    r = {"bank": "BNP PARIBAS", "col": (0, 130, 80), "holder_print": "MME NDIAYE MAME DIARRA",
             "addr1": "14 RUE DE LA GLACIERE", "addr2": "75013 PARIS",
             "agency": "BNP PARIBAS PARIS GOBELINS", "agency_addr": "27 AVENUE DES GOBELINS 75013 PARIS",
             "bank_code": "30004", "branch": "00825", "account": "00010945871", "key": key, "iban": iban,
             "bic": "BNPAFRPPXXX", "foot": "BNP Paribas SA au capital de 2 261 621 342 € – "
             "662 042 449 RCS Paris"}  # fmt: skip
    fn = P.text_pdf([money.rib_bank(r, P.rng("rib"))], "RIB_BNP.pdf")
    P.add([F(fn)], "rib", "text_pdf",
          {"holder_name": "NDIAYE MAME DIARRA", "iban": iban, "bic": "BNPAFRPPXXX",
           "bank_name": "BNP PARIBAS", "iban_valid": True, "rib_key_valid": True})  # fmt: skip
    d = {"surname": "NDIAYE", "given": "Mame Diarra", "sex": "F", "dob": dob, "pob_city": "Dakar",
             "pob_country": "Sénégal", "nationality": "sénégalaise", "addr1": "14 rue de la Glacière, bât B",
             "cp": "75013", "city": "Paris", "phone": "07 58 21 44 90", "email": "mame.ndiaye98@gmail.com",
             "situation": "etudiant", "place": "Paris", "date_text": "23/11/2026",
             "signed_on": D(2026, 11, 23), "hand_font": "hand1"}  # fmt: skip
    p1, p2 = form.build(d, P.rng("form"), "hand", 0)
    a = P.photo_jpg(p1, "IMG_20261123_212201.jpg", "form1", rot=0)
    b2 = P.photo_jpg(p2, "IMG_20261123_212219.jpg", "form2", rot=90)
    P.add([F(a), F(b2)], "application_form", "phone_photo", form_fields(d, False),
          "filled by hand; page 2 photo rotated 90")  # fmt: skip
    P.write_truth(truth(as_of, False, {"surname": sur, "given_names": giv,
                                       "date_of_birth": dob.isoformat()}))  # fmt: skip


# =============================================================== p02 China
def cn_id(prefix17):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return prefix17 + "10X98765432"[sum(int(a) * b for a, b in zip(prefix17, w)) % 11]


def p02(out):
    P = Packet(out, "p02", "ch-p02")
    as_of, dob = D(2026, 12, 2), D(1991, 9, 3)
    sur, giv = "WANG", "JIAHUI"
    pp = {"surname": sur, "given": giv, "number": "EH7302958", "nat": "CHN", "dob": dob, "sex": "M",
              "issue": D(2023, 5, 16), "exp": D(2033, 5, 15), "pob": "SICHUAN",
              "authority": "NATIONAL IMMIGRATION ADMINISTRATION, PRC", "dob_txt": "03 SEP 1991",
              "issue_txt": "16 MAY 2023", "exp_txt": "15 MAY 2033", "skin": (215, 180, 145),
              "labels": ["姓/Surname", "名/Given names", "国籍/Nationality", "出生日期/Date of birth",
                      "性别/Sex", "出生地点/Place of birth", "签发日期/Date of issue",
                      "有效期至/Date of expiry", "签发机关/Authority"]}  # fmt: skip
    pp["labels"] = ["Surname", "Given names", "Nationality", "Date of birth", "Sex",
                    "Place of birth", "Date of issue", "Date of expiry", "Authority"]  # fmt: skip
    pg, _ = ids.passport(pp, P.rng("pp"))
    fn = P.bed([pg], "scan_0001.jpg", "pp")
    P.add([F(fn)], "passport", "scan",
          id_fields(sur, giv, pp["number"], "CHN", "CHN", dob, "M", pp["exp"]))  # fmt: skip
    t = {"surname": sur, "given": giv, "number": "ZB4N82715", "nat": "CHINOISE", "natc": "CHN", "dob": dob,
             "sex": "M", "exp": D(2030, 3, 9), "issue": D(2026, 3, 24), "pob": "CHENGDU (CHINE)",
             "pref": "POLICE", "addr1": "58 RUE OBERKAMPF", "addr2": "75011 PARIS",
             "mention": "TALENT – SALARIÉ QUALIFIÉ", "skin": (215, 180, 145)}  # fmt: skip
    f1, f2, _ = ids.permit(t, P.rng("ts"))
    a = P.photo_jpg(f1, "titre_sejour_recto.jpg", "ts1", long_side=3264)
    b = P.photo_jpg(f2, "titre_sejour_verso.jpg", "ts2", rot=270, long_side=3264)
    P.add([F(a), F(b)], "residence_permit", "phone_photo",
          id_fields(sur, giv, "ZB4N82715", "CHN", "FRA", dob, "M", t["exp"]),
          "carte de séjour pluriannuelle talent; back photo rotated 270")  # fmt: skip
    cid = cn_id("510104199109031" + "57")
    bc = {"ref": "(2026) Chuan Cheng Tian Zheng Zi No. 18342",
              "office": "Chengdu Tianfu Notary Public Office", "notary": "Zhou Min",
              "name_en": "Wang Jiahui", "sex_en": "male", "dob_en": "September 3, 1991", "cid": cid,
              "body": "This is to certify that Wang Jiahui, male, was born on September 3, 1991 in "
                   "Chengdu, Sichuan Province, the People's Republic of China.",
              "parents": "His father is Wang Jianguo and his mother is Li Xiuying.",
              "date_en": "September 22, 2026"}  # fmt: skip
    cov, body = civil.notarial_cn(bc, P.rng("bc"))
    ap = {"country": "People's Republic of China", "signed_by": "Zhou Min",
              "capacity": "Notary Public", "seal_of": "Chengdu Tianfu Notary Public Office",
              "at": "Chengdu", "on_txt": "29 September 2026",
              "by": "Foreign Affairs Office of Sichuan Provincial People's Government",
              "number": "SC2026-0048731", "signer": "Liu Yang", "code": "Verify: SC2026-0048731",
              "seal": (200, 30, 30)}  # fmt: skip
    apo = civil.apostille(ap, P.rng("apo"))
    fn = P.image_pdf([cov, body, apo], "gongzheng_acte_naissance.pdf", "bc")
    P.add([F(fn, (1, 2))], "birth_certificate", "image_pdf",
          {"surname": "Wang", "given_names": "Jiahui", "date_of_birth": dob.isoformat(),
           "place_of_birth": "Chengdu, Sichuan Province", "issuing_country": "CHN",
           "language": "en", "has_apostille": True},
          "notarial birth certificate (公证书): cover with the Chinese title, then the English "
          "version bound by the notary office")  # fmt: skip
    P.add([F(fn, (3,))], "apostille", "image_pdf",
          {"country": "People's Republic of China", "issued_on": "2026-09-29",
           "number": "SC2026-0048731", "signed_by": "Liu Yang"},
          "apostille for the notarial certificate (China party since 7 Nov 2023)")  # fmt: skip
    tr = {"ref": "(2026) Chuan Cheng Tian Zheng Zi n° 18342", "notary": "ZHOU Min",
              "office_fr": "Office notarial Tianfu de Chengdu", "date_fr": "Le 22 septembre 2026",
              "body": "Il est certifié que WANG Jiahui, de sexe masculin, est né le 3 septembre 1991 "
                   "à Chengdu, province du Sichuan, République populaire de Chine. Son père est "
                   "WANG Jianguo et sa mère est LI Xiuying.",
              "attest": "Je soussignée, Claire Dubosq-Lin, traductrice expert près la Cour d'appel "
                     "de Paris, certifie que la présente traduction est conforme à l'original "
                     "rédigé en langue chinoise et anglaise. Paris, le 14 octobre 2026.",
              "translator": "C. DUBOSQ-LIN", "rep": "2026/1187"}  # fmt: skip
    fn = P.scan_jpg(civil.translation_fr(tr, P.rng("tr")), "traduction_jurée.jpg", "tr")
    P.add([F(fn)], "translation", "scan", {},
          "sworn French translation of the notarial birth certificate")  # fmt: skip
    a1, a2 = "58 RUE OBERKAMPF", "75011 PARIS"
    bills = [
        (bill("Engie", "M WANG JIAHUI", a1, a2, D(2026, 9, 4), D(2026, 8, 1), D(2026, 8, 31),
              58.74, "1 00 412 873 556", "F26-0904-118823",
              [("Abonnement électricité 6 kVA", 14.27), ("Consommation 198 kWh", 39.33),
               ("Taxes et contributions", 5.14)], "ENGIE SA – RCS Nanterre 542 107 651"),
         "electricity", "WANG JIAHUI", "facture_engie_aout2026.pdf", "text_pdf"),
        (bill("SFR", "Monsieur Jiahui WANG", a1, a2, D(2026, 10, 3), D(2026, 9, 1),
              D(2026, 9, 30), 34.99, "0 214 77 3985", "SFR-2609-4482117",
              [("Offre SFR Fibre Power", 34.99)], "SFR SA – RCS Paris 343 059 564"),
         "internet", "Jiahui WANG", "SFR_Facture_2026-09.pdf", "text_pdf"),
        (bill("Eau de Paris", "M. WANG Jiahui", a1, a2, D(2026, 11, 6), D(2026, 10, 1),
              D(2026, 10, 31), 21.36, "7700 1842 55", "EDP26-11-0093321",
              [("Abonnement", 4.12), ("Consommation eau 3 m³", 11.60),
               ("Redevances Agence de l'eau", 5.64)],
              "Eau de Paris – Régie municipale – SIRET 200 026 573 00015"),
         "water", "WANG Jiahui", "IMG_20261108_191422.jpg", "phone_photo"),
    ]  # fmt: skip
    for i, (bd, svc, hold, fn, look) in enumerate(bills):
        pg = money.bill(bd, P.rng(f"bill{i}"))
        if look == "text_pdf":
            P.text_pdf([pg], fn)
        else:
            P.photo_jpg(pg, fn, f"bill{i}", rot=90)
        P.add([F(fn)], "utility_bill", look, bill_fields(bd, svc, hold))
    st = siret("83416290")
    nir13 = "1910999216157"
    nir = f"1 91 09 99 216 157 {nir_key(nir13)}"
    emp = {"employer": "LUMENIA DATA SAS", "emp_addr1": "41 rue du Faubourg Saint-Antoine",
               "emp_addr2": "75011 Paris", "siret": st, "naf": "6201Z", "urssaf": "117 000001234567",
               "employee_print": "M. WANG Jiahui", "addr1": "58 rue Oberkampf", "addr2": "75011 Paris",
               "job": "Ingénieur logiciel", "status": "Cadre – CDI", "nir": nir, "entry": D(2026, 3, 16),
               "idcc": "1486 (Syntec)", "pas_rate": "7,40 %", "bank_mask": "FR76 **** **** 4617"}  # fmt: skip
    for per, net, netb, pas in [(9, "3 412,58", "3 685,29", "272,71"),
                                (10, "3 398,14", "3 669,70", "271,56")]:  # fmt: skip
        pd = dict(emp, start=D(2026, per, 1), end=D(2026, per, 30 if per == 9 else 31),
                  paid=D(2026, per, 28), net=net, net_before=netb, pas=pas,
                  lines=payslip_lines("4750.00"))  # fmt: skip
        fn = P.text_pdf([money.payslip(pd, P.rng(f"ps{per}"))], f"BS_2026_{per:02d}.pdf")
        P.add([F(fn)], "payslip", "text_pdf",
              {"employer": "LUMENIA DATA SAS", "employee_name": "WANG Jiahui",
               "period": f"2026-{per:02d}", "net_pay": float(net.replace(" ", "").replace(",", ".")),
               "siret": st})  # fmt: skip
    c = {"employer_txt": f"La société LUMENIA DATA SAS, société par actions simplifiée, SIRET "
             f"{st}, dont le siège est situé 41 rue du Faubourg Saint-Antoine, 75011 Paris, "
             "représentée par Mme Hélène Marchetti, Directrice des ressources humaines,",
             "employee_txt": "M. WANG Jiahui, né le 03/09/1991 à Chengdu (Chine), de nationalité "
             "chinoise, demeurant 58 rue Oberkampf, 75011 Paris,",
             "articles": [("Article 1 – Engagement", ("Le Salarié est engagé à compter du 16/03/2026 "
                        "par contrat à durée indéterminée, sous réserve des résultats de la "
                        "visite d'information et de prévention.")),
                       ("Article 2 – Fonctions", ("Le Salarié occupe le poste d'Ingénieur "
                        "logiciel, statut cadre, position 2.2, coefficient 130 de la convention "
                        "collective Syntec (IDCC 1486).")),
                       ("Article 3 – Période d'essai", ("Le contrat ne deviendra définitif qu'à "
                        "l'issue d'une période d'essai de quatre mois."))],
             "articles2": [("Article 4 – Rémunération", ("Rémunération annuelle brute de 57 000 € "
                         "versée en douze mensualités.")),
                        ("Article 5 – Durée du travail", "Forfait annuel de 218 jours."),
                        ("Article 6 – Lieu de travail", ("41 rue du Faubourg Saint-Antoine, "
                         "75011 Paris."))],
             "city": "Paris", "signed_on": D(2026, 3, 2), "signatory": "Hélène Marchetti",
             "emp_sig": "Wang", "paraphs": "WJ  HM"}  # fmt: skip
    fn = P.image_pdf(money.contract(c, P.rng("cdi")), "contrat_CDI_signe.pdf", "cdi")
    P.add([F(fn, (1, 2))], "employment_contract", "image_pdf",
          {"employer": "LUMENIA DATA SAS", "employee_name": "WANG Jiahui", "contract_type": "CDI",
           "job_title": "Ingénieur logiciel", "start_date": "2026-03-16"})  # fmt: skip
    iban, key = fr_iban("30003", "03620", "00050284617")
    r = {"bank": "SOCIETE GENERALE", "col": (200, 20, 40), "holder_print": "M WANG JIAHUI",
             "addr1": "58 RUE OBERKAMPF", "addr2": "75011 PARIS", "agency": "SG PARIS OBERKAMPF",
             "agency_addr": "112 RUE OBERKAMPF 75011 PARIS", "bank_code": "30003", "branch": "03620",
             "account": "00050284617", "key": key, "iban": iban, "bic": "SOGEFRPP", "font": "roboto",
             "fontb": "robotob"}  # fmt: skip
    fn = P.scan_jpg(money.rib_bank(r, P.rng("rib")), "RIB_SG.png", "rib", png=True)
    P.add([F(fn)], "rib", "scan",
          {"holder_name": "WANG JIAHUI", "iban": iban, "bic": "SOGEFRPP",
           "bank_name": "SOCIETE GENERALE", "iban_valid": True, "rib_key_valid": True})  # fmt: skip
    d = {"surname": "WANG", "given": "Jiahui", "sex": "M", "dob": dob, "pob_city": "Chengdu",
             "pob_country": "Chine", "nationality": "chinoise", "addr1": "58 rue Oberkampf", "cp": "75011",
             "city": "Paris", "phone": "06 44 18 72 05", "email": "jiahui.wang@lumenia-data.fr",
             "situation": "salarie", "contract": "CDI", "job": "Ingénieur logiciel", "place": "Paris",
             "date_text": "28/11/2026", "signed_on": D(2026, 11, 28)}  # fmt: skip
    fn = P.text_pdf(form.build(d, P.rng("form"), "acro", 1), "S1106_formulaire_rempli.pdf")
    P.add([F(fn, (1, 2))], "application_form", "text_pdf", form_fields(d, True),
          "fillable PDF (AcroForm fields with appearance streams), pasted signature image")  # fmt: skip
    P.write_truth(truth(as_of, True, {"surname": sur, "given_names": giv,
                                      "date_of_birth": dob.isoformat()}))  # fmt: skip
