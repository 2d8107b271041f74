// @vitest-environment jsdom
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConfigureTabPage, type PlanChoice } from '../../src/host/teams/configure-tab-page';
import type { TabSettingsSource } from '../../src/host/teams/tab-config';

const plans: PlanChoice[] = [
  { id: 'plan-haringey-2018', title: 'Haringey JTAI 2018: abuse and neglect' },
  { id: 'plan-haringey-2026', title: 'Haringey JTAI 2026: exploitation' },
];
const settingsFor = (plan: PlanChoice) => ({
  entityId: plan.id,
  contentUrl: `https://jtai.example.org/#/plans/${plan.id}`,
  websiteUrl: `https://jtai.example.org/#/plans/${plan.id}`,
  suggestedDisplayName: plan.title,
});

function renderPage(createPlan = vi.fn(async (title: string) => ({ id: 'plan-new', title }))) {
  const choices: (TabSettingsSource | null)[] = [];
  render(
    <FluentProvider theme={webLightTheme}>
      <ConfigureTabPage
        plans={plans}
        configuration={{ choose: (s) => choices.push(s) }}
        settingsFor={settingsFor}
        createPlan={createPlan}
      />
    </FluentProvider>,
  );
  return { choices, createPlan, last: () => choices.at(-1) ?? null };
}

afterEach(cleanup);

describe('the channel tab’s configuration page', () => {
  it('lets Save through only once a plan is picked, and saves that plan', async () => {
    const page = renderPage();
    expect(page.last()).toBeNull();
    await userEvent.click(screen.getByRole('radio', { name: 'Haringey JTAI 2026: exploitation' }));
    await expect(page.last()!()).resolves.toEqual(settingsFor(plans[1]!));
  });

  it('creates a new plan with the title given, on Save', async () => {
    const page = renderPage();
    await userEvent.click(screen.getByRole('radio', { name: 'Start a new plan' }));
    expect(page.last()).toBeNull();
    await userEvent.type(screen.getByRole('textbox', { name: /Title of the new plan/ }), 'Enfield JTAI 2026');
    expect(page.createPlan).not.toHaveBeenCalled();
    await expect(page.last()!()).resolves.toMatchObject({
      entityId: 'plan-new',
      suggestedDisplayName: 'Enfield JTAI 2026',
    });
    expect(page.createPlan).toHaveBeenCalledWith('Enfield JTAI 2026');
  });
});
