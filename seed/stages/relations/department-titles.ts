// A cabinet title naming its department before a name: "Secretary of State Antony Blinken" leads the State Department
// and holds a role there; "Under Secretary of Commerce for industry and security Alan Estevez" holds a role at the
// Commerce Department. Only a department the document names itself ("the State Department", "the Department of
// Commerce") is linked: the title alone creates no organization.
import type { RelationContext, SentenceView } from './relation-context.ts';

const TITLE_BEFORE =
  /\b((?:(?:Under|Deputy|Assistant)\s+)?Secretary)\s+of\s+(?:the\s+)?(\p{Lu}\p{Ll}+)(?:\s+for\s+[a-z][a-z\s,]{0,60}?)?\s+$/u;

export function departmentTitles(ctx: RelationContext, s: SentenceView): void {
  const { text } = ctx;
  for (const p of s.ms) {
    if (p.type !== 'Person' || p.m.anaphor) continue;
    const t = TITLE_BEFORE.exec(text.slice(Math.max(s.start, p.start - 100), p.start));
    if (!t) continue;
    const field = t[2];
    const names = new RegExp(
      `^(?:(?:U\\.?S\\.?|United States)\\s+)?(?:${field} Department|Department of (?:the )?${field})$`,
    );
    const dept = ctx.entities.find((e) => e.type === 'Organization' && names.test(e.name));
    if (!dept) continue;
    const title = `${t[1]} of ${field}`;
    ctx.add(p.key, 'HOLDS_ROLE', dept.id, s.si, 0.7, 'pattern:department-title', { title });
    if (t[1] === 'Secretary') ctx.add(p.key, 'LEADS', dept.id, s.si, 0.7, 'pattern:department-title', { title });
  }
}
