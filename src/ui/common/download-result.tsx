import { Link, MessageBar, MessageBarBody, Text } from '@fluentui/react-components';
import type { DownloadedFile } from './use-file-download';

/** What the last download came to: why it failed, and the last file built, offered again. */
export function DownloadResult({ built, problem }: { built: DownloadedFile | null; problem: string | null }) {
  return (
    <>
      {problem && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{problem}</MessageBarBody>
        </MessageBar>
      )}
      {built && (
        <Text role="status">
          Downloaded:{' '}
          <Link href={built.url} download={built.name}>
            {built.name}
          </Link>
        </Text>
      )}
    </>
  );
}
