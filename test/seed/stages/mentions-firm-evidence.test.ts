// Rule "firms by context" (seed/stages/mention-rules/firm-evidence.ts) and a country's name before a firm's or a
// paper's head word ("China Mobile", "China Daily"; name-finder.ts): organizations the text speaks of as firms are
// companies, wherever the document names them.
import { describe, expect, it } from 'vitest';
import { analyzeDocument, loadGazetteer } from '../../../seed/pipeline.ts';

const g = loadGazetteer();
const names = (raw: string) =>
  analyzeDocument({ id: 'fixture', raw, bodyStart: 0, bodyEnd: raw.length }, { gazetteer: g }).entities.map(
    (e) => `${e.type}:${e.name}`,
  );

describe('mention rule: firms by context', () => {
  it('types a name in apposition to a firm noun as a company, in every mention', () => {
    const n = names(
      'Regulators in Oslo questioned NORVEX on Monday. NORVEX, a Norwegian battery giant, denied wrongdoing. NORVEX shares fell.',
    );
    expect(n).toContain('Company:NORVEX');
    expect(n).not.toContain('Organization:NORVEX');
  });
  it('types the names listed after a firm noun as companies', () => {
    const n = names(
      'The panel wrote to three lenders—Harwick Capital, Bellamy Trust and Ostrander Brothers—on Tuesday.',
    );
    expect(n).toEqual(expect.arrayContaining(['Company:Harwick Capital', 'Company:Bellamy Trust']));
  });
  it('types a firm by an officer title or what only a firm has', () => {
    expect(names('Paul Reyes, the chief executive of Veltrona, spoke on Monday.')).toContain('Company:Veltrona');
    expect(names('Regulators in Oslo said Quintaro shareholders would vote on the deal.')).toContain(
      'Company:Quintaro',
    );
  });
  it('leaves people and places in apposition alone', () => {
    const n = names('"We are tired," said Omar Haddad, a 27-year-old West Bank labourer.');
    expect(n).toContain('Person:Omar Haddad');
    expect(n.some((x) => x.startsWith('Company:'))).toBe(false);
  });
  it('reads no apposition where the firm noun qualifies a person', () => {
    // ", the company's deputy director": a person's description, not the name's.
    const n = names('Hung Yung-ti, the company’s deputy director of factory operations, was sent to Phoenix.');
    expect(n.some((x) => x.startsWith('Company:'))).toBe(false);
  });
  it('never makes an institution a company because "the company" refers back near it', () => {
    const n = names(
      'According to a study by the Marlow Center for Energy Studies (MCES), the company can make more chips. Kestrel Mining said the company would grow.',
    );
    expect(n).toContain('Organization:Marlow Center for Energy Studies');
    expect(n).not.toContain('Company:Marlow Center for Energy Studies');
  });
  it("reads a legal form after a comma as the end of the firm's name, and a firm by its head word", () => {
    const n = names(
      'The committee added Qinghe Lianxin Microelectronics Co., Ltd., Dongtai Goke Microelectronics and two others to the list.',
    );
    expect(n).toEqual(
      expect.arrayContaining([
        'Company:Qinghe Lianxin Microelectronics Co., Ltd.',
        'Company:Dongtai Goke Microelectronics',
      ]),
    );
    expect(n.some((x) => /:Ltd\.?$/.test(x))).toBe(false);
  });
  it("types a name in apposition to a body's noun as an organization, in every mention", () => {
    const n = names(
      'The minister wrote to the Eerste Raad, the upper house of the Dutch parliament, on Monday. Eerste Raad members objected.',
    );
    expect(n).toContain('Organization:Eerste Raad');
    expect(n).not.toContain('Person:Eerste Raad');
  });
  it("types a firm's part as a company: 'its X unit', 'the parent's chip unit X'", () => {
    expect(names('Ostrava Systems said its Velmira unit designed the chip.')).toContain('Company:Velmira');
    expect(names('The chip was designed by Ostrava’s chip unit Kestral, officials said.')).toContain('Company:Kestral');
  });
  it('reads a country before a firm or paper head as one name', () => {
    const n = names('China Mobile and China Telecom lost ground, the China Daily said, while China grew.');
    expect(n).toEqual(
      expect.arrayContaining([
        'Company:China Mobile',
        'Company:China Telecom',
        'Organization:China Daily',
        'Country:China',
      ]),
    );
  });
  it('reads a firm lead before a country as an airline, not the country', () => {
    const n = names('A spokesman for Air France said flights to Canada would resume, and Air India agreed on Monday.');
    expect(n).toEqual(expect.arrayContaining(['Company:Air France', 'Company:Air India', 'Country:Canada']));
    expect(n).not.toContain('Country:France');
    expect(n).not.toContain('Country:India');
  });

  it('types a name after a firm noun as its title as a company ("chip designer X", "the supplier X")', () => {
    const n = names(
      'The deal was struck with chip designer Kunvara in March. Investors praised the supplier Brightwater.',
    );
    expect(n).toEqual(expect.arrayContaining(['Company:Kunvara', 'Company:Brightwater']));
    // A person's name keeps its type after a firm noun ("the developer Arthur Cohen").
    expect(names('In 2008, he and the developer Arthur G. Cohen negotiated a deal.')).not.toContain(
      'Company:Arthur G. Cohen',
    );
  });

  it("cuts a sentence's capitalized firm noun from the name after it", () => {
    const n = names('Startup Lisuan Tech unveiled a graphics card on Tuesday.');
    expect(n).toContain('Company:Lisuan Tech');
    expect(n.some((e) => e.includes('Startup'))).toBe(false);
  });

  it("types a guessed place in apposition to a firm's part as a company", () => {
    expect(names("Shares of Kunlunxin, Baidu's chip unit, rose after the listing plan.")).toContain(
      'Company:Kunlunxin',
    );
  });
});
