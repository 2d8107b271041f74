import type { Versioned } from '../plan-store.port';

const byId = (a: { readonly id: string }, b: { readonly id: string }): number => a.id.localeCompare(b.id);

/** Letter order (findings, actions), ties broken by id so the order is stable. */
export const sortByOrder = <T extends { readonly id: string; readonly order: number }>(
  items: readonly Versioned<T>[],
): Versioned<T>[] => [...items].sort((a, b) => a.value.order - b.value.order || byId(a.value, b.value));

/** History (updates, sign-offs): oldest first. */
export const sortByTime = <T extends { readonly id: string; readonly at: string }>(items: readonly T[]): T[] =>
  [...items].sort((a, b) => a.at.localeCompare(b.at) || byId(a, b));

export const sortByText = <T extends { readonly id: string }>(
  items: readonly Versioned<T>[],
  text: (value: T) => string,
): Versioned<T>[] =>
  [...items].sort((a, b) => text(a.value).localeCompare(text(b.value), 'en-GB') || byId(a.value, b.value));
