/**
 * Search page, on Pagefind's JavaScript API. The query and the type filters
 * live in the URL (?q=…&type=…): shareable, and back/forward re-run the
 * search. The result count is announced through a live region.
 */
import { esc } from '../lib/html.ts';
import { UI } from '../lib/labels.ts';
import { BASIS, herbaseer, metBasis } from '../lib/basis.ts';
import { antwoordenEerst, eigenTitelEerst, zoekwoorden } from '../lib/zoekvraag.ts';
import { TYPES } from '../site.ts';

interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
}
interface PagefindData {
  url: string;
  excerpt: string;
  meta: { title?: string; type?: string; beschrijving?: string };
  sub_results: PagefindSubResult[];
}
interface PagefindResult {
  id: string;
  data: () => Promise<PagefindData>;
}
interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  search: (q: string, o?: { filters?: Record<string, unknown> }) => Promise<{ results: PagefindResult[] } | null>;
}

const MAX = 20;
let pagefind: Promise<Pagefind> | undefined;
const load = () => {
  const url = metBasis('/pagefind/pagefind.js');
  pagefind ??= (import(/* @vite-ignore */ url) as Promise<Pagefind>).then(async (pf) => {
    await pf.options({
      baseUrl: BASIS,
      excerptLength: 24,
      ranking: { termSimilarity: 1.0, pageLength: 0.5, termSaturation: 1.2 },
    });
    return pf;
  });
  return pagefind;
};

/**
 * A snippet must read as prose: an excerpt from the keyword list ("Ook gezocht als: …") or one without a
 * sentence in it gives way to the page's own description.
 */
const leesbaar = (d: PagefindData): string =>
  d.meta.beschrijving &&
  (/Ook gezocht als/.test(d.excerpt) || !/\p{Ll}{3,} \p{Ll}{2,} \p{Ll}{2,}/u.test(d.excerpt.replace(/<\/?mark>/g, '')))
    ? esc(d.meta.beschrijving)
    : safeExcerpt(d.excerpt);

/** Pagefind excerpts are text with <mark> only; keep just that markup. */
const safeExcerpt = (s: string) => esc(s).replace(/&lt;(\/?)mark&gt;/g, '<$1mark>');

export function initSearch(): void {
  const form = document.getElementById('zoek-formulier') as HTMLFormElement | null;
  const input = document.getElementById('zoek-q') as HTMLInputElement | null;
  const status = document.getElementById('zoek-status');
  const list = document.getElementById('zoek-resultaten');
  if (!form || !input || !status || !list) return;
  form.hidden = false;
  const types = [...form.querySelectorAll<HTMLInputElement>('input[name="type"]')];
  let run = 0;

  const readUrl = () => {
    const p = new URL(location.href).searchParams;
    input.value = p.get('q') ?? '';
    const t = p.getAll('type');
    for (const b of types) b.checked = t.includes(b.value);
  };
  const writeUrl = (push: boolean) => {
    const url = new URL(location.href);
    url.search = '';
    if (input.value.trim()) url.searchParams.set('q', input.value.trim());
    for (const b of types) if (b.checked) url.searchParams.append('type', b.value);
    history[push ? 'pushState' : 'replaceState'](null, '', url);
  };

  const search = async () => {
    const q = input.value.trim();
    const mine = ++run;
    if (!q) {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    status.textContent = UI.zoekenBezig;
    try {
      const pf = await load();
      const chosen = types.filter((b) => b.checked).map((b) => b.value);
      // a question ("hoe stap je uit …") is searched as the site's words ("uittreden …")
      const woorden = zoekwoorden(q);
      const res = await pf.search(woorden, chosen.length ? { filters: { type: { any: chosen } } } : undefined);
      if (mine !== run || !res) return;
      const titel = (d: PagefindData) => d.meta.title ?? '';
      const data = antwoordenEerst(
        eigenTitelEerst(await Promise.all(res.results.slice(0, MAX).map((r) => r.data())), woorden, titel),
        q,
        titel,
        (d) => d.meta.type,
        TYPES.bron,
      );
      if (mine !== run) return;
      const n = res.results.length;
      status.textContent = n === 0 ? UI.zoekenGeen(q) : UI.zoekenAantal(n, q, MAX);
      list.innerHTML = data
        .map((d) => {
          const subs = d.sub_results.filter((s) => s.url !== d.url && !/Ook gezocht als/.test(s.excerpt)).slice(0, 3);
          return `<li><h2><a href="${esc(d.url)}">${esc(d.meta.title ?? d.url)}</a></h2>
            ${d.meta.type ? `<span class="tag">${esc(d.meta.type)}</span>` : ''}
            <p>${leesbaar(d)}</p>
            ${subs.length ? `<ul>${subs.map((s) => `<li><a href="${esc(s.url)}">${esc(s.title)}</a>: ${safeExcerpt(s.excerpt)}</li>`).join('')}</ul>` : ''}</li>`;
        })
        .join('');
      herbaseer(list);
    } catch (e) {
      if (mine === run) status.textContent = UI.zoekenMislukt;
      console.warn(e);
    }
  };

  let timer: number | undefined;
  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => {
      writeUrl(false);
      void search();
    }, 200);
  });
  form.addEventListener('change', (e) => {
    if ((e.target as HTMLElement).matches('input[name="type"]')) {
      writeUrl(false);
      void search();
    }
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    writeUrl(true);
    void search();
  });
  window.addEventListener('popstate', () => {
    readUrl();
    void search();
  });
  readUrl();
  if (input.value) void search();
}
