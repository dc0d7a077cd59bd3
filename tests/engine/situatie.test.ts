import { describe, expect, it } from 'vitest';
import {
  checkSituatie,
  parseSituatie,
  SituatieFout,
  situatieMetStandaard,
  situatieVelden,
  standaardSituatie,
} from '../../src/schemas/situation.ts';

describe('situation schema', () => {
  it('accepts the default situation and every field has a label and help text', () => {
    expect(checkSituatie(standaardSituatie)).toEqual([]);
    for (const v of situatieVelden) {
      expect(v.label.length, v.naam).toBeGreaterThan(5);
      expect(v.hulp.length, v.naam).toBeGreaterThan(5);
    }
    expect(situatieVelden.map((v) => v.naam).sort()).toEqual(Object.keys(standaardSituatie).sort());
  });
  it('rejects a wrong type, naming the field', () => {
    expect(checkSituatie({ ...standaardSituatie, digid: 'ja' })).toEqual([
      'veld "digid": "digid" moet ja of nee zijn (true of false)',
    ]);
    expect(checkSituatie({ ...standaardSituatie, aantalGemeenten: '4' })[0]).toMatch(
      /^veld "aantalGemeenten": .*geheel getal van 2 tot en met 50/,
    );
  });
  it('rejects out-of-range and non-integer numbers', () => {
    for (const n of [1, 51, 3.5, -2])
      expect(checkSituatie({ ...standaardSituatie, aantalGemeenten: n })).toEqual([
        'veld "aantalGemeenten": "aantalGemeenten" moet een geheel getal van 2 tot en met 50 zijn',
      ]);
    expect(checkSituatie({ ...standaardSituatie, andereSamenwerkingen: 51 })[0]).toContain('"andereSamenwerkingen"');
    expect(checkSituatie({ ...standaardSituatie, andereSamenwerkingen: 0 })).toEqual([]);
  });
  it('rejects unknown fields and unknown values', () => {
    expect(checkSituatie({ ...standaardSituatie, inwoners: 1000 })[0]).toMatch(/onbekend veld "inwoners"/);
    expect(checkSituatie({ ...standaardSituatie, basisregistraties: ['brp', 'bgt'] })[0]).toMatch(
      /^veld "basisregistraties.1": .*brp, nhr, bag/,
    );
    expect(checkSituatie({ ...standaardSituatie, basisregistraties: ['brp', 'brp'] })[0]).toMatch(/twee keer/);
    expect(checkSituatie({ ...standaardSituatie, multiTenantApplicaties: 'misschien' })[0]).toMatch(
      /^veld "multiTenantApplicaties": .*ja, nee, onbekend/,
    );
  });
  it('names a missing field and rejects a non-object', () => {
    const { digid: _, ...zonder } = standaardSituatie;
    expect(checkSituatie(zonder)[0]).toMatch(/^veld "digid": ontbreekt/);
    expect(checkSituatie(null)[0]).toMatch(/object/);
  });
  it('parseSituatie throws a SituatieFout with the Dutch messages; situatieMetStandaard fills gaps', () => {
    expect(() => parseSituatie({ ...standaardSituatie, mandaat: 1 })).toThrow(SituatieFout);
    expect(() => parseSituatie({ ...standaardSituatie, mandaat: 1 })).toThrow(/veld "mandaat"/);
    expect(situatieMetStandaard({ digid: true })).toEqual({ ...standaardSituatie, digid: true });
  });
});
