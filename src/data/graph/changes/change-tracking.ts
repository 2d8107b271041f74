/** How a plan's lists are watched: Graph's delta query, or a poll of the built-in Modified column. */
export type ChangeTracking = 'delta' | 'modified';

/**
 * listItem delta is offered in the global cloud only (learn.microsoft.com/graph/api/listitem-delta,
 * "national cloud deployments": US Government L4 and L5 and 21Vianet are not ticked), so Graph
 * hosts of those clouds poll Modified instead. Any other host (the global service, the emulator)
 * uses delta.
 */
const NO_DELTA_HOSTS = ['graph.microsoft.us', 'dod-graph.microsoft.us', 'microsoftgraph.chinacloudapi.cn'];

export function changeTrackingFor(graphBaseUrl: string): ChangeTracking {
  const host = new URL(graphBaseUrl).hostname.toLowerCase();
  return NO_DELTA_HOSTS.includes(host) ? 'modified' : 'delta';
}
