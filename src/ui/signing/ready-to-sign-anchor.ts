/** The heading of "Ready for your signature": where the Governance tab takes a signer to decide. */
export const READY_TO_SIGN_HEADING_ID = 'ready-to-sign-heading';
