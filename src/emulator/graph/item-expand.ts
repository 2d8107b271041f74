import { badRequest } from '../http/graph-error';
import { parseExpand, queryOption } from '../odata/query-options';

/**
 * What `$expand` asks of an item's fields: undefined for none, null for all, or the names
 * in `fields(select=…)`.
 */
export function fieldsSelection(query: URLSearchParams): readonly string[] | null | undefined {
  const expand = parseExpand(queryOption(query, 'expand'));
  const unknown = expand.find((e) => e.name !== 'fields');
  if (unknown) throw badRequest(`Could not find a property named '${unknown.name}' on a list item.`);
  const fields = expand[0];
  return fields === undefined ? undefined : fields.select;
}
