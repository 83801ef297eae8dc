// Rule "a gerund and a colon before a quotation": releases introduce a quotation paragraph with an act of the speaker
// and a speech gerund ("Under Secretary Jo Roe has instructed officials not to enforce the rule, stating:" then the
// quotation as the next paragraph). The sentence's subject, its first speaker, speaks the paragraph after it, as
// after "X said:" (statement-patterns.ts COLON_INTRO).
import { FILL, HEAD } from '../text/attribution.ts';

const GERUNDS = 'stating|saying|adding|noting|writing|declaring|explaining|warning|announcing';

/** A sentence (masked) that opens with its subject and ends with ", stating:": `spk` is the subject. */
export const GERUND_COLON = new RegExp(
  `^[^"\\u201c\\u201d,;]{0,80}?(?<spk>${HEAD}${FILL}*)[^"\\u201c\\u201d;]{0,300}?,\\s*(?:${GERUNDS})\\s*:\\s*$`,
  'du',
);
