import { Badge, Button, Subtitle1, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Action } from '../../domain/action';
import { FINDING_CARD, HIGHLIGHTED_CARD } from '../common/card-style';
import { agencyLabel } from '../../domain/agency';
import { FINDING_TYPE_LABEL, FINDING_TYPE_PLURAL, FINDING_TYPES, type Finding } from '../../domain/finding';
import type { FindingId } from '../../domain/ids';
import type { PlanSnapshot } from '../../domain/plan-snapshot';
import { ActionsTable } from './actions-table';
import { FindingEditMenu } from './finding-edit-menu';
import { AddActionButton } from './add-action-button';
import { findingReferences } from '../../domain/finding-references';
import { actionsByFinding, ACTIONS_PAGE } from './actions-by-finding';
import { row, stack } from '../common/stack';

const useStyles = makeStyles({
  group: stack('M'),
  finding: FINDING_CARD,
  focused: HIGHLIGHTED_CARD,
  headingRow: {
    display: 'flex',
    alignItems: 'flex-start',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
  },
  heading: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightBase400,
  },
  tags: row('XS'),
  subItems: { margin: 0 },
});

export function FindingsList({ snapshot, focusFindingId }: { snapshot: PlanSnapshot; focusFindingId?: FindingId }) {
  const styles = useStyles();
  const grouped = useMemo(() => actionsByFinding(snapshot.actions), [snapshot.actions]);
  const references = useMemo(() => findingReferences(snapshot.findings), [snapshot.findings]);
  return (
    <>
      {FINDING_TYPES.map((type) => {
        const findings = snapshot.findings.filter((f) => f.type === type);
        if (findings.length === 0) return null;
        return (
          <section key={type} className={styles.group} aria-labelledby={`group-${type}`}>
            <Subtitle1 as="h2" id={`group-${type}`}>
              {FINDING_TYPE_PLURAL[type]} ({findings.length})
            </Subtitle1>
            {findings.map((finding) => (
              <FindingCard
                key={finding.id}
                finding={finding}
                reference={references.get(finding.id) ?? FINDING_TYPE_LABEL[finding.type]}
                actions={grouped.get(finding.id) ?? []}
                snapshot={snapshot}
                focused={finding.id === focusFindingId}
              />
            ))}
          </section>
        );
      })}
    </>
  );
}

function FindingCard(props: {
  finding: Finding;
  /** How the letter refers to it, e.g. "Area for improvement 7". */
  reference: string;
  actions: readonly Action[];
  snapshot: PlanSnapshot;
  focused: boolean;
}) {
  const styles = useStyles();
  const { finding, snapshot, actions } = props;
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    if (props.focused) ref.current?.scrollIntoView?.({ block: 'start' });
  }, [props.focused]);
  const headingId = `finding-${finding.id}`;
  return (
    <article
      ref={ref}
      className={`${styles.finding} ${props.focused ? styles.focused : ''}`}
      aria-labelledby={headingId}
    >
      <div className={styles.headingRow}>
        <h3 className={styles.heading} id={headingId}>
          {props.reference}: {finding.text}
        </h3>
        <FindingEditMenu finding={finding} />
      </div>
      {finding.subItems.length > 0 && (
        <ul className={styles.subItems}>
          {finding.subItems.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      )}
      {finding.agencies.length > 0 && (
        <div className={styles.tags} aria-label="Agencies">
          {finding.agencies.map((key) => (
            <Badge key={key} appearance="outline" color="informative">
              {agencyLabel(snapshot.plan.agencies, key)}
            </Badge>
          ))}
        </div>
      )}
      {finding.type !== 'strength' && <AddActionButton finding={finding} reference={props.reference} />}
      {finding.type !== 'strength' &&
        (actions.length > 0 ? (
          <FindingActions
            actions={actions}
            snapshot={snapshot}
            caption={`Actions for ${props.reference.toLowerCase()}`}
          />
        ) : (
          <Text italic>No actions yet.</Text>
        ))}
    </article>
  );
}

/**
 * A finding's actions, a page at a time: the overview stays quick with thousands of actions
 * (the All actions grid is the place to work through them all at once).
 */
function FindingActions(props: { actions: readonly Action[]; snapshot: PlanSnapshot; caption: string }) {
  const [shown, setShown] = useState(ACTIONS_PAGE);
  const hidden = props.actions.length - shown;
  return (
    <>
      <ActionsTable actions={props.actions.slice(0, shown)} snapshot={props.snapshot} caption={props.caption} />
      {hidden > 0 && (
        <div>
          <Text size={200} block>
            Showing {shown} of {props.actions.length} actions.
          </Text>
          <Button appearance="secondary" onClick={() => setShown((n) => n + ACTIONS_PAGE)}>
            Show {Math.min(hidden, ACTIONS_PAGE)} more {props.caption.replace(/^Actions/, 'actions')}
          </Button>
        </div>
      )}
    </>
  );
}
