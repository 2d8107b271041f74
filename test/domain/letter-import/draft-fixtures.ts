import type { FindingId, MemberId, PlanId } from '../../../src/domain/ids';
import type { DraftItem, DraftMetadata, ImportDraft } from '../../../src/domain/letter-import/import-draft';
import type { DirectoryUser } from '../../../src/domain/persona';

export const fid = (n: number | string) => `fnd-${n}` as FindingId;

export const item = (n: number | string, over: Partial<DraftItem> = {}): DraftItem => ({
  id: fid(n),
  type: 'improvement',
  text: `Finding ${n}.`,
  subItems: [],
  heading: null,
  agencies: [],
  span: null,
  needsCheck: false,
  ...over,
});

export const METADATA: DraftMetadata = {
  area: 'Cheshire East',
  letterDate: '26/09/2022',
  inspectionType: 'jtai',
  theme: 'children and families who need help',
  fieldworkStart: '11/07/2022',
  fieldworkEnd: '15/07/2022',
  principalAuthority: 'Cheshire East Council',
  printedDeadline: '05/01/2023',
};

export const IDS = { plan: 'plan-test-1' as PlanId, member: 'mem-test-1' as MemberId };

export const draftWith = (items: readonly DraftItem[], metadata: Partial<DraftMetadata> = {}): ImportDraft => ({
  ids: IDS,
  source: { kind: 'paste', name: null },
  letter: { text: 'Letter text', sections: [] },
  metadata: { ...METADATA, ...metadata },
  items,
  notices: [],
  startedAt: '2022-09-27T09:00:00.000Z' as ImportDraft['startedAt'],
});

export const DCS: DirectoryUser = {
  id: 'u-dcs' as DirectoryUser['id'],
  displayName: 'Ann Example',
  email: 'ann@example.gov.uk',
  jobTitle: 'Director of Children’s Services',
  organisation: 'Cheshire East Council',
};

/** The items' ids and texts, for compact tables. */
export const shape = (items: readonly DraftItem[]) => items.map((i) => [i.id, i.text]);
