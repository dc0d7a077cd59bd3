// Playwright reporter for the site checks: after the run, per gate how many checks passed and
// failed, the most frequent problems per gate (a problem without its page, so one site-wide fault
// reads as one line), the failed journeys, which pages load JavaScript, the notes of the gates,
// and the total as "N passed, M failed". The per-check lines are the list (or line) reporter's.

/** A problem without what names its page or position: its selector and rule stay. */
function generic(gate, p) {
  const t =
    gate === 'axe'
      ? p.replace(/^(\S+ \[\w+\]) .*? — ([^(]*).*$/, '$1 — $2')
      : gate === 'html'
        ? p.replace(/^line [\d?]+:[\d?]+: /, '')
        : p.replace(/^<[^>]*>: /, '');
  return t.trim();
}

export default class SummaryReporter {
  constructor() {
    this.checks = [];
    this.started = Date.now();
  }

  printsToStdio() {
    return true;
  }

  onTestEnd(test, result) {
    // a retried or restarted test reports once per attempt; the last attempt counts
    const values = (type) => result.annotations.filter((a) => a.type === type).map((a) => a.description);
    const gate = values('gate')[0] ?? test.parent.project()?.name ?? '?';
    this.checks.push({
      id: test.id,
      gate,
      title: test.titlePath().slice(3).join(' › '),
      ok: result.status === 'passed',
      status: result.status,
      error: result.error?.message?.split('\n')[0] ?? '',
      problems: values('problem'),
      notes: values('note'),
      scripts: values('scripts').map((s) => JSON.parse(s)),
      result: values('result')[0],
    });
  }

  onEnd(result) {
    const last = new Map(this.checks.map((c) => [c.id, c]));
    const checks = [...last.values()];
    if (!checks.length) return; // --list, or nothing selected
    const out = [];
    const byGate = new Map();
    for (const c of checks) {
      const g = byGate.get(c.gate) ?? { pass: 0, fail: 0, checks: [] };
      g[c.ok ? 'pass' : 'fail']++;
      g.checks.push(c);
      byGate.set(c.gate, g);
    }
    out.push('', '== summary ==');
    for (const [gate, g] of byGate) {
      if (!g.fail || gate === 'journey') continue;
      const freq = new Map();
      for (const c of g.checks)
        for (const p of new Set(c.problems.map((p) => generic(gate, p)))) freq.set(p, (freq.get(p) ?? 0) + 1);
      out.push(`  ${gate}: most frequent problems (pages):`);
      for (const [p, n] of [...freq].sort((a, b) => b[1] - a[1]).slice(0, 10))
        out.push(`    ${String(n).padStart(4)}× ${p.slice(0, 220)}`);
      const other = g.checks.filter((c) => !c.ok && !c.problems.length);
      for (const c of other.slice(0, 5)) out.push(`    ${c.title}: ${c.status} ${c.error.slice(0, 200)}`);
    }
    for (const c of checks.filter((c) => c.gate === 'journey').sort((a, b) => a.title.localeCompare(b.title)))
      if (!c.ok) out.push(`  journey failed: ${c.title}: ${c.error.slice(0, 300)}`);
      else if (c.result) out.push(`  journey ${c.title}: ${c.result}`);

    const scriptUse = new Map();
    for (const c of checks) for (const [path, s] of c.scripts) scriptUse.set(path, s);
    if (scriptUse.size) {
      const bySet = new Map();
      for (const [p, s] of scriptUse) bySet.set(s.join(', '), [...(bySet.get(s.join(', ')) ?? []), p]);
      out.push('  pages that load JavaScript:');
      for (const [k, ps] of bySet)
        out.push(`    ${ps.length} page(s) [${ps.slice(0, 4).join(' ')}${ps.length > 4 ? ' …' : ''}]: ${k}`);
    }
    const notes = new Map();
    for (const c of checks) for (const n of new Set(c.notes)) notes.set(n, (notes.get(n) ?? 0) + 1);
    for (const [n, k] of notes) out.push(`  note ${n}${k > 1 ? ` — on ${k} page(s)` : ''}`);

    for (const [gate, g] of byGate)
      out.push(`  ${gate.padEnd(8)} ${String(g.pass).padStart(4)} passed ${String(g.fail).padStart(4)} failed`);
    const passed = checks.filter((c) => c.ok).length;
    out.push(`  time ${((Date.now() - this.started) / 1000).toFixed(1)} s (${result.status})`);
    out.push(`${passed} passed, ${checks.length - passed} failed`);
    console.log(out.join('\n'));
  }
}
