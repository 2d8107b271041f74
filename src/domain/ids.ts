declare const brand: unique symbol;
/** A string that is known to be a particular kind of identifier. */
export type Brand<T, B extends string> = T & { readonly [brand]: B };

export type PlanId = Brand<string, 'PlanId'>;
export type FindingId = Brand<string, 'FindingId'>;
export type ActionId = Brand<string, 'ActionId'>;
export type MemberId = Brand<string, 'MemberId'>;
export type UpdateId = Brand<string, 'UpdateId'>;
export type SignOffId = Brand<string, 'SignOffId'>;
export type NotificationId = Brand<string, 'NotificationId'>;
/** The directory identity of a person (an Entra object id, or a demo persona id locally). */
export type UserId = Brand<string, 'UserId'>;

const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;

const guard =
  <T extends string>(prefix: string) =>
  (value: unknown): value is T =>
    typeof value === 'string' && value.startsWith(prefix) && ID_PATTERN.test(value);

export const isPlanId = guard<PlanId>('plan-');
export const isFindingId = guard<FindingId>('fnd-');
export const isActionId = guard<ActionId>('act-');
export const isMemberId = guard<MemberId>('mem-');
export const isUpdateId = guard<UpdateId>('upd-');
export const isSignOffId = guard<SignOffId>('sig-');
export const isNotificationId = guard<NotificationId>('ntf-');
export const isUserId = (value: unknown): value is UserId => typeof value === 'string' && ID_PATTERN.test(value);

export const ID_PREFIX = {
  plan: 'plan-',
  finding: 'fnd-',
  action: 'act-',
  member: 'mem-',
  update: 'upd-',
  signOff: 'sig-',
  notification: 'ntf-',
} as const;
export type IdKind = keyof typeof ID_PREFIX;

export interface IdOf {
  plan: PlanId;
  finding: FindingId;
  action: ActionId;
  member: MemberId;
  update: UpdateId;
  signOff: SignOffId;
  notification: NotificationId;
}

/** Ids are made outside the domain (random in the app, counted in tests) and passed in. */
export type IdSource = <K extends IdKind>(kind: K) => IdOf[K];

/** Builds an id source from a generator of unique suffixes. */
export const idSource =
  (nextSuffix: () => string): IdSource =>
  (kind) =>
    `${ID_PREFIX[kind]}${nextSuffix()}` as IdOf[typeof kind];
