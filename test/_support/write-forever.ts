// Test helper process: writes batches of nodes into a graph file until it is killed, printing "batch N" after each commit.
import { EmbeddedGraphStore } from '../../server/store/embedded/embedded-store.ts';

const [file, size] = process.argv.slice(2);
const store = EmbeddedGraphStore.open({ path: file });
for (let batch = 0; ; batch++) {
  const rows = Array.from({ length: Number(size) }, (_, i) => ({ id: `chip:${batch}-${i}`, batch }));
  await store.writeBatch([{ query: 'UNWIND $rows AS r CREATE (c:Chip) SET c = r', params: { rows } }]);
  process.stdout.write(`batch ${batch}\n`);
}
