import { beforeAll, describe, expect, it } from 'vitest';
import type { UserId } from '../../src/domain/ids';
import type { AgencyKey } from '../../src/domain/agency';
import { ROLE_LABEL } from '../../src/domain/member';
import type { SignOff } from '../../src/domain/sign-off';
import { STAGE_LABEL } from '../../src/domain/workflow/stage-vocabulary';
import { draftForeword, draftMonitoring } from '../../src/domain/statement/statement-drafts';
import { DEFAULT_CHAIN } from '../../src/domain/workflow/stage-chain';
import { buildStatement, sectionAfter, tablesIn, textsIn, type BuiltStatement } from './support/statement-doc';
import { aSignOff, haringeySnapshot, hashFor, options, SIGN_OFFS } from './support/snapshots';

const snapshot = haringeySnapshot();
const userOf = (name: string) => snapshot.members.find((m) => m.displayName === name)!.userId;

const partner: SignOff = {
  ...aSignOff(3, 'Ian Fletcher', 'safeguarding-partner', '2018-05-07T09:00:00.000Z'),
  userId: userOf('Ian Fletcher'),
};
const policeQa: SignOff = {
  ...aSignOff(4, 'Kwame Mensah', 'agency-qa-lead', '2018-04-20T11:00:00.000Z'),
  stage: 'agency-qa',
  agency: 'police' as AgencyKey,
  userId: userOf('Kwame Mensah'),
};

/** App words a reader outside the app would not know: role labels and stage names. */
const APP_WORDS = [
  ...Object.values(ROLE_LABEL).filter((l) => !['Safeguarding partner', 'Lead Member', 'Chief Executive'].includes(l)),
  ...Object.values(STAGE_LABEL).filter((l) => !['Closed', 'Amendments', 'Submitted to Ofsted'].includes(l)),
];

describe('the statement with the drafts built from the plan', () => {
  let doc: BuiltStatement;
  beforeAll(async () => {
    doc = await buildStatement(snapshot, options({ signOffs: [...SIGN_OFFS, partner, policeQa] }));
  });

  it('opens with the draft introduction and foreword', () => {
    const foreword = textsIn(sectionAfter(doc.blocks, 'Introduction and foreword', 'Heading1'));
    expect(foreword[0]).toBe(draftForeword(snapshot).split('\n\n')[0]);
    expect(foreword).toContain('Voice of the child');
  });

  it('sets out governance and monitoring from the plan’s people and chain', () => {
    const monitoring = textsIn(sectionAfter(doc.blocks, 'Governance and monitoring arrangements', 'Heading1'));
    expect(monitoring).toEqual(draftMonitoring(snapshot, DEFAULT_CHAIN).split('\n\n'));
  });

  it('signs with each expected signer: the verified sign-offs, and unsigned lines for the rest', () => {
    const [table] = tablesIn(sectionAfter(doc.blocks, 'Signatures', 'Heading1'));
    expect(table?.rows[0]).toEqual(['Name', 'Role', 'Decision', 'Date', 'Content reference']);
    expect(table?.rows.slice(1)).toEqual([
      [
        'Catherine Ellis\nAssistant Chief Executive (safeguarding partner delegate)',
        'Safeguarding partner (local authority)',
        'Awaiting signature',
        '',
        '',
      ],
      [
        'Ian Fletcher\nDetective Chief Superintendent, BCU Commander',
        'Safeguarding partner (police)',
        'Approved',
        '7 May 2018',
        hashFor(3).slice(0, 12),
      ],
      [
        'Nadia Rahman\nChief Nursing Officer (ICB accountable officer delegate)',
        'Safeguarding partner (health)',
        'Awaiting signature',
        '',
        '',
      ],
      [
        "Cllr Grace Adeyemi\nCabinet Member for Children's Services",
        "Lead Member for Children's Services",
        'Approved',
        '8 May 2018',
        '111111111111',
      ],
      ['Robert Lang\nChief Executive', 'Chief Executive', 'Approved', '9 May 2018', '222222222222'],
    ]);
  });

  it("records each lead agency's assurance of its own actions", () => {
    const assurance = sectionAfter(doc.blocks, 'Assurance by each lead agency', 'Heading2');
    expect(tablesIn(assurance)[0]?.rows[1]).toEqual([
      'Kwame Mensah\nDetective Chief Inspector, Public Protection',
      'Quality assurance lead (police)',
      'Approved',
      '20 April 2018',
      '444444444444',
    ]);
  });

  it('lists named contacts per agency with job titles and email', () => {
    const appendix = sectionAfter(doc.blocks, 'Appendix: named contacts', 'Heading1');
    const titles = appendix
      .filter((b) => b.kind === 'p' && b.style === 'Heading2')
      .map((b) => (b.kind === 'p' ? b.text : ''));
    expect(titles.slice(0, 3)).toEqual([
      'Leadership of the partnership',
      "Children's social care (local authority)",
      'Police',
    ]);
    const police = sectionAfter(doc.blocks, 'Police', 'Heading2');
    expect(tablesIn(police)[0]?.rows).toEqual([
      ['Name', 'Job title', 'Email', 'Responsibility'],
      ['Sarah Mitchell', 'Detective Inspector, Safeguarding', 'sarah.mitchell@example.gov.uk', 'Lead officer'],
      [
        'Kwame Mensah',
        'Detective Chief Inspector, Public Protection',
        'kwame.mensah@example.gov.uk',
        'Quality assurance',
      ],
    ]);
    const leaders = tablesIn(sectionAfter(doc.blocks, 'Leadership of the partnership', 'Heading2'))[0]?.rows ?? [];
    expect(leaders[1]).toEqual([
      'Amara Okafor',
      "Director of Children's Services",
      'amara.okafor@example.gov.uk',
      "Director of Children's Services",
    ]);
  });

  it('uses no app role names or workflow stage names anywhere in the document', () => {
    for (const word of APP_WORDS) expect(doc.text, word).not.toContain(word);
  });
});

describe("the statement with the DCS's own texts", () => {
  let doc: BuiltStatement;
  beforeAll(async () => {
    const plan = {
      ...snapshot.plan,
      foreword: 'We accept every finding.\n\nOur priorities are:\n- Listening to children\n- Acting on neglect',
      monitoringArrangements: 'The improvement board meets fortnightly.\nIt reports to the partnership.',
    };
    doc = await buildStatement({ ...snapshot, plan }, options());
  });

  it('uses the foreword as written, paragraphs and list kept', () => {
    const foreword = textsIn(sectionAfter(doc.blocks, 'Introduction and foreword', 'Heading1'));
    expect(foreword).toEqual([
      'We accept every finding.',
      'Our priorities are:',
      'Listening to children',
      'Acting on neglect',
    ]);
    expect(doc.text).not.toContain(draftForeword(snapshot).split('\n\n')[0]);
  });

  it('uses the monitoring arrangements as written, line breaks kept', () => {
    const monitoring = textsIn(sectionAfter(doc.blocks, 'Governance and monitoring arrangements', 'Heading1'));
    expect(monitoring).toEqual(['The improvement board meets fortnightly.\nIt reports to the partnership.']);
  });

  it('falls back to the draft when a text is only blank', async () => {
    const plan = { ...snapshot.plan, foreword: '  \n ', monitoringArrangements: '' };
    const blank = await buildStatement({ ...snapshot, plan }, options());
    expect(blank.text).toContain(draftForeword(snapshot).split('\n\n')[0]);
    expect(blank.text).toContain(draftMonitoring(snapshot, DEFAULT_CHAIN).split('\n\n')[0]);
  });
});

describe('the signatures follow the chain and the sign-offs passed in', () => {
  it('leaves out the partners when the partnership skips their approval', async () => {
    const chain = DEFAULT_CHAIN.map((s) => (s.key === 'partnership-approval' ? { ...s, skipped: true } : s));
    const members = snapshot.members.filter((m) => m.role !== 'chief-executive');
    const doc = await buildStatement({ ...snapshot, members }, options({ chain, signOffs: [SIGN_OFFS[1]!] }));
    const [table] = tablesIn(sectionAfter(doc.blocks, 'Signatures', 'Heading1'));
    expect(table?.rows.slice(1).map((r) => [r[0], r[1], r[2]])).toEqual([
      ["Cllr Grace Adeyemi\nCabinet Member for Children's Services", "Lead Member for Children's Services", 'Approved'],
      ['To be named', 'Chief Executive', 'Awaiting signature'],
    ]);
  });

  it('names whoever actually signed, and keeps a partner who has since left the plan', async () => {
    const stand: SignOff = {
      ...aSignOff(8, 'Jo Deputy', 'lead-member', '2018-05-08T10:00:00.000Z'),
      userId: 'u-deputy' as UserId,
    };
    const departed: SignOff = {
      ...aSignOff(9, 'Sam Former', 'safeguarding-partner', '2018-05-02T09:00:00.000Z'),
      userId: 'u-former' as UserId,
    };
    const doc = await buildStatement(snapshot, options({ signOffs: [stand, departed] }));
    const rows = tablesIn(sectionAfter(doc.blocks, 'Signatures', 'Heading1'))[0]?.rows ?? [];
    expect(rows).toContainEqual([
      'Jo Deputy',
      "Lead Member for Children's Services",
      'Approved',
      '8 May 2018',
      '888888888888',
    ]);
    expect(rows.at(-1)).toEqual(['Sam Former', 'Safeguarding partner', 'Approved', '2 May 2018', '999999999999']);
  });
});
