// Renders the OpenAPI document as one self-contained HTML page (no scripts, no CDN: the network may be closed).
type Json = Record<string, unknown>;

const esc = (s: unknown): string =>
  String(s ?? '').replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

function typeOf(schema: Json | undefined): string {
  if (!schema) return '';
  if (Array.isArray(schema.enum)) return schema.enum.map((v) => JSON.stringify(v)).join(' | ');
  if (schema.type === 'array') return `${typeOf(schema.items as Json)}[]`;
  if (Array.isArray(schema.anyOf)) return (schema.anyOf as Json[]).map(typeOf).join(' | ');
  const bounds = [
    schema.minimum !== undefined ? `≥ ${schema.minimum}` : '',
    schema.maximum !== undefined ? `≤ ${schema.maximum}` : '',
  ]
    .filter(Boolean)
    .join(', ');
  return `${String(schema.type ?? 'any')}${bounds ? ` (${bounds})` : ''}${schema.pattern ? ` matching ${schema.pattern}` : ''}`;
}

export function renderDocsPage(doc: Json): string {
  const info = doc.info as Json;
  const sections: string[] = [];
  for (const [path, ops] of Object.entries(doc.paths as Record<string, Record<string, Json>>)) {
    for (const [method, op] of Object.entries(ops)) {
      const params = (op.parameters as Json[] | undefined) ?? [];
      const rows = params
        .map((p) => {
          const s = p.schema as Json;
          const dflt = s?.default !== undefined ? ` default ${esc(JSON.stringify(s.default))}` : '';
          return `<tr><td><code>${esc(p.name)}</code></td><td>${esc(p.in)}${p.required ? ', required' : ''}</td><td>${esc(typeOf(s))}${dflt}</td><td>${esc(p.description ?? '')}</td></tr>`;
        })
        .join('');
      const body = (op.requestBody as Json | undefined)?.content as Record<string, { schema: Json }> | undefined;
      const responses = Object.entries(op.responses as Record<string, Json>)
        .map(([status, r]) => `<li><b>${esc(status)}</b> ${esc(r.description)}</li>`)
        .join('');
      sections.push(`<section id="${esc(`${method}-${path}`)}">
<h2><span class="m ${esc(method)}">${esc(method.toUpperCase())}</span> <code>${esc(path)}</code></h2>
<p>${esc(op.summary)}</p>
${rows ? `<table><tr><th>parameter</th><th>in</th><th>type</th><th>meaning</th></tr>${rows}</table>` : ''}
${body ? `<details><summary>request body (JSON Schema)</summary><pre>${esc(JSON.stringify(body['application/json'].schema, null, 2))}</pre></details>` : ''}
<ul class="responses">${responses}</ul>
</section>`);
    }
  }
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(info.title)}</title>
<style>
body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1d232a}
h1{margin-bottom:0}section{border-top:1px solid #dde;padding:.5rem 0}h2{font-size:1.05rem}
.m{display:inline-block;min-width:4.2rem;text-align:center;border-radius:4px;color:#fff;font-size:.8rem;padding:.1rem .3rem}
.get{background:#2a7ab0}.post{background:#2e8b57}.put{background:#b8860b}.delete{background:#b03a2e}
table{border-collapse:collapse;width:100%;font-size:.9rem}td,th{border:1px solid #dde;padding:.25rem .4rem;text-align:left;vertical-align:top}
pre{background:#f5f6f8;padding:.5rem;overflow:auto;font-size:.8rem}code{font-size:.92em}
</style></head><body>
<h1>${esc(info.title)}</h1><p>${esc(info.description)}</p>
<p>Machine-readable: <a href="/api/openapi.json">/api/openapi.json</a> (OpenAPI ${esc(doc.openapi)}).</p>
${sections.join('\n')}
</body></html>`;
}
