import { Link, MessageBar, MessageBarBody, Text } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { DownloadedFile } from './use-file-download';

/**
 * What the last download came to: why it failed, and the last file built, offered again, with
 * `children` (what else became of it) in the same status.
 */
export function DownloadResult({
  built,
  problem,
  children,
}: {
  built: DownloadedFile | null;
  problem: string | null;
  children?: ReactNode;
}) {
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
          {children}
        </Text>
      )}
    </>
  );
}
