import { Button, Checkbox, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { AddRegular, DeleteRegular } from '@fluentui/react-icons';
import type { Agency } from '../../domain/agency';
import { row } from '../common/stack';
import { framed } from '../common/frame';

const useStyles = makeStyles({
  fieldset: {
    ...framed('M'),
    margin: 0,
  },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: `0 ${tokens.spacingHorizontalXS}` },
  // Each row's fields line up by their labels (only the second may have a hint under it).
  row: {
    ...row('S', 'flex-start'),
    marginBottom: tokens.spacingVerticalS,
  },
  grow: { flex: '1 1 220px' },
  // Level with the inputs: below a field label's line and the space Fluent puts under it.
  remove: { marginTop: `calc(${tokens.lineHeightBase300} + 2 * ${tokens.spacingVerticalXXS})` },
  checks: row('M'),
  error: { color: tokens.colorPaletteRedForeground1 },
});

export function ContributingAgencies(props: {
  legend: string;
  agencies: readonly Agency[];
  lead: string;
  value: readonly string[];
  readOnly: boolean;
  onChange: (v: string[]) => void;
}) {
  const styles = useStyles();
  const toggle = (key: string, on: boolean) =>
    props.onChange(on ? [...props.value, key] : props.value.filter((k) => k !== key));
  return (
    <fieldset className={styles.fieldset}>
      <legend className={styles.legend}>{props.legend}</legend>
      <div className={styles.checks}>
        {props.agencies
          .filter((a) => a.key !== props.lead)
          .map((a) => (
            <Checkbox
              key={a.key}
              label={a.shortName}
              checked={props.value.includes(a.key)}
              disabled={props.readOnly}
              onChange={(_e, d) => toggle(a.key, d.checked === true)}
            />
          ))}
      </div>
    </fieldset>
  );
}

export interface RowValue {
  readonly first: string;
  readonly second: string;
  /** The row's tick (a milestone met), where the list has one. */
  readonly checked?: boolean;
}

interface RowListProps {
  readonly legend: string;
  readonly firstLabel: string;
  readonly secondLabel: string;
  readonly secondHint?: string;
  /** A tick on each row with this label (milestones: "Done"); none when absent. */
  readonly checkLabel?: string;
  readonly addLabel: string;
  readonly rows: readonly RowValue[];
  readonly error?: string;
  readonly readOnly: boolean;
  readonly onChange: (rows: RowValue[]) => void;
}

/** A small editable list of two-part rows (milestones: what, when and whether met; evidence: title and link). */
export function RowList(props: RowListProps) {
  const styles = useStyles();
  const update = (index: number, patch: Partial<RowValue>) =>
    props.onChange(props.rows.map((r, i) => (i === index ? { ...r, ...patch } : r)));
  return (
    <fieldset className={styles.fieldset}>
      <legend className={styles.legend}>{props.legend}</legend>
      {props.rows.map((row, index) => (
        <div key={index} className={styles.row}>
          <Field label={`${props.firstLabel} ${index + 1}`} className={styles.grow}>
            <Input
              value={row.first}
              readOnly={props.readOnly}
              onChange={(_e, d) => update(index, { first: d.value })}
            />
          </Field>
          <Field label={`${props.secondLabel} ${index + 1}`} hint={props.secondHint} className={styles.grow}>
            <Input
              value={row.second}
              readOnly={props.readOnly}
              onChange={(_e, d) => update(index, { second: d.value })}
            />
          </Field>
          {props.checkLabel && (
            <Checkbox
              className={styles.remove}
              label={props.checkLabel}
              aria-label={`${props.checkLabel}: ${props.firstLabel.toLowerCase()} ${index + 1}`}
              checked={row.checked === true}
              disabled={props.readOnly}
              onChange={(_e, d) => update(index, { checked: d.checked === true })}
            />
          )}
          {!props.readOnly && (
            <Button
              className={styles.remove}
              icon={<DeleteRegular />}
              aria-label={`Remove ${props.firstLabel.toLowerCase()} ${index + 1}`}
              onClick={() => props.onChange(props.rows.filter((_, i) => i !== index))}
            />
          )}
        </div>
      ))}
      {props.error && (
        <p className={styles.error} role="alert">
          {props.error}
        </p>
      )}
      {!props.readOnly && (
        <Button icon={<AddRegular />} onClick={() => props.onChange([...props.rows, { first: '', second: '' }])}>
          {props.addLabel}
        </Button>
      )}
    </fieldset>
  );
}
