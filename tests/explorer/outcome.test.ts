import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../../src/lib/load-content.ts';
import { laadEngineInvoer } from '../../src/engine/load.ts';
import { laadVerkenner } from '../../src/explorer/load.ts';
import { bouwUitkomst, klasseVan, type VerkennerData, type FitRegel, type DoelData } from '../../src/explorer/outcome.ts';
import { alleToestanden, isKlaar, lees, pad, type Flow } from '../../src/explorer/flow.ts';
import { render, renderFout, alsMarkdown, alsJson } from '../../src/explorer/render.ts';
import { standaardSituatie } from '../../src/engine/velden.ts';

const kb = loadKnowledgeBase();
const { regels } = laadEngineInvoer();
const inhoud = laadVerkenner('content', kb);
const data: VerkennerData = {
  flow: inhoud.vragen as unknown as Flow,
  standaard: standaardSituatie,
  vormen: kb.vormen.map((v) => ({ id: v.id, data: v.data })),
  belemmeringen: kb.belemmeringen.map((b) => ({ id: b.id, data: b.data })),
  regels: regels.map((r) => ({ id: r.id, data: r.data })),
  geschiktheid: inhoud.geschiktheid as unknown as FitRegel[],
  doelen: inhoud.doelen as unknown as Record<string, DoelData>,
  cites: { bronnen: Object.fromEntries(kb.bronnen.map((b) => [b.id, { t: b.data.korteTitel, s: Object.fromEntries(b.data.secties.map((s) => [s.id, s.titel])) }])), extern: Object.fromEntries(kb.externeBronnen.map((x) => [x.id, { t: x.data.titel, u: x.data.url }])) },
  begrippen: Object.fromEntries(kb.begrippen.map((b) => [b.id, { term: b.data.term, uitleg: b.data.uitleg }])),
};
const motie = { doel: 'fg', gegevens: 'persoonsgegevens', aantal: '10-14', bevoegdheid: 'mandaat', organisatie: 'nee', private: 'nee', voorkeur: 'zeggenschap' };

describe('explorer content', () => {
  it('validates against the knowledge base (questions, fit rules, purposes, motion)', () => {
    expect(Object.keys(inhoud.doelen).sort()).toEqual(['ciso', 'fg', 'ict', 'inkoop', 'soc']);
    expect(inhoud.geschiktheid.length).toBeGreaterThan(5);
    expect(inhoud.motie.routes.length).toBeGreaterThanOrEqual(6);
  });
  it('gives the motion answers that make a valid start of the walk for each of its purposes', () => {
    for (const d of ['fg', 'ciso', 'soc']) {
      const p = pad(data.flow, { doel: d, ...inhoud.motie.antwoorden });
      expect(lees(data.flow, p).fout, p).toBeUndefined();
      expect(p).toBe(`/verkenner/v/${d}/persoonsgegevens/10-14/`);
    }
  });
});

describe('outcome', () => {
  const m = bouwUitkomst(data, motie);
  it('ranks every form once, with an obstacle profile of all 15 obstacles', () => {
    expect(m.volgorde.map((p) => p.vorm).sort()).toEqual(kb.vormen.map((v) => v.id).sort());
    for (const p of m.resultaat.perVorm) expect(p.uitkomsten).toHaveLength(15);
  });
  it('puts forms an answer rules out at the bottom, with the reason and its source', () => {
    const mandaat = bouwUitkomst(data, { ...motie, bevoegdheid: 'delegatie' });
    const uit = mandaat.volgorde.filter((p) => p.klasse === 'past-niet');
    expect(uit.length).toBeGreaterThan(0);
    const laatste = mandaat.volgorde.slice(-uit.length);
    expect(laatste.every((p) => p.klasse === 'past-niet')).toBe(true);
    for (const p of uit) {
      const f = p.fit.find((x) => x.oordeel === 'past-niet')!;
      expect(f.bronnen.length).toBeGreaterThan(0);
      expect(f.vraag).toBeDefined();
    }
    // delegation needs a form that can receive powers
    expect(uit.map((p) => p.vorm)).toContain('lichte-regeling');
  });
  it('classifies fit: past-niet beats past-minder beats past-goed', () => {
    const f = (oordeel: 'past-niet' | 'past-minder' | 'past-goed') => ({ regel: 'x', oordeel, reden: 'r', bronnen: [], vraag: 'q', antwoord: 'a' });
    expect(klasseVan([f('past-goed'), f('past-niet')])).toBe('past-niet');
    expect(klasseVan([f('past-goed'), f('past-minder')])).toBe('past-minder');
    expect(klasseVan([f('past-goed')])).toBe('past-goed');
    expect(klasseVan([])).toBe('past');
  });
  it('is deterministic', () => {
    expect(JSON.stringify(bouwUitkomst(data, motie))).toBe(JSON.stringify(bouwUitkomst(data, motie)));
  });
  it('estimates DigiD audits for the number of municipalities when citizens log in', () => {
    const ict = bouwUitkomst(data, { doel: 'ict', gegevens: 'persoonsgegevens', inloggen: 'digid', aantal: '10-14', bevoegdheid: 'mandaat', organisatie: 'nee', private: 'nee', voorkeur: 'snel' });
    const s = ict.resultaat.perVorm[0].uitkomsten.find((u) => u.belemmering === 'digid-audits')!.schatting!;
    expect(s.min).toBe(14 * 10000);
    expect(s.max).toBe(14 * 15000);
  });
});

describe('rendering', () => {
  it('renders every step with one link per answer, and every outcome, without throwing', () => {
    const states = alleToestanden(data.flow);
    for (const a of states.filter((_, i) => i % 37 === 0)) {
      const html = render(data, a, (x) => bouwUitkomst(data, x));
      expect(html).toContain('id="vk-titel"');
      if (!isKlaar(data.flow, a)) expect((html.match(/class="vk-stap vk-optie"/g) ?? []).length).toBeGreaterThan(1);
      else expect(html).toContain('De vormen op volgorde');
    }
  });
  it('escapes what it cannot read', () => {
    const html = renderFout({ bericht: '“<script>” is geen antwoord', terug: '/verkenner/' });
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;');
    expect(html).toContain('Ga verder vanaf uw laatste geldige antwoord');
  });
  it('exports the outcome as Markdown and JSON with the answers and sources', () => {
    const m = bouwUitkomst(data, motie);
    const md = alsMarkdown(data, m, 'https://example.org/verkenner/v/x/');
    expect(md).toContain('## Uw antwoorden');
    expect(md).toMatch(/\]\(https:\/\/example\.org\/bronnen\//);
    const j = alsJson(data, m, 'https://example.org/') as { antwoorden: unknown[]; belemmeringen: unknown[] };
    expect(j.antwoorden).toHaveLength(7);
    expect(j.belemmeringen).toHaveLength(kb.vormen.length);
  });
});
