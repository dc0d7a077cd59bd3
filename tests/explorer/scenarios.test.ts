/** Three scenarios a municipal lawyer would check: the routes and the decision chain per body. */
import { describe, expect, it } from 'vitest';
import { data } from './helpers.ts';
import { buildUitkomst, waaromMetBron } from '../../src/explorer/outcome.ts';
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

/** Per question added to steer the advice: the answer that changes the route or its reason, and the route a lawyer would expect. */
describe('questions that steer', () => {
  const advies = (a: Record<string, string[]>) => buildUitkomst(data, a).doelen[0].advies;
  const route = (a: Record<string, string[]>, id: string) =>
    buildUitkomst(data, a).doelen[0].routes.find((r) => r.route.id === id)!;

  it('waarde: at or above the EU threshold a one-way DVO is a public contract (Piepenbrock), so the hired FG comes first', () => {
    const a = { doel: ['fg'], aantal: ['2-4'], werkgever: ['onbekend'] };
    expect(advies({ ...a, waarde: ['onder-drempel'] })?.route.id).toBe('fg-gemeente-werkgever');
    expect(advies({ ...a, waarde: ['boven-drempel'] })?.route.id).toBe('fg-extern');
    const dvo = route({ ...a, waarde: ['boven-drempel'] }, 'fg-gemeente-werkgever');
    expect(dvo.klasse).toBe('past-minder');
    expect(plat(waaromMetBron(dvo).tekst)).toMatch(/overheidsopdracht \(Piepenbrock\).*Europees worden aanbesteed/);
    expect(waaromMetBron(dvo).bronnen.map((b) => b.bron)).toEqual(
      expect.arrayContaining([
        'curia-c-386-11-piepenbrock',
        'curia-c-429-19-remondis',
        'europadecentraal-drempelwaarden',
      ]),
    );
  });

  it('waarde: a municipality that wants to employ the FG, above the threshold, is told that no route fits as it stands', () => {
    expect(advies({ doel: ['fg'], aantal: ['2-4'], werkgever: ['gemeente'], waarde: ['boven-drempel'] })).toBeNull();
    expect(
      advies({ doel: ['fg'], aantal: ['2-4'], werkgever: ['gemeente'], waarde: ['onder-drempel'] })?.route.id,
    ).toBe('fg-gemeente-werkgever');
  });

  it('waarde: below the threshold is not "no rules": every route that asks it names Aanbestedingswet 2012 art. 1.4 and, for a cross-border interest, art. 1.7-1.10 and SECAP', () => {
    const met = data.routes.filter((r) => r.past.some((p) => p.als.vraag === 'waarde'));
    expect(met.length).toBeGreaterThanOrEqual(5);
    for (const r of met) {
      const onder = r.past.find((p) => p.als.vraag === 'waarde' && p.als.in.includes('onder-drempel'))!;
      expect(plat(onder.reden), r.id).toMatch(
        /objectieve gronden.*art\. 1\.4.*grensoverschrijdend belang.*art\. 1\.7–1\.10/,
      );
      expect(onder.reden, r.id).not.toMatch(/\{\{/);
      expect(
        onder.bronnen.map((b) => `${b.bron} ${b.plaats ?? ''}`),
        r.id,
      ).toEqual(
        expect.arrayContaining([
          'aanbestedingswet-2012 art. 1.4 lid 1 en 3',
          'aanbestedingswet-2012 art. 1.7 sub b',
          'eurlex-c-147-06-secap ',
        ]),
      );
    }
  });

  it('platform: a party of IT Platform Twente asks the IT-stuurgroep (10.3); a municipality that is not joins first (7.1, 7.2)', () => {
    const a = { doel: ['inkoop'], aantal: ['2-4'], stoppen: ['later'] };
    const ja = route({ ...a, platform: ['ja'] }, 'inkoop-itpt');
    expect(ja.klasse).toBe('past-goed');
    expect(advies({ ...a, platform: ['ja'] })?.route.id).toBe('inkoop-itpt');
    expect(waaromMetBron(ja).tekst).toMatch(/IT-stuurgroep beslist/);
    const nee = route({ ...a, platform: ['nee'] }, 'inkoop-itpt');
    expect(nee.klasse).toBe('past');
    expect(plat(waaromMetBron(nee).tekst)).toMatch(
      /eerst treedt zij toe.*Platform bedrijfsvoering besluit binnen twee maanden/,
    );
    expect(waaromMetBron(nee).bronnen).toContainEqual({ bron: 'it-platform-twente', plaats: 'art-7', detail: '7.2' });
  });

  it("stoppen: that a contract bought via IT Platform Twente is an IT-voorziening (so art. 11.1 applies) is the site's reading, not the text: it adds a reason and a step, and does not lower the route", () => {
    const a = { doel: ['inkoop'], aantal: ['2-4'], platform: ['ja'] };
    expect(advies({ ...a, stoppen: ['later'] })?.route.id).toBe('inkoop-itpt');
    expect(advies({ ...a, stoppen: ['binnen-3-jaar'] })?.route.id).toBe('inkoop-itpt');
    const itpt = route({ ...a, stoppen: ['binnen-3-jaar'] }, 'inkoop-itpt');
    expect(itpt.klasse).toBe('past-goed');
    const stoppen = itpt.fit.find((f) => f.vraag === 'stoppen')!;
    expect(stoppen.oordeel).toBe('past');
    expect(plat(stoppen.reden)).toMatch(
      /^Zo leest deze site de overeenkomst: .*niet uitdrukkelijk; artikel 1 omschrijft het woord niet.*Govroam en SSO TwenteCloud.*36 maanden.*artikel 10\.3\)\.$/,
    );
    expect(stoppen.bronnen).toContainEqual(
      expect.objectContaining({ bron: 'it-platform-twente', plaats: 'bijlage-1' }),
    );
    expect(route({ ...a, stoppen: ['later'] }, 'inkoop-itpt').fit.some((f) => f.vraag === 'stoppen')).toBe(false);
  });

  it('stoppen: a SOC as an IT-voorziening of the platform cannot be left within three years (36 months, art. 11.1), so the national contract via the platform is advised, with the reading named', () => {
    const a = { doel: ['soc'], aantal: ['2-4'], platform: ['ja'] };
    const voorziening = route({ ...a, stoppen: ['binnen-3-jaar'] }, 'soc-itpt-voorziening');
    expect(voorziening.klasse).toBe('past-minder');
    expect(plat(waaromMetBron(voorziening).tekst)).toMatch(/36 .*maanden.*Stoppen binnen drie jaar kan dus niet/);
    expect(advies({ ...a, stoppen: ['binnen-3-jaar'] })?.route.id).toBe('soc-landelijk-contract');
    const landelijk = route({ ...a, stoppen: ['binnen-3-jaar'] }, 'soc-landelijk-contract');
    expect(landelijk.fit.find((f) => f.vraag === 'stoppen')?.reden).toMatch(/^Zo leest deze site de overeenkomst/);
    expect(advies({ ...a, stoppen: ['later'] })?.route.id).toMatch(/^soc-/);
    expect(plat(landelijk.route.lostNietOp.map((l) => l.tekst).join(' '))).toMatch(
      /lezing van deze site: de overeenkomst omschrijft "IT-voorziening" niet\. Een IT-voorziening van IT Platform Twente opzeggen kan alleen/,
    );
  });

  it('aantal: with 10 to 14 Twente municipalities most are already parties (12 of 14 signed; Rijssen-Holten and Wierden did not), the others can join (7.1), so the platform fits well (art. 2.1)', () => {
    const a = { doel: ['soc'], platform: ['onbekend'], stoppen: ['later'] };
    expect(route({ ...a, aantal: ['2-4'] }, 'soc-itpt-voorziening').klasse).toBe('open');
    const veel = route({ ...a, aantal: ['10-14'] }, 'soc-itpt-voorziening');
    expect(veel.klasse).toBe('past-goed');
    const reden = plat(veel.fit.map((f) => f.reden).join(' '));
    expect(reden).toMatch(/12 van de 14 Twentse gemeenten; Rijssen-Holten en Wierden niet/);
    expect(reden).toMatch(/grootste deel al partij; elke andere gemeente in Twente kan toetreden \(artikel 7\.1\)/);
    expect(reden).not.toMatch(/twaalf Twentse gemeenten zijn partij/);
    const bronnen = veel.fit.flatMap((f) => f.bronnen);
    expect(bronnen).toContainEqual(expect.objectContaining({ bron: 'it-platform-twente', plaats: 'partijen' }));
    expect(bronnen).toContainEqual(expect.objectContaining({ bron: 'it-platform-twente', plaats: 'bijlage-1' }));
  });

  it('an open question says what its answers would do to the route', () => {
    const r = route(
      { doel: ['soc'], aantal: ['10-14'], platform: ['ja'], stoppen: ['onbekend'] },
      'soc-itpt-voorziening',
    );
    expect(waaromMetBron(r).tekst).toContain('Nog open: Stoppen (bij “Ja, binnen drie jaar” past zij minder).');
  });
});

describe('no "Waarom" is circular', () => {
  it('no fit reason restates the answer as its own reason', () => {
    for (const r of data.routes)
      for (const p of r.past)
        expect(p.reden, `${r.id}: ${p.reden}`).not.toMatch(
          /De gemeenten willen|precies deze route|Dat is deze route|uw antwoord/i,
        );
  });
});
