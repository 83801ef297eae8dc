// parseYamlData: the extractor's YAML data parsed as the yaml package parses it, through a JSON copy keyed by the text.
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseYamlData, yamlCacheDir } from '../../../seed/io/yaml-cache.ts';
import { useTempBuildCache } from '../../_support/cli-run.ts';

const _dir = useTempBuildCache('actorgraph-yaml-cache-');
const copies = () => (fs.existsSync(yamlCacheDir()) ? fs.readdirSync(yamlCacheDir()) : []);

const TEXT =
  'titles:\n  - title: chief executive\n    leads: true\nwords: [a, "b: c", 3, null]\nnested: { x: { y: [1.5] } }\n';

describe('parseYamlData', () => {
  it('gives what the YAML parser gives, first parsed, then from the JSON copy', () => {
    expect(parseYamlData(TEXT)).toEqual(parse(TEXT));
    expect(copies()).toHaveLength(1);
    const copy = path.join(yamlCacheDir(), copies()[0]);
    expect(JSON.parse(fs.readFileSync(copy, 'utf8'))).toEqual(parse(TEXT));
    // The copy is what a second read returns: changing it (never done outside this test) shows it is the one read.
    fs.writeFileSync(copy, '{"from":"copy"}');
    expect(parseYamlData(TEXT)).toEqual({ from: 'copy' });
  });

  it('keys copies by the exact text: an edited file is parsed again', () => {
    expect(parseYamlData(`${TEXT}more: 1\n`)).toEqual({ ...parse(TEXT), more: 1 });
    expect(copies()).toHaveLength(2);
  });

  it('parses again over an unreadable copy and replaces it', () => {
    const text = 'a: [1, 2]\n';
    parseYamlData(text);
    const copy = copies()
      .map((f) => path.join(yamlCacheDir(), f))
      .find((f) => fs.readFileSync(f, 'utf8') === '{"a":[1,2]}')!;
    fs.writeFileSync(copy, '{"a": [1,');
    expect(parseYamlData(text)).toEqual({ a: [1, 2] });
    expect(fs.readFileSync(copy, 'utf8')).toBe('{"a":[1,2]}');
  });

  it('keeps no copy of a value JSON would change (infinity), and throws the parser error on bad YAML', () => {
    const n = copies().length;
    expect(parseYamlData('x: .inf\n')).toEqual({ x: Number.POSITIVE_INFINITY });
    expect(copies()).toHaveLength(n);
    expect(() => parseYamlData('a: [1, 2\n')).toThrow();
  });
});
