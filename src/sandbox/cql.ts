import { SandboxHttpError } from './errors.js';
import type { SandboxStore } from './store.js';
import type { SandboxPage } from './types.js';

/**
 * The part of CQL a sync client uses: `space`, `ancestor`, `parent`, `id`, `type`, `label`,
 * `title`, `text`, `creator`, `created`, `lastmodified`; operators = != ~ !~ < <= > >= IN and
 * NOT IN; AND, OR, NOT and parentheses; ORDER BY. Anything else is refused with a 400 that
 * names it, so a client never believes an unsupported query matched.
 */

export interface CqlQuery {
  matches: (page: SandboxPage) => boolean;
  order: (a: SandboxPage, b: SandboxPage) => number;
  /** True when the query can only match blog posts (the sandbox has none). */
  blogOnly: boolean;
}

type Token = { kind: 'word' | 'string' | 'op' | 'lparen' | 'rparen' | 'comma'; text: string };

function tokenize(cql: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < cql.length) {
    const c = cql[i] as string;
    if (/\s/.test(c)) {
      i++;
    } else if (c === '(') {
      tokens.push({ kind: 'lparen', text: c });
      i++;
    } else if (c === ')') {
      tokens.push({ kind: 'rparen', text: c });
      i++;
    } else if (c === ',') {
      tokens.push({ kind: 'comma', text: c });
      i++;
    } else if (c === '"' || c === "'") {
      let j = i + 1;
      let text = '';
      while (j < cql.length && cql[j] !== c) {
        if (cql[j] === '\\' && j + 1 < cql.length) j++;
        text += cql[j];
        j++;
      }
      if (j >= cql.length) throw cqlError(`unterminated string starting at position ${i}`);
      tokens.push({ kind: 'string', text });
      i = j + 1;
    } else if (/[=!~<>]/.test(c)) {
      const two = cql.slice(i, i + 2);
      const op = ['!=', '!~', '<=', '>='].includes(two) ? two : c;
      if (op === '!') throw cqlError(`unexpected '!' at position ${i}`);
      tokens.push({ kind: 'op', text: op });
      i += op.length;
    } else {
      let j = i;
      while (j < cql.length && !/[\s()=!~<>,"']/.test(cql[j] as string)) j++;
      tokens.push({ kind: 'word', text: cql.slice(i, j) });
      i = j;
    }
  }
  return tokens;
}

function cqlError(message: string): SandboxHttpError {
  return new SandboxHttpError(400, `Could not parse cql: ${message}`, 'com.atlassian.confluence.api.service.exceptions.BadRequestException: ');
}

type Predicate = (page: SandboxPage) => boolean;

class Parser {
  private at = 0;
  blogOnly = false;
  constructor(
    private readonly tokens: Token[],
    private readonly store: SandboxStore,
  ) {}

  private peek(): Token | undefined {
    return this.tokens[this.at];
  }

  private next(): Token {
    const token = this.tokens[this.at++];
    if (!token) throw cqlError('the query ends too early');
    return token;
  }

  private isWord(text: string, offset = 0): boolean {
    const token = this.tokens[this.at + offset];
    return token?.kind === 'word' && token.text.toLowerCase() === text;
  }

  parse(): CqlQuery {
    const matches = this.peek() && !this.isWord('order') ? this.orExpr() : () => true;
    const order = this.orderBy();
    if (this.peek()) throw cqlError(`unexpected '${this.peek()?.text ?? ''}'`);
    return { matches, order, blogOnly: this.blogOnly };
  }

  private orExpr(): Predicate {
    const parts = [this.andExpr()];
    while (this.isWord('or')) {
      this.at++;
      parts.push(this.andExpr());
    }
    return parts.length === 1 ? (parts[0] as Predicate) : (p) => parts.some((f) => f(p));
  }

  private andExpr(): Predicate {
    const parts = [this.notExpr()];
    while (this.isWord('and')) {
      this.at++;
      parts.push(this.notExpr());
    }
    return parts.length === 1 ? (parts[0] as Predicate) : (p) => parts.every((f) => f(p));
  }

  private notExpr(): Predicate {
    if (this.isWord('not')) {
      this.at++;
      const inner = this.notExpr();
      return (p) => !inner(p);
    }
    if (this.peek()?.kind === 'lparen') {
      this.at++;
      const inner = this.orExpr();
      if (this.next().kind !== 'rparen') throw cqlError("missing ')'");
      return inner;
    }
    return this.clause();
  }

  private value(): string {
    const token = this.next();
    if (token.kind !== 'word' && token.kind !== 'string') throw cqlError(`expected a value, found '${token.text}'`);
    return token.text;
  }

  private clause(): Predicate {
    const fieldToken = this.next();
    if (fieldToken.kind !== 'word') throw cqlError(`expected a field name, found '${fieldToken.text}'`);
    const field = fieldToken.text.toLowerCase();
    let op: string;
    if (this.isWord('in')) {
      this.at++;
      op = 'in';
    } else if (this.isWord('not') && this.isWord('in', 1)) {
      this.at += 2;
      op = 'not in';
    } else {
      const token = this.next();
      if (token.kind !== 'op') throw cqlError(`expected an operator after '${fieldToken.text}', found '${token.text}'`);
      op = token.text;
    }
    let values: string[];
    if (op === 'in' || op === 'not in') {
      if (this.next().kind !== 'lparen') throw cqlError(`expected '(' after ${op.toUpperCase()}`);
      values = [this.value()];
      while (this.peek()?.kind === 'comma') {
        this.at++;
        values.push(this.value());
      }
      if (this.next().kind !== 'rparen') throw cqlError("missing ')' after the list");
    } else {
      values = [this.value()];
    }
    return this.predicate(field, op, values);
  }

  private predicate(field: string, op: string, values: string[]): Predicate {
    const store = this.store;
    const equality = (get: (p: SandboxPage) => string | string[]): Predicate => {
      const wanted = new Set(values);
      const test: Predicate = (p) => {
        const actual = get(p);
        return Array.isArray(actual) ? actual.some((a) => wanted.has(a)) : wanted.has(actual);
      };
      if (op === '=' || op === 'in') return test;
      if (op === '!=' || op === 'not in') return (p) => !test(p);
      throw cqlError(`operator '${op}' is not supported for field '${field}'`);
    };
    switch (field) {
      case 'space':
      case 'space.key':
        return equality((p) => store.spaceById(p.spaceId)?.key ?? '');
      case 'space.id':
        return equality((p) => p.spaceId);
      case 'id':
      case 'content':
        return equality((p) => p.id);
      case 'parent':
        return equality((p) => p.parentId ?? '');
      case 'ancestor': {
        // One walk down from each named page, instead of one walk up from every page.
        let below: Set<string> | undefined;
        const inTree: Predicate = (p) => {
          below ??= new Set(values.flatMap((id) => store.descendants(id).map((d) => d.id)));
          return below.has(p.id);
        };
        if (op === '=' || op === 'in') return inTree;
        if (op === '!=' || op === 'not in') return (p) => !inTree(p);
        throw cqlError(`operator '${op}' is not supported for field 'ancestor'`);
      }
      case 'type': {
        if ((op === '=' || op === 'in') && !values.includes('page')) this.blogOnly = true;
        return equality(() => 'page');
      }
      case 'label':
        return equality((p) => p.labels.map((l) => l.name));
      case 'creator':
        return equality((p) => this.userIds(p.authorId));
      case 'contributor':
        return equality((p) => p.versions.flatMap((v) => this.userIds(v.authorId)));
      case 'title':
        return op === '~' || op === '!~' ? textMatch(op, values[0] as string, (p) => store.current(p).title) : equality((p) => store.current(p).title);
      case 'text':
        if (op !== '~' && op !== '!~') throw cqlError("field 'text' takes only ~ and !~");
        return textMatch(op, values[0] as string, (p) => `${store.current(p).title} ${store.bodyOf(p)}`);
      case 'created':
        return dateCompare(op, values[0] as string, (p) => p.createdAt);
      case 'lastmodified':
        return dateCompare(op, values[0] as string, (p) => store.current(p).createdAt);
      default:
        throw cqlError(`the sandbox does not support the CQL field '${field}'`);
    }
  }

  private userIds(accountId: string): string[] {
    const user = this.store.userByAccountId(accountId);
    return user ? [user.accountId, user.userKey, user.username] : [accountId];
  }

  private orderBy(): (a: SandboxPage, b: SandboxPage) => number {
    const byId = (a: SandboxPage, b: SandboxPage): number => Number(a.id) - Number(b.id);
    if (!this.isWord('order')) return byId;
    this.at++;
    if (!this.isWord('by')) throw cqlError("expected 'by' after 'order'");
    this.at++;
    const keys: Array<{ get: (p: SandboxPage) => string | number; descending: boolean }> = [];
    do {
      if (this.peek()?.kind === 'comma') this.at++;
      const field = this.value().toLowerCase();
      let descending = false;
      if (this.isWord('desc') || this.isWord('asc')) descending = this.next().text.toLowerCase() === 'desc';
      const store = this.store;
      const get = ((): ((p: SandboxPage) => string | number) => {
        switch (field) {
          case 'id':
            return (p) => Number(p.id);
          case 'title':
            return (p) => store.current(p).title.toLowerCase();
          case 'created':
            return (p) => p.createdAt;
          case 'lastmodified':
            return (p) => store.current(p).createdAt;
          default:
            throw cqlError(`the sandbox cannot order by '${field}'`);
        }
      })();
      keys.push({ get, descending });
    } while (this.peek()?.kind === 'comma');
    return (a, b) => {
      for (const key of keys) {
        const ka = key.get(a);
        const kb = key.get(b);
        if (ka !== kb) return (ka < kb ? -1 : 1) * (key.descending ? -1 : 1);
      }
      return byId(a, b);
    };
  }
}

function textMatch(op: string, query: string, get: (p: SandboxPage) => string): Predicate {
  const words = query.toLowerCase().replace(/\*/g, '').split(/\s+/).filter(Boolean);
  const test: Predicate = (p) => {
    const text = get(p).toLowerCase();
    return words.every((w) => text.includes(w));
  };
  return op === '~' ? test : (p) => !test(p);
}

function dateCompare(op: string, raw: string, get: (p: SandboxPage) => string): Predicate {
  const normalized = raw.replace(/\//g, '-').replace(' ', 'T');
  const limit = Date.parse(normalized.length <= 10 ? `${normalized}T00:00:00Z` : `${normalized}${/Z|[+-]\d\d:?\d\d$/.test(normalized) ? '' : 'Z'}`);
  if (Number.isNaN(limit)) throw cqlError(`'${raw}' is not a date (use "yyyy-mm-dd" or "yyyy-mm-dd hh:mm")`);
  const compare: Record<string, (t: number) => boolean> = {
    '=': (t) => t === limit,
    '!=': (t) => t !== limit,
    '<': (t) => t < limit,
    '<=': (t) => t <= limit,
    '>': (t) => t > limit,
    '>=': (t) => t >= limit,
  };
  const test = compare[op];
  if (!test) throw cqlError(`operator '${op}' is not supported for dates`);
  return (p) => test(Date.parse(get(p)));
}

export function parseCql(cql: string, store: SandboxStore): CqlQuery {
  if (cql.trim() === '') throw cqlError('the query is empty');
  return new Parser(tokenize(cql), store).parse();
}
