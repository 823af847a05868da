"""Civil documents: foreign birth certificates, apostilles, legalisation, hosting attestation."""

from __future__ import annotations

import math
import random

from au_common import hand_image, pdf_hand, signature_image
from reportlab.lib.pagesizes import A4

W, H = A4


def stamp(c, x, y, r, lines, rng, color=(0.15, 0.25, 0.6), angle=None):
    """A round rubber stamp with text around and in the middle."""
    c.saveState()
    c.translate(x, y)
    c.rotate(angle if angle is not None else rng.uniform(-18, 18))
    c.setStrokeColorRGB(*color)
    c.setFillColorRGB(*color)
    c.setLineWidth(1.6)
    c.circle(0, 0, r)
    c.setLineWidth(0.8)
    c.circle(0, 0, r - 6)
    ring = lines[0]
    n = len(ring)
    c.setFont("Sans-B", 6.5)
    for i, ch in enumerate(ring):
        a = math.pi / 2 + math.pi * 0.9 - i * (1.8 * math.pi / max(n, 1))
        c.saveState()
        c.translate((r - 4.5) * math.cos(a) - 2, (r - 4.5) * math.sin(a) - 2)
        c.rotate(math.degrees(a) - 90)
        c.drawString(0, 0, ch)
        c.restoreState()
    c.setFont("Sans-B", 6)
    for i, s in enumerate(lines[1:]):
        c.drawCentredString(0, 4 - i * 8, s)
    c.restoreState()


# ---------------------------------------------------------------- birth certificates
def birth_english(c, b: dict, rng: random.Random) -> None:
    """Commonwealth-style registry certificate (South Sudan, Tonga, Eswatini variants)."""
    c.setStrokeColorRGB(*b.get("frame", (0.2, 0.3, 0.2)))
    c.setLineWidth(3)
    c.rect(28, 28, W - 56, H - 56)
    c.setLineWidth(0.8)
    c.rect(34, 34, W - 68, H - 68)
    c.setFillColorRGB(0, 0, 0)
    y = H - 80
    for i, s in enumerate(b["header"]):
        c.setFont("Serif-B" if i < 2 else "Serif", 15 if i == 0 else 11)
        c.drawCentredString(W / 2, y, s)
        y -= 18
    c.setFont("Serif-B", 18)
    y -= 14
    c.drawCentredString(W / 2, y, b["title"])
    y -= 16
    c.setFont("Serif", 9)
    c.drawCentredString(W / 2, y, b.get("subtitle", ""))
    c.setFont("Mono", 10)
    c.drawString(60, H - 60, b["serial"])
    y -= 34
    for label, val in b["rows"]:
        c.setFont("Serif", 10)
        c.drawString(70, y, label)
        c.setLineWidth(0.4)
        c.setDash(1, 2)
        c.line(250, y - 2, W - 70, y - 2)
        c.setDash()
        if b.get("hand_values"):
            img = hand_image(val, b.get("hand_font", "femke"), px=52, ink=(15, 15, 60), rng=rng)
            pdf_hand(c, img, 255, y - 3, 14)
        else:
            c.setFont("Mono", 10.5)
            c.drawString(255, y, val)
        y -= 27
    y -= 20
    c.setFont("Serif", 9.5)
    for s in b["certify"]:
        c.drawString(70, y, s)
        y -= 13
    y -= 40
    c.setFont("Serif", 10)
    c.drawString(340, y, b["registrar"])
    pdf_hand(c, signature_image(b["registrar_sig"], rng, font="kaushan", px=50), 340, y + 10, 40)
    stamp(c, 160, y + 20, 46, b["stamp"], rng, color=b.get("stamp_color", (0.4, 0.2, 0.55)))


def birth_portuguese(c, b: dict, rng: random.Random) -> None:
    """São Tomé and Príncipe 'Certidão de Nascimento' (Conservatória do Registo Civil)."""
    c.setFont("Serif-B", 12)
    y = H - 70
    for s in b["header"]:
        c.drawCentredString(W / 2, y, s)
        y -= 16
        c.setFont("Serif", 10.5)
    c.setFont("Serif-B", 16)
    y -= 12
    c.drawCentredString(W / 2, y, "CERTIDÃO DE NASCIMENTO")
    y -= 14
    c.setFont("Serif", 9)
    c.drawCentredString(W / 2, y, "(cópia integral)")
    y -= 30
    c.setFont("Serif", 10.5)
    for s in b["body"]:
        c.drawString(60, y, s)
        y -= 16
    y -= 12
    c.setFont("Serif-B", 10)
    c.drawString(60, y, "AVERBAMENTOS:")
    c.setFont("Serif", 10)
    c.drawString(170, y, "Nada consta.")
    y -= 30
    for s in b["closing"]:
        c.drawString(60, y, s)
        y -= 15
    y -= 30
    c.drawCentredString(W / 2 + 100, y, "O Conservador,")
    pdf_hand(c, signature_image(b["sig"], rng, font="kaushan", px=52), W / 2 + 50, y - 62, 46)
    c.drawCentredString(W / 2 + 100, y - 75, b["conservador"])
    stamp(c, 150, y - 40, 48, b["stamp"], rng, color=(0.55, 0.1, 0.2))
    c.setFont("Serif", 8)
    c.drawString(60, 60, b["fees"])


# ---------------------------------------------------------------- apostille (HCCH model)
def apostille(c, a: dict, rng: random.Random, x0=None, y0=None, scale=1.0) -> None:
    """The 1961 Convention model: a square box with 10 numbered items."""
    bw, bh = 300 * scale, 300 * scale
    x0 = (W - bw) / 2 if x0 is None else x0
    y0 = H - 120 - bh if y0 is None else y0
    c.saveState()
    c.setLineWidth(1.2)
    c.rect(x0, y0, bw, bh)
    c.setFont("Serif-B", 16 * scale)
    c.drawCentredString(x0 + bw / 2, y0 + bh - 24 * scale, "APOSTILLE")
    c.setFont("Serif-I", 8 * scale)
    c.drawCentredString(
        x0 + bw / 2, y0 + bh - 36 * scale, "(Convention de La Haye du 5 octobre 1961)"
    )
    items = [
        ("1. Country:", a["country"]),
        ("This public document", ""),
        ("2. has been signed by", a["signed_doc_by"]),
        ("3. acting in the capacity of", a["capacity"]),
        ("4. bears the seal/stamp of", a["seal_of"]),
        ("Certified", ""),
        ("5. at", a["at"]),
        ("6. the", a["on_text"]),
        ("7. by", a["by"]),
        ("8. No", a["number"]),
        ("9. Seal/stamp:", ""),
        ("10. Signature:", ""),
    ]
    y = y0 + bh - 58 * scale
    for k, v in items:
        c.setFont("Serif-B" if not k[0].isdigit() else "Serif", 8.5 * scale)
        c.drawString(x0 + 10 * scale, y, k)
        if v:
            c.setFont("Sans", 7.8 * scale)
            c.drawString(x0 + 120 * scale, y, v)
        y -= 17 * scale
    stamp(c, x0 + 80 * scale, y0 + 28 * scale, 26 * scale, a["stamp"], rng)
    sig = signature_image(a["sig"], rng, font="dkgit", px=50)
    pdf_hand(c, sig, x0 + 150 * scale, y0 + 8 * scale, 38 * scale)
    c.restoreState()


def legalisation(c, g: dict, rng: random.Random) -> None:
    """Back page with two legalisation stamps: foreign ministry, then the French embassy."""
    c.setFont("Serif", 9)
    c.drawString(60, H - 60, "(verso)")
    x, y = 60, H - 250
    c.setStrokeColorRGB(0.1, 0.2, 0.5)
    c.setLineWidth(1.2)
    c.rect(x, y, 250, 150)
    c.setFont("Sans-B", 8.5)
    yy = y + 135
    for s in g["mfa_lines"]:
        c.drawString(x + 8, yy, s)
        c.setFont("Sans", 8)
        yy -= 12
    pdf_hand(c, signature_image(g["mfa_sig"], rng, font="kaushan", px=50), x + 120, y + 10, 36)
    stamp(c, x + 60, y + 35, 30, g["mfa_stamp"], rng)
    x, y = 290, H - 470
    c.setStrokeColorRGB(0.0, 0.1, 0.4)
    c.rect(x, y, 250, 170)
    c.setFont("Sans-B", 8.5)
    yy = y + 155
    for s in g["fr_lines"]:
        c.drawString(x + 8, yy, s)
        c.setFont("Sans", 8)
        yy -= 12
    pdf_hand(c, signature_image(g["fr_sig"], rng, font="dancing", px=60), x + 120, y + 10, 40)
    stamp(c, x + 60, y + 38, 32, g["fr_stamp"], rng, color=(0.1, 0.15, 0.5))


# ---------------------------------------------------------------- hosting attestation
def hosting_attestation(c, a: dict, rng: random.Random) -> None:
    """Handwritten 'attestation d'hébergement' on plain paper (written by the host)."""
    font = a.get("hand_font", "dkg")
    ink = a.get("ink", (20, 20, 90))
    y = H - 90
    title = hand_image("Attestation d'hébergement", font, px=64, ink=ink, rng=rng)
    pdf_hand(c, title, W / 2 - 110, y, 24)
    y -= 60
    for line in a["lines"]:
        if line:
            img = hand_image(line, font, px=56, ink=ink, rng=rng)
            wmax = W - 110
            h = 21.0
            w = img.size[0] * h / img.size[1]
            if w > wmax:
                h = h * wmax / w
            pdf_hand(c, img, 55 + rng.uniform(-3, 3), y, h)
        y -= 34
    y -= 10
    sig = signature_image(a["sig"], rng, font=a.get("sig_font", "dancing"), px=70, ink=ink)
    pdf_hand(c, sig, 330, y - 60, 60)
