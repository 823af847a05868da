"""Blind set set_x: three CPAM/PUMa packets (two in order, one with one defect).

Usage: /work/main/.venv/bin/python generate.py OUT_DIR
"""

from __future__ import annotations

import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import gx_base as B  # noqa: E402
import gx_form as GF  # noqa: E402
import gx_ids as GI  # noqa: E402
import gx_papers as GP  # noqa: E402
from gx_packet3 import P03  # noqa: E402
from gx_packets import P01, P02  # noqa: E402


class Packet:
    def __init__(self, out: str, name: str, spec: dict):
        self.dir = os.path.join(out, "packets", name)
        os.makedirs(self.dir, exist_ok=True)
        self.out, self.name, self.spec = out, name, spec
        self.docs: list = []
        self.rng = random.Random("set_x/" + name)

    def sub(self, tag: str) -> random.Random:
        return random.Random(f"set_x/{self.name}/{tag}")

    def add(self, files, dtype, look, fields, notes=""):
        files = [{"path": f, "pages": pg} for f, pg in files]
        self.docs.append(
            {"files": files, "type": dtype, "look": look, "fields": fields, "notes": notes}
        )

    # writers ---------------------------------------------------------------------------------
    def text_pdf(self, fname, pages):
        B.pdf_pages(os.path.join(self.dir, fname), pages)

    def image_pdf(self, fname, imgs, tag):
        rng = self.sub(tag)
        scans = [B.scan_look(im, rng) for im in imgs]
        B.pdf_pages(os.path.join(self.dir, fname), scans, images=True, dpi=200)

    def photo(self, fname, img, tag, rot=0, long_side=3264):
        rng = self.sub(tag)
        B.save_jpeg(B.phone_look(img, rng, long_side, rot), os.path.join(self.dir, fname), 86)

    def scan_jpg(self, fname, img, tag, dpi=200):
        B.save_jpeg(B.scan_look(img, self.sub(tag)), os.path.join(self.dir, fname), 85, dpi)

    def png(self, fname, page):
        page.render(254).save(os.path.join(self.dir, fname), "PNG")

    def truth(self):
        s = self.spec
        t = {
            "as_of": s["as_of"],
            "employed": s["employed"],
            "status": s["status"],
            "requirements": s["requirements"],
            "defect": s["defect"],
            "applicant": s["applicant"],
            "documents": self.docs,
        }
        with open(os.path.join(self.out, "packets", self.name + ".truth.json"), "w") as f:
            json.dump(t, f, ensure_ascii=False, indent=2)
            f.write("\n")


def a4_cards(cards, dpi=200):
    """Cards (Page objects) laid on one A4 as on a copier glass."""
    imgs = [(c.render(dpi), x, y) for c, x, y in cards]
    return B.on_a4(None, dpi, imgs)


def form_fields(v, employed):
    return {
        "surname": v["surname"],
        "usage_name": v.get("usage"),
        "given_names": v["given"],
        "sex": v["sex"],
        "date_of_birth": v["dob"],
        "employment_status": "employed" if employed else "not_employed",
        "situation": v["situation"],
        "contract_type": v.get("contract"),
        "signed": True,
        "signed_on": v["signed_on"],
        "date_text": v["date_text"],
        "place": v["place"],
        "nir": None,
    }


def bill_fields(b, provider, service):
    return {
        "provider": provider,
        "service": service,
        "holder_name": b["holder_truth"],
        "address": b["addr_truth"],
        "issue_date": b["issue"],
        "period_start": b["start"],
        "period_end": b["end"],
        "month": b["start"][:7],
        "amount": b["amount"],
    }


def build_p01(out):
    s = P01
    k = Packet(out, "p01", s)
    f = s["form"]
    pages = GF.form_pages(f, "hand", 101)
    k.image_pdf("formulaire_cpam.pdf", [p.render(200) for p in pages], "form")
    k.add(
        [("formulaire_cpam.pdf", [1, 2])],
        "application_form",
        "image_pdf",
        form_fields(f, False),
        "handwritten S1106, scanned; section B 'sans activité' ticked",
    )
    pp, pf = GI.passport_page(s["passport"], 111)
    k.photo("IMG_20261112_183402.jpg", pp.render(300), "pass", rot=90)
    k.add(
        [("IMG_20261112_183402.jpg", [1])],
        "passport",
        "phone_photo",
        pf,
        "Algerian passport data page photographed on a table, image rotated 90°",
    )
    fr, bk, rf = GI.id1_card(s["permit"], 121, "IR")
    k.photo("titre_sejour_recto.jpg", fr.render(400), "permit_f", long_side=3000)
    k.photo("titre_sejour_verso.jpg", bk.render(400), "permit_b", rot=270, long_side=3000)
    k.add(
        [("titre_sejour_recto.jpg", [1]), ("titre_sejour_verso.jpg", [1])],
        "residence_permit",
        "phone_photo",
        rf,
        "certificat de résidence algérien (Algerians get no VLS-TS: 1968 agreement); "
        "MRZ on the back, back photo rotated 270°",
    )
    k.image_pdf("acte_naissance.pdf", [GI.birth_dz(s["birth"], 131).render(200)], "birth")
    k.add(
        [("acte_naissance.pdf", [1])],
        "birth_certificate",
        "image_pdf",
        s["birth_fields"],
        "Algerian extrait d'acte de naissance (French text, Arabic headings). Algeria is not a "
        "Hague apostille party; Algerian civil-status acts are exempt from legalisation in "
        "France under the Franco-Algerian judicial protocol of 28 August 1962, so no apostille "
        "is needed: complete",
    )
    k.photo(
        "attestation_hebergement.jpg", GP.attestation_hand(s["attest"], 141).render(150), "attest"
    )
    k.add(
        [("attestation_hebergement.jpg", [1])],
        "hosting_attestation",
        "phone_photo",
        s["attest_fields"],
        "handwritten on squared paper by the host, signed",
    )
    hf, hb, hfields = GI.id1_card(s["host_id"], 151, "ID")
    k.scan_jpg("cni_samia.jpg", a4_cards([(hf, 25, 25), (hb, 25, 95)]), "cni")
    k.add(
        [("cni_samia.jpg", [1])],
        "national_id",
        "scan",
        hfields,
        "host's French identity card (2021 model), recto and verso on one A4 scan",
    )
    for i, b in enumerate(s["bills"]):
        fn = f"free_facture_{b['start'][:7]}.pdf"
        k.text_pdf(fn, [GP.free_bill(b, 160 + i)])
        k.add(
            [(fn, [1])],
            "utility_bill",
            "text_pdf",
            bill_fields(b, "Free", "internet"),
            "host's Freebox bill (host proof for the attestation route)",
        )
    k.text_pdf("RIB_LBP.pdf", [GP.rib_lbp(s["rib"], 171)])
    k.add(
        [("RIB_LBP.pdf", [1])],
        "rib",
        "text_pdf",
        s["rib_fields"],
        "account address is c/o the host",
    )
    k.truth()


def build_p02(out):
    s = P02
    k = Packet(out, "p02", s)
    f = s["form"]
    p1, p2 = GF.form_pages(f, "typed", 201)
    k.photo("IMG_0931.jpg", p1.render(170), "form1")
    k.photo("IMG_0932.jpg", p2.render(170), "form2", rot=270)
    k.add(
        [("IMG_0931.jpg", [1]), ("IMG_0932.jpg", [1])],
        "application_form",
        "phone_photo",
        form_fields(f, True),
        "typed on screen, printed, signed by hand, photographed; page 2 rotated 270°",
    )
    pp, pf = GI.passport_page(s["passport"], 211)
    fr, bk, rf = GI.id1_card(s["permit"], 221, "IR")
    page1 = B.on_a4(None, 200, [(pp.render(200), 30, 30)])
    page2 = a4_cards([(fr, 30, 30), (bk, 30, 100)])
    k.image_pdf("scan_0001.pdf", [page1, page2], "scan1")
    k.add([("scan_0001.pdf", [1])], "passport", "image_pdf", pf, "Turkish passport data page")
    k.add(
        [("scan_0001.pdf", [2])],
        "residence_permit",
        "image_pdf",
        rf,
        "carte de séjour temporaire 'salarié', recto/verso on page 2 of the same scan",
    )
    bt = GI.birth_tr(s["birth"], 231).render(200)
    ap = GI.apostille_page(s["apostille"], 232, s["apostille_rows"]).render(200)
    tr = GI.translation_page(s["translation"], 233).render(200)
    fn = "dogum_belgesi_apostil_traduction.pdf"
    k.image_pdf(fn, [bt, ap, tr], "birth")
    k.add(
        [(fn, [1])],
        "birth_certificate",
        "image_pdf",
        s["birth_fields"],
        "Turkish birth registration extract (e-Devlet style)",
    )
    k.add(
        [(fn, [2])],
        "apostille",
        "image_pdf",
        s["apostille_fields"],
        "Hague model apostille, 10 numbered items, bilingual TR/FR",
    )
    k.add(
        [(fn, [3])],
        "translation",
        "image_pdf",
        s["translation_fields"],
        "sworn French translation of the birth extract",
    )
    k.text_pdf("bail_location_Toulouse.pdf", GP.lease(s["lease"], 241))
    k.add(
        [("bail_location_Toulouse.pdf", [1, 2])],
        "lease",
        "text_pdf",
        s["lease_fields"],
        "bail loi 1989, logement vide, started more than three months before as_of",
    )
    k.text_pdf("bulletin_paie_2026_10.pdf", [GP.payslip(s["payslip"], 251)])
    k.add(
        [("bulletin_paie_2026_10.pdf", [1])],
        "payslip",
        "text_pdf",
        s["payslip_fields"],
        "bulletin de paie clarifié, October 2026",
    )
    k.png("Screenshot_20261103-091245_BoursoBank.png", GP.rib_bourso_screen(s["rib"], 261))
    k.add(
        [("Screenshot_20261103-091245_BoursoBank.png", [1])],
        "rib",
        "screenshot",
        s["rib_fields"],
        "BoursoBank app, 'Mon RIB' screen",
    )
    k.truth()


def build_p03(out):
    s = P03
    k = Packet(out, "p03", s)
    f = s["form"]
    k.text_pdf("S1106_DELA_CRUZ.pdf", GF.form_pages(f, "typed", 301))
    k.add(
        [("S1106_DELA_CRUZ.pdf", [1, 2])],
        "application_form",
        "text_pdf",
        form_fields(f, True),
        "filled on a computer, signature image pasted in the box",
    )
    pp, pf = GI.passport_page(s["passport"], 311)
    k.scan_jpg("passport_scan.jpg", B.on_a4(None, 300, [(pp.render(300), 20, 18)]), "pass", 300)
    k.add(
        [("passport_scan.jpg", [1])],
        "passport",
        "scan",
        pf,
        "Philippine passport (surname / given names / middle name printed separately)",
    )
    vp, vf = GI.visa_page(s["visa"], 321)
    k.photo("IMG_4471.jpg", vp.render(300), "visa", rot=180)
    k.add(
        [("IMG_4471.jpg", [1])],
        "long_stay_visa",
        "phone_photo",
        vf,
        "VLS-TS sticker in the passport, photo upside down",
    )
    k.scan_jpg("PSA_birth_certificate.jpg", GI.birth_ph(s["birth"], 331).render(200), "birth")
    k.add(
        [("PSA_birth_certificate.jpg", [1])],
        "birth_certificate",
        "scan",
        s["birth_fields"],
        "DEFECT: PSA copy of the Certificate of Live Birth with no apostille (the Philippines "
        "is a Hague party since 2019; no apostille anywhere in the packet)",
    )
    b1, b2, b3 = s["bills"]
    k.text_pdf("Bouygues_facture_aout_2026.pdf", [GP.bouygues_bill(b1, 341)])
    k.add(
        [("Bouygues_facture_aout_2026.pdf", [1])],
        "utility_bill",
        "text_pdf",
        bill_fields(b1, "Bouygues Telecom", "internet"),
        "Bbox bill, August",
    )
    k.photo("IMG_4480.jpg", GP.bouygues_bill(b2, 342).render(160), "bill2", rot=90)
    k.add(
        [("IMG_4480.jpg", [1])],
        "utility_bill",
        "phone_photo",
        bill_fields(b2, "Bouygues Telecom", "internet"),
        "printed Bbox bill, September, photographed, rotated 90°",
    )
    k.png("Screenshot_20261108-204711.png", GP.bouygues_screen(b3, 343))
    k.add(
        [("Screenshot_20261108-204711.png", [1])],
        "utility_bill",
        "screenshot",
        bill_fields(b3, "Bouygues Telecom", "internet"),
        "October bill in the app",
    )
    pages = GP.contract(s["contract"], 351)
    k.image_pdf("contrat_CDD_scan.pdf", [p.render(200) for p in pages], "contract")
    k.add(
        [("contrat_CDD_scan.pdf", [1, 2])],
        "employment_contract",
        "image_pdf",
        s["contract_fields"],
        "CDD twelve months, signed on paper, scanned",
    )
    k.text_pdf("Wise_account_details_EUR.pdf", [GP.rib_wise(s["rib"], 361)])
    k.add(
        [("Wise_account_details_EUR.pdf", [1])],
        "rib",
        "text_pdf",
        s["rib_fields"],
        "Belgian IBAN of an online bank: legally acceptable SEPA IBAN (info only)",
    )
    k.truth()


def main() -> None:
    if len(sys.argv) != 2:
        sys.exit("usage: generate.py OUT_DIR")
    out = sys.argv[1]
    os.makedirs(os.path.join(out, "packets"), exist_ok=True)
    os.makedirs(os.path.join(out, "documents"), exist_ok=True)
    build_p01(out)
    build_p02(out)
    build_p03(out)
    with open(os.path.join(out, "manifest.json"), "w") as f:
        json.dump({"packets": ["p01", "p02", "p03"], "documents": []}, f, indent=2)
        f.write("\n")


if __name__ == "__main__":
    main()
