// Runs the shared store suite on every test store: embedded (in memory) and Neo4j (NEO4J_TEST_URI).
import { forEachStore } from '../../_support/stores.ts';
import { describeGraphStore } from './graph-store.suite.ts';

forEachStore('GraphStore contract', (s) => describeGraphStore(s.kind, s.open));
