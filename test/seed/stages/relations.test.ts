// Relations from policy phrases and appositions, on sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { analyzeDocument, loadGazetteer } from '../../../seed/pipeline.ts';
import type { Relation } from '../../../seed/analysis.ts';

const context = { gazetteer: loadGazetteer() };
function relationsOf(raw: string): Relation[] {
  const a = analyzeDocument({ id: 'fixture', raw, bodyStart: 0, bodyEnd: raw.length }, context);
  for (const r of a.relations) expect(raw.slice(r.provenance.start, r.provenance.end)).toBe(r.provenance.evidence);
  return a.relations;
}
const triples = (rs: Relation[]) => rs.map((r) => `${r.from} ${r.type} ${r.to}`);

describe('relations inside a policy phrase', () => {
  it('makes the company after "ban on" the target of the ban, not its issuer', () => {
    const t = triples(relationsOf('The operator agreed to a ban on Huawei equipment in the new facility.'));
    expect(t).toContainEqual(expect.stringMatching(/^policy:\S+ TARGETS company:huawei$/));
    expect(t.filter((x) => / ISSUED_BY company:huawei$/.test(x))).toEqual([]);
  });
});

describe('relations from appositions', () => {
  it('reads "Name, Org\'s chief executive," as the person leading the organization, with the title', () => {
    const a = analyzeDocument({ id: 'f', raw: 'Peng Xiao, G42\'s chief executive, said the firm had divested from foreign suppliers.', bodyStart: 0, bodyEnd: 84 }, context);
    const role = a.relations.find((r) => r.type === 'HOLDS_ROLE' && r.from === 'person:peng-xiao');
    expect(role?.properties?.title).toMatch(/chief executive/i);
    expect(a.relations.some((r) => r.type === 'LEADS' && r.from === 'person:peng-xiao' && r.to === role?.to)).toBe(true);
  });
});
