/**
 * The explorer island. Every step is also a static page, so without
 * JavaScript each answer is a plain link. With JavaScript this script
 * answers in place: it reads the answers from the link's path, renders the
 * next step or the outcome with the same functions as the build, keeps the
 * answers in the URL (pushState) and follows back/forward.
 */
import { lees } from '../explorer/flow.ts';
import { bouwUitkomst, type VerkennerData } from '../explorer/outcome.ts';
import { alsJson, alsMarkdown, render, renderFout, titelVan } from '../explorer/render.ts';

let data: VerkennerData | null = null;
let laden: Promise<VerkennerData | null> | null = null;

function laadData(): Promise<VerkennerData | null> {
  laden ??= fetch('/verkenner/data.json')
    .then((r) => (r.ok ? (r.json() as Promise<VerkennerData>) : null))
    .then((d) => (data = d))
    .catch(() => null);
  return laden;
}

function download(naam: string, type: string, inhoud: string): void {
  const url = URL.createObjectURL(new Blob([inhoud], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = naam;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function koppelExport(root: HTMLElement): void {
  const box = root.querySelector<HTMLElement>('[data-vk-export]');
  if (!box || !data) return;
  box.hidden = false;
}

/** Show the state of this path; returns false when it could not be rendered here. */
export function toon(root: HTMLElement, pathname: string, focus: boolean): boolean {
  if (!data) return false;
  performance.mark('vk-antwoord');
  const r = lees(data.flow, pathname);
  root.innerHTML = r.fout ? renderFout(r.fout) : render(data, r.antwoorden, (a) => bouwUitkomst(data!, a));
  document.title = `${r.fout ? 'Stap niet gevonden' : titelVan(data, r.antwoorden)} – Verkenner | Samenwerkingswijzer`;
  koppelExport(root);
  performance.mark('vk-klaar');
  performance.measure('vk-antwoord-tot-uitkomst', 'vk-antwoord', 'vk-klaar');
  if (focus) root.querySelector<HTMLElement>('#vk-titel')?.focus();
  return true;
}

export function startVerkenner(): void {
  const root = document.querySelector<HTMLElement>('[data-verkenner]');
  if (!root) return;
  void laadData().then(() => koppelExport(root));
  root.addEventListener('click', (ev) => {
    const t = ev.target as HTMLElement;
    const knop = t.closest<HTMLButtonElement>('[data-vk-actie]');
    if (knop && data) {
      const r = lees(data.flow, location.pathname);
      const m = bouwUitkomst(data, r.antwoorden);
      const actie = knop.dataset.vkActie;
      if (actie === 'print') window.print();
      else if (actie === 'json') download('verkenner-uitkomst.json', 'application/json', JSON.stringify(alsJson(data, m, location.href), null, 2));
      else if (actie === 'markdown') download('verkenner-uitkomst.md', 'text/markdown', alsMarkdown(data, m, location.href));
      return;
    }
    const a = t.closest<HTMLAnchorElement>('a.vk-stap');
    if (!a || !data || ev.defaultPrevented || ev.button !== 0 || ev.metaKey || ev.ctrlKey || ev.shiftKey || ev.altKey) return;
    if (a.origin !== location.origin) return;
    ev.preventDefault();
    history.pushState(null, '', a.pathname);
    if (!toon(root, a.pathname, true)) location.assign(a.pathname);
    window.scrollTo(0, 0);
  });
  window.addEventListener('popstate', () => {
    if (!toon(root, location.pathname, true)) location.reload();
  });
}

/** On the 404 page: explain in plain Dutch what part of an explorer URL could not be read. */
export async function verklaarOnbekendAdres(doel: HTMLElement): Promise<void> {
  if (!location.pathname.startsWith('/verkenner/')) return;
  const d = await laadData();
  if (!d) return;
  const r = lees(d.flow, location.pathname);
  const fout = r.fout ?? { bericht: 'Deze stap bestaat niet.', terug: '/verkenner/' };
  doel.innerHTML = renderFout(fout);
  document.title = 'Stap niet gevonden – Verkenner | Samenwerkingswijzer';
}
