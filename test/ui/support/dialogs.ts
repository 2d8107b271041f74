import { screen, within } from '@testing-library/react';

/**
 * In jsdom, tabster (Fluent's focus manager) can leave a dialog opened from a trigger marked
 * aria-hidden, which hides its roles and names from role queries (browsers do not). So dialogs
 * are found by their title, and what is in them by label or text.
 */
export async function findDialog(title: string): Promise<HTMLElement> {
  const heading = await screen.findByText(title, { selector: 'h2' }, { timeout: 10_000 });
  return heading.closest<HTMLElement>('[role="dialog"]')!;
}

export const buttonIn = (dialog: HTMLElement, text: string) => within(dialog).getByText(text, { selector: 'button' });

export const fieldIn = (dialog: HTMLElement, label: string | RegExp) => within(dialog).getByLabelText(label);
