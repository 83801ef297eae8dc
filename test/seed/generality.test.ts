// No special-casing: the seed's patterns with other names, other words and another outlet give the same kinds of results.
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../seed/pipeline.ts';
import { toExtractionOutput } from '../../seed/extract.ts';
import { has, offsetErrors } from './_analyze.ts';

const raw = `Ministry Lets Firms Ship Older Robots to Vietnam
The Biden administration has changed course on robot exports to Vietnam, allowing Boston Dynamics to ship machines as the firm "does not ship its newest systems," said Trade Representative Laura Finch in an interview with CNN.
According to her, the robot maker plans to sell Vietnam a "third-rate" model.
"We are giving them nothing new. Only the old stuff," she said.
Finch added that the resumption of shipments is tied to a coffee import deal. She noted that buyers should keep using American tools.
Boston Dynamics CEO Mark Dorsey met with Prime Minister Pham Van Dung in Hanoi.
"They will keep buying our robots," noted Finch.
"It is a fair trade," added the Trade Representative.
Dorsey spoke at the opening of the Hanoi Robotics Expo.
Sign up for our newsletter to get the latest news!`;

describe('generality', () => {
  const a = analyzeDocument({ id: 'robots', raw, bodyStart: 0, bodyEnd: raw.length });
  const out = toExtractionOutput(a);
  const ids = out.entities.map((e) => e.id);
  const speaker = (w: string) => out.statements.filter((s) => s.text.includes(w)).map((s) => s.speaker);

  it('finds entities no list names', () => {
    expect(ids).toEqual(
      expect.arrayContaining([
        'person:laura-finch',
        'person:mark-dorsey',
        'person:pham-van-dung',
        'company:boston-dynamics',
        'organization:cnn',
        'organization:biden-administration',
        'event:hanoi-robotics-expo',
        'policy:coffee-import-deal',
      ]),
    );
  });

  it('attributes every statement, including "she said" and "the Trade Representative"', () => {
    expect(speaker('does not ship its newest systems')).toContain('person:laura-finch');
    expect(speaker('the robot maker plans')).toEqual(['person:laura-finch']);
    expect(speaker('We are giving them nothing new')).toEqual(['person:laura-finch']);
    expect(speaker('resumption of shipments')).toEqual(['person:laura-finch']);
    expect(speaker('buyers should keep using')).toEqual(['person:laura-finch']);
    expect(speaker('They will keep buying')).toEqual(['person:laura-finch']);
    expect(speaker('It is a fair trade')).toEqual(['person:laura-finch']);
  });

  it('reads the same relations', () => {
    expect(has(out, 'person:mark-dorsey', 'LEADS', 'company:boston-dynamics')).toBe(true);
    expect(has(out, 'person:mark-dorsey', 'MET_WITH', 'person:pham-van-dung')).toBe(true);
    expect(has(out, 'person:mark-dorsey', 'SPOKE_AT', 'event:hanoi-robotics-expo')).toBe(true);
    expect(has(out, 'organization:biden-administration', 'PERMITS', 'company:boston-dynamics')).toBe(true);
    const met = out.relations.find((r) => r.type === 'MET_WITH' && r.from === 'person:mark-dorsey');
    expect(met?.properties?.place).toBe('place:hanoi');
  });

  it('leaves the newsletter line out and keeps offsets exact', () => {
    expect(out.entities.flatMap((e) => e.mentions).every((m) => m.start < raw.indexOf('Sign up'))).toBe(true);
    expect(offsetErrors(raw, out)).toEqual([]);
  });
});
