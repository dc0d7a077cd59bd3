/**
 * One home per fact: the exit rules are written once (content/uittreding/)
 * and every text that states them renders from there. Changing one term in
 * the one file changes it on every page that states it; a judgement on exit
 * cannot contradict the facts it rests on.
 *
 * These tests break a copy of the real content (contentCopy), not the minimal fixture: what they
 * check is that the real texts of forms, cases, routes and terms follow their one home, and that
 * the real forms' exit judgements agree with the real rules; a fixture would not have those texts.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkContent, loadContent, type Content } from '../../src/loaders/load-content.ts';
import { oordeelProblemen, uittredingTekst, fillFeiten } from '../../src/lib/feiten.ts';
import { computeUittreding } from '../../src/calc/uittreding.ts';
import { contentCopy } from './helpers.ts';

/** Every text the views show that states an exit rule, by place. */
function exitTexts(c: Content): Record<string, string> {
  const vorm = (id: string) => c.vormen.find((v) => v.id === id)!.data;
  const casus = (id: string) => c.casussen.find((v) => v.id === id)!.data;
  const route = (id: string) => c.verkenner.routes.find((r) => r.id === id)!;
  return {
    'vorm aansluiten-voorziening, veld uittreden (ook Vergelijk)':
      vorm('aansluiten-voorziening').velden.toetredingUittreding.tekst,
    'vorm lichte-regeling-met-gastheer, veld uittreden (ook Vergelijk)':
      vorm('lichte-regeling-met-gastheer').velden.toetredingUittreding.tekst,
    'casus it-platform-twente': casus('it-platform-twente')
      .kenmerken.map((k) => k.tekst)
      .join(' '),
    'casus vth-omgevingsrecht-twente': casus('vth-omgevingsrecht-twente')
      .kenmerken.map((k) => k.tekst)
      .join(' '),
    'verkenner route soc-itpt-voorziening': route('soc-itpt-voorziening')
      .lostNietOp.map((l) => l.tekst)
      .join(' '),
    'verkenner doel fg': JSON.stringify(c.verkenner.doelen.fg),
    'bron vth-twente (kaart op /bronnen/)': c.bronnen.find((b) => b.id === 'vth-twente')!.data.samenvatting,
    'begrip uittreden': c.begrippen.find((b) => b.id === 'uittreden')!.data.uitleg,
    'agenda it-platform-opzeggen': c.agenda.find((a) => a.id === 'it-platform-opzeggen')!.data.wat,
  };
}

const real = loadContent('content');

describe('exit rules: one home', () => {
  it('every place states the rule as its home renders it (the whole rule, with the minimum terms)', () => {
    const t = exitTexts(real);
    const voorziening = uittredingTekst(real.uittreding.find((u) => u.id === 'it-platform-twente-voorziening')!.data);
    const platform = uittredingTekst(real.uittreding.find((u) => u.id === 'it-platform-twente')!.data);
    const vth = uittredingTekst(real.uittreding.find((u) => u.id === 'vth-twente')!.data);
    expect(t['vorm aansluiten-voorziening, veld uittreden (ook Vergelijk)']).toContain(voorziening);
    expect(t['verkenner route soc-itpt-voorziening']).toContain(voorziening);
    expect(t['vorm lichte-regeling-met-gastheer, veld uittreden (ook Vergelijk)']).toContain(platform);
    expect(t['vorm lichte-regeling-met-gastheer, veld uittreden (ook Vergelijk)']).toContain(vth);
    expect(t['bron vth-twente (kaart op /bronnen/)']).toContain(vth);
    // the findings of the audit: both 36-month terms (art. 8.2 sub b), counted at the end date (art. 11.1 sub b), consent (VTH art. 9.1)
    expect(platform).toMatch(
      /de deelname aan IT Platform Twente en de meest recente afname van een IT-voorziening elk ten minste 36/,
    );
    expect(voorziening).toMatch(
      /Op de einddatum moet de afname van die IT-voorziening ten minste 36 aaneengesloten maanden hebben geduurd/,
    );
    expect(vth).toMatch(/alleen met instemming van het bestuurlijk overleg .* 24 maanden na die instemming/);
    for (const [waar, tekst] of Object.entries(t)) expect(tekst, waar).not.toMatch(/\{\{/);
  });

  it('changing one exit term in the one content file changes it on every page that states it', () => {
    const root = contentCopy();
    const f = join(root, 'content', 'uittreding', 'it-platform-twente-voorziening.yaml');
    writeFileSync(
      f,
      readFileSync(f, 'utf8').replace(/opzegtermijn:\n  maanden: 12\n/, 'opzegtermijn:\n  maanden: 17\n'),
    );
    const g = join(root, 'content', 'uittreding', 'vth-twente.yaml');
    writeFileSync(
      g,
      readFileSync(g, 'utf8').replace(/opzegtermijn:\n  maanden: 24\n/, 'opzegtermijn:\n  maanden: 30\n'),
    );
    const changed = loadContent(join(root, 'content'));
    const before = exitTexts(real);
    const after = exitTexts(changed);
    const voorzieningPlaatsen = [
      'vorm aansluiten-voorziening, veld uittreden (ook Vergelijk)',
      'verkenner route soc-itpt-voorziening',
      'verkenner doel fg',
      'casus it-platform-twente',
    ];
    for (const p of voorzieningPlaatsen) {
      expect(before[p], p).toContain('ten minste 12 maanden');
      expect(after[p], p).toContain('ten minste 17 maanden');
    }
    const vthPlaatsen = [
      'vorm lichte-regeling-met-gastheer, veld uittreden (ook Vergelijk)',
      'casus vth-omgevingsrecht-twente',
      'bron vth-twente (kaart op /bronnen/)',
      'begrip uittreden',
    ];
    for (const p of vthPlaatsen) {
      expect(before[p], p).toContain('opzegtermijn van 24 maanden');
      expect(after[p], p).toContain('opzegtermijn van 30 maanden');
      expect(after[p], p).not.toContain('24 maanden');
    }
    // the calculator and the agenda's dates follow the same file
    const vth = changed.uittreding.find((u) => u.id === 'vth-twente')!.data;
    const u = computeUittreding(vth, { opzegdatum: '2026-03-15', instemmingsdatum: '2026-03-15' });
    expect(u.ok && u.einddatum).toBe('2028-09-15');
    // the agenda states the rule of one IT-voorziening from the same file
    const vooraf = (c: Content) =>
      c.agenda
        .find((a) => a.id === 'it-platform-opzeggen')!
        .data.vooraf.map((v) => v.tekst)
        .join(' ');
    expect(vooraf(real)).toContain('ten minste 12 maanden');
    expect(vooraf(changed)).toContain('ten minste 17 maanden');
  });

  it('no content file outside the home states a notice period or minimum term by hand', () => {
    const hand: string[] = [];
    const walk = (dir: string) => {
      for (const d of readdirSync(dir, { withFileTypes: true })) {
        const p = join(dir, d.name);
        if (d.isDirectory()) {
          if (p !== join('content', 'uittreding') && p !== join('content', 'bronnen', 'tekst')) walk(p);
          continue;
        }
        const text = readFileSync(p, 'utf8').replace(/\s+/g, ' ');
        for (const zin of text.split(/(?<=[.;:])\s/))
          if (
            /(opzeg|uittre|stoppen met|beëindig)/i.test(zin) &&
            /\b(\d+|twaalf|vierentwintig|zesendertig) (aaneengesloten )?maanden\b/i.test(zin)
          )
            hand.push(`${p}: ${zin.slice(0, 160)}`);
      }
    };
    walk('content');
    expect(hand).toEqual([]);
  });

  it('MDX bodies state exit rules through the component, whose id is a known home', () => {
    const ids = new Set(real.uittreding.map((u) => u.id));
    const bodies = readdirSync('content/vormen').map((f) => readFileSync(join('content/vormen', f), 'utf8'));
    const used = bodies.flatMap((b) => [...b.matchAll(/<Uittredingsregel id="([^"]+)"/g)].map((m) => m[1]));
    expect(used.length).toBeGreaterThanOrEqual(4);
    for (const id of used) expect(ids.has(id), id).toBe(true);
  });

  it('an unknown rule or part in a placeholder names the file and field', () => {
    const problems: string[] = [];
    const bron = {
      uittreding: new Map(real.uittreding.map((u) => [u.id, u.data])),
      feiten: new Map(real.feiten.map((f) => [f.id, f.data])),
    };
    fillFeiten(
      { a: { b: ['{{uittreding:bestaat-niet}}', '{{uittreding:vth-twente:onzin}}', '{{feit:geen-feit}}'] } },
      bron,
      'content/x.yaml',
      problems,
    );
    expect(problems).toEqual([
      expect.stringContaining('content/x.yaml: veld "a.b.0": onbekende uittredingsregels "bestaat-niet"'),
      expect.stringContaining('content/x.yaml: veld "a.b.1": onbekend deel "onzin"'),
      expect.stringContaining('content/x.yaml: veld "a.b.2": onbekend feit "geen-feit"'),
    ]);
  });
});

describe('other facts: one home', () => {
  it('a mandate fact changed in its one file changes every text that states it, and those texts cite its article', () => {
    const root = contentCopy();
    const f = join(root, 'content', 'feiten', 'awb-mandaat-buiten-de-organisatie.yaml');
    writeFileSync(
      f,
      readFileSync(f, 'utf8').replace(
        'dan moet ook die ander instemmen.',
        'dan moet ook die ander schriftelijk instemmen.',
      ),
    );
    const changed = loadContent(join(root, 'content'));
    const dvo = (c: Content) => c.vormen.find((v) => v.id === 'dvo')!.data;
    const detachering = (c: Content) => c.vormen.find((v) => v.id === 'detachering')!.data;
    const mandaat = (c: Content) => c.begrippen.find((b) => b.id === 'mandaat')!.data.uitleg;
    for (const tekst of [
      dvo(real).kenmerken.mandaatMogelijk.toelichting,
      dvo(real).velden.delegatieMandaat.tekst,
      detachering(real).kenmerken.mandaatMogelijk.toelichting,
      mandaat(real),
    ])
      expect(tekst).toContain('dan moet ook die ander instemmen.');
    for (const tekst of [
      dvo(changed).kenmerken.mandaatMogelijk.toelichting,
      dvo(changed).velden.delegatieMandaat.tekst,
      detachering(changed).kenmerken.mandaatMogelijk.toelichting,
      mandaat(changed),
    ])
      expect(tekst).toContain('dan moet ook die ander schriftelijk instemmen.');
    expect(dvo(real).velden.delegatieMandaat.bronnen).toContainEqual({ bron: 'awb', plaats: 'art. 10:4 lid 1' });
  });
  it('the mandates of IT Platform Twente are stated, not said to be missing', () => {
    const v = real.vormen.find((x) => x.id === 'aansluiten-voorziening')!.data;
    expect(v.velden.delegatieMandaat.tekst).not.toMatch(/zegt de overeenkomst niet/);
    expect(v.velden.delegatieMandaat.tekst).toMatch(/volmacht van hun burgemeester en mandaat van hun college/);
    expect(v.velden.delegatieMandaat.bronnen).toContainEqual({
      bron: 'it-platform-twente',
      plaats: 'art-5',
      detail: '5.8',
    });
  });
});

describe('judgements on exit against the facts', () => {
  const regels = new Map(real.uittreding.map((u) => [u.id, u.data]));
  it('the forms of the real content agree', () => {
    const exit = real.vormen.flatMap((v) =>
      v.data.oordelen.filter((o) => o.criterium === 'uittreding').map((o) => ({ id: v.id, ...o })),
    );
    expect(
      exit
        .filter((o) => o.feiten.length)
        .map((o) => o.id)
        .sort(),
    ).toEqual(['aansluiten-voorziening', 'lichte-regeling-met-gastheer']);
  });
  it('the same or stricter rules cannot score better without a stated reason', () => {
    const gastheer = {
      file: 'content/vormen/lichte-regeling-met-gastheer.mdx',
      pad: 'oordelen.6',
      oordeel: 'redelijk',
      feiten: ['it-platform-twente', 'vth-twente'],
    };
    const voorziening = {
      file: 'content/vormen/aansluiten-voorziening.mdx',
      pad: 'oordelen.6',
      oordeel: 'zwak',
      feiten: ['it-platform-twente-voorziening'],
    };
    const p = oordeelProblemen([gastheer, voorziening], regels);
    expect(p).toHaveLength(1);
    expect(p[0]).toMatch(
      /lichte-regeling-met-gastheer\.mdx: veld "oordelen\.6\.oordeel": "redelijk" rust op .* "zwak"/,
    );
    expect(oordeelProblemen([gastheer, { ...voorziening, oordeel: 'redelijk' }], regels)).toEqual([]);
    expect(oordeelProblemen([gastheer, { ...voorziening, afwijking: 'Een reden.' }], regels)).toEqual([]);
    expect(oordeelProblemen([{ ...gastheer, feiten: ['geen'] }], regels)[0]).toMatch(
      /onbekende uittredingsregels "geen"/,
    );
  });
  it('the loader fails the content on such a contradiction', () => {
    const root = contentCopy();
    const f = join(root, 'content', 'vormen', 'aansluiten-voorziening.mdx');
    writeFileSync(f, readFileSync(f, 'utf8').replace(/(criterium: uittreding\n    oordeel: )redelijk/, '$1zwak'));
    const { problems } = checkContent(join(root, 'content'));
    expect(problems.join('\n')).toMatch(/lichte-regeling-met-gastheer\.mdx: veld "oordelen\.\d+\.oordeel"/);
  });
});
