import { Link, Text, makeStyles } from '@fluentui/react-components';
import type { LibraryOutcome } from '../../state/submission-library';
import { stack } from '../common/stack';

export interface BuiltFile {
  readonly name: string;
  readonly url: string;
  readonly label: string;
  /** Where the document library keeps this build, or why it could not. */
  readonly library: LibraryOutcome;
}

const useStyles = makeStyles({
  files: stack('XS'),
});

/** The files just built: each downloaded, and where the site's document library keeps its copy. */
export function BuiltFilesList({ files }: { files: readonly BuiltFile[] }) {
  const styles = useStyles();
  if (files.length === 0) return null;
  return (
    <div className={styles.files} role="status">
      <Text weight="semibold">Downloaded:</Text>
      {files.map((f) => (
        <div key={f.url}>
          <Link href={f.url} download={f.name}>
            {f.label}: {f.name}
          </Link>
          <Text block size={200}>
            {f.library.status === 'saved' ? (
              <>
                Saved in the site’s document library as version {f.library.copy.version}:{' '}
                <Link href={f.library.copy.webUrl} target="_blank" rel="noopener noreferrer">
                  open the library copy
                </Link>
              </>
            ) : (
              `Not saved in the document library: ${f.library.message}`
            )}
          </Text>
        </div>
      ))}
    </div>
  );
}
