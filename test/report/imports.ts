export { formatText, compactDiff } from '../../src/report/format-text.js';
export { formatMarkdown } from '../../src/report/format-markdown.js';
export { formatJson } from '../../src/report/format-json.js';
export { formatReport, formatReports } from '../../src/report/format.js';
