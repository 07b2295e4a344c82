// Finds quoted evidence inside the user's own answer and splits the answer into plain and highlighted segments.

/**
 * quotes: [{ label, text }]. Returns [{ text, labels }] covering the whole answer in order; a segment's labels name
 * every quote covering it (overlapping quotes split into pieces). Quotes not found in the answer are ignored.
 */
export function highlight(answer, quotes) {
  const ranges = [];
  const lower = answer.toLowerCase();
  for (const { label, text } of quotes) {
    const quote = text?.trim();
    if (!quote) continue;
    // the API's evidence is an exact substring; the case-insensitive try covers a model's review that re-cased it
    let start = answer.indexOf(quote);
    if (start < 0) start = lower.indexOf(quote.toLowerCase());
    if (start >= 0) ranges.push({ start, end: start + quote.length, label });
  }
  const cuts = [...new Set([0, answer.length, ...ranges.flatMap((r) => [r.start, r.end])])].sort((a, b) => a - b);
  const segments = [];
  for (let i = 0; i < cuts.length - 1; i += 1) {
    const [from, to] = [cuts[i], cuts[i + 1]];
    const labels = [...new Set(ranges.filter((r) => r.start <= from && r.end >= to).map((r) => r.label))];
    const previous = segments[segments.length - 1];
    if (previous && previous.labels.join() === labels.join()) previous.text += answer.slice(from, to);
    else segments.push({ text: answer.slice(from, to), labels });
  }
  return segments;
}
