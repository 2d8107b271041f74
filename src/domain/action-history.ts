import type { Action } from './action';
import { changedActionFields, type EditableActionField } from './action-diff';
import type { IsoDateTime } from './dates';

/** Who SharePoint says wrote a version: their directory id and name as it gives them. */
export interface VersionAuthor {
  readonly userId: string;
  readonly name: string;
}

/** An action as one of its stored versions held it, with who saved that version and when. */
export interface ActionVersion {
  readonly action: Action;
  readonly at: IsoDateTime;
  readonly by: VersionAuthor;
  /** Whether this is the version the action was added as (SharePoint drops the oldest beyond its limit). */
  readonly first: boolean;
}

/**
 * One save in an action's history: the first adds it; each later one changes some of its fields.
 * Where SharePoint no longer keeps the first, the history starts from the oldest version it keeps.
 */
export type ActionChange =
  | {
      readonly kind: 'added' | 'oldest-kept';
      readonly at: IsoDateTime;
      readonly by: VersionAuthor;
      readonly action: Action;
    }
  | {
      readonly kind: 'changed';
      readonly at: IsoDateTime;
      readonly by: VersionAuthor;
      readonly before: Action;
      readonly after: Action;
      readonly fields: readonly EditableActionField[];
    };

/**
 * An action's history from its versions (oldest first), newest change first. A save that changed
 * none of the action's own fields (SharePoint's bookkeeping) is left out.
 */
export function actionChanges(versions: readonly ActionVersion[]): ActionChange[] {
  const changes: ActionChange[] = versions.flatMap((version, i): ActionChange[] => {
    const previous = versions[i - 1];
    if (!previous) {
      return [
        { kind: version.first ? 'added' : 'oldest-kept', at: version.at, by: version.by, action: version.action },
      ];
    }
    const fields = changedActionFields(previous.action, version.action);
    return fields.length === 0
      ? []
      : [{ kind: 'changed', at: version.at, by: version.by, before: previous.action, after: version.action, fields }];
  });
  return changes.reverse();
}
