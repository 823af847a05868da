"""Housing papers: a 'bail d'habitation' (loi du 6 juillet 1989, type contract of decree
2015-587) signed electronically, and a handwritten 'attestation d'hebergement' on Seyes paper."""

from __future__ import annotations

import random

from reportlab.lib.pagesizes import A4

from civil import _wrap
from common import draw_signature_rl, finish, hand, new_canvas

W, H = A4


def lease(p: dict, rng: random.Random) -> bytes:
    c, buf = new_canvas()
    c.setTitle("Contrat de location - logement nu")
    pages = p["pages"]
    n = len(pages)
    for k, blocks in enumerate(pages):
        y = H - 56
        c.setFillColorRGB(0, 0, 0)
        c.setFont("Open", 7.5)
        c.drawString(48, H - 30, f"{p['agency']} — Réf. dossier {p['ref']}")
        c.drawRightString(W - 48, H - 30, f"Document signé électroniquement — ID {p['envelope']}")
        if k == 0:
            c.setFont("Open-B", 15)
            c.drawCentredString(W / 2, y - 10, "CONTRAT DE LOCATION")
            c.setFont("Open-SB", 11)
            c.drawCentredString(W / 2, y - 28, "LOCAUX VIDES À USAGE D'HABITATION PRINCIPALE")
            c.setFont("Open", 8)
            c.drawCentredString(
                W / 2,
                y - 44,
                "(Soumis au titre Ier de la loi n° 89-462 du 6 juillet 1989 tendant à "
                "améliorer les rapports locatifs)",
            )
            c.drawCentredString(W / 2, y - 55, "Modèle type — décret n° 2015-587 du 29 mai 2015")
            y -= 84
        for title, body in blocks:
            if title:
                c.setFillColorRGB(0.93, 0.93, 0.93)
                c.rect(48, y - 4, W - 96, 15, stroke=0, fill=1)
                c.setFillColorRGB(0, 0, 0)
                c.setFont("Open-B", 9.5)
                c.drawString(54, y, title)
                y -= 20
            y = _wrap(c, 54, y, body, "Open", 9, W - 108, 12.5) - 8
        if k == n - 1:
            c.setFont("Open", 9)
            c.drawString(
                54,
                y - 6,
                f"Fait à {p['place']}, le {p['signed_txt']}, en autant d'originaux que de parties.",
            )
            y -= 30
            for i, (who, name, stamp) in enumerate(p["signers"]):
                x = 54 + (i % 3) * 166
                yy = y - (i // 3) * 110
                c.setStrokeColorRGB(0.3, 0.45, 0.75)
                c.setLineWidth(0.8)
                c.roundRect(x, yy - 88, 156, 88, 5, stroke=1, fill=0)
                c.setFont("Open-B", 8)
                c.drawString(x + 6, yy - 12, who)
                c.setFont("Open", 7.5)
                c.drawString(x + 6, yy - 24, name)
                draw_signature_rl(c, x + 20, yy - 66, 110, 36, rng, (0.05, 0.05, 0.25), 1.0)
                c.setFont("Open", 6.5)
                c.setFillColorRGB(0.3, 0.45, 0.75)
                c.drawString(x + 6, yy - 76, "Signé électroniquement via Yousign")
                c.drawString(x + 6, yy - 84, stamp)
                c.setFillColorRGB(0, 0, 0)
        c.setFont("Open", 7.5)
        c.drawCentredString(W / 2, 28, f"Page {k + 1} sur {n}")
        c.drawRightString(W - 48, 28, "Paraphes : " + " / ".join(p["initials"]))
        c.showPage()
    return finish(c, buf)


def seyes_page(c, rng):
    """French 'grands carreaux' school paper: faint blue lines, purple verticals, red margin."""
    c.setFillColorRGB(0.99, 0.99, 0.975)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    step = 8 * 72 / 25.4
    small = step / 4
    y = H - 40
    k = 0
    while y > 20:
        c.setStrokeColorRGB(0.55, 0.5, 0.8) if k % 4 == 0 else c.setStrokeColorRGB(0.72, 0.8, 0.93)
        c.setLineWidth(0.6 if k % 4 == 0 else 0.35)
        c.line(0, y, W, y)
        y -= small
        k += 1
    x = 90
    c.setStrokeColorRGB(0.6, 0.5, 0.8)
    c.setLineWidth(0.35)
    while x < W:
        c.line(x, 0, x, H)
        x += step
    c.setStrokeColorRGB(0.9, 0.3, 0.35)
    c.setLineWidth(0.8)
    c.line(80, 0, 80, H)
    return step


def hosting_attestation(p: dict, rng: random.Random) -> bytes:
    """Handwritten on squared paper: text, date, signature."""
    c, buf = new_canvas()
    step = seyes_page(c, rng)
    font, ink = p.get("font", "Hand2"), p.get("ink", (0.1, 0.12, 0.45))
    y = H - 40 - step * 2
    caps = p.get("caps_font")
    size = p.get("size", 21)
    hand(
        c,
        160,
        y,
        "Attestation d'hébergement",
        rng,
        font,
        size + 7,
        ink,
        caps_font=caps,
        weight=0.45,
    )
    y -= step * 2
    for ln in p["lines"]:
        if ln:
            hand(c, 92, y, ln, rng, font, size, ink, sp=0.3, caps_font=caps, weight=0.4)
        y -= step
    y -= step * 0.5
    hand(c, 250, y, p["place_date"], rng, font, size, ink, sp=0.6, caps_font=caps, weight=0.4)
    y -= step
    hand(c, 330, y, "Signature", rng, font, size - 2, ink, weight=0.4)
    draw_signature_rl(c, 320, y - 92, 170, 80, rng, ink, 1.5, p.get("sig_letters", 6))
    c.showPage()
    return finish(c, buf)
