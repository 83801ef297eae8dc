// Child process of the isolated query runner: opens a read-only snapshot of the embedded graph and runs the user
// queries it is sent, one at a time. The parent kills it when a query runs past its timeout or its memory limit,
// which is the only way to stop a Grafeo query (the engine cannot interrupt one); the parent's graph is never
// touched. It exits when the parent goes away (the IPC channel closes).
import grafeo from '@grafeo-db/js';
import { toGraphValue } from '../store/embedded/map-value.ts';

type Db = InstanceType<typeof grafeo.GrafeoDB>;
type Message =
  | { type: 'open'; path: string }
  | { type: 'run'; id: number; text: string; params: Record<string, unknown>; rowLimit: number };

let db: Db | null = null;
const send = (m: unknown) => process.send?.(m);

process.on('disconnect', () => process.exit(0));
process.on('message', async (m: Message) => {
  if (m.type === 'open') {
    try {
      db?.close();
      db = grafeo.GrafeoDB.openReadOnly(m.path);
      send({ type: 'opened', path: m.path });
    } catch (e) {
      send({ type: 'open-failed', message: (e as Error).message });
    }
    return;
  }
  if (m.type === 'run') {
    try {
      if (!db) throw new Error('no snapshot is open');
      const raw = await db.executeCypher(m.text, m.params);
      const columns = [...raw.columns];
      const all = raw.toArray();
      // One row past the limit tells the parent the result was cut.
      const rows = all.slice(0, m.rowLimit + 1).map((row) => {
        const out: Record<string, unknown> = {};
        for (const c of columns) out[c] = toGraphValue(row[c], `column ${c}`);
        return out;
      });
      send({ type: 'result', id: m.id, columns, rows, total: all.length });
    } catch (e) {
      const err = e as Error & { gqlStatus?: string; name: string; details?: unknown };
      send({
        type: 'error',
        id: m.id,
        name: err.name,
        message: String(err.message ?? e),
        gqlStatus: err.gqlStatus,
        details: err.details,
      });
    }
  }
});
send({ type: 'ready' });
