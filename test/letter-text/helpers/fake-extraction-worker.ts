import type { LetterFile } from '../../../src/letter-text/extract-letter-text';
import type { ExtractionReply } from '../../../src/letter-text/extraction-protocol';
import type { ExtractionWorker, StartTimer } from '../../../src/letter-text/worker-extractor';

/** A worker that does nothing by itself: the test says what it replies, and sees what it was told. */
export class FakeExtractionWorker implements ExtractionWorker {
  onmessage: ((event: MessageEvent<ExtractionReply>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  readonly received: LetterFile[] = [];
  terminated = false;

  postMessage(file: LetterFile): void {
    this.received.push(file);
  }
  terminate(): void {
    this.terminated = true;
  }
  reply(reply: ExtractionReply): void {
    this.onmessage?.({ data: reply } as MessageEvent<ExtractionReply>);
  }
  crash(message: string): void {
    this.onerror?.({ message } as ErrorEvent);
  }
}

/** Workers made so far, newest last, and a factory for the extractor. */
export function fakeWorkers() {
  const made: FakeExtractionWorker[] = [];
  return {
    made,
    latest: () => made.at(-1)!,
    createWorker: () => {
      const worker = new FakeExtractionWorker();
      made.push(worker);
      return worker;
    },
  };
}

/** A time limit that passes only when the test says so. */
export function manualTimer() {
  let fire: (() => void) | null = null;
  let limitMs = 0;
  const startTimer: StartTimer = (ms, onTimeout) => {
    limitMs = ms;
    fire = onTimeout;
    return () => {
      fire = null;
    };
  };
  return {
    startTimer,
    limitMs: () => limitMs,
    running: () => fire !== null,
    expire: () => fire?.(),
  };
}
