// Test helper: a strict, small XML well-formedness check (balanced tags, quoted attributes, only the five entities or char refs).

/** Throws with the offset of the first problem; returns the element names in document order. */
export function checkWellFormedXml(xml: string): string[] {
  const names: string[] = [];
  const stack: string[] = [];
  let i = xml.startsWith('<?xml') ? xml.indexOf('?>') + 2 : 0;
  const text = (s: string, at: number) => {
    if (/<|&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/.test(s))
      throw new Error(`XML: bad character or entity in text near ${at}`);
  };
  while (i < xml.length) {
    const lt = xml.indexOf('<', i);
    if (lt < 0) {
      text(xml.slice(i), i);
      break;
    }
    text(xml.slice(i, lt), i);
    const gt = xml.indexOf('>', lt);
    if (gt < 0) throw new Error(`XML: unclosed tag at ${lt}`);
    const tag = xml.slice(lt + 1, gt);
    const close = /^\/([A-Za-z_][\w.:-]*)\s*$/.exec(tag);
    if (close) {
      if (stack.pop() !== close[1]) throw new Error(`XML: mismatched </${close[1]}> at ${lt}`);
    } else {
      const open = /^([A-Za-z_][\w.:-]*)((?:\s+[A-Za-z_][\w.:-]*="[^"<]*")*)\s*(\/?)$/.exec(tag);
      if (!open) throw new Error(`XML: malformed tag <${tag.slice(0, 40)}> at ${lt}`);
      text(
        open[2].replace(/="[^"]*"/g, (m) => m),
        lt,
      );
      for (const m of open[2].matchAll(/="([^"]*)"/g)) text(m[1], lt);
      names.push(open[1]);
      if (!open[3]) stack.push(open[1]);
    }
    i = gt + 1;
  }
  if (stack.length) throw new Error(`XML: unclosed <${stack[stack.length - 1]}>`);
  return names;
}
