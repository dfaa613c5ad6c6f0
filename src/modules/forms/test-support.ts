/** Helpers for the forms' HTTP and browser tests. */
import { Visitor, type TestServer } from '../../platform/testing/harness.js';
import type { FormDefinition, Text } from './definition.js';
import { FormsService } from './service.js';

const tx = (nl: string, en: string): Text => ({ nl, en });

/**
 * A form with every kind of question, for the flow and accessibility tests. Anonymous access, so
 * no login is needed; the upload takes PDF only.
 */
export const PROEF_FORM: FormDefinition = {
  id: 'proef-alle-velden',
  version: 1,
  title: tx('Proefformulier met alle soorten vragen', 'Test form with every kind of question'),
  summary: tx('Een formulier om alles te testen.', 'A form to test everything.'),
  zaaktype: 'PROEF',
  access: { anonymous: true, digid: 'basis' },
  steps: [
    {
      id: 'gegevens',
      title: tx('Uw gegevens', 'Your details'),
      fields: [
        { key: 'naam', type: 'text', label: tx('Naam', 'Name'), name: tx('uw naam', 'your name'), autocomplete: 'name', eigenschap: 'naam' },
        { key: 'bsn', type: 'bsn', label: tx('Burgerservicenummer', 'Citizen service number'), name: tx('het burgerservicenummer', 'the citizen service number') },
        { key: 'geboortedatum', type: 'date', max: 'today', label: tx('Geboortedatum', 'Date of birth'), name: tx('de geboortedatum', 'the date of birth'), eigenschap: 'geboortedatum' },
        { key: 'email', type: 'email', label: tx('E-mailadres', 'Email address'), name: tx('uw e-mailadres', 'your email address') },
        { key: 'telefoon', type: 'phone', optional: true, label: tx('Telefoonnummer', 'Phone number'), name: tx('uw telefoonnummer', 'your phone number') },
        { key: 'iban', type: 'iban', label: tx('Rekeningnummer (IBAN)', 'Bank account (IBAN)'), name: tx('het rekeningnummer', 'the account number') },
      ],
    },
    {
      id: 'keuzes',
      title: tx('Keuzes', 'Choices'),
      fields: [
        { key: 'kleur', type: 'choice', display: 'radio', label: tx('Welke kleur?', 'Which colour?'), name: tx('een kleur', 'a colour'), options: [{ value: 'rood', label: tx('Rood', 'Red') }, { value: 'groen', label: tx('Groen', 'Green'), hint: tx('Zoals gras', 'Like grass') }] },
        { key: 'dagen', type: 'choice', display: 'checkboxes', minSelected: 1, label: tx('Op welke dagen?', 'On which days?'), name: tx('de dagen', 'the days'), options: [{ value: 'ma', label: tx('Maandag', 'Monday') }, { value: 'di', label: tx('Dinsdag', 'Tuesday') }, { value: 'wo', label: tx('Woensdag', 'Wednesday') }] },
        { key: 'provincie', type: 'choice', display: 'select', label: tx('Provincie', 'Province'), name: tx('de provincie', 'the province'), options: [{ value: 'utrecht', label: tx('Utrecht', 'Utrecht') }, { value: 'zeeland', label: tx('Zeeland', 'Zeeland') }] },
        { key: 'huisdier', type: 'yesno', label: tx('Hebt u een huisdier?', 'Do you have a pet?'), name: tx('of u een huisdier hebt', 'whether you have a pet') },
        { key: 'aantal', type: 'number', min: 0, max: 10, label: tx('Hoeveel?', 'How many?'), name: tx('het aantal', 'the number'), eigenschap: 'aantal' },
        { key: 'bedrag', type: 'money', max: 1000, label: tx('Bedrag', 'Amount'), name: tx('het bedrag', 'the amount'), eigenschap: 'bedrag' },
        { key: 'toelichting', type: 'textarea', optional: true, label: tx('Toelichting', 'Explanation'), name: tx('de toelichting', 'the explanation') },
      ],
    },
    {
      id: 'adres',
      title: tx('Adres', 'Address'),
      fields: [{ key: 'adres', type: 'address', inMunicipality: true, label: tx('Uw adres', 'Your address'), name: tx('uw adres', 'your address'), eigenschap: 'adres' }],
    },
    {
      id: 'gezin',
      title: tx('Gezin', 'Family'),
      fields: [{
        key: 'leden', type: 'group', minItems: 1, maxItems: 3, label: tx('Gezinsleden', 'Family members'), name: tx('de gezinsleden', 'the family members'), itemLabel: tx('Gezinslid', 'Family member'),
        fields: [
          { key: 'naam', type: 'text', label: tx('Naam', 'Name'), name: tx('de naam', 'the name') },
          { key: 'geboortedatum', type: 'date', label: tx('Geboortedatum', 'Date of birth'), name: tx('de geboortedatum', 'the date of birth') },
        ],
      }],
    },
    {
      id: 'bijlagen',
      title: tx('Bijlagen', 'Attachments'),
      fields: [{ key: 'bewijs', type: 'file', accept: ['pdf'], maxFiles: 2, maxSizeMb: 1, label: tx('Bewijsstuk', 'Proof'), name: tx('een bewijsstuk', 'a proof') }],
    },
    {
      id: 'akkoord',
      title: tx('Akkoord', 'Agreement'),
      fields: [
        { key: 'uitleg', type: 'paragraph', text: tx('Lees dit goed.', 'Read this carefully.') },
        { key: 'akkoord', type: 'consent', label: tx('Ik ga akkoord met de voorwaarden', 'I agree to the conditions') },
      ],
    },
  ],
  computed: [{ key: 'totaal', type: 'money', label: tx('Totaal', 'Total'), expression: { mul: [{ answer: 'bedrag' }, { answer: 'aantal' }] }, eigenschap: 'totaal' }],
  declaration: tx('Ik heb alles naar waarheid ingevuld.', 'I filled in everything truthfully.'),
  nextSteps: tx('Wij bekijken uw formulier.', 'We look at your form.'),
};

/** Publishes the test form in a municipality. */
export async function publishProefForm(server: TestServer, slug: string): Promise<void> {
  const platform = server.stadhuis.platform;
  const tenant = (await platform.tenants.bySlug(slug))!;
  const forms = new FormsService(platform.database, platform.sealer);
  const actor = { kind: 'system' as const, process: 'test' };
  await forms.createForm(actor, tenant.id, PROEF_FORM);
  await forms.publish(actor, tenant.id, PROEF_FORM.id);
}

let nextAddress = 10;

/**
 * A visitor with an address of its own (X-Forwarded-For, with TRUST_PROXY=true), so that many
 * form posts in one test file do not reach the per-address rate limit of real visitors.
 */
export class FormVisitor extends Visitor {
  private readonly address = `10.${Math.floor(nextAddress / 250)}.${nextAddress++ % 250}.${1 + Math.floor(Math.random() * 250)}`;
  private token: string | undefined;

  override request(path: string, init: { method: string; body?: string; headers?: Record<string, string> }): Promise<Response> {
    return super.request(path, { ...init, headers: { ...(init.headers ?? {}), 'x-forwarded-for': this.address } });
  }

  /** Posts a form with a CSRF token taken once from `formPage`. */
  async send(path: string, fields: Record<string, string | string[]>, formPage = path): Promise<Response> {
    this.token ??= await this.csrfFrom(formPage);
    return this.post(path, fields, { csrf: this.token });
  }

  /** Posts multipart/form-data, as a browser does for a step with a file question. */
  async sendFiles(path: string, fields: Record<string, string>, files: { field: string; filename: string; type: string; content: Buffer }[], formPage = path): Promise<Response> {
    this.token ??= await this.csrfFrom(formPage);
    return this.postFiles(path, fields, files, { csrf: this.token });
  }

}

/** The links of the error summary: [target id, message]. */
export function summaryLinks(html: string): [string, string][] {
  const summary = /<div[^>]*id="error-summary"[\s\S]*?<\/ul>/.exec(html)?.[0] ?? '';
  return [...summary.matchAll(/href="#([^"]+)"[^>]*>([^<]*)</g)].map((m) => [m[1]!, decode(m[2]!)]);
}

export function hiddenValue(html: string, name: string): string | undefined {
  const match = new RegExp(`<input type="hidden" name="${name.replace(/\./g, '\\.')}" value="([^"]*)"`).exec(html);
  return match ? decode(match[1]!) : undefined;
}

export function decode(text: string): string {
  return text.replace(/&#x([0-9a-f]+);/gi, (_m, h: string) => String.fromCodePoint(parseInt(h, 16))).replace(/&#(\d+);/g, (_m, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}
