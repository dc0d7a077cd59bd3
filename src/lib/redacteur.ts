/**
 * Content problems in plain Dutch for an editor who is not a developer:
 *   content/uittreding/x.yaml: veld "opzegtermijn.maanden": Invalid input: expected number, received string
 * becomes
 *   Bij 'Opzegtermijn › Maanden' in uittreding/x.yaml staat tekst, maar hier hoort een getal.
 * The field is named as the content editor labels it (veldLabel, used by src/admin/config.ts
 * too). The developer format (src/lib/errors.ts) stays the one the build and tests print. Pure.
 */

/** Labels that read better than the split field name. */
const LABELS: Record<string, string> = {
  zieOok: 'Zie ook',
  king2015: 'KING 2015',
  kingSoort: 'Soort (KING)',
  kingTitel: 'Titel (KING)',
  kingNaam: 'Naam (KING)',
  url: 'Webadres',
  situatie2015: 'Situatie in 2015',
  situatieNu: 'Situatie nu',
  fte: 'Fte',
};

/** "laatstGewijzigd" → "Laatst gewijzigd": the label the editor shows. */
export function veldLabel(naam: string): string {
  if (LABELS[naam]) return LABELS[naam];
  const w = naam
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([a-z])(\d)/g, '$1 $2')
    .toLowerCase();
  return w.charAt(0).toUpperCase() + w.slice(1);
}

/** "deelnemers.1.organisatie" → "Deelnemers › nr. 2 › Organisatie". */
export function veldPad(pad: string): string {
  if (!pad || pad === '(geheel)') return '';
  return pad
    .split('.')
    .map((d) => (/^\d+$/.test(d) ? `nr. ${Number(d) + 1}` : veldLabel(d)))
    .join(' › ');
}

const lijst = (s: string) =>
  s
    .split('|')
    .map((x) => x.replace(/^"|"$/g, ''))
    .join(', ');
const SOORT: Record<string, string> = {
  number: 'een getal',
  string: 'tekst',
  boolean: 'ja of nee (true/false)',
  array: 'een lijst',
  object: 'een groep velden',
  undefined: 'niets',
  null: 'niets',
  date: 'een datum',
};

/** The message of one problem in plain Dutch (zod's English messages translated; the project's own are Dutch already). */
function boodschap(m: string): string {
  let x: RegExpExecArray | null;
  if ((x = /^Invalid option: expected one of (.*)$/.exec(m)))
    return `staat een waarde die niet in de lijst staat. Kies een van: ${lijst(x[1])}.`;
  if ((x = /^Invalid input: expected (\w+), received (\w+)$/.exec(m)))
    return x[2] === 'undefined'
      ? 'ontbreekt een waarde. Dit veld is verplicht.'
      : `staat ${SOORT[x[2]] ?? x[2]}, maar hier hoort ${SOORT[x[1]] ?? x[1]}.`;
  if ((x = /^Too small: expected string to have >=?(\d+) characters?$/.exec(m)))
    return x[1] === '1' ? 'staat niets. Vul hier tekst in.' : `is de tekst te kort (minstens ${x[1]} tekens).`;
  if ((x = /^Too small: expected array to have >=?(\d+) items?$/.exec(m)))
    return `staan te weinig items (minstens ${x[1]}).`;
  if ((x = /^Too (small|big): expected number to be ([<>]=?)(-?[\d.]+)$/.exec(m)))
    return `staat een getal dat ${x[2].startsWith('>') ? 'minstens' : 'hoogstens'} ${x[3]} moet zijn.`;
  if (/^Invalid string: must match pattern/.test(m))
    return 'staat een waarde in de verkeerde vorm (een datum schrijft u als JJJJ-MM-DD, een id met kleine letters en streepjes).';
  if ((x = /^Unrecognized keys?: (.*)$/.exec(m)))
    return `staat een veld dat hier niet hoort: ${x[1]}. Haal het weg of controleer de spelling.`;
  if (/^Invalid input$/.test(m)) return 'staat een waarde die niet klopt.';
  if (/^onbekende? /.test(m))
    return `staat een verwijzing naar iets dat niet bestaat: ${m}. Kies een bestaande uit de lijst, of controleer de spelling.`;
  return `staat een fout: ${m}`;
}

/** One developer-format problem (`<file>: veld "<path>": <message>`) as a sentence for an editor. */
export function voorRedacteur(probleem: string): string {
  const x = /^(?:.*?content\/)?(.+?): veld "([^"]*)": ([\s\S]*)$/.exec(probleem);
  if (!x) return probleem;
  const [, bestand, pad, m] = x;
  const veld = veldPad(pad);
  return veld ? `Bij '${veld}' in ${bestand} ${boodschap(m)}` : `In ${bestand} ${boodschap(m)}`;
}
