/**
 * Rekenhulp uittreden: makes the form compute live. The rules and citation
 * links come from data attributes on the form; the result HTML is made by the
 * same pure functions as the worked examples on the page.
 */
import type { UittredingRegels } from '../schemas/calc.ts';
import { computeUittreding, type UittredingInvoer, type UittredingVeld } from '../calc/uittreding.ts';
import { uittredingFoutTekst, uittredingHtml, uittredingSamenvatting, type CiteMap } from '../calc/render.ts';
import { REKENHULP_TEKST, UI } from '../lib/labels.ts';
import { herbaseer } from '../lib/basis.ts';
import { mustQuery } from '../lib/must.ts';

const VELDEN: UittredingVeld[] = ['opzegdatum', 'startDeelname', 'startVoorziening', 'instemmingsdatum'];

export function initUittreden(): void {
  const form = document.getElementById('uittreden-form') as HTMLFormElement | null;
  const uit = document.getElementById('uittreden-uitkomst');
  const status = document.getElementById('uittreden-status');
  const details = document.getElementById('uittreden-details');
  if (!form || !uit || !status || !details) return;
  const regels = JSON.parse(form.dataset.regels ?? '[]') as { id: string; data: UittredingRegels }[];
  const cites = JSON.parse(form.dataset.cites ?? '{}') as CiteMap;
  const keuze = mustQuery<HTMLSelectElement>(form, '#uit-regeling');
  const veld = (v: UittredingVeld) => mustQuery<HTMLInputElement>(form, `#uit-${v}`);
  const blok = (v: UittredingVeld) => mustQuery<HTMLElement>(form, `[data-veld="${v}"]`);
  const fout = (v: UittredingVeld) => mustQuery<HTMLElement>(form, `#uit-${v}-fout`);
  let geprobeerd = false;

  const huidig = () => regels.find((r) => r.id === keuze.value) ?? regels[0];

  const toonVelden = () => {
    const r = huidig().data;
    for (const v of ['startDeelname', 'startVoorziening'] as const) {
      const m = r.minimumDuur.find((x) => x.vanaf === v);
      blok(v).hidden = !m;
      if (m)
        mustQuery(form, `#uit-${v}-label`).textContent = m.verplicht
          ? m.label
          : REKENHULP_TEKST.uittreding.veldlabelOptioneel(m.label);
    }
    blok('instemmingsdatum').hidden = r.instemming.length === 0;
  };

  const reken = (toonFouten: boolean, focus = false) => {
    const r = huidig().data;
    const invoer: UittredingInvoer = { opzegdatum: veld('opzegdatum').value };
    for (const v of VELDEN.slice(1) as Exclude<UittredingVeld, 'opzegdatum'>[])
      if (!blok(v).hidden) invoer[v] = veld(v).value;
    const u = computeUittreding(r, invoer);
    for (const v of VELDEN) {
      const f = !u.ok && toonFouten ? u.fouten[v] : undefined;
      const msg = f && uittredingFoutTekst(f);
      fout(v).hidden = !msg;
      fout(v).textContent = msg ?? '';
      if (msg) veld(v).setAttribute('aria-invalid', 'true');
      else veld(v).removeAttribute('aria-invalid');
    }
    uit.hidden = false;
    if (!u.ok) {
      status.textContent = toonFouten ? UI.formulierFout : '';
      details.innerHTML = '';
      if (focus) form.querySelector<HTMLInputElement>('[aria-invalid="true"]')?.focus();
      uit.hidden = !toonFouten;
      return;
    }
    status.textContent = uittredingSamenvatting(u);
    details.innerHTML = uittredingHtml(u, cites, 3);
    herbaseer(details);
  };

  form.hidden = false;
  toonVelden();
  keuze.addEventListener('change', () => {
    toonVelden();
    if (geprobeerd || veld('opzegdatum').value) reken(geprobeerd);
  });
  form.addEventListener('input', () => {
    if (veld('opzegdatum').value.trim()) reken(geprobeerd);
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    geprobeerd = true;
    reken(true, true);
  });
}
