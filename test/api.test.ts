import { describe, expect, it } from 'vitest';

// The public API, name by name: nothing leaks out or disappears unnoticed. Changing this list is
// changing the package's interface: say so in CHANGELOG.md.
const PUBLIC = [
  'AlignmentSchema', 'ArticleSchema', 'ArticleSummarySchema', 'CaseArticleSchema', 'CaseEntrySchema', 'CaseFileSchema',
  'CaseQuoteSchema', 'CheckOptionsSchema', 'ClaimSchema', 'DEFAULT_MAX_ARTICLES', 'DEFAULT_MAX_ARTICLE_CHARS',
  'DEFAULT_MAX_TOTAL_CHARS', 'DateClaimSchema', 'DiffPartSchema', 'DiscrepancyKindSchema', 'DiscrepancySchema',
  'DocumentFrequencies', 'EntityMentionClaimSchema', 'EntitySchema', 'InputErrorCodeSchema', 'InputErrorSchema',
  'IsoDateSchema', 'LOOSE_FILES_STORY', 'LocatedTextSchema', 'NarrationClaimSchema', 'NumberClaimSchema',
  'ProvenanceRoleSchema', 'QuoteClaimSchema', 'REPORT_FORMATS', 'ReportSchema', 'ReportedClaimSchema', 'SEVERITY_ORDER',
  'STDIN_PATH', 'SeveritySchema', 'SpanSchema', 'SpeakerSchema', 'StoryClusterer', 'StoryGroupSchema', 'alignClaims', 'articleIdFromPath',
  'buildReport', 'builtinRules', 'check', 'checkAsync', 'checkMany', 'checkStoriesInWorkers', 'checkStream', 'checkThresholds',
  'createRuleContext', 'dateMismatchRule', 'decodeArticleBytes', 'duplicatePassageRule', 'evaluateCases',
  'evaluationToJson', 'expandCaseFolders', 'expandGlob', 'extractClaims', 'extractDates', 'extractHtmlText',
  'extractMentions', 'extractNarration', 'extractNumbers', 'extractQuotes', 'extractReported', 'findingMatchesEntry',
  'foldText', 'formatEvaluation', 'formatJson', 'formatJsonl', 'formatMarkdown', 'formatReport', 'formatReports',
  'formatText', 'groupStories', 'hasGlobMagic', 'inferProvenance', 'ingestArticles', 'isReportFormat', 'linkEntities',
  'listCaseFolders', 'loadCaseFile', 'matchSegment', 'nameVariantRule', 'normalizeArticle', 'normalizeForScoring',
  'numberMismatchRule', 'paraphraseAsQuoteRule', 'parseCaseFile', 'parseJsonArticles', 'parseJsonlArticles', 'parseJsonlLine',
  'polarityConflictRule', 'quoteAlteredRule', 'quoteContextRule', 'quoteSpeakerRule', 'readArticleFromFile',
  'readInputs', 'readJsonlStream', 'runRule', 'runRules', 'scanQuotations', 'scoreCase', 'scoreQuotes', 'singleSourceRule', 'sniffJsonLayout',
  'sourceMisattributionRule', 'speakerMatches', 'summarizeArticle', 'summarizeScores', 'termCounts', 'textsMatch',
  'toHtml', 'unfoldSpan', 'wordDiff',
];

describe('the public API', () => {
  it('exports exactly the documented names', async () => {
    const mod = await import('../src/index.js');
    expect(Object.keys(mod).sort()).toEqual([...PUBLIC].sort());
  });

  it('has one built-in rule per discrepancy kind of the contract', async () => {
    const { builtinRules, DiscrepancyKindSchema } = await import('../src/index.js');
    expect(builtinRules.map((r) => r.kind).sort()).toEqual([...DiscrepancyKindSchema.options].sort());
  });

  it('validates a report with the JSON Schema generated from the zod schemas', async () => {
    const { z } = await import('zod');
    const { Ajv2020: Ajv } = await import('ajv/dist/2020.js');
    const { check, ReportSchema } = await import('../src/index.js');
    const report = check([
      { id: 'a', text: 'The mayor said, "We will open the bridge on Monday." It rained.' },
      { id: 'b', text: '"We will open the bridge on Friday," the mayor said.' },
    ]);
    const ajv = new Ajv({ strict: false });
    const validate = ajv.compile(z.toJSONSchema(ReportSchema, { io: 'output' }));
    expect(validate(JSON.parse(JSON.stringify(report))), JSON.stringify(validate.errors)).toBe(true);
  });
});
