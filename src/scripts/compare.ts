/**
 * Vergelijk page: keep the chosen forms and situation in the URL
 * (?vorm=a&vorm=b&situatie=digid), so a comparison can be shared and the
 * back button works. Without JavaScript the checkboxes and radio buttons
 * still hide columns and situations through CSS.
 */
export function initCompare(): void {
  const form = document.getElementById('vergelijk-keuze') as HTMLFormElement | null;
  if (!form) return;
  const boxes = [...form.querySelectorAll<HTMLInputElement>('input[name="vorm"]')];
  const radios = [...form.querySelectorAll<HTMLInputElement>('input[name="situatie"]')];
  const standaard = radios.find((r) => r.defaultChecked)?.value;
  const fout = document.getElementById('keuze-fout');
  const table = document.getElementById('vergelijk-titel');

  const fromUrl = () => {
    const chosen = new URL(location.href).searchParams.getAll('vorm');
    const known = chosen.filter((c) => boxes.some((b) => b.value === c));
    for (const b of boxes) b.checked = known.length === 0 || known.includes(b.value);
    const sit = new URL(location.href).searchParams.get('situatie');
    const r = radios.find((x) => x.value === sit) ?? radios.find((x) => x.value === standaard);
    if (r) r.checked = true;
  };
  const chosen = () => boxes.filter((b) => b.checked).map((b) => b.value);
  const check = (): boolean => {
    const ok = chosen().length >= 2;
    if (fout) fout.hidden = ok;
    boxes.forEach((b) => (ok ? b.removeAttribute('aria-invalid') : b.setAttribute('aria-invalid', 'true')));
    return ok;
  };
  const toUrl = (push: boolean) => {
    const url = new URL(location.href);
    url.searchParams.delete('vorm');
    if (chosen().length < boxes.length) for (const c of chosen()) url.searchParams.append('vorm', c);
    const sit = radios.find((r) => r.checked)?.value;
    if (sit && sit !== standaard) url.searchParams.set('situatie', sit);
    else url.searchParams.delete('situatie');
    history[push ? 'pushState' : 'replaceState'](null, '', url);
  };

  fromUrl();
  check();
  form.addEventListener('change', () => {
    if (check()) toUrl(false);
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    if (!check()) {
      boxes[0]?.focus();
      return;
    }
    toUrl(true);
    table?.closest<HTMLElement>('.table-wrap')?.focus();
  });
  window.addEventListener('popstate', () => {
    fromUrl();
    check();
  });
}
