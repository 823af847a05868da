"""Packets p02 (Gabon), p03 (Lebanon, one defect) and p04 (Chile) of set_cf."""

from __future__ import annotations

import io
import random

from PIL import Image
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas as rl_canvas

import core
import docs
import docs2


def _bouygues(month, issue, ps, pe, amount, num, holder, addr):
    return docs2.bill({
        "color": (0, 51, 102), "logo": "BOUYGUES TELECOM", "doc_title": "Votre facture", "number": num,
        "date_label": "du", "issue": issue, "company": "Bouygues Telecom — SA au capital de 712 588 399,56 € — "
        "397 480 930 RCS Nanterre — 37-39 rue Boissière 75116 Paris", "holder": holder, "address": addr,
        "client_label": "Compte client", "client": "1.2847 5530", "site_label": "Offre", "site": ["Bbox fit",
        "Ligne fixe 09 81 42 67 13"], "period_label": "Période de facturation", "ps": ps, "pe": pe,
        "amount_label": "Montant à payer", "amount": amount,
        "lines": [("Abonnement Bbox fit — " + month, "23,99 €"), ("Location décodeur TV", "0,00 €"),
               ("Communications incluses", "0,00 €"), ("Dont TVA 20 %", "4,00 €")],
        "pay_line": f"Prélèvement le {pe} sur le compte IBAN DE89 **** **** **** **38 72",
        "footer": ["Service client : 1064 (appel gratuit depuis une ligne Bouygues Telecom)",
                "Espace client : www.bouyguestelecom.fr"]})  # fmt: skip


def p02(root, Out, iso_fr, mrzdate, words_fr):
    o = Out(root, "p02")
    sur, giv, dob = "M'BA NDONG", "NADÈGE PRISCA", "2003-07-22"
    as_of = "2026-12-02"
    v = {"surname": "M'BA NDONG", "usage_name": "", "given_names": "Nadège Prisca", "sex": "F",
             "dob_digits": "22072003", "birth_city": "Libreville", "birth_country": "Gabon",
             "nationality": "Gabonaise", "street": "12 rue Pierre Delore, Appt 34", "zip": "69008",
             "city": "Lyon", "phone": "07 44 18 92 05", "email": "nadege.mbandong@etu.univ-lyon3.fr",
             "situation": "etudiant", "place": "Lyon", "date_text": "27/11/2026", "signed": True,
             "hand_font": "h_femke", "loops": 4}  # fmt: skip
    pages, _ = docs2.cerfa(v, 0, "hand", 202)
    o.photo("IMG_4471.jpg", pages[0], rot=0, long_side=4032, table=(200, 196, 188))
    o.photo("IMG_4472.jpg", pages[1], rot=270, long_side=4032, table=(200, 196, 188))
    o.add([("IMG_4471.jpg", [1]), ("IMG_4472.jpg", [1])], "application_form", "phone_photo",
          {"surname": "M'BA NDONG", "given_names": "Nadège Prisca", "date_of_birth": dob,
           "employment_status": "not_employed", "signed": True, "signed_on": "2026-11-27",
           "nir": None}, "filled by hand in capitals; 'étudiant(e)' ticked; page 2 photo rotated")  # fmt: skip
    num, exp = "GA2184307", "2030-06-14"
    mrz = core.td3("PA", "GAB", sur, giv, num, "GAB", mrzdate(dob), "F", mrzdate(exp))
    pp = docs.passport({"band": (0, 100, 60), "state_name": "RÉPUBLIQUE GABONAISE  —  CEMAC",
                            "title": "PASSEPORT / PASSPORT", "l_type": "Type", "type_code": "PA",
                            "l_code": "Code / Code", "state": "GAB", "l_no": "Passeport N° / Passport No.",
                            "number": num,
                            "fields": [("Nom / Surname", sur), ("Prénoms / Given names", giv),
                                    ("Nationalité / Nationality", "GABONAISE"),
                                    ("Date de naissance / Date of birth", "22 JUIL/JUL 2003"),
                                    ("Lieu de naissance / Place of birth", "LIBREVILLE"),
                                    ("Date d'expiration / Date of expiry", "14 JUIN/JUN 2030")],
                            "mrz": mrz, "skin": (110, 75, 55)}, 21)  # fmt: skip
    vnum = "FRA3845172"[:9]
    vm = core.mrva("FRA", sur, giv, vnum, "GAB", mrzdate(dob), "F", mrzdate("2027-08-24"))
    vp = docs.visa_page(dict(vignette=vnum, **{"from": "25-08-2026", "until": "24-08-2027"},
                             days="365", place="LIBREVILLE", issued="03-08-2026", passport_no=num,
                             name="M'BA NDONG NADEGE PRISCA", remarks="VLS-TS ETUDIANT",
                             remarks2="CASE A VALIDER EN LIGNE", mrz=vm, skin=(110, 75, 55)), 22)  # fmt: skip
    o.flatbed("scan_passeport_visa.pdf", [pp, vp], 300, as_pdf=True)
    o.add([("scan_passeport_visa.pdf", [1])], "passport", "image_pdf",
          {"surname": sur, "given_names": giv, "document_number": num, "nationality": "GAB",
           "issuing_country": "GAB", "date_of_birth": dob, "sex": "F", "expiry_date": exp,
           "mrz_valid": True}, "passport data page and visa page scanned together on one sheet")  # fmt: skip
    o.add([("scan_passeport_visa.pdf", [1])], "long_stay_visa", "image_pdf",
          {"surname": sur, "given_names": giv, "document_number": vnum, "nationality": "GAB",
           "issuing_country": "FRA", "date_of_birth": dob, "sex": "F", "expiry_date": "2027-08-24",
           "mrz_valid": True, "visa_type": "D", "vls_ts": True, "category": "ETUDIANT",
           "valid_from": "2026-08-25", "valid_until": "2027-08-24"})  # fmt: skip
    bc = docs.ga_acte({"act_no": "4127", "act_year": "2003", "rows": [
        ("Nom", "M'BA NDONG"), ("Prénoms", "Nadège Prisca"), ("Sexe", "Féminin"),
        ("Date de naissance", "vingt-deux juillet deux mille trois (22/07/2003)"),
        ("Lieu de naissance", "Libreville, Centre Hospitalier"),
        ("Père", "M'BA OBAME Jean-Hilaire"), ("Mère", "NDONG MEYE Solange")],
        "body": "Dressé le vingt-cinq juillet deux mille trois sur la déclaration du père, par Nous, "
        "Officier d'État Civil du 1er arrondissement de la Commune de Libreville.",
        "issued_fr": "12 juin 2026"}, 23)  # fmt: skip
    o.scan("acte_naissance.jpg", bc, 200)
    o.add([("acte_naissance.jpg", [1])], "birth_certificate", "scan",
          {"surname": "M'BA NDONG", "given_names": "Nadège Prisca", "date_of_birth": dob,
           "place_of_birth": "Libreville", "issuing_country": "GAB", "language": "fr",
           "has_apostille": False},
          "Gabon: dispensed from legalisation by the Franco-Gabonese convention (1963)")  # fmt: skip
    addr = ["12 RUE PIERRE DELORE", "APPT 34", "69008 LYON"]
    months = [("septembre 2026", "04/09/2026", "01/09/2026", "30/09/2026", "2026-09"),
              ("octobre 2026", "04/10/2026", "01/10/2026", "31/10/2026", "2026-10"),
              ("novembre 2026", "04/11/2026", "01/11/2026", "30/11/2026", "2026-11")]  # fmt: skip
    files = [("Facture_Bbox_09-2026.pdf", "text_pdf"), ("Facture_Bbox_10-2026.pdf", "text_pdf"),
             ("facture_nov.jpg", "phone_photo")]  # fmt: skip
    for i, ((m, iss, ps, pe, key), (fn, look)) in enumerate(zip(months, files)):
        b = _bouygues(
            m, iss, ps, pe, "23,99", f"2026{9 + i:02d}0418{i}73", "MME NADEGE M BA NDONG", addr
        )
        if look == "text_pdf":
            o.text_pdf(fn, [b], "Facture")
        else:
            o.photo(fn, b, rot=0, long_side=3024)
        o.add([(fn, [1])], "utility_bill", look,
              {"provider": "Bouygues Telecom", "service": "internet", "holder_name": "NADEGE M BA NDONG",
               "address": "12 rue Pierre Delore, Appt 34, 69008 Lyon", "issue_date": iso(iss),
               "period_start": iso(ps), "period_end": iso(pe), "amount": "23.99"},
              f"month {key}; the apostrophe is dropped on the bill ('M BA')")  # fmt: skip
    iban = core.iban_make("DE", "100110012617483872")
    img = docs2.n26_screenshot({"rows": [("Titulaire du compte", "Nadège Prisca M'Ba Ndong"),
                                          ("IBAN", core.group(iban)), ("BIC", "NTSBDEB1XXX"),
                                          ("Banque", "N26 Bank AG")],
                                    "note": "Ton IBAN allemand peut être utilisé pour les virements\n"
                                    "et prélèvements SEPA en France."})  # fmt: skip
    img.save(o.dir / "Screenshot_20261127-184210.png")
    o.add([("Screenshot_20261127-184210.png", [1])], "rib", "screenshot",
          {"holder_name": "Nadège Prisca M'Ba Ndong", "iban": iban, "bic": "NTSBDEB1XXX",
           "bank_name": "N26", "iban_valid": True, "rib_key_valid": None},
          "German SEPA IBAN: legally acceptable (SEPA Regulation 260/2012), info only")  # fmt: skip
    return {
        "as_of": as_of,
        "employed": False,
        "status": "complete",
        "defect": None,
        "o": o,
        "applicant": {"surname": sur, "given_names": giv, "date_of_birth": dob},
        "req": {"employment": "not_applicable"},
    }


def iso(d):
    dd, m, y = d.split("/")
    return f"{y}-{m}-{dd}"


def _total(month, issue, ps, pe, amount, num):
    return docs2.bill({
        "color": (237, 0, 0), "logo": "TotalEnergies", "doc_title": "Facture d'électricité", "number": num,
        "date_label": "émise le", "issue": issue, "company": "TotalEnergies Électricité et Gaz France — SA au "
        "capital de 2 000 000 € — 2 bis rue Louis Armand 75015 Paris — RCS Paris 833 264 513",
        "holder": "M. ELIE ABI NADER", "address": ["5 ALLEE DES CERISIERS", "BAT B", "31400 TOULOUSE"],
        "client_label": "Référence client", "client": "1 094 582 337", "site_label": "Lieu de consommation",
        "site": ["5 allée des Cerisiers, Bât B", "31400 Toulouse", "PDL 2415 8890 3317 42"],
        "period_label": "Consommation " + month, "ps": ps, "pe": pe, "amount_label": "Montant TTC",
        "amount": amount, "lines": [("Abonnement Offre Essentielle — 6 kVA", "15,42 €"),
                              ("Consommation (index réels)", amount[:-3] + " €"),
                              ("Taxes et contributions (accise, CTA)", "6,11 €"),
                              ("TVA", "inclus")],
        "pay_line": "Montant prélevé le 15 du mois suivant — facture mensuelle sur relevé Linky",
        "footer": ["Service clients : 09 70 80 69 69 (appel non surtaxé)",
                "totalenergies.fr — Médiateur national de l'énergie : energie-mediateur.fr"]})  # fmt: skip


def _acroform_pdf(path, pages, pos, v, sig_png):
    """The fillable cerfa: page art plus AcroForm fields filled by the applicant."""
    mm = 72 / 25.4
    c = rl_canvas.Canvas(str(path), invariant=1)
    c.setTitle("S1106 Demande d'ouverture des droits")
    form = c.acroForm
    for i, pg in enumerate(pages):
        core.render_pdf_page(c, pg)
        H = pg.h
        for name, val in v["fields"].items():
            on_p1, x, y = pos[name]
            if on_p1 != (i == 0):
                continue
            comb = name in ("surname", "given_names", "dob", "zip")
            w = 134 if comb else 80
            yy = y if comb else y - 4.5
            form.textfield(name=name, value=val, x=x * mm, y=(H - yy - 6) * mm, width=w * mm,
                           height=6 * mm, borderWidth=0, fontSize=9, fontName="Helvetica",
                           fillColor=None, forceBorder=False)  # fmt: skip
        for name in v["checks"]:
            on_p1, x, y = pos[name]
            if on_p1 == (i == 0):
                form.checkbox(name=name, x=x * mm, y=(H - y - 4) * mm, size=4 * mm, checked=True,
                              buttonStyle="cross", borderWidth=0)  # fmt: skip
        if i == 1:
            bx, by, bw, bh = pos["sig"]
            c.drawImage(
                ImageReader(sig_png), bx * mm, (H - by - bh) * mm, bw * mm, bh * mm, mask="auto"
            )
        c.showPage()
    c.save()


def p03(root, Out, iso_fr, mrzdate, words_fr):
    o = Out(root, "p03")
    sur, giv, dob = "ABI NADER", "ELIE", "1991-11-05"
    as_of = "2026-11-20"
    v = {"surname": "ABI NADER", "usage_name": "", "given_names": "Élie", "sex": "M", "dob_digits": "05111991",
             "birth_city": "Beyrouth (Achrafieh)", "birth_country": "Liban", "nationality": "Libanaise",
             "street": "5 allée des Cerisiers, Bât B", "zip": "31400", "city": "Toulouse",
             "phone": "06 21 73 48 90", "email": "elie.abinader@outlook.fr", "situation": "salarie",
             "contract": "Intérim", "job": "Technicien de maintenance (mission intérim)", "place": "Toulouse",
             "date_text": "13/11/2026", "signed": True}  # fmt: skip
    pages, pos = docs2.cerfa(v, 0, "acroform", 303)
    sig = core.Page(62, 24, (255, 255, 255))
    core.sign(sig, 2, 2, 58, 20, random.Random(304), (15, 25, 100), 0.6, 5)
    sim = core.render_pil(sig, 300).convert("RGBA")
    px = [(r, g, b, 0 if r > 240 else 255) for r, g, b, _ in sim.getdata()]
    sim.putdata(px)
    buf = io.BytesIO()
    sim.save(buf, "PNG")
    buf.seek(0)
    fields = {"surname": "ABI NADER", "given_names": "ELIE", "dob": "05111991",
              "birth_city": "Beyrouth (Achrafieh)", "birth_country": "Liban",
              "nationality": "Libanaise", "street": "5 allée des Cerisiers, Bât B", "zip": "31400",
              "city": "Toulouse", "phone": "06 21 73 48 90", "email": "elie.abinader@outlook.fr",
              "job": "Technicien de maintenance (mission intérim)", "place": "Toulouse",
              "date": "13/11/2026"}  # fmt: skip
    _acroform_pdf(o.dir / "S1106_formulaire_ABI_NADER.pdf", pages, pos,
                  {"fields": fields, "checks": ["sit_salarie", "ct_Intérim"]}, Image.open(buf))  # fmt: skip
    o.add([("S1106_formulaire_ABI_NADER.pdf", [1, 2])], "application_form", "text_pdf",
          {"surname": "ABI NADER", "given_names": "Élie", "date_of_birth": dob,
           "employment_status": "employed", "signed": True, "signed_on": "2026-11-13", "nir": None},
          "fillable PDF: values in AcroForm fields (no flattening); signature image pasted; "
          "salaried, contract type Intérim ticked")  # fmt: skip
    num, exp = "LR1638204", "2029-03-02"
    mrz = core.td3("P", "LBN", sur, giv, num, "LBN", mrzdate(dob), "M", mrzdate(exp))
    pp = docs.passport({"band": (150, 20, 30), "state_name": "RÉPUBLIQUE LIBANAISE  —  LEBANESE REPUBLIC",
                            "title": "PASSEPORT", "l_type": "Type", "type_code": "P", "l_code": "Code", "state": "LBN",
                            "l_no": "No. du passeport", "number": num,
                            "fields": [("Nom / Surname", sur), ("Prénom / Given name", giv),
                                    ("Nationalité / Nationality", "LIBANAISE / LEBANESE"),
                                    ("Date de naissance / Date of birth", "05 NOV 1991"),
                                    ("Lieu de naissance / Place of birth", "ACHRAFIEH"),
                                    ("Date d'expiration / Date of expiry", "02 MAR 2029")],
                            "mrz": mrz, "skin": (190, 145, 115), "bg": (238, 230, 228)}, 31)  # fmt: skip
    o.photo("IMG_0193.JPG", pp, rot=180, long_side=3264, table=(60, 60, 66))
    o.add([("IMG_0193.JPG", [1])], "passport", "phone_photo",
          {"surname": sur, "given_names": giv, "document_number": num, "nationality": "LBN",
           "issuing_country": "LBN", "date_of_birth": dob, "sex": "M", "expiry_date": exp,
           "mrz_valid": True}, "photo upside down")  # fmt: skip
    tnum, texp = "3102784465", "2027-06-30"
    mz = core.td1("IR", "FRA", tnum, mrzdate(dob), "M", mrzdate(texp), "LBN", sur, giv)
    front = docs.id1_card(["RÉPUBLIQUE FRANÇAISE", "TITRE DE SÉJOUR"],
                          [("NOM", sur), ("PRÉNOMS", giv), ("NATIONALITÉ  SEXE", "LBN    M"),
                           ("DATE DE NAISSANCE", "05 11 1991")], 32, skin=(190, 145, 115))  # fmt: skip
    back = docs.id1_card(["CARTE DE SÉJOUR TEMPORAIRE", "TRAVAILLEUR TEMPORAIRE"],
                         [("VALABLE JUSQU'AU", "30 06 2027"), ("N°", tnum),
                          ("AUTORISE SON TITULAIRE À TRAVAILLER", "")], 33, photo=False, mrz=mz)  # fmt: skip
    o.photo("IMG_0194.JPG", front, rot=0, long_side=3264, table=(60, 60, 66))
    o.photo("IMG_0195.JPG", back, rot=90, long_side=3264, table=(60, 60, 66))
    o.add([("IMG_0194.JPG", [1]), ("IMG_0195.JPG", [1])], "residence_permit", "phone_photo",
          {"surname": sur, "given_names": giv, "document_number": tnum, "nationality": "LBN",
           "issuing_country": "FRA", "date_of_birth": dob, "sex": "M", "expiry_date": texp,
           "mrz_valid": True}, "front and back photographed separately; back rotated")  # fmt: skip
    bc = docs.lb_ikhraj({"rows": [("الشهرة", "أبي نادر"), ("الاسم", "ايلي"), ("اسم الأب", "جورج"),
                                   ("اسم الأم وشهرتها", "نوال خوري"),
                                   ("محل الولادة", "الأشرفية - بيروت"), ("تاريخ الولادة", "1991/11/05"),
                                   ("الجنس", "ذكر"), ("المذهب", "روم أرثوذكس"),
                                   ("رقم السجل", "412 / المدور"), ("الوضع العائلي", "عازب")],
                             "issued_num": "2026/06/18", "mfa_no": "58204", "mfa_date": "2026/06/22",
                             "fr_no": "2026-LG-11873", "fr_date": "25/06/2026"}, 34)  # fmt: skip
    o.image_pdf("ikhraj_qaid_legalise.pdf", bc, 200)
    o.add([("ikhraj_qaid_legalise.pdf", [1, 2])], "birth_certificate", "image_pdf",
          {"surname": "أبي نادر", "given_names": "ايلي", "date_of_birth": dob,
           "place_of_birth": "Achrafieh, Beyrouth", "issuing_country": "LBN", "language": "ar",
           "has_apostille": False},
          "Lebanon is not a Hague apostille party: legalised by the Lebanese MFA then the French "
          "embassy in Beirut (stamps on page 2); names in Arabic script")  # fmt: skip
    tr = docs.translation({
        "translator": "Mme Hala SFEIR-MARTIN", "translator_lines": [
            "Traductrice-interprète expert près la Cour d'appel de Toulouse",
            "Arabe — Français", "14 rue d'Alsace-Lorraine, 31000 Toulouse"],
        "rows": [("Nom de famille :", "ABI NADER"), ("Prénom :", "Élie"), ("Nom du père :", "Georges"),
              ("Nom et nom de famille de la mère :", "Nawal KHOURY"),
              ("Lieu de naissance :", "Achrafieh — Beyrouth"), ("Date de naissance :", "05/11/1991"),
              ("Sexe :", "Masculin"), ("Confession :", "Grec-orthodoxe"),
              ("N° du registre :", "412 / Medawar"), ("Situation familiale :", "Célibataire")],
        "tail": "Observations : néant. Beyrouth, le 18/06/2026. Le préposé à l'état civil (signature "
        "et sceau). Au verso : légalisation du Ministère des Affaires étrangères et des Émigrés "
        "n° 58204 du 22/06/2026 et de l'Ambassade de France au Liban n° 2026-LG-11873 du 25/06/2026.",
        "certif": "Je soussignée, Hala SFEIR-MARTIN, traductrice-interprète expert près la Cour d'appel "
        "de Toulouse, certifie que la présente traduction est conforme à l'original en langue arabe "
        "qui m'a été présenté.", "stamp1": "H. SFEIR-MARTIN", "stamp2": "Expert près la",
        "stamp3": "Cour d'appel de Toulouse", "signed_line": "Fait à Toulouse, le 2 juillet 2026",
        "number": "2026/0734"}, 35)  # fmt: skip
    o.image_pdf("traduction_assermentee.pdf", tr, 200)
    o.add([("traduction_assermentee.pdf", [1])], "translation", "image_pdf",
          {"surname": "ABI NADER", "given_names": "Élie", "date_of_birth": dob},
          "sworn translation of the ikhraj qaid into French")  # fmt: skip
    bills = [("août 2026", "03/09/2026", "01/08/2026", "31/08/2026", "48,27", "2026-08"),
             ("septembre 2026", "02/10/2026", "01/09/2026", "30/09/2026", "51,90", "2026-09"),
             ("octobre 2026", "04/11/2026", "01/10/2026", "31/10/2026", "63,14", "2026-10")]  # fmt: skip
    for i, (m, iss, ps, pe, amt, key) in enumerate(bills):
        fn = f"TotalEnergies_facture_{key.replace('-', '_')}.pdf"
        o.text_pdf(fn, [_total(m, iss, ps, pe, amt, f"1020{i}7745{i}38")], "Facture")
        o.add([(fn, [1])], "utility_bill", "text_pdf",
              {"provider": "TotalEnergies", "service": "electricity", "holder_name": "ELIE ABI NADER",
               "address": "5 allée des Cerisiers, Bât B, 31400 Toulouse", "issue_date": iso(iss),
               "period_start": iso(ps), "period_end": iso(pe), "amount": amt.replace(",", ".")},
              f"month {key}")  # fmt: skip
    iban, rk = core.fr_iban("30002", "00612", "0000448127K")
    rp = docs2.rib_page({"color": (0, 60, 140), "bank": "LCL", "bank_sub": "Le Crédit Lyonnais",
                             "title": "Relevé d'Identité Bancaire", "holder_label": "Intitulé du compte",
                             "holder_lines": ["M ABI NADER ELIE", "5 ALLEE DES CERISIERS BAT B",
                                           "31400 TOULOUSE"],
                             "branch_lines": ["LCL TOULOUSE RANGUEIL", "(00612)"], "bank_code": "30002",
                             "branch": "00612", "account": "0000448127K", "key": rk, "iban": iban, "bic": "CRLYFRPP"})  # fmt: skip
    o.image_pdf("scan_0007.pdf", [rp], 150)
    o.add([("scan_0007.pdf", [1])], "rib", "image_pdf",
          {"holder_name": "ABI NADER ELIE", "iban": iban, "bic": "CRLYFRPP", "bank_name": "LCL",
           "iban_valid": True, "rib_key_valid": True}, "account number contains a letter (K)")  # fmt: skip
    return {
        "as_of": as_of,
        "employed": True,
        "status": "incomplete",
        "o": o,
        "defect": "employed (form: salarié, intérim) but no employment contract / mission "
        "contract and no payslip in the packet",
        "applicant": {"surname": sur, "given_names": giv, "date_of_birth": dob},
        "req": {"employment": "missing"},
    }


from packets3 import p04  # noqa: F401
