/**
 * Page furniture vocabulary: lines that are not the article. Compared after lower-casing,
 * folding ’ to ' and dropping surrounding punctuation.
 */

/** Whole lines that are page chrome. */
export const CHROME_LINES: ReadonlySet<string> = new Set([
  'tweet your comment', 'comments', 'comment', 'leave a comment', 'post a comment', 'add a comment', 'view comments',
  'show comments', 'report an error', 'report a typo', 'report a correction', 'share', 'share this', 'share this article',
  'share this story', 'share on facebook', 'share on twitter', 'tweet', 'email', 'e-mail', 'print', 'facebook', 'twitter',
  'whatsapp', 'linkedin', 'reddit', 'telegram', 'pinterest', 'copy link', 'a a', 'aa', 'advertisement', 'sponsored',
  'related', 'related articles', 'related stories', 'related content', 'read more', 'more', 'previous', 'next',
  'previous article', 'next article', "editor's picks", 'editors picks', 'trending', 'trending now', 'most popular',
  'most read', 'popular', 'recommended', 'recommended for you', 'you may also like', 'more stories', 'latest',
  'latest news', 'top stories', 'more weekly flyers', 'flyers', 'subscribe', 'sign up', 'newsletter', 'follow us',
  'all rights reserved', 'skip to content', 'menu', 'home', 'video', 'watch', 'listen', 'photos', 'gallery',
  'back to top', 'load more', 'continue reading', 'click here', 'tags', 'topics', 'filed under',
]);

/** Headings after which the following dash or bullet list (other headlines) is chrome too. */
export const LIST_HEADINGS: ReadonlySet<string> = new Set([
  'previous', 'next', 'read more', 'related', 'related articles', 'related stories', "editor's picks", 'editors picks',
  'most popular', 'most read', 'more stories', 'latest', 'latest news', 'top stories', 'recommended', 'you may also like',
  'more from', 'trending', 'tags', 'topics',
]);

/** Line beginnings that mark chrome: link teasers, credits, copyright. */
export const CHROME_PREFIXES: readonly string[] = [
  'read more:', 'read more ', 'read also', 'also read', 'related:', 'see also', 'watch:', 'watch video', 'listen:',
  '(photo credit', 'photo credit', 'photo:', 'photos:', 'image:', 'image credit', 'picture:', 'credit:', '©', '(c) ',
  'copyright', 'trending on', 'click here', 'sign up', 'subscribe to', 'tags:', 'topics:', 'filed under', 'follow us',
  'share this', 'advertisement', '|',
];

/** Fragments that make a short line a photo credit or caption credit. */
export const CREDIT_MARKERS: readonly string[] = ['(photo credit', 'photo credit:', '/getty', 'getty images', '/ap photo', '(ap photo', '(reuters', '/reuters', '/afp', 'afp photo', '/epa', 'press/'];
