import { randomUUID } from 'node:crypto';
import { createFaultInjector, type FaultInjector } from './faults/fault-injector';
import { createDeltaTokens, DEFAULT_DELTA_TOKEN_LIFETIME_MS } from './graph/delta-token';
import type { GraphServices } from './graph/graph-request';
import { openDeltaTokenKey } from './persistence/delta-token-key';
import { openDurableSite, type DurableSite } from './persistence/durable-site';
import { siteProvisioning } from './security/site-groups';

export interface EmulatorCoreOptions {
  readonly dataDir: string;
  /** Latency added to every Graph request; defaults to `EMULATOR_LATENCY_MS`, else 0. */
  readonly latencyMs?: number;
  /** How long a delta token (nextLink or deltaLink) is honoured; defaults to SharePoint's 60 days. */
  readonly deltaTokenLifetimeMs?: number;
  readonly log?: (line: string) => void;
  /** Start from an empty site whatever the data directory holds, even a damaged one. */
  readonly reset?: boolean;
}

/** The emulator without its HTTP front: the durable site, the faults, and a gate for resets. */
export interface EmulatorCore {
  readonly services: GraphServices;
  readonly faults: FaultInjector;
  readonly log: (line: string) => void;
  isEmpty(): boolean;
  /** Removes every list and item, durably. */
  wipe(): void;
  /** Runs a task (a reset, a seeding) after any running one, while client requests wait at the gate. */
  exclusive(task: () => Promise<void>): Promise<void>;
  /** Resolves when no exclusive task is running. */
  idle(): Promise<void>;
  close(): Promise<void>;
}

export function openEmulatorCore(options: EmulatorCoreOptions): EmulatorCore {
  const log = options.log ?? (() => undefined);
  const site = openDurableSite(options.dataDir, { log, discardStored: options.reset ?? false });
  provision(site);
  const faults = createFaultInjector(options.latencyMs ?? latencyFromEnv());
  const deltaTokens = createDeltaTokens(
    openOrClose(site, () => openDeltaTokenKey(options.dataDir)),
    options.deltaTokenLifetimeMs ?? DEFAULT_DELTA_TOKEN_LIFETIME_MS,
  );
  let busy: Promise<void> = Promise.resolve();
  const idle = async () => {
    let seen: Promise<void>;
    do {
      seen = busy;
      await seen;
    } while (seen !== busy);
  };
  return {
    services: { site, now: monotonicClock(), newGuid: randomUUID, deltaTokens },
    faults,
    log,
    isEmpty: () => site.state.lists.length === 0,
    wipe() {
      site.commit({ type: 'site-wiped' });
      provision(site);
      site.compact();
    },
    exclusive(task) {
      const run = busy.then(task);
      busy = run.catch((e: unknown) => log(`Emulator task failed: ${e instanceof Error ? e.message : String(e)}`));
      return run;
    },
    idle,
    async close() {
      await idle();
      site.close();
    },
  };
}

/** Opens something else in the data directory, releasing the site (and its lock) if that fails. */
function openOrClose<T>(site: DurableSite, open: () => T): T {
  try {
    return open();
  } catch (e) {
    site.close();
    throw e;
  }
}

/** A site gets its groups when it is made or wiped (and a site kept from before them, when it opens). */
function provision(site: DurableSite): void {
  const change = siteProvisioning(site.state.security);
  if (change) site.commit(change);
}

/**
 * Times to the millisecond, each later than the one before, so that two writes in the same
 * millisecond still sort as they happened (item ids grow with creation, so times must too).
 */
function monotonicClock(): () => string {
  let last = 0;
  return () => {
    last = Math.max(Date.now(), last + 1);
    return new Date(last).toISOString();
  };
}

function latencyFromEnv(): number {
  const value = Number(process.env['EMULATOR_LATENCY_MS'] ?? 0);
  return Number.isFinite(value) && value > 0 ? value : 0;
}
