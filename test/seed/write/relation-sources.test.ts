// Adding a new document's sources from a relationship's head alone gives exactly what rewriting its full source lists gives.
import { describe, expect, it } from 'vitest';
import type { PlainValue } from '../../../core/graph-store.ts';
import type { Relation } from '../../../seed/analysis.ts';
import {
  SOURCE_LIST_KEYS,
  appendDocumentSources,
  canAppendInStore,
  replaceDocumentSources,
  stateToProperties,
  strongest,
  type RelationHead,
  type RelationState,
  type SourceAppend,
} from '../../../seed/write/relation-sources.ts';

/** Mulberry32, so every run checks the same cases. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DOC_IDS = ['a01', 'a02', 'a10', 'b', 'B', 'a-1', 'a_1', 'é1', 'z9', 'm5'];

function relations(random: () => number, docId: string, n: number): Relation[] {
  const pick = <T>(xs: T[]) => xs[Math.floor(random() * xs.length)];
  return Array.from({ length: n }, () => {
    const start = Math.floor(random() * 4) * 10;
    return {
      from: 'company:a',
      type: 'LEADS',
      to: 'company:b',
      // Few distinct values, so ties in confidence and position are common.
      properties:
        random() < 0.5 ? { title: pick(['CEO', 'founder', 'chair']) } : random() < 0.5 ? { since: 2020 } : undefined,
      provenance: {
        docId,
        sentence: start / 10,
        start,
        end: start + 5,
        evidence: `evidence ${docId} ${start}`,
        confidence: pick([0.5, 0.7, 0.9]),
        method: pick(['m1', 'm2']),
      },
    } as Relation;
  });
}

/** What the store does with an append: insert each list's block at its place, then apply the patch (null removes). */
function applyInStore(props: Record<string, PlainValue>, append: SourceAppend): Record<string, PlainValue> {
  const docIds = props.sourceDocIds as string[];
  const p = append.atEnd ? docIds.length : docIds.filter((d) => d < append.docId).length;
  const out: Record<string, PlainValue> = { ...props };
  for (const k of SOURCE_LIST_KEYS)
    out[k] = [...(props[k] as PlainValue[]).slice(0, p), ...append.add[k], ...(props[k] as PlainValue[]).slice(p)];
  for (const [k, v] of Object.entries(append.patch)) {
    if (v === null) delete out[k];
    else out[k] = v;
  }
  return out;
}

function headOf(state: RelationState, props: Record<string, PlainValue>): RelationHead {
  const best = strongest(state.sources);
  return {
    from: state.from,
    type: state.type,
    to: state.to,
    strongest: {
      docId: best.docId,
      start: best.start,
      end: best.end,
      method: best.method,
      confidence: best.confidence,
    },
    support: props.support as number,
    extraKeys: Object.keys(state.extra),
    lastDocId: state.sources.at(-1)?.docId ?? '',
  };
}

describe('appendDocumentSources', () => {
  it('gives the same properties as replaceDocumentSources over the full lists, for documents in any order', () => {
    const random = rng(11);
    let cases = 0;
    let newStrongest = 0;
    for (let round = 0; round < 300; round++) {
      const order = [...DOC_IDS].sort(() => random() - 0.5);
      let state: RelationState | null = null;
      for (const docId of order.slice(0, 2 + Math.floor(random() * 8))) {
        const fresh = relations(random, docId, 1 + Math.floor(random() * 3));
        const expected: RelationState = replaceDocumentSources(
          state ?? undefined,
          docId,
          fresh,
          'company:a',
          'LEADS',
          'company:b',
        )!;
        if (state) {
          const before = stateToProperties(state);
          const append = appendDocumentSources(headOf(state, before), docId, fresh)!;
          expect(applyInStore(before, append)).toEqual(stateToProperties(expected));
          cases++;
          if ('docId' in append.patch) newStrongest++;
        }
        state = expected;
      }
    }
    expect(cases).toBeGreaterThan(1000);
    expect(newStrongest).toBeGreaterThan(100); // the strongest source and the relation's properties do move
  });

  it('marks the block as going at the end only when every stored source has a smaller document id', () => {
    const fresh = relations(rng(3), 'b', 1);
    const head = (lastDocId: string): RelationHead => ({
      from: 'x',
      type: 'LEADS',
      to: 'y',
      strongest: { docId: 'a', start: 0, end: 1, method: 'm', confidence: 1 },
      support: 1,
      extraKeys: [],
      lastDocId,
    });
    expect(appendDocumentSources(head('a'), 'b', fresh)?.atEnd).toBe(true);
    expect(appendDocumentSources(head('c'), 'b', fresh)?.atEnd).toBe(false);
    expect(appendDocumentSources(head('a'), 'b', [])).toBeNull();
  });

  it('leaves to the full rewrite the document ids the store may order differently', () => {
    expect(canAppendInStore('a00001')).toBe(true);
    expect(canAppendInStore('é-中文')).toBe(true);
    expect(canAppendInStore('\u{1F600}')).toBe(false);
    expect(canAppendInStore('\uFF01')).toBe(false);
  });
});
