import { badRequest, GraphError } from '../http/graph-error';
import { isObject, type JsonObject } from '../http/json-input';
import { findPersona } from '../seed/demo-directory';
import { recordActivity, type RecordedActivity } from './activity-feed';
import type { RouteHandler } from './graph-request';

/** A topic of source `text` must open a Teams deep link, as Graph requires. */
const TEAMS_DEEP_LINK = /^https:\/\/teams\.microsoft\.com\/l\//;

function requiredText(o: JsonObject, key: string, where: string): string {
  const value = o[key];
  if (typeof value !== 'string' || value.trim() === '')
    throw badRequest(`${where} '${key}' must be a non-empty string.`);
  return value;
}

function readTopic(body: JsonObject): RecordedActivity['topic'] {
  const topic = body['topic'];
  if (!isObject(topic)) throw badRequest("'topic' is required: {source, value, webUrl}.");
  const source = requiredText(topic, 'source', 'topic');
  const value = requiredText(topic, 'value', 'topic');
  if (source !== 'text' && source !== 'entityUrl') throw badRequest("topic 'source' must be 'text' or 'entityUrl'.");
  const webUrl = typeof topic['webUrl'] === 'string' ? topic['webUrl'] : null;
  if (source === 'text' && (webUrl === null || !TEAMS_DEEP_LINK.test(webUrl))) {
    throw badRequest("A topic of source 'text' needs a 'webUrl' that is a Teams deep link.");
  }
  return { source, value, webUrl };
}

function readParameters(body: JsonObject): RecordedActivity['templateParameters'] {
  const list = body['templateParameters'] ?? [];
  if (!Array.isArray(list)) throw badRequest("'templateParameters' must be an array of {name, value}.");
  return list.map((p: unknown) => {
    if (!isObject(p)) throw badRequest('Each template parameter must be {name, value}.');
    return { name: requiredText(p, 'name', 'templateParameters'), value: String(p['value'] ?? '') };
  });
}

/** `POST /users/{id}/teamwork/sendActivityNotification`: checks the body as Graph does, records it, 204. */
export const sendActivityNotification: RouteHandler = ({ request, params, services }) => {
  const recipient = findPersona(params['userId'] ?? '');
  if (!recipient) {
    throw new GraphError(404, 'Request_ResourceNotFound', `Resource '${params['userId']}' does not exist.`);
  }
  const body = request.body;
  if (!isObject(body)) throw badRequest('The body must be a JSON object.');
  const preview = body['previewText'];
  recordActivity(services.site, {
    at: services.now(),
    senderId: request.caller.id,
    recipientId: recipient.id,
    activityType: requiredText(body, 'activityType', 'the body'),
    topic: readTopic(body),
    previewText: isObject(preview) && typeof preview['content'] === 'string' ? preview['content'] : '',
    templateParameters: readParameters(body),
  });
  return { status: 204 };
};
