"""Civil-status papers: Peruvian acta de nacimiento (RENIEC), Chinese notarial birth certificate
with its attached English translation, Québec certificate of birth, and the Hague apostille
(model annexed to the Convention of 5 October 1961: ten numbered items)."""

from __future__ import annotations

import random

from canvas import wrap


def stamp(pg, cx, cy, r, lines, color="#3b3f9a"):
    pg.circle(cx, cy, r, stroke=color, lw=0.6)
    pg.circle(cx, cy, r - 2.2, stroke=color, lw=0.3)
    for i, ln in enumerate(lines):
        pg.text(cx, cy - 2 + i * 3.6, ln, "sansb", 6, color, "c")


def peru_acta(pg, b: dict, rng: random.Random):
    """RENIEC 'Acta de nacimiento' (certified copy printed from the registry)."""
    pg.rect(12, 12, 186, 273, stroke="#6b2a2a", lw=0.6)
    pg.text(105, 24, "REPÚBLICA DEL PERÚ", "serifb", 12, anchor="c")
    pg.text(
        105,
        30,
        "REGISTRO NACIONAL DE IDENTIFICACIÓN Y ESTADO CIVIL — RENIEC",
        "serif",
        8.5,
        anchor="c",
    )
    pg.text(105, 42, "ACTA DE NACIMIENTO", "serifb", 16, "#6b2a2a", "c")
    pg.text(170, 52, "N° " + b["acta_no"], "monob", 10, "#b22222", "r")
    y = 62
    secs = [
        (
            "DATOS DEL NACIDO",
            [
                ("Apellido paterno", b["ap_pat"]),
                ("Apellido materno", b["ap_mat"]),
                ("Prenombres", b["given"]),
                ("Sexo", b["sexo"]),
                ("Fecha de nacimiento", b["dob_es"]),
                ("Hora", b["hora"]),
                ("Lugar de nacimiento", b["lugar"]),
            ],
        ),
        (
            "DATOS DE LA MADRE",
            [
                ("Apellidos y nombres", b["madre"]),
                ("DNI", b["madre_dni"]),
                ("Nacionalidad", "PERUANA"),
            ],
        ),
        (
            "DATOS DEL PADRE",
            [
                ("Apellidos y nombres", b["padre"]),
                ("DNI", b["padre_dni"]),
                ("Nacionalidad", "PERUANA"),
            ],
        ),
        (
            "DATOS DEL REGISTRO",
            [("Oficina registral", b["oficina"]), ("Fecha de inscripción", b["inscr_es"])],
        ),
    ]
    for title, rows in secs:
        pg.rect(18, y - 4.5, 174, 6.5, stroke=None, fill="#ead9d9")
        pg.text(20, y, title, "sansb", 9)
        y += 8
        for k, v in rows:
            pg.text(22, y, k + ":", "sans", 8.5, "#444444")
            pg.text(75, y, v, "monob", 9.5)
            y += 6
        y += 4
    y = wrap(
        pg,
        20,
        y + 2,
        "Se expide la presente copia certificada conforme al acta que obra "
        "en el registro, a solicitud de la parte interesada, para los fines que estime "
        "conveniente.",
        170,
        "serif",
        9,
        4.5,
    )
    pg.text(20, y + 6, "Lima, " + b["issued_es"], "serif", 9.5)
    pg.signature(120, y + 28, "R. Salazar", 16, "#202060", rng)
    pg.line(110, y + 32, 185, y + 32, "#333333", 0.3)
    pg.text(147, y + 37, "Registrador(a) Civil — RENIEC", "sans", 8, anchor="c")
    stamp(pg, 60, y + 30, 14, ["RENIEC", "REGISTRO CIVIL", "LIMA"], "#2f3f8f")


def china_notarial(pg, b: dict, rng: random.Random):
    """出生公证书 page in Chinese (image backend only: CJK font)."""
    pg.text(105, 40, "公 证 书", "cjkb", 26, anchor="c")
    pg.text(170, 58, b["no_cn"], "cjk", 10, anchor="r")
    y = 80
    lines = [
        f"申请人：{b['name_cn']}，女，{b['dob_cn']}出生，",
        f"现住{b['addr_cn']}。",
        "公证事项：出生",
        f"兹证明{b['name_cn']}于{b['dob_cn']}在{b['place_cn']}出生。",
        f"{b['name_cn']}的父亲是{b['father_cn']}，",
        f"{b['name_cn']}的母亲是{b['mother_cn']}。",
    ]
    for ln in lines:
        pg.text(30, y, ln, "cjk", 13)
        y += 12
    pg.text(150, y + 30, b["office_cn"], "cjk", 12, anchor="c")
    pg.text(150, y + 44, "公证员  " + b["notary_cn"], "cjk", 12, anchor="c")
    pg.text(150, y + 58, b["date_cn"], "cjk", 12, anchor="c")
    stamp(pg, 150, y + 44, 17, ["", "", ""], "#c81e1e")
    pg.text(150, y + 44, "★", "dejavu", 16, "#c81e1e", "c")


def china_translation(pg, b: dict, rng: random.Random):
    """The English translation bound to the notarial certificate by the notary office."""
    pg.text(105, 36, "NOTARIAL CERTIFICATE", "serifb", 17, anchor="c")
    pg.text(170, 52, b["no_en"], "serif", 10, anchor="r")
    y = 72
    for ln in [
        f"Applicant: {b['name_en']}, female, born on {b['dob_en']},",
        f"currently residing at {b['addr_en']}.",
        "Subject: Birth",
        f"This is to certify that {b['name_en']} was born on {b['dob_en']} in",
        f"{b['place_en']}.",
        f"The father of {b['name_en']} is {b['father_en']}.",
        f"The mother of {b['name_en']} is {b['mother_en']}.",
    ]:
        pg.text(28, y, ln, "serif", 12)
        y += 9
    pg.text(120, y + 24, b["office_en"], "serif", 11)
    pg.text(120, y + 34, "Notary: " + b["notary_en"], "serif", 11)
    pg.text(120, y + 44, b["date_en"], "serif", 11)
    pg.text(
        28,
        y + 80,
        "This is to certify that the foregoing English translation is in "
        "conformity with the Chinese original.",
        "serifi",
        9.5,
    )
    stamp(pg, 150, y + 36, 17, ["", "", ""], "#c81e1e")
    pg.text(150, y + 36, "★", "dejavu", 16, "#c81e1e", "c")


def quebec_certificate(pg, b: dict, rng: random.Random):
    """Directeur de l'état civil du Québec — 'Copie d'acte de naissance' (long form)."""
    pg.rect(10, 10, 190, 140, stroke="#2a4a7a", fill="#f3f6fb", lw=0.5)
    pg.text(16, 22, "Québec", "serifb", 16, "#1f3d7a")
    pg.text(52, 22, "Directeur de l'état civil", "sans", 10, "#1f3d7a")
    pg.text(194, 20, "COPIE D'ACTE DE NAISSANCE", "sansb", 11, anchor="r")
    pg.text(194, 25, "Extrait du registre de l'état civil", "sans", 7.5, "#444444", "r")
    rows = [
        [("Nom", b["surname"]), ("Prénoms", b["given"])],
        [("Sexe", b["sex_fr"]), ("Date de naissance", b["dob_fr"]), ("Heure", b["hour"])],
        [("Lieu de naissance", b["place"])],
        [
            ("Nom et prénom de la mère", b["mother"]),
            ("Lieu de naissance de la mère", b["mother_place"]),
        ],
        [("Nom et prénom du père", b["father"]), ("Lieu de naissance du père", b["father_place"])],
        [("Date de l'inscription", b["inscr_fr"]), ("Numéro d'inscription", b["inscr_no"])],
    ]
    y = 38
    for row in rows:
        for i, (k, v) in enumerate(row):
            x = 16 + i * (180 / len(row))
            pg.text(x, y, k, "sans", 7, "#4a5a7a")
            pg.text(x, y + 5, v, "sansb", 10)
        y += 14
    pg.text(16, y + 4, "Délivré à Québec, le " + b["issued_fr"], "sans", 8.5)
    pg.signature(120, y + 14, "R. Beaulieu", 14, "#202060", rng)
    pg.text(120, y + 20, "Le Directeur de l'état civil", "sans", 7.5)
    pg.text(16, 146, "No de contrôle : " + b["control"], "mono", 8, "#444444")


APOSTILLE_ITEMS = [
    ("1. País / Country / Pays:", "country"),
    (
        "2. El presente documento público / This public document / Le présent acte public "
        "ha sido firmado por / has been signed by / a été signé par",
        "signed_doc_by",
    ),
    (
        "3. quien actúa en calidad de / acting in the capacity of / agissant en qualité de",
        "capacity",
    ),
    (
        "4. y está revestido del sello/timbre de / bears the seal/stamp of / est revêtu du "
        "sceau/timbre de",
        "seal_of",
    ),
    ("5. en / at / à", "at"),
    ("6. el día / the / le", "date"),
    ("7. por / by / par", "by"),
    ("8. bajo el número / No. / sous n°", "number"),
    ("9. Sello/timbre / Seal/stamp / Sceau/timbre", None),
    ("10. Firma / Signature / Signature", "signer"),
]


def apostille(pg, a: dict, rng: random.Random, x0=25, y0=30):
    """Hague model apostille (≥ 9 cm sides), trilingual headings where the state uses them."""
    w = 160
    pg.rect(x0, y0, w, 150, stroke="#222222", lw=0.7)
    pg.text(x0 + w / 2, y0 + 12, "APOSTILLE", "serifb", 18, anchor="c")
    pg.text(
        x0 + w / 2,
        y0 + 19,
        a.get("subtitle", "(Convention de La Haye du 5 octobre 1961)"),
        "serifi",
        8.5,
        anchor="c",
    )
    y = y0 + 30
    for label, key in APOSTILLE_ITEMS:
        if key is None:
            pg.text(
                x0 + 6,
                y,
                label if a.get("lang") == "es" else label.split(" / ", 1)[-1],
                "serif",
                8.5,
            )
            stamp(pg, x0 + 45, y + 14, 12, a["seal"], a.get("seal_color", "#2f3f8f"))
            y += 30
            continue
        text = (
            label
            if a.get("lang") == "es"
            else label.replace("El presente documento público / ", "")
        )
        y = wrap(pg, x0 + 6, y, text, w - 14, "serif", 8.5, 3.8, "#333333")
        pg.text(x0 + 12, y + 0.5, a[key], "sansb", 9.5)
        y += 8
    pg.signature(x0 + 95, y - 12, a["signer_sig"], 16, "#1c1c66", rng)
