import { Button } from '@fluentui/react-components';
import { SplitHorizontalRegular } from '@fluentui/react-icons';
import { sentenceStarts } from '../../domain/letter-import/sentence-starts';
import { ButtonMenu } from '../common/button-menu';

interface Props {
  readonly text: string;
  /** Where the cursor last was in the item's text, if the person has placed it. */
  readonly cursor: number | null;
  readonly name: string;
  readonly disabled: boolean;
  readonly onSplit: (at: number) => void;
}

const PREVIEW = 40;
const preview = (text: string, at: number) => {
  const words = text.slice(at, at + PREVIEW).trim();
  return at + PREVIEW < text.length ? `${words}…` : words;
};

const splits = (text: string, at: number) => text.slice(0, at).trim() !== '' && text.slice(at).trim() !== '';

/** Split at the cursor, or before any sentence after the first: two ways, both keyboard-operable. */
export function SplitMenu({ text, cursor, name, disabled, onSplit }: Props) {
  const atCursor = cursor !== null && splits(text, cursor) ? cursor : null;
  const sentences = sentenceStarts(text);
  return (
    <ButtonMenu
      button={
        <Button
          size="small"
          icon={<SplitHorizontalRegular />}
          disabledFocusable={disabled}
          aria-label={`Split, ${name}`}
        >
          Split
        </Button>
      }
      choices={[
        {
          key: 'cursor',
          label:
            atCursor === null
              ? 'At the cursor (place the cursor in the text first)'
              : `At the cursor, before “${preview(text, atCursor)}”`,
          disabled: atCursor === null,
          onSelect: () => atCursor !== null && onSplit(atCursor),
        },
        ...sentences.map((at) => ({
          key: String(at),
          label: `Before “${preview(text, at)}”`,
          onSelect: () => onSplit(at),
        })),
      ]}
    />
  );
}
