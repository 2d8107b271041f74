import type { SignOffDecision } from '../domain/sign-off';
import type { ActionRow, FindingSection } from './submission-model.types';

/** A piece of the DCS's prose: a paragraph (its lines kept) or a bulleted list. */
export type ProseBlock =
  | { readonly kind: 'paragraph'; readonly lines: readonly string[] }
  | { readonly kind: 'list'; readonly items: readonly string[] };

export interface StatementCover {
  /** `Joint targeted area inspection of the multi-agency response to abuse and neglect in Haringey` */
  readonly inspectionTitle: string;
  readonly area: string;
  /** `Haringey safeguarding partnership` */
  readonly partnership: string;
  /** The statutory partners' agency names, as the plan spells them. */
  readonly statutoryPartners: readonly string[];
  /** `10 May 2018`: the day it was prepared, or the day of the last signature once approved. */
  readonly date: string;
  /** `Draft of 10 May 2018, 10:30`, or `Final` once approved. */
  readonly version: string;
  readonly status: 'Draft for approval' | 'Approved';
  /** The first 12 hex characters of the hash the signatures bind to: it matches each signature's. */
  readonly contentReference: string;
  readonly letterDate: string | null;
  readonly submittedBy: string | null;
  /** `11 May 2018` */
  readonly dueBy: string | null;
}

export interface FindingSummary {
  readonly priority: readonly string[];
  readonly improvement: readonly string[];
  /** The strengths the letter recognised, verbatim. */
  readonly strengths: readonly string[];
}

/** One area for priority action or improvement as the statement sets it out: its section, headed and coded. */
export interface StatementArea extends FindingSection {
  /** `Area for improvement 3: Voice of the child` */
  readonly heading: string;
  /** `AFI3`, `PA1`: the prefix its actions are numbered with. */
  readonly code: string;
}

export interface SignatureLine {
  readonly name: string | null;
  readonly jobTitle: string | null;
  /** The role in plain words: `Chief Executive`, `Safeguarding partner (police)`. */
  readonly role: string;
  readonly decision: SignOffDecision | null;
  /** `Approved`, `Returned for amendment` or `Awaiting signature`. */
  readonly decisionText: string;
  readonly date: string | null;
  readonly contentReference: string | null;
}

export interface Contact {
  readonly name: string;
  readonly jobTitle: string;
  readonly email: string;
  /** What the person does for the statement, in plain words. */
  readonly responsibility: string;
}

export interface ContactGroup {
  readonly title: string;
  readonly contacts: readonly Contact[];
}

export interface StatementModel {
  readonly cover: StatementCover;
  readonly foreword: readonly ProseBlock[];
  readonly summary: FindingSummary;
  readonly priorityAreas: readonly StatementArea[];
  readonly improvementAreas: readonly StatementArea[];
  /** Actions whose finding is missing or is a strength, numbered on from the areas. */
  readonly otherActions: readonly ActionRow[];
  readonly monitoring: readonly ProseBlock[];
  /** The statement's signatories: the safeguarding partners, the Lead Member and the Chief Executive. */
  readonly signatures: readonly SignatureLine[];
  /** Each lead agency's assurance of its own actions. */
  readonly assurance: readonly SignatureLine[];
  readonly contacts: readonly ContactGroup[];
}
