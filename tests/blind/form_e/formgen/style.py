"""A "print run" of the form: the small differences between printouts,
photocopies and re-typeset editions (fonts, line weights, box geometry)."""

import random
from dataclasses import dataclass, field


@dataclass
class PrintRun:
    key: str
    family: str = "liberation"
    colour: bool = True
    accent: tuple = (0.04, 0.33, 0.62)
    accent2: tuple = (0.0, 0.60, 0.85)
    lw: float = 0.7  # base line width (pt)
    band: str = "filled"  # filled | letter_box | underline
    label_size: float = 8.6
    row_h: float = 8.8  # mm
    name_field: str = "comb"  # comb | line | box
    cell_w: float = 4.8  # mm, letter comb cells
    cell_h: float = 6.2  # mm
    dob_style: str = "boxes"  # boxes | comb_full | comb_ticks | slash_cells | slashes
    #                              | line | group_boxes | plain_line
    dob_cell_w: float = 5.4  # mm
    dob_placeholder: bool = False
    sex_layout: str = "same_row"  # same_row | own_row
    box: float = 3.8  # mm, tick boxes
    contract: str = "boxes"  # boxes | line
    jobseeker: str = "France Travail"
    sig_label: str = "inside_tl"  # inside_tl | above | inside_center | inside_bottom
    sig_w: float = 95.0  # mm
    sig_h: float = 32.0  # mm
    sig_lw: float = 0.9
    sign_date: str = "line"  # line | comb | slashes
    checklist: str = "boxes"  # boxes | bullets | numbers
    arrival_date: bool = False
    rf_block: bool = True
    edition: str = "(03/2025)"
    dotted: bool = False  # dotted leader lines instead of solid
    shift: tuple = (0.0, 0.0)  # mm, printer offset
    scale: float = 1.0  # "fit to page" shrink
    nir_comb: bool = True
    extra: dict = field(default_factory=dict)


ACCENTS = [
    ((0.04, 0.33, 0.62), (0.0, 0.60, 0.85)),
    ((0.05, 0.25, 0.55), (0.10, 0.55, 0.80)),
    ((0.00, 0.40, 0.70), (0.30, 0.70, 0.90)),
]


def make_print_run(key, seed):
    r = random.Random(seed)
    fam = r.choice(
        ["liberation", "dejavucond", "opensans", "roboto", "lato", "carlito", "freesans"]
    )
    colour = r.random() < 0.7
    acc, acc2 = r.choice(ACCENTS)
    if not colour:
        acc, acc2 = (0.15, 0.15, 0.15), (0.45, 0.45, 0.45)
    pr = PrintRun(
        key=key,
        family=fam,
        colour=colour,
        accent=acc,
        accent2=acc2,
        lw=round(r.uniform(0.45, 1.1), 2),
        band=r.choice(["filled", "filled", "letter_box", "underline"]),
        label_size=round(r.uniform(8.0, 9.0), 1),
        row_h=round(r.uniform(8.2, 9.4), 1),
        name_field=r.choice(["comb", "comb", "line", "box"]),
        cell_w=round(r.uniform(4.2, 5.6), 1),
        cell_h=round(r.uniform(5.4, 6.8), 1),
        dob_style=r.choice(
            [
                "boxes",
                "comb_full",
                "comb_ticks",
                "slash_cells",
                "slashes",
                "line",
                "group_boxes",
                "plain_line",
            ]
        ),
        dob_cell_w=round(r.uniform(4.4, 6.6), 1),
        dob_placeholder=r.random() < 0.4,
        sex_layout=r.choice(["same_row", "own_row"]),
        box=round(r.uniform(3.2, 4.6), 1),
        contract=r.choice(["boxes", "line"]),
        jobseeker=r.choice(["France Travail", "France Travail", "Pôle emploi"]),
        sig_label=r.choice(["inside_tl", "above", "inside_center", "inside_bottom"]),
        sig_w=round(r.uniform(80, 115), 0),
        sig_h=round(r.uniform(26, 40), 0),
        sig_lw=round(r.uniform(0.5, 1.4), 2),
        sign_date=r.choice(["line", "line", "comb", "slashes"]),
        checklist=r.choice(["boxes", "bullets", "numbers"]),
        arrival_date=r.random() < 0.35,
        rf_block=r.random() < 0.7,
        edition=r.choice(["(03/2025)", "(10/2023)", "(07/2024)", "(01/2026)"]),
        dotted=r.random() < 0.35,
        shift=(round(r.uniform(-2.5, 2.5), 1), round(r.uniform(-2.5, 2.5), 1)),
        scale=round(r.choice([1.0, 1.0, 1.0, r.uniform(0.95, 0.99)]), 3),
        nir_comb=r.random() < 0.8,
    )
    if pr.arrival_date:
        pr.row_h = min(pr.row_h, 8.6)
    if pr.jobseeker == "Pôle emploi":
        pr.edition = r.choice(["(10/2019)", "(06/2021)"])
    return pr
