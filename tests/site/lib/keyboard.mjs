// Helpers for keyboard-only journeys. Journeys throw JourneyError with a clear message.
class JourneyError extends Error {}
export const fail = (msg) => {
  throw new JourneyError(msg);
};

/** Describe document.activeElement and its focus styling. */
export function focusInfo(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body || el === document.documentElement) return { none: true, desc: '(body)' };
    const cs = getComputedStyle(el);
    const r = el.getBoundingClientRect();
    const text = (el.getAttribute('aria-label') || el.textContent || el.value || el.getAttribute('placeholder') || '')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 60);
    const desc =
      el.tagName.toLowerCase() +
      (el.id ? '#' + el.id : '') +
      (el.getAttribute('type') ? `[type=${el.getAttribute('type')}]` : '') +
      (el.getAttribute('href') ? `[href="${el.getAttribute('href')}"]` : '') +
      (text ? ` "${text}"` : '');
    const transparent = (c) => /^transparent$|rgba\([^)]*,\s*0\)$/.test(c);
    const ring = (s) =>
      (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0 && !transparent(s.outlineColor)) ||
      (s.boxShadow && s.boxShadow !== 'none');
    // the indicator may sit on the element, its <label>, or the parent (e.g. :focus-within on a wrapper)
    const carriers = [el, el.closest('label'), el.parentElement].filter(Boolean);
    const indicator = carriers.some((c) => ring(getComputedStyle(c)));
    const visible =
      r.width > 1 &&
      r.height > 1 &&
      cs.visibility !== 'hidden' &&
      parseFloat(cs.opacity) > 0 &&
      (cs.getPropertyValue('clip') === 'auto' || cs.getPropertyValue('clip') === '') &&
      (cs.clipPath === 'none' || cs.clipPath === '') &&
      r.bottom > 0 &&
      r.right > 0 &&
      r.top < innerHeight &&
      r.left < innerWidth;
    return {
      none: false,
      desc,
      tag: el.tagName.toLowerCase(),
      type: (el.getAttribute('type') || '').toLowerCase(),
      role: el.getAttribute('role') || '',
      href: el.getAttribute('href'),
      text,
      visible,
      indicator,
      outline: `${cs.outlineStyle} ${cs.outlineWidth} ${cs.outlineColor}`,
      boxShadow: cs.boxShadow,
    };
  });
}

/**
 * Press Tab until predicate(info, page) is true. Returns the info. Fails with the focus trail.
 */
export async function tabUntil(page, predicate, { max = 60, what = 'the target element' } = {}) {
  const trail = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const info = await focusInfo(page);
    trail.push(info.desc);
    if (await predicate(info, page)) return info;
  }
  fail(
    `${what} not reached with ${max} Tab presses on ${page.url()}. Focus went: ${trail.slice(0, 25).join(' → ')}${trail.length > 25 ? ' → …' : ''}`,
  );
}

/** Go to a path and fail clearly if it does not exist. */
export async function open(page, baseURL, path) {
  const resp = await page.goto(baseURL + path, { waitUntil: 'load' });
  if (!resp || resp.status() >= 400) fail(`${path} does not exist (HTTP ${resp?.status()})`);
  return resp;
}
