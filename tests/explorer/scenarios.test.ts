/** Three scenarios a municipal lawyer would check: the routes and the decision chain per body. */
import { describe, expect, it } from 'vitest';
import { data } from './helpers.ts';
import { buildUitkomst } from '../../src/explorer/outcome.ts';
import { buildMemo } from '../../src/explorer/memo.ts';
import { pad } from '../../src/explorer/flow.ts';

const plat = (s: string) => s.replace(/\s+/g, ' ');
const memoVoor = (a: Record<string, string[]>) =>
  buildMemo(data, buildUitkomst(data, a), { datum: '2026-12-01', pad: pad(data.flow, a) });
const keten = (m: ReturnType<typeof memoVoor>) =>
  plat(
    m.secties
      .filter((s) => s.kop === 'Wie besluit wat')
      .flatMap((s) => s.regels.map((r) => `${r.label}: ${r.tekst}`))
      .join(' | '),
  );

describe('a small municipality that wants only an FG', () => {
  const a = { doel: ['fg'], aantal: ['2-4'], werkgever: ['gemeente'] };
  const m = buildUitkomst(data, a);
  it('is advised that one municipality employs the FG and the others designate the same person', () => {
    expect(m.doelen[0].advies?.route.id).toBe('fg-gemeente-werkgever');
  });
  it('has each municipality designate its FG and notify the Autoriteit Persoonsgegevens (AVG 37(7))', () => {
    const k = keten(memoVoor(a));
    expect(k).toMatch(/Besluit: Raad, college en burgemeester zijn elk een bestuursorgaan/);
    expect(k).toMatch(/verwerkingsverantwoordelijke .*wijst als\s+overheidsorgaan een FG aan/s);
    expect(k).toMatch(/Autoriteit Persoonsgegevens \(artikel 37, lid 7\)/);
    expect(k).toMatch(/Werkgever: De gemeente die de FG in dienst neemt/);
  });
});

describe('all 14 municipalities wanting a SOC', () => {
  const a = { doel: ['soc'], aantal: ['10-14'] };
  const m = buildUitkomst(data, a);
  it('goes through IT Platform Twente, which buys as facilitator with the host as contract party', () => {
    expect(m.doelen[0].advies?.route.id).toMatch(/^soc-/);
    expect(plat(m.doelen[0].advies!.route.rechtsgrondslag.tekst)).toMatch(/IT Platform Twente|facilitator/);
  });
  it('names who decides inside the platform and the participants’ guarantee', () => {
    const k = keten(memoVoor(a));
    expect(k).toMatch(/Platform bedrijfsvoering|IT-stuurgroep/);
  });
});

describe('Hof van Twente joining the GR Samenwerking ICT Hengelo', () => {
  const a = { doel: ['ict'], aantal: ['2-4'], gegevens: ['geen'], inloggen: ['geen'], taken: ['uitvoeren'] };
  const m = buildUitkomst(data, a);
  const r = m.doelen[0].routes.find((x) => x.route.id === 'ict-hengelo')!;
  it('treats joining as an amendment of the regeling: every participating raad gives a zienswijze and toestemming (Wgr 1(5))', () => {
    expect(m.doelen[0].advies?.route.id).toBe('ict-hengelo');
    expect(plat(r.route.raad.tekst)).toMatch(
      /elke gemeente die al deelneemt, niet alleen voor de gemeente die toetreedt/,
    );
    expect(r.route.raad.bronnen).toContainEqual({ bron: 'wgr', plaats: 'art. 1 lid 5' });
    expect(plat(r.route.raad.tekst)).toMatch(/strijd met het recht of het algemeen belang/);
  });
  it('is not offered for a CISO alone: the raadsbrief names no CISO', () => {
    const ciso = buildUitkomst(data, { doel: ['ciso'] });
    expect(ciso.doelen[0].routes.map((x) => x.route.id)).not.toContain('ict-hengelo');
  });
});

describe('the security and privacy rules with their status', () => {
  it('are in the memo of a CISO or SOC, with the date the sources were checked, and never state the Cyberbeveiligingswet as in force', () => {
    const m = memoVoor({ doel: ['soc'] });
    const jur = plat(
      m.secties
        .find((s) => s.kop === 'Juridisch kader')!
        .regels.map((r) => `${r.label}: ${r.tekst}`)
        .join(' | '),
    );
    for (const k of ['Cyberbeveiligingswet', 'BIO en BIO2', 'ENSIA']) expect(jur).toContain(`${k}:`);
    expect(jur).toMatch(/Of de wet nu geldt, is niet vastgesteld/);
    expect(jur).toMatch(/Stand van de bronnen op 29 november 2026/);
  });
});
