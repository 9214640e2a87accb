/**
 * Escaping for the HTML report. Every string that comes from an article or a report goes
 * through one of these before it reaches the page: article texts are untrusted input.
 */

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Escape text for use in element content or a quoted attribute value.
 *
 * NUL is replaced by U+FFFD up front, as the HTML parser would do anyway, so the bytes we write
 * are the characters the browser shows.
 *
 * @example
 * escapeHtml('<b>"x"</b>'); // '&lt;b&gt;&quot;x&quot;&lt;/b&gt;'
 */
export function escapeHtml(value: string): string {
  return value.replace(/\0/g, '\uFFFD').replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}
