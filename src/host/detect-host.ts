import { STANDALONE_HOST, type HostInfo } from './host-kind';
import { hostInfoFromContext } from './teams/host-context';
import { initializeTeams, loadTeamsSdk } from './teams/teams-sdk';

/**
 * How long to wait for a Teams/SharePoint/Outlook host to answer before treating the page as
 * standalone, counted once teams-js is loaded: Teams answers in well under a second, and a page
 * framed by anything else must not wait longer than 2 s for an answer that will not come. Loading
 * teams-js is the tab's own download, not the host's answer, so it is not counted: on a slow
 * connection (a phone), counting it made the tab give up on a host that was there.
 */
export const HOST_HANDSHAKE_TIMEOUT_MS = 1500;

/**
 * The parts of `window` host detection reads. `nativeInterface` is the bridge a native host
 * (Teams and Outlook on iOS, iPadOS and Android) injects into a tab it loads without an iframe.
 */
export type HostWindow = Pick<Window, 'self' | 'top'> & { readonly nativeInterface?: unknown };

interface DetectOptions {
  readonly window: HostWindow;
  readonly timeoutMs?: number;
  /** Runs the host handshake; injectable so a test can stand in for a host that never answers. */
  readonly initializeTeams?: () => Promise<HostInfo>;
  /** Loads teams-js before the handshake is timed; injectable so a test can make it slow. */
  readonly loadSdk?: () => Promise<unknown>;
}

/**
 * Decides where the tab runs without hanging: a plain top-level page has no host to talk to, and
 * in a foreign iframe teams-js would wait a minute before giving up, so the handshake is raced.
 */
export async function detectHost(options: DetectOptions): Promise<HostInfo> {
  const { window: w, timeoutMs = HOST_HANDSHAKE_TIMEOUT_MS } = options;
  if (!mayHaveHost(w)) return STANDALONE_HOST;
  const initialize = options.initializeTeams ?? initializeTeamsHost;
  const loaded = await (options.loadSdk ?? loadTeamsSdk)().then(
    () => true,
    () => false,
  );
  if (!loaded) return detected(STANDALONE_HOST);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<HostInfo>((resolve) => {
    timer = setTimeout(() => resolve(STANDALONE_HOST), timeoutMs);
  });
  mark(HANDSHAKE_STARTED);
  try {
    return detected(await Promise.race([initialize().catch(() => STANDALONE_HOST), timeout]));
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Whether a host may be there to answer teams-js, judged as teams-js judges it: in
 * `initializeCommunication` (src/internal/communication.ts) the host is the parent frame, and when
 * there is none, a `window.nativeInterface` makes the window "frameless" (`GlobalVars.isFramelessWindow`):
 * messages go out through `nativeInterface.framelessPostMessage` and come back through
 * `window.onNativeMessage`. Without either teams-js rejects with "No Parent window found".
 * teams-js would also talk to `window.opener`; a page someone opened with `window.open` is not
 * a tab, and waiting on its opener would only delay a plain browser start, so that case stays standalone.
 */
function mayHaveHost(w: HostWindow): boolean {
  return w.self !== w.top || Boolean(w.nativeInterface);
}

/** Performance marks around the handshake, so a slow start in a host can be told apart from a slow network. */
export const HANDSHAKE_STARTED = 'jtai:host-handshake-started';
export const HOST_DETECTED = 'jtai:host-detected';

function mark(name: string, detail?: unknown): void {
  globalThis.performance?.mark?.(name, { detail });
}

function detected(host: HostInfo): HostInfo {
  mark(HOST_DETECTED, { kind: host.kind, hostName: host.hostName });
  return host;
}

async function initializeTeamsHost(): Promise<HostInfo> {
  const sdk = await initializeTeams();
  return hostInfoFromContext(await sdk.app.getContext());
}
