import type { ActionStatus, Milestone } from '../../domain/action';
import { isoDate, type IsoDateTime } from '../../domain/dates';
import type { ActionId, UpdateId, UserId } from '../../domain/ids';
import type { ProgressUpdate } from '../../domain/progress-update';
import { DEMO_PERSONAS } from './demo-directory';
import { HARINGEY_PLAN_ID } from './haringey-2018';

/** The persona the seed signs in as: the DCS, who starts the plan and so becomes its admin. */
export const SEED_USER_ID = 'u-dcs' as UserId;

const seedUserName = (): string => {
  const persona = DEMO_PERSONAS.find((p) => p.id === SEED_USER_ID);
  if (!persona) throw new Error(`The demo directory has no ${SEED_USER_ID}.`);
  return persona.displayName;
};

const milestone = (title: string, due: string, done: boolean): Milestone => ({ title, due: isoDate(due), done });

/** Milestones of the Haringey actions as first planned, in 2018's dates, by action id. */
export const HARINGEY_MILESTONES: ReadonlyMap<string, readonly Milestone[]> = new Map([
  [
    'act-haringey-01',
    [
      milestone(
        'Terms of reference for the daily meeting agreed by police, health and social care',
        '2018-02-16',
        true,
      ),
      milestone('First monthly audit of 40 contacts reported to the MASH board', '2018-04-30', false),
    ],
  ],
  [
    'act-haringey-02',
    [
      milestone('First detective constable seconded to the MASH', '2018-03-05', true),
      milestone('Second detective constable in post', '2018-05-31', false),
    ],
  ],
  [
    'act-haringey-04',
    [
      milestone('Safeguarding check added to the pre-sentence report template', '2018-03-30', false),
      milestone('First quarterly case audit of the check', '2018-07-31', false),
    ],
  ],
  [
    'act-haringey-06',
    [
      milestone('Draft neglect strategy shared with partners for comment', '2018-03-09', true),
      milestone('Performance framework agreed by the LSCB executive', '2018-06-30', false),
    ],
  ],
]);

const update = (
  n: number,
  actionId: string,
  at: string,
  text: string,
  status: ActionStatus | null,
): ProgressUpdate => ({
  id: `upd-haringey-${String(n).padStart(2, '0')}` as UpdateId,
  planId: HARINGEY_PLAN_ID,
  actionId: actionId as ActionId,
  authorId: SEED_USER_ID,
  authorName: seedUserName(),
  at: at as IsoDateTime,
  text,
  status,
});

/** Progress the DCS recorded in the weeks after the plan started (posted in her own name), in 2018's dates. */
export const HARINGEY_PROGRESS: readonly ProgressUpdate[] = [
  update(
    1,
    'act-haringey-01',
    '2018-02-26T10:00:00.000Z',
    'Daily MASH meeting running for a week now; police and health attend every day.',
    'on-track',
  ),
  update(
    2,
    'act-haringey-02',
    '2018-03-05T14:30:00.000Z',
    'One detective constable seconded; recruitment to the second post is delayed, with interim cover from the Public Protection Unit.',
    'at-risk',
  ),
  update(
    3,
    'act-haringey-06',
    '2018-03-19T09:15:00.000Z',
    'The LSCB meeting to approve the neglect strategy has been postponed by two months.',
    'off-track',
  ),
];
