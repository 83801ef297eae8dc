// The eval runner's reading of a script's output: the last JSON summary line, or nothing (the script has no --json yet).
import { describe, expect, it } from 'vitest';
import { errorLines, evaluations, lastSummary } from './run.ts';

describe('npm run eval', () => {
  it('takes the last line when it is a JSON summary', () => {
    const out =
      'progress…\n{"name":"x","size":{},"metrics":[{"measure":"m","value":0.5,"goal":"≥ 0.9"}],"errors":[]}\n';
    expect(lastSummary(out)?.metrics[0].value).toBe(0.5);
  });

  it('finds no summary in a plain-text report or a JSON line that is not one', () => {
    expect(lastSummary('PER: precision 0.945 recall 0.947\n216 documents')).toBeUndefined();
    expect(lastSummary('{"name":"x"}')).toBeUndefined();
    expect(lastSummary('{"name":"x","metrics":[]}\nthe end')).toBeUndefined();
  });

  it('scores the news dev set as its own row, with the in-domain script pointed at its folder', () => {
    const news = evaluations({}).find((e) => e.name === 'indomain-news');
    expect(news?.script).toBe('test/eval/indomain.ts');
    expect(news?.args[0]).toMatch(/test[\\/]eval[\\/]indomain-news$/);
    expect(evaluations({}).map((e) => e.name)).toEqual([
      'indomain',
      'indomain-news',
      'indomain-more',
      'indomain-journalism',
      'heldout-news',
      'heldout-voa',
      'polnear',
      'polnear-train',
      'polnear-holdout',
      'conll',
      'conll-holdout',
    ]);
  });

  it('scores the third dev set as its own dev row (not held out), with the in-domain script pointed at its folder', () => {
    const more = evaluations({}).find((e) => e.name === 'indomain-more');
    expect(more?.script).toBe('test/eval/indomain.ts');
    expect(more?.args[0]).toMatch(/test[\\/]eval[\\/]indomain-more$/);
    expect(more?.data).toMatch(/test[\\/]eval[\\/]indomain-more[\\/]gold$/);
    expect(more?.heldOut).toBeUndefined();
  });

  it('scores the journalism dev set as its own dev row (not held out), with the in-domain script pointed at its folder', () => {
    const journalism = evaluations({}).find((e) => e.name === 'indomain-journalism');
    expect(journalism?.script).toBe('test/eval/indomain.ts');
    expect(journalism?.args[0]).toMatch(/test[\\/]eval[\\/]indomain-journalism$/);
    expect(journalism?.data).toMatch(/test[\\/]eval[\\/]indomain-journalism[\\/]gold$/);
    expect(journalism?.heldOut).toBeUndefined();
  });

  it('scores each held-out set as its own row, marked held out: the two news sets, the PolNeAR and CoNLL set-aside fifths', () => {
    const held = evaluations({}).filter((e) => e.heldOut);
    expect(held.map((e) => e.name)).toEqual(['heldout-news', 'heldout-voa', 'polnear-holdout', 'conll-holdout']);
    for (const ev of held.filter((e) => e.name.startsWith('heldout-'))) {
      expect(ev.script).toBe('test/eval/indomain.ts');
      expect(ev.args[0]).toMatch(new RegExp(`test[\\\\/]eval[\\\\/]${ev.name}$`));
      expect(ev.data).toMatch(new RegExp(`test[\\\\/]eval[\\\\/]${ev.name}[\\\\/]gold$`));
    }
  });

  it('points PolNeAR and CoNLL at the environment’s data, else the default paths', () => {
    const byName = (env: NodeJS.ProcessEnv) => Object.fromEntries(evaluations(env).map((e) => [e.name, e.args[0]]));
    expect(byName({})).toMatchObject({
      polnear: '/tmp/polnear/dev',
      'polnear-train': '/tmp/polnear/train',
      'polnear-holdout': '/tmp/polnear/train',
      conll: '/tmp/conll/eng.testa',
      'conll-holdout': '/tmp/conll/eng.train',
    });
    expect(
      byName({ POLNEAR_DIR: '/d/p', POLNEAR_TRAIN: '/d/pt', CONLL_DEV: '/d/c', CONLL_TRAIN: '/d/t' }),
    ).toMatchObject({
      polnear: '/d/p',
      'polnear-train': '/d/pt',
      'polnear-holdout': '/d/pt',
      conll: '/d/c',
      'conll-holdout': '/d/t',
    });
  });

  it('lists a dev set’s top error kinds with examples, and withholds the held-out set’s', () => {
    const summary = {
      name: 'indomain',
      size: {},
      metrics: [],
      errors: [
        { kind: 'statement: missed', count: 2, examples: ['doc-a: X | secret words', 'doc-b: Y | more'] },
        { kind: 'entity: Person missed', count: 5, examples: ['doc-a: Some Name'] },
      ],
    };
    const dev = errorLines({ name: 'indomain-news' }, summary, 1);
    expect(dev[0]).toBe('indomain-news — top error kinds:');
    expect(dev[1]).toContain('5  entity: Person missed');
    expect(dev.join('\n')).toContain('doc-a: X | secret words');
    expect(dev.join('\n')).not.toContain('doc-b');
    const held = errorLines({ name: 'heldout-news', heldOut: true }, summary, 3);
    expect(held).toEqual(['heldout-news — error kinds and examples withheld (held-out set: figures only)']);
    expect(errorLines({ name: 'heldout-news', heldOut: true }, { ...summary, errors: [] }, 3)).toEqual([]);
    expect(errorLines({ name: 'heldout-voa', heldOut: true }, summary, 3)).toEqual([
      'heldout-voa — error kinds and examples withheld (held-out set: figures only)',
    ]);
  });
});
