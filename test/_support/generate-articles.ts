// Test helper: generates varied, realistic news articles about AI chips and export controls from templates, deterministically by seed.

export const PEOPLE = [
  ['Jensen Huang', 'chief executive of Nvidia'],
  ['Lisa Su', 'chief executive of AMD'],
  ['Howard Lutnick', 'Commerce Secretary'],
  ['Gina Raimondo', 'former Commerce Secretary'],
  ['Donald Trump', 'President'],
  ['Xi Jinping', 'Chinese President'],
  ['Pat Gelsinger', 'former Intel chief executive'],
  ['C.C. Wei', 'chairman of TSMC'],
  ['Ren Zhengfei', 'founder of Huawei'],
  ['Alan Estevez', 'Under Secretary for Industry and Security'],
  ['Wang Wentao', 'Chinese Commerce Minister'],
  ['Liang Wenfeng', 'founder of DeepSeek'],
] as const;
export const COMPANIES = [
  'Nvidia',
  'AMD',
  'Intel',
  'TSMC',
  'Huawei',
  'SMIC',
  'Samsung',
  'SK Hynix',
  'ASML',
  'Alibaba',
  'Tencent',
  'ByteDance',
  'DeepSeek',
  'Micron',
  'Broadcom',
];
export const CHIPS = [
  'H20',
  'H100',
  'H200',
  'B200',
  'MI308',
  'MI300X',
  'Ascend 910C',
  'Ascend 920',
  'Gaudi 3',
  'RTX Pro 6000D',
  'B30A',
];
const ORGS = [
  'the Commerce Department',
  'the Bureau of Industry and Security',
  'the White House',
  "China's Ministry of Commerce",
  'the Cyberspace Administration of China',
  'Congress',
];
const OUTLETS = [
  'Reuters',
  'Bloomberg',
  'CNBC',
  'the Financial Times',
  'The Wall Street Journal',
  'Nikkei Asia',
  'the South China Morning Post',
];
const COUNTRIES = [
  'China',
  'the United States',
  'Taiwan',
  'South Korea',
  'Japan',
  'the Netherlands',
  'Malaysia',
  'Singapore',
  'the United Arab Emirates',
  'India',
];
const POLICIES = [
  'the AI Diffusion Rule',
  'the October 2022 export controls',
  'the 15% revenue-sharing arrangement',
  'the entity list',
  'the CHIPS and Science Act',
  'the foreign direct product rule',
];
const VERBS = ['said', 'told reporters', 'said in a statement', 'wrote in a post', 'said on Tuesday', 'told investors'];

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Mulberry32: a small seeded PRNG, so a corpus is the same on every run. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface GeneratedArticle {
  id: string;
  title: string;
  source: string;
  date: string;
  text: string;
}

/** One article: 6–14 paragraphs mixing product, policy, quote and market sentences drawn from the lists above. */
export function generateArticle(index: number, seed = 1): GeneratedArticle {
  const r = rng(seed * 100_003 + index);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
  const company = pick(COMPANIES);
  const chip = pick(CHIPS);
  const [person, role] = pick(PEOPLE);
  const [other, otherRole] = pick(PEOPLE);
  const org = pick(ORGS);
  const outlet = pick(OUTLETS);
  const country = pick(COUNTRIES);
  const policy = pick(POLICIES);
  const month = 1 + Math.floor(r() * 12);
  const day = 1 + Math.floor(r() * 28);
  const date = `2025-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const sentences = [
    () => `${company} makes the ${chip}, a chip designed for AI training and inference.`,
    () =>
      `${person}, the ${role}, met with ${other} in Washington on ${['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'][Math.floor(r() * 5)]}.`,
    () =>
      `"We will continue to comply with every rule while serving customers in ${country}," ${person} ${pick(VERBS)}.`,
    () => `${org} issued ${policy}, which restricts sales of the ${chip} to ${country}.`,
    () =>
      `According to ${outlet}, ${company} has sold more than ${Math.floor(r() * 900 + 100)},000 units of the ${chip} this year.`,
    () => `${other}, ${otherRole}, said the restrictions would "backfire" and push buyers toward ${pick(COMPANIES)}.`,
    () => `In an interview with ${outlet}, ${person} said demand in ${country} remained strong despite ${policy}.`,
    () =>
      `Shares of ${company} rose ${(r() * 9).toFixed(1)}% after the announcement, while ${pick(COMPANIES)} fell ${(r() * 5).toFixed(1)}%.`,
    () =>
      `The ${chip} is based on the same architecture as the ${pick(CHIPS)}, analysts at ${pick(['Bernstein', 'Morgan Stanley', 'TrendForce', 'SemiAnalysis'])} wrote.`,
    () => `${pick(COMPANIES)} is based in ${pick(COUNTRIES)} and supplies memory to ${company}.`,
    () => `Officials in ${country} said they were reviewing the rules and would respond "in due course."`,
    () => `${person} told ${outlet} that the ${chip} "is not a threat to national security."`,
  ];
  const paragraphs: string[] = [];
  const count = 6 + Math.floor(r() * 9);
  for (let p = 0; p < count; p++) {
    const n = 1 + Math.floor(r() * 3);
    paragraphs.push(Array.from({ length: n }, () => capitalize(pick(sentences)())).join(' '));
  }
  return {
    id: `gen-${seed}-${index}`,
    title: `${company} and the ${chip}: ${policy} in focus`,
    source: outlet.replace(/^the /, ''),
    date,
    text: paragraphs.join('\n\n'),
  };
}

/** The article as a Markdown file with YAML front matter. */
export function articleMarkdown(a: GeneratedArticle): string {
  return `---\ntitle: ${JSON.stringify(a.title)}\nsource: ${JSON.stringify(a.source)}\ndate: ${a.date}\nlanguage: en\n---\n\n${a.text}\n`;
}
