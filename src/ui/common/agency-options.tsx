import { Option } from '@fluentui/react-components';
import type { Agency } from '../../domain/agency';

/**
 * A dropdown's options for the plan's agencies (Fluent's Option: apart from the native select helpers
 * in choice-options.tsx, which the first view uses, so that the dropdown's code stays out of it).
 */
export function agencyOptions(agencies: readonly Pick<Agency, 'key' | 'shortName'>[]) {
  return agencies.map((agency) => (
    <Option key={agency.key} value={agency.key}>
      {agency.shortName}
    </Option>
  ));
}
