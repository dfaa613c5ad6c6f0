/**
 * Module aanvragen: joins the online forms to the cases. A sent form becomes a zaak (in the same
 * transaction), and a new zaak whose zaaktype has rules is assessed automatically, with an
 * explanation for applicant and staff.
 */
import type { StadhuisModule } from '../../platform/http/types.js';
import { setSubmissionHandler } from '../forms/index.js';
import { assessNewZaak } from './automation.js';
import { submissionToZaak } from './submission.js';

export { assessNewZaak, factsOf } from './automation.js';
export { submissionToZaak } from './submission.js';

export const aanvragenModule: StadhuisModule = {
  name: 'aanvragen',
  migrations: [],
  tenantRoutes(_app, platform) {
    setSubmissionHandler(submissionToZaak(platform), platform.database);
  },
  jobs(jobs, platform) {
    jobs.on('zaak.aangemaakt', 'automatische-beoordeling', (event) => assessNewZaak(platform, event));
  },
};
