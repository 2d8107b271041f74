/**
 * How the fake tenant reads an m365 command line the way the CLI for Microsoft 365 does: command
 * words, then `--option value`, `--option=value` or a bare `--flag`; errors print as "Error: …".
 */
export class CliError extends Error {}

export type Options = Map<string, string | true>;

export interface Invocation {
  /** The command's words, e.g. "entra app add". */
  readonly command: string;
  readonly options: Options;
  /** A required option's value; a missing one fails as the CLI does. */
  readonly get: (name: string) => string;
}

export interface Answer {
  readonly output: unknown;
  /** Whether the command changed the tenant. */
  readonly writes: boolean;
}

export const read = (output: unknown): Answer => ({ output, writes: false });
export const write = (output?: unknown): Answer => ({ output, writes: true });

export const GRAPH = '00000003-0000-0000-c000-000000000000';
export const SHAREPOINT = '00000003-0000-0ff1-ce00-000000000000';
const API_URIS: Record<string, string> = {
  'https://graph.microsoft.com': GRAPH,
  'https://microsoft.sharepoint-df.com': SHAREPOINT,
};

export function parseInvocation(args: readonly string[]): Invocation {
  const withoutOutput = withoutJsonOutput(args);
  const firstOption = withoutOutput.findIndex((arg) => arg.startsWith('-'));
  const words = firstOption < 0 ? withoutOutput : withoutOutput.slice(0, firstOption);
  const options = parseOptions(withoutOutput);
  const get = (name: string) => {
    const value = options.get(name);
    if (typeof value !== 'string') throw new CliError(`Missing required option ${name}`);
    return value;
  };
  return { command: words.join(' '), options, get };
}

/** `<api>/<permission>` as the CLI resolves it against the tenant's service principal names. */
export function resolvePermission(uri: string) {
  const at = uri.lastIndexOf('/');
  const resourceAppId = API_URIS[uri.slice(0, at)];
  if (!resourceAppId) throw new CliError(`Service principal ${uri.slice(0, at)} not found`);
  return { resourceAppId, name: uri.slice(at + 1) };
}

function parseOptions(args: readonly string[]): Options {
  const options: Options = new Map();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (!arg.startsWith('--')) continue;
    const at = arg.indexOf('=');
    const [name, inline] = at > 0 ? [arg.slice(2, at), arg.slice(at + 1)] : [arg.slice(2), undefined];
    const next = args[i + 1];
    if (inline !== undefined) options.set(name, inline);
    // Like the CLI's parser, a value starting with "-" is read as another option.
    else if (next !== undefined && !next.startsWith('-')) options.set(name, args[++i]!);
    else options.set(name, true);
  }
  return options;
}

function withoutJsonOutput(args: readonly string[]): readonly string[] {
  const at = args.findIndex((arg, i) => arg === '--output' && args[i + 1] === 'json');
  return at < 0 ? args : [...args.slice(0, at), ...args.slice(at + 2)];
}
