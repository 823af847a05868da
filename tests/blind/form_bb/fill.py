"""What goes in each box of the form, and the four ways of putting it there."""

from __future__ import annotations

from reportlab.lib.utils import ImageReader

from cases import SITUATIONS, full_nir, strip_accents, written
from hand import INKS, Hand, Typist
from layout import Box, Comb, Slot
from signature import draw_signature, gen_signature, signature_image

CONTRACT_KEYS = {"CDI": "c_cdi", "CDD": "c_cdd", "Intérim": "c_interim"}
SIT_KEYS = {s: "sit_" + s for s in SITUATIONS}

# descriptive field names, as a form designer would set them
FR_NAMES = {
    "nom_naissance": "nom_naissance",
    "nom_usage": "nom_usage",
    "prenoms": "prenoms",
    "sexe_F": "sexe_f",
    "sexe_M": "sexe_m",
    "dob": ["date_naissance_jj", "date_naissance_mm", "date_naissance_aaaa"],
    "lieu_commune": "lieu_naissance_commune",
    "lieu_pays": "lieu_naissance_pays",
    "nationalite": "nationalite",
    "nir": ["nir_sexe", "nir_annee", "nir_mois", "nir_dept", "nir_commune", "nir_ordre", "nir_cle"],
    "adresse": "adresse",
    "code_postal": ["code_postal"],
    "commune": "commune",
    "telephone": "telephone",
    "email": "courriel",
    "sit_salarie": "situation_salarie",
    "c_cdi": "contrat_cdi",
    "c_cdd": "contrat_cdd",
    "c_interim": "contrat_interim",
    "c_autre": "contrat_autre",
    "employeur": "employeur_nom",
    "profession": "emploi",
    "sit_independant": "situation_non_salarie",
    "sit_demandeur_emploi": "situation_demandeur_emploi",
    "sit_etudiant": "situation_etudiant",
    "sit_sans_activite": "situation_sans_activite",
    "sit_autre": "situation_autre",
    "autre_text": "situation_autre_precision",
    "fait_a": "fait_a",
    "le_date": "date_signature",
}


def generic_names() -> dict:
    """Names an automatic field detection gives: Texte1..., Case à cocher1..."""
    out, t, b = {}, 0, 0
    for key, name in FR_NAMES.items():
        if key.startswith(("sexe_", "sit_", "c_")):
            b += 1
            out[key] = f"Case à cocher{b}"
        elif isinstance(name, list):
            out[key] = []
            for _ in name:
                t += 1
                out[key].append(f"Texte{t}")
        else:
            t += 1
            out[key] = f"Texte{t}"
    return out


def form_values(case: dict) -> dict:
    """Every value as it appears on the filled form."""

    def w(v):
        return written(case, v) if v else ""

    def typed_cap(v):
        return v[:1].upper() + v[1:] if v and case["fill"] != "hand" else w(v)

    y, m, d = case["dob"].split("-")
    vals = {
        "nom_naissance": w(case["surname"]),
        "nom_usage": w(case["usage"] or ""),
        "prenoms": w(case["given"]),
        "sexe_F": case["sex"] == "F",
        "sexe_M": case["sex"] == "M",
        "dob": d + m + y,
        "lieu_commune": w(case["birth_city"]),
        "lieu_pays": w(case["birth_country"]),
        "nationalite": typed_cap(case["nationality"]),
        "nir": full_nir(case) or "",
        "adresse": w(case["address"]),
        "code_postal": case["cp"],
        "commune": w(case["city"]),
        "telephone": case["phone"],
        "email": case["email"],
        "employeur": w(case["employer"]),
        "profession": w(case["job"]),
        "autre_text": case.get("other", ""),
        "fait_a": case["place"],
        "le_date": case["date_text"] or "",
        "c_autre": False,
    }
    if case.get("drop_accents"):
        vals["fait_a"] = strip_accents(vals["fait_a"])
    for s in SITUATIONS:
        vals[SIT_KEYS[s]] = s in case["sit"]
    for ck in CONTRACT_KEYS.values():
        vals[ck] = False
    if case["contract"]:
        vals[CONTRACT_KEYS[case["contract"]]] = True
    return vals


def on_page(anchors, n):
    return {k: a for k, a in anchors.items() if getattr(a, "page", None) == n}


HAND_DATE_KEYS = ("fait_a", "le_date")


def paint_values(c, n, anchors, vals, writer, skip=()):
    """Write every value of page n with a Hand or a Typist."""
    for key, a in on_page(anchors, n).items():
        if key in skip or key in ("signature",):
            continue
        v = vals.get(key)
        if isinstance(a, Box):
            if v:
                writer.tick(c, a, *(() if isinstance(writer, Typist) else (writer.tick_style,)))
        elif isinstance(a, Comb) and v:
            writer.comb(c, a, v)
        elif isinstance(a, Slot) and v:
            writer.write(c, a, v)


def make_hand(case, rng, cursive=False):
    font = case.get("hand_font") or rng.choice(["H-dkg", "H-breip"])
    if cursive:
        font = rng.choice(["H-ecolier", "H-dkg"])
    size = {"H-ecolier": 18.0, "H-humor": 12.5}.get(font, 11.5)
    weight = {"H-ecolier": 0.4, "H-humor": 0.1}.get(font, 0.28)
    ink = rng.choice(["blue", "bic", "black"])
    h = Hand(rng, font=font, ink=ink, size=size, slant=rng.uniform(0.0, 0.22), weight=weight)

    h.tick_style = rng.choice(["cross", "check"])
    return h


def paint_signature(c, anchors, case, rng, ink, mode):
    box, bh = anchors["signature"], anchors["signature_h"]
    strokes = gen_signature(rng, case["surname"])
    if mode == "pen":
        base = rng.uniform(0.9, 1.5)
        draw_signature(c, box.x + 4, box.y + 4, box.s - 8, bh - 8, strokes, ink, rng, base)
        return
    paper = mode == "image_paper"
    img = signature_image(strokes, ink, 600, 230, rng, background=paper)
    w = box.s * rng.uniform(0.5, 0.72)
    h = w * 230 / 600
    x = box.x + rng.uniform(0.05, 0.95) * (box.s - w)
    y = box.y + rng.uniform(0.1, 0.9) * (bh - h)
    c.drawImage(ImageReader(img), x, y, w, h, mask="auto" if not paper else None)


def painter(case, rng, vals):
    """The drawing callback for the drawn PDF of this case (page n, anchors)."""
    fill, kase = case["fill"], case["case"]
    hand = make_hand(case, rng)
    date_hand = fill == "hand" or (
        fill in ("typed_print", "acroform_printed") and case["date_hand"]
    )
    cursive = make_hand(case, rng, cursive=True) if date_hand else None
    if cursive is not None:
        cursive.ink = hand.ink
    typist = Typist(rng, font=rng.choice(["LibSans", "Carlito", "LibMono"]), size=10.0)
    sig_mode = {"hand": "pen", "typed_print": "pen", "acroform_printed": "pen"}.get(fill)
    if fill == "acroform":
        sig_mode = case.get("sig_image", "image")
    unsigned = kase in ("unsigned", "label_only", "stray_mark")

    def cb(c, n, anchors):
        if fill == "hand":
            paint_values(c, n, anchors, vals, hand, skip=HAND_DATE_KEYS)
        elif fill == "typed_print":
            paint_values(c, n, anchors, vals, typist, skip=HAND_DATE_KEYS if date_hand else ())
        if n != 2:
            return
        if date_hand:
            for key in HAND_DATE_KEYS:
                if vals[key]:
                    cursive.write(c, anchors[key], vals[key])
        if kase == "stray_mark":
            hand.mark(c, anchors["signature"], anchors["signature_h"])
        if not unsigned:
            ink = hand.ink if sig_mode == "pen" else INKS[rng.choice(["blue", "black"])]
            paint_signature(c, anchors, case, rng, ink, sig_mode)

    return cb, date_hand
