// Policies named by what they do: a policy head with a participle clause after it.
import { describe, expect, it } from 'vitest';
import { analyzeDocument, loadGazetteer } from '../../../../seed/pipeline.ts';
import { findClausePolicies } from '../../../../seed/stages/text/clause-policies.ts';

const context = { gazetteer: loadGazetteer() };
const analyze = (raw: string) => analyzeDocument({ id: 'f', raw, bodyStart: 0, bodyEnd: raw.length }, context);
const names = (s: string) => findClausePolicies(s).map((p) => p.name);

describe('clause policies', () => {
  it('reads a head with its participle clause up to a comma, a dash or the end', () => {
    expect(
      names('BIS has issued a rule updating authorizations for Samsung and SK hynix in China, enhancing security.'),
    ).toEqual(['rule updating authorizations for Samsung and SK hynix in China']);
    expect(names('The state passed a law banning hydraulic fracturing.')).toEqual(['law banning hydraulic fracturing']);
    expect(
      names('It is issuing a rule updating the general authorizations for Samsung and SK hynix— companies in Korea.'),
    ).toEqual(['rule updating the general authorizations for Samsung and SK hynix']);
  });

  it("keeps two joined participles, a date's comma, and leaves a bracketed short form out of the name", () => {
    expect(
      names(
        'BIS has published an interim final rule (IFR) revising and clarifying two interim final rules released on October 17, 2023: (1) the SME rule.',
      ),
    ).toEqual(['interim final rule revising and clarifying two interim final rules released on October 17, 2023']);
  });

  it('ends the clause before a finite verb or a clause word', () => {
    expect(names('A state law banning fracking is hurting the economy.')).toEqual(['state law banning fracking']);
    expect(names('The bill requiring disclosure that he opposed failed.')).toEqual(['bill requiring disclosure']);
  });

  it('reads no participle without an object, no "-ing" noun, no wh-clause and no clause that never ends', () => {
    expect(names('He said the law stemming from the case was void.')).toEqual([]);
    expect(names('The rule including chips applies. The bill meeting was long.')).toEqual([]);
    expect(names('The rules governing how classified information is handled date back to 1917.')).toEqual([]);
    expect(
      names(
        'A bill requiring every company selling any product or service of any kind in any of the fifty states to report its sales each and every quarter of the year to the agency in charge',
      ),
    ).toEqual([]);
  });

  it('makes one policy of two wordings with the same head, participle and names, aimed at the names after "for"', () => {
    const a = analyze(
      'Commerce has issued a rule updating authorizations for Samsung and SK hynix in China. Today BIS is issuing a rule updating the general authorizations for Samsung and SK hynix.',
    );
    const ps = a.entities.filter((e) => e.type === 'Policy');
    expect(ps.map((p) => p.name)).toEqual(['rule updating authorizations for Samsung and SK hynix in China']);
    expect(ps[0].mentions).toHaveLength(2);
    const targets = a.relations.filter((r) => r.from === ps[0].id && r.type === 'TARGETS').map((r) => r.to);
    expect(targets).toContain('company:samsung');
    // China is where the authorizations are, after "in": not a target of the rule.
    expect(targets).not.toContain('country:china');
  });

  it('reads a counted set of rules with its purpose', () => {
    expect(
      names(
        'BIS released a package of rules designed to update export controls on advanced computing semiconductors, as well as items that support supercomputing.',
      ),
    ).toEqual(['package of rules designed to update export controls on advanced computing semiconductors']);
  });

  it("gives the lede's plain phrase for what was released the name of the headline's one titled measure", () => {
    const raw =
      'Commerce Releases Clarifications of Export Control Rules to Restrict Access to Advanced Computing Items\n\nWASHINGTON - The Bureau of Industry and Security (BIS) has published an interim final rule (IFR) revising and clarifying two interim final rules released on October 17, 2023.';
    const ps = analyze(raw).entities.filter((e) => e.type === 'Policy');
    expect(ps.map((p) => p.name)).toEqual(['Clarifications of Export Control Rules']);
    expect(ps[0].aliases).toContain(
      'interim final rule (IFR) revising and clarifying two interim final rules released on October 17, 2023',
    );
    // Without a release verb before it the phrase is a measure of its own.
    const other = raw.replace('has published', 'has criticized');
    expect(
      analyze(other)
        .entities.filter((e) => e.type === 'Policy')
        .map((p) => p.name),
    ).toHaveLength(2);
  });
});
