import { ONBEKEND } from '../../src/schemas/explorer-constants.ts';
import { describe, expect, it } from 'vitest';
import { data } from './helpers.ts';
import {
  alleToestanden,
  feiten,
  gesteld,
  heeftEigenPagina,
  isKlaar,
  parseAdres,
  opgeschoond,
  pad,
  samenvatting,
  volgende,
  type Flow,
} from '../../src/explorer/flow.ts';
import { vragenBestand } from '../../src/schemas/explorer.ts';

const flow = data.flow;
const toestanden = alleToestanden(flow);
const uitkomsten = toestanden.filter((a) => isKlaar(flow, a));

describe('the question tree as data', () => {
  it('ends every path in an outcome, and every step offers real answers plus "weet ik nog niet"', () => {
    expect(uitkomsten.length).toBeGreaterThan(0);
    for (const a of toestanden) {
      const v = volgende(flow, a);
      if (v) expect(v.opties.length, v.id).toBeGreaterThan(1);
      expect(Object.keys(a).length).toBeLessThanOrEqual(flow.vragen.length);
    }
  });
  it('reaches every question and every option', () => {
    const gezien = new Set<string>();
    for (const a of toestanden) for (const [v, o] of Object.entries(a)) gezien.add(`${v}=${o[0]}`);
    for (const v of flow.vragen)
      for (const o of [...v.opties.map((x) => x.id), ONBEKEND])
        expect(gezien.has(`${v.id}=${o}`), `${v.id}=${o}`).toBe(true);
  });
  it('asks only the questions that matter for the goal', () => {
    const ids = (doel: string) => gesteld(flow, { doel: [doel] }).map((v) => v.id);
    expect(ids('fg')).toEqual(['doel', 'aantal', 'werkgever', 'waarde']);
    expect(ids('soc')).toEqual(['doel', 'aantal', 'platform', 'stoppen']);
    expect(ids('ict')).toEqual(['doel', 'aantal', 'gegevens', 'inloggen', 'taken']);
    // no mandate or delegation question for a shared FG
    expect(ids('fg')).not.toContain('taken');
    // several goals: the union of their questions
    expect(gesteld(flow, { doel: ['fg', 'soc'] }).map((v) => v.id)).toEqual([
      'doel',
      'aantal',
      'werkgever',
      'waarde',
      'platform',
      'stoppen',
    ]);
  });
  it('sets only the facts the answers give: nothing from a default', () => {
    const f = feiten(flow, { doel: ['fg'], aantal: ['10-14'], werkgever: ['gemeente'] });
    expect(f).toEqual({ persoonsgegevens: true, digid: false, eherkenning: false, aantalGemeenten: 14 });
    expect('mandaat' in f || 'contractenSluiten' in f || 'multiTenantApplicaties' in f).toBe(false);
    expect(feiten(flow, { doel: ['ict'], aantal: [ONBEKEND] })).toEqual({});
    expect(feiten(flow, { doel: ['ict'], taken: ['uitvoeren'] })).toMatchObject({
      mandaat: true,
      besluitenNamensDeelnemers: false,
      contractenSluiten: true,
    });
  });
});

describe('answers in the URL, keyed by question', () => {
  it('round-trips every state through its path', () => {
    for (const a of toestanden) expect(parseAdres(flow, pad(flow, a))).toEqual({ antwoorden: a });
  });
  it('writes one URL per state whatever the order of answers, and reads parts in any order', () => {
    expect(pad(flow, { aantal: ['2-4'], doel: ['fg'] })).toBe('/verkenner/v/doel-fg/aantal-2-4/');
    expect(parseAdres(flow, '/verkenner/v/aantal-2-4/doel-fg/').antwoorden).toEqual({ doel: ['fg'], aantal: ['2-4'] });
    expect(pad(flow, { doel: ['soc', 'fg'] })).toBe('/verkenner/v/doel-fg.soc/');
    expect(parseAdres(flow, '/verkenner/v/doel-soc.fg/').antwoorden).toEqual({ doel: ['soc', 'fg'] });
  });
  it('reports what it cannot read, with the last valid state', () => {
    expect(parseAdres(flow, '/verkenner/v/doel-fg/hallo/').fout).toEqual({
      bericht: '“hallo” in het webadres hoort bij geen vraag van de verkenner.',
      terug: '/verkenner/v/doel-fg/',
    });
    expect(parseAdres(flow, '/verkenner/v/doel-fg/aantal-99/').fout?.bericht).toBe(
      '“99” is geen antwoord op de vraag “Met hoeveel gemeenten wilt u samenwerken?”.',
    );
    expect(parseAdres(flow, '/verkenner/v/doel-fg/aantal-2-4.5-9/').fout?.bericht).toMatch(/één antwoord/);
    expect(parseAdres(flow, '/verkenner/v/doel-fg/doel-soc/').fout?.bericht).toMatch(/twee keer/);
    expect(parseAdres(flow, '/verkenner/v/doel-soc/werkgever-gemeente/').fout).toEqual({
      bericht: 'De vraag “Bij wie komt de medewerker in dienst?” hoort niet bij uw andere antwoorden.',
      terug: '/verkenner/v/doel-soc/',
    });
    expect(parseAdres(flow, '/verkenner/v/%E0%A4%A/').fout?.terug).toBe('/verkenner/');
    expect(parseAdres(flow, '/verkenner/v/doel-fg/aantal-onbekend.2-4/').fout?.bericht).toMatch(/weet ik nog niet/);
    // the way back is a state with a static page: answers in order up to the first open question
    expect(parseAdres(flow, '/verkenner/v/aantal-2-4/werkgever-extern/x/').fout?.terug).toBe('/verkenner/');
    expect(parseAdres(flow, '/verkenner/v/doel-ict/aantal-2-4/inloggen-geen/x/').fout?.terug).toBe(
      '/verkenner/v/doel-ict/aantal-2-4/',
    );
  });
  it('never throws on malformed or random paths, and always offers a way back to a static page', () => {
    let seed = 42;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const statisch = new Set(['/verkenner/', ...toestanden.map((a) => pad(flow, a))]);
    const alfabet = [
      'doel-fg',
      'doel-ict',
      'doel-fg.soc',
      'doel-x',
      'aantal-2-4',
      'aantal-onbekend',
      'werkgever-extern',
      'taken-uitvoeren',
      'gegevens-geen',
      '%',
      '%E0%A4%A',
      '..',
      '',
      ' ',
      'ü',
      '<script>',
      'doel-',
      '-',
      '💥',
    ];
    for (let i = 0; i < 2000; i++) {
      const n = Math.floor(rnd() * 7);
      const p =
        '/verkenner/v/' + Array.from({ length: n }, () => alfabet[Math.floor(rnd() * alfabet.length)]).join('/');
      const r = parseAdres(flow, p);
      if (r.fout) {
        expect(r.fout.bericht.length).toBeGreaterThan(0);
        expect(parseAdres(flow, r.fout.terug).fout).toBeUndefined();
        // several goals have no static pages: the island shows them (on the friendly 404 page)
        if ((parseAdres(flow, r.fout.terug).antwoorden.doel?.length ?? 0) <= 1)
          expect(statisch.has(r.fout.terug), `${p} → ${r.fout.terug}`).toBe(true);
      }
      expect(parseAdres(flow, pad(flow, r.antwoorden)).fout).toBeUndefined();
    }
  });
  it('"wijzig": the static link starts from that question; the island link asks it again and keeps the other answers', () => {
    const a = { doel: ['ict'], aantal: ['2-4'], gegevens: ['geen'], inloggen: ['digid'], taken: ['uitvoeren'] };
    const r = samenvatting(flow, a).find((x) => x.vraag.id === 'gegevens')!;
    expect(r.wijzig).toBe('/verkenner/v/doel-ict/aantal-2-4/');
    expect(r.wijzigBehoud).toBe(
      '/verkenner/v/doel-ict/aantal-2-4/gegevens-geen/inloggen-digid/taken-uitvoeren/?wijzig=gegevens',
    );
    const terug = parseAdres(flow, r.wijzigBehoud);
    expect(terug.wijzig).toBe('gegevens');
    expect(terug.antwoorden).toEqual(a);
    // changing the goal drops answers that no longer apply, keeps the rest
    expect(opgeschoond(flow, { ...a, doel: ['fg'] })).toEqual({ doel: ['fg'], aantal: ['2-4'] });
  });
  it('"wijzig doel" after several goals keeps every chosen goal and the later answers', () => {
    const a = { doel: ['fg', 'ciso', 'soc'], aantal: ['10-14'], werkgever: ['onbekend'] };
    const r = samenvatting(flow, a).find((x) => x.vraag.id === 'doel')!;
    const terug = parseAdres(flow, r.wijzigBehoud);
    expect(terug.wijzig).toBe('doel');
    expect(terug.antwoorden).toEqual(a);
  });
  it('writes several goals as the page of that combination, with the other answers as a query string', () => {
    const a = { doel: ['fg', 'ciso', 'soc'], aantal: ['10-14'], werkgever: ['onbekend'] };
    const url = pad(flow, a);
    expect(url).toBe('/verkenner/v/doel-fg.ciso.soc/?aantal=10-14&werkgever=onbekend');
    expect(parseAdres(flow, url).antwoorden).toEqual(a);
    expect(heeftEigenPagina(a)).toBe(false);
    expect(heeftEigenPagina({ doel: ['fg'], aantal: ['10-14'] })).toBe(true);
    // a query answer is checked like a path part
    expect(parseAdres(flow, '/verkenner/v/doel-fg.ciso/?aantal=99').fout?.bericht).toMatch(/“99” is geen antwoord/);
    expect(parseAdres(flow, '/verkenner/v/doel-fg.ciso/?wijzig=bestaatniet').fout).toBeDefined();
  });
});

describe('stable URLs when the questions change', () => {
  const raw = { vragen: flow.vragen.map((v) => ({ ...v, toonAls: v.toonAls && { ...v.toonAls } })) };
  const nieuweVraag = {
    id: 'budget',
    kort: 'Budget',
    vraag: 'Is er al budget?',
    opties: [
      { id: 'ja', label: 'Ja' },
      { id: 'nee', label: 'Nee' },
    ],
  };
  // a question added in the middle, and two questions swapped
  const vragen = [...raw.vragen];
  vragen.splice(2, 0, nieuweVraag as (typeof vragen)[number]);
  const i = vragen.findIndex((v) => v.id === 'gegevens');
  [vragen[i], vragen[i + 1]] = [vragen[i + 1], vragen[i]];
  const nieuw: Flow = { vragen: vragenBestand.parse({ vragen }).vragen };

  it('opens every old outcome URL with all its answers kept', () => {
    for (const a of uitkomsten) {
      const oud = pad(flow, a);
      const r = parseAdres(nieuw, oud);
      expect(r.fout, oud).toBeUndefined();
      expect(r.antwoorden, oud).toEqual(a);
      // the reader is asked only the new question
      expect(volgende(nieuw, r.antwoorden)?.id, oud).toBe('budget');
      expect(isKlaar(nieuw, { ...r.antwoorden, budget: ['ja'] })).toBe(true);
    }
  });
  it('the swap of two questions does not change which answers an old URL holds', () => {
    const oud = '/verkenner/v/doel-ict/aantal-2-4/gegevens-geen/inloggen-digid/taken-afstemmen/';
    expect(parseAdres(nieuw, oud).antwoorden).toEqual({
      doel: ['ict'],
      aantal: ['2-4'],
      gegevens: ['geen'],
      inloggen: ['digid'],
      taken: ['afstemmen'],
    });
  });
});

describe('the schema of the questions', () => {
  it('rejects a question id that makes URLs ambiguous, a reserved option id, and names the field', () => {
    const r = vragenBestand.safeParse({
      vragen: [
        ...flow.vragen,
        {
          id: 'doel-extra',
          kort: 'x',
          vraag: 'x?',
          opties: [
            { id: 'a', label: 'a' },
            { id: ONBEKEND, label: 'b' },
          ],
        },
      ],
    });
    expect(r.success).toBe(false);
    const msgs = r.error!.issues.map((x) => `${x.path.join('.')}: ${x.message}`);
    expect(msgs.some((m) => /^vragen\.0\.id: vraag "doel-extra" begint met "doel-"/.test(m))).toBe(true);
    expect(msgs.some((m) => /opties\.1\.id: "onbekend" is gereserveerd/.test(m))).toBe(true);
  });
});
