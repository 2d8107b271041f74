import { MessageBar, MessageBarBody, MessageBarTitle, Text } from '@fluentui/react-components';
import type { SiteSetupStatus } from '../../state/site-setup-store';

/** Where the site stands, in one message. */
export function SetupSummary({ site }: { site: SiteSetupStatus }) {
  switch (site.state) {
    case 'ready':
      return (
        <MessageBar intent="success">
          <MessageBarBody>
            <MessageBarTitle>This site is set up</MessageBarTitle>
            Its lists are on schema version {site.recordedVersion ?? site.appVersion}, the version this app needs.
          </MessageBarBody>
        </MessageBar>
      );
    case 'not-set-up':
      return <Text as="p">This site does not have the JTAI Action Plan lists yet. A site owner sets it up once.</Text>;
    case 'upgrade-needed':
      return (
        <Text as="p">
          {site.recordedVersion === null
            ? `This site's lists were made by an earlier version of the app and record no schema version;`
            : `This site's lists are on schema version ${site.recordedVersion};`}{' '}
          this version of the app needs version {site.appVersion}. Upgrading adds what is missing and never removes
          anything.
        </Text>
      );
    case 'newer-than-app':
      return (
        <MessageBar intent="warning">
          <MessageBarBody>
            <MessageBarTitle>The site is newer than this app</MessageBarTitle>
            The site records schema version {site.recordedVersion}, but this build of the app knows version{' '}
            {site.appVersion}. Ask whoever deploys JTAI Action Plan to publish the latest version.
          </MessageBarBody>
        </MessageBar>
      );
  }
}
