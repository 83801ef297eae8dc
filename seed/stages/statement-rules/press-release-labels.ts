// Rule "a titled speaker label": releases and recaps print a member's words as a paragraph that opens with the
// speaker's title, name and perhaps party, a colon and a quotation (`Senator Jo Roe (R-Ind.): "…"`,
// `Chairman Roe: "…"`). The statements stage reads it like its plain label (`ROE: …`, statement-patterns.ts LABEL),
// with the same groups: `spk` the masked speaker, `quote` the opening quotation mark (the words are quoted).
import { FILL, HEAD } from '../text/attribution.ts';

export const TITLED_LABEL = new RegExp(
  `^\\s*(?:[\\p{Lu}][\\p{L}\\p{M}.'-]*\\s+){0,4}?(?<spk>${HEAD}${FILL}*)\\s*(?:\\([^()\\n]{1,24}\\))?\\s*:\\s*(?<quote>["\\u201c])`,
  'du',
);
