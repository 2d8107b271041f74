import { Field, Input, Radio, RadioGroup, Text, Title2, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { TabConfiguration, TabSettings } from './tab-config';

export interface PlanChoice {
  readonly id: string;
  readonly title: string;
}

export interface ConfigureTabPageProps {
  readonly plans: readonly PlanChoice[];
  readonly configuration: TabConfiguration;
  /** The tab settings that show one plan. */
  readonly settingsFor: (plan: PlanChoice) => TabSettings;
  /** Creates an empty plan on the site (the person then imports the letter into it). */
  readonly createPlan: (title: string) => Promise<PlanChoice>;
}

const NEW_PLAN = '__new__';

const useStyles = makeStyles({
  page: {
    padding: tokens.spacingHorizontalL,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    maxWidth: '640px',
  },
});

/**
 * The channel tab's configuration page: which plan this tab shows, or a new one. Teams' own
 * Save button commits the choice; it stays disabled until the choice is complete.
 */
export function ConfigureTabPage({ plans, configuration, settingsFor, createPlan }: ConfigureTabPageProps) {
  const styles = useStyles();
  const [choice, setChoice] = useState<string>(plans.length === 1 ? plans[0]!.id : '');
  const [newTitle, setNewTitle] = useState('');

  useEffect(() => {
    if (choice === NEW_PLAN) {
      const title = newTitle.trim();
      configuration.choose(title ? async () => settingsFor(await createPlan(title)) : null);
      return;
    }
    const plan = plans.find((p) => p.id === choice);
    configuration.choose(plan ? async () => settingsFor(plan) : null);
  }, [choice, newTitle, plans, configuration, settingsFor, createPlan]);

  return (
    <main className={styles.page}>
      <Title2 as="h1">Choose the action plan for this tab</Title2>
      <Text>
        Everyone in the team will see this plan in the tab. Plans are kept in lists on the team&apos;s SharePoint site.
      </Text>
      <RadioGroup value={choice} onChange={(_, data) => setChoice(data.value)} aria-label="Action plan">
        {plans.map((plan) => (
          <Radio key={plan.id} value={plan.id} label={plan.title} />
        ))}
        <Radio value={NEW_PLAN} label="Start a new plan" />
      </RadioGroup>
      {plans.length === 0 && <Text>There are no plans on this site yet.</Text>}
      {choice === NEW_PLAN && (
        <Field label="Title of the new plan" hint="For example: Haringey JTAI 2026: children missing education">
          <Input value={newTitle} onChange={(_, data) => setNewTitle(data.value)} />
        </Field>
      )}
    </main>
  );
}
