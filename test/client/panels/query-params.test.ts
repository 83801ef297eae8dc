// paramNames: the $parameters of a Cypher text, ignoring strings, comments and backticked names that merely contain a $.
import { describe, expect, it } from 'vitest';
import { paramNames } from '../../../client/src/panels/query-params.ts';

describe('paramNames', () => {
  it('lists each parameter once, in order of first use', () => {
    expect(
      paramNames('MATCH (e:Entity {id: $id})-[r]-(b) WHERE r.date >= $since AND b.id <> $id RETURN b LIMIT $limit'),
    ).toEqual(['id', 'since', 'limit']);
  });

  it('ignores dollars inside strings, comments and backticked identifiers', () => {
    const q = `// uses $notThis
MATCH (n) /* nor $this */ WHERE n.name = '$price' OR n.note = "it's $5" OR n.\`$odd\` = $real RETURN n`;
    expect(paramNames(q)).toEqual(['real']);
  });

  it('reads backticked parameter names and escaped quotes in strings', () => {
    expect(paramNames("RETURN 'a \\' $no' AS s, $`my param` AS p, $x1")).toEqual(['my param', 'x1']);
  });

  it('finds none in a query without parameters', () => {
    expect(paramNames('MATCH (n) RETURN count(n)')).toEqual([]);
  });
});
