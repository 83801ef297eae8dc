// Who works for the outlet, as broadcast transcripts and reports say it: a presenter's greeting ("Welcome to VOA Asia
// Weekly. I'm Chris Casquejo in Washington."), a sign-off ("For VOA News, I'm Jane Doe." / "I'm Jane Doe, VOA News."),
// and a speaker label of two lines, the name above the organization ("Andy Wang" / "Northern Arizona University"):
// HOLDS_ROLE, with the title when the shape gives one.
import { ORG, type M, type RelationContext, type SentenceView } from './relation-context.ts';

const whole = (ctx: RelationContext, s: SentenceView, m: M) =>
  ctx.text.slice(s.start, m.start).trim() === '' && /^[\s.]*$/.test(ctx.text.slice(m.end, s.end));

export function broadcastCredits(ctx: RelationContext, s: SentenceView): void {
  const { text } = ctx;
  const first = s.ms[0];
  if (!first) return;
  const prev = s.si > 0 ? ctx.sentences[s.si - 1] : undefined;
  const opening = text.slice(s.start, first.start);
  // "I'm Chris Casquejo" after "Welcome to VOA Asia Weekly."
  if (first.type === 'Person' && /^\s*I(?:'m|\u2019m|\s+am)\s+$/.test(opening)) {
    const after = text.slice(first.end, s.end);
    const signOff = s.ms.find(
      (o, k) => k > 0 && ORG.includes(o.type) && /^\s*,\s+$/.test(text.slice(first.end, o.start)),
    );
    const greeting = prev?.ms.find(
      (o) =>
        ORG.includes(o.type) && /^\s*Welcome\s+(?:back\s+)?to\s+(?:the\s+)?$/i.test(text.slice(prev.start, o.start)),
    );
    const forOrg = prev?.ms.find((o) => ORG.includes(o.type) && /^\s*For\s+$/i.test(text.slice(prev.start, o.start)));
    const outlet = signOff ?? greeting ?? forOrg;
    if (outlet && !/^\s*,\s+(?:a|an|the)\s/.test(after))
      ctx.add(first.key, 'HOLDS_ROLE', outlet.key, s.si, 0.75, 'pattern:broadcast-credit', { title: 'presenter' });
    return;
  }
  // "For VOA News, I'm Jane Doe."
  const signed = /^\s*For\s+$/i.test(opening) && ORG.includes(first.type) ? s.ms[1] : undefined;
  if (signed?.type === 'Person' && /^\s*,\s+I(?:'m|\u2019m|\s+am)\s+$/.test(text.slice(first.end, signed.start))) {
    ctx.add(signed.key, 'HOLDS_ROLE', first.key, s.si, 0.75, 'pattern:broadcast-credit', { title: 'reporter' });
    return;
  }
  // A label line: the name alone on the line before, the organization alone on this one.
  if (!prev || s.ms.length !== 1 || prev.ms.length !== 1) return;
  const [person, org] = [prev.ms[0], first];
  if (person.type !== 'Person' || !ORG.includes(org.type) || person.m.anaphor) return;
  if (!whole(ctx, prev, person) || !whole(ctx, s, org)) return;
  if (!/\n\s*$/.test(text.slice(person.end, org.start)) || /[.!?]\s*$/.test(text.slice(prev.start, prev.end))) return;
  ctx.add(person.key, 'HOLDS_ROLE', org.key, s.si, 0.7, 'pattern:label-lines');
}
