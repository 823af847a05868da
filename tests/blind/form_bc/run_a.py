"""Print run A: sans serif (Liberation Sans), dark blue section bars, labels beside fields,
letter combs for the names, 'Signature' printed above its frame."""

from __future__ import annotations

from layout_common import (
    CERTIFY,
    CONTRACTS,
    FOOTER,
    LEGAL,
    NOTICE,
    PAGE_H,
    PENALTY,
    PIECES,
    PRIVACY,
    SITUATIONS,
    Layout,
    Slot,
)

BLUE = (0.0, 0.30, 0.56)
L, R = 36.0, 559.0


def Y(t: float) -> float:
    return PAGE_H - t


class RunA(Layout):
    name = "A"
    sig_label = "above"
    typed_font = "LibSans"
    field_names = {
        "nom": "NomNaissance",
        "nom_usage": "NomUsage",
        "prenoms": "Prenoms",
        "sexe_F": "SexeF",
        "sexe_M": "SexeM",
        "dob": "DateNaissance",
        "lieu_commune": "LieuNaissanceCommune",
        "lieu_pays": "LieuNaissancePays",
        "nationalite": "Nationalite",
        "nir": "NIR",
        "nir_cle": "CleNIR",
        "caf": "NumAllocataire",
        "adresse": "Adresse1",
        "adresse2": "Adresse2",
        "cp": "CodePostal",
        "commune": "Commune",
        "tel": "Telephone",
        "email": "Courriel",
        "emploi": "EmploiOccupe",
        "autre_precision": "AutreSituation",
        "fait_a": "FaitA",
        "le": "DateSignature",
    }

    def acro_name(self, key: str, idx: int = 0) -> str:
        page = "Page2" if key in ("fait_a", "le") else "Page1"
        base = self.field_names.get(key)
        if base is None:
            base = "Case" + key.replace("sit_", "Situation_").replace("ct_", "Contrat_")
        return f"topmostSubform[0].{page}[0].{base}[{idx}]"

    # ------------------------------------------------------------------------- helpers
    def bar(self, c, t, letter, title, sub=None):
        c.setFillColorRGB(*BLUE)
        c.rect(L, Y(t + 15), R - L, 15, stroke=0, fill=1)
        self.text(c, L + 6, Y(t + 11), letter, "LibSans-B", 10.5, (1, 1, 1))
        self.text(c, L + 24, Y(t + 11), title, "LibSans-B", 10, (1, 1, 1))
        if sub:
            self.text(c, R - 6, Y(t + 11), sub, "LibSans-I", 7.5, (1, 1, 1), "r")

    def label(self, c, t, s, sub=None):
        self.text(c, L + 4, Y(t + 12), s, "LibSans", 8.5)
        if sub:
            self.text(c, L + 4, Y(t + 20), sub, "LibSans-I", 6.3, (0.25, 0.25, 0.25))

    def line(self, key, c, x0, x1, t, page=0):
        self.rule(c, x0, x1, Y(t + 15), 0.5, (0.2, 0.2, 0.2))
        self.add(key, Slot("line", page, x0, Y(t + 15), x1 - x0, 13))

    def letters(self, key, c, t, n=26, cw=14.4, x=178.0):
        self.comb(c, x, Y(t + 16), cw, 16, n)
        self.add(key, Slot("comb", 0, x, Y(t + 16), n * cw, 16, [(x, Y(t + 16), cw, 16, n)]))

    def check(self, key, c, x, t, s=9.0, page=0):
        self.box(c, x, Y(t + s), s)
        self.add(key, Slot("check", page, x, Y(t + s), s, s))

    # ------------------------------------------------------------------------- page 1
    def header(self, c):
        c.setFillColorRGB(*BLUE)
        c.roundRect(L, Y(70), 98, 42, 6, stroke=0, fill=1)
        self.text(c, L + 8, Y(45), "l'Assurance", "LibSans", 10.5, (1, 1, 1))
        self.text(c, L + 8, Y(62), "Maladie", "LibSans-B", 16, (1, 1, 1))
        self.text(c, 318, Y(44), "Demande d'ouverture des droits", "LibSans-B", 15, anchor="c")
        self.text(c, 318, Y(62), "à l'assurance maladie", "LibSans-B", 15, anchor="c")
        self.text(
            c, 318, Y(78), "Protection universelle maladie (PUMa)", "LibSans", 10.5, BLUE, "c"
        )
        c.setStrokeColorRGB(0, 0, 0)
        c.setLineWidth(0.8)
        c.rect(487, Y(74), 72, 44, stroke=1, fill=0)
        self.text(c, 523, Y(50), "cerfa", "LibSans-BI", 17, anchor="c")
        self.text(c, 523, Y(66), "N° 15763*02", "LibSans", 8.5, anchor="c")
        self.text(c, R, Y(24), "S1106", "LibSans-B", 8, anchor="r")
        self.text(c, 297, Y(93), LEGAL, "LibSans-I", 6.8, (0.2, 0.2, 0.2), "c")
        c.setFillColorRGB(0.92, 0.95, 0.99)
        c.rect(L, Y(142), R - L, 42, stroke=0, fill=1)
        self.para(c, L + 6, Y(109), NOTICE, "LibSans", 7.1, R - L - 12, 8.4, (0.1, 0.1, 0.1))

    def page1(self, c):
        self.header(c)
        self.bar(c, 152, "A", "VOUS")
        t = 176
        self.label(c, t, "Nom de naissance")
        self.letters("nom", c, t)
        t += 27
        self.label(c, t, "Nom d'usage", "(facultatif, ex. nom d'époux)")
        self.letters("nom_usage", c, t)
        t += 27
        self.label(c, t, "Prénom(s)")
        self.letters("prenoms", c, t)
        t += 30
        self.label(c, t, "Sexe")
        self.check("sexe_F", c, 100, t + 4, 10)
        self.text(c, 114, Y(t + 12), "F", "LibSans", 8.5)
        self.check("sexe_M", c, 130, t + 4, 10)
        self.text(c, 144, Y(t + 12), "M", "LibSans", 8.5)
        self.text(c, 200, Y(t + 12), "Date de naissance", "LibSans", 8.5)
        groups = []
        for gx, n, lab in ((290, 2, "jour"), (324, 2, "mois"), (358, 4, "année")):
            self.comb(c, gx, Y(t + 16), 14, 16, n)
            self.text(c, gx + n * 7, Y(t + 23), lab, "LibSans-I", 5.8, (0.3, 0.3, 0.3), "c")
            groups.append((gx, Y(t + 16), 14, 16, n))
        self.add("dob", Slot("comb", 0, 290, Y(t + 16), 124, 16, groups))
        t += 32
        self.label(c, t, "Lieu de naissance")
        self.text(c, 140, Y(t + 12), "commune", "LibSans-I", 7, (0.3, 0.3, 0.3))
        self.line("lieu_commune", c, 178, 368, t)
        self.text(c, 374, Y(t + 12), "pays", "LibSans-I", 7, (0.3, 0.3, 0.3))
        self.line("lieu_pays", c, 395, R - 6, t)
        t += 26
        self.label(c, t, "Nationalité")
        self.line("nationalite", c, 178, 368, t)
        t += 28
        self.label(c, t, "N° de sécurité sociale", "(si vous en avez un)")
        groups, gx = [], 178.0
        for n in (1, 2, 2, 2, 3, 3):
            self.comb(c, gx, Y(t + 16), 13.5, 16, n)
            groups.append((gx, Y(t + 16), 13.5, 16, n))
            gx += n * 13.5 + 6
        self.add("nir", Slot("comb", 0, 178, Y(t + 16), gx - 184, 16, groups))
        self.text(c, gx + 8, Y(t + 12), "clé", "LibSans", 8.5)
        self.comb(c, gx + 26, Y(t + 16), 13.5, 16, 2)
        self.add(
            "nir_cle",
            Slot("comb", 0, gx + 26, Y(t + 16), 27, 16, [(gx + 26, Y(t + 16), 13.5, 16, 2)]),
        )
        t += 28
        self.label(c, t, "N° d'allocataire CAF", "(si vous en avez un)")
        self.comb(c, 178, Y(t + 16), 13.5, 16, 7)
        self.add("caf", Slot("comb", 0, 178, Y(t + 16), 94.5, 16, [(178, Y(t + 16), 13.5, 16, 7)]))
        t += 28
        self.label(c, t, "Adresse", "(n°, voie, bât., étage)")
        self.line("adresse", c, 178, R - 6, t)
        t += 22
        self.line("adresse2", c, 178, R - 6, t)
        t += 26
        self.label(c, t, "Code postal")
        self.comb(c, 178, Y(t + 16), 14, 16, 5)
        self.add("cp", Slot("comb", 0, 178, Y(t + 16), 70, 16, [(178, Y(t + 16), 14, 16, 5)]))
        self.text(c, 262, Y(t + 12), "Commune", "LibSans", 8.5)
        self.line("commune", c, 305, R - 6, t)
        t += 26
        self.label(c, t, "Téléphone")
        self.line("tel", c, 178, 330, t)
        self.text(c, 340, Y(t + 12), "Courriel", "LibSans", 8.5)
        self.line("email", c, 378, R - 6, t)

        t += 36
        self.bar(c, t, "B", "VOTRE SITUATION", "cochez la case qui correspond à votre situation")
        t += 26
        for key, label in SITUATIONS:
            self.check("sit_" + key, c, L + 6, t)
            y = self.para(c, L + 22, Y(t + 8), label, "LibSans", 8.5, 480, 10)
            nxt = PAGE_H - y + 16
            if key == "salarie":
                t += 17
                self.text(c, L + 22, Y(t + 8), "Type de contrat :", "LibSans", 8)
                x = 122.0
                for ck, lab in CONTRACTS:
                    self.check("ct_" + ck, c, x, t, 8.5)
                    self.text(c, x + 12, Y(t + 7.5), lab, "LibSans", 8)
                    x += 48 if ck != "interim" else 58
                self.text(c, 330, Y(t + 8), "Emploi occupé :", "LibSans", 8)
                self.line("emploi", c, 392, R - 6, t - 5)
                nxt = t + 30
            if key == "autre":
                self.line("autre_precision", c, 160, R - 6, t - 6)
            t = nxt
        self.text(c, R, Y(790), "Tournez la page SVP ➔", "DejaVuSans", 8, BLUE, "r")
        self.text(c, 297, Y(818), FOOTER.format(p=1), "LibSans", 7, (0.3, 0.3, 0.3), "c")

    # ------------------------------------------------------------------------- page 2
    def page2(self, c):
        self.text(
            c,
            L,
            Y(36),
            "Demande d'ouverture des droits à l'assurance maladie (suite)",
            "LibSans-B",
            9,
            BLUE,
        )
        self.rule(c, L, R, Y(42), 0.8, BLUE)
        self.bar(c, 58, "C", "VOS ENGAGEMENTS ET SIGNATURE")
        y = self.para(c, L + 4, Y(92), CERTIFY, "LibSans", 9, R - L - 8, 11.5)
        y = self.para(c, L + 4, y - 6, PENALTY, "LibSans-I", 7, R - L - 8, 8.6, (0.2, 0.2, 0.2))
        t = PAGE_H - y + 22
        self.text(c, L + 4, Y(t + 12), "Fait à", "LibSans-B", 9)
        self.line("fait_a", c, 70, 285, t, page=1)
        self.text(c, 296, Y(t + 12), "le", "LibSans-B", 9)
        self.line("le", c, 310, 450, t, page=1)
        t += 30
        self.text(c, 300, Y(t + 8), "Signature", "LibSans-B", 9)
        c.setStrokeColorRGB(0, 0, 0)
        c.setLineWidth(0.8)
        c.rect(300, Y(t + 100), 255, 88, stroke=1, fill=0)
        self.add("signature", Slot("box", 1, 300, Y(t + 100), 255, 88))
        t += 124
        c.setStrokeColorRGB(*BLUE)
        c.setLineWidth(1.2)
        c.rect(L, Y(t + 18), R - L, 18, stroke=1, fill=0)
        self.text(
            c,
            L + 8,
            Y(t + 12.5),
            "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE",
            "LibSans-B",
            9.5,
            BLUE,
        )
        y = Y(t + 34)
        for item in PIECES:
            self.text(c, L + 8, y, "•", "LibSans-B", 9)
            y = self.para(c, L + 20, y, item, "LibSans", 8.2, R - L - 30, 10) - 4
        y = self.para(c, L + 4, y - 10, PRIVACY, "LibSans-I", 6.5, R - L - 8, 8, (0.3, 0.3, 0.3))
        top = y - 18
        c.setFillColorRGB(0.91, 0.91, 0.91)
        c.rect(L, top - 92, R - L, 92, stroke=0, fill=1)
        self.text(c, L + 8, top - 14, "Cadre réservé à l'organisme", "LibSans-B", 8.5)
        self.text(c, L + 8, top - 36, "Date de réception :", "LibSans", 8)
        self.comb(c, 125, top - 42, 12, 14, 8, lw=0.5)
        self.text(c, 260, top - 36, "Pièces vérifiées :", "LibSans", 8)
        for i, lab in enumerate(("oui", "non")):
            self.box(c, 335 + i * 45, top - 40, 8.5, 0.5)
            self.text(c, 347 + i * 45, top - 38, lab, "LibSans", 8)
        self.text(c, L + 8, top - 62, "Matricule agent :", "LibSans", 8)
        self.rule(c, 115, 250, top - 64, 0.4)
        self.text(c, 260, top - 62, "Observations :", "LibSans", 8)
        self.rule(c, 320, R - 8, top - 64, 0.4)
        self.rule(c, L + 8, R - 8, top - 82, 0.4)
        self.text(c, 297, Y(818), FOOTER.format(p=2), "LibSans", 7, (0.3, 0.3, 0.3), "c")
