import { badRequest } from '../http/graph-error';
import { tokenizeFilter, type FilterToken } from './filter-tokenizer';

export type Literal = string | number | boolean | null;
export type ComparisonOperator = 'eq' | 'ne' | 'gt' | 'ge' | 'lt' | 'le';

export type FilterExpression =
  | { readonly kind: 'and' | 'or'; readonly left: FilterExpression; readonly right: FilterExpression }
  | { readonly kind: 'compare'; readonly op: ComparisonOperator; readonly property: string; readonly value: Literal }
  | { readonly kind: 'startswith'; readonly property: string; readonly value: string };

const OPERATORS: readonly string[] = ['eq', 'ne', 'gt', 'ge', 'lt', 'le'];

/**
 * Graph's OData layer refuses a query whose tree is too large with 400 ("The node count limit of
 * '100' has been exceeded", the OData library's default MaxNodeCount); the emulator does the same,
 * for nodes and for nesting, rather than recurse until its stack runs out.
 */
export const MAX_FILTER_NODES = 100;

/**
 * Parses the `$filter` subset the emulator serves: comparisons of a property with a literal,
 * `startswith(property,'text')`, `and`, `or` and parentheses.
 */
export function parseFilter(source: string): FilterExpression {
  const parser = new Parser(tokenizeFilter(source));
  const expression = parser.orExpression();
  parser.expectEnd();
  return expression;
}

/** Every property a filter reads, e.g. `fields/PlanId`. */
export function filterProperties(expression: FilterExpression): string[] {
  switch (expression.kind) {
    case 'and':
    case 'or':
      return [...filterProperties(expression.left), ...filterProperties(expression.right)];
    case 'compare':
    case 'startswith':
      return [expression.property];
  }
}

class Parser {
  private position = 0;
  private nodes = 0;
  private depth = 0;
  constructor(private readonly tokens: readonly FilterToken[]) {}

  orExpression(): FilterExpression {
    let left = this.andExpression();
    while (this.takeWord('or')) left = this.node({ kind: 'or', left, right: this.andExpression() });
    return left;
  }

  /** Counts a node of the tree, refusing a tree larger than Graph takes. */
  private node<T extends FilterExpression>(expression: T): T {
    this.nodes += 1;
    if (this.nodes > MAX_FILTER_NODES) throw tooLarge();
    return expression;
  }

  expectEnd(): void {
    if (this.peek()) throw invalid('unexpected text after the end of the expression');
  }

  private andExpression(): FilterExpression {
    let left = this.primary();
    while (this.takeWord('and')) left = this.node({ kind: 'and', left, right: this.primary() });
    return left;
  }

  private primary(): FilterExpression {
    if (this.takePunct('(')) {
      this.depth += 1;
      if (this.depth > MAX_FILTER_NODES) throw tooLarge();
      const inner = this.orExpression();
      this.expectPunct(')');
      this.depth -= 1;
      return inner;
    }
    const property = this.word();
    if (property.toLowerCase() === 'startswith' && this.takePunct('(')) return this.startsWith();
    const op = this.word();
    if (!OPERATORS.includes(op)) throw invalid(`operator '${op}' is not supported`);
    return this.node({ kind: 'compare', op: op as ComparisonOperator, property, value: this.literal() });
  }

  private startsWith(): FilterExpression {
    const property = this.word();
    this.expectPunct(',');
    const value = this.literal();
    this.expectPunct(')');
    if (typeof value !== 'string') throw invalid('startswith needs a quoted string');
    return this.node({ kind: 'startswith', property, value });
  }

  private literal(): Literal {
    const token = this.next();
    if (token?.kind === 'string' || token?.kind === 'number') return token.value;
    if (token?.kind === 'word' && token.text === 'true') return true;
    if (token?.kind === 'word' && token.text === 'false') return false;
    if (token?.kind === 'word' && token.text === 'null') return null;
    throw invalid('a value was expected');
  }

  private word(): string {
    const token = this.next();
    if (token?.kind !== 'word') throw invalid('a property name was expected');
    return token.text;
  }

  private takeWord(text: string): boolean {
    const token = this.peek();
    if (token?.kind !== 'word' || token.text !== text) return false;
    this.position += 1;
    return true;
  }

  private takePunct(text: string): boolean {
    const token = this.peek();
    if (token?.kind !== 'punct' || token.text !== text) return false;
    this.position += 1;
    return true;
  }

  private expectPunct(text: string): void {
    if (!this.takePunct(text)) throw invalid(`'${text}' was expected`);
  }

  private peek(): FilterToken | undefined {
    return this.tokens[this.position];
  }

  private next(): FilterToken | undefined {
    const token = this.peek();
    this.position += 1;
    return token;
  }
}

const invalid = (reason: string) => badRequest(`Invalid filter clause: ${reason}.`);
const tooLarge = () =>
  badRequest(
    `The query specified in the URI is not valid. The node count limit of '${MAX_FILTER_NODES}' has been exceeded.`,
  );
