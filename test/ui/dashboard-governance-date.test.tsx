// @vitest-environment jsdom
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderAppAs, seededEmulatorPerFile } from './support/render-app';

const seeded = seededEmulatorPerFile();
afterEach(() => cleanup());

describe('the dashboard’s next governance date', () => {
  it('shows the DCS the working days to the current stage’s due date', async () => {
    // The app's today is 22 March 2018, the day partner drafting is due: no working days left.
    await renderAppAs(seeded.emulator, 'u-dcs', '#/plans/plan-haringey-2018/dashboard');
    const label = await screen.findByText('Working days to the next governance date', {}, { timeout: 10_000 });
    const card = label.closest('div')!;
    expect(card).toHaveTextContent('Drafting by partners, due 22 March 2018');
    expect(card.querySelector('dd')).toHaveTextContent(/^0$/);
  });
});
