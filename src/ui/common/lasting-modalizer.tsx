import { useModalAttributes } from '@fluentui/react-components';

/**
 * Keeps Fluent's focus manager (tabster) ready for modal dialogs for as long as the app is open.
 * Otherwise it is torn down with the last dialog, without undoing the `aria-hidden` it put on the
 * rest of the page: a dialog that was open when the address changed (the browser's Back button, a
 * link from the inbox) left the whole app hidden from screen readers (microsoft/fluentui#35139).
 * Kept alive, it shows the page again as soon as the dialog is gone.
 *
 * A component that draws nothing, loaded after the first view (the focus manager is sizeable and no
 * dialog opens before the plan screens load); its default export is for `lazy`.
 */
export default function LastingModalizer(): null {
  useModalAttributes();
  return null;
}
