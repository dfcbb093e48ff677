/**
 * Patterns and tables of the minutes' vocabulary, built on first use instead of when the converter
 * loads. A module-level `new RegExp(...)` of lexicon words (escaped, sorted, joined) is parsed by V8
 * at once: across src/minutes/ they were a sizeable share of a one-page convert's start-up, which
 * a Markdown convert pays without ever reading minutes (docs/benchmarks.md, Start-up).
 *
 * `lazyRegExp(() => new RegExp(...))` stands where the pattern stood: it is a RegExp to its users
 * (`test`, `exec`, `source`, `flags`, `lastIndex`, String's `replace`/`match`/`matchAll`/`split`/
 * `search`, `new RegExp(it)`, `instanceof RegExp`), and makes the pattern the first time one of them
 * is used. Only `RegExp.prototype.x.call(it, ...)` would see that it is not one: nothing does that.
 * `lazy(() => value)` is the same for anything else (a Set, a Map, a string), read as `value()`.
 */
export function lazy<T>(make: () => T): () => T {
  let made = false;
  let value: T;
  return () => {
    if (!made) {
      value = make();
      made = true;
    }
    return value;
  };
}

export function lazyRegExp(make: () => RegExp): RegExp {
  let real: RegExp | undefined;
  const re = (): RegExp => (real ??= make());
  const facade = Object.create(RegExp.prototype, {
    test: { value: (text: string) => re().test(text) },
    exec: { value: (text: string) => re().exec(text) },
    toString: { value: () => re().toString() },
    lastIndex: {
      get: () => re().lastIndex,
      set: (value: number) => {
        re().lastIndex = value;
      },
    },
    [Symbol.match]: { value: (text: string) => re()[Symbol.match](text) },
    [Symbol.matchAll]: { value: (text: string) => re()[Symbol.matchAll](text) },
    [Symbol.replace]: { value: (text: string, replacement: string | ((...args: never[]) => string)) => re()[Symbol.replace](text, replacement as string) },
    [Symbol.search]: { value: (text: string) => re()[Symbol.search](text) },
    [Symbol.split]: { value: (text: string, limit?: number) => re()[Symbol.split](text, limit) },
    ...Object.fromEntries(
      (['source', 'flags', 'global', 'ignoreCase', 'multiline', 'unicode', 'sticky', 'dotAll', 'hasIndices'] as const).map((name) => [name, { get: () => re()[name] }]),
    ),
  }) as RegExp;
  return facade;
}
