/** The one SharePoint site the emulator hosts (the team site of a local partnership). */
export const EMULATOR_SITE_ID = 'localhost,5f2a1c3e-8a4b-4c1d-9e2f-000000000001,5f2a1c3e-8a4b-4c1d-9e2f-000000000002';

export const EMULATOR_SITE = {
  id: EMULATOR_SITE_ID,
  name: 'jtai-partnership',
  displayName: 'Safeguarding Partnership (emulator)',
  webUrl: 'http://localhost/sites/jtai-partnership',
} as const;
