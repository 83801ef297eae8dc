// Parses one saved-query file (its `// name:`, `// description:`, `// param:`, `// view:`, `// tags:` headers and its Cypher body); pure, no I/O.
import { QueryFileError } from './errors.ts';
import { ENTITY_LABELS } from './graph-model.ts';

export const PARAM_TYPES = ['string', 'int', 'float', 'boolean', 'date', 'entity'] as const;
export type ParamType = (typeof PARAM_TYPES)[number];
export type ParamValue = string | number | boolean;

export interface QueryParam {
  name: string;
  type: ParamType;
  /** For `entity(<Label>)`: the label the entity must carry (`Entity` for any entity). */
  label?: string;
  /** The default, already converted to the type (a date or an entity id stays a string). */
  default?: ParamValue;
  description: string;
}

export type QueryView = 'graph' | 'table';

export interface SavedQuery {
  /** The file name without `.cypher`: stable, used in URLs. */
  id: string;
  name: string;
  description: string;
  params: QueryParam[];
  view: QueryView;
  tags: string[];
  /** The body: everything after the header comments. */
  cypher: string;
}

/** Labels an entity parameter may name: any entity label, or `Entity` for entities of any type. */
export const ENTITY_PARAM_LABELS: readonly string[] = ['Entity', ...ENTITY_LABELS];

/** An entity id as the loader writes it: `<type>:<slug>`, e.g. `person:howard-lutnick`. */
export const ENTITY_ID = /^[a-z][a-z0-9-]*:[^\s:][^\s]*$/;

const HEADER = /^\/\/\s*([A-Za-z][\w-]*)\s*:\s*(.*?)\s*$/;
const KNOWN_HEADERS = new Set(['name', 'description', 'param', 'view', 'tags']);
/** `<name> <type> [= default] — description`; the dash before the description is an em dash, an en dash or `--`. */
const PARAM =
  /^([A-Za-z_][A-Za-z0-9_]*)\s+([a-z]+)(?:\(\s*([A-Za-z]+)\s*\))?\s*(?:=\s*(.*?)\s*)?(?:\s(?:—|–|--)\s*(.*))?$/;

/**
 * Converts a value given as text (a header default, a query-string value) to the parameter's type, or returns
 * a sentence saying what was expected. Shared by the header parser and coerceParams so both agree.
 */
export function convertText(
  param: Pick<QueryParam, 'type' | 'label'>,
  text: string,
): { value: ParamValue } | { expected: string } {
  const t = text.trim();
  switch (param.type) {
    case 'string':
      return { value: text };
    case 'int': {
      if (!/^-?\d+$/.test(t) || !Number.isSafeInteger(Number(t))) return { expected: 'an integer' };
      return { value: Number(t) };
    }
    case 'float': {
      const n = Number(t);
      if (t === '' || !/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(t) || !Number.isFinite(n))
        return { expected: 'a number' };
      return { value: n };
    }
    case 'boolean':
      if (t === 'true') return { value: true };
      if (t === 'false') return { value: false };
      return { expected: 'true or false' };
    case 'date':
      return isIsoDate(t) ? { value: t } : { expected: 'a date as YYYY-MM-DD' };
    case 'entity':
      return ENTITY_ID.test(t)
        ? { value: t }
        : {
            expected: `an entity id like "chip:h20"${param.label && param.label !== 'Entity' ? ` (a ${param.label})` : ''}`,
          };
  }
}

/** A real calendar date written YYYY-MM-DD. */
export function isIsoDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

/** Parameter names used as `$name` (or `` $`name` ``) in the body, outside strings and comments, each with its 1-based line. */
export function usedParameters(cypher: string): Map<string, number> {
  const used = new Map<string, number>();
  let line = 1;
  let i = 0;
  const n = cypher.length;
  const skipTo = (end: number) => {
    for (let k = i; k < end && k < n; k++) if (cypher[k] === '\n') line++;
    i = end;
  };
  while (i < n) {
    const c = cypher[i];
    const next = cypher[i + 1];
    if (c === '/' && next === '/') {
      const end = cypher.indexOf('\n', i);
      skipTo(end < 0 ? n : end);
    } else if (c === '/' && next === '*') {
      const end = cypher.indexOf('*/', i + 2);
      skipTo(end < 0 ? n : end + 2);
    } else if (c === "'" || c === '"' || c === '`') {
      let j = i + 1;
      while (j < n && cypher[j] !== c) j += cypher[j] === '\\' && c !== '`' ? 2 : 1;
      skipTo(j + 1);
    } else if (c === '$') {
      const m = /^\$(?:`([^`]+)`|([\p{L}_][\p{L}\p{N}_]*))/u.exec(cypher.slice(i, i + 200));
      if (m) {
        const name = m[1] ?? m[2];
        if (!used.has(name)) used.set(name, line);
        skipTo(i + m[0].length);
      } else skipTo(i + 1);
    } else {
      skipTo(i + 1);
    }
  }
  return used;
}

function parseParam(file: string, line: number, text: string): QueryParam {
  const m = PARAM.exec(text);
  if (!m)
    throw new QueryFileError(
      file,
      line,
      `bad param header "${text}". Expecting "<name> <type> [= default] — description".`,
    );
  const [, name, typeWord, label, defaultText, description] = m;
  if (!(PARAM_TYPES as readonly string[]).includes(typeWord)) {
    throw new QueryFileError(
      file,
      line,
      `param "${name}" has unknown type "${typeWord}". Expecting one of: string, int, float, boolean, date, entity(<Label>).`,
    );
  }
  const type = typeWord as ParamType;
  if (type === 'entity' && !label)
    throw new QueryFileError(
      file,
      line,
      `param "${name}": type entity needs a label, e.g. entity(Person) or entity(Entity).`,
    );
  if (type !== 'entity' && label)
    throw new QueryFileError(
      file,
      line,
      `param "${name}": only the entity type takes a label; "${typeWord}(${label})" is not a type.`,
    );
  if (label && !ENTITY_PARAM_LABELS.includes(label)) {
    throw new QueryFileError(
      file,
      line,
      `param "${name}" names unknown entity label "${label}". Expecting one of: ${ENTITY_PARAM_LABELS.join(', ')}.`,
    );
  }
  if (!description?.trim())
    throw new QueryFileError(
      file,
      line,
      `param "${name}" has no description. Expecting "<name> <type> [= default] — description".`,
    );
  const param: QueryParam = { name, type, description: description.trim() };
  if (label) param.label = label;
  if (defaultText !== undefined) {
    // A default may be quoted so that it can hold spaces or dashes; the quotes are not part of it.
    const unquoted = /^(['"])(.*)\1$/.exec(defaultText);
    const converted = convertText(param, unquoted ? unquoted[2] : defaultText);
    if ('expected' in converted) {
      throw new QueryFileError(
        file,
        line,
        `param "${name}" has default ${JSON.stringify(defaultText)}, which does not fit type ${typeWord}${label ? `(${label})` : ''}: expecting ${converted.expected}.`,
      );
    }
    param.default = converted.value;
  }
  return param;
}

/**
 * Parses a saved-query file. `file` is the file name (its id is the name without `.cypher`); errors are
 * QueryFileError naming the file and the line.
 */
export function parseQueryFile(file: string, text: string): SavedQuery {
  const base = file.split(/[\\/]/).pop() ?? file;
  if (!base.endsWith('.cypher')) throw new QueryFileError(file, undefined, 'a saved query file must end in .cypher');
  const id = base.slice(0, -'.cypher'.length);
  if (!/^[A-Za-z0-9][A-Za-z0-9_-]*$/.test(id))
    throw new QueryFileError(
      file,
      undefined,
      `the file name "${base}" is not a usable id: use letters, digits, dashes and underscores.`,
    );

  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const headers: { name?: string; description?: string; view?: QueryView; tags?: string[] } = {};
  const seen = new Map<string, number>();
  const params: QueryParam[] = [];
  const paramLines = new Map<string, number>();
  let bodyStart = lines.length;
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i].trim();
    const lineNo = i + 1;
    if (raw === '') continue;
    if (!raw.startsWith('//')) {
      bodyStart = i;
      break;
    }
    const m = HEADER.exec(raw);
    if (!m) continue; // a plain comment in the header block
    const [, key, value] = m;
    if (!KNOWN_HEADERS.has(key))
      throw new QueryFileError(
        file,
        lineNo,
        `unknown header "${key}". Expecting name, description, param, view or tags.`,
      );
    if (key !== 'param') {
      if (seen.has(key))
        throw new QueryFileError(file, lineNo, `header "${key}" is given twice (first on line ${seen.get(key)}).`);
      seen.set(key, lineNo);
    }
    if (key === 'param') {
      const p = parseParam(file, lineNo, value);
      if (paramLines.has(p.name))
        throw new QueryFileError(
          file,
          lineNo,
          `param "${p.name}" is declared twice (first on line ${paramLines.get(p.name)}).`,
        );
      paramLines.set(p.name, lineNo);
      params.push(p);
    } else if (key === 'view') {
      if (value !== 'graph' && value !== 'table')
        throw new QueryFileError(file, lineNo, `view "${value}" is unknown. Expecting graph or table.`);
      headers.view = value;
    } else if (key === 'tags') {
      headers.tags = value
        .split(',')
        .map((t) => t.trim())
        .filter(Boolean);
    } else {
      if (!value) throw new QueryFileError(file, lineNo, `header "${key}" is empty.`);
      headers[key as 'name' | 'description'] = value;
    }
  }
  for (const key of ['name', 'description', 'view'] as const) {
    if (headers[key] === undefined) throw new QueryFileError(file, undefined, `the "// ${key}:" header is missing.`);
  }

  const cypher = lines.slice(bodyStart).join('\n').trim();
  if (!cypher) throw new QueryFileError(file, undefined, 'the file has headers but no Cypher after them.');
  const used = usedParameters(cypher);
  for (const p of params) {
    if (!used.has(p.name))
      throw new QueryFileError(
        file,
        paramLines.get(p.name),
        `param "${p.name}" is declared but the query never uses $${p.name}.`,
      );
  }
  for (const [name, line] of used) {
    if (!paramLines.has(name))
      throw new QueryFileError(
        file,
        bodyStart + line,
        `the query uses $${name}, which no "// param:" header declares.`,
      );
  }
  return {
    id,
    name: headers.name!,
    description: headers.description!,
    params,
    view: headers.view!,
    tags: headers.tags ?? [],
    cypher,
  };
}
