import { makeStyles, tokens } from '@fluentui/react-components';
import { EDITABLE_ACTION_FIELDS } from '../../domain/action-diff';
import { actionFieldSpec, type FormSection } from '../../domain/action-fields';
import { ActionFieldControl, type FieldProps } from './action-field-control';
import { stack } from '../common/stack';

const useStyles = makeStyles({
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(240px, 1fr))',
    gap: tokens.spacingHorizontalL,
  },
  stack: stack('M'),
});

/** The editable fields the form shows in a section, in the table's order. */
const inSection = (section: FormSection) =>
  EDITABLE_ACTION_FIELDS.filter((field) => actionFieldSpec(field).form?.section === section);

/** The action form: every editable field of `ACTION_FIELDS`, laid out by its form section. */
export function ActionFields(props: FieldProps) {
  const styles = useStyles();
  const controls = (section: FormSection) =>
    inSection(section).map((field) => <ActionFieldControl key={field} field={field} {...props} />);
  return (
    <div className={styles.stack}>
      {controls('main')}
      <div className={styles.grid}>{controls('grid')}</div>
      {controls('status')}
      {controls('wide')}
      {controls('lists')}
    </div>
  );
}
