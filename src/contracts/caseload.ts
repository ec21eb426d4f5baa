/** The caseload is the coach's list of people: see people.ts (caseloadListQuery, personPage). */
export { caseloadListQuery as caseloadQuery, personPage as caseloadPage } from './people.js';
