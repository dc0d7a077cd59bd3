/**
 * Normalise the YAML of content/ to the exact form the content editor (Sveltia CMS) writes, so an
 * editor's save changes only the lines that changed: `npm run format:content` rewrites the files,
 * `npm run format:content -- --check` lists the files that are not normalised (tests/scripts/
 * format-content.test.ts tests the check itself). The form is Sveltia's own YAML output: two-space indent, indented sequences,
 * no line wrapping, plain scalars where possible and single quotes otherwise, one final newline.
 * MDX files get the same treatment for their frontmatter; their body is left alone.
 *
 * A file with YAML comments (#) is never rewritten: the editor would drop the comments, so they
 * must first move into fields. Such files are listed apart.
 */
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, parseDocument, stringify } from 'yaml';

/** The options Sveltia CMS passes to `yaml`'s stringify (output.yaml defaults: indent 2, indented sequences, quote none). */
export const EDITOR_YAML = {
  indent: 2,
  indentSeq: true,
  lineWidth: 0,
  defaultKeyType: 'PLAIN',
  defaultStringType: 'PLAIN',
  singleQuote: true,
} as const;

/** Does this YAML text carry comments? */
export const heeftCommentaar = (tekst: string): boolean => {
  const doc = parseDocument(tekst);
  let ja = !!(doc.commentBefore || doc.comment);
  const visit = (n: unknown): void => {
    if (ja || !n || typeof n !== 'object') return;
    const x = n as { commentBefore?: string; comment?: string; items?: unknown[]; key?: unknown; value?: unknown };
    if (x.commentBefore || x.comment) ja = true;
    x.items?.forEach(visit);
    visit(x.key);
    visit(x.value);
  };
  visit(doc.contents);
  return ja;
};

/** The normalised form of one YAML text. Pure. */
export const normaalYaml = (tekst: string): string => `${stringify(parse(tekst), EDITOR_YAML).trim()}\n`;

/** The normalised form of one content file (YAML, or MDX with YAML frontmatter). Pure. */
export function normaal(pad: string, tekst: string): string {
  if (/\.ya?ml$/.test(pad)) return normaalYaml(tekst);
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(tekst);
  if (!m) return tekst;
  return `---\n${normaalYaml(m[1])}---\n${m[2]}`;
}

const bestanden = (dir: string): string[] =>
  readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? bestanden(p) : /\.(ya?ml|mdx?)$/.test(n) ? [p] : [];
  });

/** Every content file that is not normalised, and every one that cannot be (comments). */
export function checkFormat(dir = 'content'): { afwijkend: string[]; commentaar: string[] } {
  const afwijkend: string[] = [];
  const commentaar: string[] = [];
  for (const f of bestanden(dir).sort()) {
    const tekst = readFileSync(f, 'utf8');
    const yamlDeel = /\.ya?ml$/.test(f) ? tekst : (/^---\r?\n([\s\S]*?)\r?\n---/.exec(tekst)?.[1] ?? '');
    if (heeftCommentaar(yamlDeel)) commentaar.push(relative(process.cwd(), f));
    else if (normaal(f, tekst) !== tekst) afwijkend.push(relative(process.cwd(), f));
  }
  return { afwijkend, commentaar };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const check = process.argv.includes('--check');
  const dir = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? 'content';
  const { afwijkend, commentaar } = checkFormat(dir);
  if (commentaar.length)
    console.log(
      `${commentaar.length} bestand(en) met opmerkingen (#), niet herschreven; de editor zou de opmerkingen weghalen, zet ze eerst in een veld:\n  ${commentaar.join('\n  ')}`,
    );
  if (check) {
    if (afwijkend.length || commentaar.length) {
      if (afwijkend.length)
        console.error(
          `${afwijkend.length} bestand(en) niet genormaliseerd (npm run format:content):\n  ${afwijkend.join('\n  ')}`,
        );
      process.exit(1);
    }
    console.log('Alle inhoud is genormaliseerd.');
  } else {
    for (const f of afwijkend) writeFileSync(f, normaal(f, readFileSync(f, 'utf8')));
    console.log(`${afwijkend.length} bestand(en) genormaliseerd.`);
  }
}
