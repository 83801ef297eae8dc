// CoNLL-2003 press-digest rule "newspapers in a press digest" (seed/stages/mention-rules/conll-press-digests.ts): on a
// page that opens "PRESS DIGEST", a newspaper's name alone in capitals on a line is an organization; datelines,
// countries and the digest's headings are not; on any other page the rule never fires.
import { describe, expect, it } from 'vitest';
import { isPressDigest } from '../../../seed/stages/mention-rules/conll-press-digests.ts';
import { analyzeText } from '../_analyze.ts';

const typed = (raw: string) => analyzeText(raw).mentions.map((m) => `${m.type}:${m.text}`);

const DIGEST =
  'PRESS DIGEST - Bolivia - Aug 30 .\n\nLA PAZ 1996-08-30\n\nThese are the leading stories in the Bolivian press on Friday .\n\nFRONT PAGE\n\nLA RAZON\n\n- Miners end their strike after talks with the government .\n\nEL DIARIO OPINA\n\n- The central bank cuts its lending rate .\n\nPERU\n\n- Lima and La Paz sign a gas accord .\n';

describe('mention rule: newspapers in a press digest (CoNLL press digests)', () => {
  it('knows a press digest by its slug', () => {
    expect(isPressDigest('PRESS DIGEST - Lebanon - Aug 22 .\n\nBEIRUT 1996-08-22\n')).toBe(true);
    expect(isPressDigest('Nvidia wins licence .\n\nPRESS DIGEST\n')).toBe(false);
  });

  it("types each newspaper's name on its own line as an organization", () => {
    const t = typed(DIGEST);
    expect(t).toEqual(expect.arrayContaining(['Organization:LA RAZON', 'Organization:EL DIARIO OPINA']));
    expect(t).not.toContain('Organization:FRONT PAGE');
    expect(t).not.toContain('Organization:PERU');
    expect(t).not.toContain('Organization:LA PAZ');
  });

  it('leaves capital lines alone on a page that is no press digest', () => {
    const t = typed(DIGEST.replace('PRESS DIGEST - Bolivia', 'Bolivia news'));
    expect(t).not.toContain('Organization:EL DIARIO OPINA');
  });
});
