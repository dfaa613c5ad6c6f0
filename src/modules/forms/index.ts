/**
 * Online forms ("aanvragen en melden"): form definitions as versioned JSON (form-definition.schema.json)
 * made in the form designer (/beheer/formulieren), and the resident flow under /formulieren/<slug>:
 * one step per page without JavaScript, prefill from the BRP/KVK, address lookup, uploads checked by
 * content and for malware, save and resume, review, and a submission made exactly once and handed to
 * the submission handler (setSubmissionHandler: the zaken module creates the zaak).
 */
import { migrationsFrom } from '../../platform/db/migrate.js';
import type { StadhuisModule } from '../../platform/http/types.js';
import { demoForms } from './demo/forms.js';
import { registerAdminRoutes } from './routes-admin.js';
import { registerPublicRoutes } from './routes-public.js';
import { FormsService } from './service.js';

export { FormsService, DefinitionError, DRAFT_DAYS, RESUME_DAYS, type DefinitionVersion, type FormSummary, type StoredSubmission, type SubmissionContent } from './service.js';
export {
  setSubmissionHandler, defaultSubmissionHandler, nextFormReference,
  type FormSubmission, type SubmissionHandler, type Submitter, type SubmissionUpload, type SummaryLine, type AnswerValue,
} from './submission.js';
export { validateDefinition, parseDefinitionJson, FORM_DEFINITION_SCHEMA, type DefinitionProblem } from './validate-definition.js';
export { ClamdScanner, eicarScanner, scannerFromEnv, detectKind, safeFilename, KIND_LABELS, MIME_TYPES, ScanUnavailableError, type MalwareScanner } from './uploads.js';
export { formsActivities } from './activities.js';
export type { FormDefinition, Field, Step, Text, Expression } from './definition.js';

export const formsModule: StadhuisModule = {
  name: 'forms',
  migrations: migrationsFrom('forms', new URL('./migrations', import.meta.url).pathname),
  adminNav: [{ path: '/beheer/formulieren', label: { nl: 'Formulieren', en: 'Forms' }, permission: 'formulieren.beheren' }],
  async tenantRoutes(app, platform) {
    const forms = new FormsService(platform.database, platform.sealer, platform.processingLog);
    await registerPublicRoutes(app, platform, forms);
    registerAdminRoutes(app, platform, forms);
  },
  async seedDemo(platform, tenant) {
    const forms = new FormsService(platform.database, platform.sealer, platform.processingLog);
    const actor = { kind: 'system' as const, process: 'demo-gegevens' };
    for (const definition of demoForms(tenant.slug)) {
      await forms.createForm(actor, tenant.id, definition);
      await forms.publish(actor, tenant.id, definition.id);
    }
  },
};
