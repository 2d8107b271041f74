import { Menu, MenuItem, MenuList, MenuPopover, MenuTrigger } from '@fluentui/react-components';
import type { ReactElement, ReactNode } from 'react';

/** One choice in a `ButtonMenu`. */
export interface MenuChoice {
  readonly key: string;
  readonly label: ReactNode;
  readonly onSelect: () => void;
  readonly icon?: ReactElement;
  readonly disabled?: boolean;
}

/** A button that opens a list of choices (Fluent's menu: arrow keys move, Escape closes). */
export function ButtonMenu({ button, choices }: { button: ReactElement; choices: readonly MenuChoice[] }) {
  return (
    <Menu>
      <MenuTrigger disableButtonEnhancement>{button}</MenuTrigger>
      <MenuPopover>
        <MenuList>
          {choices.map((choice) => (
            <MenuItem key={choice.key} icon={choice.icon} disabled={choice.disabled} onClick={choice.onSelect}>
              {choice.label}
            </MenuItem>
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}
