/**
 * The inputs of a form step, GOV.UK patterns in NL Design System (Utrecht) markup: every input has
 * a label, hints and errors are tied to it with aria-describedby, questions with several inputs are
 * a fieldset with a legend, the error summary links to the input's id. Known values (BRP, KVK) are
 * shown as facts with their source instead of inputs.
 */
import type { Lang } from '../../../platform/i18n/i18n.js';
import { href, type PageContext } from '../../../platform/ui/context.js';
import type { FieldError } from '../../../platform/ui/forms.js';
import { addressLines, type Address } from '../../addresses/index.js';
import { pick, type AddressField, type AnswerField, type ChoiceField, type Field, type FileField, type GroupField, type Step } from '../definition.js';
import { addressInputKey, displayAnswer, formatSize, groupCount, inputId, zoneLabel, type DraftData, type FilesByField, type RawInput } from '../engine.js';
import { references, type Value } from '../expressions.js';
import { formsMessages } from '../messages.js';
import { KIND_LABELS } from '../uploads.js';

export interface FieldsContext {
  ctx: PageContext;
  step: Step;
  raw: RawInput;
  errors: FieldError[];
  data: DraftData;
  files: FilesByField;
  /** Addresses found for the address inputs on this page (shown to confirm). */
  found: Record<string, Address>;
  /** Answers that count before this step, to decide what to show. */
  visible: (field: Field) => boolean;
  required: (field: AnswerField) => boolean | undefined;
  /** Preview in the designer: nothing can be sent. */
  preview?: boolean;
  /** Address answers whose zones matter to this form (shown with the address). */
  showZones?: (key: string) => boolean;
}

const str = (raw: RawInput, name: string): string => {
  const v = raw[name];
  return (Array.isArray(v) ? v[0] : v) ?? '';
};
const strs = (raw: RawInput, name: string): string[] => {
  const v = raw[name];
  return v === undefined ? [] : Array.isArray(v) ? v : [v];
};

function errorOf(errors: FieldError[], ...ids: string[]): string | undefined {
  return errors.find((e) => ids.includes(e.field))?.message;
}

/** Errors whose id starts with this prefix (a date's or address' parts). */
function errorWithin(errors: FieldError[], id: string): FieldError | undefined {
  return errors.find((e) => e.field === id || e.field.startsWith(`${id}-`));
}

function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  const list = ids.filter(Boolean).join(' ');
  return list || undefined;
}

function ErrorMessage({ id, message, lang }: { id: string; message: string | undefined; lang: Lang }): JSX.Element {
  if (!message) return '';
  return (
    <p class="utrecht-form-field-error-message" id={id}>
      <span class="stadhuis-visually-hidden">{lang === 'en' ? 'Error: ' : 'Fout: '}</span>
      <span safe>{message}</span>
    </p>
  );
}

function Hint({ id, text }: { id: string; text: string | undefined }): JSX.Element {
  return text ? <div class="utrecht-form-field-description" id={id} safe>{text}</div> : '';
}

function labelText(field: AnswerField, required: boolean | undefined, lang: Lang): string {
  const label = pick(field.label, lang);
  return required === false ? `${label} ${formsMessages(lang)('optional')}` : label;
}

/** A known value with its source (BRP or KVK) instead of an input. */
function Fact({ field, value, lang, showZones }: { field: AnswerField; value: Value; lang: Lang; showZones: boolean }): JSX.Element {
  const t = formsMessages(lang);
  const source = field.prefill?.startsWith('kvk.') ? t('fact.kvk') : t('fact.brp');
  const lines = field.type === 'group' && Array.isArray(value) && value.length
    ? displayAnswer(field, value, lang).map((l) => l.replace(/^[^:]+ \d+: /, ''))
    : displayAnswer(field, value, lang);
  const zones = showZones && field.type === 'address' && value && typeof value === 'object' ? (value as unknown as Address).zones ?? [] : [];
  return (
    <div class="stadhuis-fact" id={inputId(field.key)} tabindex="-1">
      <dl class="stadhuis-fact__list">
        <dt class="stadhuis-fact__label" safe>{pick(field.label, lang)}</dt>
        <dd class="stadhuis-fact__value">
          {lines.map((line) => <span class="stadhuis-fact-line" safe>{line}</span>)}
          {zones.length ? <span class="stadhuis-fact-line stadhuis-meta" safe>{t('fact.zones', { zones: zones.map((z) => zoneLabel(z, lang)).join(', ') })}</span> : ''}
          <span class="stadhuis-meta stadhuis-fact-source" safe>{source}</span>
        </dd>
      </dl>
    </div>
  );
}

interface InputOptions {
  type?: string;
  inputmode?: string;
  autocomplete?: string;
  width?: 'xs' | 'sm' | 'md' | 'lg';
  spellcheck?: boolean;
  prefix?: string;
  suffix?: string;
}

function inputOptions(field: AnswerField): InputOptions {
  switch (field.type) {
    case 'email': return { type: 'email', autocomplete: 'email', spellcheck: false, width: 'lg' };
    case 'phone': return { type: 'tel', autocomplete: 'tel', width: 'md' };
    case 'number': return { inputmode: (field.decimals ?? 0) > 0 ? 'decimal' : 'numeric', width: 'sm', suffix: field.unit ? pick(field.unit, 'nl') : undefined };
    case 'money': return { inputmode: 'decimal', width: 'sm', prefix: '€' };
    case 'bsn': return { inputmode: 'numeric', width: 'sm', spellcheck: false };
    case 'iban': return { width: 'md', spellcheck: false, autocomplete: 'off' };
    case 'text': return { width: field.width, autocomplete: field.autocomplete, spellcheck: field.uppercase ? false : undefined };
    default: return {};
  }
}

/** One text-like input with its label, hint and error. */
function TextInput({ f, field, name, id, label, lang }: { f: FieldsContext; field: AnswerField; name: string; id: string; label: string; lang: Lang }): JSX.Element {
  const error = errorOf(f.errors, id);
  const hint = pick(field.hint, lang);
  const opts = inputOptions(field);
  const suffix = field.type === 'number' && field.unit ? pick(field.unit, lang) : undefined;
  const input = (
    <input
      class={`utrecht-textbox utrecht-textbox--html-input${error ? ' utrecht-textbox--invalid' : ''}${opts.width ? ` stadhuis-width-${opts.width}` : ''}`}
      id={id} name={name} type={opts.type ?? 'text'} value={str(f.raw, name)}
      inputmode={opts.inputmode} autocomplete={opts.autocomplete} spellcheck={opts.spellcheck === false ? 'false' : undefined}
      aria-invalid={error ? 'true' : undefined} aria-describedby={describedBy(hint && `${id}-hint`, error && `${id}-error`)}
    />
  );
  return (
    <div class={`utrecht-form-field utrecht-form-field--text${error ? ' utrecht-form-field--invalid' : ''}`}>
      <div class="utrecht-form-field__label"><label class="utrecht-form-label" for={id} safe>{label}</label></div>
      <Hint id={`${id}-hint`} text={hint} />
      <ErrorMessage id={`${id}-error`} message={error} lang={lang} />
      <div class="utrecht-form-field__input">
        {opts.prefix || suffix ? (
          <div class="stadhuis-affix">
            {opts.prefix ? <span class="stadhuis-affix__prefix" aria-hidden="true" safe>{opts.prefix}</span> : ''}
            {input}
            {suffix ? <span class="stadhuis-affix__suffix" safe>{suffix}</span> : ''}
          </div>
        ) : input}
      </div>
    </div>
  );
}

function TextareaInput({ f, field, name, id, label, lang }: { f: FieldsContext; field: AnswerField & { rows?: number; maxLength?: number }; name: string; id: string; label: string; lang: Lang }): JSX.Element {
  const error = errorOf(f.errors, id);
  const hint = pick(field.hint, lang);
  return (
    <div class={`utrecht-form-field utrecht-form-field--text${error ? ' utrecht-form-field--invalid' : ''}`}>
      <div class="utrecht-form-field__label"><label class="utrecht-form-label" for={id} safe>{label}</label></div>
      <Hint id={`${id}-hint`} text={hint} />
      <ErrorMessage id={`${id}-error`} message={error} lang={lang} />
      <div class="utrecht-form-field__input">
        <textarea class={`utrecht-textarea utrecht-textarea--html-textarea${error ? ' utrecht-textarea--invalid' : ''}`} id={id} name={name} rows={String(field.rows ?? 5)}
          aria-invalid={error ? 'true' : undefined} aria-describedby={describedBy(hint && `${id}-hint`, error && `${id}-error`)} safe>{str(f.raw, name)}</textarea>
      </div>
    </div>
  );
}

function DateInput({ f, field, name, id, label, lang }: { f: FieldsContext; field: AnswerField; name: string; id: string; label: string; lang: Lang }): JSX.Element {
  const t = formsMessages(lang);
  const error = errorWithin(f.errors, id);
  const hint = pick(field.hint, lang) || t('date.hint');
  const part = (p: 'dag' | 'maand' | 'jaar', caption: string, width: 'xs' | 'sm', autocomplete?: string) => {
    const partId = `${id}-${p}`;
    // GOV.UK: the box with the problem is marked; a date that is wrong as a whole marks all three.
    const invalid = !!error && (error.field === partId || !/-(maand|jaar)$/.test(error.field));
    return (
      <div class="stadhuis-date__item">
        <label class="utrecht-form-label stadhuis-date__label" for={partId} safe>{caption}</label>
        <input class={`utrecht-textbox utrecht-textbox--html-input stadhuis-width-${width}${invalid ? ' utrecht-textbox--invalid' : ''}`} id={partId} name={`${name}.${p}`}
          type="text" inputmode="numeric" value={str(f.raw, `${name}.${p}`)} autocomplete={autocomplete} aria-invalid={invalid ? 'true' : undefined} />
      </div>
    );
  };
  const birth = field.key.toLowerCase().includes('geboorte');
  return (
    <fieldset class={`utrecht-form-fieldset stadhuis-question${error ? ' utrecht-form-fieldset--invalid' : ''}`} id={id} tabindex="-1" aria-describedby={describedBy(`${id}-hint`, error && `${id}-error`)}>
      <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend" safe>{label}</legend>
      <Hint id={`${id}-hint`} text={hint} />
      <ErrorMessage id={`${id}-error`} message={error?.message} lang={lang} />
      <div class="stadhuis-date">
        {part('dag', t('date.day'), 'xs', birth ? 'bday-day' : undefined)}
        {part('maand', t('date.month'), 'xs', birth ? 'bday-month' : undefined)}
        {part('jaar', t('date.year'), 'sm', birth ? 'bday-year' : undefined)}
      </div>
    </fieldset>
  );
}

function ChoiceInput({ f, field, name, id, label, lang }: { f: FieldsContext; field: ChoiceField | (AnswerField & { type: 'yesno' }); name: string; id: string; label: string; lang: Lang }): JSX.Element {
  const t = formsMessages(lang);
  const error = errorOf(f.errors, id);
  const hint = pick(field.hint, lang);
  const options = field.type === 'yesno'
    ? [{ value: 'ja', label: { nl: t('yes'), en: t('yes') }, hint: undefined }, { value: 'nee', label: { nl: t('no'), en: t('no') }, hint: undefined }]
    : field.options;
  const display = field.type === 'yesno' ? 'radio' : field.display;
  if (display === 'select') {
    const chosen = str(f.raw, name);
    return (
      <div class={`utrecht-form-field${error ? ' utrecht-form-field--invalid' : ''}`}>
        <div class="utrecht-form-field__label"><label class="utrecht-form-label" for={id} safe>{label}</label></div>
        <Hint id={`${id}-hint`} text={hint} />
        <ErrorMessage id={`${id}-error`} message={error} lang={lang} />
        <div class="utrecht-form-field__input">
          <select class={`utrecht-select utrecht-select--html-select${error ? ' utrecht-select--invalid' : ''}`} id={id} name={name}
            aria-invalid={error ? 'true' : undefined} aria-describedby={describedBy(hint && `${id}-hint`, error && `${id}-error`)}>
            <option value="" safe>{t('select.choose')}</option>
            {options.map((o) => <option value={o.value} selected={chosen === o.value} safe>{pick(o.label, lang)}</option>)}
          </select>
        </div>
      </div>
    );
  }
  const chosen = strs(f.raw, name);
  const checkbox = display === 'checkboxes';
  return (
    <fieldset class={`utrecht-form-fieldset stadhuis-question${error ? ' utrecht-form-fieldset--invalid' : ''}${field.type === 'yesno' ? ' stadhuis-inline' : ''}`}
      aria-describedby={describedBy(hint && `${id}-hint`, error && `${id}-error`)}>
      <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend" safe>{label}</legend>
      <Hint id={`${id}-hint`} text={hint} />
      <ErrorMessage id={`${id}-error`} message={error} lang={lang} />
      <div class="stadhuis-options">
        {options.map((o, i) => {
          const optionId = i === 0 ? id : `${id}-${o.value}`;
          const optionHint = o.hint ? pick(o.hint, lang) : '';
          return (
            <div class={`utrecht-form-field utrecht-form-field--${checkbox ? 'checkbox' : 'radio'} stadhuis-option`}>
              <div class="utrecht-form-field__input">
                <input class={checkbox ? 'utrecht-checkbox utrecht-checkbox--html-input' : 'utrecht-radio-button utrecht-radio-button--html-input'}
                  type={checkbox ? 'checkbox' : 'radio'} id={optionId} name={name} value={o.value} checked={chosen.includes(o.value)}
                  aria-describedby={optionHint ? `${optionId}-hint` : undefined} />
              </div>
              <div class={`utrecht-form-field__label utrecht-form-field__label--${checkbox ? 'checkbox' : 'radio'}`}>
                <label class={`utrecht-form-label utrecht-form-label--${checkbox ? 'checkbox' : 'radio'}`} for={optionId} safe>{pick(o.label, lang)}</label>
                {optionHint ? <div class="utrecht-form-field-description" id={`${optionId}-hint`} safe>{optionHint}</div> : ''}
              </div>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}

function ConsentInput({ f, field, name, id, lang }: { f: FieldsContext; field: AnswerField; name: string; id: string; lang: Lang }): JSX.Element {
  const error = errorOf(f.errors, id);
  const hint = pick(field.hint, lang);
  return (
    <div class={`utrecht-form-field utrecht-form-field--checkbox stadhuis-consent${error ? ' utrecht-form-field--invalid' : ''}`}>
      <ErrorMessage id={`${id}-error`} message={error} lang={lang} />
      <div class="stadhuis-option">
        <div class="utrecht-form-field__input">
          <input class="utrecht-checkbox utrecht-checkbox--html-input" type="checkbox" id={id} name={name} value="ja" checked={str(f.raw, name) === 'ja'}
            aria-invalid={error ? 'true' : undefined} aria-describedby={describedBy(hint && `${id}-hint`, error && `${id}-error`)} />
        </div>
        <div class="utrecht-form-field__label utrecht-form-field__label--checkbox">
          <label class="utrecht-form-label utrecht-form-label--checkbox" for={id} safe>{pick(field.label, lang)}</label>
          <Hint id={`${id}-hint`} text={hint} />
        </div>
      </div>
    </div>
  );
}

function AddressInput({ f, field, label, lang }: { f: FieldsContext; field: AddressField; label: string; lang: Lang }): JSX.Element {
  const t = formsMessages(lang);
  const id = inputId(field.key);
  const name = field.key;
  const error = errorWithin(f.errors, id);
  const hint = pick(field.hint, lang);
  const found = f.found[field.key];
  const postcode = str(f.raw, `${name}.postcode`);
  const huisnummer = str(f.raw, `${name}.huisnummer`);
  const toevoeging = str(f.raw, `${name}.toevoeging`);
  const part = (p: 'postcode' | 'huisnummer' | 'toevoeging', caption: string, width: 'sm' | 'xs', extra: { autocomplete?: string; inputmode?: string; hint?: string } = {}) => {
    const partId = `${id}-${p}`;
    const invalid = error?.field === partId;
    return (
      <div class="stadhuis-address__item">
        <label class="utrecht-form-label" for={partId} safe>{caption}</label>
        {extra.hint ? <div class="utrecht-form-field-description" id={`${partId}-hint`} safe>{extra.hint}</div> : ''}
        <input class={`utrecht-textbox utrecht-textbox--html-input stadhuis-width-${width}${invalid ? ' utrecht-textbox--invalid' : ''}`} id={partId} name={`${name}.${p}`} type="text"
          value={str(f.raw, `${name}.${p}`)} autocomplete={extra.autocomplete} inputmode={extra.inputmode} aria-invalid={invalid ? 'true' : undefined}
          aria-describedby={extra.hint ? `${partId}-hint` : undefined} data-address-part={p} />
      </div>
    );
  };
  return (
    <fieldset class={`utrecht-form-fieldset stadhuis-question stadhuis-address${error ? ' utrecht-form-fieldset--invalid' : ''}`} id={id} tabindex="-1"
      aria-describedby={describedBy(hint && `${id}-hint`, error && `${id}-error`)}
      data-address-lookup={f.preview ? undefined : href(f.ctx, '/adressen/opzoeken')}>
      <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend" safe>{label}</legend>
      <Hint id={`${id}-hint`} text={hint} />
      <ErrorMessage id={`${id}-error`} message={error?.message} lang={lang} />
      <div class="stadhuis-address__row">
        {part('postcode', t('address.postcode'), 'sm', { autocomplete: 'postal-code' })}
        {part('huisnummer', t('address.houseNumber'), 'xs', { inputmode: 'numeric' })}
        {part('toevoeging', t('address.addition'), 'xs', { hint: t('address.additionHint') })}
      </div>
      <div class="stadhuis-address__result" role="status" aria-live="polite" data-address-result>
        {found && !error ? (
          <div class="stadhuis-found">
            <p class="utrecht-paragraph stadhuis-found__title" safe>{t('address.found')}</p>
            <p class="utrecht-paragraph stadhuis-found__lines">{addressLines(found).map((l) => <span class="stadhuis-fact-line" safe>{l}</span>)}</p>
          </div>
        ) : ''}
      </div>
      <input type="hidden" name={`${name}.gezien`} value={found && !error ? addressInputKey(postcode, huisnummer, toevoeging) : ''} data-address-seen />
    </fieldset>
  );
}

function FileInput({ f, field, label, lang }: { f: FieldsContext; field: FileField; label: string; lang: Lang }): JSX.Element {
  const t = formsMessages(lang);
  const id = inputId(field.key);
  const error = errorOf(f.errors, id);
  const hint = pick(field.hint, lang);
  const uploaded = f.files[field.key] ?? [];
  const maxFiles = field.maxFiles ?? 1;
  const types = field.accept.map((k) => KIND_LABELS[k]).join(', ');
  const allowed = t('file.allowed', { types, max: `${field.maxSizeMb ?? 10} MB` }) + (maxFiles > 1 ? ` ${t('file.maxFiles', { max: maxFiles })}` : '');
  const accept = field.accept.flatMap((k) => ({ pdf: ['.pdf'], png: ['.png'], jpeg: ['.jpg', '.jpeg'], heic: ['.heic', '.heif'], docx: ['.docx'], xlsx: ['.xlsx'], odt: ['.odt'], txt: ['.txt'] })[k]).join(',');
  return (
    <div class={`utrecht-form-field stadhuis-file${error ? ' utrecht-form-field--invalid' : ''}`}>
      {uploaded.length ? (
        <div class="stadhuis-file__list" id={uploaded.length >= maxFiles ? id : undefined} tabindex={uploaded.length >= maxFiles ? '-1' : undefined}>
          <p class="utrecht-paragraph stadhuis-file__heading" safe>{`${label}: ${t('file.uploaded').toLowerCase()}`}</p>
          <ul class="utrecht-unordered-list stadhuis-plain-list">
            {uploaded.map((u) => (
              <li class="utrecht-unordered-list__item stadhuis-file__item">
                <span safe>{`${u.filename} (${formatSize(u.size, lang)})`}</span>
                <button type="submit" class="utrecht-button utrecht-button--secondary-action stadhuis-button--small" name="actie" value={`bestand-verwijderen:${u.id}`} disabled={f.preview}>
                  <span safe>{t('file.remove')}</span><span class="stadhuis-visually-hidden" safe>{` ${u.filename}`}</span>
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : ''}
      {uploaded.length < maxFiles ? (
        <>
          <div class="utrecht-form-field__label"><label class="utrecht-form-label" for={id} safe>{uploaded.length ? `${label}: ${t('file.chooseMore').toLowerCase()}` : label}</label></div>
          <Hint id={`${id}-hint`} text={[hint, allowed].filter(Boolean).join(' ')} />
          <ErrorMessage id={`${id}-error`} message={error} lang={lang} />
          <div class="utrecht-form-field__input stadhuis-file__input">
            <input class="stadhuis-file__control" type="file" id={id} name={field.key} accept={accept} multiple={maxFiles - uploaded.length > 1}
              aria-invalid={error ? 'true' : undefined} aria-describedby={describedBy(`${id}-hint`, error && `${id}-error`)} />
            <button type="submit" class="utrecht-button utrecht-button--secondary-action" name="actie" value={`uploaden:${field.key}`} disabled={f.preview} safe>{t('file.upload')}</button>
          </div>
        </>
      ) : <ErrorMessage id={`${id}-error`} message={error} lang={lang} />}
    </div>
  );
}

function GroupInput({ f, field, label, lang }: { f: FieldsContext; field: GroupField; label: string; lang: Lang }): JSX.Element {
  const t = formsMessages(lang);
  const id = inputId(field.key);
  const error = errorOf(f.errors, id);
  const hint = pick(field.hint, lang);
  const count = groupCount(field, f.data);
  const item = pick(field.itemLabel, lang);
  const min = field.minItems ?? 0;
  return (
    <fieldset class={`utrecht-form-fieldset stadhuis-question stadhuis-group${error ? ' utrecht-form-fieldset--invalid' : ''}`} id={id} tabindex="-1"
      aria-describedby={describedBy(hint && `${id}-hint`, error && `${id}-error`)}>
      <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend" safe>{label}</legend>
      <Hint id={`${id}-hint`} text={hint} />
      <ErrorMessage id={`${id}-error`} message={error} lang={lang} />
      {count === 0 ? <p class="utrecht-paragraph stadhuis-meta" safe>{t('group.none')}</p> : ''}
      {Array.from({ length: count }, (_, i) => (
        <fieldset class="utrecht-form-fieldset stadhuis-group__item" id={`${id}-${i}`}>
          <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend stadhuis-group__legend" safe>{`${item} ${i + 1}`}</legend>
          {field.fields.map((sub) => (sub.type === 'paragraph' ? '' : renderInput(f, sub as AnswerField, `${field.key}.${i}.${sub.key}`, inputId(field.key, i, sub.key), labelText(sub as AnswerField, (sub as AnswerField).optional ? false : undefined, lang), lang)))}
          {count > min ? (
            <button type="submit" class="utrecht-button utrecht-button--secondary-action stadhuis-button--small" name="actie" value={`verwijderen:${field.key}:${i}`} disabled={f.preview}>
              <span safe>{t('group.remove')}</span><span class="stadhuis-visually-hidden" safe>{` ${item} ${i + 1}`}</span>
            </button>
          ) : ''}
        </fieldset>
      ))}
      {field.maxItems === undefined || count < field.maxItems ? (
        <button type="submit" class="utrecht-button utrecht-button--secondary-action" name="actie" value={`toevoegen:${field.key}`} disabled={f.preview} safe>
          {count ? t('group.addAnother', { item: item.toLowerCase() }) : t('group.add', { item: lang === 'en' ? item.toLowerCase() : item })}
        </button>
      ) : ''}
    </fieldset>
  );
}

function renderInput(f: FieldsContext, field: AnswerField, name: string, id: string, label: string, lang: Lang): JSX.Element {
  switch (field.type) {
    case 'textarea': return <TextareaInput f={f} field={field} name={name} id={id} label={label} lang={lang} />;
    case 'date': return <DateInput f={f} field={field} name={name} id={id} label={label} lang={lang} />;
    case 'choice': case 'yesno': return <ChoiceInput f={f} field={field as ChoiceField} name={name} id={id} label={label} lang={lang} />;
    case 'consent': return <ConsentInput f={f} field={field} name={name} id={id} lang={lang} />;
    case 'address': return <AddressInput f={f} field={field} label={label} lang={lang} />;
    case 'file': return <FileInput f={f} field={field} label={label} lang={lang} />;
    case 'group': return <GroupInput f={f} field={field} label={label} lang={lang} />;
    default: return <TextInput f={f} field={field} name={name} id={id} label={label} lang={lang} />;
  }
}

/** Every visible field of the step: facts for known values, inputs for the rest. */
export function StepFields({ f }: { f: FieldsContext }): JSX.Element {
  const lang = f.ctx.lang;
  return (
    <>
      {f.step.fields.map((field) => {
        if (!f.visible(field)) return '';
        if (field.type === 'paragraph') return <p class="utrecht-paragraph stadhuis-paragraph" safe>{pick(field.text, lang)}</p>;
        const prefilled = field.prefill ? f.data.prefill[field.key] : undefined;
        if (prefilled !== undefined) return <Fact field={field} value={prefilled} lang={lang} showZones={f.showZones?.(field.key) ?? false} />;
        return renderInput(f, field, field.key, inputId(field.key), labelText(field, f.required(field), lang), lang);
      })}
    </>
  );
}

/** True when a condition of the field reads answers of its own step (then it is shown anyway without JavaScript). */
export function dependsOnStep(condition: unknown, step: Step): boolean {
  if (condition === undefined) return false;
  const keys = new Set(step.fields.map((x) => x.key));
  return [...references(condition).answers].some((k) => keys.has(k));
}
