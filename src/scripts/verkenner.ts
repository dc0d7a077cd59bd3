/**
 * The explorer island. Every single-goal step is also a static page, so
 * without JavaScript each answer is a plain link. With JavaScript this
 * script answers in place: it reads the answers from the link's path,
 * renders the next step or the outcome with the same functions as the build,
 * keeps the answers in the URL (pushState) and follows back/forward. It also
 * lets the reader pick several goals at once, keeps later answers on
 * "wijzig", and makes the memo (.docx, Markdown) for any combination.
 */
import { isKlaar, parseAdres, pad, type Antwoorden } from '../explorer/flow.ts';
import { linkTermsInHtml } from '../lib/text.ts';
import { buildUitkomst, type VerkennerData } from '../explorer/outcome.ts';
import { alsJson, render, renderFout, titelVan } from '../explorer/render.ts';
import { buildMemo, memoDocx, memoMarkdown, DOCX_TYPE, type MemoSoort } from '../explorer/memo.ts';
import { herbaseer, metBasis, zonderBasis } from '../lib/basis.ts';

let data: VerkennerData | null = null;
let laden: Promise<VerkennerData | null> | null = null;

function laadData(): Promise<VerkennerData | null> {
  laden ??= fetch(metBasis('/verkenner/data.json'))
    .then((r) => (r.ok ? (r.json() as Promise<VerkennerData>) : null))
    .then((d) => (data = d))
    .catch(() => null);
  return laden;
}

function download(naam: string, type: string, inhoud: BlobPart): void {
  const url = URL.createObjectURL(new Blob([inhoud], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = naam;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Show what needs JavaScript (export buttons, several goals at once) once the data is there. */
function koppel(root: HTMLElement): void {
  if (!data) return;
  root.querySelectorAll<HTMLElement>('[data-vk-export], [data-vk-meerdere]').forEach((x) => (x.hidden = false));
}

/** The answers of the state the root shows (the motion page names its state; other pages use the URL). */
function huidig(root: HTMLElement, d: VerkennerData): Antwoorden {
  return parseAdres(
    d.flow,
    zonderBasis(root.dataset.vkPad ?? location.pathname) + (root.dataset.vkPad ? '' : location.search),
  ).antwoorden;
}

/** Show the state of this path; returns false when it could not be rendered here. */
function toon(root: HTMLElement, adres: string, focus: boolean): boolean {
  const d = data;
  if (!d) return false;
  performance.mark('vk-antwoord');
  const r = parseAdres(d.flow, zonderBasis(adres));
  const html = r.fout ? renderFout(r.fout) : render(d, r.antwoorden, (a) => buildUitkomst(d, a), r.wijzig);
  // an outcome links the first mention of each glossary term, as its static page does
  root.innerHTML = !r.fout && !r.wijzig && isKlaar(d.flow, r.antwoorden) ? linkTermsInHtml(html, d.termen) : html;
  herbaseer(root);
  delete root.dataset.vkPad;
  document.title = `${r.fout ? 'Stap niet gevonden' : titelVan(d, r.antwoorden)} – Verkenner | Samenwerkingswijzer`;
  koppel(root);
  performance.mark('vk-klaar');
  performance.measure('vk-antwoord-tot-uitkomst', 'vk-antwoord', 'vk-klaar');
  if (focus) root.querySelector<HTMLElement>('#vk-titel')?.focus();
  return true;
}

function ga(root: HTMLElement, adres: string): void {
  history.pushState(null, '', adres);
  if (!toon(root, adres, true)) location.assign(adres);
  window.scrollTo(0, 0);
}

function exporteer(root: HTMLElement, actie: string | undefined): void {
  if (!data) return;
  if (actie === 'print') return window.print();
  if (actie === 'kopieer') return kopieer(root);
  const a = huidig(root, data);
  const m = buildUitkomst(data, a);
  const adres = new URL(metBasis(pad(data.flow, a)), location.href).href;
  if (actie === 'json')
    return download('verkenner-uitkomst.json', 'application/json', JSON.stringify(alsJson(data, m, adres), null, 2));
  // "docx:raadsinformatiebrief": format and kind of memo; links go to the site this page is served from
  const [formaat, soort] = (actie ?? '').split(':') as [string, MemoSoort | undefined];
  const memo = buildMemo(data, m, {
    datum: new Date().toISOString().slice(0, 10),
    site: location.origin,
    pad: pad(data.flow, a),
    soort: soort ?? 'raadsinformatiebrief',
  });
  if (formaat === 'markdown') download(`${memo.bestandsnaam}.md`, 'text/markdown', memoMarkdown(memo));
  else if (formaat === 'docx') download(`${memo.bestandsnaam}.docx`, DOCX_TYPE, memoDocx(memo));
}

/** Copy the link to this outcome; where the clipboard is not allowed, show the link to copy by hand. */
function kopieer(root: HTMLElement): void {
  const status = root.querySelector<HTMLElement>('[data-vk-status]');
  const link = location.href;
  const meld = (t: string) => status && (status.textContent = t);
  if (!navigator.clipboard) return void meld(`Kopieer deze link: ${link}`);
  navigator.clipboard.writeText(link).then(
    () => meld('De link is gekopieerd. Wie hem opent, ziet deze uitkomst.'),
    () => meld(`Kopieer deze link: ${link}`),
  );
}

function bedien(root: HTMLElement): void {
  root.addEventListener('click', (ev) => {
    const t = ev.target as HTMLElement;
    const knop = t.closest<HTMLButtonElement>('[data-vk-actie]');
    if (knop) return exporteer(root, knop.dataset.vkActie);
    const a = t.closest<HTMLAnchorElement>('a.vk-stap');
    if (!a || !data || ev.defaultPrevented || ev.button !== 0 || ev.metaKey || ev.ctrlKey || ev.shiftKey || ev.altKey)
      return;
    if (a.origin !== location.origin) return;
    ev.preventDefault();
    // "wijzig" keeps the other answers when the island can show any state
    ga(root, a.dataset.vkHref ?? a.pathname + a.search);
  });
  root.addEventListener('submit', (ev) => {
    const f = (ev.target as HTMLElement).closest<HTMLFormElement>('form[data-vk-meerdere]');
    if (!f || !data) return;
    ev.preventDefault();
    const vraag = f.dataset.vkMeerdere;
    if (vraag === undefined) return; // matched by [data-vk-meerdere]: always set
    const gekozen = [...f.querySelectorAll<HTMLInputElement>('input[type=checkbox]:checked')].map((x) => x.value);
    if (!gekozen.length) {
      f.querySelector<HTMLInputElement>('input[type=checkbox]')?.focus();
      return;
    }
    ga(root, metBasis(pad(data.flow, { ...huidig(root, data), [vraag]: gekozen })));
  });
}

export function initVerkenner(): void {
  const root = document.querySelector<HTMLElement>('[data-verkenner]');
  if (!root) return;
  void laadData().then(() => {
    // a shared link of several goals carries its other answers in the query string: show that state
    if (location.search && !root.dataset.vkPad) toon(root, location.pathname + location.search, false);
    koppel(root);
  });
  bedien(root);
  window.addEventListener('popstate', () => {
    if (!toon(root, location.pathname + location.search, true)) location.reload();
  });
}

/**
 * On the 404 page: a valid state at an address of an older form (several goals written as path parts)
 * is sent on to its page (the page of its goals, the other answers in the query string); anything
 * else is explained in plain Dutch, with the last valid state.
 */
export async function verklaarOnbekendAdres(doel: HTMLElement): Promise<void> {
  const sitePad = zonderBasis(location.pathname);
  if (!sitePad.startsWith('/verkenner/')) return;
  const d = await laadData();
  if (!d) return;
  const r = parseAdres(d.flow, sitePad + location.search);
  if (!r.fout && sitePad.startsWith('/verkenner/v/')) {
    const nieuw = pad(d.flow, r.antwoorden, r.wijzig);
    if (nieuw !== sitePad + location.search) return location.replace(metBasis(nieuw));
  }
  doel.innerHTML = renderFout(r.fout ?? { bericht: 'Deze stap bestaat niet.', terug: '/verkenner/' });
  herbaseer(doel);
  document.title = 'Stap niet gevonden – Verkenner | Samenwerkingswijzer';
}
