/**
 * Vergelijk page. Without JavaScript the checkboxes and radio buttons already show the chosen forms
 * and situation through CSS. This script adds what CSS cannot: the choice kept in the address
 * (?vorm=a&vorm=b&situatie=digid), so a comparison can be shared and the back button works, and a
 * print button.
 */
export function initCompare(): void {
  const form = document.getElementById('vergelijk-keuze') as HTMLFormElement | null;
  if (!form) return;
  const boxes = [...form.querySelectorAll<HTMLInputElement>('input[name="vorm"]')];
  const radios = [...form.querySelectorAll<HTMLInputElement>('input[name="situatie"]')];
  const standaardSituatie = radios.find((r) => r.defaultChecked)?.value;
  const standaardVormen = boxes.filter((b) => b.defaultChecked).map((b) => b.value);

  const fromUrl = () => {
    const params = new URL(location.href).searchParams;
    const known = params.getAll('vorm').filter((c) => boxes.some((b) => b.value === c));
    for (const b of boxes) b.checked = known.length === 0 ? b.defaultChecked : known.includes(b.value);
    const sit = params.get('situatie');
    const r = radios.find((x) => x.value === sit) ?? radios.find((x) => x.value === standaardSituatie);
    if (r) r.checked = true;
  };
  const chosen = () => boxes.filter((b) => b.checked).map((b) => b.value);
  const check = (): boolean => {
    const ok = chosen().length >= 2;
    boxes.forEach((b) => (ok ? b.removeAttribute('aria-invalid') : b.setAttribute('aria-invalid', 'true')));
    return ok;
  };
  const toUrl = () => {
    const url = new URL(location.href);
    url.searchParams.delete('vorm');
    const c = chosen();
    const standaard = c.length === standaardVormen.length && c.every((x) => standaardVormen.includes(x));
    if (!standaard) for (const x of c) url.searchParams.append('vorm', x);
    const sit = radios.find((r) => r.checked)?.value;
    if (sit && sit !== standaardSituatie) url.searchParams.set('situatie', sit);
    else url.searchParams.delete('situatie');
    history.replaceState(null, '', url);
  };

  fromUrl();
  check();
  form.addEventListener('change', () => {
    check();
    toUrl();
  });
  window.addEventListener('popstate', () => {
    fromUrl();
    check();
  });
  // "Toon vergelijking" is a link to #vergelijking: without JavaScript it scrolls there; here it also moves focus
  document.getElementById('toon-vergelijking')?.addEventListener('click', (e) => {
    const doel = document.getElementById('vergelijking');
    if (!doel) return;
    e.preventDefault();
    doel.focus();
    doel.scrollIntoView();
  });
  const print = document.getElementById('print-knop') as HTMLButtonElement | null;
  if (print) {
    print.hidden = false;
    print.addEventListener('click', () => window.print());
    const hulp = document.getElementById('vgl-hulp');
    if (hulp)
      hulp.textContent = 'De vergelijking past zich direct aan uw keuze aan. U kunt het adres van deze pagina delen.';
  }
}
