import { PlanPage, type PlanPageProps } from './plan/plan-page';
import { PlanSettings } from './settings/plan-settings';

/**
 * A plan's screens: the plan page with the settings view filled in here, so that ui/plan and
 * ui/settings do not import each other.
 */
export function PlanScreens(props: Omit<PlanPageProps, 'SettingsView'>) {
  return <PlanPage {...props} SettingsView={PlanSettings} />;
}
