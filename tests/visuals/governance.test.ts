import { lagen } from '../../src/visuals/governance-layout.ts';
import { describe, expect, it } from 'vitest';
import { renderGovernance, relatieZin, RELATIE_STIJL } from '../../src/visuals/governance.ts';
import { alle, basisChecks, casussen, metKlasse, tekst } from './helpers.ts';

const metOrganen = casussen().filter((c) => c.data.organen.length > 0);

describe('governance diagrams', () => {
  it('exist for IT Platform Twente at least', () => {
    expect(metOrganen.map((c) => c.id)).toContain('it-platform-twente');
  });

  for (const c of metOrganen) {
    describe(c.id, () => {
      const svg = renderGovernance(c.data, { id: `gov-${c.id}` });
      const doc = basisChecks(svg);

      it('has one node per orgaan and one edge per relatie', () => {
        const nodes = alle(doc, metKlasse('orgaan'));
        expect(nodes.map((n) => n.attrs['data-orgaan']).sort()).toEqual(c.data.organen.map((o) => o.id).sort());
        const edges = alle(doc, metKlasse('relatie'));
        expect(edges).toHaveLength(c.data.relaties.length);
        expect(alle(doc, metKlasse('relatie-nummer'))).toHaveLength(c.data.relaties.length);
        edges.forEach((e, i) => {
          const r = c.data.relaties[Number(e.attrs['data-nr']) - 1];
          expect(e.attrs.class).toContain(`relatie-${r.soort}`);
          expect(e.attrs['marker-end']).toBe(`url(#gov-${c.id}-pijl-${r.soort})`);
          expect(e.attrs.d).toMatch(/^M[\d.]+,[\d.]+/);
          void i;
        });
      });

      it('labels every node and gives each relation kind its own line pattern', () => {
        const t = tekst(doc);
        for (const o of c.data.organen) expect(t.replace(/\s+/g, ' ')).toContain(o.naam.split(' ')[0]);
        for (const s of new Set(c.data.relaties.map((r) => r.soort))) expect(t).toContain(RELATIE_STIJL[s].label);
        const patronen = Object.values(RELATIE_STIJL).map((s) => `${s.streep ?? 'vol'}|${s.breedte}`);
        expect(new Set(patronen).size).toBe(patronen.length);
      });

      it('puts every relation that does not close a cycle downwards (or upwards for accounting/advice)', () => {
        const { laag, lagen: l } = lagen(c.data);
        expect(l.flat().sort()).toEqual(c.data.organen.map((o) => o.id).sort());
        const omlaag = c.data.relaties.filter((r) => !['legt-verantwoording-af-aan', 'adviseert'].includes(r.soort));
        const klopt = omlaag.filter((r) => laag.get(r.van)! < laag.get(r.naar)!).length;
        // most authority relations point down; a few may close a cycle
        expect(klopt / Math.max(1, omlaag.length)).toBeGreaterThan(0.6);
      });
    });
  }

  it('places the IT Platform Twente participants at the top, the expert teams at the bottom', () => {
    const itpt = metOrganen.find((c) => c.id === 'it-platform-twente')!;
    const { lagen: l } = lagen(itpt.data);
    expect(l[0]).toContain('deelnemers');
    expect(l[l.length - 1]).toContain('it-expertteams');
  });

  it('writes relations as Dutch sentences', () => {
    expect(relatieZin('A', 'B', 'mandateert')).toBe('A geeft mandaat aan B');
    expect(relatieZin('A', 'B', 'wijst-aan')).toBe('A wijst B aan');
    expect(relatieZin('A', 'B', 'legt-verantwoording-af-aan')).toBe('A legt verantwoording af aan B');
  });

  it('handles a cycle and a body without relations', () => {
    const svg = renderGovernance({
      organen: [
        { id: 'a', naam: 'A' },
        { id: 'b', naam: 'B' },
        { id: 'c', naam: 'C' },
        { id: 'los', naam: 'Los' },
      ],
      relaties: [
        { van: 'a', naar: 'b', soort: 'mandateert' },
        { van: 'b', naar: 'c', soort: 'mandateert' },
        { van: 'c', naar: 'a', soort: 'besluit-over' },
      ],
    });
    const doc = basisChecks(svg);
    expect(alle(doc, metKlasse('orgaan'))).toHaveLength(4);
    expect(alle(doc, metKlasse('relatie'))).toHaveLength(3);
    expect(tekst(doc)).toContain('zonder relatie');
  });
});
