import {
  Button,
  Link,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Subtitle1,
  Text,
  makeStyles,
  useRestoreFocusTarget,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { ActionId } from '../../domain/ids';
import {
  ACTION_STATUS_META,
  ACTION_STATUSES,
  STATUSES_NEEDING_REASON,
  type Action,
  type ActionStatus,
} from '../../domain/action';
import { agencyLabel } from '../../domain/agency';
import { formatShortDate } from '../../domain/dates';
import { agencyActedFor, type Member } from '../../domain/member';
import { URGENCY_LABEL, byUrgency, urgencyOf, type Urgency } from '../../domain/action-urgency';
import { agenciesMemberCanLead, isPlanAdmin } from '../../domain/permissions';
import type { PlanSnapshot } from '../../domain/plan-snapshot';
import { useServices } from '../app-services';
import { ButtonMenu } from '../common/button-menu';
import { ProblemBar } from '../common/problem-bar';
import { useStore } from '../common/use-store';
import { formatRoute } from '../routing/route';
import { KEPT_TITLE } from '../actions/progress-updates';
import { StatusBadge } from '../actions/status-badge';
import { PostUpdateDialog, type UpdateRequest } from './post-update-dialog';
import { AreasAwaitingAgency, AreasAwaitingEachAgency } from './areas-awaiting';
import { awaitedAreasMatter } from '../../domain/areas-awaiting-agency';
import { plainList, row, stack } from '../common/stack';
import { framed } from '../common/frame';

const useStyles = makeStyles({
  page: stack('L'),
  list: plainList('S'),
  item: {
    ...row('M'),
    ...framed('M'),
  },
  text: { flex: '1 1 420px', ...stack('XXS') },
});

/** The actions a person answers for: their agency's, or (for others) the ones they lead. */
export function actionsFor(snapshot: PlanSnapshot, me: Member | null): readonly Action[] {
  if (!me) return [];
  const agency = agencyActedFor(me);
  if (agency) return snapshot.actions.filter((a) => a.leadAgency === agency);
  if (isPlanAdmin(me)) return snapshot.actions;
  return snapshot.actions.filter((a) => a.leadOfficer === me.id);
}

/** What became of a status change, said beside the action. */
type Notice =
  | { readonly intent: 'success'; readonly message: string }
  | { readonly intent: 'warning' | 'error'; readonly title: string; readonly message: string };

const kept = (message: string): Notice => ({ intent: 'warning', title: KEPT_TITLE, message });
/** Said once an update is posted: `asked` is the status "Change status" opened the dialog with, if any. */
const posted = (status: ActionStatus | null, asked: ActionStatus | null): Notice => ({
  intent: 'success',
  message: !status
    ? 'Your update is posted; the status is unchanged.'
    : asked
      ? `Status changed to ${ACTION_STATUS_META[status].label}; your reason is posted as a progress update.`
      : `Your update is posted; the status is now ${ACTION_STATUS_META[status].label}.`,
});

export function MyActions({ snapshot, me }: { snapshot: PlanSnapshot; me: Member | null }) {
  const styles = useStyles();
  const { today } = useServices();
  const [updating, setUpdating] = useState<UpdateRequest | null>(null);
  const [notices, setNotices] = useState<Readonly<Record<string, Notice>>>({});
  const tell = (id: ActionId, notice: Notice | null) =>
    setNotices((all) => {
      const next = { ...all };
      if (notice) next[id] = notice;
      else delete next[id];
      return next;
    });
  const mine = byUrgency(actionsFor(snapshot, me), today());
  const groups = new Map<Urgency, Action[]>();
  for (const action of mine) {
    const key = urgencyOf(action, today());
    groups.set(key, [...(groups.get(key) ?? []), action]);
  }
  const whose = me?.agency
    ? `${agencyLabel(snapshot.plan.agencies, me.agency)} actions`
    : isPlanAdmin(me)
      ? 'All actions'
      : 'Actions you lead';
  return (
    <section className={styles.page} aria-labelledby="my-actions-heading">
      <Subtitle1 as="h2" id="my-actions-heading">
        {whose}: what needs attention first
      </Subtitle1>
      {mine.length === 0 && <Text>You have no actions in this plan.</Text>}
      {[...groups].map(([urgency, actions]) => (
        <section key={urgency} aria-labelledby={`urgency-${urgency}`}>
          <Text as="h3" id={`urgency-${urgency}`} weight="semibold" block>
            {URGENCY_LABEL[urgency]} ({actions.length})
          </Text>
          <ul className={styles.list}>
            {actions.map((action) => (
              <MyActionItem
                key={action.id}
                action={action}
                snapshot={snapshot}
                notice={notices[action.id] ?? null}
                tell={(notice) => tell(action.id, notice)}
                askUpdate={(status) => setUpdating({ action, status })}
              />
            ))}
          </ul>
        </section>
      ))}
      <AreasAwaiting snapshot={snapshot} me={me} />
      <PostUpdateDialog
        request={updating}
        onClose={() => setUpdating(null)}
        onDone={(request, status, outcome) => {
          setUpdating(null);
          tell(request.action.id, outcome.status === 'queued' ? kept(outcome.message) : posted(status, request.status));
        }}
      />
    </section>
  );
}

/**
 * Until the plan is submitted, the areas the letter names an agency in without an action from it: an
 * owner's or QA lead's own agency's, or every agency's for the DCS's team.
 */
function AreasAwaiting({ snapshot, me }: { snapshot: PlanSnapshot; me: Member | null }) {
  const { planView } = useServices();
  const governance = useStore(planView, (s) => s.governance);
  if (!awaitedAreasMatter(governance)) return null;
  if (isPlanAdmin(me)) return <AreasAwaitingEachAgency snapshot={snapshot} />;
  const agency = agencyActedFor(me);
  if (!agency) return null;
  const canAdd = agenciesMemberCanLead(me, snapshot.plan.agencies).length > 0;
  return <AreasAwaitingAgency snapshot={snapshot} agency={agency} canAdd={canAdd} />;
}

function MyActionItem({
  action,
  snapshot,
  notice,
  tell,
  askUpdate,
}: {
  action: Action;
  snapshot: PlanSnapshot;
  notice: Notice | null;
  tell: (notice: Notice | null) => void;
  /** Opens the update dialog: with a status chosen from the menu, or null for "Post update". */
  askUpdate: (status: ActionStatus | null) => void;
}) {
  const styles = useStyles();
  const { planView } = useServices();
  // Where focus goes back to when the update dialog these buttons open is closed.
  const restoreFocus = useRestoreFocusTarget();
  // A kept change is spoken of only while it waits or is being sent: once sent (or not), the badge tells.
  const waiting = useStore(planView, (s) => s.marks[action.id] !== undefined);
  const finding = snapshot.findings.find((f) => f.id === action.findingId);
  const open = formatRoute({ name: 'my-actions', planId: action.planId, actionId: action.id });
  const setStatus = async (status: ActionStatus) => {
    tell(null);
    if (STATUSES_NEEDING_REASON.includes(status)) return askUpdate(status);
    const outcome = await planView.getState().saveAction({ ...action, status });
    if (outcome.status === 'saved')
      tell({ intent: 'success', message: `Status changed to ${ACTION_STATUS_META[status].label}.` });
    else if (outcome.status === 'pending') tell(kept(outcome.message));
    else
      tell({
        intent: 'error',
        title: 'Status not changed',
        message: 'message' in outcome ? outcome.message : 'Check the action’s details.',
      });
  };
  return (
    <li className={styles.item}>
      <div className={styles.text}>
        <Link href={open}>{action.title}</Link>
        <Text size={200}>
          {finding ? `Finding: ${finding.text}. ` : ''}Target{' '}
          {action.targetDate ? formatShortDate(action.targetDate) : 'not set'}
        </Text>
        {notice?.intent === 'error' && <ProblemBar title={notice.title} message={notice.message} />}
        <div role="status">
          {notice?.intent === 'success' && <Text size={200}>{notice.message}</Text>}
          {notice?.intent === 'warning' && waiting && (
            <MessageBar intent="warning">
              <MessageBarBody>
                <MessageBarTitle>{notice.title}</MessageBarTitle>
                {notice.message}
              </MessageBarBody>
            </MessageBar>
          )}
        </div>
      </div>
      <StatusBadge status={action.status} />
      <Button onClick={() => askUpdate(null)} aria-label={`Post update on: ${action.title}`} {...restoreFocus}>
        Post update
      </Button>
      <ButtonMenu
        button={
          <Button aria-label={`Change status of: ${action.title}`} {...restoreFocus}>
            Change status
          </Button>
        }
        choices={ACTION_STATUSES.filter((s) => s !== action.status).map((s) => ({
          key: s,
          label: `${ACTION_STATUS_META[s].label}${STATUSES_NEEDING_REASON.includes(s) ? ' (give a reason)…' : ''}`,
          onSelect: () => void setStatus(s),
        }))}
      />
    </li>
  );
}
