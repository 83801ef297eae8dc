// The error class of a file or record the loader refuses, with where it came from (file, line) and why.
import { InvalidArgumentError } from '../../core/errors.ts';

export interface ReadFailure {
  file: string;
  /** 1-based line of a JSON Lines record, or the 1-based record number of a JSON array. */
  line?: number;
  reason: string;
}

/** A document cannot be read: empty, binary, invalid UTF-8, too large, unsupported, or malformed. */
export class DocumentReadError extends InvalidArgumentError {
  readonly file: string;
  readonly line?: number;
  readonly reason: string;
  constructor(file: string, reason: string, line?: number) {
    super(`${file}${line === undefined ? '' : `:${line}`}: ${reason}`);
    this.file = file;
    this.reason = reason;
    if (line !== undefined) this.line = line;
  }

  toFailure(): ReadFailure {
    return this.line === undefined
      ? { file: this.file, reason: this.reason }
      : { file: this.file, line: this.line, reason: this.reason };
  }
}
