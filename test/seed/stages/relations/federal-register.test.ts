// A Federal Register rule's labelled front matter: AGENCY and SUMMARY lines.
import { describe, expect, it } from 'vitest';
import { triples } from './_relations-of.ts';

const RULE = (agency: string, summary: string) =>
  `DEPARTMENT OF ENERGY\n\nOffice of Grid Security\n\nImplementation of Additional Reporting Measures for Grid Storage Devices; Amendments and Clarifications\n\nAGENCY: ${agency}\n\nACTION: Final rule.\n\nSUMMARY: ${summary}\n`;

describe('federal register front matter', () => {
  it('reads the AGENCY line as the issuer of the title rule, part of the department after the comma', () => {
    const t = triples(RULE('Office of Grid Security, Department of Energy.', 'The rule takes effect in May.'));
    expect(t).toContain(
      'policy:implementation-of-additional-reporting-measures-for-grid-storage-devices-amendments-and-clarifications ISSUED_BY organization:office-of-grid-security',
    );
    expect(t).toContain('organization:office-of-grid-security PART_OF organization:department-of-energy');
  });

  it('reads "SUMMARY: X is revising the Y Regulations" as X issuing the title rule, which changes Y', () => {
    const t = triples(
      RULE(
        'Department of Energy.',
        'The Office of Grid Security is revising the Grid Reliability Regulations (GRR) to add reporting.',
      ),
    );
    expect(t).toContain(
      'policy:implementation-of-additional-reporting-measures-for-grid-storage-devices-amendments-and-clarifications ISSUED_BY organization:office-of-grid-security',
    );
    expect(t).toContain(
      'policy:implementation-of-additional-reporting-measures-for-grid-storage-devices-amendments-and-clarifications LINKED_TO policy:grid-reliability-regulations',
    );
  });

  it("reads the agency's department from its subject word, with no title rule read", () => {
    const raw =
      'DEPARTMENT OF ENERGY\n\nOffice of Grid Security\n\nstorage reporting\n\nAGENCY: Office of Grid Security, Energy.\n\nThe Department of Energy agrees.\n';
    expect(triples(raw)).toContain('organization:office-of-grid-security PART_OF organization:department-of-energy');
  });
});
