// Statements are grouped by speaker (most prolific first) or by topic (each statement once, under its most shared topic).
import { describe, expect, it } from 'vitest';
import { groupBySpeaker, groupByTopic } from '../../../client/src/panels/group-statements.ts';
import type { StatementView } from '../../../client/src/wire-types.ts';

const st = (id: string, speaker: string, about: string[], date: string | null = null): StatementView => ({
  id,
  text: id,
  kind: 'direct',
  cue: 'said',
  date,
  docId: 'd',
  start: 0,
  end: 1,
  sentence: 0,
  speaker: { id: `person:${speaker}`, name: speaker },
  about: about.map((a) => ({ id: a, name: a, type: 'Chip' })),
  via: null,
  document: null,
});

describe('groupBySpeaker', () => {
  it('puts the speaker with most statements first and the latest statement first within a group', () => {
    const g = groupBySpeaker([
      st('a', 'Huang', ['chip:h20'], '2025-01-01'),
      st('b', 'Lutnick', ['chip:h20']),
      st('c', 'Huang', ['chip:h20'], '2025-05-01'),
    ]);
    expect(g.map((x) => x.name)).toEqual(['Huang', 'Lutnick']);
    expect(g[0].statements.map((s) => s.id)).toEqual(['c', 'a']);
  });

  it('groups a described speaker (no entity: id null) under its description', () => {
    const described = { ...st('d', 'x', ['chip:h20']), speaker: { id: null, name: 'U.S. officials' } };
    const g = groupBySpeaker([described, st('e', 'Huang', ['chip:h20'])]);
    expect(g.map((x) => x.name)).toEqual(['Huang', 'U.S. officials']);
    expect(g[1].statements.map((s) => s.id)).toEqual(['d']);
  });
});

describe('groupByTopic', () => {
  it('lists each statement once, under the topic it shares with most others, leaving out the speaker', () => {
    const g = groupByTopic(
      [
        st('a', 'Huang', ['chip:h20', 'country:china', 'person:Huang']),
        st('b', 'Huang', ['chip:h20']),
        st('c', 'Huang', ['country:china', 'model:x']),
      ],
      'person:Huang',
    );
    expect(g.map((x) => [x.key, x.statements.map((s) => s.id).sort()])).toEqual([
      ['chip:h20', ['a', 'b']],
      ['country:china', ['c']],
    ]);
    expect(g.flatMap((x) => x.statements).length).toBe(3);
  });

  it('keeps statements without a named topic', () => {
    expect(groupByTopic([st('a', 'Huang', [])])[0].name).toBe('No named topic');
  });
});
