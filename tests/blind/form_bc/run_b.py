"""Print run B: serif (DejaVu Serif), underlined section titles, labels above dotted lines,
small comb 'peigne' marks, 'Signature :' printed inside the top-left corner of its frame."""

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

INK = (0.08, 0.14, 0.35)
L, R, MID = 40.0, 555.0, 302.0


def Y(t: float) -> float:
    return PAGE_H - t


class RunB(Layout):
    name = "B"
    sig_label = "inside"
    typed_font = "Carlito"
    field_names = {
        "nom": "nom_naissance",
        "nom_usage": "nom_usage",
        "prenoms": "prenoms",
        "sexe_F": "sexe_f",
        "sexe_M": "sexe_m",
        "dob": "date_naissance",
        "lieu_commune": "lieu_naissance_commune",
        "lieu_pays": "lieu_naissance_pays",
        "nationalite": "nationalite",
        "nir": "nir",
        "nir_cle": "nir_cle",
        "adresse": "adresse",
        "cp": "code_postal",
        "commune": "commune",
        "tel": "telephone",
        "email": "email",
        "emploi": "emploi_occupe",
        "autre_precision": "autre_situation_precision",
        "fait_a": "fait_a",
        "le": "date_signature",
    }

    def acro_name(self, key: str, idx: int = 0) -> str:
        base = self.field_names.get(key)
        if base is None:
            base = "case_" + key
        if key == "dob":
            return base + ("_jj", "_mm", "_aaaa")[idx]
        return base

    def section(self, c, t, title):
        self.text(c, L, Y(t + 12), title, "Serif-B", 11, INK)
        self.rule(c, L, R, Y(t + 16), 1.4, INK)

    def field(self, key, c, x0, x1, t, label, page=0):
        self.text(c, x0, Y(t + 9), label, "Serif", 7.3, (0.15, 0.15, 0.15))
        self.dotted(c, x0, x1, Y(t + 28))
        self.add(key, Slot("line", page, x0, Y(t + 28), x1 - x0, 15))

    def peigne(self, key, c, x, t, groups_n, cw=12.0, ch=14.0):
        groups, gx = [], x
        for n in groups_n:
            self.comb(c, gx, Y(t + 28), cw, ch, n, style="peigne", lw=0.7)
            groups.append((gx, Y(t + 28), cw, ch, n))
            gx += n * cw + 7
        self.add(key, Slot("comb", 0, x, Y(t + 28), gx - x - 7, ch, groups))
        return gx

    def check(self, key, c, x, y, s=8.5, page=0):
        self.box(c, x, y, s, 0.6)
        self.add(key, Slot("check", page, x, y, s, s))

    # ------------------------------------------------------------------------- page 1
    def page1(self, c):
        c.setFillColorRGB(*INK)
        c.circle(L + 11, Y(40), 11, stroke=0, fill=1)
        c.setFillColorRGB(1, 1, 1)
        c.circle(L + 15, Y(37), 6, stroke=0, fill=1)
        self.text(c, L + 28, Y(36), "l'Assurance", "Serif", 10, INK)
        self.text(c, L + 28, Y(49), "Maladie", "Serif-B", 12, INK)
        c.setStrokeColorRGB(0, 0, 0)
        c.setLineWidth(0.6)
        c.rect(470, Y(58), 85, 34, stroke=1, fill=0)
        self.text(c, 478, Y(40), "cerfa", "Serif-B", 12)
        self.text(c, 478, Y(52), "N° 15763*02", "Serif", 8)
        self.text(c, 297, Y(84), "DEMANDE D'OUVERTURE DES DROITS", "Serif-B", 13.5, anchor="c")
        self.text(c, 297, Y(100), "À L'ASSURANCE MALADIE", "Serif-B", 13.5, anchor="c")
        self.text(
            c, 297, Y(115), "Protection universelle maladie — PUMa", "Serif-I", 9.5, anchor="c"
        )
        self.text(c, 297, Y(128), LEGAL, "Serif", 6.2, (0.3, 0.3, 0.3), "c")
        self.para(c, L, Y(144), NOTICE, "Serif-I", 7, R - L, 8.6, (0.15, 0.15, 0.15))

        self.section(c, 182, "A. VOUS")
        t = 202
        self.field("nom", c, L, R, t, "Nom de naissance")
        t += 34
        self.field("nom_usage", c, L, MID - 12, t, "Nom d'usage (facultatif)")
        self.field("prenoms", c, MID, R, t, "Prénom(s)")
        t += 34
        self.text(c, L, Y(t + 9), "Sexe", "Serif", 7.3, (0.15, 0.15, 0.15))
        self.check("sexe_F", c, L + 4, Y(t + 27))
        self.text(c, L + 16, Y(t + 26), "Féminin", "Serif", 8)
        self.check("sexe_M", c, L + 70, Y(t + 27))
        self.text(c, L + 82, Y(t + 26), "Masculin", "Serif", 8)
        self.text(
            c,
            MID,
            Y(t + 9),
            "Date de naissance (jour, mois, année)",
            "Serif",
            7.3,
            (0.15, 0.15, 0.15),
        )
        self.peigne("dob", c, MID, t, (2, 2, 4))
        t += 34
        self.field("lieu_commune", c, L, MID - 12, t, "Lieu de naissance : commune (ou ville)")
        self.field("lieu_pays", c, MID, R, t, "Lieu de naissance : pays")
        t += 34
        self.field("nationalite", c, L, MID - 12, t, "Nationalité")
        self.text(
            c,
            MID,
            Y(t + 9),
            "N° de sécurité sociale (si vous en avez un)",
            "Serif",
            7.3,
            (0.15, 0.15, 0.15),
        )
        gx = self.peigne("nir", c, MID, t, (13,), cw=11.0)
        self.text(c, gx - 2, Y(t + 26), "/", "Serif", 9)
        self.peigne("nir_cle", c, gx + 6, t, (2,), cw=11.0)
        t += 34
        self.field("adresse", c, L, R, t, "Adresse (numéro, voie, complément)")
        t += 34
        self.text(c, L, Y(t + 9), "Code postal", "Serif", 7.3, (0.15, 0.15, 0.15))
        self.peigne("cp", c, L, t, (5,))
        self.field("commune", c, 130, R, t, "Commune")
        t += 34
        self.field("tel", c, L, MID - 12, t, "Téléphone")
        self.field("email", c, MID, R, t, "Adresse électronique")

        t += 50
        self.section(c, t, "B. VOTRE SITUATION")
        self.text(c, R, Y(t + 12), "(une seule case)", "Serif-I", 7, (0.3, 0.3, 0.3), "r")
        t += 30
        for key, label in SITUATIONS:
            self.check("sit_" + key, c, L, Y(t + 8.5))
            y = self.para(c, L + 16, Y(t + 7.5), label, "Serif", 8.2, R - L - 16, 10)
            nxt = PAGE_H - y + 12
            if key == "salarie":
                t += 16
                self.text(c, L + 16, Y(t + 7.5), "Nature du contrat :", "Serif-I", 7.8)
                x = 142.0
                for ck, lab in CONTRACTS:
                    self.check("ct_" + ck, c, x, Y(t + 8.5), 8)
                    self.text(c, x + 11, Y(t + 7.5), lab, "Serif", 7.8)
                    x += 50 if ck != "interim" else 58
                t += 16
                self.text(c, L + 16, Y(t + 7.5), "Profession / emploi occupé :", "Serif-I", 7.8)
                self.dotted(c, 178, R, Y(t + 8))
                self.add("emploi", Slot("line", 0, 178, Y(t + 8), R - 178, 13))
                nxt = t + 26
            if key == "autre":
                self.dotted(c, 170, R, Y(t + 8))
                self.add("autre_precision", Slot("line", 0, 170, Y(t + 8), R - 170, 13))
            t = nxt
        self.text(c, 297, Y(820), FOOTER.format(p=1), "Serif", 6.8, (0.3, 0.3, 0.3), "c")

    # ------------------------------------------------------------------------- page 2
    def page2(self, c):
        self.section(c, 40, "C. VOS ENGAGEMENTS ET SIGNATURE")
        y = self.para(c, L, Y(78), CERTIFY, "Serif-B", 8.8, R - L, 11.5)
        y = self.para(c, L, y - 6, PENALTY, "Serif", 7, R - L, 8.8, (0.2, 0.2, 0.2))
        t = PAGE_H - y + 20
        self.text(c, L, Y(t + 12), "Fait à", "Serif", 9)
        self.dotted(c, L + 32, 300, Y(t + 12))
        self.add("fait_a", Slot("line", 1, L + 32, Y(t + 12), 300 - L - 32, 14))
        self.text(c, 308, Y(t + 12), ", le", "Serif", 9)
        self.dotted(c, 328, 470, Y(t + 12))
        self.add("le", Slot("line", 1, 328, Y(t + 12), 142, 14))
        t += 26
        c.setStrokeColorRGB(0, 0, 0)
        c.setLineWidth(0.7)
        c.rect(270, Y(t + 96), 285, 96, stroke=1, fill=0)
        self.text(c, 276, Y(t + 11), "Signature :", "Serif-I", 8)
        self.add("signature", Slot("box", 1, 270, Y(t + 96), 285, 96))

        t += 130
        self.section(c, t, "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE")
        y = Y(t + 34)
        for i, item in enumerate(PIECES, 1):
            self.text(c, L, y, f"{i}.", "Serif-B", 8)
            y = self.para(c, L + 14, y, item, "Serif", 8, R - L - 14, 10) - 5
        self.text(
            c,
            L,
            y - 4,
            "Photocopies uniquement : n'envoyez pas vos documents originaux.",
            "Serif-B",
            7.8,
        )
        y = self.para(c, L, y - 22, PRIVACY, "Serif-I", 6.6, R - L, 8.2, (0.3, 0.3, 0.3))
        top = y - 18
        c.saveState()
        c.setDash(3, 2)
        c.setLineWidth(0.7)
        c.rect(L, top - 84, R - L, 84, stroke=1, fill=0)
        c.restoreState()
        self.text(c, L + 8, top - 13, "CADRE RÉSERVÉ À L'ORGANISME", "Serif-B", 8)
        self.text(c, L + 8, top - 34, "Date de réception : ..... / ..... / ..........", "Serif", 8)
        self.text(c, 300, top - 34, "Pièces vérifiées :", "Serif", 8)
        self.box(c, 385, top - 36, 8, 0.5)
        self.text(c, 396, top - 34, "oui", "Serif", 8)
        self.box(c, 425, top - 36, 8, 0.5)
        self.text(c, 436, top - 34, "non", "Serif", 8)
        self.text(
            c, L + 8, top - 58, "Matricule de l'agent : .............................", "Serif", 8
        )
        self.text(c, 300, top - 58, "Cachet de l'organisme :", "Serif", 8)
        self.text(c, 297, Y(820), FOOTER.format(p=2), "Serif", 6.8, (0.3, 0.3, 0.3), "c")
