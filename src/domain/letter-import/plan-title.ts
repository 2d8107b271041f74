import type { IsoDate } from '../dates';
import type { InspectionType } from '../plan';
import { SINGLE_LINE_LIMIT } from '../text-limits';

const SHORT_NAME: Record<InspectionType, string> = {
  jtai: 'JTAI',
  ilacs: 'ILACS',
  'area-send': 'area SEND inspection',
  other: 'inspection',
};

/** "Cheshire East JTAI 2022: children and families who need help", cut to fit SharePoint's Title. */
export function planTitle(area: string, type: InspectionType, letterDate: IsoDate | null, theme: string): string {
  const name = [area.trim(), SHORT_NAME[type], letterDate?.slice(0, 4)].filter(Boolean).join(' ');
  const title = theme.trim() ? `${name}: ${theme.trim()}` : name;
  return title.length <= SINGLE_LINE_LIMIT ? title : `${title.slice(0, SINGLE_LINE_LIMIT - 1).trimEnd()}…`;
}
