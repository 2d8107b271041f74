import { Button, Field, Input, Subtitle1, makeStyles } from '@fluentui/react-components';
import { useLayoutEffect, useRef, useState } from 'react';
import {
  EMPTY_NEW_PLAN_FORM,
  type NewPlanField,
  type NewPlanForm as NewPlanFormValues,
  type NewPlanProblems,
} from '../../domain/new-plan-form';
import { useServices } from '../app-services';
import { InspectionTypeField } from '../common/inspection-type-field';
import { ProblemBar } from '../common/problem-bar';
import { useCommand } from '../common/use-command';
import type { Route } from '../routing/route';
import { row, stack } from '../common/stack';
import { framed } from '../common/frame';

const useStyles = makeStyles({
  form: {
    ...stack('M'),
    maxWidth: '640px',
    ...framed('L'),
  },
  buttons: row('M'),
});

const DATE_HINT = 'dd/mm/yyyy';

/**
 * Starts a plan by hand, when there is no findings letter to import (yet, or ever). A form on the
 * page rather than a dialog, because creating the plan navigates away from the page.
 */
export function NewPlanForm({ navigate, onCancel }: { navigate: (route: Route) => void; onCancel: () => void }) {
  const styles = useStyles();
  const { planList } = useServices();
  const [form, setForm] = useState<NewPlanFormValues>(EMPTY_NEW_PLAN_FORM);
  const [problems, setProblems] = useState<NewPlanProblems>({});
  const create = useCommand(() => planList.getState().createPlan(form), {
    success: 'created',
    keepProblemWhileBusy: true,
    onSuccess: (created) => navigate({ name: 'plan', planId: created.planId }),
  });
  const first = useRef<HTMLInputElement>(null);
  useLayoutEffect(() => first.current?.focus(), []);
  const text = (key: Exclude<NewPlanField, 'inspectionType'>) => ({
    value: form[key],
    onChange: (_e: unknown, data: { value: string }) => setForm({ ...form, [key]: data.value }),
  });
  const date = (key: 'letterDate' | 'deadline') => ({
    ...text(key),
    inputMode: 'numeric' as const,
    autoComplete: 'off',
  });
  const submit = async () => {
    const outcome = await create.run();
    setProblems(outcome.status === 'invalid' ? outcome.problems : {});
  };
  return (
    <form
      className={styles.form}
      aria-labelledby="new-plan-heading"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <Subtitle1 as="h2" id="new-plan-heading">
        New plan without a letter
      </Subtitle1>
      {create.problem && <ProblemBar title="The plan was not created" message={create.problem} />}
      <Field label="Area inspected" required validationMessage={problems.area}>
        <Input ref={first} {...text('area')} />
      </Field>
      <InspectionTypeField
        value={form.inspectionType}
        onChange={(inspectionType) => setForm({ ...form, inspectionType })}
      />
      <Field label="Theme" hint="Empty for a front-door inspection without one." validationMessage={problems.theme}>
        <Input {...text('theme')} />
      </Field>
      <Field
        label="Plan title"
        hint="Leave empty to name it by area, inspection, year and theme."
        validationMessage={problems.title}
      >
        <Input {...text('title')} />
      </Field>
      <Field label="Letter date" hint={`${DATE_HINT}. Optional.`} validationMessage={problems.letterDate}>
        <Input {...date('letterDate')} />
      </Field>
      <Field
        label="Submission deadline"
        hint={`${DATE_HINT}. Optional: without it, the deadline is counted as 70 working days after the letter date.`}
        validationMessage={problems.deadline}
      >
        <Input {...date('deadline')} />
      </Field>
      <div className={styles.buttons}>
        <Button type="submit" appearance="primary" disabledFocusable={create.busy}>
          {create.problem ? 'Try again: create plan' : 'Create plan'}
        </Button>
        <Button onClick={onCancel}>Cancel</Button>
      </div>
    </form>
  );
}
