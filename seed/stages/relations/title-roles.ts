// Titles: a person's title tied to the country, place or organization it belongs to. "U.S. President Joe Biden" and
// "Chinese President Xi Jinping" (a leader of a country or place: LEADS, with the title); "China's Foreign Minister Wang
// Yi", "White House national security adviser Jake Sullivan" (HOLDS_ROLE with the title); "Nvidia CEO Jensen Huang"
// (the mention stage's title with its organization: HOLDS_ROLE, and LEADS for a leader's title). The title words are
// data: relations.yaml `leaderTitles`, `roleTitles`, `notLeading`.
import { demonymCountry, finiteVerb, ORG, type RelationContext, type SentenceView } from './relation-context.ts';

/** The head words of a title: before its "of"/"for" complement ("Secretary of Commerce" → secretary). */
function titleParts(title: string): string[][] {
  return title
    .toLowerCase()
    .split(/\s+and\s+|\s*,\s*|\s*&\s*/)
    .map((p) =>
      p
        .split(/\s+(?:of|for|at|to)\s+/)[0]
        .trim()
        .split(/\s+/)
        .filter(Boolean),
    )
    .filter((ws) => ws.length > 0);
}

/**
 * Whether a title says its holder leads ("CEO", "Governor"), not only serves ("founder", "Vice President"); a title
 * held in an organization may also lead it by a department head's word ("Secretary of Commerce", relations.yaml
 * `bodyLeaderTitles`), which for a country is a role ("U.S. Secretary of State" does not lead the United States).
 */
export function titleLeads(ctx: Pick<RelationContext, 'words'>, title: string, inOrganization = false): boolean {
  const leaders = ctx.words('leaderTitles');
  const body = inOrganization ? ctx.words('bodyLeaderTitles') : new Set<string>();
  const notLeading = ctx.words('notLeading');
  const parts = titleParts(title);
  // "co-founder and chief executive": any leader's title among the coordinated ones.
  return parts.some((ws) => {
    if (ws.some((w) => notLeading.has(w.replace(/-$/, '')) || /^(?:ex|former)-/.test(w))) return false;
    const head = ws[ws.length - 1].replace(/^then-/, '');
    const last2 = [...ws.slice(-2, -1), head].join(' ');
    return leaders.has(last2) || leaders.has(head) || body.has(head);
  });
}

/** "Commerce Secretary", "Foreign Minister": a title that leads a department and is a role in a government besides. */
export function cabinetTitle(ctx: Pick<RelationContext, 'words'>, title: string): boolean {
  const cabinet = ctx.words('cabinetTitles');
  return titleParts(title).some((ws) => cabinet.has(ws[ws.length - 1]));
}

/** "founder", "co-founder": titles that say who started the organization, not who runs it (relations.yaml `foundingTitles`). */
export function foundedOnly(ctx: Pick<RelationContext, 'words'>, title: string): boolean {
  const founding = ctx.words('foundingTitles');
  return title
    .toLowerCase()
    .split(/\s+and\s+|\s*,\s*|\s*&\s*/)
    .every((part) => founding.has(part.trim().split(/\s+/).pop() ?? ''));
}

/** An organization's name compared loosely: case, dots, a leading article and a leading "U.S."/"US" aside. */
export function orgKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/\./g, '')
    .replace(/^(?:the\s+)?(?:us\s+|united\s+states\s+)?/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The department a title names by its subject word ("Commerce Secretary", "Secretary of Commerce" → the Commerce
 * Department): a document entity of that name first, then the gazetteer's; none when neither knows it.
 */
export function departmentIn(ctx: RelationContext, title: string): string | undefined {
  const words = title.split(/\s+/);
  // "Under Secretary of Commerce for Industry and Security": an "of" complement names the department; else the first
  // capitalized word that is no title word ("Commerce Secretary").
  const notTitle = (w: string) =>
    !ctx.words('roleTitles').has(w.toLowerCase()) &&
    !ctx.words('leaderTitles').has(w.toLowerCase()) &&
    !ctx.words('notLeading').has(w.toLowerCase());
  const subject =
    /\bof\s+(\p{Lu}\p{Ll}+)\b/u.exec(title)?.[1] ??
    words.find((w, i) => i < words.length - 1 && /^\p{Lu}\p{Ll}+$/u.test(w) && notTitle(w));
  if (!subject) return undefined;
  const names = [`${subject} Department`, `Department of ${subject}`, `Ministry of ${subject}`, `${subject} Ministry`];
  const keys = new Set(names.map(orgKey));
  for (const n of names) {
    const known = ctx.g.byAlias.get(n);
    if (known?.type === 'Organization') for (const a of [known.name, ...known.aliases]) keys.add(orgKey(a));
  }
  const inDoc = ctx.entities.find(
    (e) => e.type === 'Organization' && [e.name, ...e.aliases].some((n) => keys.has(orgKey(n))),
  );
  if (inDoc) return inDoc.id;
  for (const n of names) {
    const known = ctx.g.byAlias.get(n);
    if (known?.type === 'Organization') return ctx.ensure('Organization', known.name, known.kind);
  }
  return undefined;
}

/**
 * "U.S. House Speaker", "US Senate Majority Leader": a capitalized word of the title that names an organization of the
 * document ("House" for its "U.S. House") is where the title is held.
 */
function bodyIn(ctx: RelationContext, title: string): string | undefined {
  const notTitle = (w: string) =>
    !ctx.words('roleTitles').has(w.toLowerCase()) && !ctx.words('leaderTitles').has(w.toLowerCase());
  const words = title.split(/\s+/).filter((w) => /^\p{Lu}\p{Ll}+$/u.test(w) && notTitle(w));
  if (!words.length) return undefined;
  const keys = new Set(words.map(orgKey));
  return ctx.entities.find(
    (e) =>
      e.type === 'Organization' && e.mentions.length > 0 && [e.name, ...e.aliases].some((n) => keys.has(orgKey(n))),
  )?.id;
}

/**
 * A reporter's title (relations.yaml `beatTitles`) after a country, a place or a government body:
 * what the reporter covers ("White House correspondent", "China reporter"), not where the reporter works.
 */
const GOVERNMENT_KINDS = new Set(['government', 'agency', 'administration']);

function beat(ctx: RelationContext, q: { key: string; type: string }, title: string): boolean {
  const ws = title.toLowerCase().split(/\s+/);
  const beats = ctx.words('beatTitles');
  if (!beats.has(ws[ws.length - 1]) && !beats.has(ws.slice(-2).join(' '))) return false;
  if (q.type === 'Country' || q.type === 'Place') return true;
  // An organization the gazetteer knows as a government body ("White House correspondent"); an unknown one may be the
  // outlet itself ("VOA correspondent"), which keeps the role.
  return q.type === 'Organization' && GOVERNMENT_KINDS.has(ctx.byId.get(q.key)?.kind ?? '');
}

/** A title written before a name, after the country, place or organization it belongs to (or a demonym for one). */
export function titleBeforeName(ctx: RelationContext, s: SentenceView): void {
  const { text, g } = ctx;
  const ms = s.ms;
  ms.forEach((p, k) => {
    if (p.type !== 'Person' || p.m.anaphor) return;
    const q = k > 0 ? ms[k - 1] : undefined;
    let holder: string | undefined;
    let holderType: string | undefined;
    let title: string | undefined;
    const between =
      q && q.end <= p.start ? /^(?:['\u2019]s)?\s+((?:[\w.-]+\s+){1,4})$/.exec(text.slice(q.end, p.start)) : null;
    // A dateline ("WASHINGTON — …") is where the text was written, not whose title follows.
    // A dash after the place ends a dateline too ("WASHINGTON, D.C. — Chairman John Moolenaar …").
    const dateline =
      (q?.type === 'Place' && /^[\p{Lu}\s.,]+$/u.test(q.m.text) && q.m.text.length > 3) ||
      (!!q && /^\s*[-\u2013\u2014]\s/.test(text.slice(q.end, p.start)));
    // A holder described, not named ("the controversial group"), is no title's holder.
    if (q && between && !dateline && !q.m.anaphor && ['Country', 'Place', 'Organization', 'Company'].includes(q.type)) {
      [holder, holderType, title] = [q.key, q.type, between[1].trim()];
      // "Battle Creek, Michigan Mayor Jane Doe": a place written with its state or country after a comma is the
      // city the title belongs to, not the state.
      const city = k > 1 ? ms[k - 2] : undefined;
      if (
        city &&
        (q.type === 'Place' || q.type === 'Country') &&
        city.type === 'Place' &&
        !city.m.anaphor &&
        /^,\s*$/.test(text.slice(city.end, q.start)) &&
        !/^['\u2019]s/.test(text.slice(q.end, p.start))
      )
        [holder, holderType] = [city.key, city.type];
    } else {
      // The first capitalized word of the last five before the name, with one to four words after it: a demonym?
      // Words before a preposition or a clause word are not the title's ("met Friday with Chinese Foreign Minister").
      const tail = text.slice(Math.max(s.start, q?.end ?? s.start, p.start - 60), p.start);
      let ws = /\s$/.test(tail) ? tail.trim().split(/\s+/).slice(-5) : [];
      const cut = ws.findLastIndex(
        (w, i) =>
          i < ws.length - 1 && /^\p{Ll}/u.test(w) && (ctx.words('prepositions').has(w) || ctx.words('breaks').has(w)),
      );
      if (cut >= 0) ws = ws.slice(cut + 1);
      const at = ws.findIndex((w, i) => i < ws.length - 1 && /^\p{Lu}/u.test(w));
      const country = at >= 0 ? demonymCountry(g, ws[at]) : undefined;
      if (country)
        [holder, holderType, title] = [
          ctx.ensure('Country', g.byAlias.get(country)?.name ?? country),
          'Country',
          ws.slice(at + 1).join(' '),
        ];
    }
    if (!holder || !title || holder === p.key) return;
    // "U.S. Commerce Secretary Gina Raimondo": a title that names a department holds it there, not in the country.
    if (holderType === 'Country') {
      const dept = departmentIn(ctx, title) ?? bodyIn(ctx, title);
      if (dept) [holder, holderType] = [dept, 'Organization'];
    }
    // "U.S. Trade Representative Katherine Tai" with the document's "Office of the United States Trade Representative":
    // the office named after the title is the holder's, and its holder leads it.
    if (holderType === 'Country') {
      const key = orgKey(title);
      const office = ctx.entities.find(
        (e) =>
          e.type === 'Organization' &&
          [e.name, ...e.aliases].some(
            (n) => orgKey(n.replace(/^Office of\s+/i, '')) === key && /^Office of\s/i.test(n),
          ),
      );
      if (office && key) {
        ctx.add(p.key, 'LEADS', office.id, s.si, 0.75, 'pattern:title-before-name', {
          title,
          ...ctx.attribution(p, p),
        });
        return;
      }
    }
    const words = title.toLowerCase().split(/\s+/);
    // "Nvidia praised Commerce Secretary Howard Lutnick": a finite verb is no title word; the name is the object. So is
    // a preposition or a clause word other than a title's own "of", "for", "and" ("the group after former leader X").
    if (words.some((w) => finiteVerb(w))) return;
    const joins = (w: string) => ctx.words('prepositions').has(w) || ctx.words('breaks').has(w);
    if (words.some((w) => joins(w) && !/^(?:of|for|and|the)$/.test(w))) return;
    // "the Select Committee and Chairman Rick Scott of the Senate Committee": a title after "and" opens a new name,
    // not a title held in the organization before it.
    if (/^(?:and|or)$/.test(words[0])) return;
    // "White House correspondent Patsy Widakuswara": a reporter's title after a place or a body names the beat, not
    // the employer; the employer is an organization before it ("Voice of America's White House correspondent").
    if (q && holder === q.key && beat(ctx, q, title)) {
      const employer = k > 1 ? ms[k - 2] : undefined;
      if (employer && ORG.includes(employer.type) && /^['\u2019]s\s+$/.test(text.slice(employer.end, q.start)))
        ctx.add(p.key, 'HOLDS_ROLE', employer.key, s.si, 0.75, 'pattern:title-before-name', {
          title: `${q.m.text} ${title}`,
          ...ctx.attribution(p, p),
        });
      return;
    }
    const last2 = words.slice(-2).join(' ');
    const head = words[words.length - 1];
    // "Secretary of State", "Minister for Trade": the head stands before the title's complement.
    const inner = titleParts(title).flatMap((ws) => [ws[ws.length - 1], ws.slice(-2).join(' ')]);
    const known = (set: Set<string>) => set.has(head) || set.has(last2) || inner.some((w) => set.has(w));
    if (!known(ctx.words('roleTitles')) && !known(ctx.words('leaderTitles'))) return;
    const leads = titleLeads(ctx, title, ORG.includes(holderType ?? ''));
    const props = { title, ...ctx.attribution(p, p) };
    // A head of state or a governor leads the country or place; that is the role ("U.S. President Joe Biden" holds
    // no other role in the United States); so does a chair or a CEO of an organization. A cabinet title leads a
    // department and is a role in the government too ("Commerce Secretary": relations.yaml `cabinetTitles`).
    if (!leads || (ORG.includes(holderType ?? '') && cabinetTitle(ctx, title)))
      ctx.add(p.key, 'HOLDS_ROLE', holder, s.si, 0.75, 'pattern:title-before-name', props);
    if (leads) ctx.add(p.key, 'LEADS', holder, s.si, 0.75, 'pattern:title-before-name', props);
  });
}

/**
 * The mention stage's title with the qualifier its lookup left before it: "Assistant Secretary of Commerce for Export
 * Administration" is read from "Secretary", so "Assistant" (relations.yaml `notLeading`) is put back, or the assistant
 * would lead the department.
 */
function qualifiedTitle(ctx: RelationContext, s: SentenceView, start: number, role: string): string {
  const at = ctx.text.lastIndexOf(role, start);
  if (at < s.start || start - at > role.length + 40) return role;
  const before = /(\p{L}+)\s+$/u.exec(ctx.text.slice(Math.max(s.start, at - 24), at))?.[1];
  return before && ctx.words('notLeading').has(before.toLowerCase()) ? `${before} ${role}` : role;
}

/** The mention stage's title with its organization ("Nvidia CEO Jensen Huang", "Liang Wenfeng, founder of DeepSeek"). */
export function organizationTitles(ctx: RelationContext, s: SentenceView): void {
  for (const p of s.ms) {
    if (p.type !== 'Person' || !p.m.role || p.m.anaphor) continue;
    const orgName = p.m.roleOrg;
    if (!orgName) continue;
    const known = ctx.g.byAlias.get(orgName);
    // The document's own entity for it, by name, alias, or the gazetteer's name for either ("Department of Commerce"
    // for a title's "US Department of Commerce").
    const wanted = new Set([orgName, ...(known ? [known.name, ...known.aliases] : [])].map(orgKey));
    const org = ctx.entities.find(
      (e) => ORG.includes(e.type) && [e.name, ...e.aliases].some((n) => wanted.has(orgKey(n))),
    );
    const orgId =
      org?.id ??
      (known && (known.type === 'Company' || known.type === 'Organization')
        ? ctx.ensure(known.type, known.name, known.kind)
        : null);
    if (!orgId) continue;
    // A founder founded the firm; only a leader's title beside it ("founder and CEO") says the person leads it now.
    const role = qualifiedTitle(ctx, s, p.start, p.m.role);
    const leads =
      role === p.m.role
        ? (p.m.leads && !foundedOnly(ctx, role)) || titleLeads(ctx, role, true)
        : titleLeads(ctx, role, true);
    // A leader's title is the role ("Apple CEO Tim Cook" LEADS Apple); a cabinet title is a role besides.
    if (!leads || cabinetTitle(ctx, p.m.role))
      ctx.add(p.key, 'HOLDS_ROLE', orgId, s.si, 0.85, 'pattern:title', { title: role });
    // "Under Secretary of Commerce for Industry and Security": the department the title is "of" holds the role too.
    const dept = /\bof\s+\p{Lu}/u.test(p.m.role) ? departmentIn(ctx, p.m.role) : undefined;
    if (dept && dept !== orgId) ctx.add(p.key, 'HOLDS_ROLE', dept, s.si, 0.8, 'pattern:title', { title: role });
    if (leads) ctx.add(p.key, 'LEADS', orgId, s.si, 0.85, 'pattern:title', { title: role });
  }
}
