// @vitest-environment jsdom
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { buildServices } from '../../src/app/build-services';
import type { Finding } from '../../src/domain/finding';
import type { PlanId } from '../../src/domain/ids';
import { memoryPendingEditStorage } from '../../src/state/pending-edits';
import { AppServicesContext } from '../../src/ui/app-services';
import { FindingDialogsProvider } from '../../src/ui/plan/finding-dialogs';
import { FindingEditMenu } from '../../src/ui/plan/finding-edit-menu';
import { findDialog, buttonIn, fieldIn } from './support/dialogs';
import { renderAppAs, seededEmulatorPerFile, storeFor } from './support/render-app';

const seeded = seededEmulatorPerFile();
afterEach(() => cleanup());

/** The finding menu on its own, as the findings list renders it in each finding's heading. */
async function renderFindingMenu(personaId: string, planId: PlanId, finding: Finding) {
  const store = storeFor(seeded.emulator, personaId);
  const services = buildServices({
    store,
    user: await store.whoAmI(),
    host: 'standalone',
    pending: memoryPendingEditStorage(),
    now: () => new Date('2018-03-01T10:00:00Z'),
  });
  await services.planView.getState().open(planId);
  render(
    <FluentProvider theme={webLightTheme}>
      <AppServicesContext.Provider value={{ ...services, theme: 'light', setTheme: () => undefined }}>
        <FindingDialogsProvider>
          <FindingEditMenu finding={finding} />
        </FindingDialogsProvider>
      </AppServicesContext.Provider>
    </FluentProvider>,
  );
  return services;
}

let torbay: PlanId;

describe('a plan started without a letter', () => {
  it('is created from the plan list, with the creator as its plan admin', async () => {
    await renderAppAs(seeded.emulator, 'u-dcs');
    const start = await screen.findByRole('button', { name: 'New plan without a letter' }, { timeout: 10_000 });
    expect(start).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(start);
    const form = await screen.findByRole('form', { name: 'New plan without a letter' }, { timeout: 10_000 });
    expect(within(form).getByRole('textbox', { name: /Area inspected/ })).toHaveFocus();
    await userEvent.click(within(form).getByRole('button', { name: 'Create plan' }));
    expect(
      await within(form).findByText('Enter the local area inspected, for example Cheshire East.'),
    ).toBeInTheDocument();

    await userEvent.type(within(form).getByRole('textbox', { name: /Area inspected/ }), 'Torbay');
    await userEvent.selectOptions(within(form).getByRole('combobox', { name: /Inspection type/ }), 'ILACS inspection');
    await userEvent.type(within(form).getByRole('textbox', { name: /Letter date/ }), '16/05/2024');
    await userEvent.type(within(form).getByRole('textbox', { name: /Submission deadline/ }), '23/08/2024{Enter}');

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Torbay ILACS 2024' }, { timeout: 10_000 }),
    ).toBeInTheDocument();
    expect(screen.getByText(/Written statement of action due 23 August 2024/)).toBeInTheDocument();
    const created = (await storeFor(seeded.emulator, 'u-dcs').listPlans()).find(
      (p) => p.value.title === 'Torbay ILACS 2024',
    );
    torbay = created!.value.id;
    const stored = await storeFor(seeded.emulator, 'u-dcs').loadPlan(torbay);
    expect(stored.plan.value).toMatchObject({ inspectionType: 'ilacs', letterDate: '2024-05-16' });
    expect(stored.members.map((m) => [m.value.displayName, m.value.role])).toEqual([['Amara Okafor', 'plan-admin']]);
  });

  it('has a statement that, before any finding is added, says the letter identified no areas, as its Word document does', async () => {
    await renderAppAs(seeded.emulator, 'u-dcs', `#/plans/${torbay}/submission`);
    await userEvent.click(
      await screen.findByRole('button', { name: 'Read the statement as it stands' }, { timeout: 20_000 }),
    );
    const article = await screen.findByRole('article', { name: /^Written statement of action, content reference / });
    const part = within(article).getByRole('heading', { name: 'Areas for improvement' }).parentElement!;
    expect(part).toHaveTextContent('The letter identified no areas for priority action or improvement.');
  });

  it('lets the DCS add findings by hand', async () => {
    await renderAppAs(seeded.emulator, 'u-dcs', `#/plans/${torbay}`);
    await userEvent.click(await screen.findByRole('button', { name: 'Add finding' }, { timeout: 10_000 }));
    const dialog = await findDialog('Add a finding');
    await userEvent.click(buttonIn(dialog, 'Add finding'));
    expect(await within(dialog).findByText('Enter the finding’s words, as the letter puts them.')).toBeInTheDocument();
    await userEvent.click(fieldIn(dialog, 'Area for priority action'));
    await userEvent.type(
      fieldIn(dialog, /The finding’s words/),
      'Leaders must ensure that children at risk of exploitation are identified.',
    );
    await userEvent.click(buttonIn(dialog, 'Add finding'));
    expect(await screen.findByRole('heading', { name: 'Areas for priority action (1)' })).toBeInTheDocument();
    // Each finding on the plan page carries its own edit menu for plan admins.
    expect(
      screen.getByRole('button', { name: /^Edit or delete area for priority action: Leaders must/ }),
    ).toBeVisible();
    const findings = (await storeFor(seeded.emulator, 'u-dcs').loadPlan(torbay)).findings.map((f) => f.value);
    expect(findings).toMatchObject([
      { type: 'priority-action', text: 'Leaders must ensure that children at risk of exploitation are identified.' },
    ]);
  });

  it('lets the DCS change a finding from its menu, then delete it after confirming', async () => {
    const [finding] = (await storeFor(seeded.emulator, 'u-dcs').loadPlan(torbay)).findings.map((f) => f.value);
    await renderFindingMenu('u-dcs', torbay, finding!);
    const menuButton = screen.getByRole('button', {
      name: /^Edit or delete area for priority action: Leaders must ensure that children at risk of exploitation ar…$/,
    });
    await userEvent.click(menuButton);
    await userEvent.click(await screen.findByRole('menuitem', { name: 'Edit finding' }));
    const editor = await findDialog('Edit finding');
    expect(fieldIn(editor, 'Area for priority action')).toBeChecked();
    await userEvent.click(fieldIn(editor, 'Area for improvement'));
    await userEvent.click(buttonIn(editor, 'Save'));
    await waitFor(async () =>
      expect((await storeFor(seeded.emulator, 'u-dcs').loadPlan(torbay)).findings[0]?.value.type).toBe('improvement'),
    );

    await userEvent.click(menuButton);
    await userEvent.click(await screen.findByRole('menuitem', { name: 'Delete finding' }));
    const confirm = await findDialog('Delete this area for priority action?');
    expect(within(confirm).getByText(/This cannot be undone/)).toBeInTheDocument();
    await userEvent.click(buttonIn(confirm, 'Delete finding'));
    await waitFor(async () => expect((await storeFor(seeded.emulator, 'u-dcs').loadPlan(torbay)).findings).toEqual([]));
    // The dialog closed cleanly: what is behind it is not left hidden from assistive technology.
    await waitFor(() => expect(screen.getByRole('button', { name: /^Edit or delete/ })).toBeInTheDocument());
  });

  it('refuses to delete a finding that has actions, saying why', async () => {
    const haringey = await storeFor(seeded.emulator, 'u-dcs').loadPlan('plan-haringey-2018' as PlanId);
    const answered = haringey.findings.find((f) => haringey.actions.some((a) => a.value.findingId === f.value.id))!;
    await renderFindingMenu('u-dcs', 'plan-haringey-2018' as PlanId, answered.value);
    await userEvent.click(screen.getByRole('button', { name: /^Edit or delete area for improvement:/ }));
    await userEvent.click(await screen.findByRole('menuitem', { name: 'Delete finding' }));
    const dialog = await findDialog('This finding cannot be deleted');
    expect(within(dialog).getByText(/so it cannot be deleted: the actions answer it/)).toBeInTheDocument();
    expect(within(dialog).queryByText('Delete finding', { selector: 'button' })).not.toBeInTheDocument();
  });

  it('offers agency owners neither the finding menu nor "Add finding"', async () => {
    const [finding] = (await storeFor(seeded.emulator, 'u-dcs').loadPlan('plan-haringey-2018' as PlanId)).findings;
    await renderFindingMenu('u-police-owner', 'plan-haringey-2018' as PlanId, finding!.value);
    expect(screen.queryByRole('button', { name: /^Edit or delete/ })).not.toBeInTheDocument();
    cleanup();
    await renderAppAs(seeded.emulator, 'u-police-owner', '#/plans/plan-haringey-2018');
    expect(
      await screen.findByRole(
        'heading',
        { level: 1, name: 'Haringey JTAI 2018: abuse and neglect' },
        { timeout: 10_000 },
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Add finding' })).not.toBeInTheDocument();
  });
});
