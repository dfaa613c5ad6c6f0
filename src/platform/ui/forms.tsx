import { CSRF_FIELD } from '../http/csrf.js';
import { platformMessages } from '../i18n/messages.js';
import type { PageContext } from './context.js';

/** One validation problem, tied to the id of the field it is about. */
export interface FieldError {
  field: string;
  message: string;
}

export function errorFor(errors: FieldError[], field: string): string | undefined {
  return errors.find((e) => e.field === field)?.message;
}

/** GOV.UK pattern: a summary at the top that links to every field with a problem. */
export function ErrorSummary({ ctx, errors }: { ctx: PageContext; errors: FieldError[] }): JSX.Element {
  if (!errors.length) return '';
  const t = platformMessages(ctx.lang);
  return (
    <div class="utrecht-alert utrecht-alert--error stadhuis-error-summary" role="alert" aria-labelledby="error-summary-title" tabindex="-1" id="error-summary">
      <div class="utrecht-alert__content">
        <h2 class="utrecht-heading-2" id="error-summary-title" safe>{t('errorSummary.title')}</h2>
        <ul class="utrecht-unordered-list">
          {errors.map((e) => (
            <li class="utrecht-unordered-list__item">
              <a class="utrecht-link" href={`#${e.field}`} safe>{e.message}</a>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}

export function CsrfField({ ctx }: { ctx: PageContext }): JSX.Element {
  return <input type="hidden" name={CSRF_FIELD} value={ctx.csrfToken()} />;
}

interface FieldProps {
  id: string;
  name?: string;
  label: string;
  hint?: string;
  error?: string | undefined;
  required?: boolean;
}

function describedBy(id: string, hint?: string, error?: string): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return ids || undefined;
}

function FieldFrame({ id, label, hint, error, children }: FieldProps & { children: JSX.Element }): JSX.Element {
  return (
    <div class={`utrecht-form-field utrecht-form-field--text${error ? ' utrecht-form-field--invalid' : ''}`}>
      <div class="utrecht-form-field__label">
        <label class="utrecht-form-label" for={id} safe>{label}</label>
      </div>
      {hint ? <div class="utrecht-form-field-description" id={`${id}-hint`} safe>{hint}</div> : ''}
      {error ? <div class="utrecht-form-field-error-message" id={`${id}-error`} safe>{error}</div> : ''}
      <div class="utrecht-form-field__input">{children}</div>
    </div>
  );
}

export function TextField(props: FieldProps & { value?: string | undefined; type?: 'text' | 'email' | 'number' | 'password' | 'search' | 'tel' | 'url'; autocomplete?: string; width?: 'xs' | 'sm' | 'md' | 'lg'; inputmode?: string }): JSX.Element {
  const { id, name = id, value = '', type = 'text', error, hint, required, autocomplete, width, inputmode } = props;
  return (
    <FieldFrame {...props}>
      <input
        class={`utrecht-textbox utrecht-textbox--html-input${error ? ' utrecht-textbox--invalid' : ''}${width ? ` stadhuis-width-${width}` : ''}`}
        id={id}
        name={name}
        type={type}
        value={value}
        required={required}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(id, hint, error)}
        autocomplete={autocomplete}
        inputmode={inputmode}
      />
    </FieldFrame>
  );
}

/** A file input (the form needs enctype="multipart/form-data"). */
export function FileField(props: FieldProps & { accept?: string }): JSX.Element {
  const { id, name = id, error, hint, required, accept } = props;
  return (
    <FieldFrame {...props}>
      <input
        class={`stadhuis-file-input${error ? ' stadhuis-file-input--invalid' : ''}`}
        id={id}
        name={name}
        type="file"
        accept={accept}
        required={required}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(id, hint, error)}
      />
    </FieldFrame>
  );
}

export function TextArea(props: FieldProps & { value?: string | undefined; rows?: number }): JSX.Element {
  const { id, name = id, value = '', error, hint, required, rows = 5 } = props;
  return (
    <FieldFrame {...props}>
      <textarea
        class={`utrecht-textarea utrecht-textarea--html-textarea${error ? ' utrecht-textarea--invalid' : ''}`}
        id={id}
        name={name}
        rows={String(rows)}
        required={required}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(id, hint, error)}
        safe
      >{value}</textarea>
    </FieldFrame>
  );
}

export interface Choice {
  value: string;
  label: string;
}

/** A group of checkboxes in a fieldset; the first box carries the group's id for the summary link. */
export function CheckboxGroup(props: { id: string; name?: string; legend: string; hint?: string; error?: string | undefined; choices: Choice[]; selected: string[] }): JSX.Element {
  const { id, name = id, legend, hint, error, choices, selected } = props;
  return (
    <fieldset class={`utrecht-form-fieldset${error ? ' utrecht-form-fieldset--invalid' : ''}`} aria-describedby={describedBy(id, hint, error)}>
      <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend" safe>{legend}</legend>
      {hint ? <div class="utrecht-form-field-description" id={`${id}-hint`} safe>{hint}</div> : ''}
      {error ? <div class="utrecht-form-field-error-message" id={`${id}-error`} safe>{error}</div> : ''}
      {choices.map((c, i) => {
        const boxId = i === 0 ? id : `${id}-${c.value}`;
        return (
          <div class="utrecht-form-field utrecht-form-field--checkbox">
            <div class="utrecht-form-field__input">
              <input class="utrecht-checkbox utrecht-checkbox--html-input" type="checkbox" id={boxId} name={name} value={c.value} checked={selected.includes(c.value)} />
            </div>
            <div class="utrecht-form-field__label utrecht-form-field__label--checkbox">
              <label class="utrecht-form-label utrecht-form-label--checkbox" for={boxId} safe>{c.label}</label>
            </div>
          </div>
        );
      })}
    </fieldset>
  );
}

export function Button({ children, variant = 'primary', name, value }: { children: JSX.Element; variant?: 'primary' | 'secondary'; name?: string; value?: string }): JSX.Element {
  return (
    <button type="submit" class={`utrecht-button utrecht-button--${variant}-action`} name={name} value={value}>
      {children}
    </button>
  );
}
