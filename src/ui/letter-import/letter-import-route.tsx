import { Spinner } from '@fluentui/react-components';
import { Component, lazy, Suspense, type ReactNode } from 'react';
import { ProblemBar } from '../common/problem-bar';
import type { Route } from '../routing/route';

/** Its own chunk: the first view never downloads the import page, the parser, pdf.js or mammoth. */
const LetterImportPage = lazy(() => import(/* webpackChunkName: "letter-import-page" */ './letter-import-page'));

interface BoundaryState {
  readonly failed: boolean;
}

/** A chunk that fails to download (offline, a new deployment) is explained, not a blank page. */
class LoadBoundary extends Component<{ children: ReactNode }, BoundaryState> {
  override state: BoundaryState = { failed: false };
  static getDerivedStateFromError(): BoundaryState {
    return { failed: true };
  }
  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <ProblemBar
        title="The letter import could not be loaded"
        message="Check your connection, then reload the page. Any review in progress is kept in this browser."
        onRetry={() => window.location.reload()}
      />
    );
  }
}

export function LetterImportRoute({ navigate }: { navigate: (route: Route) => void }) {
  return (
    <LoadBoundary>
      <Suspense fallback={<Spinner label="Loading the letter import…" />}>
        <LetterImportPage navigate={navigate} />
      </Suspense>
    </LoadBoundary>
  );
}
