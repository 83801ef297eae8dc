// Statements in press-release style (issue 14, item 4): shapes official releases print quotations in.
import { describe, expect, it } from 'vitest';
import { analyzeDocument, loadGazetteer } from '../../../seed/pipeline.ts';
import { signatureSpeakerAt } from '../../../seed/stages/statement-rules/press-release-signatures.ts';

const context = { gazetteer: loadGazetteer() };
const analyze = (raw: string) => analyzeDocument({ id: 'fixture', raw, bodyStart: 0, bodyEnd: raw.length }, context);

describe('a signature line after a quotation (statement-rules/press-release-signatures.ts)', () => {
  it('gives a quotation paragraph to the title and name signed on the next line with a dash', () => {
    const a = analyze(
      '"We will not let smugglers move our most advanced chips through shell companies. These cases show what is at stake."\n' +
        "-Deputy Attorney General Helen Marsh of the Justice Department's National Security Division\n\n" +
        '"These charges show that we will find the buyers wherever they hide."\n-Assistant Director Kevin Walsh of the Office of Export Enforcement',
    );
    expect(a.statements.map((s) => [s.speakerName, s.text.slice(0, 20)])).toEqual([
      ['Helen Marsh', 'We will not let smug'],
      ['Kevin Walsh', 'These charges show t'],
    ]);
  });

  it('reads no signature in a sentence or a quotation', () => {
    expect(signatureSpeakerAt('- \u0001\u0002\u0002 of the Justice Department')).toBe(2);
    expect(signatureSpeakerAt('-Special Agent in Charge \u0001\u0002')).toBe(25);
    expect(signatureSpeakerAt('- \u0001\u0002\u0002. She added that the case is closed.')).toBe(-1);
    expect(signatureSpeakerAt('- \u0001\u0002\u0002 "wrote back"')).toBe(-1);
    expect(signatureSpeakerAt('The \u0001\u0002\u0002 line')).toBe(-1);
  });
});

describe('a titled speaker label (statement-rules/press-release-labels.ts)', () => {
  it('reads `Title Name (party): "…"` and `Title Surname: "…"` as the named speaker\'s quoted words', () => {
    const a = analyze(
      'Senator Jim Banks (R-Ind.): "This deal hands Beijing the chips it needs to build its military."\n\n' +
        'Chairman Moolenaar: \u201cWe should never sell our best technology to the Chinese Communist Party.\u201d',
    );
    expect(a.statements.map((s) => [s.speakerName, s.kind, s.text])).toEqual([
      ['Jim Banks', 'direct', 'This deal hands Beijing the chips it needs to build its military.'],
      ['Moolenaar', 'direct', 'We should never sell our best technology to the Chinese Communist Party.'],
    ]);
  });

  it('leaves a title and a colon before words not quoted alone', () => {
    const a = analyze('Senator Jim Banks (R-Ind.): Hearing on chip smuggling, Room 210.');
    expect(a.statements).toEqual([]);
  });
});

describe('a quotation running over several paragraphs (statements.ts)', () => {
  it('continues the speaker of `"…," said X.` into paragraphs that open with a quotation mark, even when the first names someone else', () => {
    const a = analyze(
      '"Having read the review, President Okonkwo is directing me to act against the unfair transfer policies," said Ambassador Helen Marsh.\n\n' +
        '"As the review shows, the tariffs pushed the other side to take some steps, yet further action is required.\n\n' +
        '"I will propose changes to the tariffs on semiconductors and batteries. I take this charge seriously."\n\n' +
        'The statute directs the review to consider other actions.',
    );
    expect(a.statements.map((s) => [s.speakerName, s.text.slice(0, 18)])).toEqual([
      ['Helen Marsh', 'Having read the re'],
      ['Helen Marsh', 'As the review show'],
      ['Helen Marsh', 'I will propose cha'],
    ]);
  });
});

describe('a gerund and a colon before a quotation (statement-rules/press-release-colons.ts)', () => {
  it('gives the quotation paragraph after "X has instructed …, stating:" to the sentence\'s subject', () => {
    const a = analyze(
      'Under Secretary Jeffery Kessler has instructed enforcement officials not to enforce the old rule, stating:\n\n' +
        '"We will pursue a bold strategy with trusted countries while keeping the technology out of the hands of our adversaries."',
    );
    expect(a.statements.map((s) => [s.speakerName, s.text.slice(0, 20)])).toEqual([
      ['Jeffery Kessler', 'We will pursue a bol'],
    ]);
  });
});

describe("a speaker's writing and a gerund before a quotation (statement-rules/press-release-writings.ts)", () => {
  it('gives the quotation to the writer of the memorandum that calls for it', () => {
    const a = analyze(
      "This follows President Ana Ruiz's memorandum to key agencies calling for, \u201cthe Secretary of Commerce to review the export control system in light of recent developments.\u201d",
    );
    expect(a.statements.map((s) => [s.speakerName, s.cue])).toEqual([['Ana Ruiz', 'calling for']]);
  });
});
