import { Button, Subtitle1, Text, makeStyles } from '@fluentui/react-components';
import { AddRegular } from '@fluentui/react-icons';
import { useCallback, useRef, useState } from 'react';
import { FINDING_TYPE_LABEL, FINDING_TYPES, type FindingType } from '../../domain/finding';
import type { DraftItem } from '../../domain/letter-import/import-draft';
import type { DraftProblems } from '../../domain/letter-import/validate-draft';
import { draftIn, type ReviewRequest } from '../../state/letter-import/state';
import { ButtonMenu } from '../common/button-menu';
import { useImportStore } from './import-store-context';
import { ItemEditor } from './item-editor';
import type { FocusRequest } from './item-focus';
import { stack } from '../common/stack';

const useStyles = makeStyles({
  list: stack('M'),
});

interface Props {
  readonly items: readonly DraftItem[];
  readonly problems: DraftProblems['items'];
  readonly selectedId: string | null;
  readonly readOnly: boolean;
  readonly onSelect: (item: DraftItem) => void;
}

function summary(items: readonly DraftItem[]): string {
  const counts = FINDING_TYPES.map((type) => [type, items.filter((i) => i.type === type).length] as const);
  const parts = counts.filter(([, n]) => n > 0).map(([type, n]) => `${n} × ${FINDING_TYPE_LABEL[type].toLowerCase()}`);
  return parts.length > 0 ? parts.join(', ') : 'None yet: add the findings by hand.';
}

/** Where focus goes after each kind of change, found in the list as it now stands. */
function focusAfter(request: ReviewRequest, index: number, items: readonly DraftItem[]): FocusRequest | null {
  const to = (item: DraftItem | undefined, part: FocusRequest['part']) => (item ? { id: item.id, part } : null);
  switch (request.type) {
    case 'move':
      return to(
        items.find((i) => i.id === request.id),
        request.direction,
      );
    case 'merge-with-next':
      return to(items[index], 'text');
    case 'split':
      return to(items[index + 1], 'text');
    case 'delete':
      return to(items[index] ?? items[index - 1], 'heading');
    case 'add':
      return to(items[items.length - 1], 'text');
    default:
      return null;
  }
}

/** The findings in letter order, each editable, with a way to add one the parser missed. */
export function ItemList({ items, problems, selectedId, readOnly, onSelect }: Props) {
  const styles = useStyles();
  const store = useImportStore();
  const [focus, setFocus] = useState<FocusRequest | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const onReview = useCallback(
    (request: ReviewRequest, index: number) => {
      store.getState().review(request);
      const next = draftIn(store.getState().current)?.items ?? [];
      const target = focusAfter(request, index, next);
      if (target) setFocus(target);
      else if (request.type === 'delete') addButton.current?.focus();
    },
    [store],
  );
  const onFocused = useCallback(() => setFocus(null), []);
  const add = (itemType: FindingType) => onReview({ type: 'add', itemType, after: null }, items.length);
  return (
    <section className={styles.list} aria-labelledby="findings-heading">
      <Subtitle1 as="h2" id="findings-heading">
        Findings ({items.length})
      </Subtitle1>
      <Text>{summary(items)}</Text>
      {items.map((item, index) => (
        <ItemEditor
          key={item.id}
          item={item}
          index={index}
          count={items.length}
          problem={problems[item.id]}
          selected={item.id === selectedId}
          readOnly={readOnly}
          focus={focus?.id === item.id ? focus.part : null}
          onReview={onReview}
          onSelect={onSelect}
          onFocused={onFocused}
        />
      ))}
      <div>
        <ButtonMenu
          button={
            <Button ref={addButton} icon={<AddRegular />} disabledFocusable={readOnly}>
              Add a finding
            </Button>
          }
          choices={FINDING_TYPES.map((type) => ({
            key: type,
            label: FINDING_TYPE_LABEL[type],
            onSelect: () => add(type),
          }))}
        />
      </div>
    </section>
  );
}
