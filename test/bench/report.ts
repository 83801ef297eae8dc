// Writes one benchmark's section into BENCHMARKS.md between markers, leaving the other sections as they are.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT } from '../../core/project-paths.ts';

export const BENCHMARKS_FILE = path.join(PROJECT_ROOT, 'BENCHMARKS.md');

const HEADER = `# Benchmarks

Figures from \`npm run bench\` (or one \`npm run bench:<name>\`). These machines are noisy: each benchmark times a peer
in the same run and reports the ratio, which is the figure to compare across runs.
`;

/** The machine a figure was measured on, for the section's first line. */
export function machineLine(): string {
  return `${new Date().toISOString().slice(0, 10)} · Node ${process.version} · ${os.cpus().length} × ${os.cpus()[0]?.model.trim() ?? 'cpu'} · ${Math.round(os.totalmem() / 2 ** 30)} GiB`;
}

export function writeSection(name: string, markdown: string, file = BENCHMARKS_FILE): void {
  const begin = `<!-- bench:${name} -->`;
  const end = `<!-- /bench:${name} -->`;
  const block = `${begin}\n${markdown.trim()}\n${end}`;
  let text = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : HEADER;
  const i = text.indexOf(begin);
  const j = text.indexOf(end);
  text = i >= 0 && j > i ? text.slice(0, i) + block + text.slice(j + end.length) : `${text.trimEnd()}\n\n${block}\n`;
  fs.writeFileSync(file, text);
}
