/**
 * The demo forms and the demo zaaktypen belong together: every answer a form sends as an
 * eigenschap must have that eigenschap in its zaaktype (otherwise it is silently left out of the
 * zaak, and rules that need it cannot decide), and choice answers must be allowed values.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEMO_PROFILES, demoZaaktypen } from '../catalogi/demo/zaaktypen.js';
import type { FormDefinition } from '../forms/definition.js';
import { demoForms } from '../forms/demo/forms.js';

/** Contact details are never copied into eigenschappen (see submission.ts). */
const CONTACT = /mail|telefoon/i;

function fieldsWithEigenschap(form: FormDefinition): { key: string; eigenschap: string; options?: string[] }[] {
  const out: { key: string; eigenschap: string; options?: string[] }[] = [];
  for (const step of form.steps) {
    for (const field of step.fields) {
      const f = field as { key: string; eigenschap?: string; options?: { value: string }[] };
      if (f.eigenschap) out.push({ key: f.key, eigenschap: f.eigenschap, ...(f.options ? { options: f.options.map((o) => o.value) } : {}) });
    }
  }
  for (const c of form.computed ?? []) if (c.eigenschap) out.push({ key: c.key, eigenschap: c.eigenschap });
  return out;
}

describe('demo forms and their zaaktypen', () => {
  for (const slug of Object.keys(DEMO_PROFILES)) {
    it(`${slug}: every eigenschap a form fills exists in its zaaktype, with the form's choices among its allowed values`, () => {
      const zaaktypen = new Map(demoZaaktypen(DEMO_PROFILES[slug]!, (p) => `https://example.nl/${p}`).map((z) => [z.input.identificatie, z.input]));
      const problems: string[] = [];
      for (const form of demoForms(slug)) {
        const zaaktype = zaaktypen.get(form.zaaktype ?? '');
        assert.ok(zaaktype, `${form.id}: zaaktype ${form.zaaktype} is not in the demo catalogue`);
        const known = new Map((zaaktype.eigenschappen ?? []).map((e) => [e.naam, e.specificatie.waardenverzameling]));
        for (const f of fieldsWithEigenschap(form)) {
          if (CONTACT.test(f.eigenschap)) continue;
          const allowed = known.get(f.eigenschap);
          if (!allowed) { problems.push(`${form.id}.${f.key} → ${f.eigenschap} (not in ${zaaktype.identificatie})`); continue; }
          const lower = allowed.map((v) => v.toLowerCase());
          for (const option of f.options ?? []) if (allowed.length && !lower.includes(option.toLowerCase())) problems.push(`${form.id}.${f.key}: choice "${option}" is not an allowed value of ${f.eigenschap}`);
        }
      }
      assert.deepEqual(problems, []);
    });
  }
});
