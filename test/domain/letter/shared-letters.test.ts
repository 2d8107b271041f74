import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { DefaultAgencyKey } from '../../../src/domain/agency';
import type { FindingType } from '../../../src/domain/finding';
import { parseFindingsLetter, type ParsedLetter } from '../../../src/domain/letter/parse-letter';
import type { PrincipalKind } from '../../../src/domain/letter/parsed-letter';
import { extractPdfTextInNode } from '../../../src/letter-text/node-pdfjs';
import { readArrayBuffer } from '../../letter-text/helpers/node-buffer';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const lettersDir = path.resolve(repoRoot, '../shared/letters');
const exists = existsSync(lettersDir);

interface AgencyCheck {
  readonly type: FindingType;
  readonly startsWith: string;
  readonly includes: readonly DefaultAgencyKey[];
}

interface LetterExpectation {
  readonly file: string;
  readonly area: string;
  readonly letterDate: string;
  readonly printedDeadline: string;
  readonly principal: string;
  readonly principalKind: PrincipalKind;
  readonly fieldwork: { readonly start: string; readonly end: string };
  readonly counts: Readonly<Record<FindingType, number>>;
  readonly subItems: number;
  readonly priorityStarts: readonly string[];
  readonly improvementStarts: readonly string[];
  readonly agencies: readonly AgencyCheck[];
  /** Sub-headings the improvements sat under, in order of first use. */
  readonly improvementHeadings?: readonly string[];
}

/** Written from reading each letter, not from the parser's output. */
const LETTERS: readonly LetterExpectation[] = [
  {
    file: 'barnsley-2022',
    area: 'Barnsley',
    letterDate: '2022-07-18',
    printedDeadline: '2022-10-25',
    principal: 'Barnsley Metropolitan Borough Council',
    principalKind: 'local-authority',
    fieldwork: { start: '2022-05-23', end: '2022-05-27' },
    counts: { 'priority-action': 0, improvement: 7, strength: 0 },
    subItems: 0,
    priorityStarts: [],
    improvementStarts: [
      'The quality and consistency of all',
      'The quality of referrals to the',
      'The timeliness of the local authority',
      'The consistent application of thresholds for',
      'The provision of an appropriate adult',
      'The timeliness of the police response',
      'The availability of and the quality',
    ],
    agencies: [
      { type: 'improvement', startsWith: 'The quality of referrals', includes: ['health'] },
      { type: 'improvement', startsWith: 'The timeliness of the local authority', includes: ['childrens-social-care'] },
      { type: 'improvement', startsWith: 'The timeliness of the police', includes: ['police'] },
    ],
  },
  {
    file: 'cheshire-east-2022',
    area: 'Cheshire East',
    letterDate: '2022-09-26',
    printedDeadline: '2023-01-05',
    principal: 'Cheshire East Council',
    principalKind: 'local-authority',
    fieldwork: { start: '2022-07-11', end: '2022-07-15' },
    counts: { 'priority-action': 3, improvement: 12, strength: 6 },
    subItems: 4,
    priorityStarts: [
      'Leaders of the LSCP should address',
      'Across the partnership, leaders should ensure',
      'East Cheshire NHS Trust should improve',
    ],
    improvementStarts: [
      'The consistent recording and analysis of',
      'Children missing from home and at',
      'The quality and effectiveness of multi-agency',
      'Prompt and updated action planning by',
      'Systematic review of the efficacy of',
      'The regularity, quality and impact of',
      'LSCP strategic oversight and understanding about',
      'Evidence-based contingency planning, including challenge by',
      'Systematic reporting, recording and analysis by',
      'Clarity on expected standards of practice',
      'Increased staffing capacity across social work',
      'Fast-track health referrals for exploited children',
    ],
    agencies: [
      { type: 'priority-action', startsWith: 'Leaders of the LSCP', includes: ['partnership'] },
      {
        type: 'priority-action',
        startsWith: 'Across the partnership',
        includes: ['police', 'health', 'education', 'childrens-social-care'],
      },
      { type: 'priority-action', startsWith: 'East Cheshire NHS Trust', includes: ['health'] },
      { type: 'strength', startsWith: 'The safeguarding children in education', includes: ['education'] },
    ],
  },
  {
    file: 'durham-2018',
    area: 'Durham',
    letterDate: '2018-08-24',
    printedDeadline: '2018-12-03',
    principal: 'The director of children’s services',
    principalKind: 'director-of-childrens-services',
    fieldwork: { start: '2018-07-09', end: '2018-07-13' },
    counts: { 'priority-action': 1, improvement: 42, strength: 29 },
    subItems: 0,
    priorityStarts: ['This is a multi-agency area for'],
    improvementStarts: [
      'When professionals make decisions on thresholds,',
      'The quality of auditing and monitoring',
      'There is insufficient challenge and scrutiny',
      'Referrals are not always sent through',
      'The MASH and the First Contact',
      'The backlog of medium-risk domestic abuse',
      'Police risk-assessment processes focus on the',
      'Children’s voices are rarely recorded in',
      'Some cases are incorrectly graded by',
      'Information gathering and sharing in the',
      'Decision-making within the MASH about next',
      'A lack of understanding from partners',
      'The MASH does not have access',
      'Only referrers receive information about the',
      'Unborn children in families with known',
      'Operation Encompass is not yet fully',
      'There are delays in police attendance',
      'The current threshold to access the',
      'In some cases, children were removed',
      'While flags are visible in systems',
      'For some children, there is an',
      'Across agencies, case planning is not',
      'Seniors managers are clear about the',
      'Some cases seen show that children’s',
      'Some social workers’ caseloads are higher',
      'Coercive control and disguised compliance is',
      'Children’s social care assessments vary in',
      'Schools are not routinely putting individual',
      'Audit activity is under-developed in the',
      'Management oversight of safeguarding caseloads in',
      'Cases sampled highlighted a lack of',
      'Tees, Esk and Wear Valleys NHS',
      'There are capacity pressures in the',
      'Improvements in safeguarding practice in maternity',
      'The safeguarding practices in the Urgent',
      '‘Think family’ is not fully embedded',
      'While the police have developed some',
      'At the time of the inspection,',
      'Work to assess and respond to',
      'The YOS manages some children who',
      'There is a missed opportunity to',
      'NPS at court need to have',
    ],
    agencies: [
      { type: 'improvement', startsWith: 'Police risk-assessment', includes: ['police'] },
      { type: 'improvement', startsWith: 'Tees, Esk and Wear Valleys NHS', includes: ['health'] },
      { type: 'improvement', startsWith: 'The YOS manages', includes: ['youth-justice'] },
      { type: 'improvement', startsWith: 'Work to assess and respond', includes: ['probation'] },
      { type: 'improvement', startsWith: 'Schools are not routinely', includes: ['education'] },
    ],
  },
  {
    file: 'haringey-2018',
    area: 'Haringey',
    letterDate: '2018-01-30',
    printedDeadline: '2018-05-11',
    principal: 'The director of children’s services',
    principalKind: 'director-of-childrens-services',
    fieldwork: { start: '2017-12-04', end: '2017-12-08' },
    counts: { 'priority-action': 0, improvement: 37, strength: 23 },
    subItems: 0,
    priorityStarts: [],
    improvementStarts: [
      'Practice at the front door is',
      'The full potential of agencies working',
      'Thresholds are not consistently understood and',
      'Historical information about children and families',
      'Outcomes of referrals are not consistently',
      'Pathways to early help are not',
      'Neglect is not being consistently identified',
      'Overall, engagement with parents and children',
      'The combination of an insufficient focus',
      'Consideration in meeting the diverse needs',
      'Systems in individual agencies are not',
      'Professionals from all partnerships do have',
      'The LSCB has not challenged partners',
      'A backlog of approximately 200 cases',
      'A significant intelligence gap exists in',
      'Police officers regularly submit Merlin reports',
      'Police officers generally fail to recognise',
      'The good practice that inspectors have',
      'Although there is evidence of a',
      'There are an insufficient number of',
      'Some police officers see children solely',
      'Health services under-utilise record-keeping systems that',
      'In health agencies, the quality of',
      'In adult substance misuse and adult',
      'Information sharing between health services is',
      'There is insufficient capacity in the',
      'School nurse records reviewed by inspectors',
      'GPs have good relationships with health',
      'The paediatric dentistry referral form does',
      'Health leaders across Haringey provide senior',
      'Most assessments undertaken by children’s social',
      'Plans are not child- or outcome-focused',
      'Social workers receive regular supervision by',
      'The local authority faces significant challenges',
      'High demand has created significant capacity',
      'Probation staff undertake safeguarding checks at',
      'The CRC has largely withdrawn from',
    ],
    agencies: [
      { type: 'improvement', startsWith: 'A backlog of approximately 200', includes: ['police'] },
      { type: 'improvement', startsWith: 'School nurse records', includes: ['health'] },
      { type: 'improvement', startsWith: 'The CRC has largely withdrawn', includes: ['probation'] },
      { type: 'strength', startsWith: 'Senior leaders in the Metropolitan Police Service', includes: ['police'] },
      { type: 'strength', startsWith: 'In the youth justice service', includes: ['youth-justice'] },
    ],
  },
  {
    file: 'liverpool-2016',
    area: 'Liverpool',
    letterDate: '2016-08-02',
    printedDeadline: '2016-11-08',
    principal: 'The local authority',
    principalKind: 'local-authority',
    fieldwork: { start: '2016-06-20', end: '2016-06-24' },
    counts: { 'priority-action': 5, improvement: 14, strength: 15 },
    subItems: 0,
    priorityStarts: [
      'Ineffective management oversight means that statutory',
      'In most cases looked at which',
      'Return home interviews (after children go',
      'A partnership finding following the Ofsted',
      'Performance management and quality assurance within',
    ],
    improvementStarts: [
      'There are delays in the MASH',
      'The health landscape across Liverpool is',
      'Management arrangements for the safeguarding of',
      'School nurses do not currently provide',
      'There is active cooperation and involvement',
      'Although there is clear evidence of',
      'Social care managers at Careline do',
      'Referrals to social care from partner',
      'Work is ongoing to ensure that',
      'Frontline assessment teams have high caseloads,',
      'Ineffective management means that the processes',
      'Communication from MACSE to frontline staff',
      'There was no evidence of liaison',
      'Recently improved systems are in place',
    ],
    agencies: [
      {
        type: 'priority-action',
        startsWith: 'Performance management and quality',
        includes: ['police', 'childrens-social-care'],
      },
      { type: 'improvement', startsWith: 'Although there is clear evidence', includes: ['police'] },
      { type: 'strength', startsWith: 'The NPS manages', includes: ['probation'] },
    ],
    improvementHeadings: [
      'Leadership and management',
      'Identification and managing risk of harm at the ‘front door’',
      'Responses to children missing and at risk of sexual exploitation',
    ],
  },
];

/** PDF extraction keeps "multi-agency" where the .txt extraction glued "multiagency". */
const comparable = (text: string): string => text.replace(/[-‐‑]/g, '').replace(/\s+/g, ' ').trim();

const ofType = (letter: ParsedLetter, type: FindingType) => letter.items.filter((i) => i.type === type);

function checkLetter(letter: ParsedLetter, e: LetterExpectation): void {
  const m = letter.metadata;
  expect([m.area, m.letterDate, m.printedDeadline]).toEqual([e.area, e.letterDate, e.printedDeadline]);
  expect([m.principalAuthority, m.principalKind]).toEqual([e.principal, e.principalKind]);
  expect(m.fieldwork).toEqual(e.fieldwork);
  for (const type of ['priority-action', 'improvement', 'strength'] as const)
    expect(ofType(letter, type)).toHaveLength(e.counts[type]);
  expect(letter.items.reduce((n, i) => n + i.subItems.length, 0)).toBe(e.subItems);
  ofType(letter, 'priority-action').forEach((item, i) =>
    expect(comparable(item.text)).toMatch(new RegExp(`^${escape(comparable(e.priorityStarts[i] ?? '?'))}`)),
  );
  ofType(letter, 'improvement').forEach((item, i) =>
    expect(comparable(item.text)).toMatch(new RegExp(`^${escape(comparable(e.improvementStarts[i] ?? '?'))}`)),
  );
  for (const check of e.agencies) {
    const item = ofType(letter, check.type).find((i) => i.text.startsWith(check.startsWith));
    expect(item?.agencies, check.startsWith).toEqual(expect.arrayContaining([...check.includes]));
  }
  if (e.improvementHeadings)
    expect([...new Set(ofType(letter, 'improvement').map((i) => i.heading))]).toEqual(e.improvementHeadings);
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function checkSpans(letter: ParsedLetter): void {
  for (const item of letter.items) {
    expect(comparable(letter.text.slice(item.span.start, item.span.end)).startsWith(comparable(item.text))).toBe(true);
  }
}

describe.skipIf(!exists)('the five published letters in shared/letters', () => {
  describe.each(LETTERS)('$file', (e) => {
    const fromText = () => parseFindingsLetter(readFileSync(path.join(lettersDir, `${e.file}.txt`), 'utf8'));
    const fromPdf = async () => {
      const extracted = await extractPdfTextInNode(readArrayBuffer(path.join(lettersDir, `${e.file}.pdf`)));
      if (!extracted.ok) throw new Error(extracted.error.message);
      return parseFindingsLetter(extracted.value);
    };

    it('reads the .txt: metadata, counts, item starts and agencies', () => {
      const letter = fromText();
      checkLetter(letter, e);
      checkSpans(letter);
    });

    it('reads the .pdf through pdf.js the same way', async () => {
      const letter = await fromPdf();
      checkLetter(letter, e);
      checkSpans(letter);
    });

    it('gives the same items and metadata from the .pdf as from the .txt', async () => {
      const [txt, pdf] = [fromText(), await fromPdf()];
      expect(pdf.metadata).toEqual(txt.metadata);
      const shape = (l: ParsedLetter) =>
        l.items.map((i) => ({ ...i, span: null, text: comparable(i.text), subItems: i.subItems.map(comparable) }));
      expect(shape(pdf)).toEqual(shape(txt));
    });

    it('computes the statutory deadline and flags a difference from the printed one', () => {
      const { metadata, warnings } = fromText();
      expect(metadata.computedDeadline).not.toBeNull();
      expect(metadata.deadlineMismatch).toBe(metadata.computedDeadline !== metadata.printedDeadline);
      expect(warnings.some((w) => w.code === 'LETTER.DEADLINE_MISMATCH')).toBe(metadata.deadlineMismatch);
    });
  });
});
