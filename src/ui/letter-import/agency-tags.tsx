import { ToggleButton, makeStyles, tokens } from '@fluentui/react-components';
import { AddRegular, CheckmarkRegular } from '@fluentui/react-icons';
import { DEFAULT_AGENCIES, agencyLabel, type AgencyKey } from '../../domain/agency';
import { row } from '../common/stack';

const useStyles = makeStyles({
  tags: row('XS'),
  legend: { marginRight: tokens.spacingHorizontalS },
});

interface Props {
  readonly tags: readonly AgencyKey[];
  readonly label: string;
  readonly readOnly: boolean;
  readonly onToggle: (agency: AgencyKey) => void;
}

/** A pressed/unpressed button per agency; the tick and the pressed state, not colour, say which are on. */
export function AgencyTags({ tags, label, readOnly, onToggle }: Props) {
  const styles = useStyles();
  const keys = [
    ...DEFAULT_AGENCIES.map((a) => a.key),
    ...tags.filter((t) => !DEFAULT_AGENCIES.some((a) => a.key === t)),
  ];
  return (
    <div className={styles.tags} role="group" aria-label={label}>
      <span className={styles.legend} aria-hidden="true">
        Agencies:
      </span>
      {keys.map((key) => {
        const on = tags.includes(key);
        return (
          <ToggleButton
            key={key}
            size="small"
            shape="circular"
            checked={on}
            disabledFocusable={readOnly}
            icon={on ? <CheckmarkRegular /> : <AddRegular />}
            onClick={() => onToggle(key)}
          >
            {agencyLabel(DEFAULT_AGENCIES, key)}
          </ToggleButton>
        );
      })}
    </div>
  );
}
