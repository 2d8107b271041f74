import type { BrowserContext, Page } from 'playwright-core';
import { TENANT_BUILD } from './tenant-build';

/** The tenant the host says the tab runs in: a partnership team's tenant, not the one the app is registered in. */
export const HOST_TENANT = '33333333-3333-4333-8333-333333333333';

/** One Microsoft 365 host the tab can run in, as teams-js sees it. */
export interface HostShape {
  readonly name: string;
  /** `framed`: the tab is an iframe in the host's page; `frameless`: a phone app loads it as its top-level page. */
  readonly frame: 'framed' | 'frameless';
  /** Framed hosts: the page that frames the tab. */
  readonly hostOrigin?: string;
  /** The legacy context object teams-js turns into `app.Context`. */
  readonly context: Record<string, unknown>;
  readonly clientType: string;
  /** Whether the host signs people in for the tab (nested app authentication). */
  readonly nestedAppAuth: boolean;
}

const teamContext = {
  frameContext: 'content',
  entityId: 'plans',
  locale: 'en-gb',
  theme: 'default',
  userObjectId: '11111111-1111-4111-8111-111111111111',
  userPrincipalName: 'amara.okafor@haringey.example',
  tid: HOST_TENANT,
};

export const HOST_SHAPES: readonly HostShape[] = [
  {
    name: 'Teams on the web (channel tab)',
    frame: 'framed',
    hostOrigin: 'https://teams.microsoft.com',
    clientType: 'web',
    nestedAppAuth: true,
    context: {
      ...teamContext,
      hostName: 'Teams',
      hostClientType: 'web',
      groupId: '44444444-4444-4444-8444-444444444444',
      teamSiteUrl: TENANT_BUILD.siteUrl,
    },
  },
  {
    name: 'Teams desktop (channel tab)',
    frame: 'framed',
    hostOrigin: 'https://teams.microsoft.com',
    clientType: 'desktop',
    nestedAppAuth: true,
    context: {
      ...teamContext,
      hostName: 'Teams',
      hostClientType: 'desktop',
      groupId: '44444444-4444-4444-8444-444444444444',
      teamSiteUrl: TENANT_BUILD.siteUrl,
    },
  },
  {
    name: 'Outlook on the web (personal app)',
    frame: 'framed',
    hostOrigin: 'https://outlook.office.com',
    clientType: 'web',
    nestedAppAuth: true,
    context: { ...teamContext, hostName: 'Outlook', hostClientType: 'web' },
  },
  {
    name: 'a SharePoint page (no nested sign-in)',
    frame: 'framed',
    hostOrigin: 'https://haringey.sharepoint.com',
    clientType: 'web',
    nestedAppAuth: false,
    context: {
      ...teamContext,
      hostName: 'Teams',
      hostClientType: 'web',
      sharepoint: { pageContext: { web: { absoluteUrl: TENANT_BUILD.siteUrl } } },
    },
  },
  {
    name: 'Teams on Android (frameless)',
    frame: 'frameless',
    clientType: 'android',
    nestedAppAuth: true,
    context: {
      ...teamContext,
      hostName: 'Teams',
      hostClientType: 'android',
      groupId: '44444444-4444-4444-8444-444444444444',
      teamSiteUrl: TENANT_BUILD.siteUrl,
    },
  },
  {
    // A partnership meeting: the tab beside the call, in a meeting's chat, which has no team or site.
    name: 'a Teams meeting side panel',
    frame: 'framed',
    hostOrigin: 'https://teams.microsoft.com',
    clientType: 'desktop',
    nestedAppAuth: true,
    context: {
      ...teamContext,
      frameContext: 'sidePanel',
      entityId: 'plan-haringey-2018',
      hostName: 'Teams',
      hostClientType: 'desktop',
      chatId: '19:meeting_NjQ4ZTk2@thread.v2',
      meetingId: 'MCMxOTptZWV0aW5nX05qUTRaVGsy',
    },
  },
  {
    name: 'Outlook on iOS (frameless)',
    frame: 'frameless',
    clientType: 'ios',
    nestedAppAuth: true,
    context: { ...teamContext, hostName: 'Outlook', hostClientType: 'ios' },
  },
];

/** A token request the tab sent through the host's nested-app-auth bridge. */
export interface NestedTokenRequest {
  readonly method: string;
  readonly tokenParams?: { clientId?: string; authority?: string; scope?: string };
}

/** What a host saw: the teams-js calls and the nested-app-auth requests. */
export interface HostRecord {
  readonly calls: string[];
  readonly nested: NestedTokenRequest[];
}

/** The script a host runs: answers teams-js as the host would, and records what the tab asked. */
interface HostScriptArgs {
  readonly context: Record<string, unknown>;
  readonly clientType: string;
  readonly nestedAppAuth: boolean;
  readonly frame: 'framed' | 'frameless';
  readonly appOrigin: string;
}

/**
 * Runs in the host's page (framed) or in the tab's own page before its scripts (frameless).
 * teams-js sends `{ id, uuidAsString, func, args }` and takes `{ id, uuidAsString, args }` back; the
 * `initialize` answer is `[frameContext, clientType, sdkVersion, runtimeConfig]`, and teams-js puts
 * `window.nestedAppAuthBridge` in a framed tab when the runtime config supports `nestedAppAuth`,
 * sending its requests as `nestedAppAuth.execute` with the request in `data`. A phone host injects
 * the bridge itself (teams-js does not polyfill it in a frameless window).
 */
function hostScript(args: HostScriptArgs): void {
  const record = { calls: [] as string[], nested: [] as unknown[] };
  (window as unknown as { __host: typeof record }).__host = record;
  const runtime = JSON.stringify({
    apiVersion: 4,
    isNAAChannelRecommended: args.nestedAppAuth,
    supports: { app: {}, pages: { config: {} }, ...(args.nestedAppAuth ? { nestedAppAuth: {} } : {}) },
  });
  const answers: Record<string, unknown[]> = {
    initialize: [String(args.context.frameContext), args.clientType, '2.58.0', runtime],
    getContext: [args.context],
  };
  const initContext = { sdkName: 'host', sdkVersion: '1.0.0', capabilities: { queryAccount: false } };

  /** Answers a nested-app-auth request: the hand-shake only; token requests are recorded and left open. */
  const nestedAnswer = (json: string): string | null => {
    const request = JSON.parse(json) as { method: string; requestId: string };
    record.nested.push(request);
    if (request.method !== 'GetInitContext') return null;
    return JSON.stringify({
      messageType: 'NestedAppAuthResponse',
      requestId: request.requestId,
      success: true,
      initContext,
    });
  };

  if (args.frame === 'frameless') {
    const listeners: ((event: { data: string }) => void)[] = [];
    if (args.nestedAppAuth) {
      (window as unknown as { nestedAppAuthBridge: unknown }).nestedAppAuthBridge = {
        addEventListener: (_: string, listener: (event: { data: string }) => void) => listeners.push(listener),
        removeEventListener: () => undefined,
        postMessage: (json: string) => {
          const answer = nestedAnswer(json);
          if (answer) setTimeout(() => listeners.forEach((l) => l({ data: answer })), 10);
        },
      };
    }
    (window as unknown as { nativeInterface: unknown }).nativeInterface = {
      framelessPostMessage(json: string) {
        const request = JSON.parse(json) as { id: number; uuidAsString?: string; func: string };
        record.calls.push(request.func);
        const answer = answers[request.func];
        if (!answer) return;
        setTimeout(() => {
          const onNativeMessage = (window as unknown as { onNativeMessage?: (e: unknown) => void }).onNativeMessage;
          onNativeMessage?.({ data: { id: request.id, uuidAsString: request.uuidAsString, args: answer } });
        }, 10);
      },
    };
    return;
  }

  window.addEventListener('message', (event: MessageEvent) => {
    if (event.origin !== args.appOrigin || !event.source) return;
    const message = event.data as { id: number; uuidAsString?: string; func?: string; data?: string };
    if (typeof message?.func !== 'string') return;
    record.calls.push(message.func);
    const source = event.source as Window;
    if (message.func === 'nestedAppAuth.execute' && typeof message.data === 'string') {
      const answer = nestedAnswer(message.data);
      if (answer) source.postMessage({ args: [null, answer] }, event.origin);
      return;
    }
    const answer = answers[message.func];
    if (answer) source.postMessage({ id: message.id, uuidAsString: message.uuidAsString, args: answer }, event.origin);
  });
}

/** Opens the tab in this host: a host page framing it, or the tab itself as a phone app loads it. */
export async function openInHost(context: BrowserContext, shape: HostShape): Promise<{ hostPage: Page }> {
  const page = await context.newPage();
  const args: HostScriptArgs = {
    context: shape.context,
    clientType: shape.clientType,
    nestedAppAuth: shape.nestedAppAuth,
    frame: shape.frame,
    appOrigin: TENANT_BUILD.hostUrl,
  };
  const tabUrl = `${TENANT_BUILD.hostUrl}/#/plans`;
  if (shape.frame === 'frameless') {
    await page.addInitScript(hostScript, args);
    await page.goto(tabUrl);
    return { hostPage: page };
  }
  const hostUrl = `${shape.hostOrigin}/host/tab`;
  await context.route(`${shape.hostOrigin}/host/**`, (route) =>
    route.fulfill({
      status: 200,
      contentType: 'text/html; charset=utf-8',
      body: `<!doctype html><html lang="en"><head><title>Host</title><script>(${hostScript.toString()})(${JSON.stringify(args)});</script></head><body><iframe title="JTAI Action Plan" src="${tabUrl}" style="width:1200px;height:800px;border:0"></iframe></body></html>`,
    }),
  );
  await page.goto(hostUrl);
  return { hostPage: page };
}

/** What the host has seen so far. */
export const hostRecord = (page: Page): Promise<HostRecord> =>
  page.evaluate(() => (window as unknown as { __host: HostRecord }).__host);
