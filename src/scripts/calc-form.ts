/** Shared by the calculators' browser scripts (costs, planner). */

export interface ResultaatVelden {
  form: HTMLFormElement;
  /** the result area */
  uit: HTMLElement;
  /** the "share this result" link's paragraph */
  deel: HTMLElement;
  /** the live status line */
  status: HTMLElement;
  /** where the result's table and details go */
  details: HTMLElement;
}

/** The form `<prefix>-form` and the result area of CalcUitkomst.astro with the same prefix, or null when the page lacks one. */
export function resultaatVelden(prefix: string): (ResultaatVelden & { link: HTMLAnchorElement }) | null {
  const form = document.getElementById(`${prefix}-form`);
  const uit = document.getElementById(`${prefix}-uitkomst`);
  const status = document.getElementById(`${prefix}-status`);
  const details = document.getElementById(`${prefix}-details`);
  const deel = document.getElementById(`${prefix}-deel`);
  const link = document.getElementById(`${prefix}-link`);
  if (
    !(form instanceof HTMLFormElement) ||
    !uit ||
    !status ||
    !details ||
    !deel ||
    !(link instanceof HTMLAnchorElement)
  )
    return null;
  return { form, uit, status, details, deel, link };
}

/** The input is not valid: hide the result, say so (when messages are shown), and move focus to the first field with a message. */
export function showOngeldig(el: ResultaatVelden, toonFouten: boolean, focus: boolean): void {
  el.uit.hidden = !toonFouten;
  el.deel.hidden = true;
  el.status.textContent = toonFouten ? 'Er is nog iets niet goed ingevuld. Kijk bij de velden met een melding.' : '';
  el.details.innerHTML = '';
  if (focus) el.form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
}
