import { GraphError } from '../http/graph-error';
import { findPersona, type DemoPersona } from '../seed/demo-directory';

const PREFIX = 'Bearer demo.';

/** The demo token a persona signs in with locally (real Graph takes Entra tokens instead). */
export const demoToken = (userId: string): string => `demo.${userId}`;

/** Who is calling, from `Authorization: Bearer demo.<userId>`; a 401 when missing or unknown. */
export function authenticate(authorization: string | undefined): DemoPersona | GraphError {
  if (!authorization?.startsWith(PREFIX)) {
    return unauthenticated('Access token is empty or missing. Send Authorization: Bearer demo.<userId>.');
  }
  const persona = findPersona(authorization.slice(PREFIX.length).trim());
  return persona ?? unauthenticated('Access token validation failure: the demo user is not in the directory.');
}

const unauthenticated = (message: string) =>
  new GraphError(401, 'InvalidAuthenticationToken', message, {
    'WWW-Authenticate': 'Bearer realm="jtai-emulator", error="invalid_token"',
  });
