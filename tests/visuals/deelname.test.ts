import { describe, expect, it } from 'vitest';
import { buildDeelname, renderDeelname, soortVanRol, ITPT } from '../../src/visuals/deelname.ts';
import { alle, basisChecks, casussen, metKlasse, organisaties, tekst } from './helpers.ts';

const orgs = organisaties();
const cs = casussen();
const matrix = buildDeelname(
  orgs.map((o) => ({ id: o.id, ...o.data })),
  cs.map((c) => ({ id: c.id, ...c.data })),
);
const svg = renderDeelname(matrix, { id: 'dn' });
const doc = basisChecks(svg);
const SAMEN = [ITPT, 'samenwerking-ict-hengelo', 'vth-omgevingsrecht-twente'];

/** Memberships straight from the content, counted independently of the renderer. */
function verwacht() {
  const per = new Map<string, Map<string, { rol: string; voorzieningen: string[] }>>();
  for (const o of orgs)
    for (const d of o.data.deelnames)
      if (SAMEN.includes(d.casus)) {
        if (!per.has(o.id)) per.set(o.id, new Map());
        per.get(o.id)!.set(d.casus, d);
      }
  for (const c of cs)
    if (SAMEN.includes(c.id))
      for (const d of c.data.deelnemers) {
        if (!per.has(d.organisatie)) per.set(d.organisatie, new Map());
        if (!per.get(d.organisatie)!.has(c.id))
          per.get(d.organisatie)!.set(c.id, { rol: d.rol ?? '', voorzieningen: [] });
      }
  return per;
}

describe('participation matrix', () => {
  const per = verwacht();

  it('has one row per organisation that takes part in one of the cooperations', () => {
    const rijen = alle(doc, metKlasse('rij'));
    expect(rijen.map((r) => r.attrs['data-org']).sort()).toEqual([...per.keys()].sort());
    for (const r of rijen) expect(r.attrs.id).toBe(`org-${r.attrs['data-org']}`);
  });

  it('draws one mark per membership in the content', () => {
    let n = 0;
    for (const m of per.values())
      for (const [casus, d] of m) {
        if (casus === ITPT)
          n += d.voorzieningen.length + (/^partij/i.test(d.rol) || d.voorzieningen.length === 0 ? 1 : 0);
        else n += 1;
      }
    expect(alle(doc, metKlasse('mark'))).toHaveLength(n);
    const voorzieningMarks = alle(doc, metKlasse('mark')).filter(
      (x) => x.attrs['data-kolom'].startsWith(`${ITPT}--`) && !x.attrs['data-kolom'].endsWith('--partij'),
    );
    const voorzieningen = [...per.values()].reduce((s, m) => s + (m.get(ITPT)?.voorzieningen.length ?? 0), 0);
    expect(voorzieningMarks).toHaveLength(voorzieningen);
    for (const rij of alle(doc, metKlasse('rij'))) {
      const m = per.get(rij.attrs['data-org'])!;
      const ict = alle(rij, metKlasse('mark')).filter((x) =>
        x.attrs['data-kolom'].startsWith('samenwerking-ict-hengelo'),
      );
      expect(ict).toHaveLength(m.has('samenwerking-ict-hengelo') ? 1 : 0);
    }
  });

  it('shows the 15 parties to IT Platform Twente, and Wierden and Rijssen-Holten in Bijlage 1 without being a party', () => {
    const partij = matrix.kolommen.find((k) => k.soort === 'partij')!;
    expect(matrix.rijen.filter((r) => r.cellen[partij.id]?.soort === 'lid')).toHaveLength(15);
    const zonder = matrix.rijen
      .filter((r) => r.gemeente && r.voorzieningZonderPartij)
      .map((r) => r.id)
      .sort();
    expect(zonder).toEqual(['rijssen-holten', 'wierden']);
    for (const id of zonder) {
      const rij = matrix.rijen.find((r) => r.id === id)!;
      expect(rij.cellen[partij.id]).toBeUndefined();
      expect(Object.keys(rij.cellen).some((k) => k.endsWith('--govroam'))).toBe(true);
    }
  });

  it('counts per organisation in how many cooperations it takes part', () => {
    for (const r of matrix.rijen) {
      const m = per.get(r.id)!;
      const verwachtAantal = SAMEN.filter((s) => {
        const d = m.get(s);
        if (!d) return false;
        if (s === ITPT) return /^partij/i.test(d.rol) || d.voorzieningen.length > 0;
        return soortVanRol(d.rol) === 'lid';
      }).length;
      expect(r.aantal, r.id).toBe(verwachtAantal);
    }
    const hengelo = alle(doc, (n) => n.attrs.id === 'org-hengelo')[0];
    expect(tekst(alle(hengelo, metKlasse('aantal'))[0])).toBe('3');
  });

  it('links each row name to its own row and labels the columns', () => {
    const links = alle(doc, metKlasse('rij-link'));
    expect(links).toHaveLength(matrix.rijen.length);
    for (const l of links) expect(l.attrs.href).toMatch(/^#org-[a-z0-9-]+$/);
    const t = tekst(doc);
    for (const w of ['IT Platform Twente', 'Govroam', 'RDNG', 'Almelo', 'Wierden', 'Legenda']) expect(t).toContain(w);
  });

  it('classifies roles', () => {
    expect(soortVanRol('partij')).toBe('lid');
    expect(soortVanRol('centrumgemeente')).toBe('lid');
    expect(soortVanRol('ketenpartner (geen partij)')).toBe('anders');
    expect(soortVanRol('verzoekt om toetreding')).toBe('anders');
  });
});
