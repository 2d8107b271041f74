import { Badge, Button, Field, Select, Text, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { memo, useEffect, useRef, useState } from 'react';
import { FINDING_TYPE_LABEL, FINDING_TYPES, isFindingType } from '../../domain/finding';
import type { DraftItem } from '../../domain/letter-import/import-draft';
import type { ReviewRequest } from '../../state/letter-import/state';
import { FINDING_CARD, HIGHLIGHTED_CARD } from '../common/card-style';
import { AgencyTags } from './agency-tags';
import { ItemActions } from './item-actions';
import type { FocusPart } from './item-focus';
import { row } from '../common/stack';
import { vocabularyOptions } from '../common/choice-options';

const useStyles = makeStyles({
  card: FINDING_CARD,
  selected: HIGHLIGHTED_CARD,
  heading: {
    ...row('S'),
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
  },
  /** The type beside the text where there is room; the text below it on a narrow window. */
  row: row('M', 'flex-start'),
  type: { flex: '0 1 240px' },
  text: { flex: '1 1 320px' },
});

interface Props {
  readonly item: DraftItem;
  readonly index: number;
  readonly count: number;
  readonly problem: string | undefined;
  readonly selected: boolean;
  readonly readOnly: boolean;
  readonly focus: FocusPart | null;
  readonly onReview: (request: ReviewRequest, index: number) => void;
  readonly onSelect: (item: DraftItem) => void;
  readonly onFocused: () => void;
}

function useRequestedFocus(focus: FocusPart | null, onFocused: () => void) {
  const text = useRef<HTMLTextAreaElement>(null);
  const up = useRef<HTMLButtonElement>(null);
  const down = useRef<HTMLButtonElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (!focus) return;
    ({ text, up, down, heading })[focus].current?.focus();
    onFocused();
  }, [focus, onFocused]);
  return { text, up, down, heading };
}

type Review = (request: ReviewRequest) => void;

/** Tall enough to read a finding without scrolling inside the box, up to a point. */
const textRows = (text: string, lines: number) => Math.min(10, Math.max(2, Math.ceil(text.length / 90) + lines - 1));

function TypeField(props: { item: DraftItem; readOnly: boolean; review: Review; className: string }) {
  const { item, readOnly, review } = props;
  return (
    <Field label="Type" className={props.className}>
      <Select
        value={item.type}
        disabled={readOnly}
        onChange={(_e, data) =>
          isFindingType(data.value) && review({ type: 'change-type', id: item.id, itemType: data.value })
        }
      >
        {vocabularyOptions(FINDING_TYPES, FINDING_TYPE_LABEL)}
      </Select>
    </Field>
  );
}

/** Sub-bullets, one per line; shown when the item has some or the person asks to add them. */
function SubItemsField({
  item,
  name,
  readOnly,
  review,
}: {
  item: DraftItem;
  name: string;
  readOnly: boolean;
  review: Review;
}) {
  const [open, setOpen] = useState(false);
  if (item.subItems.length === 0 && !open) {
    if (readOnly) return null;
    return (
      <div>
        <Button size="small" appearance="subtle" onClick={() => setOpen(true)} aria-label={`Add sub-points, ${name}`}>
          Add sub-points
        </Button>
      </div>
    );
  }
  return (
    <Field label="Sub-points, one per line">
      <Textarea
        value={item.subItems.join('\n')}
        readOnly={readOnly}
        resize="vertical"
        rows={textRows(item.subItems.join('\n'), item.subItems.length)}
        onChange={(_e, data) =>
          review({ type: 'edit-sub-items', id: item.id, subItems: data.value === '' ? [] : data.value.split('\n') })
        }
      />
    </Field>
  );
}

/** One finding under review: its type, words, sub-points and agencies, and the ways to reshape it. */
export const ItemEditor = memo(function ItemEditor(props: Props) {
  const styles = useStyles();
  const { item, index, readOnly } = props;
  const name = `finding ${index + 1}`;
  const refs = useRequestedFocus(props.focus, props.onFocused);
  const [cursor, setCursor] = useState<number | null>(null);
  const review = (request: ReviewRequest) => props.onReview(request, index);
  const headingId = `item-${item.id}`;
  return (
    <article
      className={`${styles.card} ${props.selected ? styles.selected : ''}`}
      aria-labelledby={headingId}
      onFocus={() => props.onSelect(item)}
      onClick={() => props.onSelect(item)}
    >
      <h3 className={styles.heading} id={headingId} ref={refs.heading} tabIndex={-1}>
        Finding {index + 1} of {props.count}: {FINDING_TYPE_LABEL[item.type]}
        {item.needsCheck && (
          <Badge appearance="outline" color="warning">
            Check where it starts and ends
          </Badge>
        )}
        {item.span === null && <Badge appearance="outline">Added by hand</Badge>}
      </h3>
      {item.heading && <Text>Under “{item.heading}” in the letter.</Text>}
      <div className={styles.row}>
        <TypeField item={item} readOnly={readOnly} review={review} className={styles.type} />
        <Field label="Text" required validationMessage={props.problem} className={styles.text}>
          <Textarea
            ref={refs.text}
            value={item.text}
            readOnly={readOnly}
            resize="vertical"
            rows={textRows(item.text, 1)}
            onChange={(_e, data) => review({ type: 'edit-text', id: item.id, text: data.value })}
            onSelect={(e) => setCursor(e.currentTarget.selectionStart)}
          />
        </Field>
      </div>
      <SubItemsField item={item} name={name} readOnly={readOnly} review={review} />
      <AgencyTags
        tags={item.agencies}
        label={`Agencies for ${name}`}
        readOnly={readOnly}
        onToggle={(agency) => review({ type: 'toggle-agency', id: item.id, agency })}
      />
      <ItemActions
        name={name}
        text={item.text}
        cursor={cursor}
        isFirst={index === 0}
        isLast={index === props.count - 1}
        readOnly={readOnly}
        upRef={refs.up}
        downRef={refs.down}
        onMove={(direction) => review({ type: 'move', id: item.id, direction })}
        onMerge={() => review({ type: 'merge-with-next', id: item.id })}
        onSplit={(at) => review({ type: 'split', id: item.id, at })}
        onDelete={() => review({ type: 'delete', id: item.id })}
      />
    </article>
  );
});
