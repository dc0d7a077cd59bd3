import { describe, expect, it } from 'vitest';
import { checkRules } from '../../src/loaders/check-rules.ts';
import { fixtureKb, fixtureRegels } from './helpers.ts';

/** Fixture rule files with one change in the first rule of doelbinding.yaml. */
function met(wijzig: (r: Record<string, unknown>) => void) {
  const files = fixtureRegels();
  const f = files.find((x) => x.id === 'doelbinding')!;
  wijzig((f.data as { regels: Record<string, unknown>[] }).regels[0]);
  return checkRules(files, fixtureKb());
}
const F = 'content/regels/doelbinding.yaml';

describe('checkRules', () => {
  it('accepts the valid fixture rules', () => {
    expect(checkRules(fixtureRegels(), fixtureKb())).toEqual([]);
  });
  it('unknown form', () => {
    expect(met((r) => (r.vormen = ['lichte-regeling', 'stichting']))).toEqual([
      `${F}: veld "regels.0.vormen.1": onbekende vorm "stichting" (bekend: lichte-regeling, openbaar-lichaam)`,
    ]);
    expect(
      met((r) => (r.voorwaarden = { all: [{ fact: 'vorm.id', operator: 'equal', value: 'stichting' }] }))[0],
    ).toMatch(/veld "regels.0.voorwaarden.all.0.value": feit "vorm.id" kent waarde "stichting" niet/);
  });
  it('unknown obstacle', () => {
    const files = fixtureRegels();
    (files[0].data as { belemmering: string }).belemmering = 'onbekend-probleem';
    const p = checkRules(files, fixtureKb());
    expect(p).toContain(
      `content/regels/doelbinding.yaml: veld "belemmering": onbekende belemmering "onbekend-probleem" (bekend: ${fixtureKb()
        .belemmeringen.map((b) => b.id)
        .join(', ')})`,
    );
    expect(p).toContain(
      'content/regels: belemmering "doelbinding" heeft geen regels (maak content/regels/doelbinding.yaml)',
    );
  });
  it('unknown fact, unknown kenmerk, wrong operator and wrong value type', () => {
    expect(met((r) => (r.voorwaarden = { any: [{ fact: 'inwoners', operator: 'greaterThan', value: 3 }] }))[0]).toMatch(
      new RegExp(`^${F}: veld "regels.0.voorwaarden.any.0.fact": onbekend feit "inwoners"`),
    );
    expect(met((r) => (r.voorwaarden = { not: { fact: 'vorm.groot', operator: 'equal', value: true } }))[0]).toMatch(
      /veld "regels.0.voorwaarden.not.fact": onbekend feit "vorm.groot"/,
    );
    expect(met((r) => (r.voorwaarden = { all: [{ fact: 'digid', operator: 'greaterThan', value: 1 }] }))[0]).toMatch(
      /operator "greaterThan" past niet bij feit "digid"/,
    );
    expect(
      met((r) => (r.voorwaarden = { all: [{ fact: 'aantalGemeenten', operator: 'equal', value: 'vier' }] }))[0],
    ).toMatch(/waarde "vier" is geen getal/);
    expect(
      met((r) => (r.voorwaarden = { all: [{ fact: 'basisregistraties', operator: 'contains', value: 'bgt' }] }))[0],
    ).toMatch(/kent waarde "bgt" niet \(bekend: brp, nhr, bag\)/);
  });
  it('kenmerk filter with an unknown kenmerk fails the schema', () => {
    expect(met((r) => (r.vormen = { kenmerken: { groot: true } }))[0]).toMatch(
      new RegExp(`^${F}: veld "regels.0.vormen`),
    );
  });
  it('unknown source and unknown section', () => {
    expect(met((r) => (r.bronnen = [{ bron: 'king-2016', plaats: 'h2' }]))).toEqual([
      `${F}: veld "regels.0.bronnen.0": onbekende bron "king-2016"`,
    ]);
    expect(met((r) => (r.bronnen = [{ bron: 'king-2015', plaats: 'h9' }]))[0]).toMatch(
      new RegExp(`^${F}: veld "regels.0.bronnen.0": bron "king-2015" heeft geen artikel of sectie "h9"`),
    );
    expect(met((r) => (r.verlichting = [{ tekst: 'x', bronnen: [{ bron: 'king-2015' }] }]))[0]).toMatch(
      /veld "regels.0.verlichting.0.bronnen.0": citaat van bron "king-2015" noemt geen plaats/,
    );
  });
  it('unknown placeholder, bad estimate field, bad period, bad replacement', () => {
    expect(met((r) => (r.reden = 'Bij {inwoners} inwoners.'))[0]).toMatch(
      /veld "regels.0.reden": onbekende invulplek "\{inwoners\}"/,
    );
    expect(
      met(
        (r) =>
          (r.schatting = {
            eenheid: 'euro',
            min: 1,
            max: 2,
            per: 'digid',
            formule: 'x',
            bronnen: [{ bron: 'king-2015', plaats: 'h3-2-digid-audits' }],
          }),
      )[0],
    ).toMatch(/veld "regels.0.schatting.per": "digid" is geen getal-veld/);
    expect(met((r) => (r.geldig = { vanaf: '2020-01-01', tot: '2019-01-01' }))[0]).toMatch(
      /veld "regels.0.geldig": "vanaf" \(2020-01-01\) ligt niet voor "tot"/,
    );
    expect(met((r) => (r.vervangt = 'bestaat-niet'))[0]).toMatch(
      /veld "regels.0.vervangt": onbekende regel "bestaat-niet"/,
    );
  });
  it('schema errors name the file and the field: unknown key, wrong severity, missing citation', () => {
    expect(met((r) => (r.gewicht = 3))[0]).toMatch(new RegExp(`^${F}: veld "regels.0"`));
    expect(met((r) => (r.ernst = 'ernstig'))[0]).toMatch(new RegExp(`^${F}: veld "regels.0.ernst"`));
    expect(met((r) => (r.bronnen = []))[0]).toBe(
      `${F}: veld "regels.0.bronnen": een regel heeft minstens één bron nodig`,
    );
  });
  it('duplicate rule ids and a file named after another obstacle', () => {
    const files = fixtureRegels();
    (files[1].data as { regels: { id: string }[] }).regels[0].id = 'doelbinding-a';
    expect(checkRules(files, fixtureKb())[0]).toMatch(
      /veld "regels.0.id": regel-id "doelbinding-a" komt al voor in content\/regels\/doelbinding.yaml/,
    );
    const f2 = fixtureRegels();
    f2[0].file = 'content/regels/algemeen.yaml';
    expect(checkRules(f2, fixtureKb())[0]).toMatch(/het bestand heet "algemeen"/);
  });
  it('a knowledge base that lacks a KING obstacle is reported', () => {
    const kb = fixtureKb();
    kb.belemmeringen = kb.belemmeringen.filter((b) => b.id !== 'virtualisatie');
    const files = fixtureRegels().filter((f) => f.id !== 'virtualisatie');
    expect(checkRules(files, kb)).toEqual([
      'content/belemmeringen: belemmering "virtualisatie" (KING) ontbreekt; de motor geeft voor elke vorm alle 15 belemmeringen',
    ]);
  });
});
