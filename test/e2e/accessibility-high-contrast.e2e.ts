import { describeAccessibilityIn } from './support/accessibility-screens';

describeAccessibilityIn('high-contrast');
