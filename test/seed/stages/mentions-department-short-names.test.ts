// Rule "a department by its short name" (seed/stages/mention-rules/department-short-names.ts): "Commerce" and
// "Treasury" alone are the US departments; inside a longer name, a title or a list of other names they are not.
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../_analyze.ts';

const entities = (raw: string) => analyzeText(raw).entities.map((e) => `${e.type}:${e.name}`);

describe('a department by its short name', () => {
  it('reads "Commerce" and "Treasury" alone as the departments', () => {
    expect(entities('Commerce said on Monday it would act against Huawei.')).toContain(
      'Organization:US Department of Commerce',
    );
    expect(entities('The rule from Commerce takes effect, and Treasury added five firms.')).toEqual(
      expect.arrayContaining(['Organization:US Department of Commerce', 'Organization:US Department of the Treasury']),
    );
    // A Federal Register heading names the agency, then its department.
    expect(entities('AGENCY: Bureau of Industry and Security, Commerce.')).toContain(
      'Organization:US Department of Commerce',
    );
  });

  it('leaves the word inside a longer name, before another name word or a title, in a list of names or before a security', () => {
    const es = entities(
      'The Chamber of Commerce and the Committee on Energy and Commerce met. The Commerce Secretary spoke, and Commerce secretary Gina Raimondo agreed. Ayotte sits on Armed Forces, Commerce and Homeland Security. The 10-year Treasury note fell.',
    );
    expect(es).not.toContain('Organization:US Department of Commerce');
    expect(es).not.toContain('Organization:US Department of the Treasury');
  });
});
