// Rule "titled events" (seed/stages/text/titled-events.ts): a hearing, roundtable or conference announced with its
// title in quotation marks is an event named by that title; a quoted remark about one is not.
import { describe, expect, it } from 'vitest';
import { analyzeDocument, loadGazetteer } from '../../../seed/pipeline.ts';

const context = { gazetteer: loadGazetteer() };
const events = (raw: string) =>
  analyzeDocument({ id: 'fixture', raw, bodyStart: 0, bodyEnd: raw.length }, context)
    .entities.filter((e) => e.type === 'Event')
    .map((e) => e.name);

describe('titled events', () => {
  it('names a hearing by its quoted title, a policy named inside it included', () => {
    expect(
      events('The panel will hold a hearing titled "Closing the Loopholes in Chip Export Controls" on Tuesday.'),
    ).toEqual(['Closing the Loopholes in Chip Export Controls']);
    expect(events('Committee Holds Roundtable - "Securing the Semiconductor Supply Chain."')).toEqual([
      'Securing the Semiconductor Supply Chain',
    ]);
  });

  it('reads a comma after "titled"', () => {
    expect(
      events('The committee is holding a hearing titled, "Batteries on the Line: A Review of the Grid Act."'),
    ).toEqual(['Batteries on the Line: A Review of the Grid Act']);
  });

  it('takes no quoted remark for a title', () => {
    expect(events('He said the hearing "was a waste of everyone\'s time."')).toEqual([]);
  });
});
