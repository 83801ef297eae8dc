// Where the project's own files are: the repository root and each folder code reads by default, defined once here.
import path from 'node:path';

export const PROJECT_ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');

export const SCHEMA_DIR = path.join(PROJECT_ROOT, 'cypher', 'schema'); // applied in file-name order, idempotent
export const QUERIES_DIR = path.join(PROJECT_ROOT, 'cypher', 'queries'); // the built-in saved queries
export const SEED_DOCUMENTS_DIR = path.join(PROJECT_ROOT, 'seed', 'documents'); // the shipped seed corpus
export const CLIENT_ROOT = path.join(PROJECT_ROOT, 'client'); // the explorer's sources and vite.config.ts
export const CLIENT_DIST = path.join(CLIENT_ROOT, 'dist'); // the built explorer the server serves
