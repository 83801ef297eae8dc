// Finds reported speech cue by cue in one masked sentence: every speech verb or "according to" gets its own speaker and content, so one sentence may hold several statements.
// Its patterns and clause helpers are in attribution-patterns.ts.
import { TELL_VERB } from './lexicon.ts';
import { matchesOf } from './matches.ts';
import {
  ABOUT_NUMBER,
  ABOUT_VERB,
  ACCORDING_SOURCE,
  ACCOUNT,
  ANNOUNCED_CLAUSE,
  APPLIED_QUOTE,
  APPOS_NAME,
  APPOSITION_END,
  AS_LEAD,
  CLAUSE,
  clauseStart,
  COORD,
  CUE,
  cutAtNewClause,
  EVIDENCE_RE,
  FILL,
  GAP,
  GERUND_OBJECT,
  HEAD,
  INTENDED,
  INTRODUCES_ONLY,
  INVERTED,
  NAMING_VERB,
  NEGATED,
  NOT_A_CLAUSE,
  NOUN,
  NOUN_TOPIC,
  OBJECT_NP,
  OBJECT_VERB,
  PARENTHETICAL_THAT,
  PARTICIPLE_NP,
  QUESTION,
  restAfter,
  SAY,
  SUBJECT,
  TELL,
  TELL_ONLY,
  TO_OBJECT,
  TO_VERBS,
  TOPIC_STOP,
  TRAIL_END,
  trailLead,
  TRIM_END,
  VERB_FIRST,
  WH_ACCOUNT,
  words,
} from './attribution-patterns.ts';

export { AUX, FILL, hasCue, HEAD, HEADLINE_VERB, INTENDED, LAST_IN_PHRASE, NEGATED } from './attribution-patterns.ts';

/** One attribution, offsets relative to the sentence given. */
export interface Attribution {
  /** Where the speaker's placeholder starts. */
  speaker: number;
  verb: string;
  /** The words right after the cue (audience, setting): "told CNBC on Monday". */
  rest: { start: number; end: number };
  start: number; // the content
  end: number;
  method: string;
  confidence: number;
}

/**
 * Every attribution in a masked sentence. `quoted` says whether an offset lies inside a quotation (whose words are
 * the quotation's, found elsewhere). The speaker of a verb is the farthest speaker whose gap to the verb is a valid
 * apposition ("Jo Roe, head of the Acme union, which …, said": Jo Roe, not the union), else the nearest one.
 */
export function findAttributions(
  ms: string,
  quoted: (offset: number) => boolean,
  described?: (offset: number) => boolean,
): Attribution[] {
  if (!ms.includes(HEAD)) return [];
  const heads: number[] = [];
  for (let i = ms.indexOf(HEAD); i >= 0; i = ms.indexOf(HEAD, i + 1)) heads.push(i);
  const headEnd = (h: number) => {
    let e = h + 1;
    while (ms[e] === FILL) e++;
    return e;
  };
  const subject = SUBJECT.exec(ms);
  const found: (Attribution & { clause: number; right: boolean; min?: number })[] = [];
  /** The last verb cue read, with its speaker and where its audience and setting end. */
  let last: { spk: number; end: number } | null = null;
  for (const m of matchesOf(CUE, ms)) {
    const v = m.index;
    if (quoted(v)) continue;
    const gr = m.groups!;
    const verb = gr.verb ?? gr.gerund ?? 'according to';
    const vEnd = v + m[0].length;
    if (gr.according) {
      // "according to a new Reuters survey": the source is the first speaker within five words.
      const src = ACCORDING_SOURCE.exec(ms.slice(vEnd, vEnd + 120));
      if (!src) continue;
      const spk = vEnd + src.index + src[0].length - src.groups!.spk.length;
      const after = headEnd(spk);
      const lead = ms.slice(0, v);
      if (/,\s*$/.test(lead) || words(lead) >= 4) {
        const cs = clauseStart(ms, v);
        found.push({
          speaker: spk,
          verb,
          rest: { start: after, end: after },
          start: cs,
          end: lead.replace(/[\s,]+$/, '').length,
          method: 'indirect:cue-according',
          confidence: 0.8,
          clause: v,
          right: false,
        });
      } else {
        let comma = ms.indexOf(',', after);
        // "According to Jo Roe, an analyst at Bernstein, …": the apposition describes the source.
        const appos = comma < 0 ? null : /^\s+(?:an?|the|who|whose|which)\s[^,"]{0,80},/.exec(ms.slice(comma + 1));
        if (appos) comma += appos[0].length;
        if (comma < 0 || comma - after > 120 || ms.slice(after, comma).includes('"')) continue;
        found.push({
          speaker: spk,
          verb,
          rest: { start: after, end: comma },
          start: comma + 1,
          end: ms.length,
          method: 'indirect:cue-according',
          confidence: 0.8,
          clause: v,
          right: true,
        });
      }
      continue;
    }
    if (NEGATED.test(ms.slice(Math.max(0, v - 30), v)) || INTENDED.test(ms.slice(Math.max(0, v - 30), v))) continue;
    // The speaker to the left: the farthest with a valid gap, among the last six within 300 characters (an apposition may name several).
    let spk = -1;
    let how = '';
    for (let k = heads.length - 1, n = 0; k >= 0 && n < 6; k--) {
      const h = heads[k];
      if (h >= v) continue;
      n++;
      if (v - h > 300) break;
      const g = GAP.exec(ms.slice(headEnd(h), v));
      if (!g) continue;
      if (spk >= 0 && !g.groups!.appos && !g.groups!.rel) break;
      spk = h;
      how = g.groups!.rel ? 'relative' : 'subject';
      // "A spokesperson, He Yadong, told …": a name in apposition to a description says who speaks.
      const named = g.groups!.appos && described ? APPOS_NAME.exec(g.groups!.appos) : null;
      if (named && described!(h)) {
        const at =
          headEnd(h) + g.index + (g.groups!.appos ? g[0].indexOf(g.groups!.appos) : 0) + named[0].indexOf(HEAD);
        if (!described!(at)) spk = at;
      }
      if (!g.groups!.appos) break;
    }
    let inverted = false;
    if (spk < 0 && /,\s*$/.test(ms.slice(0, v)) && !gr.gerund && !TELL_VERB.test(verb)) {
      // "…, said Jo Roe, the firm's spokeswoman." — the verb first.
      const inv = INVERTED.exec(ms.slice(vEnd, vEnd + 160));
      if (inv) {
        spk = vEnd + inv[0].length - inv.groups!.spk.length;
        how = 'inverted';
        inverted = true;
      }
    }
    // "…, the mayor said, adding that …": a gerund continues the attribution before it.
    // The attribution right before the comma counts even when it kept no content ("“…,” the mayor said, adding that …").
    if (spk < 0 && gr.gerund && /,\s*$/.test(ms.slice(0, v)) && (found.length || last)) {
      spk =
        last && /^\s*,\s*$/.test(ms.slice(last.end, v))
          ? last.spk
          : found.length
            ? found[found.length - 1].speaker
            : -1;
      how = 'gerund';
    }
    if (
      spk < 0 &&
      subject &&
      subject.index + subject[0].length <= v &&
      (gr.gerund ? /,\s*$|\s$/.test(ms.slice(0, v)) : COORD.test(ms.slice(Math.max(0, v - 120), v)))
    ) {
      spk = subject.indices!.groups!.spk[0];
      how = gr.gerund ? 'gerund' : 'coordinated';
    }
    if (spk < 0) continue;
    if (/^\p{Lu}/u.test(verb) && !(how === 'subject' && /^\s+$/.test(ms.slice(headEnd(spk), v)))) continue;
    const restStart = inverted ? headEnd(spk) : vEnd;
    const restEnd = restAfter(ms, restStart, verb);
    if (!gr.gerund) last = { spk, end: restEnd };
    const tail = ms.slice(restEnd);
    // "member states trump everything", "emissions rules promise", "continue their attacks": a verb that is also a noun or
    // a verb of going on reports speech only before "that", a colon, a quotation or a comma.
    if (INTRODUCES_ONLY.test(verb) && !/^\s*(?:,|:|"|that\b)/.test(tail) && !inverted) continue;
    // "commented on the shooting", "complained about his mic": the topic is what the statement was about.
    const topic = ABOUT_VERB.test(verb) && !inverted ? /^\s+(?:on|about)\s+(?=\S)/.exec(ms.slice(vEnd)) : null;
    if (
      topic &&
      !/^(?:it|this|that|them|him|her|me|us|you)\b|^[^,".]{0,60}\bthat\s/.test(ms.slice(vEnd + topic[0].length))
    ) {
      found.push({
        speaker: spk,
        verb: `${verb}${topic[0].replace(/\s+/g, ' ').trimEnd()}`,
        rest: { start: vEnd, end: vEnd },
        start: vEnd + topic[0].length,
        end: ms.length,
        method: `indirect:cue-${how}`,
        confidence: 0.6,
        clause: how === 'gerund' ? v : spk,
        right: true,
        min: 2,
      });
      continue;
    }
    // "Yet, as Mr. Bown observed, in the early days …": an attribution opening with "as" introduces the main clause after it.
    const asLead =
      !inverted && how === 'subject' && spk < 80 && AS_LEAD.test(ms.slice(0, spk)) ? /^\s*,\s*/.exec(tail) : null;
    if (asLead) {
      found.push({
        speaker: spk,
        verb,
        rest: { start: restStart, end: restEnd },
        start: restEnd + asLead[0].length,
        end: ms.length,
        method: 'indirect:cue-as',
        confidence: 0.7,
        clause: spk,
        right: true,
      });
      continue;
    }
    if (
      (TRAIL_END.test(tail) || (inverted && APPOSITION_END.test(tail))) &&
      !PARENTHETICAL_THAT.test(tail) &&
      how !== 'gerund' &&
      how !== 'coordinated'
    ) {
      // A trailing attribution: what was said is the clause before the comma.
      const lead = trailLead(ms, inverted ? v : spk);
      if (lead < 0) continue;
      const cs = clauseStart(ms, lead);
      found.push({
        speaker: spk,
        verb,
        rest: { start: restStart, end: restEnd },
        start: cs,
        end: lead,
        method: `indirect:cue-trail-${how}`,
        confidence: 0.8,
        clause: cs,
        right: false,
      });
      continue;
    }
    if (inverted) continue;
    // What was said follows: after "that", a colon, or a clause; some verbs take their object or an infinitive.
    // A bare complement that opens with a preposition, a participle or a verb is a setting or a relative clause, not speech.
    let cs = restEnd;
    let min = 3;
    if (/^\s+(?:as|while|when|after|before|because|since|during)\b/.test(tail) && !/^[^,"]{0,80}\bthat\s/.test(tail)) {
      const lead = trailLead(ms, spk);
      if (lead >= 0) {
        const c0 = clauseStart(ms, lead);
        found.push({
          speaker: spk,
          verb,
          rest: { start: restStart, end: restEnd },
          start: c0,
          end: lead,
          method: `indirect:cue-trail-${how}`,
          confidence: 0.75,
          clause: c0,
          right: false,
        });
      }
      continue;
    }
    // An adverb may stand between the verb and its "that": "complained bitterly that".
    const that =
      /^\s*,?\s*(?:(?:[a-z]{3,}ly\s+)?that\s*,?\s+|:\s*)/.exec(tail) ??
      PARENTHETICAL_THAT.exec(tail) ??
      (TELL.test(verb) || /^\s*(?:on|in|at|during)\b/.test(tail) ? /^[^,"]{0,60}?\bthat\s+/.exec(tail) : null);
    if (that) {
      cs += that[0].length;
      if (VERB_FIRST.test(ms.slice(cs))) {
        // "believe that is likely": a verb right after "that" makes it the clause's subject, a demonstrative.
        // Only right after the verb: after a setting ("after the meeting that was held") "that" is a relative pronoun.
        if (
          restEnd !== vEnd ||
          TELL.test(verb) ||
          !/^\s*that\s+(?:is|was|would|will|could|can|might|may|has|had|should|must)\s/.test(tail)
        )
          continue;
        cs = restEnd + tail.indexOf('that');
      }
    } else {
      const t = tail.replace(/^\s*,?\s*/, '');
      cs += tail.length - t.length;
      // "announced the arrest of a man", "called for new tariffs", "suggested looking at …": the object is what was put forward.
      const object =
        OBJECT_VERB.test(verb) &&
        OBJECT_NP.test(t) &&
        (!NOT_A_CLAUSE.test(t) ||
          (GERUND_OBJECT.test(verb) &&
            /^[a-z]{3,}ing\b/.test(t) &&
            !/^(?:during|being|according|including|following|regarding)\b/.test(t)) ||
          PARTICIPLE_NP.test(t));
      if (object) {
        // "called the senator a “nasty guy”": bare "called" names something only with a complement after its object.
        if (
          /^call(?:s|ed)$/.test(verb) &&
          (!/^[^.;]{1,80}?(?:\s(?:an?|the)\s|")/.test(t) ||
            /\b(?:is|are|was|were|be|been|being)\s+$/.test(ms.slice(Math.max(0, v - 12), v)))
        )
          continue;
      }
      // "announced a series of new restrictions that banned …": after "announce" with no "that", only a clause with a
      // pronoun subject or a modal or auxiliary verb is what was said; a noun phrase is what was done.
      if (/^announc/.test(verb) && !object && !ANNOUNCED_CLAUSE.test(t)) continue;
      const ok =
        object ||
        (EVIDENCE_RE.test(verb)
          ? CLAUSE.test(t) && !/^(?:it|this|that|them|him|her)\b/.test(t)
          : TELL_ONLY.test(verb)
            ? CLAUSE.test(t) || /^to\s+[a-z]/.test(t)
            : SAY.test(verb) || /^\p{Lu}/u.test(verb)
              ? !t.startsWith('"')
              : CLAUSE.test(t) ||
                (TO_VERBS.test(verb) &&
                  TO_OBJECT.test(t) &&
                  !/^to\s+(?:the|a|an|his|her|their|its|this|that)\b/.test(t)) ||
                (QUESTION.test(verb) && /^(?:whether|if|why|how|what|when|where|who)\b/.test(t)) ||
                (ACCOUNT.test(verb) && WH_ACCOUNT.test(t)));
      if (!ok || (NOT_A_CLAUSE.test(t) && !object && !ABOUT_NUMBER.test(t))) continue;
      if (object) min = 2; // "denied wrongdoing", "mentioned climate change"
    }
    // "called the processor "deeply concerning"": the quoted words the speaker applied are what was said.
    const applied = NAMING_VERB.test(verb) ? APPLIED_QUOTE.exec(ms.slice(cs)) : null;
    if (applied) {
      const qs = cs + applied.index + applied[0].length - applied[1].length - 2;
      found.push({
        speaker: spk,
        verb,
        rest: { start: restStart, end: restEnd },
        start: qs,
        end: qs + applied[1].length + 2,
        method: `indirect:cue-${how}`,
        confidence: how === 'subject' ? 0.8 : 0.65,
        clause: how === 'gerund' ? v : spk,
        right: true,
        min: 1,
      });
      continue;
    }
    if (
      /^(?:whether|if|why|how|what|when|where|who)\b/.test(ms.slice(cs)) &&
      !QUESTION.test(verb) &&
      !(ACCOUNT.test(verb) && WH_ACCOUNT.test(ms.slice(cs)))
    )
      continue;
    found.push({
      speaker: spk,
      verb,
      rest: { start: restStart, end: restEnd },
      start: cs,
      end: ms.length,
      method: `indirect:cue-${how}`,
      confidence: how === 'subject' ? 0.8 : 0.65,
      clause: how === 'gerund' ? v : spk,
      right: true,
      min,
    });
  }
  for (const m of matchesOf(NOUN, ms)) {
    if (quoted(m.index)) continue;
    const cs = m.index + m[0].length;
    if (VERB_FIRST.test(ms.slice(cs))) continue;
    found.push({
      speaker: m.index,
      verb: m.groups!.noun,
      rest: { start: cs, end: cs },
      start: cs,
      end: ms.length,
      method: 'indirect:cue-noun',
      confidence: 0.6,
      clause: m.index,
      right: true,
    });
  }
  for (const m of matchesOf(NOUN_TOPIC, ms)) {
    if (quoted(m.index)) continue;
    const cs = m.index + m[0].length;
    const stop = TOPIC_STOP.exec(ms.slice(cs));
    const ce = stop ? cs + stop.index : ms.length;
    const g = m.groups!;
    found.push({
      speaker: m.index,
      verb: `${g.noun} ${g.prep}`,
      rest: { start: cs, end: cs },
      start: cs,
      end: ce,
      method: 'indirect:cue-noun',
      confidence: 0.55,
      clause: m.index,
      right: false,
      min: 2,
    });
  }
  // A content running right ends where the next attribution's clause begins, when enough is left.
  for (const f of found) {
    if (!f.right) continue;
    const next = found.find((o) => o !== f && o.clause > f.start && o.clause < f.end && (o.right || o.start > f.start));
    if (next) {
      const cut = ms.slice(f.start, next.right ? next.clause : next.start).replace(TRIM_END, '');
      if (words(cut) >= 3) f.end = f.start + cut.length;
    }
  }
  const out: Attribution[] = [];
  for (const f of found) {
    if (f.right) f.end = cutAtNewClause(ms, f.start, f.end, quoted);
    const body = ms.slice(f.start, f.end).replace(TRIM_END, '');
    const end = f.start + body.length;
    if (words(body) < (f.min ?? 3) || quoted(f.start) || /^\s*"[^"]*"\s*$/.test(body)) continue;
    out.push({
      speaker: f.speaker,
      verb: f.verb,
      rest: f.rest,
      start: f.start,
      end,
      method: f.method,
      confidence: f.confidence,
    });
  }
  return out;
}
