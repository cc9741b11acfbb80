// Words of titles and abstracts, for topic matching and related papers.

export const STOPWORDS = new Set(
  `a about above across after again against all almost also although always am among an and another any are as at be
  because been before being below between both but by can could did do does doing done down during each either
  especially et etc even ever every few for from further furthermore had has have having here how however i if in
  into is it its itself just less like made make makes many may more moreover most much must namely neither no nor
  not now of off often on once one only onto or other others otherwise our ours over own per rather same several
  should show shows shown significant significantly since so some such than that the their them themselves then there
  therefore these they this those through thus to too toward towards under unlike until up upon us use used uses
  using various very via was we well were what when where whereas whether which while who whom whose why will with
  within without would yet you your paper propose proposed proposes present presents introduce introduces novel new
  approach approaches method methods work results result demonstrate demonstrates based existing experiments
  experimental achieve achieves performance model models large language llm llms lm lms task tasks study studies
  state art however first two three find found able`.split(/\s+/),
);

/** Lowercase word tokens, "mixture-of-experts" split into its parts; numbers kept. */
export function words(text: string): string[] {
  return text.normalize("NFKC").toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** A light stemmer: plural and a few suffixes, enough to join "autoencoders" and "autoencoder". */
export function stem(word: string): string {
  if (word.length <= 3) return word;
  if (word.endsWith("ies") && word.length > 4) return `${word.slice(0, -3)}y`;
  if (word.endsWith("sses")) return word.slice(0, -2);
  if (word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us") && !word.endsWith("is")) return word.slice(0, -1);
  return word;
}

/** Content terms: stemmed words that are not stop words and not single characters. */
export function terms(text: string): string[] {
  return words(text)
    .filter((w) => w.length > 1 && !STOPWORDS.has(w) && !/^\d+$/.test(w))
    .map(stem);
}
