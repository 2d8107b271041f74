import { describe, expect, it } from 'vitest';
import { DEFAULT_AGENCIES } from '../../src/domain/agency';
import { addAgency, agencyKeyFor, removeAgency, renameAgency } from '../../src/domain/agency-config';
import { aMember, anAction } from './fixtures';

describe('configuring a plan’s agencies', () => {
  it.each([
    ['Housing', 'housing'],
    ['Youth Offending Team', 'youth-offending-team'],
    ['  CAMHS (NELFT) ', 'camhs-nelft'],
    ['111 service', 'a-111-service'],
  ])('makes the key %s → %s', (name, key) => expect(agencyKeyFor(name)).toBe(key));

  it('adds an agency, refusing duplicates and blanks', () => {
    const added = addAgency(DEFAULT_AGENCIES, 'Haringey Housing Services', 'Housing');
    expect(added.ok && added.value.at(-1)).toEqual({
      key: 'housing',
      name: 'Haringey Housing Services',
      shortName: 'Housing',
    });
    expect(addAgency(DEFAULT_AGENCIES, 'Met Police', 'police')).toMatchObject({
      ok: false,
      error: { code: 'AGENCY.DUPLICATE' },
    });
    expect(addAgency(DEFAULT_AGENCIES, '', 'X')).toMatchObject({ ok: false, error: { code: 'AGENCY.NAME_REQUIRED' } });
  });

  it('renames an agency without changing its key', () => {
    const renamed = renameAgency(DEFAULT_AGENCIES, 'police', 'Metropolitan Police Service', 'Met Police');
    expect(renamed.ok && renamed.value.find((a) => a.key === 'police')).toEqual({
      key: 'police',
      name: 'Metropolitan Police Service',
      shortName: 'Met Police',
    });
    expect(renameAgency(DEFAULT_AGENCIES, 'police', 'x', 'Health')).toMatchObject({
      ok: false,
      error: { code: 'AGENCY.DUPLICATE' },
    });
  });

  it('removes an unused agency but not one that leads or contributes to actions or has members', () => {
    expect(removeAgency(DEFAULT_AGENCIES, 'youth-justice', { actions: [anAction()], members: [] })).toMatchObject({
      ok: true,
    });
    expect(
      removeAgency(DEFAULT_AGENCIES, 'police', { actions: [anAction({ leadAgency: 'police' })], members: [] }),
    ).toMatchObject({
      ok: false,
      error: { message: 'This agency is used by 1 action; move them to another agency first.' },
    });
    expect(
      removeAgency(DEFAULT_AGENCIES, 'health', {
        actions: [anAction({ contributingAgencies: ['health'] })],
        members: [aMember('agency-owner', 'health')],
      }),
    ).toMatchObject({
      ok: false,
      error: { message: 'This agency is used by 1 action and 1 member; move them to another agency first.' },
    });
  });
});
