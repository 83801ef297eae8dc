// Pure grouping of statements by speaker (who said what about a topic) or by topic (what one speaker talked about).
import type { StatementView } from '../wire-types.ts';

export interface StatementGroup {
  key: string;
  name: string;
  statements: StatementView[];
}

function byLatest(a: StatementView, b: StatementView): number {
  return (b.date ?? '').localeCompare(a.date ?? '');
}

/** Speakers with the most statements first; within a group the latest first. */
export function groupBySpeaker(statements: StatementView[]): StatementGroup[] {
  const groups = new Map<string, StatementGroup>();
  for (const s of statements) {
    const key = s.speaker?.id || s.speaker?.name || '?';
    const g = groups.get(key) ?? { key, name: s.speaker?.name ?? 'Unknown speaker', statements: [] };
    g.statements.push(s);
    groups.set(key, g);
  }
  return [...groups.values()]
    .map((g) => ({ ...g, statements: [...g.statements].sort(byLatest) }))
    .sort((a, b) => b.statements.length - a.statements.length || a.name.localeCompare(b.name));
}

/**
 * What one speaker talked about: each statement is listed once, under the topic it shares with most of the others
 * (its other topics are shown on the statement); statements without a named topic (other than the speaker) form
 * their own group.
 */
export function groupByTopic(statements: StatementView[], excludeId?: string): StatementGroup[] {
  const topicsOf = (s: StatementView) => s.about.filter((a) => a.id !== excludeId);
  const frequency = new Map<string, number>();
  for (const s of statements) for (const t of topicsOf(s)) frequency.set(t.id, (frequency.get(t.id) ?? 0) + 1);
  const groups = new Map<string, StatementGroup>();
  for (const s of statements) {
    const topics = topicsOf(s);
    const t = topics.length
      ? [...topics].sort(
          (a, b) => (frequency.get(b.id) ?? 0) - (frequency.get(a.id) ?? 0) || a.name.localeCompare(b.name),
        )[0]
      : { id: '', name: 'No named topic', type: '' };
    const g = groups.get(t.id) ?? { key: t.id, name: t.name, statements: [] };
    g.statements.push(s);
    groups.set(t.id, g);
  }
  return [...groups.values()]
    .map((g) => ({ ...g, statements: [...g.statements].sort(byLatest) }))
    .sort((a, b) => b.statements.length - a.statements.length || a.name.localeCompare(b.name));
}
