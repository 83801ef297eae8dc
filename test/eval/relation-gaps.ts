// Dev diagnostic (not part of `npm test`): why gold relationship facts of an in-domain dev set are not linked, and why
// the loader's relationships that gold lacks are there. Every unlinked gold fact is put in one class:
//   end-missing      an end is not found as an entity
//   cross-sentence   both ends are found but no sentence mentions both
//   same-sentence    one sentence mentions both, no edge: with the shape of the words between the nearest two mentions
// and every loader relationship gold lacks by what is wrong (type, direction, a pair gold does not relate, an end gold
// does not have) and the rule that made it.
// Usage: npx tsx test/eval/relation-gaps.ts [dir ...] [--examples N]
// Never run it on a held-out set: it prints the set's text.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeDocument, loadGazetteer } from '../../seed/pipeline.ts';
import { readTextDocument } from '../../seed/io/read-text.ts';
import { sentenceViews, finiteVerb, type M } from '../../seed/stages/relations/relation-context.ts';
import { matchEntities, normName, SYMMETRIC_TYPES } from './indomain-score.ts';
import { readDevSet } from './indomain.ts';

const here = path.dirname(fileURLToPath(import.meta.url));

/** The shape of the words between two mentions of one sentence (x before y). */
export function shapeOf(between: string, intervening: number): string {
  const b = between.replace(/\s+/g, ' ');
  const words = b.trim().split(/\s+/).filter(Boolean);
  if (/^['\u2019]s\b/.test(b)) return words.length <= 3 ? 'possessive' : 'possessive+noun-phrase';
  if (/^\s*\(?\s*$/.test(b) || /^\s*\)\s*\(?\s*$/.test(b)) return 'adjacent/acronym';
  if (/^\s*(?:,\s*)?(?:and|or)\s*$|^\s*,\s*$/.test(b)) return 'coordination';
  if (/,\s*(?:which|who|whose|that)\b/.test(b)) return 'relative-clause';
  if (/\b\w+(?:ed|en|wn|ld|lt)\s+by\b/.test(b)) return 'passive-by';
  if (/^\s*,\s*(?:a|an|the|its|their|his|her)\b/.test(b) && !words.some((w) => finiteVerb(w.toLowerCase())))
    return 'apposition';
  const prepEnd = /\b(?:of|at|in|for|from|with|on|to|by)\s+(?:the\s+)?$/.test(b);
  const verb = words.some((w) => /^[a-z]/.test(w) && finiteVerb(w));
  if (intervening > 0 && words.length > 3) return verb ? 'verb+intervening-mention' : 'other+intervening-mention';
  if (!verb && words.length <= 4 && /^\s+[A-Z]/.test(b)) return 'title/modifier';
  if (!verb && prepEnd && words.length <= 6) return 'preposition';
  if (verb && words.length <= 14) return 'verb';
  if (verb) return 'verb-long';
  if (/^\s*,/.test(b)) return 'comma-other';
  return 'other';
}

function main() {
  const args = process.argv.slice(2);
  let examples = 8;
  const dirs: string[] = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--examples') examples = Number(args[++i]);
    else dirs.push(args[i]);
  }
  if (!dirs.length)
    dirs.push(
      path.join(here, 'indomain'),
      path.join(here, 'indomain-news'),
      path.join(here, 'indomain-more'),
      path.join(here, 'indomain-journalism'),
    );
  const context = { gazetteer: loadGazetteer() };
  for (const dir of dirs) {
    if (/heldout/.test(dir)) throw new Error('relation-gaps: never on a held-out set');
    const counts = new Map<string, string[]>();
    const note = (k: string, ex: string) => counts.set(k, [...(counts.get(k) ?? []), ex]);
    let gold = 0;
    for (const g of readDevSet(dir)) {
      const doc = readTextDocument(g.raw, `${g.id}.md`, g.id, () => {});
      const a = analyzeDocument(doc, context);
      const ents = a.entities.filter((e) => e.mentions.length > 0);
      const m = matchEntities(
        g.entities,
        ents.map((e) => ({ ...e, mentions: e.mentions.length })),
      );
      const gi = new Map(g.entities.map((e, i) => [normName(e.name), i]));
      const predId = (name: string) => {
        const i = gi.get(normName(name));
        const p = i === undefined ? undefined : m.get(i);
        return p === undefined ? undefined : ents[p].id;
      };
      const views = sentenceViews(a);
      const name = new Map(a.entities.map((e) => [e.id, e.name]));
      const facts = g.relations.map((r) => ({ r, from: predId(r.from), to: predId(r.to) }));
      for (const { r, from, to } of facts) {
        gold++;
        if (!from || !to) {
          note(
            `a end-missing ${!from && !to ? '(both)' : ''}`,
            `${g.id}: ${r.from}${from ? '' : ' [missing]'} ${r.type} ${r.to}${to ? '' : ' [missing]'}`,
          );
          continue;
        }
        if (a.relations.some((p) => (p.from === from && p.to === to) || (p.from === to && p.to === from))) continue;
        let best: { x: M; y: M; between: string; k: number; sentence: string } | undefined;
        for (const v of views) {
          const xs = v.ms.filter((z) => z.key === from || z.key === to);
          for (const x of xs)
            for (const y of xs) {
              if (x.key === y.key || y.start < x.end) continue;
              const k = v.ms.filter((z) => z.start >= x.end && z.end <= y.start).length;
              const between = a.text.slice(x.end, y.start);
              if (!best || between.length < best.between.length)
                best = { x, y, between, k, sentence: a.text.slice(v.start, v.end) };
            }
        }
        if (!best) {
          note('b cross-sentence', `${g.id}: ${r.from} ${r.type} ${r.to} «${(r.evidence ?? '').slice(0, 110)}»`);
          continue;
        }
        const shape = shapeOf(best.between, best.k);
        note(
          `c same-sentence: ${shape}`,
          `${g.id}: ${r.from} ${r.type} ${r.to} | ${a.text.slice(best.x.start, best.x.end)} ⟨${best.between.replace(/\s+/g, ' ').slice(0, 100)}⟩ ${a.text.slice(best.y.start, best.y.end)}`,
        );
      }
      for (const p of a.relations) {
        const same = facts.filter(
          (f) => f.from && f.to && ((f.from === p.from && f.to === p.to) || (f.from === p.to && f.to === p.from)),
        );
        const ok = same.some(
          (f) => f.r.type === p.type && (f.from === p.from || SYMMETRIC_TYPES.has(p.type) || p.from === p.to),
        );
        if (ok) continue;
        const goldEnds = new Set(facts.flatMap((f) => [f.from, f.to]).filter(Boolean));
        const matched = new Set([...m.values()].map((i) => ents[i].id));
        const kind = same.length
          ? same.some((f) => f.r.type === p.type)
            ? 'wrong direction'
            : `wrong type (gold ${same[0].r.type})`
          : !matched.has(p.from) || !matched.has(p.to)
            ? 'an end not a gold entity'
            : goldEnds.has(p.from) && goldEnds.has(p.to)
              ? 'pair not related in gold'
              : 'pair not related in gold (an end in no gold fact)';
        const method = p.provenance.method;
        note(
          `w ${kind.replace(/ \(gold .*/, '')} · ${method}`,
          `${g.id}: ${name.get(p.from)} ${p.type} ${name.get(p.to)}${kind.startsWith('wrong type') ? ` ${kind}` : ''}${p.properties?.predicate ? ` [${p.properties.predicate}]` : ''} «${p.provenance.evidence.replace(/\s+/g, ' ').slice(0, 120)}»`,
        );
      }
    }
    console.log(`\n== ${path.basename(dir)}: ${gold} gold facts`);
    for (const [k, ex] of [...counts.entries()].sort((x, y) => (x[0] < y[0] ? -1 : 1))) {
      console.log(`${String(ex.length).padStart(4)}  ${k}`);
      for (const e of ex.slice(0, examples)) console.log(`        ${e}`);
    }
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) main();
