/**
 * Rekenhulp kostenverdeling: makes the form compute live. Rules and citation
 * links come from data attributes on the form; the table and bar chart are
 * made by the same pure functions as the worked example.
 */
import type { Kostensleutel } from '../schemas/calc.ts';
import { computeVerdeling, type DeelnemerInvoer } from '../calc/kostenverdeling.ts';
import { verdelingHtml, type CiteMap } from '../calc/render.ts';
import { UI } from '../lib/labels.ts';
import { herbaseer } from '../lib/basis.ts';
import { mustQuery } from '../lib/must.ts';

export function initVerdeling(): void {
  const form = document.getElementById('verdeling-form') as HTMLFormElement | null;
  const uit = document.getElementById('verdeling-uitkomst');
  const status = document.getElementById('verdeling-status');
  const details = document.getElementById('verdeling-details');
  const lijst = document.getElementById('kv-deelnemers');
  if (!form || !uit || !status || !details || !lijst) return;
  const sleutels = JSON.parse(form.dataset.regels ?? '[]') as { id: string; data: Kostensleutel }[];
  const cites = JSON.parse(form.dataset.cites ?? '{}') as CiteMap;
  const keuze = mustQuery<HTMLSelectElement>(form, '#kv-sleutel');
  const $ = <T extends HTMLElement>(id: string) => mustQuery<T>(form, `#${id}`);
  const rijen = () => [...form.querySelectorAll<HTMLElement>('[data-rij]')];
  let geprobeerd = false;

  const huidig = () => (sleutels.find((s) => s.id === keuze.value) ?? sleutels[0]).data;

  const vulSoorten = (sel: HTMLSelectElement, k: Kostensleutel) => {
    const oud = sel.value;
    sel.replaceChildren(
      ...k.soorten.map((s) => {
        const o = document.createElement('option');
        o.value = s.id;
        o.textContent = s.label;
        return o;
      }),
    );
    if (k.soorten.some((s) => s.id === oud)) sel.value = oud;
  };

  const toonVelden = () => {
    const k = huidig();
    $('kv-sleutel-uitleg').textContent = k.uitleg.tekst;
    const rekenbaar = k.methode !== 'niet-berekenbaar';
    mustQuery<HTMLElement>(form, '[data-blok="bedrag"]').hidden = !k.bedragLabel || !rekenbaar;
    if (k.bedragLabel) $('kv-bedrag-label').textContent = k.bedragLabel;
    const naarRato = k.methode === 'naar-rato';
    mustQuery<HTMLElement>(form, '[data-blok="gemiddelde"]').hidden = !k.soorten.some(
      (s) => s.gewicht.soort === 'gemiddelde',
    );
    lijst.hidden = !rekenbaar;
    for (const rij of rijen()) {
      mustQuery<HTMLElement>(rij, '[data-blok="soort"]').hidden = !naarRato;
      vulSoorten(mustQuery<HTMLSelectElement>(rij, 'select'), k);
    }
    werkInwonersBij();
  };

  /** Inhabitants only matter for participants whose kind counts inhabitants. */
  const werkInwonersBij = () => {
    const k = huidig();
    for (const rij of rijen()) {
      const soort = k.soorten.find((s) => s.id === mustQuery<HTMLSelectElement>(rij, 'select').value);
      mustQuery<HTMLElement>(rij, '[data-blok="inwoners"]').hidden =
        k.methode !== 'naar-rato' || soort?.gewicht.soort !== 'inwoners';
    }
  };

  const toevoegen = () => {
    const laatste = rijen().at(-1);
    if (!laatste) return; // the page renders at least one row
    const i = Number(laatste.dataset.rij) + 1;
    const nieuw = laatste.cloneNode(true) as HTMLElement;
    nieuw.dataset.rij = String(i);
    const re = /kv-deelnemer-\d+-/g;
    for (const el of nieuw.querySelectorAll<HTMLElement>('[id],[for],[aria-describedby]')) {
      for (const a of ['id', 'for', 'aria-describedby']) {
        const v = el.getAttribute(a);
        if (v) el.setAttribute(a, v.replace(re, `kv-deelnemer-${i}-`));
      }
      if (el instanceof HTMLInputElement) {
        el.value = '';
        el.removeAttribute('aria-invalid');
      }
      if (el.classList.contains('error-message')) {
        el.hidden = true;
        el.textContent = '';
      }
    }
    for (const l of nieuw.querySelectorAll('label'))
      l.textContent = (l.textContent ?? '').replace(/\d+$/, String(i + 1));
    laatste.after(nieuw);
    vulSoorten(mustQuery<HTMLSelectElement>(nieuw, 'select'), huidig());
    werkInwonersBij();
    mustQuery(nieuw, 'input').focus();
  };

  const reken = (toonFouten: boolean, focus = false) => {
    const k = huidig();
    const deelnemers: DeelnemerInvoer[] = rijen().map((rij) => {
      const i = rij.dataset.rij;
      return {
        naam: $<HTMLInputElement>(`kv-deelnemer-${i}-naam`).value,
        soort: $<HTMLSelectElement>(`kv-deelnemer-${i}-soort`).value,
        inwoners: mustQuery<HTMLElement>(rij, '[data-blok="inwoners"]').hidden
          ? ''
          : $<HTMLInputElement>(`kv-deelnemer-${i}-inwoners`).value,
      };
    });
    const u = computeVerdeling(k, {
      bedrag: $<HTMLInputElement>('kv-bedrag').value,
      gemiddelde: $<HTMLInputElement>('kv-gemiddelde').value,
      deelnemers,
    });
    const fouten = !u.ok && toonFouten ? u.fouten : {};
    for (const el of form.querySelectorAll<HTMLElement>('.error-message')) {
      const veld = el.id.replace(/^kv-/, '').replace(/-fout$/, '');
      const msg = fouten[veld];
      el.hidden = !msg;
      el.textContent = msg ?? '';
      const input = veld === 'deelnemers' ? null : form.querySelector<HTMLElement>(`#kv-${veld}`);
      if (input) {
        if (msg) input.setAttribute('aria-invalid', 'true');
        else input.removeAttribute('aria-invalid');
      }
    }
    if (!u.ok) {
      uit.hidden = !toonFouten;
      status.textContent = toonFouten ? UI.formulierFout : '';
      details.innerHTML = '';
      if (focus)
        (
          form.querySelector<HTMLElement>('[aria-invalid="true"]') ??
          form.querySelector<HTMLElement>('#kv-deelnemer-0-naam')
        )?.focus();
      return;
    }
    uit.hidden = false;
    status.textContent = u.samenvatting;
    details.innerHTML = verdelingHtml(u, cites, `Verdeling: ${keuze.selectedOptions[0]?.textContent ?? ''}`);
    herbaseer(details);
  };

  form.hidden = false;
  toonVelden();
  keuze.addEventListener('change', () => {
    toonVelden();
    reken(geprobeerd);
  });
  form.addEventListener('change', (e) => {
    if ((e.target as HTMLElement).matches('[data-rij] select')) werkInwonersBij();
  });
  form.addEventListener('input', () => reken(geprobeerd));
  $('kv-toevoegen').addEventListener('click', toevoegen);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    geprobeerd = true;
    reken(true, true);
  });
}
