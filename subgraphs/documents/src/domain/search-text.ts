// Chinese has no spaces between words; the database's `simple` text-search parser would see a
// whole sentence as one token. Both the stored text and the query are cut into words here, the
// same way, so that 森林防火 finds every text with the words 森林 and 防火, such as 森林防火工作.
const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/** The words of a text, lower-cased, punctuation and spaces dropped. */
export function segmentWords(text: string): string[] {
  return [...segmenter.segment(text)].filter((part) => part.isWordLike).map((part) => part.segment.toLowerCase());
}

/** The words of a text joined by spaces, as stored for `to_tsvector('simple', …)`. */
export function searchTokens(text: string): string {
  return segmentWords(text).join(' ');
}

/** What full-text search indexes of a document: its title, and its issuing body with its body. */
export function documentSearchTokens(document: { title: string; issuingBody: string; body: string }) {
  return {
    titleTokens: searchTokens(document.title),
    bodyTokens: searchTokens(`${document.issuingBody}\n${document.body}`),
  };
}
