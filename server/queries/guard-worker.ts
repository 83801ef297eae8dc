// Worker thread of the guard pool: parses a canonical query text and runs the allow-list walk and Neo4j's semantic
// analysis on it, off the event loop. Answers {id, ok} or {id, ok: false, error} for each {id, text} it receives.
import { parentPort } from 'node:worker_threads';
import { ActorgraphError } from '../../core/errors.ts';
import { checkCanonical } from './read-only-guard.ts';

const port = parentPort;
if (!port) throw new Error('guard-worker.ts runs as a worker thread of guard-pool.ts');

// The first analysis loads and compiles Neo4j's front end (hundreds of ms): do it before saying ready.
try {
  checkCanonical('MATCH (n) RETURN n LIMIT 1');
} catch {
  // a warm-up failure shows again on the first real query
}
port.postMessage({ ready: true });

port.on('message', ({ id, text }: { id: number; text: string }) => {
  try {
    checkCanonical(text);
    port.postMessage({ id, ok: true });
  } catch (e) {
    const err = e as ActorgraphError;
    port.postMessage({ id, ok: false, error: { name: err.name, message: err.message, details: err.details } });
  }
});
