/** The door of renderer/rules/: what other features may use of it. Anything else here is private to the feature. */
export { DaysLeft } from './DaysLeft.js';
export { OrderDeadlines } from './OrderDeadlines.js';
export { RulesSection } from './RulesSection.js';
export { citeText, sourceText } from '../../shared/rules/index.js';
