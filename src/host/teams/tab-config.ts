import { initializeTeams } from './teams-sdk';

/** What a channel tab remembers: the plan it shows (`entityId`) and where its pages are. */
export interface TabSettings {
  readonly entityId: string;
  readonly contentUrl: string;
  readonly websiteUrl: string;
  readonly suggestedDisplayName: string;
}

/** Produces the settings when the person selects Save; may create the plan first. */
export type TabSettingsSource = () => Promise<TabSettings>;

export interface TabConfiguration {
  /** The current choice, or null while nothing valid is chosen (Save stays disabled). */
  choose(source: TabSettingsSource | null): void;
}

/** Tab names longer than this are cut by Teams anyway; cut them ourselves at a word. */
const MAX_TAB_NAME = 60;

/**
 * The configuration page's side of the host contract: Save stays disabled until a plan is chosen,
 * then `pages.config.setConfig` records the plan as the tab's entity id.
 */
export async function startTabConfiguration(): Promise<TabConfiguration> {
  const { pages } = await initializeTeams();
  let current: TabSettingsSource | null = null;
  pages.config.registerOnSaveHandler((event) => {
    const source = current;
    if (!source) {
      event.notifyFailure('Choose a plan for this tab first.');
      return;
    }
    source()
      .then((settings) =>
        pages.config.setConfig({ ...settings, suggestedDisplayName: tabName(settings.suggestedDisplayName) }),
      )
      .then(
        () => event.notifySuccess(),
        (error: unknown) => event.notifyFailure(error instanceof Error ? error.message : String(error)),
      );
  });
  pages.config.setValidityState(false);
  return {
    choose(source) {
      current = source;
      pages.config.setValidityState(source !== null);
    },
  };
}

function tabName(title: string): string {
  const trimmed = title.trim();
  if (trimmed.length <= MAX_TAB_NAME) return trimmed;
  const cut = trimmed.slice(0, MAX_TAB_NAME);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 20)).trimEnd()}…`;
}
