/**
 * /admin/controle/ on the dev server: runs the project's own content check (the same loader as
 * the build) and shows every problem as a plain Dutch sentence, with the field named as the
 * editor labels it. The developer format is one click away (details).
 */
import { checkContent } from '../loaders/load-content.ts';
import { voorRedacteur } from '../lib/redacteur.ts';
import { esc } from '../lib/html.ts';

export function controlePagina(dir = 'content'): string {
  const { problems } = checkContent(dir);
  const kop = problems.length
    ? `De inhoud heeft ${problems.length} fout${problems.length === 1 ? '' : 'en'}`
    : 'De inhoud is in orde';
  const lijst = problems.length
    ? `<ol>${problems.map((p) => `<li>${esc(voorRedacteur(p))}</li>`).join('')}</ol>
<details><summary>Voor ontwikkelaars: dezelfde meldingen in het technische formaat</summary><pre>${esc(problems.join('\n'))}</pre></details>`
    : '<p>De controle vond geen fouten. U kunt uw wijziging overdragen (zie de handleiding).</p>';
  return `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex">
<title>${kop} | Controle | Samenwerkingswijzer</title>
<style>body{font:1.0625rem/1.55 system-ui,sans-serif;color:#1a1a1a;max-width:46rem;margin:2rem auto;padding:0 1rem}h1{color:#0e2f52}li{margin:.5em 0}a{color:#01689b}pre{white-space:pre-wrap;font-size:.875rem;background:#f3f6f9;padding:.75rem}.ok{border-left:6px solid #2e7d32;padding-left:1rem}.fout{border-left:6px solid #a8071a;padding-left:1rem}</style></head>
<body><main><h1>${kop}</h1><div class="${problems.length ? 'fout' : 'ok'}">${lijst}</div>
<p>Deze pagina controleert de bestanden in <code>${esc(dir)}/</code> zoals ze nu op uw computer staan. Bewaar eerst in de editor, en laad deze pagina dan opnieuw.</p>
<p><a href="/admin/">Terug naar de editor</a></p></main></body></html>`;
}
