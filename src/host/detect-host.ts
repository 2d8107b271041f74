import type { HostInfo } from './host-kind';

/** How long to wait for a Teams/SharePoint/Outlook host before treating the page as standalone. */
export const HOST_HANDSHAKE_TIMEOUT_MS = 1500;

interface DetectOptions {
  readonly window: Pick<Window, 'self' | 'top'>;
  readonly timeoutMs?: number;
  /** Loads teams-js lazily; injected so tests do not need the SDK. */
  readonly initializeTeams?: () => Promise<HostInfo>;
}

const STANDALONE: HostInfo = { kind: 'standalone', theme: null, subPageId: null };

/**
 * Decides where the tab runs without hanging: on a top-level page there is no host to talk to,
 * and in a foreign iframe teams-js would wait a minute before giving up, so the handshake is raced.
 */
export async function detectHost(options: DetectOptions): Promise<HostInfo> {
  const { window: w, timeoutMs = HOST_HANDSHAKE_TIMEOUT_MS } = options;
  if (w.self === w.top) return STANDALONE;
  const initialize = options.initializeTeams ?? initializeTeamsHost;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<HostInfo>((resolve) => {
    timer = setTimeout(() => resolve(STANDALONE), timeoutMs);
  });
  try {
    return await Promise.race([initialize().catch(() => STANDALONE), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

async function initializeTeamsHost(): Promise<HostInfo> {
  const { app } = await import(/* webpackChunkName: "teams-host" */ '@microsoft/teams-js');
  await app.initialize();
  const context = await app.getContext();
  const theme = context.app.theme;
  return {
    kind: 'teams',
    theme: theme === 'dark' || theme === 'contrast' ? theme : 'default',
    subPageId: context.page.subPageId ?? null,
  };
}
