"""The page ``docverify serve`` shows: a drop zone (files or a whole folder), progress
page by page, the report in a frame, download buttons, a language switch. Everything
inline: the page loads nothing from anywhere but this local server."""

from __future__ import annotations

import json
from typing import Any

WORDS = {
    "fr": {
        "title": "docverify : vérifier un dossier PUMA",
        "drop": "Déposez ici les fichiers ou le dossier du demandeur",
        "choose_files": "Choisir des fichiers",
        "choose_folder": "Choisir un dossier",
        "sending": "Envoi des fichiers…",
        "reading": "Lecture des pages : {read} sur {total}",
        "starting": "Préparation…",
        "done": "Terminé en {s} s",
        "failed": "L'audit a échoué",
        "download_html": "Télécharger le rapport (HTML)",
        "download_json": "Télécharger le JSON",
        "language": "Langue",
        "report": "Rapport",
        "privacy": "Les fichiers restent sur cet ordinateur ; ils sont effacés dès la fin de l'audit.",
        "limits": "Au plus {files} fichiers et {mb} Mo par dossier.",
        "complete": "complet",
        "questionable": "à vérifier",
        "incomplete": "incomplet",
    },
    "en": {
        "title": "docverify: check a PUMA packet",
        "drop": "Drop the applicant's files or folder here",
        "choose_files": "Choose files",
        "choose_folder": "Choose a folder",
        "sending": "Sending the files…",
        "reading": "Reading pages: {read} of {total}",
        "starting": "Starting…",
        "done": "Done in {s} s",
        "failed": "The audit failed",
        "download_html": "Download the report (HTML)",
        "download_json": "Download the JSON",
        "language": "Language",
        "report": "Report",
        "privacy": "The files stay on this computer; they are deleted as soon as the audit ends.",
        "limits": "At most {files} files and {mb} MB per packet.",
        "complete": "complete",
        "questionable": "questionable",
        "incomplete": "incomplete",
    },
}

CSS = """
body{font:16px/1.45 system-ui,sans-serif;margin:0;color:#1b1b1b}
header{display:flex;justify-content:space-between;align-items:center;padding:.6rem 1rem;background:#12365f;color:#fff}
header h1{font-size:1.2rem;margin:0}header label{margin-right:.4rem}
main{max-width:76rem;margin:1rem auto;padding:0 1rem}
#drop{border:3px dashed #4a6c92;border-radius:.6rem;padding:2rem;text-align:center;background:#f3f7fc}
#drop.over{background:#dce9f8}
#drop button,.downloads a{font:inherit;padding:.4rem .9rem;margin:.3rem;border-radius:.3rem;border:1px solid #12365f;background:#fff;color:#12365f;text-decoration:none;cursor:pointer}
button:focus-visible,a:focus-visible,select:focus-visible{outline:3px solid #0b4f9c;outline-offset:2px}
.small{color:#444;font-size:.9em}
#progress{margin:1rem 0}progress{width:100%;height:1.2rem}
#error{color:#7d1414;font-weight:600}
iframe{width:100%;height:80vh;border:1px solid #bbb;border-radius:.3rem}
.downloads{margin:.5rem 0}
[hidden]{display:none!important}
"""

SCRIPT = r"""
const W = __WORDS__, LIMITS = __LIMITS__;
let lang = document.documentElement.lang, job = null;
const $ = (id) => document.getElementById(id);
function say(key, vals) {
  let t = W[lang][key];
  for (const k in (vals || {})) t = t.replace('{' + k + '}', vals[k]);
  return t;
}
function words() {
  document.documentElement.lang = lang;
  document.querySelectorAll('[data-w]').forEach(e => { e.textContent = say(e.dataset.w, LIMITS); });
  document.title = say('title');
  if (job) { doneText(); showReport(); }
}
$('lang').addEventListener('change', e => { lang = e.target.value; words(); });
async function walk(entry, path, out) {
  if (entry.isFile) {
    const f = await new Promise((ok, ko) => entry.file(ok, ko));
    out.push([f, path + f.name]);
  } else if (entry.isDirectory) {
    const reader = entry.createReader();
    let batch;
    do {
      batch = await new Promise((ok, ko) => reader.readEntries(ok, ko));
      for (const e of batch) await walk(e, path + entry.name + '/', out);
    } while (batch.length);
  }
}
const drop = $('drop');
drop.addEventListener('dragover', e => { e.preventDefault(); drop.classList.add('over'); });
drop.addEventListener('dragleave', () => drop.classList.remove('over'));
drop.addEventListener('drop', async e => {
  e.preventDefault(); drop.classList.remove('over');
  const out = [];
  const entries = [...e.dataTransfer.items].map(i => i.webkitGetAsEntry && i.webkitGetAsEntry());
  if (entries.every(x => x)) { for (const en of entries) await walk(en, '', out); }
  else { for (const f of e.dataTransfer.files) out.push([f, f.name]); }
  send(out);
});
$('files').addEventListener('change', e => send([...e.target.files].map(f => [f, f.name])));
$('folder').addEventListener('change', e => send([...e.target.files].map(f => [f, f.webkitRelativePath || f.name])));
$('pick-files').addEventListener('click', () => $('files').click());
$('pick-folder').addEventListener('click', () => $('folder').click());
async function send(list) {
  $('error').textContent = ''; $('result').hidden = true; job = null;
  if (!list.length) return;
  if (list.length > LIMITS.files) { $('error').textContent = say('limits', LIMITS); return; }
  const size = list.reduce((n, [f]) => n + f.size, 0);
  if (size > LIMITS.mb * 1048576) { $('error').textContent = say('limits', LIMITS); return; }
  const form = new FormData();
  const top = list[0][1].includes('/') ? list[0][1].split('/')[0] : 'packet';
  form.append('name', top);
  for (const [f, p] of list) form.append('files', f, p);
  $('progress').hidden = false; $('bar').removeAttribute('value'); $('state').textContent = say('sending');
  const r = await fetch('/api/audit?lang=' + lang, {method: 'POST', body: form});
  const body = await r.json();
  if (!r.ok) { $('progress').hidden = true; $('error').textContent = body.message; return; }
  poll(body.job);
}
async function poll(id) {
  const r = await fetch('/api/jobs/' + id); const s = await r.json();
  if (s.state === 'running') {
    if (s.pages_total) { $('bar').max = s.pages_total; $('bar').value = s.pages_read;
      $('state').textContent = say('reading', {read: s.pages_read, total: s.pages_total}); }
    else { $('state').textContent = say('starting'); }
    setTimeout(() => poll(id), 500); return;
  }
  if (s.state === 'failed') { $('error').textContent = say('failed') + ' (' + s.error + ')'; $('progress').hidden = true; return; }
  $('bar').max = 1; $('bar').value = 1;
  $('state').dataset.status = s.status; $('state').dataset.seconds = s.seconds;
  doneText();
  job = id; showReport();
}
function doneText() {
  const st = $('state');
  if (st.dataset.status) st.textContent = say('done', {s: st.dataset.seconds}) + ' : ' + say(st.dataset.status);
}
function showReport() {
  const base = '/jobs/' + job + '/report.';
  $('report').src = base + 'html?lang=' + lang;
  $('dl-html').href = base + 'html?download=1&lang=' + lang;
  $('dl-json').href = base + 'json?download=1&lang=' + lang;
  $('result').hidden = false;
}
words();
"""


def page(lang: str, settings: Any) -> str:
    limits = {"files": settings.max_files, "mb": settings.max_bytes >> 20}
    script = SCRIPT.replace("__WORDS__", json.dumps(WORDS, ensure_ascii=False)).replace(
        "__LIMITS__", json.dumps(limits)
    )
    options = "".join(
        f'<option value="{code}"{" selected" if code == lang else ""}>{name}</option>'
        for code, name in (("fr", "Français"), ("en", "English"))
    )
    return f"""<!doctype html>
<html lang="{lang}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>docverify</title><style>{CSS}</style></head><body>
<header><h1 data-w="title"></h1>
<div><label for="lang" data-w="language"></label><select id="lang">{options}</select></div></header>
<main>
<section id="drop" aria-labelledby="drop-title">
<p id="drop-title"><b data-w="drop"></b></p>
<button type="button" id="pick-files" data-w="choose_files"></button>
<button type="button" id="pick-folder" data-w="choose_folder"></button>
<input type="file" id="files" multiple hidden aria-hidden="true">
<input type="file" id="folder" webkitdirectory multiple hidden aria-hidden="true">
<p class="small" data-w="privacy"></p><p class="small" data-w="limits"></p>
</section>
<div id="progress" hidden role="status" aria-live="polite"><progress id="bar"></progress>
<p id="state"></p></div>
<p id="error" role="alert"></p>
<section id="result" hidden aria-labelledby="report-title"><h2 id="report-title" data-w="report"></h2>
<div class="downloads"><a id="dl-html" data-w="download_html" download></a>
<a id="dl-json" data-w="download_json" download></a></div>
<iframe id="report" title="report"></iframe></section>
</main><script>{script}</script></body></html>
"""
