import { Button, Text, Title1, Title3, makeStyles, tokens } from '@fluentui/react-components';
import type { UserId } from '../../domain/ids';
import { ROLE_LABEL, type Role } from '../../domain/member';
import { stack } from '../common/stack';
import { useReflowStyles } from '../theme/reflow-styles';

export interface PersonaChoice {
  readonly id: UserId;
  readonly displayName: string;
  readonly jobTitle: string;
  readonly organisation: string;
  readonly role: Role;
}

const useStyles = makeStyles({
  page: {
    maxWidth: '960px',
    margin: '0 auto',
    padding: tokens.spacingHorizontalXXL,
    ...stack('L'),
  },
  group: stack('S'),
  list: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(280px, 1fr))',
    gap: tokens.spacingHorizontalM,
  },
  choice: {
    width: '100%',
    height: '100%',
    justifyContent: 'flex-start',
    textAlign: 'left',
    padding: tokens.spacingHorizontalM,
  },
  lines: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start' },
});

/** The local emulator's "sign in as" directory: one person for every part in the chain. */
export function SignInPage({
  personas,
  onSignIn,
}: {
  personas: readonly PersonaChoice[];
  onSignIn: (id: UserId) => void;
}) {
  useReflowStyles();
  const styles = useStyles();
  const organisations = [...new Set(personas.map((p) => p.organisation))];
  return (
    <main className={styles.page}>
      <Title1 as="h1">JTAI Action Plan</Title1>
      <Text>
        You are running on the local SharePoint-lists emulator. Choose who to sign in as; open another browser window to
        be a second person at the same time.
      </Text>
      {organisations.map((organisation) => (
        <section key={organisation} className={styles.group} aria-labelledby={`org-${organisation}`}>
          <Title3 as="h2" id={`org-${organisation}`}>
            {organisation}
          </Title3>
          <ul className={styles.list}>
            {personas
              .filter((p) => p.organisation === organisation)
              .map((p) => (
                <li key={p.id}>
                  <Button className={styles.choice} onClick={() => onSignIn(p.id)}>
                    <span className={styles.lines}>
                      <Text weight="semibold">{p.displayName}</Text>
                      <Text size={200}>{p.jobTitle}</Text>
                      <Text size={200}>{ROLE_LABEL[p.role]}</Text>
                    </span>
                  </Button>
                </li>
              ))}
          </ul>
        </section>
      ))}
    </main>
  );
}
