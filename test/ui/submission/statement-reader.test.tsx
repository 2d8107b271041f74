// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { PlanId } from '../../../src/domain/ids';
import { renderAppAs, seededEmulatorPerFile, storeFor } from '../support/render-app';

const PLAN = 'plan-haringey-2018' as PlanId;
const SUBMISSION = `#/plans/${PLAN}/submission`;
const seeded = seededEmulatorPerFile();
afterEach(() => cleanup());

const statement = () => screen.findByRole('article', { name: /^Written statement of action, content reference / });

describe('the statement read on the Submission tab', { timeout: 60_000 }, () => {
  it('sets out the statement as it stands, the same as its Word document, without building one', async () => {
    await renderAppAs(seeded.emulator, 'u-dcs', SUBMISSION);
    const reader = await screen.findByRole('button', { name: 'Read the statement as it stands' }, { timeout: 20_000 });
    await userEvent.click(reader);
    const article = await statement();
    const fact = (term: string) => within(article).getByText(term, { selector: 'dt' }).nextSibling;
    expect(fact('Status')).toHaveTextContent('Draft for approval');
    expect(fact('Due to Ofsted by')).toHaveTextContent('11 May 2018');

    // Each part of the statement is its heading and what follows it.
    const first = within(article).getByRole('heading', {
      name: 'Area for improvement 1: Joint partnership decision making in the MASH',
    }).parentElement!;
    const actions = within(first).getAllByRole('heading', { level: 6 });
    expect(actions[0]).toHaveTextContent('Action AFI1.1');
    const signatures = within(article).getByRole('list', { name: 'Signatures' });
    expect(signatures).toHaveTextContent(/Chief Executive: Robert Lang, Chief Executive\. Awaiting signature\./);
  });

  it('says when the plan changes while it is open, and shows the change when asked', async () => {
    const { services } = await renderAppAs(seeded.emulator, 'u-dcs', SUBMISSION);
    await userEvent.click(
      await screen.findByRole('button', { name: 'Read the statement as it stands' }, { timeout: 20_000 }),
    );
    expect(await statement()).not.toHaveTextContent('Second two detective constables to the MASH within a week');

    // The police owner changes their action's wording in another window.
    const police = storeFor(seeded.emulator, 'u-police-owner');
    const loaded = await police.loadPlan(PLAN);
    const action = loaded.actions.find((a) => a.value.id === 'act-haringey-02')!;
    await police.updateAction(
      { ...action.value, title: 'Second two detective constables to the MASH within a week' },
      action.version,
    );
    await services.planView.getState().checkForChanges();

    expect(await screen.findByText('The plan has changed since you opened this')).toBeVisible();
    expect(screen.queryByRole('article')).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Show it as it is now' }));
    expect(await statement()).toHaveTextContent('Second two detective constables to the MASH within a week');
  });
});
