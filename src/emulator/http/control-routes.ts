import type { IncomingMessage, ServerResponse } from 'node:http';
import type { EmulatorCore } from '../emulator-core';
import { parseFaultSettings } from '../faults/fault-injector';
import { activitiesFor, clearActivities } from '../graph/activity-feed';
import { DEMO_PERSONAS, personaOption } from '../seed/demo-directory';
import { errorBody, GraphError } from './graph-error';
import { carriesSecret, CONTROL_SECRET_FILE, CONTROL_SECRET_HEADER } from './control-secret';
import { readJsonBody, sendJson } from './http-io';

/** What anyone may ask without the control secret: whether the emulator is up, and the demo directory. */
const OPEN_ROUTES = new Set(['GET /_emulator/health', 'GET /_emulator/personas']);

/**
 * The emulator's own endpoints under `/_emulator` (not Graph). Beyond the open two, each needs
 * the run's control secret in `X-Emulator-Secret` (printed at start-up, and in the data directory).
 */
export async function handleControl(
  core: EmulatorCore,
  control: { readonly reset: () => Promise<void>; readonly secret: string },
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
): Promise<void> {
  const route = `${req.method ?? 'GET'} ${path}`;
  const { reset } = control;
  try {
    if (!OPEN_ROUTES.has(route) && !carriesSecret(req, control.secret)) {
      throw new GraphError(
        401,
        'controlSecretRequired',
        `The emulator's control endpoints need the header ${CONTROL_SECRET_HEADER} with the secret printed when it started (also in the data directory's ${CONTROL_SECRET_FILE} file).`,
      );
    }
    switch (route) {
      case 'GET /_emulator/health':
        return sendJson(res, 200, { ok: true });
      case 'GET /_emulator/personas':
        return sendJson(res, 200, DEMO_PERSONAS.map(personaOption));
      case 'GET /_emulator/faults':
        return sendJson(res, 200, core.faults.current());
      case 'POST /_emulator/faults':
        core.faults.configure(parseFaultSettings(await readJsonBody(req)));
        return sendJson(res, 200, core.faults.current());
      case 'DELETE /_emulator/faults':
        core.faults.clear();
        return sendJson(res, 204, undefined);
      case 'GET /_emulator/activity':
        return sendJson(res, 200, { value: activitiesFor(core.services.site, userParam(req)) });
      case 'DELETE /_emulator/activity':
        clearActivities(core.services.site);
        return sendJson(res, 204, undefined);
      case 'POST /_emulator/delta-tokens/expire':
        core.services.deltaTokens.expireAll();
        return sendJson(res, 204, undefined);
      case 'POST /_emulator/reset':
        await reset();
        return sendJson(res, 200, { ok: true });
      default:
        return sendJson(res, 404, errorBody('NotFound', `No emulator endpoint ${route}.`));
    }
  } catch (e) {
    if (!(e instanceof GraphError)) throw e;
    sendJson(res, e.status, errorBody(e.code, e.message), e.headers);
  }
}

/** `?user=<id>` on a control request, or null for everyone. */
function userParam(req: IncomingMessage): string | null {
  return new URL(req.url ?? '/', 'http://emulator.invalid').searchParams.get('user');
}
