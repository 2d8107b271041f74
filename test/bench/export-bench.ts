/**
 * How long the submission takes to build for a large plan (goal: both files in under 2 s for 500
 * actions). Run with `node --import tsx test/bench/export-bench.ts`; prints one JSON line.
 * `docxMs` and `xlsxMs` are medians of warm runs; `firstRunMs` is the very first build of both
 * (model, Word, Excel), JIT warm-up included, as a user's first export would see it.
 */
import type { IsoDate, IsoDateTime } from '../../src/domain/dates';
import { buildSubmissionDocx } from '../../src/export/submission-docx';
import { buildSubmissionModel } from '../../src/export/submission-model';
import { buildSubmissionXlsx } from '../../src/export/submission-xlsx';
import { largeSnapshot } from './export-snapshot';
import { DEFAULT_CHAIN } from '../../src/domain/workflow/stage-chain';

const ACTIONS = 500;
const RUNS = 3;

const snapshot = largeSnapshot(ACTIONS);
const options = {
  generatedAt: '2018-05-10T09:30:00.000Z' as IsoDateTime,
  final: false,
  signOffs: [],
  today: '2018-05-10' as IsoDate,
  chain: DEFAULT_CHAIN,
};

async function median(run: () => Promise<unknown>): Promise<number> {
  await run();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  return Math.round(times.sort((a, b) => a - b)[Math.floor(RUNS / 2)] ?? 0);
}

const coldStart = performance.now();
const coldCpu = process.cpuUsage();
const model = buildSubmissionModel(snapshot, options);
const docx = await buildSubmissionDocx(model);
const xlsx = await buildSubmissionXlsx(model, { perAgencySheets: true });
const firstRunMs = Math.round(performance.now() - coldStart);
const spent = process.cpuUsage(coldCpu);
// CPU time as well as wall time: on a busy shared machine the wall clock mostly measures the queue.
const firstRunCpuMs = Math.round((spent.user + spent.system) / 1000);
const modelMs = await median(async () => buildSubmissionModel(snapshot, options));
const docxMs = await median(() => buildSubmissionDocx(buildSubmissionModel(snapshot, options)));
const xlsxMs = await median(() =>
  buildSubmissionXlsx(buildSubmissionModel(snapshot, options), { perAgencySheets: true }),
);

console.log(
  JSON.stringify({
    actions: ACTIONS,
    docxMs,
    xlsxMs,
    modelMs,
    firstRunMs,
    firstRunCpuMs,
    docxBytes: docx.byteLength,
    xlsxBytes: xlsx.byteLength,
  }),
);
