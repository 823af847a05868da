"""Print run C: Open Sans, grey section bands with a teal letter tab, every field a framed
cell with its label inside (top left), large combs, 'Signature' printed in grey in its frame.
Field names are those a PDF editor gives when it detects fields itself (Text1, Check Box1)."""

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

TEAL = (0.0, 0.45, 0.50)
GREY = (0.87, 0.88, 0.89)
L, R = 38.0, 557.0
# fmt: off
ORDER = [
    "nom", "nom_usage", "prenoms", "sexe_F", "sexe_M", "dob", "nationalite", "lieu_commune",
    "lieu_pays", "nir", "nir_cle", "adresse", "cp", "commune", "tel", "email", "sit_salarie",
    "ct_CDI", "ct_CDD", "ct_interim", "ct_ct_autre", "emploi", "sit_independant",
    "sit_demandeur_emploi", "sit_etudiant", "sit_sans_activite", "sit_autre", "autre_precision",
    "fait_a", "le",
]
# fmt: on


def Y(t: float) -> float:
    return PAGE_H - t


class RunC(Layout):
    name = "C"
    sig_label = "grey"
    typed_font = "OpenSans"

    def acro_name(self, key: str, idx: int = 0) -> str:
        n = ORDER.index(key) + 1
        kind = self.slots[key].kind
        base = f"Check Box{n}" if kind == "check" else f"Text{n}"
        return base if key != "dob" else f"{base}.{idx}"

    def band(self, c, t, letter, title):
        c.setFillColorRGB(*GREY)
        c.rect(L, Y(t + 18), R - L, 18, stroke=0, fill=1)
        c.setFillColorRGB(*TEAL)
        c.rect(L, Y(t + 18), 22, 18, stroke=0, fill=1)
        self.text(c, L + 11, Y(t + 13.5), letter, "OpenSans-B", 11, (1, 1, 1), "c")
        self.text(c, L + 30, Y(t + 13), title, "OpenSans-B", 9.5, (0.1, 0.1, 0.1))

    def cell(self, c, x0, x1, t, h, label, key=None, page=0):
        c.setStrokeColorRGB(0.35, 0.35, 0.35)
        c.setLineWidth(0.5)
        c.rect(x0, Y(t + h), x1 - x0, h, stroke=1, fill=0)
        self.text(c, x0 + 3, Y(t + 8), label, "OpenSans", 6.2, (0.25, 0.25, 0.25))
        if key:
            self.add(key, Slot("line", page, x0 + 4, Y(t + h - 6), x1 - x0 - 8, 15))

    def combs(self, key, c, x, t, h, groups_n, cw=15.0, gap=6.0):
        groups, gx = [], x
        y = Y(t + h - 3)
        for n in groups_n:
            self.comb(c, gx, y, cw, cw, n, lw=0.5)
            groups.append((gx, y, cw, cw, n))
            gx += n * cw + gap
        self.add(key, Slot("comb", 0, x, y, gx - x - gap, cw, groups))
        return gx

    def check(self, key, c, x, y, s=9.5, page=0):
        self.box(c, x, y, s, 0.6)
        self.add(key, Slot("check", page, x, y, s, s))

    # ------------------------------------------------------------------------- page 1
    def page1(self, c):
        c.setLineWidth(1)
        c.setStrokeColorRGB(0, 0, 0)
        c.rect(L, Y(70), 78, 44, stroke=1, fill=0)
        self.text(c, L + 39, Y(48), "cerfa", "OpenSans-B", 16, anchor="c")
        self.text(c, L + 39, Y(63), "N° 15763*02", "OpenSans", 7.5, anchor="c")
        self.text(c, 300, Y(42), "Demande d'ouverture des droits à", "OpenSans-B", 13.5, anchor="c")
        self.text(c, 300, Y(59), "l'assurance maladie", "OpenSans-B", 13.5, anchor="c")
        self.text(c, 300, Y(75), "Protection universelle maladie (PUMa)", "OpenSans", 9, TEAL, "c")
        self.text(c, R, Y(44), "l'Assurance", "OpenSans", 9.5, TEAL, "r")
        self.text(c, R, Y(58), "Maladie", "OpenSans-B", 13, TEAL, "r")
        c.setFillColorRGB(*TEAL)
        c.rect(R - 70, Y(66), 70, 2.5, stroke=0, fill=1)
        self.text(c, 300, Y(90), LEGAL, "OpenSans", 6, (0.3, 0.3, 0.3), "c")
        self.para(c, L, Y(104), NOTICE, "OpenSans", 6.9, R - L, 8.4, (0.2, 0.2, 0.2))

        self.band(c, 140, "A", "VOUS")
        t = 162
        self.cell(c, L, R, t, 30, "Nom de naissance", "nom")
        t += 30
        self.cell(c, L, 297, t, 30, "Nom d'usage (facultatif)", "nom_usage")
        self.cell(c, 297, R, t, 30, "Prénom(s)", "prenoms")
        t += 30
        self.cell(c, L, 140, t, 36, "Sexe")
        self.check("sexe_F", c, L + 10, Y(t + 28))
        self.text(c, L + 24, Y(t + 27), "F", "OpenSans", 8.5)
        self.check("sexe_M", c, L + 50, Y(t + 28))
        self.text(c, L + 64, Y(t + 27), "M", "OpenSans", 8.5)
        self.cell(c, 140, 360, t, 36, "Date de naissance (JJ MM AAAA)")
        self.combs("dob", c, 148, t, 36, (2, 2, 4))
        self.cell(c, 360, R, t, 36, "Nationalité", "nationalite")
        t += 36
        self.cell(c, L, 340, t, 30, "Lieu de naissance — commune", "lieu_commune")
        self.cell(c, 340, R, t, 30, "Lieu de naissance — pays", "lieu_pays")
        t += 30
        self.cell(c, L, R, t, 36, "N° de sécurité sociale, si vous en avez un (13 chiffres + clé)")
        gx = self.combs("nir", c, L + 8, t, 36, (1, 2, 2, 2, 3, 3))
        self.text(c, gx + 4, Y(t + 29), "clé", "OpenSans", 7.5)
        self.combs("nir_cle", c, gx + 22, t, 36, (2,))
        t += 36
        self.cell(c, L, R, t, 30, "Adresse (n°, rue, bâtiment, étage, lieu-dit)", "adresse")
        t += 30
        self.cell(c, L, 140, t, 36, "Code postal")
        self.combs("cp", c, L + 8, t, 36, (5,), cw=16.0)
        self.cell(c, 140, 380, t, 36, "Commune", "commune")
        self.cell(c, 380, R, t, 36, "Téléphone", "tel")
        t += 36
        self.cell(c, L, R, t, 30, "Adresse e-mail", "email")

        t += 46
        self.band(c, t, "B", "VOTRE SITUATION")
        t += 18
        top = t
        t += 12
        for key, label in SITUATIONS:
            self.check("sit_" + key, c, L + 8, Y(t + 9.5))
            y = self.para(c, L + 26, Y(t + 8), label, "OpenSans", 8, R - L - 40, 10)
            nxt = PAGE_H - y + 13
            if key == "salarie":
                t += 17
                self.text(c, L + 26, Y(t + 8), "Contrat :", "OpenSans", 7.8)
                x = 110.0
                for ck, lab in CONTRACTS:
                    self.check("ct_" + ck, c, x, Y(t + 9), 8.5)
                    self.text(c, x + 12, Y(t + 7.5), lab, "OpenSans", 7.8)
                    x += 46 if ck != "interim" else 54
                self.text(c, 318, Y(t + 8), "Emploi :", "OpenSans", 7.8)
                self.rule(c, 352, R - 10, Y(t + 9), 0.4, (0.4, 0.4, 0.4))
                self.add("emploi", Slot("line", 0, 354, Y(t + 9), R - 364, 13))
                nxt = t + 27
            if key == "autre":
                self.rule(c, 160, R - 10, Y(t + 9), 0.4, (0.4, 0.4, 0.4))
                self.add("autre_precision", Slot("line", 0, 162, Y(t + 9), R - 172, 13))
            t = nxt
        c.setStrokeColorRGB(0.35, 0.35, 0.35)
        c.setLineWidth(0.5)
        c.rect(L, Y(t + 2), R - L, t + 2 - top, stroke=1, fill=0)
        self.text(c, 300, Y(822), FOOTER.format(p=1), "OpenSans", 6.5, (0.35, 0.35, 0.35), "c")

    # ------------------------------------------------------------------------- page 2
    def page2(self, c):
        self.band(c, 36, "C", "VOS ENGAGEMENTS ET SIGNATURE")
        y = self.para(c, L + 2, Y(72), CERTIFY, "OpenSans-SB", 8.6, R - L - 4, 11)
        y = self.para(c, L + 2, y - 5, PENALTY, "OpenSans", 6.8, R - L - 4, 8.5, (0.25,) * 3)
        t = PAGE_H - y + 14
        self.cell(c, L, 300, t, 32, "Fait à", "fait_a", page=1)
        self.cell(c, 300, R, t, 32, "le (JJ/MM/AAAA)", "le", page=1)
        t += 40
        c.setStrokeColorRGB(0.2, 0.2, 0.2)
        c.setLineWidth(0.8)
        c.rect(257, Y(t + 100), 300, 100, stroke=1, fill=0)
        self.text(c, 407, Y(t + 58), "Signature", "OpenSans", 22, (0.80, 0.80, 0.80), "c")
        self.add("signature", Slot("box", 1, 257, Y(t + 100), 300, 100))
        self.para(
            c,
            L,
            Y(t + 20),
            "Signature du demandeur, précédée de la date. Une demande "
            "non signée ne peut pas être traitée.",
            "OpenSans",
            7.2,
            200,
            9.2,
            (0.3,) * 3,
        )
        t += 120
        self.band(c, t, "", "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE")
        y = Y(t + 34)
        for item in PIECES:
            self.box(c, L + 6, y - 1, 6.5, 0.5)
            y = self.para(c, L + 20, y, item, "OpenSans", 7.8, R - L - 26, 9.8) - 4
        y = self.para(c, L, y - 8, PRIVACY, "OpenSans", 6.3, R - L, 7.8, (0.35,) * 3)
        top = y - 16
        c.setFillColorRGB(*GREY)
        c.rect(L, top - 16, R - L, 16, stroke=0, fill=1)
        self.text(c, L + 6, top - 11.5, "Cadre réservé à l'organisme", "OpenSans-B", 8)
        tc = PAGE_H - top + 16
        self.cell(c, L, 210, tc, 34, "Date de réception")
        self.cell(c, 210, 390, tc, 34, "Pièces vérifiées")
        for i, lab in enumerate(("oui", "non")):
            self.box(c, 222 + i * 50, Y(tc + 26), 8, 0.5)
            self.text(c, 234 + i * 50, Y(tc + 25), lab, "OpenSans", 7.5)
        self.cell(c, 390, R, tc, 34, "Matricule agent")
        self.text(c, 300, Y(822), FOOTER.format(p=2), "OpenSans", 6.5, (0.35, 0.35, 0.35), "c")
