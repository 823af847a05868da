"""Blind set bz: four whole PUMa packets (Tunisia, Côte d'Ivoire, Viet Nam, Haiti).

Usage: python generate.py OUT_DIR
"""

import json
import random
import sys
from pathlib import Path

import civil
import core
import data_ab
import data_cd
import form
import ids
import looks
import money
import work

ALL_REQ = [
    "application_form",
    "identity",
    "residence_status",
    "birth_certificate",
    "residence_proof",
    "bank_details",
    "employment",
]


class Packet:
    def __init__(self, out, name, spec):
        self.name, self.spec = name, spec
        self.dir = out / "packets" / name
        self.dir.mkdir(parents=True, exist_ok=True)
        self.docs = []

    def rng(self, item):
        return random.Random(f"set_bz/{self.name}/{item}")

    def write(self, fname, data):
        (self.dir / fname).write_bytes(data)

    def doc(self, files, typ, look, fields, notes=""):
        fl = [{"path": f, "pages": pg} for f, pg in files]
        self.docs.append({"files": fl, "type": typ, "look": look, "fields": fields, "notes": notes})

    # -- looks -------------------------------------------------------------------------
    def text_pdf(self, fname, pdf):
        self.write(fname, pdf)

    def image_pdf(self, fname, pdf_or_pages, item, dpi=200):
        pages = looks.raster(pdf_or_pages, dpi) if isinstance(pdf_or_pages, bytes) else pdf_or_pages
        self.write(fname, looks.image_pdf(pages, self.rng(item + "/scan"), dpi))

    def scan(self, fname, img, item, q=85):
        im = looks.scan_page(img, self.rng(item + "/scan"))
        self.write(fname, looks.png(im) if fname.lower().endswith(".png") else looks.jpeg(im, q))

    def photo(self, fname, img, item, rot=0, fill=0.8):
        im = looks.phone_photo(img, self.rng(item + "/photo"), rot, fill)
        self.write(fname, looks.jpeg(im, 87))

    def shot(self, fname, img):
        self.write(fname, looks.png(img))


def card_images(pdf, dpi):
    return [looks.round_card(im, 3.2, dpi) for im in looks.raster(pdf, dpi)]


def id_fields(d, mrz_ok=True, given=None, nat=None):
    return {
        "surname": d["surname"],
        "given_names": given or d["given"],
        "document_number": d["number"],
        "nationality": nat or d.get("nat", d.get("iss")),
        "issuing_country": d.get("issuer", d.get("iss")),
        "date_of_birth": d["dob"],
        "sex": d["sex"],
        "expiry_date": d["exp"],
        "mrz_valid": mrz_ok,
    }


def rib_fields(holder, iban, bic, bank, french=True):
    return {
        "holder_name": holder,
        "iban": iban,
        "bic": bic,
        "bank_name": bank,
        "iban_valid": core.iban_ok(iban),
        "rib_key_valid": True if french else None,
    }


# ------------------------------------------------------------------------------ forms
def add_form(pk, f, run, files, look, item="form"):
    pdf = form.form_pdf(f, pk.rng(item), run)
    if look == "text_pdf":
        pk.text_pdf(files[0], pdf)
        pk.doc(
            [(files[0], [1, 2])],
            "application_form",
            look,
            form.form_fields(f),
            f"cerfa 15763*02 print run {run}, fill way {f['fill_way']} (typed on screen, flat "
            "PDF with a text layer, handwritten signature image pasted in the box).",
        )
        return
    pages = looks.raster(pdf, 200 if look != "phone_photo" else 240)
    if look == "image_pdf":
        pk.image_pdf(files[0], pages, item)
        pk.doc(
            [(files[0], [1, 2])],
            "application_form",
            look,
            form.form_fields(f),
            f"cerfa 15763*02 print run {run}, fill way {f['fill_way']}.",
        )
        return
    rots = f.get("rots", [0, 0])
    for i, (fn, pg) in enumerate(zip(files, pages)):
        if look == "scan":
            pk.scan(fn, pg, f"{item}{i}")
        else:
            pk.photo(fn, pg, f"{item}{i}", rots[i], 0.84)
    pk.doc(
        [(files[0], [1]), (files[1], [1])],
        "application_form",
        look,
        form.form_fields(f),
        f"cerfa 15763*02 print run {run}, fill way {f['fill_way']}; one file per page.",
    )


def passport_image(d, rng, dpi):
    pdf, mrz = ids.passport_pdf(d, rng)
    return looks.raster(pdf, dpi)[0], mrz


# ------------------------------------------------------------------------------ packets
def build_p01(pk):
    s = data_ab.P01
    add_form(pk, s["form"], "B", ["formulaire_S1106.pdf"], "image_pdf")
    img, _ = passport_image(s["passport"], pk.rng("pp"), 520)
    pk.photo("IMG_20261118_184502.jpg", img, "pp", rot=90, fill=0.78)
    pk.doc(
        [("IMG_20261118_184502.jpg", [1])],
        "passport",
        "phone_photo",
        id_fields(s["passport"], nat="TUN"),
        "Tunisian passport, open booklet, photo stored rotated 90°.",
    )
    ts = s["permit"]
    pdf, _ = ids.french_card_pdf(ts, pk.rng("ts"))
    dpi = 300
    recto, verso = card_images(pdf, dpi)
    sheet = looks.on_a4([(recto, 22, 25), (verso, 22, 95)], dpi)
    pk.scan("titre_sejour_recto_verso.jpg", sheet, "ts")
    pk.doc(
        [("titre_sejour_recto_verso.jpg", [1])],
        "residence_permit",
        "scan",
        dict(id_fields(ts), issuing_country="FRA"),
        "Carte de séjour temporaire « salarié », recto and verso on one A4 scan.",
    )
    b, a = s["birth"], s["apostille"]
    c = civil.tunisia_birth_pdf(b, pk.rng("birth"))
    civil.apostille_page(c, a, pk.rng("apo"), 0)
    pk.image_pdf("extrait_naissance_apostille.pdf", core.finish(c), "birth")
    pk.doc(
        [("extrait_naissance_apostille.pdf", [1])],
        "birth_certificate",
        "image_pdf",
        s["birth_fields"],
        "Bilingual French/Arabic extract from the Sfax municipality.",
    )
    pk.doc(
        [("extrait_naissance_apostille.pdf", [2])],
        "apostille",
        "image_pdf",
        s["apostille_fields"],
        "Hague apostille issued in Tunis for the birth extract.",
    )
    L = s["lease"]
    pdf, n = work.lease_pdf(L, pk.rng("lease"))
    pk.text_pdf("bail_paul_bert.pdf", pdf)
    pk.doc(
        [("bail_paul_bert.pdf", list(range(1, n + 1)))],
        "lease",
        "text_pdf",
        s["lease_fields"],
        "Bail loi 1989 (contrat type), e-signed, started > 3 months before as_of.",
    )
    pages = looks.raster(work.contract_pdf(s["contract"], pk.rng("cdi")), 230)
    names = ["contrat_cdi_p1.jpg", "contrat_cdi_p2.jpg"]
    for i, pg in enumerate(pages[:2]):
        pk.photo(names[i], pg, f"cdi{i}", rot=0 if i == 0 else 180, fill=0.85)
    pk.doc(
        [(names[0], [1]), (names[1], [1])],
        "employment_contract",
        "phone_photo",
        s["contract_fields"],
        "CDI, two phone photos (second one upside down).",
    )
    pdf, net = work.payslip_pdf(s["payslip"], pk.rng("slip"))
    pk.text_pdf("bulletin_paie_octobre_2026.pdf", pdf)
    pk.doc(
        [("bulletin_paie_octobre_2026.pdf", [1])],
        "payslip",
        "text_pdf",
        dict(s["payslip_fields"], net_pay=net),
        "Bulletin de paie clarifié; net_pay is the NET PAYÉ line.",
    )
    r = s["rib"]
    pdf, iban = money.rib_pdf(r, pk.rng("rib"))
    pk.text_pdf("RIB_LCL.pdf", pdf)
    pk.doc(
        [("RIB_LCL.pdf", [1])],
        "rib",
        "text_pdf",
        rib_fields(r["holder_name"], iban, r["bic"], r["bank_name"]),
        "LCL RIB download.",
    )


def build_p02(pk):
    s = data_ab.P02
    add_form(pk, s["form"], "A", ["IMG_4471.jpg", "IMG_4472.jpg"], "phone_photo")
    pdf, _ = ids.passport_pdf(s["passport"], pk.rng("pp"))
    p1 = looks.raster(pdf, 300)[0]
    vpdf, _ = ids.visa_page_pdf(s["visa"], pk.rng("visa"))
    p2 = looks.raster(vpdf, 300)[0]
    sheet1 = looks.on_a4([(p1, 15, 12)], 300)
    sheet2 = looks.on_a4([(p2, 15, 12)], 300)
    pk.image_pdf("passeport_visa.pdf", [sheet1, sheet2], "ppv", 300)
    pk.doc(
        [("passeport_visa.pdf", [1])],
        "passport",
        "image_pdf",
        id_fields(s["passport"], nat="CIV"),
        "Ivorian (ECOWAS) passport, booklet scanned.",
    )
    pk.doc(
        [("passeport_visa.pdf", [2])],
        "long_stay_visa",
        "image_pdf",
        s["visa_fields"],
        "French type D visa sticker (VLS-TS conjoint de Français) on a passport page.",
    )
    c = civil.ivory_birth_pdf(s["birth"], pk.rng("birth"))
    pk.scan("acte_naissance.jpg", looks.raster(core.finish(c), 200)[0], "birth")
    pk.doc(
        [("acte_naissance.jpg", [1])],
        "birth_certificate",
        "scan",
        s["birth_fields"],
        "Ivorian extract, no apostille: France and Côte d'Ivoire waive legalisation "
        "(accord de coopération en matière de justice du 24 avril 1961).",
    )
    at = work.attestation_pdf(s["attestation"], pk.rng("att"))
    pk.photo("attestation_hebergement.jpg", looks.raster(at, 220)[0], "att", rot=0, fill=0.86)
    pk.doc(
        [("attestation_hebergement.jpg", [1])],
        "hosting_attestation",
        "phone_photo",
        s["attestation_fields"],
        "Handwritten on Seyès paper by the host (the husband).",
    )
    k = s["host_id"]
    pdf, _ = ids.french_card_pdf(k, pk.rng("cni"))
    recto, verso = card_images(pdf, 600)
    pk.photo("CNI_Julien_recto.jpg", recto, "cni0", rot=0, fill=0.6)
    pk.photo("CNI_Julien_verso.jpg", verso, "cni1", rot=90, fill=0.6)
    pk.doc(
        [("CNI_Julien_recto.jpg", [1]), ("CNI_Julien_verso.jpg", [1])],
        "national_id",
        "phone_photo",
        dict(id_fields(k), issuing_country="FRA"),
        "Host's French identity card (2021 model), two photos.",
    )
    for i, b in enumerate(s["bills"]):
        pdf = money.free_bill_pdf(b, pk.rng(f"free{i}"))
        fields = money.bill_fields(b, "Free", "internet")
        if i < 2:
            fn = f"Free_facture_{b['month']}.pdf"
            pk.text_pdf(fn, pdf)
            pk.doc([(fn, [1])], "utility_bill", "text_pdf", fields, "Host's Freebox bill.")
        else:
            page = looks.raster(pdf, 140)[0]
            shot = looks.screenshot_frame(
                page, "Ma facture", pk.rng("shot"), (205, 30, 37), time="20:15"
            )
            fn = "Screenshot_20261103-201544_Free.png"
            pk.shot(fn, shot)
            pk.doc(
                [(fn, [1])],
                "utility_bill",
                "screenshot",
                fields,
                "Host's Freebox bill seen in the Free app.",
            )
    r = s["rib"]
    pdf, iban = money.rib_pdf(r, pk.rng("rib"))
    pk.scan("RIB_La_Banque_Postale.jpg", looks.raster(pdf, 200)[0], "rib")
    pk.doc(
        [("RIB_La_Banque_Postale.jpg", [1])],
        "rib",
        "scan",
        rib_fields(r["holder_name"], iban, r["bic"], r["bank_name"]),
        "Joint account of the couple (includes the applicant).",
    )


def build_p03(pk):
    s = data_cd.P03
    add_form(pk, s["form"], "B", ["SCAN0007.JPG", "SCAN0008.JPG"], "scan")
    pdf, _ = ids.passport_pdf(s["passport"], pk.rng("pp"))
    sheet = looks.on_a4([(looks.raster(pdf, 300)[0], 18, 15)], 300)
    pk.scan("passeport.jpg", sheet, "pp", 82)
    pk.doc(
        [("passeport.jpg", [1])],
        "passport",
        "scan",
        id_fields(s["passport"], nat="VNM"),
        "Vietnamese passport (single 'Full name' field; surname/given split from the MRZ).",
    )
    rc = ids.recepisse_pdf(s["recepisse"], pk.rng("rcp"))
    pk.photo("recepisse.jpg", looks.raster(rc, 230)[0], "rcp", rot=0, fill=0.86)
    pk.doc(
        [("recepisse.jpg", [1])],
        "residence_permit",
        "phone_photo",
        s["recepisse_fields"],
        "Récépissé de demande de titre de séjour (no MRZ), authorises work, valid at as_of.",
    )
    c = civil.vietnam_birth_pdf(s["birth"], pk.rng("birth"))
    pk.image_pdf("giay_khai_sinh.pdf", core.finish(c), "birth")
    pk.doc(
        [("giay_khai_sinh.pdf", [1, 2])],
        "birth_certificate",
        "image_pdf",
        s["birth_fields"],
        "Bản sao giấy khai sinh; verso carries consular legalisation "
        "(Vietnamese MFA + French embassy in Hanoi). Viet Nam is not a Hague party.",
    )
    tr = civil.translation_pdf(s["translation"], pk.rng("tr"))
    pk.image_pdf("traduction_acte_naissance.pdf", tr, "tr")
    pk.doc(
        [("traduction_acte_naissance.pdf", [1])],
        "translation",
        "image_pdf",
        s["translation_fields"],
        "Sworn translation by an expert near the Paris Court of Appeal.",
    )
    looks_ = ["text_pdf", "phone_photo", "screenshot"]
    for i, b in enumerate(s["bills"]):
        pdf = money.sfr_bill_pdf(b, pk.rng(f"sfr{i}"))
        fields = money.bill_fields(b, "SFR", "internet")
        if looks_[i] == "text_pdf":
            fn = f"Facture_SFR_{b['month']}.pdf"
            pk.text_pdf(fn, pdf)
        elif looks_[i] == "phone_photo":
            fn = "IMG_20260921_091502.jpg"
            pk.photo(fn, looks.raster(pdf, 230)[0], f"sfr{i}", rot=270, fill=0.84)
        else:
            fn = "Screenshot_20261108_SFR.png"
            page = looks.raster(pdf, 140)[0]
            pk.shot(
                fn,
                looks.screenshot_frame(
                    page, "Mes factures", pk.rng("shot"), (226, 0, 26), time="08:47"
                ),
            )
        pk.doc(
            [(fn, [1])], "utility_bill", looks_[i], fields, "SFR Box bill in the applicant's name."
        )
    for sl in s["payslips"]:
        pdf, net = work.payslip_pdf(sl, pk.rng("slip" + sl["period"]))
        fn = f"BS_{sl['period'].replace('-', '_')}.pdf"
        pk.text_pdf(fn, pdf)
        pk.doc(
            [(fn, [1])],
            "payslip",
            "text_pdf",
            dict(s["payslip_fields"], period=sl["period"], net_pay=net),
            "Bulletin de paie clarifié.",
        )
    r = s["rib"]
    pk.shot("IMG_0934.PNG", money.revolut_screen(r, pk.rng("rev")))
    pk.doc(
        [("IMG_0934.PNG", [1])],
        "rib",
        "screenshot",
        rib_fields(r["holder"], r["iban"], r["bic"], "Revolut Bank UAB", french=False),
        "Revolut account details with a Lithuanian IBAN: a non-French SEPA IBAN, "
        "acceptable (information only).",
    )


def build_p04(pk):
    s = data_cd.P04
    add_form(pk, s["form"], "A", ["Demande_PUMa_PIERRE-LOUIS.pdf"], "text_pdf")
    img, _ = passport_image(s["passport"], pk.rng("pp"), 480)
    pk.photo("IMG_3391.jpg", img, "pp", rot=270, fill=0.76)
    pk.doc(
        [("IMG_3391.jpg", [1])],
        "passport",
        "phone_photo",
        id_fields(s["passport"], nat="HTI"),
        "Haitian passport, photo stored rotated.",
    )
    ts = s["permit"]
    pdf, _ = ids.french_card_pdf(ts, pk.rng("ts"))
    recto, verso = card_images(pdf, 200)
    sheet = looks.on_a4([(recto, 60, 40), (verso, 60, 110)], 200)
    pk.image_pdf("titre_sejour.pdf", [sheet], "ts")
    pk.doc(
        [("titre_sejour.pdf", [1])],
        "residence_permit",
        "image_pdf",
        dict(id_fields(ts), issuing_country="FRA"),
        "Carte de séjour pluriannuelle, recto/verso on one scanned page.",
    )
    c = civil.haiti_birth_pdf(s["birth"], pk.rng("birth"))
    pk.scan("acte_naissance.jpg", looks.raster(core.finish(c), 200)[0], "birth")
    c = core.new_canvas(title="apostille")
    civil.apostille_page(c, s["apostille"], pk.rng("apo"), 1)
    pk.scan("apostille.jpg", looks.raster(core.finish(c), 200)[0], "apo")
    pk.doc(
        [("acte_naissance.jpg", [1])],
        "birth_certificate",
        "scan",
        s["birth_fields"],
        "Extrait des Archives nationales d'Haïti.",
    )
    pk.doc(
        [("apostille.jpg", [1])],
        "apostille",
        "scan",
        s["apostille_fields"],
        "Apostille of the Haitian MFA for the birth extract (Haiti is a Hague party).",
    )
    for i, b in enumerate(s["bills"]):
        pdf = money.edf_bill_pdf(b, pk.rng(f"edf{i}"))
        fields = money.bill_fields(b, "EDF", "electricity")
        if i < 2:
            fn = f"facture_edf_{b['month']}.pdf"
            pk.text_pdf(fn, pdf)
            lk = "text_pdf"
        else:
            fn = "IMG_20261109_201133.jpg"
            pk.photo(fn, looks.raster(pdf, 230)[0], f"edf{i}", rot=0, fill=0.85)
            lk = "phone_photo"
        pk.doc(
            [(fn, [1])],
            "utility_bill",
            lk,
            fields,
            "EDF monthly bill (Linky) in the applicant's name.",
        )
    pages = looks.raster(work.contract_pdf(s["contract"], pk.rng("cdd")), 200)
    pk.image_pdf("contrat_CDD.pdf", pages, "cdd")
    pk.doc(
        [("contrat_CDD.pdf", list(range(1, len(pages) + 1)))],
        "employment_contract",
        "image_pdf",
        s["contract_fields"],
        "CDD, signed on paper and scanned.",
    )
    pdf, net = work.payslip_pdf(s["payslip"], pk.rng("slip"))
    pk.text_pdf("bulletin_10_2026.pdf", pdf)
    pk.doc(
        [("bulletin_10_2026.pdf", [1])],
        "payslip",
        "text_pdf",
        dict(s["payslip_fields"], net_pay=net),
        "Bulletin de paie clarifié.",
    )
    r = s["rib"]
    pdf, iban = money.rib_pdf(r, pk.rng("rib"))
    pk.photo("IMG_3402.jpg", looks.raster(pdf, 230)[0], "rib", rot=0, fill=0.86)
    pk.doc(
        [("IMG_3402.jpg", [1])],
        "rib",
        "phone_photo",
        rib_fields(r["holder_name"], iban, r["bic"], r["bank_name"]),
        "Caisse d'Épargne RIB printed and photographed.",
    )


BUILDERS = {"p01": build_p01, "p02": build_p02, "p03": build_p03, "p04": build_p04}


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: generate.py OUT_DIR")
    out = Path(sys.argv[1])
    (out / "packets").mkdir(parents=True, exist_ok=True)
    (out / "documents").mkdir(parents=True, exist_ok=True)
    for name, build in BUILDERS.items():
        spec = data_cd.TRUTH[name]
        pk = Packet(out, name, spec)
        build(pk)
        req = {r: "complete" for r in ALL_REQ}
        if not spec["employed"]:
            req["employment"] = "not_applicable"
        req.update(spec.get("override", {}))
        bad = any(v in ("invalid", "missing") for v in req.values())
        truth = {
            "as_of": spec["as_of"],
            "employed": spec["employed"],
            "status": "incomplete" if bad else "complete",
            "requirements": req,
            "defect": spec["defect"],
            "applicant": spec["applicant"],
            "documents": pk.docs,
        }
        for d in pk.docs:
            for f in d["files"]:
                assert (pk.dir / f["path"]).exists(), f
        (out / "packets" / f"{name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
    manifest = {"packets": list(BUILDERS), "documents": []}
    (out / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
