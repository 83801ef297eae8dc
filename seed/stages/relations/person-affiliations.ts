// Where a person works, said around the name rather than before it: "Chairman John Moolenaar (R-MI) of the House
// Select Committee", "Rep. John Moolenaar, Chairman of the House Select Committee", "Jane Doe, Vice President of
// Policy, Acme Inc.", "then-Speaker of the House Nancy Pelosi" (HOLDS_ROLE with the title, LEADS for a leader's
// title); and a possessive organization before a name, "VOA's Jessica Stone" (HOLDS_ROLE).
import { ORG, type M, type RelationContext, type SentenceView } from './relation-context.ts';
import { cabinetTitle, titleLeads } from './title-roles.ts';

/** Capitalized title words, with "of", "for", "and", "the" between them: "Vice President of Policy and Strategy". */
const TITLE = String.raw`(?:then-)?\p{Lu}[\w.-]*(?:\s+(?:(?:of|for|and|the|on)\s+)*\p{Lu}[\w.-]*){0,7}`;
/** After the name: an optional parenthetical ("(R-MI)"), then " of the" or ", <title> of the" or ", <title>, ". */
const AFTER_OF = /^\s*(?:\([^()]{1,40}\)\s*)?of\s+(?:the\s+)?$/u;
const AFTER_APPOSED = new RegExp(
  String.raw`^\s*(?:\([^()]{1,40}\)\s*)?,\s+(?:the\s+)?(${TITLE})(?:\s+(?:of|at|for)\s+(?:the\s+)?|,\s+(?:the\s+)?)$`,
  'u',
);
/**
 * A lower-case role in apposition or after "is": "Jane Doe, a senior fellow at the Washington think tank the X
 * Institute", "X, the ranking Democrat on the House Select Committee", "X, a deputy adviser during the first Trump
 * administration", "John Roe is a senior vice president and director of the Y Program at the X Center". The role is the
 * words before the first preposition; what follows it up to the organization has no comma, parenthesis or quote. A
 * leader's title of a unit inside the organization ("director of the Y Program at the X Center") is a role at it.
 */
const ROLE_APPOSED =
  /^\s*(?:,\s+|\s+(?:is|was|has been|had been)\s+)(?:(?:a|an|the)\s+)?((?:[\p{Ll}-]+\s+){0,6}?(?:[\p{Ll}-]+|\p{Lu}\p{Ll}+))\s+(at|of|with|for|on|in(?!\s+chief\b)|during)\s+([^,;()"\u201c\u201d]{0,80}?\s)?$/u;
/** A second role after the first one's organization: "… at the CIA and now senior fellow and director of the Y
 * Program", ", and a professor at the Z University". */
const ROLE_COORDINATED =
  /^\s*,?\s+and\s+(?:(?:now|also|later|currently)\s+)?(?:(?:a|an|the)\s+)?((?:[\p{Ll}-]+\s+){0,6}?[\p{Ll}-]+)\s+(?:at|of|with|for|to)\s+(?:the\s+)?$/u;
/** Between a unit and the organization it belongs to: "the Y Program at the X Center". */
const UNIT_OF = /^\s+(?:at|of)\s+(?:the\s+)?$/;
/** Before an organization that stands between a title and a name: "then-Speaker of the House Nancy Pelosi". */
const TITLE_OF_BEFORE = new RegExp(String.raw`(?:^|[\s,(])(${TITLE})\s+of\s+(?:the\s+)?$`, 'u');

function known(ctx: RelationContext, title: string): boolean {
  const ws = title
    .toLowerCase()
    .split(/\s+(?:of|for|and|at)\s+/)[0]
    .split(/\s+/);
  const head = ws[ws.length - 1].replace(/^then-/, '');
  const last2 = [...ws.slice(-2, -1), head].join(' ');
  const set = (n: string) => ctx.words(n).has(head) || ctx.words(n).has(last2);
  return set('roleTitles') || set('leaderTitles');
}

function affiliate(ctx: RelationContext, p: M, org: M, title: string | undefined, si: number, method: string): void {
  const props = { ...(title ? { title } : {}), ...ctx.attribution(p, org) };
  // A leader's title is the role (LEADS alone), a cabinet title a role besides (title-roles.ts).
  const leads = !!title && titleLeads(ctx, title, true);
  if (!leads || cabinetTitle(ctx, title)) ctx.add(p.key, 'HOLDS_ROLE', org.key, si, 0.75, method, props);
  if (leads) ctx.add(p.key, 'LEADS', org.key, si, 0.75, method, props);
}

/**
 * "Martijn Rasser, a former senior intelligence officer at the CIA and now senior fellow and director of the Technology
 * and National Security Program at the Center for a New American Security": each role after "and" is held at the
 * organization after it (a unit's leader's title LEADS the unit and is a role at the organization the unit is at).
 */
function coordinatedRoles(ctx: RelationContext, p: M, ms: M[], j: number, si: number): void {
  for (let prev = ms[j], k = j + 1; k < ms.length; k++) {
    const o = ms[k];
    if (o.start < prev.end) continue;
    if (!ORG.includes(o.type)) return;
    const gap = ctx.text.slice(prev.end, o.start);
    const rc = ROLE_COORDINATED.exec(gap);
    if (rc && known(ctx, rc[1])) {
      // "senior fellow and director of": the last role names the one held at this organization.
      const title = rc[1].split(/\s+and\s+/).pop()!;
      affiliate(ctx, p, o, known(ctx, title) ? title : rc[1], si, 'pattern:role-coordinated');
      const parent = ms[k + 1];
      if (parent && ORG.includes(parent.type) && UNIT_OF.test(ctx.text.slice(o.end, parent.start)))
        ctx.add(p.key, 'HOLDS_ROLE', parent.key, si, 0.75, 'pattern:role-coordinated', {
          title: rc[1],
          ...ctx.attribution(p, parent),
        });
    } else if (!UNIT_OF.test(gap)) return;
    prev = o;
  }
}

export function personAffiliations(ctx: RelationContext, s: SentenceView): void {
  const { text } = ctx;
  const ms = s.ms;
  ms.forEach((p, k) => {
    if (p.type !== 'Person' || p.m.anaphor) return;
    // After the name: the first organization within 120 characters whose gap reads as a title.
    for (let j = k + 1; j < ms.length && ms[j].start - p.end <= 120; j++) {
      const o = ms[j];
      if (o.start < p.end) continue;
      if (o.type === 'Person') break;
      if (!ORG.includes(o.type)) continue;
      const between = text.slice(p.end, o.start);
      // "(R-MI)" after a name is a party-and-state tag, no organization of the person's.
      if (/\([^)]*$/.test(between)) continue;
      const role = p.m.role && known(ctx, p.m.role) ? p.m.role : undefined;
      if (AFTER_OF.test(between) && role) {
        // "Matthew G. Olsen of the Justice Department's National Security Division": the possessed unit is the
        // person's post; the organization it belongs to holds the role too (as "director of the Y Program at the X
        // Center").
        const unit = ms[j + 1];
        if (unit && ORG.includes(unit.type) && /^['\u2019]s\s+$/.test(text.slice(o.end, unit.start))) {
          affiliate(ctx, p, unit, role, s.si, 'pattern:title-of-organization');
          ctx.add(p.key, 'HOLDS_ROLE', o.key, s.si, 0.75, 'pattern:title-of-organization', {
            title: role,
            ...ctx.attribution(p, o),
          });
        } else affiliate(ctx, p, o, role, s.si, 'pattern:title-of-organization');
        break;
      }
      const ap = AFTER_APPOSED.exec(between);
      if (ap && known(ctx, ap[1])) {
        affiliate(ctx, p, o, ap[1], s.si, 'pattern:title-apposition');
        break;
      }
      const rp = ROLE_APPOSED.exec(between);
      // "Ian Solomon, who was executive director on the bank's board": a relative clause is no role in apposition.
      if (rp && known(ctx, rp[1]) && !/^(?:who|which|that)\s/.test(rp[1])) {
        const roleAt = (org: M) =>
          ctx.add(p.key, 'HOLDS_ROLE', org.key, s.si, 0.75, 'pattern:role-apposition', {
            title: rp[1],
            ...ctx.attribution(p, org),
          });
        const unit = /(?:^|\s)(?:at|of|with|for|in|on|during)\s/.test(rp[3] ?? '');
        // A seat "on" a committee or board, a post "in" or "during" an administration: a role there, never its lead.
        if (unit || ['on', 'in', 'during'].includes(rp[2])) roleAt(o);
        else {
          affiliate(ctx, p, o, rp[1], s.si, 'pattern:role-apposition');
          // The organization is a unit of a larger one named right after it ("director of the Y Program at the X
          // Center"): the person holds a role at the larger one too.
          const parent = ms[j + 1];
          if (parent && ORG.includes(parent.type) && UNIT_OF.test(text.slice(o.end, parent.start))) roleAt(parent);
        }
        coordinatedRoles(ctx, p, ms, j, s.si);
        break;
      }
    }
    const q = k > 0 ? ms[k - 1] : undefined;
    if (!q || q.end > p.start) return;
    const gap = text.slice(q.end, p.start);
    // "VOA's Jessica Stone": a possessive organization right before a name.
    if (ORG.includes(q.type) && !q.m.anaphor && /^['\u2019]s\s+$/.test(gap) && !p.m.roleOrg) {
      affiliate(ctx, p, q, undefined, s.si, 'pattern:possessive-person');
      return;
    }
    // "then-Speaker of the House Nancy Pelosi".
    if (ORG.includes(q.type) && /^\s+$/.test(gap)) {
      const before = text.slice(Math.max(s.start, q.start - 80), q.start);
      const t = TITLE_OF_BEFORE.exec(before);
      if (t && known(ctx, t[1]))
        affiliate(
          ctx,
          p,
          q,
          text.slice(q.start - before.length + t.index + t[0].indexOf(t[1]), q.end),
          s.si,
          'pattern:title-of-before-name',
        );
    }
  });
}
