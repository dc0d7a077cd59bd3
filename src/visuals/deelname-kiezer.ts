/**
 * Progressive enhancement for the participation matrix: a select box that
 * highlights one organisation's row (in the picture and in the table). It
 * also follows the row links (#org-<id>), so both ways stay in step.
 * Without JavaScript the rows are highlighted by CSS :target instead.
 */
export function bindKiezer(root: ParentNode = document): void {
  for (const kiezer of root.querySelectorAll<HTMLElement>('[data-deelname-kiezer]')) {
    const figuur = kiezer.closest('figure');
    const select = kiezer.querySelector('select');
    if (!figuur || !select) continue;
    figuur.classList.add('js-kiezer');
    kiezer.hidden = false;
    const markeer = (id: string) => {
      for (const el of figuur.querySelectorAll('.is-gekozen')) el.classList.remove('is-gekozen');
      if (!id) return;
      for (const el of figuur.querySelectorAll(`[data-org="${CSS.escape(id)}"]`)) el.classList.add('is-gekozen');
    };
    const uitHash = () => {
      const m = /^#org-([a-z0-9-]+)$/.exec(location.hash);
      if (m && [...select.options].some((o) => o.value === m[1])) {
        select.value = m[1];
        markeer(m[1]);
      }
    };
    select.addEventListener('change', () => markeer(select.value));
    window.addEventListener('hashchange', uitHash);
    uitHash();
  }
}
