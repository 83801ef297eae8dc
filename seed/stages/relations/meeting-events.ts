// Meetings become events: "President Donald Trump met with Huang in Washington" gives the event "Trump–Huang meeting
// in Washington" (each person by the short name the document uses, else the family name: "Xi–Kissinger meeting"),
// which both people ATTENDED (the MET_WITH the clause or pattern rules read stays).
import type { Entity } from '../../analysis.ts';
import { familyName } from '../text/names.ts';
import type { RelationContext, SentenceView } from './relation-context.ts';

const PLACE_AFTER = /^\s+(?:in|at)\s+(\p{Lu}\p{L}*(?:\.\p{L}+)*\.?(?<!\.)(?:\s+\p{Lu}\p{L}*)?)/u;

export function meetingEvents(ctx: RelationContext, s: SentenceView): void {
  const { a, text, byId } = ctx;
  const ms = s.ms;
  if (!ms.some((z) => z.type === 'Person')) return;
  for (const r of [...ctx.out.values()]) {
    if (r.type !== 'MET_WITH' || r.provenance.sentence !== s.index) continue;
    const x = byId.get(r.from)!;
    const y = byId.get(r.to)!;
    const yMention = ms.filter((z) => z.key === r.to).pop();
    const verb = ms.find((z) => z.key === r.from);
    if (!yMention || !verb) continue;
    const yEnd = yMention.end;
    const place = PLACE_AFTER.exec(text.slice(yEnd, s.end));
    // The short name the document itself uses for the person ("Xi" for Xi Jinping), else the family name by the name's
    // order ("Wang Yi" → Wang, "Tsai Ing-wen" → Tsai, "Henry Kissinger" → Kissinger).
    const last = (e: Entity) => {
      const ws = e.name.split(' ');
      const used = e.mentions.map((m) => m.text).find((t) => ws.length > 1 && (t === ws[0] || t === ws[ws.length - 1]));
      return used ?? familyName(e.name);
    };
    const name = `${last(x)}\u2013${last(y)} meeting${place ? ` in ${place[1]}` : ''}`;
    const id = ctx.ensure('Event', name);
    const evStart = a.toRaw(verb.end + (/^\s+/.exec(text.slice(verb.end))?.[0].length ?? 0));
    const evEnd = a.toRaw(place ? yEnd + place[0].length : yEnd);
    const ev = byId.get(id)!;
    if (!ev.mentions.some((m) => m.start === evStart))
      ev.mentions.push({ start: evStart, end: evEnd, text: a.doc.raw.slice(evStart, evEnd) });
    ctx.add(r.from, 'ATTENDED', id, s.si, 0.7, 'pattern:meeting');
    ctx.add(r.to, 'ATTENDED', id, s.si, 0.7, 'pattern:meeting');
  }
}
