"""The PUMa application form (cerfa 15763*02, S1106): three print runs and fill ways."""

from __future__ import annotations

import io
import random

import pikepdf
import util as U
from PIL import Image
from render import PT, Page, draw_pdf_page, new_canvas, raster, text_width

SIT = [
    ("salarie", "Vous exercez une activité salariée en France"),
    ("independant", "Vous exercez une activité non salariée (travailleur indépendant)"),
    ("demandeur_emploi", "Vous êtes demandeur d'emploi (inscrit à France Travail)"),
    ("etudiant", "Vous êtes étudiant(e)"),
    (
        "sans_activite",
        "Vous êtes sans activité et vous résidez en France de manière stable et "
        "régulière depuis plus de trois mois",
    ),
    ("autre", "Autre situation, précisez :"),
]
PIECES = [
    "une photocopie de votre pièce d'identité (passeport ou carte nationale d'identité) ;",
    "si vous êtes ressortissant d'un État hors UE/EEE/Suisse : votre titre de séjour, votre "
    "visa long séjour valant titre de séjour (VLS-TS) ou votre récépissé ;",
    "une copie intégrale ou un extrait d'acte de naissance avec filiation (avec apostille ou "
    "légalisation selon le pays) ;",
    "un justificatif de résidence en France depuis plus de trois mois (bail, trois factures "
    "successives, ou attestation d'hébergement accompagnée des justificatifs de l'hébergeant) ;",
    "un relevé d'identité bancaire (RIB) à votre nom ;",
    "si vous travaillez : votre contrat de travail ou votre dernier bulletin de salaire.",
]


class Form:
    def __init__(self, run: int, rng: random.Random):
        self.run = run
        self.rng = rng
        self.pos: dict = {}
        self.font = ["arial", "sans", "carlito"][run]
        self.fb = self.font + "-b"
        self.col = [(0, 82, 147), (30, 30, 30), (0, 110, 140)][run]
        self.p1 = Page(210, 297)
        self.p2 = Page(210, 297)
        self._page1()
        self._page2()

    # ----------------------------------------------------------------- drawing
    def bar(self, pg, y, title):
        if self.run == 0:
            pg.rect(12, y - 5, 186, 7, stroke=None, fill=self.col)
            pg.text(15, y, title, self.fb, 10, (255, 255, 255))
        elif self.run == 1:
            pg.text(12, y, title, self.fb, 11)
            pg.line(12, y + 1.5, 198, y + 1.5, (0, 0, 0), 0.6)
        else:
            pg.rect(12, y - 5, 186, 7, stroke=self.col, fill=(230, 244, 248), lw=0.4)
            pg.text(105, y, title, self.fb, 10, self.col, "m")

    def comb(self, pg, name, x, y, n, label, cw=None, gap_after=()):
        cw = cw or [5.2, 4.8, 5.0][self.run]
        h = 6.2
        pg.text(x, y - 1.5, label, self.font, 7.5)
        lx = x + text_width(label, self.font, 7.5) + 2 if self.run != 1 else x
        yy = y - 5 if self.run != 1 else y + 0.5
        cx = lx
        xs = []
        for i in range(n):
            pg.rect(cx, yy, cw, h, stroke=(90, 90, 90), lw=0.2)
            xs.append(cx)
            cx += cw + (1.8 if i in gap_after else 0)
        self.pos[name] = ("comb", xs, yy + h - 1.3, cw, pg)
        return yy + h

    def field(self, pg, name, x, y, w, label):
        if self.run == 0:
            pg.text(x, y, label, self.font, 7.5)
            lx = x + text_width(label, self.font, 7.5) + 2
            pg.line(lx, y + 0.8, x + w, y + 0.8, (120, 120, 120), 0.2, dash=(0.5, 0.7))
            self.pos[name] = ("line", lx + 1, y - 0.3, x + w - lx, pg)
        elif self.run == 1:
            pg.text(x, y - 3.5, label, self.font, 6.8, (60, 60, 60))
            pg.rect(x, y - 2.5, w, 6.5, stroke=(110, 110, 110), lw=0.25)
            self.pos[name] = ("line", x + 1.5, y + 2.5, w - 3, pg)
        else:
            pg.rect(x, y - 4.5, w, 7.5, stroke=(150, 170, 180), fill=(246, 250, 252), lw=0.25)
            pg.text(x + 1, y - 2.3, label, self.font, 5.6, (90, 110, 120))
            self.pos[name] = ("line", x + 2, y + 2.2, w - 4, pg)

    def box(self, pg, name, x, y, label, size=3.6, lsz=8):
        pg.rect(x, y - size + 0.5, size, size, stroke=(40, 40, 40), lw=0.25)
        pg.text(x + size + 1.5, y, label, self.font, lsz)
        self.pos[name] = ("box", x, y - size + 0.5, size, pg)

    def _page1(self):
        pg, f, fb = self.p1, self.font, self.fb
        pg.text(14, 16, "l'Assurance", fb, 12, self.col)
        pg.text(14, 21.5, "Maladie", fb, 12, self.col)
        pg.rect(160, 9, 38, 13, stroke=(0, 0, 0), lw=0.4)
        pg.text(179, 14, "cerfa", "sans-b", 9, anchor="m")
        pg.text(179, 19.5, "N° 15763*02", "sans-b", 8.5, anchor="m")
        pg.text(105, 31, "Demande d'ouverture des droits à l'assurance maladie", fb, 14, anchor="m")
        pg.text(105, 37, "Protection universelle maladie (PUMa)", f, 11, anchor="m")
        pg.para(
            14,
            44,
            "Ce formulaire vous permet de demander l'ouverture de vos droits à la "
            "prise en charge de vos frais de santé au titre de votre activité "
            "professionnelle ou de votre résidence stable et régulière en France. "
            "Remplissez-le en lettres majuscules et joignez les pièces justificatives "
            "demandées en page 2.",
            182,
            f,
            7,
        )
        pg.text(
            14,
            55,
            "Articles L. 160-1, L. 160-5, L. 111-2-3, R. 111-2 et D. 160-2 du code "
            "de la sécurité sociale.",
            f,
            6.5,
            (80, 80, 80),
        )
        y = 66
        self.bar(pg, y, "A  VOUS" if self.run != 2 else "A — VOUS")
        y += 11
        self.comb(pg, "surname", 14, y, 26, "Nom de naissance")
        y += 10
        self.comb(pg, "usage", 14, y, 26, "Nom d'usage (facultatif)")
        y += 10
        self.comb(pg, "given", 14, y, 26, "Prénom(s)")
        y += 11
        pg.text(14, y, "Sexe", f, 7.5)
        self.box(pg, "sex_F", 28, y, "F")
        self.box(pg, "sex_M", 40, y, "M")
        self.comb(pg, "dob", 70, y, 8, "Date de naissance", gap_after=(1, 3))
        pg.text(142, y - 7 if self.run == 1 else y + 4.5, "JJ   MM   AAAA", f, 5.5, (120, 120, 120))
        y += 11
        self.field(pg, "pob_city", 14, y, 95, "Lieu de naissance : commune")
        self.field(pg, "pob_country", 112, y, 86, "pays")
        y += 10
        self.field(pg, "nationality", 14, y, 95, "Nationalité")
        y += 10
        self.comb(
            pg,
            "nir",
            14,
            y,
            15,
            "N° de sécurité sociale (si vous en avez un)",
            gap_after=(0, 2, 4, 6, 9, 12),
        )
        y += 12
        self.field(pg, "address", 14, y, 184, "Adresse")
        y += 10
        self.comb(pg, "cp", 14, y, 5, "Code postal")
        self.field(pg, "city", 70, y - 1, 128, "Commune")
        y += 10
        self.field(pg, "phone", 14, y, 80, "Téléphone")
        self.field(pg, "email", 98, y, 100, "E-mail")
        y += 16
        self.bar(pg, y, "B  VOTRE SITUATION" if self.run != 2 else "B — VOTRE SITUATION")
        y += 10
        pg.text(14, y, "Cochez la case correspondant à votre situation :", f, 7.5, (70, 70, 70))
        y += 8
        for key, lbl in SIT:
            if len(lbl) > 95:
                cut = lbl.rfind(" ", 0, 86)
                self.box(pg, "sit_" + key, 16, y, lbl[:cut], lsz=8)
                pg.text(21, y + 4, lbl[cut:].strip(), f, 8)
                y += 4
            else:
                self.box(pg, "sit_" + key, 16, y, lbl, lsz=8)
            if key == "salarie":
                y += 7
                self.field(pg, "job", 24, y, 80, "Emploi occupé")
                pg.text(110, y, "Contrat :", f, 7.5)
                for i, ct in enumerate(["CDI", "CDD", "Intérim", "Autre"]):
                    self.box(pg, "ct_" + ct, 124 + i * 17, y, ct, size=3.2, lsz=7.5)
            if key == "autre":
                self.field(pg, "other_text", 70, y, 128, "")
            y += 8.5
        pg.text(105, 290, "S1106 — cerfa n° 15763*02 — page 1/2", f, 6.5, (90, 90, 90), "m")

    def _page2(self):
        pg, f, fb = self.p2, self.font, self.fb
        y = 20
        self.bar(
            pg,
            y,
            "C  VOS ENGAGEMENTS ET SIGNATURE"
            if self.run != 2
            else "C — VOS ENGAGEMENTS ET SIGNATURE",
        )
        y += 9
        y = pg.para(
            14,
            y,
            "Je certifie sur l'honneur l'exactitude des renseignements portés sur "
            "ce formulaire. Je m'engage à signaler à ma caisse tout changement dans ma "
            "situation. La loi rend passible d'amende et/ou d'emprisonnement quiconque "
            "se rend coupable de fraudes ou de fausses déclarations (articles 313-1 à "
            "313-3, 433-19, 441-1 et 441-7 du code pénal).",
            182,
            f,
            8,
        )
        y += 6
        pg.text(14, y, "Fait à", f, 9)
        pg.line(26, y + 0.8, 100, y + 0.8, (120, 120, 120), 0.2, dash=(0.5, 0.7))
        self.pos["place"] = ("line", 28, y - 0.3, 70, pg)
        pg.text(108, y, "le", f, 9)
        pg.line(113, y + 0.8, 160, y + 0.8, (120, 120, 120), 0.2, dash=(0.5, 0.7))
        self.pos["date"] = ("line", 115, y - 0.3, 45, pg)
        y += 7
        sx, sy, sw, sh = 110, y, 86, 30
        pg.rect(sx, sy, sw, sh, stroke=(0, 0, 0), lw=0.35)
        if self.run == 0:
            pg.text(sx, sy - 1.5, "Signature", fb, 8)
        elif self.run == 1:
            pg.text(sx + 2, sy + 4, "Signature", f, 8)
        else:
            pg.text(sx + sw / 2, sy + sh / 2 + 2, "Signature", f, 14, (215, 215, 215), "m")
        self.pos["sig"] = (sx, sy, sw, sh, pg)
        y += sh + 12
        self.bar(pg, y, "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE")
        y += 9
        for pc in PIECES:
            pg.text(16, y, "•", f, 8.5)
            y = pg.para(20, y, pc, 176, f, 8.5) + 1.5
        y += 8
        pg.rect(14, y, 182, 38, stroke=(100, 100, 100), fill=(242, 242, 242), lw=0.3)
        pg.text(18, y + 6, "Cadre réservé à l'organisme", fb, 8.5)
        pg.text(18, y + 15, "Date de réception : ....../....../..........", f, 8)
        pg.text(18, y + 23, "Pièces vérifiées :  □ oui   □ non", f, 8)
        pg.text(18, y + 31, "Matricule agent : .................", f, 8)
        pg.text(110, y + 15, "Observations :", f, 8)
        y += 50
        pg.para(
            14,
            y,
            "Les informations recueillies font l'objet d'un traitement destiné à "
            "l'ouverture de vos droits. Vous disposez d'un droit d'accès et de "
            "rectification auprès du délégué à la protection des données de votre "
            "caisse.",
            182,
            f,
            6.5,
            color=(90, 90, 90),
        )
        pg.text(105, 290, "S1106 — cerfa n° 15763*02 — page 2/2", f, 6.5, (90, 90, 90), "m")

    # ----------------------------------------------------------------- filling
    def put(self, name, value, mode, rng, hfont, ink):
        if not value or name not in self.pos:
            return
        spec = self.pos[name]
        if spec[0] == "comb":
            _, xs, y, cw, pg = spec
            for ch, x in zip(value, xs):
                if ch == " ":
                    continue
                if mode == "hand":
                    pg.hand(x + cw / 2, y - 0.3, ch, rng, hfont, 12, ink, anchor="m")
                else:
                    pg.text(
                        x + cw / 2,
                        y,
                        ch,
                        "courier-b" if mode == "typed" else "arial",
                        10,
                        (0, 0, 0),
                        "m",
                    )
        elif spec[0] == "line":
            _, x, y, w, pg = spec
            if mode == "hand":
                size = 12
                while text_width(value, hfont, size) > w and size > 7:
                    size -= 0.5
                pg.hand(x, y, value, rng, hfont, size, ink)
            else:
                pg.text(x, y, value, "courier" if mode == "typed" else "arial", 9.5)
        elif spec[0] == "box":
            _, x, y, s, pg = spec
            if mode == "hand":
                if rng.random() < 0.6:
                    pg.path([(x + 0.4, y + 0.5), (x + s - 0.3, y + s - 0.4)], ink, 0.45)
                    pg.path([(x + s - 0.3, y + 0.3), (x + 0.5, y + s - 0.3)], ink, 0.45)
                else:
                    pg.path(
                        [
                            (x + 0.5, y + s * 0.55),
                            (x + s * 0.4, y + s - 0.3),
                            (x + s + 0.8, y - 1.0),
                        ],
                        ink,
                        0.5,
                    )
            else:
                pg.text(
                    x + s / 2,
                    y + s - 0.6,
                    "X",
                    "arial-b" if mode != "typed" else "courier-b",
                    9,
                    (0, 0, 0),
                    "m",
                )


def fill(rng: random.Random, p: dict, spec: dict):
    """spec: run, way (hand/typed_print/acroform/acroform_printed), situation, contract,
    job, place, date (ISO or None), date_text (override), signed, as_of. Returns (form, fields,
    values)."""
    run = spec.get("run", rng.randrange(3))
    fm = Form(run, rng)
    way = spec["way"]
    mode = {"hand": "hand", "typed_print": "typed", "acroform": "acro", "acroform_printed": "acro"}[
        way
    ]
    hfont = rng.choice(["h-breip", "h-ecolier", "h-femke", "h-dkg"])
    ink = rng.choice([(20, 30, 110), (15, 15, 25), (25, 40, 140)])
    a = p["addr"]
    vals = {
        "surname": U.ascii_up(p["surname"])
        if mode != "acro" or rng.random() < 0.5
        else p["surname"].upper(),
        "usage": U.ascii_up(p["usage"]) if p.get("usage") else "",
        "given": U.ascii_up(p["given"]),
        "dob": U.fr(p["dob"]).replace("/", ""),
        "pob_city": p["pob"],
        "pob_country": p["country_fr"],
        "nationality": p["nat_fr"],
        "address": a["street"] + (f", {a['extra']}" if a.get("extra") else ""),
        "cp": a["cp"],
        "city": a["city"],
        "phone": p.get("phone", ""),
        "email": p.get("email", ""),
        "place": spec.get("place", a["city"]),
        "job": spec.get("job", "") if spec["situation"] == "salarie" else "",
        "other_text": spec.get("other_text", ""),
    }
    if mode == "hand":
        vals["surname"] = U.ascii_up(vals["surname"])
    date_iso = spec.get("date")
    date_text = spec.get("date_text") or (U.fr(date_iso) if date_iso else "")
    vals["date"] = date_text
    ticks = {"sex_" + p["sex"]: True}
    if spec["situation"]:
        for s_ in spec["situation"].split("+"):
            ticks["sit_" + s_] = True
    if spec.get("contract"):
        ticks["ct_" + spec["contract"]] = True
    signed = spec.get("signed", True)
    if mode != "acro":
        date_mode = "hand" if (mode == "hand" or rng.random() < 0.6) else mode
        for k, v in vals.items():
            if k in ("date", "place"):
                fm.put(k, v, date_mode, rng, hfont, ink)
            else:
                fm.put(k, v, mode, rng, hfont, ink)
        for k in ticks:
            fm.put(k, "x", mode, rng, hfont, ink)
        if signed:
            sx, sy, sw, sh, pg = fm.pos["sig"]
            pg.signature(sx + 4, sy + 4, sw - 10, sh - 7, rng, p["surname"].title(), ink)
    sit = spec["situation"]
    emp = None
    if sit and "+" not in sit:
        emp = {
            "salarie": "employed",
            "independant": "employed",
            "sans_activite": "not_employed",
            "demandeur_emploi": "not_employed",
            "etudiant": "not_employed",
        }.get(sit, "other")
    fields = dict(
        surname=U.ascii_up(p["surname"]),
        usage_name=U.ascii_up(p["usage"]) if p.get("usage") else None,
        given_names=U.ascii_up(p["given"]),
        sex=p["sex"],
        date_of_birth=p["dob"],
        employment_status=emp,
        situation=sit,
        contract_type=spec.get("contract"),
        signed=signed,
        signed_on=date_iso,
        date_text=date_text or None,
        place=vals["place"],
        nir=None,
    )
    return fm, fields, dict(vals=vals, ticks=ticks, signed=signed, way=way, ink=ink)


def acro_pdf(fm: Form, p: dict, info: dict, rng: random.Random, strip_ap=False) -> bytes:
    """The fillable PDF with its AcroForm fields filled."""
    buf = io.BytesIO()
    c = new_canvas(
        buf,
        title="Demande d'ouverture des droits à l'assurance maladie",
        author="Cnam",
        producer="Adobe LiveCycle Designer ES 9.0",
    )
    names = {
        "surname": "NomNaissance",
        "usage": "NomUsage",
        "given": "Prenoms",
        "dob": "DateNaissance",
        "pob_city": "LieuNaissanceCommune",
        "pob_country": "LieuNaissancePays",
        "nationality": "Nationalite",
        "nir": "NIR",
        "address": "Adresse",
        "cp": "CodePostal",
        "city": "Commune",
        "phone": "Telephone",
        "email": "Courriel",
        "job": "Emploi",
        "other_text": "AutreSituation",
        "place": "FaitA",
        "date": "DateSignature",
    }
    for pi, pg in enumerate((fm.p1, fm.p2)):
        c.setPageSize((pg.w / PT, pg.h / PT))
        draw_pdf_page(c, pg)
        for k, spec in fm.pos.items():
            if spec[-1] is not pg or k == "sig":
                continue
            if spec[0] == "comb":
                _, xs, y, cw, _pg = spec
                x0, w, h = xs[0], xs[-1] + cw - xs[0], 6.2
                yb = y + 1.3
                val = info["vals"].get(k, "")
                if k == "dob" and val:
                    val = val
                c.acroForm.textfield(
                    name=f"{names.get(k, k)}",
                    value=val,
                    x=x0 / PT,
                    y=(pg.h - yb) / PT,
                    width=w / PT,
                    height=h / PT,
                    borderWidth=0,
                    fillColor=None,
                    fontName="Courier",
                    fontSize=10,
                    maxlen=len(xs),
                    fieldFlags="comb",
                )
            elif spec[0] == "line":
                _, x, y, w, _pg = spec
                c.acroForm.textfield(
                    name=names.get(k, k),
                    value=info["vals"].get(k, ""),
                    x=x / PT,
                    y=(pg.h - y - 1.8) / PT,
                    width=w / PT,
                    height=6 / PT,
                    borderWidth=0,
                    fillColor=None,
                    fontName="Helvetica",
                    fontSize=9,
                )
            elif spec[0] == "box":
                _, x, y, s, _pg = spec
                c.acroForm.checkbox(
                    name="Case_" + k,
                    x=x / PT,
                    y=(pg.h - y - s) / PT,
                    size=s / PT,
                    checked=bool(info["ticks"].get(k)),
                    buttonStyle="cross",
                    borderWidth=0,
                    fillColor=None,
                )
        if pi == 1 and info["signed"]:
            sx, sy, sw, sh, _pg = fm.pos["sig"]
            sig = Page(sw - 10, sh - 8, bg=(255, 255, 255))
            sig.signature(1, 1, sw - 13, sh - 10, rng, p["surname"].title(), info["ink"])
            im = raster(sig, 300).convert("RGB")
            g = im.convert("L")
            rgba = im.convert("RGBA")
            rgba.putalpha(g.point(lambda v: 255 - v))
            c.drawImage(
                _reader(rgba),
                (sx + 5) / PT,
                (pg.h - sy - sh + 4) / PT,
                (sw - 10) / PT,
                (sh - 8) / PT,
                mask="auto",
            )
        c.showPage()
    c.save()
    data = buf.getvalue()
    if strip_ap:
        src = pikepdf.open(io.BytesIO(data))
        for f in src.Root.AcroForm.Fields:
            if "/AP" in f:
                del f["/AP"]
        src.Root.AcroForm.NeedAppearances = True
        out = io.BytesIO()
        src.save(out, deterministic_id=True)
        data = out.getvalue()
    return data


def _reader(im: Image.Image):
    from reportlab.lib.utils import ImageReader

    return ImageReader(im)
