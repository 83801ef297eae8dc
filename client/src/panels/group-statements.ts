// Pure grouping of statements by speaker (who said what about a topic) or by topic (what one speaker talked about).
import type { StatementView } from '../wire.ts';

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
  return [...groups.values()].map((g) => ({ ...g, statements: [...g.statements].sort(byLatest) })).sort((a, b) => b.statements.length - a.statements.length || a.name.localeCompare(b.name));
}

/** One group per entity a statement is about (a statement about two things appears in both); excluding the speaker. */
export function groupByTopic(statements: StatementView[], excludeId?: string): StatementGroup[] {
  const groups = new Map<string, StatementGroup>();
  for (const s of statements) {
    const about = s.about.filter((a) => a.id !== excludeId);
    const topics = about.length ? about : [{ id: '', name: 'No named topic', type: '' }];
    for (const t of topics) {
      const g = groups.get(t.id) ?? { key: t.id, name: t.name, statements: [] };
      g.statements.push(s);
      groups.set(t.id, g);
    }
  }
  return [...groups.values()].map((g) => ({ ...g, statements: [...g.statements].sort(byLatest) })).sort((a, b) => b.statements.length - a.statements.length || a.name.localeCompare(b.name));
}
