// Rule "a titled speaker label": releases and recaps print a member's words as a paragraph that opens with the
// speaker's title, name and perhaps party, a colon and a quotation (`Senator Jo Roe (R-Ind.): "…"`,
// `Chairman Roe: "…"`). The statements stage reads it like its plain label (`ROE: …`, statement-patterns.ts LABEL),
// with the same groups: `spk` the masked speaker, `quote` the opening quotation mark (the words are quoted). A
// recap of reactions lists each one so, the title words perhaps naming a body ("United Steelworkers International
// President Tom Conway: "…"") and an apposition perhaps after the name (`Chairman Jo Roe (MA-01), House Ways and Means
// Committee: "…"`); a body's name may hold "of", "for", "and" ("Brotherhood of Teamsters President Jo Roe: "…"").
import { FILL, HEAD } from '../text/attribution.ts';

export const TITLED_LABEL = new RegExp(
  `^\\s*(?:(?:[\\p{Lu}][\\p{L}\\p{M}.'-]*|${HEAD}${FILL}*)\\s+(?:(?:of|for|and|on|the)\\s+)?){0,6}?(?<spk>${HEAD}${FILL}*)\\s*(?:\\([^()\\n]{1,24}\\))?(?:,\\s+(?:[\\p{Lu}${HEAD}${FILL}][^,:;"\\u201c\\u201d\\n]{0,90}?|(?:the|a|an)\\s[^,:;"\\u201c\\u201d\\n]{0,90}?))?\\s*:\\s*(?<quote>["\\u201c])`,
  'du',
);
