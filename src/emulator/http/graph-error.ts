/**
 * A Graph error response. Raised where the problem is found and rendered once by the
 * dispatcher, because every Graph failure has the same wire shape `{error:{code,message}}`.
 */
export class GraphError extends Error {
  override readonly name = 'GraphError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(message);
  }
}

export const badRequest = (message: string): GraphError => new GraphError(400, 'invalidRequest', message);
export const notFound = (message: string): GraphError => new GraphError(404, 'itemNotFound', message);
export const accessDenied = (
  message = 'Access denied. You do not have permission to perform this action or access this resource.',
): GraphError => new GraphError(403, 'accessDenied', message);

export const errorBody = (code: string, message: string) => ({ error: { code, message } });
