// The built-in saved-query catalog for tests: checked once per run by the global setup (global-setup.ts), shared here.
import { inject } from 'vitest';
import { catalogOf, type Catalog } from '../../server/queries/catalog.ts';

export function testCatalog(): Catalog {
  return catalogOf(inject('savedQueries'));
}
