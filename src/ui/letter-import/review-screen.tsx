import { Text, makeStyles, tokens } from '@fluentui/react-components';
import { useCallback, useState } from 'react';
import { formatDateTime } from '../../domain/dates';
import type { DraftItem, DraftMetadata, ImportDraft } from '../../domain/letter-import/import-draft';
import type { ImportStatus } from '../../state/letter-import/state';
import { CreateBar } from './create-bar';
import { useImport, useImportStore } from './import-store-context';
import { ItemList } from './item-list';
import { LetterPanel } from './letter-panel';
import { MetadataForm } from './metadata-form';
import { WarningsBar } from './warnings-bar';
import { stack } from '../common/stack';

const useStyles = makeStyles({
  layout: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 5fr) minmax(0, 7fr)',
    gap: tokens.spacingHorizontalXL,
    alignItems: 'start',
    '@media (max-width: 960px)': { gridTemplateColumns: 'minmax(0, 1fr)' },
  },
  letter: { position: 'sticky', top: tokens.spacingVerticalL, '@media (max-width: 960px)': { position: 'static' } },
  editor: { ...stack('XL'), minWidth: 0 },
});

type DraftStatus = Extract<ImportStatus, { status: 'reviewing' | 'creating' | 'failed' }>;

const SOURCE: Record<ImportDraft['source']['kind'], string> = {
  paste: 'pasted text',
  pdf: 'a PDF',
  docx: 'a Word document',
  text: 'a text file',
};

function sourceLine(draft: ImportDraft): string {
  const from = draft.source.name ? `${draft.source.name} (${SOURCE[draft.source.kind]})` : SOURCE[draft.source.kind];
  return `Read from ${from} on ${formatDateTime(draft.startedAt)}.`;
}

/** The letter beside what was found in it, all editable, and the button that creates the plan. */
export function ReviewScreen({
  current,
  draft,
  onAskDiscard,
}: {
  current: DraftStatus;
  draft: ImportDraft;
  onAskDiscard: () => void;
}) {
  const styles = useStyles();
  const store = useImportStore();
  const draftKept = useImport((s) => s.draftKept);
  const [selected, setSelected] = useState<DraftItem['id'] | null>(null);
  const onSelect = useCallback((item: DraftItem) => setSelected(item.id), []);
  const creating = current.status === 'creating';
  const problems = current.status === 'reviewing' ? current.problems : null;
  const span = draft.items.find((i) => i.id === selected)?.span ?? null;
  const setMetadata = (patch: Partial<DraftMetadata>) => store.getState().review({ type: 'set-metadata', patch });
  return (
    <>
      <Text>{sourceLine(draft)}</Text>
      <WarningsBar draft={draft} draftKept={draftKept} />
      <div className={styles.layout}>
        <div className={styles.letter}>
          <LetterPanel letter={draft.letter} selected={span} />
        </div>
        <div className={styles.editor}>
          <MetadataForm
            metadata={draft.metadata}
            problems={problems?.fields ?? {}}
            readOnly={creating}
            onChange={setMetadata}
          />
          <ItemList
            items={draft.items}
            problems={problems?.items ?? {}}
            selectedId={selected}
            readOnly={creating}
            onSelect={onSelect}
          />
          <CreateBar
            creating={creating}
            problems={problems}
            failure={current.status === 'failed' ? current.problem : null}
            onCreate={() => void store.getState().create()}
            onAskDiscard={onAskDiscard}
          />
        </div>
      </div>
    </>
  );
}
