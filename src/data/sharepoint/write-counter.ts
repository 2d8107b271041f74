import type { SpRest } from './sp-rest-client';

/** Counts the writes a sync makes, so a caller can tell a run that changed nothing from one that did. */
export class WriteCounter {
  writes = 0;

  constructor(private readonly rest: SpRest) {}

  post(path: string, body?: unknown): Promise<unknown> {
    this.writes += 1;
    return this.rest.post(path, body);
  }
}
