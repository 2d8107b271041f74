import { StoreError } from '../store-error';

/**
 * Graph resources as they arrive, named by Microsoft's own types (`@microsoft/microsoft-graph-types`):
 * only the resource's property names may be read, so a misspelt one fails the type check. Every
 * value is still `unknown`, for the adapter checks each one as it reads it: the server, or someone
 * editing the list by hand, may send anything.
 */
export type Received<T> = { readonly [K in keyof T]?: unknown };

/** Those properties of a Graph resource the adapter needs, present and not null. */
export type Present<T, K extends keyof T> = { readonly [P in K]-?: NonNullable<T[P]> };

const isObject = (value: unknown): value is object =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A JSON object from Graph, read as the resource `T` (its properties unchecked). */
export function asReceived<T>(value: unknown, what: string): Received<T> {
  if (!isObject(value)) {
    throw new StoreError('server', `The server sent ${what} the app could not read.`, { code: 'unexpectedResponse' });
  }
  return value as Received<T>;
}

/** A JSON object inside a resource (an identity set, an error), or nothing when it is not an object. */
export const receivedOrEmpty = <T>(value: unknown): Received<T> => (isObject(value) ? (value as Received<T>) : {});
