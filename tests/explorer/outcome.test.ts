// Flow tests per goal in the manner of GOV.UK smart answers: given answers → expected route and rendered text.
import { describe, expect, it } from 'vitest';
import { data, inhoud } from './helpers.ts';
import { buildUitkomst, type VerkennerData } from '../../src/explorer/outcome.ts';
import { render, renderRoute, renderUitkomst, renderFout, renderStap, routePad } from '../../src/explorer/render.ts';
import { parseAdres, volgende, type Antwoorden } from '../../src/explorer/flow.ts';

/** The fields of a route's decision chain, as headed in its block. */
const VELDEN = [
  'Wettelijke basis',
  'Wie besluit',
  'Rol van de raad',
  'Procedure',
  'Doorlooptijd',
  'Werkgever',
  'Kosten',
  'Wat dit niet oplost',
];
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
function uitkomst(path: string, d: VerkennerData = data) {
  const r = parseAdres(d.flow, path);
  expect(r.fout, path).toBeUndefined();
  const m = buildUitkomst(d, r.antwoorden);
  return {
    m,
    html: renderUitkomst(d, m),
    advies: (doel: string) => m.doelen.find((g) => g.doel === doel)!.advies?.route.id ?? null,
  };
}

describe('smart-answer flows per goal', () => {
  it.each([
    [
      '/verkenner/v/doel-fg/aantal-10-14/werkgever-gemeente/',
      'fg',
      'fg-gemeente-werkgever',
      'Laat één gemeente de FG in dienst nemen',
    ],
    [
      '/verkenner/v/doel-fg/aantal-10-14/werkgever-extern/',
      'fg',
      'fg-extern',
      'Huur samen een FG in bij een bedrijf, met een dienstverleningscontract',
    ],
    [
      '/verkenner/v/doel-privacy-officer/aantal-2-4/werkgever-gemeente/',
      'privacy-officer',
      'po-gemeente-werkgever',
      'Laat één gemeente de privacy officer in dienst nemen',
    ],
    [
      '/verkenner/v/doel-privacy-officer/aantal-2-4/werkgever-extern/',
      'privacy-officer',
      'po-extern',
      'Huur samen een privacy officer in',
    ],
    [
      '/verkenner/v/doel-ciso/aantal-5-9/werkgever-gemeente/',
      'ciso',
      'ciso-college-afspraak',
      'de andere colleges wijzen die persoon ook aan als hun CISO',
    ],
    [
      '/verkenner/v/doel-ciso/aantal-5-9/werkgever-extern/',
      'ciso',
      'ciso-extern',
      'Huur samen of per gemeente een CISO in bij een bedrijf',
    ],
    ['/verkenner/v/doel-soc/aantal-10-14/', 'soc', 'soc-landelijk-contract', 'met de gastheer als contractpartij'],
    ['/verkenner/v/doel-inkoop/aantal-10-14/', 'inkoop', 'inkoop-itpt', 'de inkoop te doen als facilitator'],
    [
      '/verkenner/v/doel-ict/aantal-2-4/gegevens-geen/inloggen-geen/taken-uitvoeren/',
      'ict',
      'ict-hengelo',
      'zoals Borne deed',
    ],
    [
      '/verkenner/v/doel-ict/aantal-2-4/gegevens-geen/inloggen-geen/taken-eigen-organisatie/',
      'ict',
      'ict-nieuwe-gr',
      'openbaar lichaam of bedrijfsvoeringsorganisatie',
    ],
    [
      '/verkenner/v/doel-ict/aantal-2-4/gegevens-geen/inloggen-geen/taken-afstemmen/',
      'ict',
      'ict-itpt-voorziening',
      'Sluit aan bij een IT-voorziening van IT Platform Twente',
    ],
  ])('%s → %s: %s', (path, doel, route, zin) => {
    const u = uitkomst(path);
    expect(u.advies(doel)).toBe(route);
    const advies = text(u.html).match(/Ons advies (.*?) Het advies is/)![1];
    expect(advies).toContain(zin);
    // the advised route carries who decides, the raad's role, procedure, lead time, employer, costs
    for (const kop of VELDEN) expect(text(u.html)).toContain(kop);
  });

  it('a CISO hired from a company: the advice is ciso-extern, and the in-house route points to it', () => {
    const u = uitkomst('/verkenner/v/doel-ciso/aantal-5-9/werkgever-extern/');
    expect(u.advies('ciso')).toBe('ciso-extern');
    expect(text(u.html)).not.toContain('geen van de routes past bij uw antwoorden');
    const g = u.m.doelen[0];
    expect(g.routes.find((r) => r.route.id === 'ciso-college-afspraak')!.klasse).toBe('past-niet');
    expect(text(u.html)).toContain('Voor een CISO van een bedrijf is er de route “Een CISO inhuren bij een bedrijf”.');
    expect(text(u.html)).not.toContain('Een route met een ingehuurde CISO beschrijft de verkenner niet');
  });

  it('a CISO employed by a municipality: the advice is ciso-college-afspraak, never ciso-extern', () => {
    for (const pad of ['werkgever-gemeente/', 'werkgever-gemeente/waarde-onder-drempel/']) {
      const u = uitkomst(`/verkenner/v/doel-ciso/aantal-5-9/${pad}`);
      expect(u.advies('ciso'), pad).toBe('ciso-college-afspraak');
      expect(u.m.doelen[0].routes.find((r) => r.route.id === 'ciso-extern')!.klasse, pad).toBe('past-niet');
    }
    // above the threshold the in-house route fits less (Piepenbrock), but the external one still does not fit
    const boven = uitkomst('/verkenner/v/doel-ciso/aantal-5-9/werkgever-gemeente/waarde-boven-drempel/');
    expect(boven.advies('ciso')).not.toBe('ciso-extern');
    expect(boven.m.doelen[0].routes.map((r) => [r.route.id, r.klasse])).toEqual([
      ['ciso-college-afspraak', 'past-minder'],
      ['ciso-extern', 'past-niet'],
    ]);
    // with the employer not known yet, both routes stay open and neither is excluded
    const open = uitkomst('/verkenner/v/doel-ciso/aantal-5-9/werkgever-onbekend/').m.doelen[0];
    expect(open.routes.map((r) => [r.route.id, r.klasse])).toEqual([
      ['ciso-college-afspraak', 'open'],
      ['ciso-extern', 'open'],
    ]);
  });

  it('"weet ik nog niet" stays unknown: shown as such, the route "hangt af", nothing filled in', () => {
    const u = uitkomst('/verkenner/v/doel-fg/aantal-10-14/werkgever-onbekend/');
    const g = u.m.doelen[0];
    expect(g.onbekend.map((v) => v.id)).toEqual(['werkgever', 'waarde']);
    expect(g.routes.map((r) => r.klasse)).toEqual(['open', 'open']);
    expect(text(u.html)).toContain('Nog niet bekend: Werkgever, Waarde van de opdracht');
    // each open question says what its answers would do to this route
    expect(text(u.html)).toContain(
      'Nog open: Werkgever (bij “Bij een van de deelnemende gemeenten” past zij goed, bij “Bij een bedrijf dat de dienst levert” past zij niet); Waarde van de opdracht (bij “Ja, even groot of groter” past zij minder).',
    );
    // the reason is a source's (the legal ground), never the reader's answer
    expect(text(u.html)).not.toMatch(/uw antwoord bij|sluiten deze route niet uit/);
  });

  it('never offers a Wgr body for an FG, a privacy officer or a CISO hired by contract', () => {
    for (const doel of ['fg', 'privacy-officer', 'ciso'])
      for (const werkgever of ['gemeente', 'extern']) {
        const g = buildUitkomst(data, { doel: [doel], aantal: ['2-4'], werkgever: [werkgever] }).doelen[0];
        for (const r of g.routes)
          expect(
            r.route.vormen.filter((v) =>
              [
                'openbaar-lichaam',
                'bedrijfsvoeringsorganisatie',
                'gemeenschappelijk-orgaan',
                'lichte-regeling',
              ].includes(v),
            ),
            r.route.id,
          ).toEqual([]);
      }
  });
});

describe('scores count only obstacles that apply to the goal, and only what is known', () => {
  it('a SOC route is scored on the SOC obstacles only, not on multi-tenancy or DigiD', () => {
    const g = buildUitkomst(data, { doel: ['soc'], aantal: ['10-14'] }).doelen[0];
    const ids = new Set(g.routes.flatMap((r) => r.scores.flatMap((s) => s.belemmeringen.map((b) => b.id))));
    expect([...ids].sort()).toEqual(inhoud.doelen.soc.belemmeringen.map((b) => b.id).sort());
    expect(ids.has('multi-tenancy')).toBe(false);
    expect(ids.has('digid-audits')).toBe(false);
  });
  it('an obstacle that reads an unanswered fact is "onbekend" and counts no points', () => {
    const g = buildUitkomst(data, {
      doel: ['ict'],
      aantal: ['2-4'],
      gegevens: ['onbekend'],
      inloggen: ['geen'],
      taken: ['uitvoeren'],
    }).doelen[0];
    const s = g.routes.find((r) => r.route.id === 'ict-hengelo')!.scores[0];
    const doelbinding = s.belemmeringen.find((b) => b.id === 'doelbinding')!;
    expect(doelbinding.ernst).toBeUndefined();
    expect(doelbinding.hangtAf).toContain('Gegevens');
    // a fact the explorer never asks is named as such, never assumed
    const incongruent = s.belemmeringen.find((b) => b.id === 'incongruente-samenwerking')!;
    expect(incongruent.hangtAf.join()).toMatch(
      /^In hoeveel andere samenwerkingen .* \(de verkenner vraagt hier niet naar\)$/,
    );
    // the plain question, never the engine field name
    expect(incongruent.hangtAf.join()).not.toMatch(/andereSamenwerkingen/);
    expect(s.punten).toBe(s.belemmeringen.reduce((n, b) => n + (b.punten ?? 0), 0));
    const html = text(
      renderUitkomst(
        data,
        buildUitkomst(data, {
          doel: ['ict'],
          aantal: ['2-4'],
          gegevens: ['onbekend'],
          inloggen: ['geen'],
          taken: ['uitvoeren'],
        }),
      ),
    );
    expect(html).toContain('onbekend , hangt af van Gegevens');
  });
});

describe('several goals in one run', () => {
  it('gives a route per goal and what they can share', () => {
    const m = buildUitkomst(data, {
      doel: ['privacy-officer', 'fg', 'ciso', 'soc'],
      aantal: ['10-14'],
      werkgever: ['gemeente'],
    });
    expect(m.doelen.map((g) => [g.doel, g.advies?.route.id])).toEqual([
      ['privacy-officer', 'po-gemeente-werkgever'],
      ['fg', 'fg-gemeente-werkgever'],
      ['ciso', 'ciso-college-afspraak'],
      ['soc', 'soc-landelijk-contract'],
    ]);
    expect(m.delen.length).toBeGreaterThanOrEqual(3);
    const html = text(renderUitkomst(data, m));
    expect(html).toContain('Wat de doelen kunnen delen');
    expect(html).toContain('niet beide rollen mag hebben');
  });
});

describe('links to form and instrument pages', () => {
  it('links a route to an instrument page only once it exists (fixture: the dvo page)', () => {
    const { dvo: _, ...zonderDvo } = data.vormTitels;
    const zonderData: VerkennerData = { ...data, vormTitels: zonderDvo };
    const zonder = renderUitkomst(
      zonderData,
      buildUitkomst(zonderData, { doel: ['fg'], aantal: ['2-4'], werkgever: ['gemeente'] }),
    );
    expect(zonder).not.toContain('/vormen/dvo/');
    const met: VerkennerData = {
      ...zonderData,
      vormTitels: { ...zonderDvo, dvo: 'Dienstverleningsovereenkomst tussen gemeenten' },
    };
    const html = renderUitkomst(met, buildUitkomst(met, { doel: ['fg'], aantal: ['2-4'], werkgever: ['gemeente'] }));
    expect(html).toContain('<a href="/vormen/dvo/">Dienstverleningsovereenkomst tussen gemeenten</a>');
  });
  it('does not inline every form × obstacle: an outcome stays small', () => {
    const html = renderUitkomst(
      data,
      buildUitkomst(data, {
        doel: ['ict'],
        aantal: ['2-4'],
        gegevens: ['basisregistraties'],
        inloggen: ['digid'],
        taken: ['eigen-organisatie'],
      }),
    );
    expect(html.length).toBeLessThan(100_000);
    expect(html).not.toContain('vk-matrix');
  });
});

describe('the preference is applied on the outcome page, not asked', () => {
  it("shows the forms' own judgements on what a raad weighs most, linked to the form pages", () => {
    const html = renderUitkomst(
      data,
      buildUitkomst(data, {
        doel: ['ict'],
        aantal: ['2-4'],
        gegevens: ['geen'],
        inloggen: ['geen'],
        taken: ['uitvoeren'],
      }),
    );
    expect(html).toContain('Wat weegt voor uw raad het zwaarst?');
    expect(html).toMatch(/<th scope="col">Zeggenschap per gemeente<\/th>/);
    expect(html).toMatch(
      /<a href="\/vormen\/openbaar-lichaam\/">[^<]+<\/a><\/th><td>(Sterk|Redelijk|Zwak|Hangt ervan af)/,
    );
    expect(data.flow.vragen.some((v) => v.id === 'voorkeur')).toBe(false);
  });
});

describe('KING names beside the plain titles', () => {
  it("shows an obstacle's kingNaam where the content gives one (fixture)", () => {
    const a = { doel: ['soc'], aantal: ['10-14'] };
    expect(renderUitkomst(data, buildUitkomst(data, a))).not.toContain('(KING: Testnaam X)');
    const met: VerkennerData = { ...data, belemmeringKingNamen: { papierwinkel: 'Testnaam X' } };
    expect(renderUitkomst(met, buildUitkomst(met, a))).toContain('(KING: Testnaam X)');
  });
});

describe('steps and errors', () => {
  it('a step offers each answer, "weet ik nog niet", and (for goals) several at once behind JavaScript', () => {
    const a: Antwoorden = {};
    const html = renderStap(data, a, volgende(data.flow, a)!);
    expect(html).toContain('href="/verkenner/v/doel-fg/"');
    expect(html).toContain('href="/verkenner/v/doel-onbekend/"');
    expect(html).toMatch(/<form class="vk-meerdere no-print" data-vk-meerdere="doel" hidden>/);
  });
  it('renders the friendly message with a way back, escaped', () => {
    const r = parseAdres(data.flow, '/verkenner/v/doel-fg/<script>/');
    const html = renderFout(r.fout!);
    expect(html).not.toContain('<script>');
    expect(html).toContain('href="/verkenner/v/doel-fg/"');
    expect(render(data, r.antwoorden, (x) => buildUitkomst(data, x))).toContain(
      'Met hoeveel gemeenten wilt u samenwerken?',
    );
  });
});

describe('no double counting', () => {
  it('an obstacle that hits only because of an answer a fit rule already weighs against the route is shown once, as that reason, without points', () => {
    // taken: eigen-organisatie makes the centrumgemeente route (GR Samenwerking ICT Hengelo) "past minder";
    // the same answer (the cooperation decides itself) would also make "veel papierwerk" blocking for a centrumgemeente
    const m = buildUitkomst(data, {
      doel: ['ict'],
      aantal: ['5-9'],
      gegevens: ['geen'],
      inloggen: ['geen'],
      taken: ['eigen-organisatie'],
    });
    const r = m.doelen[0].routes.find((x) => x.route.id === 'ict-hengelo')!;
    expect(r.fit.some((f) => f.oordeel === 'past-minder')).toBe(true);
    const cg = r.scores.find((s) => s.vorm === 'centrumgemeente')!;
    const dubbel = cg.belemmeringen.filter((b) => b.alGewogen);
    expect(dubbel.length).toBeGreaterThan(0);
    for (const b of dubbel) expect(b.punten).toBeUndefined();
    expect(cg.punten).toBe(cg.belemmeringen.reduce((n, b) => n + (b.punten ?? 0), 0));
    // with an answer no fit rule weighs against the route, the same obstacle counts as usual
    const m2 = buildUitkomst(data, {
      doel: ['ict'],
      aantal: ['5-9'],
      gegevens: ['geen'],
      inloggen: ['geen'],
      taken: ['uitvoeren'],
    });
    const cg2 = m2.doelen[0].routes
      .find((x) => x.route.id === 'ict-hengelo')!
      .scores.find((s) => s.vorm === 'centrumgemeente')!;
    expect(cg2.belemmeringen.some((b) => b.alGewogen)).toBe(false);
  });
});

describe('each route has one home for its decision chain', () => {
  it('an outcome shows the chain of the advised route, and links every other route to its own page', () => {
    const u = uitkomst('/verkenner/v/doel-fg/aantal-10-14/werkgever-gemeente/');
    const g = u.m.doelen[0];
    expect(g.advies?.route.id).toBe('fg-gemeente-werkgever');
    const blok = (id: string) => {
      const m = u.html.match(new RegExp(`<details class="vk-profiel" id="route-fg-${id}"[\\s\\S]*?</details>`));
      expect(m, id).not.toBeNull();
      return m![0];
    };
    expect(blok('fg-gemeente-werkgever')).toContain('vk-velden');
    const ander = blok('fg-extern');
    expect(ander).not.toContain('vk-velden');
    expect(ander).toContain(`href="${routePad('fg-extern')}"`);
  });

  it.each(data.routes.map((r) => [r.id, r] as const))('the page of %s has every field and every fit rule', (_id, r) => {
    const t = text(renderRoute(data, r));
    for (const kop of VELDEN) expect(t).toContain(kop);
    for (const f of r.past) expect(t).toContain(f.reden.replace(/\s+/g, ' ').slice(0, 40));
  });
});
