// The hand-written gold of every set in the repository keeps the format the scorer relies on: entity types are graph
// labels, relation types are graph relation types, a relation's ends and a single speaker are gold entity names, and a
// statement's text is found verbatim in its article. Messages name the set, the document and the kind of fault only,
// never the gold's words: the held-out sets' gold must not leak into an extraction helper's test output.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ENTITY_LABELS, RELATION_TYPES } from '../../core/graph-model.ts';
import { frontMatterLength } from './indomain-score.ts';
import { readDevSet } from './indomain.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const SETS = ['indomain', 'indomain-news', 'indomain-more', 'indomain-journalism', 'heldout-news', 'heldout-voa'];
const labels = new Set<string>(ENTITY_LABELS);
const relationTypes = new Set<string>(RELATION_TYPES);
const ENTITY_KEYS = ['name', 'type', 'aliases'];
const STATEMENT_KEYS = ['speaker', 'text', 'cue', 'part'];
const RELATION_KEYS = ['from', 'type', 'to', 'evidence'];

/** Faults of one set, as "document: kind" lines (no gold text in them). */
function goldFaults(dir: string): string[] {
  const faults: string[] = [];
  for (const doc of readDevSet(dir)) {
    const body = doc.raw.slice(frontMatterLength(doc.raw));
    const names = new Set(doc.entities.map((e) => e.name));
    // A key the format does not have is a YAML slip: an unquoted comma in a flow mapping cuts a name and adds a key.
    const unknownKey = (item: object, known: string[]) => Object.keys(item).some((k) => !known.includes(k));
    doc.entities.forEach((e, i) => {
      if (!e.name || !labels.has(e.type)) faults.push(`${doc.id}: entity ${i} has no name or an unknown type`);
      if (unknownKey(e, ENTITY_KEYS)) faults.push(`${doc.id}: entity ${i} has a key the format does not have`);
    });
    doc.statements.forEach((s, i) => {
      if (!s.text || !body.includes(s.text)) faults.push(`${doc.id}: statement ${i} text not found in the article`);
      if (typeof s.speaker === 'string' && !names.has(s.speaker))
        faults.push(`${doc.id}: statement ${i} speaker is not a gold entity`);
      if (Array.isArray(s.speaker) && s.speaker.length === 0) faults.push(`${doc.id}: statement ${i} has no speaker`);
      if (unknownKey(s, STATEMENT_KEYS)) faults.push(`${doc.id}: statement ${i} has a key the format does not have`);
    });
    doc.relations.forEach((r, i) => {
      if (!relationTypes.has(r.type)) faults.push(`${doc.id}: relation ${i} has an unknown type`);
      if (!names.has(r.from) || !names.has(r.to)) faults.push(`${doc.id}: relation ${i} end is not a gold entity`);
      if (unknownKey(r, RELATION_KEYS)) faults.push(`${doc.id}: relation ${i} has a key the format does not have`);
    });
  }
  return faults;
}

describe('gold format of the evaluation sets', () => {
  it('names a document and the kind of each fault, without the gold text', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gold-format-'));
    fs.mkdirSync(path.join(dir, 'articles'));
    fs.mkdirSync(path.join(dir, 'gold'));
    fs.writeFileSync(path.join(dir, 'articles', 'a.md'), '---\ntitle: "T"\n---\n\nAcme said it grows.\n');
    fs.writeFileSync(
      path.join(dir, 'gold', 'a.yaml'),
      [
        'entities:',
        '  - {name: Acme, type: Company}',
        '  - {name: Zed, type: Gadget}',
        '  - {name: Rules released on May 1, 2024, type: Policy}',
        'statements:',
        '  - {speaker: Acme, cue: said, text: "it grows"}',
        '  - {speaker: Nobody, cue: said, text: "it shrinks"}',
        'relations:',
        '  - {from: Acme, type: LEADS, to: Bob}',
        '  - {from: Acme, type: LIKES, to: Zed}',
      ].join('\n'),
    );
    try {
      expect(goldFaults(dir)).toEqual([
        'a: entity 1 has no name or an unknown type',
        'a: entity 2 has a key the format does not have',
        'a: statement 1 text not found in the article',
        'a: statement 1 speaker is not a gold entity',
        'a: relation 0 end is not a gold entity',
        'a: relation 1 has an unknown type',
      ]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  for (const set of SETS) {
    it(`${set}: every document has gold in the scorer's format`, () => {
      const docs = readDevSet(path.join(here, set));
      expect(docs.length).toBeGreaterThan(0);
      expect(goldFaults(path.join(here, set))).toEqual([]);
    });
  }
});
