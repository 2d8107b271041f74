// @vitest-environment jsdom
import { makeStyles } from '@fluentui/react-components';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';

afterEach(() => cleanup());

const useStyles = makeStyles({
  gone: { display: 'none' },
  ghost: { visibility: 'hidden' },
  tinted: { color: 'rgb(201, 3, 5)', paddingTop: '7.5px' },
});

function Styled() {
  const styles = useStyles();
  return (
    <>
      <button className={styles.gone}>Hidden by display</button>
      <button className={styles.ghost}>Hidden by visibility</button>
      <button className={styles.tinted}>Shown</button>
    </>
  );
}

describe('style rules in the jsdom UI tests', () => {
  it('keeps the rules that hide an element, so role queries and toBeVisible still see it hidden', () => {
    render(<Styled />);
    expect(screen.queryByRole('button', { name: 'Hidden by display' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Hidden by visibility' })).toBeNull();
    expect(screen.getByText('Hidden by display')).not.toBeVisible();
    expect(screen.getByRole('button', { name: 'Shown' })).toBeVisible();
  });

  it('leaves out rules that set nothing jsdom reads', () => {
    render(<Styled />);
    const rules = Array.from(document.styleSheets).flatMap((sheet) =>
      Array.from(sheet.cssRules, (rule) => rule.cssText),
    );
    expect(rules.some((rule) => rule.includes('display: none'))).toBe(true);
    expect(rules.some((rule) => rule.includes('7.5px') || rule.includes('rgb(201, 3, 5)'))).toBe(false);
  });
});
