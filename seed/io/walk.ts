// Expands the loader's inputs (files and directories, walked recursively) into a sorted list of regular files with
// their load root, and a reason for every input or entry it does not read (missing, a pipe, a link, a loop).
import fs from 'node:fs';
import path from 'node:path';
import { DocumentReadError } from './read-error.ts';

export interface InputFile {
  file: string;
  /** The directory ids are made relative to: the input directory, or a file input's own directory. */
  root: string;
}

/** Dot-files and READMEs inside a walked directory describe the corpus rather than belong to it (not reported). */
function ignoredInWalk(name: string): boolean {
  return name.startsWith('.') || /^readme(\.(md|txt))?$/i.test(name);
}

/** What a non-regular, non-directory entry is, for the reason it is skipped. */
function kindOf(s: {
  isFIFO(): boolean;
  isSocket(): boolean;
  isCharacterDevice(): boolean;
  isBlockDevice(): boolean;
}): string {
  if (s.isFIFO()) return 'a named pipe';
  if (s.isSocket()) return 'a socket';
  if (s.isCharacterDevice() || s.isBlockDevice()) return 'a device';
  return 'not a regular file';
}

function walkDir(dir: string, root: string, out: InputFile[], skipped: DocumentReadError[]): void {
  let entries: fs.Dirent[];
  try {
    entries = fs
      .readdirSync(dir, { withFileTypes: true })
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch (e) {
    skipped.push(
      new DocumentReadError(dir, `skipped: cannot list the folder (${(e as NodeJS.ErrnoException).code ?? 'error'})`),
    );
    return;
  }
  for (const e of entries) {
    if (ignoredInWalk(e.name)) continue;
    const full = path.join(dir, e.name);
    if (e.isDirectory()) walkDir(full, root, out, skipped);
    else if (e.isFile()) out.push({ file: full, root });
    // Links are not followed inside a folder: a link to a parent folder would walk forever, and the corpus is what lies in it.
    else if (e.isSymbolicLink())
      skipped.push(
        new DocumentReadError(
          full,
          'skipped: a symbolic link inside a folder is not followed (name it on the command line to load its target)',
        ),
      );
    else skipped.push(new DocumentReadError(full, `skipped: ${kindOf(e)}, not a regular file`));
  }
}

/** Why a command-line input cannot be read: missing, a dangling or looping link. */
function unreadable(abs: string, err: NodeJS.ErrnoException): DocumentReadError {
  let link = false;
  try {
    link = fs.lstatSync(abs).isSymbolicLink();
  } catch {
    link = false;
  }
  if (err.code === 'ELOOP')
    return new DocumentReadError(abs, 'skipped: a symbolic link that points to itself or loops');
  if (link && err.code === 'ENOENT')
    return new DocumentReadError(abs, `skipped: a symbolic link to ${fs.readlinkSync(abs)}, which does not exist`);
  if (err.code === 'EACCES') return new DocumentReadError(abs, 'skipped: permission denied');
  return new DocumentReadError(abs, 'no such file or directory');
}

/**
 * Regular files to read, in a stable order, and every input or walked entry that is not read, with its reason.
 * A file or link named on the command line is followed; pipes, sockets and devices are never opened (they could block).
 */
export function listInputFiles(inputs: string[]): { files: InputFile[]; skipped: DocumentReadError[] } {
  const files: InputFile[] = [];
  const skipped: DocumentReadError[] = [];
  for (const input of inputs) {
    const abs = path.resolve(input);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(abs);
    } catch (e) {
      skipped.push(unreadable(abs, e as NodeJS.ErrnoException));
      continue;
    }
    if (stat.isDirectory()) walkDir(abs, abs, files, skipped);
    else if (stat.isFile()) files.push({ file: abs, root: path.dirname(abs) });
    else skipped.push(new DocumentReadError(abs, `skipped: ${kindOf(stat)}, not a regular file`));
  }
  return { files, skipped };
}
