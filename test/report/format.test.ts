import { describe, expect, it } from 'vitest';
import { compactDiff, formatJson, formatMarkdown, formatReport, formatReports, formatText } from './imports.js';
import { fixtureReport } from './fixture.js';

describe('formatText', () => {
  it('groups findings by severity with texts, diff, counts and errors', () => {
    expect(formatText(fixtureReport)).toMatchInlineSnapshot(`
      "crosscheck: 2 articles: wire (Wire Service), blog

      HIGH (1)
        d1  quote-altered  blog @10-52
            "We will never raise taxes on families,"
            vs wire (Wire Service) @120-170: "We will not raise taxes on working families this year,"
            The quotation differs from Wire Service: "not" became "never".
            diff: We will [-not-]{+never+} raise taxes on [-working-] families [-this year-],

      MEDIUM (1)
        d2  paraphrase-as-quote  blog @80-121
            "The mayor was in talks with the council."
            vs wire (Wire Service) @200-249: "The mayor was in talks with the council, she said."
            Quoted, but Wire Service gives this as paraphrase.
            diff: … talks with the council[-, she said-].

      LOW (1)
        d3  duplicate-passage  blog @200-220
            "Prices rose | sharply"
            vs blog @150-170: "Prices rose | sharply"
            The same passage appears twice.

      INFO (1)
        d4  single-source  wire (Wire Service) @300-330
            "The budget *passed* on Friday."
            Only Wire Service reports this.

      4 findings: 1 high, 1 medium, 1 low, 1 info

      1 input error:
        not-found: missing.txt: file not found
      "
    `);
  });
  it('says so when there is nothing to report', () => {
    expect(formatText({ ...fixtureReport, discrepancies: [], errors: [] })).toMatchInlineSnapshot(`
      "crosscheck: 2 articles: wire (Wire Service), blog

      No discrepancies found.
      "
    `);
  });
});

describe('compactDiff', () => {
  it('shortens long unchanged runs', () => {
    const parts = [
      { op: 'equal' as const, text: 'one two three four five six seven ' },
      { op: 'delete' as const, text: 'eight' },
      { op: 'insert' as const, text: 'ate' },
      { op: 'equal' as const, text: ' nine ten eleven twelve thirteen fourteen' },
    ];
    expect(compactDiff(parts, (op, t) => (op === 'delete' ? `[-${t}-]` : `{+${t}+}`))).toBe('… four five six seven [-eight-]{+ate+} nine ten eleven twelve …');
    expect(compactDiff([{ op: 'equal', text: 'same' }], () => '')).toBeNull();
  });
});

describe('formatMarkdown', () => {
  it('renders a table then each finding, escaping markup in article text', () => {
    expect(formatMarkdown(fixtureReport)).toMatchInlineSnapshot(`
      "## crosscheck: 4 findings in 2 articles

      Articles: wire (Wire Service), blog.

      Findings: 1 high, 1 medium, 1 low, 1 info.

      | Severity | Kind | Article | Text | Against |
      | --- | --- | --- | --- | --- |
      | high | quote-altered | blog | d1: We will never raise taxes on families, | wire (Wire Service) |
      | medium | paraphrase-as-quote | blog | d2: The mayor was in talks with the council. | wire (Wire Service) |
      | low | duplicate-passage | blog | d3: Prices rose \\| sharply | blog |
      | info | single-source | wire (Wire Service) | d4: The budget \\*passed\\* on Friday. | – |

      ### d1: quote-altered (high) in blog

      The quotation differs from Wire Service: "not" became "never".

      **blog**, characters 10–52:

      > We will never raise taxes on families,

      **wire (Wire Service)**, characters 120–170:

      > We will not raise taxes on working families this year,

      Diff (~~removed~~ **added**): We will ~~not~~**never** raise taxes on ~~working~~ families ~~this year~~,

      ### d2: paraphrase-as-quote (medium) in blog

      Quoted, but Wire Service gives this as paraphrase.

      **blog**, characters 80–121:

      > The mayor was in talks with the council.

      **wire (Wire Service)**, characters 200–249:

      > The mayor was in talks with the council, she said.

      Diff (~~removed~~ **added**): … talks with the council~~, she said~~.

      ### d3: duplicate-passage (low) in blog

      The same passage appears twice.

      **blog**, characters 200–220:

      > Prices rose \\| sharply

      **blog**, characters 150–170:

      > Prices rose \\| sharply

      ### d4: single-source (info) in wire (Wire Service)

      Only Wire Service reports this.

      **wire (Wire Service)**, characters 300–330:

      > The budget \\*passed\\* on Friday.

      ### Input errors

      - \`not-found\`: missing.txt: file not found
      "
    `);
  });
});

describe('formatJson and dispatch', () => {
  it('is exactly JSON.stringify with two spaces and a newline', () => {
    expect(formatJson(fixtureReport)).toBe(`${JSON.stringify(fixtureReport, null, 2)}\n`);
    expect(formatReport(fixtureReport, 'json')).toBe(formatJson(fixtureReport));
  });
  it('gives one report as is and several as a JSON array', () => {
    expect(formatReports([{ name: 'a', report: fixtureReport }], 'json')).toBe(formatJson(fixtureReport));
    const two = JSON.parse(formatReports([{ name: 'a', report: fixtureReport }, { name: 'b', report: fixtureReport }], 'json')) as unknown[];
    expect(two).toHaveLength(2);
    expect(formatReports([{ name: 'a', report: fixtureReport }, { name: 'b', report: fixtureReport }], 'text')).toMatch(/^== a ==\n[\s\S]*\n== b ==\n/);
  });
});
