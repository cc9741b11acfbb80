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

/**
 * Edit distance between two sequences (the characters of strings, or lists of words), giving up
 * (Infinity) once it exceeds `limit`. Used on ids (lib/corrections-check.ts) and title words
 * (lib/identity.ts).
 */
export function editDistance<T>(a: ArrayLike<T>, b: ArrayLike<T>, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return Infinity;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      best = Math.min(best, row[j]!);
    }
    if (best > limit) return Infinity;
    prev = row;
  }
  return prev[b.length]!;
}
