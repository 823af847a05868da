"""Packet writer, look helpers, bill data and truth writer shared by the packets."""

import json
import os
import random

import cv2

from util import (
    card_on_page,
    fr_date,
    iban_ok,
    image_pdf,
    render,
    rib_key,
    save_jpg,
    scan_look,
)

cv2.setNumThreads(1)
HERE = os.path.dirname(os.path.abspath(__file__))


class Packet:
    def __init__(self, out, name, seed):
        self.name = name
        self.dir = os.path.join(out, "packets", name)
        os.makedirs(self.dir, exist_ok=True)
        self.rng = random.Random(seed)
        self.docs = []

    def path(self, fname):
        return os.path.join(self.dir, fname)

    def text_pdf(self, fname, pdf):
        with open(self.path(fname), "wb") as f:
            f.write(pdf)

    def scan_pdf(self, fname, pages, dpi=200):
        with open(self.path(fname), "wb") as f:
            f.write(image_pdf(pages, dpi=dpi))

    def jpg(self, fname, img, q=88):
        save_jpg(self.path(fname), img, q)

    def doc(self, files, typ, look, fields, notes=""):
        fl = [{"path": p, "pages": pg} for p, pg in files]
        self.docs.append({"files": fl, "type": typ, "look": look, "fields": fields, "notes": notes})


def scan_pages(pdf, rng, dpi=200):
    return [scan_look(p, rng) for p in render(pdf, dpi)]


def scan_card(pdf_pages, rng, dpi=300):
    """Cards / passport pages photocopied on an A4 page at dpi."""
    imgs = [render(p, dpi)[0] for p in pdf_pages]
    page = card_on_page(imgs, (int(8.27 * dpi), int(11.69 * dpi)), rng)
    return scan_look(page, rng)


def scan_item(pdf, rng, dpi=300, margin=0.12):
    img = render(pdf, dpi)[0]
    h, w = img.shape[:2]
    bed = (int(h * (1 + 2 * margin)), int(w * (1 + 2 * margin)))
    return scan_look(img, rng, bed=bed)


def id_fields(surname, given, number, nat, issuer, dob, sex, expiry, mrz_valid=True, **kw):
    d = {"surname": surname, "given_names": given, "document_number": number, "nationality": nat,
             "issuing_country": issuer, "date_of_birth": dob, "sex": sex, "expiry_date": expiry,
             "mrz_valid": mrz_valid}  # fmt: skip
    d.update(kw)
    return d


def check_iban(iban, bank, branch, account, key):
    assert iban_ok(iban) and rib_key(bank, branch, account) == key == iban[-2:]


def thai_pid(d12):
    s = sum(int(d) * (13 - i) for i, d in enumerate(d12))
    return d12 + str((11 - s % 11) % 10)


def bill_data(brand, holder, addr_lines, month, issue, amount, rng, **kw):
    y, m = month.split("-")
    last = {"02": 28, "04": 30, "06": 30, "09": 30, "11": 30}.get(m, 31)
    start, end = f"{y}-{m}-01", f"{y}-{m}-{last}"
    ht = round(float(amount) / 1.2, 2)
    tva = round(float(amount) - ht, 2)
    base = {"brand": brand, "holder_print": holder, "addr_lines": addr_lines, "issue": issue,
                "amount": amount, "bill_no": kw.get("no", str(rng.randint(10**9, 10**10 - 1))),
                "totals": [("Total HT", f"{ht:.2f} €".replace(".", ",")),
                        ("TVA", f"{tva:.2f} €".replace(".", ",")),
                        ("Total TTC", f"{float(amount):.2f} €".replace(".", ","))]}  # fmt: skip
    lab = f"Période du {fr_date(start)} au {fr_date(end)}"
    if brand == "edf":
        base.update(title="Votre facture d'électricité", refs=[
            ("Référence client", kw["client"]), ("Compte de facturation", kw["account"]),
            ("Offre", "Tarif Bleu - Option Base 6 kVA"), ("PDL", kw["pdl"]),
            ("Adresse de consommation", ", ".join(addr_lines))],
            period_label="Consommation d'électricité - " + lab,
            lines=[["Abonnement (1 mois)", "1", "15,65", "15,65"],
                   ["Consommation Base", f"{kw['kwh']} kWh", "0,2016", kw["cons"]],
                   ["Accise sur l'électricité", f"{kw['kwh']} kWh", "0,0337", kw["acc"]]],
            pay_line="Prélevé le " + fr_date(kw["debit"]) + " sur votre compte",
            footer="EDF SA au capital de 2 084 365 041 € - 22-30 avenue de Wagram 75382 Paris "
            "cedex 08 - RCS Paris 552 081 317. Service client : 09 69 32 15 15 (appel non "
            "surtaxé). Médiateur national de l'énergie : www.energie-mediateur.fr")  # fmt: skip
    elif brand == "orange":
        base.update(
            title="Votre facture Orange",
            refs=[
                ("Numéro de compte", kw["account"]),
                ("Ligne fixe", kw["line"]),
                ("Offre", "Livebox Fibre - 500 Mb/s"),
            ],
            period_label="Internet - " + lab,
            lines=[
                ["Forfait Livebox Fibre", "1", "31,66", "31,66"],
                ["Location décodeur TV", "1", "0,00", "0,00"],
            ],
            pay_line="Prélevé le " + fr_date(kw["debit"]),
            footer="Orange SA au capital de 10 640 226 396 € - 111 quai du Président Roosevelt "
            "92130 Issy-les-Moulineaux - 380 129 866 RCS Nanterre. Service client 3900.",
        )
    elif brand == "red":
        base.update(
            title="Votre facture RED by SFR",
            refs=[
                ("N° client", kw["client"]),
                ("Ligne mobile", kw["line"]),
                ("Forfait", "RED 100 Go 5G"),
            ],
            period_label="Mobile - " + lab,
            lines=[
                ["Forfait RED 100 Go", "1", "10,83", "10,83"],
                ["Hors forfait", "0", "-", "0,00"],
            ],
            pay_line="Payé par carte bancaire le " + fr_date(kw["debit"]),
            footer="SFR - Société Française du Radiotéléphone, SA au capital de 3 423 265 598,40 €"
            " - 16 rue du Général Alain de Boissieu 75015 Paris - RCS Paris 343 059 564.",
        )
    else:
        base.update(title="Facture mensuelle - Électricité", refs=[
            ("Référence client", kw["client"]), ("PDL", kw["pdl"]),
            ("Offre", "Électricité verte - prix fixe 1 an"),
            ("Lieu de consommation", ", ".join(addr_lines))],
            period_label="Électricité - " + lab,
            lines=[["Abonnement", "1 mois", "14,10", "14,10"],
                   ["Consommation", f"{kw['kwh']} kWh", "0,1948", kw["cons"]],
                   ["Accise, CTA", "", "", kw["acc"]]],
            pay_line="Prélèvement le " + fr_date(kw["debit"]),
            footer="ekWateur SAS - 22 rue Pasteur 92300 Levallois-Perret - RCS Nanterre "
            "818 770 976. Service client : 09 77 40 66 66. www.ekwateur.fr")  # fmt: skip
    fields = {"provider": kw["provider"], "service": kw["service"], "holder_name": kw["holder_name"],
                  "address": ", ".join(addr_lines), "issue_date": issue, "period_start": start,
                  "period_end": end, "amount": float(amount), "month": month}  # fmt: skip
    return base, fields


def truth(pk, as_of, employed, reqs, defect, applicant):
    status = "complete"
    if any(v in ("invalid", "missing") for v in reqs.values()):
        status = "incomplete"
    elif any(v == "questionable" for v in reqs.values()):
        status = "questionable"
    order = ["application_form", "identity", "residence_status", "birth_certificate",
             "residence_proof", "bank_details", "employment"]  # fmt: skip
    t = {"as_of": as_of, "employed": employed, "status": status,
             "requirements": {k: reqs[k] for k in order}, "defect": defect, "applicant": applicant,
             "documents": pk.docs}  # fmt: skip
    with open(pk.dir + ".truth.json", "w", encoding="utf-8") as f:
        json.dump(t, f, ensure_ascii=False, indent=2)
        f.write("\n")
