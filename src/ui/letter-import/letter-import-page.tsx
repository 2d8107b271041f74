import { Spinner, Title2, makeStyles } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { StoreApi } from 'zustand/vanilla';
import { draftIn, type LetterImportState } from '../../state/letter-import/state';
import { ProblemBar } from '../common/problem-bar';
import { useServices } from '../app-services';
import type { Route } from '../routing/route';
import { ImportStoreContext, useImport, useImportStore } from './import-store-context';
import { DiscardDraftDialog } from './discard-draft-dialog';
import { ReviewScreen } from './review-screen';
import { SourcePicker } from './source-picker';
import { stack } from '../common/stack';

const useStyles = makeStyles({
  page: stack('L'),
});

/** Once the plan exists: refresh the plan list, open the plan, and leave the import ready for next time. */
function useOpenCreatedPlan(navigate: (route: Route) => void) {
  const store = useImportStore();
  const { planList } = useServices();
  const current = useImport((s) => s.current);
  useEffect(() => {
    if (current.status !== 'created') return;
    void planList.getState().refresh();
    navigate({ name: 'plan', planId: current.planId });
  }, [current, navigate, planList]);
  useEffect(
    () => () => {
      if (store.getState().current.status === 'created') store.getState().discard();
    },
    [store],
  );
}

function FlowScreen({ onAskDiscard, discarded }: { onAskDiscard: () => void; discarded: boolean }) {
  const current = useImport((s) => s.current);
  const draft = draftIn(current);
  if (current.status === 'created') return <Spinner label="Opening the new plan…" />;
  if (draft && current.status !== 'idle' && current.status !== 'reading') {
    return <ReviewScreen current={current} draft={draft} onAskDiscard={onAskDiscard} />;
  }
  return <SourcePicker current={current} takeFocus={discarded} />;
}

function ImportFlow({ navigate }: { navigate: (route: Route) => void }) {
  const store = useImportStore();
  useOpenCreatedPlan(navigate);
  const [asking, setAsking] = useState(false);
  const [discarded, setDiscarded] = useState(false);
  return (
    <>
      <FlowScreen onAskDiscard={() => setAsking(true)} discarded={discarded} />
      <DiscardDraftDialog
        open={asking}
        onKeep={() => setAsking(false)}
        onDiscard={() => {
          setAsking(false);
          setDiscarded(true);
          store.getState().discard();
        }}
      />
    </>
  );
}

type Loaded =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly store: StoreApi<LetterImportState> }
  | { readonly status: 'failed' };

/** The import store is built on first use, after its code has downloaded. */
function useLetterImportStore(): Loaded {
  const { letterImport } = useServices();
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });
  useEffect(() => {
    let current = true;
    letterImport().then(
      (store) => current && setLoaded({ status: 'ready', store }),
      () => current && setLoaded({ status: 'failed' }),
    );
    return () => {
      current = false;
    };
  }, [letterImport]);
  return loaded;
}

/** New plan from a findings letter: loaded on demand, with the parser and the readers behind it. */
export default function LetterImportPage({ navigate }: { navigate: (route: Route) => void }) {
  const styles = useStyles();
  const loaded = useLetterImportStore();
  return (
    <section className={styles.page} aria-labelledby="import-heading">
      <Title2 as="h1" id="import-heading">
        New plan from a findings letter
      </Title2>
      {loaded.status === 'loading' && <Spinner label="Loading the letter import…" />}
      {loaded.status === 'failed' && (
        <ProblemBar
          title="The letter import could not be loaded"
          message="Check your connection, then reload the page. Any review in progress is kept in this browser."
          onRetry={() => window.location.reload()}
        />
      )}
      {loaded.status === 'ready' && (
        <ImportStoreContext.Provider value={loaded.store}>
          <ImportFlow navigate={navigate} />
        </ImportStoreContext.Provider>
      )}
    </section>
  );
}
