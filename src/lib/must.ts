/**
 * Lookups that cannot fail when the data is consistent (a key every list has, an element every page
 * renders). If one does fail, these throw at once with what was missing, instead of a non-null
 * assertion that lets `undefined` run on into a TypeError or a NaN further down. No imports: the
 * browser scripts use it too.
 */

/** The value of `key` in `map`; throws naming `what` (e.g. "plek van orgaan") and the key when it is absent. */
export function mustGet<K, V>(map: ReadonlyMap<K, V>, key: K, what: string): V {
  const v = map.get(key);
  if (v === undefined) throw new Error(`${what} ontbreekt: ${String(key)}`);
  return v;
}

/** `value` itself; throws naming `what` when it is null or undefined (a find or querySelector that found nothing). */
export function must<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`${what} ontbreekt`);
  return value;
}

/** The first element under `root` that matches `selector`; throws naming the selector when the page lacks it. */
export function mustQuery<T extends Element = HTMLElement>(root: ParentNode, selector: string): T {
  return must(root.querySelector<T>(selector), `element ${selector}`);
}
