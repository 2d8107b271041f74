import { SITE, type GraphClient, type Reply } from './graph-client';

/** A plain list (not one of the product's, so no item permissions apply) for testing Graph semantics. */
export const BOOKS = `${SITE}/lists/Books`;

export async function createBooks(graph: GraphClient): Promise<Reply> {
  return graph.call('POST', `${SITE}/lists`, {
    body: {
      displayName: 'Books',
      columns: [
        { name: 'Writer', text: {} },
        { name: 'Shelf', indexed: true, text: { maxLength: 40 } },
        { name: 'Summary', text: { allowMultipleLines: true } },
        { name: 'Pages', indexed: true, number: {} },
        { name: 'Read', boolean: {} },
        { name: 'Genre', choice: { choices: ['fiction', 'history'] } },
      ],
      list: { template: 'genericList' },
    },
  });
}

export function addBook(graph: GraphClient, fields: Record<string, unknown>, as = 'u-dcs'): Promise<Reply> {
  return graph.call('POST', `${BOOKS}/items`, { as, body: { fields } });
}
