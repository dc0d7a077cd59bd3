/**
 * One test per KING statement turned into a rule; each quotes its source
 * sentence (KING 2015, content/bronnen/king-2015.yaml, section in brackets).
 */
import { describe, expect, it } from 'vitest';
import { evaluate, type Situatie, type Uitkomst } from '../../src/engine/index.ts';
import { echteInvoer, sit } from './helpers.ts';

function uitkomst(s: Situatie, vorm: string, belemmering: string, periode: 'nu' | 'king2015' = 'nu'): Uitkomst {
  const { kb, regels } = echteInvoer();
  const r = evaluate(s, kb.vormen, regels, kb.belemmeringen, { periode });
  return r.perVorm.find((v) => v.vorm === vorm)!.uitkomsten.find((u) => u.belemmering === belemmering)!;
}
const bronnenVan = (u: Uitkomst) => u.bronnen.map((c) => `${c.bron}#${c.plaats ?? ''}`);

describe('KING 2015 statements', () => {
  // [h3-2-administratieve-organisatie] "Indien het samenwerkingsverband geen openbaar lichaam is, is geen gezamenlijke OIN ... mogelijk."
  it('"zonder openbaar lichaam geen gezamenlijke OIN" (2015): blokkerend for a centrumgemeente, nvt for an openbaar lichaam', () => {
    const s = sit({ basisregistraties: ['brp'] });
    expect(uitkomst(s, 'centrumgemeente', 'geen-gezamenlijke-oin', 'king2015').ernst).toBe('blokkerend');
    expect(uitkomst(s, 'lichte-regeling', 'geen-gezamenlijke-oin', 'king2015').ernst).toBe('blokkerend');
    expect(uitkomst(s, 'openbaar-lichaam', 'geen-gezamenlijke-oin', 'king2015').ernst).toBe('nvt');
    expect(bronnenVan(uitkomst(s, 'centrumgemeente', 'geen-gezamenlijke-oin', 'king2015'))).toContain(
      'king-2015#h3-2-administratieve-organisatie',
    );
  });
  // Logius 8-6-2017: from 1 July 2017 "samenwerkingsverbanden ... krijgen een SubOIN"
  it('since 2017-07-01 a SubOIN under one participating legal person: beheersbaar, citing Logius', () => {
    const s = sit({ basisregistraties: ['brp'] });
    const u = uitkomst(s, 'centrumgemeente', 'geen-gezamenlijke-oin', 'nu');
    expect(u.ernst).toBe('beheersbaar');
    expect(u.regels).toEqual(['oin-nu-suboin']);
    expect(u.bronnen.map((c) => c.bron)).toEqual(expect.arrayContaining(['logius-oin-2017', 'logius-oin-stelsel']));
    expect(u.redenen[0]).toMatch(/SubOIN/);
  });
  it('the change date is respected: rules valid on 2017-06-30 vs 2017-07-01', () => {
    const { kb, regels } = echteInvoer();
    const s = sit();
    const op = (peildatum: string) =>
      evaluate(s, kb.vormen, regels, kb.belemmeringen, { peildatum })
        .perVorm.find((v) => v.vorm === 'centrumgemeente')!
        .uitkomsten.find((u) => u.belemmering === 'geen-gezamenlijke-oin')!.ernst;
    expect(op('2017-06-30')).toBe('blokkerend');
    expect(op('2017-07-01')).toBe('beheersbaar');
  });
  // [h3-1-juridische-status] "Voor ‘openbare lichamen’ geldt immers voor de uitvoering van publieke taken de verplichting om gebruik te maken van gegevens uit de basisregistraties." ... "terugmeldverplichting"
  it('"openbare lichamen ... verplichting om gebruik te maken van gegevens uit de basisregistraties" + terugmelden', () => {
    const u = uitkomst(sit({ basisregistraties: ['bag'] }), 'openbaar-lichaam', 'juridische-status-basisregistraties');
    expect(u.regels).toContain('basisregistraties-openbaar-lichaam-plicht');
    expect(u.redenen.join(' ')).toMatch(/terugmelden/);
    expect(
      uitkomst(sit({ basisregistraties: ['bag'] }), 'centrumgemeente', 'juridische-status-basisregistraties').ernst,
    ).toBe('nvt');
  });
  // [h3-2-administratieve-organisatie, punt 5] "In de vorm van een openbaar lichaam is het niet meer mogelijk de lokale GBA te bevragen, uitsluitend aansluiting en bevraging mogelijk op de landelijke GBA-V."
  // Stcrt. 2014, 33756 (24-1-2014): an openbaar lichaam got its own BRP authorisation, so today the GBA-V
  // statement is not counted (onzeker, no points); the obligation to use the registries still scores.
  it('"openbaar lichaam ... uitsluitend aansluiting en bevraging mogelijk op de landelijke GBA-V": counted in 2015, onzeker today', () => {
    const s = sit({ basisregistraties: ['brp'] });
    const toen = uitkomst(s, 'openbaar-lichaam', 'juridische-status-basisregistraties', 'king2015');
    expect(toen.regels).toContain('basisregistraties-openbaar-lichaam-gba-v');
    expect(toen.ernst).toBe('beheersbaar');
    const nu = uitkomst(s, 'openbaar-lichaam', 'juridische-status-basisregistraties', 'nu');
    expect(nu.regels).toEqual(['basisregistraties-openbaar-lichaam-plicht']);
    const gbav = nu.onzeker.find((o) => o.regel === 'basisregistraties-openbaar-lichaam-gba-v');
    expect(gbav?.soort).toBe('bron');
    expect(gbav?.reden).toMatch(/2014/);
  });
  // The openbaar lichaam no longer scores worse than forms that cannot be authorised themselves: a form
  // without legal personality scores the same severity, and BVO / private form are onzeker, not nvt.
  it('BRP today: openbaar lichaam not worse than a centrumgemeente; BVO and private form onzeker instead of nvt', () => {
    const s = sit({ basisregistraties: ['brp'] });
    const punten = (v: string) => uitkomst(s, v, 'juridische-status-basisregistraties', 'nu').punten;
    expect(punten('openbaar-lichaam')).toBeLessThanOrEqual(punten('centrumgemeente'));
    expect(uitkomst(s, 'bedrijfsvoeringsorganisatie', 'juridische-status-basisregistraties', 'nu').status).toBe(
      'onzeker',
    );
    const priv = uitkomst(s, 'privaatrechtelijk', 'juridische-status-basisregistraties', 'nu');
    expect(priv.status).toBe('onzeker');
    expect(priv.onzeker.map((o) => o.regel)).toContain('basisregistraties-private-vorm-brp');
  });
  // [h3-1-juridische-status] "Voor iedere gemeente als onderdeel van de samenwerking moet een aansluiting worden gemaakt, als GR is gebruik niet mogelijk."
  it('"als GR is gebruik [van het NHR] niet mogelijk": blokkerend for an openbaar lichaam, aanzienlijk (per gemeente) for a centrumgemeente', () => {
    const s = sit({ basisregistraties: ['nhr'], aantalGemeenten: 5 });
    const ol = uitkomst(s, 'openbaar-lichaam', 'juridische-status-basisregistraties', 'king2015');
    expect(ol.ernst).toBe('blokkerend');
    expect(ol.zekerheid).toBe('onzeker');
    const cg = uitkomst(s, 'centrumgemeente', 'juridische-status-basisregistraties', 'king2015');
    expect(cg.ernst).toBe('aanzienlijk');
    expect(cg.redenen[0]).toContain('5 gemeenten');
    // today no current source confirms the 2015 claim: shown as onzeker, no points
    const nu = uitkomst(s, 'centrumgemeente', 'juridische-status-basisregistraties', 'nu');
    expect({ status: nu.status, punten: nu.punten }).toEqual({ status: 'onzeker', punten: 0 });
    expect(nu.onzeker.map((o) => o.regel)).toContain('basisregistraties-nhr-per-gemeente');
    expect(nu.redenen[0]).toMatch(/geen actuele bron/);
  });
  // [h3-2-digid-audits] "Logius wil per deelnemende gemeente aan een samenwerkingsverband een DigiD audit(trail) doen." ... "(al snel 10-15k euro per gemeente)" ... "Ook al maakt men in de samenwerking gebruik van een gezamenlijke aansluiting DigiD"
  it('"al snel 10-15k euro per gemeente": 2015 estimate = aantalGemeenten × 10.000–15.000 euro', () => {
    const u = uitkomst(sit({ digid: true, aantalGemeenten: 7 }), 'centrumgemeente', 'digid-audits', 'king2015');
    expect(u.ernst).toBe('aanzienlijk');
    expect(u.schatting).toMatchObject({ min: 70000, max: 105000, eenheid: 'euro' });
    expect(u.schatting?.formule).toContain('7 gemeenten');
    expect(u.schatting?.bronnen[0]).toMatchObject({ bron: 'king-2015', plaats: 'h3-2-digid-audits' });
  });
  it('now: meervoudig assessment lowers DigiD to beheersbaar, the cost is marked as not verified', () => {
    const u = uitkomst(sit({ digid: true }), 'centrumgemeente', 'digid-audits', 'nu');
    expect(u.ernst).toBe('beheersbaar');
    expect(u.schatting?.toelichting).toMatch(/niet gevonden/);
    expect(u.verlichting.flatMap((m) => m.bronnen.map((c) => c.bron))).toContain('logius-meervoudig-assessment');
  });
  // [h3-2-private-toegang] "Op dit moment kunnen private samenwerkingsverbanden of private partijen geen gebruik maken van Gemnet." ... "evenzoveel e-Herkenningen moet aanvragen en per gemeente moet inloggen."
  it('"private samenwerkingsverbanden ... geen gebruik maken van Gemnet" and an eHerkenning per gemeente', () => {
    const u = uitkomst(sit({ aantalGemeenten: 6 }), 'privaatrechtelijk', 'private-toegang', 'king2015');
    expect(u.ernst).toBe('aanzienlijk');
    expect(u.redenen[0]).toMatch(/Gemnet/);
    expect(u.redenen[0]).toContain('6 gemeenten');
    expect(uitkomst(sit(), 'openbaar-lichaam', 'private-toegang', 'king2015').ernst).toBe('nvt');
    expect(uitkomst(sit({ aantalGemeenten: 6 }), 'privaatrechtelijk', 'private-toegang', 'nu').status).toBe('onzeker');
  });
  // [h3-1-papierwinkel] "De GR (of centrumgemeente) moet aparte bewerkersovereenkomsten aangaan met gemeenten, terwijl de overdracht van taken en het bijbehorende mandaat reeds in de GR regeling vastligt."
  it('"aparte bewerkersovereenkomsten" for centrumgemeente and openbaar lichaam (2015)', () => {
    for (const v of ['centrumgemeente', 'openbaar-lichaam']) {
      const u = uitkomst(sit({ persoonsgegevens: true, mandaat: false }), v, 'papierwinkel', 'king2015');
      expect(u.ernst).toBe('aanzienlijk');
      expect(u.regels).toContain('papierwinkel-bewerkersovereenkomsten');
    }
    expect(
      uitkomst(sit({ persoonsgegevens: false, mandaat: false }), 'openbaar-lichaam', 'papierwinkel', 'king2015').ernst,
    ).toBe('nvt');
  });
  // AVG art. 28(3), applicable since 25 May 2018: the processor terms may sit in "een andere rechtshandeling",
  // such as the regeling itself. Today every form scores the same, citing the AVG.
  it('since 2018-05-25 the AVG: the same (beheersbaar) for centrumgemeente, gastheer, BVO and openbaar lichaam', () => {
    const s = sit({ persoonsgegevens: true, mandaat: false });
    for (const v of [
      'centrumgemeente',
      'lichte-regeling-met-gastheer',
      'bedrijfsvoeringsorganisatie',
      'openbaar-lichaam',
    ]) {
      const u = uitkomst(s, v, 'papierwinkel', 'nu');
      expect(u.ernst).toBe('beheersbaar');
      expect(u.regels).toContain('papierwinkel-verwerkersafspraken-avg');
      expect(u.regels).not.toContain('papierwinkel-bewerkersovereenkomsten');
      expect(u.bronnen.map((c) => `${c.bron}#${c.plaats ?? ''}`)).toContain('avg#art. 28 lid 3');
    }
    const { kb, regels } = echteInvoer();
    const op = (peildatum: string) =>
      evaluate(s, kb.vormen, regels, kb.belemmeringen, { peildatum })
        .perVorm.find((v) => v.vorm === 'centrumgemeente')!
        .uitkomsten.find((u) => u.belemmering === 'papierwinkel')!.regels;
    expect(op('2018-05-24')).toContain('papierwinkel-bewerkersovereenkomsten');
    expect(op('2018-05-25')).toContain('papierwinkel-verwerkersafspraken-avg');
  });
  // [h3-3-licenties] "Licenties van applicaties zijn in meerderheid gebaseerd op gebruik per inwoner" ... "Oracle rekent naar processorkracht en dan per gemeenten."
  it('"licenties ... per inwoner" and "processorkracht per gemeente"', () => {
    expect(
      uitkomst(sit({ contractenSluiten: true, multiTenantApplicaties: 'nee' }), 'openbaar-lichaam', 'licentiemodellen')
        .ernst,
    ).toBe('beheersbaar');
    const u = uitkomst(
      sit({ contractenSluiten: true, multiTenantApplicaties: 'ja' }),
      'openbaar-lichaam',
      'licentiemodellen',
    );
    expect(u.ernst).toBe('aanzienlijk');
    expect(u.regels).toEqual(['licenties-databases-samenvoegen', 'licenties-per-inwoner']);
  });
  // [h3-2-multi-tenancy] "Dat leidt er in de praktijk toe dat informatiesystemen dubbel, of meer, uitgevoerd worden." (and §3.2 punt 6)
  it('multi-tenancy: "informatiesystemen dubbel, of meer, uitgevoerd"', () => {
    const k = (m: 'ja' | 'nee' | 'onbekend', p: 'nu' | 'king2015') =>
      uitkomst(sit({ multiTenantApplicaties: m }), 'centrumgemeente', 'multi-tenancy', p);
    expect(k('nee', 'king2015').ernst).toBe('aanzienlijk');
    expect(k('onbekend', 'king2015').ernst).toBe('beheersbaar');
    expect(k('ja', 'king2015').ernst).toBe('nvt');
    // today: KING's claim is not confirmed by a current source, so no points
    expect([k('nee', 'nu').status, k('nee', 'nu').punten]).toEqual(['onzeker', 0]);
  });
  // [h3-3-incongruent] "Eén gemeente werkt in verschillende verbanden samen met verschillende groepen andere gemeenten"
  it('incongruent cooperations grow with andereSamenwerkingen', () => {
    const e = (n: number) =>
      uitkomst(sit({ andereSamenwerkingen: n }), 'openbaar-lichaam', 'incongruente-samenwerking').ernst;
    expect([0, 1, 3, 4, 50].map(e)).toEqual(['nvt', 'beheersbaar', 'beheersbaar', 'aanzienlijk', 'aanzienlijk']);
  });
  // [h2] "lichte vorm van samenwerking tussen gemeenten, waar delegeren en mandateren niet aan de orde is"
  it('"waar delegeren en mandateren niet aan de orde is": lichte regeling blocks when a mandate is needed', () => {
    expect(uitkomst(sit({ mandaat: true }), 'lichte-regeling', 'papierwinkel').ernst).toBe('blokkerend');
    expect(uitkomst(sit({ mandaat: true }), 'centrumgemeente', 'papierwinkel').ernst).not.toBe('blokkerend');
  });
  // [h3-3-informatiebeveiliging] "Samenwerkingsverbanden kunnen wel aansluiten bij de IBD."
  it('informatiebeveiliging: mitigation "aansluiten bij de IBD"', () => {
    const u = uitkomst(sit({ persoonsgegevens: true }), 'openbaar-lichaam', 'opdrachtgeverschap-informatiebeveiliging');
    expect(u.ernst).toBe('beheersbaar');
    expect(u.verlichting[0].tekst).toMatch(/IBD/);
  });
});
