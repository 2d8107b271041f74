import { STANDALONE_HOST, type HostInfo } from './host-kind';
import { hostInfoFromContext } from './teams/host-context';
import { initializeTeams } from './teams/teams-sdk';

/**
 * How long to wait for a Teams/SharePoint/Outlook host before treating the page as standalone.
 * Teams answers in well under a second; a page framed by anything else must not wait longer than 2 s.
 */
export const HOST_HANDSHAKE_TIMEOUT_MS = 1500;

interface DetectOptions {
  readonly window: Pick<Window, 'self' | 'top'>;
  readonly timeoutMs?: number;
  /** Runs the host handshake; injectable so a test can stand in for a host that never answers. */
  readonly initializeTeams?: () => Promise<HostInfo>;
}

/**
 * Decides where the tab runs without hanging: on a top-level page there is no host to talk to,
 * and in a foreign iframe teams-js would wait a minute before giving up, so the handshake is raced.
 */
export async function detectHost(options: DetectOptions): Promise<HostInfo> {
  const { window: w, timeoutMs = HOST_HANDSHAKE_TIMEOUT_MS } = options;
  if (w.self === w.top) return STANDALONE_HOST;
  const initialize = options.initializeTeams ?? initializeTeamsHost;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<HostInfo>((resolve) => {
    timer = setTimeout(() => resolve(STANDALONE_HOST), timeoutMs);
  });
  mark(HANDSHAKE_STARTED);
  try {
    const host = await Promise.race([initialize().catch(() => STANDALONE_HOST), timeout]);
    mark(HOST_DETECTED, { kind: host.kind, hostName: host.hostName });
    return host;
  } finally {
    clearTimeout(timer);
  }
}

/** Performance marks around the handshake, so a slow start in a host can be told apart from a slow network. */
export const HANDSHAKE_STARTED = 'jtai:host-handshake-started';
export const HOST_DETECTED = 'jtai:host-detected';

function mark(name: string, detail?: unknown): void {
  globalThis.performance?.mark?.(name, { detail });
}

async function initializeTeamsHost(): Promise<HostInfo> {
  const sdk = await initializeTeams();
  return hostInfoFromContext(await sdk.app.getContext());
}
