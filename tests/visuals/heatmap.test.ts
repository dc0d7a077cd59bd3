import { describe, expect, it } from 'vitest';
import {
  renderHeatmap,
  celNaam,
  ERNST_LABEL,
  ERNSTEN,
  THEMA_TITEL,
  type HeatmapInvoer,
} from '../../src/visuals/heatmap.ts';
import { heatmapFixture } from './fixtures.ts';
import { alle, basisChecks, metKlasse, tekst } from './helpers.ts';

describe('heatmap', () => {
  const svg = renderHeatmap(heatmapFixture, { id: 'hm' });
  const doc = basisChecks(svg);

  it('draws one linked cell per form × obstacle', () => {
    const cellen = alle(doc, metKlasse('cel'));
    expect(cellen).toHaveLength(heatmapFixture.vormen.length * heatmapFixture.belemmeringen.length);
    for (const c of cellen) {
      expect(c.name).toBe('a');
      expect(c.attrs.href).toMatch(/^\/belemmeringen\/[a-z0-9-]+\/#profiel$/);
      expect(c.attrs['aria-label']).toMatch(
        /^.+: .+: (n\.v\.t\., niet van toepassing|beheersbaar|aanzienlijk|blokkerend)$/,
      );
      // a shape for the symbol, and the severity as a word
      expect(alle(c, (n) => ['circle', 'line', 'path'].includes(n.name)).length).toBeGreaterThan(0);
    }
  });

  it('names each cell "<vorm>: <belemmering>: <ernst>" and links the right obstacle', () => {
    const cellen = alle(doc, metKlasse('cel'));
    for (const cel of heatmapFixture.cellen) {
      const v = heatmapFixture.vormen.find((x) => x.id === cel.vorm)!;
      const b = heatmapFixture.belemmeringen.find((x) => x.id === cel.belemmering)!;
      const hit = cellen.filter((c) => c.attrs['aria-label'] === celNaam(v.titel, b.titel, cel.ernst));
      expect(hit, `${cel.vorm}/${cel.belemmering}`).toHaveLength(1);
      expect(hit[0].attrs.href).toBe(`/belemmeringen/${cel.belemmering}/#profiel`);
      expect(hit[0].attrs['data-ernst']).toBe(cel.ernst);
    }
  });

  it('groups obstacles by theme in the order gegevens, infrastructuur, harmonisatie', () => {
    const themas = alle(doc, metKlasse('thema')).map((g) => g.attrs['data-thema']);
    expect(themas).toEqual(['gegevens', 'infrastructuur', 'harmonisatie']);
    const alleTekst = tekst(doc);
    for (const t of Object.values(THEMA_TITEL)) expect(alleTekst).toContain(t);
    const gegevens = alle(doc, metKlasse('thema'))[0];
    expect(alle(gegevens, metKlasse('cel'))).toHaveLength(4 * heatmapFixture.vormen.length);
  });

  it('shows labels, a legend with all severities, and escapes text', () => {
    const t = tekst(doc);
    for (const l of Object.values(ERNST_LABEL)) expect(t).toContain(l);
    expect(alle(doc, metKlasse('legenda-item'))).toHaveLength(ERNSTEN.length);
    expect(ERNSTEN).toContain('onzeker');
    expect(t).toContain('Lichte regeling');
    expect(svg).toContain('&amp; &lt;privacy&gt;');
    expect(doc.attrs.role).toBe('group'); // it holds links
  });

  it('throws on an incomplete matrix', () => {
    const kapot: HeatmapInvoer = { ...heatmapFixture, cellen: heatmapFixture.cellen.slice(1) };
    expect(() => renderHeatmap(kapot)).toThrow(/geen cel/);
  });
});
