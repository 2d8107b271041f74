// @vitest-environment jsdom
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { FindingId, PlanId } from '../../src/domain/ids';
import { actionsByFinding } from '../../src/domain/monitoring/status-counts';
import { FindingBarLabel } from '../../src/ui/dashboard/finding-bar-label';
import { StackedBarChart } from '../../src/ui/dashboard/stacked-bar-chart';
import { StatusCountTable } from '../../src/ui/dashboard/status-count-table';
import { action, aFinding, snapshotOf } from '../domain/monitoring/monitoring-fixtures';

afterEach(() => cleanup());

const LONG =
  'Leaders across the partnership do not have a shared understanding of neglect, so practice to identify and respond to it is inconsistent across agencies and too many children remain in neglectful situations for too long.';
const SHORT = 'Leaders across the partnership do not have a shared understanding of neglect';

const snapshot = snapshotOf({
  findings: [{ ...aFinding(1), text: LONG }, aFinding(2, 'priority-action')],
  actions: [
    action(1, { findingId: 'fnd-1' as FindingId, status: 'on-track' }),
    action(2, { findingId: 'fnd-1' as FindingId, status: 'at-risk' }),
    action(3, { findingId: 'fnd-2' as FindingId, status: 'complete' }),
  ],
});
const rows = actionsByFinding(snapshot);
const planId = 'plan-test' as PlanId;

function renderChart() {
  return render(
    <FluentProvider theme={webLightTheme}>
      <h3 id="chart-title">Actions by finding</h3>
      <StackedBarChart
        rows={rows}
        labelledBy="chart-title"
        renderLabel={(row) => <FindingBarLabel row={row} planId={planId} />}
      />
    </FluentProvider>,
  );
}

describe('the actions-by-finding chart’s labels', () => {
  it('names each bar by the finding’s short title, not its number', () => {
    renderChart();
    const chart = screen.getByRole('figure', { name: 'Actions by finding' });
    const labels = within(chart)
      .getAllByRole('link')
      .map((l) => l.textContent);
    expect(labels).toEqual([SHORT, 'Finding 2 text']);
    expect(within(chart).queryByText(/Area for improvement 1/)).not.toBeInTheDocument();
  });

  it('gives each label the letter’s full words as its description, shown on keyboard focus', async () => {
    renderChart();
    const label = screen.getByRole('link', { name: SHORT });
    expect(label).toHaveAccessibleDescription(`Area for improvement 1: ${LONG}`);
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
    await userEvent.tab();
    expect(label).toHaveFocus();
    expect(await screen.findByRole('tooltip')).toHaveTextContent(`Area for improvement 1: ${LONG}`);
  });

  it('shows the full words when the pointer rests on a label', async () => {
    renderChart();
    await userEvent.hover(screen.getByRole('link', { name: 'Finding 2 text' }));
    expect(await screen.findByRole('tooltip')).toHaveTextContent('Area for priority action 1: Finding 2 text');
  });

  it('links each label to its finding in the plan', () => {
    renderChart();
    expect(screen.getByRole('link', { name: SHORT })).toHaveAttribute('href', '#/plans/plan-test/findings/fnd-1');
  });

  it('reads each bar as its counts in words', () => {
    renderChart();
    expect(screen.getByRole('img', { name: 'On track 1, At risk 1; 2 actions' })).toBeInTheDocument();
    expect(screen.getByRole('img', { name: 'Complete 1; 1 action' })).toBeInTheDocument();
  });

  it('puts the finding’s reference and full words in the table', () => {
    render(
      <FluentProvider theme={webLightTheme}>
        <StatusCountTable caption="Actions by finding" firstColumn="Finding" rows={rows} />
      </FluentProvider>,
    );
    const table = screen.getByRole('table', { name: 'Actions by finding' });
    expect(within(table).getAllByRole('row')[1]).toHaveTextContent(`Area for improvement 1: ${LONG}`);
  });
});
