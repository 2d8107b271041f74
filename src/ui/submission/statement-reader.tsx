import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useState, type ReactNode } from 'react';
import type { PlanSnapshot } from '../../domain/plan-snapshot';
import type { StatementToRead } from '../../export/statement-reading';
import { DisclosureButton } from '../common/disclosure-button';
import { FactList } from '../common/fact-list';
import { ProblemBar } from '../common/problem-bar';
import { stack } from '../common/stack';
import { useDisclosure } from '../common/use-disclosure';
import { ActionCards, AreaSection, ContactList, NumberedList, Prose, SignatureList } from './statement-reader-parts';
import { useVersionContext } from '../signing/use-signed-versions';

const useStyles = makeStyles({
  reader: stack('S', 'flex-start'),
  // Stretched to the view's width, whatever the alignment of the button above it.
  panel: { alignSelf: 'stretch', minWidth: 0 },
  statement: {
    ...stack('L'),
    overflowWrap: 'anywhere',
    // The stacks set the spacing: headings and paragraphs bring none of their own.
    '& h3, & h4, & h5, & h6, & p': { margin: 0 },
    maxWidth: '75ch',
    padding: tokens.spacingHorizontalL,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  part: stack('S'),
});

function Part({ title, children }: { title: string; children: ReactNode }) {
  const styles = useStyles();
  return (
    <section className={styles.part}>
      <Text as="h4" size={500} weight="semibold">
        {title}
      </Text>
      {children}
    </section>
  );
}

function Statement({ statement }: { statement: StatementToRead }) {
  const styles = useStyles();
  const { cover, summary } = statement;
  return (
    <article
      className={styles.statement}
      aria-label={`Written statement of action, content reference ${cover.contentReference}`}
    >
      <Text as="h3" size={600} weight="semibold">
        Written statement of action
      </Text>
      <Text>{cover.inspectionTitle}</Text>
      <FactList
        facts={[
          ['Partnership', cover.partnership],
          ['Statutory safeguarding partners', cover.statutoryPartners.join(', ')],
          ['Version', cover.version],
          ['Status', cover.status],
          ['Content reference', cover.contentReference],
          ...(cover.dueBy ? ([['Due to Ofsted by', cover.dueBy]] as const) : []),
        ]}
      />
      <Part title="Introduction and foreword">
        <Prose blocks={statement.foreword} />
      </Part>
      <Part title="Summary of the findings">
        <NumberedList title="Areas for priority action" items={summary.priority} />
        <NumberedList title="Areas for improvement" items={summary.improvement} />
        <NumberedList title="Strengths" items={summary.strengths} />
      </Part>
      {statement.areaGroups.map((group) => (
        <Part key={group.title} title={group.title}>
          {group.areas.map((area) => (
            <AreaSection key={area.heading} area={area} noAction={statement.words.noActionYet} />
          ))}
        </Part>
      ))}
      {statement.areaGroups.length === 0 && (
        <Part title={statement.words.noAreasTitle}>
          <Text>{statement.words.noAreas}</Text>
        </Part>
      )}
      {statement.otherActions.length > 0 && (
        <Part title={statement.words.otherActions}>
          <Text>{statement.words.otherActionsNote}</Text>
          <ActionCards actions={statement.otherActions} label={statement.words.otherActions} />
        </Part>
      )}
      <Part title="Governance and monitoring arrangements">
        <Prose blocks={statement.monitoring} />
      </Part>
      <Part title="Signatures">
        <SignatureList lines={statement.signatures} label="Signatures" />
      </Part>
      <Part title="Named contacts">
        <ContactList groups={statement.contacts} />
      </Part>
    </article>
  );
}

type Reading =
  | { readonly status: 'idle' | 'loading' }
  | { readonly status: 'ready'; readonly statement: StatementToRead; readonly version: unknown }
  | { readonly status: 'failed'; readonly message: string };

export interface StatementReaderProps {
  readonly snapshot: PlanSnapshot;
  /** Changes whenever what is read changes: the content hash a signer signs, or the plan's snapshot. */
  readonly version: unknown;
  /** The words of the button that shows it. */
  readonly label: string;
  /** Every sign-off is complete: the approved statement, as the export marks it. */
  readonly final: boolean;
  /** What the note says to do when the plan changes while it is open. */
  readonly changedMessage: string;
}

/**
 * The written statement to read on the page: the same words as its Word document, laid out for any
 * width. Teams on a phone does not download files an app builds, so this is how a signer there reads
 * what they sign, and how anyone reads the statement without building the document.
 */
export function StatementReader({ snapshot, version, label, final, changedMessage }: StatementReaderProps) {
  const styles = useStyles();
  const contextOf = useVersionContext();
  const [reading, setReading] = useState<Reading>({ status: 'idle' });
  const read = async () => {
    setReading({ status: 'loading' });
    try {
      const { statementToRead } = await import(/* webpackChunkName: "export" */ '../../export/statement-reading');
      setReading({
        status: 'ready',
        statement: statementToRead(snapshot, { ...contextOf(snapshot), final }),
        version,
      });
    } catch (error) {
      setReading({ status: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  };
  // Read on showing, and again when the plan has changed since it was read.
  const disclosure = useDisclosure('statement-reader', () => {
    if (reading.status !== 'loading' && !(reading.status === 'ready' && reading.version === version)) void read();
  });
  const stale = reading.status === 'ready' && reading.version !== version;
  return (
    <div className={styles.reader}>
      <DisclosureButton disclosure={disclosure}>{label}</DisclosureButton>
      <div {...disclosure.panel} className={styles.panel}>
        {reading.status === 'loading' && (
          <Spinner size="tiny" labelPosition="after" label="Setting out the statement…" />
        )}
        {reading.status === 'failed' && (
          <ProblemBar
            title="The statement could not be set out"
            message={reading.message}
            onRetry={() => void read()}
          />
        )}
        {stale && (
          <MessageBar intent="warning">
            <MessageBarBody>
              <MessageBarTitle>The plan has changed since you opened this</MessageBarTitle>
              {changedMessage}
            </MessageBarBody>
            <MessageBarActions>
              <Button onClick={() => void read()}>Show it as it is now</Button>
            </MessageBarActions>
          </MessageBar>
        )}
        {disclosure.open && reading.status === 'ready' && !stale && <Statement statement={reading.statement} />}
      </div>
    </div>
  );
}
