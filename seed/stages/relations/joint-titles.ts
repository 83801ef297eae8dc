// Titled names coordinated before one organization, the way official releases open: "Chairman John Moolenaar (R-MI)
// and Ranking Member Raja Krishnamoorthi (D-IL) of the House Select Committee on …". Each title is held in the
// organization after the last name: a leader's title LEADS it, any other is a role (HOLDS_ROLE). A party-and-state
// tag after a name ("(R-MI)", "(D-Ill.)") is skipped. The title words are data: relations.yaml `leaderTitles`,
// `roleTitles`, `notLeading`.
import { ORG, type M, type RelationContext, type SentenceView } from './relation-context.ts';
import { cabinetTitle, titleLeads } from './title-roles.ts';

const PARTY = String.raw`(?:\s*\((?:[RDI]|Rep|Dem|Ind)\.?\s*[-\u2013]\s*[A-Z][A-Za-z.]{1,6}\))?`;
/** Between two names of the run: a party tag, then ", ", " and " or ", and ", then the next name's title. */
const JOIN = new RegExp(String.raw`^${PARTY}(?:\s*,\s*and|\s*,|\s+and)\s+((?:\p{Lu}[\w.-]*\s+){1,4})$`, 'u');
/** Between the last name and its organization: a party tag, then "of (the)". */
const OF = new RegExp(String.raw`^${PARTY}\s+of\s+(?:the\s+)?$`, 'u');

/** Whether a title's words are a title's (the lexicon's head words, before any "of" complement). */
function knownTitle(ctx: RelationContext, title: string): boolean {
  const ws = title
    .toLowerCase()
    .split(/\s+(?:of|for)\s+/)[0]
    .split(/\s+/);
  const head = ws[ws.length - 1];
  const last2 = ws.slice(-2).join(' ');
  const known = (set: Set<string>) => set.has(head) || set.has(last2);
  return known(ctx.words('roleTitles')) || known(ctx.words('leaderTitles'));
}

/** The capitalized title words (one to four) right before a name, at the sentence start or after a non-word. */
function titleBefore(ctx: RelationContext, s: SentenceView, p: M): string | undefined {
  const tail = ctx.text.slice(Math.max(s.start, p.start - 60), p.start);
  const m = /(?:^|[^\p{L}\s]\s*|\s)((?:\p{Lu}[\p{L}.-]*\s+){1,4})$/u.exec(tail);
  if (!m) return undefined;
  // The title's own words only: the last ones the lexicon knows as a title's ("Today, Chairman" → "Chairman").
  const ws = m[1].trim().split(/\s+/);
  for (let i = 0; i < ws.length; i++) {
    const t = ws.slice(i).join(' ');
    if (knownTitle(ctx, t)) return t;
  }
  return undefined;
}

export function jointTitles(ctx: RelationContext, s: SentenceView): void {
  const ms = s.ms;
  for (let k = 0; k < ms.length; k++) {
    if (ms[k].type !== 'Person' || ms[k].m.anaphor) continue;
    // A run needs a second titled person right after this one: checked first, the cheaper test (same result).
    const next = ms[k + 1];
    if (next?.type !== 'Person' || next.m.anaphor) continue;
    const second = JOIN.exec(ctx.text.slice(ms[k].end, next.start));
    if (!second || !knownTitle(ctx, second[1].trim())) continue;
    const first = titleBefore(ctx, s, ms[k]);
    if (!first) continue;
    // The run of titled names joined by "and" or commas.
    const run: [M, string][] = [[ms[k], first]];
    let j = k;
    while (j + 1 < ms.length && ms[j + 1].type === 'Person' && !ms[j + 1].m.anaphor) {
      const join = JOIN.exec(ctx.text.slice(ms[j].end, ms[j + 1].start));
      if (!join || !knownTitle(ctx, join[1].trim())) break;
      run.push([ms[j + 1], join[1].trim()]);
      j++;
    }
    const org = ms[j + 1];
    // One titled name before "of the …" is the mention stage's title (organization-titles): only a run is read here.
    if (run.length < 2 || !org || !ORG.includes(org.type) || org.m.anaphor) {
      k = j;
      continue;
    }
    if (!OF.test(ctx.text.slice(ms[j].end, org.start))) {
      k = j;
      continue;
    }
    for (const [p, title] of run) {
      const leads = titleLeads(ctx, title, true);
      const props = { title, ...ctx.attribution(p, p) };
      if (!leads || cabinetTitle(ctx, title))
        ctx.add(p.key, 'HOLDS_ROLE', org.key, s.si, 0.8, 'pattern:joint-titles', props);
      if (leads) ctx.add(p.key, 'LEADS', org.key, s.si, 0.8, 'pattern:joint-titles', props);
    }
    k = j;
  }
}
