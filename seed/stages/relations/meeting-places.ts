// Where and when people met: "President Donald Trump met with Huang in Washington on July 10" puts the place and the date
// on the MET_WITH the clause or pattern rules read (`place`: the place's entity id; `date`: ISO, when the text gives a
// day and month). A bare "met with" names no event: a reader sees two people who met, there and then, not a made-up
// "Trump–Huang meeting" entity (an event the text names as one, "Huang's visit to Beijing", is the event rules' job).
import type { Relation } from '../../analysis.ts';
import type { M, RelationContext, SentenceView } from './relation-context.ts';
import { CALENDAR_WORDS, WEEKDAY_ALT } from '../../lexicon/calendar-words.ts';

/** What may stand between the second person and the venue: an apposition's end, a weekday, "on Friday". */
const TO_VENUE = new RegExp(String.raw`^(?:\s*,)?\s+(?:(?:on\s+)?(?:${WEEKDAY_ALT})\s+)?(?:in|at)\s+(?:the\s+)?$`);
const VENUE = ['Place', 'Country', 'Organization'];
const MONTHS = CALENDAR_WORDS.months;
/** "on July 10", "on June 19, 2023", "July 10": the day a clause gives. */
const DAY = new RegExp(
  String.raw`\b(?:on\s+)?(${MONTHS.join('|')})\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+((?:19|20)\d\d))?`,
);

/** The ISO date of the first day-and-month in `s`, the year from the text or else the document's; none without a year. */
export function isoDay(s: string, docDate: string | undefined): string | undefined {
  const d = DAY.exec(s);
  if (!d) return undefined;
  const year = d[3] ?? /^(?:19|20)\d\d/.exec(docDate ?? '')?.[0];
  if (!year) return undefined;
  const month = String(MONTHS.indexOf(d[1]) + 1).padStart(2, '0');
  return `${year}-${month}-${d[2].padStart(2, '0')}`;
}

export function meetingPlaces(ctx: RelationContext, s: SentenceView): void {
  const { a, text } = ctx;
  const meetings: Relation[] = [];
  for (const r of ctx.out.values()) if (r.type === 'MET_WITH' && r.provenance.sentence === s.index) meetings.push(r);
  for (const r of meetings) {
    const ends = s.ms.filter((z) => z.key === r.to || z.key === r.from);
    if (!ends.length) continue;
    const last = ends[ends.length - 1];
    // The venue: the first place-like mention right after the later person ("… with Huang in Washington").
    const venue = s.ms.find(
      (z: M) => z.start >= last.end && VENUE.includes(z.type) && TO_VENUE.test(text.slice(last.end, z.start)),
    );
    const props: Record<string, string> = {};
    if (venue && venue.key !== r.from && venue.key !== r.to) props.place = venue.key;
    const first = ends[0];
    const date = isoDay(text.slice(first.start, s.end), a.doc.date);
    if (date) props.date = date;
    if (Object.keys(props).length) r.properties = { ...r.properties, ...props };
  }
}
