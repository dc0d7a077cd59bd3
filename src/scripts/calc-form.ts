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

/** The input is not valid: hide the result, say so (when messages are shown), and move focus to the first field with a message. */
export function toonOngeldig(el: ResultaatVelden, toonFouten: boolean, focus: boolean): void {
  el.uit.hidden = !toonFouten;
  el.deel.hidden = true;
  el.status.textContent = toonFouten ? 'Er is nog iets niet goed ingevuld. Kijk bij de velden met een melding.' : '';
  el.details.innerHTML = '';
  if (focus) el.form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
}
