"""Shared helpers for set_ce packets: packet folder, truth fields, passport styles, bill brands."""

import json
import random

import ce_docs as cd
from ce_kit import place_on_a4, scan_look, to_image

P_STYLE = {
    "USA": {
        "paper": (232, 236, 244),
        "tint": (205, 214, 232),
        "ink": (40, 50, 100),
        "months": cd.MON_EN,
        "title": "PASSPORT  PASSEPORT  PASAPORTE",
        "sub": "UNITED STATES OF AMERICA",
        "labels": [
            "Type / Type / Tipo",
            "Surname / Nom / Apellidos",
            "Given Names / Prénoms / Nombres",
            "Nationality / Nationalité",
            "Date of birth / Date de naissance",
            "Place of birth / Lieu de naissance",
            "Sex / Sexe",
            "Date of issue / Date de délivrance",
            "Date of expiration / Date d'expiration",
            "Authority / Autorité",
            "Passport No. / No. du Passeport",
        ],
    },
    "GIN": {
        "paper": (236, 240, 228),
        "tint": (210, 222, 200),
        "ink": (30, 80, 50),
        "months": cd.MON_FR,
        "title": "RÉPUBLIQUE DE GUINÉE",
        "sub": "PASSEPORT / PASSPORT",
        "labels": [
            "Type",
            "Nom / Surname",
            "Prénoms / Given names",
            "Nationalité / Nationality",
            "Date de naissance / Date of birth",
            "Lieu de naissance / Place of birth",
            "Sexe / Sex",
            "Date de délivrance / Date of issue",
            "Date d'expiration / Date of expiry",
            "Autorité / Authority",
            "N° du passeport / Passport No.",
        ],
    },
    "LKA": {
        "paper": (238, 232, 240),
        "tint": (220, 205, 225),
        "ink": (90, 40, 70),
        "months": cd.MON_EN,
        "numeric": True,
        "title": "DEMOCRATIC SOCIALIST REPUBLIC OF SRI LANKA",
        "sub": "PASSPORT",
        "labels": [
            "Type",
            "Surname",
            "Other Names",
            "Nationality",
            "Date of Birth",
            "Place of Birth",
            "Sex",
            "Date of Issue",
            "Date of Expiry",
            "Authority",
            "Passport No.",
        ],
    },
    "PER": {
        "paper": (240, 234, 230),
        "tint": (228, 210, 205),
        "ink": (130, 30, 40),
        "months": cd.MON_ES,
        "title": "REPÚBLICA DEL PERÚ",
        "sub": "PASAPORTE / PASSPORT",
        "labels": [
            "Tipo / Type",
            "Apellidos / Surname",
            "Nombres / Given names",
            "Nacionalidad / Nationality",
            "Fecha de nacimiento / Date of birth",
            "Lugar de nacimiento / Place of birth",
            "Sexo / Sex",
            "Fecha de expedición / Date of issue",
            "Fecha de caducidad / Date of expiry",
            "Autoridad / Authority",
            "Pasaporte N° / Passport No.",
        ],
    },
}


class Packet:
    def __init__(self, out, name, seed):
        self.dir = out / "packets" / name
        self.dir.mkdir(parents=True, exist_ok=True)
        self.name, self.docs = name, []
        self.rng = random.Random(seed)

    def r(self):
        return random.Random(self.rng.randrange(1 << 30))

    def jpg(self, img, fn, q=88):
        img.save(self.dir / fn, "JPEG", quality=q)

    def doc(self, files, typ, look, fields, notes=""):
        fl = [{"path": f, "pages": p} for f, p in files]
        self.docs.append({"files": fl, "type": typ, "look": look, "fields": fields, "notes": notes})


def idf(p, num, mrz_ok=True, nat=None):
    return {
        "surname": p["sur"].upper(),
        "given_names": p["giv"].upper(),
        "document_number": num,
        "nationality": nat or p["nat3"],
        "issuing_country": p.get("iss3", "FRA"),
        "date_of_birth": p["dob"].isoformat(),
        "sex": p["sex"],
        "mrz_valid": mrz_ok,
    }


def bill_fields(b, service):
    return {
        "provider": b["provider"],
        "service": service,
        "holder_name": b["holder"],
        "address": f"{b['addr1']}, {b['cp']} {b['city']}",
        "issue_date": b["issue"].isoformat(),
        "period_start": b["p_start"].isoformat(),
        "period_end": b["p_end"].isoformat(),
        "amount": b["amount"],
        "month": b["p_start"].strftime("%Y-%m"),
    }


def rib_fields(holder, iban, bic, bank, key_ok):
    return {
        "holder_name": holder,
        "iban": iban,
        "bic": bic,
        "bank_name": bank,
        "iban_valid": True,
        "rib_key_valid": key_ok,
    }


def form_fields(v, employed, situation, contract=None):
    return {
        "surname": v["surname"],
        "usage_name": None,
        "given_names": v["given"].upper(),
        "sex": v["sex"],
        "date_of_birth": v["dob"].isoformat(),
        "employment_status": "employed" if employed else "not_employed",
        "situation": situation,
        "contract_type": contract,
        "signed": True,
        "signed_on": v["date"].isoformat(),
        "date_text": v["date_text"],
        "place": v["place"],
        "nir": None,
    }


BILL_COMMON = {
    "edf": {
        "provider": "EDF",
        "brand": "EDF",
        "color": (16, 55, 150),
        "fonts": ("arial", "arialb"),
        "doc_title": "Facture d'électricité",
        "total_label": "Montant total à payer",
        "legal": "EDF SA – 22-30 avenue de Wagram 75382 Paris cedex 08 – SA au capital de "
        "2 084 365 041 € – RCS Paris 552 081 317",
        "detail_title": "Détail de votre facture",
        "footer": "Électricité – Offre Tarif Bleu. "
        "Service client : 09 69 32 15 15 (appel non surtaxé). edf.fr",
        "info": [
            "En cas de litige, vous pouvez saisir le médiateur national de l'énergie.",
            "Votre électricité est issue de sources renouvelables à hauteur de 24 %.",
        ],
    },
    "total": {
        "provider": "TotalEnergies",
        "brand": "TotalEnergies",
        "color": (226, 35, 26),
        "fonts": ("lato", "latob"),
        "doc_title": "Votre facture",
        "total_label": "Total à payer",
        "legal": "TotalEnergies Électricité et Gaz France – SA au capital de 434 680 €, "
        "RCS Nanterre 451 406 713",
        "detail_title": "Votre consommation d'électricité",
        "footer": "TotalEnergies Électricité et Gaz France – 2 bis rue Louis Armand 75015 "
        "Paris. Service client 09 70 80 69 69.",
        "info": [
            "Prélèvement automatique : le montant sera prélevé le 20 du mois.",
            "Retrouvez vos factures dans votre Espace Client totalenergies.fr.",
        ],
    },
    "sfr": {
        "provider": "SFR",
        "brand": "SFR",
        "color": (226, 0, 26),
        "fonts": ("roboto", "robotob"),
        "doc_title": "Facture SFR Box",
        "total_label": "Montant de votre facture",
        "legal": "SFR – SA au capital de 3 423 265 598,40 € – 16 rue du Général Alain de "
        "Boissieu 75015 Paris – RCS Paris 343 059 564",
        "detail_title": "Votre abonnement",
        "footer": "SFR Box Fibre – Assistance 1023. sfr.fr/espace-client",
        "info": [
            "Votre ligne fixe et votre accès internet sont inclus dans votre offre.",
            "Montant prélevé sur votre compte à partir du 12 du mois.",
        ],
    },
    "bytel": {
        "provider": "Bouygues Telecom",
        "brand": "Bouygues Telecom",
        "color": (0, 157, 204),
        "fonts": ("open", "openb"),
        "doc_title": "Facture Forfait Mobile",
        "total_label": "Total à payer",
        "legal": "Bouygues Telecom – SA au capital de "
        "1 147 710 822,94 € – 37-39 rue Boissière 75116 Paris – RCS Paris 397 480 930",
        "detail_title": "Votre forfait B&You",
        "footer": "Service client 614 depuis votre mobile. bouyguestelecom.fr",
        "info": [
            "Votre forfait inclut appels, SMS/MMS illimités et 100 Go en France.",
            "Prélèvement le 8 du mois suivant.",
        ],
    },
}


def mkbill(key, holder, a, issue, p_start, p_end, amount, number, client, items, site, pay):
    b = dict(BILL_COMMON[key])
    b.update(
        holder=holder,
        addr1=a["addr1"],
        cp=a["cp"],
        city=a["city"],
        issue=issue,
        p_start=p_start,
        p_end=p_end,
        amount=amount,
        number=number,
        client=client,
        items=items,
        site_line=site,
        pay_line=pay,
    )
    return b


def card_scan(pk, fronts, dpi=300):
    imgs = [to_image(p, dpi) for p in fronts]
    return scan_look(place_on_a4(imgs, dpi, pk.r()), pk.r())


def write_truth(out, pk, truth):
    truth["documents"] = pk.docs
    listed = sorted({f["path"] for d in pk.docs for f in d["files"]})
    on_disk = sorted(p.name for p in pk.dir.iterdir())
    assert listed == on_disk, (listed, on_disk)
    (out / "packets" / f"{pk.name}.truth.json").write_text(
        json.dumps(truth, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
