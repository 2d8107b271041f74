import { describe, expect, it } from 'vitest';
import { SITE, type GraphClient } from './support/graph-client';
import { breakInheritance, grant, GROUP, revoke, ROLE, siteUserId, sp } from './support/sp-rest';
import { startTestEmulator } from './support/test-emulator';

/** Library folders with their own permissions, set through SharePoint REST as the app does. */

const folderScope = (folder: string) =>
  `/GetFolderByServerRelativeUrl('/sites/jtai-partnership/Shared Documents/JTAI submissions/${folder}')/ListItemAllFields`;

const encodedPath = (path: string) => path.split('/').map(encodeURIComponent).join('/');

async function upload(graph: GraphClient, path: string, as = 'u-dcs'): Promise<number> {
  const response = await fetch(`${graph.url}/v1.0${SITE}/drive/root:/${encodedPath(path)}:/content`, {
    method: 'PUT',
    headers: { Authorization: `Bearer demo.${as}`, 'Content-Type': 'application/octet-stream' },
    body: new TextEncoder().encode(`${path} by ${as}`),
  });
  await response.arrayBuffer();
  return response.status;
}

const childNames = async (graph: GraphClient, as: string) => {
  const reply = await graph.call('GET', `${SITE}/drive/root:/JTAI%20submissions:/children`, { as });
  return (reply.body.value ?? []).map((c) => c.name);
};

/** Plans A and B: Members may read each; the police owner administers A through a group. */
async function twoPlanFolders(graph: GraphClient): Promise<void> {
  for (const plan of ['Plan A', 'Plan B']) {
    expect(await upload(graph, `JTAI submissions/${plan}/Submission.docx`)).toBe(201);
    expect((await breakInheritance(graph, folderScope(plan), true)).status).toBe(200);
    await revoke(graph, folderScope(plan), GROUP.members, ROLE.edit);
    await grant(graph, folderScope(plan), GROUP.members, ROLE.read);
  }
  const group = await sp(graph, 'POST', '/sitegroups', { body: { Title: 'Plan A admins' } });
  const groupId = Number(group.body['Id']);
  await sp(graph, 'POST', `/sitegroups(${groupId})/users`, { body: { LoginName: 'sarah.mitchell@example.gov.uk' } });
  expect((await grant(graph, folderScope('Plan A'), groupId, ROLE.contribute)).status).toBe(200);
}

describe('folder permissions', () => {
  it('break, list and change a folder’s role assignments by its server-relative URL', async () => {
    const { graph } = await startTestEmulator();
    await upload(graph, 'JTAI submissions/Plan A/Submission.docx');
    const unique = () => sp(graph, 'GET', `${folderScope('plan a')}/hasuniqueroleassignments`);
    expect((await unique()).body['value']).toBe(false);
    expect((await breakInheritance(graph, folderScope('Plan A'), false)).status).toBe(200);
    expect((await unique()).body['value']).toBe(true);
    const assignments = await sp(graph, 'GET', `${folderScope('Plan A')}/roleassignments`);
    expect(assignments.body.value?.map((a) => a['PrincipalId'])).toEqual([await siteUserId(graph, 'u-dcs')]);
    expect((await sp(graph, 'GET', `${folderScope('Nowhere')}/roleassignments`)).status).toBe(404);
  });

  it('lets a plan admin of one folder write there and not in another', async () => {
    const { graph } = await startTestEmulator();
    await twoPlanFolders(graph);
    expect(await upload(graph, 'JTAI submissions/Plan A/Submission.docx', 'u-police-owner')).toBe(200);
    expect(await upload(graph, 'JTAI submissions/Plan A/Annex/Annex.xlsx', 'u-police-owner')).toBe(201);
    expect(await upload(graph, 'JTAI submissions/Plan B/Submission.docx', 'u-police-owner')).toBe(403);
    expect(await upload(graph, 'JTAI submissions/Plan B/New.docx', 'u-police-owner')).toBe(403);
    expect(await upload(graph, 'JTAI submissions/Plan A/Other.docx', 'u-health-owner')).toBe(403);
    const session = await graph.call(
      'POST',
      `${SITE}/drive/root:/JTAI%20submissions/Plan%20B/Big.docx:/createUploadSession`,
      { as: 'u-police-owner' },
    );
    expect(session.status).toBe(403);
    expect(await upload(graph, 'JTAI submissions/Plan B/Submission.docx', 'u-improvement-lead')).toBe(200);
  });

  it('hides a folder from those who cannot view it: absent from listings, 404 by path and by id', async () => {
    const { graph } = await startTestEmulator();
    await twoPlanFolders(graph);
    await revoke(graph, folderScope('Plan B'), GROUP.members, ROLE.read);
    expect(await childNames(graph, 'u-police-owner')).toEqual(['Plan A']);
    expect(await childNames(graph, 'u-dcs')).toEqual(['Plan A', 'Plan B']);
    const folder = await graph.call('GET', `${SITE}/drive/root:/JTAI%20submissions/Plan%20B`);
    const as = 'u-police-owner';
    expect((await graph.call('GET', `${SITE}/drive/root:/JTAI%20submissions/Plan%20B`, { as })).status).toBe(404);
    expect((await graph.call('GET', `${SITE}/drive/items/${String(folder.body.id)}`, { as })).status).toBe(404);
    const file = `${SITE}/drive/root:/JTAI%20submissions/Plan%20B/Submission.docx`;
    expect((await graph.call('GET', file, { as })).status).toBe(404);
    expect((await graph.call('GET', `${file}:/versions`, { as })).status).toBe(404);
    expect(await upload(graph, 'JTAI submissions/Plan B/Sneaky.docx', as)).toBe(403);
    const parent = await graph.call('GET', `${SITE}/drive/root:/JTAI%20submissions`, { as });
    expect(parent.body['folder']).toEqual({ childCount: 1 });
  });
});
