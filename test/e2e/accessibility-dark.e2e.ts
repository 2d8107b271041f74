import { describeAccessibilityIn } from './support/accessibility-screens';

describeAccessibilityIn('dark');
