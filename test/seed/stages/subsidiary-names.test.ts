// Rule "a subsidiary's name" (seed/stages/mention-rules/subsidiary-names.ts): a firm's name, its place in brackets and a
// legal form name one firm, the local subsidiary.
import { describe, expect, it } from 'vitest';
import { analyzeDocument, loadGazetteer } from '../../../seed/pipeline.ts';

const context = { gazetteer: loadGazetteer() };
const names = (raw: string) =>
  analyzeDocument({ id: 'fixture', raw, bodyStart: 0, bodyEnd: raw.length }, context).entities.map(
    (e) => `${e.type}:${e.name}`,
  );

describe("a subsidiary's name", () => {
  it('reads the firm, its bracketed place and its legal form as one firm', () => {
    const n = names(
      'BIS added Huawei Technologies (Shenzhen) Co., Ltd. and Nvidia Semiconductor (Shanghai) Ltd to the list.',
    );
    expect(n).toContain('Company:Huawei Technologies (Shenzhen) Co., Ltd.');
    expect(n).toContain('Company:Nvidia Semiconductor (Shanghai) Ltd');
    expect(n.some((x) => /Shenzhen$|Shanghai$|:Ltd/.test(x))).toBe(false);
  });

  it('leaves a bracket that is no place and legal form alone', () => {
    expect(names('Nvidia (NVDA) rose on Monday.')).toContain('Company:Nvidia');
  });
});
