// A worker thread that takes the file and never answers, standing in for a reader that is stuck.
import { parentPort } from 'node:worker_threads';

parentPort.on('message', () => undefined);
