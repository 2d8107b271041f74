/** An emulator as tests hold it: where it answers, and this run's control secret. */
export interface ControlledEmulator {
  readonly url: string;
  readonly controlSecret: string;
}

/** A call to the emulator's `/_emulator/<path>` control endpoints, with the run's secret. */
export function emulatorControl(emulator: ControlledEmulator, path: string, init: RequestInit = {}): Promise<Response> {
  return fetch(`${emulator.url}/_emulator/${path}`, {
    ...init,
    headers: {
      'Content-Type': 'application/json',
      ...(init.headers as Record<string, string> | undefined),
      'X-Emulator-Secret': emulator.controlSecret,
    },
  });
}

/** Sets the emulator's injected faults (`{ failNext: … }`, `{ dropNext: 1 }`, `{ latencyMs: … }`), or clears them with null. */
export async function setEmulatorFaults(emulator: ControlledEmulator, settings: object | null): Promise<void> {
  const init = settings ? { method: 'POST', body: JSON.stringify(settings) } : { method: 'DELETE' };
  const reply = await emulatorControl(emulator, 'faults', init);
  if (!reply.ok) throw new Error(`Setting the emulator's faults failed: ${reply.status} ${await reply.text()}`);
}
