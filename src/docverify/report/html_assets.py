"""The style sheet the HTML report carries inline (no file or address outside the report
is ever loaded; the larger view of a page is a <details> opened by CSS, no script)."""

CSS = """
:root{color-scheme:light}
body{font:15px/1.45 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:1.5rem auto;max-width:72rem;color:#1b1b1b;padding:0 1rem}
h1{font-size:1.4rem;margin:0 0 .3rem}h2{font-size:1.15rem;margin-top:1.6rem}h3{font-size:1.05rem;margin:.2rem 0 .6rem}h4{margin:.2rem 0}
.banner{padding:.6rem 1rem;border-radius:.4rem;font-weight:600;margin:1rem 0}
.complete,.b-complete{background:#e3f5e6;color:#14501f}
.questionable,.b-questionable{background:#fff1c9;color:#5c4000}
.invalid,.missing,.b-incomplete{background:#fde4e4;color:#7d1414}
.not_applicable{background:#eee;color:#444}
.checklist{list-style:none;padding:0;display:grid;grid-template-columns:repeat(auto-fill,minmax(20rem,1fr));gap:.3rem}
.checklist li{padding:.35rem .6rem;border-radius:.3rem}.icon{font-weight:700;display:inline-block;width:1.2em}
.checklist .status{float:right;background:none}
ol.fix{list-style:none;padding-left:.2rem}ol.fix li{margin:.25rem 0}.num{display:inline-block;min-width:1.4em;text-align:center;border-radius:1em;background:#7d1414;color:#fff;font-size:.8em;font-weight:700}
.sev-warning .num{background:#8a6100}
table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #ccc;padding:.35rem .5rem;text-align:left;vertical-align:top}
.status{font-weight:600;border-radius:.3rem;padding:.1rem .4rem;white-space:nowrap}
.sev-error{color:#7d1414}.sev-warning{color:#5c4000}.sev-info{color:#263a5a}
.where,.code,.conf,.legend{color:#555;font-size:.85em}ul{padding-left:1.2rem}
a{color:#0b4f9c}
.doc{border-top:2px solid #ddd;padding-top:.6rem;margin-top:1rem;break-inside:avoid}
.doc-body{display:flex;gap:1rem;align-items:flex-start;flex-wrap:wrap}
.pages{display:flex;gap:.6rem;flex-wrap:wrap;flex:1 1 24rem}
.fields{flex:1 1 18rem}.fields dl{display:grid;grid-template-columns:max-content 1fr;gap:.1rem .6rem;margin:0}
.fields dt{color:#444}.fields dd{margin:0;overflow-wrap:anywhere}
figure.page{margin:0;width:15rem}figure.page figcaption{font-size:.8em;color:#444}
details.zoom>summary{list-style:none;cursor:zoom-in;border:1px solid #999;background:#fff;display:block}
details.zoom>summary::-webkit-details-marker{display:none}
details.zoom>summary:focus-visible{outline:3px solid #0b4f9c;outline-offset:2px}
details.zoom[open]>summary{cursor:zoom-out}
details.zoom[open] .frame{position:fixed;z-index:20;top:2vh;left:0;right:0;margin:auto;width:min(96vw,calc(96vh * var(--ar)));background:#fff;box-shadow:0 0 0 100vmax rgba(0,0,0,.75)}
.frame{position:relative;display:block}.frame img{display:block;width:100%;height:auto}
.overlay{position:absolute;inset:0;width:100%;height:100%;pointer-events:none}
.mark{fill:none;stroke-width:.5%;vector-effect:non-scaling-stroke;stroke-width:3px}
.mark.sev-error{stroke:#d00000}.mark.sev-warning{stroke:#e08a00}.mark.sev-info{stroke:#1f6fd1}
.marknum{fill:#d00000;font-weight:700;font-family:sans-serif}
@page{size:A4;margin:12mm}
@media print{body{margin:0;max-width:none;font-size:10.5pt}.noprint{display:none!important}details.zoom[open] .frame{position:static;width:auto;box-shadow:none}
figure.page{width:7.5cm}button.zoom{border:1px solid #bbb}a{color:inherit;text-decoration:none}
.doc{break-inside:avoid-page}h2{break-after:avoid}tr,li{break-inside:avoid}}
"""
