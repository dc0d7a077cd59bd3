/**
 * The Dutch string table: labels for ids (fields, criteria, judgements,
 * characteristics) and the UI text that code writes (views, calculators,
 * search). One place to read and change the site's wording; content text
 * lives in content/. Severity and theme names live with the engine
 * (src/schemas/engine-constants.ts), which needs them in the browser too.
 */
import type { criteriumIds, vormVeldIds } from '../schemas/index.ts';
import { hoofdletter } from './feiten.ts';

export const VELD_LABEL: Record<(typeof vormVeldIds)[number], string> = {
  rechtspersoonlijkheid: 'Rechtspersoonlijkheid',
  delegatieMandaat: 'Delegatie of mandaat',
  bestuur: 'Wie bestuurt en besluit',
  rolRaad: 'Wat de raad kan doen',
  personeel: 'Personeel en werkgever',
  financien: 'Geld en kostenverdeling',
  toetredingUittreding: 'Toetreden, uittreden en opheffen',
  aansprakelijkheid: 'Aansprakelijkheid en geschillen',
  aanbesteding: 'Aanbesteding en inkoop',
  opzetten: 'Tijd en moeite om op te zetten',
};

export const CRITERIUM_LABEL: Record<(typeof criteriumIds)[number], string> = {
  'democratische-legitimiteit': 'Democratische legitimiteit',
  flexibiliteit: 'Flexibiliteit',
  zeggenschap: 'Zeggenschap per gemeente',
  slagvaardigheid: 'Slagvaardigheid',
  'bestuurlijke-drukte': 'Bestuurlijke drukte',
  informatiepositie: 'Informatiepositie van de raad',
  uittreding: 'Uittreden',
  'stemverhouding-kosten': 'Stemverhouding en kostenverdeling',
  aanbesteding: 'Aanbesteding',
  werkgeverschap: 'Werkgeverschap',
  transparantie: 'Transparantie van taken en risico’s',
};

export const OORDEEL_LABEL = {
  sterk: 'Sterk',
  redelijk: 'Redelijk',
  zwak: 'Zwak',
  'hangt-af': 'Hangt ervan af',
} as const;

/** How a label's value reads on the site. */
export const KENMERK_WAARDE_LABEL = {
  ja: 'Ja',
  nee: 'Nee',
  'hangt-af': 'Hangt ervan af',
  'niet-vastgesteld': 'Niet vastgesteld',
} as const;

/** UI text written by code. Functions take what varies (a count, a query). */
export const UI = {
  /** "Bron" or "Bronnen" before a list of citations */
  bronLabel: (aantal: number, enkelvoud = 'Bron') => `${enkelvoud}${aantal > 1 ? 'nen' : ''}`,
  bronnenKop: 'Bronnen',
  geenBronnen: 'Deze pagina citeert geen bronnen.',
  externeBron: 'externe bron',
  formulierFout: 'Er is nog iets niet goed ingevuld. Kijk bij de velden met een melding.',
  zoekenBezig: 'Bezig met zoeken…',
  zoekenMislukt: 'Zoeken lukt nu niet. Gebruik de lijst van A tot Z hieronder.',
  zoekenGeen: (q: string) => `Geen resultaten voor “${q}”. Probeer een ander woord, of kijk in de lijst van A tot Z.`,
  zoekenAantal: (n: number, q: string, max: number) =>
    `${n} ${n === 1 ? 'resultaat' : 'resultaten'} voor “${q}”${n > max ? `, de eerste ${max} staan hieronder` : ''}.`,
  /** after a public source whose page this site could not read itself (no check date) */
  nietGecontroleerd: 'niet gecontroleerd: deze site kon de pagina zelf niet lezen',
  /** why the raad's role is not settled for a municipality that is no direct party of a regeling */
  raadNietVastgesteld: {
    via: 'De gemeente doet mee via een ander lichaam. De gelezen tekst zegt niet wat haar raad dan kan.',
    voorziening:
      'De gemeente neemt alleen IT-voorzieningen af en is geen partij. De gelezen tekst zegt niet wat haar raad dan kan.',
  },
} as const;

/**
 * The calculators' wording (src/calc/*). The calculators return kinds and
 * values; src/calc/render.ts picks the sentence here and passes the values,
 * already formatted (dates as "15 maart 2026").
 */
export const REKENHULP_TEKST = {
  uittreding: {
    /** the field as it reads inside a date message ("Vul de datum van opzegging in.") */
    veldnaam: {
      opzegdatum: 'de datum van opzegging',
      startDeelname: 'de startdatum van de deelname',
      startVoorziening: 'de startdatum van de meest recente IT-voorziening',
      instemmingsdatum: 'de datum van instemming',
    },
    /** the form's labels of the optional date fields */
    veldlabel: {
      startDeelname: 'Startdatum van de deelname',
      startVoorziening: 'Startdatum van de meest recente IT-voorziening',
      instemmingsdatum: 'Datum van instemming van het bestuurlijk overleg (leeg laten als die er nog niet is)',
    },
    veldlabelOptioneel: (label: string) => `${label} (leeg laten als u geen IT-voorziening afneemt)`,
    fout: {
      deelnameNaOpzegging: 'De deelname begint na de datum van opzegging. U kunt pas opzeggen als u deelneemt.',
      instemmingVoorOpzegging: 'De instemming gaat over de opzegging en komt dus niet vóór de datum van opzegging.',
    },
    stap: {
      opzegging: (v: { opzegdatum: string; maanden: number }) =>
        `U zegt op op ${v.opzegdatum}. De opzegtermijn is ten minste ${v.maanden} maanden.`,
      opzeggingNaInstemming: (v: { opzegdatum: string; orgaan: string; instemmingsdatum: string; maanden: number }) =>
        `U zegt op op ${v.opzegdatum}. ${hoofdletter(v.orgaan)} stemde in op ${v.instemmingsdatum}. De opzegtermijn van ${v.maanden} maanden begint bij die instemming.`,
      opzeggingInstemmingOpen: (v: { opzegdatum: string; orgaan: string; maanden: number }) =>
        `U zegt op op ${v.opzegdatum}. De opzegtermijn van ${v.maanden} maanden begint pas als ${v.orgaan} instemt. Die instemming is er nog niet. Wij rekenen met de vroegst mogelijke dag: instemming op de dag van opzegging.`,
      naTermijn: (datum: string) => `De deelname kan dus op zijn vroegst eindigen op ${datum}.`,
      minimumduur: (v: { label: string; start: string; maanden: number; vol: string; later: boolean }) =>
        `${v.label}: ${v.start}. ${v.maanden} aaneengesloten maanden zijn vol op ${v.vol}. ${
          v.later ? `Dat is later, dus de deelname kan niet vóór ${v.vol} eindigen.` : 'Daar voldoet u dan al aan.'
        }`,
      eindeKalenderjaar: (v: { grens: string; einde: string }) =>
        `Uittreden kan alleen tegen het einde van een kalenderjaar. Het eerste einde van een kalenderjaar op of na ${v.grens} is ${v.einde}.`,
      eindeElkeDag: 'Het einde hoeft niet op het einde van een jaar te vallen.',
      instemming: (v: { orgaan: string; datum: string }) => `${v.orgaan} stemde in op ${v.datum}.`,
    },
    voorbehoud: {
      geenStartdatum: (v: { label: string; maanden: number }) =>
        `U vulde geen datum in bij "${v.label}". Daarom is de eis van ${v.maanden} aaneengesloten maanden hiervoor niet meegeteld. Neemt u wel een IT-voorziening af, vul dan die datum in.`,
      instemmingNodig: (v: { orgaan: string; naInstemming: boolean; maanden: number }) =>
        `Deze datum geldt alleen als ${v.orgaan} instemt${
          v.naInstemming
            ? ` op de dag van de opzegging. Stemt het later in, dan schuift de einddatum even ver op: ${v.maanden} maanden na de instemming`
            : ''
        }. Zonder instemming kunt u niet uittreden.`,
      naLooptijd: (v: { eindLooptijd: string; tekst: string }) =>
        `De berekende datum ligt na ${v.eindLooptijd}. ${v.tekst}`,
    },
    /** the one short sentence for the polite live region */
    samenvatting: (v: { einddatum: string; voorwaarde?: { orgaan: string; opDagVanOpzegging: boolean } }) =>
      v.voorwaarde
        ? `Vroegste einddatum: ${v.einddatum}, alleen als ${v.voorwaarde.orgaan} instemt${v.voorwaarde.opDagVanOpzegging ? ' op de dag van opzegging' : ''}.`
        : `Vroegste einddatum: ${v.einddatum}.`,
    uitkomstLabel: 'Vroegste einddatum:',
    onderVoorbehoud: 'onder voorbehoud van instemming',
    kop: {
      redenering: 'Zo rekenen we',
      kosten: 'Wat de uittreder betaalt',
      procedure: 'Wat er daarna gebeurt',
      voorbehouden: 'Let op',
    },
  },
  /** reading a typed number (src/calc/kostenverdeling.ts parseGetal) */
  getal: {
    leeg: 'Vul een getal in.',
    ongeldig: (s: string) => `"${s}" is geen getal. Gebruik alleen cijfers, bijvoorbeeld 100.000 of 2500,50.`,
    negatief: 'Vul een getal in dat niet negatief is.',
    geenKomma: 'Vul een heel getal in, zonder komma.',
    decimalen: (n: number) => `Gebruik hoogstens ${n} cijfers achter de komma.`,
    teGroot: 'Dit getal is te groot voor deze rekenhulp.',
  },
  kosten: {
    sleutel: {
      gelijk: 'Gelijk deel per gemeente',
      inwoners: 'Naar aantal inwoners',
      gebruik: 'Naar gebruik (bijvoorbeeld uren of aantal meldingen)',
    },
    fout: {
      fteLeeg: 'Vul het aantal fte in, bijvoorbeeld 1 of 0,5.',
      fteNul: 'Het aantal fte moet groter dan 0 zijn.',
      fteMax: 'Vul hoogstens 50 fte in.',
      kostenLeeg: 'Vul de kosten van één fte per jaar in euro in.',
      kostenNul: 'De kosten van één fte moeten groter dan 0 zijn.',
      opslagLeeg: 'Vul het opslagpercentage in. Is er geen opslag, vul dan 0 in.',
      opslagMax: 'Vul een percentage in van hoogstens 200.',
      nLeeg: 'Vul het aantal gemeenten in.',
      nBereik: (max: number) => `Vul een aantal in van 1 tot en met ${max}.`,
      sleutel: 'Kies een verdeelsleutel uit de lijst.',
      alleenLeeg: 'Vul het aantal fte in dat één gemeente alleen nodig heeft.',
      gewichtLeeg: (v: { inwoners: boolean; naam: string }) =>
        `Vul ${v.inwoners ? 'het aantal inwoners' : 'het gebruik'} van ${v.naam} in, als heel getal.`,
      gewichtAllemaalNul: 'Minstens één gemeente moet een getal hebben dat groter dan 0 is.',
    },
    gemeente: (nr: number) => `Gemeente ${nr}`,
    grondslag: {
      gelijk: (n: number) => `1 van ${n} delen`,
      inwoners: (aantal: string) => `${aantal} inwoners`,
      gebruik: (aantal: string) => `${aantal} (gebruik)`,
    },
    stap: {
      personeel: (v: { fte: string; kosten: string; personeel: string }) =>
        `Personeel: ${v.fte} fte × ${v.kosten} per fte = ${v.personeel} per jaar.`,
      opslag: (v: { procent: string; personeel: string; opslag: string }) =>
        `Opslag voor de gastheer: ${v.procent}% van ${v.personeel} = ${v.opslag}.`,
      samen: (totaal: string) => `Samen: ${totaal} per jaar.`,
      verdeeldGelijk: (n: number) => `Verdeeld in ${n} gelijke delen.`,
      verdeeldNaar: (inwoners: boolean) =>
        `Verdeeld naar ${inwoners ? 'het aantal inwoners' : 'gebruik'} dat u invulde.`,
      afronding:
        'Bedragen zijn afgerond op centen. De centen die overblijven gaan naar de gemeenten met de grootste rest, zodat de som precies klopt.',
      alleen: (v: { fte: string; bedrag: string }) =>
        `Alleen: elke gemeente heeft volgens uw invoer ${v.fte} fte nodig. Dat is ${v.bedrag} per gemeente per jaar, zonder opslag van een gastheer.`,
    },
    samenvatting: (v: { totaal: string; n: number; alleenTotaal?: string }) =>
      `Samen ${v.totaal} per jaar voor ${v.n} gemeente${v.n === 1 ? '' : 'n'}.` +
      (v.alleenTotaal !== undefined
        ? ` Doet elke gemeente het alleen, dan kost het bij elkaar ${v.alleenTotaal}.`
        : ''),
  },
  verdeling: {
    fout: {
      geenDeelnemers: 'Voeg minstens één deelnemer toe: vul een naam in.',
      bedragNul: 'Vul een bedrag in dat groter is dan 0.',
      gemiddeldeLeeg:
        'Vul het gemiddelde inwonertal van de Twentse gemeenten in. Deze sleutel heeft het nodig voor een deelnemer die geen gemeente is.',
      gemiddeldeNul: 'Het gemiddelde inwonertal moet groter zijn dan 0.',
      soort: (naam: string) => `Kies wat voor deelnemer ${naam} is.`,
      inwonersLeeg: (naam: string) => `Vul het aantal inwoners van ${naam} in. Deze sleutel rekent met inwoners.`,
      inwonersNul: (naam: string) => `Het aantal inwoners van ${naam} moet groter zijn dan 0.`,
    },
    deelnemer: (nr: number) => `Deelnemer ${nr}`,
    grondslag: {
      gelijk: 'gelijk deel',
      fte: (fte: string) => `${fte} fte`,
      vast: 'vast bedrag',
      inwoners: (aantal: string) => `${aantal} inwoners`,
      gemiddelde: (gemiddelde: string) => `gemiddelde: ${gemiddelde} inwoners`,
      deelVanGemiddelde: (v: { procent: string; gemiddelde: string; uitkomst: string }) =>
        `${v.procent}% van ${v.gemiddelde} = ${v.uitkomst} inwoners`,
    },
    stap: {
      fte: (v: { fte: string; bedrag: string; deel: string }) =>
        `Elke deelnemer betaalt ${v.fte} × ${v.bedrag} = ${v.deel}.`,
      vast: (bedrag: string) => `Elke deelnemer in de lijst betaalt ${bedrag}.`,
      afronding:
        'Bedragen zijn afgerond op centen. De centen die overblijven gaan naar de deelnemers met de grootste rest, zodat de som precies klopt.',
    },
    /** the table and chart of a split (src/calc/render.ts) */
    tabel: {
      deelnemer: 'Deelnemer',
      soort: 'Soort',
      grondslag: 'Grondslag',
      aandeel: 'Aandeel',
      bedrag: 'Bedrag',
      totaal: 'Totaal',
      grafiek: 'Staafdiagram van dezelfde bedragen. De tabel hierboven geeft dezelfde getallen als tekst.',
    },
    samenvatting: (v: { totaal: string; n: number; grootste: string }) =>
      `${v.totaal} verdeeld over ${v.n} deelnemer${v.n === 1 ? '' : 's'}. Het grootste deel is ${v.grootste}.`,
  },
  /** the procedure planner (src/calc/procedure.ts); months come as names ("juni") */
  plan: {
    veldnaamStart: 'de startdatum',
    duur: {
      schatting: (weken: number) => `${weken} weken (uw schatting)`,
      eenheid: { dagen: 'dag', weken: 'week', maanden: 'maand' },
      vast: (v: { uiterlijk: boolean; aantal: number; eenheid: string; wet: boolean }) =>
        `${v.uiterlijk ? 'uiterlijk ' : ''}${v.aantal} ${v.eenheid} (${v.wet ? 'termijn uit de wet' : 'termijn uit de overeenkomst'})`,
    },
    fout: {
      schattingLeeg: (stap: string) => `Vul in hoeveel weken "${stap}" volgens u duurt.`,
      schattingBereik: 'Vul een heel aantal weken in, van 0 tot en met 104.',
      budget: 'Kies of er nieuw geld nodig is.',
      kaderdocument: 'Schrijf de naam van het document in ten hoogste 60 tekens, zonder < of >.',
      rapportage: 'Schrijf de naam van de rapportage in ten hoogste 60 tekens, zonder < of >.',
      berap: (rapportage: string) => `Kies de maand van de eerste ${rapportage}, of laat het veld leeg.`,
      voorjaarsnota: (kader: string) => `Kies de maand van de ${kader}.`,
      begroting: 'Kies de maand waarin de raad de begroting vaststelt.',
      begrotingVoorVoorjaarsnota: (kader: string) =>
        `De begroting voor volgend jaar komt na de ${kader}. Kies een latere maand.`,
      begrotingNaNovember:
        'De begroting voor volgend jaar moet vóór 15 november bij Gedeputeerde Staten zijn (Gemeentewet, artikel 191, tweede lid). Kies november of eerder.',
    },
    uitleg: {
      volgorde: (start: string) =>
        `De stappen volgen elkaar op vanaf ${start}. Termijnen uit de wet of de overeenkomst staan vast; de andere duren zijn uw schatting.`,
      besluit: (v: { besluit: string; laatste: string }) =>
        `Het besluit valt op zijn vroegst op ${v.besluit}. De laatste stap is klaar op ${v.laatste}.`,
      opTijd: (v: { vjn: string; y: number; begrotingsjaar: number; begr: string; kader: string }) =>
        `Het besluit valt vóór het einde van ${v.vjn} ${v.y}. De kosten kunnen dan mee in de ${v.kader} van ${v.y} en in de begroting ${v.begrotingsjaar}. De raad stelt die vast in ${v.begr} ${v.begrotingsjaar - 1}; het college zendt haar vóór 15 november ${v.begrotingsjaar - 1} aan Gedeputeerde Staten (Gemeentewet, artikel 191).`,
      teLaat: (v: { vjn: string; y: number; begrotingsjaar: number; begr: string; kader: string }) =>
        `Het besluit valt na ${v.vjn} ${v.y}. De kosten gaan dan mee in de ${v.kader} van ${v.y + 1} en in de begroting ${v.begrotingsjaar}. De raad stelt die vast in ${v.begr} ${v.begrotingsjaar - 1}; het college zendt haar vóór 15 november ${v.begrotingsjaar - 1} aan Gedeputeerde Staten (Gemeentewet, artikel 191).`,
      geldVanaf: (jaar: number) => `Het geld is er vanaf 1 januari ${jaar}. Dat is de vroegste start.`,
      laatsteStapLater: (start: string) =>
        `De laatste stap is pas daarna klaar. De vroegste start is de dag erna: ${start}.`,
      bestaandBudget: (start: string) =>
        `U gaf aan dat de kosten passen in een budget dat er al is. De vroegste start is de dag na de laatste stap: ${start}.`,
      start: (start: string) => `De vroegste start is de dag na de laatste stap: ${start}.`,
      berap: (v: { maand: string; jaar: number; rapportage: string }) =>
        `De eerste ${v.rapportage} na het besluit is in ${v.maand} ${v.jaar} (de maand die u invulde). Daar kan het college de raad over het besluit en de kosten informeren.`,
    },
    samenvatting: (v: { besluit: string; start: string }) =>
      `Vroegste besluit: ${v.besluit}. Vroegste start: ${v.start}.`,
  },
} as const;
