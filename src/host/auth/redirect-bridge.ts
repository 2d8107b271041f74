import { broadcastResponseToMainFrame } from '@azure/msal-browser/redirect-bridge';

/**
 * The page Entra sends sign-in responses to (`redirect.html`): it hands the response back to the
 * window that asked (pop-up, silent frame) or returns home after a redirect sign-in. It must be
 * served without a Cross-Origin-Opener-Policy header, or the hand-back channel is cut.
 */
broadcastResponseToMainFrame().catch((error: unknown) => {
  console.error('Sign-in response could not be handed back to the app.', error);
  const message = document.getElementById('status');
  if (message) message.textContent = 'Sign-in could not finish. Close this window and try again from JTAI Action Plan.';
});
