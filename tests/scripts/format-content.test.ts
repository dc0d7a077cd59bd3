import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkFormat, normaal, heeftCommentaar } from '../../scripts/format-content.ts';

describe('content files are in the form the editor writes', () => {
  it('the check finds a file that is not normalised, and passes it once normalised', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sww-format-'));
    writeFileSync(join(dir, 'a.yaml'), 'lijst:\n- een\n- twee\n');
    writeFileSync(join(dir, 'b.yaml'), '# waarom\na: 1\n');
    const voor = checkFormat(dir);
    expect(voor.afwijkend.map((f) => f.split('/').pop())).toEqual(['a.yaml']);
    expect(voor.commentaar.map((f) => f.split('/').pop())).toEqual(['b.yaml']);
    writeFileSync(join(dir, 'a.yaml'), normaal('a.yaml', readFileSync(join(dir, 'a.yaml'), 'utf8')));
    expect(checkFormat(dir).afwijkend).toEqual([]);
    rmSync(dir, { recursive: true });
  });
  it('normalising keeps the data, indents sequences, does not wrap, and is idempotent', () => {
    const bron = "naam: Gemeente Borne\ndeelnames:\n- casus: x\n  detail: '2'\n  tekst: >-\n    een lange\n    regel\n";
    const uit = normaal('a.yaml', bron);
    expect(uit).toBe("naam: Gemeente Borne\ndeelnames:\n  - casus: x\n    detail: '2'\n    tekst: een lange regel\n");
    expect(parse(uit)).toEqual(parse(bron));
    expect(normaal('a.yaml', uit)).toBe(uit);
    expect(normaal('a.mdx', '---\ntitel:   X\n---\n\nTekst *blijft*.\n')).toBe(
      '---\ntitel: X\n---\n\nTekst *blijft*.\n',
    );
  });
  it('sees comments, which the editor would drop', () => {
    expect(heeftCommentaar('a: 1 # waarom\n')).toBe(true);
    expect(heeftCommentaar('# kop\na: 1\n')).toBe(true);
    expect(heeftCommentaar("a: 'geen # commentaar'\n")).toBe(false);
  });
});
