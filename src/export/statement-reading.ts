import type { PlanSnapshot } from '../domain/plan-snapshot';
import { statementActionColumns } from './statement-action-columns';
import { areaGroups, OTHER_ACTIONS_CODE, STATEMENT_WORDS } from './statement-model';
import type { StatementArea, StatementModel } from './statement-model.types';
import { buildSubmissionModel } from './submission-model';
import type { ActionRow, SubmissionOptions } from './submission-model.types';

/** One action as the statement's table sets it out, a column at a time: for reading on any width. */
export interface ActionToRead {
  /** `AFI3.2`, as the Word document numbers it. */
  readonly number: string;
  readonly fields: readonly { readonly label: string; readonly lines: readonly string[] }[];
}

export interface AreaToRead {
  readonly heading: string;
  /** The letter's sub-heading the finding sat under, if any. */
  readonly section: string | null;
  /** The letter's words, verbatim, with its list under them. */
  readonly text: string;
  readonly subItems: readonly string[];
  readonly actions: readonly ActionToRead[];
}

/** The written statement, section by section, as the Word document built from the same plan has it. */
export interface StatementToRead extends Pick<
  StatementModel,
  'cover' | 'foreword' | 'summary' | 'monitoring' | 'signatures' | 'contacts'
> {
  readonly areaGroups: readonly { readonly title: string; readonly areas: readonly AreaToRead[] }[];
  readonly otherActions: readonly ActionToRead[];
  /** The words the Word document uses for what has no area, or no action yet. */
  readonly words: typeof STATEMENT_WORDS;
}

const COLUMNS = statementActionColumns();

function actionsToRead(rows: readonly ActionRow[], code: string): ActionToRead[] {
  return rows.map((row, i) => ({
    number: `${code}.${i + 1}`,
    fields: COLUMNS.map((c) => ({ label: c.header, lines: c.lines(row) })).filter((f) => f.lines.length > 0),
  }));
}

function areaToRead(area: StatementArea): AreaToRead {
  const { finding } = area;
  return {
    heading: area.heading,
    section: finding.heading,
    text: finding.text,
    subItems: finding.subItems,
    actions: actionsToRead(area.actions, area.code),
  };
}

/** The statement a signer reads on screen: the same model, and so the same words, as its Word document. */
export function statementToRead(snapshot: PlanSnapshot, options: SubmissionOptions): StatementToRead {
  const { statement } = buildSubmissionModel(snapshot, options);
  return {
    cover: statement.cover,
    foreword: statement.foreword,
    summary: statement.summary,
    monitoring: statement.monitoring,
    signatures: statement.signatures,
    contacts: statement.contacts,
    areaGroups: areaGroups(statement).map((g) => ({ title: g.title, areas: g.areas.map(areaToRead) })),
    otherActions: actionsToRead(statement.otherActions, OTHER_ACTIONS_CODE),
    words: STATEMENT_WORDS,
  };
}
