import { describe, expect, it } from 'vitest';
import { SIGN_IN_EXPLAINED, StoreError } from '../../src/data/store-error';
import { describeStoreError, refusedOrFailed } from '../../src/state/describe-store-error';

const offline = new StoreError('offline', 'fetch failed');
const busy = new StoreError('throttled', 'Too many requests');

describe('what a failure of the store tells the person', () => {
  it('says a change is kept only when the caller keeps it', () => {
    expect(describeStoreError(offline, 'kept').message).toBe(
      'You appear to be offline. Your change is kept on this device and will be sent when the connection returns.',
    );
    expect(describeStoreError(busy, 'kept').message).toBe(
      'SharePoint is busy. Your change is kept on this device and will be sent again shortly.',
    );
  });

  it('passes on what the sign-in said to do, and otherwise says the sign-in has expired', () => {
    const explained = new StoreError('unauthorized', 'Open JTAI Action Plan in its own browser tab.', {
      code: SIGN_IN_EXPLAINED,
    });
    expect(describeStoreError(explained).message).toBe('Open JTAI Action Plan in its own browser tab.');
    expect(describeStoreError(new StoreError('unauthorized', 'token expired')).message).toBe(
      'Your sign-in has expired. Sign in again to carry on; nothing you typed has been lost.',
    );
  });

  it('says nothing was saved where nothing keeps the change', () => {
    expect(describeStoreError(offline, 'not-saved').message).toBe(
      'You appear to be offline. Nothing was saved; try again when the connection returns.',
    );
    expect(refusedOrFailed(busy)).toEqual({
      status: 'failed',
      message: 'SharePoint is busy. Nothing was saved; try again in a moment.',
    });
  });

  it('claims nothing about a change when the caller does not say (a failed read)', () => {
    expect(describeStoreError(offline).message).toBe(
      'You appear to be offline. Try again when the connection returns.',
    );
    expect(describeStoreError(new StoreError('server', 'boom')).message).not.toMatch(/kept|saved/);
  });

  it('passes on what SharePoint said when it refused the change', () => {
    const refused = new StoreError('forbidden', 'Only Police owners and plan admins can change this action.');
    expect(refusedOrFailed(refused)).toEqual({
      status: 'refused',
      message: 'Only Police owners and plan admins can change this action.',
    });
  });
});
