/**
 * The one test that pins the calculators' wording: the renderer turns the
 * kinds and values of src/calc/uittreding.ts into the sentences of the
 * string table (src/lib/labels.ts). The calculator tests check numbers and
 * dates only.
 */
import { describe, expect, it } from 'vitest';
import { computeUittreding, type UittredingUitkomst } from '../../src/calc/uittreding.ts';
import {
  redeneringTekst,
  uittredingFoutTekst,
  uittredingHtml,
  uittredingSamenvatting,
  voorbehoudTekst,
} from '../../src/calc/render.ts';
import { uittreding } from './helpers.ts';

const ok = (u: ReturnType<typeof computeUittreding>): UittredingUitkomst => {
  if (!u.ok) throw new Error(JSON.stringify(u.fouten));
  return u;
};

describe('exit calculator: the sentences', () => {
  it('IT Platform Twente: notice, minimum terms, end of the calendar year', () => {
    const u = ok(
      computeUittreding(uittreding('it-platform-twente'), {
        opzegdatum: '2026-03-15',
        startDeelname: '2022-01-01',
        startVoorziening: '2025-06-01',
      }),
    );
    expect(u.redenering.map(redeneringTekst)).toEqual([
      'U zegt op op 15 maart 2026. De opzegtermijn is ten minste 12 maanden.',
      'De deelname kan dus op zijn vroegst eindigen op 15 maart 2027.',
      'Startdatum van de deelname aan IT Platform Twente: 1 januari 2022. 36 aaneengesloten maanden zijn vol op 31 december 2024. Daar voldoet u dan al aan.',
      'Startdatum van de meest recente IT-voorziening: 1 juni 2025. 36 aaneengesloten maanden zijn vol op 31 mei 2028. Dat is later, dus de deelname kan niet vóór 31 mei 2028 eindigen.',
      'Uittreden kan alleen tegen het einde van een kalenderjaar. Het eerste einde van een kalenderjaar op of na 31 mei 2028 is 31 december 2028.',
    ]);
    expect(uittredingSamenvatting(u)).toBe('Vroegste einddatum: 31 december 2028.');
    expect(uittredingHtml(u, {})).toContain(
      '<p class="calc-uitkomst"><span>Vroegste einddatum:</span> <strong><time datetime="2028-12-31">31 december 2028</time></strong></p><h3>Zo rekenen we</h3><ol>',
    );
  });

  it('an empty optional start date is a reservation', () => {
    const u = ok(
      computeUittreding(uittreding('it-platform-twente'), { opzegdatum: '2026-03-15', startDeelname: '2022-01-01' }),
    );
    expect(voorbehoudTekst(u.voorbehouden[0])).toMatch(
      /^U vulde geen datum in bij "[^"]+"\. Daarom is de eis van 36 aaneengesloten maanden hiervoor niet meegeteld\. Neemt u wel een IT-voorziening af, vul dan die datum in\.$/,
    );
  });

  it('VTH Omgevingsrecht Twente: consent pending, then given', () => {
    const r = uittreding('vth-twente');
    const open = ok(computeUittreding(r, { opzegdatum: '2026-03-15' }));
    expect(redeneringTekst(open.redenering[0])).toBe(
      'U zegt op op 15 maart 2026. De opzegtermijn van 24 maanden begint pas als het bestuurlijk overleg instemt. Die instemming is er nog niet. Wij rekenen met de vroegst mogelijke dag: instemming op de dag van opzegging.',
    );
    expect(voorbehoudTekst(open.voorbehouden[0])).toBe(
      'Deze datum geldt alleen als het bestuurlijk overleg instemt op de dag van de opzegging. Stemt het later in, dan schuift de einddatum even ver op: 24 maanden na de instemming. Zonder instemming kunt u niet uittreden.',
    );
    expect(voorbehoudTekst(open.voorbehouden.find((v) => v.soort === 'na-looptijd')!)).toMatch(
      /^De berekende datum ligt na 31 oktober 2027\. /,
    );
    expect(uittredingSamenvatting(open)).toBe(
      'Vroegste einddatum: 15 maart 2028, alleen als het bestuurlijk overleg instemt op de dag van opzegging.',
    );
    expect(uittredingHtml(open, {})).toContain('<span class="tag">onder voorbehoud van instemming</span>');
    const gegeven = ok(computeUittreding(r, { opzegdatum: '2026-03-15', instemmingsdatum: '2026-06-10' }));
    expect(redeneringTekst(gegeven.redenering[0])).toBe(
      'U zegt op op 15 maart 2026. Het bestuurlijk overleg stemde in op 10 juni 2026. De opzegtermijn van 24 maanden begint bij die instemming.',
    );
    expect(redeneringTekst(gegeven.redenering.at(-1)!)).toBe(
      'Het einde hoeft niet op het einde van een jaar te vallen.',
    );
  });

  it('the messages under the fields', () => {
    const r = uittreding('vth-twente');
    const fout = computeUittreding(r, { opzegdatum: '31-02-2026' });
    expect(fout.ok === false && uittredingFoutTekst(fout.fouten.opzegdatum!)).toMatch(/geen bestaande datum/);
    const voor = computeUittreding(r, { opzegdatum: '2026-03-15', instemmingsdatum: '2026-03-14' });
    expect(voor.ok === false && uittredingFoutTekst(voor.fouten.instemmingsdatum!)).toBe(
      'De instemming gaat over de opzegging en komt dus niet vóór de datum van opzegging.',
    );
    const later = computeUittreding(uittreding('it-platform-twente'), {
      opzegdatum: '2026-01-01',
      startDeelname: '2026-05-01',
    });
    expect(later.ok === false && uittredingFoutTekst(later.fouten.startDeelname!)).toBe(
      'De deelname begint na de datum van opzegging. U kunt pas opzeggen als u deelneemt.',
    );
    const leeg = computeUittreding(uittreding('it-platform-twente'), { opzegdatum: '2026-01-01', startDeelname: '' });
    expect(leeg.ok === false && uittredingFoutTekst(leeg.fouten.startDeelname!)).toMatch(
      /Vul de startdatum van de deelname in/,
    );
  });
});
