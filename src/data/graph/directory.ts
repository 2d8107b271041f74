import type { User } from '@microsoft/microsoft-graph-types';
import type { UserId } from '../../domain/ids';
import type { DirectoryUser } from '../../domain/persona';
import type { GraphApi } from './graph-api';
import { odataString } from './graph-paths';
import { asReceived } from './graph-payloads';
import { asPage } from './list-item';

/** How many people the people picker shows for one query. */
const SEARCH_LIMIT = 20;

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** `companyName` is not among the properties Graph returns unless asked (learn.microsoft.com/graph/api/user-get). */
const USER_PROPERTIES = '$select=id,displayName,mail,userPrincipalName,jobTitle,companyName';

export function toDirectoryUser(value: unknown): DirectoryUser {
  const user = asReceived<User>(value, 'a user');
  return {
    id: text(user.id) as UserId,
    displayName: text(user.displayName),
    email: text(user.mail) || text(user.userPrincipalName),
    jobTitle: text(user.jobTitle),
    organisation: text(user.companyName),
  };
}

export async function whoAmI(api: GraphApi): Promise<DirectoryUser> {
  return toDirectoryUser(await api.get(`/me?${USER_PROPERTIES}`));
}

export async function searchDirectory(api: GraphApi, query: string): Promise<DirectoryUser[]> {
  const prefix = query.trim();
  if (prefix === '') return [];
  // People type a first name, a surname or an email address; Graph matches each from its start.
  const filter = encodeURIComponent(
    ['displayName', 'surname', 'mail'].map((p) => `startswith(${p},${odataString(prefix)})`).join(' or '),
  );
  const page = asPage(await api.get(`/users?$filter=${filter}&$top=${SEARCH_LIMIT}&${USER_PROPERTIES}`));
  return page.value.map(toDirectoryUser);
}
