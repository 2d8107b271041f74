// @vitest-environment jsdom
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEventApi from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import type { PlanStore } from '../../src/data/plan-store.port';
import { idSource, type UserId } from '../../src/domain/ids';
import { parseFindingsLetter } from '../../src/domain/letter/parse-letter';
import { workerExtractor } from '../../src/letter-text/worker-extractor';
import { memoryImportDraftStorage } from '../../src/state/letter-import/draft-storage';
import { createLetterImportStore } from '../../src/state/letter-import/store';
import { AppServicesContext, type AppServices } from '../../src/ui/app-services';
import LetterImportPage from '../../src/ui/letter-import/letter-import-page';
import { fakeWorkers, manualTimer } from '../letter-text/helpers/fake-extraction-worker';

const LETTERS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/letters');
const EASTBROOK = readFileSync(path.join(LETTERS, 'eastbrook-2022.txt'), 'utf8');

const userEvent = userEventApi.setup();
afterEach(() => cleanup());

/** The import page on its own, reading files with fake workers and a time limit the test ends. */
async function openImport() {
  const workers = fakeWorkers();
  const timer = manualTimer();
  let n = 0;
  const store = createLetterImportStore({
    // Nothing here creates a plan, so the store is never called.
    store: {} as PlanStore,
    user: {
      id: 'u-dcs' as UserId,
      displayName: 'Dana Cole',
      email: 'dcs@example.org',
      jobTitle: 'DCS',
      organisation: 'Westfold',
    },
    extractText: workerExtractor({ createWorker: workers.createWorker, startTimer: timer.startTimer }),
    parse: parseFindingsLetter,
    storage: memoryImportDraftStorage(),
    ids: idSource(() => `limits-${++n}`),
    now: () => new Date('2022-09-27T09:00:00Z'),
  });
  const services = { letterImport: () => Promise.resolve(store) } as unknown as AppServices;
  render(
    <FluentProvider theme={webLightTheme}>
      <AppServicesContext.Provider value={services}>
        <LetterImportPage navigate={() => undefined} />
      </AppServicesContext.Provider>
    </FluentProvider>,
  );
  await screen.findByRole('heading', { level: 2, name: 'Read the letter' });
  return { workers, timer };
}

const pasteArea = () => screen.getByRole('textbox', { name: /Or paste the letter’s text/ });
const fileButton = () => screen.getByRole('button', { name: 'Choose the letter’s file' });

async function chooseFile(name = 'letter.pdf') {
  const file = new File(['%PDF-1.7 a letter'], name, { type: 'application/pdf' });
  await userEvent.upload(screen.getByLabelText('Letter file (PDF, Word or text)'), file);
  await screen.findByText(`Opening ${name}…`);
}

describe('reading a letter file that takes too long', () => {
  it('offers Cancel while the file is read; cancelling stops the reader and keeps what was typed', async () => {
    const { workers } = await openImport();
    await userEvent.click(pasteArea());
    await userEvent.paste('Dear Eastbrook');
    await chooseFile();
    expect(workers.latest().received.map((f) => f.name)).toEqual(['letter.pdf']);

    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(workers.latest().terminated).toBe(true);
    expect(screen.queryByText('Opening letter.pdf…')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Cancel' })).not.toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(pasteArea()).toHaveValue('Dear Eastbrook');
    await waitFor(() => expect(fileButton()).toHaveFocus());
  });

  it('shows pages as the worker reads them', async () => {
    const { workers } = await openImport();
    await chooseFile();
    act(() => workers.latest().reply({ type: 'progress', pageIndex: 0, pageCount: 3 }));
    expect(screen.getByText('Reading page 1 of 3…')).toBeInTheDocument();
  });

  it('stops at the time limit and says so, and the letter can still be pasted', async () => {
    const { workers, timer } = await openImport();
    await chooseFile();
    act(() => timer.expire());
    const alert = await screen.findByRole('alert');
    expect(workers.latest().terminated).toBe(true);
    expect(alert).toHaveTextContent('Reading this file took too long');
    expect(alert).toHaveTextContent(
      'Reading this file took longer than 60 seconds, so it was stopped; a findings letter takes a few seconds. Check it is the right file, or paste the letter’s text instead.',
    );

    await userEvent.click(within(alert).getByRole('button', { name: 'Paste the text instead' }));
    expect(pasteArea()).toHaveFocus();
    await userEvent.paste(EASTBROOK);
    await userEvent.click(screen.getByRole('button', { name: 'Read the pasted text' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Plan details' })).toBeInTheDocument();
  });
});
