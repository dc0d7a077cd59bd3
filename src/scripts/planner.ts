/**
 * Procedureplanner: reads the input from the URL query, fills the form,
 * computes live and writes the input back to the URL (shareable). The plan is
 * rendered by the same pure function as the worked examples.
 */
import type { ProcedureRoute } from '../schemas/calc.ts';
import { computePlan, planUitQuery, type PlannerInvoer } from '../calc/procedure.ts';
import { planHtml } from '../calc/planner-render.ts';
import type { CiteMap } from '../calc/render.ts';
import { resultaatVelden, showOngeldig } from './calc-form.ts';
import { herbaseer } from '../lib/basis.ts';
import { mustQuery } from '../lib/must.ts';

export function initPlanner(): void {
  const velden = resultaatVelden('planner');
  if (!velden) return;
  const { form, uit, status, details, deel, link } = velden;
  const routes = JSON.parse(form.dataset.regels ?? '[]') as { id: string; data: ProcedureRoute }[];
  const cites = JSON.parse(form.dataset.cites ?? '{}') as CiteMap;
  const $ = <T extends HTMLElement>(id: string) => mustQuery<T>(form, `#${id}`);
  const keuze = $<HTMLSelectElement>('pl-route');
  let geprobeerd = false;

  const huidig = () => routes.find((r) => r.id === keuze.value) ?? routes[0];
  const blok = () => mustQuery<HTMLElement>(form, `fieldset[data-route="${CSS.escape(huidig().id)}"]`);
  /** The inputs of the estimates of the route shown, by step id (each input has data-stap). */
  const schattingVelden = () =>
    [...blok().querySelectorAll<HTMLInputElement>('input[data-stap]')].map((i) => [i.dataset.stap ?? '', i] as const);
  const budget = () => form.querySelector<HTMLInputElement>('input[name="budget"]:checked')?.value ?? 'nieuw';

  const toon = () => {
    for (const f of form.querySelectorAll<HTMLElement>('fieldset[data-route]'))
      f.hidden = f.dataset.route !== huidig().id;
    const nieuw = budget() === 'nieuw' && huidig().data.begrotingNodig;
    for (const id of ['pl-vjn', 'pl-begr']) $<HTMLSelectElement>(id).disabled = !nieuw;
  };

  const lees = (): PlannerInvoer & { route: string } => ({
    route: huidig().id,
    start: $<HTMLInputElement>('pl-start').value,
    voorjaarsnota: $<HTMLSelectElement>('pl-vjn').value,
    begroting: $<HTMLSelectElement>('pl-begr').value,
    berap: $<HTMLSelectElement>('pl-berap').value,
    budget: budget(),
    kaderdocument: $<HTMLInputElement>('pl-kdoc').value,
    rapportage: $<HTMLInputElement>('pl-rdoc').value,
    schattingen: Object.fromEntries(schattingVelden().map(([stap, i]) => [stap, i.value])),
  });

  const naarQuery = (i: ReturnType<typeof lees>) => {
    const q = new URLSearchParams({
      route: i.route,
      start: i.start ?? '',
      vjn: i.voorjaarsnota ?? '',
      begr: i.begroting ?? '',
      budget: i.budget ?? '',
    });
    if (i.berap) q.set('berap', i.berap);
    if (i.kaderdocument?.trim()) q.set('kdoc', i.kaderdocument.trim());
    if (i.rapportage?.trim()) q.set('rdoc', i.rapportage.trim());
    for (const [k, v] of Object.entries(i.schattingen ?? {})) q.set(`s-${k}`, v ?? '');
    return q;
  };

  const vul = (q: URLSearchParams) => {
    const i = planUitQuery(q);
    if (i.route && routes.some((r) => r.id === i.route)) keuze.value = i.route;
    if (i.start !== undefined) $<HTMLInputElement>('pl-start').value = i.start;
    if (i.voorjaarsnota) $<HTMLSelectElement>('pl-vjn').value = i.voorjaarsnota;
    if (i.begroting) $<HTMLSelectElement>('pl-begr').value = i.begroting;
    if (i.berap !== undefined) $<HTMLSelectElement>('pl-berap').value = i.berap;
    if (i.kaderdocument !== undefined) $<HTMLInputElement>('pl-kdoc').value = i.kaderdocument;
    if (i.rapportage !== undefined) $<HTMLInputElement>('pl-rdoc').value = i.rapportage;
    const b = form.querySelector<HTMLInputElement>(`input[name="budget"][value="${CSS.escape(i.budget ?? 'nieuw')}"]`);
    if (b) b.checked = true;
    toon();
    for (const [stap, inp] of schattingVelden()) {
      const v = i.schattingen?.[stap];
      if (v !== undefined) inp.value = v;
    }
  };

  const reken = (toonFouten: boolean, focus = false) => {
    toon();
    const invoer = lees();
    const u = computePlan(huidig().data, invoer);
    const fouten: Record<string, string | undefined> = !u.ok && toonFouten ? u.fouten : {};
    const veldId: Record<string, string> = {
      start: 'pl-start',
      voorjaarsnota: 'pl-vjn',
      begroting: 'pl-begr',
      berap: 'pl-berap',
      budget: 'pl-budget',
      kaderdocument: 'pl-kdoc',
      rapportage: 'pl-rdoc',
    };
    for (const el of form.querySelectorAll<HTMLElement>('.error-message')) {
      el.hidden = true;
      el.textContent = '';
    }
    for (const inp of form.querySelectorAll<HTMLElement>('[aria-invalid]')) inp.removeAttribute('aria-invalid');
    for (const [veld, msg] of Object.entries(fouten)) {
      if (!msg) continue;
      const id = veld.startsWith('schatting-') ? `pl-${huidig().id}-${veld.slice('schatting-'.length)}` : veldId[veld];
      const el = form.querySelector<HTMLElement>(`#${id}-fout`);
      if (el) {
        el.hidden = false;
        el.textContent = msg;
      }
      form.querySelector<HTMLElement>(`#${id}`)?.setAttribute('aria-invalid', 'true');
    }
    if (!u.ok) {
      showOngeldig(velden, toonFouten, focus);
      return;
    }
    uit.hidden = false;
    status.textContent = u.samenvatting;
    details.innerHTML = planHtml(u, cites, 3);
    herbaseer(details);
    const url = `${location.pathname}?${naarQuery(invoer).toString()}`;
    history.replaceState(null, '', url);
    link.href = url;
    deel.hidden = false;
  };

  form.hidden = false;
  const start = new URLSearchParams(location.search);
  if ([...start.keys()].length) {
    vul(start);
    geprobeerd = true;
    reken(true);
  } else toon();
  keuze.addEventListener('change', () => reken(geprobeerd));
  form.addEventListener('input', () => reken(geprobeerd));
  form.addEventListener('change', () => reken(geprobeerd));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    geprobeerd = true;
    reken(true, true);
  });
}
