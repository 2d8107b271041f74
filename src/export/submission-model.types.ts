import type { Rag } from '../domain/action';
import type { Agency, AgencyKey } from '../domain/agency';
import type { IsoDate, IsoDateTime } from '../domain/dates';
import type { ActionRowFields } from './export-action-fields';
import type { ActionKeysOfKind } from '../domain/action-fields';
import type { FindingType } from '../domain/finding';
import type { FindingId } from '../domain/ids';
import type { SignOff } from '../domain/sign-off';
import type { StageChain } from '../domain/workflow/stage-chain';
import type { StatementModel } from './statement-model.types';

export interface SubmissionOptions {
  readonly generatedAt: IsoDateTime;
  /** Every sign-off in the chain is complete: the statement is approved, not a draft. */
  readonly final: boolean;
  /** The verified sign-offs that stand for the content being exported (superseded ones left out by the caller). */
  readonly signOffs: readonly SignOff[];
  readonly today: IsoDate;
  /** The plan's governance chain, for the monitoring draft and the expected signers. */
  readonly chain: StageChain;
}

export interface SubmissionDeadline {
  readonly date: IsoDate;
  /** `11 May 2018` */
  readonly text: string;
  readonly source: 'printed' | 'computed';
}

export interface SubmissionCover {
  readonly title: string;
  readonly area: string;
  /** `Joint targeted area inspection` */
  readonly inspectionType: string;
  /** `JTAI`, for file names and running heads. */
  readonly inspectionAbbreviation: string;
  readonly theme: string | null;
  readonly letterDate: string | null;
  /** `4 December 2017 to 8 December 2017` */
  readonly fieldwork: string | null;
  readonly principalAuthority: string;
  readonly deadline: SubmissionDeadline | null;
}

export interface FindingItem {
  readonly id: FindingId;
  readonly type: FindingType;
  readonly typeLabel: string;
  /** 1-based position among findings of the same type, in the letter's order. */
  readonly number: number;
  /** `Area for improvement 3` */
  readonly reference: string;
  /** The letter's sub-heading the finding sat under, if any. */
  readonly heading: string | null;
  /** The letter's words, verbatim. */
  readonly text: string;
  readonly subItems: readonly string[];
  readonly agencies: readonly string[];
  readonly actionCount: number;
}

/** An action as the statement and workbook show it: its fields (see `ActionRowFields`) and facts beside them. */
export interface ActionRow extends ActionRowFields {
  readonly finding: FindingItem | null;
  readonly leadAgencyKey: AgencyKey;
  /** The job title of the member each member field names (`null`: none, or no title), by the field's key. */
  readonly jobTitles: { readonly [K in ActionKeysOfKind<'member'>]: string | null };
  /** `12/02/2018 – 29/06/2018` */
  readonly timescale: string;
  readonly statusLabel: string;
  readonly rag: Rag;
  readonly ragLabel: string;
  /** `At risk (Amber)`: the colour is always named in words. */
  readonly statusText: string;
}

export interface FindingSection {
  readonly finding: FindingItem;
  readonly actions: readonly ActionRow[];
}

export interface SubmissionModel {
  readonly final: boolean;
  readonly generatedAt: IsoDateTime;
  /** `11 May 2018, 09:30`, in UK time. */
  readonly generatedAtText: string;
  readonly cover: SubmissionCover;
  /** The written statement as the Word document sets it out. */
  readonly statement: StatementModel;
  /** Areas for priority action and for improvement, in the letter's order. */
  readonly sections: readonly FindingSection[];
  readonly strengths: readonly FindingItem[];
  /** Actions whose finding is missing or is a strength: kept so nothing is silently dropped. */
  readonly unlinkedActions: readonly ActionRow[];
  /** Every finding, in the letter's order. */
  readonly findings: readonly FindingItem[];
  /** Every action: section by section, then the unlinked ones. */
  readonly actions: readonly ActionRow[];
  readonly agencies: readonly Agency[];
}
