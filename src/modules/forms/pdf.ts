/** The summary of a sent form as an accessible PDF (the platform's renderPdf): what was asked and answered. */
import type { Lang } from '../../platform/i18n/i18n.js';
import { formatDateTime } from '../../platform/i18n/i18n.js';
import { municipalityForPdf, renderPdf } from '../../platform/pdf/index.js';
import type { Tenant } from '../../platform/tenancy/tenants.js';

const TEXT = {
  nl: { reference: 'Referentienummer', sent: 'Verstuurd op', intro: 'Dit zijn de antwoorden die u hebt verstuurd.', costs: 'Kosten' },
  en: { reference: 'Reference number', sent: 'Sent on', intro: 'These are the answers you sent.', costs: 'Costs' },
};

export interface SummaryPdf {
  tenant: Pick<Tenant, 'name' | 'theme' | 'contact'>;
  title: string;
  reference: string;
  submittedAt: Date;
  lang: Lang;
  sections: { title: string; rows: { label: string; lines: string[] }[] }[];
}

export function renderSummaryPdf(input: SummaryPdf): Promise<Buffer> {
  const t = TEXT[input.lang];
  return renderPdf({ title: `${input.title} (${input.reference})`, lang: input.lang, municipality: municipalityForPdf(input.tenant), subject: input.reference }, (doc) => {
    doc.letterhead();
    doc.heading(input.title, 1);
    doc.meta([[t.reference, input.reference], [t.sent, formatDateTime(input.submittedAt, input.lang)]]);
    doc.paragraph(t.intro);
    for (const section of input.sections) {
      doc.heading(section.title || t.costs, 2);
      doc.keyValues(section.rows.map((r) => [r.label, r.lines.join('\n')]));
    }
  });
}
