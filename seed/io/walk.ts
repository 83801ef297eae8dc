// Expands the loader's inputs (files and directories, walked recursively) into a sorted list of files with their load root.
import fs from 'node:fs';
import path from 'node:path';
import { DocumentReadError } from './read-error.ts';

export interface InputFile {
  file: string;
  /** The directory ids are made relative to: the input directory, or a file input's own directory. */
  root: string;
}

/** Dot-files and READMEs inside a walked directory describe the corpus rather than belong to it. */
function ignoredInWalk(name: string): boolean {
  return name.startsWith('.') || /^readme(\.(md|txt))?$/i.test(name);
}

function walkDir(dir: string, root: string, out: InputFile[]): void {
  const entries = fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (ignoredInWalk(e.name)) continue;
    const full = path.join(dir, e.name);
    if (e.isDirectory()) walkDir(full, root, out);
    else if (e.isFile()) out.push({ file: full, root });
  }
}

/** Files to read, in a stable order; an input that does not exist is a DocumentReadError in `missing`. */
export function listInputFiles(inputs: string[]): { files: InputFile[]; missing: DocumentReadError[] } {
  const files: InputFile[] = [];
  const missing: DocumentReadError[] = [];
  for (const input of inputs) {
    const abs = path.resolve(input);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(abs);
    } catch {
      missing.push(new DocumentReadError(abs, 'no such file or directory'));
      continue;
    }
    if (stat.isDirectory()) walkDir(abs, abs, files);
    else files.push({ file: abs, root: path.dirname(abs) });
  }
  return { files, missing };
}
