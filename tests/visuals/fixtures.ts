/** A hand-made matrix in the shape the rules engine produces (not real judgements). */
import type { Ernst, HeatmapInvoer } from '../../src/visuals/heatmap.ts';

const vormen = [
  { id: 'lichte-regeling', titel: 'Lichte regeling' },
  { id: 'lichte-regeling-met-gastheer', titel: 'Lichte regeling met gastheer' },
  { id: 'centrumgemeente', titel: 'Centrumgemeente' },
  { id: 'openbaar-lichaam', titel: 'Openbaar lichaam' },
  { id: 'bedrijfsvoeringsorganisatie', titel: 'Bedrijfsvoeringsorganisatie' },
  { id: 'gemeenschappelijk-orgaan', titel: 'Gemeenschappelijk orgaan' },
  { id: 'privaatrechtelijk', titel: 'Privaatrechtelijke samenwerking (contract, stichting, coöperatie)' },
];
const belemmeringen: HeatmapInvoer['belemmeringen'] = [
  // deliberately not sorted by theme: the renderer groups them
  { id: 'beleidsregels', titel: 'Verschillende beleidsregels maken samen uitvoeren lastig', thema: 'harmonisatie' },
  { id: 'doelbinding', titel: 'Het doel van de samenwerking is niet duidelijk genoeg', thema: 'gegevens' },
  {
    id: 'oneigenlijk-gebruik',
    titel: 'Misbruik van gegevens voorkomen bij medewerkers met meerdere werkgevers',
    thema: 'gegevens',
  },
  {
    id: 'juridische-status-basisregistraties',
    titel: 'De rechtsvorm bepaalt welke basisregistraties een samenwerking mag gebruiken',
    thema: 'gegevens',
  },
  { id: 'papierwinkel', titel: 'Veel papierwerk om de gegevensstromen te regelen', thema: 'gegevens' },
  {
    id: 'geen-gezamenlijke-oin',
    titel: 'Een samenwerking is voor de techniek nog geen eigen organisatie',
    thema: 'infrastructuur',
  },
  {
    id: 'multi-tenancy',
    titel: 'Software kan zelden meerdere gemeenten in één database bedienen',
    thema: 'infrastructuur',
  },
  { id: 'digid-audits', titel: 'Een DigiD-audit voor elke gemeente apart', thema: 'infrastructuur' },
  { id: 'protocollen-handleidingen', titel: 'Duidelijke handleidingen ontbreken', thema: 'infrastructuur' },
  { id: 'private-toegang', titel: 'Private samenwerkingen hebben beperkt toegang', thema: 'infrastructuur' },
  { id: 'virtualisatie', titel: 'Te weinig gevirtualiseerde systemen', thema: 'infrastructuur' },
  { id: 'licentiemodellen', titel: 'Licentiemodellen beperken de besparing', thema: 'harmonisatie' },
  { id: 'incongruente-samenwerking', titel: 'Elke samenwerking heeft andere partners', thema: 'harmonisatie' },
  {
    id: 'opdrachtgeverschap-informatiebeveiliging',
    titel: 'Onduidelijk wie de eisen stelt aan informatiebeveiliging & <privacy>',
    thema: 'harmonisatie',
  },
  {
    id: 'applicatierationalisatie',
    titel: 'Minder verschillende applicaties levert nog weinig op',
    thema: 'harmonisatie',
  },
];
const ernsten: Ernst[] = ['nvt', 'beheersbaar', 'aanzienlijk', 'blokkerend'];

export const heatmapFixture: HeatmapInvoer = {
  vormen,
  belemmeringen,
  cellen: vormen.flatMap((v, i) =>
    belemmeringen.map((b, j) => ({
      vorm: v.id,
      belemmering: b.id,
      ernst: ernsten[(i * 3 + j) % 4],
      ...((i + j) % 3 === 0 ? { reden: `Omdat "${v.titel}" geen rechtspersoon is.` } : {}),
    })),
  ),
};
