/** Hosted by a Microsoft 365 app through teams-js, or a page of its own (local emulator or plain browser). */
export type HostKind = 'teams' | 'standalone';

/** Which Microsoft 365 surface carries the tab; decides what context there is (a team site, or none). */
export type HostName = 'teams' | 'sharepoint' | 'outlook' | 'office' | 'standalone';

/** The host's theme names, as Teams, Outlook and the Microsoft 365 app send them. */
export type HostTheme = 'default' | 'dark' | 'contrast';

/** Where the tab was opened: its content page, its configuration page, or another frame. */
export type HostFrame = 'content' | 'settings' | 'remove' | 'other';

/** The person the host signed in. Context is a hint for sign-in, never proof of identity. */
export interface HostUser {
  /** Entra object id. */
  readonly id: string;
  readonly upn: string | null;
  /** The tenant the app runs in (the host tenant, also for guests from partner tenants). */
  readonly tenantId: string | null;
}

/** The SharePoint site behind the team (or the SharePoint page hosting the tab). */
export interface HostSite {
  /** Absolute site URL, e.g. `https://contoso.sharepoint.com/sites/safeguarding`. */
  readonly url: string | null;
  /** The team's Microsoft 365 group, whose root site holds the lists when no URL is given. */
  readonly groupId: string | null;
}

export interface HostInfo {
  readonly kind: HostKind;
  readonly hostName: HostName;
  /** Theme the host asks for, if it has one. */
  readonly theme: HostTheme | null;
  /** A sub-page (finding or action) the host was opened on, if any. */
  readonly subPageId: string | null;
  /** The tab's entity id: for a channel tab, the id of the plan it shows. */
  readonly pageId: string | null;
  readonly frame: HostFrame | null;
  readonly site: HostSite | null;
  readonly user: HostUser | null;
  /** BCP 47 locale of the host, e.g. `en-gb`. */
  readonly locale: string | null;
  /** The channel of a channel tab (`19:…@thread.tacv2`); with `site.groupId`, where its links go. */
  readonly channelId?: string;
}

export const STANDALONE_HOST: HostInfo = {
  kind: 'standalone',
  hostName: 'standalone',
  theme: null,
  subPageId: null,
  pageId: null,
  frame: null,
  site: null,
  user: null,
  locale: null,
};
