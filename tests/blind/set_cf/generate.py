"""Blind set set_cf: four whole PUMa packets (Algeria, Gabon, Lebanon, Chile).

Usage: generate.py OUT_DIR
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

from PIL import Image

sys.path.insert(0, str(Path(__file__).resolve().parent))

import core
import docs
import docs2
import packets2
from core import render_pil


class Out:
    """Writes the files of one packet and collects truth documents."""

    def __init__(self, root: Path, name: str):
        self.dir = root / "packets" / name
        self.dir.mkdir(parents=True, exist_ok=True)
        self.name = name
        self.docs = []

    def rng(self, key):
        return random.Random(core.seed_of("set_cf", self.name, key))

    def text_pdf(self, fname, pages, title="document"):
        core.write_text_pdf(self.dir / fname, pages, title)

    def image_pdf(self, fname, pages, dpi=200):
        rng = self.rng(fname)
        core.write_image_pdf(self.dir / fname, [core.scan_image(p, rng, dpi) for p in pages], dpi)

    def scan(self, fname, page, dpi=200):
        img = core.scan_image(page, self.rng(fname), dpi)
        if fname.endswith(".png"):
            img.save(self.dir / fname, dpi=(dpi, dpi))
        else:
            core.save_jpeg(img, self.dir / fname, 88, dpi)

    def flatbed(self, fname, cards, dpi=300, as_pdf=False):
        """Cards (passport page, ID card faces) laid on an A4 flatbed scanner."""
        rng = self.rng(fname)
        k = dpi / 25.4
        sheet = Image.new("RGB", (int(210 * k), int(297 * k)), (250, 250, 248))
        y = 12
        for c in cards:
            im = render_pil(c, dpi)
            sheet.paste(im, (int(rng.uniform(8, 16) * k), int(y * k)))
            y += c.h + rng.uniform(8, 16)
        img = core.paperize(sheet, rng, 244, 0.8)
        if as_pdf:
            core.write_image_pdf(self.dir / fname, [img], dpi)
        else:
            core.save_jpeg(img, self.dir / fname, 86, dpi)

    def photo(self, fname, page, rot=0, dpi=None, long_side=3264, table=(92, 70, 52)):
        dpi = dpi or max(120, int(2600 / (max(page.w, page.h) / 25.4)))
        img = render_pil(page, dpi)
        core.save_jpeg(
            core.phone_photo(img, self.rng(fname), long_side, rot, table), self.dir / fname, 87
        )

    def add(self, files, dtype, look, fields, notes=""):
        fl = [{"path": f, "pages": pg} for f, pg in files]
        self.docs.append(
            {"files": fl, "type": dtype, "look": look, "fields": fields, "notes": notes}
        )


def iso_fr(d: str) -> str:
    y, m, dd = d.split("-")
    return f"{dd}/{m}/{y}"


def mrzdate(d: str) -> str:
    return d[2:4] + d[5:7] + d[8:10]


MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
        "octobre", "novembre", "décembre"]  # fmt: skip


def words_fr(d: str) -> str:
    y, m, dd = d.split("-")
    return f"{int(dd)} {MOIS[int(m) - 1]} {y}"


# ================================================================ p01 Algeria
def p01(root: Path) -> dict:
    o = Out(root, "p01")
    sur, giv, dob = "BENMANSOUR", "MOHAMED-AMINE", "1996-03-14"
    as_of = "2026-11-24"
    addr = ["27 rue de la Fontaine au Roi", "75011 PARIS"]
    # form: typed on screen, printed, signed by hand, scanned to PDF
    v = {"surname": sur, "usage_name": "", "given_names": "Mohamed-Amine", "sex": "M", "dob_digits": "14031996",
             "birth_city": "Oran", "birth_country": "Algérie", "nationality": "Algérienne",
             "street": "27 rue de la Fontaine au Roi", "zip": "75011", "city": "Paris", "phone": "07 58 31 20 94",
             "email": "m.benmansour96@gmail.com", "situation": "salarie", "contract": "CDI",
             "job": "Développeur informatique", "place": "Paris", "date_text": "16/11/2026", "signed": True,
             "date_by_hand": True}  # fmt: skip
    pages, _ = docs2.cerfa(v, 1, "typed_print", 101)
    o.image_pdf("Formulaire_S1106_rempli.pdf", pages, 200)
    o.add([("Formulaire_S1106_rempli.pdf", [1, 2])], "application_form", "image_pdf",
          {"surname": sur, "given_names": giv, "date_of_birth": dob, "employment_status": "employed",
           "signed": True, "signed_on": "2026-11-16", "nir": None},
          "typed then printed; date written by hand '16/11/2026'; signature pen strokes")  # fmt: skip
    # passport DZA (TD3), phone photo
    num, exp = "197845612", "2031-02-09"
    mrz = core.td3("P", "DZA", sur, giv, num, "DZA", mrzdate(dob), "M", mrzdate(exp))
    pp = docs.passport(
        {"band": (20, 110, 60), "state_name": "RÉPUBLIQUE ALGÉRIENNE DÉMOCRATIQUE ET POPULAIRE",
             "title": "PASSEPORT", "l_type": "Type", "type_code": "P", "l_code": "Code du pays", "state": "DZA",
             "l_no": "N° du passeport", "number": num, "red_no": True,
             "fields": [("Nom / Surname", sur), ("Prénoms / Given names", "MOHAMED-AMINE"),
                     ("Nationalité / Nationality", "ALGERIENNE"),
                     ("Date de naissance / Date of birth", "14/03/1996"),
                     ("Lieu de naissance / Place of birth", "ORAN"),
                     ("Sexe / Sex        Date d'expiration / Date of expiry", "M                 09/02/2031")],
             "mrz": mrz, "skin": (175, 125, 95)}, 11)  # fmt: skip
    o.photo("IMG_20261116_201533.jpg", pp, rot=90, long_side=4000)
    o.add([("IMG_20261116_201533.jpg", [1])], "passport", "phone_photo",
          {"surname": sur, "given_names": giv, "document_number": num, "nationality": "DZA",
           "issuing_country": "DZA", "date_of_birth": dob, "sex": "M", "expiry_date": exp,
           "mrz_valid": True}, "photo rotated 90 degrees")  # fmt: skip
    # certificat de résidence algérien (ID-1, TD1), flatbed scan of both faces
    tnum, texp = "7501843926", "2027-04-19"
    mz = core.td1("IR", "FRA", tnum, mrzdate(dob), "M", mrzdate(texp), "DZA", sur, giv)
    front = docs.id1_card(["RÉPUBLIQUE FRANÇAISE", "TITRE DE SÉJOUR"],
                          [("NOM", sur), ("PRÉNOMS", "MOHAMED-AMINE"), ("NATIONALITÉ  SEXE", "DZA    M"),
                           ("DATE DE NAISSANCE", "14 03 1996")], 12)  # fmt: skip
    back = docs.id1_card(["TYPE DE TITRE", "CERTIFICAT DE RÉSIDENCE ALGÉRIEN — SALARIÉ"],
                         [("VALABLE DU  AU", "20 04 2026   19 04 2027"), ("N°", tnum)], 13,
                         photo=False, mrz=mz)  # fmt: skip
    o.flatbed("titre_sejour_recto_verso.jpg", [front, back], 300)
    o.add([("titre_sejour_recto_verso.jpg", [1])], "residence_permit", "scan",
          {"surname": sur, "given_names": giv, "document_number": tnum, "nationality": "DZA",
           "issuing_country": "FRA", "date_of_birth": dob, "sex": "M", "expiry_date": texp,
           "mrz_valid": True},
          "certificat de résidence algérien (Franco-Algerian accord 1968), both faces on one scan; "
          "10-digit number overflows into the TD1 optional field")  # fmt: skip
    # birth certificate S12 bilingual, image pdf
    bc = docs.dz_s12({"act_no": "01287", "act_year": "1996", "surname": sur, "surname_ar": "بن منصور",
                          "given": "Mohamed-Amine", "given_ar": "محمد أمين",
                          "dob_fr": "14 mars 1996 à 10h30", "dob_ar": "14 مارس 1996",
                          "place": "Oran", "place_ar": "وهران", "sex_fr": "Masculin", "sex_ar": "ذكر",
                          "father": "Benmansour Abdelkader", "father_ar": "بن منصور عبد القادر",
                          "mother": "Hadj Ali Fatiha", "mother_ar": "حاج علي فتيحة",
                          "issued_fr": "08/07/2026", "issued_num": "2026/07/08"}, 14)  # fmt: skip
    o.image_pdf("extrait_naissance_12S.pdf", [bc], 200)
    o.add([("extrait_naissance_12S.pdf", [1])], "birth_certificate", "image_pdf",
          {"surname": sur, "given_names": "Mohamed-Amine", "date_of_birth": dob,
           "place_of_birth": "Oran", "issuing_country": "DZA", "language": "fr+ar",
           "has_apostille": False},
          "Algerian S12 extract, bilingual; Algeria is exempt from legalisation/apostille "
          "(Franco-Algerian judicial convention of 1962)")  # fmt: skip
    # lease, text pdf
    lp = docs2.lease({"landlord": "SCI LES TILLEULS", "landlord_addr": "12 avenue Parmentier 75011 Paris",
                          "agency": "Agence Oberkampf Immobilier, 64 rue Oberkampf 75011 Paris",
                          "tenant_text": "Monsieur Mohamed-Amine BENMANSOUR, né le 14/03/1996 à Oran "
                          "(Algérie)", "address": "27 rue de la Fontaine au Roi, 75011 Paris, 3e "
                          "étage gauche", "surface": "31,5", "rooms": "2", "start_text": "1er mai 2026",
                          "rent": "1 045,00", "charges": "85,00", "city": "Paris",
                          "signed_text": "24 avril 2026", "seed": 15})  # fmt: skip
    o.text_pdf("Bail_Fontaine_au_Roi_signe.pdf", lp, "Bail")
    o.add([("Bail_Fontaine_au_Roi_signe.pdf", [1, 2, 3])], "lease", "text_pdf",
          {"tenant_names": ["Mohamed-Amine BENMANSOUR"], "landlord": "SCI LES TILLEULS",
           "address": "27 rue de la Fontaine au Roi, 75011 Paris", "start_date": "2026-05-01"},
          "bail loi 1989 (modèle type), start 1er mai 2026")  # fmt: skip
    # payslip October 2026 (text pdf) and CDI first page
    nir, key = core.nir_make(1, 96, 3, "99", "352", 417)
    ps = docs2.payslip({"ps": "01/10/2026", "pe": "31/10/2026", "paid": "30/10/2026",
                            "employer": "NOVALYS SYSTÈMES SAS",
                            "employer_lines": ["18 rue du Faubourg du Temple", "75010 PARIS",
                                            "SIRET : 842 316 597 00024", "Code APE : 6201Z"],
                            "employee_print": "M. BENMANSOUR Mohamed-Amine",
                            "employee_lines": addr + [(f"N° SS : {nir[0]} {nir[1:3]} {nir[3:5]} "
                                                   f"{nir[5:7]} {nir[7:10]} {nir[10:]} {key}")],
                            "info": [("Emploi", "Développeur informatique"), ("Statut", "Cadre"),
                                  ("Contrat", "CDI — entrée le 27/04/2026"),
                                  ("Convention collective", "Syntec (IDCC 1486)")],
                            "rows": [("Salaire de base", "151,67", "21,0977", "3 200,00"),
                                  ("Santé", "3 200,00", "", "-48,20"),
                                  ("Retraite", "3 200,00", "", "-368,45"),
                                  ("Assurance chômage", "", "", "0,00"),
                                  ("CSG/CRDS", "3 144,00", "9,70", "-304,97"),
                                  ("Titres-restaurant", "", "", "-63,00")],
                            "net_before": "2 415,38", "pas": "-98,63", "net": "2 316,75"})  # fmt: skip
    o.text_pdf("bulletin_paie_2026_10.pdf", [ps], "Bulletin de paie")
    o.add([("bulletin_paie_2026_10.pdf", [1])], "payslip", "text_pdf",
          {"employer": "NOVALYS SYSTÈMES SAS", "employee_name": "BENMANSOUR Mohamed-Amine",
           "period": "2026-10", "net_pay": "2316.75", "siret": "84231659700024"},
          "shows a NIR attributed via the employer (valid key); the form leaves it blank")  # fmt: skip
    # RIB Société Générale, text pdf
    iban, rk = core.fr_iban("30003", "03180", "00050318724")
    rp = docs2.rib_page({"color": (225, 0, 15), "bank": "SOCIETE GENERALE", "bank_sub": "Agence PARIS REPUBLIQUE",
                             "title": "RELEVÉ D'IDENTITÉ BANCAIRE", "holder_label": "Titulaire du compte",
                             "holder_lines": ["M MOHAMED-AMINE BENMANSOUR"] + addr,
                             "branch_lines": ["SG PARIS REPUBLIQUE", "2 PLACE DE LA REPUBLIQUE", "75003 PARIS"],
                             "bank_code": "30003", "branch": "03180", "account": "00050318724", "key": rk, "iban": iban,
                             "bic": "SOGEFRPP"})  # fmt: skip
    o.text_pdf("RIB_SG.pdf", [rp], "RIB")
    o.add([("RIB_SG.pdf", [1])], "rib", "text_pdf",
          {"holder_name": "MOHAMED-AMINE BENMANSOUR", "iban": iban, "bic": "SOGEFRPP",
           "bank_name": "Société Générale", "iban_valid": True, "rib_key_valid": True})  # fmt: skip
    return {
        "as_of": as_of,
        "employed": True,
        "status": "complete",
        "defect": None,
        "o": o,
        "applicant": {"surname": sur, "given_names": giv, "date_of_birth": dob},
        "req": {"employment": "complete", "residence_status": "complete"},
    }


if __name__ == "__main__":
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    names = []
    for fn in (p01, packets2.p02, packets2.p03, packets2.p04):
        r = fn(out) if fn is p01 else fn(out, Out, iso_fr, mrzdate, words_fr)
        o = r["o"]
        req = {k: "complete" for k in ("application_form", "identity", "residence_status",
                                       "birth_certificate", "residence_proof", "bank_details",
                                       "employment")}  # fmt: skip
        req.update(r["req"])
        truth = {"as_of": r["as_of"], "employed": r["employed"], "status": r["status"],
                 "requirements": req, "defect": r["defect"], "applicant": r["applicant"],
                 "documents": o.docs}  # fmt: skip
        on_disk = sorted(f.name for f in o.dir.iterdir())
        listed = sorted({f["path"] for d in o.docs for f in d["files"]})
        assert on_disk == listed, (o.name, on_disk, listed)
        (out / "packets" / f"{o.name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
        names.append(o.name)
    (out / "manifest.json").write_text(
        json.dumps({"packets": names, "documents": []}, indent=2) + "\n"
    )
