// Named exports only; test/api.test.ts asserts the list so nothing leaks out or disappears unnoticed.
export * from './schema/index.js';
export { check } from './check.js';
export { checkAsync } from './check-async.js';
export type { CheckRunOptions } from './check.js';
export { ingestArticles, DEFAULT_MAX_ARTICLE_CHARS, DEFAULT_MAX_ARTICLES, DEFAULT_MAX_TOTAL_CHARS } from './ingest/index.js';
export type { IngestOptions, IngestResult } from './ingest/index.js';
export { normalizeArticle, scanQuotations } from './normalize/index.js';
export type { NormalizedArticle, Paragraph, Sentence, ParagraphKind, QuotationSpan } from './normalize/index.js';
export { foldText, unfoldSpan } from './normalize/fold.js';
export type { FoldedText } from './normalize/fold.js';
export { extractClaims, extractQuotes, extractReported, extractNarration, extractMentions } from './extract/index.js';
export { extractNumbers } from './extract/numbers.js';
export { extractDates } from './extract/dates.js';
export { linkEntities } from './extract/entities.js';
export type { LinkedEntities } from './extract/entities.js';
export { alignClaims } from './align/index.js';
export type { AlignOptions } from './align/index.js';
export {
  builtinRules,
  paraphraseAsQuoteRule,
  quoteAlteredRule,
  quoteContextRule,
  duplicatePassageRule,
  singleSourceRule,
  nameVariantRule,
  quoteSpeakerRule,
  polarityConflictRule,
  sourceMisattributionRule,
  numberMismatchRule,
  dateMismatchRule,
} from './rules/index.js';
export { runRules, runRule, createRuleContext } from './rules/run.js';
export type { Rule, RuleContext, Finding } from './rules/index.js';
export type { RuleInputs } from './rules/run.js';
export { buildReport, summarizeArticle, SEVERITY_ORDER } from './report/build.js';
export type { ReportParts } from './report/build.js';
export { readInputs, decodeArticleBytes, articleIdFromPath, listCaseFolders, LOOSE_FILES_STORY, readArticleFromFile, STDIN_PATH } from './ingest/files.js';
export type { Story, ReadInputsResult, ReadInputsOptions, ReadArticleResult } from './ingest/files.js';
export { parseJsonArticles, parseJsonlArticles, parseJsonlLine, sniffJsonLayout } from './ingest/json.js';
export { readJsonlStream, type JsonlStreamOptions } from './ingest/jsonl-stream.js';
export type { JsonArticle } from './ingest/json.js';
export { expandGlob, matchSegment, hasGlobMagic } from './ingest/glob.js';
export type { ExpandGlobOptions } from './ingest/glob.js';
export { extractHtmlText } from './ingest/html.js';
export type { HtmlPage } from './ingest/html.js';
export { parseCaseFile, loadCaseFile, CaseFileSchema, CaseEntrySchema, CaseQuoteSchema, CaseArticleSchema } from './ingest/case.js';
export type { CaseFile, CaseEntry, CaseQuote, CaseArticle } from './ingest/case.js';
export { formatText } from './report/format-text.js';
export { formatMarkdown } from './report/format-markdown.js';
export { formatJson } from './report/format-json.js';
export { formatJsonl } from './report/format-jsonl.js';
export { formatReport, formatReports, REPORT_FORMATS, isReportFormat } from './report/format.js';
export type { ReportFormat, FormatReportOptions } from './report/format.js';
export { wordDiff } from './report/diff.js';
export { inferProvenance } from './align/provenance.js';
export type { Provenance } from './align/provenance.js';
export {
  scoreCase,
  summarizeScores,
  checkThresholds,
  scoreQuotes,
  findingMatchesEntry,
  textsMatch,
  speakerMatches,
  normalizeForScoring,
  evaluateCases,
  expandCaseFolders,
  formatEvaluation,
  evaluationToJson,
} from './eval/index.js';
export type { CaseLabels, CaseScore, EvalSummary, EvalThresholds, Ratio, KindScore, QuoteScore, ScoredFinding, ScoredClaim } from './eval/index.js';
export { toHtml } from './report/html.js';
export type { HtmlArticle, HtmlReportOptions } from './report/html.js';
export { groupStories, StoryClusterer, DocumentFrequencies, termCounts } from './group/group-stories.js';
export type { GroupOptions, GroupResult, GroupableArticle } from './group/group-stories.js';
export { checkMany } from './group/check-many.js';
export type { CheckManyOptions, CheckManyResult, StoryReport } from './group/check-many.js';
export { checkStream } from './stream/check-stream.js';
export type { CheckStreamOptions } from './stream/check-stream.js';
export { checkStoriesInWorkers } from './parallel/pool.js';
export type { WorkerOptions } from './parallel/pool.js';
