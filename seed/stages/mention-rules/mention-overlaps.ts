// The last step of the mention stage: of overlapping finds, which one stands, and the mentions in raw-text offsets.
import type { Analysis, Mention } from '../../analysis.ts';
import type { EntityLabel } from '../../../core/graph-model.ts';
import { type Found, isPlace } from './found-mention.ts';

const EVENT_NAMES = new Set(['phrase:titled-event', 'phrase:named-event', 'phrase:described-event']);

/** Overlaps: a policy or administration phrase wins over the names inside it; otherwise the longer, stronger span. */
export function keepNonOverlapping(found: Found[]): Found[] {
  // "export controls on the People's Republic of China": a phrase that ends inside a known name runs to the name's end.
  const known = found.filter((k) => k.method === 'gazetteer');
  for (const f of found) {
    if (f.type !== 'Policy' && f.type !== 'Event') continue;
    for (const k of known)
      if (k.start > f.start && k.start < f.end && k.end > f.end && k.sentence === f.sentence) f.end = k.end;
  }
  // A quoted event title holds whatever it names ("… Export Controls …" inside a hearing's title is the title's), and so
  // does a gathering's title-case name or its description ("a hearing to examine export controls as …").
  const rank = (f: Found) =>
    (EVENT_NAMES.has(f.method) ? 4 : f.type === 'Policy' ? 3 : f.method === 'phrase:administration' ? 2 : 0) +
    (f.anaphor ? -1 : 0);
  const sorted = found
    .filter((f) => (f.type !== 'Place' || isPlace(f)) && f.type !== 'Unknown')
    .sort((x, y) => rank(y) - rank(x) || y.end - y.start - (x.end - x.start) || y.strength - x.strength);
  const kept: Found[] = [];
  for (const f of sorted) {
    const clash = kept.find((k) => f.start < k.end && k.start < f.end);
    if (!clash) kept.push(f);
    // "China's government", "officials in Taiwan": the country or place inside a body or a source named by description
    // stays a mention of its own.
    else if (
      (clash.method === 'description:government' || clash.method === 'description:source') &&
      (f.type === 'Country' || f.type === 'Place') &&
      f.start >= clash.start &&
      f.end <= clash.end &&
      !kept.some((k) => k !== clash && f.start < k.end && k.start < f.end)
    )
      kept.push(f);
    else if (
      clash.type === 'Policy' &&
      f.type !== 'Policy' &&
      (clash.method !== 'phrase:policy-name' || f.method === 'gazetteer') &&
      f.start >= clash.start &&
      f.end <= clash.end &&
      !kept.some((k) => k !== clash && f.start < k.end && k.start < f.end)
    )
      kept.push(f); // "restrictions on H20": H20 stays a chip mention
  }
  return kept.sort((x, y) => x.start - y.start);
}

/** A find as the analysis's mention: raw-text offsets and text, and the optional fields it carries. */
export function toMention(a: Analysis, f: Found): Mention {
  const start = a.toRaw(f.start);
  const end = a.toRaw(f.end);
  const m: Mention = {
    start,
    end,
    text: a.doc.raw.slice(start, end),
    type: f.type as EntityLabel,
    sentence: f.sentence,
    method: f.method,
  };
  if (f.canonical) m.canonical = f.canonical;
  if (f.anaphor) m.anaphor = true;
  if (f.role) m.role = f.role;
  if (f.roleOrg) m.roleOrg = f.roleOrg;
  if (f.leads) m.leads = true;
  if (f.kind) m.kind = f.kind;
  if (f.subject) m.subject = f.subject;
  return m;
}
