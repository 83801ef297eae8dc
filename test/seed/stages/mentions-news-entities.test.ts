// Entities of AI-chip news that hold on unseen articles: headline fragments, products typed by their head noun or their
// maker, nationality words, analysts' firms and government bodies by description (issue 14, item 3).
import { describe, expect, it } from 'vitest';
import { analyzeDocument, loadGazetteer } from '../../../seed/pipeline.ts';
import { toExtractionOutput } from '../../../seed/extract.ts';

const context = { gazetteer: loadGazetteer() };
function names(raw: string): string[] {
  const out = toExtractionOutput(analyzeDocument({ id: 'fixture', raw, bodyStart: 0, bodyEnd: raw.length }, context));
  return out.entities.filter((e) => e.mentions.length > 0).map((e) => `${e.type}:${e.name}`);
}

describe('news entities', () => {
  it('reads a long title-case headline with a figure or two as a headline: its capitals make no person', () => {
    const got = names(
      'Zentrix Warns of $2.5 Billion Hit as Curbs Bite on K40 Sales\n\nZentrix said on Tuesday it would take a charge.',
    );
    expect(got.filter((n) => n.startsWith('Person:'))).toEqual([]);
  });
});

describe('known firms of the industry (seed/gazetteer/industry-entities.yaml)', () => {
  it("types the analysts' and brokers' firms quoted on chips as companies", () => {
    const got = names('Jefferies cut its target for ASML. Morgan Stanley analysts said the selloff was overdone.');
    expect(got).toEqual(expect.arrayContaining(['Company:Jefferies', 'Company:Morgan Stanley']));
  });
});

describe('a name the text calls "it" (mention-rules/firm-evidence.ts)', () => {
  it('makes a one-word name followed by its verb and "its" or "said … it would" a company', () => {
    expect(names('Veltrona cut its forecast on Monday.')).toContain('Company:Veltrona');
    expect(names('Quorvex said on Tuesday it would take a charge.')).toContain('Company:Quorvex');
  });
  it('leaves the surname of someone named, and a given name, a person', () => {
    const got = names('Stacy Rasgon covers chips. Rasgon said it would take years.');
    expect(got).toContain('Person:Stacy Rasgon');
    expect(got.some((n) => n.startsWith('Company:'))).toBe(false);
  });
});

describe('products by their head noun (mention-rules/product-context.ts)', () => {
  it('makes an unknown name before "model" (after a modifier) a model, and before "chip" a chip', () => {
    const got = names(
      "Vantor released its Zorra reasoning model in January. Kestrel's Doubao model drew users. Xiaomi unveiled its XRING O1 chip.",
    );
    expect(got).toEqual(expect.arrayContaining(['Model:Zorra', 'Model:Doubao', 'Chip:XRING O1']));
  });
  it("makes a model family's word alone a model after a firm's possessive, and the same name elsewhere too", () => {
    const got = names("Anthropic's Claude competes with rivals. Users said Claude was fast.");
    expect(got).toContain('Model:Claude');
    expect(got.some((n) => n.startsWith('Person:'))).toBe(false);
  });
  it('leaves known firms, countries and nationalities before a head noun as they are', () => {
    const got = names('Nvidia chips and Chinese models were cited, as were U.S. chips.');
    expect(got.filter((n) => n.startsWith('Model:') || n.startsWith('Chip:'))).toEqual([]);
    expect(got).toContain('Company:Nvidia');
  });
});

describe('model names with a tier (mention-rules/name-finder.ts)', () => {
  it('reads a family, a tier and a version as one model: "Claude Opus 4", "Gemini 2.5 Pro"', () => {
    const got = names("Anthropic's Claude Opus 4 and Google's Gemini 2.5 Pro topped coding rankings.");
    expect(got).toEqual(expect.arrayContaining(['Model:Claude Opus 4', 'Model:Gemini 2.5 Pro']));
  });
  it('keeps a firm\'s head word with its known name: "Cambricon Technologies" is Cambricon', () => {
    const got = names('Cambricon Technologies and Hygon also gained.');
    expect(got).toContain('Company:Cambricon');
    expect(got).not.toContain('Company:Technologies');
  });
});

describe('a nationality alone (mentions.ts, "no nationality alone")', () => {
  it('makes no firm of "Chinese" in "Chinese tech giants" or "Chinese customers"', () => {
    const got = names(
      'Chinese tech giants such as Tencent and Alibaba had placed large orders. The license would be required to ship to Chinese customers. Chinese firms bought the H20.',
    );
    expect(got.some((n) => /:Chinese$/.test(n))).toBe(false);
    expect(got).toContain('Company:Tencent');
  });
});

describe('government bodies and media by description (text/government-bodies.ts)', () => {
  it("keeps a ministry named before its spokesperson, and a ministry named by an acronym's field", () => {
    const got = names(
      "China's foreign ministry spokesperson Lin Jian said Beijing opposed the curbs. India's IT ministry backed the plan.",
    );
    expect(got).toEqual(
      expect.arrayContaining(["Organization:China's foreign ministry", "Organization:India's IT ministry"]),
    );
  });
  it('reads "State media" without a country as an organization, and still not "U.S. government officials"', () => {
    const got = names(
      'State media said the restrictions would backfire. U.S. government officials declined to comment.',
    );
    expect(got).toContain('Organization:State media');
    expect(got.some((n) => n.includes('government'))).toBe(false);
  });
});

describe('short forms given after a comma (resolve-rules/acronyms.ts)', () => {
  it('merges "X, known as Y" whatever its letters, "X, or Y" when Y spells the initials, but not a list', () => {
    const got = names(
      "Vietnam's trade agency, known as VTX, added items. VTX said more would follow. Zentrix Advanced Semiconductor, or ZAS, rose. ZAS shares rose. Nvidia Corp, or AMD, may follow.",
    );
    expect(got.filter((n) => /VTX|ZAS/.test(n))).toEqual([]);
    expect(got).toEqual(
      expect.arrayContaining(['Company:Zentrix Advanced Semiconductor', 'Company:Nvidia', 'Company:AMD']),
    );
  });
  it('names a description after the known short form it is given: "Japan\'s trade ministry, known as METI"', () => {
    const got = names("Japan's trade ministry, known as METI, also added items.");
    expect(got).toContain('Organization:Ministry of Economy, Trade and Industry');
    expect(got).not.toContain("Organization:Japan's trade ministry");
  });
  it('matches a known legal form written with its full stop: "Taiwan Semiconductor Manufacturing Co." is TSMC', () => {
    expect(names('Taiwan Semiconductor Manufacturing Co. said demand was strong.')).toContain('Company:TSMC');
  });
});

describe('title-case common words (mention-rules/common-word-runs.ts)', () => {
  it('makes no organization of capitalized ordinary words the document also writes in lower case', () => {
    const got = names(
      'The rule adds Controls for Advanced Computing Items. Exports of advanced computing items to China need a licence. Zentrix said Advanced Computing was a priority.',
    );
    expect(got.some((n) => /:Advanced Computing/.test(n))).toBe(false);
  });
  it('keeps a name of ordinary words with an organization\'s head word ("… Division")', () => {
    const got = names(
      'The cases - which were brought by prosecutors in partnership with the National Security Division - span a range of technologies.',
    );
    expect(got).toContain('Organization:National Security Division');
  });
});

describe('places by context (mention-rules/place-context.ts)', () => {
  it('makes a given name\'s word after "in" and before a state a town: "in Clay, New York"', () => {
    const got = names('Micron broke ground in Clay, New York.');
    expect(got).toContain('Place:Clay');
    expect(got).not.toContain('Person:Clay');
  });
  it('makes a name before a region noun a place: "Johor state"', () => {
    const got = names("Chips were smuggled through Malaysia's Johor state.");
    expect(got).toContain('Place:Johor');
  });
});

describe('tickers, numbered products and known models', () => {
  it('makes no entity of a stock ticker in brackets after a firm', () => {
    const got = names('Shares of Zentrix Systems (ZTX.O) rose 1%, and Kestrel Holdings (9988.HK) fell.');
    expect(got.some((n) => /ZTX|9988/.test(n))).toBe(false);
  });
  it('reads a name with its number before a chip noun: "its Kirin 9020 chip"', () => {
    expect(names("Huawei's phone uses its Kirin 9020 chip.")).toContain('Chip:Kirin 9020');
  });
  it('types known assistants as models, with a variant after the version', () => {
    const got = names("ChatGPT maker OpenAI faces Google's Gemini 2.5 Pro.");
    expect(got).toEqual(expect.arrayContaining(['Model:ChatGPT', 'Company:OpenAI', 'Model:Gemini 2.5 Pro']));
  });
});

describe('an organization head word alone (mention-rules/common-word-runs.ts)', () => {
  it('makes no organization of "Ministry" opening "Ministry spokesperson …", but keeps "Congress"', () => {
    const got = names(
      'Ministry spokesperson He Yongqian said the probe would protect industry. Congress passed the bill.',
    );
    expect(got).not.toContain('Organization:Ministry');
    expect(got.some((n) => /Congress/.test(n))).toBe(true);
  });
});

describe('short names of a longer organization name (resolve-rules/name-variants.ts)', () => {
  it('merges "the Select Committee" into the one longer name holding its head word, not "Federal Reserve" into a bank', () => {
    const got = names(
      'The House Select Committee on the Chinese Communist Party held a hearing. The Select Committee said so. The Federal Reserve Bank of New York and the Federal Reserve disagreed.',
    );
    expect(got).not.toContain('Organization:Select Committee');
    expect(got).toEqual(
      expect.arrayContaining([
        'Organization:House Select Committee on the Chinese Communist Party',
        'Organization:Federal Reserve',
      ]),
    );
  });
});

describe('list members (text/senses.ts)', () => {
  it('keeps a place in a compound modifier out of a list of firms: "Zhipu AI and Shanghai-based MiniMax"', () => {
    const got = names('Beijing-based Zhipu AI and Shanghai-based MiniMax raised funds.');
    expect(got).not.toContain('Company:Shanghai');
  });
});

describe('an organization named with a comma list of fields (mention-rules/name-finder.ts)', () => {
  it('reads "Ministry of Investment, Trade and Industry" whole, and still splits a list of names', () => {
    const got = names(
      "Malaysia's Ministry of Investment, Trade and Industry said it would act. The Bank of England, Barclays and HSBC met.",
    );
    expect(got).toEqual(
      expect.arrayContaining([
        'Organization:Ministry of Investment, Trade and Industry',
        'Organization:Bank of England',
        'Company:Barclays',
      ]),
    );
  });
});

describe('versions and numbers after known models and chips (mention-rules/name-finder.ts)', () => {
  it('reads "Qwen 2.5-Max", "Kimi k1.5", "Doubao 1.5 Pro" and "RTX Pro 6000D" whole', () => {
    const got = names(
      "Alibaba said its Qwen 2.5-Max model was strong. Moonshot AI's Kimi k1.5 model followed. ByteDance's Doubao 1.5 Pro was also released. Nvidia may sell the RTX Pro 6000D.",
    );
    expect(got).toEqual(
      expect.arrayContaining(['Model:Qwen 2.5-Max', 'Model:Kimi k1.5', 'Model:Doubao 1.5 Pro', 'Chip:RTX Pro 6000D']),
    );
  });
});

describe('"He" as a family name after a title (mention-rules/name-finder.ts)', () => {
  it('reads "Spokesperson He Yadong" and "Vice Premier He Lifeng" as one person each', () => {
    const got = names(
      'Commerce Ministry Spokesperson He Yadong declined to elaborate. Vice Premier He Lifeng met Bessent.',
    );
    expect(got).toEqual(expect.arrayContaining(['Person:He Yadong', 'Person:He Lifeng']));
  });
});

describe('initials and numbered headings (mention-rules/person-checks.ts)', () => {
  it('makes no person of "H. R." or "I. Background", and keeps "J. Smith"', () => {
    const got = names('H. R. 8287 was introduced.\n\nI. Background\n\nThe rule follows. J. Smith said so.');
    expect(got.filter((n) => n.startsWith('Person:'))).toEqual(['Person:J. Smith']);
  });
});

describe('references to a part of a text (mention-rules/common-word-runs.ts)', () => {
  it('makes no entity of "SEC. 2." or "Section 1237", and keeps "The SEC fined"', () => {
    const got = names('SEC. 2. FINDINGS.\n\nUnder Section 1237 of the act, the list grows. The SEC fined the firm.');
    expect(got).toEqual(['Organization:Securities and Exchange Commission']);
    const out = toExtractionOutput(
      analyzeDocument({ id: 'f', raw: 'SEC. 2. FINDINGS.', bodyStart: 0, bodyEnd: 17 }, context),
    );
    expect(out.entities.filter((e) => e.mentions.length)).toEqual([]);
  });
});

describe('a list a government keeps (gazetteer policyHeads: List)', () => {
  it('makes "the Entity List" a policy, not a place', () => {
    const got = names('Nexaro, which makes AI accelerators, was added to the Entity List.');
    expect(got).toContain('Policy:Entity List');
    expect(got).not.toContain('Place:Entity List');
  });
});

describe('where market analysts work (text/senses.ts, workplaces)', () => {
  it('makes an organization guessed from shape that analysts work at a company, not an institute', () => {
    const got = names('Analysts at Kestrova Research expect growth. Economists at the Peterson Institute disagreed.');
    expect(got).toContain('Company:Kestrova Research');
    expect(got.some((n) => n.startsWith('Company:') && n.includes('Peterson'))).toBe(false);
  });
});

describe("a party's adjective after an institution (mention-rules/common-word-runs.ts)", () => {
  it('names the Senate, not "Senate Democratic", in "Senate Democratic leader Chuck Schumer"', () => {
    const got = names('Senate Democratic leader Chuck Schumer spoke.');
    expect(got).not.toContain('Organization:Senate Democratic');
    expect(got).toContain('Person:Chuck Schumer');
  });
});

describe('a head noun serves every name of its list (mention-rules/product-context.ts)', () => {
  it('reads "Cambricon\'s Siyuan 590 and Baidu\'s Kunlun P800 chips" and "its V3 and R1 models"', () => {
    const got = names(
      "Cambricon's Siyuan 590 and Baidu's Kunlun P800 chips were named. DeepSeek's V3 and R1 models shocked investors. Nvidia and AMD chips were compared.",
    );
    expect(got).toEqual(
      expect.arrayContaining(['Chip:Siyuan 590', 'Model:V3', 'Model:R1', 'Company:Nvidia', 'Company:AMD']),
    );
  });
});

describe("a building's or a venue's name (text/names.ts, gazetteer buildingTails)", () => {
  it('types "… Visitor Center" and "… Building" as places, and leaves a chamber of commerce an organization', () => {
    const got = names(
      'The hearing will be held in Room 210 of the Norland Visitor Center. Talks followed at the Vesper Building in Ottawa, where the Ottawa Chamber of Commerce met.',
    );
    expect(got).toEqual(
      expect.arrayContaining([
        'Place:Norland Visitor Center',
        'Place:Vesper Building',
        'Organization:Ottawa Chamber of Commerce',
      ]),
    );
  });
});

describe('a known name after "and" in an organization of a field (mention-rules/name-finder.ts)', () => {
  it('splits "the Department of Energy and Micron Technology" in two, and keeps "Bureau of Industry and Security" whole', () => {
    const got = names(
      'The grant was agreed by the Department of Energy and Micron Technology on Thursday. The Bureau of Industry and Security agreed.',
    );
    expect(got).not.toContain('Organization:Department of Energy and Micron Technology');
    expect(got).toEqual(expect.arrayContaining(['Company:Micron', 'Organization:Bureau of Industry and Security']));
  });
});

describe('a committee "on" a comma list of fields (mention-rules/name-finder.ts)', () => {
  it('reads "Senate Committee on Banking, Housing, and Urban Affairs" whole, serial comma and two-word field included', () => {
    const got = names(
      'The Senate Committee on Banking, Housing, and Urban Affairs met on Tuesday with the Vesta Group.',
    );
    expect(got).toContain('Organization:Senate Committee on Banking, Housing, and Urban Affairs');
  });
});

describe('a nationality in a compound of home', () => {
  it('reads "Dutch-based ASML" as the Netherlands (no place called Dutch), where the firm is based', () => {
    const raw = 'The curbs are expected to affect Dutch-based ASML, Europe’s largest semiconductor tech company.';
    const a = analyzeDocument({ id: 'fixture', raw, bodyStart: 0, bodyEnd: raw.length }, context);
    const out = toExtractionOutput(a);
    expect(out.entities.map((e) => `${e.type}:${e.name}`)).not.toContain('Place:Dutch');
    const name = new Map(out.entities.map((e) => [e.id, e.name]));
    expect(out.relations.map((r) => `${name.get(r.from)} ${r.type} ${name.get(r.to)}`)).toContain(
      'ASML BASED_IN Netherlands',
    );
  });
});
