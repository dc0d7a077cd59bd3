/**
 * Rekenhulp kosten: reads the input from the URL query, fills the form,
 * computes live and writes the input back to the URL (shareable). The table
 * and chart are made by the same pure functions as the worked example.
 */
import { computeKosten, kostenNaarQuery, kostenUitQuery, MAX_GEMEENTEN, type KostenInvoer } from '../calc/kosten.ts';
import { kostenHtml } from '../calc/planner-render.ts';
import { resultaatVelden, showOngeldig } from './calc-form.ts';
import { herbaseer } from '../lib/basis.ts';
import { mustQuery } from '../lib/must.ts';

export function initKosten(): void {
  const velden = resultaatVelden('kosten');
  const gemeenten = document.getElementById('ko-gemeenten');
  if (!velden || !gemeenten) return;
  const { form, uit, status, details, deel, link } = velden;
  const $ = <T extends HTMLElement>(id: string) => mustQuery<T>(form, `#${id}`);
  const rijen = [...form.querySelectorAll<HTMLElement>('[data-rij]')];
  let geprobeerd = false;

  const sleutel = () => form.querySelector<HTMLInputElement>('input[name="sleutel"]:checked')?.value ?? 'gelijk';
  const aantal = () =>
    Math.min(Math.max(Number.parseInt($<HTMLInputElement>('ko-n').value, 10) || 0, 0), MAX_GEMEENTEN);

  const lees = (): KostenInvoer & { route: string } => {
    const n = aantal();
    return {
      route: $<HTMLSelectElement>('ko-route').value,
      fte: $<HTMLInputElement>('ko-fte').value,
      kosten: $<HTMLInputElement>('ko-kosten').value,
      opslag: $<HTMLInputElement>('ko-opslag').value,
      n: $<HTMLInputElement>('ko-n').value,
      sleutel: sleutel(),
      alleen: $<HTMLInputElement>('ko-alleen').value,
      namen: rijen.slice(0, n).map((_, i) => $<HTMLInputElement>(`ko-naam-${i}`).value),
      gewichten: rijen.slice(0, n).map((_, i) => $<HTMLInputElement>(`ko-gewicht-${i}`).value),
    };
  };

  const toonRijen = () => {
    const n = aantal();
    const s = sleutel();
    gemeenten.hidden = s === 'gelijk' || n === 0;
    const woord = s === 'inwoners' ? 'Inwoners' : 'Gebruik';
    rijen.forEach((r, i) => {
      r.hidden = i >= n;
      mustQuery(r, '[data-gewicht-label]').textContent = `${woord} gemeente ${i + 1}`;
    });
  };

  const vul = (q: URLSearchParams) => {
    const i = kostenUitQuery(q);
    const zet = (id: string, v: string | undefined) => {
      if (v !== undefined) $<HTMLInputElement>(id).value = v;
    };
    if (i.route && [...$<HTMLSelectElement>('ko-route').options].some((o) => o.value === i.route))
      $<HTMLSelectElement>('ko-route').value = i.route;
    zet('ko-fte', i.fte);
    zet('ko-kosten', i.kosten);
    zet('ko-opslag', i.opslag);
    zet('ko-n', i.n);
    zet('ko-alleen', i.alleen);
    const radio = form.querySelector<HTMLInputElement>(
      `input[name="sleutel"][value="${CSS.escape(i.sleutel ?? 'gelijk')}"]`,
    );
    if (radio) radio.checked = true;
    i.namen?.slice(0, MAX_GEMEENTEN).forEach((v, r) => ($<HTMLInputElement>(`ko-naam-${r}`).value = v));
    i.gewichten?.slice(0, MAX_GEMEENTEN).forEach((v, r) => ($<HTMLInputElement>(`ko-gewicht-${r}`).value = v));
  };

  const reken = (toonFouten: boolean, focus = false) => {
    toonRijen();
    const invoer = lees();
    const u = computeKosten(invoer);
    const fouten: Record<string, string | undefined> = !u.ok && toonFouten ? u.fouten : {};
    for (const el of form.querySelectorAll<HTMLElement>('.error-message')) {
      const veld = el.id.replace(/^ko-/, '').replace(/-fout$/, '');
      const msg = fouten[veld];
      el.hidden = !msg;
      el.textContent = msg ?? '';
      const input = veld === 'sleutel' ? null : form.querySelector<HTMLElement>(`#ko-${veld}`);
      if (input) {
        if (msg) input.setAttribute('aria-invalid', 'true');
        else input.removeAttribute('aria-invalid');
      }
    }
    if (!u.ok) {
      showOngeldig(velden, toonFouten, focus);
      return;
    }
    uit.hidden = false;
    status.textContent = u.samenvatting;
    const route = $<HTMLSelectElement>('ko-route');
    details.innerHTML =
      kostenHtml(u, `Kosten per gemeente per jaar (${route.selectedOptions[0]?.textContent ?? ''})`) +
      `<p><a href="#route-${encodeURIComponent(route.value)}">Kostenposten uit de bronnen voor deze route</a></p>`;
    herbaseer(details);
    const q = kostenNaarQuery(invoer).toString();
    const url = `${location.pathname}?${q}`;
    history.replaceState(null, '', url);
    link.href = url;
    deel.hidden = false;
  };

  form.hidden = false;
  const start = new URLSearchParams(location.search);
  if ([...start.keys()].some((k) => k !== 'route')) {
    vul(start);
    geprobeerd = true;
    reken(true);
  } else {
    // only a route (a link from the explorer): choose it, show no messages for empty fields yet
    vul(start);
    toonRijen();
  }
  form.addEventListener('input', () => reken(geprobeerd));
  form.addEventListener('change', () => reken(geprobeerd));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    geprobeerd = true;
    reken(true, true);
  });
}
