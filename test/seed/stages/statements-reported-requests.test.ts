// Pass "reported requests are acts" of the statements stage (seed/stages/statement-rules/reported-requests.ts): a request
// reported in the writer's words is no statement; the requested words quoted are.
import { describe, expect, it } from 'vitest';
import { analyzeText as analyze } from '../_analyze.ts';
import { isReportedAct } from '../../../seed/stages/statement-rules/reported-requests.ts';

describe('reported requests', () => {
  it('gives no statement for "urged X to …", "called on X to …" or "has called for X to …"', () => {
    const a = analyze(
      'Senator Maria Okafor urged the Treasury Department to freeze the assets of three drone makers. ' +
        'Representative Tom Bellweather called on the State Department to revoke the visas of two executives. ' +
        'The Senate Banking Committee has called for the Department of Commerce to audit every chip shipment to Malaysia.',
    );
    expect(a.statements).toEqual([]);
  });

  it('keeps a request whose words are quoted, and a plain "said that" next to a request', () => {
    const a = analyze(
      'Governor Lena Hartwell urged every agency "to stop buying cameras made by the two firms, starting today."\n\n' +
        'Senator Maria Okafor said that the drone makers had hidden their ties to the army.',
    );
    expect(a.statements.map((s) => s.speakerName)).toEqual(['Lena Hartwell', 'Maria Okafor']);
  });

  it('gives no statement for the relative clause inside a requested act', () => {
    const a = analyze(
      'Senator Maria Okafor urged the FBI to stop certifying Chinese cameras that threaten the privacy of Americans.',
    );
    expect(a.statements).toEqual([]);
  });

  it("reads a letter's addressee and a warning's topic as no content", () => {
    expect(
      isReportedAct({ kind: 'indirect', cue: 'wrote', text: 'to Secretary Ana Ruiz, requesting that the agency act' }),
    ).toBe(true);
    expect(
      isReportedAct({ kind: 'indirect', cue: 'warning', text: 'him about the dangers of the battery plant' }),
    ).toBe(true);
    expect(isReportedAct({ kind: 'indirect', cue: 'asked', text: 'whether the rule covers older chips' })).toBe(false);
    expect(
      isReportedAct({ kind: 'indirect', cue: 'warned', text: 'that the plant would share data with Beijing' }),
    ).toBe(false);
    expect(isReportedAct({ kind: 'direct', cue: 'urged', text: 'Stop the sales now.' })).toBe(false);
  });
});
