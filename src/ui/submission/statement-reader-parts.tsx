import { Text, makeStyles, tokens } from '@fluentui/react-components';
import type { ActionToRead, AreaToRead } from '../../export/statement-reading';
import type { ContactGroup, ProseBlock, SignatureLine } from '../../export/statement-model.types';
import { FactList } from '../common/fact-list';
import { plainList, stack } from '../common/stack';

const useStyles = makeStyles({
  section: stack('S'),
  quote: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalM,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke2}`,
    whiteSpace: 'pre-line',
  },
  lines: { whiteSpace: 'pre-line' },
  actions: plainList('M'),
  action: {
    ...stack('XS'),
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  list: { margin: 0 },
});

/** The DCS's prose: paragraphs with their line breaks, and bulleted lists. */
export function Prose({ blocks }: { blocks: readonly ProseBlock[] }) {
  const styles = useStyles();
  return blocks.map((block, i) =>
    block.kind === 'paragraph' ? (
      <p key={i} className={styles.lines}>
        {block.lines.join('\n')}
      </p>
    ) : (
      <ul key={i} className={styles.list}>
        {block.items.map((item, j) => (
          <li key={j}>{item}</li>
        ))}
      </ul>
    ),
  );
}

function ActionCard({ action }: { action: ActionToRead }) {
  const styles = useStyles();
  return (
    <li className={styles.action}>
      <Text as="h6" weight="semibold">
        Action {action.number}
      </Text>
      <FactList
        facts={action.fields.map((f) => [f.label, <span className={styles.lines}>{f.lines.join('\n')}</span>])}
      />
    </li>
  );
}

/** Actions one under another, each its fields as terms and values: a table's columns would not fit a phone. */
export function ActionCards({ actions, label }: { actions: readonly ActionToRead[]; label: string }) {
  const styles = useStyles();
  return (
    <ul className={styles.actions} aria-label={label}>
      {actions.map((a) => (
        <ActionCard key={a.number} action={a} />
      ))}
    </ul>
  );
}

/** One area: the letter's words, set off as a quotation, then what the partnership will do. */
export function AreaSection({ area, noAction }: { area: AreaToRead; noAction: string }) {
  const styles = useStyles();
  return (
    <section className={styles.section}>
      <Text as="h5" size={400} weight="semibold">
        {area.heading}
      </Text>
      <Text weight="semibold">What the inspectors found</Text>
      {area.section && <Text italic>From the letter’s section “{area.section}”:</Text>}
      <blockquote className={styles.quote}>
        {area.text}
        {area.subItems.length > 0 && (
          <ul className={styles.list}>
            {area.subItems.map((item, i) => (
              <li key={i}>{item}</li>
            ))}
          </ul>
        )}
      </blockquote>
      <Text weight="semibold">What the partnership will do</Text>
      {area.actions.length === 0 ? (
        <Text>{noAction}</Text>
      ) : (
        <ActionCards actions={area.actions} label={`Actions for ${area.heading}`} />
      )}
    </section>
  );
}

/** Each signer the statement names, with their decision and the content reference it carries. */
export function SignatureList({ lines, label }: { lines: readonly SignatureLine[]; label: string }) {
  const styles = useStyles();
  return (
    <ul className={styles.actions} aria-label={label}>
      {lines.map((line, i) => (
        <li key={i}>
          <Text weight="semibold">{line.role}</Text>
          {': '}
          {[line.name, line.jobTitle].filter(Boolean).join(', ') || 'to be named'}. {line.decisionText}
          {line.date ? ` on ${line.date}` : ''}
          {line.contentReference ? ` (content reference ${line.contentReference})` : ''}.
        </li>
      ))}
    </ul>
  );
}

export function ContactList({ groups }: { groups: readonly ContactGroup[] }) {
  const styles = useStyles();
  return groups.map((group) => (
    <section key={group.title} className={styles.section}>
      <Text as="h5" size={400} weight="semibold">
        {group.title}
      </Text>
      <ul className={styles.list}>
        {group.contacts.map((c) => (
          <li key={`${c.name} ${c.responsibility}`}>
            {[c.name, c.jobTitle, c.email].filter(Boolean).join(', ')}: {c.responsibility}
          </li>
        ))}
      </ul>
    </section>
  ));
}

/** A numbered list under its heading, as the statement's summary of the findings numbers them. */
export function NumberedList({ title, items }: { title: string; items: readonly string[] }) {
  const styles = useStyles();
  if (items.length === 0) return null;
  return (
    <section className={styles.section}>
      <Text as="h5" size={400} weight="semibold">
        {title}
      </Text>
      <ol className={styles.list}>
        {items.map((item, i) => (
          <li key={i}>{item}</li>
        ))}
      </ol>
    </section>
  );
}
