// Rules "named events" and "described events" (seed/stages/text/titled-events.ts): a gathering named in title case
// after a lower-case "at"/"to"/article, and a hearing or briefing named by what it is on, are events; a body's or a
// treaty's name with the same head, a day after "on", and a hearing on "this subject" are not.
import { describe, expect, it } from 'vitest';
import { analyzeDocument, loadGazetteer } from '../../../seed/pipeline.ts';
import { findDescribedEvents, findNamedEvents } from '../../../seed/stages/text/titled-events.ts';

const context = { gazetteer: loadGazetteer() };
const events = (raw: string) =>
  analyzeDocument({ id: 'fixture', raw, bodyStart: 0, bodyEnd: raw.length }, context)
    .entities.filter((e) => e.type === 'Event')
    .map((e) => e.name);

describe('named events', () => {
  it('reads a title-case gathering after "at" or an article, with its title-case "on …" tail', () => {
    expect(events('The minister spoke at the Pacific Energy Summit in a packed hall.')).toEqual([
      'Pacific Energy Summit',
    ]);
    expect(
      findNamedEvents(
        'Remarks at a Virtual Leaders Summit on Battery and Mineral Supply and an Exchange With Reporters',
      ).map((e) => e.name),
    ).toEqual(['Virtual Leaders Summit on Battery and Mineral Supply']);
  });

  it('leaves a day after "on", a body and a treaty alone', () => {
    expect(findNamedEvents('She addressed the Democratic National Convention on Tuesday.').map((e) => e.name)).toEqual([
      'Democratic National Convention',
    ]);
    expect(findNamedEvents('He spoke to the US Conference of Mayors.')).toEqual([]);
    expect(findNamedEvents('Delegates of the Organisation of Tavic Conference met.')).toEqual([]);
    expect(findNamedEvents('It joined the Energy Summit Organizing Committee.')).toEqual([]);
    expect(findNamedEvents('Article 3 of the 1984 Convention against Torture applies.')).toEqual([]);
  });
});

describe('described events', () => {
  it('names a hearing by what it is on, up to the clause break', () => {
    expect(
      events(
        'The senator spoke at a full committee hearing on Lithium Supply Risks in North America with two witnesses.',
      ),
    ).toContain('hearing on Lithium Supply Risks in North America');
    expect(
      findDescribedEvents(
        'He questioned witnesses at a hearing to examine port security as a tool to counter the Islamic Revolutionary Guard Corps (IRGC) and its allies. Then he left.',
      ).map((e) => e.name),
    ).toEqual([
      'hearing to examine port security as a tool to counter the Islamic Revolutionary Guard Corps (IRGC) and its allies',
    ]);
    expect(
      findDescribedEvents('at today’s hearing on the need to expand U.S. battery production, with the CEOs').map(
        (e) => e.name,
      ),
    ).toEqual(['hearing on the need to expand U.S. battery production']);
  });

  it('takes no pointer back and no day for a subject', () => {
    expect(findDescribedEvents('The panel has not held a hearing on this subject for years.')).toEqual([]);
    expect(findDescribedEvents('The court set a hearing on Tuesday morning.')).toEqual([]);
    expect(findDescribedEvents('They were tired of hearing about your damn emails.')).toEqual([]);
  });
});
