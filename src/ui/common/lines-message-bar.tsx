import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
});

/** A message bar with a title, then what it is about as a list of sentences. */
export function LinesMessageBar(props: { intent: 'warning' | 'error'; title: string; lines: readonly string[] }) {
  const styles = useStyles();
  return (
    <MessageBar intent={props.intent} layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{props.title}</MessageBarTitle>
        <ul className={styles.list}>
          {props.lines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
