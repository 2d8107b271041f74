import { createContext, useContext, useState, type ReactNode } from 'react';
import type { Finding } from '../../domain/finding';
import { canEditFindings } from '../../domain/permissions';
import { useServices } from '../app-services';
import { useStore } from '../common/use-store';
import { DeleteFindingDialog } from './delete-finding-dialog';
import { FindingEditorDialog } from './finding-editor-dialog';

export type FindingDialogKind = 'add' | 'edit' | 'delete';
type OpenFindingDialog = (kind: FindingDialogKind, finding?: Finding) => void;

const FindingDialogsContext = createContext<OpenFindingDialog | null>(null);

/**
 * Opens the add, edit or delete dialog; null for someone who may not edit findings (only plan
 * admins may), and outside a `FindingDialogsProvider`.
 */
export function useOpenFindingDialog(): OpenFindingDialog | null {
  const { planView } = useServices();
  const me = useStore(planView, (s) => s.me);
  const openDialog = useContext(FindingDialogsContext);
  return canEditFindings(me) ? openDialog : null;
}

interface Request {
  readonly kind: FindingDialogKind;
  readonly finding: Finding | undefined;
  /** Counts openings, so each starts from the stored finding. */
  readonly count: number;
}

/**
 * Holds the findings' dialogs above the list, so a dialog stays mounted while it closes even when
 * its finding leaves the page (deleted, or scrolled out of a virtualised list): unmounting an open
 * Fluent dialog would leave the page behind it hidden from assistive technology.
 */
export function FindingDialogsProvider({ children }: { children: ReactNode }) {
  const [request, setRequest] = useState<Request | null>(null);
  const [open, setOpen] = useState(false);
  const openDialog: OpenFindingDialog = (kind, finding) => {
    setRequest((last) => ({ kind, finding, count: (last?.count ?? 0) + 1 }));
    setOpen(true);
  };
  const close = () => setOpen(false);
  return (
    <FindingDialogsContext.Provider value={openDialog}>
      {children}
      {request && request.kind !== 'delete' && (
        <FindingEditorDialog key={request.count} finding={request.finding} open={open} onClose={close} />
      )}
      {request?.kind === 'delete' && request.finding && (
        <DeleteFindingDialog key={request.count} finding={request.finding} open={open} onClose={close} />
      )}
    </FindingDialogsContext.Provider>
  );
}
