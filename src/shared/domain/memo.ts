// Remembers a pure function's answers by key. The chart is folded on every read and before every write from the
// same entries, so the same timestamps, medication names and refusals come back again and again.
/** `fn` must be pure. At most `limit` answers are kept (all are forgotten at once past it: no bookkeeping per call). */
export function memoize<K, V>(fn: (key: K) => V, limit = 20_000): (key: K) => V {
  const answers = new Map<K, V>();
  return (key) => {
    const known = answers.get(key);
    if (known !== undefined || answers.has(key)) return known as V;
    const value = fn(key);
    if (answers.size >= limit) answers.clear();
    answers.set(key, value);
    return value;
  };
}
