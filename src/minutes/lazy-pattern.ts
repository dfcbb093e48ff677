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
 */
export function lazyRegExp(make: () => RegExp): RegExp {
  return new LazyRegExp(make) as unknown as RegExp;
}

/** Every method and accessor of a RegExp, answered by the pattern made on first use (its prototype is RegExp's). */
class LazyRegExp {
  #make: () => RegExp;
  #real: RegExp | undefined;
  constructor(make: () => RegExp) {
    this.#make = make;
  }
  #re(): RegExp {
    return (this.#real ??= this.#make());
  }
  test(text: string): boolean {
    return this.#re().test(text);
  }
  exec(text: string): RegExpExecArray | null {
    return this.#re().exec(text);
  }
  toString(): string {
    return this.#re().toString();
  }
  get lastIndex(): number {
    return this.#re().lastIndex;
  }
  set lastIndex(value: number) {
    this.#re().lastIndex = value;
  }
  get source(): string {
    return this.#re().source;
  }
  get flags(): string {
    return this.#re().flags;
  }
  get global(): boolean {
    return this.#re().global;
  }
  get ignoreCase(): boolean {
    return this.#re().ignoreCase;
  }
  get multiline(): boolean {
    return this.#re().multiline;
  }
  get unicode(): boolean {
    return this.#re().unicode;
  }
  get sticky(): boolean {
    return this.#re().sticky;
  }
  get dotAll(): boolean {
    return this.#re().dotAll;
  }
  get hasIndices(): boolean {
    return this.#re().hasIndices;
  }
  [Symbol.match](text: string): RegExpMatchArray | null {
    return this.#re()[Symbol.match](text);
  }
  [Symbol.matchAll](text: string): IterableIterator<RegExpMatchArray> {
    return this.#re()[Symbol.matchAll](text);
  }
  [Symbol.replace](text: string, replacement: string): string {
    return this.#re()[Symbol.replace](text, replacement);
  }
  [Symbol.search](text: string): number {
    return this.#re()[Symbol.search](text);
  }
  [Symbol.split](text: string, limit?: number): string[] {
    return this.#re()[Symbol.split](text, limit);
  }
}
Object.setPrototypeOf(LazyRegExp.prototype, RegExp.prototype);
