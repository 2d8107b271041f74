import { Field, Input, Radio, RadioGroup, Spinner, Text } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { StoreApi } from 'zustand/vanilla';
import { planWithTitle, type ConfigureTabState, type PlanChoice } from '../../state/configure-tab-store';
import { ProblemBar } from '../common/problem-bar';
import { usePick } from '../common/use-store';

/** What Save keeps: an existing plan, or a new one with this title (made when Save is selected). */
export type TabChoice =
  { readonly kind: 'plan'; readonly plan: PlanChoice } | { readonly kind: 'new'; readonly title: string };

const NEW_PLAN = '__new__';
const NO_PLANS: readonly PlanChoice[] = [];

/** The site's plans as radio buttons, and "Start a new plan" with its title. */
export function PlanPicker(props: {
  configure: StoreApi<ConfigureTabState>;
  onChoice: (choice: TabChoice | null) => void;
}) {
  const { configure, onChoice } = props;
  const { choices, start, startingPlanId } = usePick(configure, 'choices', 'start', 'startingPlanId');
  const [choice, setChoice] = useState('');
  const [newTitle, setNewTitle] = useState('');
  const plans = choices.status === 'ready' ? choices.plans : NO_PLANS;
  const taken = choice === NEW_PLAN ? planWithTitle(plans, newTitle, startingPlanId) : null;

  useEffect(() => {
    if (configure.getState().choices.status === 'idle') void configure.getState().loadPlans();
  }, [configure]);
  useEffect(() => {
    if (choice === '' && plans.length === 1) setChoice(plans[0]!.id);
  }, [choice, plans]);
  useEffect(() => {
    const title = newTitle.trim();
    if (choice === NEW_PLAN) onChoice(title && !taken ? { kind: 'new', title } : null);
    else {
      const plan = plans.find((p) => p.id === choice);
      onChoice(plan ? { kind: 'plan', plan } : null);
    }
  }, [choice, newTitle, taken, plans, onChoice]);

  if (choices.status === 'idle' || choices.status === 'loading') return <Spinner label="Loading the plans…" />;
  if (choices.status === 'error') {
    return (
      <ProblemBar
        title="The plans could not be loaded"
        message={choices.problem.message}
        onRetry={() => void configure.getState().loadPlans()}
      />
    );
  }
  return (
    <>
      <RadioGroup value={choice} onChange={(_, data) => setChoice(data.value)} aria-label="Action plan">
        {plans.map((plan) => (
          <Radio key={plan.id} value={plan.id} label={plan.title} />
        ))}
        <Radio value={NEW_PLAN} label="Start a new plan" />
      </RadioGroup>
      {plans.length === 0 && <Text as="p">There are no plans on this site yet.</Text>}
      {choice === NEW_PLAN && (
        <Field
          label="Title of the new plan"
          hint="For example: Haringey JTAI 2026: children missing education. Save starts the plan."
          validationState={taken ? 'error' : 'none'}
          validationMessage={
            taken ? `A plan called “${taken.title}” is already on this site: choose it above instead.` : undefined
          }
        >
          <Input value={newTitle} onChange={(_, data) => setNewTitle(data.value)} />
        </Field>
      )}
      {start.status === 'running' && <Spinner label="Starting the plan…" aria-live="polite" />}
      {start.status === 'failed' && <ProblemBar title="The plan could not be started" message={start.message} />}
    </>
  );
}
